"""The language the app speaks, and its words, for the parts without Qt: the command line, the PDFs, pure logic.

One set of catalogues serves the whole app: Qt's translation sources in `app/translations/ea_LANG.ts`.
`pyside6-lupdate` collects every `translate("context", "text")` call into them, from the Qt code (where
`translate` is `app.ui.i18n.translate`, Qt's own) and from the rest (this module's `translate`, which reads
the same .ts file, so a sentence is translated once for the window and the PDF alike). The window loads the
compiled .qm next to it; this module reads the XML: a few hundred entries, parsed once, in milliseconds.

English is the source language and needs no catalogue. A missing, unfinished or damaged translation falls
back to the English words, so a half-translated catalogue never shows a blank.
"""

from __future__ import annotations

import logging
import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

SOURCE = "en"
LANGUAGES = {"en": "English", "es": "Español"}   # code → the language's own name, as a chooser shows it
TRANSLATED_CATALOGUES = ("es",)   # app/translations/ea_LANG.ts (English is the source and needs none)
SETTING = "app.language"   # in the data folder's settings: "" (the system's), "en" or "es"
CATALOGUES = Path(__file__).resolve().parent / "translations"
Key = tuple[str, str, str]   # context, source text, disambiguation ("" for none)

_chosen: str | None = None


def system_language() -> str:
    """The machine's language if the app speaks it, else English. LANGUAGE is a list in order of preference
    (fr:es: Spanish when French is not spoken); LC_ALL, LC_MESSAGES and LANG name one, the first set wins."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        codes = [part.split("_")[0].split(".")[0].lower() for part in (value.split(":") if name == "LANGUAGE"
                                                                       else [value])]
        codes = [code for code in codes if code and code not in ("c", "posix")]
        if codes:
            return next((code for code in codes if code in LANGUAGES), SOURCE)
    return SOURCE


def resolve(choice: str | None) -> str:
    """A stored choice ('' or None: the system's) as a language the app speaks."""
    return choice if choice in LANGUAGES else system_language()


def set_language(choice: str | None) -> str:
    """Use this language from now on (in this process); returns the one in use."""
    global _chosen
    _chosen = resolve(choice)
    return _chosen


def language() -> str:
    return _chosen if _chosen is not None else system_language()


def catalogue_path(code: str) -> Path:
    return CATALOGUES / f"ea_{code}.ts"


@cache
def catalogue(code: str) -> dict[Key, tuple[str, ...]]:
    """The finished translations of one language: (context, source, disambiguation) → its form(s)."""
    path = catalogue_path(code)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        log.warning("no usable catalogue for %s (%s): English is shown", code, error)
        return {}
    found: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            if all(forms):
                found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = forms
    return found


def plural_form(code: str, n: int) -> int:
    """Which numerus form n takes: English and Spanish have two (1, and everything else)."""
    return 0 if n == 1 else 1


_PLURAL = re.compile(r"(?<=\w)\((\w+)\)")


def english_plural(text: str, n: int) -> str:
    """The English source of a counted text, '%n check-in(s)', said right: '1 check-in', '3 check-ins'.

    English needs no catalogue for its plurals: a suffix in brackets straight after a word is dropped for
    one and kept for any other number ('child(ren)' too). Other languages give their forms in the catalogue.
    """
    if n < 0:
        return text
    return _PLURAL.sub(lambda m: "" if n == 1 else m[1], text).replace("%n", str(n))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language in use; '%n' becomes n (as Qt's translate does for the window)."""
    code = language()
    if code != SOURCE:
        forms = catalogue(code).get((context, text, disambiguation or ""))
        if forms:
            words = forms[min(plural_form(code, n), len(forms) - 1)] if n >= 0 else forms[0]
            return words.replace("%n", str(n)) if n >= 0 else words
    return english_plural(text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for the catalogue; it is translated where it is shown, with translate(context, text)."""
    return text


# Numbers as the language in use writes them. The figures are formatted here, never inside a catalogue string:
# a translated sentence has placeholders ({mean}, {d}), and the value that fills one is written by these.
DECIMAL_MARK = {"en": ".", "es": ","}   # 0.45 in English, 0,45 in Spanish
LIST_MARK = {"en": ", ", "es": "; "}   # between figures: [0.2, 0.5] but [0,2; 0,5], as a comma would be ambiguous


def decimal(value: float, places: int | None = None) -> str:
    """`value` with `places` decimals (None: as few as it needs, like '{:g}'), with the language's decimal mark:
    0.45 → '0.45', or '0,45' in Spanish. No thousands separator; a negative keeps Python's '-' (the reports turn it
    into a true minus sign where they print one)."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", DECIMAL_MARK.get(language(), "."))


def listed(*figures: str) -> str:
    """Figures one after another, as in an interval's brackets: '0.2, 0.5', or '0,2; 0,5' in Spanish."""
    return LIST_MARK.get(language(), ", ").join(figures)


def interval(low: str, high: str) -> str:
    """Two formatted bounds in brackets: '[0.20, 0.50]', '[0,20; 0,50]' in Spanish."""
    return f"[{listed(low, high)}]"


def whole(value: int) -> str:
    """A count with thousands grouped as the language groups them: '12,500' in English; in Spanish a space
    (a no-break one) and only from five digits on, '12 500' but '1500', so it never reads as a decimal."""
    if language() != "es":
        return f"{value:,}"
    return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10_000 else str(value)
