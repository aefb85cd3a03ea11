"""How far a class has got through the program, and which session comes next (pure: no Qt, no SQLite).

A session counts as completed when its last core step was reached: a class that ran Session 1 twice has
done one session, and a session ended at step 5 of 19 is not done, however often it was started. Steps are
slides as the runner shows them (`app.session_flow.build_slides`), numbered from 1 as the console numbers
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
from app.session_flow import Slide, build_slides

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
    where = f"step {step[0]} of {step[1]}" if step else "an unknown step"
    if past.running:
        return f"not ended yet, at {where}"
    return "completed" if past.done(slides) else f"ended at {where}"


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
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def suggest(plans: Iterable[NumberedPlan], history: Sequence[Past],
            slides_of: Callable[[str], Sequence[HasPart] | None]) -> Suggestion:
    """The first session of the program this class has not completed, and why it is the one.

    `history` is the class's sessions, oldest first; `slides_of(plan_id)` gives a plan's slides (None when the
    plan is no longer in the program). A session ended early is suggested again, naming where it ended.
    """
    ordered = sequence(plans)
    if not ordered:
        return Suggestion(None, "This program has no numbered sessions: pick a plan.")
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
        return Suggestion(None, f"All {len({p.number for p in ordered})} sessions of the program are completed. "
                                "Pick any plan to run it again.", frozenset(done))
    number = pending[0].number or 0
    if number in early:
        past, plan_id = early[number]
        step = past.step(slides_of(plan_id))
        where = f"step {step[0]} of {step[1]}" if step else "an early step"
        verb = "stopped" if past.running else "ended"
        return Suggestion(plan_id, f"Session {number} {verb} at {where}: run it again, or pick another.",
                          frozenset(done))
    if not done:
        return Suggestion(pending[0].id, f"Session {number} is the first of the program.", frozenset(done))
    so_far = f"Session {numbers_text(done)} is" if len(done) == 1 else f"Sessions {numbers_text(done)} are"
    return Suggestion(pending[0].id, f"Session {number} is next: {so_far} completed.", frozenset(done))


def summary_rows(figures: SessionFigures, slides: Sequence[HasPart] | None,
                 running: bool = False) -> list[tuple[str, str]]:
    """The end-of-session summary as (what, how many) rows: counts only, never a name or a word written."""
    past = Past(None, figures.furthest, figures.slide_count, running)
    step = past.step(slides)
    if step is None:
        steps = "not known"
    else:
        steps = f"{step[0]} of {step[1]} · " + ("completed" if past.done(slides) else "ended before the last "
                                                "core step")
    minutes = "not known" if figures.minutes is None else f"{figures.minutes} min"
    turns = f"{figures.turns}" + (f" ({figures.passes} passed)" if figures.passes else "")
    cards = f"{figures.cards}" + (f" ({figures.cards_returned} returned)" if figures.cards_returned else "")
    if figures.rhythm_runs == 0:
        rhythm = "no run"
    elif figures.best_togetherness is None:
        rhythm = f"{figures.rhythm_runs} run{'s' if figures.rhythm_runs != 1 else ''}, no score"
    else:
        rhythm = f"together {figures.best_togetherness}/100" + (" (best run)" if figures.rhythm_runs > 1 else "")
    return [("Steps", steps), ("Time", minutes), ("Turns taken", turns), ("Groups made", str(figures.groupings)),
            ("Cards drawn", cards), ("Rhythm", rhythm), ("Journal entries", str(figures.journal_entries)),
            ("Present", f"{figures.present} of {figures.students}")]
