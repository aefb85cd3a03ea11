"""The rhythm engine as a real process, headless (SDL dummy video and audio): it plays, writes JSON lines,
ends by itself; bad input is refused with a clear message; hits posted by another thread at known moments
are stamped inside the reads that bracket them, far closer than a once-per-frame loop would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.rhythm.protocol import Exercise, Player
from tests.e2e.helpers import ROOT, run_app

HEADLESS = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def _env() -> dict[str, str]:
    return {**os.environ, **HEADLESS, "PYTHONPATH": str(ROOT)}


def test_play_alone_ends_by_itself_and_records_json_lines(tmp_path: Path) -> None:
    record = tmp_path / "run.jsonl"
    result = subprocess.run([sys.executable, "-m", "app", "rhythm", "play", "steady-pulse-fast", "--bars", "1",
                             "--keys", "a,l,space", "--record", str(record)], env=_env(), capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert [m["type"] for m in lines] == ["ready", "summary"]
    assert result.stdout.splitlines() == record.read_text(encoding="utf-8").splitlines()
    ready, summary = lines
    assert [p["key"] for p in ready["players"]] == ["a", "l", "space"] and ready["tempo"] == 120
    assert summary["completed"] is True and summary["togetherness"] == 0
    assert all(p["misses"] == 4 and p["hits"] == 0 for p in summary["players"])   # nobody played: all misses


def test_the_app_passes_the_exercise_on_stdin() -> None:
    exercise = Exercise("call-and-response", players=(Player("Team A", "a", "s1"), Player("Team B", "l")), bars=1,
                        latency_ms=12.5)
    result = subprocess.run([sys.executable, "-m", "app", "rhythm", "play", "--exercise", "-"], env=_env(),
                            input=exercise.to_json(), capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["mode"] == "call-and-response" and summary["latency_ms"] == 12.5
    assert summary["players"][0]["student_id"] == "s1" and "phrases" in summary["players"][0]


def test_bad_input_is_refused_with_a_message_and_exit_2() -> None:
    missing = run_app("rhythm", "play", "no-such-pattern", env=HEADLESS)
    assert missing.returncode == 2 and "there is no pattern 'no-such-pattern'" in missing.stderr
    assert json.loads(missing.stdout.splitlines()[-1])["type"] == "error"
    clash = run_app("rhythm", "play", "steady-pulse", "--keys", "a,a", env=HEADLESS)
    assert clash.returncode == 2 and "two players have the same key" in clash.stderr
    garbage = subprocess.run([sys.executable, "-m", "app", "rhythm", "play", "--exercise", "-"], env=_env(),
                             input="{not json", capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert garbage.returncode == 2 and "not JSON" in garbage.stderr


def test_list_shows_every_kind_of_pattern() -> None:
    patterns = json.loads(run_app("rhythm", "list", "--json").stdout)
    assert len(patterns) >= 12
    modes = {p["mode"] for p in patterns}
    assert modes == {"play-along", "call-and-response", "ensemble", "keep-the-pulse"}
    assert sorted(p["level"] for p in patterns if p["mode"] == "call-and-response") == [1, 2, 3, 4]


def test_hits_posted_at_known_moments_are_stamped_inside_their_reads() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "e2e" / "rhythm_probe.py"), "--players", "3",
                             "--bars", "3"], env=_env(), capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["posted"] == figures["stamped"] == figures["hit_lines"] > 0
    assert figures["outside_bracket"] == 0
    # the same run, stamped once per frame instead, would be several ms off on average
    assert figures["stamp_error_ms"]["mean"] < figures["naive_per_frame_error_ms"]["mean"]
    assert figures["on_time"] == figures["posted"]          # people ±25 ms: every hit lands on its beat


def test_a_pattern_file_of_your_own_is_checked_like_the_shipped_ones(tmp_path: Path) -> None:
    mine = tmp_path / "our-beat.toml"
    good = (ROOT / "activities" / "rhythms" / "steady-pulse-fast.toml").read_text(encoding="utf-8")
    mine.write_text(good.replace('id = "steady-pulse-fast"', 'id = "our-beat"'), encoding="utf-8")
    played = run_app("rhythm", "play", str(mine), "--bars", "1", env=HEADLESS)
    assert played.returncode == 0 and json.loads(played.stdout.splitlines()[-1])["pattern"] == "our-beat"
    mine.write_text(good.replace("tempo = 120", "tempo = 999"), encoding="utf-8")
    broken = run_app("rhythm", "play", str(mine), env=HEADLESS)
    assert broken.returncode == 2
    assert f"{mine}:" in broken.stderr and "tempo" in broken.stderr and "Problem(" not in broken.stderr
