"""The Results page's numbers in words: table cells, chart descriptions a screen reader can say, the dose.

Pure (no Qt, no SQLite) so the words can be tested on their own and reused by anything else that reports a
class. Minus signs are the real one (−), which screen readers say as "minus" rather than "dash"; a missing
figure is a dash with a reason nearby, never a 0 that was not measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.measure.stats import PairedResult

MISSING = "—"
FEWEST_DOTS = 5  # with fewer students than this, one dot is one recognisable student: the averages only
DETAIL_HEADERS = (   # (header, its tooltip), marked for the catalogue: shown through detail_headers()
    (QT_TRANSLATE_NOOP("measure.wording", "Part"),
     QT_TRANSLATE_NOOP("measure.wording", "The part of the questionnaire (its subscale).")),
    (QT_TRANSLATE_NOOP("measure.wording", "n"),
     QT_TRANSLATE_NOOP("measure.wording", "Students counted who answered both times: the change is worked out "
                       "over them.")),
    (QT_TRANSLATE_NOOP("measure.wording", "Before: mean (SD)"),
     QT_TRANSLATE_NOOP("measure.wording", "The class average before, and how spread out the answers were "
                       "(standard deviation).")),
    (QT_TRANSLATE_NOOP("measure.wording", "After: mean (SD)"),
     QT_TRANSLATE_NOOP("measure.wording", "The class average after, and how spread out the answers were "
                       "(standard deviation).")),
    (QT_TRANSLATE_NOOP("measure.wording", "Change [95% CI]"),
     QT_TRANSLATE_NOOP("measure.wording", "The average change per student, with the range we are fairly confident "
                       "the true change lies in (95% confidence interval).")),
    (QT_TRANSLATE_NOOP("measure.wording", "d_z [95% CI]"),
     QT_TRANSLATE_NOOP("measure.wording", "The change measured against how much students differ in their change "
                       "(effect size d_z): about 0.2 is small, 0.5 medium, 0.8 large. The interval is a bootstrap "
                       "one.")),
    (QT_TRANSLATE_NOOP("measure.wording", "Wilcoxon p"),
     QT_TRANSLATE_NOOP("measure.wording", "How surprising a change this size would be if nothing had changed "
                       "(signed-rank test). Small means surprising; it says nothing about what caused it.")),
    (QT_TRANSLATE_NOOP("measure.wording", "Alpha before / after"),
     QT_TRANSLATE_NOOP("measure.wording", "How well the subscale's questions agree with each other in this class "
                       "(Cronbach's alpha): below about 0.6, read the subscale with care.")),
)
# Month names for dates in words, whatever the machine's locale (no strftime, no Qt here): the language in use's
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


def detail_headers() -> tuple[tuple[str, str], ...]:
    """DETAIL_HEADERS in the language in use: (header, what it means)."""
    return tuple((translate("measure.wording", head), translate("measure.wording", tip))
                 for head, tip in DETAIL_HEADERS)


def date_words(day: date, *, short: bool = False) -> str:
    """'27 November 2026' ('27 de noviembre de 2026' in Spanish); short: '27 Nov' ('27 nov')."""
    code = i18n.language()
    months = (SHORT_MONTHS if short else MONTHS).get(code, (SHORT_MONTHS if short else MONTHS)["en"])
    month = months[day.month - 1]
    if code == "es":
        return f"{day.day} {month}" if short else f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month}" if short else f"{day.day} {month} {day.year}"


def number(x: float | None, decimals: int = 2) -> str:
    if x is None:
        return MISSING
    text = i18n.decimal(abs(x) if round(x, decimals) == 0 else x, decimals)   # the language's decimal mark
    return text.replace("-", "−")


def signed(x: float | None, decimals: int = 2) -> str:
    """A change with its sign always shown (+0.48, −0.10, 0.00), so a fall never reads as a rise."""
    text = number(x, decimals)
    return text if text == MISSING or text.startswith("−") or round(x or 0.0, decimals) == 0 else f"+{text}"


def interval(ci: tuple[float, float] | None, decimals: int = 2, *, sign: bool = True) -> str:
    if ci is None:
        return MISSING
    fmt = signed if sign else number
    return i18n.interval(fmt(ci[0], decimals), fmt(ci[1], decimals))   # '[0,20; 0,50]' in Spanish


def p_value(p: float | None) -> str:
    if p is None:
        return MISSING
    return "< " + i18n.decimal(0.001, 3) if p < 0.001 else i18n.decimal(p, 3)


def detail_row(title: str, change: PairedResult, alpha_pre: float | None, alpha_post: float | None) -> tuple[str, ...]:
    """One row of the Details table, in the order of DETAIL_HEADERS."""
    def mean_sd(mean: float | None, sd: float | None) -> str:
        return MISSING if mean is None else f"{number(mean)} ({number(sd)})"

    return (title, str(change.n), mean_sd(change.pre_mean, change.pre_sd),
            mean_sd(change.post_mean, change.post_sd), f"{signed(change.change_mean)} {interval(change.change_ci)}",
            f"{signed(change.dz)} {interval(change.dz_ci)}", p_value(change.wilcoxon_p),
            f"{number(alpha_pre)} / {number(alpha_post)}")


def kind_text(validated: bool, translated: bool = False) -> str:
    return (translate("measure.wording", "validated scale") if validated
            else translate("measure.wording", "a translation of a published scale (not validated in this language)")
            if translated else translate("measure.wording", "the program's own questions (not validated)"))


def students(n: int) -> str:
    return translate("measure.wording", "%n student(s)", None, n)


def answered_text(counted: int, before: int, after: int) -> str:
    return translate("measure.wording", "%n student(s) counted: {before} answered before, {after} after.",
                     None, counted).format(before=before, after=after)


def dose_text(sessions: int, minutes: int, activities: int) -> str:
    """'2 sessions, 110 planned minutes, 8 activities': how much of the program the class has had."""
    done = (translate("measure.wording", "%n activity", None, activities) if activities == 1
            else translate("measure.wording", "%n activities", None, activities))
    return (f"{translate('measure.wording', '%n session(s)', None, sessions)}, "
            f"{translate('measure.wording', '%n planned minute(s)', None, minutes)}, {done}")


def short_date(iso_day: str) -> str:
    """'2026-11-19' → '19 Nov' (no platform-specific strftime flags); an unreadable date is shown as it is."""
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return iso_day
    return date_words(day, short=True)


def long_date(iso_day: str) -> str:
    try:
        day = date.fromisoformat(iso_day[:10])
    except ValueError:
        return iso_day
    return date_words(day)


@dataclass(frozen=True)
class Scale:
    low: int
    high: int
    low_label: str
    high_label: str

    def figures(self) -> dict[str, object]:
        """The scale's ends, as a sentence's placeholders name them."""
        return {"low": self.low, "high": self.high, "low_label": self.low_label, "high_label": self.high_label}


def paired_words(title: str, pairs: Sequence[tuple[float, float]], only_before: int, only_after: int,
                 change: PairedResult, scale: Scale, *, dots: bool = True) -> str:
    """What the paired-dots chart shows, with no student named: how many went up or down, and the averages.

    Without dots (fewer than FEWEST_DOTS students) it says only what the chart shows: the averages.
    """
    up = sum(1 for a, b in pairs if b > a)
    down = sum(1 for a, b in pairs if b < a)
    same = len(pairs) - up - down
    before, after = number(change.pre_mean), number(change.post_mean)
    if not dots:
        parts = [translate("measure.wording", "{title}: the class average before and after, on the {low}–{high} "
                           "answer scale, from {low} ({low_label}) to {high} ({high_label}). With fewer than {fewest} "
                           "students the chart leaves out each student's dot, so nobody's answers can be picked out."
                           ).format(title=title, fewest=FEWEST_DOTS, **scale.figures())]
        if pairs:
            parts.append(translate("measure.wording", "The class average was {before} before and {after} after, over "
                                   "%n student(s) who answered both times.", None, len(pairs)).format(
                                       before=before, after=after))
        return " ".join(parts)
    parts = [translate("measure.wording", "{title}: each dot is one student, before on the left and after on the "
                       "right, on the {low}–{high} answer scale, from {low} ({low_label}) to {high} ({high_label})."
                       ).format(title=title, **scale.figures())]
    if not pairs:
        parts.append(translate("measure.wording", "No student answered both times."))
    else:
        parts.append(translate("measure.wording", "%n student(s) answered both times: {up} went up, {down} went "
                               "down, {same} stayed the same.", None, len(pairs)).format(up=up, down=down, same=same))
        parts.append(translate("measure.wording", "The class average was {before} before and {after} after.").format(
            before=before, after=after))
    if only_before:
        parts.append(translate("measure.wording", "%n student(s) answered only before.", None, only_before))
    if only_after:
        parts.append(translate("measure.wording", "%n student(s) answered only after.", None, only_after))
    return " ".join(parts)


@dataclass(frozen=True)
class ChangeRow:
    title: str
    change: PairedResult


def change_row_words(row: ChangeRow) -> str:
    c = row.change
    if c.n == 0 or c.change_mean is None:
        return translate("measure.wording", "{title}: no student answered both times.").format(title=row.title)
    if c.descriptive_only or c.change_ci is None:
        return translate("measure.wording", "{title}: average change {change} over %n student(s), too few to say "
                         "more.", None, c.n).format(title=row.title, change=signed(c.change_mean))
    lo, hi = c.change_ci
    if lo <= 0 <= hi:
        words = translate("measure.wording", "{title}: average change {change}, fairly confidently between {low} and "
                          "{high}; this range includes no change.")
    else:
        words = translate("measure.wording", "{title}: average change {change}, fairly confidently between {low} and "
                          "{high}.")
    return words.format(title=row.title, change=signed(c.change_mean), low=signed(lo), high=signed(hi))


def change_words(rows: Sequence[ChangeRow], scale: Scale) -> str:
    head = translate("measure.wording", "Change from before to after, in points on the {low}–{high} scale, with the "
                     "range we are fairly confident the true change lies in (95% interval).").format(
                         low=scale.low, high=scale.high)
    return " ".join([head, *(change_row_words(r) for r in rows)])


def togetherness_words(points: Sequence[tuple[str, int]]) -> str:
    if not points:
        return translate("measure.wording", "How together the class played: no rhythm run with a score yet.")
    # Translators: one session's togetherness score (0 to 100) and its date, in a list
    said = ", ".join(translate("measure.wording", "{score} on {date}").format(score=score, date=long_date(day))
                     for day, score in points)
    return translate("measure.wording", "How together the class played in the rhythm game, the best run of each "
                     "session, from 0 to 100: {runs}.").format(runs=said)


def attendance_words(rows: Sequence[tuple[str, int]], sessions: int) -> str:
    if not rows:
        return translate("measure.wording", "Attendance: no students in this class yet.")
    every = sum(1 for _, n in rows if n >= sessions)
    said = ", ".join(f"{name} {n}" for name, n in rows)
    # Translators: {students} lists each student's name and the sessions they came to: "Ana 2, Ben 1"
    return translate("measure.wording", "Sessions each student was present for, out of {sessions}: %n student(s) "
                     "came to every session. {students}.", None, every).format(sessions=sessions, students=said)
