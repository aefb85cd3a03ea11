"""Running the real app as a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None,
            python: str = sys.executable, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    # English unless a test asks for another language: a developer's Spanish desktop must not change the words
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", **(env or {})}
    if python == sys.executable:  # the checkout's app, from any working folder
        full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([python, "-m", "app", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout, check=False)


def require_system_tools(*tools: str, packages: str) -> None:
    """Tools a developer's desktop may lack (an X server, xrandr): skip with the reason and the packages to
    install, so `python3 dev.py test` passes on a fresh machine; under CI (which installs them in .ci/run)
    a missing tool is a broken set-up and fails."""
    import shutil

    import pytest

    missing = [tool for tool in tools if not shutil.which(tool)]
    if not missing:
        return
    why = f"needs {', '.join(missing)}: apt-get install {packages} (.ci/run installs them)"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)
