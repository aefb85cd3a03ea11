"""Questionnaire rounds, answers and consent travel in class bundles: a class's answers typed in on two laptops
meet in one round, a deleted session leaves its answers in place, and the export meant for others carries no
answers of a student who may not be counted."""

from __future__ import annotations

import hashlib
import json
import zipfile
from itertools import count
from pathlib import Path

import pytest

from app.store import Store, open_store
from app.store.bundle_file import BundleError
from app.store.classes import create_class
from app.store.exchange import export_bundle, import_bundle, plan_import
from app.store.forget import erase_session, purge_class
from app.store.ids import iso
from app.store.measure import FACILITATOR, answers_of, consent_of, rounds_of, save_answers, set_consent, start_round
from app.store.sessions import add_session
from app.store.students import add_student
from app.store.tx import transaction

CLASS = "c0000000-0000-4000-8000-000000000000"
ANA, BEN, CAI = (f"s{i}000000-0000-4000-8000-000000000000" for i in range(3))
_dirs = count()


def _laptop(root: Path, bundle: Path | None = None) -> Store:
    store = open_store(root / f"laptop{next(_dirs)}")
    if bundle is not None:
        import_bundle(store, bundle, backup=False)
    return store


def _start(root: Path) -> Path:
    """One class of three, exported: what both laptops begin with."""
    store = _laptop(root)
    create_class(store, "8A", class_id=CLASS)
    with transaction(store.conn):
        for student, name in zip((ANA, BEN, CAI), ("Ana", "Ben", "Cai"), strict=True):
            add_student(store, CLASS, name, student_id=student)
    path = export_bundle(store, root / "start.eabundle")[0]
    store.close()
    return path


def test_answers_typed_on_two_laptops_meet_in_one_round(tmp_path: Path) -> None:
    start = _start(tmp_path)
    office, home = _laptop(tmp_path, start), _laptop(tmp_path, start)
    save_answers(office, start_round(office, CLASS, "ames", "pre"), ANA, {"ames-01": 4, "ames-02": None}, "paper")
    save_answers(home, start_round(home, CLASS, "ames", "pre"), BEN, {"ames-01": 2}, "device")
    set_consent(home, CAI, counted=False, research=False)
    import_bundle(office, export_bundle(home, tmp_path / "home.eabundle")[0], backup=False)
    import_bundle(home, export_bundle(office, tmp_path / "office.eabundle")[0], backup=False)
    for store in (office, home):
        rounds = rounds_of(store, CLASS)
        assert [(r.instrument_id, r.round) for r in rounds] == [("ames", "pre")]  # one round, not two
        assert answers_of(store, rounds[0].id) == {ANA: {"ames-01": 4, "ames-02": None}, BEN: {"ames-01": 2}}
        assert not consent_of(store, CLASS)[CAI].counted
    again = plan_import(office, tmp_path / "home.eabundle")
    assert again.without_deletions.writes == 0  # the same file twice changes nothing


def test_the_newer_answer_to_an_item_wins_on_both_laptops(tmp_path: Path) -> None:
    start = _start(tmp_path)
    office, home = _laptop(tmp_path, start), _laptop(tmp_path, start)
    save_answers(office, start_round(office, CLASS, "ames", "post"), ANA, {"ames-03": 1}, "paper")
    save_answers(home, start_round(home, CLASS, "ames", "post"), ANA, {"ames-03": 5}, "paper")  # typed later
    import_bundle(office, export_bundle(home, tmp_path / "home.eabundle")[0], backup=False)
    import_bundle(home, export_bundle(office, tmp_path / "office.eabundle")[0], backup=False)
    for store in (office, home):
        assert answers_of(store, rounds_of(store, CLASS)[0].id) == {ANA: {"ames-03": 5}}


def test_the_export_for_others_leaves_out_answers_of_students_who_may_not_be_counted(tmp_path: Path) -> None:
    store = _laptop(tmp_path, _start(tmp_path))
    pre = start_round(store, CLASS, "program-questionnaire", "pre")
    save_answers(store, pre, ANA, {"belonging-01": 3}, "paper")
    save_answers(store, pre, BEN, {"belonging-01": 4}, "paper")
    set_consent(store, BEN, counted=False, research=False)
    shared = export_bundle(store, tmp_path / "shared.eabundle", shared_only=True)[0]
    with zipfile.ZipFile(shared) as archive:
        tables = json.loads(archive.read("data.json"))["tables"]
    assert {row["student_id"] for row in tables["measure_answers"]} == {ANA}
    office = _laptop(tmp_path, shared)
    assert answers_of(office, pre) == {ANA: {"belonging-01": 3}}


def test_a_session_deleted_on_the_other_laptop_keeps_its_observation(tmp_path: Path) -> None:
    store = _laptop(tmp_path, _start(tmp_path))
    session = add_session(store, CLASS, phase="self", held_on="2026-11-02")
    observed = start_round(store, CLASS, "facilitator-observation", "session", session_id=session)
    save_answers(store, observed, FACILITATOR, {"obs-kindness": 4}, "facilitator")
    office = _laptop(tmp_path, export_bundle(store, tmp_path / "with-session.eabundle")[0])
    with transaction(store.conn):
        erase_session(store, session, iso())
    later = export_bundle(store, tmp_path / "session-gone.eabundle")[0]
    report = import_bundle(office, later, apply_deletions=True, backup=False)
    assert report.deleted
    assert [(r.id, r.session_id) for r in rounds_of(office, CLASS)] == [(observed, None)]
    assert answers_of(office, observed) == {FACILITATOR: {"obs-kindness": 4}}
    fresh = _laptop(tmp_path, later)  # a laptop that never had the session gets the round without it
    assert [(r.id, r.session_id) for r in rounds_of(fresh, CLASS)] == [(observed, None)]


def test_a_deleted_class_takes_its_rounds_and_answers_along(tmp_path: Path) -> None:
    store = _laptop(tmp_path, _start(tmp_path))
    pre = start_round(store, CLASS, "ames", "pre")
    save_answers(store, pre, ANA, {"ames-01": 4}, "paper")
    office = _laptop(tmp_path, export_bundle(store, tmp_path / "with-answers.eabundle")[0])
    assert answers_of(office, pre)
    with transaction(store.conn):
        purge_class(store, CLASS)
    import_bundle(office, export_bundle(store, tmp_path / "class-gone.eabundle")[0], apply_deletions=True,
                  backup=False)
    assert rounds_of(office, CLASS) == [] and answers_of(office, pre) == {}


@pytest.mark.parametrize(("table", "column", "value"), [
    ("measure_answers", "value", "often"), ("measure_answers", "value", 7.5), ("measure_answers", "source", "web"),
    ("measure_rounds", "round", "middle"), ("measure_consent", "research", 2)])
def test_a_bundle_with_answers_that_are_not_answers_is_refused_whole(tmp_path: Path, table: str, column: str,
                                                                     value: object) -> None:
    store = _laptop(tmp_path, _start(tmp_path))
    save_answers(store, start_round(store, CLASS, "ames", "pre"), ANA, {"ames-01": 4}, "paper")
    set_consent(store, ANA, counted=True, research=True)
    good = export_bundle(store, tmp_path / "good.eabundle")[0]
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        body = json.loads(archive.read("data.json"))
    body["tables"][table][0][column] = value
    data = json.dumps(body).encode()
    manifest["sha256"] = hashlib.sha256(data).hexdigest()
    bad = tmp_path / "bad.eabundle"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data)
    office = _laptop(tmp_path)
    with pytest.raises(BundleError, match=f"'{table}'"):
        import_bundle(office, bad, backup=False)
    assert office.conn.execute("SELECT COUNT(*) FROM classes").fetchone()[0] == 0
