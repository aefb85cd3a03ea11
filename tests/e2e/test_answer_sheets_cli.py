"""`print answer-sheets` as a facilitator runs it: a real subprocess on the demo class, the PDF read back,
and every refusal saying what exists, with the documented exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from app.demo.classroom import DEMO_CLASS_ID
from app.store import open_store
from app.store.students import students_in
from tests.e2e.helpers import run_app


def _pages(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def test_answer_sheets_for_the_demo_class_one_page_each_plus_blanks(demo_dir: Path, tmp_path: Path) -> None:
    store = open_store(demo_dir)
    try:
        names = [s.display_name for s in students_in(store, DEMO_CLASS_ID)]
    finally:
        store.close()
    out = tmp_path / "8B ames post.pdf"
    done = run_app("--data-dir", str(demo_dir), "print", "answer-sheets", "--class", "demo class 8b",
                   "--questionnaire", "ames", "--round", "post", "--blank", "2", "--date", "2026-06-30",
                   "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}" in done.stdout and f"{len(names)} student(s) and 2 blank" in done.stdout
    pages = _pages(out)
    assert len(pages) == len(names) + 2
    for number, name in enumerate(names):   # in the paper-entry screen's row order
        assert [i for i, text in enumerate(pages) if re.search(rf"\b{re.escape(name)}\b", text)] == [number]
        assert "After the program" in pages[number] and "30 June 2026" in pages[number]
    assert "I can easily tell how others are feeling." in pages[-1] and "extra sheet" in pages[-1]


def test_refusals_name_what_exists_and_write_nothing(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    base = ("--data-dir", str(demo_dir), "print", "answer-sheets")
    no_class = run_app(*base, "--class", "8C", "--questionnaire", "ames", "-o", str(out))
    assert no_class.returncode == 1 and "no class called '8C'" in no_class.stderr
    assert "'Demo class 8B'" in no_class.stderr
    no_form = run_app(*base, "--class", "Demo class 8B", "--questionnaire", "facilitator-observation",
                      "-o", str(out))
    assert no_form.returncode == 1 and "answered by the facilitator" in no_form.stderr
    assert "ames" in no_form.stderr and "program-questionnaire" in no_form.stderr
    nowhere = run_app(*base, "--class", "Demo class 8B", "--questionnaire", "ames",
                      "-o", str(tmp_path / "missing" / "sheets.pdf"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    assert not out.exists()
