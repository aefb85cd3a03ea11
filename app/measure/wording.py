"""The Results page's numbers in words: table cells, chart descriptions a screen reader can say, the dose.

Pure (no Qt, no SQLite) so the words can be tested on their own and reused by anything else that reports a
class. Minus signs are the real one (−), which screen readers say as "minus" rather than "dash"; a missing
figure is a dash with a reason nearby, never a 0 that was not measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.measure.stats import PairedResult

MISSING = "—"
FEWEST_DOTS = 5  # with fewer students than this, one dot is one recognisable student: the averages only
DETAIL_HEADERS = (
    ("Part", "The part of the questionnaire (its subscale)."),
    ("n", "Students counted who answered both times: the change is worked out over them."),
    ("Before: mean (SD)", "The class average before, and how spread out the answers were (standard deviation)."),
    ("After: mean (SD)", "The class average after, and how spread out the answers were (standard deviation)."),
    ("Change [95% CI]", "The average change per student, with the range we are fairly confident the true change "
                        "lies in (95% confidence interval)."),
    ("d_z [95% CI]", "The change measured against how much students differ in their change (effect size d_z): "
                     "about 0.2 is small, 0.5 medium, 0.8 large. The interval is a bootstrap one."),
    ("Wilcoxon p", "How surprising a change this size would be if nothing had changed (signed-rank test). "
                   "Small means surprising; it says nothing about what caused it."),
    ("Alpha before / after", "How well the subscale's questions agree with each other in this class (Cronbach's "
                             "alpha): below about 0.6, read the subscale with care."),
)


def number(x: float | None, decimals: int = 2) -> str:
    if x is None:
        return MISSING
    text = f"{x:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", "−")


def signed(x: float | None, decimals: int = 2) -> str:
    """A change with its sign always shown (+0.48, −0.10, 0.00), so a fall never reads as a rise."""
    text = number(x, decimals)
    return text if text == MISSING or text.startswith("−") or float(text) == 0 else f"+{text}"


def interval(ci: tuple[float, float] | None, decimals: int = 2, *, sign: bool = True) -> str:
    if ci is None:
        return MISSING
    fmt = signed if sign else number
    return f"[{fmt(ci[0], decimals)}, {fmt(ci[1], decimals)}]"


def p_value(p: float | None) -> str:
    if p is None:
        return MISSING
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def detail_row(title: str, change: PairedResult, alpha_pre: float | None, alpha_post: float | None) -> tuple[str, ...]:
    """One row of the Details table, in the order of DETAIL_HEADERS."""
    def mean_sd(mean: float | None, sd: float | None) -> str:
        return MISSING if mean is None else f"{number(mean)} ({number(sd)})"

    return (title, str(change.n), mean_sd(change.pre_mean, change.pre_sd),
            mean_sd(change.post_mean, change.post_sd), f"{signed(change.change_mean)} {interval(change.change_ci)}",
            f"{signed(change.dz)} {interval(change.dz_ci)}", p_value(change.wilcoxon_p),
            f"{number(alpha_pre)} / {number(alpha_post)}")


def kind_text(validated: bool) -> str:
    return "validated scale" if validated else "the program's own questions (not validated)"


def students(n: int) -> str:
    return "1 student" if n == 1 else f"{n} students"


def answered_text(counted: int, before: int, after: int) -> str:
    return f"{students(counted)} counted: {before} answered before, {after} after."


def dose_text(sessions: int, minutes: int, activities: int) -> str:
    """'2 sessions, 110 planned minutes, 8 activities': how much of the program the class has had."""
    def plural(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    return (f"{plural(sessions, 'session', 'sessions')}, {plural(minutes, 'planned minute', 'planned minutes')}, "
            f"{plural(activities, 'activity', 'activities')}")


def short_date(iso_day: str) -> str:
    """'2026-11-19' → '19 Nov' (no platform-specific strftime flags); an unreadable date is shown as it is."""
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return iso_day
    return f"{day.day} {day:%b}"


def long_date(iso_day: str) -> str:
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return iso_day
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Scale:
    low: int
    high: int
    low_label: str
    high_label: str

    def words(self) -> str:
        return f"the {self.low}–{self.high} answer scale, from {self.low} ({self.low_label}) to {self.high} " \
               f"({self.high_label})"


def paired_words(title: str, pairs: Sequence[tuple[float, float]], only_before: int, only_after: int,
                 change: PairedResult, scale: Scale, *, dots: bool = True) -> str:
    """What the paired-dots chart shows, with no student named: how many went up or down, and the averages.

    Without dots (fewer than FEWEST_DOTS students) it says only what the chart shows: the averages.
    """
    up = sum(1 for a, b in pairs if b > a)
    down = sum(1 for a, b in pairs if b < a)
    same = len(pairs) - up - down
    if not dots:
        head = (f"{title}: the class average before and after, on {scale.words()}. With fewer than {FEWEST_DOTS} "
                "students the chart leaves out each student's dot, so nobody's answers can be picked out.")
        tail = (f" The class average was {number(change.pre_mean)} before and {number(change.post_mean)} after, "
                f"over {students(len(pairs))} who answered both times.") if pairs else ""
        return head + tail
    parts = [f"{title}: each dot is one student, before on the left and after on the right, on {scale.words()}."]
    if not pairs:
        parts.append("No student answered both times.")
    else:
        parts.append(f"{students(len(pairs))} answered both times: {up} went up, {down} went down, "
                     f"{same} stayed the same.")
        parts.append(f"The class average was {number(change.pre_mean)} before and {number(change.post_mean)} after.")
    if only_before:
        parts.append(f"{students(only_before)} answered only before.")
    if only_after:
        parts.append(f"{students(only_after)} answered only after.")
    return " ".join(parts)


@dataclass(frozen=True)
class ChangeRow:
    title: str
    change: PairedResult


def change_row_words(row: ChangeRow) -> str:
    c = row.change
    if c.n == 0 or c.change_mean is None:
        return f"{row.title}: no student answered both times."
    if c.descriptive_only or c.change_ci is None:
        return f"{row.title}: average change {signed(c.change_mean)} over {students(c.n)}, too few to say more."
    lo, hi = c.change_ci
    tail = "; this range includes no change" if lo <= 0 <= hi else ""
    return (f"{row.title}: average change {signed(c.change_mean)}, fairly confidently between {signed(lo)} and "
            f"{signed(hi)}{tail}.")


def change_words(rows: Sequence[ChangeRow], scale: Scale) -> str:
    head = (f"Change from before to after, in points on the {scale.low}–{scale.high} scale, with the range we are "
            "fairly confident the true change lies in (95% interval).")
    return " ".join([head, *(change_row_words(r) for r in rows)])


def togetherness_words(points: Sequence[tuple[str, int]]) -> str:
    if not points:
        return "How together the class played: no rhythm run with a score yet."
    said = ", ".join(f"{score} on {long_date(day)}" for day, score in points)
    return f"How together the class played in the rhythm game, the best run of each session, from 0 to 100: {said}."


def attendance_words(rows: Sequence[tuple[str, int]], sessions: int) -> str:
    if not rows:
        return "Attendance: no students in this class yet."
    every = sum(1 for _, n in rows if n >= sessions)
    said = ", ".join(f"{name} {n}" for name, n in rows)
    return (f"Sessions each student was present for, out of {sessions}: {students(every)} came to every session. "
            f"{said}.")
