"""Ctrl+R offers the class's next session (the first not completed) and says why; the class page follows a session
live; ending a session shows its summary above the observation. Nothing here is modal."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.curriculum import Curriculum
from app.demo.classroom import DEMO_CLASS_ID
from app.session.flow import build_slides
from app.session.progress import last_core_index
from app.store import Store
from app.store import runner as saved
from app.store.card_history import record_draw
from app.store.classes import create_class
from app.store.journal import Author, save_entry
from app.store.students import add_students
from app.ui.runner.start import StartSessionDialog, open_runner
from app.ui.runner.summary import SummaryPanel, open_summaries, show_summary
from tests.ui.runner_helpers import stop


def _class(store: Store, name: str = "7C") -> str:
    class_id = create_class(store, name)
    add_students(store, class_id, [(n, "", "#336699", "star") for n in ("Ana", "Bo", "Cy")])
    return class_id


def _ran(store: Store, curriculum: Curriculum, class_id: str, plan_id: str, furthest: int | None = None) -> None:
    """A session run in the runner up to slide `furthest` (None: to its end), then ended."""
    plan = curriculum.plan(plan_id)
    slides = build_slides(plan, curriculum)
    session = saved.start_session(store, class_id, plan_id, plan.phase)
    saved.save_position(store, session, len(slides) - 1 if furthest is None else furthest, None, False,
                        slides=len(slides))
    saved.finish_session(store, session)


def _dialog(qtbot, store: Store, curriculum: Curriculum, class_id: str) -> StartSessionDialog:
    dialog = StartSessionDialog(None, store, curriculum, class_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_session_run_twice_counts_once(qtbot, store, shipped_curriculum) -> None:
    class_id = _class(store)
    _ran(store, shipped_curriculum, class_id, "s01-who-am-i")
    _ran(store, shipped_curriculum, class_id, "s01-who-am-i")
    dialog = _dialog(qtbot, store, shipped_curriculum, class_id)
    assert dialog.choice() == (class_id, "s02-one-of-a-kind")
    assert dialog.reason.text() == "Session 2 is next: Session 1 is completed."
    assert dialog.plans.currentItem().font().bold() and "· completed" in dialog.plans.item(0).text()


def test_a_session_ended_early_is_offered_again_saying_where_it_ended(qtbot, store, shipped_curriculum) -> None:
    class_id = _class(store)
    _ran(store, shipped_curriculum, class_id, "s01-who-am-i", furthest=2)
    total = len(build_slides(shipped_curriculum.plan("s01-who-am-i"), shipped_curriculum))
    dialog = _dialog(qtbot, store, shipped_curriculum, class_id)
    assert dialog.choice() == (class_id, "s01-who-am-i")
    assert dialog.reason.text() == f"Session 1 ended at step 3 of {total}: run it again, or pick another."
    assert dialog.plans.currentItem().text().endswith(f"· ended at step 3 of {total}")
    assert dialog.start_button.isEnabled()


def test_the_whole_program_completed_suggests_nothing(qtbot, store, shipped_curriculum) -> None:
    class_id = _class(store)
    other = _class(store, "8A")
    for plan in shipped_curriculum.plans:
        if plan.kind == "session" and plan.number is not None:
            slides = build_slides(plan, shipped_curriculum)
            _ran(store, shipped_curriculum, class_id, plan.id, furthest=last_core_index(slides))   # just enough
    dialog = _dialog(qtbot, store, shipped_curriculum, class_id)
    assert dialog.choice() is None and not dialog.start_button.isEnabled()
    assert dialog.reason.text() == "All 14 sessions of the program are completed. Pick any plan to run it again."
    dialog.plans.setCurrentRow(3)   # any plan may still be run again
    assert dialog.choice() is not None and dialog.start_button.isEnabled()
    dialog.classes.setCurrentIndex(dialog.classes.findData(other))   # another class starts at the beginning
    assert dialog.choice() == (other, "s01-who-am-i")
    assert dialog.reason.text() == "Session 1 is the first of the program."


@pytest.fixture
def runner_for(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    made = []

    def make(store: Store, curriculum: Curriculum, plan_id: str = "s02-one-of-a-kind"):
        plan = curriculum.plan(plan_id)
        session = saved.start_session(store, DEMO_CLASS_ID, plan_id, plan.phase)
        window = open_runner(None, store, curriculum,
                             saved.RunningSession(session, DEMO_CLASS_ID, plan_id, 0, None, False, ""))
        qtbot.addWidget(window)
        qtbot.addWidget(window.projector)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.observation is not None:
            window.observation.close()
        stop(window)


def test_the_class_page_shows_the_session_as_it_runs_and_ends(qtbot, demo_window, runner_for) -> None:
    demo_window.show_class(DEMO_CLASS_ID)
    page = demo_window.class_page
    assert page.isVisible()
    assert page.sessions.toPlainText().count("present") == 2 and "2 sessions" in page.summary.text()
    window = runner_for(demo_window.store, demo_window.curriculum)
    runner = window.runner
    runner.set_present(next(iter(runner.students)), False)
    qtbot.waitUntil(lambda: "3 sessions" in page.summary.text(), timeout=4000)   # settles, then shows: no polling
    text = page.sessions.toPlainText()
    assert "Session 2: One of a kind" in text and "not ended yet, at step 1 of" in text and "11 present" in text
    runner.go(3)
    window.end_session()   # what End session does once the facilitator said yes
    text = page.sessions.toPlainText()   # at once, without leaving the page
    assert f"ended at step 4 of {len(runner.slides)}" in text
    assert text.index("Session 2") < text.index("Session 1")   # newest first


def test_the_summary_shows_the_counts_above_the_observation(qtbot, store, demo_window, runner_for) -> None:
    window = runner_for(demo_window.store, demo_window.curriculum)
    runner = window.runner
    runner.set_present(next(iter(runner.students)), False)
    runner.whose_turn()
    runner.whose_turn()
    runner.make_groups(4)
    record_draw(store, runner.session_id, "scenes", "Scenes", "The new student")
    present = runner.present_ids()
    save_entry(store, Author(present[0]), None, body="never shown", session_id=runner.session_id)
    runner.go(len(runner.slides) - 1)
    window.end_session()
    dialog = window.observation
    assert dialog is not None and not dialog.isModal() and dialog.isVisible()
    panel = dialog.findChild(SummaryPanel)
    shown = {what: label.text() for what, label in panel.values.items()}
    total = len(runner.slides)
    assert shown == {"Steps": f"{total} of {total} · completed", "Time": "0 min", "Turns taken": "2",
                     "Groups made": "1", "Cards drawn": "1", "Rhythm": "no run", "Journal entries": "1",
                     "Present": "11 of 12"}
    assert "never shown" not in panel.text() and all(s.display_name not in panel.text()
                                                     for s in runner.students.values())
    layout = dialog.layout()   # one window: the note, the summary, then "How did it go?"
    assert layout.indexOf(panel) == 1 and panel.isVisible() and dialog.rows
    assert layout.totalHeightForWidth(dialog.width()) <= dialog.height() <= 800   # whole, on a 1280×800 screen


def test_without_an_observation_the_summary_is_a_small_window_of_its_own(qtbot, demo_window, runner_for) -> None:
    window = runner_for(demo_window.store, demo_window.curriculum)
    window.runner.finish()
    panel = show_summary(window.runner, None)
    [alone] = open_summaries()
    qtbot.addWidget(alone)
    assert alone.panel is panel and alone.isVisible() and not alone.isModal()
    assert panel.values["Steps"].text().startswith("1 of ")
    alone.close()
