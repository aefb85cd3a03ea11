"""The questionnaire step in the console: open each of the plan's questionnaires to students, type in paper
answers, close it.

One round at a time is open to students (the same setting serves devices and student mode), so opening the
next questionnaire closes the one before. What is open does not close when the facilitator moves on, since
students may still be answering: the panel stays in view, as one line, on every later slide until it is
closed, and ending the session closes it (`shutdown`). Only counts are shown here, never anyone's answers.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from app.store.classnet import device_questionnaire, set_device_questionnaire
from app.store.db import StoreError
from app.store.measure import Round, answers_of, rounds_of, start_round
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.controller import SessionRunner

log = logging.getLogger(__name__)

REFRESH_MS = 3_000
# Translators: when a questionnaire is answered: "Class Check-in — before the program"
WHEN = {"pre": QT_TRANSLATE_NOOP("runner.questionnaire_panel", "before the program"),
        "post": QT_TRANSLATE_NOOP("runner.questionnaire_panel", "after the program"),
        "session": QT_TRANSLATE_NOOP("runner.questionnaire_panel", "after a session")}
CLOSE_KEY = "Ctrl+0"
OPEN_NOW = QT_TRANSLATE_NOOP("runner.questionnaire_panel", "open to students now")
STAYS_OPEN = QT_TRANSLATE_NOOP("runner.questionnaire_panel", "It stays open, even when you move on, until you close "
                               "it or end the session.")


def when(measure: str) -> str:
    """When a round is answered, in words ('before the program'); an unknown round as it is named."""
    return translate("runner.questionnaire_panel", WHEN[measure]) if measure in WHEN else measure


def short_title(title: str) -> str:
    """An instrument's name for a row: its title up to a colon ("Class Check-in"), the whole title in the tip."""
    return title.split(":", 1)[0].strip() or title


def open_key(row: int) -> str:
    return f"Ctrl+{row + 1}"


def paper_key(row: int) -> str:
    return f"Alt+{row + 1}"


class QuestionnairePanel(QFrame):
    """At a questionnaire slide: one row per instrument. Elsewhere: one line while a questionnaire is open."""

    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        self.store, self.class_id, self.curriculum = runner.store, runner.class_id, runner.curriculum
        self.setObjectName("questionnairePanel")
        self.setAccessibleName(translate("runner.questionnaire_panel", "Questionnaire"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("questionnaireHeading")
        self.heading.setWordWrap(True)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.status = QLabel()
        self.status.setObjectName("questionnaireStatus")
        self.status.setAccessibleName(translate("runner.questionnaire_panel", "Questionnaire open to students"))
        self.status.setWordWrap(True)
        self.close_action = QAction(translate("runner.questionnaire_panel", "Close questionnaire ({key})")
                                    .format(key=CLOSE_KEY), self)
        self.close_action.setShortcut(QKeySequence(CLOSE_KEY))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.setToolTip(translate("runner.questionnaire_panel", "Students can no longer answer it; what "
                                               "they answered is kept"))
        self.close_action.triggered.connect(lambda _=False: self.close_round())
        self.addAction(self.close_action)
        close_button = self._button(self.close_action, translate("runner.questionnaire_panel",
                                                                 "Close the questionnaire"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addLayout(bottom)
        self._shown: tuple[str, tuple[str, ...]] | None = None   # (measure, instruments) the rows are for
        self.row_actions: list[tuple[QAction, QAction]] = []
        self.counts: list[QLabel] = []
        self.names: list[str] = []
        self.message = ""
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        runner.changed.connect(self.refresh)
        self.hide()   # until the console has placed it and refreshes it

    @staticmethod
    def _button(action: QAction, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(accessible)
        return button

    # What is where ------------------------------------------------------------------------------------------
    def open_round(self) -> Round | None:
        """The round open to students now (opened here, or from the Devices panel)."""
        round_id = device_questionnaire(self.store, self.class_id)
        return next((r for r in rounds_of(self.store, self.class_id) if r.id == round_id), None) if round_id else None

    def _round(self, instrument_id: str, measure: str) -> Round | None:
        return next((r for r in rounds_of(self.store, self.class_id)
                     if r.instrument_id == instrument_id and r.round == measure), None)

    def describe(self, found: Round) -> str:
        """'Class Check-in — before the program': a round as the facilitator knows it."""
        instrument = self.curriculum.instrument(found.instrument_id)
        title = short_title(instrument.title) if instrument else found.instrument_id
        return f"{title} — {when(found.round)}"

    def answered(self, round_id: str) -> int:
        """How many students have answered at least one question (counts only, never who or what)."""
        return len(answers_of(self.store, round_id))

    # Showing ------------------------------------------------------------------------------------------------
    def _build_rows(self, measure: str, instruments: tuple[str, ...]) -> None:
        for open_action, paper_action in self.row_actions:
            for action in (open_action, paper_action):
                self.removeAction(action)
                action.deleteLater()
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.row_actions, self.counts, self.names = [], [], []
        for row, instrument_id in enumerate(instruments):
            instrument = self.curriculum.instrument(instrument_id)
            name = instrument.title if instrument else instrument_id
            count = QLabel()   # the title over its count: two unwrapped lines, so a short window never clips them
            count.setAccessibleName(translate("runner.questionnaire_panel", "Answers so far: {questionnaire}")
                                    .format(questionnaire=name))
            count.setToolTip(name)
            open_action = self._row_action(
                translate("runner.questionnaire_panel", "Open to students ({key})").format(key=open_key(row)),
                open_key(row), lambda _=False, i=instrument_id: self.open_to_students(i),
                translate("runner.questionnaire_panel", "Students see it on their class page and in student mode now"))
            paper_action = self._row_action(
                translate("runner.questionnaire_panel", "Type in paper answers… ({key})").format(key=paper_key(row)),
                paper_key(row), lambda _=False, i=instrument_id: self.type_in_paper(i),
                translate("runner.questionnaire_panel", "The number-keys grid for this class's paper sheets"))
            self.rows.addWidget(count, row, 0)
            self.rows.addWidget(self._button(open_action, translate("runner.questionnaire_panel",
                                                                    "Open {questionnaire} to students")
                                             .format(questionnaire=name)), row, 1)
            self.rows.addWidget(self._button(paper_action, translate("runner.questionnaire_panel",
                                                                     "Type in paper answers to {questionnaire}")
                                             .format(questionnaire=name)), row, 2)
            self.row_actions.append((open_action, paper_action))
            self.counts.append(count)
            self.names.append(short_title(name))
        self._shown = (measure, instruments)

    def _row_action(self, text: str, key: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)   # the console's keys, not the projector's
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def refresh(self) -> None:
        slide = self.runner.slide
        try:
            opened = self.open_round()
        except Exception:   # a closed or busy database must not take the console down with a timer
            log.exception("questionnaire panel: could not read the open round")
            return
        here = slide.kind == "questionnaire"
        self.setVisible(here or opened is not None)   # (a child of the console: never a window of its own)
        if self.isHidden():
            return
        if here and self._shown != (slide.measure, slide.instruments):
            self._build_rows(slide.measure, slide.instruments)
        for row in range(self.rows.count()):
            widget = self.rows.itemAt(row).widget()
            if widget is not None:
                widget.setVisible(here)
        self.heading.setText(self._heading_text() if here else "")
        self.heading.setVisible(here)
        if here:
            for (open_action, _paper), count, name, instrument_id in zip(self.row_actions, self.counts, self.names,
                                                                         slide.instruments, strict=True):
                found = self._round(instrument_id, slide.measure)
                is_open = opened is not None and found is not None and opened.id == found.id
                open_action.setEnabled(not is_open)
                answered = self.answered(found.id) if found else 0
                state = (theme.span(translate("runner.questionnaire_panel", OPEN_NOW), "success", bold=True)
                         if is_open else translate("runner.questionnaire_panel", "not opened yet") if found is None
                         else translate("runner.questionnaire_panel", "closed"))
                # Translators: under a questionnaire's name: "open to students now · 12 answered"
                count.setText(f"<b>{escape(name)}</b><br>" + translate(
                    "runner.questionnaire_panel", "{state} · %n answered", None, answered).format(state=state))
        self.close_action.setEnabled(opened is not None)
        self.status.setText(self._status_text(opened, here))

    def _heading_text(self) -> str:
        """What the questionnaire step is for, and how many students are here to answer."""
        measure, present = self.runner.slide.measure, len(self.runner.present_ids())
        here = (translate("runner.questionnaire_panel", "1 student is here today.") if present == 1 else
                translate("runner.questionnaire_panel", "{count} students are here today.").format(count=present))
        return translate("runner.questionnaire_panel", "<b>Questionnaire {when}</b>: students answer on their devices, "
                         "on this laptop in student mode, or on paper. {here}").format(
            when=escape(when(measure) if measure in WHEN else ""), here=here)

    def _status_text(self, opened: Round | None, here: bool) -> str:
        if opened is None:
            text = translate("runner.questionnaire_panel", "Nothing is open to students. Open one above; only one is "
                             "open at a time.")
        else:
            answered = self.answered(opened.id)   # a plain name: lupdate reads no other count
            text = (translate("runner.questionnaire_panel", "<b>Open to students:</b> {questionnaire} · %n answered.",
                              None, answered).format(questionnaire=escape(self.describe(opened)))
                    + " " + translate("runner.questionnaire_panel", STAYS_OPEN))
        if here and not self.runner.join_code:
            text += " " + translate("runner.questionnaire_panel", "The class is not open to devices yet: Devices… "
                                    "(Ctrl+Shift+O) opens it; student mode and paper work without it.")
        return text + (f"<br>{theme.span(escape(self.message), 'danger')}" if self.message else "")

    # Doing --------------------------------------------------------------------------------------------------
    def open_to_students(self, instrument_id: str) -> None:
        measure = self.runner.slide.measure
        if self.runner.slide.kind != "questionnaire" or instrument_id not in self.runner.slide.instruments:
            return
        try:
            round_id = start_round(self.store, self.class_id, instrument_id, measure)
            set_device_questionnaire(self.store, self.class_id, round_id)
        except StoreError as error:
            log.warning("questionnaire not opened: %s", error)
            self.message = translate("runner.questionnaire_panel", "Not opened: {error}").format(error=error)
        else:
            self.message = ""
            log.info("questionnaire %s (%s) opened to students of class %s", instrument_id, measure, self.class_id)
        self.refresh()

    def close_round(self) -> str:
        """Close what is open to students; returns what was closed, in words ('' if nothing was open)."""
        opened = self.open_round()
        if opened is None:
            return ""
        try:
            set_device_questionnaire(self.store, self.class_id, None)
        except StoreError as error:
            log.warning("questionnaire not closed: %s", error)
            self.message = translate("runner.questionnaire_panel", "Not closed: {error}").format(error=error)
            self.refresh()
            return ""
        self.message = ""
        log.info("questionnaire round %s closed to students", opened.id)
        answered = self.answered(opened.id)   # a plain name: lupdate reads no other count
        # Translators: what was closed, put in a sentence: "The questionnaire Class Check-in — before the program,
        # 12 answered, is now closed to students"
        words = translate("runner.questionnaire_panel", "{questionnaire}, %n answered,", None,
                          answered).format(questionnaire=self.describe(opened))
        self.refresh()
        return words

    def type_in_paper(self, instrument_id: str) -> None:
        """The paper-entry window on this questionnaire and round. It has no parent, so it stays open after
        the session ends: paper sheets are usually typed in after class."""
        from app.ui.measure import open_paper_entry

        measure = self.runner.slide.measure
        window = open_paper_entry(None, self.store, self.curriculum, self.class_id, instrument_id=instrument_id,
                                  round_name=measure)
        for box, wanted in ((window.instrument_box, instrument_id), (window.round_box, measure)):
            index = box.findData(wanted)   # an already open window keeps its own choice unless told
            if index >= 0 and index != box.currentIndex():
                box.setCurrentIndex(index)

    def shutdown(self) -> str:
        """The session ends: stop reading, and close what is open to students. Returns what was closed."""
        self._timer.stop()
        try:
            return self.close_round()
        except Exception:   # ending the session must never fail on this
            log.exception("questionnaire panel: could not close the open round at the end of the session")
            return ""
