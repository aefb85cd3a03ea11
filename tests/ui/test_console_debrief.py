"""At the debrief step the console brings forward the activity's debrief questions (the facilitator picks and
ticks), the pass in the activity's words, its care notes and adaptations; ticks last while in the activity."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.runner_helpers import new_runner, stop


def test_the_debrief_step_brings_its_questions_forward(qtbot, store) -> None:
    window = new_runner(store)
    try:
        runner, side = window.runner, window.console.side
        first = next(i for i, s in enumerate(runner.slides) if s.kind == "step")
        runner.go(first)
        activity = runner.curriculum.activity(runner.slide.activity_id)
        notes = side.activity
        assert notes.activity_id == activity.id and side.currentWidget() is not notes
        assert activity.opt_out.split("'")[1][:20] in notes.notes.toPlainText()  # the pass in its own words
        debrief = next(i for i, s in enumerate(runner.slides)
                       if s.activity_id == activity.id and "debrief" in s.title.lower())
        runner.go(debrief)
        assert side.currentWidget() is notes and side.tabText(side.indexOf(notes)) == "Debrief"
        assert [notes.questions.item(n).text() for n in range(notes.questions.count())] == list(activity.debrief)
        notes.questions.item(0).setCheckState(Qt.CheckState.Checked)
        runner.go(debrief - 1)
        runner.go(debrief)
        assert notes.asked() == [activity.debrief[0]]  # ticks stay while the class is in the activity
        later = next(i for i, s in enumerate(runner.slides) if i > debrief and s.activity_id not in (None, activity.id))
        runner.go(later)
        assert notes.asked() == [] and side.tabText(side.indexOf(notes)) == "Activity"
    finally:
        stop(window)
