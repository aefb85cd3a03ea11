"""How the grid's columns are sized and its answers drawn.

Answers are drawn whole and alike: when the scale's longest answer ('2 · almost never') does not fit the
answer columns (twelve of them on a 1366-pixel screen), every answer is drawn a little smaller rather than
cut, since the word is what the typist checks against the ticked box; all at one size, so the grid reads
evenly. Only below a readable size is a word cut short (the tooltip and the status line give it whole).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from app.ui.measure.entry_model import CONSENT_COLUMN, FIRST_ITEM_COLUMN, PaperEntryModel, answer_text

SMALLEST_POINTS = 7.0
MARGIN = 12.0  # the text margins on both sides, and the 2-pixel frame of the current cell


class FittingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.columns: range = range(0)   # the answer columns
        self.widest = ""                 # the scale's longest answer as shown
        self._fitted: dict[tuple[int, str, float], float] = {}

    def set_answers(self, columns: range, widest: str) -> None:
        self.columns, self.widest = columns, widest

    def points(self, font: QFont) -> float:
        """The size at which the longest answer fits the narrowest answer column (cached per width)."""
        room = min((self.view.columnWidth(c) for c in self.columns), default=0) - MARGIN
        key = (int(room), self.widest, font.pointSizeF())
        if key not in self._fitted:
            trial = QFont(font)
            points = font.pointSizeF()
            while points > SMALLEST_POINTS and QFontMetricsF(trial).horizontalAdvance(self.widest) > room:
                points -= 0.5
                trial.setPointSizeF(points)
            self._fitted[key] = points
        return self._fitted[key]

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.columns and option.text and self.widest:
            font = QFont(option.font)
            font.setPointSizeF(self.points(font))
            option.font = font


def fit_columns(table: QTableView, model: PaperEntryModel, delegate: FittingDelegate) -> None:
    """Answer columns share the width, so all of them and the 'done' column fit a 1366-pixel screen without
    scrolling sideways. The other two get fixed widths: sized to their contents, they would be measured
    again, cell by cell, after every key (that alone made a key cost ten times more)."""
    instrument, header, metrics = model.instrument, table.horizontalHeader(), table.fontMetrics()
    if instrument is None:
        return
    header.setMinimumSectionSize(40)
    total = len(instrument.items)
    fixed = {CONSENT_COLUMN: metrics.horizontalAdvance("Counted") + 20,
             model.done_column: max(metrics.horizontalAdvance(t) for t in ("Done", f"{total}/{total}")) + 20}
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed if column in fixed
                                    else QHeaderView.ResizeMode.Stretch)
        if column in fixed:
            table.setColumnWidth(column, fixed[column])
    delegate.set_answers(range(FIRST_ITEM_COLUMN, model.done_column),
                         max((answer_text(instrument, v) for v in instrument.values), key=metrics.horizontalAdvance))
