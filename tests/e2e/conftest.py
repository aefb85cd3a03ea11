"""Fixtures of the end-to-end tests: a data folder made by the real `demo` command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.helpers import run_app


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo class made once per run by the real `demo` command, as a facilitator would make it.
    Never handed to a test: each test gets its own copy (demo_dir)."""
    data = tmp_path_factory.mktemp("demo-template") / "data"
    made = run_app("--data-dir", str(data), "demo")
    assert made.returncode == 0, made.stderr
    return data


@pytest.fixture
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A data folder holding the demo class ("Demo class 8B"): a fresh copy of the folder `demo` made, so
    every test changes only its own."""
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    return data
