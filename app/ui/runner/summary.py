"""The end-of-session summary: what the class did today, in counts, where the facilitator already looks.

Shown at the top of the after-session observation ("How did it go?"), so ending a session stays one calm step:
one window, nothing to click unless the facilitator wants to. Without an observation in the program it is a
small window of its own. Never modal. Counts only: no student's name, no word anyone wrote (journal entries are
counted, not read). Ending also tells the rest of the app (app.ui.events), so an open class page shows the
session at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.session.progress import summary_rows
from app.store.db import StoreError
from app.store.sessions import session_figures
from app.ui import theme
from app.ui.events import session_events
from app.ui.i18n import translate
from app.ui.runner.controller import SessionRunner
from app.ui.runner.observation import WIDTH, ObservationDialog

log = logging.getLogger(__name__)
COLUMNS = 4   # label/value pairs per row: two short rows fit above the observation on a 1280×800 screen
_open: set[SummaryWindow] = set()   # parentless windows, kept alive until closed


class SummaryPanel(QFrame):
    """The figures as a quiet grid of label and value; the whole reads as one sentence to a screen reader."""

    def __init__(self, title: str, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setObjectName("sessionSummary")
        self.setAccessibleName(translate("runner.summary", "Session summary"))
        self.setAccessibleDescription("; ".join(f"{what}: {value}" for what, value in rows))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        heading = QLabel(translate("runner.summary", "Today: {session}").format(session=title) if title
                         else translate("runner.summary", "Today"))
        heading.setObjectName("summaryHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}
        for n, (what, value) in enumerate(rows):
            row, column = divmod(n, COLUMNS)
            label = QLabel(what)
            theme.set_tone(label, "muted")
            shown = QLabel(value)
            shown.setObjectName(f"summary:{what}")
            shown.setProperty("class", "summaryValue")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(shown, row, column * 2 + 1)
            self.values[what] = shown
        for column in range(COLUMNS):
            grid.setColumnStretch(column * 2 + 1, 1)
        layout.addLayout(grid)

    def text(self) -> str:
        return "\n".join(f"{what}: {value}" for what, value in self.rows)


class SummaryWindow(QDialog):
    """The summary on its own (a program without an observation): Close or Esc, nothing else to do."""

    def __init__(self, panel: SummaryPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setObjectName("summaryWindow")
        self.setWindowTitle(translate("runner.summary", "After the session"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        note = QLabel(translate("runner.summary", "The session has ended: attendance and notes are saved."))
        theme.set_tone(note, "success")
        layout.addWidget(note)
        layout.addWidget(panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        # Translators: a button's words, then its key after two spaces
        close = QPushButton(translate("runner.summary", "Close  Esc"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)


def _fit(dialog: QWidget) -> None:
    """Wrapped text shown whole, within the screen's height (1280×800 laptops)."""
    layout = dialog.layout()
    layout.activate()
    height = layout.totalHeightForWidth(WIDTH)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        height = min(height, screen.availableGeometry().height() - 40)
    dialog.resize(WIDTH, height)


def show_summary(runner: SessionRunner, observation: ObservationDialog | None) -> SummaryPanel | None:
    """Right after the session ended (and was saved): announce it, then show its summary above the observation,
    or in a small window of its own. A store error costs the summary, never the ending."""
    session_events().ended(runner.class_id, runner.session_id)
    try:
        figures = session_figures(runner.store, runner.session_id)
    except (StoreError, KeyError) as error:
        log.warning("no summary for session %s: %s", runner.session_id, error)
        return None
    panel = SummaryPanel(runner.plan.title, summary_rows(figures, runner.slides))
    if observation is not None:
        layout = observation.layout()
        note = observation.findChild(QLabel, "observationNote")
        layout.insertWidget(layout.indexOf(note) + 1 if note is not None else 0, panel)
        panel.show()   # at once (a visible window shows a new child only later), so the height counts it
        _fit(observation)
        return panel
    window = SummaryWindow(panel)
    _open.add(window)
    window.finished.connect(lambda _result: _open.discard(window))
    window.destroyed.connect(lambda _obj=None: _open.discard(window))
    _fit(window)
    window.show()
    window.raise_()
    return panel


def open_summaries() -> list[SummaryWindow]:
    return list(_open)
