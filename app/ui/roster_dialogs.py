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

from app.files.spreadsheet import TextProblem, read_file
from app.roster.spreadsheet import ICONS, MAX_NAME, MAX_PRONOUNS, RosterPreview, parse_roster
from app.store.students import Student
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets import COLOURS, ICON_SYMBOLS

# Translators: the avatar icons' names, shown next to their symbol when a student's icon is chosen.
ICON_WORDS = {
    "star": QT_TRANSLATE_NOOP("roster_dialogs", "star"),
    "sun": QT_TRANSLATE_NOOP("roster_dialogs", "sun"),
    "moon": QT_TRANSLATE_NOOP("roster_dialogs", "moon"),
    "leaf": QT_TRANSLATE_NOOP("roster_dialogs", "leaf"),
    "heart": QT_TRANSLATE_NOOP("roster_dialogs", "heart"),
    "drum": QT_TRANSLATE_NOOP("roster_dialogs", "drum"),
    "music": QT_TRANSLATE_NOOP("roster_dialogs", "music"),
    "rocket": QT_TRANSLATE_NOOP("roster_dialogs", "rocket"),
    "fish": QT_TRANSLATE_NOOP("roster_dialogs", "fish"),
    "flower": QT_TRANSLATE_NOOP("roster_dialogs", "flower"),
    "bolt": QT_TRANSLATE_NOOP("roster_dialogs", "bolt"),
    "wave": QT_TRANSLATE_NOOP("roster_dialogs", "wave"),
}


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
        self.setWindowTitle(translate("roster_dialogs", "Edit student") if student
                            else translate("roster_dialogs", "Add a student"))
        self.taken = {n.casefold() for n in (taken or set())}
        form = QFormLayout(self)
        self.name = QLineEdit(student.display_name if student else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(translate("roster_dialogs", "Display name"))
        self.name.setPlaceholderText(translate("roster_dialogs", "First name or the name they like to be called"))
        self.pronouns = QLineEdit((student.pronouns or "") if student else "")
        self.pronouns.setMaxLength(MAX_PRONOUNS)
        self.pronouns.setAccessibleName(translate("roster_dialogs", "Pronouns (optional)"))
        self.colour = QComboBox()
        self.colour.setAccessibleName(translate("roster_dialogs", "Avatar colour"))
        for colour in COLOURS:
            self.colour.addItem("■ " + colour, colour)
        current = student.avatar_colour if student else suggested_colour
        self.colour.setCurrentIndex(max(0, self.colour.findData(current)))
        self.icon = QComboBox()
        self.icon.setAccessibleName(translate("roster_dialogs", "Avatar icon"))
        for icon in ICONS:
            self.icon.addItem(f"{ICON_SYMBOLS[icon]}  {translate('roster_dialogs', ICON_WORDS.get(icon, icon))}", icon)
        self.icon.setCurrentIndex(max(0, self.icon.findData(student.avatar_icon if student else "star")))
        self.problem = QLabel()
        self.problem.setObjectName("dialogProblem")
        form.addRow(translate("roster_dialogs", "Name"), self.name)
        form.addRow(translate("roster_dialogs", "Pronouns"), self.pronouns)
        form.addRow(translate("roster_dialogs", "Colour"), self.colour)
        form.addRow(translate("roster_dialogs", "Icon"), self.icon)
        form.addRow(self.problem)
        form.addRow(_buttons(self, translate("roster_dialogs", "Save")))

    def accept(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.problem.setText(translate("roster_dialogs", "Please type a name."))
            return
        if name.casefold() in self.taken:
            self.problem.setText(translate("roster_dialogs",
                                           "Someone in this class already has that name: add an initial to tell them "
                                           "apart."))
            return
        super().accept()

    def values(self) -> tuple[str, str | None, str, str]:
        return (" ".join(self.name.text().split()), self.pronouns.text().strip() or None, self.colour.currentData(),
                self.icon.currentData())


class ImportDialog(QDialog):
    """Shows what a CSV would add and every row that would not be added, with the reason."""

    def __init__(self, parent: QWidget, preview: RosterPreview, file: Path) -> None:
        super().__init__(parent)
        # Translators: a window title; {file} is the class list's file name.
        self.setWindowTitle(translate("roster_dialogs", "Import {file}").format(file=file.name))
        self.preview = preview
        layout = QVBoxLayout(self)
        if preview.problem:
            layout.addWidget(QLabel(translate("roster_dialogs", "<b>This file cannot be imported:</b> {problem}")
                                    .format(problem=preview.problem)))
        adding = len(preview.rows)   # a plain name: the catalogue tool reads only a name or a number as the count
        added = translate("roster_dialogs", "%n student(s) will be added:", None, adding)
        layout.addWidget(QLabel(f"<b>{added}</b>"))
        self.added = QListWidget()
        self.added.setAccessibleName(translate("roster_dialogs", "Students to add"))
        self.added.addItems([f"{row.name}" + (f" ({row.pronouns})" if row.pronouns else "") for row in preview.rows])
        layout.addWidget(self.added)
        if preview.rejected:
            refused = len(preview.rejected)
            not_added = translate("roster_dialogs", "%n row(s) will not be added:", None, refused)
            layout.addWidget(QLabel(f"<b>{not_added}</b>"))
            self.rejected = QListWidget()
            self.rejected.setAccessibleName(translate("roster_dialogs", "Rows that will not be added"))
            # Translators: {line} is the row's line number in the file, {text} the row as written there.
            self.rejected.addItems([translate("roster_dialogs", "line {line}: {reason} — {text}").format(
                line=r.line, reason=r.reason, text=r.text) for r in preview.rejected])
            layout.addWidget(self.rejected)
        remarks = list(preview.notes)
        if preview.ignored_columns:
            remarks.insert(0, translate("roster_dialogs", "Columns ignored and not stored: {columns}").format(
                columns=", ".join(preview.ignored_columns)))
        for remark in remarks:
            note = QLabel(remark)
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = _buttons(self, translate("roster_dialogs", "Add %n student(s)", None, adding))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.rows) and not preview.problem)
        layout.addWidget(buttons)
        self.resize(620, 520)


def choose_and_preview(parent: QWidget, existing: list[str]) -> RosterPreview | None:
    """Ask for a CSV file, read it, show the preview; the preview comes back only if confirmed."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("roster_dialogs", "Import a class list"), str(Path.home()),
                                          translate("roster_dialogs", "Spreadsheets (*.xlsx *.csv *.txt)") + ";;"
                                          + translate("roster_dialogs", "All files (*)"))
    if not name:
        return None
    try:
        data = read_file(Path(name))
    except OSError as error:
        QMessageBox.warning(parent, translate("roster_dialogs", "Import"),
                            translate("roster_dialogs", "The file could not be read ({reason}).").format(
                                reason=error.strerror or error))
        return None
    except TextProblem as error:  # too large: refused before it is read
        QMessageBox.warning(parent, translate("roster_dialogs", "Import"),
                            translate("roster_dialogs", "This file cannot be imported: {reason}.").format(reason=error))
        return None
    preview = parse_roster(data, existing)
    dialog = ImportDialog(parent, preview, Path(name))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return preview if accepted and not preview.problem else None  # a refused file adds nobody, however closed


class PairDialog(QDialog):
    """Keep two students apart or together when groups are made. Facilitator-only: never projected."""

    def __init__(self, parent: QWidget, students: list[Student]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("roster_dialogs", "Keep apart or together"))
        form = QFormLayout(self)
        form.addRow(QLabel(translate("roster_dialogs",
                                     "Only you see this. Groups will honour it; the class never sees it.")))
        self.first, self.second = QComboBox(), QComboBox()
        for combo, label in ((self.first, translate("roster_dialogs", "First student")),
                             (self.second, translate("roster_dialogs", "Second student"))):
            combo.setAccessibleName(label)
            for student in students:
                combo.addItem(student.display_name, student.id)
        self.second.setCurrentIndex(min(1, len(students) - 1))
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("roster_dialogs", "Rule"))
        self.kind.addItem(translate("roster_dialogs", "Keep apart"), "apart")
        self.kind.addItem(translate("roster_dialogs", "Keep together"), "together")
        form.addRow(translate("roster_dialogs", "Student"), self.first)
        # Translators: a form label joining the first and the second student: "Student [A] and [B]".
        form.addRow(translate("roster_dialogs", "and"), self.second)
        form.addRow(translate("roster_dialogs", "Rule"), self.kind)
        form.addRow(_buttons(self, translate("roster_dialogs", "Add rule")))

    def accept(self) -> None:
        if self.first.currentData() == self.second.currentData():
            QMessageBox.information(self, translate("roster_dialogs", "Keep apart or together"),
                                    translate("roster_dialogs", "Choose two different students."))
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        return self.first.currentData(), self.second.currentData(), self.kind.currentData()
