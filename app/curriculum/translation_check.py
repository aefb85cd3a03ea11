"""`validate --lang es`: does each translated file follow its English one, and what is still in English?

Mismatches are problems (`validate` fails): a field the English file does not have, a list of another length,
a changed id or number. Untranslated words are reported, not failed: a translation grows file by file, and
what it has not reached yet is shown in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import app.curriculum.translation as translation
from app.curriculum.toml_read import read_file
from app.i18n import translate

TEXT_FILES = ("*.toml", "*.md")


@dataclass
class TranslationReport:
    language: str
    problems: list[str] = field(default_factory=list)          # 'FILE: path: message'
    untranslated: dict[str, list[str]] = field(default_factory=dict)   # translated file → fields in English
    missing: list[str] = field(default_factory=list)           # English files with no translation yet
    translated: int = 0                                        # files with a translation

    def summary(self) -> str:
        fields = sum(len(v) for v in self.untranslated.values())
        # Translators: four counts in one line of `validate --lang`; (s) and (es) mark the plurals
        return translate("curriculum.translation_check", "{language}: {translated} file(s) translated, {missing} not "
                         "yet; {fields} field(s) still in English in translated files; {problems} mismatch(es)").format(
            language=self.language, translated=self.translated, missing=len(self.missing), fields=fields,
            problems=len(self.problems))


def _english_files(root: Path, language: str) -> list[Path]:
    """Every shipped file with words: phases.toml and the files in the curriculum's folders."""
    def wanted(path: Path) -> bool:
        parts = path.relative_to(root).parts
        if parts[0] == language or any(part.startswith((".", "_")) for part in parts):
            return False
        return len(parts) > 1 or path.name == "phases.toml"

    return sorted(p for pattern in TEXT_FILES for p in root.rglob(pattern) if wanted(p))


def check_translation(root: Path, language: str) -> TranslationReport:
    report = TranslationReport(language)
    base = root / language
    for english in _english_files(root, language):
        if english.name == "README.md":
            continue
        rel = english.relative_to(root)
        other = base / rel
        if not other.is_file():
            report.missing.append(str(rel))
            continue
        report.translated += 1
        if english.suffix == ".md":
            if other.read_text(encoding="utf-8", errors="replace").strip() == english.read_text(
                    encoding="utf-8", errors="replace").strip():
                report.untranslated[str(Path(language) / rel)] = [translate("curriculum.translation_check",
                                                                            "(the whole chapter)")]
            continue
        _source, words = read_file(other)
        _english_source, data = read_file(english)
        if words is None:
            report.problems += [p.format(root.parent) for p in _source.problems] or [translate(
                "curriculum.translation_check", "{file}: could not be read").format(file=other)]
            continue
        if data is None:
            continue
        shown = other.relative_to(root.parent)
        report.problems += [f"{shown}: {m.path}: {m.message}" for m in translation.mismatches(data, words)]
        still = list(translation.untranslated(data, words))
        if still:
            report.untranslated[str(Path(language) / rel)] = still
    for stray in sorted(base.rglob("*")) if base.is_dir() else []:
        if stray.is_file() and not (root / stray.relative_to(base)).is_file():
            report.problems.append(translate("curriculum.translation_check", "{file}: no English file of this name to "
                                             "translate; expected the same name as the English file").format(
                file=stray.relative_to(root.parent)))
    return report
