"""The exit codes are the same for every command (the table: app/cli.py's docstring): 0 done; 1 the input was
refused, checks failed or the work could not be done; 2 usage, the command line itself is wrong. Each case is
one real subprocess against its own copy of the demo data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.helpers import run_app

CLASS = "Demo class 8B"
DONE, REFUSED, USAGE = 0, 1, 2

# {data} is a copy of the demo data folder, {tmp} an empty folder, {file} an ordinary file in it.
CASES: list[tuple[int, tuple[str, ...]]] = [
    (DONE, ("info",)),
    (DONE, ("groups", "--class", CLASS, "--size", "4", "--seed", "1")),
    # refused: an unknown or refused name or file, checks that fail, a folder that cannot be opened
    (REFUSED, ("validate", "{tmp}/no-curriculum-here")),
    (REFUSED, ("groups", "--class", "9Z")),
    (REFUSED, ("decks", "export", "no-such-deck", "-o", "{tmp}/deck.csv")),
    (REFUSED, ("print", "deck", "no-such-deck", "-o", "{tmp}/deck.pdf")),
    (REFUSED, ("print", "journal", "--class", "9Z", "-o", "{tmp}/journal.pdf")),
    (REFUSED, ("import", "{tmp}/gone.eabundle")),
    (REFUSED, ("import", "{file}")),
    (REFUSED, ("measure", "import", "{file}", "--class", CLASS, "--questionnaire", "no-such-questionnaire")),
    (REFUSED, ("report", "class", "9Z", "-o", "{tmp}/report.pdf")),
    (REFUSED, ("export", "research", "--class", "9Z", "-o", "{tmp}/research")),
    (REFUSED, ("restore", "{tmp}/missing.sqlite3")),
    (REFUSED, ("rhythm", "play", "no-such-pattern")),
    (REFUSED, ("--data-dir", "{file}", "info")),
    # usage: the command line itself is wrong
    (USAGE, ("no-such-command",)),
    (USAGE, ("groups", "--students", "0")),
    (USAGE, ("groups", "--class", CLASS, "--students", "12")),
    (USAGE, ("export", "--class", CLASS, "-o", "{tmp}/all.eabundle")),
    (USAGE, ("export", "-o", "{tmp}/no-such-folder/all.eabundle")),
    (USAGE, ("export", "-o", "{tmp}")),
    (USAGE, ("decks", "export", "scenes", "-o", "{tmp}/deck.txt")),
    (USAGE, ("print", "deck", "scenes", "-o", "{tmp}/no-such-folder/deck.pdf")),
    (USAGE, ("report", "class", CLASS, "-o", "{tmp}/report.pdf", *("--quote", "x") * 4)),
    (USAGE, ("measure", "import", "{file}", "--class", CLASS)),
    (USAGE, ("serve", "--class", CLASS, "--port", "99999")),
    (USAGE, ("rhythm", "play", "steady-pulse", "--tempo", "999")),
]


def _run(demo_dir: Path, tmp_path: Path, *args: str):
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / "a-file").write_text("not a bundle, not a database\n", encoding="utf-8")
    filled = [a.format(data=demo_dir, tmp=work, file=work / "a-file") for a in args]
    return run_app(*([] if "--data-dir" in filled else ["--data-dir", str(demo_dir)]), *filled)


@pytest.mark.parametrize(("code", "args"), CASES, ids=[f"{code}-{' '.join(args)[:60]}" for code, args in CASES])
def test_every_kind_of_outcome_has_its_code(demo_dir: Path, tmp_path: Path, code: int, args: tuple[str, ...]) -> None:
    result = _run(demo_dir, tmp_path, *args)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    if code:
        assert result.stderr.strip(), "a refusal or a usage error says why on stderr"


def test_export_writes_exactly_the_file_named_and_its_json_parses(demo_dir: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "x.bundle"
    result = run_app("--data-dir", str(demo_dir), "export", "-o", str(bundle), "--json")
    assert result.returncode == DONE, result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["x.bundle"]  # no x.bundle.eabundle
    assert ".eabundle" in result.stderr  # a note that the app's own dialogs name bundles FILE.eabundle
    summary = json.loads(result.stdout)
    assert summary["path"] == str(bundle) and summary["counts"]["students"] == 12
    preview = run_app("--data-dir", str(tmp_path / "other"), "import", str(bundle), "--dry-run", "--json")
    assert preview.returncode == DONE, preview.stderr
    plan = json.loads(preview.stdout)
    assert plan["dry_run"] is True and plan["would_add"]["students"] == 12 and plan["imported"] is None


@pytest.mark.parametrize("args", [("backup",), ("decks", "list"), ("groups", "--class", CLASS, "--seed", "2"),
                                  ("measure", "import", "{file}", "--class", CLASS, "--questionnaire", "ames",
                                   "--round", "pre", "--dry-run")])
def test_json_is_one_document_on_stdout(demo_dir: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "a-file").write_text("student,1\nAmara,2\n", encoding="utf-8")
    result = run_app("--data-dir", str(demo_dir), *(a.format(file=work / "a-file") for a in args), "--json")
    assert result.returncode == DONE, result.stderr
    json.loads(result.stdout)  # the whole of stdout parses: nothing else is printed there
