"""List models for the home screen's classes and a phase's activities (Qt model/view)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.curriculum import Activity, BrokenItem
from app.store.classes import ClassSummary
from app.ui.activity_html import minutes_label

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ClassListModel(QAbstractListModel):
    def __init__(self, classes: list[ClassSummary] | None = None) -> None:
        super().__init__()
        self._classes = list(classes or [])

    def set_classes(self, classes: list[ClassSummary]) -> None:
        self.beginResetModel()
        self._classes = list(classes)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._classes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._classes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            last = f" · last met {item.last_session}" if item.last_session else ""
            return f"{item.name}\n{item.students} students · {item.sessions} sessions{last}"
        if role == ItemRole:
            return item
        return None


class ActivityListModel(QAbstractListModel):
    """A phase's activities, then any broken files of that phase, marked so they are noticed."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Activity | BrokenItem] = []

    def set_items(self, activities: tuple[Activity, ...], broken: tuple[BrokenItem, ...]) -> None:
        self.beginResetModel()
        self._items = [*activities, *broken]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        broken = isinstance(item, BrokenItem)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(item, BrokenItem):
                return f"⚠ {item.title}\nNeeds fixing: {len(item.problems)} problem(s) in {item.file.name}"
            return f"{item.title}\n{minutes_label(item)} · {', '.join(item.methods)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(item, BrokenItem):
                return "\n".join(p.format() for p in item.problems[:5])
            return item.summary
        if role == Qt.ItemDataRole.ForegroundRole and broken:
            return QColor("#8a1c1c")
        if role == ItemRole:
            return item
        return None
