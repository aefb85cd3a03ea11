"""`print journal-sheets`: journal time on paper, for a room without devices.

    python -m app print journal-sheets --session PLAN [--class NAME] [--blank N] [--date YYYY-MM-DD] -o FILE.pdf

PLAN is a session plan's id, its start (s07) or its number (7). With --class, one sheet per current student
with their name printed, and the class's challenge check-in and today's picks first; without, --blank N
sheets (default 30) with a line for the name. Exit codes as in app/cli.py: 1 when the input is refused (no
such plan or class, nothing to print) or the PDF cannot be written; 2 for usage (--blank out of range, an -o
that is a folder or in a folder that does not exist).
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
from app.journal.sheets import DEFAULT_BLANK, MAX_BLANK

if TYPE_CHECKING:
    from app.store import Store

log = logging.getLogger(__name__)
COMMAND = "print journal-sheets"  # i18n: not text (the command)


def add_print_journal_sheets(what: argparse._SubParsersAction) -> None:
    sheets = what.add_parser(
        "journal-sheets", help=translate("journal_sheets_cli", "journal time on paper: today's prompts, lines to "
                                         "write, a name (no devices needed)"),
        description=translate("journal_sheets_cli", "One A4 page per student: the session's journal prompts (the "
                              "class's challenge check-in and today's picked prompts first, with --class), a box to "
                              "tick the one written about, ruled lines, and who may read it. Without --class: blank "
                              "sheets with a line for the name."))
    sheets.add_argument("--session", required=True, metavar="PLAN",
                        help=translate("journal_sheets_cli", "the session plan: its id, its start (s07) or its "
                                       "number (7)"))
    sheets.add_argument("--class", dest="class_name", metavar="NAME",
                        help=translate("journal_sheets_cli", "print one sheet per student of this class, with their "
                                       "name"))
    sheets.add_argument("--blank", type=count_up_to(MAX_BLANK), default=None, metavar="N",
                        help=translate("journal_sheets_cli", "add N sheets with no name (default: {count} without "
                                       "--class, 0 with it)").format(count=DEFAULT_BLANK))
    sheets.add_argument("--date", type=iso_day, metavar="YYYY-MM-DD",
                        help=translate("journal_sheets_cli", "the date to print (default: today)"))
    sheets.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help=translate("journal_sheets_cli", "the PDF to write"))




def journal_sheets_command(store: Store, args: argparse.Namespace) -> int:
    from app.journal.sheets import find_plan, sheet_content
    from app.printing.report_cli import _class, _curriculum

    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("journal_sheets_cli", "{command}: cannot write {path}: {problem}").format(
            command=COMMAND, path=output, problem=problem), file=sys.stderr)
        return USAGE
    curriculum = _curriculum(store)
    plan = find_plan(curriculum, args.session)
    if plan is None:
        listed = ("\n".join(f"  {p.id:<28} {p.title}" for p in curriculum.plans)
                  or "  " + translate("journal_sheets_cli", "(none)"))
        print(translate("journal_sheets_cli", "{command}: there is no session plan {plan}. Plans (id, its start, or "
                        "a session number):").format(command=COMMAND, plan=repr(args.session)) + "\n" + listed,
              file=sys.stderr)
        return REFUSED
    day = args.date or date.today()
    names: list[str] = []
    content_args: dict = {}
    if args.class_name:
        from app.store.classnet import class_challenge
        from app.store.students import students_in
        from app.store.today_prompts import picked_today

        chosen = _class(store, args.class_name, COMMAND)
        if chosen is None:
            return REFUSED
        names = [s.display_name for s in students_in(store, chosen.id)]
        challenge = class_challenge(store, chosen.id)
        content_args = {"class_name": chosen.name, "picked": picked_today(store, chosen.id, day),
                        "challenge_id": challenge.challenge_id if challenge else None,
                        "challenge_started": challenge.started if challenge else None}
    blank = args.blank if args.blank is not None else (0 if args.class_name else DEFAULT_BLANK)
    if not names and not blank:
        print(translate("journal_sheets_cli", "{command}: nothing to print: {class_name} has no students yet. Add "
                        "them on the class page, or ask for sheets with no name with --blank N.").format(
                            command=COMMAND, class_name=args.class_name), file=sys.stderr)
        return REFUSED
    from app.printing.journal_sheets_pdf import render_journal_sheets

    content = sheet_content(curriculum, plan, day, **content_args)
    try:
        write_atomically(output, render_journal_sheets(content, names, blank))
    except OSError as error:
        print(translate("journal_sheets_cli", "{command}: cannot write {path}: {problem}").format(
            command=COMMAND, path=output, problem=error.strerror or error), file=sys.stderr)
        return REFUSED
    log.info("wrote %d journal sheet(s) for %s to %s", len(names) + blank, plan.id, output)
    who = (translate("journal_sheets_cli", "{named} named and {blank} blank") if names and blank else
           translate("journal_sheets_cli", "{named} named") if names else
           translate("journal_sheets_cli", "{blank} blank")).format(named=len(names), blank=blank)
    extra = (" " + translate("journal_sheets_cli", "(with the challenge check-in: {challenge})").format(
        challenge=content.challenge)) if content.challenge else ""
    # Translators: {who} is "25 named", "25 named and 3 blank" or "30 blank"; {challenge} is nothing or, after a
    # space, the challenge check-in in brackets
    print(translate("journal_sheets_cli", "Wrote {path}: journal sheets for {plan}: {who}, one A4 page each, "
                    "{prompts} prompt(s){challenge}.").format(path=output, plan=plan.title, who=who,
                                                              prompts=len(content.prompts), challenge=extra))
    return DONE
