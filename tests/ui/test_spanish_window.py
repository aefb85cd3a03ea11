"""The window in Spanish, as a facilitator who chose Español sees it at start: Qt's own words and the app's,
dates in Spanish, and the curriculum's translated words where they exist (English where they do not yet)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.ui.dates import long_date
from app.ui.i18n import install, translate
from tests.demo_image import add_demo


@pytest.fixture
def spanish(qapp):
    before = QLocale()
    install(qapp, "es")
    yield
    install(qapp, "en")
    QLocale.setDefault(before)   # the other tests' dates as they were


def test_the_window_speaks_spanish_with_dates_and_qt_s_own_buttons(qtbot, spanish, store, data_dir) -> None:
    from app.ui.main_window import MainWindow

    assert translate("main_window", "&Settings") == "&Configuración"
    assert "diciembre" in long_date(date(2026, 12, 3))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"   # Qt's own, qtbase_es
    add_demo(store, first_start=True)
    window = MainWindow(store, load_curriculum(activities_dir(), language="es"), settings_file=data_dir / "w.ini")
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Ir", "&Programa"] and "&Configuración" in titles and titles[-1] == "&Ayuda"
    assert window.language_action.text() == "&Idioma…"
