"""Reflection-journal booklets, read back from the real PDF with pdfplumber: privacy and escaping as printed."""

from __future__ import annotations

import io
import re
from itertools import pairwise
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics

from app.printing.deck_pdf import FONTS
from app.printing.journal_pdf import (
    Booklet,
    BookletEntry,
    format_date,
    printable,
    render_journal_pdf,
    write_journal_pdf,
)

CLASS = "Year 6 Maple"
SECRET = "nobody may read this sentence"


def _entry(body: str, visibility: str = "class", *, prompt: str | None = "What made you smile?",
           held_on: str | None = "2026-11-20", written_at: str = "2026-11-21T10:15:00.000Z") -> BookletEntry:
    return BookletEntry(held_on=held_on, prompt=prompt, body=body, visibility=visibility, written_at=written_at)


def _pages(data: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces (reportlab keeps double spaces)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "").strip() for page in pdf.pages]


def _class_booklets() -> list[Booklet]:
    amara = Booklet("Amara", (
        _entry("My name has three beats.", "class", prompt="How many beats are in your name?"),
        _entry("Please tell the cover teacher how to say it.", "facilitator", prompt=None, held_on=None),
        _entry(SECRET, "private"),
    ))
    zephyrine = Booklet("Zephyrine", (_entry("I can juggle apples now.", "class", prompt="A strength of yours"),))
    return [amara, zephyrine]


def test_facilitator_booklet_holds_names_prompts_and_bodies_but_no_private_entry() -> None:
    pages = _pages(render_journal_pdf(_class_booklets(), class_name=CLASS, audience="facilitator"))
    text = " ".join(pages)
    assert f"Reflection journals — {CLASS}" in pages[0]
    assert "Private entries are never printed here." in pages[0]
    for expected in ("Amara", "Zephyrine", "How many beats are in your name?", "My name has three beats.",
                     "Free writing", "Please tell the cover teacher how to say it.", "A strength of yours",
                     "I can juggle apples now.", "Shared with you", "Shared with the class"):
        assert expected in text
    assert SECRET not in text
    assert not re.search(r"·\s*Private\b", text)
    assert f"Empathy Ambassadors · {CLASS} · page 1" in pages[0]
    assert "belongs to" not in text


def test_private_label_appears_in_the_student_booklet_only() -> None:
    amara = _class_booklets()[0]
    student = " ".join(_pages(render_journal_pdf([amara], class_name=CLASS, audience="student")))
    facilitator = " ".join(_pages(render_journal_pdf([amara], class_name=CLASS, audience="facilitator")))
    assert re.search(r"·\s*Private\b", student)
    assert SECRET in student
    assert "Shared with my facilitator" in student and "Shared with the class" in student
    assert "My reflection journal — Amara" in student and CLASS in student
    assert "Private — belongs to Amara" in student
    assert not re.search(r"·\s*Private\b", facilitator)
    assert SECRET not in facilitator


def test_dates_come_from_the_session_else_from_when_it_was_written() -> None:
    assert format_date(_entry("x", held_on="2026-11-20")) == "20 November 2026"
    assert format_date(_entry("x", held_on=None, written_at="2026-03-05T23:59:00.000Z")) == "5 March 2026"
    text = " ".join(_pages(render_journal_pdf(_class_booklets(), class_name=CLASS, audience="facilitator")))
    assert "20 November 2026" in text and "21 November 2026" in text


def test_xml_special_characters_print_literally() -> None:
    booklet = Booklet("Tom <&> Co", (_entry("<b>Tom & Jerry</b>", prompt="Is 2 < 3 & 4 > 1?"),))
    text = " ".join(_pages(render_journal_pdf([booklet], class_name="A&B <class>", audience="facilitator")))
    assert "<b>Tom & Jerry</b>" in text
    assert "Is 2 < 3 & 4 > 1?" in text
    assert "Tom <&> Co" in text and "A&B <class>" in text


def test_body_line_breaks_are_kept() -> None:
    booklet = Booklet("Amara", (_entry("first line\nsecond line\n\nnew paragraph"),))
    with pdfplumber.open(io.BytesIO(render_journal_pdf([booklet], class_name=CLASS, audience="student"))) as pdf:
        lines = (pdf.pages[0].extract_text() or "").splitlines()
    assert {"first line", "second line", "new paragraph"} <= {line.strip() for line in lines}


def test_emoji_print_as_their_names_never_as_missing_glyphs() -> None:
    body = "Great day 🙂 drums 🥁 strong 💪🏽 love ❤️ family 👩‍👧"
    data = render_journal_pdf([Booklet("Dani 🙂", (_entry(body),))], class_name=CLASS, audience="student")
    text = " ".join(_pages(data))
    assert "[slightly smiling face]" in text
    assert "[drum with drumsticks]" in text and "[flexed biceps]" in text
    assert "[woman][girl]" in text
    assert "Dani [slightly smiling face]" in text
    assert not set(text) & {"🙂", "🥁", "💪", "🏽", "\ufe0f", "\u200d", "\ufffd"}
    for font in ("regular", "bold"):
        cleaned = printable(body, font)
        glyphs = pdfmetrics.getFont(FONTS[font][0]).face.charToGlyph
        assert all(ord(char) in glyphs for char in cleaned)
    assert printable("a\tb\r\nc\x07") == "a    b\nc"


def test_a_long_body_flows_across_pages() -> None:
    words = [f"word{number}" for number in range(3000)]
    booklet = Booklet("Bo", (_entry("short first entry"), _entry(" ".join(words), prompt="Tell a long story")))
    pages = _pages(render_journal_pdf([booklet], class_name=CLASS, audience="facilitator"))
    assert len(pages) >= 4
    text = " ".join(pages)
    assert "word0" in text and "word2999" in text
    assert all(f"page {number}" in page for number, page in enumerate(pages, start=1))
    # the long entry's heading sits with the start of its body, not alone at the end of a page
    heading_page = next(i for i, page in enumerate(pages) if "Tell a long story" in page)
    assert "word0 " in pages[heading_page]



@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_long_paragraph_keeps_an_even_line_spacing_where_it_was_cut(paper: str) -> None:
    body = " ".join(["Free writing at home about my weekend."] * 40)
    booklet = Booklet("Amara", (_entry("short", prompt="First"), _entry("short", prompt="Second"),
                                _entry("short", prompt="Third"), _entry(body, prompt="Long")))
    data = render_journal_pdf([booklet], class_name=CLASS, audience="student", paper=paper)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            tops = [line["top"] for line in page.extract_text_lines() if "weekend" in line["text"]]
            assert all(b - a == pytest.approx(16.0, abs=0.2) for a, b in pairwise(tops))


@pytest.mark.parametrize("audience", ["facilitator", "student"])
def test_an_empty_list_still_prints_a_titled_page(audience: str) -> None:
    pages = _pages(render_journal_pdf([], class_name=CLASS, audience=audience))
    assert len(pages) == 1
    assert "No entries to print." in pages[0]
    assert ("Reflection journals" if audience == "facilitator" else "My reflection journal") in pages[0]


def test_a_student_without_entries_says_so() -> None:
    booklets = [Booklet("Amara", ()), Booklet("Bo", (_entry(SECRET, "private"),))]
    pages = _pages(render_journal_pdf(booklets, class_name=CLASS, audience="facilitator"))
    assert len(pages) == 2
    assert all("No entries yet." in page for page in pages)
    assert SECRET not in " ".join(pages)


def test_each_student_starts_a_new_page() -> None:
    pages = _pages(render_journal_pdf(_class_booklets(), class_name=CLASS, audience="facilitator"))
    assert "Amara" in pages[0]
    second = next(i for i, page in enumerate(pages) if "Zephyrine" in page)
    assert second > 0
    assert pages[second].startswith("Zephyrine")


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_sizes(paper: str, size: tuple[float, float]) -> None:
    data = render_journal_pdf(_class_booklets(), class_name=CLASS, audience="facilitator", paper=paper)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == (pytest.approx(size[0], abs=0.01), pytest.approx(size[1], abs=0.01))


@pytest.mark.parametrize(("kwargs", "booklets"), [
    ({"audience": "parents"}, []),
    ({"audience": "facilitator", "paper": "a3"}, []),
    ({"audience": "student"}, [Booklet("A", ()), Booklet("B", ())]),
])
def test_bad_arguments_are_refused(kwargs: dict[str, str], booklets: list[Booklet]) -> None:
    with pytest.raises(ValueError):
        render_journal_pdf(booklets, class_name=CLASS, **kwargs)


def test_write_replaces_the_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "journals.pdf"
    target.write_bytes(b"old")
    written = write_journal_pdf(_class_booklets(), str(target), class_name=CLASS, audience="facilitator")
    assert written == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["journals.pdf"]


def test_a_failed_write_leaves_no_temp_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_journal_pdf([], tmp_path / "missing-folder" / "journals.pdf", class_name=CLASS, audience="student")
    assert list(tmp_path.iterdir()) == []
