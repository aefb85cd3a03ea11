"""Class report benchmark: a 30-student class with AMES answers before and after. Figures only, no asserts.

Target: the class report (gather + figures + PDF) ≤ 2 s. Also printed: the same through the command line
(a fresh process: imports and the curriculum included), and the certificates.

    .venv/bin/python tests/bench/bench_report.py [--students N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.curriculum import Curriculum  # noqa: E402
from app.demo.measures import shipped_curriculum  # noqa: E402
from app.store import Store, open_store  # noqa: E402
from app.store.classes import create_class  # noqa: E402
from app.store.measure import save_answers, start_round  # noqa: E402
from app.store.sessions import add_session, set_attendance  # noqa: E402
from app.store.students import add_students  # noqa: E402
from app.store.tx import transaction  # noqa: E402

CLASS = "Bench class 9C"
INSTRUMENTS = ("ames", "program-questionnaire")


def make_class(store: Store, curriculum: Curriculum, students: int, rng: random.Random, *, name: str = CLASS,
               instruments: tuple[str, ...] = INSTRUMENTS, sessions: int = 10, post: bool = True) -> str:
    """A class with `sessions` sessions (most students present) and pre (and post) answers to `instruments`."""
    class_id = create_class(store, name)
    ids = add_students(store, class_id, [(f"Student {n:02d}", None, "#888888", "star") for n in range(students)])
    first = date(2026, 9, 7)
    plan = curriculum.plans[0].id if curriculum.plans else None
    with transaction(store.conn):
        for week in range(sessions):
            session = add_session(store, class_id, phase="self", held_on=(first + timedelta(weeks=week)).isoformat(),
                                  plan_id=plan)
            for student in ids:
                set_attendance(store, session, student, rng.random() < 0.9)
    for instrument_id in instruments:
        instrument = curriculum.instrument(instrument_id)
        assert instrument is not None, instrument_id
        low, high = min(instrument.values), max(instrument.values)
        pre = start_round(store, class_id, instrument_id, "pre", held_on=first)
        rounds = [(pre, 0.0)]
        if post:
            rounds.append((start_round(store, class_id, instrument_id, "post",
                                       held_on=first + timedelta(weeks=sessions)), 0.3))
        for student in ids:
            level = rng.uniform(2.2, 4.2)
            for round_id, lift in rounds:
                lift = lift and rng.gauss(lift, 0.4)
                answers: dict[str, int | None] = {
                    item.id: None if rng.random() < 0.03 else
                    max(low, min(high, round(level + lift + rng.gauss(0, 0.7)))) for item in instrument.items}
                save_answers(store, round_id, student, answers, "paper")
    return class_id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="also write the report PDF here, to look at")
    args = parser.parse_args()
    from app.measure.data import gather
    from app.printing.class_report import render_figures
    from app.printing.report_figures import report_figures

    curriculum = shipped_curriculum()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = open_store(data)
        class_id = make_class(store, curriculum, args.students, random.Random(30))
        gathered, rendered, pages, pdf = [], [], 0, b""
        for _ in range(args.runs):
            start = time.perf_counter()
            report = gather(store, curriculum, class_id, CLASS)
            middle = time.perf_counter()
            pdf, pages = render_figures(report_figures(report, date.today()))
            gathered.append(middle - start)
            rendered.append(time.perf_counter() - middle)
        store.close()
        total = [g + r for g, r in zip(gathered, rendered, strict=True)]
        print(f"class report, {args.students} students, {len(INSTRUMENTS)} questionnaires pre+post, {pages} pages, "
              f"{len(pdf) // 1024} KB")
        print(f"  in process: median {statistics.median(total):.3f} s, worst {max(total):.3f} s "
              f"(gather {statistics.median(gathered):.3f} s, figures + PDF {statistics.median(rendered):.3f} s; "
              f"first run {total[0]:.3f} s)   target ≤ 2 s")
        if args.keep:
            args.keep.write_bytes(pdf)
        for label, command in (
                ("report class (CLI, fresh process)", ["report", "class", CLASS, "-o", str(Path(tmp) / "r.pdf")]),
                ("report class --json (CLI)", ["report", "class", CLASS, "--json", "-o", str(Path(tmp) / "r.json")]),
                ("print certificates (CLI)", ["print", "certificates", "--class", CLASS, "-o",
                                              str(Path(tmp) / "c.pdf")])):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *command], cwd=ROOT,
                                  capture_output=True, text=True, check=False)
            print(f"  {label}: {time.perf_counter() - start:.3f} s (exit {done.returncode})")


if __name__ == "__main__":
    main()
