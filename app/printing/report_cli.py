"""`report class` and `print certificates`: a class's results on paper, and a certificate for each student.

    python -m app report class NAME -o FILE.pdf [--quote ENTRY_ID ...]
    python -m app report class NAME --json -o FILE.json [--quote ENTRY_ID ...]
    python -m app report program BUNDLE... -o FILE.pdf [--json] [--skip-unreadable]
    python -m app print certificates --class NAME -o FILE.pdf [--facilitator NAME] [--leave-out NAME ...]
                                     [--date YYYY-MM-DD]

With --json the report's figures go to FILE instead of the PDF, and what was written is said as one JSON
object on stdout. Exit codes as in app/cli.py: 1 when the input is refused (no such class, student or
story-wall entry; a bundle that cannot be read; nobody to certify) or the file cannot be written; 2 for usage
(more than three quotes, an -o that is a folder or in a folder that does not exist). reportlab is imported
only to render.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_common import DONE, REFUSED, USAGE, iso_day, print_json, unwritable
from app.files.atomic import write_atomically
from app.i18n import translate

if TYPE_CHECKING:
    from app.curriculum import Curriculum
    from app.store import Store
    from app.store.classes import ClassSummary
    from app.store.students import Student

MAX_QUOTES = 3


def add_report_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `report` (with `class`) to the top-level sub-commands; returns the `report` parser."""
    report = commands.add_parser(
        "report", help=translate("printing.report_cli", "a class's results report for a principal or a funder (PDF, "
                                 "or its figures as JSON)"),
        description=translate("printing.report_cli", "Make a report of what changed in a class, with its caveats, "
                              "for people outside the room."))
    what = report.add_subparsers(dest="report_what", metavar="WHAT", required=True)
    chosen = what.add_parser(
        "class", help=translate("printing.report_cli", "2–4 A4 pages: each questionnaire's change in plain sentences "
                                "and charts, the caveats, the sessions held and up to three story-wall quotes"),
        description=translate("printing.report_cli", "The class report: per questionnaire what it is, each "
                              "subscale's change as a sentence and a chart (students as dots, no names), the figures "
                              "with their uncertainty, every caveat; then the sessions held, attendance, drum-circle "
                              "togetherness, and the quotes you choose."))
    chosen.add_argument("class_name", metavar="NAME", help=translate("printing.report_cli", "the class's name"))
    chosen.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help=translate("printing.report_cli", "the PDF to write (with --json: the JSON file)"))
    chosen.add_argument("--json", action="store_true",
                        help=translate("printing.report_cli", "write the report's figures as JSON to FILE instead of "
                                       "the PDF, and say what was written as JSON"))
    chosen.add_argument("--quote", action="append", default=[], metavar="ENTRY_ID",
                        help=translate("printing.report_cli", "a story-wall entry to quote (its id, or the start of "
                                       "it); repeat, up to three"))
    program = what.add_parser(
        "program", help=translate("printing.report_cli", "many classes from their bundles in one report: all "
                                  "together, then class by class"),
        description=translate("printing.report_cli", "Read class bundles (.eabundle files exported by facilitators), "
                              "and report each questionnaire with every class's students together, then each class's "
                              "change, and what each class took part in. The bundles are read into a temporary "
                              "folder that is deleted afterwards; your own data folder is not changed."))
    program.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE",
                         help=translate("printing.report_cli", "class bundles (.eabundle)"))
    program.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                         help=translate("printing.report_cli", "the PDF to write (with --json: the JSON file)"))
    program.add_argument("--json", action="store_true",
                         help=translate("printing.report_cli", "write the report's figures as JSON to FILE instead of "
                                        "the PDF, and say what was written as JSON"))
    program.add_argument("--skip-unreadable", action="store_true",
                         help=translate("printing.report_cli", "make the report without bundles that cannot be read "
                                        "(they are listed in it); without this, one unreadable bundle stops the "
                                        "report"))
    return report


def program_command(store: Store, args: argparse.Namespace) -> int:
    from app.measure.program import ProgramError, gather_program
    from app.printing.program_figures import program_figures

    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("printing.report_cli", "report program: cannot write {path}: {problem}").format(
            path=output, problem=problem), file=sys.stderr)
        return USAGE
    try:
        report = gather_program(args.bundles, _curriculum(store), skip_unreadable=args.skip_unreadable)
    except ProgramError as error:
        print(translate("printing.report_cli", "report program: {problem}").format(problem=error), file=sys.stderr)
        return REFUSED
    figures = program_figures(report, date.today())
    if args.json:
        data, pages = (json.dumps(figures, indent=2, ensure_ascii=False) + "\n").encode("utf-8"), ""
    else:
        from app.printing.program_report import render_program

        data, count = render_program(figures)
        pages = translate("printing.report_cli", ", %n page(s)", None, count)
    write_atomically(output, data)
    if args.json:
        print_json({"path": output, "classes": len(report.classes), "bundles": len(report.files),
                    "left_out": [name for name, _ in report.left_out], "demo": report.demo})
        return DONE
    left = translate("printing.report_cli", "; {count} bundle(s) could not be read and are listed as left out").format(
        count=len(report.left_out)) if report.left_out else ""
    demo = " " + translate("printing.report_cli", "Demo data: some answers are made up.") if report.demo else ""
    # Translators: {pages} is ", 3 pages" (or nothing for JSON), {left_out} the bundles left out (or nothing)
    print(translate("printing.report_cli", "Wrote {path}: the program report for {classes} class(es) from {bundles} "
                    "bundle(s){pages}{left_out}.").format(path=output, classes=len(report.classes),
                                                          bundles=len(report.files), pages=pages, left_out=left)
          + demo)
    return DONE


def add_print_certificates(what: argparse._SubParsersAction) -> None:
    """Add `certificates` to the `print` sub-commands."""
    certificates = what.add_parser(
        "certificates", help=translate("printing.report_cli", "an 'Empathy Ambassador' certificate for each student "
                                       "who took part"),
        description=translate("printing.report_cli", "One A4 landscape page for each student who was present at one "
                              "session or more, with the name they chose, the class, the facilitator (or a line to "
                              "sign) and the date."))
    certificates.add_argument("--class", dest="class_name", required=True, metavar="NAME",
                              help=translate("printing.report_cli", "the class's name"))
    certificates.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                              help=translate("printing.report_cli", "the PDF to write"))
    certificates.add_argument("--facilitator", metavar="NAME",
                              help=translate("printing.report_cli", "your name as it should be printed (default: a "
                                             "line to sign on)"))
    certificates.add_argument("--leave-out", action="append", default=[], metavar="NAME",
                              help=translate("printing.report_cli", "no certificate for this student (repeat for "
                                             "more)"))
    certificates.add_argument("--date", type=iso_day, metavar="YYYY-MM-DD",
                              help=translate("printing.report_cli", "the date to print (default: today)"))



def _class(store: Store, name: str, command: str) -> ClassSummary | None:
    """The class by name, or None after listing the classes there are on stderr."""
    from app.store.classes import class_by_name, list_classes

    found = class_by_name(store, name)
    if found is None:
        names = ", ".join(repr(c.name) for c in list_classes(store)) or translate("printing.report_cli", "none yet")
        print(translate("printing.report_cli", "{command}: there is no class called {name}. Classes: {names}.").format(
            command=command, name=repr(name), names=names), file=sys.stderr)
    return found


def _curriculum(store: Store) -> Curriculum:
    """The shipped curriculum plus the facilitator's own plans, so sessions run from a copy count in the dose."""
    from app.curriculum import load_curriculum
    from app.curriculum.copies import user_root
    from app.paths import activities_dir

    return load_curriculum(activities_dir(), user_root(store.data_dir))


def _quote_ids(store: Store, class_id: str, wanted: list[str]) -> tuple[str, ...] | None:
    """Story-wall entry ids for the --quote values (an id or its unique start); None after saying which is not."""
    from app.store.journal_review import shared_entries

    wall = shared_entries(store, class_id, class_only=True)
    chosen: list[str] = []
    for text in dict.fromkeys(w.strip() for w in wanted):
        matches = [e.id for e in wall if e.id == text] or [e.id for e in wall if len(text) >= 4
                                                             and e.id.startswith(text)]
        if len(matches) != 1:
            listed = "\n".join(f"  {e.id[:8]}  {e.student_name}: {' '.join(e.body.split())[:60]}" for e in wall[:20])
            why = (translate("printing.report_cli", "report class: --quote {quote} matches more than one entry.")
                   if matches else
                   translate("printing.report_cli", "report class: --quote {quote} is not an entry shared with the "
                             "class."))
            print(why.format(quote=repr(text)) + " "
                  + translate("printing.report_cli", "Story-wall entries (id, or its first 8 characters):") + "\n"
                  + (listed or "  " + translate("printing.report_cli", "(none yet)")), file=sys.stderr)
            return None
        chosen.append(matches[0])
    return tuple(chosen)


def report_command(store: Store, args: argparse.Namespace) -> int:
    if args.report_what == "program":
        return program_command(store, args)
    from app.measure.data import gather
    from app.printing.report_figures import report_figures

    if len(args.quote) > MAX_QUOTES:
        print(translate("printing.report_cli", "report class: at most {most} quotes fit the report; you gave "
                        "{given}.").format(most=MAX_QUOTES, given=len(args.quote)), file=sys.stderr)
        return USAGE
    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("printing.report_cli", "report class: cannot write {path}: {problem}").format(
            path=output, problem=problem), file=sys.stderr)
        return USAGE
    chosen = _class(store, args.class_name, "report class")  # i18n: not text (the command)
    if chosen is None:
        return REFUSED
    quotes = _quote_ids(store, chosen.id, args.quote)
    if quotes is None:
        return REFUSED
    report = gather(store, _curriculum(store), chosen.id, chosen.name, quotes)
    figures = report_figures(report, date.today())
    if args.json:
        data = (json.dumps(figures, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        pages = ""
    else:
        from app.printing.class_report import render_figures

        data, count = render_figures(figures)
        pages = translate("printing.report_cli", ", %n page(s)", None, count)
    write_atomically(output, data)
    if args.json:
        print_json({"path": output, "class": chosen.name, "questionnaires": len(report.results),
                    "demo": report.demo})
        return DONE
    found = (translate("printing.report_cli", "{count} questionnaire(s)").format(count=len(report.results))
             if report.results else translate("printing.report_cli", "no questionnaire answers yet"))
    # Translators: {found} is "2 questionnaire(s)" or "no questionnaire answers yet"; {pages} is ", 3 pages"
    wrote = (translate("printing.report_cli", "Wrote {path}: the figures of the class report for {name} ({found}).")
             if args.json else
             translate("printing.report_cli", "Wrote {path}: the class report for {name} ({found}{pages})."))
    demo = " " + translate("printing.report_cli", "Demo data: the answers are made up.") if report.demo else ""
    print(wrote.format(path=output, name=chosen.name, found=found, pages=pages) + demo)
    return DONE


def took_part(store: Store, class_id: str) -> list[Student]:
    """The class's students marked present at one session or more, by name."""
    from app.store.runner import attendance
    from app.store.sessions import sessions_of
    from app.store.students import students_in

    present = {s for session in sessions_of(store, class_id)
               for s, here in attendance(store, session.id).items() if here}
    return [s for s in students_in(store, class_id) if s.id in present]


def certificates_command(store: Store, args: argparse.Namespace) -> int:
    from app.store.students import students_in

    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("printing.report_cli", "print certificates: cannot write {path}: {problem}").format(
            path=output, problem=problem), file=sys.stderr)
        return USAGE
    chosen = _class(store, args.class_name, "print certificates")  # i18n: not text (the command)
    if chosen is None:
        return REFUSED
    everyone = students_in(store, chosen.id)
    known = {s.display_name.casefold() for s in everyone}
    unknown = [name for name in args.leave_out if name.strip().casefold() not in known]
    if unknown:
        names = ", ".join(s.display_name for s in everyone) or translate("printing.report_cli", "none yet")
        print(translate("printing.report_cli", "print certificates: no student called {names} in {name}. Students: "
                        "{students}.").format(names=", ".join(map(repr, unknown)), name=chosen.name, students=names),
              file=sys.stderr)
        return REFUSED
    left_out = {name.strip().casefold() for name in args.leave_out}
    present = took_part(store, chosen.id)
    printed = [s.display_name for s in present if s.display_name.casefold() not in left_out]
    if not printed:
        why = (translate("printing.report_cli", "print certificates: nothing to print for {name}: everyone who took "
                         "part is left out.") if present else
               translate("printing.report_cli", "print certificates: nothing to print for {name}: nobody has been "
                         "marked present at a session yet; certificates go to students who took part."))
        print(why.format(name=chosen.name), file=sys.stderr)
        return REFUSED
    from app.printing.certificates import PhaseMark, render_certificates

    phases = [PhaseMark(p.title, p.colour) for p in _curriculum(store).phases]
    facilitator = (args.facilitator or "").strip() or None
    write_atomically(output, render_certificates(printed, class_name=chosen.name, phases=phases,
                                                 facilitator=facilitator, day=args.date or date.today()))
    notes = []
    if len(printed) < len(present):
        notes.append(translate("printing.report_cli", "left out: {count}").format(count=len(present) - len(printed)))
    absent = [s.display_name for s in everyone if s not in present]
    if absent:
        notes.append(translate("printing.report_cli", "never marked present, so no certificate: {names}").format(
            names=", ".join(absent)))
    extra = f" ({'; '.join(notes)})" if notes else ""
    # Translators: {notes} is nothing, or who was left out, in brackets after a space
    print(translate("printing.report_cli", "Wrote {path}: {count} certificate(s) for {name}, one A4 landscape page "
                    "each{notes}.").format(path=output, count=len(printed), name=chosen.name, notes=extra))
    return DONE
