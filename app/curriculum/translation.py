"""The curriculum in another language: a translated file lies over the English one, field by field.

A translation lives beside the English curriculum in a folder named for its language, with the same layout
(`activities/es/self/self-name-beat.toml` over `activities/self/self-name-beat.toml`) and only the words:
ids, minutes, phases, methods and references stay the English file's, whatever the translation says, so a
translation can never break a plan. A field the translation leaves out is shown in English; a file with no
translation is English throughout. `validate --lang es` lists what is untranslated and what does not match.

A questionnaire is special: its scores mean something only in the words its authors validated. A translated
questionnaire is used as validated only when its file says `validated_translation = true` (and cites that
version); otherwise it is marked, everywhere its results are shown, as a translation that is not validated.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.i18n import translate

# Values that are never words: ids, numbers, choices and references keep the English file's.
NOT_TEXT = frozenset({
    "id", "phase", "methods", "duration", "short", "full", "group_size", "min", "max", "minutes", "short_minutes",
    "prompts", "rhythm", "deck", "part", "activity", "variant", "kind", "number", "measure", "instruments",
    "challenge", "step", "journal", "intensity", "colour", "level", "values", "reverse", "respondent", "validated",
    "ages", "min_answered", "tempo", "beats_per_bar", "subdivision", "bars", "hits", "voice", "role_of_part",
    "mode", "tempo_by_bar", "count_in", "fade_after_bars", "language", "source",
})
# Keys whose lists are of ids in one place and words in another: only a list of tables is merged there.
ID_LISTS = frozenset({"items"})
ONLY_IN_TRANSLATION = frozenset({"validated_translation"})
# In the questionnaire's own language, where its citation is read (content, not the app's language: not text
# for the app's catalogue).
UNVALIDATED = {
    "en": "This is a translation made for this app, "  # i18n: not text
          "not a validated version of the questionnaire: its results are not comparable with the published scale's.",
    "es": "Esta es una traducción hecha para esta app, "  # i18n: not text
          "no una versión validada del cuestionario: sus resultados no son comparables con los de la escala publicada.",
}
FIXED_IN = {"part": {"role"}}   # a rhythm part's role is play, echo or guide (a deck card's role is words)


@dataclass(frozen=True)
class Mismatch:
    path: str      # where in the file, e.g. "step[2].projector"
    message: str


WORDS_ONLY = frozenset({"adaptations"})   # tables whose every value is words (adaptations.language is advice)


def _fixed(key: str, english: Any, parent: str = "") -> bool:
    """A value that is never words: a NOT_TEXT key's number, text or list of them (tables under such a key,
    like an activity's [[step]] beside a plan item's step = "launch", are still looked into)."""
    tables = isinstance(english, dict) or (isinstance(english, list) and any(isinstance(e, dict) for e in english))
    return (key in NOT_TEXT and not tables and parent not in WORDS_ONLY) or key in FIXED_IN.get(parent, ())


def merge(english: Any, translated: Any, key: str = "", parent: str = "") -> Any:
    """English with the translation's words laid over it, field by field; structure always the English."""
    if _fixed(key, english, parent):
        return english
    if isinstance(english, dict) and isinstance(translated, dict):
        return {k: merge(v, translated[k], k, key) if k in translated else v for k, v in english.items()}
    if isinstance(english, list) and isinstance(translated, list) and len(english) == len(translated):
        if all(isinstance(e, dict) for e in english):
            return [merge(e, t, key) for e, t in zip(english, translated, strict=True)]   # a table of `key`
        if key in ID_LISTS:
            return english
        if all(isinstance(e, str) for e in english) and all(isinstance(t, str) and t.strip() for t in translated):
            return list(translated)
        return english
    if isinstance(english, str) and isinstance(translated, str) and translated.strip():
        return translated
    return english


def questionnaire(english: dict[str, Any], translated: dict[str, Any], language: str = "es") -> dict[str, Any]:
    """A translated questionnaire, marked as not validated unless its file says it is the validated version."""
    merged = merge(english, translated)
    if translated.get("validated_translation") is not True and merged.get("validated"):
        merged["validated"] = False
        merged["kind"] = "questionnaire"   # what an unvalidated scale is, wherever results are shown
        merged["translated_scale"] = True   # … said as a translation of a published scale, not as the program's own
        notice = UNVALIDATED.get(language, UNVALIDATED["en"])
        merged["citation"] = f"{notice} {merged.get('citation', '')}".strip()
    return merged


def mismatches(english: Any, translated: Any, path: str = "", key: str = "", parent: str = "") -> Iterator[Mismatch]:
    """Where a translation does not follow its English file: a field English does not have, a list of another
    length, or a value that is not words changed (it would be ignored: say so rather than let it mislead)."""
    if isinstance(english, dict):
        if not isinstance(translated, dict):
            yield Mismatch(path or "(file)", translate("curriculum.translation", "expected a table, as in the English "
                                                                             "file"))
            return
        for k, v in translated.items():
            where = f"{path}.{k}" if path else k
            if k in ONLY_IN_TRANSLATION:
                continue
            if k not in english:
                yield Mismatch(where, translate("curriculum.translation", "not in the English file (a typo, or a field "
                                                                          "to add there first?)"))
            else:
                yield from mismatches(english[k], v, where, k, key)
        return
    if _fixed(key, english, parent):
        if translated != english:
            yield Mismatch(path, translate("curriculum.translation", "expected the English file's value {value}: it "
                                                                     "is not words, so it stays the same in every "
                                                                     "language").format(value=repr(english)))
        return
    if isinstance(english, list):
        if not isinstance(translated, list) or len(translated) != len(english):
            count = len(translated) if isinstance(translated, list) else translate("curriculum.translation", "no list")
            yield Mismatch(path, translate("curriculum.translation", "expected {count} items, as in the English file, "
                                                                     "found {found}").format(count=len(english),
                                                                                              found=count))
            return
        for n, (e, t) in enumerate(zip(english, translated, strict=True)):
            yield from mismatches(e, t, f"{path}[{n + 1}]", key if key in ID_LISTS or isinstance(e, dict) else "")
        return
    if isinstance(english, str) and not isinstance(translated, str):
        yield Mismatch(path, translate("curriculum.translation", "expected text"))


def untranslated(english: Any, translated: Any, path: str = "", key: str = "", parent: str = "") -> Iterator[str]:
    """The fields with words that the translation leaves in English (missing, or the very same text)."""
    if _fixed(key, english, parent):
        return
    if isinstance(english, dict):
        for k, v in english.items():
            where = f"{path}.{k}" if path else k
            yield from untranslated(v, translated.get(k) if isinstance(translated, dict) else None, where, k, key)
    elif isinstance(english, list):
        if key in ID_LISTS and not all(isinstance(e, dict) for e in english):
            return
        same = isinstance(translated, list) and len(translated) == len(english)
        items = translated if same else [None] * len(english)
        for n, (e, t) in enumerate(zip(english, items, strict=True)):
            yield from untranslated(e, t, f"{path}[{n + 1}]", key if key in ID_LISTS or isinstance(e, dict) else "")
    elif isinstance(english, str) and any(c.isalpha() for c in english) and (
            not isinstance(translated, str) or not translated.strip() or translated.strip() == english.strip()):
        yield path
