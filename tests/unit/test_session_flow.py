"""Slides of a session, the step timer and fair turns (pure logic)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.session.flow import Countdown, build_slides, format_ms, planned_minutes_before, timer_colour
from app.session.turns import next_turn


def test_every_shipped_plan_becomes_slides_whose_minutes_add_up() -> None:
    curriculum = load_curriculum(activities_dir())
    for plan in curriculum.plans:
        slides = build_slides(plan, curriculum)
        assert slides[0].kind == "welcome" and slides[-1].kind == "end"
        assert sum(s.minutes for s in slides) == plan.minutes, plan.id
        assert planned_minutes_before(slides, len(slides)) == plan.minutes
        for slide in slides:
            assert slide.lines and all(line.strip() for line in slide.lines)


def test_short_variant_skips_steps_with_no_short_minutes() -> None:
    curriculum = load_curriculum(activities_dir())
    plan = next(p for p in curriculum.plans if any(i.variant == "short" for i in p.items))
    item = next(i for i in plan.items if i.variant == "short")
    activity = curriculum.activity(item.activity)
    steps = [s for s in build_slides(plan, curriculum) if s.activity_id == activity.id]
    assert [s.minutes for s in steps] == [s.short_minutes for s in activity.steps if s.short_minutes]


def test_projector_lines_never_carry_the_facilitator_script() -> None:
    curriculum = load_curriculum(activities_dir())
    for plan in curriculum.plans:
        for slide in build_slides(plan, curriculum):
            if slide.kind == "step":
                assert slide.script not in slide.lines


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_countdown_pauses_resumes_and_takes_an_extra_minute() -> None:
    clock = FakeClock()
    timer = Countdown(5 * 60_000, clock=clock)
    timer.start()
    clock.now += 90
    assert timer.remaining() == 210_000
    timer.pause()
    clock.now += 1000
    assert timer.remaining() == 210_000 and not timer.running
    timer.add_minute()
    timer.start()
    clock.now += 300
    assert timer.remaining() == -30_000
    assert format_ms(timer.remaining()) == "-0:30"
    assert timer_colour(timer.remaining(), 5 * 60_000) == "over"


def test_timer_colours_and_format() -> None:
    assert timer_colour(10 * 60_000, 10 * 60_000) == "ok"
    assert timer_colour(119_000, 10 * 60_000) == "soon"
    assert timer_colour(59_000, 3 * 60_000) == "soon"
    assert format_ms(61_001) == "1:02" and format_ms(60_000) == "1:00" and format_ms(0) == "0:00"


@given(st.integers(1, 25), st.lists(st.booleans(), max_size=80), st.integers(0, 10**6))
def test_nobody_gets_a_second_turn_before_everyone_present_had_one(n: int, passes: list[bool], seed: int) -> None:
    present = [f"s{i}" for i in range(n)]
    rng = random.Random(seed)
    taken: list[tuple[str, bool]] = []
    for passed in passes:
        student = next_turn(present, taken, rng)
        assert student in present
        counts = {s: sum(1 for t, p in taken if t == s and not p) for s in present}
        assert counts[student] == min(counts.values())  # only those with the fewest turns are picked
        taken.append((student, passed))
    counts = [sum(1 for t, p in taken if t == s and not p) for s in present]
    assert max(counts) - min(counts) <= 1


def test_a_pass_does_not_count_but_is_not_asked_again_straight_away() -> None:
    rng = random.Random(1)
    present = ["a", "b", "c"]
    taken = [("a", True)]
    assert next_turn(present, taken, rng) in {"b", "c"}
    assert next_turn(["a"], taken, rng) == "a"
    assert next_turn([], taken, rng) is None
