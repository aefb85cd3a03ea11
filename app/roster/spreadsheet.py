"""Read a class list from a spreadsheet CSV into a preview, before anything is written.

PURE: standard library only (no Qt, no SQLite). The import dialog shows the preview — who will be added, every row
that will not be and why, the columns that were ignored — and only then asks the store to write.

What a real school spreadsheet brings, and what happens to it:
- Decoding as for every spreadsheet (app/files/spreadsheet.py): UTF-8 with or without a BOM; Windows "ANSI" (cp1252)
  when UTF-8 fails; UTF-16 with a BOM (Excel's "Unicode text"). Bytes with NULs or a zip signature (an .xlsx, an .xls,
  a PDF) are "not text", a damaged UTF-16 file is said to be damaged, over MAX_FILE_BYTES is too large: whole-file
  problems.
- At most MAX_ROWS students in one file: a longer one is refused whole, asking for it to be split (no silent cut).
- Comma, semicolon or tab between cells, found by trying each and looking for a heading row with a name column
  (app/files/delimiter.py, shared with decks and answers: ``csv.Sniffer`` guesses wrong on short files). A sheet
  with one column splits nothing, so a name may hold a comma.
- Quoted cells with delimiters, doubled quotes and line breaks inside; CRLF, LF or CR line ends.
- A title above the heading row (within the first few rows); blank rows (skipped, they are not students).
- Extra columns: never stored. Columns such as surname, date of birth or email are listed in ``ignored_columns`` so the
  preview can say they were ignored and not stored.
- A file with no heading row and a single column: every row is a name.
- A name cell with a single quote before a formula character ("'=x", as a safe CSV export writes it) loses that quote.
- Duplicate names (ignoring case and spacing): the first is imported, later ones are rejected naming the first line;
  names already in the class are rejected too.
- A bad colour, icon or pronouns never costs a child their place: the value is dropped and a note says so.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.files.delimiter import DELIMITERS, Heading, find_heading, most_frequent, records
from app.files.spreadsheet import (  # noqa: F401 (NOT_TEXT: this module's API)
    NOT_TEXT,
    TextProblem,
    count_outside_quotes,
    decode_text,
    restore,
    unused_char,
)
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.roster import cells as checks
from app.roster.cells import ICONS, MAX_NAME, MAX_PRONOUNS, TEXT_WIDTH  # noqa: F401 (this module's API)

MAX_ROWS = 200  # students in one file: a class is 25-35; a whole year group still fits

# Whole-file problems, shown through translate("roster_csv", …):
EMPTY = QT_TRANSLATE_NOOP("roster_csv", "the file is empty")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP("roster_csv", "no column for names: expected a header such as Name, First name, "
                                   "Display name or Student")
FULL_NAME_ONLY = QT_TRANSLATE_NOOP("roster_csv", "the names are in a Full name column, and we keep as little as "
                                   "possible about a child: add a column First name (or Display name) with the name "
                                   "to show in the app")
NO_STUDENTS = QT_TRANSLATE_NOOP("roster_csv", "there are no students under the heading row")
LONG_CELL = QT_TRANSLATE_NOOP("roster_csv", 'a cell near the top is too long to read. Is a quote mark (") missing '
                              "its partner?")
NO_FREE_CHARACTER = QT_TRANSLATE_NOOP("roster_csv", "this file uses every private-use character there is, which no "
                                      "class list does: is it the right file? Save the class list again as CSV UTF-8")

# Heading (normalised: see _heading) -> priority; when several columns could hold the name, the lowest wins, so a
# "First name" column is preferred to a "Name" column that may hold full names. Headings are a file's words, matched
# in every language at once: not text for the app's catalogue.
NAME_HEADINGS = {
    "display name": 0, "displayname": 0, "preferred name": 0,  # i18n: not text
    "first name": 1, "firstname": 1, "given name": 1, "forename": 1,  # i18n: not text
    "name": 2, "student name": 2, "pupil name": 2,  # i18n: not text
    "student": 3, "pupil": 3,
    # Spanish: a school's list has Nombre (given name) and Apellidos (surnames) apart
    "nombre para mostrar": 0, "nombre preferido": 0, "nombre de pila": 1, "nombre": 1,  # i18n: not text
    "nombre del alumno": 2, "nombre del alumno/a": 2,  # i18n: not text
    "nombre del estudiante": 2, "nombre de la alumna": 2,  # i18n: not text
    "alumno": 3, "alumna": 3, "alumno/a": 3, "estudiante": 3,
}
OPTIONAL_HEADINGS = {
    "pronouns": "pronouns", "pronoun": "pronouns",
    "colour": "colour", "color": "colour", "avatar colour": "colour", "avatar color": "colour",  # i18n: not text
    "icon": "icon", "avatar": "icon", "avatar icon": "icon",  # i18n: not text
    "pronombres": "pronouns", "pronombre": "pronouns", "color del avatar": "colour",  # i18n: not text
    "icono": "icon", "ícono": "icon", "icono del avatar": "icon",  # i18n: not text
}
# Columns we recognise only to be sure we never take them for names (they are ignored like any other extra column).
PRIVATE_HEADINGS = {
    "surname", "last name", "lastname", "family name", "full name", "fullname",  # i18n: not text
    "date of birth", "dob", "birthday", "birth date", "birthdate",  # i18n: not text
    "email", "e mail", "email address", "address", "home address", "phone", "telephone",  # i18n: not text
    "gender", "age",
    "apellido", "apellidos", "primer apellido", "segundo apellido",  # i18n: not text
    "nombre completo", "nombre y apellidos",  # i18n: not text
    "fecha de nacimiento", "nacimiento", "correo", "correo electrónico", "correo electronico",  # i18n: not text
    "dirección", "direccion", "domicilio", "teléfono", "telefono", "móvil", "movil", "celular", "género",
    "genero", "sexo", "edad", "dni", "nie", "curp", "rut",
}


@dataclass(frozen=True)
class RosterRow:
    """A student who will be imported. ``line`` is where the row starts in the file (1-based)."""

    line: int
    name: str
    pronouns: str | None
    colour: str | None  # "#RRGGBB" (upper case) or None: the app chooses
    icon: str | None  # one of ICONS or None: the app chooses


@dataclass(frozen=True)
class RejectedRow:
    """A row that will not be imported: where it starts, what it said (shortened), and why, in plain words."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class RosterPreview:
    """Everything the import dialog shows before writing.

    ``delimiter`` is ",", ";" or "\\t", or "" for a file with a single column (nothing is split) or no rows.
    ``problem`` is a whole-file problem (nothing can be imported); ``notes`` are remarks about imported rows
    ("line 7: colour 'blue' is not #RRGGBB; a colour will be chosen"). When ``problem`` is set, ``rows`` is
    empty, or (a cell too long to read) holds only the rows before the trouble: import nothing.
    """

    rows: tuple[RosterRow, ...]
    rejected: tuple[RejectedRow, ...]
    ignored_columns: tuple[str, ...]
    delimiter: str
    problem: str | None
    notes: tuple[str, ...] = ()


def parse_roster(data: bytes, existing_names: Iterable[str] = ()) -> RosterPreview:
    """Read ``data`` (the bytes of a CSV file); ``existing_names`` are the students already in the class.

    Never raises: a file that cannot be a class list comes back with ``problem`` set.
    """
    try:
        text = decode_text(data)
    except TextProblem as error:
        return _problem(str(error))
    src = _Source.of(text)
    if src is None:
        return _problem(translate("roster_csv", NO_FREE_CHARACTER))
    if not any(line.strip() for line in src.lines):
        return _problem(translate("roster_csv", EMPTY))
    nosplit = unused_char(text, avoid=src.cr)
    if nosplit is None:
        return _problem(translate("roster_csv", NO_FREE_CHARACTER))
    try:
        layout = _find_layout(src, nosplit)
        if isinstance(layout, str):
            return _problem(translate("roster_csv", layout), _guess_delimiter(src, nosplit))
    except csv.Error:  # a cell over csv.field_size_limit() where a heading row was looked for
        return _problem(translate("roster_csv", LONG_CELL))
    return _read(src, layout, existing_names)


def too_many(rows: int) -> str:
    return translate("roster_csv", "the file has {rows} rows of students, and one import takes at most {most}: "
                     "split it into smaller files (one per class) and import each").format(rows=rows, most=MAX_ROWS)


@dataclass(frozen=True)
class _Source:
    """The file as physical lines (each with its line end).

    Lines end where the file says they do: at LF or CRLF when the file has any LF, and otherwise at CR (old Mac
    Excel). A lone CR in a file of LF lines is an ordinary character, as ``csv.writer`` leaves it unquoted there; it
    is carried through the csv module as the private-use character ``cr`` and put back in every cell and raw row.
    """

    lines: tuple[str, ...]
    cr: str  # "" when nothing was replaced

    @classmethod
    def of(cls, text: str) -> _Source | None:
        """None when a lone CR needs carrying and no private-use character is free to carry it."""
        cr = ""
        if "\n" in text and re.search(r"\r(?!\n)", text):
            free = unused_char(text)
            if free is None:
                return None
            cr = free
            text = re.sub(r"\r(?!\n)", cr, text)
        return cls(tuple(io.StringIO(text, newline="").readlines()), cr)

    def records(self, sep: str) -> Iterator[tuple[int, int, list[str]]]:
        """(first line, last line, cells) of every record, blank ones included; lines are 1-based."""
        for first, last, cells in records(self.lines, sep):
            yield first, last, [cell.replace(self.cr, "\r") for cell in cells] if self.cr else cells

    def raw(self, first: int, last: int) -> str:
        """The text of lines ``first``..``last`` as in the file, without the final line end."""
        text = "".join(self.lines[first - 1:last]).rstrip("\r\n")
        return text.replace(self.cr, "\r") if self.cr else text


# --- finding the heading row and the delimiter ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Layout:
    sep: str  # what csv splits on (the no-split character for one column)
    delimiter: str  # what the preview reports
    header: tuple[str, ...] | None  # None: no heading row, every row is a name
    header_line: int  # last line of the heading row (0 when there is none)
    name: int
    optional: dict[str, int]  # role -> column
    ignored: tuple[int, ...]  # columns with a heading that are not used


_SEPARATORS = str.maketrans("", "", ",;")


def _blank(cells: list[str], sep: str) -> bool:
    """Nothing but spaces; in a one-column file (nothing split) a row of stray commas and semicolons is blank too."""
    if sep in DELIMITERS:
        return not any(cell.strip() for cell in cells)
    return not any(cell.translate(_SEPARATORS).strip() for cell in cells)


def _heading(cell: str) -> str:
    """A heading as compared: case and spacing ignored, "First_Name:", "first-name" and "Colour (#RRGGBB)" match."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", cell.replace("\ufeff", "")).casefold()
    return " ".join(re.sub(r"[_\-.:*]+", " ", text).split())


def _known(heading: str) -> bool:
    return heading in NAME_HEADINGS or heading in OPTIONAL_HEADINGS or heading in PRIVATE_HEADINGS


def _find_layout(src: _Source, nosplit: str) -> _Layout | str:
    """How to read the file, or the whole-file problem that stops it being read (one of the constants above).

    Each delimiter (and "no delimiter") is tried; the winner finds a heading row soonest, then recognises the most
    headings, then occurs most often in the heading row outside quotes.
    """
    def rank(found: Heading) -> tuple[int, int]:
        return (sum(_known(_heading(cell)) for cell in found.cells),
                count_outside_quotes(src.raw(found.first, found.last), found.delimiter))

    best = find_heading(src.records, lambda cells: any(_heading(cell) in NAME_HEADINGS for cell in cells), rank,
                        (nosplit, *DELIMITERS), _blank)
    if best is None:
        return _headerless(src, nosplit)
    sep, header_line, cells = best.delimiter, best.last, best.cells
    headings = [_heading(cell) for cell in cells]
    name = min((column for column, h in enumerate(headings) if h in NAME_HEADINGS),
               key=lambda column: (NAME_HEADINGS[headings[column]], column))
    optional: dict[str, int] = {}
    for column, h in enumerate(headings):
        if h in OPTIONAL_HEADINGS:
            optional.setdefault(OPTIONAL_HEADINGS[h], column)
    used = {name, *optional.values()}
    ignored = tuple(column for column, cell in enumerate(cells) if column not in used and cell.strip())
    return _Layout(sep, "" if sep == nosplit else sep, tuple(cells), header_line, name, optional, ignored)


def _guess_delimiter(src: _Source, nosplit: str) -> str:
    """The delimiter seen most often outside quotes in the first non-blank row ("" when there is none)."""
    for first, last, cells in src.records(nosplit):
        if not _blank(cells, nosplit):
            return most_frequent(src.raw(first, last))
    return ""


def _headerless(src: _Source, nosplit: str) -> _Layout | str:
    """No heading row: a single column is a list of names; anything else is a problem."""
    delimiter = _guess_delimiter(src, nosplit)
    sep = delimiter or nosplit
    for _, _, cells in src.records(sep):
        if _blank(cells, sep):
            continue
        headings = {_heading(cell) for cell in cells}
        if headings & {"full name", "fullname"}:  # i18n: not text
            return FULL_NAME_ONLY
        if delimiter or any(_known(h) for h in headings):  # several columns, or a heading such as "Surname"
            return NO_NAME_COLUMN
        return _Layout(nosplit, "", None, 0, 0, {}, ())
    return EMPTY


# --- reading the rows -------------------------------------------------------------------------------------------------

def _read(src: _Source, layout: _Layout, existing_names: Iterable[str]) -> RosterPreview:
    existing = {checks.key(name) for name in existing_names}
    first_line: dict[str, int] = {}  # key -> line of the imported student with that name
    rows: list[RosterRow] = []
    rejected: list[RejectedRow] = []
    notes: list[str] = []
    unheaded: set[int] = set()  # columns without a heading that hold something
    heading_count = len(layout.header) if layout.header is not None else 1
    problem: str | None = None
    records = src.records(layout.sep)
    last = data_rows = 0
    while True:
        try:
            first, last, cells = next(records)
        except StopIteration:
            break
        except csv.Error:  # with strict=False only a cell over csv.field_size_limit() gets here
            problem = translate("roster_csv", 'from line {line}: a cell is too long to read. Is a quote mark (") '
                                              "missing its partner?").format(line=last + 1)
            break
        if _blank(cells, layout.sep):
            continue
        if last <= layout.header_line:
            if last < layout.header_line:
                rejected.append(RejectedRow(first, checks.shorten(src.raw(first, last)), translate(
                    "roster_csv", "this is above the heading row (line {line}), so it is not a student").format(
                    line=layout.header_line)))
            continue
        data_rows += 1
        if data_rows > MAX_ROWS:
            continue  # the file will be refused: only count the rest
        raw = src.raw(first, last)
        for column, cell in enumerate(cells):
            if cell.strip() and column != layout.name and column not in layout.optional.values() and (
                    column >= heading_count or not layout.header or not layout.header[column].strip()):
                unheaded.add(column)
        name, reason = checks.check_name(restore(cells[layout.name].strip()) if layout.name < len(cells) else "")
        if last == len(src.lines) and last > first and raw.count('"') % 2:
            reason = translate("roster_csv", 'a quote mark (") is never closed, so everything from here to the end '
                                             "of the file was read as one row")
        key = checks.key(name) if name else ""
        if reason is None and key in existing:
            reason = translate("roster_csv", "already in this class")
        if reason is None and key in first_line:
            reason = translate("roster_csv", "the same name as line {line} (add an initial to tell them apart)"
                               ).format(line=first_line[key])
        if reason is not None or name is None:
            rejected.append(RejectedRow(first, checks.shorten(raw), reason or checks.no_name()))
            continue
        first_line[key] = first
        rows.append(RosterRow(first, name, checks.pronouns(first, _cell(cells, layout, "pronouns"), notes),
                              checks.colour(first, _cell(cells, layout, "colour"), notes),
                              checks.icon(first, _cell(cells, layout, "icon"), notes)))

    if data_rows > MAX_ROWS:
        return _problem(too_many(data_rows), layout.delimiter)
    ignored = [layout.header[column].strip() for column in layout.ignored] if layout.header else []
    ignored += [translate("roster_csv", "column {letter} (no heading)").format(letter=checks.column_letter(column))
                for column in sorted(unheaded)]
    if problem is None and not rows and not rejected:
        problem = translate("roster_csv", NO_STUDENTS)
    return RosterPreview(tuple(rows), tuple(rejected), tuple(dict.fromkeys(ignored)), layout.delimiter, problem,
                         tuple(notes))


def _cell(cells: list[str], layout: _Layout, role: str) -> str:
    column = layout.optional.get(role)
    return cells[column].strip() if column is not None and column < len(cells) else ""


def _problem(problem: str, delimiter: str = "") -> RosterPreview:
    return RosterPreview((), (), (), delimiter, problem)


_key = checks.key  # how duplicates are compared (tests use it)
