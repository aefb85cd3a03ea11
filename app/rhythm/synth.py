"""Rhythm audio: a whole exercise rendered into ONE mono 16-bit buffer that is played once.

Why one buffer: starting each hit from a frame loop lands it up to a frame late, and the error wanders; mixed into one
buffer, beat n sits exactly at start + n·interval, to the sample, and the sound card's clock keeps it there.

Pure standard library (no numpy, no pygame) so it runs wherever the app does. render never loops over samples in
Python: hits that start on the same sample are summed once into a cached "chord"; the timeline is cut into
stretches where the same chords sound at the same offsets; each distinct stretch is mixed once with slices and
map(add, ...) (a periodic exercise has only a handful), and the buffer is assembled by copying arrays.
"""

from __future__ import annotations

import math
import random
import sys
import wave
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import add
from pathlib import Path

RATE = 44_100
FULL_SCALE = 32_767  # the mix is kept within ±FULL_SCALE (symmetric), so nothing ever wraps or clips
_SEED = 1_729  # the shaker's noise is the same on every run and every machine
_FADE_S = 0.003  # every voice fades to exactly 0 over its last few ms: no click when it stops

Chord = tuple[tuple[str, float], ...]  # (voice, gain) pairs that start on the same sample, sorted


def _drum(rate: int, seconds: float, f_from: float, f_to: float, sweep_s: float) -> list[float]:
    """A membrane: a cosine (its peak is the onset, at sample 0) whose pitch falls from f_from to f_to, then decays."""
    tau = seconds / 5.0  # about -43 dB by the end, where the fade takes over
    out = []
    for i in range(int(seconds * rate)):
        t = i / rate
        phase = 2 * math.pi * (f_to * t + (f_from - f_to) * sweep_s * (1 - math.exp(-t / sweep_s)))
        out.append(math.cos(phase) * math.exp(-t / tau))
    return out


def _struck(rate: int, seconds: float, partials: tuple[tuple[float, float, float], ...]) -> list[float]:
    """Wood, metal, a beep: cosine partials (frequency, amplitude, decay time), all at their peak at sample 0."""
    out = []
    for i in range(int(seconds * rate)):
        t = i / rate
        out.append(sum(a * math.cos(2 * math.pi * f * t) * math.exp(-t / d) for f, a, d in partials))
    return out


def _shaker(rate: int, seconds: float = 0.08) -> list[float]:
    """Seeds in a shell: seeded noise (first value fixed, so the onset is never quiet), high- then low-passed."""
    rng = random.Random(_SEED)
    noise = [1.0] + [rng.uniform(-1.0, 1.0) for _ in range(int(seconds * rate) - 1)]
    out, prev, smooth = [], 0.0, 0.0
    for i, x in enumerate(noise):
        smooth += 0.6 * ((x - prev) - smooth)  # first difference drops the body; one pole takes the hiss off
        prev = x
        out.append(smooth * math.exp(-i / rate / (seconds / 4.0)))
    return out


_BELL = 880.0
_VOICES: dict[str, tuple[Callable[[int], list[float]], float]] = {  # name: (maker, peak of one hit at gain 1)
    "low": (lambda r: _drum(r, 0.35, 150.0, 55.0, 0.04), 0.4),
    "high": (lambda r: _drum(r, 0.2, 330.0, 220.0, 0.03), 0.3),
    "click": (lambda r: _struck(r, 0.025, ((1900.0, 1.0, 0.005), (2950.0, 0.35, 0.003))), 0.3),
    "shaker": (_shaker, 0.25),
    "bell": (lambda r: _struck(r, 0.8, ((_BELL, 1.0, 0.2), (_BELL * 2.76, 0.5, 0.1), (_BELL * 5.4, 0.25, 0.05))), 0.3),
    "count": (lambda r: _struck(r, 0.04, ((2637.0, 1.0, 0.008), (5274.0, 0.3, 0.004))), 0.35),
}
VOICES: tuple[str, ...] = tuple(_VOICES)


@lru_cache(maxsize=32)
def voice_samples(name: str, rate: int = RATE) -> tuple[float, ...]:
    """One hit as floats: onset at index 0 (nonzero), peak |x| = the voice's level, last sample exactly 0. Cached."""
    try:
        make, level = _VOICES[name]
    except KeyError:
        raise ValueError(f"unknown voice {name!r}; the voices are: {', '.join(VOICES)}") from None
    raw = make(rate)
    fade = max(1, min(len(raw) // 4, int(_FADE_S * rate)))
    for i in range(fade):
        raw[-1 - i] *= i / fade
    scale = level / max(map(abs, raw))
    return tuple(x * scale for x in raw)


@lru_cache(maxsize=64)  # a chord with a bell is ~1 MB of Python ints; an exercise uses a few dozen chords at most
def _chord(chord: Chord, rate: int) -> tuple[int, ...]:
    """Hits that start together, summed once at full scale (as integers): an exercise repeats a few chords a lot."""
    out = [0.0] * max(len(voice_samples(name, rate)) for name, _ in chord)
    for name, gain in chord:
        part = voice_samples(name, rate)
        out[: len(part)] = map(add, out, [x * gain for x in part])
    return tuple([round(x * FULL_SCALE) for x in out])


Parts = tuple[tuple[int, int], ...]  # (chord number, offset into that chord) for every chord sounding in a stretch
_Key = tuple[Parts, int]  # a stretch's parts and length: stretches with equal keys hold equal samples


def _stretches(placed: Sequence[tuple[int, int, int]]) -> Iterator[tuple[int, int, Parts]]:
    """Cut the timeline wherever a chord starts or stops: in between, the same chords sound at steady offsets.

    placed holds (onset, chord number, length), sorted by onset, one per onset. Stretches of silence are skipped.
    """
    cuts = sorted({onset for onset, _, _ in placed} | {onset + size for onset, _, size in placed})
    active: list[tuple[int, int, int]] = []
    following = 0
    for start, stop in pairwise(cuts):
        active = [p for p in active if p[0] + p[2] > start]
        while following < len(placed) and placed[following][0] == start:
            active.append(placed[following])
            following += 1
        if active:
            yield start, stop, tuple((number, start - onset) for onset, number, _ in active)


def _mix(parts: Parts, size: int, chords: Sequence[tuple[int, ...]]) -> list[int]:
    """One stretch: a plain copy where a single chord sounds, added with map(add, ...) where several meet."""
    (first, offset), *others = parts
    total = list(chords[first][offset : offset + size])
    for number, offset in others:
        total = list(map(add, total, chords[number][offset : offset + size]))
    return total


def _quieter(pieces: dict[_Key, array], peak: int) -> dict[_Key, array]:
    """Every piece · FULL_SCALE / peak, rounded: |round(x · scale)| ≤ round(peak · scale) = FULL_SCALE, no wrap.

    A table of the 2·peak + 1 possible results is twice as fast as rounding each sample, when it is the smaller job.
    Negative x index it from the end, so x itself is the index.
    """
    scale = FULL_SCALE / peak
    if 2 * peak < sum(map(len, pieces.values())):
        table = [round(x * scale) for x in range(peak + 1)] + [round(x * scale) for x in range(-peak, 0)]
        return {key: array("h", map(table.__getitem__, piece)) for key, piece in pieces.items()}
    return {key: array("h", [round(x * scale) for x in piece]) for key, piece in pieces.items()}


def _sample(t_ms: float, lead_in_ms: float, rate: int) -> int:
    """The one rounding rule, shared by render and Rendered.sample_of so the two can never disagree."""
    return round((t_ms + lead_in_ms) * rate / 1000)


@dataclass(frozen=True)
class Sound:
    """One hit: t_ms from the exercise's first beat (negative for count-in clicks), a voice, and a gain (≥ 0)."""

    t_ms: float
    voice: str
    gain: float = 1.0


@dataclass(frozen=True)
class Rendered:
    """The exercise as one buffer: sample 0 is at t = -lead_in_ms; onset_samples has one entry per sound, sorted."""

    samples: array
    rate: int
    lead_in_ms: float
    onset_samples: tuple[int, ...]

    def sample_of(self, t_ms: float) -> int:
        """The buffer index of time t_ms (relative to the first beat), rounded exactly as render rounds onsets."""
        return _sample(t_ms, self.lead_in_ms, self.rate)

    @property
    def duration_ms(self) -> float:
        """Length of the whole buffer, lead-in included."""
        return len(self.samples) * 1000 / self.rate


def render(sounds: Sequence[Sound], *, lead_in_ms: float, tail_ms: float = 1000, rate: int = RATE) -> Rendered:
    """Mix every sound at its exact sample; if the sum would pass int16, scale the whole mix down (never clip).

    The buffer runs from -lead_in_ms to tail_ms after the last onset, and always far enough that no hit is cut off.
    """
    if not (math.isfinite(lead_in_ms) and lead_in_ms >= 0 and math.isfinite(tail_ms) and tail_ms >= 0):
        raise ValueError(f"lead_in_ms and tail_ms must be finite and ≥ 0 (got {lead_in_ms}, {tail_ms})")
    groups: dict[int, list[tuple[str, float]]] = {}
    for sound in sounds:
        voice_samples(sound.voice, rate)  # raises ValueError naming the voices
        if not (math.isfinite(sound.gain) and sound.gain >= 0):
            raise ValueError(f"gain must be finite and ≥ 0, got {sound.gain} at {sound.t_ms} ms")
        onset = _sample(sound.t_ms, lead_in_ms, rate)
        if onset < 0:
            raise ValueError(f"a sound at {sound.t_ms} ms starts before the buffer: lead_in_ms must be ≥ {-sound.t_ms}")
        groups.setdefault(onset, []).append((sound.voice, sound.gain))
    onsets = sorted(groups)
    numbers: dict[Chord, int] = {}
    placed = [(onset, numbers.setdefault(tuple(sorted(groups[onset])), len(numbers))) for onset in onsets]
    chords = [_chord(chord, rate) for chord in numbers]
    placed_sized = [(onset, number, len(chords[number])) for onset, number in placed]
    last = onsets[-1] if onsets else _sample(0.0, lead_in_ms, rate)
    length = max([last + round(tail_ms * rate / 1000)] + [onset + size for onset, _, size in placed_sized])

    # Periodic exercises repeat the same stretches (same chords at the same offsets): each is mixed once.
    stretches = list(_stretches(placed_sized))
    pieces: dict[_Key, array] = {}
    peak = 0
    for start, stop, parts in stretches:
        key = (parts, stop - start)
        if key not in pieces:
            mixed = _mix(parts, stop - start, chords)
            loudest = max(max(mixed), -min(mixed))
            peak = max(peak, loudest)
            pieces[key] = array("h" if loudest <= FULL_SCALE else "q", mixed)
    if peak > FULL_SCALE:  # only when needed: the whole mix scaled down, never clipped
        pieces = _quieter(pieces, peak)
    samples = array("h", bytes(2 * length))
    for start, stop, parts in stretches:
        samples[start:stop] = pieces[(parts, stop - start)]
    onset_samples = tuple(onset for onset in onsets for _ in groups[onset])
    return Rendered(samples, rate, lead_in_ms, onset_samples)


def to_wav(rendered: Rendered, path: str | Path) -> Path:
    """A standard mono 16-bit PCM WAV (little-endian, whatever the machine), for listening and for tests."""
    data = array("h", rendered.samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rendered.rate)
        out.writeframes(data.tobytes())
    return Path(path)
