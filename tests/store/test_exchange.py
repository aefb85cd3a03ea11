"""Merging bundles between laptops: the same file twice changes nothing, order does not matter, deletions stick.

Each example builds real databases that start from one shared class, lets two laptops change it
independently (edits at chosen times, deletions, new entries, a forgotten student), and merges.
"""

from __future__ import annotations

import json
import zipfile
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Store, open_store
from app.store.bundle_file import BundleError
from app.store.classes import create_class
from app.store.exchange import SPEC, export_bundle, import_bundle
from app.store.forget import forget_student
from app.store.journal import save_entry, sign_in
from app.store.students import add_student
from app.store.tx import transaction

_dirs = count()
STUDENTS = ("Ana", "Ben", "Cai")


def _fresh(root: Path) -> Store:
    return open_store(root / f"laptop{next(_dirs)}")


def _base(root: Path) -> Path:
    """One class with three students and one entry each, exported: what every laptop starts from."""
    store = _fresh(root)
    class_id = create_class(store, "8A", class_id="c0000000-0000-4000-8000-000000000000")
    with transaction(store.conn):
        for index, name in enumerate(STUDENTS):
            add_student(store, class_id, name, student_id=f"s{index}000000-0000-4000-8000-000000000000")
    for index in range(len(STUDENTS)):
        author = sign_in(store, f"s{index}000000-0000-4000-8000-000000000000")
        save_entry(store, author, f"e{index}000000-0000-4000-8000-000000000000", body=f"first {index}",
                   visibility="class")
    path = root / "base.eabundle"
    export_bundle(store, path)
    store.close()
    return path


def _dump(store: Store) -> dict[str, list[str]]:
    tables = {}
    for table, columns in SPEC.items():
        if table == "tombstones":
            columns = ("id", "kind")
        rows = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        tables[table] = sorted(json.dumps(row) for row in rows)
    return tables


# An operation on one laptop: (kind, student index, text, minute of the timestamp)
operation = st.tuples(st.sampled_from(["edit", "delete", "add", "forget"]), st.integers(0, 2),
                      st.text("abc xyz", min_size=1, max_size=8), st.integers(0, 59))


def _apply(store: Store, ops: list[tuple[str, int, str, int]], laptop: str) -> None:
    for number, (kind, who, text, minute) in enumerate(ops):
        student = f"s{who}000000-0000-4000-8000-000000000000"
        entry = f"e{who}000000-0000-4000-8000-000000000000"
        stamp = f"2026-11-20T10:{minute:02d}:00.000Z"
        if store.conn.execute("SELECT 1 FROM students WHERE id = ?", [student]).fetchone() is None:
            continue  # forgotten on this laptop already
        with transaction(store.conn):
            if kind == "edit":
                store.conn.execute("UPDATE journal_entries SET body = ?, updated_at = ? WHERE id = ? "
                                   "AND deleted_at IS NULL", [f"{laptop}:{text}", stamp, entry])
            elif kind == "delete":
                store.conn.execute("UPDATE journal_entries SET body = '', deleted_at = ?, updated_at = ? "
                                   "WHERE id = ?", [stamp, stamp, entry])
            elif kind == "add":
                store.conn.execute(
                    "INSERT INTO journal_entries (id, student_id, body, visibility, created_at, updated_at) "
                    "VALUES (?, ?, ?, 'facilitator', ?, ?)", [f"{laptop}-{number}", student, text, stamp, stamp])
        if kind == "forget":
            forget_student(store, student)


def _laptop(root: Path, base: Path, ops, name: str) -> Store:
    store = _fresh(root)
    import_bundle(store, base)
    _apply(store, ops, name)
    return store


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops_a=st.lists(operation, max_size=6), ops_b=st.lists(operation, max_size=6))
def test_merging_is_idempotent_and_order_does_not_matter(tmp_path: Path, ops_a, ops_b) -> None:
    root = tmp_path / f"ex{next(_dirs)}"
    base = _base(root)
    a, b = _laptop(root, base, ops_a, "A"), _laptop(root, base, ops_b, "B")
    from_a, from_b = root / "a.eabundle", root / "b.eabundle"
    export_bundle(a, from_a)
    export_bundle(b, from_b)
    # A→B, then B→A: both laptops end with the same data.
    import_bundle(b, from_a)
    export_bundle(b, root / "b2.eabundle")
    import_bundle(a, root / "b2.eabundle")
    assert _dump(a) == _dump(b)
    # The same file again changes nothing.
    before = _dump(a)
    report = import_bundle(a, from_b)
    assert _dump(a) == before and report.changed == 0
    # A third laptop that imports the two originals in the other order ends the same.
    c = _fresh(root)
    import_bundle(c, from_b)
    import_bundle(c, from_a)
    assert _dump(c) == _dump(a)
    # Deletions stick: a forgotten student or a deleted entry on either side stays gone.
    for ops in (ops_a, ops_b):
        for kind, who, _, _ in ops:
            if kind == "forget":
                sid = f"s{who}000000-0000-4000-8000-000000000000"
                assert a.conn.execute("SELECT 1 FROM students WHERE id = ?", [sid]).fetchone() is None
                assert a.conn.execute("SELECT 1 FROM journal_entries WHERE student_id = ?", [sid]).fetchone() is None
    for store in (a, b, c):
        store.close()


def test_the_newer_edit_wins_and_a_deletion_beats_an_older_edit(tmp_path: Path) -> None:
    base = _base(tmp_path)
    a = _laptop(tmp_path, base, [("edit", 0, "older", 5), ("edit", 1, "edited", 50)], "A")
    b = _laptop(tmp_path, base, [("edit", 0, "newer", 6), ("delete", 1, "x", 40)], "B")
    export_bundle(b, tmp_path / "b.eabundle")
    import_bundle(a, tmp_path / "b.eabundle")
    bodies = dict(a.conn.execute("SELECT id, body FROM journal_entries WHERE deleted_at IS NULL"))
    assert bodies["e0000000-0000-4000-8000-000000000000"] == "B:newer"
    assert "e1000000-0000-4000-8000-000000000000" not in bodies


def test_a_forgotten_student_does_not_come_back_from_an_older_bundle(tmp_path: Path) -> None:
    base = _base(tmp_path)
    store = _fresh(tmp_path)
    import_bundle(store, base)
    forget_student(store, "s0000000-0000-4000-8000-000000000000")
    report = import_bundle(store, base)
    assert report.kept_deleted >= 2
    names = [r[0] for r in store.conn.execute("SELECT display_name FROM students")]
    assert "Ana" not in names and len(names) == 2


def _tampered(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as zin:
        manifest, data = zin.read("manifest.json"), zin.read("data.json")
    with zipfile.ZipFile(target, "w") as zout:
        zout.writestr("manifest.json", manifest)
        zout.writestr("data.json", data.replace(b"first 1", b"FIRST 1"))
    return target


@pytest.mark.parametrize("damage", ["truncated", "tampered", "foreign", "newer"])
def test_a_bad_bundle_is_refused_before_anything_is_written(tmp_path: Path, damage: str) -> None:
    base = _base(tmp_path)
    bad = tmp_path / "bad.eabundle"
    if damage == "truncated":
        bad.write_bytes(base.read_bytes()[: base.stat().st_size // 2])
    elif damage == "tampered":
        _tampered(base, bad)
    elif damage == "foreign":
        with zipfile.ZipFile(bad, "w") as zout:
            zout.writestr("word/document.xml", "<w:document/>")
    else:
        with zipfile.ZipFile(base) as zin:
            manifest, data = json.loads(zin.read("manifest.json")), zin.read("data.json")
        manifest["schema_version"] = 999
        with zipfile.ZipFile(bad, "w") as zout:
            zout.writestr("manifest.json", json.dumps(manifest))
            zout.writestr("data.json", data)
    store = _fresh(tmp_path)
    before = _dump(store)
    with pytest.raises(BundleError) as error:
        import_bundle(store, bad)
    assert "Traceback" not in str(error.value) and "bad.eabundle" in str(error.value)
    assert _dump(store) == before
