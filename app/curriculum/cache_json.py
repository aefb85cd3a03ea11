"""Frozen dataclasses to plain JSON and back, with every value's type checked on the way back.

The cache lives in the data folder, which may sit on a shared USB stick: what it holds is data to check,
never code to run (no pickle). A class is never named in the JSON; the type to rebuild always comes from
the dataclass's own type hints, so a crafted file can at most fail to match them (`CacheError`).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.curriculum.limits import MAX_FILE_BYTES

Decode = Callable[[Any], Any]


class CacheError(ValueError):
    """The JSON does not have the shape the type hints ask for."""


def to_json(value: Any) -> Any:
    """Plain JSON values (dict, list, str, int, float, bool, None) for a tree of frozen dataclasses."""
    if value is None or isinstance(value, str | int | float):  # bool is an int
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise CacheError("only tables with text keys can be cached")
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    raise CacheError(f"{type(value).__name__} cannot be cached")


def from_json(data: Any, hint: Any) -> Any:
    """`data` rebuilt as `hint` (a dataclass, tuple[...], X | None, dict[str, X], Path, an enum, a scalar)."""
    return decoder(hint)(data)


@functools.cache
def decoder(hint: Any) -> Decode:
    """A checking decoder for one type, built once per type so a warm start only runs the checks."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(hint)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is tuple:
        return _tuple(args)
    if origin in (list,):
        return _sequence(decoder(args[0]), list)
    if origin is dict:
        return _dict(args)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"no JSON decoder for {hint!r}")  # a model change the cache does not know: fix here


def _fail(expected: str, data: Any) -> CacheError:
    return CacheError(f"expected {expected}, found {type(data).__name__}")


def _string(data: Any) -> str:
    if type(data) is not str:
        raise _fail("text", data)
    if len(data) > MAX_FILE_BYTES:  # nothing the loader accepts is longer than its file
        raise CacheError("text longer than any curriculum file")
    return data


def _integer(data: Any) -> int:
    if type(data) is not int:  # not bool, not float
        raise _fail("a whole number", data)
    return data


def _float(data: Any) -> float:
    if type(data) not in (int, float):
        raise _fail("a number", data)
    return float(data)


def _boolean(data: Any) -> bool:
    if type(data) is not bool:
        raise _fail("true or false", data)
    return data


def _path(data: Any) -> Path:
    return Path(_string(data))


def _none(data: Any) -> None:
    if data is not None:
        raise _fail("null", data)
    return None


_SCALARS: dict[Any, Decode] = {str: _string, int: _integer, float: _float, bool: _boolean, Path: _path,
                               type(None): _none}


def _dataclass(cls: type) -> Decode:
    hints = typing.get_type_hints(cls)
    fields = tuple((f.name, decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init)
    names = {name for name, _ in fields}

    def decode(data: Any) -> Any:
        if type(data) is not dict:
            raise _fail(f"a {cls.__name__} table", data)
        if data.keys() != names:
            raise CacheError(f"{cls.__name__}: expected the fields {sorted(names)}, found {sorted(map(str, data))}")
        return cls(**{name: field(data[name]) for name, field in fields})

    return decode


def _union(args: tuple[Any, ...]) -> Decode:
    if len(args) == 2 and type(None) in args:  # X | None, by far the usual case
        inner = decoder(next(a for a in args if a is not type(None)))
        return lambda data: None if data is None else inner(data)
    options = tuple(decoder(a) for a in args)

    def decode(data: Any) -> Any:
        for option in options:
            try:
                return option(data)
            except CacheError:
                continue
        raise _fail(" or ".join(map(str, args)), data)

    return decode


def _tuple(args: tuple[Any, ...]) -> Decode:
    if len(args) == 2 and args[1] is Ellipsis:
        return _sequence(decoder(args[0]), tuple)
    items = tuple(decoder(a) for a in args)

    def decode(data: Any) -> tuple[Any, ...]:
        if type(data) is not list or len(data) != len(items):
            raise _fail(f"a list of {len(items)}", data)
        return tuple(item(value) for item, value in zip(items, data, strict=True))

    return decode


def _sequence(item: Decode, kind: type) -> Decode:
    def decode(data: Any) -> Any:
        if type(data) is not list:
            raise _fail("a list", data)
        return kind(map(item, data))

    return decode


def _dict(args: tuple[Any, ...]) -> Decode:
    key, value = decoder(args[0]), decoder(args[1])
    if args[0] is not str:
        raise TypeError("only dict[str, …] can be cached (JSON keys are text)")

    def decode(data: Any) -> dict[Any, Any]:
        if type(data) is not dict:
            raise _fail("a table", data)
        return {key(k): value(v) for k, v in data.items()}

    return decode


def _enum(cls: type[enum.Enum]) -> Decode:
    def decode(data: Any) -> enum.Enum:
        try:
            return cls(data)
        except (ValueError, TypeError) as error:
            raise CacheError(f"not a {cls.__name__}: {error}") from None

    return decode


def shape(hint: Any, seen: set[Any] | None = None) -> list[Any]:
    """Every dataclass reachable from `hint` with its fields and their types: part of the cache's key,
    so a cache written before a model change is never read as the new model."""
    seen = set() if seen is None else seen
    out: list[Any] = []
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if hint in seen:
            return out
        seen.add(hint)
        hints = typing.get_type_hints(hint)
        out.append([f"{hint.__module__}.{hint.__qualname__}",
                    [[f.name, _type_name(hints[f.name])] for f in dataclasses.fields(hint)]])
        for f in dataclasses.fields(hint):
            out += shape(hints[f.name], seen)
    for arg in typing.get_args(hint):
        out += shape(arg, seen)
    return out


def _type_name(hint: Any) -> str:
    return hint.__qualname__ if isinstance(hint, type) else str(hint)
