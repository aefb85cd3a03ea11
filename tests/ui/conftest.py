"""The main window on the demo data, as most UI tests start: one fixture instead of one per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.paths import activities_dir
from tests.demo_image import add_demo


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp):
    """The app's look (Fusion, palette, stylesheet), as app/ui/launch.py applies it, so the tests see the widgets
    as a facilitator does, with the system's font as the app keeps it."""
    from app.ui.theme import apply

    apply(qapp)
    return qapp


@pytest.fixture(scope="session")
def shipped_curriculum() -> Curriculum:
    """The bundled program, parsed once (it is read-only: frozen dataclasses)."""
    return load_curriculum(activities_dir())


@pytest.fixture
def demo_window(qtbot, store, data_dir: Path, shipped_curriculum):
    from app.ui.main_window import MainWindow

    add_demo(store, first_start=True)  # first_start(store), copied in (tests/demo_image.py)
    win = MainWindow(store, shipped_curriculum, settings_file=data_dir / "window.ini")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
