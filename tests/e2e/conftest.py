"""Fixtures of the end-to-end tests: a data folder made by the real `demo` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import run_app


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A data folder holding the demo class ("Demo class 8B"), made as a facilitator would make it."""
    data = tmp_path / "data"
    assert run_app("--data-dir", str(data), "demo").returncode == 0
    return data
