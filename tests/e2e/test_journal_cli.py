"""`export`, `import` and `print journal` as a facilitator runs them, in real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber

from app.demo.journal import DEMO_ENTRIES
from tests.e2e.helpers import run_app


def _info(data: Path) -> dict:
    return json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)


def test_export_then_import_on_another_laptop_twice(tmp_path: Path) -> None:
    first, second, bundle = tmp_path / "laptop1", tmp_path / "laptop2", tmp_path / "stick" / "8B.eabundle"
    bundle.parent.mkdir()
    run_app("--data-dir", str(first), "demo")
    result = run_app("--data-dir", str(first), "export", "-o", str(bundle))
    assert result.returncode == 0 and "40 journal entries" in result.stdout
    result = run_app("--data-dir", str(second), "import", str(bundle))
    assert result.returncode == 0 and "Added" in result.stdout, result.stderr
    assert "Importing would add 1 class, 12 students" in result.stdout and "A backup was made first" in result.stdout
    assert _info(second)["journal_entries"] == _info(first)["journal_entries"]
    again = run_app("--data-dir", str(second), "import", str(bundle))
    assert again.returncode == 0 and "Nothing new" in again.stdout


def test_a_damaged_bundle_is_refused_with_advice_and_no_traceback(tmp_path: Path) -> None:
    data, bundle = tmp_path / "laptop", tmp_path / "8B.eabundle"
    run_app("--data-dir", str(data), "demo")
    run_app("--data-dir", str(data), "export", "-o", str(bundle))
    bundle.write_bytes(bundle.read_bytes()[:-200])
    fresh = tmp_path / "fresh"
    result = run_app("--data-dir", str(fresh), "import", str(bundle))
    assert result.returncode == 1  # input refused (2 is for usage)
    assert "not copied completely" in result.stderr and "Traceback" not in result.stderr
    assert _info(fresh)["classes"] == 0


def _class_tombstone_bundle(data: Path, target: Path) -> Path:
    """The tester's bundle: nothing but a tombstone for the demo class."""
    from app.demo.classroom import DEMO_CLASS_ID
    from app.store.bundle_write import write_bundle
    from app.store.exchange import SPEC

    tables = {t: [] for t in SPEC}
    tables["tombstones"] = [{"id": DEMO_CLASS_ID, "kind": "class", "deleted_at": "2026-01-01T00:00:00.000Z"}]
    return write_bundle(target, tables, schema_version=5, source="elsewhere", app_version="test")


def test_a_class_tombstone_is_skipped_unless_asked_for_and_the_dry_run_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "A"
    run_app("--data-dir", str(data), "demo")
    bundle = _class_tombstone_bundle(data, tmp_path / "tomb.eabundle")
    dry = run_app("--data-dir", str(data), "import", str(bundle), "--dry-run", "--apply-deletions")
    assert dry.returncode == 0 and "Dry run: nothing was changed" in dry.stdout, dry.stderr
    assert "class 'Demo class 8B' with 12 students, 2 sessions, 40 journal entries" in dry.stdout
    assert _info(data)["classes"] == 1 and not (data / "backups").exists()
    plain = run_app("--data-dir", str(data), "import", str(bundle))
    assert plain.returncode == 0 and _info(data)["classes"] == 1
    assert "Nothing new" not in plain.stdout and "Skipped deletions" in plain.stdout
    assert "--apply-deletions" in plain.stdout
    applied = run_app("--data-dir", str(data), "import", str(bundle), "--apply-deletions")
    assert applied.returncode == 0 and _info(data)["classes"] == 0
    assert "Deleted, as on the other laptop: class 'Demo class 8B'" in applied.stdout
    backups = sorted((data / "backups").glob("*-before-import.sqlite3"))
    assert len(backups) == 1 and str(backups[0]) in applied.stdout


def test_print_journal_has_shared_entries_and_no_private_ones(tmp_path: Path) -> None:
    data, pdf = tmp_path / "laptop", tmp_path / "journal.pdf"
    run_app("--data-dir", str(data), "demo")
    result = run_app("--data-dir", str(data), "print", "journal", "--class", "demo class 8b", "--student", "Grace",
                     "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(pdf) as document:
        text = " ".join((page.extract_text() or "") for page in document.pages).replace("\n", " ")
    graces = [(visibility, body) for name, _, _, visibility, body in DEMO_ENTRIES if name == "Grace"]
    for visibility, body in graces:
        first_words = " ".join(body.split()[:4])
        assert (first_words in text) == (visibility != "private"), (visibility, first_words)
    missing = run_app("--data-dir", str(data), "print", "journal", "--class", "9Z", "-o", str(pdf))
    assert missing.returncode == 1 and "Demo class 8B" in missing.stderr
