"""The Results page's words: signs that never mislead, missing figures that never read as 0, plurals."""

from __future__ import annotations

from app.measure.stats import paired
from app.measure.wording import (
    FEWEST_DOTS,
    MISSING,
    ChangeRow,
    Scale,
    attendance_words,
    change_row_words,
    detail_row,
    dose_text,
    number,
    p_value,
    paired_words,
    short_date,
    signed,
    togetherness_words,
)

SCALE = Scale(1, 5, "never", "always")


def test_signs_are_always_shown_and_a_rounded_zero_has_none() -> None:
    assert signed(0.482) == "+0.48"
    assert signed(-0.1) == "−0.10"
    assert signed(-0.001) == "0.00" == number(-0.004)
    assert signed(None) == number(None) == MISSING


def test_p_values_and_detail_rows() -> None:
    assert p_value(0.0004) == "< 0.001"
    assert p_value(0.23242) == "0.232"
    change = paired({"a": 2.0, "b": 3.0, "c": 3.0}, {"a": 3.0, "b": 3.5, "c": 4.0})
    row = detail_row("Sympathy", change, None, 0.71)
    assert row[:2] == ("Sympathy", "3")
    assert row[4].startswith("+0.83 [") and row[-1] == f"{MISSING} / 0.71"


def test_dose_in_one_line_with_plurals() -> None:
    assert dose_text(2, 110, 8) == "2 sessions, 110 planned minutes, 8 activities"
    assert dose_text(1, 1, 1) == "1 session, 1 planned minute, 1 activity"


def test_chart_words_name_the_averages_and_the_interval() -> None:
    pre = {s: 3.0 for s in "abcdefghijk"}
    post = {s: 3.0 + (0.5 if i % 3 else -0.25) for i, s in enumerate("abcdefghijk")}
    change = paired(pre, post)
    pairs = [(pre[s], post[s]) for s in sorted(pre)]
    words = paired_words("Sympathy", pairs, 1, 0, change, SCALE)
    assert "11 students answered both times: 7 went up, 4 went down, 0 stayed the same" in words
    assert f"average was {number(change.pre_mean)} before and {number(change.post_mean)} after" in words
    assert "1 student answered only before" in words
    hidden = paired_words("Sympathy", pairs[:2], 0, 0, paired(dict(list(pre.items())[:2]), post), SCALE, dots=False)
    assert f"fewer than {FEWEST_DOTS} students" in hidden and "each dot is one student" not in hidden
    row = change_row_words(ChangeRow("Sympathy", change))
    assert row.startswith(f"Sympathy: average change {signed(change.change_mean)}, fairly confidently between")
    few = change_row_words(ChangeRow("Sympathy", paired({"a": 2.0}, {"a": 3.0})))
    assert "too few to say more" in few


def test_session_words() -> None:
    assert short_date("2026-11-19") == "19 Nov"
    assert togetherness_words([("2026-11-19", 61)]).endswith("61 on 19 November 2026.")
    assert "no rhythm run" in togetherness_words([])
    assert attendance_words([("Ana", 2), ("Ben", 1)], 2).startswith(
        "Sessions each student was present for, out of 2: 1 student came to every session.")
