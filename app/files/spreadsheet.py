"""What every spreadsheet import and export shares: reading a file within a size limit, turning its bytes into text,
and keeping formulas from running when a CSV we wrote is opened in a spreadsheet.

PURE: standard library only. Used by app/decks/spreadsheet.py, app/roster/spreadsheet.py and
app/measure/answers_import.py (and their commands and dialogs), so a deck, a class list and answers are read by
the same rules and refused with the same plain words.
"""

from __future__ import annotations

from pathlib import Path

from app.files.checks import NotToOpen, TooLarge, read_limited
from app.i18n import QT_TRANSLATE_NOOP, translate

MAX_FILE_BYTES = 5 * 1024 * 1024  # a class list or a deck is a few kB; 5 MB is far beyond any real one
# Shown through translate("spreadsheet_text", …):
NOT_TEXT = QT_TRANSLATE_NOOP("spreadsheet_text", "this file is not a spreadsheet the app reads (an old Excel .xls or "
                             "a LibreOffice .ods?): save it as .xlsx or CSV UTF-8 first")
DAMAGED_UTF16 = QT_TRANSLATE_NOOP("spreadsheet_text", "this file says it is UTF-16 (Excel's \"Unicode text\") but it "
                                  "is cut short or damaged: open it in the spreadsheet and save it again as CSV UTF-8")
# OWASP "CSV injection": a cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and
# Google Sheets. A single quote in front makes the spreadsheet show the cell as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


class TextProblem(ValueError):
    """A whole file that cannot be read as a spreadsheet; ``str(error)`` is the plain-words reason."""


def too_large(size: int, limit: int = MAX_FILE_BYTES) -> str:
    return translate("spreadsheet_text", "the file is {size} MB, and a spreadsheet to import may be at most {most} "
                     "MB: is it the right file? Save just the sheet you need as CSV").format(
        size=f"{size / 1024 / 1024:.1f}", most=limit // 1024 // 1024)


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refused (TextProblem) before reading when it is over ``limit``.

    Raises OSError when the file cannot be read. Reads at most ``limit`` + 1 bytes, so a file that grows, or a device
    that claims size 0, cannot fill the memory either.
    """
    try:
        return read_limited(path, limit)
    except NotToOpen as error:
        raise TextProblem(str(error)) from None
    except TooLarge as error:
        raise TextProblem(too_large(error.size, limit)) from None


def decode_text(data: bytes) -> str:
    """The text of a spreadsheet CSV, or TextProblem when it is not text.

    UTF-16 with a BOM (Excel's "Unicode text") must decode strictly: an odd byte count or a lone surrogate means a
    damaged file. Otherwise UTF-8 (a BOM is dropped), and when that fails Windows "ANSI" (cp1252), which Excel uses for
    "CSV (Comma delimited)"; its 5 undefined bytes become U+FFFD. An Excel workbook (.xlsx) is read as its first
    sheet's CSV (xlsx.py). NULs (.xls, PDF) or another zip (.ods) mean the file is not text. The result
    never holds a surrogate or a NUL.
    """
    if len(data) > MAX_FILE_BYTES:
        raise TextProblem(too_large(len(data)))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise TextProblem(translate("spreadsheet_text", DAMAGED_UTF16)) from None
        if "\x00" in text:
            raise TextProblem(translate("spreadsheet_text", NOT_TEXT))
        return text
    from app.files.xlsx import WorkbookProblem, is_xlsx, xlsx_to_csv

    if is_xlsx(data):   # an Excel workbook: its first sheet, as the CSV text every importer reads
        try:
            return xlsx_to_csv(data)
        except WorkbookProblem as problem:
            raise TextProblem(str(problem)) from None
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in data or data.startswith(b"PK\x03\x04"):
        raise TextProblem(translate("spreadsheet_text", NOT_TEXT))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def unused_char(text: str, avoid: str = "") -> str | None:
    """A private-use character that is not in ``text`` (nor ``avoid``), or None when the file uses every one.

    The Basic Multilingual Plane's private-use area first, then the supplementary private-use planes.
    """
    for code in range(0xE000, 0xE010):  # the usual case, without building a set of a large file's characters
        if chr(code) not in text and chr(code) != avoid:
            return chr(code)
    used = set(text) | {avoid}
    for first, last in _PRIVATE_USE:
        for code in range(first, last + 1):
            if chr(code) not in used:
                return chr(code)
    return None


def count_outside_quotes(text: str, char: str) -> int:
    """How often ``char`` occurs outside double-quoted stretches: how a delimiter is told from a comma in a cell."""
    count, quoted = 0, False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == char and not quoted:
            count += 1
    return count


def _looks_escaped(cell: str) -> bool:
    """Starts with a formula character after any number of single quotes."""
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(cell: str) -> str:
    """A cell to write: with a single quote in front when it would start a formula (OWASP).

    A cell that already starts with quotes before such a character gets one more, so ``restore`` gives it back
    exactly: ``restore(neutralise(cell)) == cell`` for every string.
    """
    return "'" + cell if _looks_escaped(cell) else cell


def restore(cell: str) -> str:
    """A cell as read: the single quote ``neutralise`` added is taken off again (only that one)."""
    return cell[1:] if cell.startswith("'") and _looks_escaped(cell[1:]) else cell
