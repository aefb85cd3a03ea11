"""A start-up cache of the loaded curriculum, so opening the app does not re-parse ~100 TOML files.

The cache is keyed by every file's path, size and modification time plus the shape of the model
classes; any change, or any problem reading the cache, means a normal load. Kept in the data folder.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
from pathlib import Path

from app import __version__
from app.curriculum import model

log = logging.getLogger(__name__)
CACHE_NAME = "curriculum.pickle"


def _model_shape() -> tuple[tuple[str, tuple[str, ...]], ...]:
    classes = [c for c in vars(model).values() if dataclasses.is_dataclass(c) and isinstance(c, type)]
    return tuple(sorted((c.__name__, tuple(f.name for f in dataclasses.fields(c))) for c in classes))


def signature(roots: list[Path]) -> tuple[object, ...]:
    files = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                stat = os.stat(path)
                files.append((path, stat.st_size, stat.st_mtime_ns))
    return (__version__, _model_shape(), tuple(sorted(files)))


def load_cached(root: Path, user_root: Path | None, cache_dir: Path) -> model.Curriculum:
    roots = [Path(root)] + ([Path(user_root)] if user_root and Path(user_root).is_dir() else [])
    key = signature(roots)
    cache_file = Path(cache_dir) / CACHE_NAME
    try:
        with cache_file.open("rb") as handle:
            cached_key, curriculum = pickle.load(handle)
        if cached_key == key and isinstance(curriculum, model.Curriculum):
            return curriculum
    except FileNotFoundError:
        pass
    except Exception as error:  # a damaged cache is only a slower start
        log.info("curriculum cache not used (%s)", error)
    from app.curriculum.loader import load_curriculum

    curriculum = load_curriculum(root, user_root)
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = cache_file.with_suffix(".partial")
        partial.write_bytes(pickle.dumps((key, curriculum), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cache_file)
    except OSError as error:
        log.info("curriculum cache not written (%s)", error)
    return curriculum
