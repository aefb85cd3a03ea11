"""What every command of the command line shares: the exit codes, the check of an -o path, and --json.

The table of exit codes, with what falls under each, is app/cli.py's docstring (and the README's
"Exit codes"); commands return these names rather than bare numbers so the table can be checked by reading.
Standard library only: every command imports this.
"""

from __future__ import annotations

import json
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
