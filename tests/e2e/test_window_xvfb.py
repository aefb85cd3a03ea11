"""The real app in a real X window (Xvfb, xcb platform), found by its title from outside."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import ROOT, require_system_tools


@pytest.fixture
def display():
    require_system_tools("Xvfb", "xwininfo", packages="xvfb x11-utils")
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    number = server.stdout.readline().strip()  # type: ignore[union-attr]
    yield f":{number}"
    server.terminate()
    server.wait(10)


def _window_titles(display: str) -> str:
    return subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True, text=True,
                          check=False).stdout


def test_app_opens_a_window_titled_empathy_ambassadors(display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data")], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and '"Empathy Ambassadors"' not in _window_titles(display):
            assert app.poll() is None, app.communicate()[1]
            time.sleep(0.2)
        assert '"Empathy Ambassadors"' in _window_titles(display)
    finally:
        app.terminate()
        app.wait(10)
    assert (tmp_path / "data" / "empathy.sqlite3").is_file()
