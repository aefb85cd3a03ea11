"""The curriculum (activities/ TOML) as validated, frozen data. Pure Python: no Qt, no SQLite."""

from app.curriculum.loader import load_curriculum
from app.curriculum.model import Activity, BrokenItem, Curriculum, Phase, Prompt
from app.curriculum.problems import Problem

__all__ = ["Activity", "BrokenItem", "Curriculum", "Phase", "Problem", "Prompt", "load_curriculum"]
