"""Settings → Language…: the language the window, the printed sheets and the command line speak.

Stored in the data folder's settings, so the app on this laptop and its command line agree; '' follows the
system's language. Qt cannot retranslate windows already built, so the choice applies from the next start,
and the dialog says so plainly.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app import i18n
from app.store.db import Store, StoreError
from app.store.settings import get_setting, save_setting, setting_or_none
from app.ui.i18n import translate

log = logging.getLogger(__name__)


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("language_dialog", "Language"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("language_dialog", "Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.choice.addItem(translate("language_dialog", "The system's language ({language})").format(
            language=system), "")
        for code, name in i18n.LANGUAGES.items():
            self.choice.addItem(name, code)   # each language in its own words, so anyone can find theirs
        stored = get_setting(store, i18n.SETTING) or ""
        self.choice.setCurrentIndex(max(0, self.choice.findData(stored)))
        note = QLabel(translate("language_dialog", "The app speaks the language you choose from the next time "
                                                   "it starts: its windows, printed sheets and reports, and its "
                                                   "command line. The curriculum follows where it is translated; "
                                                   "anything not yet translated stays in English."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("language_dialog", "&Language:"), self.choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        code = self.choice.currentData() or ""
        try:
            save_setting(self.store, i18n.SETTING, code)
        except StoreError as error:   # a full disk or a locked file: said, and the old choice kept
            log.warning("language not saved: %s", error)
            self.message.setText(translate("language_dialog", "The choice could not be saved ({error}). "
                                                              "Free some space or close other copies of the app, "
                                                              "then try again.").format(error=error.__cause__ or error))
            return False
        log.info("language set to %r (applies at the next start)", code or "system")
        self.accept()
        return True


def stored_language(store: Store) -> str | None:
    """The language chosen; None (the system's) when none is, or the settings table cannot be read."""
    return setting_or_none(store, i18n.SETTING)
