"""Building a real runner on a real database for the runner tests (also used by the two-screen probe)."""

from __future__ import annotations

from app.curriculum import load_curriculum
from app.demo.classroom import DEMO_CLASS_ID
from app.paths import activities_dir
from app.store import Store
from app.store import runner as saved
from app.ui.runner.start import open_runner
from app.ui.runner.window import RunnerWindow
from tests.demo_image import add_demo

CURRICULUM = load_curriculum(activities_dir())


def new_runner(store: Store, plan_id: str = "s01-who-am-i") -> RunnerWindow:
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    plan = CURRICULUM.plan(plan_id)
    session_id = saved.start_session(store, DEMO_CLASS_ID, plan_id, plan.phase)
    window = open_runner(None, store, CURRICULUM,
                         saved.RunningSession(session_id, DEMO_CLASS_ID, plan_id, 0, None, False, ""))
    assert window is not None
    return window


def first_step(window: RunnerWindow) -> None:
    """Go to the first activity step (session 1 opens with its questionnaire, before the first activity)."""
    window.runner.go(next(i for i, s in enumerate(window.runner.slides) if s.kind == "step"))


def stop(window: RunnerWindow) -> None:
    """Test teardown: end the session so closing the window asks nothing."""
    window.runner._ticker.stop()
    window.runner._saver.stop()
    window.console.questionnaire._timer.stop()
    window.ended = True
    window.close()
