"""Answer sheets read back from the real PDF with pdfplumber: one page per sheet, every question, each name on
its own page only, boxes under the scale's own words, and the footer honest about validation."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest

from app.curriculum.model import Instrument, InstrumentItem
from app.demo.measures import shipped_curriculum
from app.printing.answer_sheet_layout import BOX
from app.printing.answer_sheets import (
    AnswerSheet,
    key_range,
    pages_per_sheet,
    render_answer_sheets,
    sheets_for,
    skip_keys,
)

NAMES = ["Amara Okafor", "Zoë Łukasiewicz-Ångström", "Ольга Сергеевна", "Ζωή Παπαδοπούλου"]
DAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def ames() -> Instrument:
    found = shipped_curriculum().instrument("ames")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def program() -> Instrument:
    found = shipped_curriculum().instrument("program-questionnaire")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def ames_pages(ames: Instrument) -> list[str]:
    """The AMES sheets for NAMES and two blank ones, rendered once for the tests that only read them."""
    return _pages(_render(ames))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_flat(page.extract_text() or "") for page in pdf.pages]


def _render(instrument: Instrument, names: list[str] = NAMES, blank: int = 2, round_label: str = "pre") -> bytes:
    return render_answer_sheets(sheets_for(names, blank), instrument, class_name="Year 8 Maple",
                                round_label=round_label, day=DAY)


def test_one_page_per_student_and_blank_sheet_with_every_question_numbered(ames: Instrument,
                                                                          ames_pages: list[str]) -> None:
    pages = ames_pages
    assert len(pages) == len(NAMES) + 2 and pages_per_sheet(ames) == 1
    for text in pages:
        for number, item in enumerate(ames.items, 1):
            assert f"{number} {item.text}" in text, (number, item.text)
        assert "Year 8 Maple" in text and "Before the program" in text and "27 November 2026" in text
        assert "no right or wrong answers" in text and "leave out any question" in text
        assert ames.instructions in text                      # a validated scale's own words, unchanged
        assert "Vossen" in text and "not a validated scale" not in text


def test_each_name_is_on_its_own_page_only_and_the_blank_sheets_carry_none(ames_pages: list[str]) -> None:
    pages = ames_pages
    for number, name in enumerate(NAMES):
        assert [i for i, text in enumerate(pages) if name in text] == [number], name
        assert f"row {number + 1} of {len(NAMES)} on the typing screen" in pages[number]
    for text in pages[len(NAMES):]:
        assert not any(name in text for name in NAMES) and "extra sheet" in text


def test_accented_cyrillic_and_greek_names_print_as_themselves(ames_pages: list[str]) -> None:
    for name, text in zip(NAMES, ames_pages, strict=False):
        assert name in text and "[" not in text.split("Name", 1)[1].split("Date", 1)[0]


def test_boxes_sit_under_the_scales_own_words_one_per_answer_per_question() -> None:
    odd = Instrument(id="odd", title="Odd one: a test", kind="questionnaire", respondent="student", validated=False,
                     language="en", ages=(11, 16), age_note="", instructions="Choose.", values=(1, 2, 3),
                     labels=("nope", "maybe", "yes"), min_answered=1,
                     items=tuple(InstrumentItem(f"q{n}", f"Question {n} here.") for n in range(1, 5)), subscales=())
    data = render_answer_sheets([AnswerSheet("Kim", 1, 1)], odd, class_name="8B", round_label="post", day=DAY)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = {w["text"]: (w["x0"] + w["x1"]) / 2 for w in page.extract_words()}
        boxes = [r for r in page.rects if abs(r["width"] - BOX) < 0.5 and abs(r["height"] - BOX) < 0.5]
        text = _flat(page.extract_text())
    assert len(boxes) == 4 * 3
    columns = sorted({round((b["x0"] + b["x1"]) / 2, 1) for b in boxes})
    assert len(columns) == 3
    for label, centre in zip(("nope", "maybe", "yes"), columns, strict=True):
        assert abs(words[label] - centre) < 1.0, label    # the word is centred over its column of boxes
    assert "never" not in text and "After the program" in text
    assert "The program's own questions: not a validated scale." in text
    assert "Odd one" in text and "a test" not in text    # the note after the colon is for facilitators


def test_the_programs_own_questionnaire_says_it_is_not_validated(program: Instrument) -> None:
    (text,) = _pages(_render(program, names=["Sam"], blank=0, round_label="post"))
    assert "not a validated scale" in text and "After the program" in text
    assert all(item.text in text for item in program.items)
    assert "Keys: 1–5 as ticked, 0 or - if left out" in text


def test_a_long_questionnaire_goes_on_to_a_second_page_with_the_name_on_both(ames: Instrument) -> None:
    long = replace(ames, items=tuple(InstrumentItem(f"x{n}", f"Long question {n} " + "and more words " * 8)
                                     for n in range(1, 31)))
    pages = _pages(_render(long, names=["Noor", "Kim"], blank=0))
    per = pages_per_sheet(long)
    assert per >= 2 and len(pages) == 2 * per
    assert all("Noor" in text and "Kim" not in text for text in pages[:per])
    assert all("Kim" in text and "Noor" not in text for text in pages[per:])
    assert all(f"Long question {n} " in " ".join(pages[:per]) for n in range(1, 31))


def test_the_keys_match_the_entry_screens_rules() -> None:
    assert key_range((1, 2, 3, 4, 5)) == "1–5" and skip_keys((1, 2, 3, 4, 5)) == "0 or -"
    assert key_range((0, 1, 2)) == "0–2" and skip_keys((0, 1, 2)) == "-"
