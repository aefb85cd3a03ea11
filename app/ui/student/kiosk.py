"""Student mode: the facilitator's laptop passed around the class, each student writing their own journal.

Screens in a stack: the name tiles, a PIN pad (only for students with a PIN), the writer and, while the
facilitator has a questionnaire open to students, the questionnaire (offered on the writer page). Going back
to the tiles always saves and forgets the student, so the next person never sees the last one's words. A
laptop left alone locks itself after the idle time; only the facilitator's password leaves student mode,
and closing the window is refused until then (a student must not land in the facilitator's windows).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app.curriculum import Curriculum
from app.store import Store
from app.store import kiosk as settings
from app.store.journal import Author, has_pin, sign_in
from app.store.students import Student, students_in
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.student.look import student_stylesheet
from app.ui.student.pin_pad import PinPage
from app.ui.student.questionnaire import QuestionnairePage
from app.ui.student.questionnaire_offer import QuestionnaireOffer, open_round
from app.ui.student.tiles import TilesPage
from app.ui.student.writer import WriterPage
from app.ui.widgets import confirm

log = logging.getLogger(__name__)

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                      QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress})
WRONG_PASSWORD = QT_TRANSLATE_NOOP("student.kiosk", "That is not the facilitator password, so student mode stays on.")


def duration(seconds: int) -> str:
    """'2 minutes', '90 seconds': the idle time as a student would say it."""
    if seconds >= 60 and seconds % 60 == 0:
        minutes = seconds // 60
        return translate("student.kiosk", "%n minute(s)", None, minutes)
    return translate("student.kiosk", "%n second(s)", None, seconds)


class StudentMode(QWidget):
    left = Signal()  # emitted after the facilitator typed the right password to leave

    def __init__(self, store: Store, curriculum: Curriculum, class_id: str, class_name: str, *,
                 session_id: str | None = None, prompt_ids: Sequence[str] = (),
                 idle_seconds: int | None = None) -> None:
        super().__init__()
        self.store, self.curriculum, self.class_id, self.class_name = store, curriculum, class_id, class_name
        self.setObjectName("studentMode")
        self.setAccessibleName(translate("student.kiosk", "Student mode"))
        self.setWindowTitle(translate("student.kiosk", "Student mode — {class_name}").format(class_name=class_name))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(student_stylesheet())
        self.idle_seconds = settings.idle_seconds(store) if idle_seconds is None else idle_seconds
        self.idle_timer = QTimer(self)  # tests shorten its interval
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(self.idle_seconds * 1000)
        self.idle_timer.timeout.connect(self.lock_idle)
        self._may_close = False
        self._watching = False

        self.tiles = TilesPage()
        self.pin = PinPage(store)
        self.writer = WriterPage(store, curriculum, class_name=class_name, session_id=session_id,
                                 prompt_ids=prompt_ids)
        self.questionnaire = QuestionnairePage(store, curriculum, class_id)
        self.offer = QuestionnaireOffer()
        self.writer.offer_slot.addWidget(self.offer)
        self.stack = QStackedWidget()
        for page in (self.tiles, self.pin, self.writer, self.questionnaire):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.tiles.chosen.connect(self.choose_student)
        self.tiles.leave_requested.connect(self.ask_to_leave)
        self.pin.signed_in.connect(self._open_writer)
        self.pin.back.connect(self.show_tiles)
        self.writer.done.connect(self.finish)
        self.offer.open_requested.connect(self.open_questionnaire)
        self.questionnaire.back.connect(self.back_to_writing)
        leave = QAction(translate("student.kiosk", "Leave student mode"), self)
        leave.setShortcut(QKeySequence("Ctrl+Shift+L"))
        leave.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.triggered.connect(self.ask_to_leave)
        self.tiles.addAction(leave)
        self.tiles.leave_button.setToolTip(
            translate("student.kiosk", "For the facilitator: needs the facilitator password (Ctrl+Shift+L)."))
        self.refresh_names()

    def refresh_names(self) -> None:
        self.tiles.set_students(students_in(self.store, self.class_id))

    def signed_in(self) -> bool:
        return self.writer.author is not None

    # --- moving between the screens -------------------------------------------------------------------------
    def choose_student(self, student: Student) -> None:
        if self.stack.currentWidget() is not self.tiles:  # a double tap must not open the next screen twice
            return
        self.tiles.show_note("")
        if has_pin(self.store, student.id):
            self.pin.start(student)
            self.stack.setCurrentWidget(self.pin)
            self.idle_timer.start()
            return
        author = sign_in(self.store, student.id)
        if author is None:
            self.tiles.show_note(translate("student.kiosk", "That name is no longer in this class."))
            self.refresh_names()
            return
        self._open_writer(author, student.display_name)

    def _open_writer(self, author: Author, name: str) -> None:
        self.pin.clear()
        self.writer.begin(author, name)
        self.stack.setCurrentWidget(self.writer)
        self.refresh_offer()
        self.idle_timer.start()

    def refresh_offer(self) -> None:
        """Offer the questionnaire open to students now, with how far this student got (never anyone else's)."""
        author = self.writer.author
        self.offer.show_round(open_round(self.store, self.curriculum, self.class_id, author.student_id)
                              if author is not None else None)

    def open_questionnaire(self) -> None:
        if self.writer.author is None or self.stack.currentWidget() is not self.writer:
            return
        self.writer.save_now()  # the writing is safe before the page changes
        self.questionnaire.begin(self.writer.author.student_id, self.writer.name)
        self.stack.setCurrentWidget(self.questionnaire)

    def back_to_writing(self) -> None:
        if self.writer.author is None:
            self.show_tiles()
            return
        self.stack.setCurrentWidget(self.writer)
        self.refresh_offer()
        self.writer.editor.setFocus()

    def show_tiles(self, note: str = "") -> None:
        self.idle_timer.stop()
        self.pin.clear()
        self.questionnaire.end()
        self.offer.clear()
        self.stack.setCurrentWidget(self.tiles)
        self.refresh_names()
        self.tiles.show_note(note)
        self.tiles.view.setFocus()

    def finish(self) -> None:
        """Done: save, forget the student, back to the names."""
        name = self.writer.name
        saved = self.writer.end()
        self.show_tiles(translate("student.kiosk", "Thank you, {name}. Your writing is saved.").format(name=name)
                        if saved else
                        translate("student.kiosk", "{name}, your last words are not saved yet. "
                                                   "The app keeps them and keeps trying.").format(name=name))

    def lock_idle(self) -> None:
        """Nobody touched the laptop for the idle time: lock the open journal so the next person cannot read it."""
        if self.stack.currentWidget() in (self.writer, self.questionnaire) and self.signed_in():
            name, answering = self.writer.name, self.stack.currentWidget() is self.questionnaire
            saved = self.writer.end()
            log.info("student mode: journal locked after %d s idle (saved: %s)", self.idle_seconds, saved)
            ending = (translate("student.kiosk", "Their writing is saved.") if saved else
                      translate("student.kiosk",
                                "Their last words are not saved yet; the app keeps them and keeps trying."))
            if answering:
                ending += " " + translate("student.kiosk", "Each questionnaire answer was saved as it was given.")
            # Translators: {duration} is the idle time, such as "2 minutes" or "90 seconds"
            locked = translate("student.kiosk", "{name}'s journal was locked after {duration} without typing.")
            self.show_tiles(f"{locked.format(name=name, duration=duration(self.idle_seconds))} {ending}")
        elif self.stack.currentWidget() is self.pin:
            self.show_tiles()

    # --- the idle watch -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._may_close = False  # shown again after leaving: the password is needed again
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def hideEvent(self, event: QHideEvent) -> None:
        self.writer.save_now()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        super().hideEvent(event)

    # --- leaving --------------------------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        if self.stack.currentWidget() is not self.tiles:
            return
        if not settings.has_password(self.store):
            if confirm(self, translate("student.kiosk", "Leave student mode"),
                       translate("student.kiosk", "No facilitator password is set, so anyone can leave student mode. "
                                                  "Leave now? (Set a password in Settings.)")):
                log.warning("student mode left without a facilitator password (none is set)")
                self._leave()
            return
        password, ok = QInputDialog.getText(self, translate("student.kiosk", "Leave student mode"),
                                            translate("student.kiosk", "Facilitator password:"),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.try_leave(password)

    def try_leave(self, password: str) -> bool:
        """Leave when this is the facilitator's password; otherwise say so and stay in student mode."""
        if not settings.check_password(self.store, password):
            self.tiles.show_note(translate("student.kiosk", WRONG_PASSWORD))
            return False
        self._leave()
        return True

    def _leave(self) -> None:
        if self.signed_in():
            self.writer.end()
        self.show_tiles()
        self._may_close = True
        self.left.emit()

    def release(self) -> None:
        """Let the window close without the password (the whole app is quitting)."""
        self.questionnaire.end()
        self.writer.end()
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.writer.save_now()
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()
        if self.stack.currentWidget() is self.tiles:
            self.tiles.show_note(translate("student.kiosk", "Student mode stays open. "
                                                            "Your facilitator can leave it with their password."))
