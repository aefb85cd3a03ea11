"""The one entry point: no sub-command opens the GUI, sub-commands do headless work.

Heavy modules are imported inside the command that needs them, so `validate` never loads Qt
and the GUI never loads reportlab or pygame at start-up.

Exit codes, the same for every command (the names are in app/cli_common.py):

  0    done.
  1    the input was refused, checks failed, or the work could not be done: a bundle, file, class,
       student, deck, pattern or questionnaire that is refused or unknown; `validate` finding problems;
       a data folder that cannot be opened; a write that fails (a full disk, a pulled-out USB stick);
       nothing to print; a fault inside the app (the details go to DATA_DIR/logs/app.log).
  2    usage: the command line itself is wrong: an unknown command or option, a missing or
       contradictory option, an option value out of range, an -o path whose folder does not exist or
       that is a folder, a wrong output suffix (`decks export`: .csv or .toml).
  130  stopped with Ctrl+C.

`-o FILE` writes exactly FILE: no command adds an extension (the window's save dialogs do). `--json`,
on every command that reports something, prints one JSON document on stdout, keys in English, and
nothing else there; messages go to stderr as always.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from app import APP_NAME, __version__
from app.cli_common import DONE, INTERRUPTED, REFUSED, USAGE, print_json
from app.i18n import translate

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"   # i18n: not text


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app",   # i18n: not text
        description=translate("cli", "{app}: run in-person empathy workshops, offline.").format(app=APP_NAME),
        epilog=translate("cli", "With no command, the app window opens.") + "\n" + translate(
            "cli", "Exit codes: 0 done, 1 refused or failed, 2 usage (a wrong command line)."),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=translate("cli", "folder for the database, its backups and logs (default: your user "
                                              "data folder; a folder on a USB stick works too)"))
    parser.add_argument("--startup-check", action="store_true",
                        help=translate("cli", "open the window, print 'started in N ms' once it is painted, and "
                                              "exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help=translate("cli", "check the curriculum files"),
                                   description=translate("cli", "Check curriculum TOML files; one line per problem."))
    validate.add_argument("path", nargs="?", type=Path,
                          help=translate("cli", "curriculum folder (default: the bundled one)"))
    validate.add_argument("--json", action="store_true", help=translate("cli", "print counts and errors as JSON"))
    validate.add_argument("--lang", metavar="CODE", choices=("es",),
                          help=translate("cli", "check a translation (es): the curriculum as it reads in that "
                                                "language, each translated file against its English one, and what "
                                                "is still in English"))
    validate.add_argument("--mine", action="store_true",
                          help=translate("cli", "also check your own copies of activities and plans in the data "
                                                "folder"))

    commands.add_parser("demo", help=translate("cli", "add the demo class to the data folder"),
                        description=translate("cli", "Add the demo class (12 students, 2 past sessions, 2 rhythm "
                                                     "runs, 40 journal entries of every visibility); running it "
                                                     "again changes nothing."))
    info = commands.add_parser("info", help=translate("cli", "what is in the data folder"),
                               description=translate("cli", "Print the schema version, data folder and counts."))
    info.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object"))

    backup = commands.add_parser("backup", help=translate("cli", "make a backup of the database now"),
                                 description=translate("cli", "Write a consistent copy of the database to "
                                                              "DATA_DIR/backups and rotate old ones (7 daily, 4 "
                                                              "weekly, 6 monthly)."))
    backup.add_argument("--list", action="store_true",
                        help=translate("cli", "list the backups instead, newest first"))
    backup.add_argument("--json", action="store_true",
                        help=translate("cli", "print one JSON object: the backup written, or the list"))
    restore = commands.add_parser("restore", help=translate("cli", "put a backup back in place of the database"),
                                  description=translate("cli", "Replace the database with BACKUP; the current file "
                                                               "is moved to DATA_DIR/set-aside, never deleted."))
    restore.add_argument("backup", type=Path, help=translate("cli", "a file from DATA_DIR/backups"))
    groups = commands.add_parser("groups",
                                 help=translate("cli", "plan mixing groups (a synthetic class, or a real one)"),
                                 description=translate("cli", "Plan groups so students work with classmates they "
                                                              "have worked with least. --students N for a synthetic "
                                                              "class, --class NAME for one of yours (its history and "
                                                              "keep-apart/together rules count)."))
    from app.grouping.cli import add_arguments

    add_arguments(groups)
    from app.classnet.cli import add_serve_parser
    from app.decks.cli import add_decks_parser
    from app.journal.cli import add_exchange_parsers
    from app.measure.cli import add_measure_parser
    from app.printing.cli import add_print_parser
    from app.printing.report_cli import add_report_parser
    from app.rhythm.cli import add_rhythm_parser

    add_decks_parser(commands)
    add_exchange_parsers(commands)
    add_measure_parser(commands)
    add_serve_parser(commands)
    add_print_parser(commands)
    add_report_parser(commands)
    add_rhythm_parser(commands)
    commands.add_parser("chime", help=translate("cli", "play the gentle end-of-timer chime (the app does this "
                                                       "itself)"),
                        description=translate("cli", "Play the end-of-timer chime once, in this process (pygame)."))
    return parser


def _setup_logging(data_dir: Path | None) -> None:
    handlers: list[logging.Handler] = []
    if data_dir is not None:
        from logging.handlers import RotatingFileHandler

        try:
            (data_dir / "logs").mkdir(parents=True, exist_ok=True)
            handlers.append(RotatingFileHandler(data_dir / "logs" / "app.log", maxBytes=1_000_000,
                                                backupCount=3, encoding="utf-8"))
        except OSError:
            pass  # a read-only data folder must not stop the app; the store reports it properly
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    handlers.append(stderr)
    logging.basicConfig(level=logging.INFO, handlers=handlers,
                        format=LOG_FORMAT, force=True)


def _validate(args: argparse.Namespace) -> int:
    from app.curriculum import load_curriculum
    from app.paths import activities_dir

    root = args.path or activities_dir()
    mine = None
    if args.mine:
        from app.curriculum.copies import user_root
        from app.paths import default_data_dir

        mine = user_root((args.data_dir or default_data_dir()).expanduser())
    curriculum = load_curriculum(root, mine, args.lang or "en")
    base = Path.cwd()
    errors = [p.format(base) for p in curriculum.problems]
    report = None
    if args.lang:
        from app.curriculum.translation_check import check_translation

        report = check_translation(Path(root), args.lang)
        errors += report.problems
    if args.json:
        extra = {"translation": {"language": report.language, "translated": report.translated,
                                 "missing": report.missing, "untranslated": report.untranslated}} if report else {}
        print_json({**curriculum.summary(), "errors": errors, **extra})
    else:
        for line in errors:
            print(line)
        if report:
            for name, fields in report.untranslated.items():
                listed = ", ".join(fields[:6]) + (" …" if len(fields) > 6 else "")
                print(translate("cli", "{name}: still in English: {fields}").format(name=name, fields=listed))
            print(report.summary())
        counts = curriculum.summary()["activities"]
        shown = ", ".join(f"{k} {v}" for k, v in counts.items())  # type: ignore[union-attr]
        # Translators: {count} is a number of problems; the English keeps "(s)" for any number.
        verdict = translate("cli", "{count} problem(s)").format(count=len(errors)) if errors else translate(
            "cli", "all good")
        # Translators: {kinds} lists the activities by phase ("self 9, other 7, community 5").
        print(translate("cli", "{root}: {kinds} activities; {prompts} prompts, {plans} plans, {challenges} "
                               "challenges, {decks} decks, {rhythms} rhythms, {questionnaires} questionnaires: "
                               "{verdict}").format(
                  root=root, kinds=shown, prompts=len(curriculum.prompts), plans=len(curriculum.plans),
                  challenges=len(curriculum.challenges), decks=len(curriculum.decks),
                  rhythms=len(curriculum.rhythms), questionnaires=len(curriculum.instruments), verdict=verdict),
              file=sys.stderr if errors else sys.stdout)
    return REFUSED if errors else DONE


def _open(data_dir: Path):
    """The data folder's store, or None after saying on stderr why it cannot be opened."""
    from app.store import StoreError, open_store

    try:
        return open_store(data_dir)
    except StoreError as error:
        print(error, file=sys.stderr)
        return None


WRITERS = ("demo", "import", "measure")


def _with_store(data_dir: Path, action: str, args: argparse.Namespace) -> int:
    from app.store import StoreError

    store = _open(data_dir)
    if store is None:
        return REFUSED
    try:
        from app import i18n
        from app.store.settings import get_setting

        i18n.set_language(get_setting(store, i18n.SETTING))   # the language chosen in the window's Settings
        writes = (action in WRITERS and not getattr(args, "dry_run", False)) or (
            action == "decks" and args.decks_action == "import")
        if writes:
            from app.store.db import wait_to_write

            wait_to_write(store, lambda text: print(text, file=sys.stderr, flush=True))
        if action == "demo":
            from app.demo.classroom import create_demo

            added = create_demo(store)
            print(translate("cli", "Demo class added.") if added
                  else translate("cli", "The demo class is already in this data folder."))
        elif action == "info":
            from app.store.info import info

            figures = info(store)
            if args.json:
                print_json(figures)
            else:
                for key, value in figures.items():
                    print(f"{key}: {value}")
        elif action in ("export", "import", "print-journal"):
            from app.journal.cli import exchange_command, print_journal_command

            return (print_journal_command if action == "print-journal" else exchange_command)(store, args)
        elif action in ("report", "print-certificates"):
            from app.printing.report_cli import certificates_command, report_command

            return (report_command if action == "report" else certificates_command)(store, args)
        elif action == "decks":
            from app.decks.cli import decks_command

            return decks_command(args, store)
        elif action == "print-answer-sheets":
            from app.printing.answer_sheets_cli import answer_sheets_command

            return answer_sheets_command(store, args)
        elif action == "print-journal-sheets":
            from app.journal.sheets_cli import journal_sheets_command

            return journal_sheets_command(store, args)
        elif action == "measure":
            from app.measure.cli import measure_command

            return measure_command(store, args)
        elif action == "serve":
            from app.classnet.cli import serve_command

            return serve_command(store, args)
        elif action == "backup":
            from app.store.backup import list_backups, make_backup

            if args.list:
                backups = list_backups(data_dir)
                if args.json:
                    print_json({"backups": backups})
                else:
                    for path in backups:
                        print(path)
            else:
                written = make_backup(data_dir, source=store)
                if args.json:
                    print_json({"backup": written})
                else:
                    print(translate("cli", "Backup written: {path}").format(path=written))
    except StoreError as error:
        print(error, file=sys.stderr)
        return REFUSED
    except OSError as error:
        print(translate("cli", "Could not finish: {reason}. Check the data folder has free space and is "
                               "writable.").format(reason=error), file=sys.stderr)
        return REFUSED
    finally:
        store.close()
    return DONE


def _print(args: argparse.Namespace) -> int:
    """`print`: decks come from the curriculum and, when the data folder has a database, the facilitator's own."""
    from app.printing.cli import print_command
    from app.store.db import DB_NAME

    data_dir = _data_dir(args)
    if getattr(args, "print_what", None) in ("journal", "certificates", "answer-sheets", "journal-sheets"):
        _setup_logging(data_dir)
        return _with_store(data_dir, f"print-{args.print_what}", args)
    if getattr(args, "print_what", None) != "deck" or not (data_dir / DB_NAME).exists():
        return print_command(args)
    store = _open(data_dir)
    if store is None:
        return REFUSED
    try:
        from app.decks.cli import all_decks

        decks = [deck for deck, _ in all_decks(store)]
    finally:
        store.close()
    return print_command(args, decks=decks)


def _data_dir(args: argparse.Namespace) -> Path:
    from app.paths import default_data_dir

    return (args.data_dir or default_data_dir()).expanduser()


def _restore(data_dir: Path, backup: Path) -> int:
    from app.store.backup import restore
    from app.store.in_use import window_holding

    holder = window_holding(data_dir)
    if holder:
        print(translate("cli", "Nothing was changed: {folder} is open in {holder}. Close the app first, then "
                               "restore.").format(folder=data_dir, holder=holder), file=sys.stderr)
        return REFUSED
    try:
        aside = restore(data_dir, backup)
    except OSError as error:   # a backup that is missing or damaged, or a disk that refuses the copy
        print(translate("cli", "Nothing was changed: {reason}").format(reason=error), file=sys.stderr)
        return REFUSED
    print(translate("cli", "Restored {backup}. The previous database was moved to {aside}.").format(
        backup=backup, aside=aside))
    return DONE


def main(argv: list[str] | None = None, t0: float | None = None) -> int:
    """Run one command and return its exit code (the table: this module's docstring); argparse exits with 2 itself.
    A bug becomes a calm message and exit 1, with the details in the log, never a traceback."""
    t0 = t0 if t0 is not None else time.perf_counter()
    args = _build_parser().parse_args(argv)
    try:
        return _dispatch(args, t0)
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as error:
        log_file = next((Path(h.baseFilename) for h in logging.getLogger().handlers
                         if isinstance(h, logging.FileHandler)), None)
        if log_file is None:
            log.debug("uncaught exception", exc_info=True)
            detail = f"({type(error).__name__}: {str(error)[:200]})"
        else:
            logging.getLogger().handlers = [h for h in logging.getLogger().handlers
                                            if isinstance(h, logging.FileHandler)]  # the traceback: file only
            log.critical("uncaught exception in %r", args.command or "the app window", exc_info=True)
            detail = translate("cli", "The details are in {file}: please send that file to whoever looks after "
                                      "the app.").format(file=log_file)
        print(translate("cli", "Something went wrong inside Empathy Ambassadors (a fault in the app, not in what "
                               "you did). {detail}").format(detail=detail), file=sys.stderr)
        return REFUSED


def _dispatch(args: argparse.Namespace, t0: float) -> int:
    if args.command == "validate":
        logging.basicConfig(level=logging.WARNING)
        return _validate(args)
    if args.command == "print":
        return _print(args)
    if args.command == "chime":
        from app.rhythm.engine import play_chime

        return play_chime()
    if args.command == "rhythm":
        logging.basicConfig(level=logging.WARNING)
        from app.rhythm.cli import rhythm_command

        return rhythm_command(args)
    data_dir = _data_dir(args)
    _setup_logging(data_dir)
    if args.command == "restore":
        return _restore(data_dir, args.backup)
    if args.command == "groups":
        from app.grouping.cli import groups_command, wrong_usage

        if not args.class_name:   # a made-up class: no data folder needed
            return groups_command(args)
        if wrong_usage(args):
            return USAGE
        store = _open(data_dir)
        if store is None:
            return REFUSED
        try:
            return groups_command(args, store)
        finally:
            store.close()
    if args.command == "decks":
        return _with_store(data_dir, "decks", args)
    if args.command in ("demo", "info", "backup", "export", "import", "serve", "report", "measure"):
        return _with_store(data_dir, args.command, args)
    from app.ui.launch import run_gui

    return run_gui(data_dir, startup_check=args.startup_check, t0=t0)
