"""The demo class: a newcomer's first start shows a living app, not an empty one.

Ids are stable (uuid5), so running `demo` twice, or merging two laptops that both have the
demo class, never duplicates it.
"""

from __future__ import annotations

import json
import logging
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store import Store
from app.store.classes import class_exists, create_class
from app.store.ids import iso, stable_id
from app.store.sessions import add_session, set_attendance
from app.store.settings import get_setting, set_setting
from app.store.students import add_student
from app.store.tx import transaction

if TYPE_CHECKING:
    from app.curriculum.model import Rhythm

log = logging.getLogger(__name__)
DEMO_CLASS_NAME = QT_TRANSLATE_NOOP("demo", "Demo class 8B")   # named in the language of the first start
DEMO_CLASS_ID = stable_id("demo-class")

# Made-up first names from many backgrounds, with an avatar colour and icon each.
DEMO_STUDENTS = (
    ("Amara", "#E4572E", "sun"), ("Bo", "#17BEBB", "wave"), ("Dani", "#FFC914", "star"),
    ("Eliska", "#76B041", "leaf"), ("Farid", "#2E86AB", "moon"), ("Grace", "#A23B72", "heart"),
    ("Hiro", "#F18F01", "drum"), ("Imani", "#3B1F2B", "music"), ("Jonah", "#6A4C93", "rocket"),
    ("Kalani", "#1982C4", "fish"), ("Luz", "#8AC926", "flower"), ("Mateo", "#FF595E", "bolt"),
)

# (days before today, plan, notes, names absent)
DEMO_SESSIONS = (
    (14, "s01-who-am-i", QT_TRANSLATE_NOOP("demo", "Good energy in the name circle. Bo and Kalani led the beat."),
     ("Jonah",)),
    (7, "s01-who-am-i", QT_TRANSLATE_NOOP("demo", "Quieter group today; the journal time worked well."),
     ("Dani", "Mateo")),
)

# Past drum circles, one per demo session: (session number, pattern, tempo, players, spread of each hit (ms),
# how far a player's habit pulls them early or late (ms), chance of missing a beat). The second run is
# tighter than the first, so the class page shows a class growing together.
DEMO_RUNS = (
    (1, "steady-pulse", 90, ("Bo", "Kalani", "Amara", "Farid"), 48.0, 30.0, 0.12),
    (2, "call-and-response", None, ("Bo", "Kalani", "Grace", "Hiro"), 20.0, 10.0, 0.04),
)
DEMO_KEYS = ("a", "l", "s", "k")


def _shipped_rhythm(pattern_id: str) -> Rhythm | None:
    """One shipped pattern, read on its own: the first start should not parse the whole curriculum."""
    import tomllib

    from app.curriculum.fields import Reader, Source
    from app.curriculum.parse_rhythm import parse_rhythm
    from app.curriculum.problems import Locator
    from app.paths import activities_dir

    file = activities_dir() / "rhythms" / f"{pattern_id}.toml"
    try:
        text = file.read_text(encoding="utf-8")
        source = Source(file, Locator(text))
        rhythm = parse_rhythm(Reader(tomllib.loads(text), source))
    except (OSError, tomllib.TOMLDecodeError) as error:
        log.warning("demo rhythm run left out: %s", error)
        return None
    return None if source.problems else rhythm


def _add_demo_run(store: Store, number: int, day: date, session_id: str, students: dict[str, str]) -> None:
    """A past run scored by the real code from synthetic hits (seeded, so every laptop gets the same run)."""
    from app.rhythm.protocol import Exercise, Player
    from app.rhythm.session import RhythmSession
    from app.store.rhythm import add_hits, finish_run, start_run

    _, pattern, tempo, names, spread, habit, miss = DEMO_RUNS[number - 1]
    rhythm = _shipped_rhythm(pattern)
    if rhythm is None:
        return
    players = tuple(Player(name, key, students[name]) for name, key in zip(names, DEMO_KEYS, strict=True))
    exercise = Exercise(pattern, players, tempo=tempo)
    session = RhythmSession(exercise, rhythm)
    rng = random.Random(number)
    timed = []
    for player, expected in enumerate(session.expected):
        lean = rng.uniform(-habit, habit)
        timed += [(t + lean + rng.gauss(0, spread), player) for t, _, _ in expected if rng.random() >= miss]
    hits = [session.hit(player, t) for t, player in sorted(timed)]
    started = datetime.combine(day, time(9, 20 + 5 * number)).astimezone()
    ended = started + timedelta(milliseconds=session.end_ms + 5_000)
    settings = {**json.loads(exercise.to_json()), "title": rhythm.title}
    run = start_run(store, DEMO_CLASS_ID, session_id, pattern, settings,
                    run_id=stable_id(f"demo-rhythm-run-{number}"), started_at=iso(started))
    add_hits(store, run, hits, {p.name: p.student_id for p in players})
    finish_run(store, run, session.summary(completed=True), "finished", ended_at=iso(ended))


def _add_demo_journal(store: Store, days_ago: dict[int, int], today: date, students: dict[str, str]) -> None:
    """The sample entries, written a few minutes apart at the end of each session; two already read and noted."""
    from app.demo.journal import DEMO_ENTRIES
    from app.store.journal import add_written_entries
    from app.store.journal_review import set_review

    rows = []
    for index, (name, number, prompt, visibility, body) in enumerate(DEMO_ENTRIES):
        written = datetime.combine(today - timedelta(days=days_ago[number]), time(9, 45 + index % 12)).astimezone()
        rows.append({"id": stable_id(f"demo-entry-{index}"), "student_id": students[name],
                     "session_id": stable_id(f"demo-session-{number}"), "prompt_id": prompt, "body": body,
                     "visibility": visibility, "created_at": iso(written), "updated_at": iso(written)})
    add_written_entries(store, rows)
    shared = [row for row in rows if row["visibility"] == "facilitator"][:2]
    notes = (translate("demo", "Follow up gently next week."),
             translate("demo", "Lovely detail — ask if they would read it to the class."))
    for row, note in zip(shared, notes, strict=True):
        set_review(store, row["id"], read_at=row["updated_at"], note=note)


def create_demo(store: Store, today: date | None = None) -> bool:
    """Add the demo class if this data folder never had it; returns whether anything was added."""
    if class_exists(store, DEMO_CLASS_ID, include_deleted=True):
        return False
    today = today or date.today()
    with transaction(store):
        create_class(store, translate("demo", DEMO_CLASS_NAME), class_id=DEMO_CLASS_ID)
        ids = {name: add_student(store, DEMO_CLASS_ID, name, avatar_colour=colour, avatar_icon=icon,
                                 student_id=stable_id(f"demo-student-{name}"))
               for name, colour, icon in DEMO_STUDENTS}
        for number, (days_ago, plan, notes, absent) in enumerate(DEMO_SESSIONS, start=1):
            session = add_session(store, DEMO_CLASS_ID, phase="self", plan_id=plan, notes=translate("demo", notes),
                                  held_on=(today - timedelta(days=days_ago)).isoformat(),
                                  session_id=stable_id(f"demo-session-{number}"))
            for name, student in ids.items():
                set_attendance(store, session, student, present=name not in absent)
            _add_demo_run(store, number, today - timedelta(days=days_ago), session, ids)
        _add_demo_journal(store, {n: s[0] for n, s in enumerate(DEMO_SESSIONS, start=1)}, today, ids)
        _add_demo_measures(store, today)
    return True


def _add_demo_measures(store: Store, today: date) -> None:
    from app.demo.measures import add_demo_measures, shipped_curriculum

    add_demo_measures(store, shipped_curriculum(), DEMO_CLASS_ID, today)


FIRST_START_KEY = "first_start_done"


def first_start(store: Store) -> bool:
    """On the very first start of a data folder, add the demo class; later starts do nothing
    (so a facilitator who deletes the demo class never sees it come back)."""
    if get_setting(store, FIRST_START_KEY):
        return False
    with transaction(store):
        added = create_demo(store)
        set_setting(store, FIRST_START_KEY, "1")
    return added
