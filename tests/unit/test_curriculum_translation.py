"""The curriculum in Spanish as a facilitator meets it: a translated file's words over the English file's
structure, English where a field is not translated yet, ids and minutes never changed by a translation, a
questionnaire marked as not validated when only translated, and `validate --lang es` saying what is off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.curriculum import load_curriculum
from app.curriculum.cache import load_cached
from app.curriculum.translation_check import check_translation
from app.paths import activities_dir

SPANISH = '''id = "self-test"
title = "Actividad de prueba"
summary = "Una frase que dice a la persona facilitadora qué pasa."
duration = { short = 99, full = 99 }

[[step]]
title = "Pensar"
script = """Di: "Puedes pasar." Piensa en silencio un minuto."""
projector = ["Piensa en silencio un minuto."]

[[step]]
title = "Compartir y puesta en común"
projector = ["Comparte si quieres.", "Siempre puedes pasar."]
'''


def _spanish(root: Path, rel: str, text: str) -> Path:
    path = root / "es" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_translation_lies_over_the_english_file_and_never_changes_its_structure(curriculum_dir: Path) -> None:
    english = load_curriculum(curriculum_dir, language="en").activity("self-test")
    _spanish(curriculum_dir, "self/self-test.toml", SPANISH)
    spanish = load_curriculum(curriculum_dir, language="es")
    assert spanish.problems == ()   # no stray folder, nothing broken
    activity = spanish.activity("self-test")
    assert activity.title == "Actividad de prueba" and activity.steps[0].title == "Pensar"
    assert activity.steps[0].projector == ("Piensa en silencio un minuto.",)
    assert activity.steps[1].script == english.steps[1].script   # a field not translated: the English words
    assert (activity.full_minutes, activity.short_minutes) == (english.full_minutes, english.short_minutes)
    assert activity.goals == english.goals and activity.wellbeing == english.wellbeing   # not translated yet
    assert load_curriculum(curriculum_dir, language="en").activity("self-test").title == english.title


def test_validate_lang_lists_mismatches_and_what_is_still_english(curriculum_dir: Path) -> None:
    _spanish(curriculum_dir, "self/self-test.toml", SPANISH.replace('[[step]]', 'colour = "#ffffff"\n\n[[step]]'))
    _spanish(curriculum_dir, "self/self-lost.toml", 'title = "Perdida"\n')
    report = check_translation(curriculum_dir, "es")
    text = "\n".join(report.problems)
    assert "activities/es/self/self-test.toml: duration.short: expected the English file's value" in text
    assert "activities/es/self/self-test.toml: colour: not in the English file" in text
    assert "activities/es/self/self-lost.toml: no English file of this name to translate" in text
    still = report.untranslated["es/self/self-test.toml"]
    assert "goals[1]" in still and "wellbeing" in still and "title" not in still
    assert "other/other-test.toml" in report.missing and "prompts/bank.toml" in report.missing
    assert report.translated == 1


def test_a_translated_questionnaire_is_not_validated_unless_its_file_says_it_is(tmp_path: Path) -> None:
    root = tmp_path / "activities"
    shutil.copytree(activities_dir(), root, ignore=shutil.ignore_patterns("es"))
    ames = (root / "instruments" / "ames.toml").read_text(encoding="utf-8")
    _spanish(root, "instruments/ames.toml", 'title = "Escala de empatía (AMES)"\n')
    measured = {i.id: i for i in load_curriculum(root, language="es").instruments}["ames"]
    assert measured.title == "Escala de empatía (AMES)" and not measured.validated and measured.translated
    from app.measure.wording import kind_text

    assert kind_text(measured.validated, measured.translated).startswith("a translation of a published scale")
    assert measured.citation.startswith("Esta es una traducción hecha para esta app, no una versión validada")
    _spanish(root, "instruments/ames.toml", 'title = "Escala de empatía (AMES)"\nvalidated_translation = true\n')
    assert {i.id: i for i in load_curriculum(root, language="es").instruments}["ames"].validated
    assert "validated = true" in ames   # the English scale itself stays validated


def test_a_guide_chapter_is_read_in_spanish_and_the_cache_keeps_each_language_apart(curriculum_dir: Path,
                                                                                   tmp_path: Path) -> None:
    (curriculum_dir / "guide").mkdir()
    (curriculum_dir / "guide" / "01-safety.md").write_text("# Keeping everyone safe\n\nDo not promise secrecy.\n")
    _spanish(curriculum_dir, "guide/01-safety.md", "# Cuidar de todos\n\nNo prometas guardar un secreto.\n")
    cache = tmp_path / "cache"
    assert load_cached(curriculum_dir, None, cache, "es").guide[0].title == "Cuidar de todos"
    assert load_cached(curriculum_dir, None, cache, "en").guide[0].title == "Keeping everyone safe"
    assert load_cached(curriculum_dir, None, cache, "es").guide[0].title == "Cuidar de todos"


@pytest.mark.parametrize("language", ["es"])
def test_the_shipped_translation_matches_the_english_curriculum(language: str) -> None:
    report = check_translation(activities_dir(), language)
    assert report.problems == []
    assert report.missing == [] and report.untranslated == {}   # the whole program, nothing left in English
    assert load_curriculum(activities_dir(), language=language).problems == ()


def test_adaptations_named_like_fixed_fields_are_words(curriculum_dir: Path) -> None:
    """adaptations.language and adaptations.group_size are advice to a facilitator, not a language code or
    a size: they are translated like any other words."""
    _spanish(curriculum_dir, "self/self-test.toml", '[adaptations]\nlanguage = "Muestra cada paso con gestos."\n'
                                                   'group_size = "Con un grupo pequeño, trabajad en parejas."\n')
    activity = load_curriculum(curriculum_dir, language="es").activity("self-test")
    assert dict(activity.adaptations)["language"] == "Muestra cada paso con gestos."
    assert dict(activity.adaptations)["group_size"].startswith("Con un grupo pequeño")
    report = check_translation(curriculum_dir, "es")
    assert report.problems == []
