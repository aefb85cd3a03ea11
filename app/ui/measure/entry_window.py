"""Opening the paper-entry screen: its own window beside the main one (not modal), so the facilitator can
look something up on the class page while typing, and one per class (a second copy would show stale cells).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from app.curriculum.model import Curriculum
from app.store.classes import list_classes
from app.store.db import Store
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.measure.entry_page import PaperEntry

ACTION_TEXT = QT_TRANSLATE_NOOP("measure.entry_window", "Paper answers…")
WINDOW_SIZE = (1340, 700)  # inside a 1366×768 screen, with room for a taskbar and the title bar
_parentless: set[PaperEntry] = set()  # windows opened without a parent, kept alive until closed


def open_paper_entry(parent: QWidget | None, store: Store, curriculum: Curriculum, class_id: str, *,
                     instrument_id: str | None = None, round_name: str = "pre") -> PaperEntry:
    """Show the class's paper-entry window (bringing it forward if it is already open) and return it."""
    windows = parent.findChildren(PaperEntry) if parent is not None else list(_parentless)
    window = next((w for w in windows if w.class_id == class_id and w.isVisible()), None)
    if window is None:
        window = PaperEntry(store, curriculum, class_id, parent, instrument_id=instrument_id,
                            round_name=round_name)
        window.setWindowFlags(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = next((c.name for c in list_classes(store) if c.id == class_id), "")
        window.setWindowTitle(translate("measure.entry_window", "Paper answers: {class_name}").format(class_name=name)
                              if name else translate("measure.entry_window", "Paper answers"))
        window.resize(*_fitting_size(parent))
        if parent is None:
            _parentless.add(window)
            window.destroyed.connect(lambda *_: _parentless.discard(window))
    window.show()
    window.raise_()
    window.activateWindow()
    window.table.setFocus()
    return window


def _fitting_size(parent: QWidget | None) -> tuple[int, int]:
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return WINDOW_SIZE
    room = screen.availableGeometry()
    return min(WINDOW_SIZE[0], room.width()), min(WINDOW_SIZE[1], room.height() - 30)


def paper_entry_action(parent: QWidget, store: Store, curriculum: Curriculum,
                       class_id: Callable[[], str | None]) -> QAction:
    """The menu or toolbar action; `class_id` is asked when triggered, as the class page changes class."""
    action = QAction(translate("measure.entry_window", ACTION_TEXT), parent)
    action.setToolTip(translate("measure.entry_window", "Type in the answers a class gave on printed questionnaires, "
                                "with the number keys"))

    def _open() -> None:
        chosen = class_id()
        if chosen:
            open_paper_entry(parent, store, curriculum, chosen)

    action.triggered.connect(_open)
    return action
