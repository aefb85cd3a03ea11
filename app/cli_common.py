"""What every command of the command line shares: the exit codes, the check of an -o path, --json, and the
option types several commands take (a date, a count of extra sheets).

The table of exit codes, with what falls under each, is app/cli.py's docstring (and the README's
"Exit codes"); commands return these names rather than bare numbers so the table can be checked by reading.
Standard library only: every command imports this.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.i18n import translate

DONE = 0          # the work was done
REFUSED = 1       # the input was refused, checks failed, or the work could not be done
USAGE = 2         # the command line itself is wrong (argparse exits with 2 too)
INTERRUPTED = 130  # Ctrl+C


def unwritable(path: Path, example: str = "cards.pdf") -> str | None:
    """Why -o `path` cannot be a file to write, before any work is done (None if it looks writable).

    A folder, or a file in a folder that does not exist, is a usage error (exit USAGE): the command line
    names the wrong place. A disk that is full or read-only shows only when writing (exit REFUSED).
    """
    if path.is_dir():
        return translate("printing.cli", "{path} is a folder; give a file name such as {example}").format(
            path=path, example=path / example)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return translate("printing.cli", "the folder {folder} does not exist").format(folder=parent)
    return None


def print_json(data: Any) -> None:
    """--json: one JSON document on stdout (keys in English, never translated), and nothing else there."""
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def iso_day(text: str) -> date:
    """--date YYYY-MM-DD (the message's context is the first command that had it, so its translation stays)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("printing.report_cli", "{text} is not a date like 2026-06-30")
                                         .format(text=repr(text))) from None


def count_up_to(most: int) -> Callable[[str], int]:
    """--blank N: a whole number from 0 to `most`."""
    def count(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(translate("printing.answer_sheets_cli", "{text} is not a whole number")
                                             .format(text=repr(text))) from None
        if not 0 <= number <= most:
            raise argparse.ArgumentTypeError(translate("printing.answer_sheets_cli", "give a number from 0 to "
                                                       "{most}, not {count}").format(most=most, count=number))
        return number

    return count
