"""The console's buttons: each shows its key, grouped by purpose, wrapping into rows to fit the laptop.

Why the key is on the button: facilitators learn the clicker and keyboard by seeing "Next ▶  PgDn" every
time they click, as presenters learn PowerPoint's keys; a tooltip is never seen on a projector day.
The key is put in the action's *icon text* (what a tool button shows) so the menus keep their plain text
and show the shortcut in their own column.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QToolButton, QVBoxLayout, QWidget

KEY_WORDS = {"PgDown": "PgDn"}   # as printed on keyboards and clickers
STYLE = ("QLabel#groupCaption { color: #5b6475; font-size: 8pt; font-weight: 600; }"
         "QToolButton#action { padding: 3px 6px; min-height: 22px; }"
         "QToolButton#bigAction { padding: 4px 10px; min-height: 28px; font-size: 11pt; font-weight: 600; }")


def key_hint(action: QAction) -> str:
    """The action's first key as a keyboard prints it ('PgDn', 'B', 'Ctrl+Shift+S'); '' without one."""
    text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return KEY_WORDS.get(text, text)


def teach_key(action: QAction, label: str | None = None) -> None:
    """Put the key after the label on every button that shows this action ('Draw card  D')."""
    label = label or action.text().replace("&", "")
    key = key_hint(action)
    action.setIconText(f"{label}  {key}" if key else label)


def action_button(action: QAction, big: bool = False) -> QToolButton:
    """A text button for the action: the most used ones larger, so a glance finds them."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setObjectName("bigAction" if big else "action")
    button.setAccessibleName(action.text().replace("&", ""))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click must not steal focus from the notes
    return button


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next row when the width runs out (Qt's flow layout example):
    one row of groups on a wide screen, two on a school laptop, never a horizontal scroll bar."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row: what a wide screen shows."""
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: below that the bar cannot wrap any further."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_height > 0:
                x, y, row_height = area.x(), y + row_height + self._spacing // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


class ActionGroup(QWidget):
    """A row of buttons for one purpose, under a small caption ('PROJECTOR') unless its place says it
    (the timer's buttons sit under the timer). `stretch` widens the buttons to fill the row."""

    def __init__(self, title: str, caption: bool = True, stretch: bool = False) -> None:
        super().__init__()
        self.setObjectName("actionGroup")
        self.setAccessibleName(title)
        self.setStyleSheet(STYLE)
        self.stretch = stretch
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if caption:
            label = QLabel(title.upper())
            label.setObjectName("groupCaption")
            column.addWidget(label)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        if not stretch:
            self.row.addStretch(1)   # buttons keep their size, packed to the left
        column.addLayout(self.row)
        self.buttons: list[QToolButton] = []

    def add(self, action: QAction, big: bool = False) -> QToolButton:
        button = action_button(action, big)
        if self.stretch:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row.insertWidget(len(self.buttons), button)
        self.buttons.append(button)
        return button


class ActionBar(QWidget):
    """The console's groups of buttons, wrapping into rows."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("actionBar")
        self.setAccessibleName("Session actions")
        self.flow = FlowLayout(self, spacing=18)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.groups: dict[str, ActionGroup] = {}

    def group(self, title: str) -> ActionGroup:
        if title not in self.groups:
            self.groups[title] = ActionGroup(title)
            self.flow.addWidget(self.groups[title])
        return self.groups[title]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)
