"""Runs the real engine loop (real pygame window, real drawing at 60 fps) while another thread posts key
presses at known moments, then prints one JSON object: how far each stamp was from the true moment, what a
naive once-per-frame loop would have stamped in the same run, and the frame intervals.

Used by the end-to-end test (few players, short) and the benchmark (8 players). Run with
SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy for no screen, or under Xvfb for a real X window.

    python tests/e2e/rhythm_probe.py [--players N] [--bars N] [--pattern ID] [--seed N]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.curriculum import load_curriculum  # noqa: E402
from app.paths import activities_dir, assets_dir  # noqa: E402
from app.rhythm import engine  # noqa: E402  (imports pygame)
from app.rhythm.loop import ExerciseLoop  # noqa: E402
from app.rhythm.protocol import Exercise, Player  # noqa: E402
from app.rhythm.session import RhythmSession  # noqa: E402

KEYS = "asdfjkl;"


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)

    return {"p50": at(0.5), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1], 3),
            "mean": round(statistics.fmean(ordered), 3)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--players", type=int, default=8)
    parser.add_argument("--bars", type=int, default=8)
    parser.add_argument("--pattern", default="steady-pulse-fast")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    pygame = engine.pygame
    rhythm = next(r for r in load_curriculum(activities_dir()).rhythms if r.id == args.pattern)
    players = tuple(Player(f"P{n + 1}", KEYS[n]) for n in range(args.players))
    session = RhythmSession(Exercise(args.pattern, players=players, bars=args.bars, windowed=True), rhythm)
    screen = engine.open_window(None, True)
    io = engine._io(screen, engine.Inputs(want_midi=False), engine.Renderer(screen, assets_dir() / "fonts"))
    sent: list[dict] = []
    origin = time.perf_counter_ns()
    lead_in_ms = 300.0
    loop = ExerciseLoop(session, io, sent.append, origin_ns=origin, lead_in_ms=lead_in_ms)

    # Every player plays every expected onset, a little early or late (like people), at a known true moment.
    rng = random.Random(args.seed)
    plan = sorted((loop.first_beat_ns + int((t + rng.gauss(0, 25)) * 1_000_000), n)
                  for n, expected in enumerate(session.expected) for t, _, _ in expected)
    posted: list[tuple[int, str]] = []

    def post() -> None:
        for due, player in plan:
            # sleep, never spin: a spinning thread would hold the GIL and delay the loop being measured
            # (the true moment is taken just before posting, so sleeping's imprecision costs nothing)
            while (wait := due - time.perf_counter_ns()) > 0:
                time.sleep(min(wait / 1e9, 0.002))
            key = KEYS[player]
            code = pygame.key.key_code(key)
            posted.append((time.perf_counter_ns(), key))
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code))

    poster = threading.Thread(target=post, daemon=True)
    poster.start()
    loop.run()
    poster.join(timeout=5)
    frames = loop.record.frames_ns
    stamps = loop.record.stamps
    by_key: dict[str, list[int]] = {}
    for t, key in posted:
        by_key.setdefault(key, []).append(t)
    errors, naive = [], []
    outside = 0   # stamps further from the truth than half their bracket (+0.5 ms for the read itself)
    seen: dict[str, int] = {}
    for stamped in stamps:
        index = seen.get(stamped.event, 0)
        seen[stamped.event] = index + 1
        true = by_key[stamped.event][index]
        errors.append(abs(stamped.t_ns - true) / 1e6)
        outside += abs(stamped.t_ns - true) > stamped.bracket_ns / 2 + 500_000
        after = bisect.bisect_left(frames, true)
        naive_stamp = frames[after] if after < len(frames) else frames[-1]
        naive.append(abs(naive_stamp - true) / 1e6)
    intervals = [(b - a) / 1e6 for a, b in itertools.pairwise(frames)]
    summary = next(m for m in sent if m["type"] == "summary")
    print(json.dumps({
        "players": args.players, "posted": len(posted), "stamped": len(stamps), "outside_bracket": outside,
        "stamp_error_ms": percentiles(errors), "naive_per_frame_error_ms": percentiles(naive),
        "frame_interval_ms": percentiles(intervals), "frames": len(frames),
        "reads_per_second": round(loop.stamper.reads / ((frames[-1] - frames[0]) / 1e9), 1),
        "widest_read_gap_ms": round(loop.stamper.widest_gap_ns / 1e6, 3),
        "hit_lines": sum(m["type"] == "hit" for m in sent), "togetherness": summary["togetherness"],
        "on_time": sum(p["grades"]["perfect"] + p["grades"]["good"] + p["grades"]["ok"] for p in summary["players"]),
    }))
    pygame.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
