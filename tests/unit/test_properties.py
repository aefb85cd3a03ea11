"""Property tests: the loader never crashes on any file, and backup rotation keeps what it promises."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.curriculum import load_curriculum
from app.curriculum.problems import Locator
from app.store.backup import KEEP_DAYS, KEEP_MONTHS, KEEP_WEEKS, to_keep

toml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 500) | st.text(max_size=120),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["id", "title", "minutes", "projector", "step", "x", "short_minutes", "min", "max"]), inner, max_size=4),
    max_leaves=12,
)
activity_keys = st.sampled_from(["id", "title", "phase", "methods", "summary", "duration", "group_size", "space",
                                 "materials", "goals", "prompts", "debrief", "wellbeing", "opt_out", "adaptations",
                                 "step", "deck", "rhythm", "surprise"])


def _dump(value: object) -> str:
    """A tiny TOML writer for generated data (values TOML cannot hold are skipped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_dump(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_dump(v)}" for k, v in value.items() if v is not None) + " }"
    return '""'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(activity_keys, toml_values, max_size=19), raw=st.text(max_size=200))
def test_any_activity_file_is_loaded_or_reported_never_raises(curriculum_dir: Path, fields: dict, raw: str) -> None:
    text = "\n".join(f"{k} = {_dump(v)}" for k, v in fields.items() if v is not None)
    (curriculum_dir / "self" / "generated.toml").write_text(text, encoding="utf-8")
    (curriculum_dir / "other" / "raw.toml").write_text(raw, encoding="utf-8")
    curriculum = load_curriculum(curriculum_dir)
    ids = {a.id for a in curriculum.activities}
    assert {"self-test", "other-test"} <= ids  # the good files always load
    for item in curriculum.broken:
        assert item.problems, "a broken file always says why"
    for problem in curriculum.problems:
        assert problem.line is None or problem.line >= 1
        assert problem.message


@given(st.text(max_size=400))
def test_locator_never_raises_and_finds_lines_within_the_text(text: str) -> None:
    locator = Locator(text)
    for path in [("id",), ("step", 0, "minutes"), ("adaptations", "shy")]:
        line = locator.line_of(path)
        assert line is None or 1 <= line <= max(1, len(text.splitlines()))


@given(st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), st.integers(0, 9), min_size=1, max_size=6))
def test_locator_finds_each_top_level_key(values: dict[str, int]) -> None:
    text = "\n".join(f"{k} = {v}" for k, v in values.items())
    assert tomllib.loads(text) == values
    locator = Locator(text)
    for number, key in enumerate(values, start=1):
        assert locator.line_of((key,)) == number


moments = st.lists(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1),
                                timezones=st.just(UTC)), min_size=1, max_size=80)


@given(moments)
def test_rotation_keeps_newest_is_bounded_and_stable(backups: list[datetime]) -> None:
    keep = to_keep(backups)
    assert max(backups) in keep
    assert keep <= set(backups)
    assert len(keep) <= KEEP_DAYS + KEEP_WEEKS + KEEP_MONTHS
    assert to_keep(keep) == keep  # rotating again deletes nothing more


@given(moments)
def test_rotation_keeps_one_backup_for_each_recent_day(backups: list[datetime]) -> None:
    keep = to_keep(backups)
    recent_days = sorted({b.date() for b in backups}, reverse=True)[:KEEP_DAYS]
    for day in recent_days:
        assert max(b for b in backups if b.date() == day) in keep


def test_rotation_of_a_year_of_daily_use() -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    keep = to_keep(start + timedelta(days=n) for n in range(365))
    assert len(keep) <= 17
    assert min(keep) < start + timedelta(days=365 - 150)  # months of history survive
