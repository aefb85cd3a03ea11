"""`report class` and `print certificates` as a facilitator runs them: real subprocesses, real PDFs read back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pdfplumber

from app.demo.classroom import DEMO_CLASS_ID, DEMO_CLASS_NAME
from app.demo.measures import shipped_curriculum
from app.measure.data import ClassReport, gather
from app.measure.stats import CAVEAT
from app.store import Store, open_store
from tests.e2e.helpers import run_app


@contextmanager
def _store(data: Path) -> Iterator[Store]:
    """The data folder opened in this process, closed again before the next command runs."""
    store = open_store(data)
    try:
        yield store
    finally:
        store.close()


def _gathered(data: Path) -> ClassReport:
    with _store(data) as store:
        return gather(store, shipped_curriculum(), DEMO_CLASS_ID, DEMO_CLASS_NAME)


def _names(data: Path) -> list[str]:
    from app.store.students import students_in

    with _store(data) as store:
        return [s.display_name for s in students_in(store, DEMO_CLASS_ID)]


def _pages(pdf_path: Path) -> list[str]:
    """Each page's text in drawing order (so a chart's axis labels never land inside a sentence beside it),
    with every run of white space (line breaks, no-break spaces) as one space."""
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text(use_text_flow=True) or "") for page in pdf.pages]


def _named(text: str, names: list[str]) -> set[str]:
    return {name for name in names if re.search(rf"\b{re.escape(name)}\b", text)}


def test_the_demo_report_has_its_sentences_caveat_and_demo_notice_and_no_names(demo_dir: Path,
                                                                               tmp_path: Path) -> None:
    out = tmp_path / "8B report.pdf"
    result = run_app("--data-dir", str(demo_dir), "report", "class", "demo class 8b", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout and "Demo data" in result.stdout
    pages = _pages(out)
    assert 2 <= len(pages) <= 4
    assert all("Demo data" in page for page in pages)
    text = " ".join(pages)
    sentences = [sub.sentence for results in _gathered(demo_dir).results for sub in results.subscales]
    assert len(sentences) == 3
    for sentence in sentences:
        assert sentence in text
    assert CAVEAT in text
    assert "Vossen" in text  # the validated scale's citation
    assert _named(text, _names(demo_dir)) == set()


def test_chosen_quotes_print_with_the_students_own_names_and_no_other_name(demo_dir: Path, tmp_path: Path) -> None:
    from app.store.journal_review import shared_entries

    with _store(demo_dir) as store:
        wall = shared_entries(store, DEMO_CLASS_ID, class_only=True)
    chosen = wall[0]
    out = tmp_path / "quoted.pdf"
    result = run_app("--data-dir", str(demo_dir), "report", "class", DEMO_CLASS_NAME, "-o", str(out),
                     "--quote", chosen.id[:8])
    assert result.returncode == 0, result.stderr
    text = " ".join(_pages(out))
    assert " ".join(chosen.body.split()[:6]) in text
    assert _named(text, _names(demo_dir)) == {chosen.student_name}
    unknown = run_app("--data-dir", str(demo_dir), "report", "class", DEMO_CLASS_NAME, "-o", str(out),
                      "--quote", "no-such-entry")
    assert unknown.returncode == 1 and chosen.id[:8] in unknown.stderr
    too_many = run_app("--data-dir", str(demo_dir), "report", "class", DEMO_CLASS_NAME, "-o", str(out),
                       *[arg for entry in wall[:4] for arg in ("--quote", entry.id)])
    assert too_many.returncode == 2 and "at most 3" in too_many.stderr


def test_the_json_has_the_figures_gather_computes(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "figures.json"
    out.parent.mkdir()
    result = run_app("--data-dir", str(demo_dir), "report", "class", DEMO_CLASS_NAME, "--json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out.parent.iterdir()] == ["figures.json"]  # the JSON only, no PDF beside it
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["class"] == DEMO_CLASS_NAME and figures["demo"] is True
    expected = {sub.subscale.id: sub.change for results in _gathered(demo_dir).results for sub in results.subscales}
    got = {sub["id"]: sub for q in figures["questionnaires"] for sub in q["subscales"]}
    assert got.keys() == expected.keys()
    for subscale, change in expected.items():
        assert got[subscale]["change_mean"] == change.change_mean
        assert got[subscale]["change_ci"] == list(change.change_ci)
        assert got[subscale]["n"] == change.n == len(got[subscale]["pairs"])
    assert CAVEAT in figures["questionnaires"][0]["caveats"]
    assert figures["dose"]["sessions"] == 2 and figures["dose"]["median_sessions_attended"] == 2
    assert _named(json.dumps(figures), _names(demo_dir)) == set()


def test_an_unknown_class_is_refused_with_the_list_and_an_empty_class_says_how_to_collect(
        demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    unknown = run_app("--data-dir", str(demo_dir), "report", "class", "Class 9Z", "-o", str(out))
    assert unknown.returncode == 1 and DEMO_CLASS_NAME in unknown.stderr and not out.exists()
    from app.store.classes import create_class
    from app.store.students import add_students

    with _store(demo_dir) as store:
        class_id = create_class(store, "Class 7C")
        add_students(store, class_id, [("Zoë", None, "#888888", "star"), ("Sam", None, "#888888", "star")])
    result = run_app("--data-dir", str(demo_dir), "report", "class", "Class 7C", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(_pages(out))
    assert "There are no questionnaire answers for this class yet" in text
    assert "Paper answers" in text and "Demo data" not in text


def _took_part(data: Path) -> list[str]:
    from app.store.runner import attendance
    from app.store.sessions import sessions_of
    from app.store.students import students_in

    with _store(data) as store:
        present = {s for session in sessions_of(store, DEMO_CLASS_ID)
                   for s, here in attendance(store, session.id).items() if here}
        return [s.display_name for s in students_in(store, DEMO_CLASS_ID) if s.id in present]


def test_one_certificate_per_student_who_took_part(demo_dir: Path, tmp_path: Path) -> None:
    from app.store.students import add_students

    with _store(demo_dir) as store:  # a newcomer who was never at a session gets no certificate
        add_students(store, DEMO_CLASS_ID, [("Noor", None, "#888888", "star")])
    took_part = _took_part(demo_dir)
    assert "Noor" not in took_part and len(took_part) == 12
    out = tmp_path / "certificates.pdf"
    result = run_app("--data-dir", str(demo_dir), "print", "certificates", "--class", DEMO_CLASS_NAME, "-o",
                     str(out), "--facilitator", "Ms Rivera", "--date", "2026-06-30")
    assert result.returncode == 0, result.stderr
    pages = _pages(out)
    assert len(pages) == len(took_part)
    everyone = [*took_part, "Noor"]
    for name, page in zip(took_part, pages, strict=True):
        assert _named(page, everyone) == {name}
        for words in ("Empathy Ambassador", DEMO_CLASS_NAME, "Ms Rivera", "30 June 2026", "Self", "Other",
                      "Community"):
            assert words in page
    with pdfplumber.open(out) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height  # landscape

    left_out = took_part[0]
    fewer = run_app("--data-dir", str(demo_dir), "print", "certificates", "--class", DEMO_CLASS_NAME, "-o",
                    str(out), "--leave-out", left_out.upper())
    assert fewer.returncode == 0, fewer.stderr
    pages = _pages(out)
    assert len(pages) == len(took_part) - 1
    assert not any(_named(page, [left_out]) for page in pages)
    assert "Facilitator" in pages[0] and "Ms Rivera" not in pages[0]  # a line to sign instead


def test_certificates_refuse_an_unknown_class_or_student(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    unknown = run_app("--data-dir", str(demo_dir), "print", "certificates", "--class", "Class 9Z", "-o", str(out))
    assert unknown.returncode == 1 and DEMO_CLASS_NAME in unknown.stderr and not out.exists()
    stranger = run_app("--data-dir", str(demo_dir), "print", "certificates", "--class", DEMO_CLASS_NAME, "-o",
                       str(out), "--leave-out", "Zebedee")
    assert stranger.returncode == 1 and "Zebedee" in stranger.stderr and "Amara" in stranger.stderr
    assert not out.exists()
    bad_date = run_app("--data-dir", str(demo_dir), "print", "certificates", "--class", DEMO_CLASS_NAME, "-o",
                       str(out), "--date", "30/06/2026")
    assert bad_date.returncode == 2


def test_help_for_both_commands() -> None:
    for command in (["report", "class"], ["print", "certificates"]):
        result = run_app(*command, "--help")
        assert result.returncode == 0 and result.stdout.startswith(f"usage: python -m app {' '.join(command)}")
    assert run_app("report").returncode == 2  # say what to report
