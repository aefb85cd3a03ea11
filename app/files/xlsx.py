"""An Excel workbook (.xlsx) read as the CSV text every importer already understands: its first sheet, cell
by cell, as the values Excel shows (never a formula: a saved workbook holds each formula's last value).

Why a library: .xlsx is zipped XML with shared strings, styles and dates; openpyxl (MIT, pure Python, kept
up to date) reads it safely in read-only mode. Why CSV text: rosters, decks and questionnaire answers then go
through one reader and one set of rules, whichever way the teacher saved the file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time

from app.i18n import translate

MAX_CELLS = 200_000   # a class list or a deck is a few hundred cells; more is not the file the teacher meant


class WorkbookProblem(ValueError):
    """A workbook that cannot be read; ``str(error)`` is the plain-words reason."""


def is_xlsx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))   # 4.0 as Excel shows it: 4
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def xlsx_to_csv(data: bytes) -> str:
    """The first sheet of a workbook as CSV text (commas, quoted where needed)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:   # a damaged or encrypted workbook: said, never a traceback
        raise WorkbookProblem(translate("spreadsheet_xlsx", "this Excel file could not be read ({problem}): open it "
                                        "in the spreadsheet and save it again").format(problem=type(error).__name__)
                              ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise WorkbookProblem(translate("spreadsheet_xlsx", "this Excel file has no sheet"))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        cells = 0
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
            if cells > MAX_CELLS:
                raise WorkbookProblem(translate("spreadsheet_xlsx", "this Excel file's first sheet has more than "
                                                "{count} cells: is it the right file?").format(count=f"{MAX_CELLS:,}"))
            values = [_cell(v) for v in row]
            while values and values[-1] == "":
                values.pop()
            writer.writerow(values)
        return out.getvalue()
    finally:
        book.close()
