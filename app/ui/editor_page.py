"""Editing a facilitator's own copy of an activity or plan: TOML text, checked before saving.

Nothing is saved that the loader would reject, and nothing typed is thrown away without asking.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.curriculum import Curriculum
from app.curriculum.copies import check_text, delete_copy, save_text
from app.ui.i18n import translate
from app.ui.widgets import confirm, page_layout, text_label

log = logging.getLogger(__name__)


class EditorPage(QWidget):
    saved = Signal(Path)
    deleted = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        layout, self.title = page_layout(self)
        hint = text_label(translate("editor_page", "Your own copy, kept in your data folder. Change what you need; "
                                                   "Ctrl+Z undoes. Check and save (Ctrl+S) saves only when the file "
                                                   "is correct. See activities/README.md for the fields."))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("tomlEditor")
        self.editor.setAccessibleName(translate("editor_page", "Copy text (TOML)"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problems = QListWidget()
        self.problems.setObjectName("editorProblems")
        self.problems.setAccessibleName(translate("editor_page", "Problems to fix before saving"))
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        buttons = QHBoxLayout()
        self.save_action = QAction(translate("editor_page", "Check and &save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        save_button = QPushButton(translate("editor_page", "Check and save ({keys})").format(
            keys=self.save_action.shortcut().toString()))
        save_button.clicked.connect(self.save)
        delete_button = QPushButton(translate("editor_page", "Delete this copy…"))
        delete_button.clicked.connect(self.delete)
        buttons.addWidget(save_button)
        buttons.addStretch(1)
        buttons.addWidget(delete_button)
        for widget in (hint, self.editor, self.problems, self.status):
            layout.addWidget(widget, 1 if widget is self.editor else 0)
        layout.addLayout(buttons)
        self.file: Path | None = None
        self._saved_text = ""
        self.curriculum: Curriculum | None = None

    def open_file(self, file: Path, curriculum: Curriculum) -> None:
        self.file, self.curriculum = file, curriculum
        self.title.setText(translate("editor_page", "Editing your copy: {file}").format(file=file.name))
        self._saved_text = file.read_text(encoding="utf-8")
        self.editor.setPlainText(self._saved_text)
        self.problems.clear()
        self.problems.hide()
        self.status.setText("")
        self.editor.setFocus()

    def is_modified(self) -> bool:
        return self.file is not None and self.editor.toPlainText() != self._saved_text

    def save(self) -> bool:
        if self.file is None or self.curriculum is None:
            return False
        text = self.editor.toPlainText()
        problems = check_text(text, self.file, self.curriculum)
        self.problems.clear()
        if problems:
            self.problems.addItems([p.format(self.file.parent) for p in problems])
            self.problems.show()
            self.status.setText(translate("editor_page", "Not saved yet: fix the %n problem(s) above. Your text is "
                                                         "kept here.", None, len(problems)))
            return False
        try:
            save_text(self.file, text)
        except OSError as error:
            log.error("saving %s failed: %s", self.file, error)
            self.status.setText(translate("editor_page", "Could not save ({error}). Free some disk space and press "
                                                         "Ctrl+S again; your text is kept here.").format(
                error=error.strerror or error))
            return False
        self.problems.hide()
        self._saved_text = text
        self.status.setText(translate("editor_page", "Saved."))
        self.saved.emit(self.file)
        return True

    def confirm_leave(self) -> bool:
        """Ask before unsaved changes would be lost; True means it is fine to leave the page."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self, translate("editor_page", "Unsaved changes"),
            translate("editor_page", "Your copy has changes that are not saved. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._saved_text = self.editor.toPlainText()
            return True
        return False

    def delete(self) -> None:
        if self.file is None or self.curriculum is None:
            return
        if not confirm(self, translate("editor_page", "Delete your copy?"),
                       translate("editor_page", "Delete your copy {file}? The shipped version stays as it is.").format(
                           file=self.file.name)):
            return
        try:
            moved = delete_copy(self.file, self.curriculum)
        except OSError as error:
            self.status.setText(translate("editor_page", "Could not delete: {error}").format(error=error))
            return
        log.info("deleted own copy %s (moved to %s)", self.file, moved)
        self._saved_text = self.editor.toPlainText()
        self.deleted.emit(self.file)
