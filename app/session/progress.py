"""How far a class has got through the program, and which session comes next (pure: no Qt, no SQLite).

A session counts as completed when its last core step was reached: a class that ran Session 1 twice has
done one session, and a session ended at step 5 of 19 is not done, however often it was started. Steps are
slides as the runner shows them (`app.session.flow.build_slides`), numbered from 1 as the console numbers
them ("Step 5 of 19"), welcome and end included.

The program's sequence is its numbered session plans (kind "session"); advisory periods and plans without a
number (built by a facilitator) are run when chosen, never suggested. A facilitator's copy of Session 3
counts as Session 3.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.curriculum import Curriculum
from app.i18n import translate
from app.session.flow import Slide, build_slides

if TYPE_CHECKING:
    from app.store.sessions import SessionFigures


class HasPart(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def part(self) -> str: ...


class NumberedPlan(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def number(self) -> int | None: ...


def last_core_index(slides: Sequence[HasPart]) -> int:
    """The slide a session must reach to count as completed: the last core step, or (a plan without a core
    part) the last slide before the end slide. -1 for no slides at all."""
    core = [i for i, s in enumerate(slides) if s.part == "core"]
    if core:
        return core[-1]
    before_end = [i for i, s in enumerate(slides) if s.kind != "end"]
    return before_end[-1] if before_end else len(slides) - 1


def completed(furthest: int, slides: Sequence[HasPart]) -> bool:
    """Whether a session that reached slide index `furthest` did its last core step."""
    return furthest >= last_core_index(slides)


@dataclass(frozen=True)
class Past:
    """One session of the class as the rule sees it, oldest first in a history."""

    plan_id: str | None
    furthest: int | None      # None: recorded without the runner (imported, typed in): counted as completed
    slide_count: int | None   # slides of the plan when it ran; None: not known
    running: bool = False     # not ended yet (running now, or a crash nobody resumed)

    def step(self, slides: Sequence[HasPart] | None) -> tuple[int, int] | None:
        """(step reached, of steps), numbered as the console shows them; None when not known."""
        total = self.slide_count or (len(slides) if slides else None)
        if self.furthest is None or not total:
            return None
        return min(self.furthest + 1, total), total

    def done(self, slides: Sequence[HasPart] | None) -> bool:
        """Completed by the rule. A plan edited since (its slide count changed) or gone from the program is
        judged on the count it had: the last step before the end slide."""
        if self.furthest is None:
            return True
        if slides and (self.slide_count is None or self.slide_count == len(slides)):
            return completed(self.furthest, slides)
        if self.slide_count:
            return self.furthest >= self.slide_count - 2
        return False


def progress_label(past: Past, slides: Sequence[HasPart] | None) -> str:
    """'completed', 'ended at step 5 of 19', 'running now, at step 5 of 19', or '' when not known."""
    if past.furthest is None:
        return ""
    step = past.step(slides)
    if past.running:
        if step:
            return translate("session_progress", "not ended yet, at step {step} of {total}").format(
                step=step[0], total=step[1])
        return translate("session_progress", "not ended yet, at an unknown step")
    if past.done(slides):
        return translate("session_progress", "completed")
    if step:
        return translate("session_progress", "ended at step {step} of {total}").format(step=step[0], total=step[1])
    return translate("session_progress", "ended at an unknown step")


class SessionRecord(Protocol):
    """What the store's SessionSummary gives (app.store.sessions), without importing the store here."""

    @property
    def plan_id(self) -> str | None: ...

    @property
    def furthest(self) -> int | None: ...

    @property
    def slide_count(self) -> int | None: ...

    @property
    def status(self) -> str | None: ...


def past(record: SessionRecord) -> Past:
    return Past(record.plan_id, record.furthest, record.slide_count, record.status == "running")


def history(newest_first: Iterable[SessionRecord]) -> list[Past]:
    """The class's sessions, oldest first, from the store's list (which is newest first)."""
    return [past(r) for r in reversed(list(newest_first))]


def plan_slides(curriculum: Curriculum) -> Callable[[str], tuple[Slide, ...] | None]:
    """A plan's slides by its id (built once each), None for a plan no longer in the program."""
    built: dict[str, tuple[Slide, ...] | None] = {}

    def slides_of(plan_id: str) -> tuple[Slide, ...] | None:
        if plan_id not in built:
            plan = curriculum.plan(plan_id)
            built[plan_id] = build_slides(plan, curriculum) if plan else None
        return built[plan_id]

    return slides_of


@dataclass(frozen=True)
class Suggestion:
    plan_id: str | None      # None: nothing to suggest (the program is complete, or it has no sessions)
    reason: str
    completed_numbers: frozenset[int] = frozenset()


def sequence(plans: Iterable[NumberedPlan]) -> list[NumberedPlan]:
    """The program's sessions in program order: numbered plans of kind "session", by number (stable, so the
    program's own plan comes before a copy with the same number when the program lists it first)."""
    return sorted((p for p in plans if p.kind == "session" and p.number is not None), key=lambda p: p.number or 0)


def numbers_text(numbers: Iterable[int]) -> str:
    """1, 2, 3, 5 → '1–3 and 5'; 1, 2 → '1 and 2'."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [part for r in runs for part in ([f"{r[0]}–{r[-1]}"] if len(r) > 2 else map(str, r))]
    if len(parts) == 1:
        return parts[0]
    # Translators: a list of session numbers: "1, 2 and 5" ({first} is "1, 2", {last} is "5").
    return translate("session_progress", "{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def suggest(plans: Iterable[NumberedPlan], history: Sequence[Past],
            slides_of: Callable[[str], Sequence[HasPart] | None]) -> Suggestion:
    """The first session of the program this class has not completed, and why it is the one.

    `history` is the class's sessions, oldest first; `slides_of(plan_id)` gives a plan's slides (None when the
    plan is no longer in the program). A session ended early is suggested again, naming where it ended.
    """
    ordered = sequence(plans)
    if not ordered:
        return Suggestion(None, translate("session_progress", "This program has no numbered sessions: pick a plan."))
    number_of = {p.id: p.number for p in ordered}
    done: set[int] = set()
    early: dict[int, tuple[Past, str]] = {}   # number → its latest unfinished or early-ended run, and its plan
    for past in history:
        number = number_of.get(past.plan_id or "")
        if number is None:
            continue
        if past.done(slides_of(past.plan_id or "")):
            done.add(number)
        else:
            early[number] = (past, past.plan_id or "")
    pending = [p for p in ordered if p.number not in done]
    if not pending:
        return Suggestion(None, translate("session_progress", "All {count} sessions of the program are completed. "
                                                              "Pick any plan to run it again.").format(
            count=len({p.number for p in ordered})), frozenset(done))
    number = pending[0].number or 0
    if number in early:
        past, plan_id = early[number]
        step = past.step(slides_of(plan_id))
        if past.running and step:
            reason = translate("session_progress", "Session {number} stopped at step {step} of {total}: run it "
                                                   "again, or pick another.")
        elif past.running:
            reason = translate("session_progress", "Session {number} stopped at an early step: run it again, or "
                                                   "pick another.")
        elif step:
            reason = translate("session_progress", "Session {number} ended at step {step} of {total}: run it again, "
                                                   "or pick another.")
        else:
            reason = translate("session_progress", "Session {number} ended at an early step: run it again, or pick "
                                                   "another.")
        return Suggestion(plan_id, reason.format(number=number, step=step[0] if step else "",
                                                 total=step[1] if step else ""), frozenset(done))
    if not done:
        return Suggestion(pending[0].id, translate("session_progress", "Session {number} is the first of the "
                                                                       "program.").format(number=number),
                          frozenset(done))
    if len(done) == 1:
        reason = translate("session_progress", "Session {number} is next: Session {done} is completed.")
    else:
        # Translators: {done} lists session numbers: "1–3 and 5".
        reason = translate("session_progress", "Session {number} is next: Sessions {done} are completed.")
    return Suggestion(pending[0].id, reason.format(number=number, done=numbers_text(done)), frozenset(done))


def summary_rows(figures: SessionFigures, slides: Sequence[HasPart] | None,
                 running: bool = False) -> list[tuple[str, str]]:
    """The end-of-session summary as (what, how many) rows: counts only, never a name or a word written."""
    past = Past(None, figures.furthest, figures.slide_count, running)
    step = past.step(slides)
    if step is None:
        steps = translate("session_progress", "not known")
    elif past.done(slides):
        steps = translate("session_progress", "{step} of {total} · completed").format(step=step[0], total=step[1])
    else:
        steps = translate("session_progress", "{step} of {total} · ended before the last core step").format(
            step=step[0], total=step[1])
    minutes = (translate("session_progress", "not known") if figures.minutes is None
               else translate("session_progress", "{minutes} min").format(minutes=figures.minutes))
    turns = (translate("session_progress", "{turns} ({passes} passed)").format(turns=figures.turns,
                                                                               passes=figures.passes)
             if figures.passes else str(figures.turns))
    cards = (translate("session_progress", "{cards} ({returned} returned)").format(cards=figures.cards,
                                                                                   returned=figures.cards_returned)
             if figures.cards_returned else str(figures.cards))
    if figures.rhythm_runs == 0:
        rhythm = translate("session_progress", "no run")
    elif figures.best_togetherness is None:
        rhythm = translate("session_progress", "%n run(s), no score", None, figures.rhythm_runs)
    elif figures.rhythm_runs > 1:
        rhythm = translate("session_progress", "together {score}/100 (best run)").format(
            score=figures.best_togetherness)
    else:
        rhythm = translate("session_progress", "together {score}/100").format(score=figures.best_togetherness)
    return [(translate("session_progress", "Steps"), steps), (translate("session_progress", "Time"), minutes),
            (translate("session_progress", "Turns taken"), turns),
            (translate("session_progress", "Groups made"), str(figures.groupings)),
            (translate("session_progress", "Cards drawn"), cards), (translate("session_progress", "Rhythm"), rhythm),
            (translate("session_progress", "Journal entries"), str(figures.journal_entries)),
            (translate("session_progress", "Present"), translate("session_progress", "{present} of {students}").format(
                present=figures.present, students=figures.students))]
