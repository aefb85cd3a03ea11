"""`pip install .` carries the curriculum: build the wheel, install it in a clean venv, validate."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from tests.e2e.helpers import ROOT, run_app


def test_wheel_installs_into_a_clean_venv_with_its_content(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "wheels"), str(ROOT)], check=True, capture_output=True)
    [wheel] = (tmp_path / "wheels").glob("empathy_ambassadors-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_content/activities/phases.toml" in names
    assert any(n.startswith("app/_content/activities/self/") for n in names)

    venv.create(tmp_path / "venv")  # without a pip of its own (ensurepip alone takes seconds): this pip installs
    python = str(tmp_path / "venv" / "bin" / "python")  # into it, run by its own interpreter (--python)
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_app("validate", "--json", cwd=elsewhere, python=python)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"errors": []' in result.stdout
    located = subprocess.run([python, "-c", "import app.paths; print(app.paths.activities_dir())"], cwd=elsewhere,
                             capture_output=True, text=True, check=True).stdout.strip()
    assert located.startswith(str(tmp_path / "venv")) and located.endswith("app/_content/activities")
