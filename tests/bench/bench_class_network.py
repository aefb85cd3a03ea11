"""Class-network benchmark: 40 devices each saving a growing draft every second. Figures only.

Part 1: the real main window runs offscreen with the class open in-process for SECONDS (default 180, as the
issue asks); figures: save round trip p50/p95/max, entries lost or duplicated, the longest stall of the Qt
event loop. Targets: p95 ≤ 100 ms, 0 lost, 0 duplicated, stall ≤ 50 ms.
Part 2: `python -m app serve` headless, killed with SIGKILL half-way and started again: devices resume (the
same opening, the same address) and 0 entries are lost or duplicated; figure: how long devices waited.

    python3 dev.py bench class_network [--seconds N] [--devices N]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.store import open_store  # noqa: E402
from app.store.classes import create_class  # noqa: E402
from app.store.students import add_students, students_in  # noqa: E402
from tests.e2e.class_server import serve  # noqa: E402

WORDS = ["I", "noticed", "that", "my", "friend", "was", "quiet", "today", "and", "asked", "how", "they", "were",
         "we", "laughed"]
CLASS = "Bench class"


@dataclass(eq=False)
class SimDevice(threading.Thread):
    """One student's phone: joins, picks a name, then types a few words a second and saves (one request at a
    time, like the page), retrying every 250 ms while the laptop cannot be reached."""

    host: str
    port: int
    code: str
    student_id: str
    until: float
    text: str = ""
    rev: int = 0
    sent_rev: int = 0
    entry: str = field(default_factory=lambda: str(uuid.uuid4()))
    trips: list[float] = field(default_factory=list)
    longest_wait: float = 0.0
    errors: int = 0

    def __post_init__(self) -> None:
        threading.Thread.__init__(self, daemon=True)
        self.cookie = ""
        self.csrf = ""
        self.conn: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=5)
        headers = {"Host": f"{self.host}:{self.port}", "Content-Type": "application/json",
                   "Cookie": self.cookie, "X-EA-CSRF": self.csrf}
        try:
            self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
            answer = self.conn.getresponse()
            payload = json.loads(answer.read() or b"{}")
        except (OSError, http.client.HTTPException, ValueError):
            self.conn.close()
            self.conn = None
            raise
        if cookie := answer.getheader("Set-Cookie"):
            self.cookie = cookie.split(";", 1)[0]
        if isinstance(payload, dict) and payload.get("csrf"):
            self.csrf = payload["csrf"]
        return answer.status, payload

    def enter(self) -> None:
        assert self.call("POST", "/api/join", {"code": self.code})[0] == 200
        assert self.call("POST", "/api/name", {"student_id": self.student_id})[0] == 200

    def save(self) -> bool:
        rev, text = self.rev, self.text
        started = time.perf_counter()
        try:
            status, _ = self.call("PUT", f"/api/entries/{self.entry}",
                                  {"student_id": self.student_id, "body": text, "visibility": "private",
                                   "prompt_id": None, "rev": rev})
        except (OSError, http.client.HTTPException, ValueError):
            self.errors += 1
            return False
        if status != 200:
            self.errors += 1
            return False
        self.trips.append((time.perf_counter() - started) * 1000)
        self.sent_rev = max(self.sent_rev, rev)
        return True

    def run(self) -> None:
        time.sleep(random.random())  # students do not all press a key in the same millisecond
        self.enter()
        next_type = time.monotonic()
        down_since: float | None = None
        while True:
            now = time.monotonic()
            if now >= next_type and now < self.until:
                self.text += random.choice(WORDS) + " "
                self.rev += 1
                next_type += 1.0
            if self.sent_rev < self.rev:
                if self.save():
                    if down_since is not None:
                        self.longest_wait = max(self.longest_wait, time.monotonic() - down_since)
                        down_since = None
                else:
                    down_since = down_since or time.monotonic()
                    time.sleep(0.25)
                    continue
            elif now >= self.until:
                return
            time.sleep(max(0.0, min(next_type - time.monotonic(), 0.05)))


def make_class(data_dir: Path, devices: int) -> tuple[str, list[str]]:
    store = open_store(data_dir)
    class_id = create_class(store, CLASS)
    add_students(store, class_id, [(f"Student {n:02d}", None, "#3366AA", "star") for n in range(devices)])
    ids = [s.id for s in students_in(store, class_id)]
    store.close()
    return class_id, ids


def check(data_dir: Path, devices: list[SimDevice]) -> tuple[int, int]:
    """(lost, duplicated): an entry whose final words are not in the database exactly once."""
    with sqlite3.connect(data_dir / "empathy.sqlite3") as conn:
        lost = duplicated = 0
        for device in devices:
            found = conn.execute("SELECT body FROM journal_entries WHERE student_id = ?",
                                 [device.student_id]).fetchall()
            lost += found != [(device.text,)] and len(found) <= 1
            duplicated += len(found) > 1
    return lost, duplicated


def run_devices(host: str, port: int, code: str, students: list[str], seconds: float) -> list[SimDevice]:
    until = time.monotonic() + seconds
    devices = [SimDevice(host, port, code, sid, until) for sid in students]
    for device in devices:
        device.start()
    return devices


def part_gui(devices: int, seconds: float) -> None:
    data = Path(tempfile.mkdtemp(prefix="ea-bench-net-"))
    class_id, students = make_class(data, devices)
    gui = subprocess.Popen([sys.executable, str(ROOT / "tests/bench/class_network_gui.py"), str(data), class_id,
                            str(seconds + 8)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert gui.stdout is not None
    ready = gui.stdout.readline().split()
    address, code = ready[1], ready[2]
    host, port = address.rsplit(":", 1)
    sims = run_devices(host, int(port), code, students, seconds)
    for sim in sims:
        sim.join(seconds + 30)
    figures = json.loads(gui.stdout.readline())
    gui.wait(30)
    trips = sorted(t for sim in sims for t in sim.trips)
    lost, duplicated = check(data, sims)
    print(f"class network, GUI running offscreen: {devices} devices × {seconds:.0f} s, {len(trips)} saves "
          f"({len(trips) / seconds:.0f}/s)")
    print(f"  save round trip: p50 {statistics.median(trips):.1f} ms, p95 {trips[int(len(trips) * .95)]:.1f} ms, "
          f"max {trips[-1]:.1f} ms (target p95 ≤ 100 ms)")
    print(f"  entries lost: {lost}, duplicated: {duplicated} (target 0); failed saves retried: "
          f"{sum(s.errors for s in sims)}")
    print(f"  Qt event loop: longest stall {figures['stall_max_ms']} ms ({figures['stall_at_s']} s in), "
          f"p99 {figures['stall_p99_ms']} ms, "
          f"{figures['over_50ms']} stalls over 50 ms in {figures['ticks']} ticks (target ≤ 50 ms)")


def part_kill(devices: int, seconds: float) -> None:
    data = Path(tempfile.mkdtemp(prefix="ea-bench-kill-"))
    _, students = make_class(data, devices)
    served = serve(data, CLASS)
    host, port = served.address.rsplit(":", 1)
    sims = run_devices(host, int(port), served.code, students, seconds)
    time.sleep(seconds / 2)
    served.kill()
    killed_at = time.monotonic()
    time.sleep(1.0)
    again = serve(data, CLASS)
    restarted = time.monotonic() - killed_at
    for sim in sims:
        sim.join(seconds + 30)
    again.interrupt()
    lost, duplicated = check(data, sims)
    print(f"class network, server killed with SIGKILL after {seconds / 2:.0f} s of {seconds:.0f} s and started "
          f"again ({restarted:.1f} s later, same address: {again.address == served.address}):")
    print(f"  entries lost: {lost}, duplicated: {duplicated} (target 0); longest a device waited to be saved: "
          f"{max(s.longest_wait for s in sims):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--devices", type=int, default=40)
    parser.add_argument("--kill-seconds", type=float, default=40)
    args = parser.parse_args()
    part_gui(args.devices, args.seconds)
    part_kill(args.devices, args.kill_seconds)


if __name__ == "__main__":
    main()
