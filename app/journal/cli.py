"""`export`, `import` and `print journal`: journals and results between laptops and onto paper.

    python -m app export -o FILE.eabundle [--shared-only] [--json]
    python -m app export research --class NAME -o DIR [--json]
    python -m app import FILE.eabundle [--dry-run] [--apply-deletions] [--json]
    python -m app print journal --class NAME [--student NAME] -o FILE.pdf

The printed journal is the facilitator's: entries shared with the facilitator or the class only.
A student prints their own booklet, private entries included, from student mode.

`export -o FILE` writes exactly FILE, whatever its name ends in (the window's dialog adds .eabundle).
Exit codes as in app/cli.py: 1 for a bundle, class or student that is refused or unknown, nobody to
export, or a write that fails; 2 for --class without `research` (or `research` without it), or an -o
that cannot be what is asked (a folder for a bundle, a file for research, a folder that does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_common import DONE, REFUSED, USAGE, print_json, unwritable
from app.i18n import translate

if TYPE_CHECKING:
    from app.store import Store
    from app.store.import_preview import ImportPlan
    from app.store.import_words import ImportReport


def add_exchange_parsers(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help=translate("journal_cli", "write classes, students, sessions, journals and rhythm results to "
                                 "one bundle file"),
        description=translate("journal_cli", "Write everything that travels between laptops to one bundle file (a "
                              "USB stick is fine). Private entries go as stored: sealed when the student has a PIN. "
                              "The facilitator's notes and read marks stay on this laptop."))
    export.add_argument("what", nargs="?", choices=["research"],
                        help=translate("journal_cli", "'research': a class's questionnaire answers for a researcher "
                                       "(CSV + codebook in -o DIR), only students whose research consent is on, under "
                                       "random codes, never names"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.eabundle|DIR")
    export.add_argument("--shared-only", action="store_true",
                        help=translate("journal_cli", "leave every private entry out (for a bundle you give to "
                                       "someone else)"))
    export.add_argument("--class", dest="class_name", metavar="NAME",
                        help=translate("journal_cli", "the class (export research only)"))
    export.add_argument("--json", action="store_true",
                        help=translate("journal_cli", "print one JSON object: the file (or folder) written and what "
                                       "is in it"))
    importing = commands.add_parser(
        "import", help=translate("journal_cli", "merge a bundle from another laptop into this one (preview, backup, "
                                 "then merge)"),
        description=translate("journal_cli", "Merge a bundle file into this laptop's data. The whole file is checked "
                              "first; a damaged, changed, oversized or foreign file is refused and nothing is written "
                              "(exit 1). Then it prints what would be added, updated and deleted, makes a verified "
                              "backup (in backups/) and merges. Deletions made on the other laptop are only carried "
                              "out with --apply-deletions; without it they are listed as skipped and offered again "
                              "next time. Importing the same file twice changes nothing; the newer edit of an entry "
                              "wins."))
    importing.add_argument("bundle", type=Path, metavar="FILE.eabundle")
    importing.add_argument("--dry-run", action="store_true",
                           help=translate("journal_cli", "only show what importing would change; change nothing"))
    importing.add_argument("--apply-deletions", action="store_true",
                           help=translate("journal_cli", "also delete here what was deleted on the other laptop "
                                          "(named in the preview)"))
    importing.add_argument("--json", action="store_true",
                           help=translate("journal_cli", "print one JSON object: the preview and, unless --dry-run, "
                                          "what was imported"))


def add_print_journal(what: argparse._SubParsersAction) -> None:
    journal = what.add_parser(
        "journal", help=translate("journal_cli", "the reflection entries students shared, one student per page"),
        description=translate("journal_cli", "Print the entries students shared with you or the class. Private "
                              "entries are never printed here; a student prints their own booklet from student "
                              "mode."))
    journal.add_argument("--class", dest="class_name", required=True, metavar="NAME",
                         help=translate("journal_cli", "the class's name"))
    journal.add_argument("--student", metavar="NAME", help=translate("journal_cli", "only this student"))
    journal.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                         help=translate("journal_cli", "the PDF to write"))
    journal.add_argument("--paper", choices=("a4", "letter"), default="a4",
                         help=translate("journal_cli", "sheet size (default a4)"))


def exchange_command(store: Store, args: argparse.Namespace) -> int:
    from app.store import StoreError
    from app.store.bundle_file import SUFFIX
    from app.store.exchange import export_bundle

    if args.command == "import":
        return import_command(store, args)
    if args.what == "research":
        return research_command(store, args)
    if args.class_name:
        print(translate("journal_cli", "--class is for export research; a bundle holds every class."),
              file=sys.stderr)
        return USAGE
    problem = unwritable(args.output, "classes.eabundle")
    if problem:
        print(translate("journal_cli", "export: cannot write {path}: {problem}").format(
            path=args.output, problem=problem), file=sys.stderr)
        return USAGE
    if not args.output.name.casefold().endswith(SUFFIX):   # written as named all the same
        print(translate("journal_cli", "Note: {path} is written under that name; the app's own dialogs name "
                        "bundles FILE.eabundle.").format(path=args.output), file=sys.stderr)
    try:
        written, counts = export_bundle(store, args.output, shared_only=args.shared_only)
    except StoreError as error:
        print(error, file=sys.stderr)
        return REFUSED
    if args.json:
        print_json({"path": written, "shared_only": args.shared_only, "counts": counts})
        return DONE
    wrote = (translate("journal_cli", "Wrote {path}: Shared entries only: no private entry is in it. {classes} "
                       "classes, {students} students, {sessions} sessions, {entries} journal entries, {runs} rhythm "
                       "runs.") if args.shared_only else
             translate("journal_cli", "Wrote {path}: {classes} classes, {students} students, {sessions} sessions, "
                       "{entries} journal entries, {runs} rhythm runs."))
    print(wrote.format(path=written, classes=counts["classes"], students=counts["students"],
                       sessions=counts["sessions"], entries=counts["journal_entries"], runs=counts["rhythm_runs"]))
    return DONE


def research_command(store: Store, args: argparse.Namespace) -> int:
    """export research --class NAME -o DIR: REFUSED when the class is unknown or nobody may be included."""
    from app.curriculum import load_curriculum
    from app.measure.export import export_research
    from app.paths import activities_dir
    from app.store.classes import list_classes

    if not args.class_name:
        print(translate("journal_cli", "Say which class: export research --class NAME -o DIR."), file=sys.stderr)
        return USAGE
    if args.shared_only:
        print(translate("journal_cli", "--shared-only is for a bundle; export research never holds a journal "
                        "entry."), file=sys.stderr)
        return USAGE
    if args.output.exists() and not args.output.is_dir():
        print(translate("journal_cli", "{path} is a file; give a folder for the CSV files and the codebook.").format(
            path=args.output), file=sys.stderr)
        return USAGE
    chosen = next((c for c in list_classes(store) if c.name == args.class_name), None)
    if chosen is None:
        names = ", ".join(repr(c.name) for c in list_classes(store)) or translate("journal_cli", "none yet")
        print(translate("journal_cli", "There is no class called {name} (classes: {names}).").format(
            name=repr(args.class_name), names=names), file=sys.stderr)
        return REFUSED
    done = export_research(store, load_curriculum(activities_dir()), chosen.id, chosen.name, args.output)
    if not done.students:
        print(translate("journal_cli", "Nothing was written: nobody in {name} has research consent yet. Turn it on "
                        "per student on the class's Results page, once the school and the parents agreed.").format(
                            name=chosen.name), file=sys.stderr)
        return REFUSED
    if args.json:
        print_json({"path": done.folder, "students": done.students, "left_out": done.left_out,
                    "answers": done.answers})
        return DONE
    print(translate("journal_cli", "Wrote {path}: {students} students under research codes ({left_out} without "
                    "research consent left out), {answers} answers; read codebook.md first.").format(
                        path=done.folder, students=done.students, left_out=done.left_out, answers=done.answers))
    return DONE


def import_command(store: Store, args: argparse.Namespace) -> int:
    """Preview, then (unless --dry-run) back up and merge; no prompt, since the CLI is for scripts.

    REFUSED when the file or the backup is refused: nothing was imported then.
    """
    from app.store import StoreError
    from app.store.exchange import carry_out, plan_import
    from app.store.import_words import preview_text

    try:
        plan = plan_import(store, args.bundle)
    except StoreError as error:
        print(error, file=sys.stderr)
        return REFUSED
    if not args.json:
        print(f"{args.bundle}:")
        print(preview_text(plan, args.apply_deletions))
    if args.dry_run:
        if args.json:
            print_json(_import_json(args, plan, None))
            return DONE
        print(translate("journal_cli", "Dry run: nothing was changed.")
              + ("" if args.apply_deletions or not plan.has_deletions else
                 " " + translate("journal_cli", "Add --apply-deletions to carry out the deletions too.")))
        return DONE
    try:
        report = carry_out(store, plan, apply_deletions=args.apply_deletions)
    except StoreError as error:
        print(error, file=sys.stderr)
        return REFUSED
    if args.json:
        print_json(_import_json(args, plan, report))
        return DONE
    print(translate("journal_cli", "Imported {path}.").format(path=args.bundle))
    print(report.summary(translate("journal_cli", "import the file again with --apply-deletions")))
    return DONE


def _import_json(args: argparse.Namespace, plan: ImportPlan, report: ImportReport | None) -> dict:
    """import --json: the preview's figures and, after a real import, the report's; ids and counts, no words."""
    outcome = plan.outcome(args.apply_deletions)
    deletions = [{"kind": d.kind, "id": d.id, "here": d.here, "removes": d.removes} for d in plan.deletions]
    done = None if report is None else {
        "added": report.added, "updated": report.updated,
        "deleted": [{"kind": d.kind, "id": d.id} for d in report.deleted],
        "skipped": [{"kind": d.kind, "id": d.id} for d in report.skipped],
        "held": report.held, "marked": report.marked, "kept_deleted": report.kept_deleted, "backup": report.backup}
    return {"bundle": args.bundle, "source": plan.source, "created_at": plan.created_at, "dry_run": args.dry_run,
            "apply_deletions": args.apply_deletions, "holds": plan.counts, "would_add": outcome.added,
            "would_update": outcome.updated, "deletions": deletions, "kept_deleted": outcome.kept_deleted,
            "imported": done}


def print_journal_command(store: Store, args: argparse.Namespace) -> int:
    from app.journal.booklets import facilitator_booklets
    from app.printing.journal_pdf import write_journal_pdf
    from app.store.classes import class_by_name, list_classes
    from app.store.students import students_in

    chosen = class_by_name(store, args.class_name)
    if chosen is None:
        names = ", ".join(c.name for c in list_classes(store)) or translate("journal_cli", "none yet")
        print(translate("journal_cli", "print journal: no class called {name}. Classes: {names}.").format(
            name=repr(args.class_name), names=names), file=sys.stderr)
        return REFUSED
    student_id = None
    if args.student:
        students = students_in(store, chosen.id)
        found = [s for s in students if s.display_name.casefold() == args.student.strip().casefold()]
        if not found:
            names = ", ".join(s.display_name for s in students)
            print(translate("journal_cli", "print journal: no student called {name} in {class_name}. Students: "
                            "{names}.").format(name=repr(args.student), class_name=chosen.name, names=names),
                  file=sys.stderr)
            return REFUSED
        student_id = found[0].id
    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("journal_cli", "print journal: cannot write the PDF: {problem}").format(problem=problem),
              file=sys.stderr)
        return USAGE
    booklets = facilitator_booklets(store, chosen.id, student_id=student_id)
    try:
        write_journal_pdf(booklets, output, class_name=chosen.name, audience="facilitator", paper=args.paper)
    except OSError as error:
        print(translate("journal_cli", "print journal: cannot write {path}: {problem}").format(
            path=output, problem=error.strerror or error), file=sys.stderr)
        return REFUSED
    entries = sum(len(b.entries) for b in booklets)
    print(translate("journal_cli", "Wrote {path}: {entries} shared entries of {students} student(s) in {name}.").format(
        path=output, entries=entries, students=len(booklets), name=chosen.name) + " "
          + translate("journal_cli", "Private entries are never printed here."))
    return DONE
