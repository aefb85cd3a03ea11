"""`python -m app rhythm play|list|calibrate`: the rhythm engine from the command line (and from the Qt app,
which runs `rhythm play --exercise -` and writes the exercise to stdin). pygame is imported only to play.

Exit codes as in app/cli.py: 1 for a pattern or exercise that is unknown or refused (an --exercise file or a
pattern .toml file is input), a record file that cannot be written, or too few taps to calibrate; 2 for
usage: no pattern named, or --keys, --tempo, --bars or --latency that cannot be played, a --record in a
folder that does not exist.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import i18n
from app.cli_common import DONE, REFUSED, USAGE, print_json, unwritable
from app.curriculum.model import Rhythm
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.rhythm.protocol import Exercise, players_from_keys

PLAY_HELP = QT_TRANSLATE_NOOP("rhythm.cli", """\
Plays a pattern in its own window ("Empathy Ambassadors — Rhythm", full screen on the projector unless
--windowed), one player per key; gamepads and USB drum pads are joy0, joy1… (any button, in the order they
are plugged in) and MIDI drum kits midi (any note) or midi38 (one note). It ends by itself when the
exercise is over, or on Esc, and writes JSON lines: a hit line for every hit, then a summary.""")


def add_rhythm_parser(commands: argparse._SubParsersAction) -> None:
    rhythm = commands.add_parser("rhythm", help=translate("rhythm.cli", "rhythm and drum exercises (own window; "
                                                                        "pygame)"),
                                 description=translate("rhythm.cli", "Rhythm exercises: list the patterns, play one, "
                                                                     "calibrate the sound."))
    actions = rhythm.add_subparsers(dest="rhythm_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("rhythm.cli", "the rhythm patterns"))
    listing.add_argument("--json", action="store_true", help=translate("rhythm.cli", "print a JSON list"))
    play = actions.add_parser("play", help=translate("rhythm.cli", "play a pattern with players on keys, pads or a "
                                                                   "MIDI kit"),
                              description=translate("rhythm.cli", PLAY_HELP),
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    play.add_argument("pattern", nargs="?",
                      help=translate("rhythm.cli", "a pattern id (see `rhythm list`) or a pattern .toml file"))
    play.add_argument("--tempo", type=int, metavar="BPM",
                      help=translate("rhythm.cli", "beats per minute (default: the pattern's)"))
    play.add_argument("--keys", default="a,l",
                      help=translate("rhythm.cli", "one player per key, comma-separated (default a,l)"))
    play.add_argument("--bars", type=int, metavar="N",
                      help=translate("rhythm.cli", "play N bars (default: the pattern's length)"))
    play.add_argument("--record", type=Path, metavar="FILE.jsonl",
                      help=translate("rhythm.cli", "also write the JSON lines to FILE"))
    play.add_argument("--display", type=int, metavar="N",
                      help=translate("rhythm.cli", "the screen to open on (default: the last one)"))
    play.add_argument("--windowed", action="store_true",
                      help=translate("rhythm.cli", "a window instead of full screen"))
    play.add_argument("--expert", action="store_true",
                      help=translate("rhythm.cli", "narrow timing windows (±23/45/90 ms)"))
    play.add_argument("--reduced-motion", action="store_true",
                      help=translate("rhythm.cli", "no flashing beat light: it shows the beat's number instead"))
    play.add_argument("--latency", type=float, default=0.0, metavar="MS",
                      help=translate("rhythm.cli", "this machine's sound delay from `rhythm calibrate` (default 0)"))
    play.add_argument("--exercise", metavar="FILE",
                      help=translate("rhythm.cli", "read the whole exercise as JSON from FILE, or - for stdin (how the "
                                                   "app starts it)"))
    language_help = translate("rhythm.cli", "the language of the window's words: en or es (default: the system's)")
    play.add_argument("--language", metavar="CODE", default="", help=language_help)
    calibrate = actions.add_parser("calibrate", help=translate("rhythm.cli", "find this machine's sound delay with a "
                                                                             "short tap-along"),
                                   description=translate("rhythm.cli", "Clicks play; tap any key on each one. Prints "
                                                                       "the delay to give as --latency (the app stores "
                                                                       "it for you)."))
    calibrate.add_argument("--display", type=int, metavar="N")
    calibrate.add_argument("--windowed", action="store_true")
    calibrate.add_argument("--language", metavar="CODE", default="", help=language_help)


def _patterns() -> dict[str, Rhythm]:
    from app.curriculum import load_curriculum
    from app.paths import activities_dir

    return {r.id: r for r in load_curriculum(activities_dir()).rhythms}


def _pattern_from_file(path: Path) -> Rhythm:
    """A facilitator's own pattern, checked like the shipped ones; ValueError lists every problem."""
    from app.curriculum.loader import read_one
    from app.curriculum.parse_rhythm import parse_rhythm

    rhythm, problems = read_one(path, parse_rhythm)
    if rhythm is None:
        raise ValueError("\n".join(problems)
                         or translate("rhythm.cli", "{path}: not a rhythm pattern").format(path=path))
    return rhythm


def _error(message: str, code: int = REFUSED) -> int:
    """Say it on stderr for a person and as a JSON line for the app; return `code` (REFUSED or USAGE)."""
    print(json.dumps({"type": "error", "message": message}), flush=True)
    print(f"rhythm: {message}", file=sys.stderr)
    return code


def _exercise(args: argparse.Namespace) -> Exercise:
    if args.exercise:
        text = sys.stdin.read() if args.exercise == "-" else Path(args.exercise).read_text(encoding="utf-8")
        return Exercise.from_json(text)
    if not args.pattern:
        raise ValueError(translate("rhythm.cli", "say which pattern to play (see `python -m app rhythm list`)"))
    is_file = args.pattern.endswith(".toml")
    exercise = Exercise(pattern=Path(args.pattern).stem if is_file else args.pattern,
                        players=players_from_keys(args.keys), tempo=args.tempo, bars=args.bars,
                        latency_ms=args.latency, windows="expert" if args.expert else "young",
                        display=args.display, windowed=args.windowed,
                        record=str(args.record) if args.record else None,
                        pattern_file=args.pattern if is_file else None, reduced_motion=args.reduced_motion,
                        language=getattr(args, "language", "") or "")
    exercise.check()
    return exercise


def rhythm_command(args: argparse.Namespace) -> int:
    if args.rhythm_action == "list":
        patterns = sorted(_patterns().values(), key=lambda r: (r.mode, r.level, r.tempo, r.id))
        if args.json:
            print_json([{"id": r.id, "title": r.title, "mode": r.mode, "level": r.level, "tempo": r.tempo,
                         "bars": r.bars, "seconds": round(r.seconds, 1), "parts": [p.name for p in r.parts]}
                        for r in patterns])
        else:
            # Translators: one pattern a line, in columns: id, mode, level, tempo, length in seconds, title.
            line = translate("rhythm.cli", "{id} {mode} level {level}  {tempo} bpm  {seconds} s  {title}")
            for r in patterns:
                print(line.format(id=f"{r.id:<22}", mode=f"{r.mode:<18}", level=r.level, tempo=f"{r.tempo:>3}",
                                  seconds=f"{r.seconds:>4.0f}", title=r.title))
        return DONE
    from app.paths import assets_dir

    if args.rhythm_action == "calibrate":
        from app.rhythm.engine import Output, calibrate

        return calibrate(Output(sys.stdout), assets_dir() / "fonts", args.display, args.windowed,
                         getattr(args, "language", "") or "")
    i18n.set_language(getattr(args, "language", "") or None)   # for what is said before the exercise is read
    try:
        exercise = _exercise(args)
    except (ValueError, TypeError, OSError) as error:   # options are usage; an --exercise file is input
        return _error(str(error), REFUSED if args.exercise else USAGE)
    if exercise.record and (problem := unwritable(Path(exercise.record), "run.jsonl")):
        return _error(translate("rhythm.cli", "cannot write the record file: {reason}").format(reason=problem),
                      REFUSED if args.exercise else USAGE)
    try:
        i18n.set_language(exercise.language)   # the app's language, which the app passed in the exercise
        if exercise.pattern_file:
            rhythm = _pattern_from_file(Path(exercise.pattern_file))
        else:
            patterns = _patterns()
            if exercise.pattern not in patterns:
                raise ValueError(translate("rhythm.cli", "there is no pattern {name}; patterns: {patterns}").format(
                    name=repr(exercise.pattern), patterns=", ".join(sorted(patterns))))
            rhythm = patterns[exercise.pattern]
    except (ValueError, TypeError, OSError) as error:
        return _error(str(error))
    from app.rhythm.engine import Output, run_exercise

    try:
        out = Output(sys.stdout, Path(exercise.record) if exercise.record else None)
    except OSError as error:
        return _error(translate("rhythm.cli", "cannot write the record file: {reason}").format(
            reason=error.strerror or error))
    try:
        return run_exercise(exercise, rhythm, out, assets_dir() / "fonts")
    finally:
        out.close()
