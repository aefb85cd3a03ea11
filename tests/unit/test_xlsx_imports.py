"""Excel workbooks as teachers save them: a class list, a deck and questionnaire answers in .xlsx are read like
their CSV, the values Excel shows (never a formula), and a damaged workbook is refused in plain words."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook

from app.curriculum import load_curriculum
from app.decks.spreadsheet import parse_deck_csv
from app.files.spreadsheet import TextProblem, decode_text
from app.measure.answers_import import read_answers
from app.paths import activities_dir
from app.roster.spreadsheet import parse_roster


def _xlsx(rows: list[list[object]], title: str = "Class 8B") -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_class_list_in_excel_reads_like_its_csv() -> None:
    data = _xlsx([["Class list 8B"], [], ["First name", "Surname", "Pronouns", "Date of birth"],
                  ["Amara", "Okafor", "she/her", date(2013, 4, 2)], ["Bo", "Chen", None, None], ["=1+1", "x"]])
    preview = parse_roster(data)
    assert preview.problem is None
    assert [(r.name, r.pronouns) for r in preview.rows][:2] == [("Amara", "she/her"), ("Bo", None)]
    assert "Okafor" not in repr(preview.rows) and "2013" not in repr(preview.rows)


def test_a_deck_and_answers_in_excel_and_a_damaged_workbook() -> None:
    deck = parse_deck_csv(_xlsx([["Title", "Text", "Intensity"], ["Lunch queue", "Someone pushes in.", 2.0]]))
    assert deck.problem is None and [(c.title, c.intensity) for c in deck.cards] == [("Lunch queue", 2)]
    ames = next(i for i in load_curriculum(activities_dir(), language="en").instruments if i.id == "ames")
    plan = read_answers(_xlsx([["Student", "1", "2"], ["Amara", 4, 5]]), ames, [("a", "Amara")], round_name="pre")
    assert [row.answers for row in plan.rows] == [(("ames-01", 4), ("ames-02", 5))]
    broken = _xlsx([["Title"]])[:400] + b"\x00" * 50 + _xlsx([["Title"]])[400:]
    try:
        decode_text(broken)
    except TextProblem as problem:
        assert "could not be read" in str(problem) or "not a spreadsheet" in str(problem)
    else:
        raise AssertionError("a damaged workbook must be refused")
