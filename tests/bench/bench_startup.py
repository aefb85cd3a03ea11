"""Start-up benchmark: time to the first painted window, the app against a bare PySide6 window.

Both are started the same way (a fresh `python` process, offscreen platform) and timed from
outside, from spawning the process to reading its 'started in' line. Then the curriculum alone, in a
fresh process each time: loaded from the TOML files (no cache yet: imports, parsing, writing the JSON
cache) against loaded from the warm JSON cache. Prints figures; never fails.

    python3 dev.py bench startup [--runs N] [--curriculum-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
class Window(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"started in {(time.perf_counter() - t0) * 1000:.0f} ms",
                                                flush=True), app.quit()))
w = Window()
w.setWindowTitle("bare")
w.resize(1200, 800)
w.show()
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    line = process.stdout.readline()  # type: ignore[union-attr]
    elapsed = (time.perf_counter() - start) * 1000
    process.wait(30)
    if not line.startswith("started in"):
        raise RuntimeError(f"{command} did not report a start: {line!r}")
    return elapsed


CURRICULUM = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from app.curriculum.cache import load_cached
from app.paths import activities_dir
curriculum = load_cached(activities_dir(), None, Path(sys.argv[1]))
assert curriculum.activities and not curriculum.problems
print(f"{(time.perf_counter() - t0) * 1000:.1f}")
"""


def curriculum_figures(runs: int) -> None:
    """Cold (TOML parsed, cache written) against warm (JSON cache read and type-checked), in-process times."""
    cold_ms, warm_ms = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs + 1):  # interleaved; the first of each only warms the OS's file cache
            cold_dir, warm_dir = Path(scratch, f"cold{run}"), Path(scratch, "warm")
            for target, folder in ((cold_ms, cold_dir), (warm_ms, warm_dir)):
                out = subprocess.run([sys.executable, "-c", CURRICULUM, str(folder)], cwd=ROOT, check=True,
                                     capture_output=True, text=True).stdout
                if run:
                    target.append(float(out))
        size = Path(scratch, "warm", "curriculum.json").stat().st_size
    print(f"curriculum, cold (TOML, cache written): median {statistics.median(cold_ms):.1f} ms  "
          f"(min {min(cold_ms):.1f}, max {max(cold_ms):.1f})")
    print(f"curriculum, warm JSON cache ({size / 1000:.0f} kB): median {statistics.median(warm_ms):.1f} ms  "
          f"(min {min(warm_ms):.1f}, max {max(warm_ms):.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--curriculum-only", action="store_true", help="only the curriculum cache figures")
    args = parser.parse_args()
    if args.curriculum_only:
        curriculum_figures(args.runs)
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "app", "--data-dir", data, "--startup-check"]
        bare_cmd = [sys.executable, "-c", BARE]
        _time(app_cmd, env)  # first start creates the database and demo class: not what we measure
        _time(bare_cmd, env)
        app_ms, bare_ms = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            app_ms.append(_time(app_cmd, env))
            bare_ms.append(_time(bare_cmd, env))
    app_median, bare_median = statistics.median(app_ms), statistics.median(bare_ms)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} each (after one warm-up)")
    print(f"bare PySide6 window: median {bare_median:.0f} ms  (min {min(bare_ms):.0f}, max {max(bare_ms):.0f})")
    print(f"Empathy Ambassadors: median {app_median:.0f} ms  (min {min(app_ms):.0f}, max {max(app_ms):.0f})")
    print(f"ratio app/bare: {app_median / bare_median:.2f}x  (target <= 2.5x)")
    curriculum_figures(args.runs)


if __name__ == "__main__":
    main()
