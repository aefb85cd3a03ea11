"""The panel's list of students: who has joined from a device and who wrote today, as ticks and counts.

It holds `Presence` rows only, which never carry a student's words, so nothing here can show them. Rows are
updated in place when the same students come back from a refresh, so the facilitator's selection survives
the refresh every two seconds.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.classnet.server import Presence
from app.store.ids import iso
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
StudentRole = Qt.ItemDataRole.UserRole + 1
# Translators: the headers of the panel's table of students: joined from a device, wrote in their journal today
COLUMNS = (QT_TRANSLATE_NOOP("classnet.presence_model", "Name"), QT_TRANSLATE_NOOP("classnet.presence_model", "Joined"),
           QT_TRANSLATE_NOOP("classnet.presence_model", "Wrote today"))
NAME, JOINED, WROTE = range(3)
GREEN, AMBER = QColor(theme.current().success), QColor(theme.current().warning)


def since_midnight(today: date | None = None) -> str:
    """Today's local midnight as the store's UTC timestamp: 'today' as the facilitator's clock has it."""
    return iso(datetime.combine(today or date.today(), time()).astimezone())


def summary(rows: list[Presence]) -> str:
    joined = sum(1 for p in rows if p.joined)
    wrote = sum(1 for p in rows if p.wrote_today)
    return translate("classnet.presence_model", "{joined} of {total} joined · {wrote} wrote today").format(
        joined=joined, total=len(rows), wrote=wrote)


def joined_text(p: Presence) -> tuple[str, str]:
    """(cell, what a screen reader says)."""
    if not p.joined:
        return "", translate("classnet.presence_model", "not joined")
    if p.signed_in:
        return "✓", translate("classnet.presence_model", "joined")
    return (translate("classnet.presence_model", "✓ PIN to type"),
            translate("classnet.presence_model", "joined, PIN still to type"))


def wrote_text(p: Presence) -> tuple[str, str]:
    if not p.wrote_today:
        return "", translate("classnet.presence_model", "nothing yet today")
    count = p.wrote_today
    spoken = (translate("classnet.presence_model", "wrote 1 entry today") if count == 1 else
              translate("classnet.presence_model", "wrote %n entries today", None, count))
    return f"✓ {count}", spoken


class PresenceModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Presence] = []

    def set_rows(self, rows: list[Presence]) -> None:
        if [p.student_id for p in rows] == [p.student_id for p in self.rows]:
            changed = [n for n, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new]
            self.rows = list(rows)
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, student_id: str) -> int:
        return next((n for n, p in enumerate(self.rows) if p.student_id == student_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("classnet.presence_model", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p, column = self.rows[index.row()], index.column()
        if role == StudentRole:
            return p
        if column == NAME:
            return p.name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) else None
        cell, spoken = joined_text(p) if column == JOINED else wrote_text(p)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{p.name}: {spoken}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and cell:
            return AMBER if column == JOINED and not p.signed_in else GREEN
        return None
