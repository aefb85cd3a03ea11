"""Journal settings (student mode's idle lock, the retention period, the facilitator's password), the
password prompts, and the offer to purge classes that are past the retention period."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.store import Store
from app.store.forget import classes_due_for_purge, purge_class
from app.store.kiosk import (
    PASSWORD_MIN,
    has_password,
    idle_seconds,
    retention_months,
    set_idle_seconds,
    set_password,
    set_retention_months,
)
from app.ui.widgets import confirm


def ask_new_password(parent: QWidget, store: Store) -> bool:
    """Set the facilitator's password (first use of student mode, or a change); True when one was set."""
    while True:
        first, ok = QInputDialog.getText(
            parent, "Facilitator password",
            f"Choose a password to leave student mode (at least {PASSWORD_MIN} characters).\n"
            "Students must not know it. It is stored only as a slow hash.", QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if len(first) < PASSWORD_MIN:
            QMessageBox.warning(parent, "Too short", f"Use at least {PASSWORD_MIN} characters.")
            continue
        second, ok = QInputDialog.getText(parent, "Facilitator password", "Type it again to check.",
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if first != second:
            QMessageBox.warning(parent, "Not the same", "The two passwords were different. Try again.")
            continue
        set_password(store, first)
        return True


class JournalSettingsDialog(QDialog):
    def __init__(self, parent: QWidget, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Journal settings")
        form = QFormLayout(self)
        self.idle = QSpinBox()
        self.idle.setRange(1, 30)
        self.idle.setSuffix(" min")
        self.idle.setValue(max(1, idle_seconds(store) // 60))
        self.idle.setAccessibleName("Lock student mode after this many minutes without typing")
        form.addRow("Lock a student's journal after", self.idle)
        self.retention = QSpinBox()
        self.retention.setRange(0, 120)
        self.retention.setSpecialValueText("never")
        self.retention.setSuffix(" months")
        self.retention.setValue(retention_months(store))
        self.retention.setAccessibleName("Offer to delete a class this many months after its last session")
        form.addRow("Offer to delete a class after its last session", self.retention)
        form.addRow(QLabel("Your school's rules on keeping children's data decide this. The app asks before "
                           "it deletes anything."))
        change = QDialogButtonBox()
        button = change.addButton("Change facilitator password…" if has_password(store)
                                  else "Set facilitator password…", QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: ask_new_password(self, store))
        form.addRow(change)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        set_idle_seconds(self.store, self.idle.value() * 60)
        set_retention_months(self.store, self.retention.value())
        super().accept()


def offer_purge(parent: QWidget, store: Store) -> int:
    """At start: for each class past the retention period, ask whether to delete it; returns how many went."""
    months = retention_months(store)
    purged = 0
    for class_id, name, last in classes_due_for_purge(store, months):
        if confirm(parent, "Delete an old class?",
                   f"The last session of {name} was on {last}, more than {months} months ago (your retention "
                   f"setting). Delete {name} with all its students, journals and rhythm results?\n\n"
                   "This cannot be undone. Choose No to keep it; you will be asked again next time."):
            purge_class(store, class_id)
            purged += 1
    return purged
