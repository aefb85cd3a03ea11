"""`export`, `import` and `print journal`: journals and results between laptops and onto paper.

    python -m app export -o FILE.eabundle
    python -m app import FILE.eabundle
    python -m app print journal --class NAME [--student NAME] -o FILE.pdf

The printed journal is the facilitator's: entries shared with the facilitator or the class only.
A student prints their own booklet, private entries included, from student mode.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store import Store


def add_exchange_parsers(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write classes, students, sessions, journals and rhythm results to one bundle file",
        description="Write everything that travels between laptops to one bundle file (a USB stick is fine). "
                    "Private entries go as stored: sealed when the student has a PIN. The facilitator's "
                    "notes and read marks stay on this laptop.")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.eabundle")
    export.add_argument("--shared-only", action="store_true",
                        help="leave every private entry out (for a bundle you give to someone else)")
    importing = commands.add_parser(
        "import", help="merge a bundle from another laptop into this one",
        description="Merge a bundle file into this laptop's data. The whole file is checked first; a damaged, "
                    "changed or foreign file is refused and nothing is written. Importing the same file twice "
                    "changes nothing; deletions stick; the newer edit of an entry wins.")
    importing.add_argument("bundle", type=Path, metavar="FILE.eabundle")


def add_print_journal(what: argparse._SubParsersAction) -> None:
    journal = what.add_parser(
        "journal", help="the reflection entries students shared, one student per page",
        description="Print the entries students shared with you or the class. Private entries are never printed "
                    "here; a student prints their own booklet from student mode.")
    journal.add_argument("--class", dest="class_name", required=True, metavar="NAME", help="the class's name")
    journal.add_argument("--student", metavar="NAME", help="only this student")
    journal.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    journal.add_argument("--paper", choices=("a4", "letter"), default="a4", help="sheet size (default a4)")


def exchange_command(store: Store, args: argparse.Namespace) -> int:
    from app.store import StoreError
    from app.store.exchange import export_bundle, import_bundle

    try:
        if args.command == "export":
            written, counts = export_bundle(store, args.output, shared_only=args.shared_only)
            kind = "Shared entries only: no private entry is in it. " if args.shared_only else ""
            print(f"Wrote {written}: {kind}{counts['classes']} classes, {counts['students']} students, "
                  f"{counts['sessions']} sessions, {counts['journal_entries']} journal entries, "
                  f"{counts['rhythm_runs']} rhythm runs.")
        else:
            report = import_bundle(store, args.bundle)
            print(f"Imported {args.bundle}. {report.summary()}")
    except StoreError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


def print_journal_command(store: Store, args: argparse.Namespace) -> int:
    from app.journal_booklets import facilitator_booklets
    from app.printing.cli import unwritable
    from app.printing.journal_pdf import write_journal_pdf
    from app.store.classes import class_by_name, list_classes
    from app.store.students import students_in

    chosen = class_by_name(store, args.class_name)
    if chosen is None:
        names = ", ".join(c.name for c in list_classes(store)) or "none yet"
        print(f"print journal: no class called {args.class_name!r}. Classes: {names}.", file=sys.stderr)
        return 2
    student_id = None
    if args.student:
        students = students_in(store, chosen.id)
        found = [s for s in students if s.display_name.casefold() == args.student.strip().casefold()]
        if not found:
            names = ", ".join(s.display_name for s in students)
            print(f"print journal: no student called {args.student!r} in {chosen.name}. Students: {names}.",
                  file=sys.stderr)
            return 2
        student_id = found[0].id
    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(f"print journal: cannot write the PDF: {problem}", file=sys.stderr)
        return 2
    booklets = facilitator_booklets(store, chosen.id, student_id=student_id)
    try:
        write_journal_pdf(booklets, output, class_name=chosen.name, audience="facilitator", paper=args.paper)
    except OSError as error:
        print(f"print journal: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    entries = sum(len(b.entries) for b in booklets)
    print(f"Wrote {output}: {entries} shared entries of {len(booklets)} student(s) in {chosen.name}. "
          "Private entries are never printed here.")
    return 0
