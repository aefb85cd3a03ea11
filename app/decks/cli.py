"""`python -m app decks list|import|export`: role-play decks from the command line.

Exit codes as in app/cli.py: 1 for a file refused (nothing is imported then), an unknown deck or a write
that fails; 2 for a title that is too long, or an -o that is not a .csv or .toml file in a folder that exists.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_common import DONE, REFUSED, USAGE, print_json, unwritable
from app.curriculum.model import Deck
from app.i18n import translate


def add_decks_parser(commands: argparse._SubParsersAction) -> None:
    decks = commands.add_parser("decks", help=translate("decks_cli", "list, import and export role-play card decks"),
                                description=translate("decks_cli", "Shipped decks live in activities/decks; decks "
                                                                   "you write or import live in the data folder."))
    actions = decks.add_subparsers(dest="decks_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("decks_cli", "every deck with its number of cards"))
    listing.add_argument("--json", action="store_true", help=translate("decks_cli", "print a JSON list"))
    importing = actions.add_parser("import", help=translate("decks_cli", "add a deck from a spreadsheet CSV or a TOML "
                                                                         "file"),
                                   description=translate("decks_cli", "CSV columns: Title, Text, Role, Audience "
                                                                      "(separate prompts with |), Intensity (1–3), "
                                                                      "Content notes. Rows that cannot be used are "
                                                                      "listed with the reason; the rest are added in "
                                                                      "one go."))
    importing.add_argument("file", type=Path, help=translate("decks_cli", "FILE.csv or FILE.toml"))
    importing.add_argument("--name", type=_deck_name, help=translate("decks_cli", "the deck's title (default: the "
                                                                                  "file's name)"))
    importing.add_argument("--dry-run", action="store_true",
                           help=translate("decks_cli", "show what would be imported and the rows left out; write "
                                                       "nothing"))
    importing.add_argument("--json", action="store_true",
                           help=translate("decks_cli", "print one JSON object: the deck added and the rows left "
                                                       "out"))
    exporting = actions.add_parser("export", help=translate("decks_cli", "write a deck as CSV (opens in Excel) or "
                                                                         "TOML"))
    exporting.add_argument("deck", help=translate("decks_cli", "a deck's id or title"))
    exporting.add_argument("-o", "--output", type=Path, required=True,
                           help=translate("decks_cli", "FILE.csv or FILE.toml"))


def _deck_name(text: str) -> str:
    """--name: a usable title, or a usage error (exit 2) saying what is allowed."""
    from app.decks.spreadsheet import MAX_DECK_TITLE

    name = " ".join(text.split())
    if not name or len(name) > MAX_DECK_TITLE:
        raise argparse.ArgumentTypeError(translate("decks_cli", "a deck's title has 1 to {most} characters").format(
            most=MAX_DECK_TITLE))
    return name


def all_decks(store) -> list[tuple[Deck, str]]:
    from app.curriculum import load_curriculum
    from app.paths import activities_dir
    from app.store.decks import list_decks, load_deck

    shipped = [(deck, "shipped") for deck in load_curriculum(activities_dir()).decks]
    mine = [(load_deck(store, summary.id), "mine") for summary in list_decks(store)]
    return shipped + [(deck, origin) for deck, origin in mine if deck is not None]


def find_deck(store, name: str) -> Deck | None:
    wanted = name.strip().casefold()
    return next((deck for deck, _ in all_decks(store) if wanted in (deck.id.casefold(), deck.title.casefold())),
                None)


def _read_toml_deck(path: Path) -> tuple[Deck | None, list[str]]:
    from app.curriculum.loader import read_one
    from app.curriculum.parse import parse_deck

    return read_one(path, parse_deck)


def _refused(reason: str) -> int:
    """Exit REFUSED with one line on stderr; nothing has been written."""
    end = "" if "\n" in reason or reason.endswith((".", "?", "!")) else "."
    print(translate("decks_cli", "Nothing was imported: {reason}").format(reason=reason + end), file=sys.stderr)
    return REFUSED


def _import(args: argparse.Namespace, store) -> int:
    """A deck from CSV or TOML, checked whole before one transaction writes it: a refused file changes nothing."""
    from app.decks.spreadsheet import deck_problem, deck_title, parse_deck_csv
    from app.files.spreadsheet import TextProblem, read_file
    from app.store.decks import save_deck

    try:
        data = read_file(args.file)
    except TextProblem as error:
        return _refused(f"{args.file}: {error}")
    except OSError as error:  # missing, a folder, unreadable: an input refused, like any other (REFUSED)
        return _refused(translate("decks_cli", "{file} could not be read ({reason}); check the name and the USB "
                                               "stick").format(file=args.file, reason=error.strerror or error))
    title = args.name or deck_title(args.file.stem)
    rejected: list[str] = []
    left_out: list[dict] = []
    if args.file.suffix.casefold() == ".toml":
        deck, problems = _read_toml_deck(args.file)
        if deck is None:
            return _refused("\n".join(problems))
        cards, title = deck.cards, args.name or deck.title
    else:
        preview = parse_deck_csv(data)
        if preview.problem:
            return _refused(f"{args.file}: {preview.problem}")
        cards, rejected = preview.cards, [translate("decks_cli", "line {line}: {reason} ({text})").format(
            line=r.line, reason=r.reason, text=r.text) for r in preview.rejected]
        left_out = [{"line": r.line, "reason": r.reason, "text": r.text} for r in preview.rejected]
    if not cards:
        return _refused("\n".join([translate("decks_cli", "no usable cards."), *rejected]))
    problem = deck_problem(title, tuple(cards))
    if problem:
        return _refused(f"{args.file}: {problem}")
    deck_id = None if args.dry_run else save_deck(store, title, tuple(cards))
    if args.json:
        print_json({"id": deck_id, "title": title, "cards": len(cards), "rejected": left_out,
                    "dry_run": args.dry_run})
        return DONE
    if args.dry_run:
        # Translators: one line for any number of cards, 1 included
        print(translate("decks_cli", "Would import {count} card(s) as the deck {title}. Nothing was written "
                                     "(--dry-run).").format(count=len(cards), title=repr(title)))
    else:
        # Translators: one line for any number of cards, 1 included
        print(translate("decks_cli", "Imported {count} card(s) as the deck {title} ({id}).").format(
            count=len(cards), title=repr(title), id=deck_id))
    if rejected:
        print(translate("decks_cli", "{count} row(s) were not imported:").format(count=len(rejected)) + "\n"
              + "\n".join(rejected))
    return DONE


def decks_command(args: argparse.Namespace, store) -> int:
    if args.decks_action == "list":
        decks = [{"id": d.id, "title": d.title, "cards": len(d.cards), "origin": o} for d, o in all_decks(store)]
        if args.json:
            print_json(decks)
        else:
            for deck in decks:
                line = (translate("decks_cli", "{title} ({count} cards, shipped): {id}") if deck["origin"] == "shipped"
                        else translate("decks_cli", "{title} ({count} cards, mine): {id}"))
                print(line.format(title=deck["title"], count=deck["cards"], id=deck["id"]))
        return DONE
    if args.decks_action == "import":
        return _import(args, store)
    suffix = args.output.suffix.casefold()
    if suffix not in (".csv", ".toml"):
        print(translate("decks_cli", "The output file must end in .csv or .toml."), file=sys.stderr)
        return USAGE
    problem = unwritable(args.output, "deck.csv")
    if problem:
        print(translate("decks_cli", "Could not write {file}: {reason}. Choose a folder you can write to.").format(
            file=args.output, reason=problem), file=sys.stderr)
        return USAGE
    deck = find_deck(store, args.deck)
    if deck is None:
        names = ", ".join(f"{d.title} ({d.id})" for d, _ in all_decks(store))
        print(translate("decks_cli", "No deck called {name}. Decks: {names}.").format(
            name=repr(args.deck), names=names), file=sys.stderr)
        return REFUSED
    from app.decks.spreadsheet import deck_to_csv, deck_to_toml
    from app.files.atomic import write_atomically

    try:
        write_atomically(args.output, deck_to_csv(deck) if suffix == ".csv" else deck_to_toml(deck).encode("utf-8"))
    except OSError as error:
        print(translate("decks_cli", "Could not write {file}: {reason}. Choose a folder you can write to.").format(
            file=args.output, reason=error.strerror or error), file=sys.stderr)
        return REFUSED
    print(translate("decks_cli", "Wrote {count} cards to {file}.").format(count=len(deck.cards), file=args.output))
    return DONE
