"""Each student's consent, on the Results page: whether their answers count in this class's results, and
whether they may leave this laptop for research.

Research is off until the facilitator turns it on, and the first time they turn it on during a visit to the
page they are asked to confirm that the school and the parents agreed. The question is asked with `open()`
(window-modal, no nested event loop): the page keeps painting, and nothing is written until the answer is
Yes. A tick only asks for a change (the `wanted` signal); the model shows what the store holds, so a tick
that is refused or fails to save never looks saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QVBoxLayout, QWidget

from app.store.db import Store, StoreError
from app.store.measure import Consent, consent_of, set_consent
from app.store.students import Student, students_in
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.results.look import label

Index = QModelIndex | QPersistentModelIndex
NAME, COUNTED, RESEARCH = 0, 1, 2
HEADERS = (QT_TRANSLATE_NOOP("results.consent", "Student"),
           QT_TRANSLATE_NOOP("results.consent", "Counted in this class's results"),
           QT_TRANSLATE_NOOP("results.consent", "May leave this laptop for research (after parents agreed)"))
TIPS = ("",
        QT_TRANSLATE_NOOP("results.consent", "Untick to leave this student's answers out of the results on this "
                          "page. Their answers stay saved."),
        QT_TRANSLATE_NOOP("results.consent", "Off unless you turn it on. On: the student's answers may be exported "
                          "for research under a random code, never their name. Only after the school and the "
                          "parents have agreed."))
ASK = QT_TRANSLATE_NOOP("results.consent", "Only turn this on when the school and the parents have agreed.")
ASK_MORE = QT_TRANSLATE_NOOP("results.consent", "Their answers may then leave this laptop for research, under a "
                             "random code instead of the name. You will not be asked again while this class's "
                             "results stay open.")


class ConsentModel(QAbstractTableModel):
    wanted = Signal(str, bool, bool)  # student id, counted, research: what a tick asks for (nothing saved yet)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Student, Consent]] = []

    def set_rows(self, rows: list[tuple[Student, Consent]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def consent(self, student_id: str) -> Consent | None:
        return next((c for s, c in self._rows if s.id == student_id), None)

    def update(self, consent: Consent) -> None:
        """One student's consent as saved: their row changes in place, so the view keeps its current cell."""
        for row, (student, _) in enumerate(self._rows):
            if student.id == consent.student_id:
                self._rows[row] = (student, consent)
                self.dataChanged.emit(self.index(row, COUNTED), self.index(row, RESEARCH))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("results.consent", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("results.consent", TIPS[section]) if TIPS[section] else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in (COUNTED, RESEARCH) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        student, consent = self._rows[index.row()]
        column = index.column()
        if column == NAME:
            return student.display_name if role in (Qt.ItemDataRole.DisplayRole,
                                                    Qt.ItemDataRole.AccessibleTextRole) else None
        on = consent.counted if column == COUNTED else consent.research
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COUNTED:
                # Translators: whether a student's answers count in the class's results
                return translate("results.consent", "counted") if on else translate("results.consent", "left out")
            if on and consent.research_code:
                # Translators: research use is allowed, under this random code instead of the name
                return translate("results.consent", "yes, as {code}").format(code=consent.research_code)
            return translate("results.consent", "yes") if on else translate("results.consent", "no")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            answer = translate("results.consent", "yes") if on else translate("results.consent", "no")
            return f"{student.display_name}: {translate('results.consent', HEADERS[column]).lower()}: {answer}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("results.consent", TIPS[column])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (COUNTED, RESEARCH):
            return False
        student, consent = self._rows[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        self.wanted.emit(student.id, on if index.column() == COUNTED else consent.counted,
                         on if index.column() == RESEARCH else consent.research)
        return False  # the row changes when the store has it (update), not before


class ConsentSection(QWidget):
    changed = Signal()  # a consent was saved: the results must be worked out again

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.class_id = ""
        self.research_confirmed = False  # asked once per visit to a class's results
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(translate("results.consent", "Consent"), "resultsHeading", factor=1.35, bold=True))
        layout.addWidget(label(translate("results.consent", "Untick “counted” to leave a student's answers out of "
                                         "these results (they stay saved). Research use stays off unless you turn "
                                         "it on. Space ticks or unticks the box you are on."), "consentNote"))
        self.model = ConsentModel()
        self.model.wanted.connect(self._wanted)
        self.view = QTableView()
        self.view.setObjectName("consentTable")
        self.view.setAccessibleName(translate("results.consent", "Consent for each student"))
        self.view.setAccessibleDescription(translate("results.consent", "One row per student: counted in this "
                                                     "class's results, and may leave this laptop for research."))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COUNTED, RESEARCH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view)
        self.empty = label(translate("results.consent", "No students in this class yet: add them on the class page."),
                           "consentNote")
        layout.addWidget(self.empty)

    def show_class(self, class_id: str) -> None:
        """A new visit: the students as they are now, and research asks again before it is turned on."""
        self.class_id, self.research_confirmed = class_id, False
        saved = consent_of(self.store, class_id)
        self.model.set_rows([(s, saved.get(s.id, Consent(s.id, True, False, None)))
                             for s in students_in(self.store, class_id)])
        self.view.setVisible(self.model.rowCount() > 0)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + rows
                                 + 2 * self.view.frameWidth() + 2)

    def _wanted(self, student_id: str, counted: bool, research: bool) -> None:
        now = self.model.consent(student_id)
        if now is not None and research and not now.research and not self.research_confirmed:
            self._ask(student_id, counted)
            return
        self._save(student_id, counted, research)

    def _ask(self, student_id: str, counted: bool) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("results.consent", "Allow research use?"),
                          translate("results.consent", ASK),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("researchConfirm")
        box.setInformativeText(translate("results.consent", ASK_MORE))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("results.consent", "Yes, they have agreed"))
        box.button(QMessageBox.StandardButton.No).setText(translate("results.consent", "Not yet"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.research_confirmed = True
                self._save(student_id, counted, True)
            self.view.setFocus()

        box.finished.connect(answered)
        box.open()

    def _save(self, student_id: str, counted: bool, research: bool) -> None:
        try:
            set_consent(self.store, student_id, counted=counted, research=research)
        except StoreError as error:
            QMessageBox.warning(self, translate("results.consent", "Consent not saved"),
                                translate("results.consent", "The change was not saved: {error}").format(error=error))
            return
        saved = consent_of(self.store, self.class_id).get(student_id)
        if saved is not None:
            self.model.update(saved)
        self.changed.emit()
