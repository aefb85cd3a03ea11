"""Reading one curriculum TOML file so that nothing in it can raise: every refusal is a Problem.

The files come from activities/, from a facilitator's own copies in the data folder (which may sit on
a shared USB stick) and from deck imports. tomllib recurses once per nested `[` or `{` (50,000 of them
raise RecursionError), hands digits to int() (5,000 of them raise ValueError) and takes a minute over a
dotted key of 50,000 parts; so those are checked before or after parsing, and any other exception
becomes a problem for that one file instead of stopping `validate` or the app's start.
"""

from __future__ import annotations

import logging
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from app.curriculum.fields import Source
from app.curriculum.limits import MAX_DEPTH, MAX_FILE_BYTES
from app.curriculum.problems import Locator, Problem, toml_error_line
from app.files.checks import NotToOpen, TooLarge, read_limited
from app.i18n import translate

log = logging.getLogger(__name__)

FILE = "(file)"


def too_deep() -> str:
    return translate("curriculum.toml_read", "nested too deeply (more than {most} levels); expected at most {most} "
                     "levels of tables and lists inside each other").format(most=MAX_DEPTH)

# A key part: bare, "basic" or 'literal'. Every quantifier is possessive, so no input makes these slow.
_PART = r"""(?:[A-Za-z0-9_\-]++|"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"|'[^'\n]*+')"""
# MAX_DEPTH dots in one dotted key. Starts with a literal '.', so a search skips ahead at C speed; it may
# also match prose inside a string ("Stop. Look. …"), so a match is confirmed on the text without strings.
_DEEP_KEY = re.compile(rf"\.[ \t]*+{_PART}[ \t]*+(?:\.[ \t]*+{_PART}[ \t]*+){{{MAX_DEPTH - 1}}}")
# Strings and comments. Each alternative always succeeds once it starts (an unclosed string runs to the
# end of its line or of the text), so one pass is linear whatever the file holds.
_STRING_OR_COMMENT = re.compile(
    r'"""[^"\\]*+(?:(?:\\[\s\S]|"(?!""))[^"\\]*+)*+(?:"""(?:""?)?|\Z)'
    r"|'''[^']*+(?:'(?!'')[^']*+)*+(?:'''(?:''?)?|\Z)"
    r'|"[^"\\\n]*+(?:\\.?[^"\\\n]*+)*+(?:"|(?=\n)|\Z)'
    r"|'[^'\n]*+(?:'|(?=\n)|\Z)"
    r"|#[^\n]*+"
)
_BRACKET = re.compile(r"[\[\]{}]")
_DIGITS = re.compile(r"(?<![0-9_])[0-9][0-9_]*+")


def read_file(file: Path) -> tuple[Source, dict[str, Any] | None]:
    """Read and parse one file: its data, or None and at least one problem naming the file."""
    raw = _read_bytes(file)
    if isinstance(raw, str):
        source = Source(file, Locator(""))
        source.problems.append(Problem(file, None, FILE, raw))
        return source, None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (older Notepad) is not an error
    except UnicodeDecodeError as error:
        source = Source(file, Locator(""))
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        source.problems.append(Problem(file, line, FILE, translate(
            "curriculum.toml_read", "could not be read as UTF-8 text (byte 0x{byte} at column {column}); expected the "
            "file saved as UTF-8").format(byte=f"{raw[error.start]:02x}", column=column)))
        return source, None
    source = Source(file, Locator(text))
    return source, parse_text(text, source)


def _read_bytes(file: Path) -> bytes | str:
    """The file's bytes, or why not. Only regular files are opened: a FIFO named x.toml would never end."""
    try:
        if file.is_dir():
            return _not_regular()
        return read_limited(file, MAX_FILE_BYTES)
    except NotToOpen:
        return _not_regular()
    except TooLarge as error:
        return _too_big(error.size)
    except OSError as error:
        return translate("curriculum.toml_read", "could not be read ({reason})").format(reason=error.strerror or error)


def _not_regular() -> str:
    return translate("curriculum.toml_read", "not a regular file; expected a TOML text file")


def _too_big(size: int) -> str:
    return translate("curriculum.toml_read", "too big ({size} bytes); expected a file of at most {most} bytes").format(
        size=f"{size:,}", most=f"{MAX_FILE_BYTES:,}")


def parse_text(text: str, source: Source) -> dict[str, Any] | None:
    """Parse one file's text; None when refused, with the reason added to `source.problems`."""
    file = source.file
    try:
        if _DEEP_KEY.search(text):
            code = _code_only(text)
            match = _DEEP_KEY.search(code)
            if match:
                source.problems.append(Problem(file, _line_at(code, match.start()), FILE, translate(
                    "curriculum.toml_read", "nested too deeply (more than {most} levels); expected at most {most} "
                    "levels of tables and lists inside each other (a dotted key of more than {most} parts)").format(
                    most=MAX_DEPTH)))
                return None
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        source.problems.append(Problem(file, toml_error_line(message), FILE, translate(
            "curriculum.toml_read", "not valid TOML: {reason}").format(reason=message)))
        return None
    except RecursionError:
        source.problems.append(Problem(file, _deep_line(text), FILE, too_deep()))
        return None
    except ValueError as error:  # int() refusing a number of thousands of digits
        log.info("%s: %s", file, error)
        limit = sys.get_int_max_str_digits()
        source.problems.append(Problem(file, _long_number_line(text, limit), FILE, translate(
            "curriculum.toml_read", "a number too long to read; expected a number of at most {most} digits").format(
            most=limit)))
        return None
    except Exception as error:  # never a traceback for one bad file: report it, log it, go on
        log.exception("could not parse %s", file)
        source.problems.append(Problem(file, None, FILE, translate("curriculum.toml_read", "could not be read "
                                                                   "({reason})").format(reason=type(error).__name__)))
        return None
    if _too_deep(data, 1):
        source.problems.append(Problem(file, _deep_line(text), FILE, too_deep()))
        return None
    return data


def _too_deep(value: dict[str, Any] | list[Any], depth: int) -> bool:
    """Whether tables and lists nest more than MAX_DEPTH levels; stops there, so it never recurses far."""
    if depth > MAX_DEPTH:
        return True
    items = value.values() if isinstance(value, dict) else value
    return any(isinstance(v, (dict, list)) and _too_deep(v, depth + 1) for v in items)


def _code_only(text: str) -> str:
    """The text with every string emptied and every comment removed, keeping its line breaks."""
    return _STRING_OR_COMMENT.sub(lambda m: "" if m.group().startswith("#") else '""' + "\n" * m.group().count("\n"),
                                  text)


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _deep_line(text: str) -> int | None:
    """The line where brackets first nest deeper than MAX_DEPTH, counting the file's own table as one level;
    when [table.headers] added the depth, the line of the deepest brackets is the best guess."""
    code = _code_only(text)
    depth, deepest, where = 1, 1, None
    for match in _BRACKET.finditer(code):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 1)
        if depth > deepest:
            deepest, where = depth, match.start()
            if depth > MAX_DEPTH:
                break
    return None if where is None else _line_at(code, where)


def _long_number_line(text: str, limit: int) -> int | None:
    code = _code_only(text)
    for match in _DIGITS.finditer(code):
        if len(match.group()) > limit and len(match.group().replace("_", "")) > limit:
            return _line_at(code, match.start())
    return None
