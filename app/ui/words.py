"""The curriculum's fixed words as people read them: methods, plan parts, step kinds, reading levels.

The TOML files say `methods = ["rhythm", "role-play"]` and `part = "opening"`: ids, the same in every
language. Wherever a page or the console shows one, it shows these words instead, in the window's language.
"""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP, translate

WORDS = {
    # methods
    "rhythm": QT_TRANSLATE_NOOP("words", "rhythm"), "drums": QT_TRANSLATE_NOOP("words", "drums"),
    "movement": QT_TRANSLATE_NOOP("words", "movement"), "role-play": QT_TRANSLATE_NOOP("words", "role-play"),
    "writing": QT_TRANSLATE_NOOP("words", "writing"), "storytelling": QT_TRANSLATE_NOOP("words", "storytelling"),
    "circle": QT_TRANSLATE_NOOP("words", "circle"), "discussion": QT_TRANSLATE_NOOP("words", "discussion"),
    "game": QT_TRANSLATE_NOOP("words", "game"), "listening": QT_TRANSLATE_NOOP("words", "listening"),
    "drawing": QT_TRANSLATE_NOOP("words", "drawing"), "opening": QT_TRANSLATE_NOOP("words", "opening"),
    "closing": QT_TRANSLATE_NOOP("words", "closing"),
    # plan parts and step kinds (the console's "Step 3 of 22 · core")
    "core": QT_TRANSLATE_NOOP("words", "core"), "reflection": QT_TRANSLATE_NOOP("words", "reflection"),
    "questionnaire": QT_TRANSLATE_NOOP("words", "questionnaire"), "challenge": QT_TRANSLATE_NOOP("words", "challenge"),
    "welcome": QT_TRANSLATE_NOOP("words", "welcome"), "step": QT_TRANSLATE_NOOP("words", "step"),
    "end": QT_TRANSLATE_NOOP("words", "end"),
    # prompts' reading levels and the phase that fits any
    "simple": QT_TRANSLATE_NOOP("words", "simple"), "standard": QT_TRANSLATE_NOOP("words", "standard"),
    "any": QT_TRANSLATE_NOOP("words", "any phase"),
}


def word(key: str) -> str:
    """The word for a curriculum id ('role-play' → 'juego de rol'); an id it does not know, as it is."""
    return translate("words", WORDS[key]) if key in WORDS else key


def words(keys) -> str:
    return ", ".join(word(k) for k in keys)
