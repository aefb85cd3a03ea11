"""Writing a previewed answers file: one transaction, after a backup, only what differs from what is stored.

The reading and the preview are app/measure/answers_import.py; this is the part that writes (`measure import` and the
answers import dialog both call apply_plan once the facilitator has seen every row).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import translate
from app.measure.answers_import import ROUNDS, AnswerPlan, round_id

if TYPE_CHECKING:
    from app.store.db import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportReport:
    """What was written, counted at the moment of writing (not from the preview, which may be minutes old)."""

    rows_imported: int  # rows that changed something
    rows_unchanged: int  # importable rows that matched what was stored
    rows_refused: int
    answers_written: int
    answers_replaced: int
    backup: Path | None

    def summary(self) -> str:
        if not self.answers_written:
            return translate("measure_import", "Nothing was changed: the {unchanged} importable row(s) match what is "
                             "stored; {refused} row(s) refused.").format(unchanged=self.rows_unchanged,
                                                                          refused=self.rows_refused)
        return translate("measure_import", "{imported} row(s) imported ({unchanged} already there), {written} "
                         "answer(s) written ({replaced} replaced earlier ones), {refused} row(s) refused.").format(
                             imported=self.rows_imported, unchanged=self.rows_unchanged, written=self.answers_written,
                             replaced=self.answers_replaced, refused=self.rows_refused)


def apply_plan(store: Store, plan: AnswerPlan, *, backup: bool = True) -> ImportReport:
    """Write the plan's importable rows in one transaction (source "import"): all or nothing, StoreError if refused.

    Each answer is compared with the database as it is now, so only what differs is written (an unchanged answer
    keeps its source and time), and a backup is made first only when something will change.
    """
    from app.store.db import StoreError
    from app.store.measure import answers_of, save_answers, start_round
    from app.store.tx import transaction

    written = replaced = imported = unchanged = 0
    copy: Path | None = None
    try:
        with transaction(store):
            writes: list[tuple[str, str, dict[str, int | None]]] = []
            round_ids: dict[str, str | None] = {}
            for round_name in ROUNDS:
                rows = [r for r in plan.importable if r.round_name == round_name and r.student_id]
                if not rows:
                    continue
                started = round_ids[round_name] = round_id(store, plan.class_id, plan.instrument.id, round_name)
                stored = answers_of(store, started) if started else {}
                for row in rows:
                    mine = stored.get(row.student_id or "", {})
                    changed = {item: value for item, value in row.answers if item not in mine or mine[item] != value}
                    replaced += sum(1 for item in changed if item in mine)
                    written += len(changed)
                    imported, unchanged = imported + bool(changed), unchanged + (not changed)
                    if changed:
                        writes.append((round_name, row.student_id or "", changed))
            if writes and backup:
                copy = _backup(store)
            for round_name, student_id, changed in writes:
                if round_ids[round_name] is None:  # started by the first answer it gets, as on the entry screen
                    round_ids[round_name] = start_round(store, plan.class_id, plan.instrument.id, round_name)
                save_answers(store, round_ids[round_name] or "", student_id, changed, "import")
    except StoreError:
        raise
    except Exception as error:  # the database's own refusal (busy, read-only, full): rolled back, nothing written
        log.warning("answers import refused: %s", error, exc_info=True)
        raise StoreError(translate("measure_import", "The answers could not be imported ({problem}); nothing was "
                                   "changed.").format(problem=error)) from error
    log.info("imported answers to %s (%s): %d rows, %d answers", plan.instrument.id, plan.class_id, imported, written)
    return ImportReport(imported, unchanged, len(plan.refused), written, replaced, copy)


def _backup(store: Store) -> Path:
    """A verified copy first, as bundle imports make: its own connection reads the committed state (WAL)."""
    from app.store.backup import make_backup
    from app.store.db import StoreError

    try:
        return make_backup(store.data_dir, reason="before-import")
    except Exception as error:  # disk full, read-only folder, or the copy failed its check
        log.warning("no backup before importing answers: %s", error)
        raise StoreError(translate("measure_import", "Nothing was imported: the backup made first could not be "
                                   "written ({problem}). Free some space in the data folder, then try again.").format(
                                       problem=error)) from error
