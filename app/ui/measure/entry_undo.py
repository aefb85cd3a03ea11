"""Undo for typed answers: one command per answer, so a slip is one Ctrl+Z away from fixed, in the database
too. Commands name the student and the item, not a row and a column, so they stay right if the grid is
read again (a student added meanwhile) while they wait on the stack."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from app.ui.measure.answers import Cell


class AnswerTarget(Protocol):
    def put_answer(self, student_id: str, item_id: str, value: Cell, *, undoing: bool) -> bool: ...


class AnswerCommand(QUndoCommand):
    """One cell changed from `old` to `new`; already saved when pushed (a refused save is never pushed)."""

    def __init__(self, target: AnswerTarget, student_id: str, item_id: str, old: Cell, new: Cell,
                 text: str) -> None:
        super().__init__(text)
        self.target, self.student_id, self.item_id = target, student_id, item_id
        self.old, self.new = old, new
        self._saved = True  # the first redo (QUndoStack.push calls it) has already happened

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.target.put_answer(self.student_id, self.item_id, self.new, undoing=False)

    def undo(self) -> None:
        self.target.put_answer(self.student_id, self.item_id, self.old, undoing=True)
