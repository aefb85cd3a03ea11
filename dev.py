#!/usr/bin/env python3
"""Developer tasks that need nothing but Python 3.11+ and pip on a fresh machine.

    python3 dev.py run [APP ARGS]   make .venv from requirements.lock (on Windows and macOS from pyproject.toml's
                                    ranges: the lock is Linux's), open the app (demo class on first start)
    python3 dev.py test [PYTEST ARGS]  same environment; ruff, then the whole test suite, headless (two pytests side
                                    by side, then tests/e2e alone; with tests named, one pytest as usual)
    python3 dev.py bench [NAME…]    the benchmarks in tests/bench (figures, not pass/fail)
    python3 dev.py bundle           the standalone one-folder bundle in dist/ for this system (Linux, Windows or
                                    macOS, where it is also an .app), then a start-up check of it
    python3 dev.py icons            draw assets/icons/app.ico and app.icns from app.svg (commit both)
    python3 dev.py lock             rewrite requirements.lock from a clean install of pyproject's dependencies
    python3 dev.py translations     collect the app's texts into app/translations/ea_*.ts, then compile the .qm
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env={**os.environ, **(env or {})})


def _requirements() -> list[str]:
    """pyproject's dependencies with the test and build extras: what Windows and macOS install (the lock is
    Linux's, where the suite was run; elsewhere pip picks versions within pyproject's ranges)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    return [*project["dependencies"], *extras.get("test", []), *extras.get("build", [])]


def ensure_env() -> None:
    """Create .venv and install the locked versions (on Linux; pyproject's ranges elsewhere); re-install only
    when those changed."""
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    locked = sys.platform.startswith("linux")
    wanted = ["-r", str(LOCK)] if locked else _requirements()
    stamp = VENV / ".lock-sha256"
    digest = hashlib.sha256(LOCK.read_bytes() if locked else "\n".join(wanted).encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing the {'locked ' if locked else ''}dependencies into .venv (first time: a few minutes) …",
          flush=True)
    if _run(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted) != 0:
        sys.exit("Installing dependencies failed; see the messages above.")
    stamp.write_text(digest)


def _startup_check(exe: Path) -> int:
    """Start the bundle once headless (offscreen) on a scratch data folder: it opens the window, paints it and
    quits. Its output is captured and shown, because a windowed executable (Windows) has no console to print to;
    a check that hangs (a windowed error box waiting for a click, say) fails after ten minutes."""
    scratch = ROOT / "build" / "bundle-check-data"
    shutil.rmtree(scratch, ignore_errors=True)
    if not exe.is_file():
        print(f"The bundle's executable is missing: {exe}", flush=True)
        return 1
    try:
        check = subprocess.run([str(exe), "--data-dir", str(scratch), "--startup-check"], cwd=ROOT,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    except subprocess.TimeoutExpired:
        print(f"The start-up check of {exe} did not end within ten minutes.", flush=True)
        return 1
    sys.stdout.write(check.stdout.decode("utf-8", errors="replace"))
    sys.stdout.flush()
    return check.returncode


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


# The whole suite on two cores: first the UI tests and the other folders side by side, each in a pytest of its
# own (each with its own temporary folders, offscreen Qt, any free port; pytest's cache is merged after them), then
# the tests that wait in real time alone, as before: the rhythm engine playing, processes killed at chosen
# moments, a real browser, X servers. A new folder in testpaths joins the first run; real-time tests go in LAST.
LAST = "tests/e2e"
BESIDE = "tests/ui"


class _Pytest:
    """A pytest on some test folders, its output echoed as it comes, or kept and printed when asked."""

    def __init__(self, paths: list[str], options: list[str], env: dict[str, str], *, echo: bool) -> None:
        self.paths, self.echo, self.lines = paths, echo, []
        self.process = subprocess.Popen([str(PYTHON), "-m", "pytest", *options, *paths], cwd=ROOT, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if self.echo:
                sys.stdout.write(line)
                sys.stdout.flush()

    def wait(self) -> int:
        code = self.process.wait()
        self.reader.join()
        if not self.echo:
            sys.stdout.write("".join(self.lines))
            sys.stdout.flush()
        return code

    def summary(self) -> str:
        """pytest's last line ("1 failed, 99 passed in 9.87s"), without its colours."""
        last = next((line for line in reversed(self.lines) if line.strip()), "")
        return re.sub(r"\x1b\[[0-9;]*m", "", last).strip("= \n") or f"exit {self.process.returncode}"


def _merge_cache(main: Path, beside: Path, folder: str) -> None:
    """pytest remembers the failed tests for --lf in its cache, each run writing over the other's: the one beside
    kept its own cache, and its entries for its folder go into the main one now that both have ended."""
    def read(cache: Path, key: str, default: object) -> object:
        try:
            return json.loads((cache / "v" / "cache" / key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return default

    if not (beside / "v" / "cache").is_dir():
        return  # no cache written (-pno:cacheprovider)
    mine = f"{folder}/"
    failed = {k: v for k, v in read(main, "lastfailed", {}).items() if not k.startswith(mine)}
    failed |= {k: v for k, v in read(beside, "lastfailed", {}).items() if k.startswith(mine)}
    seen = sorted(set(read(main, "nodeids", [])) | set(read(beside, "nodeids", [])))
    (main / "v" / "cache").mkdir(parents=True, exist_ok=True)
    for key, value in (("lastfailed", failed), ("nodeids", seen)):
        (main / "v" / "cache" / key).write_text(json.dumps(value, indent=2, sort_keys=True), encoding="utf-8")


def _test(rest: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **_compiled_once()}
    paths = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"][
        "testpaths"]
    groups = [group for group in ([p for p in paths if p not in (BESIDE, LAST)], [p for p in paths if p == BESIDE])
              if group]
    ordered = {"--lf", "--last-failed", "--ff", "--failed-first", "--nf", "--new-first", "--sw", "--stepwise",
               "--sw-skip", "--stepwise-skip", "--cache-show", "--cache-clear"}  # read the cache before they start
    if any(not arg.startswith("-") or arg in ordered for arg in rest) or (os.cpu_count() or 1) < 2 \
            or LAST not in paths or not groups:
        return _run(PYTHON, "-m", "pytest", *rest, env=env)  # tests named, or one core: one pytest, as always
    if sys.stdout.isatty():  # as pytest shows it on a terminal, though its output now comes through a pipe
        rest, env["COLUMNS"] = [*rest, "--color=yes"], str(shutil.get_terminal_size().columns)
    print(f"== {' '.join(groups[0])}" + "".join(f", with {' '.join(g)} beside them (its report follows)"
                                              for g in groups[1:]), flush=True)
    main_cache, beside_cache = ROOT / ".pytest_cache", ROOT / "build" / "pytest-cache-beside"
    shutil.rmtree(beside_cache, ignore_errors=True)
    if main_cache.is_dir():
        shutil.copytree(main_cache, beside_cache)
    started = time.monotonic()
    runs = [_Pytest(group, rest if number == 0 else [*rest, "-o", f"cache_dir={beside_cache}"], env, echo=number == 0)
            for number, group in enumerate(groups)]
    try:
        codes = [run.wait() for run in runs]
        if len(groups) > 1:
            _merge_cache(main_cache, beside_cache, BESIDE)
        print(f"\n== {LAST}, alone\n", flush=True)
        runs.append(_Pytest([LAST], rest, env, echo=True))
        codes.append(runs[-1].wait())
    except KeyboardInterrupt:  # Ctrl+C reached the pytests too: they stop and say so
        for run in runs:
            run.wait()
        return 130
    passed = all(code in (0, 5) for code in codes) and 0 in codes  # 5: a folder with nothing selected
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print()
    for run in runs:
        print(f"== {' '.join(run.paths)}: {run.summary()}")
    print(f"== {'all passed' if passed else 'FAILED'}, the whole suite in {minutes} min {seconds:02d} s", flush=True)
    return 0 if passed else max(codes)


TRANSLATED = ("es",)   # the catalogues to keep (app.i18n.TRANSLATED_CATALOGUES); English needs none


def _translations() -> int:
    """Every translate("context", "text") call in app/ (the window's and the rest's) into each catalogue,
    keeping what is translated and dropping what the code no longer says (app/devtools/i18n_extract.py); then Qt's
    lrelease compiles each for the window. The .ts is translated by hand (Qt Linguist, or any editor: it is
    XML); both are committed, and a test checks they are current."""
    code = ("import sys; from pathlib import Path; from app.devtools.i18n_extract import app_sources, collect, "
            "write_catalogue; root = Path.cwd(); found = collect(app_sources(root), root); "
            "[print(c, *write_catalogue(root / 'app' / 'translations' / f'ea_{c}.ts', c, found)) "
            "for c in sys.argv[1:]]")
    if _run(PYTHON, "-c", code, *TRANSLATED) != 0:
        return 1
    tools = Path(subprocess.run([str(PYTHON), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
                                capture_output=True, text=True, check=True).stdout.strip())
    for language in TRANSLATED:
        ts = ROOT / "app" / "translations" / f"ea_{language}.ts"
        if _run(tools / "lrelease", "-silent", ts, "-qm", ts.with_suffix(".qm")) != 0:
            return 1
    return 0


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
        return _test(rest)
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
        from app.devtools.bundle_plugins import bundle_executable  # stdlib only; build.spec reads the same module

        return _startup_check(ROOT / "dist" / bundle_executable(sys.platform))
    if task == "icons":
        ensure_env()
        code = ("import sys; from pathlib import Path; from PySide6.QtGui import QGuiApplication; "
                "from app.ui.icon_files import write_icon_files; qt = QGuiApplication(sys.argv[:1]); "
                "print(*write_icon_files(Path('assets/icons/app.svg'), Path('assets/icons')), sep='\\n')")
        return _run(PYTHON, "-c", code, env={"QT_QPA_PLATFORM": "offscreen"})
    if task == "translations":
        ensure_env()
        return _translations()
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
