"""Seeded fuzzing of every spreadsheet importer: whatever the bytes, a preview or a plain problem, never an exception,
and never more than the stated limits. Then, through the real command line and a real store: a refused deck changes
nothing in the database.

Seeded (``derandomize=True``): the same cases every run, a few seconds each, so a failure can be reproduced.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.decks.spreadsheet import (
    MAX_CARDS,
    MAX_ITEMS,
    MAX_NOTE,
    MAX_PROMPT,
    MAX_ROLE,
    MAX_TEXT,
    MAX_TITLE,
    DeckPreview,
    parse_deck_csv,
)
from app.files.spreadsheet import FORMULA_STARTS, TextProblem, decode_text, neutralise, restore, unused_char
from app.roster.spreadsheet import MAX_NAME, MAX_PRONOUNS, MAX_ROWS, RosterPreview, parse_roster
from tests.e2e.helpers import run_app

seeded = settings(max_examples=300, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DECK_HEADINGS = ["Title", "Text", "Role", "Audience", "Intensity", "Content notes", "card", "scene", "notes",
                 "level", "Questions", "Extra", ""]
ROSTER_HEADINGS = ["Name", "First name", "Display name", "Student", "Pronouns", "Colour", "Icon", "Surname",
                   "Full name", "DOB", "Email", ""]
ODD = ["\ufeff", "\ufffd", "\ue000", "\U000f0000", "\U0010fffd", "\u2028", "\x85", "\x0b", "\x1c", "é", "ß",
       "=", "+", "-", "@", "'", "|", "#N/A", "\t", "\r", "\n", "\r\n", '"', '""', ",", ";", " ", "\x01"]


@st.composite
def csvish(draw: st.DrawFn, headings: list[str]) -> bytes:
    """Text that looks like a spreadsheet: headings, cells, delimiters, quotes, line ends, odd characters, long cells;
    written as UTF-8 (with or without a BOM), cp1252, UTF-16 (perhaps cut short), or with a lone surrogate."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    pieces = st.one_of(st.sampled_from(headings), st.sampled_from(ODD), st.text(max_size=12),
                       st.sampled_from(["1", "2", "3", "0", "-1", "=SUM(A1)", "@x", "'=x", "'-1"]),
                       st.integers(0, 3000).map(lambda n: "x" * n),
                       st.sampled_from(["x" * 140_000, *[""] * 15]))  # now and then over csv's cell limit
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        cells = draw(st.lists(pieces, max_size=7))
        if draw(st.booleans()):
            cells = ['"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in cells]
        rows.append(delimiter.join(cells))
    rows *= draw(st.sampled_from([1, 1, 1, 1, 90]))  # now and then past the row limits
    text = newline.join(rows) + draw(st.sampled_from(["", newline, '"', "\x00"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-be-bom", "surrogate"]))
    if encoding == "surrogate":
        data = text.encode("utf-16-le", errors="replace")
        cut = draw(st.integers(0, len(data) // 2)) * 2
        return b"\xff\xfe" + data[:cut] + b"\x00\xd8" + data[cut:]  # a lone high surrogate somewhere
    if encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be", errors="replace")
    else:
        data = text.encode(encoding, errors="replace")
    if encoding.startswith("utf-16") and draw(st.booleans()):
        data = data[:-1] if len(data) % 2 == 0 else data  # an odd byte count: cut short
    return data


any_bytes = st.binary(max_size=400)


def _deck_ok(preview: DeckPreview) -> None:
    assert isinstance(preview, DeckPreview)
    if preview.problem is not None:
        assert preview.cards == () and isinstance(preview.problem, str) and preview.problem
        assert "\n" not in preview.problem
        return
    assert len(preview.cards) + len(preview.rejected) <= MAX_CARDS
    for card in preview.cards:
        assert 1 <= len(card.title) <= MAX_TITLE and 1 <= len(card.text) <= MAX_TEXT
        assert card.intensity in (1, 2, 3)
        assert card.role is None or len(card.role) <= MAX_ROLE
        assert len(card.audience) <= MAX_ITEMS and all(len(p) <= MAX_PROMPT for p in card.audience)
        assert len(card.content_notes) <= MAX_ITEMS and all(len(n) <= MAX_NOTE for n in card.content_notes)
    assert all(r.reason for r in preview.rejected)


def _roster_ok(preview: RosterPreview) -> None:
    assert isinstance(preview, RosterPreview)
    if preview.problem is not None:
        assert isinstance(preview.problem, str) and preview.problem
    assert len(preview.rows) <= MAX_ROWS
    for row in preview.rows:
        assert 1 <= len(row.name) <= MAX_NAME
        assert row.pronouns is None or len(row.pronouns) <= MAX_PRONOUNS


@seeded
@given(any_bytes)
def test_deck_csv_random_bytes(data: bytes) -> None:
    _deck_ok(parse_deck_csv(data))


@seeded
@given(csvish(DECK_HEADINGS))
def test_deck_csv_spreadsheet_like_text(data: bytes) -> None:
    _deck_ok(parse_deck_csv(data))


@seeded
@given(any_bytes, st.lists(st.text(max_size=8), max_size=3))
def test_roster_csv_random_bytes(data: bytes, existing: list[str]) -> None:
    _roster_ok(parse_roster(data, existing))


@seeded
@given(csvish(ROSTER_HEADINGS))
def test_roster_csv_spreadsheet_like_text(data: bytes) -> None:
    _roster_ok(parse_roster(data))


@seeded
@given(st.binary(max_size=200) | csvish(ROSTER_HEADINGS))
def test_decoding_gives_text_without_surrogates_or_nuls_or_a_problem(data: bytes) -> None:
    try:
        text = decode_text(data)
    except TextProblem as problem:
        assert str(problem)
        return
    assert "\x00" not in text
    text.encode("utf-8")  # no lone surrogate survives
    free = unused_char(text)
    assert free is not None and free not in text


@seeded
@given(st.text(st.sampled_from([*FORMULA_STARTS, "'", "a", " ", "é"]), max_size=8) | st.text(max_size=20))
def test_neutralised_cells_never_start_a_formula_and_come_back_exactly(cell: str) -> None:
    written = neutralise(cell)
    assert not written.startswith(FORMULA_STARTS)
    assert restore(written) == cell


# --- a refused deck changes nothing: the real command line on a real data folder --------------------------------------

def _nasty_files(folder: Path) -> list[Path]:
    good = "Title,Text\r\nBus stop,Nobody moves up.\r\n"
    files = {
        "odd.csv": good.encode("utf-16") + b"x",
        "surrogate.csv": good.encode("utf-16") + b"\x00\xd8a\x00",
        "sheet.csv": b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)),
        "huge.csv": b"Title,Text\r\n" + b"a,b\r\n" * (5 * 1024 * 1024 // 5 + 1),
        "many.csv": ("Title,Text\r\n" + "".join(f"C{n},x\r\n" for n in range(MAX_CARDS + 1))).encode(),
        "nothing.csv": b"Title,Text\r\n,no title\r\n",
        "formula-only.csv": b"Name,Age\r\n=1+1,12\r\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def test_refused_decks_from_the_command_line_change_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = tmp_path / "first.csv"
    first.write_bytes(b"Title,Text\r\nBus stop,Nobody moves up.\r\n")
    assert run_app("--data-dir", str(data), "decks", "import", str(first)).returncode == 0
    before = run_app("--data-dir", str(data), "decks", "list", "--json").stdout
    for path in _nasty_files(tmp_path):
        result = run_app("--data-dir", str(data), "decks", "import", str(path))
        assert result.returncode == 1, (path.name, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert lines[0].startswith("Nothing was imported: "), result.stderr
        if path.name != "nothing.csv":  # "no usable cards" goes on to list each row and why
            assert len(lines) == 1, result.stderr
    assert run_app("--data-dir", str(data), "decks", "list", "--json").stdout == before
    assert len([d for d in json.loads(before) if d["origin"] == "mine"]) == 1


@pytest.mark.parametrize("name", ["odd.csv", "surrogate.csv", "huge.csv", "many.csv", "sheet.csv"])
def test_refused_deck_leaves_the_decks_tables_unchanged(store, tmp_path: Path, capsys, name: str) -> None:
    from app.decks.cli import decks_command

    [path] = [p for p in _nasty_files(tmp_path) if p.name == name]

    def tables() -> list[tuple]:
        return [*store.conn.execute("SELECT * FROM decks ORDER BY id"),
                *store.conn.execute("SELECT * FROM deck_cards ORDER BY id")]

    before = tables()
    args = argparse.Namespace(decks_action="import", file=path, name=None)
    assert decks_command(args, store) == 1
    assert tables() == before
    assert capsys.readouterr().err.startswith("Nothing was imported: ")
