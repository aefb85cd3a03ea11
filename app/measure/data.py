"""Everything a class's Results page and report show, gathered from the store in one place.

The statistics stay pure in `app.measure`; this module only reads: the questionnaire rounds and answers of
students who may be counted, the program's dose (sessions held, planned minutes, activities, each student's
attendance), rhythm togetherness per session, and story-wall quotes (class-shared entries only).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.curriculum import Curriculum
from app.curriculum.model import Instrument
from app.measure.results import Answers, ClassResults, class_results
from app.store.db import Store
from app.store.journal_review import shared_entries
from app.store.measure import answers_of, consent_of, rounds_of
from app.store.rhythm import runs_for_class
from app.store.runner import attendance
from app.store.sessions import sessions_of
from app.store.students import students_in


@dataclass(frozen=True)
class Dose:
    sessions: int
    minutes: int                               # the planned minutes of the sessions held
    activities: int                            # activities in those sessions' plans
    attendance: tuple[tuple[str, int], ...]    # (student name, sessions present), by name
    togetherness: tuple[tuple[str, int], ...]  # (session date, the session's best rhythm togetherness), by date


@dataclass(frozen=True)
class Quote:
    entry_id: str
    text: str
    name: str


@dataclass(frozen=True)
class ClassReport:
    class_id: str
    class_name: str
    results: tuple[ClassResults, ...]  # one per student questionnaire with a pre or a post round
    demo: bool                         # some of the answers are the demo's made-up ones
    dose: Dose
    quotes: tuple[Quote, ...]


def gather(store: Store, curriculum: Curriculum, class_id: str, class_name: str,
           quote_ids: tuple[str, ...] = (), *, resamples: int = 2000) -> ClassReport:
    """`resamples=0` for a caller that shows no d_z interval (the program report's classes): much faster."""
    counted = counted_students(store, class_id)
    results, demo = [], False
    for instrument in student_instruments(curriculum):
        found = class_answers(store, class_id, instrument.id)
        if found is None:
            continue
        pre, post, is_demo = found
        demo = demo or is_demo
        results.append(class_results(instrument, pre, post, counted, demo=is_demo, resamples=resamples))
    return ClassReport(class_id, class_name, tuple(results), demo, dose(store, curriculum, class_id),
                       quotes(store, class_id, quote_ids))


def student_instruments(curriculum: Curriculum) -> list[Instrument]:
    """The questionnaires students answer (the facilitator's observation is not a pre/post measure)."""
    return [i for i in curriculum.instruments if i.respondent == "student"]


def counted_students(store: Store, class_id: str) -> set[str]:
    """The students whose answers may be counted in results (consent on by default)."""
    return {student for student, c in consent_of(store, class_id).items() if c.counted}


def class_answers(store: Store, class_id: str, instrument_id: str) -> tuple[Answers, Answers, bool] | None:
    """The class's pre and post answers to one questionnaire, and whether they are the demo's; None: never given."""
    mine = [r for r in rounds_of(store, class_id) if r.instrument_id == instrument_id]
    pre = next((r for r in mine if r.round == "pre"), None)
    post = next((r for r in mine if r.round == "post"), None)
    if pre is None and post is None:
        return None
    return (answers_of(store, pre.id) if pre else {}, answers_of(store, post.id) if post else {},
            any(r.demo for r in mine))


def dose(store: Store, curriculum: Curriculum, class_id: str) -> Dose:
    sessions = sessions_of(store, class_id)
    minutes = activities = 0
    present: dict[str, int] = {}
    for session in sessions:
        plan = curriculum.plan(session.plan_id) if session.plan_id else None
        if plan is not None:
            minutes += sum(i.minutes for i in plan.items if not i.is_questionnaire)  # program time, not forms
            activities += sum(1 for item in plan.items if item.activity)
        for student, here in attendance(store, session.id).items():
            present[student] = present.get(student, 0) + int(here)
    names = tuple(sorted(((s.display_name, present.get(s.id, 0)) for s in students_in(store, class_id)),
                         key=lambda pair: pair[0].lower()))
    held = {s.id: s.held_on for s in sessions}
    best: dict[str, int] = {}
    for run in runs_for_class(store, class_id):
        if run.togetherness is None:
            continue
        day = held.get(run.session_id or "", run.started_at[:10])
        best[day] = max(best.get(day, 0), run.togetherness)
    return Dose(len(sessions), minutes, activities, names, tuple(sorted(best.items())))


def quotes(store: Store, class_id: str, entry_ids: tuple[str, ...]) -> tuple[Quote, ...]:
    """The chosen story-wall entries (at most three), only if they are still shared with the class."""
    wall = {e.id: e for e in shared_entries(store, class_id, class_only=True)}
    return tuple(Quote(i, wall[i].body, wall[i].student_name) for i in entry_ids[:3] if i in wall)
