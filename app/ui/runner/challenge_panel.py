"""The challenge steps in the console: start this week's challenge for the class, or, a session later, see
how many check-ins were written and finish it.

Starting it is what makes the challenge real for students: from that day, each school day's task and
check-in come first among today's prompts in student mode, on their devices and on printed journal sheets.
Only counts are shown, never who wrote a check-in or what.
"""

from __future__ import annotations

import logging
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from app.journal.prompts import challenge_day
from app.store.challenge_checkins import checkin_count
from app.store.classnet import class_challenge, set_class_challenge
from app.store.db import StoreError
from app.ui import theme
from app.ui.dates import long_date
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.controller import SessionRunner

log = logging.getLogger(__name__)

KEY = "Ctrl+Shift+H"
START = QT_TRANSLATE_NOOP("runner.challenge_panel", "Start the challenge for this class ({key})")
RESTART = QT_TRANSLATE_NOOP("runner.challenge_panel", "Start it again from today ({key})")
FINISH = QT_TRANSLATE_NOOP("runner.challenge_panel", "Finish the challenge ({key})")


def label(text: str) -> str:
    """The button's words (START, RESTART or FINISH) with its key."""
    return translate("runner.challenge_panel", text).format(key=KEY)


class ChallengePanel(QFrame):
    """Shown only at a challenge step: where the class is in the challenge, and the one thing to do there."""

    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        self.setObjectName("challengePanel")
        self.setAccessibleName(translate("runner.challenge_panel", "Challenge"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel()
        self.status.setObjectName("challengeStatus")
        self.status.setAccessibleName(translate("runner.challenge_panel", "Where the class is in the challenge"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.action = QAction(label(START), self)
        self.action.setShortcut(QKeySequence(KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _=False: self.act())
        self.addAction(self.action)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(translate("runner.challenge_panel", "Start or finish the challenge"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        column = QVBoxLayout()
        column.addWidget(self.status)
        row.addLayout(column, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = ""
        runner.changed.connect(self.refresh)
        self.hide()

    def _challenge(self):
        slide = self.runner.slide
        return next((c for c in self.runner.curriculum.challenges if c.id == slide.challenge), None)

    def refresh(self) -> None:
        slide = self.runner.slide
        challenge = self._challenge() if slide.kind == "challenge" else None
        self.setVisible(challenge is not None)
        self.action.setEnabled(challenge is not None)
        if challenge is None:
            return
        try:
            chosen = class_challenge(self.runner.store, self.runner.class_id)
        except StoreError as error:
            self.status.setText(theme.span(escape(translate("runner.challenge_panel", "The class's challenge could "
                                                            "not be read: {error}").format(error=error)), "danger"))
            return
        today = date.today()
        ours = chosen is not None and chosen.challenge_id == challenge.id
        day = challenge_day(chosen.started, today, len(challenge.days)) if ours and chosen else None
        lines = [f"<b>{escape(challenge.title)}</b>"]
        if ours and chosen:
            # Translators: where the class is, after "Started for this class on <date>:"
            when = (translate("runner.challenge_panel", "day {day} of {days} today").format(
                        day=day, days=len(challenge.days)) if day is not None
                    else translate("runner.challenge_panel", "starts on {date}").format(date=long_date(chosen.started))
                    if chosen.started > today
                    else translate("runner.challenge_panel", "its five school days are over"))
            lines.append(translate("runner.challenge_panel", "Started for this class on {date}: {when}.").format(
                date=escape(long_date(chosen.started)), when=when))
            try:
                count = checkin_count(self.runner.store, self.runner.class_id, challenge.id, chosen.started)
                entries, students = count.entries, count.students   # plain names: lupdate reads no other count
                # Translators: "3 check-ins written" by "2 students" so far…
                lines.append(translate("runner.challenge_panel", "{checkins} by {students} so far (counts only: never "
                                       "who or what).").format(
                    checkins=translate("runner.challenge_panel", "%n check-in(s) written", None, entries),
                    students=translate("runner.challenge_panel", "%n student(s)", None, students)))
            except StoreError as error:
                lines.append(theme.span(escape(str(error)), "danger"))
        elif chosen is not None:
            other = next((c.title for c in self.runner.curriculum.challenges if c.id == chosen.challenge_id),
                         chosen.challenge_id)
            lines.append(translate("runner.challenge_panel", "The class's challenge now is {challenge}; starting this "
                                   "one replaces it.").format(challenge=escape(other)))
        else:
            lines.append(translate("runner.challenge_panel", "Not started for this class yet."))
        debrief = slide.challenge_step == "debrief"
        if debrief:
            lines.append(translate("runner.challenge_panel", "Finishing it takes its check-ins off today's prompts; "
                                   "what students wrote is kept."))
            self.action.setText(label(FINISH))
            self.action.setEnabled(ours)
        else:
            lines.append(translate("runner.challenge_panel", "Starting it puts each day's task and check-in first "
                                   "among today's prompts: in student mode, on devices and on printed journal "
                                   "sheets."))
            self.action.setText(label(RESTART if ours else START))
        if self.message:
            lines.append(theme.span(escape(self.message), "danger"))
        self.status.setText("<br>".join(lines))

    def act(self) -> None:
        challenge = self._challenge()
        if self.runner.slide.kind != "challenge" or challenge is None:
            return
        finish = self.runner.slide.challenge_step == "debrief"
        try:
            set_class_challenge(self.runner.store, self.runner.class_id, None if finish else challenge.id)
        except StoreError as error:
            log.warning("challenge not %s: %s", "finished" if finish else "started", error)
            self.message = translate("runner.challenge_panel", "Not saved: {error}").format(error=error)
        else:
            self.message = ""
            log.info("challenge %s %s for class %s", challenge.id, "finished" if finish else "started",
                     self.runner.class_id)
        self.refresh()
