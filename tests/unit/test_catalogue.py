"""The shipped Spanish catalogue as a Spanish-speaking facilitator relies on it: it holds every text the code
says and nothing it no longer says, every entry is finished, a translation keeps the placeholders, markup and
keyboard accelerators its English has, and the compiled .qm the window loads is built from this very .ts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6
import pytest

from app.devtools.i18n_extract import app_sources, collect, existing
from app.i18n import TRANSLATED_CATALOGUES, catalogue_path

ROOT = Path(__file__).resolve().parents[2]
KEPT = re.compile(r"\{\w*\}|%n|<[^>]+>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;|nbsp;|#)\w", text))


@pytest.fixture(scope="module")
def code() -> dict:
    return collect(app_sources(ROOT), ROOT)


@pytest.mark.parametrize("language", TRANSLATED_CATALOGUES)
def test_the_catalogue_holds_exactly_what_the_code_says_all_of_it_translated(code: dict, language: str) -> None:
    held = existing(catalogue_path(language))
    assert sorted(set(code) - set(held))[:10] == []   # run: python3 dev.py translations
    assert sorted(set(held) - set(code))[:10] == []   # no obsolete entries
    unfinished = [key for key, (_forms, done) in held.items() if not done]
    assert unfinished[:10] == [] and len(held) > 1000


@pytest.mark.parametrize("language", TRANSLATED_CATALOGUES)
def test_translations_keep_placeholders_markup_and_accelerators(code: dict, language: str) -> None:
    wrong = []
    for key, (forms, _done) in existing(catalogue_path(language)).items():
        source = key[1]
        for form in forms:
            if sorted(set(KEPT.findall(source)) - {"%n"}) != sorted(set(KEPT.findall(form)) - {"%n"}):
                wrong.append((source[:50], form[:50], "placeholders or markup"))
            if _accelerators(source) != _accelerators(form):
                wrong.append((source[:50], form[:50], "accelerator"))
        if code[key].counted and "%n" in source and not all("%n" in form for form in forms[1:]):
            wrong.append((source[:50], forms, "the count"))
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED_CATALOGUES)
def test_the_compiled_catalogue_is_built_from_this_ts(tmp_path: Path, language: str) -> None:
    ts = catalogue_path(language)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "fresh.qm")], check=True)
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()
