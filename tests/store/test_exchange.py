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
from app.store.exchange import SPEC, export_bundle
from app.store.exchange import import_bundle as _import
from app.store.forget import forget_student
from app.store.journal import save_entry, sign_in
from app.store.students import add_student
from app.store.tx import transaction
from tests.demo_image import add_demo

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


def import_bundle(store: Store, path: Path, progress=None):
    """These laptops are one school's, in sync by agreement: deletions are applied, as the facilitator would."""
    return _import(store, path, progress, apply_deletions=True)


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
    assert sum(report.kept_deleted.values()) >= 2
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


# --- preview, consent, backup ---------------------------------------------------------------------------------------

STAMP = "2026-11-20T10:00:00.000Z"


def _demo(root: Path) -> Store:
    store = _fresh(root)
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    return store


def _snapshot(store: Store) -> list[str]:
    """Every table, byte for byte through SQLite: what "nothing was written" means."""
    return list(store.conn.iterdump())


def _only(root: Path, name: str, **tables: list[dict]) -> Path:
    """A bundle holding just these rows (every other table empty), as a crafted or partial export would."""
    from app.store.bundle_file import Limits
    from app.store.bundle_write import write_bundle

    return write_bundle(root / f"{name}.eabundle", {t: tables.get(t, []) for t in SPEC}, schema_version=5,
                        source="other", app_version="test",
                        limits=Limits(max_text=1_000_000))  # the writer's own check off


def _class_tombstone(root: Path) -> Path:
    from app.demo.classroom import DEMO_CLASS_ID

    return _only(root, "tomb", tombstones=[{"id": DEMO_CLASS_ID, "kind": "class", "deleted_at": STAMP}])


def _backups(store: Store) -> list[Path]:
    from app.store.backup import list_backups

    return list_backups(store.data_dir)


def test_a_lone_class_tombstone_deletes_nothing_unless_asked_and_says_so(tmp_path: Path) -> None:
    """The tester's 525-byte bundle: it used to erase the demo class and report "Nothing new"."""
    store = _demo(tmp_path)
    before = _snapshot(store)
    report = _import(store, _class_tombstone(tmp_path))
    assert _snapshot(store) == before
    text = report.summary("use --apply-deletions")
    assert "Nothing new" not in text
    assert "Skipped deletions" in text and "class 'Demo class 8B'" in text and "use --apply-deletions" in text
    assert report.changed == 0 and not _backups(store)
    # Not recorded as a tombstone here: the next import offers it again.
    again = _import(store, _class_tombstone(tmp_path))
    assert [d.kind for d in again.skipped] == ["class"]


def test_the_plan_names_what_a_deletion_removes_and_writes_nothing(tmp_path: Path) -> None:
    from app.store.exchange import plan_import
    from app.store.import_words import preview_text

    store = _demo(tmp_path)
    before, changes = _snapshot(store), store.conn.total_changes
    plan = plan_import(store, _class_tombstone(tmp_path))
    assert _snapshot(store) == before and store.conn.total_changes == changes
    assert [d.words for d in plan.deletions] == [
        "class 'Demo class 8B' with 12 students, 2 sessions, 40 journal entries, 2 rhythm runs"]
    assert plan.has_deletions and plan.with_deletions.writes == 1 and plan.without_deletions.writes == 0
    assert "NOT deleted here unless you ask" in preview_text(plan, False)


def test_applied_deletions_come_after_a_verified_backup(tmp_path: Path) -> None:
    import sqlite3

    store = _demo(tmp_path)
    report = _import(store, _class_tombstone(tmp_path), apply_deletions=True)
    assert store.conn.execute("SELECT COUNT(*) FROM classes").fetchone()[0] == 0
    assert report.backup is not None and "before-import" in report.backup.name
    assert str(report.backup) in report.summary()
    copy = sqlite3.connect(report.backup)
    assert copy.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0] == 40
    copy.close()
    assert "Deleted, as on the other laptop: class 'Demo class 8B'" in report.summary()


def test_when_the_backup_fails_nothing_is_imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.store.backup

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    store = _demo(tmp_path)
    before = _snapshot(store)
    monkeypatch.setattr(app.store.backup, "make_backup", full)
    with pytest.raises(BundleError, match=r"Nothing was imported from tomb\.eabundle: the backup"):
        _import(store, _class_tombstone(tmp_path), apply_deletions=True)
    assert _snapshot(store) == before


def test_a_change_made_after_the_preview_is_still_backed_up_before_the_merge(tmp_path: Path) -> None:
    import sqlite3

    from app.store.exchange import carry_out, plan_import

    store = _demo(tmp_path)
    bundle, _ = export_bundle(store, tmp_path / "same.eabundle")
    plan = plan_import(store, bundle)
    assert not plan.without_deletions.writes  # the preview: nothing to do, so no backup would be needed
    other_window = sqlite3.connect(store.path)  # meanwhile, another window makes the class look older
    other_window.execute("UPDATE classes SET updated_at = '2000-01-01T00:00:00+00:00'")
    other_window.commit()
    other_window.close()
    report = carry_out(store, plan)
    assert report.updated.get("classes") == 1
    assert report.backup is not None, "the merge wrote, so a backup came first"
    copy = sqlite3.connect(report.backup)
    assert copy.execute("SELECT updated_at FROM classes").fetchone()[0] == "2000-01-01T00:00:00+00:00"
    copy.close()


def test_a_forgotten_student_is_named_with_her_entries(tmp_path: Path) -> None:
    from app.store.exchange import plan_import

    store = _demo(tmp_path)
    sid, name, entries = store.conn.execute(
        "SELECT s.id, s.display_name, COUNT(j.id) FROM students s JOIN journal_entries j ON j.student_id = s.id "
        "GROUP BY s.id ORDER BY s.display_name LIMIT 1").fetchone()
    hits = store.conn.execute("SELECT COUNT(*) FROM rhythm_hits WHERE student_id = ?", [sid]).fetchone()[0]
    plan = plan_import(store, _only(tmp_path, "s", tombstones=[{"id": sid, "kind": "student", "deleted_at": STAMP}]))
    words = f"student '{name}' with {entries} journal entr{'y' if entries == 1 else 'ies'}"
    assert plan.deletions[0].words.startswith(words) and (hits == 0 or f"{hits} rhythm hit" in plan.deletions[0].words)


def test_rows_about_a_skipped_deletion_wait_with_it(tmp_path: Path) -> None:
    """A new student in a class the bundle also deletes: neither written, nor the class deleted, until asked."""
    from app.demo.classroom import DEMO_CLASS_ID

    store = _demo(tmp_path)
    newcomer = {"id": "n0000000-0000-4000-8000-000000000000", "class_id": DEMO_CLASS_ID, "display_name": "Zed",
                "pronouns": None, "avatar_colour": "#000000", "avatar_icon": "star", "pin_hash": None,
                "created_at": STAMP, "updated_at": STAMP, "deleted_at": None}
    path = _only(tmp_path, "odd", students=[newcomer],
                 tombstones=[{"id": DEMO_CLASS_ID, "kind": "class", "deleted_at": STAMP}])
    report = _import(store, path)
    assert report.held == {"students": 1} and "Left out with them: 1 student." in report.summary()
    assert store.conn.execute("SELECT COUNT(*) FROM students").fetchone()[0] == 12
    report = _import(store, path, apply_deletions=True)
    assert store.conn.execute("SELECT COUNT(*) FROM students").fetchone()[0] == 0 and not report.added.get("students")


def test_an_entry_deleted_on_the_other_laptop_waits_for_consent_and_its_words_are_never_shown(
        tmp_path: Path) -> None:
    from app.store.exchange import plan_import
    from app.store.import_words import preview_text

    a = _demo(tmp_path)
    export_bundle(a, tmp_path / "a.eabundle")
    b = _fresh(tmp_path)
    _import(b, tmp_path / "a.eabundle")
    entry, body, author = b.conn.execute(
        "SELECT j.id, j.body, s.display_name FROM journal_entries j JOIN students s ON s.id = j.student_id "
        "WHERE j.visibility = 'private' AND j.body != '' LIMIT 1").fetchone()
    with transaction(b.conn):
        b.conn.execute("UPDATE journal_entries SET body = '', deleted_at = ?, updated_at = ? WHERE id = ?",
                       ["2099-01-01T00:00:00.000Z", "2099-01-01T00:00:00.000Z", entry])
    export_bundle(b, tmp_path / "b.eabundle")
    plan = plan_import(a, tmp_path / "b.eabundle")
    text = preview_text(plan) + "\n".join(d.words for d in plan.deletions)
    assert f"1 journal entry by '{author}', deleted there" in text and body[:20] not in text
    report = _import(a, tmp_path / "b.eabundle")
    assert a.conn.execute("SELECT body FROM journal_entries WHERE id = ?", [entry]).fetchone()[0] == body
    assert "Skipped deletions" in report.summary() and body[:20] not in report.summary()
    _import(a, tmp_path / "b.eabundle", apply_deletions=True)
    assert a.conn.execute("SELECT deleted_at FROM journal_entries WHERE id = ?", [entry]).fetchone()[0] is not None


def test_a_deleted_session_takes_its_rhythm_runs_with_it(tmp_path: Path) -> None:
    store = _demo(tmp_path)
    session = store.conn.execute("SELECT session_id FROM rhythm_runs WHERE session_id IS NOT NULL").fetchone()[0]
    path = _only(tmp_path, "sess", tombstones=[{"id": session, "kind": "session", "deleted_at": STAMP}])
    report = _import(store, path, apply_deletions=True)
    assert store.conn.execute("SELECT COUNT(*) FROM sessions WHERE id = ?", [session]).fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM rhythm_runs WHERE session_id = ?", [session]).fetchone()[0] == 0
    assert report.deleted[0].words.startswith("the session of ")


def test_the_preview_counts_are_what_the_merge_does(tmp_path: Path) -> None:
    from app.store.exchange import plan_import

    a = _demo(tmp_path)
    export_bundle(a, tmp_path / "a.eabundle")
    b = _fresh(tmp_path)
    plan = plan_import(b, tmp_path / "a.eabundle")
    report = _import(b, tmp_path / "a.eabundle")
    assert report.added == plan.without_deletions.added and report.added["journal_entries"] == 40
    assert report.backup is not None


@pytest.mark.parametrize(("table", "column", "size"), [("classes", "name", 401),
                                                       ("journal_entries", "body", 200_001)])
def test_values_longer_than_a_column_allows_are_refused_on_both_sides(tmp_path: Path, table: str, column: str,
                                                                      size: int) -> None:
    store = _demo(tmp_path)
    with transaction(store.conn):
        store.conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT MIN(rowid) FROM {table})",
                           ["x" * size])
    with pytest.raises(BundleError, match=f"longer than {size - 1:,} characters in '{column}'"):
        export_bundle(store, tmp_path / "long.eabundle")
    assert not (tmp_path / "long.eabundle").exists()
    rows = [dict(zip(SPEC[table], r, strict=True))
            for r in store.conn.execute(f"SELECT {', '.join(SPEC[table])} FROM {table}")]
    fresh = _fresh(tmp_path)
    before = _snapshot(fresh)
    with pytest.raises(BundleError, match="not what a class bundle should hold"):
        _import(fresh, _only(tmp_path, "long", **{table: rows}))
    assert _snapshot(fresh) == before


def test_a_tombstone_of_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    store = _demo(tmp_path)
    before = _snapshot(store)
    with pytest.raises(BundleError, match="kind of deletion this version does not know"):
        _import(store, _only(tmp_path, "k", tombstones=[{"id": "x", "kind": "deck", "deleted_at": STAMP}]))
    assert _snapshot(store) == before
