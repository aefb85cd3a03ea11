"""Typing a PIN on a shared laptop: big digit buttons for touch screens, and a pause after many wrong tries.

The pause (30 s after 5 wrong tries in a row) is per student and kept while the kiosk is open, so a
classmate cannot simply go back to the names and guess on.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store import Store
from app.store.journal import sign_in
from app.store.sealing import PIN_MAX, PIN_TRIES, PIN_WAIT_S, pin_problem
from app.store.students import Student
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

MAX_TRIES = PIN_TRIES
WAIT_SECONDS = PIN_WAIT_S
WRONG_PIN = QT_TRANSLATE_NOOP("student.pin_pad", "That PIN is not right. Try again, or ask your teacher to reset it.")
PIN_EXPLAINED = QT_TRANSLATE_NOOP("student.pin_pad",
                                  "Your PIN locks your private entries. If you forget it, your teacher can reset it, "
                                  "but entries written before that stay locked for ever.")


def pin_edit(accessible: str) -> QLineEdit:
    """A digits-only, hidden-as-typed field."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX}}}"), edit))
    edit.setAccessibleName(accessible)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class PinPage(QWidget):
    signed_in = Signal(object, str)  # Author, display name
    back = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.student: Student | None = None
        self.wait_seconds = WAIT_SECONDS
        self._fails: dict[str, int] = {}
        self._wait_until: dict[str, float] = {}
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_wait)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        self.heading = QLabel()
        self.heading.setObjectName("studentHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.heading)
        hint = QLabel(translate("student.pin_pad", "Type your PIN, then press OK."))
        hint.setObjectName("studentSubheading")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(hint)
        self.edit = pin_edit(translate("student.pin_pad", "Your PIN"))
        self.edit.setObjectName("pinEdit")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setFixedWidth(320)
        self.edit.returnPressed.connect(self.submit)
        outer.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setObjectName("studentMessage")
        self.message.setAccessibleName(translate("student.pin_pad", "PIN message"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.message)
        outer.addLayout(self._pad(), 0)
        outer.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(translate("student.pin_pad", "Back to names"))
        self.back_button.setAccessibleName(translate("student.pin_pad", "Back to names"))
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        outer.addLayout(row)

    def _pad(self) -> QHBoxLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: list[QPushButton] = []
        labels = [str(n) for n in range(1, 10)] + ["⌫", "0", "OK"]
        for position, label in enumerate(labels):
            button = QPushButton(translate("student.pin_pad", "OK") if label == "OK" else label)
            if label == "⌫":
                button.setObjectName("backspaceButton")
                button.setAccessibleName(translate("student.pin_pad", "Delete last digit"))
                button.clicked.connect(self.edit.backspace)
            elif label == "OK":
                button.setObjectName("okButton")
                button.setAccessibleName(translate("student.pin_pad", "OK"))
                button.clicked.connect(self.submit)
            else:
                button.setObjectName("pinDigit")
                button.setAccessibleName(translate("student.pin_pad", "Digit {digit}").format(digit=label))
                button.clicked.connect(lambda _=False, digit=label: self._type(digit))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the field
            grid.addWidget(button, position // 3, position % 3)
            self.keys.append(button)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(grid)
        centred.addStretch(1)
        return centred

    def start(self, student: Student) -> None:
        self.student = student
        self.heading.setText(translate("student.pin_pad", "Hi, {name}").format(name=student.display_name))
        self.edit.clear()
        self.message.clear()
        self._show_wait()
        self.edit.setFocus()

    def clear(self) -> None:
        """Forget who was about to sign in (the idle lock, or Back to names)."""
        self.student = None
        self.edit.clear()
        self.message.clear()
        self._tick.stop()

    def _type(self, digit: str) -> None:
        if len(self.edit.text()) < PIN_MAX:
            self.edit.insert(digit)
        self.edit.setFocus()

    def waiting(self) -> int:
        """Seconds left before this student may try again (0 when they may)."""
        if self.student is None:
            return 0
        return max(0, round(self._wait_until.get(self.student.id, 0.0) - time.monotonic()))

    def _show_wait(self) -> None:
        left = self.waiting()
        for widget in (*self.keys, self.edit):
            widget.setEnabled(left == 0)
        if left:
            self.message.setText(translate("student.pin_pad", "Too many tries. Wait %n second(s), then try again.",
                                           None, left))
            self._tick.start()
        elif self._tick.isActive():
            self._tick.stop()
            self.message.setText(translate("student.pin_pad", "You can try again now."))
            self.edit.setFocus()

    def submit(self) -> bool:
        """Check the typed PIN; True when the student is signed in."""
        if self.student is None or self.waiting():
            return False
        pin = self.edit.text()
        if not pin:
            self.message.setText(translate("student.pin_pad", "Type your PIN first."))
            return False
        author = sign_in(self.store, self.student.id, pin)
        self.edit.clear()
        if author is None:
            fails = self._fails.get(self.student.id, 0) + 1
            self._fails[self.student.id] = fails
            if fails >= MAX_TRIES:
                log.info("student mode: %d wrong PINs in a row, pausing for %d s", fails, self.wait_seconds)
                self._fails[self.student.id] = 0
                self._wait_until[self.student.id] = time.monotonic() + self.wait_seconds
                self._show_wait()
            else:
                self.message.setText(translate("student.pin_pad", WRONG_PIN))
            return False
        self._fails.pop(self.student.id, None)
        self.message.clear()
        self.signed_in.emit(author, self.student.display_name)
        return True


class PinSetDialog(QDialog):
    """Ask for a new PIN twice, and say plainly what a PIN does and what forgetting it costs."""

    def __init__(self, parent: QWidget | None, *, changing: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("student.pin_pad", "Change my PIN") if changing else
                            translate("student.pin_pad", "Set a PIN"))
        layout = QVBoxLayout(self)
        explained = QLabel(translate("student.pin_pad", PIN_EXPLAINED))
        explained.setWordWrap(True)
        layout.addWidget(explained)
        self.first = pin_edit(translate("student.pin_pad", "New PIN"))
        self.second = pin_edit(translate("student.pin_pad", "New PIN again"))
        for text, edit in ((translate("student.pin_pad", "New PIN (4 to 12 digits):"), self.first),
                           (translate("student.pin_pad", "The same PIN again:"), self.second)):
            layout.addWidget(QLabel(text))
            layout.addWidget(edit)
        self.problem = QLabel()
        self.problem.setObjectName("studentMessage")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def pin(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        problem = pin_problem(self.first.text())
        if problem is None and self.first.text() != self.second.text():
            problem = translate("student.pin_pad", "The two PINs are not the same. Type them again.")
        if problem:
            self.problem.setText(problem)
            self.second.clear()
            return
        super().accept()
