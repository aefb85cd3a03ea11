"""`print answer-sheets`: a class's questionnaire on paper, one sheet per student, to type in afterwards.

    python -m app print answer-sheets --class NAME --questionnaire ID [--round pre|post] [--blank N]
                                      [--date YYYY-MM-DD] -o FILE.pdf

Sheets come in the paper-entry screen's row order (students by name), so the typed pile and the screen's
rows line up; --blank adds sheets with a line for the name, for a student who joins late. Exit codes as in
app/cli.py: 1 when the input is refused (no such class or questionnaire, nobody to print for) or the PDF
cannot be written; 2 for usage (--blank out of range, an -o that is a folder or in a folder that does not
exist). reportlab is imported only to render.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_common import DONE, REFUSED, USAGE, count_up_to, iso_day, unwritable
from app.files.atomic import write_atomically
from app.i18n import translate

if TYPE_CHECKING:
    from app.curriculum.model import Instrument
    from app.store import Store

log = logging.getLogger(__name__)
COMMAND = "print answer-sheets"  # i18n: not text (the command)
MAX_BLANK = 200


def add_print_answer_sheets(what: argparse._SubParsersAction) -> None:
    """Add `answer-sheets` to the `print` sub-commands."""
    sheets = what.add_parser(
        "answer-sheets", help=translate("printing.answer_sheets_cli", "a questionnaire on paper: one A4 answer sheet "
                                        "per student, to type in later"),
        description=translate("printing.answer_sheets_cli", "One A4 page per current student of the class (by name, "
                              "in the paper-entry screen's order), with tick boxes under the answer words, plus "
                              "--blank extra sheets with a line for the name. Type the answers in afterwards on the "
                              "class's 'Paper answers' screen."))
    sheets.add_argument("--class", dest="class_name", required=True, metavar="NAME",
                        help=translate("printing.answer_sheets_cli", "the class's name"))
    sheets.add_argument("--questionnaire", required=True, metavar="ID",
                        help=translate("printing.answer_sheets_cli", "the questionnaire's id (e.g. ames, "
                                       "program-questionnaire) or its title"))
    sheets.add_argument("--round", choices=("pre", "post"), default="pre",
                        help=translate("printing.answer_sheets_cli", "before (pre, the default) or after (post) the "
                                       "program"))
    sheets.add_argument("--blank", type=count_up_to(MAX_BLANK), default=0, metavar="N",
                        help=translate("printing.answer_sheets_cli", "add N sheets with no name printed (default 0)"))
    sheets.add_argument("--date", type=iso_day, metavar="YYYY-MM-DD",
                        help=translate("printing.answer_sheets_cli", "the date to print (default: today)"))
    sheets.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help=translate("printing.answer_sheets_cli", "the PDF to write"))




def student_questionnaires(instruments: tuple[Instrument, ...]) -> list[Instrument]:
    """What students answer on paper (the facilitator's own observation is not handed out)."""
    return [i for i in instruments if i.respondent == "student"]


def find_questionnaire(instruments: list[Instrument], wanted: str) -> Instrument | None:
    """By id, else by title or its part before the colon (case-insensitive)."""
    key = wanted.strip().casefold()
    return next((i for i in instruments if i.id.casefold() == key), None) or next(
        (i for i in instruments if key in (i.title.casefold(), i.title.split(":", 1)[0].strip().casefold())), None)


def answer_sheets_command(store: Store, args: argparse.Namespace) -> int:
    from app.printing.report_cli import _class, _curriculum
    from app.store.students import students_in

    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("printing.answer_sheets_cli", "{command}: cannot write {path}: {problem}").format(
            command=COMMAND, path=output, problem=problem), file=sys.stderr)
        return USAGE
    chosen = _class(store, args.class_name, COMMAND)
    if chosen is None:
        return REFUSED
    everything = list(_curriculum(store).instruments)
    choices = student_questionnaires(tuple(everything))
    instrument = find_questionnaire(choices, args.questionnaire)
    if instrument is None:
        questions = translate("printing.answer_sheets_cli", "({count} questions)")
        listed = ("\n".join(f"  {i.id:<24} {i.title} {questions.format(count=len(i.items))}" for i in choices)
                  or "  " + translate("printing.answer_sheets_cli", "(none)"))
        other = find_questionnaire(everything, args.questionnaire)
        why = (translate("printing.answer_sheets_cli", "{command}: {questionnaire} is answered by the facilitator, "
                         "not by students.").format(command=COMMAND, questionnaire=repr(other.id))
               if other is not None else
               translate("printing.answer_sheets_cli", "{command}: there is no questionnaire for students called "
                         "{questionnaire}.").format(command=COMMAND, questionnaire=repr(args.questionnaire)))
        print(why + " " + translate("printing.answer_sheets_cli", "Questionnaires for students (id or title):")
              + "\n" + listed, file=sys.stderr)
        return REFUSED
    names = [s.display_name for s in students_in(store, chosen.id)]
    if not names and not args.blank:
        print(translate("printing.answer_sheets_cli", "{command}: nothing to print: {class_name} has no students "
                        "yet. Add them on the class page, or ask for empty sheets with --blank N.").format(
                            command=COMMAND, class_name=chosen.name), file=sys.stderr)
        return REFUSED
    from app.printing.answer_sheets import render_answer_sheets, sheets_for

    data = render_answer_sheets(sheets_for(names, args.blank), instrument, class_name=chosen.name,
                                round_label=args.round, day=args.date or date.today())
    try:
        write_atomically(output, data)
    except OSError as error:
        print(translate("printing.answer_sheets_cli", "{command}: cannot write {path}: {problem}").format(
            command=COMMAND, path=output, problem=error.strerror or error), file=sys.stderr)
        return REFUSED
    log.info("wrote %d answer sheet(s) for %s to %s", len(names) + args.blank, chosen.name, output)
    from app.printing.answer_sheets import pages_per_sheet

    who = (translate("printing.answer_sheets_cli", "{students} student(s) and {blank} blank") if args.blank
           else translate("printing.answer_sheets_cli", "{students} student(s)")).format(students=len(names),
                                                                                          blank=args.blank)
    pages = pages_per_sheet(instrument)
    each = (translate("printing.answer_sheets_cli", "one A4 page each") if pages == 1
            else translate("printing.answer_sheets_cli", "%n A4 pages each", None, pages))
    # Translators: {questionnaire} is its id (ames), {round} is pre or post, {who} is "25 student(s) and 2 blank"
    wrote = translate("printing.answer_sheets_cli", "Wrote {path}: {questionnaire} answer sheets ({round}) for "
                      "{class_name}: {who}, {pages}.").format(path=output, questionnaire=instrument.id,
                                                               round=args.round, class_name=chosen.name, who=who,
                                                               pages=each)
    print(wrote + " " + translate("printing.answer_sheets_cli", "Type them in on the class's 'Paper answers' "
                                  "screen."))
    return DONE
