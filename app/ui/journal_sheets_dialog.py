"""Print journal sheets…: journal time on paper for a room without devices, from the window.

The same sheets as `print journal-sheets`: choose the session plan, the class (one named sheet per student,
with the class's challenge check-in and today's picked prompts first) or none (sheets with a name line), and
how many extra sheets. The PDF is made behind the app's progress dialog; the file is asked for through
`ask_path`, which a test replaces (a real file dialog would wait for a click that never comes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.files.atomic import write_atomically
from app.journal.sheets import DEFAULT_BLANK, MAX_BLANK, sheet_content
from app.store.classes import list_classes
from app.store.db import Store
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
TITLE = QT_TRANSLATE_NOOP("journal_sheets_dialog", "Print journal sheets")


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, translate("journal_sheets_dialog", TITLE), str(suggested),
                                          translate("journal_sheets_dialog", "PDF files (*.pdf)"))
    return Path(name) if name else None


class JournalSheetsDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, curriculum: Curriculum, *, plan_id: str | None = None,
                 class_id: str | None = None) -> None:
        super().__init__(parent)
        self.store, self.curriculum = store, curriculum
        self.ask_path: Callable[[QWidget, Path], Path | None] = ask_pdf_path
        self.written: Path | None = None
        self.setWindowTitle(translate("journal_sheets_dialog", TITLE))
        self.setAccessibleName(translate("journal_sheets_dialog", TITLE))
        intro = QLabel(translate("journal_sheets_dialog",
                                 "For journal time without devices: one page per student with the session's prompts, "
                                 "a box to tick the one they write about, lines to write on, and who may read it."))
        intro.setWordWrap(True)
        self.plan_box = QComboBox()
        self.plan_box.setAccessibleName(translate("journal_sheets_dialog", "Session plan"))
        for plan in curriculum.plans:
            self.plan_box.addItem(plan.title, plan.id)
        if plan_id and (row := self.plan_box.findData(plan_id)) >= 0:
            self.plan_box.setCurrentIndex(row)
        self.class_box = QComboBox()
        self.class_box.setAccessibleName(translate("journal_sheets_dialog", "Class"))
        self.class_box.addItem(translate("journal_sheets_dialog", "No class: sheets with a line for the name"), None)
        for summary in list_classes(store):
            self.class_box.addItem(translate("journal_sheets_dialog", "{name}: a sheet for each student, with their "
                                                                      "name").format(name=summary.name), summary.id)
        if class_id and (row := self.class_box.findData(class_id)) >= 0:
            self.class_box.setCurrentIndex(row)
        self.blank = QSpinBox()
        self.blank.setRange(0, MAX_BLANK)
        self.blank.setAccessibleName(translate("journal_sheets_dialog", "Extra sheets with no name"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(translate("journal_sheets_dialog", "Date printed on the sheets"))
        form = QFormLayout()
        form.addRow(translate("journal_sheets_dialog", "&Session:"), self.plan_box)
        form.addRow(translate("journal_sheets_dialog", "&Class:"), self.class_box)
        form.addRow(translate("journal_sheets_dialog", "&Extra sheets with no name:"), self.blank)
        form.addRow(translate("journal_sheets_dialog", "&Date:"), self.day)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("journal_sheets_dialog", "Save PDF…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.class_box.currentIndexChanged.connect(self._class_chosen)
        self._class_chosen()

    def _class_chosen(self, *_: object) -> None:
        self.blank.setValue(0 if self.class_box.currentData() else DEFAULT_BLANK)

    def save(self) -> Path | None:
        from app.store.classnet import class_challenge
        from app.store.students import students_in
        from app.store.today_prompts import picked_today
        from app.ui.exchange import run_with_progress

        plan = self.curriculum.plan(self.plan_box.currentData() or "")
        if plan is None:
            self.message.setText(translate("journal_sheets_dialog", "Choose a session plan first."))
            return None
        day = self.day.date().toPython()
        class_id = self.class_box.currentData()
        names: list[str] = []
        extra: dict = {}
        if class_id:
            summary = next((c for c in list_classes(self.store) if c.id == class_id), None)
            names = [s.display_name for s in students_in(self.store, class_id)]
            challenge = class_challenge(self.store, class_id)
            extra = {"class_name": summary.name if summary else "", "picked": picked_today(self.store, class_id, day),
                     "challenge_id": challenge.challenge_id if challenge else None,
                     "challenge_started": challenge.started if challenge else None}
        if not names and not self.blank.value():
            self.message.setText(translate("journal_sheets_dialog",
                                           "Nothing to print: this class has no students yet. Add them on the class "
                                           "page, or ask for extra sheets with no name."))
            return None
        content = sheet_content(self.curriculum, plan, day, **extra)
        # Translators: the PDF's suggested file name (no extension); {plan} is the plan's id, e.g. s07-before-we-decide.
        stem = translate("journal_sheets_dialog", "{class_name} {plan} journal sheets").format(
            class_name=extra.get("class_name") or translate("journal_sheets_dialog", "class"), plan=plan.id)
        suggested = Path.home() / f"{stem}.pdf"
        path = self.ask_path(self, suggested)
        if path is None:
            return None
        blank = self.blank.value()

        def work(_progress: Callable[[int, int], None]) -> None:
            from app.printing.journal_sheets_pdf import render_journal_sheets

            write_atomically(path, render_journal_sheets(content, names, blank))

        sheets = len(names) + blank
        try:
            run_with_progress(self, translate("journal_sheets_dialog", TITLE),
                              translate("journal_sheets_dialog", "Making %n journal sheet(s)…", None, sheets), work)
        except OSError as error:
            QMessageBox.warning(self, translate("journal_sheets_dialog", TITLE), translate(
                "journal_sheets_dialog", "The sheets could not be saved to {file}: {reason}. Choose another folder, "
                                         "or free some space.").format(file=path, reason=error.strerror or error))
            return None
        log.info("journal sheets for %s written to %s", plan.id, path)
        self.written = path
        self.accept()
        return path


def print_journal_sheets(parent: QWidget, store: Store, curriculum: Curriculum, *, plan_id: str | None = None,
                         class_id: str | None = None, when: date | None = None) -> Path | None:
    dialog = JournalSheetsDialog(parent, store, curriculum, plan_id=plan_id, class_id=class_id)
    if when is not None:
        dialog.day.setDate(QDate(when.year, when.month, when.day))
    dialog.exec()
    return dialog.written
