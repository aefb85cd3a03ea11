"""The console's side panel: Attendance (and group size), quick Notes, the Cards drawn this session, and the
step's Activity (the pass, debrief questions, care notes, adaptations).

Why tabs: these are looked at now and then, not all the time, so they share one narrow column instead of
pushing the script off a 1280-pixel screen. Only the facilitator sees any of it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.dates import time_of_day
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.console_activity import ActivityNotes, is_debrief
from app.ui.runner.controller import SessionRunner

NOTES_SAVE_MS = 800
# Translators: what became of a role-play card drawn this session
OUTCOMES = {"shown": QT_TRANSLATE_NOOP("runner.console_side", "on the projector"),
            "played": QT_TRANSLATE_NOOP("runner.console_side", "played"),
            "returned": QT_TRANSLATE_NOOP("runner.console_side", "returned to the deck")}


class SidePanel(QTabWidget):
    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        self.setObjectName("sidePanel")
        self.setAccessibleName(translate("runner.console_side", "Attendance, notes and cards"))
        self.setDocumentMode(True)

        attendance_page = QWidget()
        column = QVBoxLayout(attendance_page)
        column.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(translate("runner.console_side", "Untick who is away today."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.attendance = QListWidget()
        self.attendance.setObjectName("attendance")
        self.attendance.setAccessibleName(translate("runner.console_side", "Attendance"))
        self.attendance.itemChanged.connect(self._attendance_changed)
        column.addWidget(self.attendance, 1)
        row = QHBoxLayout()
        size_label = QLabel(translate("runner.console_side", "Group size (G)"))
        self.group_size = QSpinBox()
        self.group_size.setRange(2, 8)
        self.group_size.setValue(4)
        self.group_size.setAccessibleName(translate("runner.console_side", "Group size"))
        size_label.setBuddy(self.group_size)
        row.addWidget(size_label)
        row.addWidget(self.group_size)
        row.addStretch(1)
        column.addLayout(row)
        self.addTab(attendance_page, translate("runner.console_side", "Attendance"))

        notes_page = QWidget()
        column = QVBoxLayout(notes_page)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(QLabel(translate("runner.console_side", "Only you see these; saved as you type.")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(translate("runner.console_side", "Quick notes"))
        self.notes.setPlaceholderText(translate("runner.console_side", "What to remember after class…"))
        column.addWidget(self.notes, 1)
        self.addTab(notes_page, translate("runner.console_side", "Notes"))

        cards_page = QWidget()
        column = QVBoxLayout(cards_page)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(QLabel(translate("runner.console_side", "Role-play cards drawn this session, newest first.")))
        self.history = QListWidget()
        self.history.setObjectName("cardHistory")
        self.history.setAccessibleName(translate("runner.console_side", "Cards drawn this session"))
        column.addWidget(self.history, 1)
        self.addTab(cards_page, translate("runner.console_side", "Cards"))
        self.activity = ActivityNotes()
        self.addTab(self.activity, translate("runner.console_side", "Activity"))
        self._was_debrief = False

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_MS)
        self._notes_timer.timeout.connect(lambda: runner.save_notes(self.notes.toPlainText()))
        self.notes.textChanged.connect(self._notes_timer.start)

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to sit beside the script on a 1280-pixel laptop (the tabs' titles may scroll)."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 200))
        return hint

    def load(self, notes: str) -> None:
        self.notes.blockSignals(True)
        self.notes.setPlainText(notes)
        self.notes.blockSignals(False)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for student in sorted(self.runner.students.values(), key=lambda s: s.display_name.casefold()):
            item = QListWidgetItem(student.display_name)
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = self.runner.present.get(student.id, True)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)

    def flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self.runner.save_notes(self.notes.toPlainText())

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        self.runner.set_present(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def follow_step(self) -> None:
        """The Activity tab follows the step's activity, and comes forward when its debrief begins."""
        runner = self.runner
        slide = runner.slide
        self.activity.show_activity(runner.curriculum.activity(slide.activity_id) if slide.activity_id else None)
        debrief = is_debrief(slide)
        if debrief and not self._was_debrief:
            self.setCurrentWidget(self.activity)
        self._was_debrief = debrief
        self.setTabText(self.indexOf(self.activity), translate("runner.console_side", "Debrief") if debrief
                        else translate("runner.console_side", "Activity"))

    def refresh(self) -> None:
        """Tab titles carry the counts, so they tell something even when the tab is not open."""
        self.follow_step()
        here, everyone = len(self.runner.present_ids()), len(self.runner.students)
        # Translators: a tab's title: how many of the class are here ("Attendance 23/25")
        self.setTabText(0, translate("runner.console_side", "Attendance {present}/{everyone}").format(
            present=here, everyone=everyone))
        draws = self.runner.card_history()
        self.setTabText(2, translate("runner.console_side", "Cards ({count})").format(count=len(draws)) if draws
                        else translate("runner.console_side", "Cards"))
        self.history.clear()
        for draw in reversed(draws):  # newest first
            outcome = translate("runner.console_side", OUTCOMES[draw.outcome])
            item = QListWidgetItem(f"{time_of_day(draw.drawn_at)}  {draw.card_title} · {outcome}")
            item.setToolTip(draw.deck_title)
            self.history.addItem(item)
