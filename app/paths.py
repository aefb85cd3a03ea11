"""Where the app's read-only content and the user's data live.

The same code runs from a checkout, from an installed wheel (content copied into the
package as `_content/`) and from a PyInstaller bundle (content beside the executable),
so nothing else in the app may guess paths on its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "EMPATHY_AMBASSADORS_DATA"


def content_root() -> Path:
    """The folder that holds `activities/` and `assets/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root)
    package = Path(__file__).resolve().parent
    checkout = package.parent
    if (checkout / "activities").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return package / "_content"


def activities_dir() -> Path:
    return content_root() / "activities"


def assets_dir() -> Path:
    return content_root() / "assets"


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless the environment names another one."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("EmpathyAmbassadors", appauthor=False)
