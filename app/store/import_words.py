"""The words of an import: the preview before it and the report after it (ImportReport, what an import did,
lives here with its words), for the CLI and the window alike.

Honest means: a deletion is never summed into "nothing new", a skipped deletion says how to apply it,
and nothing a student wrote is quoted, only who and how many.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.import_preview import Deletion, ImportPlan, counted, listed

NAMED = 12  # deletions named one by one; the rest are counted
NOTHING_NEW = QT_TRANSLATE_NOOP("store.import_words", "Nothing new: this laptop already had everything in the bundle.")


def deletion_lines(deletions: list[Deletion], marked: Mapping[str, int] | None = None) -> list[str]:
    """One line per thing deleted here, by name; journal entries and things never here are counted."""
    lines = [d.words for d in deletions if d.here and d.kind != "journal_entries"]
    entries = [d for d in deletions if d.here and d.kind == "journal_entries"]
    if entries:
        authors = sorted({d.author for d in entries})
        shown = (translate("store.import_words", "{names} and {count} more").format(
                     names=", ".join(authors[:5]), count=len(authors) - 5)
                 if len(authors) > 5 else ", ".join(authors))
        lines.append(translate("store.import_words", "{entries} by {authors}, deleted there").format(
            entries=counted(len(entries), "journal_entries"), authors=shown))
    if len(lines) > NAMED:
        lines = [*lines[:NAMED - 1], translate("store.import_words", "and {count} more").format(
            count=len(lines) - NAMED + 1)]
    absent = sum(1 for d in deletions if not d.here)
    if absent:
        lines.append(translate("store.import_words", "{deletions} of things this laptop does not have (only noted, "
                               "so they never arrive later)").format(deletions=counted(absent, "tombstones")))
    described = {d.kind for d in deletions if not d.tombstone}
    rest = {t: n for t, n in (marked or {}).items() if n and t not in described}
    if rest:
        lines.append(translate("store.import_words", "{things} marked deleted there").format(things=listed(rest)))
    return lines


def preview_text(plan: ImportPlan, apply_deletions: bool | None = None) -> str:
    """What importing would do; with `apply_deletions` None (the window asks later) deletions are offered."""
    outcome = plan.outcome(bool(apply_deletions))
    held = listed(plan.counts)
    lines = [translate("store.import_words", "The bundle holds {things}.").format(things=held) if held
             else translate("store.import_words", "The bundle holds nothing.")]
    added, updated = listed(outcome.added), listed(outcome.updated)
    lines.append(translate("store.import_words", "Importing would add {things}.").format(things=added) if added
                 else translate("store.import_words", "Nothing to add."))
    if updated:
        lines.append(translate("store.import_words", "It would bring up to date {things}.").format(things=updated))
    deletions = deletion_lines(plan.deletions, plan.without_deletions.marked)
    if deletions:
        lead = {None: translate("store.import_words", "Deleted on the other laptop (you choose whether to delete "
                                "them here too):"),
                True: translate("store.import_words", "It would also delete (deleted on the other laptop):"),
                False: translate("store.import_words", "Deleted on the other laptop, NOT deleted here unless you "
                                 "ask:")}[apply_deletions]
        lines += [lead, *(f"  - {line}" for line in deletions)]
        if any(plan.without_deletions.held.values()) and not apply_deletions:
            lines.append(translate("store.import_words", "Left out with them unless they are applied: {things}."
                                   ).format(things=listed(plan.without_deletions.held)))
    else:
        lines.append(translate("store.import_words", "Nothing would be deleted."))
    if any(outcome.kept_deleted.values()):
        lines.append(_not_brought_back(outcome.kept_deleted))
    return "\n".join(lines)


def _not_brought_back(kept_deleted: Mapping[str, int]) -> str:
    return translate("store.import_words", "Not brought back (deleted on this laptop): {things}.").format(
        things=listed(kept_deleted))


def report_text(report: ImportReport, how_to_apply: str) -> str:
    """What the import did; "nothing new" only when it truly added, changed, deleted and skipped nothing."""
    lines: list[str] = []
    if report.backup is not None:
        lines.append(translate("store.import_words", "A backup was made first: {path}").format(path=report.backup))
    added, updated = listed(report.added), listed(report.updated)
    if added:
        lines.append(translate("store.import_words", "Added {things}.").format(things=added))
    if updated:
        lines.append(translate("store.import_words", "Brought up to date {things}.").format(things=updated))
    if report.deleted:
        lines.append(translate("store.import_words", "Deleted, as on the other laptop: {deletions}.").format(
            deletions="; ".join(deletion_lines(report.deleted))))
    skipped = deletion_lines(report.skipped, report.marked)
    if skipped:
        lines.append(translate("store.import_words", "Skipped deletions (made on the other laptop, not carried out "
                               "here): {deletions}. To apply them, {how_to_apply}.").format(
            deletions="; ".join(skipped), how_to_apply=how_to_apply))
        if any(report.held.values()):
            lines.append(translate("store.import_words", "Left out with them: {things}.").format(
                things=listed(report.held)))
    if any(report.kept_deleted.values()):
        lines.append(_not_brought_back(report.kept_deleted))
    if not (added or updated or report.deleted or skipped):
        lines.insert(0, translate("store.import_words", NOTHING_NEW))
    return "\n".join(lines)


@dataclass
class ImportReport:
    """What an import did, for the honest message after it."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: list[Deletion] = field(default_factory=list)  # carried out
    skipped: list[Deletion] = field(default_factory=list)  # brought by the bundle, not carried out
    held: dict[str, int] = field(default_factory=dict)  # rows left out with the skipped deletions
    marked: dict[str, int] = field(default_factory=dict)  # rows marked deleted there, skipped here
    kept_deleted: dict[str, int] = field(default_factory=dict)  # rows about things deleted on this laptop
    backup: Path | None = None
    source: str = ""

    @property
    def changed(self) -> int:
        """Rows written, deletions included: the caller refreshes its pages when this is not 0."""
        return sum(self.added.values()) + sum(self.updated.values()) + len(self.deleted)

    def summary(self, how_to_apply: str | None = None) -> str:
        return report_text(self, how_to_apply or translate("store.exchange", "import again and choose to apply the "
                                                                               "deletions"))
