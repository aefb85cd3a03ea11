"""The engine's loop against a deterministic clock: hits are stamped when they happened (within half a read
interval), frames keep coming at 60 fps, the exercise ends by itself, Esc stops it, and the projector view
never carries a student's name."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.rhythm import view
from app.rhythm.input_loop import Stamper
from app.rhythm.loop import FRAME_NS, ExerciseLoop, LoopIO
from app.rhythm.protocol import Exercise, Player
from app.rhythm.session import RhythmSession

RHYTHMS = {r.id: r for r in load_curriculum(activities_dir()).rhythms}


class FakeMachine:
    """A clock that moves only when the loop sleeps, reads or draws, and key presses due at given times."""

    def __init__(self, read_cost_ns: int = 20_000, draw_cost_ns: int = 200_000) -> None:
        self.now = 0
        self.read_cost, self.draw_cost = read_cost_ns, draw_cost_ns
        self.due: list[tuple[int, str]] = []     # (true time ns, key), sorted
        self.drawn: list[list[view.Shape]] = []

    def clock(self) -> int:
        return self.now

    def fetch(self) -> list[str]:
        self.now += self.read_cost
        ready = [key for t, key in self.due if t <= self.now]
        self.due = [(t, key) for t, key in self.due if t > self.now]
        return ready

    def draw(self, shapes: list[view.Shape], between: Callable[[], None]) -> None:
        self.drawn.append(shapes)
        for _ in range(4):                     # drawing in pieces, reading between them
            self.now += self.draw_cost // 4
            between()

    def sleep(self, seconds: float) -> None:
        self.now += int(seconds * 1e9)

    def io(self) -> LoopIO:
        return LoopIO(self.fetch, self.draw, lambda areas: None, (1280, 720), self.clock, self.sleep)


def test_the_stamp_is_the_midpoint_of_the_two_reads_around_the_hit() -> None:
    times = iter([1_000, 2_000, 5_000])
    stamper: Stamper[str] = Stamper(lambda: next(times))
    assert stamper.read(lambda: []) == []
    [stamped] = stamper.read(lambda: ["a"])
    assert (stamped.t_ns, stamped.bracket_ns) == (3_500, 3_000)


def _session(pattern: str, keys: str, **kwargs: object) -> RhythmSession:
    players = tuple(Player(f"Student {k}", k, student_id=f"id-{k}") for k in keys)
    return RhythmSession(Exercise(pattern, players=players, **kwargs), RHYTHMS[pattern])  # type: ignore[arg-type]


@settings(max_examples=8, deadline=None)
@given(st.lists(st.floats(-60, 60), min_size=4, max_size=4), st.sampled_from(["steady-pulse-fast", "boom-tak"]))
def test_hits_are_stamped_within_half_a_read_of_when_they_happened(offsets: list[float], pattern: str) -> None:
    machine = FakeMachine()
    session = _session(pattern, "al", bars=1)
    sent: list[dict] = []
    loop = ExerciseLoop(session, machine.io(), sent.append, origin_ns=0, lead_in_ms=500)
    truth: dict[str, list[float]] = {}
    for player, expected in enumerate(session.expected):
        key = session.exercise.players[player].key
        for (t, _, _), offset in zip(expected, offsets, strict=False):
            true_ms = t + offset
            truth.setdefault(key, []).append(true_ms)
            machine.due.append((loop.first_beat_ns + int(true_ms * 1e6), key))
    machine.due.sort()
    assert loop.run() is True
    hits = [m for m in sent if m["type"] == "hit"]
    assert len(hits) == sum(len(v) for v in truth.values())
    for message in hits:
        true_ms = truth[message["key"]].pop(0)
        assert abs(message["t_ms"] - true_ms) <= 0.6     # reads every ~0.5 ms: half of that, plus rounding
    assert sent[-1]["type"] == "summary" and sent[-1]["completed"] is True
    frames = loop.record.frames_ns
    assert all(abs(b - a - FRAME_NS) <= 1_000_000 for a, b in itertools.pairwise(frames))  # 60 fps, steady


def test_esc_stops_the_exercise_and_the_summary_says_so() -> None:
    machine = FakeMachine()
    session = _session("steady-pulse-fast", "a")
    sent: list[dict] = []
    loop = ExerciseLoop(session, machine.io(), sent.append, origin_ns=0, lead_in_ms=0)
    machine.due = [(loop.first_beat_ns + 2_000_000_000, "stop")]
    assert loop.run() is False
    assert sent[-1]["type"] == "summary" and sent[-1]["completed"] is False
    assert machine.now < loop.first_beat_ns + 3_000_000_000     # it did not play on to the end


def test_the_projector_shows_keys_and_the_group_never_names_or_scores() -> None:
    machine = FakeMachine()
    session = _session("keep-the-pulse", "al", bars=6)
    loop = ExerciseLoop(session, machine.io(), lambda m: None, origin_ns=0, lead_in_ms=0)
    machine.due = [(loop.first_beat_ns + int(t * 1e6) + 3_000_000, "a") for t, _, _ in session.expected[0]]
    loop.run()
    texts = {shape.text for shapes in machine.drawn for shape in shapes if isinstance(shape, view.Text)}
    assert {"A", "L", "Together"} <= texts
    assert not any("Student" in text or "%" in text for text in texts)
    end = view.frame(loop.state(0, ended=True, final=session.group().togetherness))
    assert not any("Student" in s.text for s in end if isinstance(s, view.Text))
    # keep-the-pulse: after the fade, no guide circles (outlines in the lane's colour) are drawn any more
    def guides(shapes: list) -> list:
        return [s for s in shapes if isinstance(s, view.Circle) and s.width > 0 and s.colour in view.LANE_COLOURS]

    assert not guides(view.frame(loop.state(loop.guides_until + 2_000)))
    assert guides(view.frame(loop.state(1_000)))


def test_each_grade_has_its_own_shape_and_a_word_in_the_legend_not_only_a_colour() -> None:
    def signature(shapes: list) -> tuple:
        return tuple((type(s).__name__, s.width > 0) for s in shapes)

    marks = {grade: signature(view.grade_mark(100, 100, 12, grade)) for grade in view.GRADE_COLOURS}
    assert len(set(marks.values())) == len(marks)   # five grades, five different shapes
    state = view.FrameState(width=1280, height=720, now_ms=500, title="Steady", pulse=(0, 500, 1000),
                            lanes=(view.Lane("A", (0, 500), ((2, "perfect"), (480, "off"))),), count_in=(),
                            meter=50, legend=("justo", "cerca", "casi", "fuera"))
    texts = [s.text for s in view.frame(state) if isinstance(s, view.Text)]
    assert {"justo", "cerca", "casi", "fuera"} <= set(texts)   # the window's own words for the marks
    calm = view.frame(state.__class__(**{**state.__dict__, "reduced_motion": True, "now_ms": 1010}))
    light = [s for s in calm if isinstance(s, view.Circle) and s.y == 720 // 24 * 3]
    assert light and all(s.colour != view.ACCENT for s in light)   # no flash with reduced motion …
    assert "3" in [s.text for s in calm if isinstance(s, view.Text)]   # … the beat's number instead


def test_the_count_in_number_is_drawn_last_so_nothing_covers_it() -> None:
    machine = FakeMachine()
    session = _session("steady-pulse", "al")
    loop = ExerciseLoop(session, machine.io(), lambda m: None, origin_ns=0, lead_in_ms=0)
    beat = session.schedule.pulse[1]
    shapes = view.frame(loop.state(-beat * 2.5))     # between the 2nd-last and 3rd-last count-in clicks
    assert isinstance(shapes[-1], view.Text) and shapes[-1].text == "3"
    assert not any(isinstance(s, view.Text) and s.text.isdigit() for s in view.frame(loop.state(10)))


def test_reduced_motion_and_the_legend_s_words_travel_to_the_engine_and_bad_ones_are_refused() -> None:
    import pytest

    from app.rhythm.protocol import Exercise

    sent = Exercise(pattern="steady-pulse", reduced_motion=True, legend=("justo", "cerca", "casi", "fuera"))
    assert Exercise.from_json(sent.to_json()) == sent
    with pytest.raises(ValueError, match="legend"):
        Exercise.from_json('{"pattern": "steady-pulse", "legend": "justo"}')
    with pytest.raises(ValueError, match="reduced_motion"):
        Exercise.from_json('{"pattern": "steady-pulse", "reduced_motion": "yes"}')
