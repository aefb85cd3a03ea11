"""The paper-entry grid as a Qt table model: one row per student, one column per item of the instrument.

Column 0 is the student's consent ('counted'), then the items in the instrument's order, then how many of
the row are typed. A cell says its value and its word ("4 · often"), so the typist sees at a glance that
the key they pressed is the box the student ticked, without looking back at a legend.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.curriculum.model import Instrument, InstrumentItem
from app.store.db import Store, StoreError
from app.store.measure import Consent, consent_of, set_consent
from app.store.students import Student, students_in
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.measure.answers import UNANSWERED, Cell, RoundAnswers, refused_as_store_error

Index = QModelIndex | QPersistentModelIndex
CONSENT_COLUMN = 0
FIRST_ITEM_COLUMN = 1
SKIPPED = QT_TRANSLATE_NOOP("measure.entry_model", "— skipped")   # an answer left out on purpose
GREY = QBrush(QColor(theme.current().disabled))        # a student not counted: like a switched-off row
SKIPPED_BRUSH = QBrush(QColor(theme.current().muted))  # an answer left out on purpose
CONSENT_TIP = QT_TRANSLATE_NOOP("measure.entry_model", "Counted: this student's answers count in the class's "
                                "results. Untick to leave them out of the results; the answers stay saved, and "
                                "whether they may be used for research is not changed here.")
NOT_COUNTED_TIP = QT_TRANSLATE_NOOP("measure.entry_model", "Not counted: this student's answers are saved but left out "
                                    "of the class's results.")


def answer_text(instrument: Instrument, value: Cell) -> str:
    """'4 · often', '— skipped', or '' for a cell nothing was typed in."""
    if value is UNANSWERED:
        return ""
    if value is None:
        return translate("measure.entry_model", SKIPPED)
    label = dict(zip(instrument.values, instrument.labels, strict=False)).get(value, "")
    return f"{value} · {label}" if label else str(value)


def scale_line(instrument: Instrument) -> str:
    """The whole answer scale on one line, as the typist needs it beside the sheet."""
    return " · ".join(f"{v} {label}" for v, label in zip(instrument.values, instrument.labels, strict=False))


class PaperEntryModel(QAbstractTableModel):
    """Students × items of one round; edits go through `set_value`, which saves before it shows."""

    failed = Signal(str)  # a change the database refused (the checkbox is toggled by the view, not the page)

    def __init__(self, store: Store, class_id: str) -> None:
        super().__init__()
        self.store, self.class_id = store, class_id
        self.students: list[Student] = []
        self.consent: dict[str, Consent] = {}
        self.instrument: Instrument | None = None
        self.answers: RoundAnswers | None = None

    # --- what is shown ---------------------------------------------------------------------------------
    def show_round(self, instrument: Instrument, answers: RoundAnswers) -> None:
        """Swap the whole grid: nothing of the previous round stays on screen."""
        self.beginResetModel()
        self.instrument, self.answers = instrument, answers
        self.students = students_in(self.store, self.class_id)
        self.consent = consent_of(self.store, self.class_id)
        self.endResetModel()

    def reload(self) -> None:
        """Read students, consent and answers again; the grid is reset only if the students changed."""
        if self.instrument is None or self.answers is None:
            return
        students = students_in(self.store, self.class_id)
        if [s.id for s in students] != [s.id for s in self.students]:
            self.answers.reload()
            self.show_round(self.instrument, self.answers)
            return
        self.answers.reload()
        self.consent = consent_of(self.store, self.class_id)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    @property
    def items(self) -> tuple[InstrumentItem, ...]:
        return self.instrument.items if self.instrument else ()

    @property
    def done_column(self) -> int:
        return FIRST_ITEM_COLUMN + len(self.items)

    @property
    def last_item_column(self) -> int:
        return self.done_column - 1

    def item_at(self, column: int) -> InstrumentItem | None:
        position = column - FIRST_ITEM_COLUMN
        return self.items[position] if 0 <= position < len(self.items) else None

    def counted(self, row: int) -> bool:
        consent = self.consent.get(self.students[row].id)
        return consent.counted if consent else True

    def value(self, row: int, column: int) -> Cell:
        item = self.item_at(column)
        if item is None or self.answers is None:
            return UNANSWERED
        return self.answers.value(self.students[row].id, item.id)

    def typed(self, row: int) -> tuple[int, int]:
        """(answered, skipped) in this row."""
        given = self.answers.of(self.students[row].id) if self.answers else {}
        values = [given[i.id] for i in self.items if i.id in given]
        return sum(v is not None for v in values), sum(v is None for v in values)

    # --- Qt model API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() or self.instrument is None else len(self.students)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() or self.instrument is None else len(self.items) + 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        enabled = Qt.ItemFlag.ItemIsEnabled
        if index.column() == CONSENT_COLUMN:
            return enabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.done_column:
            return enabled
        return enabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.instrument is None:
            return None
        row, column = index.row(), index.column()
        if column == CONSENT_COLUMN:
            return self._consent_data(row, role)
        if column == self.done_column:
            return self._done_data(row, role)
        value, item = self.value(row, column), self.item_at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = answer_text(self.instrument, value)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            return translate("measure.entry_model", "{name}, item {number}: {answer}").format(
                name=self.students[row].display_name, number=column,
                answer=text or translate("measure.entry_model", "not typed yet"))
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            return f"{column}. {item.text}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREY if not self.counted(row) else SKIPPED_BRUSH if value is None else None
        if role == Qt.ItemDataRole.FontRole and value is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _consent_data(self, row: int, role: int) -> Any:
        counted = self.counted(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if counted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("measure.entry_model", CONSENT_TIP if counted else NOT_COUNTED_TIP)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = (translate("measure.entry_model", "{name}: counted") if counted
                    else translate("measure.entry_model", "{name}: not counted"))
            return said.format(name=self.students[row].display_name)
        return None

    def _done_data(self, row: int, role: int) -> Any:
        answered, skipped = self.typed(row)
        total = len(self.items)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{answered + skipped}/{total}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("measure.entry_model", "{name}: {answered} answered, {skipped} skipped, {left} still to "
                             "type").format(name=self.students[row].display_name, answered=answered, skipped=skipped,
                                            left=total - answered - skipped)
        if role == Qt.ItemDataRole.ForegroundRole and (not self.counted(row) or answered + skipped < total):
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.instrument is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.students):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.students[section].display_name
            if role == Qt.ItemDataRole.ForegroundRole and not self.counted(section):
                return GREY
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, which a narrow header may cut
                name = self.students[section].display_name
                return name if self.counted(section) else f"{name}. {translate('measure.entry_model', NOT_COUNTED_TIP)}"
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            item = self.item_at(section)
            if section == CONSENT_COLUMN:
                return (translate("measure.entry_model", "Counted") if role == Qt.ItemDataRole.DisplayRole
                        else translate("measure.entry_model", CONSENT_TIP))
            if section == self.done_column:
                # Translators: the heading of the column that counts the items typed in each row
                return (translate("measure.entry_model", "Done") if role == Qt.ItemDataRole.DisplayRole
                        else translate("measure.entry_model", "Items typed (answered or skipped)"))
            if item is not None:
                return str(section) if role == Qt.ItemDataRole.DisplayRole else f"{section}. {item.text}"
        return None

    # --- changes ---------------------------------------------------------------------------------------
    def set_value(self, row: int, column: int, value: Cell) -> None:
        """Save one answer, then show it (raises StoreError with nothing saved and nothing shown)."""
        item = self.item_at(column)
        if item is None or self.answers is None:
            return
        self.answers.write(self.students[row].id, item.id, value)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.dataChanged.emit(self.index(row, self.done_column), self.index(row, self.done_column))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != CONSENT_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        try:
            self.set_counted(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        except StoreError as error:
            self.failed.emit(translate("measure.entry_model", "Not saved: {error}").format(error=error))
            return False
        return True

    def set_counted(self, row: int, counted: bool) -> None:
        """Whether this student's answers count in the results; their research consent is left as it is."""
        student = self.students[row]
        old = self.consent.get(student.id)
        with refused_as_store_error():
            set_consent(self.store, student.id, counted=counted, research=old.research if old else False)
        self.consent = consent_of(self.store, self.class_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
