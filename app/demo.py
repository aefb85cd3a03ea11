"""The demo class: a newcomer's first start shows a living app, not an empty one.

Ids are stable (uuid5), so running `demo` twice, or merging two laptops that both have the
demo class, never duplicates it.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.store import Store
from app.store.classes import class_exists, create_class
from app.store.ids import stable_id
from app.store.sessions import add_session, set_attendance
from app.store.settings import get_setting, set_setting
from app.store.students import add_student
from app.store.tx import transaction

DEMO_CLASS_NAME = "Demo class 8B"
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
    (14, "s01-who-am-i", "Good energy in the name circle. Bo and Kalani led the beat.", ("Jonah",)),
    (7, "s01-who-am-i", "Quieter group today; the journal time worked well.", ("Dani", "Mateo")),
)


def create_demo(store: Store, today: date | None = None) -> bool:
    """Add the demo class if this data folder never had it; returns whether anything was added."""
    if class_exists(store, DEMO_CLASS_ID, include_deleted=True):
        return False
    today = today or date.today()
    with transaction(store.conn):
        create_class(store, DEMO_CLASS_NAME, class_id=DEMO_CLASS_ID)
        ids = {name: add_student(store, DEMO_CLASS_ID, name, avatar_colour=colour, avatar_icon=icon,
                                 student_id=stable_id(f"demo-student-{name}"))
               for name, colour, icon in DEMO_STUDENTS}
        for number, (days_ago, plan, notes, absent) in enumerate(DEMO_SESSIONS, start=1):
            session = add_session(store, DEMO_CLASS_ID, phase="self", plan_id=plan, notes=notes,
                                  held_on=(today - timedelta(days=days_ago)).isoformat(),
                                  session_id=stable_id(f"demo-session-{number}"))
            for name, student in ids.items():
                set_attendance(store, session, student, present=name not in absent)
    return True


FIRST_START_KEY = "first_start_done"


def first_start(store: Store) -> bool:
    """On the very first start of a data folder, add the demo class; later starts do nothing
    (so a facilitator who deletes the demo class never sees it come back)."""
    if get_setting(store, FIRST_START_KEY):
        return False
    with transaction(store.conn):
        added = create_demo(store)
        set_setting(store, FIRST_START_KEY, "1")
    return added
