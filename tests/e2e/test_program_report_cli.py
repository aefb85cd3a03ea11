"""`report program` as a coordinator runs it: real bundles from two data folders, a real subprocess, the PDF
read back; the coordinator's own data folder is left as it was."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber

from tests.e2e.helpers import run_app


def _pages(pdf_path: Path) -> list[str]:
    with pdfplumber.open(pdf_path) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text(use_text_flow=True) or "") for page in pdf.pages]


def test_report_program_over_two_schools_bundles(tmp_path: Path) -> None:
    bundles = []
    for school in ("north", "south"):
        data = tmp_path / school
        assert run_app("--data-dir", str(data), "demo").returncode == 0
        done = run_app("--data-dir", str(data), "export", "-o", str(tmp_path / f"{school}.eabundle"))
        assert done.returncode == 0, done.stderr
        bundles.append(str(tmp_path / f"{school}.eabundle"))
    coordinator = tmp_path / "coordinator"
    out = tmp_path / "program.pdf"
    done = run_app("--data-dir", str(coordinator), "report", "program", *bundles, "-o", str(out))
    assert done.returncode == 0, done.stderr
    # Both demo folders hold the same demo class (the same ids): it is one class, not two.
    assert "the program report for 1 class(es) from 2 bundle(s)" in done.stdout and "Demo data" in done.stdout
    pages = _pages(out)
    assert pages[0].startswith("Demo data") and "Program report" in pages[0]
    assert "Adolescent Measure of Empathy and Sympathy" in " ".join(pages)
    assert "What each class took part in" in " ".join(pages)
    info = json.loads(run_app("--data-dir", str(coordinator), "info", "--json").stdout)
    assert info["classes"] == 0  # nothing from the bundles stayed on the coordinator's laptop

    bad = tmp_path / "cut.eabundle"
    bad.write_bytes(Path(bundles[0]).read_bytes()[:200])
    refused = run_app("--data-dir", str(coordinator), "report", "program", bundles[0], str(bad), "-o", str(out))
    assert refused.returncode == 1 and "cut.eabundle" in refused.stderr and "--skip-unreadable" in refused.stderr
    figures = tmp_path / "program.json"
    done = run_app("--data-dir", str(coordinator), "report", "program", bundles[0], str(bad), "--skip-unreadable",
                   "--json", "-o", str(figures))
    assert done.returncode == 0, done.stderr
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert [item["bundle"] for item in data["left_out"]] == ["cut.eabundle"]
    assert data["classes_count"] == 1 and data["pooled"][0]["classes"] == 1
    unwritable = run_app("--data-dir", str(coordinator), "report", "program", bundles[0], "-o",
                         str(tmp_path / "no-such-folder" / "p.pdf"))
    assert unwritable.returncode == 2
