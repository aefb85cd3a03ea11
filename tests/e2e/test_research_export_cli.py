"""`python -m app export research` as a researcher's helper would run it: refusals say why and write nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from app.demo.classroom import DEMO_CLASS_ID
from app.store import open_store
from app.store.measure import set_consent
from app.store.students import students_in
from tests.e2e.helpers import run_app


def test_export_research_needs_consent_and_a_known_class(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "research"
    nobody = run_app("--data-dir", str(demo_dir), "export", "research", "--class", "Demo class 8B", "-o", str(out))
    assert nobody.returncode == 1 and "nobody in Demo class 8B has research consent" in nobody.stderr
    assert not out.exists()
    unknown = run_app("--data-dir", str(demo_dir), "export", "research", "--class", "8C", "-o", str(out))
    assert unknown.returncode == 1 and "no class called '8C'" in unknown.stderr
    store = open_store(demo_dir)
    for student in students_in(store, DEMO_CLASS_ID)[:5]:
        set_consent(store, student.id, counted=True, research=True)
    store.close()
    done = run_app("--data-dir", str(demo_dir), "export", "research", "--class", "Demo class 8B", "-o", str(out))
    assert done.returncode == 0 and "5 students under research codes" in done.stdout
    with open(out / "answers.csv", encoding="utf-8") as handle:
        assert len({row["code"] for row in csv.DictReader(handle)}) == 5
    assert {p.name for p in out.iterdir()} == {"answers.csv", "scores.csv", "codebook.md"}
