"""Numbers in the reports as the language in use writes them: 0.45 in English, 0,45 in Spanish, and an interval
[0,20; 0,50] in Spanish, where a comma between the bounds would be ambiguous. Read back from a real class PDF."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pdfplumber
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.curriculum import load_curriculum
from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.i18n import decimal, interval, listed, whole
from app.measure.data import gather
from app.paths import activities_dir
from app.printing.class_report import render_figures
from app.printing.report_figures import report_figures
from app.store.db import Store

POINT_NUMBER = re.compile(r"\d+\.\d+")   # 0.45, and the 2014.09 of a DOI
COMMA_NUMBER = re.compile(r"\d,\d")   # 0,45 (never "12, 3": a list has a space after its comma)


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_a_decimal_takes_the_languages_mark(spanish: None) -> None:
    assert (decimal(0.454, 2), decimal(-3.25, 1), decimal(2.5), decimal(2.0), decimal(0.001, 3)) == (
        "0,45", "-3,2", "2,5", "2", "0,001")
    assert interval("−0,10", "+0,50") == "[−0,10; +0,50]" and listed("12", "3,15") == "12; 3,15"
    assert (whole(1500), whole(12500), whole(1234567)) == ("1500", "12\u00a0500", "1\u00a0234\u00a0567")
    i18n.set_language("en")
    assert (decimal(0.454, 2), decimal(-3.25, 1), decimal(2.5), decimal(2.0), decimal(0.001, 3)) == (
        "0.45", "-3.2", "2.5", "2", "0.001")
    assert interval("−0.10", "+0.50") == "[−0.10, +0.50]" and listed("12", "3.15") == "12, 3.15"
    assert (whole(1500), whole(12500)) == ("1,500", "12,500")   # as `f"{n:,}"` always wrote them


@given(st.sampled_from(sorted(i18n.DECIMAL_MARK)), st.floats(allow_nan=False, allow_infinity=False),
       st.integers(0, 6))
def test_a_decimal_reads_back_as_the_value_rounded(code: str, value: float, places: int) -> None:
    i18n.set_language(code)
    try:
        text = decimal(value, places)
    finally:
        i18n.set_language("en")
    mark = i18n.DECIMAL_MARK[code]
    assert set(text) <= set("-0123456789" + mark) and text.count(mark) == (1 if places else 0)
    assert float(text.replace(mark, ".")) == round(value, places)


def _demo(store: Store) -> tuple[dict[str, Any], str]:
    """The demo class's report figures, and the PDF's text with every run of white space as one space (the
    language is the one in use when this is called: the sentences are written as the answers are gathered)."""
    create_demo(store)
    report = gather(store, load_curriculum(activities_dir()), DEMO_CLASS_ID, "Demo class 8B")
    figures = report_figures(report, date(2026, 12, 3))
    pdf, _pages = render_figures(figures)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = " ".join(page.extract_text() or "" for page in document.pages)
    return figures, re.sub(r"\s+", " ", text)


def _subscales(figures: dict[str, Any]) -> list[dict[str, Any]]:
    return [sub for q in figures["questionnaires"] for sub in q["subscales"]]


def _printed(sub: dict[str, Any]) -> list[str]:
    """Figures the details table prints for one subscale, as the language in use writes them."""
    def minus(value: float) -> str:
        return decimal(value, 2).replace("-", "−")

    lo, hi = sub["dz_ci"]
    return [f"{minus(sub['pre_mean'])} ({minus(sub['pre_sd'])})",
            f"{minus(sub['post_mean'])} ({minus(sub['post_sd'])})",
            interval(minus(lo), minus(hi)), f"{minus(sub['alpha_pre'])} / {minus(sub['alpha_post'])}",
            f"< {decimal(0.001, 3)}" if sub["wilcoxon_p"] < 0.001 else decimal(sub["wilcoxon_p"], 3)]


def test_a_spanish_class_report_prints_decimal_commas(store: Store, spanish: None) -> None:
    figures, text = _demo(store)
    subs = _subscales(figures)
    assert subs and all(sub["dz_ci"] for sub in subs)   # the demo has intervals to print
    for sub in subs:
        for printed in _printed(sub):
            assert printed in text, printed
    assert "[−0,10; +0,50]" in text and "media 3,15" in text   # the change's interval, a chart's average
    assert re.search(r"\[[−+]?\d,\d\d; [−+]?\d,\d\d\]", text)
    # Only a citation's DOI may hold a point between digits: the sentences, the explanations and every figure the
    # report formats itself are written with decimal commas.
    assert all(re.search(r"\d,\d", sub["sentence"]) for sub in subs if sub["dz_ci"])   # "subió 0,2 puntos"
    elsewhere = [q["citation"] or "" for q in figures["questionnaires"]]
    assert set(POINT_NUMBER.findall(text)) <= set(POINT_NUMBER.findall(" ".join(elsewhere)))


def test_an_english_class_report_keeps_its_decimal_points(store: Store) -> None:
    figures, text = _demo(store)
    for sub in _subscales(figures):
        for printed in _printed(sub):
            assert printed in text, printed
    assert "[−0.10, +0.50]" in text and "average 3.15" in text
    assert not COMMA_NUMBER.search(text)
