"""One cell of a class list at a time: is this a name we can store, are these optional values usable, and
how a raw row is shown back to the teacher. Pure: standard library only. Used by app/roster/spreadsheet.py."""

from __future__ import annotations

import re
import unicodedata

from app.i18n import translate

MAX_NAME = 40
MAX_PRONOUNS = 20
ICONS = ("star", "sun", "moon", "leaf", "heart", "drum", "music", "rocket", "fish", "flower", "bolt", "wave")
TEXT_WIDTH = 80  # RejectedRow.text is at most this long
_SPREADSHEET_ERRORS = {"#N/A", "#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"}
_COLOUR = re.compile(r"#?([0-9A-Fa-f]{6})")


def check_name(cell: str) -> tuple[str | None, str | None]:
    """(the name as it will be stored, None) or (None, why it cannot be)."""
    name = unicodedata.normalize("NFC", cell).strip()
    if not name:
        return None, no_name()
    if "\n" in name or "\r" in name:
        return None, translate("roster_cells", "the name runs over more than one line")
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return None, translate("roster_cells", "the name has an invisible control character in it")
    if "\ufffd" in name:
        return None, translate("roster_cells", "the name has a letter that could not be read (save the sheet as CSV "
                                               "UTF-8 and try again)")
    if name.upper() in _SPREADSHEET_ERRORS:
        return None, translate("roster_cells", "the name cell shows a spreadsheet error ({error}) instead of a name"
                               ).format(error=name)
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        return None, translate("roster_cells", "the name is longer than {most} characters").format(most=MAX_NAME)
    return name, None


def no_name() -> str:
    return translate("roster_cells", "no name in the name column")


def key(name: str) -> str:
    """Names compared for duplicates: trimmed, spacing collapsed, case ignored."""
    return unicodedata.normalize("NFC", " ".join(name.split()).casefold())


def pronouns(line: int, value: str, notes: list[str]) -> str | None:
    if not value:
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        notes.append(translate("roster_cells", "line {line}: the pronouns {value} have a line break or control "
                                               "character; left blank").format(line=line, value=show(value)))
        return None
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if len(value) > MAX_PRONOUNS:
        notes.append(translate("roster_cells", "line {line}: the pronouns {value} are longer than {most} characters; "
                                               "left blank").format(line=line, value=show(value), most=MAX_PRONOUNS))
        return None
    return value


def colour(line: int, value: str, notes: list[str]) -> str | None:
    if not value:
        return None
    match = _COLOUR.fullmatch(value)
    if match is None:
        notes.append(translate("roster_cells", "line {line}: colour {value} is not #RRGGBB; a colour will be chosen"
                               ).format(line=line, value=show(value)))
        return None
    return "#" + match.group(1).upper()


def icon(line: int, value: str, notes: list[str]) -> str | None:
    if not value:
        return None
    icon = value.casefold()
    if icon not in ICONS:
        notes.append(translate("roster_cells", "line {line}: icon {value} is not one of {icons}; an icon will be "
                                               "chosen").format(line=line, value=show(value), icons=", ".join(ICONS)))
        return None
    return icon


# --- showing text -----------------------------------------------------------------------------------------------------

def visible(text: str) -> str:
    """Line breaks as ↵, tabs as →, other control characters as �: what the teacher sees of a raw row."""
    text = text.replace("\r\n", "↵").replace("\r", "↵").replace("\n", "↵").replace("\t", "→")
    return "".join("�" if unicodedata.category(ch) == "Cc" else ch for ch in text)


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    text = visible(text)
    return text if len(text) <= width else text[:width - 1] + "…"


def show(value: str) -> str:
    return "'" + shorten(value, 30) + "'"


def column_letter(column: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how the spreadsheet names the column."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
