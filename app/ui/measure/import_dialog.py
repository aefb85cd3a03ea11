"""Importing questionnaire answers collected elsewhere (a spreadsheet, an online form's CSV) into one round of a class.

Every row of the file is shown before anything is written: the student and their answers as the scale's words, or why
the row will not be imported; the counts; the columns that were not read. Import writes the other rows in one go
(after a backup) through app.measure.apply.apply_plan; a file or a write that is refused is said in plain words in
the dialog, never as a traceback. The planning is the same as `python -m app measure import`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.curriculum.model import Curriculum
from app.measure.answers_import import AnswerFileError, AnswerPlan, plan_file
from app.measure.apply import ImportReport, apply_plan
from app.store.db import Store, StoreError
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
COLUMNS = (QT_TRANSLATE_NOOP("measure.import_dialog", "Line"), QT_TRANSLATE_NOOP("measure.import_dialog", "Student"),
           QT_TRANSLATE_NOOP("measure.import_dialog", "Answers"),
           QT_TRANSLATE_NOOP("measure.import_dialog", "What happens"))
REFUSED_COLOUR = theme.current().danger
# Translators: the file dialog's filters, separated by ";;": keep the patterns in brackets as they are
FILE_FILTER = QT_TRANSLATE_NOOP("measure.import_dialog", "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)")
ROUND_WORDS = {"pre": QT_TRANSLATE_NOOP("measure.import_dialog", "pre (before the program)"),
               "post": QT_TRANSLATE_NOOP("measure.import_dialog", "post (after the program)")}

Index = QModelIndex | QPersistentModelIndex


class PlanRowsModel(QAbstractTableModel):
    """The plan's rows, one table row each, in the file's order; read-only."""

    def __init__(self, plan: AnswerPlan | None) -> None:
        super().__init__()
        self.plan = plan
        self.rows = plan.rows if plan else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("measure.import_dialog", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(row.line), row.student_name or row.written or translate("measure.import_dialog", "(no name)"),
                    self.plan.words(row) if row.importable else "", row.status)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row.importable:
            return QBrush(QColor(REFUSED_COLOUR))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Translators: a row read aloud: its line in the file, the student, and what happens to it
            return translate("measure.import_dialog", "line {line}, {name}: {status}").format(
                line=row.line, name=row.student_name or row.written, status=row.status)
        return None


class AnswerImportDialog(QDialog):
    """The preview of one file for one class, questionnaire and round; Import writes, Cancel leaves all as it was."""

    def __init__(self, parent: QWidget | None, store: Store, curriculum: Curriculum, class_id: str,
                 instrument_id: str, round_name: str, path: Path) -> None:
        super().__init__(parent)
        self.store, self.path = store, Path(path)
        self.report: ImportReport | None = None
        self.setWindowTitle(translate("measure.import_dialog", "Import answers: {file}").format(file=self.path.name))
        self.setAccessibleName(translate("measure.import_dialog", "Import questionnaire answers"))
        self.plan, problem = self._plan(curriculum, class_id, instrument_id, round_name)
        layout = QVBoxLayout(self)
        self.heading = self._label(self._heading(curriculum, instrument_id, round_name))
        layout.addWidget(self.heading)
        self.problem = self._label(translate("measure.import_dialog", "This file cannot be imported: {problem}. "
                                             "Nothing was changed.").format(problem=problem) if problem else "")
        self.problem.setObjectName("dialogProblem")
        theme.set_tone(self.problem, "danger")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.model = PlanRowsModel(self.plan)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.notes = self._label(self._notes())
        self.notes.setVisible(bool(self.notes.text()))
        layout.addWidget(self.notes)
        self.counts = self._label(self.plan.counts() + "." if self.plan else "")
        layout.addWidget(self.counts)
        buttons = QDialogButtonBox()
        changes = sum(r.changes for r in self.plan.importable) if self.plan else 0
        rows = sum(1 for r in self.plan.importable if r.changes) if self.plan else 0
        # Translators: {rows} is any number of rows: word it to read right for one and for many
        self.import_button = buttons.addButton(translate("measure.import_dialog", "Import {rows} row(s)").format(
            rows=rows) if changes else translate("measure.import_dialog", "Nothing to import"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(translate("measure.import_dialog", "Import"))
        self.import_button.setEnabled(changes > 0)
        if self.plan and self.plan.importable and not changes:
            self.import_button.setToolTip(translate("measure.import_dialog", "Every row that can be imported matches "
                                                    "the answers already stored."))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("measure.import_dialog", "Cancel"))
        buttons.accepted.connect(self.import_rows)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _plan(self, curriculum: Curriculum, class_id: str, instrument_id: str,
              round_name: str) -> tuple[AnswerPlan | None, str | None]:
        """The plan, or the plain-words reason there is none."""
        from app.store.classes import list_classes

        instrument = curriculum.instrument(instrument_id)
        if instrument is None:
            return None, translate("measure.import_dialog", "the questionnaire {questionnaire} is not in this app's "
                                   "curriculum").format(questionnaire=repr(instrument_id))
        if instrument.respondent != "student":
            return None, translate("measure.import_dialog", "{questionnaire} is answered by the facilitator, not by "
                                   "students").format(questionnaire=instrument.title)
        if round_name not in ROUND_WORDS:
            return None, translate("measure.import_dialog", "answers are imported into the pre or the post round, "
                                   "not {round}").format(round=repr(round_name))
        class_name = next((c.name for c in list_classes(self.store) if c.id == class_id),
                          translate("measure.import_dialog", "this class"))
        try:
            return plan_file(self.store, self.path, instrument, class_id, class_name, round_name), None
        except (AnswerFileError, StoreError) as error:
            return None, str(error)

    def _heading(self, curriculum: Curriculum, instrument_id: str, round_name: str) -> str:
        instrument = curriculum.instrument(instrument_id)
        title = instrument.title if instrument else instrument_id
        words = translate("measure.import_dialog", ROUND_WORDS[round_name]) if round_name in ROUND_WORDS else round_name
        return translate("measure.import_dialog", "{file} → {questionnaire}, round {round}. Nothing is written until "
                         "you press Import; rows that cannot be imported are shown in red with the reason.").format(
                             file=self.path.name, questionnaire=title, round=words)

    def _notes(self) -> str:
        if self.plan is None:
            return ""
        lines = list(self.plan.notes)
        if self.plan.ignored_columns:
            lines.insert(0, translate("measure.import_dialog", "Columns not read (not questions of this "
                                      "questionnaire): {columns}").format(columns=", ".join(self.plan.ignored_columns)))
        return "\n".join(lines)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("answerImportRows")
        table.setAccessibleName(translate("measure.import_dialog", "Rows of the file and what happens to each"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(2, 360)
        return table

    def import_rows(self) -> None:
        """Write the importable rows; on a refusal say why here and stay open (nothing was written)."""
        if self.plan is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = apply_plan(self.store, self.plan)
        except StoreError as error:
            self.problem.setText(translate("measure.import_dialog", "Nothing was imported: {error}").format(
                error=error))
            self.problem.setVisible(True)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def import_answers_from_file(parent: QWidget, store: Store, curriculum: Curriculum, class_id: str,
                             instrument_id: str, round_name: str) -> bool:
    """Ask for a CSV file, show every row, and import on the facilitator's word; True when answers were written."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("measure.import_dialog", "Import questionnaire answers"),
                                          str(Path.home()), translate("measure.import_dialog", FILE_FILTER))
    if not name:
        return False
    dialog = AnswerImportDialog(parent, store, curriculum, class_id, instrument_id, round_name, Path(name))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
        return False
    report = dialog.report
    backup = ("\n\n" + translate("measure.import_dialog", "A backup was made first: {path}").format(path=report.backup)
              if report.backup else "")
    QMessageBox.information(parent, translate("measure.import_dialog", "Answers imported"), report.summary() + backup)
    return report.answers_written > 0
