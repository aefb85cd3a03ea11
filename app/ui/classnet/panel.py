"""The facilitator's class network panel: open or closed, where students go, who has joined, who wrote.

Non-modal, so it stays open beside the presenter console during writing time. It refreshes every two
seconds while it is shown. It shows names, ticks and counts, never a student's words: the facilitator can
honestly tell the class "I can see that you've written, not what you've written".
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.classnet.server import ClassNetwork, Presence
from app.curriculum import Curriculum
from app.journal.prompts import challenge_day
from app.store.classnet import class_challenge, set_class_challenge
from app.store.db import StoreError
from app.ui import theme
from app.ui.classnet.join_card import NO_NETWORK, spaced
from app.ui.classnet.presence_model import PresenceModel, StudentRole, since_midnight, summary
from app.ui.dates import long_date
from app.ui.i18n import translate
from app.ui.widgets import confirm

log = logging.getLogger(__name__)

REFRESH_MS = 2_000


class ClassNetworkPanel(QDialog):
    toggle_requested = Signal()       # open or close the class to devices
    join_card_requested = Signal()    # show the join card on the projector

    def __init__(self, parent: QWidget | None, network: ClassNetwork, curriculum: Curriculum) -> None:
        super().__init__(parent)
        self.setObjectName("classNetworkPanel")
        self.setAccessibleName(translate("classnet.panel", "Class network"))
        self.setModal(False)
        self.curriculum = curriculum
        self.network = network
        self.rows: list[Presence] = []
        self.toggle_action = self._action(translate("classnet.panel", "Open to devices"), "Ctrl+Shift+O",
                                          self.toggle_requested.emit)
        self.join_action = self._action(translate("classnet.panel", "Show join card on the projector"), "J",
                                        self.join_card_requested.emit)
        self.release_action = self._action(translate("classnet.panel", "Release name"), "", self.release)
        self.sign_out_action = self._action(translate("classnet.panel", "Sign out device…"), "", self.sign_out)
        self.release_action.setToolTip(
            translate("classnet.panel", "Free the selected name, so the student can pick it on another device"))
        self.sign_out_action.setToolTip(
            translate("classnet.panel", "Send the selected student's device back to the join screen (asks first)"))

        self.state = self._label("netState", translate("classnet.panel", "Class network state"))
        self.address = self._label("netAddress", translate("classnet.panel", "Address for students"))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = self._label("netCode", translate("classnet.panel", "Join code"))
        self.challenge = QComboBox()
        self.challenge.setAccessibleName(translate("classnet.panel", "Challenge of the week"))
        self.challenge.addItem(translate("classnet.panel", "No challenge"), None)
        for item in curriculum.challenges:
            self.challenge.addItem(item.title, item.id)
        self.challenge.activated.connect(self._challenge_chosen)
        self.challenge_day = self._label("netChallengeDay", translate("classnet.panel", "Challenge day"))
        self.summary = self._label("netSummary", translate("classnet.panel", "How many joined and wrote today"))
        self.model = PresenceModel()
        self.table = QTableView()
        self.table.setObjectName("netStudents")
        self.table.setAccessibleName(translate("classnet.panel", "Students on their devices"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.message = self._label("netMessage", translate("classnet.panel", "Last action"))
        note = self._label("netNote", translate("classnet.panel", "About privacy"))
        note.setText(translate("classnet.panel", "You see who has joined and written, never what they wrote."))
        self._build(note)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.show_network(network)
        self.resize(620, 760)

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)   # buttons keep the "…" that says a question follows
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _label(name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build(self, note: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        top.addWidget(self.state)
        top.addStretch(1)
        self.toggle_button = self._button(self.toggle_action)
        self.toggle_button.setObjectName("netToggle")
        top.addWidget(self.toggle_button)
        layout.addLayout(top)
        where = QGridLayout()
        where.addWidget(QLabel(translate("classnet.panel", "Address")), 0, 0)
        where.addWidget(self.address, 0, 1)
        where.addWidget(QLabel(translate("classnet.panel", "Code")), 1, 0)
        where.addWidget(self.code, 1, 1)
        where.setColumnStretch(1, 1)
        layout.addLayout(where)
        self.join_button = self._button(self.join_action)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        challenge = QHBoxLayout()
        challenge_label = QLabel(translate("classnet.panel", "Challenge of the week"))
        challenge_label.setBuddy(self.challenge)
        challenge.addWidget(challenge_label)
        challenge.addWidget(self.challenge, 1)
        layout.addLayout(challenge)
        layout.addWidget(self.challenge_day)
        from app.ui.classnet.questionnaire_choice import QuestionnaireChoice

        self.questionnaire = QuestionnaireChoice(self.network.store, self.curriculum, self.network.class_id)
        layout.addWidget(self.questionnaire)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for action in (self.release_action, self.sign_out_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)

    # What it shows ------------------------------------------------------------------------------
    def show_network(self, network: ClassNetwork) -> None:
        """Show this class (the app has one class network at a time; another class replaces it here)."""
        if network is not self.network:
            self.message.clear()
        self.network = network
        self.setWindowTitle(translate("classnet.panel", "Devices — {class_name}").format(class_name=network.class_name))
        self.questionnaire.store, self.questionnaire.class_id = network.store, network.class_id
        self._show_challenge()
        self.refresh()

    def refresh(self) -> None:
        network = self.network
        is_open = network.is_open
        self.questionnaire.refresh()
        self.state.setText(translate("classnet.panel", "● Open to devices") if is_open else
                           translate("classnet.panel", "Closed"))
        theme.set_state(self.state, "state", "open" if is_open else "closed")
        self.toggle_action.setText(translate("classnet.panel", "Close to devices") if is_open else
                                   translate("classnet.panel", "Open to devices"))
        self.toggle_action.setIconText(self.toggle_action.text())
        self.toggle_action.setToolTip(f"{self.toggle_action.text()} (Ctrl+Shift+O)")
        self.join_action.setEnabled(is_open)
        addresses = network.addresses() if is_open else []
        if not is_open:
            self.address.setText(translate("classnet.panel", "Students cannot join while the class is closed."))
        else:
            self.address.setText("<br>".join(addresses) if addresses else translate("classnet.join_card", NO_NETWORK))
        theme.set_state(self.address, "state", "shown" if is_open and addresses else "none")
        self.code.setText(spaced(network.code) if is_open else "—")
        self.code.setAccessibleDescription(network.code)
        self._show_rows(network.presence(since_midnight()))

    def _show_rows(self, rows: list[Presence]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.model.set_rows(rows)
        if chosen is not None and self.selected() is None:   # the list was rebuilt: keep the same student
            row = self.model.row_of(chosen.student_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self.summary.setText(summary(rows))
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        held = chosen is not None and chosen.joined and self.network.is_open
        self.release_action.setEnabled(held)
        self.sign_out_action.setEnabled(held)

    def selected(self) -> Presence | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(StudentRole) if rows else None

    def _challenge_now(self) -> tuple[str | None, str, bool]:
        """The class's challenge id (None: none), what to say about its day, and whether its days are over."""
        chosen = class_challenge(self.network.store, self.network.class_id)
        challenge = next((c for c in self.curriculum.challenges if chosen and c.id == chosen.challenge_id), None)
        if chosen is None or challenge is None:
            return None, translate("classnet.panel", "Students can still write from any prompt, or freely."), False
        day = challenge_day(chosen.started, date.today(), len(challenge.days))
        if day is not None:
            said = translate("classnet.panel", "Day {day} of {days} today: students see its check-in.")
            return chosen.challenge_id, said.format(day=day, days=len(challenge.days)), False
        if date.today() < chosen.started:
            return (chosen.challenge_id,
                    translate("classnet.panel", "Starts on {date}.").format(date=long_date(chosen.started)), False)
        return (chosen.challenge_id,
                translate("classnet.panel", "Its days are over: choose it again to start it afresh from today."), True)

    def _show_challenge(self) -> None:
        chosen, said, _over = self._challenge_now()
        self.challenge.setCurrentIndex(max(0, self.challenge.findData(chosen)) if chosen else 0)
        self.challenge_day.setText(said)

    # What the facilitator does ---------------------------------------------------------------------
    def _challenge_chosen(self, index: int) -> None:
        wanted = self.challenge.itemData(index)
        current, _said, over = self._challenge_now()
        if wanted == current and not over:
            return   # the same choice again must not restart the challenge's days
        try:
            set_class_challenge(self.network.store, self.network.class_id, wanted)
        except StoreError as error:
            self.message.setText(translate("classnet.panel", "The challenge was not changed: {error}")
                                 .format(error=error))
            self._show_challenge()
            return
        log.info("challenge of the week for %s: %s", self.network.class_name, wanted or "none")
        self._show_challenge()

    def release(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if self.network.release(chosen.student_id):
            self.message.setText(translate("classnet.panel", "{name}'s name is free: they can pick it on another "
                                                             "device.").format(name=chosen.name))
        else:
            self.message.setText(translate("classnet.panel", "No device holds {name}'s name now.")
                                 .format(name=chosen.name))
        self.refresh()

    def sign_out(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(
                self, translate("classnet.panel", "Sign out this device?"),
                translate("classnet.panel", "Sign out the device using {name}'s name? It goes back to the join screen "
                                            "and needs the code to join again. What they wrote is saved.")
                .format(name=chosen.name)):
            return
        if self.network.sign_out(chosen.student_id):
            self.message.setText(translate("classnet.panel", "{name}'s device is signed out.").format(name=chosen.name))
        else:
            self.message.setText(translate("classnet.panel", "No device holds {name}'s name now.")
                                 .format(name=chosen.name))
        self.refresh()

    # Showing and hiding --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()   # nothing to watch while nobody looks; the network itself keeps serving
        super().hideEvent(event)
