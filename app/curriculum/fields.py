"""Typed reading of one TOML table, collecting every problem instead of stopping at the first.

Each getter returns a usable default when the field is wrong, so one run reports all the
problems in a file; `finish()` flags fields nobody asked for (usually a typo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.curriculum.limits import ID_MAX, LINE_MAX, PARAGRAPH_MAX
from app.curriculum.problems import FieldPath, Locator, Problem, field_name
from app.i18n import translate

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SHOWN_MAX = 60


def shown(value: Any, level: int = 0) -> str:
    """A value as a problem message quotes it: short, and never an exception (repr() of an int of
    thousands of digits raises ValueError; a 10 MB string would bury the message)."""
    if isinstance(value, str):
        if len(value) <= SHOWN_MAX:
            return repr(value)
        return repr(value[:SHOWN_MAX]) + translate("curriculum.fields", "… ({count} characters)").format(
            count=f"{len(value):,}")
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return translate("curriculum.fields", "a number too long to show")
    if isinstance(value, list):
        if level >= 2:
            return "[…]"
        items = [shown(v, level + 1) for v in value[:5]]
        return "[" + ", ".join(items + (["…"] if len(value) > 5 else [])) + "]"
    if isinstance(value, dict):
        return translate("curriculum.fields", "a table {inline}").format(inline="{ … }")
    return repr(value)


@dataclass
class Source:
    """One file being read: where problems go and how to find their lines."""

    file: Path
    locator: Locator
    problems: list[Problem] = field(default_factory=list)

    def report(self, path: FieldPath, message: str) -> None:
        self.problems.append(Problem(self.file, self.locator.line_of(path), field_name(path), message))


class Reader:
    def __init__(self, data: dict[str, Any], source: Source, path: FieldPath = ()) -> None:
        self.data = data
        self.source = source
        self.path = path
        self._seen: set[str] = set()

    def report(self, key: str | None, message: str) -> None:
        self.source.report((*self.path, key) if key else self.path, message)

    def report_missing(self, key: str, message: str) -> None:
        """A missing field has no line of its own: point at its table's header ([[step]]), or line 1."""
        line = self.source.locator.line_of(self.path) if self.path else 1
        self.source.problems.append(Problem(self.source.file, line, field_name((*self.path, key)), message))

    def _get(self, key: str, required: bool, expected: str) -> Any:
        self._seen.add(key)
        if key not in self.data:
            if required:
                self.report_missing(key, translate("curriculum.fields", "missing; expected {expected}").format(
                    expected=expected))
            return None
        return self.data[key]

    def text(self, key: str, *, required: bool = True, max_len: int = PARAGRAPH_MAX) -> str:
        """Text of at most `max_len` characters (a paragraph unless the field says otherwise)."""
        value = self._get(key, required, translate("curriculum.fields", "text"))
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.report(key, translate("curriculum.fields", "expected non-empty text"))
            return ""
        if len(value) > max_len:
            self.report(key, too_long(max_len, len(value)))
        return value.strip()

    def ident(self, key: str = "id") -> str:
        value = self.text(key, max_len=ID_MAX)
        if value and len(value) <= ID_MAX and not ID_PATTERN.match(value):
            self.report(key, translate("curriculum.fields", "expected lower-case words joined by '-', like "
                                       "'self-name-beat', not {value}").format(value=shown(value)))
        return value

    def optional_ident(self, key: str) -> str | None:
        if key not in self.data:
            self._seen.add(key)
            return None
        return self.ident(key) or None

    def integer(self, key: str, lo: int, hi: int, *, required: bool = True, default: int = 0) -> int:
        value = self._get(key, required, translate("curriculum.fields", "a whole number from {lowest} to {highest}"
                                                   ).format(lowest=lo, highest=hi))
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.report(key, translate("curriculum.fields", "expected a whole number from {lowest} to {highest}, "
                                       "found {value}").format(lowest=lo, highest=hi, value=shown(value)))
            return default
        return value

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        value = self._get(key, required, translate("curriculum.fields", "true or false"))
        if value is None:
            return default
        if not isinstance(value, bool):
            self.report(key, translate("curriculum.fields", "expected true or false, found {value}").format(
                value=shown(value)))
            return default
        return value

    def integers(self, key: str, lo: int, hi: int, *, min_items: int = 1) -> tuple[int, ...]:
        need = translate("curriculum.fields", "a list of whole numbers from {lowest} to {highest}").format(
            lowest=lo, highest=hi)
        value = self._get(key, True, need)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
                                                  for v in value) or len(value) < min_items:
            self.report(key, translate("curriculum.fields", "expected a list of whole numbers from {lowest} to "
                                       "{highest} (at least {count}), found {value}").format(
                lowest=lo, highest=hi, count=min_items, value=shown(value)))
            return ()
        return tuple(value)

    def choice(self, key: str, options: Iterable[str], *, required: bool = True, default: str = "") -> str:
        options = tuple(options)
        value = self._get(key, required, translate("curriculum.fields", "one of {options}").format(
            options=", ".join(options)))
        if value is None:
            return default
        if value not in options:
            self.report(key, not_one_of(options, value))
            return default
        return value

    def texts(self, key: str, *, min_items: int = 0, max_len: int = LINE_MAX,
              required: bool = True, options: Iterable[str] | None = None) -> tuple[str, ...]:
        """A list of texts, each of at most `max_len` characters (one line unless the field says otherwise)."""
        need = (translate("curriculum.fields", "a list of texts (at least {count})").format(count=min_items)
                if min_items else translate("curriculum.fields", "a list of texts"))
        value = self._get(key, required, need)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(key, translate("curriculum.fields", "expected a list of texts (at least {count}) in {list}"
                                       ).format(count=min_items, list='["…", "…"]') if min_items else
                        translate("curriculum.fields", "expected a list of texts in {list}").format(list='["…", "…"]'))
            return ()
        if len(value) < min_items:
            self.report(key, translate("curriculum.fields", "expected at least {count} items, found {found}").format(
                count=min_items, found=len(value)))
        allowed = tuple(options) if options is not None else None
        for index, item in enumerate(value):
            if len(item) > max_len:
                self.source.report((*self.path, key, index), too_long(max_len, len(item)))
            if allowed is not None and item not in allowed:
                self.source.report((*self.path, key, index), not_one_of(allowed, item))
        return tuple(v.strip() for v in value)

    def table(self, key: str, *, required: bool = True) -> Reader | None:
        value = self._get(key, required, translate("curriculum.fields", "a table"))
        if value is None:
            return None
        if not isinstance(value, dict):
            self.report(key, translate("curriculum.fields", "expected a table, like [{key}] or {inline}").format(
                key=key, inline="{ … }"))
            return None
        return Reader(value, self.source, (*self.path, key))

    def tables(self, key: str, *, min_items: int = 1) -> list[Reader]:
        value = self._get(key, min_items > 0, translate("curriculum.fields", "at least {count} [[{key}]] table(s)"
                                                        ).format(count=min_items, key=key))
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.report(key, translate("curriculum.fields", "expected [[{key}]] tables").format(key=key))
            return []
        if len(value) < min_items:
            self.report(key, translate("curriculum.fields", "expected at least {count} [[{key}]] table(s), found "
                                       "{found}").format(count=min_items, key=key, found=len(value)))
        return [Reader(v, self.source, (*self.path, key, i)) for i, v in enumerate(value)]

    def finish(self) -> None:
        for key in self.data:
            if key not in self._seen:
                self.report(key, translate("curriculum.fields", "unknown field (a typo?); see activities/README.md "
                                           "for the fields"))


def too_long(most: int, found: int) -> str:
    return translate("curriculum.fields", "expected at most {most} characters, found {found}").format(
        most=f"{most:,}", found=f"{found:,}")


def not_one_of(options: Iterable[str], value: Any) -> str:
    return translate("curriculum.fields", "expected one of {options}; found {value}").format(
        options=", ".join(options), value=shown(value))
