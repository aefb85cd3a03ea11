"""Writing a class bundle: atomically, so a full or pulled-out stick never leaves a half-written file.

Kept apart from reading (bundle_file) so each stays small; `bundle_file.write_bundle` leads here.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.bundle_file import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    BundleError,
    Limits,
)
from app.store.bundle_values import bad_value as _bad_value
from app.store.bundle_values import too_long as _too_long
from app.store.ids import iso

log = logging.getLogger("app.store.bundle_file")


def write_bundle(path: Path | str, tables: Mapping[str, Sequence[Mapping[str, Any]]], *, schema_version: int,
                 source: str, app_version: str, limits: Limits | None = None) -> Path:
    """Write `tables` as a bundle at exactly `path` and return it (a save dialog adds ".eabundle"; the
    command line writes the name it is given).

    Bad arguments are the caller's bug and raise ValueError/TypeError before anything touches the
    disk; only the disk's own problems become BundleError, since those are what a facilitator can fix.
    """
    target = Path(path)
    if not isinstance(schema_version, int) or isinstance(schema_version, bool) or schema_version < 1:
        raise ValueError(f"schema_version must be a whole number of at least 1, not {schema_version!r}")
    if not isinstance(source, str) or not source:
        raise ValueError("source must be the non-empty id of this laptop")
    if not isinstance(app_version, str):
        raise TypeError("app_version must be a string")
    plain = _plain_tables(tables)
    limits = limits or Limits()
    _check_limits(target, plain, limits)
    data = json.dumps({"tables": plain}, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False).encode("utf-8")
    if len(data) > limits.max_bytes:
        raise BundleError(translate("store.bundle_write", "The class bundle could not be saved to {target}: it "
                                    "would be larger than {size} MB, more than another laptop would read. Export a "
                                    "single class instead; nothing was written.").format(
            target=target, size=limits.max_bytes // 1024**2))
    counts = {name: len(rows) for name, rows in plain.items()}
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": schema_version,
                "app_version": app_version, "created_at": iso(), "source": source, "counts": counts,
                "sha256": hashlib.sha256(data).hexdigest()}
    # Indented so a curious facilitator (or support) can read what is inside with any unzip tool.
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    try:
        _write_atomically(target, manifest_bytes, data)
    except OSError as error:
        log.info("class bundle not written to %s: %s", target, error)
        raise BundleError(translate("store.bundle_write", "The class bundle could not be saved to {target}: "
                                    "{reason}; nothing was written.").format(
            target=target, reason=_why_not_written(error))) from error
    log.info("class bundle written to %s (%s)", target, ", ".join(f"{n} {c}" for n, c in sorted(counts.items())))
    return target


def _plain_tables(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Copy into plain dicts, refusing anything the reader would refuse: never write a file we cannot read."""
    plain: dict[str, list[dict[str, Any]]] = {}
    for name, rows in tables.items():
        if not isinstance(name, str) or not name:
            raise ValueError(f"table names must be non-empty strings, not {name!r}")
        copied: list[dict[str, Any]] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, Mapping):
                raise TypeError(f"row {number} of {name!r} is a {type(row).__name__}, not a mapping")
            record = dict(row)
            if copied and record.keys() != copied[0].keys():
                raise ValueError(f"row {number} of {name!r} has columns {sorted(record)}, "
                                 f"but row 1 has {sorted(copied[0])}")
            for column, value in record.items():
                problem = _bad_value(value)
                if problem:
                    raise ValueError(f"row {number} of {name!r} holds {problem} in {column!r}: {value!r}")
            copied.append(record)
        plain[name] = copied
    return plain


def _check_limits(target: Path, tables: dict[str, list[dict[str, Any]]], limits: Limits) -> None:
    """Never write a file that the reader on the other laptop would refuse for its size."""
    for name, rows in tables.items():
        if len(rows) > limits.max_rows:
            raise BundleError(translate("store.bundle_write", "The class bundle could not be saved to {target}: it "
                                        "would hold {count} records of '{name}', more than the {most} a bundle "
                                        "carries; nothing was written.").format(
                target=target, count=f"{len(rows):,}", name=name, most=f"{limits.max_rows:,}"))
        for number, row in enumerate(rows, start=1):
            for column, value in row.items():
                problem = _too_long(value, limits.text_limit(name, column))
                if problem:
                    raise BundleError(translate("store.bundle_write", "The class bundle could not be saved to "
                                                "{target}: record {number} of '{name}' holds {problem} in "
                                                "'{column}', more than a bundle carries. Shorten it, then export "
                                                "again; nothing was written.").format(
                        target=target, number=number, name=name, problem=problem, column=column))


def _write_atomically(target: Path, manifest: bytes, data: bytes) -> None:
    """Write beside the target, then rename: a reader never sees half a bundle, and failure leaves no litter.

    mkstemp makes the file readable by its owner only, which suits a file full of pupils' names.
    """
    from app.files.atomic import write_atomically_with

    def write(handle) -> None:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest)
            archive.writestr(DATA, data)

    write_atomically_with(target, write, private=True)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable too; best effort, and POSIX only (Windows cannot open a folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


_FULL = QT_TRANSLATE_NOOP("store.bundle_write", "the disk is full: free some space or choose another place")
_GONE = QT_TRANSLATE_NOOP("store.bundle_write", "the folder does not exist (was the USB stick removed?): choose "
                          "another place")
_BAD_NAME = QT_TRANSLATE_NOOP("store.bundle_write", "that name is not allowed there: choose a shorter name without "
                              "special characters")
_DENIED = QT_TRANSLATE_NOOP("store.bundle_write", "this place cannot be written to (it may be read-only, or the "
                            "file may be open in another program): choose another place")
_WRITE_PROBLEMS = {   # shown through translate("store.bundle_write", …)
    errno.ENOSPC: _FULL, getattr(errno, "EDQUOT", errno.ENOSPC): _FULL,
    errno.EFBIG: QT_TRANSLATE_NOOP("store.bundle_write", "the file is too large for this disk: choose another "
                                   "place"),
    errno.EROFS: QT_TRANSLATE_NOOP("store.bundle_write", "the disk is read-only (check the lock switch on the USB "
                                   "stick): choose another place"),
    errno.EACCES: _DENIED, errno.EPERM: _DENIED, errno.ENOENT: _GONE, errno.ENOTDIR: _GONE,
    errno.EISDIR: QT_TRANSLATE_NOOP("store.bundle_write", "there is a folder with that name: choose another name"),
    errno.ENAMETOOLONG: _BAD_NAME, errno.EINVAL: _BAD_NAME,
    errno.EIO: QT_TRANSLATE_NOOP("store.bundle_write", "the disk stopped answering (was the USB stick removed?): "
                                 "check it and try again"),
}


def _why_not_written(error: OSError) -> str:
    """The disk's complaint in words a facilitator can act on."""
    known = _WRITE_PROBLEMS.get(error.errno or 0)
    if known:
        return translate("store.bundle_write", known)
    return translate("store.bundle_write", "it could not be written ({reason}): choose another place").format(
        reason=error.strerror or error)
