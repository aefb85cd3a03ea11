"""Made-up questionnaire answers for the demo class, so the Results page, the class report and the
certificates show something on first start. Every round is flagged `demo` and says so wherever it is shown.

The answers are invented with a fixed seed (the same on every laptop): a plausible class whose sympathy and
cognitive empathy rise a little from pre to post, with some skipped items and one student absent at post.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import lru_cache

from app.curriculum import Curriculum
from app.store.db import Store
from app.store.measure import rounds_of, save_answers, start_round
from app.store.students import students_in
from app.store.tx import transaction

SEED = 8
RISE = {"affective-empathy": 0.1, "cognitive-empathy": 0.4, "sympathy": 0.5}  # made up, on a 1–5 scale
ABSENT_AT_POST = "Kalani"


def shipped_curriculum() -> Curriculum:
    """The bundled questionnaires in the language in use (read once per language and process: the demo is made
    in many tests, and a cache that ignored the language would answer in whichever language asked first)."""
    from app.i18n import language

    return _shipped(language())


@lru_cache(maxsize=2)
def _shipped(language: str) -> Curriculum:
    from app.curriculum import load_curriculum
    from app.paths import activities_dir

    return load_curriculum(activities_dir(), language=language)


def add_demo_measures(store: Store, curriculum: Curriculum, class_id: str, today: date | None = None) -> bool:
    """Pre and post AMES answers for every student of the demo class (only once); whether any were added."""
    ames = curriculum.instrument("ames")
    if ames is None or any(r.demo for r in rounds_of(store, class_id)):
        return False
    today = today or date.today()
    rng = random.Random(SEED)
    students = students_in(store, class_id)
    by_item = {item: sub.id for sub in ames.subscales for item in sub.items}
    low, high = min(ames.values), max(ames.values)
    with transaction(store):
        pre = start_round(store, class_id, "ames", "pre", held_on=today - timedelta(days=42), demo=True)
        post = start_round(store, class_id, "ames", "post", held_on=today - timedelta(days=1), demo=True)
        for student in students:
            level = {sub.id: rng.uniform(2.4, 4.2) for sub in ames.subscales}
            for round_id, lift in ((pre, 0.0), (post, 1.0)):
                if round_id == post and student.display_name == ABSENT_AT_POST:
                    continue
                answers: dict[str, int | None] = {}
                for item in ames.items:
                    if rng.random() < 0.04:
                        answers[item.id] = None  # a skipped item, as real classes have
                        continue
                    mean = level[by_item[item.id]] + lift * (RISE[by_item[item.id]] + rng.gauss(0, 0.35))
                    answers[item.id] = max(low, min(high, round(mean + rng.gauss(0, 0.6))))
                save_answers(store, round_id, student.id, answers, "demo")
    return True
