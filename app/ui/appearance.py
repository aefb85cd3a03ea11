"""Settings → Appearance…: the theme (light, dark, high contrast, or the system's), the text size for the
whole app (100 % to 200 %), and reduced motion (the rhythm window's beat light stops flashing).

Kept with the window's other settings (window.ini in the data folder), read once at start, before any
window is built: every size in the app is a multiple of the application font (theme.py), so one scale
reaches every page and dialog, and the palette and stylesheet are built from one Theme.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
THEME_NAMES = (("system", QT_TRANSLATE_NOOP("appearance", "The system's (light or dark)")),
               ("light", QT_TRANSLATE_NOOP("appearance", "Light")),
               ("dark", QT_TRANSLATE_NOOP("appearance", "Dark")),
               ("high-contrast", QT_TRANSLATE_NOOP("appearance", "High contrast")))


@dataclass(frozen=True)
class Appearance:
    theme: str = "system"
    text_scale: float = 1.0
    reduced_motion: bool = False


_current = Appearance()


def current() -> Appearance:
    """As applied at start (the rhythm panel asks it for reduced motion)."""
    return _current


def read(settings: QSettings) -> Appearance:
    name = str(settings.value("appearance/theme", "system"))
    try:
        scale = float(settings.value("appearance/textScale", 1.0))
    except (TypeError, ValueError):
        scale = 1.0
    reduced = str(settings.value("appearance/reducedMotion", "false")).lower() in ("true", "1")
    return Appearance(name if name in dict(THEME_NAMES) else "system", min(max(scale, SCALES[0]), SCALES[-1]),
                      reduced)


def write(settings: QSettings, chosen: Appearance) -> None:
    settings.setValue("appearance/theme", chosen.theme)
    settings.setValue("appearance/textScale", chosen.text_scale)
    settings.setValue("appearance/reducedMotion", chosen.reduced_motion)
    settings.sync()


def theme_for(name: str) -> theme.Theme:
    if name == "system":
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return theme.DARK if dark else theme.LIGHT
    return theme.THEMES.get(name, theme.LIGHT)


def apply(app, chosen: Appearance) -> None:
    """At start: the theme and the text size for every window to come."""
    global _current
    _current = chosen
    theme.apply(app, theme_for(chosen.theme), font_scale=chosen.text_scale)
    log.info("appearance: %s theme, text at %d %%, reduced motion %s", chosen.theme, round(chosen.text_scale * 100),
             "on" if chosen.reduced_motion else "off")


class AppearanceDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("appearance", "Appearance"))
        stored = read(settings)
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("appearance", "Theme"))
        for name, label in THEME_NAMES:
            self.theme.addItem(translate("appearance", label), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(stored.theme)))
        self.size = QComboBox()
        self.size.setAccessibleName(translate("appearance", "Text size"))
        for scale in SCALES:
            self.size.addItem(translate("appearance", "{percent} %").format(percent=round(scale * 100)), scale)
        self.size.setCurrentIndex(min(range(len(SCALES)), key=lambda n: abs(SCALES[n] - stored.text_scale)))
        self.motion = QCheckBox(translate("appearance", "Reduce motion: the rhythm window's beat light shows the "
                                                        "beat's number instead of flashing"))
        self.motion.setChecked(stored.reduced_motion)
        note = QLabel(translate("appearance", "These apply when the app next starts. The projector keeps its dark "
                                              "room colours; its text size is set in the session (Ctrl+Shift+= "
                                              "and Ctrl+Shift+-)."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("appearance", "&Theme:"), self.theme)
        form.addRow(translate("appearance", "Te&xt size:"), self.size)
        form.addRow(self.motion)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> Appearance:
        return Appearance(self.theme.currentData(), float(self.size.currentData()), self.motion.isChecked())

    def save(self) -> None:
        write(self.settings, self.chosen())
        self.accept()
