"""The console at 200 % text (Settings → Appearance) on a school laptop: everything within 1280 px, the rhythm
set-up and the action bar's buttons wrapping into rows instead of pushing the side panel off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import theme
from tests.ui.runner_helpers import first_step, new_runner, stop

LAPTOP_WIDTH = 1280


@pytest.fixture
def large_text(qapp):
    font = QApplication.font()
    theme.apply(qapp, font_scale=2.0)
    yield
    QApplication.setFont(font)
    theme.apply(qapp)


@pytest.mark.parametrize("scale", ["normal", "200 %"])
def test_the_console_at_a_rhythm_step_fits_a_school_laptop(qtbot, store, monkeypatch, request, scale) -> None:
    if scale == "200 %":
        request.getfixturevalue("large_text")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = new_runner(store)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    first_step(window)   # s01's first step plays a rhythm: its set-up is the widest part of the console
    window.show()
    qtbot.waitUntil(lambda: window.console.rhythm.isVisible())
    try:
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
        panel = window.console.rhythm
        fields = (panel.pattern, panel.tempo, panel.bars, panel.keys, panel.windows, panel.latency)
        rows = {field.parentWidget().y() for field in fields}
        assert len(rows) >= 2   # the set-up wraps even at normal size (seven parts do not fit one row)
    finally:
        stop(window)
