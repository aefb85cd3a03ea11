"""Rhythm patterns: the shipped set covers every kind of exercise, and a broken file says what to fix, where."""

from __future__ import annotations

import textwrap
from itertools import pairwise
from pathlib import Path

import pytest

from app.curriculum import Curriculum, load_curriculum
from app.curriculum.model import Rhythm
from app.paths import activities_dir


@pytest.fixture(scope="module")
def shipped() -> Curriculum:
    return load_curriculum(activities_dir())


@pytest.fixture(scope="module")
def rhythms(shipped: Curriculum) -> dict[str, Rhythm]:
    return {r.id: r for r in shipped.rhythms}


def test_every_shipped_pattern_loads_with_no_problems(shipped: Curriculum, rhythms: dict[str, Rhythm]) -> None:
    assert [p.format() for p in shipped.problems] == []
    files = sorted((activities_dir() / "rhythms").glob("*.toml"))
    assert len(files) >= 12
    assert sorted(rhythms) == sorted(f.stem for f in files)


def test_ids_that_activities_use_are_kept(shipped: Curriculum, rhythms: dict[str, Rhythm]) -> None:
    assert {"steady-pulse", "name-rhythms", "call-and-response", "heartbeat"} <= set(rhythms)
    assert all(a.rhythm in rhythms for a in shipped.activities if a.rhythm)


def test_each_pattern_is_a_workable_exercise(rhythms: dict[str, Rhythm]) -> None:
    for rhythm in rhythms.values():
        assert 30 <= rhythm.seconds <= 90, (rhythm.id, rhythm.seconds)
        assert any(p.scored for p in rhythm.parts), rhythm.id
        assert len(rhythm.summary) >= 80, rhythm.id


def test_steady_pulse_at_three_tempos(rhythms: dict[str, Rhythm]) -> None:
    pulses = [r for r in rhythms.values() if r.id.startswith("steady-pulse")]
    assert len({r.tempo for r in pulses}) >= 3
    assert all(len(r.parts) == 1 and r.parts[0].steps == "x" * r.beats_per_bar for r in pulses)


def test_call_and_response_at_four_levels(rhythms: dict[str, Rhythm]) -> None:
    calls = {r.level: r for r in rhythms.values() if r.mode == "call-and-response"}
    assert sorted(calls) == [1, 2, 3, 4]
    assert calls[1].id == "call-and-response"
    for rhythm in calls.values():
        assert {"guide", "echo"} <= {p.role for p in rhythm.parts}, rhythm.id
    # Harder levels have longer calls: more beats in a phrase.
    assert [calls[n].beats_per_bar for n in (1, 2, 3, 4)] == sorted(calls[n].beats_per_bar for n in (1, 2, 3, 4))
    assert calls[4].beats_per_bar > calls[1].beats_per_bar


def test_ensembles_with_two_and_three_parts(rhythms: dict[str, Rhythm]) -> None:
    sizes = {sum(p.role == "play" for p in r.parts) for r in rhythms.values() if r.mode == "ensemble"}
    assert {2, 3} <= sizes


def test_body_percussion_parts_say_the_action(rhythms: dict[str, Rhythm]) -> None:
    body = [r for r in rhythms.values()
            if {"stomp", "pat", "clap", "snap"} <= {p.name.split()[0].lower() for p in r.parts}]
    assert body
    voices = {p.name.split()[0].lower(): p.voice for p in body[0].parts}
    assert voices == {"stomp": "low", "pat": "high", "clap": "click", "snap": "shaker"}


def test_a_heartbeat_that_slows_and_speeds(rhythms: dict[str, Rhythm]) -> None:
    curves = [r.tempo_by_bar for r in rhythms.values() if r.tempo_by_bar]
    assert any(any(b < a for a, b in pairwise(c)) and any(b > a for a, b in pairwise(c)) for c in curves)


def test_a_keep_the_pulse_with_a_fade(rhythms: dict[str, Rhythm]) -> None:
    keep = [r for r in rhythms.values() if r.mode == "keep-the-pulse"]
    assert keep and all(r.fade_after_bars and r.fade_after_bars < r.bars - 1 for r in keep)


HEAD = """\
id = "bad"
title = "Bad"
summary = "A pattern a test breaks on purpose."
tempo = 90
beats_per_bar = 4
bars = 4
"""
PLAY = '\n[[part]]\nname = "Everyone"\nvoice = "low"\nhits = "x x x x"\n'


def _problems(curriculum_dir: Path, text: str) -> list[str]:
    (curriculum_dir / "rhythms").mkdir(exist_ok=True)
    (curriculum_dir / "rhythms" / "bad.toml").write_text(textwrap.dedent(text), encoding="utf-8")
    return [p.format(curriculum_dir.parent) for p in load_curriculum(curriculum_dir).problems]


def test_old_files_stay_valid_with_the_defaults(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + PLAY) == []
    rhythm = load_curriculum(curriculum_dir).rhythms[0]
    assert (rhythm.mode, rhythm.level, rhythm.count_in, rhythm.tempo_by_bar, rhythm.fade_after_bars) == (
        "play-along", 1, 1, (), None)
    assert rhythm.parts[0].role == "play"


def test_tempo_by_bar_must_have_one_tempo_per_bar(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + "tempo_by_bar = [90, 80, 70]\n" + PLAY) == [
        "activities/rhythms/bad.toml:7: tempo_by_bar: expected one tempo per bar, 4 in all (bars = 4), found 3"]


def test_tempo_by_bar_checks_each_tempo(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + "tempo_by_bar = [90, 300, 70, 20]\n" + PLAY) == [
        "activities/rhythms/bad.toml:7: tempo_by_bar[2]: expected a tempo from 30 to 240, found 300",
        "activities/rhythms/bad.toml:7: tempo_by_bar[4]: expected a tempo from 30 to 240, found 20"]
    assert _problems(curriculum_dir, HEAD + 'tempo_by_bar = "fast"\n' + PLAY) == [
        "activities/rhythms/bad.toml:7: tempo_by_bar: expected a list of whole numbers, one tempo per bar, "
        "like [66, 60, 56, 60, 72]; found 'fast'"]


def test_keep_the_pulse_needs_fade_after_bars(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + 'mode = "keep-the-pulse"\n' + PLAY) == [
        "activities/rhythms/bad.toml:7: fade_after_bars: missing; mode = \"keep-the-pulse\" expects the bars the "
        "app plays before its sound fades out, a whole number from 1 to 3"]


def test_fade_leaves_a_bar_to_fade_over_and_only_in_keep_the_pulse(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + 'mode = "keep-the-pulse"\nfade_after_bars = 4\n' + PLAY) == [
        "activities/rhythms/bad.toml:8: fade_after_bars: expected a whole number from 1 to 3, found 4"]
    assert _problems(curriculum_dir, HEAD + "fade_after_bars = 2\n" + PLAY) == [
        "activities/rhythms/bad.toml:7: fade_after_bars: only for mode = \"keep-the-pulse\", found mode = "
        "'play-along'; expected no fade_after_bars, or mode = \"keep-the-pulse\""]


def test_call_and_response_needs_an_echo_and_a_call(curriculum_dir: Path) -> None:
    call = '\n[[part]]\nname = "Call"\nvoice = "high"\nrole = "guide"\nhits = "x x . ."\n'
    assert _problems(curriculum_dir, HEAD + 'mode = "call-and-response"\n' + call + PLAY) == [
        "activities/rhythms/bad.toml:9: part: expected a part with role = \"echo\" for the group's answer "
        "(mode = \"call-and-response\")"]
    echo = PLAY.replace('"x x x x"', '". . x x"\nrole = "echo"')
    assert _problems(curriculum_dir, HEAD + 'mode = "call-and-response"\n' + echo) == [
        "activities/rhythms/bad.toml:9: part: expected a part with role = \"guide\" for the call the app plays "
        "(mode = \"call-and-response\")"]


def test_a_bad_role_is_named(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + PLAY.replace('hits', 'role = "sing"\nhits')) == [
        "activities/rhythms/bad.toml:11: part[1].role: expected one of play, echo, guide; found 'sing'"]


def test_ensemble_needs_two_playing_parts_and_someone_must_play(curriculum_dir: Path) -> None:
    assert _problems(curriculum_dir, HEAD + 'mode = "ensemble"\n' + PLAY) == [
        "activities/rhythms/bad.toml:9: part: expected at least 2 parts with role = \"play\" "
        "(mode = \"ensemble\"), found 1"]
    assert _problems(curriculum_dir, HEAD + PLAY.replace('hits', 'role = "guide"\nhits')) == [
        "activities/rhythms/bad.toml:8: part: expected at least one part the players play "
        "(role = \"play\" or \"echo\"); every part is a guide"]


def test_bad_mode_level_and_count_in_are_named(curriculum_dir: Path) -> None:
    text = HEAD + 'mode = "karaoke"\nlevel = 5\ncount_in = 3\n' + PLAY
    assert _problems(curriculum_dir, text) == [
        "activities/rhythms/bad.toml:7: mode: expected one of play-along, call-and-response, ensemble, "
        "keep-the-pulse; found 'karaoke'",
        "activities/rhythms/bad.toml:8: level: expected a whole number from 1 to 4, found 5",
        "activities/rhythms/bad.toml:9: count_in: expected a whole number from 0 to 2, found 3"]
