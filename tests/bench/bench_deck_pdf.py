"""Card-deck PDF benchmark: a 200-card deck (fronts and long-edge backs) to PDF. Prints seconds; never fails.

Target: at most 2 s for 200 poker cards on A4 (23 sheets, 46 pages). The first run includes loading and
parsing the DejaVu fonts; the median is over the runs after it.

    .venv/bin/python tests/bench/bench_deck_pdf.py [--runs N] [--paper a4|letter] [--size poker|bridge|tarot]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.curriculum.model import Card, Deck  # noqa: E402

TARGET_S = 2.0


def big_deck(count: int = 200) -> Deck:
    """Realistic cards: title, two or three sentences, a role line, two or three prompts, some notes."""
    cards = []
    for n in range(count):
        cards.append(Card(
            title=f"Scene {n + 1}: the empty seat",
            text=("School canteen, lunchtime. Rory walks in with a tray and looks for somewhere to sit. "
                  "At one table there is an empty chair; Huda puts her bag on it: 'Sorry, it's saved.' ") * (1 + n % 2),
            role="Rory: new this term. Huda and Marcus: friends, in the middle of a conversation." if n % 3 else None,
            audience=("What is Rory thinking as he walks away?", "Why might Huda have said it was saved?",
                      "What could Marcus do in that moment?")[: 2 + n % 2],
            intensity=1 + n % 3,
            content_notes=("Being left out",) if n % 4 == 0 else (),
        ))
    return Deck("bench", "Benchmark deck", "200 cards", tuple(cards))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs after the first (default 5)")
    parser.add_argument("--paper", default="a4")
    parser.add_argument("--size", default="poker")
    args = parser.parse_args()
    from app.printing.deck_pdf import write_deck_pdf

    deck = big_deck()
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.pdf"
        for _ in range(args.runs + 1):
            start = time.perf_counter()
            result = write_deck_pdf(deck, out, paper=args.paper, size=args.size, backs="long-edge")
            times.append(time.perf_counter() - start)
        size_kb = out.stat().st_size / 1024
    later = times[1:] or times
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"{result.cards} cards, {args.size} on {args.paper}: {result.sheets} sheets, {result.pages} pages, "
          f"{size_kb:.0f} KiB, {len(result.overflowing)} card(s) too long")
    print(f"first run {times[0]:.2f} s (fonts loaded); median of {len(later)} more {statistics.median(later):.2f} s; "
          f"target ≤ {TARGET_S:g} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
