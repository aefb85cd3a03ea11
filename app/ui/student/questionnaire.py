"""The questionnaire in student mode: one question at a time, in large type, for the student signed in.

Each answer is saved the moment it is given (source "kiosk"), so the idle lock, a crash or a student walking off
loses nothing, and coming back starts at the first question not yet answered, with earlier answers shown chosen.
Skipping is always offered and said plainly: a child who would rather not answer must never feel stuck. Reverse-
scored items look exactly like the others (scoring happens elsewhere). When a save fails the answer stays chosen
and the page says so; when the facilitator closed the round meanwhile, the page says that instead.

Keys: 1–5 choose an answer, Tab moves between the buttons, Enter or Space presses the one with the focus,
Esc goes back to the writing (every answer given is already saved).
"""

from __future__ import annotations

import logging
import time
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.curriculum import Curriculum
from app.store import Store
from app.store.db import StoreError
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.student.questionnaire_offer import Closed, OpenRound, open_round, save_answer

log = logging.getLogger(__name__)

SKIP_ANY = QT_TRANSLATE_NOOP("student.questionnaire", "You can skip any question.")
PRIVATE = QT_TRANSLATE_NOOP("student.questionnaire", "Nobody in your class sees your answers.")
NOT_SAVED = QT_TRANSLATE_NOOP("student.questionnaire",
                              "Your answer is not saved yet: the laptop is busy. Choose it again in a moment.")
# Translators: “Skip this one” is the button's words: say them as that button is translated
SKIP_NOT_SAVED = QT_TRANSLATE_NOOP("student.questionnaire", "Skipping is not saved yet: the laptop is busy. "
                                                            "Press “Skip this one” again in a moment.")
SKIPPED_BEFORE = QT_TRANSLATE_NOOP("student.questionnaire",
                                   "You skipped this one before. You can answer it now, or skip it again.")
SETTLE_SECONDS = 0.4  # a click this soon after an answer moved on is the second half of a double click


def _label(name: str, accessible: str, *, centred: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, name: str = "", accessible: str = "") -> QPushButton:
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setAccessibleName(accessible or text)
    button.setAutoDefault(True)  # Enter presses the focused button, outside a dialog too
    return button


class QuestionnairePage(QWidget):
    back = Signal()  # back to the writer: every answer given is already saved

    def __init__(self, store: Store, curriculum: Curriculum, class_id: str) -> None:
        super().__init__()
        self.store, self.curriculum, self.class_id = store, curriculum, class_id
        self.student_id: str | None = None
        self.name = ""
        self.round: OpenRound | None = None
        self.answers: dict[str, int | None] = {}
        self.index = 0
        self._moved_at = 0.0  # when an answer last moved the page on (time.monotonic)
        self.setAccessibleName(translate("student.questionnaire", "Questionnaire"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 18, 36, 22)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.title = _label("questionTitle", translate("student.questionnaire", "Questionnaire"))
        top.addWidget(self.title, 1)
        self.leave_button = _button(translate("student.questionnaire", "Back to my writing"))
        self.leave_button.setToolTip(translate("student.questionnaire", "Your answers are already saved (Esc)"))
        self.leave_button.clicked.connect(self.back)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.progress = _label("questionProgress", translate("student.questionnaire", "Progress"))
        outer.addWidget(self.progress)
        self.intro = _label("questionIntro", translate("student.questionnaire", "About these questions"))
        outer.addWidget(self.intro)
        self.views = QStackedWidget()
        self.views.addWidget(self._question_view())
        self.views.addWidget(self._end_view())
        outer.addWidget(self.views, 1)

    def _question_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addStretch(1)
        self.item = _label("questionItem", translate("student.questionnaire", "Question"), centred=True)
        self.item.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the focus rests here, not on an answer
        self.item.setMinimumHeight(self.item.fontMetrics().height() * 2)
        column.addWidget(self.item)
        self.earlier = _label("questionEarlier", translate("student.questionnaire", "Earlier answer"), centred=True)
        column.addWidget(self.earlier)
        column.addSpacing(12)
        self.answer_row = QHBoxLayout()
        self.answer_row.setSpacing(14)
        column.addLayout(self.answer_row)
        # No QButtonGroup: Tab would then stop at one answer only, and a student who knows Tab expects each
        self.answer_buttons: list[QPushButton] = []
        self.values: list[int] = []  # the answer each button gives, in the same order
        self.skip_button = _button(translate("student.questionnaire", "Skip this one"), "skipButton",
                                   translate("student.questionnaire", "Skip this question"))
        self.skip_button.setToolTip(translate("student.questionnaire", "You can skip any question"))
        self.skip_button.clicked.connect(lambda: self.choose(None))
        column.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignHCenter)  # near the answers: easy to find
        self.hint = _label("questionIntro", translate("student.questionnaire", "Keys"), centred=True)
        column.addWidget(self.hint)
        self.message = _label("studentMessage", translate("student.questionnaire", "Message"), centred=True)
        column.addWidget(self.message)
        column.addStretch(1)
        nav = QHBoxLayout()
        self.previous_button = _button(translate("student.questionnaire", "← Back"),
                                       accessible=translate("student.questionnaire", "Back to the previous question"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button = _button(translate("student.questionnaire", "Next →"),
                                   accessible=translate("student.questionnaire", "Next question, keeping my answer"))
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column.addLayout(nav)
        return view

    def _end_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.addStretch(1)
        self.end_heading = _label("studentHeading", translate("student.questionnaire", "Questionnaire finished"),
                                  centred=True)
        column.addWidget(self.end_heading)
        self.end_text = _label("studentSubheading",
                               translate("student.questionnaire", "What happens to your answers"), centred=True)
        column.addWidget(self.end_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again_button = _button(translate("student.questionnaire", "Look over my answers"))
        self.again_button.clicked.connect(lambda: self._show_item(0))
        self.return_button = _button(translate("student.questionnaire", "Back to my writing"), "primaryButton")
        self.return_button.clicked.connect(self.back)
        row.addWidget(self.again_button)
        row.addSpacing(16)
        row.addWidget(self.return_button)
        row.addStretch(1)
        column.addSpacing(18)
        column.addLayout(row)
        column.addStretch(2)
        return view

    # --- starting and forgetting ----------------------------------------------------------------------------
    def begin(self, student_id: str, name: str) -> None:
        """Open the questionnaire open now for this student, at their first question not yet answered."""
        self.student_id, self.name = student_id, name
        self.round = open_round(self.store, self.curriculum, self.class_id, student_id)
        if self.round is None:
            self._show_closed()
            return
        self.answers = dict(self.round.answered)
        self.title.setText(translate("student.questionnaire", "Questionnaire: {title}").format(title=self.round.title))
        skip = "" if "skip" in self.round.instructions.lower() else translate("student.questionnaire", SKIP_ANY)
        private = translate("student.questionnaire", PRIVATE)
        self.intro.setText(" ".join(part for part in (self.round.instructions, skip, private) if part))
        self._make_answers(self.round)
        first = next((n for n, (item_id, _) in enumerate(self.round.items) if item_id not in self.answers), 0)
        self._show_item(first)

    def end(self) -> None:
        """Forget the student: nothing of their answers stays in memory or on screen for the next person."""
        self.student_id, self.name, self.round, self.answers, self.index = None, "", None, {}, 0
        for label in (self.title, self.progress, self.intro, self.item, self.earlier, self.message,
                      self.end_heading, self.end_text):
            label.clear()
        self._make_answers(None)
        self.views.setCurrentIndex(0)

    def _make_answers(self, found: OpenRound | None) -> None:
        for button in self.answer_buttons:
            self.answer_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.answer_buttons, self.values = [], []
        choices = found.choices if found else ()
        for number, (value, label) in enumerate(choices, start=1):
            button = _button(label, "answerButton", label)
            button.setCheckable(True)
            described = translate("student.questionnaire", "Answer {number} of {count} (key {number})")
            button.setAccessibleDescription(described.format(number=number, count=len(choices)))
            button.setToolTip(translate("student.questionnaire", "Key {number}").format(number=number))
            button.clicked.connect(lambda _=False, value=value: self._clicked(value))
            self.answer_row.addWidget(button, 1)
            self.answer_buttons.append(button)
            self.values.append(value)
        self.hint.setText(translate("student.questionnaire", "Tip: keys 1 to {last} choose an answer too. "
                                                             "You can skip any question.").format(last=len(choices))
                          if choices else "")
        chain: list[QWidget] = [self.item, *self.answer_buttons, self.skip_button, self.previous_button,
                                self.next_button, self.leave_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- moving between questions ---------------------------------------------------------------------------
    def current_item(self) -> str | None:
        if self.round is None or self.views.currentIndex() != 0 or not self.round.items:
            return None
        return self.round.items[self.index][0]

    def _show_item(self, index: int) -> None:
        if self.round is None:
            return
        self.index = max(0, min(index, len(self.round.items) - 1))
        self._moved_at = 0.0  # moved by Back or Next: the next click is meant (choose() sets it after an answer)
        item_id, text = self.round.items[self.index]
        self.views.setCurrentIndex(0)
        number, count = self.index + 1, len(self.round.items)
        self.progress.setText(translate("student.questionnaire", "Question {number} of {count}")
                              .format(number=number, count=count))
        self.progress.setAccessibleDescription(translate("student.questionnaire", "{number} of {count}")
                                               .format(number=number, count=count))
        self.intro.setVisible(True)
        self.leave_button.setVisible(True)
        self.item.setText(text)
        self.item.setAccessibleDescription(text)
        earlier = self.answers.get(item_id)
        self._select(earlier)
        skipped = item_id in self.answers and earlier is None
        self.earlier.setText(translate("student.questionnaire", SKIPPED_BEFORE) if skipped else "")
        self.earlier.setVisible(bool(self.earlier.text()))
        self.message.clear()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setVisible(item_id in self.answers)
        self.item.setFocus()

    def _select(self, value: int | None) -> None:
        for button, given in zip(self.answer_buttons, self.values, strict=True):
            button.setChecked(given == value)

    def previous(self) -> None:
        if self.current_item() is not None and self.index > 0:
            self._show_item(self.index - 1)

    def next(self) -> None:
        """On to the next question, keeping this one's answer (offered only once it has one)."""
        item_id = self.current_item()
        if self.round is not None and item_id is not None and item_id in self.answers:
            if self.index + 1 < len(self.round.items):
                self._show_item(self.index + 1)
            else:
                self._show_thanks()

    # --- answering ------------------------------------------------------------------------------------------
    def _clicked(self, value: int) -> None:
        if time.monotonic() - self._moved_at < SETTLE_SECONDS:  # not an answer to the question just shown
            self._select(self.answers.get(self.current_item() or ""))
            return
        self.choose(value)

    def choose(self, value: int | None) -> bool:
        """Save this answer for the question on screen (None: skipped) and move on; False when not saved."""
        item_id = self.current_item()
        if item_id is None or self.round is None or self.student_id is None:
            return False
        if value is not None:  # shown chosen at once (a click on the chosen one keeps it), kept if not saved
            self._select(value)
        try:
            save_answer(self.store, self.class_id, self.round.round_id, self.student_id, item_id, value)
        except Closed:
            log.info("student mode: questionnaire round closed while a student was answering")
            self._show_closed()
            return False
        except StoreError as error:
            log.warning("student mode: questionnaire answer not saved: %s", error)
            self.message.setText(translate("student.questionnaire", SKIP_NOT_SAVED if value is None else NOT_SAVED))
            return False
        self.answers[item_id] = value
        self.next()
        self._moved_at = time.monotonic()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        number = int(typed) if len(typed) == 1 and typed in "123456789" else 0
        if number and event.isAutoRepeat():
            event.accept()  # a key held down must not answer question after question
        elif number and self.current_item() is not None and number <= len(self.answer_buttons):
            self.answer_buttons[number - 1].setFocus()
            self.choose(self.values[number - 1])
            event.accept()
        elif event.key() == Qt.Key.Key_Escape and self.student_id is not None:
            self.back.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    # --- the end --------------------------------------------------------------------------------------------
    def _show_end(self, heading: str, text: str, *, again: bool) -> None:
        self.views.setCurrentIndex(1)
        self.progress.clear()
        self.intro.setVisible(False)
        self.leave_button.setVisible(False)  # the end view has its own, larger one
        self.end_heading.setText(heading)
        self.end_text.setText(text)
        self.again_button.setVisible(again)
        self.return_button.setFocus()

    def _show_thanks(self) -> None:
        if self.round is None:
            return
        given = [self.answers[item_id] for item_id, _ in self.round.items if item_id in self.answers]
        answered = sum(1 for value in given if value is not None)
        skipped = len(given) - answered
        counts = (translate("student.questionnaire", "You answered %n question(s) and skipped {skipped}.", None,
                            answered).format(skipped=skipped) if skipped else
                  translate("student.questionnaire", "You answered %n question(s).", None, answered))
        said = (translate("student.questionnaire", "Your answers are saved."), counts,
                translate("student.questionnaire", "Nobody in your class sees them."))
        self._show_end(translate("student.questionnaire", "Thank you, {name}!").format(name=self.name), " ".join(said),
                       again=True)

    def _show_closed(self) -> None:
        self.round = None
        self.answers = {}
        self._make_answers(None)
        self.title.setText(translate("student.questionnaire", "Questionnaire"))
        self._show_end(translate("student.questionnaire", "This questionnaire has closed"),
                       translate("student.questionnaire",
                                 "Your facilitator closed it. Any answers you gave before are saved."), again=False)

    def at_end(self) -> bool:
        """Whether the thank-you (or the closed) message is on screen rather than a question."""
        return self.views.currentIndex() == 1
