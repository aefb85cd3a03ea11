"""One rhythm exercise being played: the timeline, who plays which part, live grades and the final summary.

Pure (no pygame), so the engine, the tests and the benchmark drive it the same way. Times in here are ms
since the first beat *as heard*: the engine subtracts the calibrated output latency before calling hit().
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.curriculum.model import Rhythm
from app.rhythm.protocol import Exercise
from app.rhythm.schedule import Schedule, build_schedule
from app.rhythm.synchrony import GroupSummary, circular_stats, group_summary, togetherness
from app.rhythm.timing import EXPERT, YOUNG, Matcher, PlayerScore, phrase_accuracy


@dataclass(frozen=True)
class LiveHit:
    player: int
    t_ms: float
    grade: str


class RhythmSession:
    def __init__(self, exercise: Exercise, rhythm: Rhythm) -> None:
        self.exercise, self.rhythm = exercise, rhythm
        self.schedule: Schedule = build_schedule(rhythm, tempo=exercise.tempo, bars=exercise.bars)
        self.parts = self.schedule.assign_parts(len(exercise.players))
        windows = EXPERT if exercise.windows == "expert" else YOUNG
        self.expected = [self.schedule.expected_for(part) for part in self.parts]
        self.matchers = [Matcher(expected, windows) for expected in self.expected]
        self.live: list[LiveHit] = []   # for the projector's dots; never shown with names
        self.key_index = {p.key: n for n, p in enumerate(exercise.players)}
        self.tempo = exercise.tempo or rhythm.tempo

    @property
    def end_ms(self) -> float:
        return self.schedule.end_ms

    def hit(self, player: int, t_ms: float) -> dict[str, Any]:
        """Grade one hit (provisionally: a later, closer hit may still take its beat) and describe it."""
        result = self.matchers[player].add(t_ms)
        self.live.append(LiveHit(player, t_ms, result.grade))
        who = self.exercise.players[player]
        return {"type": "hit", "player": who.name, "key": who.key, "t_ms": round(t_ms, 3), "beat": result.beat,
                "offset_ms": None if result.offset_ms is None else round(result.offset_ms, 3),
                "grade": result.grade}

    def scores(self) -> list[PlayerScore]:
        return [matcher.score() for matcher in self.matchers]

    def group(self) -> GroupSummary:
        return group_summary({p.name: s for p, s in zip(self.exercise.players, self.scores(), strict=True)})

    def meter(self, now_ms: float, window_ms: float = 4_000) -> int:
        """The live togetherness meter over the last few seconds (0 before anyone plays)."""
        recent = [r for matcher in self.matchers for r in matcher.results
                  if r.matched and now_ms - window_ms <= r.t_ms <= now_ms]
        if not recent:
            return 0
        stats = circular_stats([(r.offset_ms, r.interval_ms) for r in recent])  # type: ignore[misc]
        on_time = sum(r.grade in ("perfect", "good", "ok") for r in recent)
        due = sum(1 for expected in self.expected for t, _, _ in expected if now_ms - window_ms <= t <= now_ms)
        return togetherness(stats.r, on_time / due if due else 1.0)

    def ready_message(self) -> dict[str, Any]:
        return {"type": "ready", "pattern": self.rhythm.id, "title": self.rhythm.title, "mode": self.rhythm.mode,
                "tempo": self.tempo, "bars": self.schedule.bars, "end_ms": round(self.end_ms, 3),
                "count_in_ms": round(-self.schedule.count_in[0], 3) if self.schedule.count_in else 0.0,
                "players": [{"name": p.name, "key": p.key, "student_id": p.student_id,
                             "part": self.schedule.parts[part].name}
                            for p, part in zip(self.exercise.players, self.parts, strict=True)]}

    def summary(self, completed: bool) -> dict[str, Any]:
        """Player figures (for the facilitator only) and group figures (for everyone)."""
        players = []
        for who, part, score, expected in zip(self.exercise.players, self.parts, self.scores(), self.expected,
                                              strict=True):
            figures = score.to_dict()
            figures.pop("results")
            entry = {"name": who.name, "key": who.key, "student_id": who.student_id,
                     "part": self.schedule.parts[part].name, **figures}
            if self.rhythm.mode == "call-and-response":
                entry["phrases"] = [p.to_dict() for p in phrase_accuracy(expected, score.results,
                                                                         self.schedule.phrase_of)]
            players.append(entry)
        group = self.group()
        return {"type": "summary", "pattern": self.rhythm.id, "title": self.rhythm.title, "mode": self.rhythm.mode,
                "tempo": self.tempo, "bars": self.schedule.bars, "completed": completed,
                "latency_ms": self.exercise.latency_ms, "windows": self.exercise.windows, "players": players,
                "group": group.to_dict(), "togetherness": group.togetherness}
