"""Small building blocks every page shares, so pages look alike and read alike."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

# Avatar colours and icon symbols (the icon names are those app/roster_csv.py accepts).
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
    return view


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Ask before anything is removed or ended; No is the default unless going on is the safe choice."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no) == yes
