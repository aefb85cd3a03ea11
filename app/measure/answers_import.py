"""Questionnaire answers collected elsewhere (a spreadsheet, an online form's CSV export) read into a plan that
shows every row before anything is written; `python -m app measure import` and the answers import dialog use it.

PURE planning (standard library only): `read_answers` takes the file's bytes, the instrument, the class's students
(id, display name) and the answers already stored, and returns an `AnswerPlan`; it never writes. `apply_plan` is the
only part that writes, in one transaction, through app.store.measure (after a backup, as bundle imports do).

The file, one row per student (decoding and limits as for every spreadsheet: app/files/spreadsheet.py):
- a heading row (it may sit under a title line; comma, semicolon or tab between cells);
- a ``student`` column (or ``name``, ``display name``, ``pupil``, ``first name``): the name as the app shows it,
  case and spacing ignored;
- a ``round`` column (``pre`` or ``post``; also ``before``/``after``) when no round is given for the whole file;
  when one is given, a row that says another round is refused, never moved;
- one column per item, headed by its id (``ames-01``), its number (``1``, ``Q1``, ``item 1``, ``question 1``) or its
  text word for word (also inside ``[…]``, as a form's grid question exports it);
- each answer: a number of the scale (1–5), or its word as the questionnaire labels it ("never", "almost never", …),
  case ignored, or both ("4 · often"); a blank cell (or "skipped") is an item the student skipped. An item with no
  column in the file is left as it is in the app.

Never a silent skip. A row is refused, with its reason, when its student is not in the class (the closest names are
suggested), an answer is off the scale or an unknown word, the student appears twice for the same round (each of those
rows is refused: which one is right is the facilitator's call), or it holds no answer at all. Columns not understood
are listed once and not read. The other rows are imported; a row that changes answers already stored says how many it
replaces, and a row that matches them changes nothing, so importing the same file twice changes nothing. A whole-file
problem (not text, damaged, too large, over MAX_ROWS rows, no student or item column) raises AnswerFileError.
"""

from __future__ import annotations

import csv
import difflib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.curriculum.model import Instrument
from app.files.spreadsheet import TextProblem, decode_text, read_file, restore
from app.i18n import translate
from app.measure.sheet_cells import AnswerFileError, Columns, cell_value, find_header, records, round_of
from app.roster.cells import column_letter, shorten
from app.roster.cells import key as name_key

if TYPE_CHECKING:
    from app.store.db import Store

log = logging.getLogger(__name__)

Existing = Mapping[str, Mapping[str, Mapping[str, int | None]]]  # round -> student id -> item id -> value
MAX_ROWS = 400  # rows of answers in one file: a class of 35 before and after, many times over
ROUNDS = ("pre", "post")
__all__ = ["AnswerFileError", "AnswerPlan", "PlannedRow", "plan_file", "read_answers"]   # writing: app/measure/apply.py


@dataclass(frozen=True)
class PlannedRow:
    """One row of the file: whose answers, which, and what importing it would do (or why it will not)."""

    line: int  # where the row starts in the file (1-based)
    written: str  # the name cell as in the file (shortened)
    student_id: str | None
    student_name: str  # the name in the class ("" when no student matched)
    round_name: str | None
    answers: tuple[tuple[str, int | None], ...]  # (item id, value or None for skipped), in the instrument's order
    problem: str | None = None
    new: int = 0  # answers not stored before
    replaces: int = 0  # stored answers this row changes

    @property
    def importable(self) -> bool:
        return self.problem is None

    @property
    def changes(self) -> int:
        return self.new + self.replaces

    @property
    def status(self) -> str:
        if self.problem:
            return translate("measure_import", "not imported: {problem}").format(problem=self.problem)
        if self.replaces and self.new:
            return translate("measure_import", "replaces %n answer(s), adds {new}", None, self.replaces).format(
                new=self.new)
        if self.replaces:
            return translate("measure_import", "replaces %n answer(s)", None, self.replaces)
        if self.new:
            return translate("measure_import", "new: %n answer(s)", None, self.new)
        return translate("measure_import", "already there: no change")


@dataclass(frozen=True)
class AnswerPlan:
    """Everything the preview shows; `apply_plan` writes the importable rows."""

    class_id: str
    instrument: Instrument
    rows: tuple[PlannedRow, ...]
    items: tuple[str, ...]  # item ids that have a column in the file, in the instrument's order
    ignored_columns: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def importable(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.importable)

    @property
    def refused(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if not r.importable)

    def words(self, row: PlannedRow) -> str:
        """'1 often, 2 always, 3 skipped': the item's number and the answer's word, as the sheet showed them."""
        number = {item.id: n for n, item in enumerate(self.instrument.items, start=1)}
        labels = dict(zip(self.instrument.values, self.instrument.labels, strict=False))
        skipped = translate("measure_import", "skipped")
        return ", ".join(f"{number[item]} {skipped if value is None else labels.get(value, value)}"
                         for item, value in row.answers)

    def counts(self) -> str:
        replacing = sum(1 for r in self.importable if r.replaces)
        same = sum(1 for r in self.importable if not r.changes)
        detail = ([translate("measure_import", "{count} replacing earlier answers").format(count=replacing)]
                  * bool(replacing)
                  + [translate("measure_import", "{count} already there").format(count=same)] * bool(same))
        extra = f" ({', '.join(detail)})" if detail else ""
        # Translators: {details} is nothing, or after a space how many replace earlier answers or are already
        # there, in brackets
        return translate("measure_import", "{rows} row(s): {importable} to import{details}, {refused} refused; "
                         "{answers} answer(s) to write").format(
                             rows=len(self.rows), importable=len(self.importable), details=extra,
                             refused=len(self.refused), answers=sum(r.changes for r in self.importable))


def read_answers(data: bytes, instrument: Instrument, students: Iterable[tuple[str, str]], *, class_id: str = "",
                 round_name: str | None = None, existing: Existing | None = None,
                 class_name: str | None = None) -> AnswerPlan:
    """The plan for ``data`` (a CSV file's bytes); AnswerFileError when the file as a whole cannot be read.

    ``round_name`` (pre or post) is the round of every row; None asks the file's round column. ``class_name`` is
    how the messages name the class ("this class" when not given).
    """
    if class_name is None:
        class_name = translate("measure_import", "this class")
    if round_name is not None and round_name not in ROUNDS:
        raise ValueError(round_name)
    try:
        text = decode_text(data)
    except TextProblem as error:
        raise AnswerFileError(str(error)) from None
    if not text.strip():
        raise AnswerFileError(translate("measure_import", "the file is empty"))
    sep, header_line, headings = find_header(text, instrument)
    columns = Columns.of(headings, instrument)
    if columns.round is None and round_name is None:
        raise AnswerFileError(translate("measure_import", "the file has no round column: say which round the answers "
                                        "are (pre or post), or add a column 'round' with pre or post in each row"))
    reading = _Reading(instrument, list(students), class_name, round_name, columns)
    try:
        rows, notes, unheaded = reading.rows(text, sep, header_line)
    except csv.Error:  # with strict=False only a cell over csv.field_size_limit() gets here
        raise AnswerFileError(translate("measure_import", 'a cell is too long to read. Is a quote mark (") missing '
                                        'its partner?')) from None
    if not rows:
        raise AnswerFileError(translate("measure_import", "there are no rows of answers under the heading row"))
    rows = _counted(_without_twins(rows), existing or {})
    no_heading = translate("measure_import", "column {letter} (no heading)")
    ignored = [*columns.ignored, *(no_heading.format(letter=column_letter(c)) for c in sorted(unheaded))]
    return AnswerPlan(class_id, instrument, tuple(rows), columns.items_in_order(instrument),
                      tuple(dict.fromkeys(ignored)), tuple(notes))


def too_many(rows: int) -> str:
    return translate("measure_import", "the file has {rows} rows of answers, and one import takes at most {most}: "
                     "split it into smaller files (one per class, or pre and post apart) and import each").format(
                         rows=rows, most=MAX_ROWS)


# --- the rows ---------------------------------------------------------------------------------------------------------

class _Reading:
    """The rows of one file, each with its student, round, answers or problem (before duplicates and counts)."""

    def __init__(self, instrument: Instrument, students: list[tuple[str, str]], class_name: str,
                 round_name: str | None, columns: Columns) -> None:
        self.instrument, self.class_name, self.round_name, self.columns = instrument, class_name, round_name, columns
        self.by_key: dict[str, list[tuple[str, str]]] = {}
        for student_id, name in students:
            self.by_key.setdefault(name_key(name), []).append((student_id, name))
        self.order = {item.id: n for n, item in enumerate(instrument.items)}
        self.number = {item.id: n for n, item in enumerate(instrument.items, start=1)}

    def rows(self, text: str, sep: str, header_line: int) -> tuple[list[PlannedRow], list[str], set[int]]:
        rows: list[PlannedRow] = []
        notes: list[str] = []
        unheaded: set[int] = set()
        count = 0
        for first, last, cells in records(text, sep):
            if not any(cell.strip() for cell in cells):
                continue
            if last <= header_line:
                if last < header_line:
                    notes.append(translate("measure_import", "line {line} is above the heading row and was not "
                                           "read: {text}").format(line=first, text=repr(shorten(sep.join(cells), 60))))
                continue
            count += 1
            if count > MAX_ROWS:
                continue  # the file will be refused: only count the rest
            unheaded |= self.columns.unheaded(cells)
            rows.append(self.row(first, cells))
        if count > MAX_ROWS:
            raise AnswerFileError(too_many(count))
        return rows, notes, unheaded

    def row(self, line: int, cells: list[str]) -> PlannedRow:
        def cell(column: int | None) -> str:
            return restore(cells[column].strip()) if column is not None and column < len(cells) else ""

        written = cell(self.columns.student)
        problems: list[str] = []
        student_id, student_name = self.student(written, problems)
        round_name = self.round(cell(self.columns.round), problems)
        answers: list[tuple[str, int | None]] = []
        for column, item in self.columns.items.items():
            value, problem = cell_value(self.instrument, cell(column))
            if problem:
                problems.append(translate("measure_import", "question {number} ({item}): {problem}").format(
                    number=self.number[item], item=item, problem=problem))
            else:
                answers.append((item, value))
        answers.sort(key=lambda pair: self.order[pair[0]])
        if not problems and all(value is None for _, value in answers):
            problems.append(translate("measure_import", "no answers in this row (every question is blank)"))
        return PlannedRow(line, shorten(written, 40), student_id, student_name, round_name, tuple(answers),
                          "; ".join(problems) or None)

    def student(self, written: str, problems: list[str]) -> tuple[str | None, str]:
        if not written:
            problems.append(translate("measure_import", "no name in the student column"))
            return None, ""
        found = self.by_key.get(name_key(written), [])
        if len(found) == 1:
            return found[0]
        if found:
            problems.append(translate("measure_import", "{count} students in {class_name} are called {name}: rename "
                                      "one in the class list first").format(count=len(found),
                                                                            class_name=self.class_name,
                                                                            name=repr(found[0][1])))
            return None, ""
        close = difflib.get_close_matches(name_key(written), list(self.by_key), n=3, cutoff=0.6)
        name = repr(shorten(written, 40))
        if close:
            problems.append(translate("measure_import", "no student called {name} in {class_name} (closest: "
                                      "{names})").format(name=name, class_name=self.class_name,
                                                         names=", ".join(self.by_key[k][0][1] for k in close)))
        else:
            problems.append(translate("measure_import", "no student called {name} in {class_name}").format(
                name=name, class_name=self.class_name))
        return None, ""

    def round(self, written: str, problems: list[str]) -> str | None:
        said = round_of(written) if written else None
        if written and said is None:
            problems.append(translate("measure_import", "the round {round} is neither pre nor post").format(
                round=repr(shorten(written, 20))))
        elif said and self.round_name and said != self.round_name:
            # Translators: {round} and {wanted} are pre or post, as the file and the command say them
            problems.append(translate("measure_import", "this row is for the {round} round, and this import is for "
                                      "{wanted}").format(round=said, wanted=self.round_name))
        elif said is None and self.round_name is None:
            problems.append(translate("measure_import", "no round in the round column (pre or post)"))
        return said or self.round_name


def _without_twins(rows: list[PlannedRow]) -> list[PlannedRow]:
    """Every row of a student who appears more than once for a round is refused, naming the other lines."""
    lines: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        if row.student_id and row.round_name:
            lines.setdefault((row.student_id, row.round_name), []).append(row.line)
    result = []
    for row in rows:
        twins = lines.get((row.student_id or "", row.round_name or ""), [])
        if len(twins) > 1:
            others = ", ".join(str(line) for line in twins if line != row.line)
            why = translate("measure_import", "{name} is also on line {lines} for {round}: keep one row").format(
                name=row.student_name, lines=others, round=row.round_name)
            row = PlannedRow(row.line, row.written, row.student_id, row.student_name, row.round_name, row.answers,
                             f"{row.problem}; {why}" if row.problem else why)
        result.append(row)
    return result


def _counted(rows: list[PlannedRow], existing: Existing) -> list[PlannedRow]:
    """Importable rows with how many answers they add and how many stored ones they change."""
    result = []
    for row in rows:
        if row.importable and row.student_id and row.round_name:
            stored = existing.get(row.round_name, {}).get(row.student_id, {})
            new = sum(1 for item, _ in row.answers if item not in stored)
            replaces = sum(1 for item, value in row.answers if item in stored and stored[item] != value)
            row = PlannedRow(row.line, row.written, row.student_id, row.student_name, row.round_name, row.answers,
                             None, new, replaces)
        result.append(row)
    return result


# --- with the store ---------------------------------------------------------------------------------------------------

def existing_answers(store: Store, class_id: str, instrument_id: str) -> dict[str, dict[str, dict[str, int | None]]]:
    """What the class's pre and post rounds of this instrument hold now (a round not started holds nothing)."""
    from app.store.measure import answers_of

    found: dict[str, dict[str, dict[str, int | None]]] = {}
    for round_name in ROUNDS:
        found_id = round_id(store, class_id, instrument_id, round_name)
        found[round_name] = answers_of(store, found_id) if found_id else {}
    return found


def plan_file(store: Store, path: Path, instrument: Instrument, class_id: str, class_name: str,
              round_name: str | None) -> AnswerPlan:
    """Read ``path`` and plan it against the class as stored now; AnswerFileError for a file that cannot be read."""
    from app.store.students import students_in

    try:
        data = read_file(Path(path))
    except TextProblem as error:
        raise AnswerFileError(str(error)) from None
    except FileNotFoundError:
        raise AnswerFileError(translate("measure_import", "there is no such file (check its folder and name)")) \
            from None
    except IsADirectoryError:
        raise AnswerFileError(translate("measure_import", "{path} is a folder: choose the CSV file inside it").format(
            path=path)) from None
    except OSError as error:
        raise AnswerFileError(translate("measure_import", "{name} could not be read ({problem})").format(
            name=Path(path).name, problem=error.strerror or error)) from None
    students = [(s.id, s.display_name) for s in students_in(store, class_id)]
    return read_answers(data, instrument, students, class_id=class_id, round_name=round_name, class_name=class_name,
                        existing=existing_answers(store, class_id, instrument.id))


def round_id(store: Store, class_id: str, instrument_id: str, round_name: str) -> str | None:
    """The class's round of this questionnaire (pre or post), if it has been started."""
    from app.store.measure import rounds_of

    return next((r.id for r in rounds_of(store, class_id)
                 if r.instrument_id == instrument_id and r.round == round_name), None)
