"""The words of an import: the preview before it and the report after it, for the CLI and the window alike.

Honest means: a deletion is never summed into "nothing new", a skipped deletion says how to apply it,
and nothing a student wrote is quoted, only who and how many.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.store.import_plan import Deletion, ImportPlan, counted, listed

if TYPE_CHECKING:
    from app.store.exchange import ImportReport

NAMED = 12  # deletions named one by one; the rest are counted
NOTHING_NEW = "Nothing new: this laptop already had everything in the bundle."


def deletion_lines(deletions: list[Deletion], marked: Mapping[str, int] | None = None) -> list[str]:
    """One line per thing deleted here, by name; journal entries and things never here are counted."""
    lines = [d.words for d in deletions if d.here and d.kind != "journal_entries"]
    entries = [d for d in deletions if d.here and d.kind == "journal_entries"]
    if entries:
        authors = sorted({d.words.split(" by ", 1)[-1].rsplit(",", 1)[0] for d in entries})
        shown = ", ".join(authors[:5]) + (f" and {len(authors) - 5} more" if len(authors) > 5 else "")
        lines.append(f"{counted(len(entries), 'journal_entries')} by {shown}, deleted there")
    if len(lines) > NAMED:
        lines = [*lines[:NAMED - 1], f"and {len(lines) - NAMED + 1} more"]
    absent = sum(1 for d in deletions if not d.here)
    if absent:
        lines.append(f"{counted(absent, 'tombstones')} of things this laptop does not have (only noted, "
                     "so they never arrive later)")
    described = {d.kind for d in deletions if not d.tombstone}
    rest = {t: n for t, n in (marked or {}).items() if n and t not in described}
    if rest:
        lines.append(f"{listed(rest)} marked deleted there")
    return lines


def preview_text(plan: ImportPlan, apply_deletions: bool | None = None) -> str:
    """What importing would do; with `apply_deletions` None (the window asks later) deletions are offered."""
    outcome = plan.outcome(bool(apply_deletions))
    lines = [f"The bundle holds {listed(plan.counts) or 'nothing'}."]
    added, updated = listed(outcome.added), listed(outcome.updated)
    lines.append(f"Importing would add {added}." if added else "Nothing to add.")
    if updated:
        lines.append(f"It would bring up to date {updated}.")
    deletions = deletion_lines(plan.deletions, plan.without_deletions.marked)
    if deletions:
        lead = {None: "Deleted on the other laptop (you choose whether to delete them here too):",
                True: "It would also delete (deleted on the other laptop):",
                False: "Deleted on the other laptop, NOT deleted here unless you ask:"}[apply_deletions]
        lines += [lead, *(f"  - {line}" for line in deletions)]
        if any(plan.without_deletions.held.values()) and not apply_deletions:
            lines.append(f"Left out with them unless they are applied: {listed(plan.without_deletions.held)}.")
    else:
        lines.append("Nothing would be deleted.")
    if any(outcome.kept_deleted.values()):
        lines.append(f"Not brought back (deleted on this laptop): {listed(outcome.kept_deleted)}.")
    return "\n".join(lines)


def report_text(report: ImportReport, how_to_apply: str) -> str:
    """What the import did; "nothing new" only when it truly added, changed, deleted and skipped nothing."""
    lines: list[str] = []
    if report.backup is not None:
        lines.append(f"A backup was made first: {report.backup}")
    added, updated = listed(report.added), listed(report.updated)
    if added:
        lines.append(f"Added {added}.")
    if updated:
        lines.append(f"Brought up to date {updated}.")
    if report.deleted:
        lines.append("Deleted, as on the other laptop: " + "; ".join(deletion_lines(report.deleted)) + ".")
    skipped = deletion_lines(report.skipped, report.marked)
    if skipped:
        lines.append("Skipped deletions (made on the other laptop, not carried out here): " + "; ".join(skipped)
                     + f". To apply them, {how_to_apply}.")
        if any(report.held.values()):
            lines.append(f"Left out with them: {listed(report.held)}.")
    if any(report.kept_deleted.values()):
        lines.append(f"Not brought back (deleted on this laptop): {listed(report.kept_deleted)}.")
    if not (added or updated or report.deleted or skipped):
        lines.insert(0, NOTHING_NEW)
    return "\n".join(lines)
