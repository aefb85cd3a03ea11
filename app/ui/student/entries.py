"""A student's own entries as a list, and the drafts that could not be saved when their writer left.

Held drafts exist for one reason: nothing typed is lost. When Done or the idle lock comes while the disk is
full or the database busy, the words cannot stay on a shared screen, so they wait here, in memory only,
and are tried again every few seconds until they are stored (or their writer signs in again).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from app.curriculum import Curriculum
from app.store import Store
from app.store.journal import Author, NotSaved, OwnEntry, save_entry
from app.ui import theme
from app.ui.dates import short_date_time
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.models import Index, ItemRole, TextListModel
from app.ui.student.prompts import prompt_label

log = logging.getLogger(__name__)

RETRY_MS = 3000
# Translators: who can read an entry, as a badge in the student's list of entries (short: the list is narrow)
BADGES = {"private": QT_TRANSLATE_NOOP("student.entries", "Private"),
          "facilitator": QT_TRANSLATE_NOOP("student.entries", "Facilitator"),
          "class": QT_TRANSLATE_NOOP("student.entries", "Story wall")}
LOCKED = QT_TRANSLATE_NOOP("student.entries", "Locked (written before a PIN reset)")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def describe_entry(curriculum: Curriculum, entry: OwnEntry) -> tuple[str, str]:
    """Three short lines: when and who can read it, the prompt, and how it begins."""
    when = short_date_time(entry.created_at)
    if entry.locked:
        locked = translate("student.entries", LOCKED)
        why = translate("student.entries", "This entry was written before a PIN reset. It cannot be opened any more.")
        return f"{when}\n{locked}", why
    prompt = prompt_label(curriculum, entry.prompt_id)
    first = next((line for line in entry.body.splitlines() if line.strip()),
                 translate("student.entries", "(nothing written yet)"))
    badge = translate("student.entries", BADGES[entry.visibility]) if entry.visibility in BADGES else entry.visibility
    return f"{when} · {badge}\n{shorten(prompt, 44)}\n{shorten(first, 44)}", prompt


class EntryModel(TextListModel):
    """The shared text list, with locked entries greyed so it is clear they cannot be opened."""

    def __init__(self, curriculum: Curriculum) -> None:
        super().__init__(lambda entry: describe_entry(curriculum, entry))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            entry = super().data(index, ItemRole)
            return QColor(theme.current().muted) if entry is not None and entry.locked else None
        return super().data(index, role)

    def row_of(self, entry_id: str | None) -> int:
        return next((row for row, entry in enumerate(self._items) if entry.id == entry_id), -1)


@dataclass(frozen=True)
class HeldDraft:
    author: Author
    entry_id: str | None
    body: str
    visibility: str
    prompt_id: str | None
    session_id: str | None


class HeldDrafts(QObject):
    saved = Signal(str)  # the student id whose held draft is now stored

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._held: dict[str, HeldDraft] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def __len__(self) -> int:
        return len(self._held)

    def hold(self, draft: HeldDraft) -> None:
        log.warning("student mode: holding an unsaved draft in memory until it can be stored")
        self._held[draft.author.student_id] = draft
        self.timer.start()

    def take(self, student_id: str) -> HeldDraft | None:
        """Give a returning writer their unsaved words back (the screen then keeps trying)."""
        draft = self._held.pop(student_id, None)
        if not self._held:
            self.timer.stop()
        return draft

    def retry(self) -> None:
        for student_id, draft in list(self._held.items()):
            try:
                save_entry(self.store, draft.author, draft.entry_id, body=draft.body, visibility=draft.visibility,
                           prompt_id=draft.prompt_id, session_id=draft.session_id)
            except NotSaved as error:
                log.warning("student mode: a held draft is still not saved: %s", error)
                continue
            del self._held[student_id]
            log.info("student mode: a held draft is saved")
            self.saved.emit(student_id)
        if not self._held:
            self.timer.stop()
