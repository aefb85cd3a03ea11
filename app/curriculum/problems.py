"""Problems found in curriculum files, and where in the file they are.

tomllib gives no positions, so `Locator` scans the text for table headers and keys: good
enough to point a curriculum writer at the right line, which is all the line is for.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

FieldPath = tuple[str | int, ...]

# Possessive (*+, ++) throughout: a header like "[" and 20,000 spaces took the old lazy pattern minutes.
_HEADER = re.compile(r"^[ \t]*+(\[\[?)([A-Za-z0-9_.\-\" \t]*+)\]\]?[ \t]*+(#.*)?$")
_KEY = re.compile(r"^[ \t]*+([A-Za-z0-9_\-]++(?:[ \t]*+\.[ \t]*+[A-Za-z0-9_\-]++)*+)[ \t]*+=")


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int | None
    field: str
    message: str

    def format(self, base: Path | None = None) -> str:
        shown = self.file
        if base is not None:
            with contextlib.suppress(ValueError):
                shown = self.file.relative_to(base)
        where = f"{shown}:{self.line}" if self.line else f"{shown}"
        return f"{where}: {self.field}: {self.message}"


def field_name(path: FieldPath) -> str:
    """("step", 2, "minutes") -> "step[3].minutes" (numbered from 1, as a writer counts); an unknown key of
    thousands of characters is cut short, so the message stays readable."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + (part if len(part) <= 60 else part[:60] + "…")
    return out or "(file)"


class Locator:
    """Maps field paths to line numbers in one TOML text."""

    def __init__(self, text: str) -> None:
        self._lines: dict[FieldPath, int] = {}
        counters: dict[tuple[str, ...], int] = {}
        table: FieldPath = ()
        in_multiline = False
        for number, raw in enumerate(text.split("\n"), start=1):  # TOML's lines: "\n" only, as tomllib counts
            line = raw.removesuffix("\r")
            quotes = line.count('"""') + line.count("'''")
            if in_multiline:
                if quotes % 2 == 1:
                    in_multiline = False
                continue
            header = _HEADER.match(line)
            if header:
                if not header.group(2).strip():
                    continue
                names = tuple(p.strip().strip('"') for p in header.group(2).split("."))
                if header.group(1) == "[[":
                    index = counters.get(names, 0)
                    counters[names] = index + 1
                    table = (*names, index)
                    self._lines.setdefault(names, number)  # the list as a whole: its first [[header]]
                else:
                    table = names
                self._lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                names = tuple(p.strip() for p in key.group(1).split("."))
                self._lines.setdefault((*table, *names), number)
                if quotes % 2 == 1:
                    in_multiline = True

    def line_of(self, path: FieldPath) -> int | None:
        """The line of the field, or of the nearest enclosing field that has a line."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def toml_error_line(message: str) -> int | None:
    """tomllib (3.11) puts the position only in its message: '... (at line 3, column 7)'."""
    found = re.search(r"at line (\d+)", message)
    return int(found.group(1)) if found else None
