"""`measure import`: questionnaire answers collected elsewhere (a spreadsheet, an online form) into a class's round.

    python -m app measure import FILE.csv --class NAME --questionnaire ID [--round pre|post] [--dry-run]

Every row is printed first (the student and their answers as words, or why the row is refused), with the counts;
then, unless --dry-run, a backup is made and the importable rows are written in one go (source "import"), and an
honest report follows. The file's format is described in app/measure_import.py and the README.

Exit 0 when done (some rows may have been refused: they are listed), 1 when the input is refused (no such class, a
file that cannot be read, no row that can be imported, the database refused the write), 2 for usage (an unknown
questionnaire id: the ids are listed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.curriculum.model import Instrument
    from app.measure_import import AnswerPlan
    from app.store import Store


def add_measure_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `measure` (with `import`) to the top-level sub-commands; returns the `measure` parser."""
    measure = commands.add_parser(
        "measure", help="questionnaire answers: import them from a spreadsheet (preview first)",
        description="Work with a class's questionnaire answers from the command line.")
    what = measure.add_subparsers(dest="measure_action", metavar="ACTION", required=True)
    importing = what.add_parser(
        "import", help="answers collected elsewhere (a CSV, one row per student) into a class's pre or post round",
        description="Read a CSV with one row per student: a 'student' (or 'name') column with the name as the app "
                    "shows it, an optional 'round' column (pre/post), then one column per question headed by its "
                    "id (ames-01) or number (1, Q1, item 1). Answers are the scale's numbers (1-5) or its words "
                    "('never', 'almost never', ...); blank = skipped. Every row is printed with its answers or why it "
                    "is refused; then, unless --dry-run, a backup is made and the other rows are written in one go. "
                    "Importing the same file twice changes nothing.")
    importing.add_argument("file", type=Path, metavar="FILE.csv", help="the spreadsheet saved as CSV")
    importing.add_argument("--class", dest="class_name", required=True, metavar="NAME", help="the class's name")
    importing.add_argument("--questionnaire", required=True, metavar="ID",
                           help="the questionnaire's id, e.g. ames or program-questionnaire")
    importing.add_argument("--round", dest="round_name", choices=("pre", "post"),
                           help="the round of every row (default: the file's 'round' column)")
    importing.add_argument("--dry-run", action="store_true", help="only show what importing would do; change nothing")
    return measure


def measure_command(store: Store, args: argparse.Namespace) -> int:
    from app.curriculum import load_curriculum
    from app.measure_import import AnswerFileError, apply_plan, plan_file
    from app.paths import activities_dir
    from app.store import StoreError
    from app.store.classes import class_by_name, list_classes

    command = "measure import"
    instruments = [i for i in load_curriculum(activities_dir()).instruments if i.respondent == "student"]
    instrument = next((i for i in instruments if i.id == args.questionnaire.strip()), None)
    if instrument is None:
        ids = ", ".join(i.id for i in instruments) or "none"
        print(f"{command}: there is no questionnaire {args.questionnaire!r} that students answer. Questionnaires: "
              f"{ids}.", file=sys.stderr)
        return 2
    chosen = class_by_name(store, args.class_name)
    if chosen is None:
        names = ", ".join(repr(c.name) for c in list_classes(store)) or "none yet"
        print(f"{command}: there is no class called {args.class_name!r}. Classes: {names}.", file=sys.stderr)
        return 1
    try:
        plan = plan_file(store, args.file, instrument, chosen.id, chosen.name, args.round_name)
    except AnswerFileError as error:
        print(f"{command}: {args.file} cannot be imported: {error}. Nothing was changed.", file=sys.stderr)
        return 1
    print(preview_text(plan, args.file, instrument, chosen.name, args.round_name))
    if not plan.importable:
        print(f"Nothing was imported: no row of {args.file.name} can be imported (the reasons are above).",
              file=sys.stderr)
        return 1
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    try:
        report = apply_plan(store, plan)
    except StoreError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 1
    print(report.summary())
    if report.backup:
        print(f"A backup was made first: {report.backup}")
    return 0


def preview_text(plan: AnswerPlan, file: Path, instrument: Instrument, class_name: str,
                 round_name: str | None) -> str:
    """Every row: whose answers and which (as the scale's words), and what importing does, or why it will not."""
    rounds = f"round {round_name}" if round_name else "rounds from the file's round column"
    lines = [f"{file}: {instrument.title} ({instrument.id}) for {class_name}, {rounds}; "
             f"questions in the file: {len(plan.items)} of {len(instrument.items)}"]
    for row in plan.rows:
        if row.importable:
            lines.append(f"  line {row.line}  {row.student_name} ({row.round_name}): {plan.words(row)} "
                         f"— {row.status}")
        else:
            lines.append(f"  line {row.line}  {row.written or '(no name)'}: {row.status}")
    if plan.ignored_columns:
        lines.append("Columns not read (not questions of this questionnaire): " + ", ".join(plan.ignored_columns))
    lines += [f"Note: {note}" for note in plan.notes]
    lines.append(plan.counts() + ".")
    return "\n".join(lines)
