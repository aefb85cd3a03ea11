"""The end-of-timer chime: synthesised in code, played by pygame in its own process, never in the Qt app."""

from __future__ import annotations

import array
from pathlib import Path

from app.rhythm.engine import RATE, chime_samples
from tests.e2e.helpers import run_app


def test_chime_is_two_soft_notes_that_fade() -> None:
    samples = chime_samples()
    assert len(samples) == int(RATE * 1.6)
    peak = max(abs(s) for s in samples)
    assert 5_000 < peak < 32_767 * 0.6  # audible, never harsh
    first = max(abs(s) for s in samples[: int(RATE * 0.3)])
    last = max(abs(s) for s in samples[-int(RATE * 0.2):])
    assert last < first / 4  # it dies away
    before, after = samples[int(RATE * 0.33): int(RATE * 0.35)], samples[int(RATE * 0.36): int(RATE * 0.38)]
    assert max(map(abs, after)) > max(map(abs, before))  # the second note starts at 0.35 s


def test_the_chime_command_plays_through_sdl(tmp_path: Path) -> None:
    out = tmp_path / "chime.raw"
    result = run_app("chime", env={"SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(out)})
    assert result.returncode == 0
    raw = out.read_bytes()
    mixed = array.array("h")
    mixed.frombytes(raw[: len(raw) // 2 * 2])
    assert len(mixed) >= RATE and max(map(abs, mixed)) > 5_000


def test_no_sound_device_is_not_an_error() -> None:
    assert run_app("chime", env={"SDL_AUDIODRIVER": "nosuchdriver"}).returncode == 0
