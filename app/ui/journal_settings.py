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
from app.ui.i18n import translate
from app.ui.widgets import confirm


def ask_new_password(parent: QWidget, store: Store) -> bool:
    """Set the facilitator's password (first use of student mode, or a change); True when one was set."""
    while True:
        first, ok = QInputDialog.getText(
            parent, translate("journal_settings", "Facilitator password"),
            translate("journal_settings", "Choose a password to leave student mode (at least %n character(s)).\n"
                                          "Students must not know it. It is stored only as a slow hash.",
                      None, PASSWORD_MIN), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if len(first) < PASSWORD_MIN:
            QMessageBox.warning(parent, translate("journal_settings", "Too short"),
                                translate("journal_settings", "Use at least %n character(s).", None, PASSWORD_MIN))
            continue
        second, ok = QInputDialog.getText(parent, translate("journal_settings", "Facilitator password"),
                                          translate("journal_settings", "Type it again to check."),
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if first != second:
            QMessageBox.warning(parent, translate("journal_settings", "Not the same"),
                                translate("journal_settings", "The two passwords were different. Try again."))
            continue
        set_password(store, first)
        return True


class JournalSettingsDialog(QDialog):
    def __init__(self, parent: QWidget, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("journal_settings", "Journal settings"))
        form = QFormLayout(self)
        self.idle = QSpinBox()
        self.idle.setRange(1, 30)
        # Translators: after a number of minutes in a spin box (with its leading space).
        self.idle.setSuffix(translate("journal_settings", " min"))
        self.idle.setValue(max(1, idle_seconds(store) // 60))
        self.idle.setAccessibleName(translate("journal_settings",
                                              "Lock student mode after this many minutes without typing"))
        form.addRow(translate("journal_settings", "Lock a student's journal after"), self.idle)
        self.retention = QSpinBox()
        self.retention.setRange(0, 120)
        # Translators: the retention spin box at 0 months.
        self.retention.setSpecialValueText(translate("journal_settings", "never"))
        # Translators: after a number of months in a spin box (with its leading space).
        self.retention.setSuffix(translate("journal_settings", " months"))
        self.retention.setValue(retention_months(store))
        self.retention.setAccessibleName(translate("journal_settings",
                                                   "Offer to delete a class this many months after its last session"))
        form.addRow(translate("journal_settings", "Offer to delete a class after its last session"), self.retention)
        form.addRow(QLabel(translate("journal_settings", "Your school's rules on keeping children's data decide "
                                                         "this. The app asks before it deletes anything.")))
        change = QDialogButtonBox()
        button = change.addButton(translate("journal_settings", "Change facilitator password…") if has_password(store)
                                  else translate("journal_settings", "Set facilitator password…"),
                                  QDialogButtonBox.ButtonRole.ActionRole)
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
        # Translators: {name} is the class, {date} the day of its last session; 'No' is the button's name.
        if confirm(parent, translate("journal_settings", "Delete an old class?"),
                   translate("journal_settings", "The last session of {name} was on {date}, more than %n month(s) "
                                                 "ago (your retention setting). Delete {name} with all its students, "
                                                 "journals and rhythm results?\n\nThis cannot be undone. Choose No "
                                                 "to keep it; you will be asked again next time.", None, months)
                   .format(name=name, date=last)):
            purge_class(store, class_id)
            purged += 1
    return purged
