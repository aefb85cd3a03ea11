"""Run by tests/e2e/test_screens.py in its own process (the screen set-up must exist before Qt starts).

    python tests/e2e/screens_probe.py DATA_DIR two-screens|hotplug

Prints one JSON object describing where the console and the projector ended up.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.store import open_store
from tests.ui.runner_helpers import new_runner, stop


def wait(seconds: float, until=lambda: False) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        QApplication.processEvents()
        time.sleep(0.02)


def where(window) -> dict:
    projector = window.projector
    return {"screens": [s.name() for s in QGuiApplication.screens()],
            "projector_visible": projector.isVisible(),
            "projector_screen": projector.screen().name(),
            "projector_geometry": projector.geometry().getRect(),
            "projector_full_screen": projector.isFullScreen(),
            "display_geometry": window.roles.display.geometry().getRect(),
            "console_screen": window.screen().name(),
            "body_px": projector.body_px()}


def main() -> int:
    data_dir, scenario = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir)
    window = new_runner(store)
    wait(0.3)
    window.present()
    wait(0.5)
    report = {"start": where(window)}
    if scenario == "two-screens":
        window.roles.swap()
        wait(0.5)
        report["swapped"] = where(window)
        window.roles.swap()
        wait(0.3)
    elif scenario == "hotplug":
        subprocess.run(["xrandr", "--addmode", "DUMMY1", "1920x1080"], check=False, capture_output=True)
        subprocess.run(["xrandr", "--output", "DUMMY1", "--mode", "1920x1080", "--right-of", "DUMMY0"],
                       check=True, capture_output=True)
        wait(5, lambda: len(QGuiApplication.screens()) > 1 and window.projector.screen() is not window.screen())
        wait(0.5)
        report["after_plug"] = where(window)
    stop(window)
    store.close()
    print(json.dumps(report))
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
