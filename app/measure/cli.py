"""`measure import`: questionnaire answers collected elsewhere (a spreadsheet, an online form) into a class's round.

    python -m app measure import FILE.csv --class NAME --questionnaire ID [--round pre|post] [--dry-run] [--json]

Every row is printed first (the student and their answers as words, or why the row is refused), with the counts;
then, unless --dry-run, a backup is made and the importable rows are written in one go (source "import"), and an
honest report follows (with --json: one JSON object holding both). The file's format is described in
app/measure/answers_import.py and the README.

Exit codes as in app/cli.py: 0 when done (some rows may have been refused: they are listed), 1 when the input is
refused (no such class or questionnaire: the ids are listed; a file that cannot be read, no row that can be
imported, the database refused the write), 2 for usage (a missing option, a round other than pre or post).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_common import DONE, REFUSED, print_json
from app.i18n import translate

if TYPE_CHECKING:
    from app.curriculum.model import Instrument
    from app.measure.answers_import import AnswerPlan
    from app.measure.apply import ImportReport
    from app.store import Store


def add_measure_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `measure` (with `import`) to the top-level sub-commands; returns the `measure` parser."""
    measure = commands.add_parser(
        "measure", help=translate("measure_cli", "questionnaire answers: import them from a spreadsheet (preview "
                                  "first)"),
        description=translate("measure_cli", "Work with a class's questionnaire answers from the command line."))
    what = measure.add_subparsers(dest="measure_action", metavar="ACTION", required=True)
    importing = what.add_parser(
        "import", help=translate("measure_cli", "answers collected elsewhere (a CSV, one row per student) into a "
                                 "class's pre or post round"),
        description=translate("measure_cli", "Read a CSV with one row per student: a 'student' (or 'name') column "
                              "with the name as the app shows it, an optional 'round' column (pre/post), then one "
                              "column per question headed by its id (ames-01) or number (1, Q1, item 1). Answers are "
                              "the scale's numbers (1-5) or its words ('never', 'almost never', ...); blank = "
                              "skipped. Every row is printed with its answers or why it is refused; then, unless "
                              "--dry-run, a backup is made and the other rows are written in one go. Importing the "
                              "same file twice changes nothing."))
    importing.add_argument("file", type=Path, metavar="FILE.csv",
                           help=translate("measure_cli", "the spreadsheet saved as CSV"))
    importing.add_argument("--class", dest="class_name", required=True, metavar="NAME",
                           help=translate("measure_cli", "the class's name"))
    importing.add_argument("--questionnaire", required=True, metavar="ID",
                           help=translate("measure_cli", "the questionnaire's id, e.g. ames or program-questionnaire"))
    importing.add_argument("--round", dest="round_name", choices=("pre", "post"),
                           help=translate("measure_cli", "the round of every row (default: the file's 'round' "
                                          "column)"))
    importing.add_argument("--dry-run", action="store_true",
                           help=translate("measure_cli", "only show what importing would do; change nothing"))
    importing.add_argument("--json", action="store_true",
                           help=translate("measure_cli", "print one JSON object: every row and, unless --dry-run, "
                                          "what was written"))
    return measure


def measure_command(store: Store, args: argparse.Namespace) -> int:
    from app.curriculum import load_curriculum
    from app.measure.answers_import import AnswerFileError, plan_file
    from app.measure.apply import apply_plan
    from app.paths import activities_dir
    from app.store import StoreError
    from app.store.classes import class_by_name, list_classes

    command = "measure import"  # i18n: not text (the command)
    instruments = [i for i in load_curriculum(activities_dir()).instruments if i.respondent == "student"]
    instrument = next((i for i in instruments if i.id == args.questionnaire.strip()), None)
    if instrument is None:
        ids = ", ".join(i.id for i in instruments) or translate("measure_cli", "none")
        print(translate("measure_cli", "{command}: there is no questionnaire {questionnaire} that students answer. "
                        "Questionnaires: {ids}.").format(command=command, questionnaire=repr(args.questionnaire),
                                                         ids=ids), file=sys.stderr)
        return REFUSED
    chosen = class_by_name(store, args.class_name)
    if chosen is None:
        names = ", ".join(repr(c.name) for c in list_classes(store)) or translate("measure_cli", "none yet")
        print(translate("measure_cli", "{command}: there is no class called {name}. Classes: {names}.").format(
            command=command, name=repr(args.class_name), names=names), file=sys.stderr)
        return REFUSED
    try:
        plan = plan_file(store, args.file, instrument, chosen.id, chosen.name, args.round_name)
    except AnswerFileError as error:
        print(translate("measure_cli", "{command}: {file} cannot be imported: {problem}. Nothing was changed.").format(
            command=command, file=args.file, problem=error), file=sys.stderr)
        return REFUSED
    if not args.json:
        print(preview_text(plan, args.file, instrument, chosen.name, args.round_name))
    if not plan.importable:
        if args.json:
            print_json(_as_json(args, plan, chosen.name, None))
        print(translate("measure_cli", "Nothing was imported: no row of {file} can be imported (the reasons are "
                        "above).").format(file=args.file.name), file=sys.stderr)
        return REFUSED
    if args.dry_run:
        if args.json:
            print_json(_as_json(args, plan, chosen.name, None))
        else:
            print(translate("measure_cli", "Dry run: nothing was changed."))
        return DONE
    try:
        report = apply_plan(store, plan)
    except StoreError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return REFUSED
    if args.json:
        print_json(_as_json(args, plan, chosen.name, report))
        return DONE
    print(report.summary())
    if report.backup:
        print(translate("measure_cli", "A backup was made first: {path}").format(path=report.backup))
    return DONE


def _as_json(args: argparse.Namespace, plan: AnswerPlan, class_name: str, report: ImportReport | None) -> dict:
    """measure import --json: every row as the preview shows it, and what was written (None: nothing yet)."""
    rows = [{"line": r.line, "name": r.student_name or r.written, "student_id": r.student_id, "round": r.round_name,
             "answers": dict(r.answers), "importable": r.importable, "problem": r.problem, "new": r.new,
             "replaces": r.replaces} for r in plan.rows]
    written = None if report is None else {
        "rows_imported": report.rows_imported, "rows_unchanged": report.rows_unchanged,
        "rows_refused": report.rows_refused, "answers_written": report.answers_written,
        "answers_replaced": report.answers_replaced, "backup": report.backup}
    return {"file": args.file, "class": class_name, "questionnaire": plan.instrument.id, "round": args.round_name,
            "dry_run": args.dry_run, "items": list(plan.items), "ignored_columns": list(plan.ignored_columns),
            "notes": list(plan.notes), "rows": rows, "importable": len(plan.importable),
            "refused": len(plan.refused), "imported": written}


def preview_text(plan: AnswerPlan, file: Path, instrument: Instrument, class_name: str,
                 round_name: str | None) -> str:
    """Every row: whose answers and which (as the scale's words), and what importing does, or why it will not."""
    head = (translate("measure_cli", "{file}: {questionnaire} ({id}) for {class_name}, round {round}; questions in "
                      "the file: {found} of {count}") if round_name else
            translate("measure_cli", "{file}: {questionnaire} ({id}) for {class_name}, rounds from the file's round "
                      "column; questions in the file: {found} of {count}"))
    lines = [head.format(file=file, questionnaire=instrument.title, id=instrument.id, class_name=class_name,
                         round=round_name, found=len(plan.items), count=len(instrument.items))]
    # Translators: one row of the file in the preview: keep the two spaces after the line number
    importable = translate("measure_cli", "  line {line}  {name} ({round}): {answers} — {status}")
    refused = translate("measure_cli", "  line {line}  {name}: {status}")
    for row in plan.rows:
        if row.importable:
            lines.append(importable.format(line=row.line, name=row.student_name, round=row.round_name,
                                           answers=plan.words(row), status=row.status))
        else:
            lines.append(refused.format(line=row.line, name=row.written or translate("measure_cli", "(no name)"),
                                        status=row.status))
    if plan.ignored_columns:
        lines.append(translate("measure_cli", "Columns not read (not questions of this questionnaire): {columns}")
                     .format(columns=", ".join(plan.ignored_columns)))
    lines += [translate("measure_cli", "Note: {note}").format(note=note) for note in plan.notes]
    lines.append(plan.counts() + ".")
    return "\n".join(lines)
