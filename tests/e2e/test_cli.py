"""The command line, run as a real subprocess against real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.store.migrations import LATEST
from tests.e2e.helpers import ROOT, run_app


@pytest.mark.parametrize("command", [[], ["validate"], ["demo"], ["info"], ["backup"], ["restore"]])
def test_help_at_every_level(command: list[str]) -> None:
    result = run_app(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m app")


def test_version() -> None:
    result = run_app("--version")
    assert result.stdout.strip() == f"Empathy Ambassadors {__version__}"


def test_validate_bundled_curriculum_passes_and_reports_counts() -> None:
    result = run_app("validate", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"activities", "session_plans", "prompts", "challenges", "decks", "rhythms", "instruments",
                           "errors"}
    assert {i["id"]: i["validated"] for i in report["instruments"]} == {
        "ames": True, "program-questionnaire": False, "facilitator-observation": False}
    assert set(report["activities"]) == {"self", "other", "community"}
    assert min(report["activities"].values()) >= 2
    assert report["errors"] == []
    assert all(set(deck) == {"id", "cards"} for deck in report["decks"])


def test_validate_a_broken_folder_exits_1_with_one_line_per_problem(curriculum_dir: Path) -> None:
    (curriculum_dir / "self" / "bad.toml").write_text('id = "Bad Id"\n', encoding="utf-8")
    result = run_app("validate", str(curriculum_dir), cwd=curriculum_dir.parent)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("activities/self/bad.toml:1: id: expected lower-case words joined by '-', "
                        "like 'self-name-beat', not 'Bad Id'")
    assert all(line.startswith("activities/self/bad.toml") for line in lines)
    assert "problem(s)" in result.stderr
    report = json.loads(run_app("validate", "--json", str(curriculum_dir), cwd=curriculum_dir.parent).stdout)
    assert report["errors"] == lines and report["activities"] == {"self": 1, "other": 1}


def test_demo_info_backup_in_a_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "usb-stick" / "empathy"
    assert run_app("--data-dir", str(data), "demo").stdout.strip() == "Demo class added."
    assert run_app("--data-dir", str(data), "demo").stdout.strip() == "The demo class is already in this data folder."
    info = json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)
    assert info == {"schema_version": LATEST, "data_dir": str(data.resolve()), "classes": 1, "students": 12,
                    "sessions": 2, "journal_entries": {"private": 14, "facilitator": 13, "class": 13},
                    "rhythm_runs": 2, "decks": 0}
    result = run_app("--data-dir", str(data), "backup")
    assert result.returncode == 0 and result.stdout.startswith("Backup written: ")
    [listed] = run_app("--data-dir", str(data), "backup", "--list").stdout.splitlines()
    assert Path(listed).parent == data / "backups"
    assert (data / "logs" / "app.log").is_file()


def test_startup_check_prints_time_and_creates_demo(tmp_path: Path) -> None:
    result = run_app("--data-dir", str(tmp_path / "d"), "--startup-check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("started in ") and result.stdout.strip().endswith(" ms")
    conn = sqlite3.connect(tmp_path / "d" / "empathy.sqlite3")
    assert conn.execute("SELECT name FROM classes").fetchall() == [("Demo class 8B",)]
    conn.close()


def test_a_damaged_database_stops_the_app_with_advice_and_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "empathy.sqlite3").write_bytes(b"\x00" * 5000)
    result = run_app("--data-dir", str(data), "--startup-check")
    assert result.returncode == 1
    assert "cannot be opened: it is not a database file" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data / "empathy.sqlite3").read_bytes() == b"\x00" * 5000


def test_restore_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_app("--data-dir", str(data), "demo")
    backup = run_app("--data-dir", str(data), "backup").stdout.split(": ", 1)[1].strip()
    result = run_app("--data-dir", str(data), "restore", backup)
    assert result.returncode == 0 and "moved to" in result.stdout
    assert json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)["students"] == 12
    bad = run_app("--data-dir", str(data), "restore", str(tmp_path / "missing.sqlite3"))
    assert bad.returncode == 1 and bad.stderr.startswith("Nothing was changed")  # a file refused


def test_validate_mine_checks_own_copies_in_the_data_folder(curriculum_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "curriculum" / "self").mkdir(parents=True)
    copy = (curriculum_dir / "self" / "self-test.toml").read_text().replace('"self-test"', '"self-test-mine"')
    (data / "curriculum" / "self" / "self-test-mine.toml").write_text(copy.replace("minutes = 6", "minutes = 60"))
    assert run_app("validate", str(curriculum_dir)).returncode == 0
    result = run_app("--data-dir", str(data), "validate", "--mine", str(curriculum_dir))
    assert result.returncode == 1
    assert "self-test-mine.toml" in result.stdout and "add up to duration.full (10)" in result.stdout


def test_groups_for_a_synthetic_and_a_real_class(tmp_path: Path) -> None:
    result = run_app("groups", "--students", "15", "--size", "3", "--sessions", "7", "--seed", "1", "--json")
    report = json.loads(result.stdout)
    assert set(report) == {"rounds", "repeats", "max_meetings", "never_met_pairs", "seconds"}
    assert len(report["rounds"]) == 7 and all(len(r) == 5 for r in report["rounds"])
    data = tmp_path / "d"
    run_app("--data-dir", str(data), "demo")
    real = run_app("--data-dir", str(data), "groups", "--class", "Demo class 8B", "--size", "4", "--seed", "3")
    assert real.returncode == 0 and real.stdout.startswith("Session 1: ") and "Amara" in real.stdout
    missing = run_app("--data-dir", str(data), "groups", "--class", "9Z", "--size", "4")
    assert missing.returncode == 1 and "No class called '9Z'. Classes: Demo class 8B." in missing.stderr


def test_start_up_loads_nothing_the_first_screen_does_not_need(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_app("--data-dir", str(data), "--startup-check")  # first start: creates the database and the cache
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "app", "--data-dir", str(data),
                             "--startup-check"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.stdout.startswith("started in ")
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    for heavy in ("pygame", "reportlab", "sqlite_utils", "tomllib", "app.grouping.mixing", "app.roster.spreadsheet",
                  "app.ui.runner.window"):
        assert heavy not in loaded, heavy


def test_decks_import_export_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    sheet = tmp_path / "our_scenes.csv"
    sheet.write_bytes(b"Title,Text,Intensity\r\nBus stop,Nobody moves up.,1\r\n,missing title,1\r\n")
    dry = run_app("--data-dir", str(data), "decks", "import", str(sheet), "--dry-run")
    assert dry.returncode == 0 and "Would import 1 card(s) as the deck 'Our scenes'" in dry.stdout
    assert "line 3: no title" in dry.stdout
    assert json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)["decks"] == 0   # nothing written
    result = run_app("--data-dir", str(data), "decks", "import", str(sheet))
    assert result.returncode == 0
    assert "Imported 1 card(s) as the deck 'Our scenes'" in result.stdout and "line 3: no title" in result.stdout
    listed = json.loads(run_app("--data-dir", str(data), "decks", "list", "--json").stdout)
    assert {"id": listed[-1]["id"], "title": "Our scenes", "cards": 1, "origin": "mine"} in listed
    assert any(d["id"] == "scenes" and d["origin"] == "shipped" for d in listed)
    out = tmp_path / "out.toml"
    assert run_app("--data-dir", str(data), "decks", "export", "our scenes", "-o", str(out)).returncode == 0
    again = run_app("--data-dir", str(data), "decks", "import", str(out), "--name", "Copy")
    assert again.returncode == 0 and "Imported 1 card(s) as the deck 'Copy'" in again.stdout
    assert json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)["decks"] == 2
    bad = run_app("--data-dir", str(data), "decks", "export", "nope", "-o", str(out))
    assert bad.returncode == 1 and "No deck called 'nope'" in bad.stderr
    pdf = tmp_path / "our.pdf"
    printed = run_app("--data-dir", str(data), "print", "deck", "our scenes", "-o", str(pdf), "--backs", "none")
    assert printed.returncode == 0 and "1 cards of 'Our scenes'" in printed.stdout and pdf.stat().st_size > 5_000


def test_decks_import_refuses_bad_files_with_one_line_and_exit_1(tmp_path: Path) -> None:
    data = tmp_path / "d"
    good = "Title,Text\r\nBus stop,Nobody moves up.\r\n"
    odd = tmp_path / "odd.csv"
    odd.write_bytes(good.encode("utf-16") + b"x")  # once a UnicodeDecodeError traceback
    many = tmp_path / "many.csv"
    many.write_text("Title,Text\r\n" + "".join(f"Card {n},x\r\n" for n in range(501)), encoding="utf-8")
    for path, says in ((odd, "cut short or damaged"), (many, "a deck holds at most 500")):
        result = run_app("--data-dir", str(data), "decks", "import", str(path))
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("Nothing was imported: ") and says in result.stderr
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(good, encoding="utf-8")
    long_name = run_app("--data-dir", str(data), "decks", "import", str(sheet), "--name", "x" * 81)
    assert long_name.returncode == 2 and "1 to 80 characters" in long_name.stderr
    assert json.loads(run_app("--data-dir", str(data), "info", "--json").stdout)["decks"] == 0


def test_decks_export_writes_formulas_as_text(tmp_path: Path) -> None:
    data = tmp_path / "d"
    sheet = tmp_path / "tricky.csv"
    sheet.write_bytes(b"Title,Text,Intensity\r\n\"=HYPERLINK(\"\"http://x\"\")\",@SUM(A1),2\r\n")
    assert run_app("--data-dir", str(data), "decks", "import", str(sheet)).returncode == 0
    out = tmp_path / "out.csv"
    assert run_app("--data-dir", str(data), "decks", "export", "tricky", "-o", str(out)).returncode == 0
    row = out.read_bytes().decode("utf-8-sig").splitlines()[1]
    assert row == '"\'=HYPERLINK(""http://x"")",\'@SUM(A1),,,2,'
    again = run_app("--data-dir", str(data), "decks", "import", str(out), "--name", "Again")
    assert again.returncode == 0
    listed = json.loads(run_app("--data-dir", str(data), "decks", "list", "--json").stdout)
    assert [d["cards"] for d in listed if d["origin"] == "mine"] == [1, 1]
    toml = tmp_path / "again.toml"
    assert run_app("--data-dir", str(data), "decks", "export", "again", "-o", str(toml)).returncode == 0
    assert 'title = "=HYPERLINK(\\"http://x\\")"' in toml.read_text(encoding="utf-8")  # the card came back whole
