"""Journal benchmarks: search over 100k shared entries, one autosave, export + import of a term. Figures only.

Targets: search p95 ≤ 50 ms; one autosave ≤ 20 ms; export + import of 30 students and ~3,000 entries ≤ 2 s.

    .venv/bin/python tests/bench/bench_journal.py [--entries N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.store import Store, open_store  # noqa: E402
from app.store.classes import create_class  # noqa: E402
from app.store.exchange import export_bundle, import_bundle  # noqa: E402
from app.store.ids import iso, new_id  # noqa: E402
from app.store.journal import save_entry, set_pin, sign_in  # noqa: E402
from app.store.journal_review import search_shared  # noqa: E402
from app.store.sessions import add_session  # noqa: E402
from app.store.students import add_student  # noqa: E402
from app.store.tx import transaction  # noqa: E402

_VOCABULARY = ("drum beat name proud friend kind brave listen together circle heard group rhythm story family "
         "school lunch nervous happy tired laugh music football art dance game quiet loud strong help "
         "teacher grandma brother sister new left out belong change wish hope remember thank sorry")
WORDS = _VOCABULARY.split()
QUERIES = ("drum", "proud", "left out", "grand", "kind friend", "music dance", "nervous", "belong", "sorr",
           "together rhythm")


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _term(store: Store, students: int, entries: int, rng: random.Random) -> str:
    """A class with sessions and entries of every visibility, written straight in (as an import would)."""
    class_id = create_class(store, f"Bench {rng.random():.6f}")
    with transaction(store.conn):
        ids = [add_student(store, class_id, f"Student {n}") for n in range(students)]
        sessions = [add_session(store, class_id, phase="self", held_on=f"2026-{1 + n % 12:02d}-10") for n in range(12)]
        rows = []
        for _ in range(entries):
            now = iso()
            rows.append({"id": new_id(), "student_id": rng.choice(ids), "session_id": rng.choice(sessions),
                         "prompt_id": None, "body": " ".join(_sentence(rng, rng.randint(6, 20))
                                                             for _ in range(rng.randint(1, 4))),
                         "visibility": rng.choice(("private", "facilitator", "class")),
                         "created_at": now, "updated_at": now})
        store.db["journal_entries"].insert_all(rows, batch_size=2000)
    return class_id


def _p(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "search")
        start = time.perf_counter()
        _term(store, 30, args.entries, rng)
        print(f"built {args.entries} entries in {time.perf_counter() - start:.1f} s")
        times = []
        for _ in range(5):
            for query in QUERIES:
                t = time.perf_counter()
                hits = search_shared(store, query)
                times.append((time.perf_counter() - t) * 1000)
        print(f"search over {args.entries} entries ({len(hits)} hits for the last query, limit 200): "
              f"p50 {statistics.median(times):.1f} ms, p95 {_p(times, 0.95):.1f} ms, max {max(times):.1f} ms "
              f"(target p95 ≤ 50 ms)")

        student = store.conn.execute("SELECT id FROM students LIMIT 1").fetchone()[0]
        for label, author in (("no PIN", sign_in(store, student)),
                              ("PIN, private: sealed", set_pin(store, sign_in(store, student), "2468"))):
            entry, text, saves = None, "", []
            for n in range(300):
                text += rng.choice(WORDS) + " "
                t = time.perf_counter()
                entry = save_entry(store, author, entry, body=text, visibility="private" if n % 2 else "class")
                saves.append((time.perf_counter() - t) * 1000)
            print(f"one autosave ({label}, entry growing to {len(text)} chars, {store.path.stat().st_size // 1_000_000}"
                  f" MB database): p50 {statistics.median(saves):.2f} ms, p95 {_p(saves, 0.95):.2f} ms, "
                  f"max {max(saves):.2f} ms (target ≤ 20 ms)")
        store.close()

        laptop_a, laptop_b = open_store(Path(tmp) / "a"), open_store(Path(tmp) / "b")
        _term(laptop_a, 30, 3000, rng)
        t = time.perf_counter()
        _, counts = export_bundle(laptop_a, Path(tmp) / "term.eabundle")
        exported = time.perf_counter() - t
        t = time.perf_counter()
        import_bundle(laptop_b, Path(tmp) / "term.eabundle")
        imported = time.perf_counter() - t
        t = time.perf_counter()
        import_bundle(laptop_b, Path(tmp) / "term.eabundle")
        again = time.perf_counter() - t
        size = (Path(tmp) / "term.eabundle").stat().st_size / 1000
        print(f"export + import of 30 students, {counts['journal_entries']} entries ({size:.0f} kB bundle): "
              f"export {exported:.2f} s + import {imported:.2f} s = {exported + imported:.2f} s (target ≤ 2 s); "
              f"importing it again {again:.2f} s")


if __name__ == "__main__":
    main()
