"""Typing in a class's paper questionnaires: a grid built for speed, one row per student, number keys only.

Every key is saved the moment it is pressed (one small transaction on the UI thread: well under a
millisecond's work, and a crash or a flat battery loses nothing), and every answer is one undo step.
The screen shows one round of one instrument at a time, read fresh whenever either choice changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.curriculum.model import Curriculum, Instrument
from app.store.db import Store, StoreError
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.measure.answers import UNANSWERED, Cell, RoundAnswers
from app.ui.measure.entry_columns import FittingDelegate, fit_columns
from app.ui.measure.entry_import import AnswerImporter
from app.ui.measure.entry_keys import KeyAction, interpret, keys_help
from app.ui.measure.entry_model import CONSENT_COLUMN, FIRST_ITEM_COLUMN, PaperEntryModel, answer_text, scale_line
from app.ui.measure.entry_print import SheetPrinter
from app.ui.measure.entry_undo import AnswerCommand

ROUNDS = ((QT_TRANSLATE_NOOP("measure.entry_page", "Pre (before the program)"), "pre"),
          (QT_TRANSLATE_NOOP("measure.entry_page", "Post (after the program)"), "post"))
NAME_WIDTH = 150
TABLE_NAME = QT_TRANSLATE_NOOP("measure.entry_page", "Paper answers: one row per student, one column per question")


def student_instruments(curriculum: Curriculum) -> list[Instrument]:
    """Only what students answer on a sheet; the facilitator's observation is not typed in here."""
    return [i for i in curriculum.instruments if i.respondent == "student"]


class PaperEntry(QWidget):
    """Choose the questionnaire and the round, then type each student's sheet as a row of digits."""

    def __init__(self, store: Store, curriculum: Curriculum, class_id: str, parent: QWidget | None = None, *,
                 instrument_id: str | None = None, round_name: str = "pre") -> None:
        super().__init__(parent)
        self.store, self.class_id = store, class_id
        self.instruments = student_instruments(curriculum)
        self.model = PaperEntryModel(store, class_id)
        self.model.failed.connect(lambda text: self.say(text, hint=True))
        self.stack = QUndoStack(self)
        self.past_end = False  # the last student's last answer was typed: more digits would overwrite it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        choosers = self._choosers(instrument_id, round_name)
        layout.addLayout(choosers)
        self.printer = SheetPrinter(self, choosers)  # "Print answer sheets…" (Ctrl+P), after Undo and Redo
        self.importer = AnswerImporter(self, curriculum, choosers)  # "Import from a file…" (Ctrl+I)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.question = QLabel()
        self.question.setObjectName("paperQuestion")
        self.question.setWordWrap(True)
        self.question.setAccessibleName(translate("measure.entry_page", "Current question"))
        self.scale = QLabel()
        self.scale.setAccessibleName(translate("measure.entry_page", "Answer scale"))
        self.status = QLabel()
        self.status.setAccessibleName(translate("measure.entry_page", "Status"))
        for label in (self.question, self.scale, self.status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        self.load_round()

    # --- building ----------------------------------------------------------------------------------------
    def _choosers(self, instrument_id: str | None, round_name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        self.instrument_box, self.round_box = QComboBox(), QComboBox()
        for instrument in self.instruments:
            self.instrument_box.addItem(instrument.title, instrument.id)
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(instrument_id)))
        for text, name in ROUNDS:
            self.round_box.addItem(translate("measure.entry_page", text), name)
        self.round_box.setCurrentIndex(max(0, self.round_box.findData(round_name)))
        for text, box, name in ((translate("measure.entry_page", "&Questionnaire:"), self.instrument_box,
                                 translate("measure.entry_page", "Questionnaire")),
                                (translate("measure.entry_page", "&Round:"), self.round_box,
                                 translate("measure.entry_page", "Round"))):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(lambda _index: self.load_round())
            row.addWidget(label)
            row.addWidget(box, 3 if box is self.instrument_box else 1)
        row.addStretch(1)
        # Translators: "Undo" and "Redo" come before what they undo or redo: "Undo Amara, question 3: 4 · often"
        undo = self.stack.createUndoAction(self, translate("measure.entry_page", "Undo"))
        redo = self.stack.createRedoAction(self, translate("measure.entry_page", "Redo"))
        for action, keys, text in ((undo, QKeySequence.StandardKey.Undo,
                                    translate("measure.entry_page", "Undo the last answer typed (Ctrl+Z)")),
                                   (redo, QKeySequence.StandardKey.Redo,
                                    translate("measure.entry_page", "Type it again (Ctrl+Shift+Z)"))):
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(text)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking it leaves the cursor in the grid
            row.addWidget(button)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("paperEntry")
        table.setModel(self.model)
        table.setAccessibleName(translate("measure.entry_page", TABLE_NAME))
        table.setAccessibleDescription(translate("measure.entry_page", "Type each answer with the number keys; 0 or "
                                                 "minus for skipped, Backspace to clear, Enter for the next student, "
                                                 "Ctrl+Z to undo."))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        self.delegate = FittingDelegate(table)
        table.setItemDelegate(self.delegate)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setMaximumWidth(NAME_WIDTH)  # a long name is cut, never the answers
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)  # 20+ rows in view
        table.installEventFilter(self)
        table.selectionModel().currentChanged.connect(self._moved)
        return table

    # --- what is shown -----------------------------------------------------------------------------------
    @property
    def instrument(self) -> Instrument | None:
        return next((i for i in self.instruments if i.id == self.instrument_box.currentData()), None)

    def load_round(self) -> None:
        """Show the chosen round alone; undo steps of the round left behind are dropped with it."""
        instrument, round_name = self.instrument, self.round_box.currentData()
        self.stack.clear()
        if instrument is None:
            self.table.setEnabled(False)
            self.say(translate("measure.entry_page", "No questionnaire for students is available: check the "
                               "curriculum's instruments."), hint=True)
            return
        answers = RoundAnswers(self.store, self.class_id, instrument.id, round_name)
        self.model.show_round(instrument, answers)
        fit_columns(self.table, self.model, self.delegate)
        keys = translate("measure.entry_page", "{keys}, Enter: next student").format(keys=keys_help(instrument.values))
        self.scale.setText(f"{scale_line(instrument)}   ·   {keys}")
        rows = self.model.rowCount()
        complete = sum(sum(self.model.typed(r)) == len(instrument.items) for r in range(rows))
        if answers.demo:
            typed = translate("measure.entry_page", "{round}: {complete} of %n student(s) fully typed (this round "
                              "holds the demo class's made-up answers).", None, rows)
        else:
            typed = translate("measure.entry_page", "{round}: {complete} of %n student(s) fully typed.", None, rows)
        self.say(typed.format(round=self.round_box.currentText(), complete=complete))
        start = next((r for r in range(rows) if sum(self.model.typed(r)) < len(instrument.items)), 0)
        column = next((c for c in range(FIRST_ITEM_COLUMN, self.model.done_column)
                       if rows and self.model.value(start, c) is UNANSWERED), FIRST_ITEM_COLUMN)
        self.go(start, column)

    def say(self, text: str, *, hint: bool = False) -> None:
        theme.set_tone(self.status, "danger" if hint else "")
        self.status.setText(text)

    def go(self, row: int, column: int) -> None:
        if self.model.rowCount() == 0:
            self.question.setText(translate("measure.entry_page", "This class has no students yet: add them on the "
                                            "class page first."))
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, max(CONSENT_COLUMN, min(column, self.model.last_item_column)))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.past_end = False
        if not current.isValid() or self.model.instrument is None:
            return
        name = self.model.students[current.row()].display_name
        item = self.model.item_at(current.column())
        if item is None:
            self.question.setText(translate("measure.entry_page", "{name}: counted in the class's results? Space "
                                            "ticks or unticks.").format(name=name))
            return
        total = len(self.model.items)
        where = translate("measure.entry_page", "{name} · question {number} of {total}: {question}")
        self.question.setText(where.format(name=name, number=current.column(), total=total, question=item.text))

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window reads the round again: devices or another page may have changed it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()

    def refresh(self) -> None:
        """Read the round again, keeping the cursor on the same student and question."""
        index = self.table.currentIndex()
        student = self.model.students[index.row()].id if index.isValid() else None
        self.model.reload()
        if not self.table.currentIndex().isValid():
            row = next((r for r, s in enumerate(self.model.students) if s.id == student), 0)
            self.go(row, index.column() if index.isValid() else FIRST_ITEM_COLUMN)

    # --- keys --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.key(event)
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent) -> bool:
        """Handle one key on the grid; False hands it to the table (Page Up/Down) or to shortcuts."""
        instrument, index = self.model.instrument, self.table.currentIndex()
        if instrument is None or not index.isValid():
            return False
        action = interpret(event.key(), event.text(), event.modifiers(), instrument.values)
        row, column = index.row(), min(index.column(), self.model.last_item_column)
        if action.kind == "pass":
            return False
        if action.kind == "clear":
            self.past_end = False  # the last answer is cleared to be typed again
        if action.kind == "move":
            self._move(action, row, column)
        elif action.kind == "hint":
            self.say(action.hint, hint=True)
        elif column == CONSENT_COLUMN:
            if action.kind == "toggle":
                self.model.setData(index, Qt.CheckState.Unchecked if self.model.counted(row)
                                   else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            else:
                self.say(translate("measure.entry_page", "This column says whether the student is counted: → to the "
                                   "answers."), hint=True)
        elif action.kind == "toggle":
            self.say(translate("measure.entry_page", "Space does nothing here: {keys}.").format(
                keys=keys_help(instrument.values)), hint=True)
        elif self.past_end and action.kind != "clear":
            self.say(translate("measure.entry_page", "Nothing saved: the last student's sheet is done. Use the arrows "
                               "to change an answer."), hint=True)
        else:
            value: Cell = action.value if action.kind == "answer" else None if action.kind == "skip" else UNANSWERED
            if self.enter(row, column, value) and action.kind != "clear":
                self._move(KeyAction("move", move="next"), row, column)
        return True

    def _move(self, action: KeyAction, row: int, column: int) -> None:
        first, last, rows = FIRST_ITEM_COLUMN, self.model.last_item_column, self.model.rowCount()
        ends_sheet = action.move == "next" and column == last
        if row == rows - 1 and (ends_sheet or action.move == "next_student"):
            note = translate("measure.entry_page", "That was the last student.")
            if not self.status.text().endswith(note):
                self.say(f"{self.status.text()}  ·  {note}".lstrip(" ·"))
            self.past_end = ends_sheet
            return
        target = {"left": (row, column - 1), "right": (row, column + 1), "up": (row - 1, column),
                  "down": (row + 1, column), "home": (row, first), "end": (row, last), "first": (0, first),
                  "last": (rows - 1, last), "next_student": (row + 1, first),
                  "next": (row + 1, first) if ends_sheet else (row, column + 1),
                  "previous": (row - 1, last) if column <= first and row else (row, max(first, column - 1)),
                  }[action.move]
        self.go(*target)

    # --- saving ------------------------------------------------------------------------------------------
    def enter(self, row: int, column: int, value: Cell) -> bool:
        """Save one typed cell and make it one undo step; False (and why, in the status line) if refused."""
        old, item = self.model.value(row, column), self.model.item_at(column)
        student = self.model.students[row]
        if item is None or self.model.instrument is None:
            return False
        # Translators: an answer that was typed and is now taken away
        shown = answer_text(self.model.instrument, value) or translate("measure.entry_page", "cleared")
        if old == value:
            # Translators: "Q" is short for question; {number} is the question's number
            self.say(translate("measure.entry_page", "{name} · Q{number}: {answer} (unchanged)").format(
                name=student.display_name, number=column, answer=shown))
            return True
        try:
            self.model.set_value(row, column, value)
        except StoreError as error:
            self.say(translate("measure.entry_page", "Not saved: {error}").format(error=error), hint=True)
            return False
        self.stack.push(AnswerCommand(self, student.id, item.id, old, value,
                                      translate("measure.entry_page", "{name}, question {number}: {answer}").format(
                                          name=student.display_name, number=column, answer=shown)))
        self.say(translate("measure.entry_page", "Saved · {name} · Q{number}: {answer}").format(
            name=student.display_name, number=column, answer=shown))
        return True

    def put_answer(self, student_id: str, item_id: str, value: Cell, *, undoing: bool) -> bool:
        """Undo or redo one answer: saved first, then the cursor goes to it so the fix is one key away."""
        row = next((r for r, s in enumerate(self.model.students) if s.id == student_id), None)
        column = next((FIRST_ITEM_COLUMN + n for n, i in enumerate(self.model.items) if i.id == item_id), None)
        if row is None or column is None or self.model.instrument is None:
            return False
        try:
            self.model.set_value(row, column, value)
        except StoreError as error:
            failed = (translate("measure.entry_page", "Not undone: {error}") if undoing
                      else translate("measure.entry_page", "Not redone: {error}"))
            self.say(failed.format(error=error), hint=True)
            return False
        self.go(row, column)
        self.past_end = False  # an undone last answer can be typed again at once
        shown = answer_text(self.model.instrument, value) or translate("measure.entry_page", "not typed")
        done = (translate("measure.entry_page", "Undone · {name} · Q{number}: now {answer}") if undoing
                else translate("measure.entry_page", "Redone · {name} · Q{number}: now {answer}"))
        self.say(done.format(name=self.model.students[row].display_name, number=column, answer=shown))
        return True
