"""Which session comes next: completed means the last core step was reached, over any history (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.session.flow import Slide, build_slides
from app.session.progress import (
    Past,
    completed,
    last_core_index,
    numbers_text,
    progress_label,
    sequence,
    suggest,
    summary_rows,
)
from app.store.sessions import SessionFigures

PARTS = ("questionnaire", "opening", "core", "reflection", "closing")


def slides_with(parts: list[str]) -> tuple[Slide, ...]:
    """Slides as build_slides makes them: welcome, one per step (with its plan part), end."""
    steps = [Slide("step", f"Step {n}", (), f"Step {n}", "", 5, part) for n, part in enumerate(parts, start=1)]
    return (Slide("welcome", "Welcome", (), "Welcome", "", 0), *steps, Slide("end", "Thank you", (), "End", "", 0))


@dataclass(frozen=True)
class Plan:
    id: str
    kind: str
    number: int | None


SESSIONS = [Plan(f"s{n:02d}", "session", n) for n in range(1, 7)]
COPY = Plan("my-s02", "session", 2)   # a facilitator's own copy of Session 2 counts as Session 2
OTHERS = [Plan("a01", "advisory", 1), Plan("a02", "advisory", 2), Plan("my-own", "session", None)]
PLANS = [*SESSIONS, COPY, *OTHERS]
slides_of_plan = {p.id: slides_with(["opening", "core", "core", "reflection", "closing"]) for p in PLANS}
slides_of_plan["s03"] = slides_with(["questionnaire", "opening", "reflection", "closing"])   # no core part
slides_of_plan["s05"] = slides_with(["opening", "core"] * 3 + ["closing"] * 2)


def slides_of(plan_id: str) -> tuple[Slide, ...] | None:
    return slides_of_plan.get(plan_id)


parts_lists = st.lists(st.sampled_from(PARTS), max_size=12)


@given(parts_lists)
def test_completed_is_reaching_the_last_core_step_and_never_undone_by_going_further(parts: list[str]) -> None:
    slides = slides_with(parts)
    last = last_core_index(slides)
    assert [completed(f, slides) for f in range(len(slides))] == [f >= last for f in range(len(slides))]
    assert completed(len(slides) - 1, slides)   # the end slide is always enough
    if "core" in parts:
        assert slides[last].part == "core" and all(s.part != "core" for s in slides[last + 1:])
        assert not completed(last - 1, slides)
    else:
        assert last == len(slides) - 2 and slides[last + 1].kind == "end"   # the last step before the end


def test_the_rule_on_the_shipped_plans(shipped_plans) -> None:
    curriculum, plans = shipped_plans
    for plan in plans:
        slides = build_slides(plan, curriculum)
        last = last_core_index(slides)
        assert slides[last].part == "core", plan.id
        assert completed(last, slides) and not completed(last - 1, slides)


@pytest.fixture(scope="module")
def shipped_plans():
    from app.curriculum import load_curriculum
    from app.paths import activities_dir

    curriculum = load_curriculum(activities_dir())
    return curriculum, [p for p in curriculum.plans if p.kind == "session"]


def reference(history: list[Past]) -> int | None:
    """The rule said plainly: the smallest session number without a run that reached its last core step."""
    numbers = {p.id: p.number for p in PLANS if p.kind == "session" and p.number is not None}
    done = set()
    for past in history:
        if past.plan_id not in numbers:
            continue
        slides = slides_of(past.plan_id)
        if past.furthest is None or past.furthest >= last_core_index(slides):
            done.add(numbers[past.plan_id])
    return min(set(numbers.values()) - done, default=None)


@st.composite
def pasts(draw) -> Past:
    plan = draw(st.sampled_from(PLANS))
    count = len(slides_of(plan.id))
    furthest = draw(st.one_of(st.none(), st.integers(0, count - 1))) if draw(st.integers(0, 9)) == 0 else \
        draw(st.integers(0, count - 1))
    return Past(plan.id, furthest, count, running=draw(st.booleans()) if furthest is not None else False)


histories = st.lists(pasts(), max_size=25)


@settings(max_examples=300, deadline=None)
@given(histories)
def test_the_suggestion_is_the_first_session_not_completed(history: list[Past]) -> None:
    suggestion = suggest(PLANS, history, slides_of)
    expected = reference(history)
    if expected is None:
        assert suggestion.plan_id is None and "completed" in suggestion.reason
        assert suggestion.completed_numbers == frozenset(range(1, 7))
        return
    chosen = next(p for p in PLANS if p.id == suggestion.plan_id)
    assert chosen.kind == "session" and chosen.number == expected   # never an advisory, never unnumbered
    early = [p for p in history if p.plan_id and next(q for q in PLANS if q.id == p.plan_id).number == expected
             and next(q for q in PLANS if q.id == p.plan_id).kind == "session"]
    if early:   # it was run and did not get to its last core step: offered again, saying where it ended
        latest = early[-1]
        step, total = min(latest.furthest + 1, latest.slide_count), latest.slide_count
        assert chosen.id == latest.plan_id
        assert suggestion.reason == (f"Session {expected} {'stopped' if latest.running else 'ended'} at step {step} "
                                     f"of {total}: run it again, or pick another.")
    else:
        assert chosen.id == next(p.id for p in sequence(PLANS) if p.number == expected)
        assert suggestion.reason.startswith(f"Session {expected} is ")


@settings(max_examples=150, deadline=None)
@given(histories, st.data())
def test_a_completed_session_run_again_is_still_one(history: list[Past], data) -> None:
    before = suggest(PLANS, history, slides_of)
    finished = [p for p in history if p.furthest is not None and p.plan_id in slides_of_plan
                and p.done(slides_of(p.plan_id))]
    if not finished:
        return
    again = data.draw(st.sampled_from(finished))
    at = data.draw(st.integers(0, len(history)))
    after = suggest(PLANS, [*history[:at], again, *history[at:]], slides_of)
    assert after.plan_id == before.plan_id and after.completed_numbers == before.completed_numbers


@settings(max_examples=150, deadline=None)
@given(histories)
def test_advisory_periods_and_unnumbered_plans_never_move_the_sequence(history: list[Past]) -> None:
    outside = {p.id for p in OTHERS}
    kept = [p for p in history if p.plan_id not in outside]
    assert suggest(PLANS, history, slides_of) == suggest(PLANS, kept, slides_of)


def done(plan_id: str) -> Past:
    return Past(plan_id, len(slides_of(plan_id)) - 1, len(slides_of(plan_id)))


def test_the_histories_a_facilitator_meets() -> None:
    assert suggest(PLANS, [], slides_of).reason == "Session 1 is the first of the program."
    twice = suggest(PLANS, [done("s01"), done("s01")], slides_of)
    assert twice.plan_id == "s02" and twice.reason == "Session 2 is next: Session 1 is completed."
    early = suggest(PLANS, [done("s01"), Past("s02", 2, 7)], slides_of)
    assert early.plan_id == "s02" and early.reason == "Session 2 ended at step 3 of 7: run it again, or pick another."
    copied = suggest(PLANS, [done("s01"), Past("my-s02", 1, 7)], slides_of)
    assert copied.plan_id == "my-s02"   # the copy they started is the one offered again
    skipped = suggest(PLANS, [done("s01"), done("s03"), done("my-s02")], slides_of)
    assert skipped.plan_id == "s04" and skipped.reason == "Session 4 is next: Sessions 1–3 are completed."
    recorded = suggest(PLANS, [Past("s01", None, None)], slides_of)   # typed in or imported: taken as done
    assert recorded.plan_id == "s02"
    everything = suggest(PLANS, [done(p.id) for p in SESSIONS], slides_of)
    assert everything.plan_id is None
    assert everything.reason == "All 6 sessions of the program are completed. Pick any plan to run it again."
    assert suggest(OTHERS[:2], [], slides_of).plan_id is None


def test_progress_words() -> None:
    slides = slides_of("s01")   # welcome, 5 steps (core at 2 and 3), end: the last core step is index 3
    assert progress_label(Past("s01", 4, 19), slides) == "ended at step 5 of 19"   # edited since: the count it had
    assert progress_label(Past("s01", 3, 7), slides) == "completed"
    assert progress_label(Past("s01", 2, 7), slides) == "ended at step 3 of 7"
    assert progress_label(Past("s01", 2, None), slides) == "ended at step 3 of 7"
    assert progress_label(Past("s01", 2, 7, running=True), slides) == "not ended yet, at step 3 of 7"
    assert progress_label(Past("s01", None, None), slides) == ""
    assert progress_label(Past("gone", 17, 19), None) == "completed"   # plan gone: the step before the end
    assert progress_label(Past("gone", 4, 19), None) == "ended at step 5 of 19"
    assert numbers_text([3, 1, 2, 5]) == "1–3 and 5" and numbers_text([1, 2]) == "1 and 2"


def test_summary_rows_are_counts_only() -> None:
    figures = SessionFigures("x", furthest=4, slide_count=7, minutes=52, turns=9, passes=2, groupings=1, cards=3,
                             cards_returned=1, rhythm_runs=2, best_togetherness=78, journal_entries=11, present=11,
                             students=12)
    rows = dict(summary_rows(figures, slides_of("s01")))
    assert rows == {"Steps": "5 of 7 · completed", "Time": "52 min", "Turns taken": "9 (2 passed)",
                    "Groups made": "1", "Cards drawn": "3 (1 returned)", "Rhythm": "together 78/100 (best run)",
                    "Journal entries": "11", "Present": "11 of 12"}
    early = dict(summary_rows(replace(figures, furthest=1, rhythm_runs=0, best_togetherness=None), slides_of("s01")))
    assert early["Steps"] == "2 of 7 · ended before the last core step" and early["Rhythm"] == "no run"
