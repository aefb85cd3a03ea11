"""The class bundle file: what we write reads back exactly; anything else is refused with words, never a traceback."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import StoreError
from app.store.bundle_file import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SUFFIX,
    Bundle,
    BundleError,
    Limits,
    read_bundle,
)
from app.store.bundle_values import INT_MAX, INT_MIN
from app.store.bundle_write import write_bundle

SPEC: dict[str, tuple[str, ...]] = {"students": ("id", "name", "age"), "notes": ("id", "text", "score")}
MAX_SCHEMA = 3
FIXTURE_SETTINGS = settings(max_examples=40, deadline=None,
                            suppress_health_check=[HealthCheck.function_scoped_fixture])

values = st.one_of(st.none(), st.text(max_size=12), st.integers(INT_MIN, INT_MAX),
                   st.floats(allow_nan=False, allow_infinity=False))
tables_strategy = st.fixed_dictionaries(
    {}, optional={name: st.lists(st.fixed_dictionaries(dict.fromkeys(columns, values)), max_size=6)
                  for name, columns in SPEC.items()})

SAMPLE = {
    "students": [{"id": "s1", "name": "Zoë", "age": 11}, {"id": "s2", "name": "Łukasz 🙂", "age": None}],
    "notes": [{"id": "n1", "text": "shared a story", "score": 2.5}],
}


def write(folder: Path, tables: Mapping[str, Any] = SAMPLE, *, name: str = "class.eabundle", schema: int = 2) -> Path:
    return write_bundle(folder / name, tables, schema_version=schema, source="laptop-7", app_version="1.4.0")


def read(path: Path, **options: Any) -> Bundle:
    return read_bundle(path, spec=SPEC, max_schema=MAX_SCHEMA, **options)


def refused(path: Path, **options: Any) -> str:
    with pytest.raises(BundleError) as caught:
        read(path, **options)
    message = str(caught.value)
    assert str(path) in message
    return message


def make_zip(path: Path, members: Mapping[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def members(path: Path) -> tuple[dict[str, Any], bytes]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(MANIFEST)), archive.read(DATA)


def tamper(path: Path, *, data: Any = None, reseal: bool = True, **manifest_changes: Any) -> Path:
    """Rebuild the bundle with changed parts; `reseal` recomputes the checksum so later checks are reached."""
    manifest, raw = members(path)
    if data is not None:
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    if reseal:
        manifest["sha256"] = hashlib.sha256(raw).hexdigest()
    manifest.update(manifest_changes)
    return make_zip(path, {MANIFEST: json.dumps(manifest).encode(), DATA: raw})


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".partial"))


# --- round trip -------------------------------------------------------------------------------------------------------

@FIXTURE_SETTINGS
@given(tables=tables_strategy)
def test_round_trip_gives_the_same_rows(tmp_path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    path = write(tmp_path, tables)
    bundle = read(path)
    assert bundle.tables == {name: tables.get(name, []) for name in SPEC}
    assert bundle.manifest["counts"] == {name: len(rows) for name, rows in tables.items()}


def test_written_file_has_the_documented_layout(tmp_path: Path) -> None:
    path = write(tmp_path)
    assert path == tmp_path / f"class{SUFFIX}"
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == [DATA, MANIFEST]
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in archive.infolist())
    manifest, raw = members(path)
    assert raw == json.dumps({"tables": SAMPLE}, ensure_ascii=False, separators=(",", ":"),
                             sort_keys=True).encode("utf-8")
    assert manifest["format"] == FORMAT and manifest["format_version"] == FORMAT_VERSION
    assert manifest["schema_version"] == 2 and manifest["source"] == "laptop-7" and manifest["app_version"] == "1.4.0"
    assert manifest["created_at"].endswith("Z")
    assert manifest["counts"] == {"students": 2, "notes": 1}
    assert manifest["sha256"] == hashlib.sha256(raw).hexdigest()
    assert read(path).manifest == manifest


def test_the_bundle_is_written_under_exactly_the_name_given(tmp_path: Path) -> None:
    """No extension is added: `export -o x.bundle` writes x.bundle (the window's save dialog adds .eabundle)."""
    for name in ("x.bundle", "no-extension"):
        path = write(tmp_path, name=name)
        assert path == tmp_path / name and read(path).tables["students"] == SAMPLE["students"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["no-extension", "x.bundle"]


def test_missing_tables_come_back_empty_and_a_str_path_works(tmp_path: Path) -> None:
    path = write(tmp_path, {"students": SAMPLE["students"]}, name=f"only-students{SUFFIX}")
    assert path.name == f"only-students{SUFFIX}"
    assert read_bundle(str(path), spec=SPEC, max_schema=MAX_SCHEMA).tables == {"students": SAMPLE["students"],
                                                                                "notes": []}


def test_older_schema_is_accepted(tmp_path: Path) -> None:
    assert read(write(tmp_path, schema=1)).manifest["schema_version"] == 1


# --- damage in transit ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def larger_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Written once: each write stamps the time, so its length (and the offsets worth drawing) would wander."""
    rows = [{"id": str(i), "name": "name " * i, "age": i} for i in range(30)]
    return write(tmp_path_factory.mktemp("larger"), {"students": rows}).read_bytes()


@FIXTURE_SETTINGS
@given(data=st.data())
def test_truncated_file_is_refused(tmp_path: Path, larger_bundle: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(larger_bundle) - 1), label="offset")
    short = tmp_path / "short.eabundle"
    short.write_bytes(larger_bundle[:cut])
    refused(short)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_damage_is_refused_or_harmless(tmp_path: Path, larger_bundle: bytes, data: st.DataObject) -> None:
    """Bytes the checks do not cover (dates, version-made-by) may change; the rows never silently do."""
    original = tmp_path / "original.eabundle"
    original.write_bytes(larger_bundle)
    expected = read(original).tables
    damaged = bytearray(larger_bundle)
    for index in data.draw(st.lists(st.integers(0, len(damaged) - 1), min_size=1, max_size=3), label="indexes"):
        damaged[index] ^= data.draw(st.integers(1, 255), label="mask")
    path = tmp_path / "damaged.eabundle"
    path.write_bytes(bytes(damaged))
    try:
        bundle = read(path)
    except BundleError:
        return
    assert bundle.tables == expected


def test_every_truncation_of_a_small_bundle_is_refused(tmp_path: Path) -> None:
    raw = write(tmp_path).read_bytes()
    short = tmp_path / "short.eabundle"
    for cut in range(len(raw)):
        short.write_bytes(raw[:cut])
        with pytest.raises(BundleError):
            read(short)


@FIXTURE_SETTINGS
@given(data=st.data())
def test_changed_data_is_refused_by_its_checksum(tmp_path: Path, data: st.DataObject) -> None:
    path = write(tmp_path)
    _, raw = members(path)
    index = data.draw(st.integers(0, len(raw) - 1), label="index")
    flipped = bytearray(raw)
    flipped[index] ^= data.draw(st.integers(1, 255), label="mask")
    tamper(path, data=bytes(flipped), reseal=False)
    assert "has been changed since it was made (its checksum does not match)" in refused(path)


def test_corrupted_bytes_inside_the_zip_are_refused_as_damaged(tmp_path: Path) -> None:
    path = write(tmp_path)
    manifest, raw = members(path)
    make_zip(path, {MANIFEST: json.dumps(manifest).encode(), DATA: raw}, compression=zipfile.ZIP_STORED)
    whole = bytearray(path.read_bytes())
    whole[whole.index(raw) + 5] ^= 0x20  # the CRC stored in the zip no longer matches
    path.write_bytes(bytes(whole))
    assert "damaged or was not copied completely" in refused(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.eabundle"
    path.write_bytes(b"")
    assert "empty" in refused(path)


# --- not ours ---------------------------------------------------------------------------------------------------------

def test_plain_zip_with_other_members_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "photos.zip", {"readme.txt": b"hello", "photo.jpg": b"\xff\xd8"})
    assert "is not an Empathy Ambassadors bundle" in refused(path)


def test_bundle_with_an_extra_member_is_refused(tmp_path: Path) -> None:
    manifest, raw = members(write(tmp_path))
    path = make_zip(tmp_path / "extra.eabundle", {MANIFEST: json.dumps(manifest).encode(), DATA: raw, "x": b""})
    assert "is not an Empathy Ambassadors bundle" in refused(path)


def test_members_packed_in_a_way_we_never_write_are_refused(tmp_path: Path) -> None:
    manifest, raw = members(write(tmp_path))
    path = make_zip(tmp_path / "bz.eabundle", {MANIFEST: json.dumps(manifest).encode(), DATA: raw},
                    compression=zipfile.ZIP_BZIP2)
    assert "is not an Empathy Ambassadors bundle" in refused(path)


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.eabundle"
    path.write_text("Name,Pronouns\nZoë,she/her\n", encoding="utf-8")
    assert "is not an Empathy Ambassadors bundle" in refused(path)


@pytest.mark.parametrize("manifest", [b"not json", b"[1, 2]", b"\xff\xfe", json.dumps({"format": "other"}).encode()])
def test_foreign_manifest_is_refused(tmp_path: Path, manifest: bytes) -> None:
    path = make_zip(tmp_path / "foreign.eabundle", {MANIFEST: manifest, DATA: b"{}"})
    assert "is not an Empathy Ambassadors bundle" in refused(path)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    assert "cannot be found" in refused(tmp_path / "gone.eabundle")
    assert "is a folder" in refused(tmp_path)


def test_declared_size_above_the_limit_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.eabundle", {MANIFEST: b"{}", DATA: b"\0" * 5_000_000})
    assert path.stat().st_size < 50_000
    assert "too large" in refused(path, max_bytes=1_000_000)
    assert "too large" in refused(write(tmp_path), max_bytes=100)


# --- newer versions ---------------------------------------------------------------------------------------------------

def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, schema=MAX_SCHEMA + 1)
    message = refused(path)
    assert "made by a newer version of Empathy Ambassadors" in message and "1.4.0" in message
    assert "Update this copy" in message


def test_newer_format_is_refused_before_other_checks(tmp_path: Path) -> None:
    path = tamper(write(tmp_path), format_version=FORMAT_VERSION + 1, counts="changed in v2")
    assert "made by a newer version" in refused(path)


@pytest.mark.parametrize("field", ["tables", "counts"])
def test_unknown_table_is_refused_as_newer(tmp_path: Path, field: str) -> None:
    path = write(tmp_path)
    if field == "tables":
        tamper(path, data={"tables": {**SAMPLE, "badges": []}}, counts={"students": 2, "notes": 1, "badges": 0})
    else:
        tamper(path, counts={"students": 2, "notes": 1, "badges": 0})
    assert "made by a newer version" in refused(path)


# --- damaged summary --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("changes", [
    {"schema_version": 0}, {"schema_version": "2"}, {"schema_version": True}, {"format_version": None},
    {"source": ""}, {"app_version": 14}, {"created_at": "yesterday"}, {"counts": [2, 1]},
    {"counts": {"students": -1}}, {"sha256": "abc"},
])
def test_invalid_summary_fields_are_refused_as_damaged(tmp_path: Path, changes: dict[str, Any]) -> None:
    path = tamper(write(tmp_path), **changes)
    assert "damaged or was not copied completely" in refused(path)


# --- wrong contents ---------------------------------------------------------------------------------------------------

def with_student(**row: Any) -> dict[str, Any]:
    return {"tables": {**SAMPLE, "students": [SAMPLE["students"][0], row]}}


@pytest.mark.parametrize(("data", "words"), [
    (with_student(id="s2", name="Ana", age=9, house="red"), "unexpected house"),
    (with_student(id="s2", name="Ana"), "no age"),
    (with_student(id="s2", name="Ana", age=True), "true/false"),
    (with_student(id="s2", name="Ana", age=[9]), "instead of a single value"),
    (with_student(id="s2", name="Ana", age=2**70), "too large"),
    ({"tables": {**SAMPLE, "students": "everyone"}}, "not a list"),
    ({"tables": {**SAMPLE, "students": [SAMPLE["students"][0], "s2"]}}, "not a record"),
    ({"tables": SAMPLE, "extra": 1}, "not laid out"),
    ([SAMPLE], "not laid out"),
])
def test_wrong_rows_are_refused(tmp_path: Path, data: Any, words: str) -> None:
    path = tamper(write(tmp_path), data=data)
    message = refused(path)
    assert "not what a class bundle should hold" in message and words in message


@pytest.mark.parametrize("raw", [b'{"tables": {"notes": [{"id": "n", "text": "t", "score": NaN}]}}',
                                 b'{"tables": {}, "tables": {}}', b"\xff not utf-8", b"[" * 100_000])
def test_unreadable_data_is_refused(tmp_path: Path, raw: bytes) -> None:
    path = tamper(write(tmp_path), data=raw)
    # A generous text limit lets the deep nesting reach the parser, which refuses it too.
    assert "its data cannot be read" in refused(path, limits=Limits(max_text=100_000))


def test_a_long_stretch_without_a_quote_mark_is_refused_while_unpacking(tmp_path: Path) -> None:
    path = tamper(write(tmp_path), data=b"[" * 100_000)
    assert "too large to import" in refused(path)


def test_counts_that_do_not_match_the_rows_are_refused(tmp_path: Path) -> None:
    path = tamper(write(tmp_path), counts={"students": 3, "notes": 1})
    assert "lists 3 records of 'students' but it holds 2" in refused(path)
    tamper(path, counts={"students": 2})
    assert "lists 0 records of 'notes' but it holds 1" in refused(path)


# --- writing ----------------------------------------------------------------------------------------------------------

def test_writing_into_a_missing_folder_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(BundleError) as caught:
        write(tmp_path / "unplugged-stick")
    assert "folder does not exist" in str(caught.value) and "nothing was written" in str(caught.value)
    assert isinstance(caught.value, StoreError)
    assert list(tmp_path.iterdir()) == []


def test_full_disk_is_refused_leaves_no_temp_file_and_keeps_the_old_bundle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path)
    before = path.read_bytes()

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(BundleError, match="the disk is full: free some space or choose another place; nothing"):
        write(tmp_path, {"students": []})
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_folder_in_the_way_is_refused_and_leaves_no_temp_file(tmp_path: Path) -> None:
    (tmp_path / f"class{SUFFIX}").mkdir()
    with pytest.raises(BundleError, match="there is a folder with that name"):
        write(tmp_path)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("tables", [
    {"students": [{"id": "s1", "name": "Ana", "age": False}]},
    {"notes": [{"id": "n1", "text": "t", "score": float("inf")}]},
    {"students": [{"id": "s1", "name": "Ana", "age": 1}, {"id": "s2", "name": "Bo"}]},
    {"students": ["s1"]},
])
def test_values_the_reader_would_refuse_are_never_written(tmp_path: Path, tables: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        write(tmp_path, tables)
    assert list(tmp_path.iterdir()) == []


# --- limits -----------------------------------------------------------------------------------------------------------

def test_a_value_longer_than_its_column_allows_is_refused(tmp_path: Path) -> None:
    path = tamper(write(tmp_path), data=with_student(id="s2", name="A" * 401, age=9))
    assert "text longer than 400 characters in 'name'" in refused(path)
    assert read(path, limits=Limits(text={"students": {"name": 1000}})).tables["students"][1]["name"] == "A" * 401


def test_too_many_rows_are_refused_from_the_summary_and_from_the_data(tmp_path: Path) -> None:
    path = write(tmp_path, {"students": [{"id": str(n), "name": "x", "age": n} for n in range(5)]})
    assert "more than the 4 one kind may have" in refused(path, limits=Limits(max_rows=4))
    tamper(path, counts={"students": 1})
    assert "more than the 4 one kind may have" in refused(path, limits=Limits(max_rows=4))


def test_a_huge_name_is_refused_while_unpacking_without_holding_it(tmp_path: Path) -> None:
    """The tester's bundle, scaled down to 20 MB: refused after a few MB, with little memory used."""
    import tracemalloc

    path = tamper(write(tmp_path), data=with_student(id="s2", name="A" * 20_000_000, age=9))
    tracemalloc.start()
    try:
        message = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "too large to import" in message and "single value longer than" in message
    assert peak < 10_000_000, peak


def test_the_writer_refuses_what_the_reader_would_refuse_for_size(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="longer than 400 characters in 'name'"):
        write(tmp_path, {"students": [{"id": "s", "name": "x" * 401, "age": 1}]})
    assert list(tmp_path.iterdir()) == []
