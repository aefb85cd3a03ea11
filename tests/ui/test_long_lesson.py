"""A lesson is hours of clicks and timer ticks: the Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call that returns nothing, so the
app died with "none_dealloc" a few minutes into a session. This guards the pinned version.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_an_hour_of_timer_ticks_does_not_wear_down_none(qtbot) -> None:
    label = QLabel("12:00")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for second in range(20_000):  # more than the app makes in an hour of ticking, resizing and refreshing
        label.setText(f"{second // 60}:{second % 60:02d}")
        label.move(second % 7, 0)
        label.raise_()
    assert abs(sys.getrefcount(None) - before) < 1_000
