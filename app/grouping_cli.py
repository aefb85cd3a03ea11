"""`python -m app groups`: plan mixing groups for a synthetic class, as figures or JSON.

    python -m app groups --students 30 --size 5 --sessions 10 [--seed 1] [--json]

`--json` prints {"rounds": [[[ids…], …], …], "repeats": R, "max_meetings": M, "never_met_pairs": P,
"seconds": T}; repeats = Σ over pairs of max(0, times grouped together − 1). Real classes are planned in
the app (`--class NAME` says so for now).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from app.i18n import translate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options `groups_command` reads (for whoever registers the sub-command)."""
    parser.add_argument("--students", type=int, metavar="N",
                        help=translate("grouping_cli", "size of the synthetic class (s01, s02, …)"))
    parser.add_argument("--size", type=int, default=4, metavar="K",
                        help=translate("grouping_cli", "students per group, at most (default 4)"))
    parser.add_argument("--sessions", type=int, default=1, metavar="S",
                        help=translate("grouping_cli", "sessions to plan (default 1)"))
    parser.add_argument("--seed", type=int, metavar="X",
                        help=translate("grouping_cli", "same seed, same groups (default: different each run)"))
    parser.add_argument("--json", action="store_true", help=translate("grouping_cli", "print one JSON object"))
    parser.add_argument("--class", dest="class_name", metavar="NAME",
                        help=translate("grouping_cli", "a real class (not yet: use the app)"))


def groups_command(args: argparse.Namespace) -> int:
    from app.grouping import GroupingError, GroupingRequest, group_sizes, plan_rounds, score, synthetic_students

    if getattr(args, "class_name", None):
        print(translate("grouping_cli", "Real classes: use the app"))
        return 2
    students, size, sessions = args.students, args.size, args.sessions
    for name, value, least in (("--students", students, 1), ("--size", size, 1), ("--sessions", sessions, 1)):
        if value is None or value < least:
            print(translate("grouping_cli", "groups: {option} must be a whole number of at least {least}").format(
                option=name, least=least), file=sys.stderr)
            return 2
    time_limit = getattr(args, "time_limit", None) or 5.0
    start = time.perf_counter()
    try:
        rounds = plan_rounds(GroupingRequest(synthetic_students(students), size, seed=args.seed), sessions,
                             time_limit=time_limit)
    except GroupingError as error:  # synthetic ids (s01, …) are their own names
        print(f"groups: {error.describe({s: s for s in error.students})}", file=sys.stderr)
        return 1
    seconds = round(time.perf_counter() - start, 3)
    figures = score(rounds)
    if args.json:
        print(json.dumps({"rounds": rounds, **figures, "seconds": seconds}))
        return 0
    for number, groups in enumerate(rounds, start=1):
        print(translate("grouping_cli", "Session {number}:  {groups}").format(
            number=f"{number:>2}", groups="  |  ".join(" ".join(group) for group in groups)))
    sizes = sorted(set(group_sizes(students, size)), reverse=True)
    sizes_text = str(sizes[0]) if sizes else ""
    for other in sizes[1:]:
        sizes_text = translate("grouping_cli", "{first} or {second}").format(first=sizes_text, second=other)
    # Translators: one summary line; the English keeps "(s)" for any number.
    print(translate("grouping_cli", "{students} students in groups of {sizes}, {sessions} session(s): {repeats} "
                                    "repeats, a pair meets at most {most} time(s), {never_met} pairs never meet "
                                    "({seconds} s)").format(
        students=students, sizes=sizes_text, sessions=sessions, repeats=figures["repeats"],
        most=figures["max_meetings"], never_met=figures["never_met_pairs"], seconds=f"{seconds:.2f}"))
    return 0
