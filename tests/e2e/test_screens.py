"""Two screens: the projector lands on the second screen, swaps, and follows a screen plugged in later.

Each case runs tests/e2e/screens_probe.py in its own process, because Qt reads the screen set-up
when it starts: Qt's offscreen platform with a config file that lists two screens, and a real X
server (Xorg's dummy driver) where the second output is switched on with xrandr mid-session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import ROOT, require_system_tools

PROBE = ROOT / "tests" / "e2e" / "screens_probe.py"
SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1}]}


def _probe(env: dict[str, str], data: Path, scenario: str) -> dict:
    result = subprocess.run([sys.executable, str(PROBE), str(data), scenario], env={**os.environ, **env},
                            capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_projector_goes_to_the_second_screen_and_swaps(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    report = _probe({"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}, tmp_path / "data", "two-screens")
    start = report["start"]
    assert start["projector_screen"] == "projector" and start["console_screen"] == "laptop"
    assert start["projector_geometry"] == [1280, 0, 1920, 1080] and start["projector_full_screen"]
    assert start["body_px"] >= 40  # body text on a 1080p projector
    swapped = report["swapped"]
    assert swapped["projector_screen"] == "laptop" and swapped["console_screen"] == "projector"


@pytest.fixture
def xorg(tmp_path: Path):
    require_system_tools("Xorg", "xrandr", packages="xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils")
    read, write = os.pipe()
    server = subprocess.Popen(["Xorg", "-displayfd", str(write), "-noreset", "-nolisten", "tcp", "-config",
                               str(ROOT / "tests" / "e2e" / "xorg-dummy.conf"), "-logfile", str(tmp_path / "xorg.log")],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    env = {"DISPLAY": display}
    deadline = time.monotonic() + 10
    while subprocess.run(["xrandr"], env={**os.environ, **env}, capture_output=True).returncode != 0:
        assert time.monotonic() < deadline, "the X server did not start"
        time.sleep(0.1)
    subprocess.run(["xrandr", "--output", "DUMMY0", "--mode", "1280x800", "--pos", "0x0", "--primary",
                    "--output", "DUMMY1", "--off"], env={**os.environ, **env}, check=True, capture_output=True)
    yield env
    server.terminate()
    server.wait(10)


def test_a_projector_plugged_in_mid_session_is_used(xorg: dict[str, str], tmp_path: Path) -> None:
    report = _probe({**xorg, "QT_QPA_PLATFORM": "xcb"}, tmp_path / "data", "hotplug")
    alone = report["start"]
    assert alone["screens"] == ["DUMMY0"] and alone["projector_full_screen"]  # one screen: projector full screen
    plugged = report["after_plug"]
    assert plugged["screens"] == ["DUMMY0", "DUMMY1"]
    assert plugged["projector_screen"] == "DUMMY1" and plugged["projector_geometry"] == [1280, 0, 1920, 1080]
    assert plugged["console_screen"] == "DUMMY0"
