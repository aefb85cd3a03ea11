"""The window's language: Qt's translators for the app's catalogue and Qt's own (buttons such as Cancel,
the file dialog), and the locale that dates and numbers follow.

Every user-facing string in `app/ui` goes through `translate("context", "text")` (Qt's, re-exported here so
the catalogue tool finds one name everywhere) with the module as the context; a constant defined at module
level is marked with `QT_TRANSLATE_NOOP` and translated where it is shown. The language is chosen in
Settings → Language… and applies when the app next starts: Qt cannot retranslate windows already built.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # one import place for the UI

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate; a counted text with no translation is said in English right ('%n student(s)')."""
    if n < 0:
        return QCoreApplication.translate(context, text, disambiguation, n)
    words = QCoreApplication.translate(context, text, disambiguation, n)
    return i18n.english_plural(text, n) if words == text.replace("%n", str(n)) else words


def install(app: QCoreApplication, choice: str | None) -> str:
    """Speak `choice` ('' or None: the system's language) from now on; returns the language in use."""
    code = i18n.set_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != i18n.SOURCE:
        for folder, name in ((str(i18n.CATALOGUES), f"ea_{code}"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{code}")):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translation %s not found in %s: those words stay in English", name, folder)
    system = QLocale.system()
    same = QLocale(code).language() == system.language()
    # dates and numbers in the language shown, in the system's country when it speaks that language; built from
    # the name, since the system backend may pair a language's name with the C locale's month names
    QLocale.setDefault(QLocale(system.name()) if same else QLocale(code))
    return code
