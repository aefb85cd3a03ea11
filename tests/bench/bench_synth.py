"""Rhythm synth benchmark: whole exercises rendered to one buffer. Prints seconds; never fails.

Target: a 2-minute exercise well under 1 s on a 2-core machine (it renders while the count-in waits). The exercises
are 120 bpm, three parts of 8th notes (low drum, high drum, shaker) after a four-click count-in: "grid" as the app
writes them; "humanised" moves every hit by up to ±15 ms, so no two stretches of the mix are alike (the worst case);
"loud" is the grid at gain 3, so the whole mix must be scaled down. The first run includes synthesising the voices;
the median is over the runs after it.

    .venv/bin/python tests/bench/bench_synth.py [--runs N] [--wav out.wav]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.rhythm.synth import Sound, render, to_wav  # noqa: E402

TARGET_S = 1.0
BPM = 120
PARTS = (("low", 1.0), ("high", 0.8), ("shaker", 0.7))


def exercise(seconds: int, jitter_ms: float = 0.0, gain: float = 1.0) -> list[Sound]:
    """Count-in on the four beats before 0, then every part on every 8th note."""
    beat = 60_000 / BPM
    rng = random.Random(7)
    sounds = [Sound(-k * beat, "count") for k in range(4, 0, -1)]
    for n in range(int(seconds * 1000 / (beat / 2))):
        for voice, part_gain in PARTS:
            sounds.append(Sound(n * beat / 2 + rng.uniform(-jitter_ms, jitter_ms), voice, part_gain * gain))
    return sounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs after the first (default 5)")
    parser.add_argument("--wav", type=Path, help="also write the 30 s grid exercise here, to listen to")
    args = parser.parse_args()
    lead_in_ms = 4 * 60_000 / BPM + 200

    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    for name, jitter_ms, gain in (("grid", 0.0, 1.0), ("humanised", 15.0, 1.0), ("loud", 0.0, 3.0)):
        for seconds in (30, 120, 300):
            sounds = exercise(seconds, jitter_ms, gain)
            times = []
            for _ in range(args.runs + 1):
                start = time.perf_counter()
                rendered = render(sounds, lead_in_ms=lead_in_ms)
                times.append(time.perf_counter() - start)
            later = times[1:] or times
            peak = max(max(rendered.samples), -min(rendered.samples))
            print(f"{name:9s} {seconds:3d} s, {len(sounds):4d} sounds: first {times[0]:.3f} s, median of {len(later)} "
                  f"more {statistics.median(later):.3f} s  ({rendered.duration_ms / 1000:.1f} s of audio, peak {peak})")
            if args.wav and (name, seconds) == ("grid", 30):
                to_wav(rendered, args.wav)
    print(f"target: 2 min well under {TARGET_S:g} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
