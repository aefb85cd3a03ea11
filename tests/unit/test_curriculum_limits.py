"""Curriculum files that are too deep, too long or not text: each is a problem with its file and line,
never a traceback, and never a reason for the rest of the curriculum (or the app's start) to fail."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from app import cli
from app.curriculum import load_curriculum
from app.curriculum.cache import load_cached
from app.curriculum.limits import ID_MAX, LONG_TEXT_MAX, MAX_DEPTH, MAX_FILE_BYTES, PARAGRAPH_MAX, TITLE_MAX
from app.curriculum.loader import read_one
from app.curriculum.parse import parse_deck
from tests.conftest import activity_toml

DECK = '''id = "scenes"
title = "Scenes"
description = "Short scenes to act out."

[[card]]
title = "The new kid"
text = "Someone new sits alone at lunch."
intensity = 1
'''


def _problems(root: Path, name: str) -> list[str]:
    curriculum = load_curriculum(root)
    assert [a.id for a in curriculum.activities] == ["self-test", "other-test"]  # the good files still load
    return [p.format(root.parent) for p in curriculum.problems if p.file.name == name]


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


@pytest.mark.parametrize("value", ["[" * 50_000 + "]" * 50_000, "{ b = " * 50_000 + "1" + " }" * 50_000,
                                   "[" * 30 + "]" * 30, "[" * 50_000])
def test_deep_nesting_is_a_problem_on_its_line(curriculum_dir: Path, value: str) -> None:
    text = activity_toml("self-deep").replace('space = "Any classroom."', f'space = "Any classroom."\nextra = {value}')
    (curriculum_dir / "self" / "deep.toml").write_text(text, encoding="utf-8")
    line = _line(text, "extra = ")
    assert _problems(curriculum_dir, "deep.toml") == [
        f"activities/self/deep.toml:{line}: (file): nested too deeply (more than {MAX_DEPTH} levels); "
        f"expected at most {MAX_DEPTH} levels of tables and lists inside each other"]


def test_nesting_up_to_the_limit_is_read(curriculum_dir: Path) -> None:
    depth = MAX_DEPTH - 1  # the file's top-level table is one level
    text = activity_toml("self-ok").replace('space = "Any classroom."',
                                            f'space = "Any classroom."\nextra = {"[" * depth}1{"]" * depth}')
    (curriculum_dir / "self" / "ok.toml").write_text(text, encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in _problems(curriculum_dir, "ok.toml")] == [
        "extra: unknown field (a typo?); see activities/README.md for the fields"]


def test_a_dotted_key_of_20000_parts_is_refused_quickly(curriculum_dir: Path) -> None:
    text = activity_toml("self-dots") + "\n" + ".".join(["k"] * 20_000) + " = 1\n"
    (curriculum_dir / "self" / "dots.toml").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    problems = _problems(curriculum_dir, "dots.toml")
    assert time.perf_counter() - start < 2  # tomllib alone takes ~10 s (a minute for 50,000 parts)
    assert len(problems) == 1 and problems[0].startswith(f"activities/self/dots.toml:{_line(text, 'k.k')}: (file): "
                                                         "nested too deeply")


def test_dots_in_prose_are_not_nesting(curriculum_dir: Path) -> None:
    prose = " ".join(["Stop. Look. Listen."] * 10) + " a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x"
    path = curriculum_dir / "self" / "self-test.toml"
    path.write_text(path.read_text().replace('script = "Ask everyone to think quietly."', f'script = "{prose}"'))
    assert load_curriculum(curriculum_dir).problems == ()


def test_a_5000_digit_number_names_its_line(curriculum_dir: Path) -> None:
    text = activity_toml("self-big").replace("minutes = 4\n", f"minutes = {'9' * 5000}\n")
    (curriculum_dir / "self" / "big.toml").write_text(text, encoding="utf-8")
    line = _line(text, "minutes = 999")
    assert _problems(curriculum_dir, "big.toml") == [
        f"activities/self/big.toml:{line}: (file): a number too long to read; expected a number of at most "
        f"{sys.get_int_max_str_digits()} digits"]


def test_a_huge_hex_number_is_shown_briefly(curriculum_dir: Path) -> None:
    text = activity_toml("self-hex").replace("minutes = 4\n", f"minutes = 0x{'f' * 5000}\n")
    (curriculum_dir / "self" / "hex.toml").write_text(text, encoding="utf-8")
    assert any("step[1].minutes: expected a whole number from 1 to 240, found a number too long to show" in p
               for p in _problems(curriculum_dir, "hex.toml"))


def test_a_file_over_the_size_limit_is_not_parsed(curriculum_dir: Path) -> None:
    text = activity_toml("self-huge").replace('title = "Test activity"', f'title = "{"x" * 10_000_000}"')
    (curriculum_dir / "self" / "huge.toml").write_text(text, encoding="utf-8")
    assert _problems(curriculum_dir, "huge.toml") == [
        f"activities/self/huge.toml: (file): too big ({len(text.encode()):,} bytes); expected a file of at most "
        f"{MAX_FILE_BYTES:,} bytes"]


@pytest.mark.parametrize(("old", "new", "field", "limit"), [
    ('title = "Test activity"', f'title = "{"T" * 500}"', "title", 60),
    ('summary = "A short test activity."', f'summary = "{"s" * 100_000}"', "summary", PARAGRAPH_MAX),
    ('id = "self-test"', f'id = "self-{"x" * 100}"', "id", ID_MAX),
    ('title = "Think"', f'title = "{"t" * 200}"', "step[1].title", TITLE_MAX),
    ('script = "Ask everyone to think quietly."', f'script = "{"w " * 15_000}"', "step[1].script", LONG_TEXT_MAX),
    ('materials = ["Paper"]', f'materials = ["{"p" * 400}"]', "materials[1]", 300),
])
def test_long_fields_are_refused_by_name(curriculum_dir: Path, old: str, new: str, field: str, limit: int) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    text = path.read_text().replace(old, new)
    path.write_text(text)
    problems = [p.format(curriculum_dir.parent) for p in load_curriculum(curriculum_dir).problems]
    found = len(new.split('"')[1])
    line = _line(text, new[:12])
    assert f"activities/self/self-test.toml:{line}: {field}: expected at most {limit:,} characters, found {found:,}" \
        in problems, problems
    assert all(len(p) < 400 for p in problems)  # a 100,000-character value is never quoted whole


def test_bad_utf8_names_its_line(curriculum_dir: Path) -> None:
    (curriculum_dir / "self" / "latin1.toml").write_bytes(b'id = "self-latin"\ntitle = "ok"\nsummary = "caf\xe9"\n')
    assert _problems(curriculum_dir, "latin1.toml") == [
        "activities/self/latin1.toml:3: (file): could not be read as UTF-8 text (byte 0xe9 at column 15); "
        "expected the file saved as UTF-8"]


def test_a_byte_order_mark_is_not_an_error(curriculum_dir: Path) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_curriculum(curriculum_dir).problems == ()


def test_a_missing_key_points_at_its_table_header(curriculum_dir: Path) -> None:
    path = curriculum_dir / "self" / "self-test.toml"
    text = path.read_text().replace('summary = "A short test activity."\n', "")
    text = "\n".join(line for line in text.split("\n") if not line.startswith("script = 'Say:"))
    path.write_text(text)
    second_step = [n for n, line in enumerate(text.split("\n"), 1) if line == "[[step]]"][1]
    problems = [p.format(curriculum_dir.parent) for p in load_curriculum(curriculum_dir).problems]
    assert problems == ["activities/self/self-test.toml:1: summary: missing; expected text",
                        f"activities/self/self-test.toml:{second_step}: step[2].script: missing; expected text"]


def test_a_missing_card_key_in_an_imported_deck_points_at_its_card(tmp_path: Path) -> None:
    file = tmp_path / "deck.toml"
    file.write_text(DECK.replace('text = "Someone new sits alone at lunch."\n', ""), encoding="utf-8")
    deck, problems = read_one(file, parse_deck)
    assert deck is None
    assert problems == [f"{file}:5: card[1].text: missing; expected text"]


@pytest.mark.parametrize("body", ["a = " + "[" * 50_000 + "]" * 50_000, f"n = {'1' * 5000}", "x = \xff"])
def test_an_imported_deck_never_raises(tmp_path: Path, body: str) -> None:
    file = tmp_path / "deck.toml"
    file.write_bytes(DECK.encode() + body.encode("latin-1"))
    deck, problems = read_one(file, parse_deck)
    assert deck is None and len(problems) == 1 and problems[0].startswith(f"{file}:9: (file): ")


def test_an_exception_while_checking_one_file_is_a_problem_for_that_file(curriculum_dir: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import app.curriculum.loader as loader

    real = loader.parse_activity

    def fragile(reader, phases, folder):
        if reader.data.get("id") == "self-test":
            raise KeyError("a bug meeting odd data")
        return real(reader, phases, folder)

    monkeypatch.setattr(loader, "parse_activity", fragile)
    curriculum = load_curriculum(curriculum_dir)
    assert [a.id for a in curriculum.activities] == ["other-test"]
    assert [p.format(curriculum_dir.parent) for p in curriculum.problems] == [
        "activities/self/self-test.toml: (file): could not be checked (KeyError); please report this file"]
    file = tmp_path / "deck.toml"
    file.write_text(DECK, encoding="utf-8")
    monkeypatch.setattr(loader, "parse_deck", lambda r: 1 / 0, raising=False)
    assert read_one(file, lambda r: 1 / 0) == (None, [f"{file}: (file): could not be checked (ZeroDivisionError); "
                                                      "please report this file"])


def test_a_broken_own_copy_does_not_stop_the_app_from_starting(curriculum_dir: Path, data_dir: Path) -> None:
    mine = data_dir / "curriculum"
    (mine / "self").mkdir(parents=True)
    (mine / "self" / "deep.toml").write_text("a = " + "[" * 50_000, encoding="utf-8")
    (mine / "self" / "digits.toml").write_text(f"a = {'7' * 5000}", encoding="utf-8")
    curriculum = load_cached(curriculum_dir, mine, data_dir / "cache")
    assert {b.file.name for b in curriculum.broken} == {"deep.toml", "digits.toml"}
    assert curriculum.activity("self-test") is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_waited_for(curriculum_dir: Path) -> None:
    pipe = curriculum_dir / "self" / "pipe.toml"
    os.mkfifo(pipe)
    found: list[list[str]] = []
    reader = threading.Thread(target=lambda: found.append(_problems(curriculum_dir, "pipe.toml")), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # opening a pipe to read waits for a writer: be one, so the test ends
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail("the loader waited for someone to write to a named pipe")
    assert found == [["activities/self/pipe.toml: (file): not a regular file; expected a TOML text file"]]


def test_a_pathological_header_line_is_located_quickly(curriculum_dir: Path) -> None:
    text = activity_toml("self-spaces") + "[" + " " * 3_000 + "\n"
    (curriculum_dir / "self" / "spaces.toml").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    problems = _problems(curriculum_dir, "spaces.toml")
    assert time.perf_counter() - start < 2  # the old header pattern took ~20 s (cubic: 200,000 spaces, years)
    assert len(problems) == 1 and ": (file): not valid TOML: " in problems[0]


def test_validate_reports_instead_of_raising(curriculum_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (curriculum_dir / "self" / "deep.toml").write_text("a = " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (curriculum_dir / "self" / "digits.toml").write_text(f"a = {'1' * 5000}", encoding="utf-8")
    assert cli.main(["validate", str(curriculum_dir)]) == 1
    out = capsys.readouterr()
    assert "deep.toml:1: (file): nested too deeply" in out.out
    assert "digits.toml:1: (file): a number too long to read" in out.out
    assert "Traceback" not in out.out + out.err
