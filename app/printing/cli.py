"""`python -m app print deck|calibration`: card decks to cut out, and the sheet that finds a printer's offset.

    python -m app print deck DECK -o FILE.pdf [--paper a4|letter] [--size poker|bridge|tarot]
                                 [--backs none|long-edge|short-edge] [--offset-x MM] [--offset-y MM]
    python -m app print calibration -o FILE.pdf [--paper a4|letter]
    python -m app print journal --class NAME [--student NAME] -o FILE.pdf   (see app/journal/cli.py)
    python -m app print certificates --class NAME -o FILE.pdf [--facilitator NAME] [--leave-out NAME ...]
                                     [--date YYYY-MM-DD]                  (see app/printing/report_cli.py)
    python -m app print answer-sheets --class NAME --questionnaire ID [--round pre|post] [--blank N]
                                      -o FILE.pdf                   (see app/printing/answer_sheets_cli.py)
    python -m app print journal-sheets --session PLAN [--class NAME] [--blank N] -o FILE.pdf
                                                                    (see app/journal/sheets_cli.py)

reportlab is imported only when a command runs. Exit codes as in app/cli.py: 1 for an unknown deck or a
PDF that cannot be written, 2 for usage (nothing said to print, an -o that is a folder or in a folder that
does not exist).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli_common import DONE, REFUSED, USAGE, unwritable
from app.curriculum.model import Deck
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.printing.layout import BACKS, CARD_SIZES, PAPERS

# Translators: keep the line breaks short (about 100 characters): argparse prints this text as it is
DECK_HELP = QT_TRANSLATE_NOOP("printing.cli", """\
Cards are laid out as many to a sheet as fit (poker on A4 or Letter: 9), centred, with 3 mm of bleed and
crop marks in the margins to cut along. With backs, each page of fronts is followed by its page of backs,
mirrored for the duplex flip: long-edge (the usual) or short-edge. Print at 100 % (actual size). If the
backs land off-centre, print `print calibration` once and give the offset it shows as --offset-x/--offset-y.
Text shrinks to fit down to 7 pt; cards that still do not fit are named, so they can be shortened.""")


def add_print_parser(subcommands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `print` (with `deck` and `calibration`) to an argparse sub-command set; returns the `print` parser."""
    printing = subcommands.add_parser(
        "print", help=translate("printing.cli", "make printable PDFs: card decks (role-play and leader cards), the "
                                "duplex calibration sheet, shared journals, certificates, questionnaire answer sheets, "
                                "journal sheets"),
        description=translate("printing.cli", "Make printable PDFs. Everything is laid out in mm for printing at "
                              "100 % (actual size)."))
    what = printing.add_subparsers(dest="print_what", metavar="WHAT")
    deck = what.add_parser("deck", help=translate("printing.cli", "a role-play card deck to print double-sided and "
                                                  "cut out"),
                           description=translate("printing.cli", DECK_HELP),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    deck.add_argument("deck", metavar="DECK", help=translate("printing.cli", "the deck's id or title (e.g. scenes)"))
    deck.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                      help=translate("printing.cli", "the PDF to write"))
    _paper(deck)
    deck.add_argument("--size", choices=tuple(CARD_SIZES), default="poker",
                      help=translate("printing.cli", "card size: poker 63.5×88.9 mm (default), bridge 57.2×88.9 mm, "
                                     "tarot 70×120 mm"))
    deck.add_argument("--backs", choices=BACKS, default="long-edge",
                      help=translate("printing.cli", "card backs for a duplex flip on the long edge (default) or short "
                                     "edge, or none"))
    deck.add_argument("--offset-x", type=float, default=0.0, metavar="MM",
                      help=translate("printing.cli", "move the backs right by MM (negative: left), from the "
                                     "calibration sheet"))
    deck.add_argument("--offset-y", type=float, default=0.0, metavar="MM",
                      help=translate("printing.cli", "move the backs up by MM (negative: down), from the calibration "
                                     "sheet"))
    calibration = what.add_parser(
        "calibration", help=translate("printing.cli", "one double-sided sheet that shows how far your printer shifts "
                                      "the back side"),
        description=translate("printing.cli", "Print both pages on one sheet, double-sided, at 100 %. Held against "
                              "the light, the front's crosshair crosses the back's mm scales at the numbers to give "
                              "`print deck` as --offset-x and --offset-y."))
    calibration.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                             help=translate("printing.cli", "the PDF to write"))
    _paper(calibration)
    from app.journal.cli import add_print_journal

    add_print_journal(what)
    from app.printing.report_cli import add_print_certificates

    add_print_certificates(what)
    from app.printing.answer_sheets_cli import add_print_answer_sheets

    add_print_answer_sheets(what)
    from app.journal.sheets_cli import add_print_journal_sheets

    add_print_journal_sheets(what)
    printing.set_defaults(print_parser=printing)
    return printing


def _paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=tuple(PAPERS), default="a4",
                        help=translate("printing.cli", "sheet size (default a4)"))


def find_deck(decks: Sequence[Deck], name: str) -> Deck | None:
    """A deck by id, else by title (case-insensitive)."""
    wanted = name.strip().casefold()
    return (next((d for d in decks if d.id == name), None)
            or next((d for d in decks if d.id.casefold() == wanted), None)
            or next((d for d in decks if d.title.casefold() == wanted), None))


def print_command(args: argparse.Namespace, decks: Sequence[Deck] | None = None) -> int:
    """Run `print deck` or `print calibration`: DONE (warnings included), REFUSED or USAGE as in app/cli.py."""
    what = getattr(args, "print_what", None)
    if what not in ("deck", "calibration"):
        parser = getattr(args, "print_parser", None)
        if parser is not None:
            parser.print_help(sys.stderr)
        else:
            print(translate("printing.cli", "print: say what to print: deck, calibration, journal or certificates"),
                  file=sys.stderr)
        return USAGE
    output: Path = args.output
    problem = unwritable(output)
    if problem:
        print(translate("printing.cli", "print {what}: cannot write the PDF: {problem}").format(
            what=what, problem=problem), file=sys.stderr)
        return USAGE
    if what == "calibration":
        from app.printing.deck_pdf import write_calibration_pdf

        try:
            write_calibration_pdf(output, paper=args.paper)
        except OSError as error:
            print(translate("printing.cli", "print calibration: cannot write {path}: {problem}").format(
                path=output, problem=error.strerror or error), file=sys.stderr)
            return REFUSED
        print(translate("printing.cli", "Wrote {path}: the calibration sheet ({paper}). Print both pages on one sheet, "
                        "double-sided, at 100 %.").format(path=output, paper=args.paper))
        return DONE

    if decks is None:
        from app.curriculum import load_curriculum
        from app.paths import activities_dir

        decks = load_curriculum(activities_dir()).decks
    deck = find_deck(decks, args.deck)
    if deck is None:
        cards = translate("printing.cli", "({count} cards)")
        available = ("\n".join(f"  {d.id:<12} {d.title} {cards.format(count=len(d.cards))}" for d in decks)
                     or "  " + translate("printing.cli", "(none)"))
        print(translate("printing.cli", "print deck: there is no deck {deck}. Available decks (id or title):").format(
            deck=repr(args.deck)) + "\n" + available, file=sys.stderr)
        return REFUSED
    from app.printing.deck_pdf import write_deck_pdf

    try:
        result = write_deck_pdf(deck, output, paper=args.paper, size=args.size, backs=args.backs,
                                offset_x=args.offset_x, offset_y=args.offset_y)
    except OSError as error:
        print(translate("printing.cli", "print deck: cannot write {path}: {problem}").format(
            path=output, problem=error.strerror or error), file=sys.stderr)
        return REFUSED
    backs = (translate("printing.cli", "no backs") if args.backs == "none"
             else translate("printing.cli", "backs for {backs} duplex").format(backs=args.backs))
    # Translators: {size} is the card size's name (poker, bridge, tarot), {paper} the sheet's (a4, letter)
    print(translate("printing.cli", "Wrote {path}: {cards} cards of {deck} on {sheets} sheet(s) of {paper} ({size}, "
                    "{per_sheet} per sheet), {pages} page(s), {backs}. Print at 100 %.").format(
                        path=output, cards=result.cards, deck=repr(deck.title), sheets=result.sheets, paper=args.paper,
                        size=args.size, per_sheet=result.per_sheet, pages=result.pages, backs=backs))
    if result.overflowing:
        names = ", ".join(repr(title) for title in result.overflowing)
        print(translate("printing.cli", "warning: {count} card(s) do not fit even at 7 pt and are cut short with '…': "
                        "{names}. Shorten their text.").format(count=len(result.overflowing), names=names),
              file=sys.stderr)
    return DONE
