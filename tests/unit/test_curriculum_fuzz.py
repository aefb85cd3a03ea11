"""Seeded fuzzing of the curriculum reader: random bytes, TOML-like text and mutated copies of real
shipped files. Whatever a file holds, no exception escapes, and a file that is refused has at least one
problem naming it (a facilitator's copy on a USB stick or an imported deck can hold anything)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.curriculum.fields import Reader
from app.curriculum.limits import MAX_DEPTH
from app.curriculum.loader import read_one
from app.curriculum.parse import parse_activity, parse_deck
from app.paths import activities_dir

FUZZ = settings(max_examples=120, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PHASES = ("self", "other", "community")
SHIPPED_ACTIVITY = sorted((activities_dir() / "self").glob("*.toml"))[0].read_bytes()
SHIPPED_DECK = (activities_dir() / "decks" / "scenes.toml").read_bytes()
TOMLISH = st.text(alphabet=st.sampled_from(list("[]{}=\"'#.,\n \t0123456789_-+:eEtrufalsxo\\abcid")) | st.characters(),
                  max_size=400)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")  # lone surrogates too: not UTF-8, so a problem


def _activity(reader: Reader) -> Any:
    return parse_activity(reader, PHASES, "self")


def _check(file: Path, content: bytes, parse: Callable[[Reader], Any]) -> None:
    file.write_bytes(content)
    item, problems = read_one(file, parse)
    if item is None:
        assert problems, content[:200]
    assert all(p.startswith(f"{file}") for p in problems)
    assert all(len(p) < 2000 for p in problems)


def _mutate(data: bytes, edits: list[tuple[int, float, bytes]]) -> bytes:
    """Deletions, insertions, repeats, byte flips and new values at places chosen by the fuzzer."""
    out = bytearray(data)
    for kind, where, payload in edits:
        at = int(where * len(out))
        values = [m.end() for m in re.finditer(rb"= ", out)]
        if kind == 4 and values:  # a value replaced: where the parser (not the lexer) meets the payload
            start = values[int(where * (len(values) - 1))]
            end = out.find(b"\n", start)
            out[start:len(out) if end < 0 else end] = payload
        elif kind == 0:
            del out[at:at + len(payload) * 7]
        elif kind == 1:
            out[at:at] = payload
        elif kind == 2:
            out[at:at] = out[at:at + 40] * (1 + len(payload))
        elif out:
            out[min(at, len(out) - 1)] ^= (payload[:1] or b"\x01")[0] or 1
    return bytes(out)


HOSTILE = st.sampled_from([b"[" * 5000, b"{ a = " * 3000, b"9" * 5000, b"0x" + b"f" * 3000, b"\xff\xfe",
                           b".k" * 3000, b'"' + b"x" * 300_000 + b'"', b"\n[" + b" " * 3000, b"\r\n", b"\x00"])
EDITS = st.lists(st.tuples(st.integers(0, 4), st.floats(0, 1),
                           st.binary(max_size=12) | TOMLISH.map(_encode) | HOSTILE),
                 min_size=1, max_size=6)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(content=st.binary(max_size=2000))
def test_random_bytes(folder: Path, content: bytes) -> None:
    _check(folder / "bytes.toml", content, _activity)
    _check(folder / "bytes-deck.toml", content, parse_deck)


@FUZZ
@given(text=TOMLISH)
def test_random_toml_like_text(folder: Path, text: str) -> None:
    _check(folder / "text.toml", _encode(text), _activity)


@FUZZ
@given(edits=EDITS)
def test_mutated_shipped_activity(folder: Path, edits: list[tuple[int, float, bytes]]) -> None:
    _check(folder / "activity.toml", _mutate(SHIPPED_ACTIVITY, edits), _activity)


@FUZZ
@given(edits=EDITS)
def test_mutated_shipped_deck(folder: Path, edits: list[tuple[int, float, bytes]]) -> None:
    _check(folder / "deck.toml", _mutate(SHIPPED_DECK, edits), parse_deck)


@settings(FUZZ, max_examples=60)
@given(depth=st.integers(1, 80), brackets=st.sampled_from(["[]", "{}"]))
def test_depth_is_refused_exactly_past_the_limit(folder: Path, depth: int, brackets: str) -> None:
    open_, close = ("[", "]") if brackets == "[]" else ("{ a = ", " }")
    file = folder / "depth.toml"
    file.write_text(f'id = "d"\nextra = {open_ * depth}1{close * depth}\n', encoding="utf-8")
    _item, problems = read_one(file, parse_deck)
    too_deep = [p for p in problems if "nested too deeply" in p]
    assert bool(too_deep) == (depth + 1 > MAX_DEPTH)
    assert all(p.startswith(f"{file}:2: ") for p in too_deep)


@settings(FUZZ, max_examples=40)
@given(edits=EDITS)
def test_a_whole_curriculum_with_one_mutated_own_copy(curriculum_dir: Path, tmp_path: Path,
                                                      edits: list[tuple[int, float, bytes]]) -> None:
    mine = tmp_path / "mine"
    (mine / "self").mkdir(parents=True, exist_ok=True)
    file = mine / "self" / "copy.toml"
    text = (curriculum_dir / "self" / "self-test.toml").read_bytes().replace(b'"self-test"', b'"self-copy"')
    file.write_bytes(_mutate(text, edits))
    curriculum = load_curriculum(curriculum_dir, mine)
    assert curriculum.activity("other-test") is not None
    mine_problems = [p for p in curriculum.problems if p.file == file]
    if curriculum.activity("self-copy") is None or any(b.file == file for b in curriculum.broken):
        assert mine_problems or re.search(rb'id\s*=\s*"self-test"', file.read_bytes())
