"""`print journal-sheets` as a facilitator runs it for a room without devices: a real subprocess on the demo
class, the PDF read back, refusals that say what exists, and the documented exit codes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pdfplumber

from app.demo.classroom import DEMO_CLASS_ID
from app.store import open_store
from app.store.classnet import set_class_challenge
from app.store.students import students_in
from tests.e2e.helpers import run_app


def _pages(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def test_named_sheets_with_the_week_s_check_in_and_blank_sheets_without_a_class(demo_dir: Path,
                                                                                tmp_path: Path) -> None:
    store = open_store(demo_dir)
    try:
        names = [s.display_name for s in students_in(store, DEMO_CLASS_ID)]
        set_class_challenge(store, DEMO_CLASS_ID, "radical-listening", date(2026, 11, 30))
    finally:
        store.close()
    out = tmp_path / "s05 sheets.pdf"
    done = run_app("--data-dir", str(demo_dir), "print", "journal-sheets", "--session", "5", "--class",
                   "demo class 8b", "--date", "2026-12-01", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}" in done.stdout and f"{len(names)} named" in done.stdout
    assert "One Week of Radical Listening, day 2 of 5" in done.stdout
    pages = _pages(out)
    assert len(pages) == len(names)
    assert all(name in page and "1 December 2026" in page for name, page in zip(names, pages, strict=True))
    assert "Today:" in pages[0] and "Tick what you are writing about" in pages[0]

    blank = tmp_path / "blank.pdf"
    done = run_app("--data-dir", str(demo_dir), "print", "journal-sheets", "--session", "s07", "--blank", "3",
                   "-o", str(blank))
    assert done.returncode == 0, done.stderr
    pages = _pages(blank)
    assert len(pages) == 3 and "Session 7" in pages[0] and "Today:" not in pages[0]   # no class: no challenge


def test_refusals_name_what_exists_and_write_nothing(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    base = ("--data-dir", str(demo_dir), "print", "journal-sheets")
    no_plan = run_app(*base, "--session", "s99", "-o", str(out))
    assert no_plan.returncode == 1 and "no session plan 's99'" in no_plan.stderr
    assert "s07-before-we-decide" in no_plan.stderr
    no_class = run_app(*base, "--session", "s07", "--class", "8C", "-o", str(out))
    assert no_class.returncode == 1 and "no class called '8C'" in no_class.stderr
    nowhere = run_app(*base, "--session", "s07", "-o", str(tmp_path / "missing" / "sheets.pdf"))
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    too_many = run_app(*base, "--session", "s07", "--blank", "999", "-o", str(out))
    assert too_many.returncode == 2 and "from 0 to 200" in too_many.stderr
    assert not out.exists()
