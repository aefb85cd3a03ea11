"""Dialogs for a class's roster: one student, a CSV import with its preview, keep-apart/together pairs.

Nothing is written until the facilitator has seen what will change and said yes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.roster_csv import ICONS, MAX_NAME, MAX_PRONOUNS, RosterPreview, parse_roster
from app.spreadsheet_text import TextProblem, read_file
from app.store.students import Student
from app.ui.widgets import COLOURS, ICON_SYMBOLS


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StudentDialog(QDialog):
    """A display name and an avatar: as little about a child as the program needs."""

    def __init__(self, parent: QWidget, student: Student | None = None, taken: set[str] | None = None,
                 suggested_colour: str = COLOURS[0]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit student" if student else "Add a student")
        self.taken = {n.casefold() for n in (taken or set())}
        form = QFormLayout(self)
        self.name = QLineEdit(student.display_name if student else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName("Display name")
        self.name.setPlaceholderText("First name or the name they like to be called")
        self.pronouns = QLineEdit((student.pronouns or "") if student else "")
        self.pronouns.setMaxLength(MAX_PRONOUNS)
        self.pronouns.setAccessibleName("Pronouns (optional)")
        self.colour = QComboBox()
        self.colour.setAccessibleName("Avatar colour")
        for colour in COLOURS:
            self.colour.addItem("■ " + colour, colour)
        current = student.avatar_colour if student else suggested_colour
        self.colour.setCurrentIndex(max(0, self.colour.findData(current)))
        self.icon = QComboBox()
        self.icon.setAccessibleName("Avatar icon")
        for icon in ICONS:
            self.icon.addItem(f"{ICON_SYMBOLS[icon]}  {icon}", icon)
        self.icon.setCurrentIndex(max(0, self.icon.findData(student.avatar_icon if student else "star")))
        self.problem = QLabel()
        self.problem.setObjectName("dialogProblem")
        form.addRow("Name", self.name)
        form.addRow("Pronouns", self.pronouns)
        form.addRow("Colour", self.colour)
        form.addRow("Icon", self.icon)
        form.addRow(self.problem)
        form.addRow(_buttons(self, "Save"))

    def accept(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.problem.setText("Please type a name.")
            return
        if name.casefold() in self.taken:
            self.problem.setText("Someone in this class already has that name: add an initial to tell them apart.")
            return
        super().accept()

    def values(self) -> tuple[str, str | None, str, str]:
        return (" ".join(self.name.text().split()), self.pronouns.text().strip() or None, self.colour.currentData(),
                self.icon.currentData())


class ImportDialog(QDialog):
    """Shows what a CSV would add and every row that would not be added, with the reason."""

    def __init__(self, parent: QWidget, preview: RosterPreview, file: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {file.name}")
        self.preview = preview
        layout = QVBoxLayout(self)
        if preview.problem:
            layout.addWidget(QLabel(f"<b>This file cannot be imported:</b> {preview.problem}"))
        layout.addWidget(QLabel(f"<b>{len(preview.rows)} student(s) will be added:</b>"))
        self.added = QListWidget()
        self.added.setAccessibleName("Students to add")
        self.added.addItems([f"{row.name}" + (f" ({row.pronouns})" if row.pronouns else "") for row in preview.rows])
        layout.addWidget(self.added)
        if preview.rejected:
            layout.addWidget(QLabel(f"<b>{len(preview.rejected)} row(s) will not be added:</b>"))
            self.rejected = QListWidget()
            self.rejected.setAccessibleName("Rows that will not be added")
            self.rejected.addItems([f"line {r.line}: {r.reason} — {r.text}" for r in preview.rejected])
            layout.addWidget(self.rejected)
        remarks = list(preview.notes)
        if preview.ignored_columns:
            remarks.insert(0, "Columns ignored and not stored: " + ", ".join(preview.ignored_columns))
        for remark in remarks:
            note = QLabel(remark)
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = _buttons(self, f"Add {len(preview.rows)} student(s)")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.rows) and not preview.problem)
        layout.addWidget(buttons)
        self.resize(620, 520)


def choose_and_preview(parent: QWidget, existing: list[str]) -> RosterPreview | None:
    """Ask for a CSV file, read it, show the preview; the preview comes back only if confirmed."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import a class list", str(Path.home()),
                                          "Spreadsheet CSV (*.csv *.txt);;All files (*)")
    if not name:
        return None
    try:
        data = read_file(Path(name))
    except OSError as error:
        QMessageBox.warning(parent, "Import", f"The file could not be read ({error.strerror or error}).")
        return None
    except TextProblem as error:  # too large: refused before it is read
        QMessageBox.warning(parent, "Import", f"This file cannot be imported: {error}.")
        return None
    preview = parse_roster(data, existing)
    dialog = ImportDialog(parent, preview, Path(name))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return preview if accepted and not preview.problem else None  # a refused file adds nobody, however closed


class PairDialog(QDialog):
    """Keep two students apart or together when groups are made. Facilitator-only: never projected."""

    def __init__(self, parent: QWidget, students: list[Student]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keep apart or together")
        form = QFormLayout(self)
        form.addRow(QLabel("Only you see this. Groups will honour it; the class never sees it."))
        self.first, self.second = QComboBox(), QComboBox()
        for combo, label in ((self.first, "First student"), (self.second, "Second student")):
            combo.setAccessibleName(label)
            for student in students:
                combo.addItem(student.display_name, student.id)
        self.second.setCurrentIndex(min(1, len(students) - 1))
        self.kind = QComboBox()
        self.kind.setAccessibleName("Rule")
        self.kind.addItem("Keep apart", "apart")
        self.kind.addItem("Keep together", "together")
        form.addRow("Student", self.first)
        form.addRow("and", self.second)
        form.addRow("Rule", self.kind)
        form.addRow(_buttons(self, "Add rule"))

    def accept(self) -> None:
        if self.first.currentData() == self.second.currentData():
            QMessageBox.information(self, "Keep apart or together", "Choose two different students.")
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        return self.first.currentData(), self.second.currentData(), self.kind.currentData()
