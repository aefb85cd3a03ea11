"""Program report benchmark: 40 classes of 30, each exported to its own bundle with AMES and the program
questionnaire before and after, ten sessions each. Figures only, no asserts.

Target: `report program` over the 40 bundles ≤ 10 s (reading and merging the bundles, gathering each class and
the pooled results, and the PDF). Making the bundles is not timed; --keep DIR keeps them and the PDF.

    .venv/bin/python tests/bench/bench_program_report.py [--classes N] [--students N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import make_class  # noqa: E402

from app.demo.measures import shipped_curriculum  # noqa: E402
from app.store import open_store  # noqa: E402
from app.store.exchange import export_bundle  # noqa: E402


def make_bundles(folder: Path, classes: int, students: int) -> list[Path]:
    curriculum = shipped_curriculum()
    bundles = []
    for number in range(classes):
        store = open_store(folder / f"laptop-{number:02d}")
        make_class(store, curriculum, students, random.Random(number), name=f"Class {number + 1:02d}")
        bundles.append(export_bundle(store, folder / f"class-{number + 1:02d}.eabundle")[0])
        store.close()
    return bundles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--classes", type=int, default=40)
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="keep the bundles and the PDF in this folder")
    args = parser.parse_args()
    from app.measure.program import gather_program
    from app.printing.program_figures import program_figures
    from app.printing.program_report import render_program

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        bundles = sorted(folder.glob("class-*.eabundle"))[:args.classes]
        if len(bundles) < args.classes:
            bundles = make_bundles(folder, args.classes, args.students)
        print(f"{len(bundles)} bundles ready in {time.perf_counter() - start:.1f} s "
              f"({sum(b.stat().st_size for b in bundles) // 1024} KB)")
        curriculum = shipped_curriculum()
        start = time.perf_counter()
        report = gather_program(bundles, curriculum)
        gathered = time.perf_counter() - start
        pdf, pages = render_program(program_figures(report, date.today()))
        total = time.perf_counter() - start
        print(f"program report, {len(report.classes)} classes × {args.students} students, {pages} pages, "
              f"{len(pdf) // 1024} KB")
        print(f"  in process: {total:.2f} s (bundles read and merged + gathered {gathered:.2f} s, figures + PDF "
              f"{total - gathered:.2f} s)   target ≤ 10 s")
        (folder / "program.pdf").write_bytes(pdf)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder / "coordinator"), "report",
                               "program", *map(str, bundles), "-o", str(folder / "program-cli.pdf")], cwd=ROOT,
                              capture_output=True, text=True, check=False)
        print(f"  report program (CLI, fresh process): {time.perf_counter() - start:.2f} s (exit {done.returncode})")


if __name__ == "__main__":
    main()
