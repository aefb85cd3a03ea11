"""The name tiles: each student finds their own colour, symbol and name, and taps it (arrows + Enter work too).

Tiles are a list model painted by a delegate, so a class of 35 is as quick as a class of 5 and the keyboard
moves between names the way it does in every other list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.store.students import Student
from app.ui import theme
from app.ui.i18n import translate
from app.ui.student.look import ACCENT, HOVER, INK, LINE
from app.ui.widgets import ICON_SYMBOLS

StudentRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
TILE = QSize(190, 196)
NAME_PT = 20


def ink_on(colour: QColor) -> QColor:
    """White or near-black, whichever reads better on the avatar colour (yellow discs need dark symbols)."""
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor(INK) if luminance > 0.62 else QColor(theme.current().on_accent)


class TileModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._students: list[Student] = []

    def set_students(self, students: list[Student]) -> None:
        self.beginResetModel()
        self._students = list(students)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._students)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        student = self._students[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return student.display_name
        if role == StudentRole:
            return student
        return None


class TileDelegate(QStyledItemDelegate):
    """A white card with the avatar disc and the name in large type; the chosen tile gets a thick border."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        student: Student | None = index.data(StudentRole)
        if student is None:
            return
        state = option.state  # type: ignore[attr-defined]
        marked = bool(state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus))
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        card = QRect(option.rect).adjusted(8, 8, -8, -8)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ACCENT if marked else LINE), 4 if marked else 2))
        painter.setBrush(QColor(HOVER if hovered or marked else theme.current().surface))
        painter.drawRoundedRect(card, 16, 16)
        colour = QColor(student.avatar_colour)
        disc = int(card.height() * 0.52)
        disc_rect = QRect(card.center().x() - disc // 2, card.top() + 14, disc, disc)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(disc_rect)
        symbol_font = QFont(painter.font())
        symbol_font.setPixelSize(int(disc * 0.55))
        painter.setFont(symbol_font)
        painter.setPen(ink_on(colour))
        painter.drawText(disc_rect, Qt.AlignmentFlag.AlignCenter, ICON_SYMBOLS.get(student.avatar_icon, "●"))
        name_font = QFont(painter.font())
        name_font.setPointSize(NAME_PT)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(QColor(INK))
        name_rect = QRect(card.left() + 8, disc_rect.bottom() + 6, card.width() - 16,
                          card.bottom() - disc_rect.bottom() - 10)
        text = QFontMetrics(name_font).elidedText(student.display_name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class TilesPage(QWidget):
    """'Who is writing?': the first screen, and the one everyone comes back to after Done or the idle lock."""

    chosen = Signal(object)  # Student
    leave_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        top = QHBoxLayout()
        heading = QLabel(translate("student.tiles", "Who is writing?"))
        heading.setObjectName("studentHeading")
        top.addWidget(heading)
        top.addStretch(1)
        self.leave_button = QPushButton(translate("student.tiles", "Leave student mode"))
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setAccessibleName(translate("student.tiles", "Leave student mode"))
        self.leave_button.setToolTip(translate("student.tiles", "For the facilitator: needs the facilitator password."))
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.clicked.connect(self.leave_requested)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.subheading = QLabel(translate("student.tiles", "Tap your name to open your journal."))
        self.subheading.setObjectName("studentSubheading")
        layout.addWidget(self.subheading)
        self.note = QLabel()
        self.note.setObjectName("studentNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("student.tiles", "Note"))
        self.note.hide()
        layout.addWidget(self.note)
        self.model = TileModel()
        self.view = QListView()
        self.view.setObjectName("studentTiles")
        self.view.setAccessibleName(translate("student.tiles", "Names"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TileDelegate(self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setGridSize(TILE)
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)

    def set_students(self, students: list[Student]) -> None:
        self.model.set_students(students)
        self.subheading.setText(translate("student.tiles", "Tap your name to open your journal.") if students else
                                translate("student.tiles",
                                          "There are no names in this class yet. Ask your teacher to add them."))
        if students:
            self.view.setCurrentIndex(self.model.index(0))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def names(self) -> list[str]:
        return [self.model.index(row).data() for row in range(self.model.rowCount())]

    def choose(self, name: str) -> bool:
        """Open a tile by name, as a tap would (tests and screen readers use this)."""
        for row in range(self.model.rowCount()):
            if self.model.index(row).data() == name:
                self._open(self.model.index(row))
                return True
        return False

    def _open(self, index: QModelIndex) -> None:
        student = index.data(StudentRole)
        if student is not None:
            self.chosen.emit(student)
