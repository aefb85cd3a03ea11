"""`python -m app groups`: plan mixing groups for a synthetic class or a real one, as figures or JSON.

    python -m app groups --students 30 --size 5 --sessions 10 [--seed 1] [--json]
    python -m app groups --class NAME [--size 4] [--sessions S] [--seed X] [--json]

`--json` prints {"rounds": [[[ids…], …], …], "repeats": R, "max_meetings": M, "never_met_pairs": P,
"seconds": T}; repeats = Σ over pairs of max(0, times grouped together − 1). A real class's history and
its keep-apart/together rules count. Exit codes as in app/cli.py: 2 for numbers below 1 or --students
with --class, 1 for an unknown class or rules that cannot all be kept.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from app.cli_common import DONE, REFUSED, USAGE, print_json
from app.i18n import translate

if TYPE_CHECKING:
    from app.store import Store


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
                        help=translate("grouping_cli", "one of your classes: its history and its keep-apart/together "
                                                       "rules count"))


def wrong_usage(args: argparse.Namespace) -> bool:
    """True after saying on stderr what is wrong with the command line itself (exit USAGE)."""
    if args.class_name and args.students is not None:
        print(translate("grouping_cli", "groups: give --students N (a made-up class) or --class NAME (yours), not "
                                        "both"), file=sys.stderr)
        return True
    numbers = [("--size", args.size), ("--sessions", args.sessions)]
    for name, value in numbers if args.class_name else [("--students", args.students), *numbers]:
        if value is None or value < 1:
            print(translate("grouping_cli", "groups: {option} must be a whole number of at least {least}").format(
                option=name, least=1), file=sys.stderr)
            return True
    return False


def groups_command(args: argparse.Namespace, store: Store | None = None) -> int:
    """A synthetic class's groups; with --class, the groups of that class in `store`."""
    from app.grouping.mixing import GroupingError, GroupingRequest, group_sizes, plan_rounds, score, synthetic_students

    if wrong_usage(args):
        return USAGE
    if args.class_name:
        assert store is not None, "--class needs the data folder's store"
        return _for_class(store, args)
    students, size, sessions = args.students, args.size, args.sessions
    time_limit = getattr(args, "time_limit", None) or 5.0
    start = time.perf_counter()
    try:
        rounds = plan_rounds(GroupingRequest(synthetic_students(students), size, seed=args.seed), sessions,
                             time_limit=time_limit)
    except GroupingError as error:  # synthetic ids (s01, …) are their own names
        print(f"groups: {error.describe({s: s for s in error.students})}", file=sys.stderr)
        return REFUSED
    seconds = round(time.perf_counter() - start, 3)
    figures = score(rounds)
    if args.json:
        print_json({"rounds": rounds, **figures, "seconds": seconds})
        return DONE
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
    return DONE


def _for_class(store: Store, args: argparse.Namespace) -> int:
    """Groups for a real class, with its history and its (facilitator-only) pair rules."""
    from app.grouping.mixing import GroupingError, GroupingRequest, plan_rounds, score
    from app.store.classes import class_by_name, list_classes
    from app.store.runner import pair_history, pair_rules
    from app.store.students import students_in

    found = class_by_name(store, args.class_name)
    if found is None:
        names = ", ".join(c.name for c in list_classes(store)) or translate("cli", "none yet")
        print(translate("cli", "No class called {name}. Classes: {names}.").format(
            name=repr(args.class_name), names=names), file=sys.stderr)
        return REFUSED
    names = {s.id: s.display_name for s in students_in(store, found.id)}
    history = pair_history(store, found.id)
    rules = pair_rules(store, found.id)
    request = GroupingRequest(tuple(names), args.size, history=history, keep_apart=rules["apart"],
                              keep_together=rules["together"], seed=args.seed)
    start = time.perf_counter()
    try:
        rounds = plan_rounds(request, args.sessions)
    except GroupingError as error:
        print(f"groups: {error.describe(names)}", file=sys.stderr)
        return REFUSED
    seconds = round(time.perf_counter() - start, 3)
    figures = score(rounds, history)
    if args.json:
        print_json({"rounds": rounds, **figures, "seconds": seconds})
        return DONE
    # The texts keep the context "cli", where they were written first.
    for number, groups in enumerate(rounds, start=1):
        print(translate("cli", "Session {number}: {groups}").format(
            number=number, groups="  |  ".join(", ".join(names[s] for s in g) for g in groups)))
    print(translate("cli", "{repeats} repeats (history included), {never_met} pairs never met ({seconds} s)").format(
        repeats=figures["repeats"], never_met=figures["never_met_pairs"], seconds=f"{seconds:.2f}"))
    return DONE
