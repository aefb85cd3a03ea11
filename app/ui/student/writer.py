"""The writer: one signed-in student's own journal, where nothing typed is lost.

Autosave runs at most 700 ms after the first keystroke not yet saved, even while the student types on
without a pause, so a crash at any moment loses less than a second of typing. A failed save keeps
the words on screen under a red banner and is tried again every 3 s. Only this student's entries are listed,
and nothing of the facilitator's (notes, read marks) is ever shown here.

Keys: Ctrl+D done, Ctrl+N new entry, Ctrl+S save now, Ctrl+P print, Ctrl+- / Ctrl+= smaller / larger type.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QHideEvent, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.curriculum import Curriculum
from app.journal.prompts import challenge_task
from app.store import Store
from app.store.journal import (
    VISIBILITIES,
    Author,
    NotSaved,
    OwnEntry,
    delete_own_entry,
    has_pin,
    own_entries,
    save_entry,
    set_pin,
)
from app.store.sealing import pin_problem
from app.ui.dates import time_of_day
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.models import ItemRole
from app.ui.student.entries import RETRY_MS, HeldDraft, HeldDrafts
from app.ui.student.pin_pad import PinSetDialog
from app.ui.student.prompts import FREE_TEXT, prompt_label
from app.ui.student.writer_view import FONT_STEP, WriterView
from app.ui.widgets import confirm

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700
PRIVATE_HELP = QT_TRANSLATE_NOOP("student.writer", "Private entries are never shown to anyone else in the app.")
NEW_STATUS = QT_TRANSLATE_NOOP("student.writer", "Start writing. Your words save by themselves.")


class WriterPage(WriterView):
    done = Signal()

    def __init__(self, store: Store, curriculum: Curriculum, *, class_name: str, session_id: str | None = None,
                 prompt_ids: Sequence[str] = ()) -> None:
        super().__init__(curriculum, prompt_ids)
        self.store, self.class_name, self.session_id = store, class_name, session_id
        self.author: Author | None = None
        self.name = ""
        self.entry_id: str | None = None
        self.prompt_id = self.prompts.default
        self._dirty = False
        self._loading = False
        self.autosave_timer = self._timer(AUTOSAVE_MS)
        self.retry_timer = self._timer(RETRY_MS)
        self.drafts = HeldDrafts(store, self)
        for name, slot in (("smaller", lambda: self.set_font_size(self.font_pt - FONT_STEP)),
                           ("larger", lambda: self.set_font_size(self.font_pt + FONT_STEP)),
                           ("done", self.finish), ("new", self.new_entry), ("save", self.save_now),
                           ("delete", self.delete_entry), ("pin", self.choose_pin), ("print", self.print_journal)):
            self.actions_by_name[name].triggered.connect(lambda _=False, slot=slot: slot())
        self.prompts.chosen.connect(self._prompt_chosen)
        self.editor.textChanged.connect(self._text_changed)
        self.visibility.idClicked.connect(self._visibility_chosen)
        self.entries.clicked.connect(self._entry_clicked)
        self.entries.activated.connect(self._entry_clicked)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.save_now)
        return timer

    # --- signing in and out ---------------------------------------------------------------------------------
    def begin(self, author: Author, name: str) -> None:
        """Open the writer for a student who just signed in; their held draft, if any, comes back on screen."""
        self.author, self.name = author, name
        self.hello.setText(translate("student.writer", "Hello, {name}").format(name=name))
        self._refresh_entries()
        held = self.drafts.take(author.student_id)
        if held is None:
            self._load(None, "", "private", self.prompts.default)
        else:
            self._load(held.entry_id, held.body, held.visibility, held.prompt_id)
            self._dirty = True
            self.save_now()
        self.editor.setFocus()

    def end(self) -> bool:
        """Save, then forget the student: their key leaves memory and nothing of theirs stays on screen.

        Returns whether the words are stored; if not, they wait in `drafts` (memory only) and are retried.
        """
        saved = self.save_now()
        if not saved and self.author is not None:
            self.drafts.hold(HeldDraft(self.author, self.entry_id, self.editor.toPlainText(), self._visibility(),
                                       self.prompt_id, self.session_id))
        self.autosave_timer.stop()
        self.retry_timer.stop()
        self.author, self.name = None, ""
        self._load(None, "", "private", self.prompts.default)
        self.model.set_items([])
        self.hello.clear()
        return saved

    def finish(self) -> None:
        if self.author is not None:
            self.done.emit()

    # --- saving ---------------------------------------------------------------------------------------------
    def _visibility(self) -> str:
        return VISIBILITIES[max(0, self.visibility.checkedId())]

    def _text_changed(self) -> None:
        if self._loading or self.author is None:
            return
        self._dirty = True
        self.status.setText(translate("student.writer", "Saving…"))
        if not self.autosave_timer.isActive():  # not restarted per key: steady typing must save too
            self.autosave_timer.start()

    def save_now(self) -> bool:
        """Store what is on screen now; True when it is stored (or there is nothing to store)."""
        self.autosave_timer.stop()
        if self.author is None or not self._dirty:
            return True
        body = self.editor.toPlainText()
        if self.entry_id is None and not body.strip():
            self._dirty = False
            self.status.setText(translate("student.writer", NEW_STATUS))
            return True
        try:
            self.entry_id = save_entry(self.store, self.author, self.entry_id, body=body,
                                       visibility=self._visibility(), prompt_id=self.prompt_id,
                                       session_id=self.session_id)
        except NotSaved as error:
            log.warning("student mode: entry not saved: %s", error)
            self.banner.setText(str(error))
            self.banner.show()
            self.status.setText(translate("student.writer", "Not saved yet: trying again in a moment…"))
            self.retry_timer.start()
            return False
        self._dirty = False
        self.retry_timer.stop()
        self.banner.hide()
        self.status.setText(translate("student.writer", "Saved at {time}").format(time=time_of_day(datetime.now())))
        self._refresh_entries()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- entries --------------------------------------------------------------------------------------------
    def _refresh_entries(self) -> None:
        if self.author is None:
            return
        self.model.set_items(own_entries(self.store, self.author))
        row = self.model.row_of(self.entry_id)
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))
        else:
            self.entries.clearSelection()

    def _load(self, entry_id: str | None, body: str, visibility: str, prompt_id: str | None) -> None:
        self._loading = True
        self.entry_id, self.prompt_id = entry_id, prompt_id
        self.editor.setPlainText(body)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.visibility.button(VISIBILITIES.index(visibility)).setChecked(True)
        self.prompts.set_prompt(prompt_id)
        self._loading = False
        self._dirty = False
        self.banner.hide()
        self.retry_timer.stop()
        self._show_prompt()
        self._show_help()
        self.status.setText(translate("student.writer", NEW_STATUS) if entry_id is None else
                            translate("student.writer", "Your entry is open: read it or write on."))
        row = self.model.row_of(entry_id)
        if row < 0:
            self.entries.clearSelection()

    def _entry_clicked(self, index: QModelIndex) -> None:
        entry: OwnEntry | None = index.data(ItemRole)
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: OwnEntry) -> bool:
        if entry.locked:
            self.status.setText(translate("student.writer",
                                          "That entry was written before a PIN reset, so it cannot be opened."))
            return False
        if entry.id == self.entry_id:
            return True
        if not self.save_now():
            return False
        self._load(entry.id, entry.body, entry.visibility, entry.prompt_id)
        self.editor.setFocus()
        return True

    def new_entry(self) -> bool:
        if self.author is None or not self.save_now():
            return False
        self._load(None, "", "private", self.prompts.default)
        self._refresh_entries()
        self.editor.setFocus()
        return True

    def delete_entry(self) -> None:
        if self.author is None:
            return
        if self.entry_id is None and not self.editor.toPlainText().strip():
            self.status.setText(translate("student.writer", "There is nothing to delete yet."))
            return
        if not confirm(self, translate("student.writer", "Delete entry"),
                       translate("student.writer", "Delete this entry for good? It cannot be brought back.")):
            return
        if self.entry_id is not None:
            try:
                delete_own_entry(self.store, self.author, self.entry_id)
            except Exception:  # a busy or full disk: say so, keep the entry open
                log.exception("student mode: entry not deleted")
                self.status.setText(translate("student.writer",
                                              "The entry could not be deleted just now. Try again in a moment."))
                return
        self._load(None, "", "private", self.prompts.default)
        self._refresh_entries()
        self.status.setText(translate("student.writer", "The entry is deleted."))

    # --- choices --------------------------------------------------------------------------------------------
    def _prompt_chosen(self, prompt_id: str | None) -> None:
        self.prompt_id = prompt_id
        self._show_prompt()
        self._dirty = True
        self.save_now()
        self.editor.setFocus()

    def _show_prompt(self) -> None:
        task = challenge_task(self.curriculum, self.prompt_id)   # a check-in shows the day's task above its question
        if self.prompt_id:
            label = prompt_label(self.curriculum, self.prompt_id)
        else:
            label = translate("student.prompts", FREE_TEXT)   # the constant's own context
        if task:
            # Translators: {task} is what the class's challenge asks of them today
            today = translate("student.writer", "Today: {task}").format(task=task)
            label = f"{today}\n{label}"
        self.prompt_text.setText(label)

    def _visibility_chosen(self, _number: int) -> None:
        self._show_help()
        self._dirty = True
        self.save_now()

    def set_visibility(self, visibility: str) -> None:
        """Choose who can read the open entry, as a click on its radio button does."""
        self.visibility.button(VISIBILITIES.index(visibility)).click()

    def _show_help(self) -> None:
        locked = self.author is not None and self.author.key is not None
        also = (translate("student.writer", "They are also locked with your PIN.") if locked else
                translate("student.writer", "With a PIN, they are also locked with it."))
        self.visibility_help.setText(f"{translate('student.writer', PRIVATE_HELP)} {also}")
        self.actions_by_name["pin"].setText(translate("student.writer", "Change my PIN…") if locked else
                                            translate("student.writer", "Set a PIN…"))
        self.buttons["pin"].setAccessibleName(translate("student.writer", "Change my PIN") if locked else
                                              translate("student.writer", "Set a PIN"))

    # --- PIN and printing -----------------------------------------------------------------------------------
    def choose_pin(self) -> None:
        if self.author is None:
            return
        dialog = PinSetDialog(self, changing=has_pin(self.store, self.author.student_id))
        if dialog.exec() == PinSetDialog.DialogCode.Accepted:
            problem = self.apply_pin(dialog.pin())
            if problem:
                QMessageBox.warning(self, translate("student.writer", "PIN"), problem)

    def apply_pin(self, pin: str) -> str | None:
        """Set the PIN and keep the new key; the reason in a student's words when it cannot be set."""
        if self.author is None:
            return translate("student.writer", "Nobody is signed in.")
        if problem := pin_problem(pin):
            return problem
        if not self.save_now():
            return translate("student.writer",
                             "Your writing is not saved yet, so the PIN cannot be set now. Try again in a moment.")
        try:
            self.author = set_pin(self.store, self.author, pin)
        except Exception:  # a busy or full disk: the old PIN (or none) stays as it was
            log.exception("student mode: PIN not set")
            return translate("student.writer", "The PIN could not be set just now. Try again in a moment.")
        self._refresh_entries()
        self._show_help()
        self.status.setText(translate("student.writer", "Your PIN is set. Your private entries are locked with it."))
        return None

    def print_journal(self) -> None:
        if self.author is None:
            return
        self.save_now()
        # Translators: the file name offered for the student's journal PDF; {name} is the student's name
        suggested = str(Path.home() / translate("student.writer", "{name} journal.pdf").format(name=self.name))
        path, _ = QFileDialog.getSaveFileName(self, translate("student.writer", "Print my journal"), suggested,
                                              translate("student.writer", "PDF files (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> bool:
        """The student's own booklet as a PDF they can print; a clear message when the folder cannot be written."""
        from app.journal.booklets import student_booklet
        from app.printing.journal_pdf import write_journal_pdf

        if self.author is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            prompts = {pid: prompt.text for pid, prompt in self.curriculum.prompts.items()}
            write_journal_pdf([student_booklet(self.store, self.author, self.name, prompts)], path,
                              class_name=self.class_name, audience="student")
        except OSError as error:
            log.warning("student mode: journal PDF not written to %s: %s", path, error)
            QMessageBox.warning(self, translate("student.writer", "Print my journal"),
                                translate("student.writer", "Your journal could not be saved as {path} ({reason}). "
                                                            "Try another folder, such as Documents or a USB stick.")
                                .format(path=path, reason=error.strerror or error))
            return False
        self.status.setText(translate("student.writer", "Your journal is saved as {file}. Open it to print it.")
                            .format(file=path.name))
        return True
