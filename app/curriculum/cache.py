"""A start-up cache of the loaded curriculum, so opening the app does not re-parse ~100 TOML files.

The cache is keyed by every file's path, size and modification time plus the app's version and the
shape of the model classes; any change, or anything odd in the cache, means a normal load. It is kept
in the data folder, which may sit on a shared USB stick, so it is JSON whose every value is checked
against the model's type hints (cache_json.py): nothing in it is ever executed. The pickle cache of
earlier versions is deleted unread.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

from app import __version__
from app.curriculum import model
from app.curriculum.cache_json import from_json, shape, to_json

log = logging.getLogger(__name__)
CACHE_NAME = "curriculum.json"
OLD_PICKLE = "curriculum.pickle"  # never opened: only deleted
FORMAT = 1
MAX_CACHE_BYTES = 64_000_000  # the shipped curriculum's cache is ~0.5 MB


@functools.cache
def _model_shape() -> list[Any]:
    return shape(model.Curriculum)


def signature(roots: list[Path]) -> dict[str, Any]:
    """The cache's key, as plain JSON values so it compares equal to the one read back."""
    files = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                try:
                    info = os.stat(path)
                    files.append([path, info.st_size, info.st_mtime_ns])
                except OSError:  # a dangling link: the loader reports it, the key just notes it
                    files.append([path, -1, -1])
    return {"format": FORMAT, "version": __version__, "model": _model_shape(),
            "roots": [str(root) for root in roots], "files": sorted(files)}


def load_cached(root: Path, user_root: Path | None, cache_dir: Path, language: str | None = None) -> model.Curriculum:
    """The curriculum as `load_curriculum` would load it, from the cache when no file has changed (the
    translations' files count as files, and the language is part of what the cache is for)."""
    roots = [Path(root)] + ([Path(user_root)] if user_root and Path(user_root).is_dir() else [])
    if language is None:
        from app.i18n import language as language_now

        language = language_now()
    key = {**signature(roots), "language": language}
    cache_file = Path(cache_dir) / CACHE_NAME
    with contextlib.suppress(OSError):
        os.unlink(Path(cache_dir) / OLD_PICKLE)
    curriculum = read_cache(cache_file, key)
    if curriculum is not None:
        return curriculum
    from app.curriculum.loader import load_curriculum

    curriculum = load_curriculum(root, user_root, language)
    write_cache(cache_file, key, curriculum)
    return curriculum


def read_cache(cache_file: Path, key: dict[str, Any]) -> model.Curriculum | None:
    """The cached curriculum if the cache is there, is for `key` and checks out; else None (and why, logged)."""
    try:
        info = os.stat(cache_file)
    except FileNotFoundError:
        return None
    except OSError as error:
        log.info("curriculum cache not used (%s)", error)
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
        log.info("curriculum cache not used (not a regular file, or %d bytes)", info.st_size)
        return None
    try:
        with open(cache_file, "rb") as handle:
            document = json.loads(handle.read(MAX_CACHE_BYTES + 1), parse_constant=_no_constant)
        if type(document) is not dict or document.keys() != {"key", "curriculum"}:
            log.info("curriculum cache not used (not a cache document)")
            return None
        if document["key"] != key:
            log.info("curriculum cache not used (files, version or model changed)")
            return None
        return from_json(document["curriculum"], model.Curriculum)  # type: ignore[no-any-return]
    except Exception as error:  # damaged, hand-made or hostile: only ever a slower start
        log.info("curriculum cache not used (%s: %s)", type(error).__name__, str(error)[:200])
        return None


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def write_cache(cache_file: Path, key: dict[str, Any], curriculum: model.Curriculum) -> None:
    """Write atomically (a partial file, then a rename); a cache that cannot be written only costs time."""
    try:
        text = json.dumps({"key": key, "curriculum": to_json(curriculum)}, ensure_ascii=False,
                          allow_nan=False, separators=(",", ":"))
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        from app.files.atomic import write_atomically

        write_atomically(cache_file, text.encode("utf-8"))
    except (OSError, ValueError) as error:
        log.info("curriculum cache not written (%s)", error)
