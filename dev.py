#!/usr/bin/env python3
"""Developer tasks that need nothing but Python 3.11+ and pip on a fresh machine.

    python3 dev.py run [APP ARGS]   make .venv from requirements.lock, open the app (demo class on first start)
    python3 dev.py test [PYTEST ARGS]  same environment; ruff, then the whole test suite, headless
    python3 dev.py bench [NAME…]    the benchmarks in tests/bench (figures, not pass/fail)
    python3 dev.py bundle           the standalone one-folder bundle in dist/, then a start-up check of it
    python3 dev.py lock             rewrite requirements.lock from a clean install of pyproject's dependencies
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env={**os.environ, **(env or {})})


def ensure_env() -> None:
    """Create .venv and install the locked versions; re-install only when the lock file changed."""
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    stamp = VENV / ".lock-sha256"
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print("Installing the locked dependencies into .venv (first time: a few minutes) …", flush=True)
    if _run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", LOCK) != 0:
        sys.exit("Installing dependencies failed; see the messages above.")
    stamp.write_text(digest)


def ensure_browser() -> None:
    """The student pages are tested in Debian's chromium through its chromedriver (never a downloaded browser).
    Installed here when missing and this user may (root with apt-get, as on CI); else the browser tests say
    what to install and are skipped."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's chromium and chromium-driver for the student-page tests …", flush=True)
        quiet = {"DEBIAN_FRONTEND": "noninteractive"}
        if _run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver",
                env=quiet) != 0:
            _run("apt-get", "update", "-qq", env=quiet)
            _run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver",
                 env=quiet)
        return
    print("Note: chromium and chromedriver are missing, so the student-page browser tests are skipped "
          "(sudo apt-get install chromium chromium-driver).", flush=True)


def _compiled_once() -> dict[str, str]:
    """Where PYTHONDONTWRITEBYTECODE is set (some machines set it for every shell), the test run compiled every
    module from source again in each of its processes: pytest and its rewritten test modules, and each of the
    app's command-line starts (~10 s a run on two cores). The compiled files go to build/pycache instead, out of
    the source tree, and later runs reuse them. Elsewhere nothing changes."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return {}
    return {"PYTHONDONTWRITEBYTECODE": "",
            "PYTHONPYCACHEPREFIX": os.environ.get("PYTHONPYCACHEPREFIX") or str(ROOT / "build" / "pycache")}


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if task == "run":
        ensure_env()
        return _run(PYTHON, "-m", "app", *rest)
    if task == "test":
        ensure_env()
        ensure_browser()
        if _run(PYTHON, "-m", "ruff", "check", ".") != 0:
            return 1
        return _run(PYTHON, "-m", "pytest", *rest, env={"QT_QPA_PLATFORM": "offscreen", **_compiled_once()})
    if task == "bench":  # every benchmark, or the ones named (e.g. `bench rhythm_input`)
        ensure_env()
        flags = [a for a in rest if a.startswith("-") or a.isdigit()]  # e.g. `bench startup --runs 9`
        names = [a for a in rest if a not in flags] or sorted(
            p.stem.removeprefix("bench_") for p in (ROOT / "tests" / "bench").glob("bench_*.py"))
        return max(_run(PYTHON, f"tests/bench/bench_{name}.py", *flags) for name in names)
    if task == "bundle":
        ensure_env()
        if _run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec") != 0:
            return 1
        exe = ROOT / "dist" / "empathy-ambassadors" / "empathy-ambassadors"
        scratch = ROOT / "build" / "bundle-check-data"
        shutil.rmtree(scratch, ignore_errors=True)
        return _run(exe, "--data-dir", scratch, "--startup-check", env={"QT_QPA_PLATFORM": "offscreen"})
    if task == "lock":
        scratch = ROOT / "build" / "lock-venv"
        shutil.rmtree(scratch, ignore_errors=True)
        venv.create(scratch, with_pip=True)
        python = scratch / BIN.name / PYTHON.name
        if subprocess.call([str(python), "-m", "pip", "install", "-q", f"{ROOT}[test,build]"]) != 0:
            return 1
        frozen = subprocess.run([str(python), "-m", "pip", "freeze", "--exclude", "empathy-ambassadors"],
                                capture_output=True, text=True, check=True).stdout
        LOCK.write_text("# Exact versions the test suite passed with (Python 3.11, Linux x86_64). "
                        "Regenerate: python3 dev.py lock\n" + frozen)
        return 0
    print(__doc__)
    return 0 if task == "help" else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
