"""Rhythm pattern files (`activities/rhythms/*.toml`): a Reader in, a frozen `Rhythm` out.

Kept apart from parse.py because a pattern has more to check than any other file: the mode decides
which parts must exist (a call needs an echo), and a tempo curve must fit the bars.
"""

from __future__ import annotations

from collections import Counter

from app.curriculum.fields import Reader, shown
from app.curriculum.limits import LINE_MAX, TITLE_MAX
from app.curriculum.model import PART_ROLES, RHYTHM_MODES, VOICES, Rhythm, RhythmPart
from app.curriculum.problems import Problem, field_name
from app.i18n import translate

TEMPO_MIN, TEMPO_MAX = 30, 240


def parse_rhythm(r: Reader) -> Rhythm:
    rhythm_id, title, summary = r.ident(), r.text("title", max_len=TITLE_MAX), r.text("summary")
    mode = r.choice("mode", RHYTHM_MODES, required=False, default="play-along")
    level = r.integer("level", 1, 4, required=False, default=1)
    tempo = r.integer("tempo", TEMPO_MIN, TEMPO_MAX, default=90)
    beats = r.integer("beats_per_bar", 1, 16, default=4)
    subdivision = r.integer("subdivision", 1, 8, required=False, default=1)
    bars = r.integer("bars", 1, 256, default=4)
    tempo_by_bar = _tempo_curve(r, bars)
    count_in = r.integer("count_in", 0, 2, required=False, default=1)
    fade = _fade(r, mode, bars)
    parts = tuple(_part(p, beats * subdivision) for p in r.tables("part"))
    if parts:
        _check_roles(r, mode, parts)
    r.finish()
    return Rhythm(id=rhythm_id, title=title, summary=summary, tempo=tempo, beats_per_bar=beats,
                  subdivision=subdivision, bars=bars, parts=parts, mode=mode, level=level,
                  tempo_by_bar=tempo_by_bar, count_in=count_in, fade_after_bars=fade)


def _part(p: Reader, steps: int) -> RhythmPart:
    part = RhythmPart(name=p.text("name", max_len=TITLE_MAX), voice=p.choice("voice", VOICES),
                      hits=p.text("hits", max_len=LINE_MAX),
                      role=p.choice("role", PART_ROLES, required=False, default="play"))
    if part.hits and (len(part.steps) != steps or set(part.steps) - {"x", "."}):
        p.report("hits", translate("curriculum.parse_rhythm", "expected {steps} steps of 'x' (hit) or '.' (rest), "
                                   "found {hits}").format(steps=steps, hits=shown(part.hits)))
    elif part.hits and "x" not in part.steps:
        p.report("hits", translate("curriculum.parse_rhythm", "expected at least one 'x' (hit), found {hits}").format(
            hits=shown(part.hits)))
    p.finish()
    return part


def _tempo_curve(r: Reader, bars: int) -> tuple[int, ...]:
    """One tempo per bar, so a heartbeat can slow down and speed up; empty means `tempo` throughout."""
    # Reader has no getter for a list of numbers yet; _get marks the field as read for finish().
    value = r._get("tempo_by_bar", False, translate("curriculum.parse_rhythm", "a list of tempos, one per bar, like "
                                                                               "[66, 60, 56, 60, 72]"))
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        r.report("tempo_by_bar", translate("curriculum.parse_rhythm", "expected a list of whole numbers, one tempo "
                                           "per bar, like [66, 60, 56, 60, 72]; found {value}").format(
            value=shown(value)))
        return ()
    good = True
    for index, item in enumerate(value):
        if not TEMPO_MIN <= item <= TEMPO_MAX:
            r.source.report((*r.path, "tempo_by_bar", index), translate(
                "curriculum.parse_rhythm", "expected a tempo from {lowest} to {highest}, found {found}").format(
                lowest=TEMPO_MIN, highest=TEMPO_MAX, found=item))
            good = False
    if len(value) != bars:
        r.report("tempo_by_bar", translate("curriculum.parse_rhythm", "expected one tempo per bar, {bars} in all "
                                           "(bars = {bars}), found {found}").format(bars=bars, found=len(value)))
        good = False
    return tuple(value) if good else ()


def _fade(r: Reader, mode: str, bars: int) -> int | None:
    """Bars of full guide sound before it fades over one bar: the point of keep-the-pulse, and only there."""
    key = "fade_after_bars"
    if mode != "keep-the-pulse":
        if key in r.data:
            r.integer(key, 1, 256, required=False)
            r.report(key, translate("curriculum.parse_rhythm", "only for mode = \"keep-the-pulse\", found mode = "
                                    "{mode}; expected no fade_after_bars, or mode = \"keep-the-pulse\"").format(
                mode=repr(mode)))
        return None
    if key not in r.data:
        _report_at(r, key, "mode", translate("curriculum.parse_rhythm", "missing; mode = \"keep-the-pulse\" expects "
                                             "the bars the app plays before its sound fades out, a whole number from "
                                             "1 to {most}").format(most=max(bars - 1, 1)))
        return None
    value = r.integer(key, 1, max(bars - 1, 1), required=False)
    if value >= bars:
        r.report(key, translate("curriculum.parse_rhythm", "expected fewer than bars ({bars}), so there is a bar to "
                                "fade over, found {found}").format(bars=bars, found=value))
        return None
    return value or None


def _check_roles(r: Reader, mode: str, parts: tuple[RhythmPart, ...]) -> None:
    """What the mode needs: someone to play, a call and its echo, or at least two parts to fit together."""
    roles = Counter(p.role for p in parts)
    needs = []
    if not roles["play"] + roles["echo"]:
        needs.append(translate("curriculum.parse_rhythm", "expected at least one part the players play (role = "
                               "\"play\" or \"echo\"); every part is a guide"))
    if mode == "call-and-response" and not roles["guide"]:
        needs.append(translate("curriculum.parse_rhythm", "expected a part with role = \"guide\" for the call the app "
                               "plays (mode = \"call-and-response\")"))
    if mode == "call-and-response" and not roles["echo"]:
        needs.append(translate("curriculum.parse_rhythm", "expected a part with role = \"echo\" for the group's "
                               "answer (mode = \"call-and-response\")"))
    if mode == "ensemble" and roles["play"] < 2:
        needs.append(translate("curriculum.parse_rhythm", "expected at least 2 parts with role = \"play\" (mode = "
                               "\"ensemble\"), found {found}").format(found=roles["play"]))
    for message in needs:
        _report_at(r, "part", ("part", 0), message)


def _report_at(r: Reader, key: str, near: str | tuple[str | int, ...], message: str) -> None:
    """A problem with no line of its own (a missing field, the parts as a whole), shown at the line of `near`."""
    near_path = (near,) if isinstance(near, str) else near
    line = r.source.locator.line_of((*r.path, *near_path))
    r.source.problems.append(Problem(r.source.file, line, field_name((*r.path, key)), message))
