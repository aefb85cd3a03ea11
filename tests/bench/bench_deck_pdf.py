"""Benchmark: a 200-card deck to PDF (fronts and long-edge backs). Figures, not pass/fail; target ≤ 2 s.

    .venv/bin/python tests/bench/bench_deck_pdf.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.curriculum import load_curriculum
from app.curriculum.model import Deck
from app.paths import activities_dir
from app.printing.deck_pdf import write_deck_pdf


def main() -> None:
    shipped = [c for d in load_curriculum(activities_dir()).decks for c in d.cards]
    cards = tuple(shipped[i % len(shipped)] for i in range(200))
    deck = Deck("bench", "Benchmark deck", "", cards)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(3):
            start = time.perf_counter()
            result = write_deck_pdf(deck, Path(folder) / f"deck{run}.pdf", backs="long-edge")
            times.append(time.perf_counter() - start)
    print(f"200 cards, {result.pages} pages: median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}); target <= 2 s")


if __name__ == "__main__":
    main()
