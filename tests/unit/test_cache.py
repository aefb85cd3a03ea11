"""The curriculum start-up cache: used when nothing changed, never when something did, and never a
way to run code (it sits in the data folder, which may be a shared USB stick)."""

from __future__ import annotations

import json
import logging
import os
import pickle
from pathlib import Path

import pytest

from app.curriculum import cache as cache_module
from app.curriculum import load_curriculum
from app.curriculum.cache import CACHE_NAME, load_cached
from app.curriculum.copies import user_root
from app.paths import activities_dir


def test_cache_returns_the_same_curriculum_and_notices_edits(curriculum_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_cached(curriculum_dir, None, cache)
    assert (cache / CACHE_NAME).is_file()
    assert load_cached(curriculum_dir, None, cache) == first == load_curriculum(curriculum_dir)

    path = curriculum_dir / "self" / "self-test.toml"
    path.write_text(path.read_text().replace('title = "Test activity"', 'title = "Renamed"'))
    os.utime(path, ns=(1, 1))  # even with an old timestamp, the size differs
    assert load_cached(curriculum_dir, None, cache).activity("self-test").title == "Renamed"


def test_own_copies_folder_is_part_of_the_key(curriculum_dir: Path, tmp_path: Path) -> None:
    cache, mine = tmp_path / "cache", tmp_path / "mine"
    assert load_cached(curriculum_dir, mine, cache).activity("self-copy") is None
    (mine / "self").mkdir(parents=True)
    text = (curriculum_dir / "self" / "self-test.toml").read_text().replace('id = "self-test"', 'id = "self-copy"')
    (mine / "self" / "self-copy.toml").write_text(text)
    assert load_cached(curriculum_dir, mine, cache).activity("self-copy") is not None


def test_a_damaged_or_unwritable_cache_only_costs_time(curriculum_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_NAME).write_bytes(b"not JSON")
    assert load_cached(curriculum_dir, None, cache).activity("self-test") is not None
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert load_cached(curriculum_dir, None, blocked).activity("self-test") is not None


# --- nothing from the data folder is executed -------------------------------------------------------


class _Planted:
    """What a hostile pickle on a shared USB stick would carry: unpickling it creates `marker`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def _load_like_the_app(data_dir: Path):  # app/ui/launch.py does exactly this
    return load_cached(activities_dir(), user_root(data_dir), data_dir / "cache")


@pytest.fixture(scope="module")
def shipped():
    return load_curriculum(activities_dir())


def test_a_planted_pickle_is_never_read_and_is_deleted(data_dir: Path, tmp_path: Path, shipped) -> None:
    marker = tmp_path / "pwned"
    (data_dir / "cache").mkdir(parents=True)
    (data_dir / "cache" / "curriculum.pickle").write_bytes(pickle.dumps((None, _Planted(marker))))
    assert _load_like_the_app(data_dir) == shipped
    assert not marker.exists()
    assert not (data_dir / "cache" / "curriculum.pickle").exists()
    document = json.loads((data_dir / "cache" / CACHE_NAME).read_text(encoding="utf-8"))  # the cache is JSON
    assert set(document) == {"key", "curriculum"}


def test_warm_cache_equals_a_fresh_load_of_the_shipped_curriculum(data_dir: Path, shipped) -> None:
    first = _load_like_the_app(data_dir)
    assert (data_dir / "cache" / CACHE_NAME).is_file()
    warm = _load_like_the_app(data_dir)
    assert warm == first == shipped
    assert warm is not first
    activity = warm.activities[0]
    assert isinstance(activity.steps, tuple) and isinstance(activity.file, Path)
    assert all(isinstance(p, cache_module.model.Prompt) for p in warm.prompts.values())


def _hostile_variants(document: dict, marker: Path) -> dict[str, bytes]:
    """Cache files that match the key (so they get past it) but are not what the model says, and worse."""
    def with_change(change) -> bytes:
        copy = json.loads(json.dumps(document))
        change(copy["curriculum"])
        return json.dumps({"key": document["key"], "curriculum": copy["curriculum"]}).encode()

    def set_in(path: list, value):
        def change(data):
            for part in path[:-1]:
                data = data[part]
            data[path[-1]] = value
        return change

    def add_class_field(data):
        data["activities"][0]["__class__"] = "os.system"
        data["activities"][0]["__reduce__"] = ["os.system", [f"touch {marker}"]]

    return {
        "int for text": with_change(set_in(["activities", 0, "title"], 123)),
        "true for a number": with_change(set_in(["activities", 0, "full_minutes"], True)),
        "float for a number": with_change(set_in(["activities", 0, "full_minutes"], 10.0)),
        "text for a list": with_change(set_in(["activities", 0, "methods"], "circle")),
        "list for a tuple pair": with_change(set_in(["activities", 0, "adaptations", 0], ["a", "b", "c"])),
        "null for text": with_change(set_in(["phases", 0, "title"], None)),
        "missing field": with_change(lambda d: d["activities"][0].pop("title")),
        "class tricks": with_change(add_class_field),
        "code as text is only text, but a table is not a prompt":
            with_change(set_in(["prompts", "p-one"], {"$eval": f"__import__('os').system('touch {marker}')"})),
        "a huge number": b'{"key": 1' + b"0" * 5000 + b"}",
        "NaN": b'{"key": NaN, "curriculum": {}}',
        "huge nesting": b"[" * 200_000 + b"]" * 200_000,
        "huge nesting inside the curriculum": _nested(with_change(set_in(["phases"], []))),
        "a list": b"[1, 2, 3]",
        "garbage": bytes(range(256)) * 10,
        "empty": b"",
        "not UTF-8": b'{"key": "\xff"}',
        "key only": json.dumps({"key": document["key"]}).encode(),
    }


def _nested(raw: bytes) -> bytes:
    nested = raw.replace(b'"phases": []', b'"phases": ' + b"[" * 100_000 + b"]" * 100_000)
    assert len(nested) > len(raw)
    return nested


def test_hostile_or_garbage_json_caches_mean_a_normal_load(curriculum_dir: Path, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    cache, marker = tmp_path / "cache", tmp_path / "pwned"
    fresh = load_curriculum(curriculum_dir)
    load_cached(curriculum_dir, None, cache)
    document = json.loads((cache / CACHE_NAME).read_text(encoding="utf-8"))
    caplog.set_level(logging.INFO, logger="app.curriculum.cache")
    for name, raw in _hostile_variants(document, marker).items():
        (cache / CACHE_NAME).write_bytes(raw)
        caplog.clear()
        assert load_cached(curriculum_dir, None, cache) == fresh, name
        assert any("curriculum cache not used" in r.message for r in caplog.records), name
        assert not marker.exists(), name
    (cache / CACHE_NAME).unlink()
    (cache / CACHE_NAME).mkdir()  # a folder where the file should be
    assert load_cached(curriculum_dir, None, cache) == fresh


def test_the_key_covers_version_model_and_files(curriculum_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import app.curriculum.loader as loader

    cache, calls = tmp_path / "cache", []
    real = loader.load_curriculum
    monkeypatch.setattr(loader, "load_curriculum", lambda *a: calls.append(a) or real(*a))
    load_cached(curriculum_dir, None, cache)
    load_cached(curriculum_dir, None, cache)
    assert len(calls) == 1
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    load_cached(curriculum_dir, None, cache)
    assert len(calls) == 2
    monkeypatch.setattr(cache_module, "_model_shape", lambda: [["Activity", [["title", "int"]]]])
    load_cached(curriculum_dir, None, cache)
    assert len(calls) == 3
    path = curriculum_dir / "prompts" / "bank.toml"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    load_cached(curriculum_dir, None, cache)
    assert len(calls) == 4
    key = cache_module.signature([curriculum_dir])
    assert [str(path), path.stat().st_size, path.stat().st_mtime_ns] in key["files"]
    monkeypatch.undo()
    shape = dict((name, fields) for name, fields in cache_module.signature([curriculum_dir])["model"])
    assert ["title", "str"] in shape["app.curriculum.model.Activity"]
    assert ["line", "int | None"] in shape["app.curriculum.problems.Problem"]
