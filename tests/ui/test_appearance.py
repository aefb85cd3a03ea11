"""Settings → Appearance… and Settings → Language… as a facilitator uses them: the choice is kept in the
data folder, and at start every window follows one theme and one text size (checked at 200 %)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app import i18n
from app.store.settings import get_setting
from app.ui import appearance, theme
from app.ui.language_dialog import LanguageDialog


@pytest.fixture
def restore_look(qapp):
    font = QApplication.font()
    yield
    QApplication.setFont(font)
    theme.apply(qapp, theme.LIGHT)


def test_appearance_is_kept_and_applied_at_start_with_every_size_scaled(qtbot, tmp_path: Path, restore_look,
                                                                          qapp) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    dialog = appearance.AppearanceDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.size.setCurrentIndex(dialog.size.findData(2.0))
    dialog.motion.setChecked(True)
    dialog.save()
    chosen = appearance.read(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert chosen == appearance.Appearance("high-contrast", 2.0, True)

    before = QApplication.font().pointSizeF()
    appearance.apply(qapp, chosen)
    assert QApplication.font().pointSizeF() == pytest.approx(before * 2, abs=0.1)
    assert theme.current().name == "high-contrast" and appearance.current().reduced_motion
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert theme.pt("h1") == pytest.approx(QApplication.font().pointSizeF() * theme.current().scale.h1, abs=0.1)
    label = QLabel("Large")
    qtbot.addWidget(label)
    assert label.font().pointSizeF() >= before * 2 - 0.1   # a new widget takes the scaled font


def test_a_damaged_appearance_setting_falls_back_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "window.ini").write_text("[appearance]\ntheme=purple\ntextScale=huge\n", encoding="utf-8")
    chosen = appearance.read(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert chosen == appearance.Appearance()


def test_the_language_choice_is_kept_in_the_data_folder(qtbot, store) -> None:
    dialog = LanguageDialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.choice.currentData() == ""   # the system's, until chosen
    assert [dialog.choice.itemText(n) for n in range(1, dialog.choice.count())] == list(i18n.LANGUAGES.values())
    dialog.choice.setCurrentIndex(dialog.choice.findData("es"))
    assert dialog.save()
    assert get_setting(store, i18n.SETTING) == "es"
