"""The rhythm engine as a real process, headless (SDL dummy video and audio): it plays, writes JSON lines,
ends by itself; bad input is refused with a clear message; hits posted by another thread at known moments
are stamped inside the reads that bracket them, far closer than a once-per-frame loop would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.rhythm.protocol import Exercise, Player
from tests.e2e.helpers import ROOT, run_app

HEADLESS = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
STEADY = ROOT / "activities" / "rhythms" / "steady-pulse-fast.toml"


def _env() -> dict[str, str]:
    return {**os.environ, **HEADLESS, "PYTHONPATH": str(ROOT)}


# Measures timing, so it runs first and alone: before the plays below start side by side.
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


@dataclass
class Play:
    """`python -m app rhythm play …` running in the background; its output goes to files (a pipe left unread
    could fill up and stall it)."""

    process: subprocess.Popen[str]
    folder: Path
    name: str

    def result(self) -> subprocess.CompletedProcess[str]:
        self.process.wait(60)
        out, err = (self.folder / f"{self.name}.{kind}" for kind in ("out", "err"))
        return subprocess.CompletedProcess(self.process.args, self.process.returncode,
                                           out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plays(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Play]]:
    """The plain plays of the tests below, started side by side when the first of them asks: each plays in real
    time (count-in, a bar, the tail: 5–7 s) and is idle nearly all of it, so together they take the time of the
    longest one. Each test reads only its own play."""
    folder = tmp_path_factory.mktemp("plays")
    mine = folder / "our-beat.toml"
    mine.write_text(STEADY.read_text(encoding="utf-8").replace('id = "steady-pulse-fast"', 'id = "our-beat"'),
                    encoding="utf-8")
    exercise = Exercise("call-and-response", players=(Player("Team A", "a", "s1"), Player("Team B", "l")), bars=1,
                        latency_ms=12.5)
    commands = {  # name: (arguments after `rhythm play`, what is typed on stdin)
        "alone": (["steady-pulse-fast", "--bars", "1", "--keys", "a,l,space", "--record", str(folder / "run.jsonl")],
                  None),
        "stdin": (["--exercise", "-"], exercise.to_json()),
        "mine": ([str(mine), "--bars", "1"], None),
    }
    started: dict[str, Play] = {}
    for name, (args, typed) in commands.items():
        with (folder / f"{name}.out").open("w") as out, (folder / f"{name}.err").open("w") as err:
            process = subprocess.Popen([sys.executable, "-m", "app", "rhythm", "play", *args], env=_env(), cwd=ROOT,
                                       stdin=subprocess.DEVNULL if typed is None else subprocess.PIPE, stdout=out,
                                       stderr=err, text=True)
        if typed is not None:
            assert process.stdin is not None
            process.stdin.write(typed)
            process.stdin.close()
        started[name] = Play(process, folder, name)
    yield started
    for play in started.values():  # a test that failed early leaves nothing playing
        if play.process.poll() is None:
            play.process.kill()
            play.process.wait(10)


def test_play_alone_ends_by_itself_and_records_json_lines(plays: dict[str, Play]) -> None:
    result = plays["alone"].result()
    record = plays["alone"].folder / "run.jsonl"
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert [m["type"] for m in lines] == ["ready", "summary"]
    assert result.stdout.splitlines() == record.read_text(encoding="utf-8").splitlines()
    ready, summary = lines
    assert [p["key"] for p in ready["players"]] == ["a", "l", "space"] and ready["tempo"] == 120
    assert summary["completed"] is True and summary["togetherness"] == 0
    assert all(p["misses"] == 4 and p["hits"] == 0 for p in summary["players"])   # nobody played: all misses


def test_the_app_passes_the_exercise_on_stdin(plays: dict[str, Play]) -> None:
    result = plays["stdin"].result()
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["mode"] == "call-and-response" and summary["latency_ms"] == 12.5
    assert summary["players"][0]["student_id"] == "s1" and "phrases" in summary["players"][0]


def test_bad_input_is_refused_with_a_message_and_exit_1_and_bad_options_exit_2() -> None:
    missing = run_app("rhythm", "play", "no-such-pattern", env=HEADLESS)
    assert missing.returncode == 1 and "there is no pattern 'no-such-pattern'" in missing.stderr
    assert json.loads(missing.stdout.splitlines()[-1])["type"] == "error"
    clash = run_app("rhythm", "play", "steady-pulse", "--keys", "a,a", env=HEADLESS)
    assert clash.returncode == 2 and "two players have the same key" in clash.stderr  # usage: the options clash
    garbage = subprocess.run([sys.executable, "-m", "app", "rhythm", "play", "--exercise", "-"], env=_env(),
                             input="{not json", capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert garbage.returncode == 1 and "not JSON" in garbage.stderr  # the exercise is input, refused


def test_list_shows_every_kind_of_pattern() -> None:
    patterns = json.loads(run_app("rhythm", "list", "--json").stdout)
    assert len(patterns) >= 12
    modes = {p["mode"] for p in patterns}
    assert modes == {"play-along", "call-and-response", "ensemble", "keep-the-pulse"}
    assert sorted(p["level"] for p in patterns if p["mode"] == "call-and-response") == [1, 2, 3, 4]


def test_a_pattern_file_of_your_own_is_checked_like_the_shipped_ones(plays: dict[str, Play], tmp_path: Path) -> None:
    played = plays["mine"].result()  # played from a file of its own: our-beat.toml, steady-pulse-fast renamed
    assert played.returncode == 0 and json.loads(played.stdout.splitlines()[-1])["pattern"] == "our-beat"
    mine = tmp_path / "our-beat.toml"
    mine.write_text(STEADY.read_text(encoding="utf-8").replace("tempo = 120", "tempo = 999"), encoding="utf-8")
    broken = run_app("rhythm", "play", str(mine), env=HEADLESS)
    assert broken.returncode == 1
    assert f"{mine}:" in broken.stderr and "tempo" in broken.stderr and "Problem(" not in broken.stderr
