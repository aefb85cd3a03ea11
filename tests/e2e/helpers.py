"""Running the real app as a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None,
            python: str = sys.executable, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if python == sys.executable:  # the checkout's app, from any working folder
        full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([python, "-m", "app", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout, check=False)
