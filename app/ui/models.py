"""One list model for everything the app lists as a few lines of text (Qt model/view).

Each list supplies a `describe(item) -> (text, tooltip)`; broken curriculum files are drawn in red.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.curriculum import Activity, BrokenItem
from app.store.classes import ClassSummary
from app.ui import theme
from app.ui.activity_html import minutes_label
from app.ui.dates import short_date
from app.ui.i18n import translate

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class TextListModel(QAbstractListModel):
    def __init__(self, describe: Callable[[Any], tuple[str, str]]) -> None:
        super().__init__()
        self._items: list[Any] = []
        self._describe = describe

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(item)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(item)[1]
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(item, BrokenItem):
            return QColor(theme.current().danger)
        if role == ItemRole:
            return item
        return None


def describe_broken(item: BrokenItem) -> tuple[str, str]:
    # Translators: {file} is a curriculum file's name.
    problems = len(item.problems)
    fixing = translate("models", "Needs fixing: %n problem(s) in {file}", None, problems).format(
        file=item.file.name)
    return f"⚠ {item.title}\n{fixing}", "\n".join(p.format() for p in item.problems[:5])


def describe_class(item: ClassSummary) -> tuple[str, str]:
    # Translators: {date} is the day of the class's last session.
    last = (" · " + translate("models", "last met {date}").format(date=short_date(item.last_session))
            if item.last_session else "")
    students, sessions = item.students, item.sessions
    students_words = translate("models", "%n student(s)", None, students)
    sessions_words = translate("models", "%n session(s)", None, sessions)
    return f"{item.name}\n{students_words} · {sessions_words}{last}", item.name


def describe_activity(item: Activity | BrokenItem) -> tuple[str, str]:
    if isinstance(item, BrokenItem):
        return describe_broken(item)
    return f"{item.title}\n{minutes_label(item)} · {', '.join(item.methods)}", item.summary
