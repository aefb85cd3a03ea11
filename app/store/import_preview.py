"""What an import preview holds, and how it counts rows in a facilitator's words.

The preview (ImportPlan), the decisions for one choice about deletions (Outcome) and each deletion named
(Deletion) are plain data: import_plan.py works them out from the database, the merge in exchange.py
carries out an Outcome as it is, and import_words.py turns them into sentences. They live here, apart from
the planning, so that reading or showing a preview needs none of the rules that make one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate

Row = dict[str, Any]
WORDS = {   # a table's rows counted, in the language in use: "1 class", "12 students"
    "classes": lambda n: translate("store.import_plan", "%n class(es)", None, n),
    "students": lambda n: translate("store.import_plan", "%n student(s)", None, n),
    "sessions": lambda n: translate("store.import_plan", "%n session(s)", None, n),
    "session_activities": lambda n: translate("store.import_plan", "%n session step(s)", None, n),
    "attendance": lambda n: translate("store.import_plan", "%n attendance mark(s)", None, n),
    "journal_entries": lambda n: (translate("store.import_plan", "%n journal entry", None, n) if n == 1
                                  else translate("store.import_plan", "%n journal entries", None, n)),
    "rhythm_runs": lambda n: translate("store.import_plan", "%n rhythm run(s)", None, n),
    "rhythm_hits": lambda n: translate("store.import_plan", "%n rhythm hit(s)", None, n),
    "measure_rounds": lambda n: translate("store.import_plan", "%n questionnaire round(s)", None, n),
    "measure_answers": lambda n: translate("store.import_plan", "%n questionnaire answer(s)", None, n),
    "measure_consent": lambda n: translate("store.import_plan", "%n consent record(s)", None, n),
    "tombstones": lambda n: translate("store.import_plan", "%n deletion(s)", None, n),
}


def counted(count: int, table: str) -> str:
    """"1 class", "12 students": the words a facilitator reads."""
    words = WORDS.get(table)
    return words(count) if words else f"{count} {table}"


def listed(counts: Mapping[str, int]) -> str:
    return ", ".join(counted(n, t) for t, n in counts.items() if n)


@dataclass(frozen=True)
class Deletion:
    """One deletion the bundle brings: a tombstone, or a newer version marking a live row deleted.

    `words` names it for a facilitator; `removes` counts what it would take away here (empty when
    this laptop never had it); `author` is the quoted name of a deleted journal entry's author.
    """

    kind: str  # a tombstone kind, or a table for a row marked deleted
    id: str
    words: str
    removes: dict[str, int] = field(default_factory=dict)
    tombstone: bool = True
    author: str = ""

    @property
    def here(self) -> bool:
        return bool(self.removes)


@dataclass
class Outcome:
    """What the merge does with one choice about deletions; the merge carries out exactly this."""

    apply_deletions: bool
    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, list[Row]] = field(default_factory=dict)
    tombstones: list[Row] = field(default_factory=list)  # carried out, in order
    held: dict[str, int] = field(default_factory=dict)  # rows about a tombstone not applied, left out
    marked: dict[str, int] = field(default_factory=dict)  # newer versions marking a live row deleted
    dropped: dict[str, int] = field(default_factory=dict)  # rows about what the applied deletions remove
    kept_deleted: dict[str, int] = field(default_factory=dict)  # rows about what was deleted on this laptop

    @property
    def added(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.inserts.items()}

    @property
    def updated(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.updates.items()}

    @property
    def writes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + len(self.tombstones)


@dataclass
class ImportPlan:
    """The preview: what importing would add, update and delete, both with and without the deletions."""

    source: str
    created_at: str
    counts: dict[str, int]
    deletions: list[Deletion]
    with_deletions: Outcome
    without_deletions: Outcome
    path: str = ""
    tables: Mapping[str, list[Row]] = field(default_factory=dict, repr=False)  # the checked rows, for the merge

    def outcome(self, apply_deletions: bool) -> Outcome:
        return self.with_deletions if apply_deletions else self.without_deletions

    @property
    def has_deletions(self) -> bool:
        """Anything that waits for consent: tombstones, or newer versions marking rows deleted."""
        return bool(self.deletions) or any(self.without_deletions.marked.values())
