"""Hostile and damaged bundles against a real database: only BundleError or a clean plan ever comes out,
and a refused file leaves the database byte for byte as it was.

Every example starts from a real export of the demo class and changes it: flipped bytes, a cut, values of
the wrong type or size inside a re-zipped bundle whose checksum is made to match, deep nesting, and
tombstones for random or real ids. Seeded (derandomize) so a failure comes back on the next run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.store import Store, open_store
from app.store.bundle_file import DATA, MANIFEST, BundleError
from app.store.exchange import SPEC, carry_out, export_bundle, plan_import

# No shrinking: the examples hold a whole class, and the failing draws are printed as they are.
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TABLES = [t for t in SPEC]
KINDS = ["student", "class", "session", "rhythm_run", "deck", "", "CLASS"]


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, bytes]:
    """The demo class exported once: the raw file, its manifest and its data (as JSON: every example parses
    its own copy, to change as it likes, far faster than a deep copy of the parsed class)."""
    from app.demo.classroom import create_demo

    folder = tmp_path_factory.mktemp("demo")
    store = open_store(folder / "source")
    create_demo(store)
    path, _ = export_bundle(store, folder / "demo")
    store.close()
    with zipfile.ZipFile(path) as archive:
        return path.read_bytes(), archive.read(MANIFEST), archive.read(DATA)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The laptop that imports: the demo class, so deletions and updates have something to meet."""
    from app.demo.classroom import create_demo

    store = open_store(tmp_path_factory.mktemp("target") / "data")
    create_demo(store)
    pristine = sqlite3.connect(":memory:")
    store.conn.backup(pristine)
    store.pristine = pristine  # type: ignore[attr-defined]
    yield store
    pristine.close()
    store.close()


def _dump(store: Store) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """The whole database as sqlite3's iterdump() sees it (the schema, every row of every table, virtual tables
    through their shadow tables), read as rows: the same comparison at a fraction of iterdump's cost."""
    schema = store.conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    rows = {name: store.conn.execute(f'SELECT * FROM "{name}"').fetchall() for kind, name, _, sql in schema
            if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    return schema, rows


def _zip(path: Path, manifest: Any, data: bytes, *, reseal: bool) -> Path:
    if reseal and isinstance(manifest, dict):
        manifest["sha256"] = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(DATA, data)
    return path


def _check(store: Store, path: Path, apply_deletions: bool) -> None:
    """The contract: a plan or a BundleError; a refusal writes nothing; an accepted merge finishes or refuses."""
    before = _dump(store)
    try:
        plan = plan_import(store, path)
    except BundleError as error:
        assert "Traceback" not in str(error)
        assert _dump(store) == before
        return
    assert _dump(store) == before  # planning writes nothing
    try:
        carry_out(store, plan, apply_deletions=apply_deletions)
    except BundleError:
        assert _dump(store) == before
    else:  # accepted: put the demo laptop back, so the next example meets the whole class again
        store.pristine.backup(store.conn)  # type: ignore[attr-defined]


odd_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.sampled_from(["", "private", "class", "2026-01-01T00:00:00.000Z", "x" * 401]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(lambda depth: json.loads("[" * depth + "]" * depth), st.integers(1, 50)),
)


@FUZZ
@given(data=st.data())
def test_flipped_bytes_and_cuts(tmp_path: Path, demo_bundle, target: Store, data: st.DataObject) -> None:
    raw = bytearray(demo_bundle[0])
    if data.draw(st.booleans(), label="cut"):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="length")]
    else:
        for index in data.draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=4), label="where"):
            raw[index] ^= data.draw(st.integers(1, 255), label="mask")
    path = tmp_path / "damaged.eabundle"
    path.write_bytes(bytes(raw))
    _check(target, path, data.draw(st.booleans(), label="apply"))


@FUZZ
@given(data=st.data())
def test_changed_values_types_and_keys_with_a_matching_checksum(tmp_path: Path, demo_bundle, target: Store,
                                                                data: st.DataObject) -> None:
    manifest, body = json.loads(demo_bundle[1]), json.loads(demo_bundle[2])
    tables = body["tables"]
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        table = data.draw(st.sampled_from(TABLES), label="table")
        rows = tables.setdefault(table, [])
        rows = rows if isinstance(rows, list) else []
        action = data.draw(st.sampled_from(["value", "drop key", "add key", "duplicate", "tombstone",
                                            "rows", "manifest"]), label="action")
        if action == "tombstone":
            ids = [r.get("id") for t in ("classes", "students", "sessions", "rhythm_runs")
                   for r in (tables.get(t) if isinstance(tables.get(t), list) else []) if isinstance(r, dict)]
            one = data.draw(st.one_of(st.sampled_from(ids or ["none"]), st.uuids().map(str), odd_values), label="id")
            tables["tombstones"] = stones = tables["tombstones"] if isinstance(tables["tombstones"], list) else []
            stones.append({"id": one, "kind": data.draw(st.sampled_from(KINDS), label="kind"),
                                         "deleted_at": data.draw(st.sampled_from(["2026-01-01T00:00:00.000Z", None,
                                                                                  5]), label="when")})
        elif action == "rows":
            tables[table] = data.draw(st.sampled_from([None, "rows", {}, [[]], [None], rows[:1] * 3]), label="rows")
        elif action == "manifest":
            field = data.draw(st.sampled_from(["counts", "schema_version", "source", "created_at", "format"]))
            manifest[field] = data.draw(odd_values, label="manifest value")
        elif rows:
            row = rows[data.draw(st.integers(0, len(rows) - 1), label="row")]
            if not isinstance(row, dict):
                continue
            column = data.draw(st.sampled_from(SPEC[table]), label="column")
            if action == "value":
                row[column] = data.draw(odd_values, label="value")
            elif action == "drop key":
                row.pop(column, None)
            elif action == "add key":
                row[data.draw(st.text(max_size=5), label="key")] = 1
            else:
                rows.append(dict(row))
    if isinstance(manifest.get("counts"), dict) and data.draw(st.booleans(), label="true counts"):
        manifest["counts"] = {t: len(r) for t, r in tables.items() if isinstance(r, list)}
    raw = json.dumps(body).encode()
    path = _zip(tmp_path / "changed.eabundle", manifest, raw, reseal=True)
    _check(target, path, data.draw(st.booleans(), label="apply"))


@settings(max_examples=25, deadline=None, derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(size=st.sampled_from([401, 200_001, 1_100_001, 3_000_000]), table=st.sampled_from(TABLES[:-1]),
       nesting=st.integers(0, 5000))
def test_huge_strings_and_deep_nesting(tmp_path: Path, demo_bundle, target: Store, size: int, table: str,
                                       nesting: int) -> None:
    manifest, body = json.loads(demo_bundle[1]), json.loads(demo_bundle[2])
    rows = body["tables"][table]
    if rows:
        column = max(SPEC[table], key=lambda c: len(str(rows[0].get(c))))
        rows[0][column] = "é" * size
    raw = json.dumps(body, ensure_ascii=False).encode()
    if nesting:
        raw = raw[:-2] + b',"deep":' + b"[" * nesting + b"]" * nesting + b"}}"
    _check(target, _zip(tmp_path / "huge.eabundle", manifest, raw, reseal=True), True)
