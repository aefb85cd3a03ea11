"""The class bundle file: one ZIP a facilitator carries on a USB stick to merge several laptops' data.

A bundle travels by hand between machines with no network, so reading trusts nothing: every check
runs before anything is returned, and each refusal is a `BundleError` whose message names the file
and says what the facilitator can do. Writing is atomic, so a full or pulled-out stick never leaves a
half-written file that looks like a good bundle (app/store/bundle_write.py, which uses this module's format
constants). Merging into the database happens elsewhere.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import hmac
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.files.checks import why_not_to_open
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store.bundle_values import (  # the value checks, shared with bundle_write
    bad_value as _bad_value,
)
from app.store.bundle_values import (
    is_timestamp as _is_timestamp,
)
from app.store.bundle_values import (
    is_whole as _is_whole,
)
from app.store.bundle_values import (
    load_json as _load_json,
)
from app.store.bundle_values import (
    short as _short,
)
from app.store.bundle_values import (
    size as _size,
)
from app.store.bundle_values import (
    too_long as _too_long,
)
from app.store.db import StoreError

log = logging.getLogger(__name__)

FORMAT = "empathy-ambassadors-bundle"
FORMAT_VERSION = 1
SUFFIX = ".eabundle"

MANIFEST = "manifest.json"
DATA = "data.json"
ZIP_SIGNATURE = b"PK\x03\x04"
# SQLite's INTEGER is 64-bit; a larger number would only fail later, halfway through a merge.
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_AGAIN = QT_TRANSLATE_NOOP("store.bundle_file", "Copy the file again from the laptop that made it.")
_UPDATE = QT_TRANSLATE_NOOP("store.bundle_file", "Update this copy of Empathy Ambassadors first, then import the file "
                            "again.")
_NOTHING = QT_TRANSLATE_NOOP("store.bundle_file", "Nothing was imported.")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much a bundle may hold. A file from a USB stick sets no bound of its own, so these bound the
    memory and time that reading it can take; `text` names the columns allowed more than `max_text`."""

    max_bytes: int = 200 * 1024 * 1024  # data.json unpacked: years of a whole school's classes fit easily
    max_manifest: int = 1024 * 1024
    max_rows: int = 1_000_000  # per table
    max_text: int = 400  # characters in one value: ids, names, dates, short codes
    text: Mapping[str, Mapping[str, int]] = dataclasses.field(default_factory=dict)

    def text_limit(self, table: str, column: str) -> int:
        return self.text.get(table, {}).get(column, self.max_text)

    @property
    def longest_text(self) -> int:
        return max([self.max_text, *(n for columns in self.text.values() for n in columns.values())])

    @property
    def longest_run(self) -> int:
        """Bytes a JSON string of the longest allowed text can take (6 for a character written as \\u00XX)."""
        return 6 * self.longest_text + 64


class BundleError(StoreError):
    """The file cannot be imported; message says why and what to do. Nothing was written."""


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check; `tables` holds every table of the spec (missing ones empty)."""

    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]


# --- reading ----------------------------------------------------------------------------------------------------------

def read_bundle(path: Path | str, *, spec: Mapping[str, Sequence[str]], max_schema: int,
                limits: Limits | None = None, max_bytes: int | None = None,
                added: Mapping[str, Mapping[str, Any]] | None = None) -> Bundle:
    """Read and check a bundle completely; `spec` maps each table this app knows to its columns.

    Only BundleError ever leaves here: the caller shows the message and stops, whatever was wrong.
    Sizes are checked from the zip's directory and while unpacking, before anything large is held.
    """
    path = Path(path)
    limits = limits or Limits()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    try:
        manifest, raw_data = _read_members(path, limits, lambda raw: _check_manifest(path, raw, max_schema, limits))
        tables = _check_data(path, raw_data, spec, limits, added or {})
        del raw_data
        _check_counts(path, manifest["counts"], tables, spec)
    except BundleError as error:
        log.info("class bundle %s refused: %s", path, error)
        raise
    except Exception as error:  # the promise is "only BundleError"; a surprise here still means a bad file
        log.exception("unexpected problem reading class bundle %s", path)
        raise _damaged(path, translate("store.bundle_file", "it could not be read")) from error
    log.info("class bundle %s read: schema %s from %s", path, manifest["schema_version"], manifest["source"])
    return Bundle(manifest=manifest, tables={name: tables.get(name, []) for name in spec})


def _read_members(path: Path, limits: Limits, check_manifest: Callable[[bytes], dict[str, Any]]
                  ) -> tuple[dict[str, Any], bytearray]:
    """The checked manifest and data.json's bytes, with every problem of the file itself turned into words."""
    refused = why_not_to_open(path)
    if refused:
        raise BundleError(f"{path}: {refused}. {_words(_NOTHING)}")
    try:
        handle = path.open("rb")
    except FileNotFoundError as error:
        raise BundleError(translate("store.bundle_file", "{path} cannot be found. Check that the USB stick is "
                                    "plugged in, then choose the file again.").format(path=path)) from error
    except IsADirectoryError as error:
        raise BundleError(translate("store.bundle_file", "{path} is a folder, not a class bundle. Choose the "
                                    "{suffix} file inside it.").format(path=path, suffix=SUFFIX)) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    with handle:
        try:
            return _unzip(path, handle, limits, check_manifest)
        except OSError as error:
            if error.errno != errno.EINVAL:  # EINVAL: a seek to a nonsense offset read from a damaged directory
                raise _unreadable(path, error) from error
            raise _damaged(path, translate("store.bundle_file", "its contents do not unpack")) from error
        except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, UnicodeDecodeError) as error:
            # NotImplementedError: flags or versions our writer never sets; UnicodeDecodeError: a garbled name
            raise _damaged(path, translate("store.bundle_file", "its contents do not unpack")) from error


def _unzip(path: Path, handle: IO[bytes], limits: Limits, check_manifest: Callable[[bytes], dict[str, Any]]
           ) -> tuple[dict[str, Any], bytearray]:
    head = handle.read(len(ZIP_SIGNATURE))
    if not head:
        raise _damaged(path, translate("store.bundle_file", "it is empty"))
    if head != ZIP_SIGNATURE[:len(head)]:
        raise _foreign(path)
    if len(head) < len(ZIP_SIGNATURE):
        raise _damaged(path, translate("store.bundle_file", "it is cut short"))
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        if len(infos) != len(archive.infolist()) or sorted(infos) != sorted((MANIFEST, DATA)):
            raise _foreign(path)
        for info in infos.values():
            if info.flag_bits & 0x1 or info.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}:
                raise _foreign(path)  # encrypted or packed in a way our writer never uses
        if infos[DATA].file_size > limits.max_bytes or infos[MANIFEST].file_size > limits.max_manifest:
            raise _too_large(path, translate("store.bundle_file", "unpacked, it would be more than {size}").format(
                size=_size(limits.max_bytes)))
        # The reader stops at the declared size and checks the CRC there, so a lying size cannot
        # unpack more than we agreed to hold in memory.
        with archive.open(infos[MANIFEST]) as member:
            raw_manifest = member.read(infos[MANIFEST].file_size)
        if len(raw_manifest) != infos[MANIFEST].file_size:
            raise _damaged(path, translate("store.bundle_file", "it is cut short"))
        manifest = check_manifest(raw_manifest)  # "newer" and "damaged" are said before the big read
        with archive.open(infos[DATA]) as member:
            data = _read_data(path, member, infos[DATA].file_size, limits)
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), manifest["sha256"]):
        raise BundleError(translate("store.bundle_file", "{path} has been changed since it was made (its checksum "
                                    "does not match).").format(path=path) + f" {_words(_AGAIN)} {_words(_NOTHING)}")
    return manifest, data


def _read_data(path: Path, member: IO[bytes], size: int, limits: Limits) -> bytearray:
    """Unpack in chunks, refusing a value longer than any column allows as soon as it shows.

    A run of bytes with no quote mark holds at most one JSON string (or its part), so a single
    200 MB name is refused after a few MB instead of being unpacked, decoded and parsed whole.
    """
    data = bytearray()
    run = too_long = 0  # run: bytes since the last quote mark
    while not too_long and (chunk := member.read(_CHUNK)):
        parts = chunk.split(b'"')
        if len(parts) == 1:
            run += len(chunk)
        else:
            run = max(run + len(parts[0]), *map(len, parts[1:-1]), 0)
            too_long, run = run > limits.longest_run, len(parts[-1])
        too_long = too_long or run > limits.longest_run
        data += chunk
    if too_long:
        raise _too_large(path, translate("store.bundle_file", "it holds a single value longer than the {count} "
                                         "characters any field may have").format(count=f"{limits.longest_text:,}"))
    if len(data) != size:
        raise _damaged(path, translate("store.bundle_file", "it is cut short"))
    return data


def _check_manifest(path: Path, raw: bytes, max_schema: int, limits: Limits) -> dict[str, Any]:
    """The manifest, checked field by field; "newer" is decided before anything a newer format may change."""
    try:
        manifest = _load_json(raw)
    except ValueError:
        raise _foreign(path) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _foreign(path)
    app_version = manifest.get("app_version")
    version = _short(app_version) if isinstance(app_version, str) and app_version else ""
    for field, newest in (("format_version", FORMAT_VERSION), ("schema_version", max_schema)):
        value = manifest.get(field)
        if not _is_whole(value, minimum=1):
            raise _damaged(path, _no_valid(field))
        if value > newest:
            newer = (translate("store.bundle_file", "{path} was made by a newer version of Empathy Ambassadors (it "
                               "was made by version {version}).").format(path=path, version=version) if version else
                     translate("store.bundle_file", "{path} was made by a newer version of Empathy Ambassadors."
                               ).format(path=path))
            raise BundleError(f"{newer} {_words(_UPDATE)} {_words(_NOTHING)}")
    if not isinstance(app_version, str):
        raise _damaged(path, _no_valid("app_version"))
    if not isinstance(manifest.get("source"), str) or not manifest["source"]:
        raise _damaged(path, _no_valid("source"))
    if not _is_timestamp(manifest.get("created_at")):
        raise _damaged(path, _no_valid("created_at"))
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(_is_whole(count, minimum=0) for count in counts.values()):
        raise _damaged(path, _no_valid("counts"))
    for name, count in counts.items():
        if count > limits.max_rows:
            raise _too_large(path, translate("store.bundle_file", "it lists {count} records of '{name}', more than "
                                             "the {most} one kind may have").format(
                count=f"{count:,}", name=_short(str(name)), most=f"{limits.max_rows:,}"))
    if not isinstance(manifest.get("sha256"), str) or not _HEX_DIGEST.fullmatch(manifest["sha256"]):
        raise _damaged(path, _no_valid("sha256"))
    return manifest


def _check_data(path: Path, raw: bytearray, spec: Mapping[str, Sequence[str]], limits: Limits,
                added: Mapping[str, Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Every table known and not too long, every row an object with exactly the spec's columns, every
    value storable and no longer than its column allows. `added` names columns a later version added, with
    the value a row from an older bundle gets (a row may lack all of a table's added columns, never some)."""
    try:
        data = _load_json(raw)
    except ValueError:
        raise _invalid(path, translate("store.bundle_file", "its data cannot be read")) from None
    if not isinstance(data, dict) or data.keys() != {"tables"} or not isinstance(data["tables"], dict):
        raise _invalid(path, translate("store.bundle_file", "its data is not laid out as a class bundle"))
    tables: dict[str, Any] = data["tables"]
    for name, rows in tables.items():
        if name not in spec:
            raise _unknown_table(path, name)
        if not isinstance(rows, list):
            raise _invalid(path, translate("store.bundle_file", "'{name}' is not a list of records").format(
                name=_short(name)))
        if len(rows) > limits.max_rows:
            raise _too_large(path, translate("store.bundle_file", "it holds {count} records of '{name}', more than "
                                             "the {most} one kind may have").format(
                count=f"{len(rows):,}", name=name, most=f"{limits.max_rows:,}"))
        columns = frozenset(spec[name])
        longest = {column: limits.text_limit(name, column) for column in columns}
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                raise _invalid(path, translate("store.bundle_file", "record {number} of '{name}' is not a record"
                                               ).format(number=number, name=_short(name)))
            later = added.get(name, {})
            if later and row.keys() == columns - later.keys():
                row.update(later)
            if row.keys() != columns:
                extra, missing = sorted(row.keys() - columns), sorted(columns - row.keys())
                raise _invalid(path, _wrong_columns(number, _short(name), _short(", ".join(extra)),
                                                    ", ".join(missing)))
            for column, value in row.items():
                problem = _bad_value(value) or _too_long(value, longest[column])
                if problem:
                    raise _invalid(path, translate("store.bundle_file", "record {number} of '{name}' holds {problem} "
                                                   "in '{column}'").format(number=number, name=_short(name),
                                                                           problem=problem, column=column))
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
            raise _invalid(path, translate("store.bundle_file", "its summary lists {said} records of '{name}' but "
                                           "it holds {held}").format(said=said, name=name, held=held))


# --- small helpers ----------------------------------------------------------------------------------------------------

def _words(constant: str) -> str:
    """One of the sentences above (_AGAIN, _UPDATE, _NOTHING) in the language in use."""
    return translate("store.bundle_file", constant)


def _no_valid(field: str) -> str:
    return translate("store.bundle_file", "its summary has no valid '{field}'").format(field=field)


def _wrong_columns(number: int, name: str, extra: str, missing: str) -> str:
    """A record whose columns are not the table's: the unexpected ones, the missing ones, or both."""
    if extra and missing:
        return translate("store.bundle_file", "record {number} of '{name}' has unexpected {extra} and no {missing}"
                         ).format(number=number, name=name, extra=extra, missing=missing)
    if extra:
        return translate("store.bundle_file", "record {number} of '{name}' has unexpected {extra}").format(
            number=number, name=name, extra=extra)
    return translate("store.bundle_file", "record {number} of '{name}' has no {missing}").format(
        number=number, name=name, missing=missing)


def _too_large(path: Path, detail: str) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} is too large to import: {detail}. Check that this is "
                                 "the right file.").format(path=path, detail=detail) + f" {_words(_NOTHING)}")


def _foreign(path: Path) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} is not an Empathy Ambassadors bundle. Choose a class "
                                 "bundle file (its name ends in {suffix}) made with Empathy Ambassadors.").format(
        path=path, suffix=SUFFIX) + f" {_words(_NOTHING)}")


def _damaged(path: Path, detail: str) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} is damaged or was not copied completely ({detail})."
                                 ).format(path=path, detail=detail) + f" {_words(_AGAIN)} {_words(_NOTHING)}")


def _invalid(path: Path, detail: str) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} cannot be imported: its contents are not what a class "
                                 "bundle should hold ({detail}). Make the bundle again on the laptop that made it; if "
                                 "that does not help, ask for help.").format(path=path, detail=detail)
                       + f" {_words(_NOTHING)}")


def _unknown_table(path: Path, name: str) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} holds a kind of data this version does not know "
                                 "('{name}'); it was probably made by a newer version of Empathy Ambassadors.").format(
        path=path, name=_short(name)) + f" {_words(_UPDATE)} {_words(_NOTHING)}")


def _unreadable(path: Path, error: OSError) -> BundleError:
    return BundleError(translate("store.bundle_file", "{path} cannot be read ({reason}). Check that the USB stick is "
                                 "plugged in and try again, or copy the file onto this laptop first.").format(
        path=path, reason=error.strerror or error))
