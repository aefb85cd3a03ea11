"""The curriculum start-up cache: used when nothing changed, never when something did."""

from __future__ import annotations

import os
from pathlib import Path

from app.curriculum import load_curriculum
from app.curriculum.cache import CACHE_NAME, load_cached


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
    (cache / CACHE_NAME).write_bytes(b"not a pickle")
    assert load_cached(curriculum_dir, None, cache).activity("self-test") is not None
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert load_cached(curriculum_dir, None, blocked).activity("self-test") is not None
