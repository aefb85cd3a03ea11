"""The messages between the Qt app and the rhythm engine process (pure: no pygame, no Qt).

The Qt app writes one Exercise as JSON to the engine's stdin (or the command line builds one); the engine
answers with JSON lines on stdout: `ready`, then a `hit` for every hit, then one `summary` (or `error`).
Only the Qt side writes to the database, so a crash in SDL can lose at most the run in progress, and even
then the hits already sent are kept.

Player keys: a keyboard key by its pygame name ("a", "l", "space", "left shift"), "joy0", "joy1"… for any
button of the first, second… gamepad or USB drum pad (numbered as they are plugged in), "midi" for any
MIDI note-on, or "midi38" for one note (General MIDI: 36 kick, 38 snare, 42 hi-hat).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

WINDOWS = ("young", "expert")
KEY_PATTERN = re.compile(r"^(joy\d{1,2}|midi(\d{1,3})?|[a-z0-9 ]{1,20}|[^\s])$")
DEFAULT_KEYS = ("a", "l")


@dataclass(frozen=True)
class Player:
    name: str   # shown to the facilitator only; the projector shows the key and a colour
    key: str
    student_id: str | None = None


@dataclass(frozen=True)
class Exercise:
    pattern: str
    players: tuple[Player, ...] = field(default_factory=lambda: tuple(Player(f"Player {n + 1}", k)
                                                                      for n, k in enumerate(DEFAULT_KEYS)))
    tempo: int | None = None
    bars: int | None = None
    latency_ms: float = 0.0          # this machine's output latency, from calibration: applied to every hit
    windows: str = "young"
    display: int | None = None       # which screen (None: the last one, usually the projector)
    windowed: bool = False
    record: str | None = None        # also write the JSON lines to this file
    pattern_file: str | None = None  # a pattern outside the shipped curriculum (a facilitator's own)
    reduced_motion: bool = False     # the beat light shows the beat's number instead of flashing
    legend: tuple[str, ...] = ()     # the words for the hit marks in the window's language (right on, close, …)
    language: str = ""               # the window's language (app.i18n), which the engine speaks; "": the system's

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Exercise:
        """Read and check an exercise; ValueError names what is wrong (the engine reports it and exits 1)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"the exercise is not JSON ({error.msg} at line {error.lineno})") from error
        if not isinstance(data, dict):
            raise ValueError("the exercise must be a JSON object")
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown field(s) in the exercise: {', '.join(sorted(unknown))}")
        if not isinstance(data.get("pattern"), str) or not data["pattern"]:
            raise ValueError("the exercise needs a pattern id")
        if "legend" in data:   # JSON has lists; the words must be four short texts
            legend = data["legend"]
            if not isinstance(legend, list) or not all(isinstance(w, str) and 0 < len(w) <= 30 for w in legend):
                raise ValueError("legend: expected a list of short words")
            data["legend"] = tuple(legend)
        if "language" in data and not (isinstance(data["language"], str) and len(data["language"]) <= 10):
            raise ValueError("language: expected a language code such as en or es")
        if not isinstance(data.get("reduced_motion", False), bool):
            raise ValueError("reduced_motion: expected true or false")
        raw_players = data.pop("players", None)
        players = tuple(Player(**p) for p in raw_players) if raw_players is not None else None
        exercise = cls(**data) if players is None else cls(**data, players=players)
        exercise.check()
        return exercise

    def check(self) -> None:
        if not self.players:
            raise ValueError("an exercise needs at least one player")
        keys = [p.key for p in self.players]
        bad = [k for k in keys if not KEY_PATTERN.match(k)]
        if bad:
            raise ValueError(f"key(s) not understood: {', '.join(bad)} (use a key name such as a, l or space, "
                             "joy0 for a gamepad or drum pad, midi or midi38 for a MIDI kit)")
        if len(set(keys)) != len(keys):
            raise ValueError("two players have the same key")
        if self.tempo is not None and not 30 <= self.tempo <= 240:
            raise ValueError(f"tempo {self.tempo}: choose between 30 and 240 beats per minute")
        if self.bars is not None and not 1 <= self.bars <= 256:
            raise ValueError(f"bars {self.bars}: choose between 1 and 256")
        if self.windows not in WINDOWS:
            raise ValueError(f"windows {self.windows!r}: choose young or expert")
        if not -500 <= self.latency_ms <= 500:
            raise ValueError(f"latency {self.latency_ms} ms is implausible; calibrate again")


def players_from_keys(keys: str) -> tuple[Player, ...]:
    """`--keys a,l,space` → one player per key, named after it."""
    names = [k.strip().lower() for k in keys.split(",") if k.strip()]
    return tuple(Player(f"Player {n + 1} ({key})", key) for n, key in enumerate(names))


def parse_line(line: str) -> dict[str, Any] | None:
    """One line from the engine as a message, or None for anything else (a library's banner, a blank line)."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        message = json.loads(line)
    except json.JSONDecodeError:
        return None
    return message if isinstance(message, dict) and isinstance(message.get("type"), str) else None
