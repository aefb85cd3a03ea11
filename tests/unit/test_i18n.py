"""Translations as a translator and a Spanish-speaking facilitator meet them: every text the code says is in
the catalogue (from f-strings too, counted ones with their plural forms, with the translator's note), what is
translated survives a re-collection, and the command line and PDFs speak the catalogue's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n
from app.devtools.i18n_extract import collect, existing, write_catalogue

CODE = '''
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
TITLE = QT_TRANSLATE_NOOP("sheet", "Print journal sheets")


def f(n, name):
    # Translators: a button that saves the file
    a = translate("sheet", "Save PDF…")
    b = f"<b>{translate('sheet', 'Hello {name}').format(name=name)}</b>"
    c = translate("sheet", "%n check-in(s)", None, n * 2)
    d = translate("sheet", "Pass", "the turn in a circle")
    return a, b, c, d, translate("sheet", TITLE)
'''


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "code.py").write_text(CODE, encoding="utf-8")
    ts = tmp_path / "ea_es.ts"
    write_catalogue(ts, "es", collect([tmp_path / "app" / "code.py"], tmp_path))
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: ts)
    i18n.catalogue.cache_clear()
    yield ts
    i18n.catalogue.cache_clear()
    i18n.set_language("en")


def test_every_call_is_collected_with_its_count_note_and_disambiguation(catalogue: Path) -> None:
    found = collect([catalogue.parent / "app" / "code.py"], catalogue.parent)
    assert set(found) == {("sheet", "Print journal sheets", ""), ("sheet", "Save PDF…", ""),
                          ("sheet", "Hello {name}", ""), ("sheet", "%n check-in(s)", ""),
                          ("sheet", "Pass", "the turn in a circle")}   # the f-string's too
    assert found[("sheet", "%n check-in(s)", "")].counted   # counted, though the count is an expression
    assert found[("sheet", "Save PDF…", "")].note == "a button that saves the file"
    text = catalogue.read_text(encoding="utf-8")
    assert '<message numerus="yes">' in text and text.count("<numerusform>") == 2
    assert "<extracomment>a button that saves the file</extracomment>" in text
    assert text.count('type="unfinished"') == 5


def test_translations_survive_a_new_collection_and_what_the_code_no_longer_says_goes(catalogue: Path) -> None:
    text = catalogue.read_text(encoding="utf-8")
    text = text.replace('<source>Save PDF…</source>\n        <extracomment>a button that saves the file</extracomment>'
                        '\n        <translation type="unfinished"></translation>',
                        '<source>Save PDF…</source>\n        <translation>Guardar PDF…</translation>')
    text = text.replace('<translation type="unfinished">\n            <numerusform></numerusform>\n'
                        '            <numerusform></numerusform>',
                        '<translation>\n            <numerusform>%n registro</numerusform>\n'
                        '            <numerusform>%n registros</numerusform>')
    catalogue.write_text(text, encoding="utf-8")
    source = catalogue.parent / "app" / "code.py"
    source.write_text(CODE.replace('"Pass", "the turn in a circle"', '"Skip", "the turn in a circle"'))
    finished, unfinished = write_catalogue(catalogue, "es", collect([source], catalogue.parent))
    assert (finished, unfinished) == (2, 3)
    held = existing(catalogue)
    assert held[("sheet", "Save PDF…", "")] == (["Guardar PDF…"], True)
    assert ("sheet", "Pass", "the turn in a circle") not in held   # gone, not kept as obsolete

    i18n.set_language("es")
    assert i18n.translate("sheet", "Save PDF…") == "Guardar PDF…"
    assert i18n.translate("sheet", "%n check-in(s)", None, 1) == "1 registro"
    assert i18n.translate("sheet", "%n check-in(s)", None, 3) == "3 registros"
    assert i18n.translate("sheet", "Print journal sheets") == "Print journal sheets"   # unfinished: English
    i18n.set_language("en")
    assert i18n.translate("sheet", "Save PDF…") == "Save PDF…"
    assert i18n.translate("sheet", "%n check-in(s)", None, 1) == "1 check-in"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "es"), ({"LANG": "es_MX.UTF-8"}, "es"), ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANGUAGE": "fr:es", "LANG": "en_GB.UTF-8"}, "es"),
    ({"LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, "en"), ({"LC_ALL": "C", "LANG": "es_AR"}, "es"), ({}, "en"),
])
def test_the_system_language_is_used_when_the_app_speaks_it(monkeypatch, env: dict, expected: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected
    assert i18n.resolve("") == expected and i18n.resolve("es") == "es"
