"""The curriculum (activities/ TOML) as validated, frozen data. Pure Python: no Qt, no SQLite.

`load_curriculum` is imported on first use: a start that finds the curriculum in the cache never
loads the TOML parser.
"""

from typing import Any

from app.curriculum.model import Activity, BrokenItem, Curriculum, Phase, Prompt
from app.curriculum.problems import Problem

__all__ = ["Activity", "BrokenItem", "Curriculum", "Phase", "Problem", "Prompt", "load_curriculum"]


def __getattr__(name: str) -> Any:
    if name == "load_curriculum":
        from app.curriculum.loader import load_curriculum

        return load_curriculum
    raise AttributeError(name)
