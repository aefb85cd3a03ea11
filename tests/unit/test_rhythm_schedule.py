"""The schedule: every onset where the tempo curve puts it, the count-in before it, the fade and the roles honoured."""

from __future__ import annotations

from dataclasses import replace
from itertools import accumulate, pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.curriculum.model import PART_ROLES, Rhythm, RhythmPart
from app.paths import activities_dir
from app.rhythm.schedule import COUNT_VOICE, build_schedule

approx = pytest.approx


@st.composite
def rhythms(draw: st.DrawFn, *, curve: bool = False, fade: bool = False, roles: tuple[str, ...] = PART_ROLES,
            count_in: int | None = None) -> Rhythm:
    """A random pattern: any metre, 1–4 parts, each with at least one hit; the first part is always played."""
    beats = draw(st.integers(1, 8))
    subdivision = draw(st.integers(1, 4))
    bars = draw(st.integers(2 if fade else 1, 8))
    steps = beats * subdivision
    parts = []
    for index in range(draw(st.integers(1, 4))):
        hits = draw(st.lists(st.sampled_from("x."), min_size=steps, max_size=steps).filter(lambda h: "x" in h))
        role = "play" if index == 0 else draw(st.sampled_from(roles))
        parts.append(RhythmPart(name=f"part {index}", voice=draw(st.sampled_from(("low", "high", "click", "shaker"))),
                                hits=" ".join(hits), role=role))
    tempo = draw(st.integers(30, 240))
    tempo_by_bar = tuple(draw(st.lists(st.integers(30, 240), min_size=bars, max_size=bars))) if curve else ()
    return Rhythm(id="r", title="R", summary="s", tempo=tempo, beats_per_bar=beats, subdivision=subdivision,
                  bars=bars, parts=tuple(parts),
                  mode="keep-the-pulse" if fade else "play-along",
                  tempo_by_bar=tempo_by_bar,
                  count_in=draw(st.integers(0, 2)) if count_in is None else count_in,
                  fade_after_bars=draw(st.integers(1, bars - 1)) if fade else None)


@given(rhythms())
def test_constant_tempo_onsets_fall_on_the_grid(rhythm: Rhythm) -> None:
    schedule = build_schedule(rhythm)
    step_ms = 60_000 / rhythm.tempo / rhythm.subdivision
    steps = rhythm.beats_per_bar * rhythm.subdivision
    assert len(schedule.onsets) == rhythm.bars * sum(p.steps.count("x") for p in rhythm.parts)
    for onset in schedule.onsets:
        assert onset.beat == onset.bar * steps + onset.step
        assert onset.t_ms == approx(onset.beat * step_ms, rel=1e-12, abs=1e-9)
        assert onset.interval_ms == approx(60_000 / rhythm.tempo)
        assert rhythm.parts[onset.part].steps[onset.step] == "x"
        assert schedule.phrase_of(onset.beat) == onset.bar
    assert [o.t_ms for o in schedule.onsets] == sorted(o.t_ms for o in schedule.onsets)
    assert schedule.end_ms == approx(rhythm.bars * rhythm.beats_per_bar * 60_000 / rhythm.tempo)
    assert schedule.pulse == approx([n * 60_000 / rhythm.tempo for n in range(rhythm.bars * rhythm.beats_per_bar)])


@given(rhythms(curve=True), st.integers(30, 240))
def test_a_tempo_override_scales_every_time(rhythm: Rhythm, tempo: int) -> None:
    written, scaled = build_schedule(rhythm), build_schedule(rhythm, tempo=tempo)
    factor = rhythm.tempo / tempo
    assert [o.beat for o in scaled.onsets] == [o.beat for o in written.onsets]
    assert [o.t_ms for o in scaled.onsets] == approx([o.t_ms * factor for o in written.onsets])
    assert [o.interval_ms for o in scaled.onsets] == approx([o.interval_ms * factor for o in written.onsets])
    assert scaled.end_ms == approx(written.end_ms * factor)
    assert scaled.count_in == approx([t * factor for t in written.count_in])


@given(rhythms(), st.integers(1, 20))
def test_a_bars_override_shortens_or_repeats_the_pattern(rhythm: Rhythm, bars: int) -> None:
    written, changed = build_schedule(rhythm), build_schedule(rhythm, bars=bars)
    assert changed.bars == bars and {o.bar for o in changed.onsets} == set(range(bars))
    assert len(changed.onsets) == bars * sum(p.steps.count("x") for p in rhythm.parts)
    assert changed.end_ms == approx(bars * rhythm.beats_per_bar * 60_000 / rhythm.tempo)
    common = min(bars, rhythm.bars)
    assert [o for o in changed.onsets if o.bar < common] == [o for o in written.onsets if o.bar < common]


@given(rhythms(curve=True))
def test_a_tempo_curve_lays_bars_end_to_end(rhythm: Rhythm) -> None:
    schedule = build_schedule(rhythm)
    bar_ms = [rhythm.beats_per_bar * 60_000 / t for t in rhythm.tempo_by_bar]
    starts = [0.0, *accumulate(bar_ms)]
    for onset in schedule.onsets:
        beat_ms = 60_000 / rhythm.tempo_by_bar[onset.bar]
        assert onset.interval_ms == approx(beat_ms)
        assert onset.t_ms == approx(starts[onset.bar] + onset.step * beat_ms / rhythm.subdivision)
    assert schedule.end_ms == approx(starts[-1])
    assert schedule.end_ms / 1000 == approx(rhythm.seconds)
    assert schedule.pulse[::rhythm.beats_per_bar] == approx(starts[:-1])


@given(rhythms(curve=True))
def test_count_in_clicks_are_a_beat_apart_and_end_a_beat_before_the_start(rhythm: Rhythm) -> None:
    schedule = build_schedule(rhythm)
    beat_ms = 60_000 / rhythm.tempo_by_bar[0]
    assert len(schedule.count_in) == rhythm.count_in * rhythm.beats_per_bar
    if schedule.count_in:
        assert schedule.count_in[-1] == approx(-beat_ms)
        assert [b - a for a, b in pairwise(schedule.count_in)] == approx(
            [beat_ms] * (len(schedule.count_in) - 1))
    sounds = schedule.sounds()
    assert [t for t, voice, _ in sounds if voice == COUNT_VOICE] == list(schedule.count_in)


@given(rhythms(fade=True, count_in=1))
def test_the_guide_fades_over_one_bar_but_players_are_still_scored(rhythm: Rhythm) -> None:
    schedule = build_schedule(rhythm)
    fade = rhythm.fade_after_bars
    assert fade is not None
    gains = [o.gain for o in schedule.onsets]
    assert all(b <= a for a, b in pairwise(gains))
    steps = rhythm.beats_per_bar * rhythm.subdivision
    for onset in schedule.onsets:
        expected = 1.0 if onset.bar < fade else 0.0 if onset.bar > fade else 1 - onset.step / steps
        assert onset.gain == approx(expected)
    assert all(o.scored for o in schedule.onsets if o.part == 0)
    assert len(schedule.expected_for(0)) == rhythm.bars * rhythm.parts[0].steps.count("x")
    sounded = schedule.sounds()[len(schedule.count_in):]
    assert sounded and all(gain > 0 for _, _, gain in sounded)
    assert max(t for t, _, _ in sounded) < sum(rhythm.beats_per_bar * 60_000 / rhythm.tempo for _ in range(fade + 1))


@given(rhythms(roles=("echo", "guide")))
def test_echo_parts_are_scored_but_never_sounded(rhythm: Rhythm) -> None:
    echo = RhythmPart(name="echo", voice="bell", hits=rhythm.parts[0].hits, role="echo")
    rhythm = replace(rhythm, parts=(*rhythm.parts, echo))
    schedule = build_schedule(rhythm)
    assert "bell" not in {voice for _, voice, _ in schedule.sounds()}
    assert len(schedule.expected_for(len(rhythm.parts) - 1)) == rhythm.bars * echo.steps.count("x")
    for index, part in enumerate(rhythm.parts):
        if part.role == "guide":
            assert schedule.expected_for(index) == []
    heard = [(o.t_ms, o.voice) for o in schedule.onsets if o.sounded]
    assert [(t, v) for t, v, _ in schedule.sounds() if v != COUNT_VOICE] == heard
    assert all(rhythm.parts[o.part].role != "echo" for o in schedule.onsets if o.sounded)


@given(rhythms(), st.integers(0, 40))
def test_players_get_the_scored_parts_round_robin(rhythm: Rhythm, players: int) -> None:
    schedule = build_schedule(rhythm)
    scored = [i for i, p in enumerate(rhythm.parts) if p.role in ("play", "echo")]
    assigned = schedule.assign_parts(players)
    assert assigned == [scored[i % len(scored)] for i in range(players)]
    counts = [assigned.count(i) for i in scored]
    assert max(counts) - min(counts) <= 1


def test_shipped_patterns_schedule_as_written() -> None:
    for rhythm in load_curriculum(activities_dir()).rhythms:
        schedule = build_schedule(rhythm)
        assert schedule.end_ms / 1000 == approx(rhythm.seconds), rhythm.id
        assert all(schedule.expected_for(i) for i, p in enumerate(rhythm.parts) if p.scored), rhythm.id
        if rhythm.mode == "call-and-response":
            calls = {o.step for o in schedule.onsets if o.sounded and rhythm.parts[o.part].name.startswith("Leader")}
            echoes = {o.step for o in schedule.onsets if not o.sounded}
            assert max(calls) < min(echoes), rhythm.id


def test_bad_overrides_are_refused() -> None:
    rhythm = load_curriculum(activities_dir()).rhythms[0]
    with pytest.raises(ValueError):
        build_schedule(rhythm, tempo=0)
    with pytest.raises(ValueError):
        build_schedule(rhythm, bars=0)
    with pytest.raises(ValueError):
        build_schedule(rhythm).assign_parts(-1)
