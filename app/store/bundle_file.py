"""The class bundle file: one ZIP a facilitator carries on a USB stick to merge several laptops' data.

A bundle travels by hand between machines with no network, so reading trusts nothing: every check
runs before anything is returned, and each refusal is a `BundleError` whose message names the file
and says what the facilitator can do. Writing is atomic, so a full or pulled-out stick never leaves a
half-written file that looks like a good bundle. Merging into the database happens elsewhere.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import logging
import math
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from app.store.db import StoreError
from app.store.ids import iso

log = logging.getLogger(__name__)

FORMAT = "empathy-ambassadors-bundle"
FORMAT_VERSION = 1
SUFFIX = ".eabundle"

MANIFEST = "manifest.json"
DATA = "data.json"
ZIP_SIGNATURE = b"PK\x03\x04"
# SQLite's INTEGER is 64-bit; a larger number would only fail later, halfway through a merge.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_AGAIN = "Copy the file again from the laptop that made it."
_UPDATE = "Update this copy of Empathy Ambassadors first, then import the file again."
_NOTHING = "Nothing was imported."


class BundleError(StoreError):
    """The file cannot be imported; message says why and what to do. Nothing was written."""


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check; `tables` holds every table of the spec (missing ones empty)."""

    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]


# --- writing ----------------------------------------------------------------------------------------------------------

def write_bundle(path: Path | str, tables: Mapping[str, Sequence[Mapping[str, Any]]], *, schema_version: int,
                 source: str, app_version: str) -> Path:
    """Write `tables` as a bundle at `path` (adding ".eabundle" when missing) and return where it went.

    Bad arguments are the caller's bug and raise ValueError/TypeError before anything touches the
    disk; only the disk's own problems become BundleError, since those are what a facilitator can fix.
    """
    target = Path(path)
    if not target.name.lower().endswith(SUFFIX):
        target = target.with_name(target.name + SUFFIX)
    if not isinstance(schema_version, int) or isinstance(schema_version, bool) or schema_version < 1:
        raise ValueError(f"schema_version must be a whole number of at least 1, not {schema_version!r}")
    if not isinstance(source, str) or not source:
        raise ValueError("source must be the non-empty id of this laptop")
    if not isinstance(app_version, str):
        raise TypeError("app_version must be a string")
    plain = _plain_tables(tables)
    data = json.dumps({"tables": plain}, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False).encode("utf-8")
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
        raise BundleError(f"The class bundle could not be saved to {target}: {_why_not_written(error)}; "
                          "nothing was written.") from error
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


def _write_atomically(target: Path, manifest: bytes, data: bytes) -> None:
    """Write beside the target, then rename: a reader never sees half a bundle, and failure leaves no litter.

    mkstemp makes the file readable by its owner only, which suits a file full of pupils' names.
    """
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, manifest)
                archive.writestr(DATA, data)
            handle.flush()
            os.fsync(handle.fileno())  # USB sticks are pulled out as soon as the app says "saved"
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
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


_FULL = "the disk is full: free some space or choose another place"
_GONE = "the folder does not exist (was the USB stick removed?): choose another place"
_BAD_NAME = "that name is not allowed there: choose a shorter name without special characters"
_DENIED = ("this place cannot be written to (it may be read-only, or the file may be open in another program): "
           "choose another place")
_WRITE_PROBLEMS = {
    errno.ENOSPC: _FULL, getattr(errno, "EDQUOT", errno.ENOSPC): _FULL,
    errno.EFBIG: "the file is too large for this disk: choose another place",
    errno.EROFS: "the disk is read-only (check the lock switch on the USB stick): choose another place",
    errno.EACCES: _DENIED, errno.EPERM: _DENIED, errno.ENOENT: _GONE, errno.ENOTDIR: _GONE,
    errno.EISDIR: "there is a folder with that name: choose another name",
    errno.ENAMETOOLONG: _BAD_NAME, errno.EINVAL: _BAD_NAME,
    errno.EIO: "the disk stopped answering (was the USB stick removed?): check it and try again",
}


def _why_not_written(error: OSError) -> str:
    """The disk's complaint in words a facilitator can act on."""
    known = _WRITE_PROBLEMS.get(error.errno or 0)
    return known or f"it could not be written ({error.strerror or error}): choose another place"


# --- reading ----------------------------------------------------------------------------------------------------------

def read_bundle(path: Path | str, *, spec: Mapping[str, Sequence[str]], max_schema: int,
                max_bytes: int = 512 * 1024 * 1024) -> Bundle:
    """Read and check a bundle completely; `spec` maps each table this app knows to its columns.

    Only BundleError ever leaves here: the caller shows the message and stops, whatever was wrong.
    """
    path = Path(path)
    try:
        raw_manifest, raw_data = _read_members(path, max_bytes)
        manifest = _check_manifest(path, raw_manifest, max_schema)
        if not hmac.compare_digest(hashlib.sha256(raw_data).hexdigest(), manifest["sha256"]):
            raise BundleError(f"{path} has been changed since it was made (its checksum does not match). "
                              f"{_AGAIN} {_NOTHING}")
        tables = _check_data(path, raw_data, spec)
        _check_counts(path, manifest["counts"], tables, spec)
    except BundleError as error:
        log.info("class bundle %s refused: %s", path, error)
        raise
    except Exception as error:  # the promise is "only BundleError"; a surprise here still means a bad file
        log.exception("unexpected problem reading class bundle %s", path)
        raise _damaged(path, "it could not be read") from error
    log.info("class bundle %s read: schema %s from %s", path, manifest["schema_version"], manifest["source"])
    return Bundle(manifest=manifest, tables={name: tables.get(name, []) for name in spec})


def _read_members(path: Path, max_bytes: int) -> tuple[bytes, bytes]:
    """The raw bytes of manifest.json and data.json, with every problem of the file itself turned into words."""
    try:
        handle = path.open("rb")
    except FileNotFoundError as error:
        raise BundleError(f"{path} cannot be found. Check that the USB stick is plugged in, "
                          "then choose the file again.") from error
    except IsADirectoryError as error:
        raise BundleError(f"{path} is a folder, not a class bundle. Choose the {SUFFIX} file inside it.") from error
    except OSError as error:
        raise _unreadable(path, error) from error
    with handle:
        try:
            return _unzip(path, handle, max_bytes)
        except OSError as error:
            if error.errno != errno.EINVAL:  # EINVAL: a seek to a nonsense offset read from a damaged directory
                raise _unreadable(path, error) from error
            raise _damaged(path, "its contents do not unpack") from error
        except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, UnicodeDecodeError) as error:
            # NotImplementedError: flags or versions our writer never sets; UnicodeDecodeError: a garbled name
            raise _damaged(path, "its contents do not unpack") from error


def _unzip(path: Path, handle: IO[bytes], max_bytes: int) -> tuple[bytes, bytes]:
    head = handle.read(len(ZIP_SIGNATURE))
    if not head:
        raise _damaged(path, "it is empty")
    if head != ZIP_SIGNATURE[:len(head)]:
        raise _foreign(path)
    if len(head) < len(ZIP_SIGNATURE):
        raise _damaged(path, "it is cut short")
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        infos = archive.infolist()
        if sorted(info.filename for info in infos) != sorted((MANIFEST, DATA)):
            raise _foreign(path)
        for info in infos:
            if info.flag_bits & 0x1 or info.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}:
                raise _foreign(path)  # encrypted or packed in a way our writer never uses
        if sum(info.file_size for info in infos) > max_bytes:
            raise BundleError(f"{path} is too large to import: unpacked, it would be more than "
                              f"{_size(max_bytes)}. Check that this is the right file. {_NOTHING}")
        contents: dict[str, bytes] = {}
        for info in infos:
            # The reader stops at the declared size and checks the CRC there, so a lying size cannot
            # unpack more than we agreed to hold in memory.
            with archive.open(info) as member:
                contents[info.filename] = member.read(info.file_size)
            if len(contents[info.filename]) != info.file_size:
                raise _damaged(path, "it is cut short")
    return contents[MANIFEST], contents[DATA]


def _check_manifest(path: Path, raw: bytes, max_schema: int) -> dict[str, Any]:
    """The manifest, checked field by field; "newer" is decided before anything a newer format may change."""
    try:
        manifest = _load_json(raw)
    except ValueError:
        raise _foreign(path) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _foreign(path)
    app_version = manifest.get("app_version")
    made_by = f" (it was made by version {_short(app_version)})" if isinstance(app_version, str) and app_version else ""
    for field, newest in (("format_version", FORMAT_VERSION), ("schema_version", max_schema)):
        value = manifest.get(field)
        if not _is_whole(value, minimum=1):
            raise _damaged(path, f"its summary has no valid '{field}'")
        if value > newest:
            raise BundleError(f"{path} was made by a newer version of Empathy Ambassadors{made_by}. "
                              f"{_UPDATE} {_NOTHING}")
    if not isinstance(app_version, str):
        raise _damaged(path, "its summary has no valid 'app_version'")
    if not isinstance(manifest.get("source"), str) or not manifest["source"]:
        raise _damaged(path, "its summary has no valid 'source'")
    if not _is_timestamp(manifest.get("created_at")):
        raise _damaged(path, "its summary has no valid 'created_at'")
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(_is_whole(count, minimum=0) for count in counts.values()):
        raise _damaged(path, "its summary has no valid 'counts'")
    if not isinstance(manifest.get("sha256"), str) or not _HEX_DIGEST.fullmatch(manifest["sha256"]):
        raise _damaged(path, "its summary has no valid 'sha256'")
    return manifest


def _check_data(path: Path, raw: bytes, spec: Mapping[str, Sequence[str]]) -> dict[str, list[dict[str, Any]]]:
    """Every table known, every row an object with exactly the spec's columns, every value storable."""
    try:
        data = _load_json(raw)
    except ValueError:
        raise _invalid(path, "its data cannot be read") from None
    if not isinstance(data, dict) or data.keys() != {"tables"} or not isinstance(data["tables"], dict):
        raise _invalid(path, "its data is not laid out as a class bundle")
    tables: dict[str, Any] = data["tables"]
    for name, rows in tables.items():
        if name not in spec:
            raise _unknown_table(path, name)
        if not isinstance(rows, list):
            raise _invalid(path, f"'{_short(name)}' is not a list of records")
        columns = frozenset(spec[name])
        for number, row in enumerate(rows, start=1):
            where = f"record {number} of '{_short(name)}'"
            if not isinstance(row, dict):
                raise _invalid(path, f"{where} is not a record")
            if row.keys() != columns:
                extra, missing = sorted(row.keys() - columns), sorted(columns - row.keys())
                problems = ([f"unexpected {_short(', '.join(extra))}"] if extra else []) + (
                    [f"no {', '.join(missing)}"] if missing else [])
                raise _invalid(path, f"{where} has {' and '.join(problems)}")
            for column, value in row.items():
                problem = _bad_value(value)
                if problem:
                    raise _invalid(path, f"{where} holds {problem} in '{column}'")
    return tables


def _check_counts(path: Path, counts: dict[str, Any], tables: dict[str, list[dict[str, Any]]],
                  spec: Mapping[str, Sequence[str]]) -> None:
    """The manifest's counts let a facilitator see what a file holds before merging; they must be true."""
    unknown = sorted(counts.keys() - spec.keys())
    if unknown:
        raise _unknown_table(path, unknown[0])
    for name in spec:
        said, held = counts.get(name, 0), len(tables.get(name, []))
        if said != held:
            raise _invalid(path, f"its summary lists {said} records of '{name}' but it holds {held}")


# --- small helpers ----------------------------------------------------------------------------------------------------

def _load_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN/Infinity, no repeated keys; every failure is a ValueError."""
    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not allowed")

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            raise ValueError("a key is repeated")
        return result

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=refuse_constant, object_pairs_hook=unique)
    except RecursionError as error:  # absurdly deep nesting
        raise ValueError("nested too deeply") from error


def _bad_value(value: Any) -> str | None:
    """Why a value cannot be stored as it is, or None. True/False is refused: SQLite would turn it into 1/0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, str):
        return "text that is not valid Unicode" if _SURROGATE.search(value) else None
    if isinstance(value, int):
        return None if INT_MIN <= value <= INT_MAX else "a number too large to store"
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number that is not finite"
    return f"a {type(value).__name__} instead of a single value"


def _is_whole(value: Any, *, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _is_timestamp(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _short(text: str, limit: int = 40) -> str:
    """Names read from a file go into messages; a hostile one must not fill the screen."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(count: int) -> str:
    return f"{count / 1024**2:,.0f} MB" if count >= 1024**2 else f"{count:,} bytes"


def _foreign(path: Path) -> BundleError:
    return BundleError(f"{path} is not an Empathy Ambassadors bundle. Choose a class bundle file (its name ends "
                       f"in {SUFFIX}) made with Empathy Ambassadors. {_NOTHING}")


def _damaged(path: Path, detail: str) -> BundleError:
    return BundleError(f"{path} is damaged or was not copied completely ({detail}). {_AGAIN} {_NOTHING}")


def _invalid(path: Path, detail: str) -> BundleError:
    return BundleError(f"{path} cannot be imported: its contents are not what a class bundle should hold "
                       f"({detail}). Make the bundle again on the laptop that made it; if that does not help, "
                       f"ask for help. {_NOTHING}")


def _unknown_table(path: Path, name: str) -> BundleError:
    return BundleError(f"{path} holds a kind of data this version does not know ('{_short(name)}'); it was "
                       f"probably made by a newer version of Empathy Ambassadors. {_UPDATE} {_NOTHING}")


def _unreadable(path: Path, error: OSError) -> BundleError:
    return BundleError(f"{path} cannot be read ({error.strerror or error}). Check that the USB stick is plugged "
                       "in and try again, or copy the file onto this laptop first.")
