"""Small building blocks every page shares, so pages look alike and read alike."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QListView, QSizePolicy, QVBoxLayout, QWidget

# Avatar colours and icon symbols (the icon names are those app/roster/spreadsheet.py accepts).
COLOURS = ("#E4572E", "#17BEBB", "#FFC914", "#76B041", "#2E86AB", "#A23B72", "#F18F01", "#3B1F2B",
           "#6A4C93", "#1982C4", "#8AC926", "#FF595E")
ICON_SYMBOLS = {"star": "★", "sun": "☀", "moon": "☾", "leaf": "❧", "heart": "♥", "drum": "◎", "music": "♪",
                "rocket": "➶", "fish": "∝", "flower": "✿", "bolt": "ϟ", "wave": "≈"}


def page_layout(page: QWidget, title: str = "") -> tuple[QVBoxLayout, QLabel]:
    """The page's column with the standard margins, starting with its title."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 18, 24, 18)
    label = QLabel(title)
    label.setObjectName("pageTitle")
    label.setWordWrap(True)   # a long title wraps under a large font instead of widening the window
    layout.addWidget(label)
    return layout, label


def text_label(text: str = "", name: str = "pageSummary") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


def item_list(name: str, accessible: str, model) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSpacing(4)
    view.setWordWrap(True)   # rows wrap under a large font (no sideways scrolling)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Ask before anything is removed or ended; No is the default unless going on is the safe choice."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no) == yes


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next row when the width runs out (Qt's flow layout example):
    one row on a wide screen, two on a school laptop or with a large font, never a horizontal scroll bar."""

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


class FlowRow(QWidget):
    """A row of buttons that wraps when the page is narrow or the font large, instead of widening the window."""

    def __init__(self, spacing: int = 8) -> None:
        super().__init__()
        self.flow = FlowLayout(self, spacing=spacing)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> QWidget:
        self.flow.addWidget(widget)
        return widget

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        """Every row it wraps into at its width: when the page is short, its lists give up room, not buttons."""
        one_row = self.flow.minimumSize()
        if not self.isVisible():   # a hidden page's width is stale: it counts when shown
            return one_row
        return QSize(one_row.width(), max(one_row.height(), self.heightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and \
                self.heightForWidth(event.size().width()) != self.heightForWidth(event.oldSize().width()):
            self.updateGeometry()   # it wraps into more (or fewer) rows: the page lays out again
