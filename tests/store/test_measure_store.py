"""Questionnaire rounds, answers and consent in the real database: skipped stays different from unasked,
research codes are random and kept, and deleting a student, a session or a class takes their answers along."""

from __future__ import annotations

import re

from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.store.db import Store
from app.store.forget import erase_session, forget_student, purge_class
from app.store.ids import iso
from app.store.measure import FACILITATOR, answers_of, consent_of, rounds_of, save_answers, set_consent, start_round
from app.store.sessions import sessions_of
from app.store.students import students_in
from app.store.tx import transaction


def test_a_round_is_made_once_and_answers_keep_skips(store: Store) -> None:
    create_demo(store)
    amara, bo = (s.id for s in students_in(store, DEMO_CLASS_ID)[:2])
    pre = start_round(store, DEMO_CLASS_ID, "program-questionnaire", "pre")
    assert start_round(store, DEMO_CLASS_ID, "program-questionnaire", "pre") == pre  # the same round, not a second one
    post = start_round(store, DEMO_CLASS_ID, "program-questionnaire", "post")
    save_answers(store, pre, amara, {"ames-01": 4, "ames-02": None}, "paper")
    save_answers(store, pre, amara, {"ames-02": 5}, "paper")  # typed in later: replaces the skip
    save_answers(store, pre, bo, {"ames-01": 2}, "device")
    assert answers_of(store, pre) == {amara: {"ames-01": 4, "ames-02": 5}, bo: {"ames-01": 2}}
    assert answers_of(store, post) == {}
    save_answers(store, post, bo, {"ames-01": None}, "kiosk")
    assert answers_of(store, post) == {bo: {"ames-01": None}}  # skipped, not missing
    assert [(r.round, r.instrument_id) for r in rounds_of(store, DEMO_CLASS_ID)
            if not r.demo] == [("pre", "program-questionnaire"), ("post", "program-questionnaire")]


def test_consent_defaults_and_a_research_code_that_stays(store: Store) -> None:
    create_demo(store)
    amara = students_in(store, DEMO_CLASS_ID)[0].id
    consent = consent_of(store, DEMO_CLASS_ID)
    assert len(consent) == 12 and all(c.counted and not c.research and c.research_code is None
                                       for c in consent.values())
    set_consent(store, amara, counted=True, research=True)
    code = consent_of(store, DEMO_CLASS_ID)[amara].research_code
    assert code and re.fullmatch(r"R-[A-Z0-9]{6}", code) and "Amara".upper() not in code
    set_consent(store, amara, counted=False, research=False)
    set_consent(store, amara, counted=True, research=True)
    assert consent_of(store, DEMO_CLASS_ID)[amara].research_code == code  # exports stay linkable


def test_deleting_a_student_session_or_class_takes_their_answers(store: Store) -> None:
    create_demo(store)
    amara, bo = (s.id for s in students_in(store, DEMO_CLASS_ID)[:2])
    session = sessions_of(store, DEMO_CLASS_ID)[0].id
    pre = start_round(store, DEMO_CLASS_ID, "program-questionnaire", "pre", session_id=session)
    observation = start_round(store, DEMO_CLASS_ID, "facilitator-observation", "session", session_id=session)
    save_answers(store, pre, amara, {"ames-01": 4}, "paper")
    save_answers(store, pre, bo, {"ames-01": 3}, "paper")
    save_answers(store, observation, FACILITATOR, {"participation": 4}, "facilitator")
    set_consent(store, amara, counted=True, research=True)
    forget_student(store, amara)
    assert list(answers_of(store, pre)) == [bo]
    assert amara not in consent_of(store, DEMO_CLASS_ID)
    with transaction(store.conn):
        erase_session(store, session, iso())
    assert answers_of(store, pre) == {bo: {"ames-01": 3}}  # the round outlives its session
    purge_class(store, DEMO_CLASS_ID)
    assert store.conn.execute("SELECT COUNT(*) FROM measure_answers").fetchone()[0] == 0  # the demo's too
    assert store.conn.execute("SELECT COUNT(*) FROM measure_rounds").fetchone()[0] == 0


def test_the_demo_class_has_pre_and_post_answers_marked_as_demo(store: Store) -> None:
    create_demo(store)
    rounds = rounds_of(store, DEMO_CLASS_ID)
    assert [(r.round, r.instrument_id, r.demo) for r in rounds] == [("pre", "ames", True), ("post", "ames", True)]
    pre, post = (answers_of(store, r.id) for r in rounds)
    assert len(pre) == 12 and len(post) == 11  # one student was away for the post round
    assert any(v is None for answers in pre.values() for v in answers.values())  # some skipped items
    assert all(v is None or 1 <= v <= 5 for answers in (*pre.values(), *post.values()) for v in answers.values())
