"""How an answer sheet's headings and cells are read: which row heads the columns, which column is the student, the
round and each question, and what a cell means on the questionnaire's scale. PURE: standard library only.

The rules (what app/measure/answers_import.py documents for the facilitator) live here, so the planner there is
only about students, rounds and what importing would change.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from app.curriculum.model import Instrument
from app.files import delimiter
from app.i18n import translate
from app.roster.cells import key as name_key
from app.roster.cells import shorten

MAX_COLUMNS = 200  # a questionnaire has a few dozen items; more columns is not an answer sheet
# The headings and words a file may use, in English and Spanish whatever the app's language (a file format: the
# words a spreadsheet says, not words the app shows)
STUDENT_HEADINGS = {"display name": 0, "student": 1, "student name": 1, "name": 2, "pupil": 3,  # i18n: not text
                    "pupil name": 3, "first name": 4,   # i18n: not text (when several are there, the lowest wins)
                    "nombre para mostrar": 0, "estudiante": 1, "nombre del estudiante": 1,  # i18n: not text
                    "nombre": 2, "alumno": 3, "alumna": 3, "alumno/a": 3, "nombre del alumno": 3,  # i18n: not text
                    "nombre de pila": 4}  # i18n: not text
ROUND_HEADINGS = {"round", "pre/post", "pre or post", "ronda", "momento", "antes/después",  # i18n: not text
                  "antes/despues"}
ROUND_WORDS = {"pre": "pre", "post": "post", "before": "pre", "after": "post", "pre test": "pre",  # i18n: not text
               "post test": "post", "pretest": "pre", "posttest": "post",  # i18n: not text
               "antes": "pre", "después": "post", "despues": "post", "pre-test": "pre", "post-test": "post"}
SKIPPED = ("", "skipped", "skip", "omitida", "omitido", "sin respuesta", "saltada")  # i18n: not text
_NUMBER = re.compile(r"(?:(?:q|item|ítem|question|pregunta|p|no|nr|n\.?º|#)\s*[-.#:]?\s*)?0*(\d{1,4})\.?")
_VALUE = re.compile(r"[+-]?\d{1,6}(?:[.,]0+)?")  # "4", and "4.0" as some spreadsheets save a number
_BOTH = re.compile(r"(\d{1,6})\s*[-·.:=(]?\s*(.*?)\)?")  # "4 · often", "4 (often)", "4 - often"


class AnswerFileError(ValueError):
    """A whole file that cannot be imported; ``str(error)`` says why in plain words. Nothing was written."""


def heading(cell: str) -> str:
    """A heading as compared: case, spacing and underscores ignored ("Display_Name:" is "display name")."""
    text = unicodedata.normalize("NFC", cell.replace("\ufeff", "")).casefold().replace("_", " ")
    return " ".join(text.split()).strip(" :*")


def _sentence(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).strip(" .?!:\"'")


def item_for(cell: str, instrument: Instrument) -> str | None:
    """The item a heading names: its id, its number (1, Q1, item 1), or its text (also inside […]); or None."""
    key = heading(cell)
    for item in instrument.items:
        if key == item.id.casefold():
            return item.id
    number = _NUMBER.fullmatch(key)
    if number and 1 <= int(number.group(1)) <= len(instrument.items):
        return instrument.items[int(number.group(1)) - 1].id
    texts = [_sentence(cell)] + [_sentence(part) for part in re.findall(r"\[([^\]]*)\]", cell)]
    return next((item.id for item in instrument.items if _sentence(item.text) in texts), None)


def item_hint(instrument: Instrument) -> str:
    ids = [item.id for item in instrument.items]
    return (translate("measure_sheet", "{first} … {last}, or 1 … {count}").format(first=ids[0], last=ids[-1],
                                                                                   count=len(ids))
            if ids else translate("measure_sheet", "none"))


def records(text: str, sep: str) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of every record, blank ones included; lines are 1-based."""
    return delimiter.records(io.StringIO(text, newline=""), sep)


def find_header(text: str, instrument: Instrument) -> tuple[str, int, list[str]]:
    """(delimiter, last line of the heading row, its cells): the delimiter that finds a student heading soonest, then
    recognises the most headings (the sniffer every import shares: app/files/delimiter.py)."""
    def known(found: delimiter.Heading) -> tuple[int]:
        return (sum(1 for c in found.cells if heading(c) in STUDENT_HEADINGS or item_for(c, instrument)),)

    best = delimiter.find_heading(lambda sep: records(text, sep),
                                  lambda cells: any(heading(cell) in STUDENT_HEADINGS for cell in cells), known)
    if best is None:
        raise AnswerFileError(translate("measure_sheet", "no column for the students: the heading row should have a "
                                        "column 'student' (or 'name'), then one column per question ({items})")
                              .format(items=item_hint(instrument)))
    return best.delimiter, best.last, best.cells


@dataclass(frozen=True)
class Columns:
    """What each column of the heading row is."""

    student: int
    round: int | None
    items: dict[int, str]  # column -> item id
    ignored: tuple[str, ...]  # headings not understood, as written
    width: int
    blank: frozenset[int]  # columns without a heading

    @classmethod
    def of(cls, headings: list[str], instrument: Instrument) -> Columns:
        if len(headings) > MAX_COLUMNS:
            raise AnswerFileError(translate("measure_sheet", "the heading row has {count} columns, and an answer sheet "
                                            "may have at most {most}: is it the right file?").format(
                                                count=len(headings), most=MAX_COLUMNS))
        keys = [heading(cell) for cell in headings]
        student = min((c for c, h in enumerate(keys) if h in STUDENT_HEADINGS), key=lambda c: STUDENT_HEADINGS[keys[c]])
        round_column = next((c for c, h in enumerate(keys) if h in ROUND_HEADINGS), None)
        items: dict[int, str] = {}
        first: dict[str, int] = {}
        ignored: list[str] = []
        for column, cell in enumerate(headings):
            if column in (student, round_column) or not cell.strip():
                continue
            item = item_for(cell, instrument)
            if item is None:
                ignored.append(shorten(cell.strip(), 40))
            elif item in first:
                raise AnswerFileError(translate("measure_sheet", "the columns {first} and {second} are both question "
                                                "{item}: keep one").format(
                                                    first=repr(shorten(headings[first[item]].strip(), 40)),
                                                    second=repr(shorten(cell.strip(), 40)), item=item))
            else:
                items[column], first[item] = item, column
        if not items:
            raise AnswerFileError(translate("measure_sheet", "no column for the questions of {questionnaire}: head "
                                            "each one with its id or its number ({items})").format(
                                                questionnaire=instrument.id, items=item_hint(instrument)))
        blank = frozenset(c for c, cell in enumerate(headings) if not cell.strip())
        return cls(student, round_column, items, tuple(ignored), len(headings), blank)

    def items_in_order(self, instrument: Instrument) -> tuple[str, ...]:
        found = set(self.items.values())
        return tuple(item.id for item in instrument.items if item.id in found)

    def unheaded(self, cells: list[str]) -> set[int]:
        """Columns of a row that hold something under no heading (listed once, never read)."""
        return {c for c, value in enumerate(cells) if value.strip() and (c >= self.width or c in self.blank)}


def round_of(written: str) -> str | None:
    """'pre' or 'post' for what a round cell says (case, spacing and dashes ignored), or None."""
    return ROUND_WORDS.get(heading(written).replace("-", " "))


def cell_value(instrument: Instrument, written: str) -> tuple[int | None, str | None]:
    """(the value, or None for a skipped item; None) or (None, why the cell is not an answer)."""
    text = " ".join(unicodedata.normalize("NFC", written).split())
    if text.casefold() in SKIPPED:
        return None, None
    values = instrument.values
    labels = {name_key(label): value for value, label in zip(values, instrument.labels, strict=False)}
    scale = f"{min(values)}–{max(values)}" if values else translate("measure_sheet", "none")
    if _VALUE.fullmatch(text):
        number = int(re.split(r"[.,]", text)[0])
        return (number, None) if number in values else (None, translate(
            "measure_sheet", "{answer} is not on the scale ({scale})").format(answer=repr(shorten(text, 12)),
                                                                               scale=scale))
    if name_key(text) in labels:
        return labels[name_key(text)], None
    both = _BOTH.fullmatch(text)
    if both and int(both.group(1)) in values and labels.get(name_key(both.group(2))) == int(both.group(1)):
        return int(both.group(1)), None
    return None, translate("measure_sheet", "{answer} is neither a number of the scale ({scale}) nor one of its "
                           "words ({words})").format(answer=repr(shorten(text, 30)), scale=scale,
                                                     words=", ".join(instrument.labels))
