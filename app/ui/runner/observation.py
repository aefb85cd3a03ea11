"""After a session: the facilitator's quick impression of the class (the observation instrument), in a minute.

Offered when a session ends, never in its way: the session is already ended and saved, the window is not
modal, and "Skip (not today)" saves nothing. One row per rating, answered with the number keys (Tab or the
arrow keys between rows), so it can be done before the next class walks in. Saved as the session's own round
with the facilitator as respondent (`FACILITATOR`); a rating left empty is saved as skipped, because the
instrument asks to skip what did not come up today. Reopened for the same session, it shows what was saved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.curriculum.model import Instrument, InstrumentItem
from app.store import Store
from app.store.db import StoreError
from app.store.measure import FACILITATOR, answers_of, rounds_of, save_answers, start_round
from app.ui import theme
from app.ui.i18n import translate
from app.ui.runner.controller import SessionRunner

log = logging.getLogger(__name__)

INSTRUMENT_ID = "facilitator-observation"
WIDTH = 760   # fits a 1280×800 screen with room around it
_open: set[ObservationDialog] = set()   # parentless windows, kept alive until closed (the runner may be gone)


class RatingRow(QFrame):
    """One question and its answers as a row of big radio buttons; the row, not each button, takes focus, so
    Tab moves from question to question and the number keys answer the question in focus."""

    changed = Signal()

    def __init__(self, item: InstrumentItem, values: tuple[int, ...], labels: tuple[str, ...]) -> None:
        super().__init__()
        self.item, self.values, self.labels = item, values, labels
        self.setObjectName("ratingRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(item.text)
        question = QLabel(item.text)
        question.setWordWrap(True)
        question.setObjectName("ratingQuestion")
        self.group = QButtonGroup(self)
        options = QHBoxLayout()
        options.setSpacing(4)
        for value, label in zip(values, labels, strict=True):
            button = QRadioButton(f"{value}  {label}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{value}: {label}")
            self.group.addButton(button, value)
            options.addWidget(button)
        options.addStretch(1)
        self.group.idClicked.connect(lambda _value: (self.setFocus(), self._changed()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(question)
        layout.addLayout(options)
        self._describe()

    @property
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in self.values else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)   # an exclusive group cannot be emptied otherwise
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        elif value in self.values:
            self.group.button(value).setChecked(True)
        self._changed()

    def _changed(self) -> None:
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        keys = translate("runner.observation", "Press {first} to {last}, or 0 to clear").format(
            first=self.values[0], last=self.values[-1])
        value = self.value
        # Translators: a rating row's state for a screen reader: "now 3: often" (the number and its label)
        now = (translate("runner.observation", "now {value}: {label}").format(
            value=value, label=self.labels[self.values.index(value)]) if value is not None
            else translate("runner.observation", "not answered"))
        self.setAccessibleDescription(f"{keys}; {now}.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text.isdigit() and int(text) in self.values:
            self.set_value(int(text))
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            at = self.values.index(self.value) if self.value is not None else -1
            step = 1 if key == Qt.Key.Key_Right else -1
            self.set_value(self.values[max(0, min(len(self.values) - 1, at + step if at >= 0 else 0))])
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()   # the :focus frame


class ObservationDialog(QDialog):
    """Not modal: the main window stays usable, and closing it any way saves nothing unless Save was pressed."""

    saved = Signal(str)   # the round id

    def __init__(self, store: Store, instrument: Instrument, class_id: str, session_id: str, *, title: str = "",
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.instrument, self.class_id, self.session_id = store, instrument, class_id, session_id
        self.setObjectName("observationDialog")
        self.setAccessibleName(translate("runner.observation", "After-session observation"))
        self.setWindowTitle(translate("runner.observation", "After the session"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        if note:
            done = QLabel(note)
            done.setObjectName("observationNote")
            done.setWordWrap(True)
            theme.set_tone(done, "success")
            layout.addWidget(done)
        heading = QLabel(translate("runner.observation", "How did it go?"))
        heading.setObjectName("observationHeading")
        layout.addWidget(heading)
        optional = translate("runner.observation", "Optional: about a minute, or Skip.")
        for text in (f"{title} · {optional}" if title else optional, instrument.instructions, instrument.age_note):
            label = QLabel(text)
            label.setWordWrap(True)
            theme.set_tone(label, "muted")
            layout.addWidget(label)
        self.rows = [RatingRow(item, instrument.values, instrument.labels) for item in instrument.items]
        for row in self.rows:
            layout.addWidget(row)
            row.changed.connect(self._update)
        self.status = QLabel()
        self.status.setObjectName("observationStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("runner.observation", "Number keys answer the question in the blue frame; "
                                           "Tab goes to the next one.")), 1)
        # Translators: a button's words, then its key after two spaces
        self.skip_button = QPushButton(translate("runner.observation", "Skip (not today)  Esc"))
        self.skip_button.setAccessibleName(translate("runner.observation", "Skip: save nothing"))
        self.skip_button.clicked.connect(self.skip)
        # Translators: a button's words, then its key after two spaces
        self.save_button = QPushButton(translate("runner.observation", "Save  Ctrl+S"))
        self.save_button.setAccessibleName(translate("runner.observation", "Save the ratings"))
        self.save_button.clicked.connect(self.save)
        for button in (self.skip_button, self.save_button):
            button.setAutoDefault(False)   # Enter in a row must not save or skip by surprise
            buttons.addWidget(button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._prefill()
        self._update()
        if self.rows:
            self.rows[0].setFocus()

    def _round_id(self) -> str | None:
        return next((r.id for r in rounds_of(self.store, self.class_id) if r.round == "session"
                     and r.session_id == self.session_id and r.instrument_id == self.instrument.id), None)

    def _prefill(self) -> None:
        round_id = self._round_id()
        given = answers_of(self.store, round_id).get(FACILITATOR, {}) if round_id else {}
        for row in self.rows:
            if given.get(row.item.id) is not None:
                row.set_value(given[row.item.id])
        if given:
            self.status.setText(translate("runner.observation", "Saved earlier for this session: change what you like "
                                          "and save again."))

    def answers(self) -> dict[str, int | None]:
        return {row.item.id: row.value for row in self.rows}

    def _update(self) -> None:
        self.save_button.setEnabled(any(v is not None for v in self.answers().values()))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            self.status.setText(translate("runner.observation", "Choose at least one rating, or Skip."))
            return
        try:
            round_id = start_round(self.store, self.class_id, self.instrument.id, "session", session_id=self.session_id)
            save_answers(self.store, round_id, FACILITATOR, self.answers(), "facilitator")
        except StoreError as error:   # busy or read-only: the ratings stay on screen to try again
            log.warning("observation not saved: %s", error)
            self.status.setText(translate("runner.observation", "Not saved yet: {error}").format(error=error))
            return
        log.info("facilitator observation saved for session %s", self.session_id)
        self.saved.emit(round_id)
        self.accept()

    def skip(self) -> None:
        self.reject()


def observation_instrument(curriculum: Curriculum) -> Instrument | None:
    """The program's observation (by its id, else the first the facilitator answers), if it has one."""
    found = [i for i in curriculum.instruments if i.kind == "observation" and i.respondent == "facilitator"]
    return next((i for i in found if i.id == INSTRUMENT_ID), found[0] if found else None)


def open_observation(store: Store, curriculum: Curriculum, class_id: str, session_id: str, *, title: str = "",
                     note: str = "", parent: QWidget | None = None) -> ObservationDialog | None:
    """Show the observation for one session (None when the program has no observation instrument)."""
    instrument = observation_instrument(curriculum)
    if instrument is None:
        log.info("no facilitator observation in the curriculum: none offered")
        return None
    dialog = ObservationDialog(store, instrument, class_id, session_id, title=title, note=note, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(WIDTH, dialog.layout().totalHeightForWidth(WIDTH))   # wrapped questions shown whole
    if parent is None:
        _open.add(dialog)
        dialog.finished.connect(lambda _result: _open.discard(dialog))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def offer_observation(runner: SessionRunner, closed: str = "") -> ObservationDialog | None:
    """Right after a session ends: what was saved and closed, then the observation, skippable."""
    note = translate("runner.observation", "The session has ended: attendance and notes are saved.")
    if closed:
        # Translators: {questionnaire} is what was closed: "Class Check-in — before the program, 12 answered,"
        note += " " + translate("runner.observation", "The questionnaire {questionnaire} is now closed to students; "
                                "their answers are kept.").format(questionnaire=closed)
    return open_observation(runner.store, runner.curriculum, runner.class_id, runner.session_id,
                            title=runner.plan.title, note=note)


def open_dialogs() -> list[ObservationDialog]:
    return list(_open)
