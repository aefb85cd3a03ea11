"""Puts a demo session on two screens for the README's screenshots (run under ../shared/tools/screenshot with
TWO_SCREENS=1; the laptop is 1280×800, the projector 1920×1080).

    python docs/screenshots/runner_shot.py DATA_DIR step|card|groups|challenge
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from app.store import open_store
from app.ui.theme import apply as apply_theme
from tests.ui.runner_helpers import new_runner


def wait(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> None:
    data_dir, state = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    apply_theme(app)   # as the app starts: palette and stylesheet
    store = open_store(data_dir)
    window = new_runner(store, "s08-what-others-need" if state == "card" else "s01-who-am-i")
    runner = window.runner
    laptop = window.roles.control
    window.setGeometry(laptop.availableGeometry())
    window.show()
    step = next(i for i, s in enumerate(runner.slides) if s.kind == "step")
    if state == "card":
        step = next(i for i, s in enumerate(runner.slides)
                    if s.activity_id and (a := runner.curriculum.activity(s.activity_id)) and a.deck)
    elif state == "challenge":
        step = next(i for i, s in enumerate(runner.slides) if s.kind == "challenge")
    runner.go(step)
    runner.toggle_timer()
    window.present()
    wait(1.0)
    if state == "card":
        runner.draw_card()
    elif state == "groups":
        runner.make_groups(4)
    elif state == "challenge":
        window.console.challenge.act()   # started for the class, as Ctrl+Shift+H does
    wait(2.0)
    app.exec()


if __name__ == "__main__":
    main()
