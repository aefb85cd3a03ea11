"""What the Results page and the report read from the store: consenting students only, the dose, the quotes."""

from __future__ import annotations

from app.curriculum import load_curriculum
from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.measure.data import gather
from app.paths import activities_dir
from app.store.db import Store
from app.store.journal_review import shared_entries
from app.store.measure import set_consent
from app.store.students import students_in


def test_the_demo_class_report_data(store: Store) -> None:
    create_demo(store)
    curriculum = load_curriculum(activities_dir())
    report = gather(store, curriculum, DEMO_CLASS_ID, "Demo class 8B")
    assert report.demo and [r.instrument.id for r in report.results] == ["ames"]
    ames = report.results[0]
    assert ames.counted == 12 and all(s.change.n == 11 for s in ames.subscales)  # one student away at post
    assert report.dose.sessions == 2 and report.dose.minutes > 0 and len(report.dose.attendance) == 12
    assert [score for _day, score in report.dose.togetherness] == [61, 89]


def test_a_student_not_counted_is_left_out_and_quotes_are_class_shared_only(store: Store) -> None:
    create_demo(store)
    curriculum = load_curriculum(activities_dir())
    amara = students_in(store, DEMO_CLASS_ID)[0].id
    set_consent(store, amara, counted=False, research=False)
    report = gather(store, curriculum, DEMO_CLASS_ID, "Demo class 8B")
    assert all(amara not in s.pre and amara not in s.post for s in report.results[0].subscales)
    wall = [e.id for e in shared_entries(store, DEMO_CLASS_ID, class_only=True)]
    only_facilitator = [e.id for e in shared_entries(store, DEMO_CLASS_ID) if e.visibility == "facilitator"]
    chosen = gather(store, curriculum, DEMO_CLASS_ID, "Demo class 8B",
                    quote_ids=(only_facilitator[0], *wall[:4])).quotes
    assert [q.entry_id for q in chosen] == wall[:2]  # three at most, never an entry shared only with the facilitator
