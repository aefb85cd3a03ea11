"""The program report's data: many classes from their bundles, each as its own report shows it, and pooled.

Real bundles written by real stores; the scratch database they are read into is gone afterwards.
"""

from __future__ import annotations

import json
import random
import tempfile
from datetime import date
from itertools import count
from pathlib import Path

import pytest

from app.demo.measures import shipped_curriculum
from app.measure.data import gather
from app.measure.program import POOLED, ProgramError, gather_program
from app.printing.program_figures import program_figures
from app.store import Store, open_store
from app.store.classes import create_class
from app.store.exchange import export_bundle, import_bundle
from app.store.forget import purge_class
from app.store.measure import consent_of, save_answers, set_consent, start_round
from app.store.students import add_students
from app.store.tx import transaction

CURRICULUM = shipped_curriculum()
QUESTIONNAIRE = CURRICULUM.instrument("program-questionnaire")
_dirs = count()


def _laptop(root: Path) -> Store:
    return open_store(root / f"laptop{next(_dirs)}")


def _class(store: Store, name: str, students: int, seed: int, *, lift: float = 0.5) -> tuple[str, list[str]]:
    """A class whose students answer the program questionnaire before and (a little higher) after."""
    assert QUESTIONNAIRE is not None
    class_id = create_class(store, name)
    ids = add_students(store, class_id, [(f"{name} pupil {n}", None, "#888888", "star") for n in range(students)])
    rng = random.Random(seed)
    pre = start_round(store, class_id, QUESTIONNAIRE.id, "pre")
    post = start_round(store, class_id, QUESTIONNAIRE.id, "post")
    for student in ids:
        level = rng.uniform(2, 4)
        for round_id, up in ((pre, 0.0), (post, lift)):
            save_answers(store, round_id, student, {item.id: max(1, min(5, round(level + up + rng.gauss(0, 0.6))))
                                                    for item in QUESTIONNAIRE.items}, "paper")
    return class_id, ids


def _bundle(store: Store, root: Path, name: str) -> Path:
    return export_bundle(store, root / f"{name}.eabundle")[0]


def test_each_class_as_its_own_report_shows_it_and_all_together(tmp_path: Path) -> None:
    first, second = _laptop(tmp_path), _laptop(tmp_path)
    a, a_students = _class(first, "7A", 14, 1)
    b, _ = _class(second, "8B", 11, 2)
    set_consent(first, a_students[0], counted=False, research=False)
    bundles = [_bundle(first, tmp_path, "school-a"), _bundle(second, tmp_path, "school-b")]
    report = gather_program(bundles, CURRICULUM)
    assert [(c.report.class_name, c.source) for c in report.classes] == [("7A", "school-a.eabundle"),
                                                                       ("8B", "school-b.eabundle")]
    alone = gather(first, CURRICULUM, a, "7A")
    in_program = report.classes[0].report.results[0]
    assert [s.change.change_mean for s in in_program.subscales] == [s.change.change_mean for s in
                                                                    alone.results[0].subscales]
    assert in_program.counted == 13  # the student who may not be counted is not, in the program either
    (pooled,) = report.pooled
    assert pooled.counted == 13 + 11 and report.pooled_classes == {QUESTIONNAIRE.id: 2}
    assert pooled.caveats[0] == POOLED  # "one class" is not what a pooled result says
    assert all(s.change.n == 24 and s.change.dz_ci is not None for s in pooled.subscales)
    assert not any(Path(tempfile.gettempdir()).glob("ea-program-*"))  # the scratch folder is gone
    assert consent_of(first, a)  # and the laptops' own data untouched
    assert [c.report.class_id for c in report.classes] == [a, b]


def test_a_class_from_two_laptops_counts_once_and_a_deleted_class_not_at_all(tmp_path: Path) -> None:
    office = _laptop(tmp_path)
    class_id, students = _class(office, "9C", 12, 3)
    gone, _ = _class(office, "9D", 10, 4)
    start = _bundle(office, tmp_path, "start")
    home = _laptop(tmp_path)
    import_bundle(home, start, backup=False)
    with transaction(office.conn):
        purge_class(office, gone)
    later = _bundle(office, tmp_path, "office-later")
    report = gather_program([start, _bundle(home, tmp_path, "home"), later], CURRICULUM)
    assert [(c.report.class_id, c.report.class_name) for c in report.classes] == [(class_id, "9C")]
    assert report.pooled[0].counted == len(students)


def test_two_classes_of_the_same_name_are_told_apart_by_their_bundle(tmp_path: Path) -> None:
    first, second = _laptop(tmp_path), _laptop(tmp_path)
    _class(first, "Year 7", 10, 5)
    _class(second, "Year 7", 10, 6)
    report = gather_program([_bundle(first, tmp_path, "north"), _bundle(second, tmp_path, "south")], CURRICULUM)
    figures = program_figures(report, date(2026, 12, 3))
    assert [c["name"] for c in figures["classes"]] == ["Year 7 (north.eabundle)", "Year 7 (south.eabundle)"]


def test_an_unreadable_bundle_stops_the_report_unless_it_is_skipped_and_then_it_is_listed(tmp_path: Path) -> None:
    store = _laptop(tmp_path)
    _class(store, "6F", 10, 7)
    good = _bundle(store, tmp_path, "good")
    bad = tmp_path / "cut.eabundle"
    bad.write_bytes(good.read_bytes()[:300])
    unreadable = r"(?s)1 of the 2 bundles could not be read.*cut\.eabundle.*--skip-unreadable"
    with pytest.raises(ProgramError, match=unreadable):
        gather_program([good, bad], CURRICULUM)
    report = gather_program([good, bad], CURRICULUM, skip_unreadable=True)
    assert report.files == ("good.eabundle",) and [name for name, _ in report.left_out] == ["cut.eabundle"]
    with pytest.raises(ProgramError, match="No class bundles"):
        gather_program([], CURRICULUM)


def test_no_student_name_is_in_the_program_figures(tmp_path: Path) -> None:
    first, second = _laptop(tmp_path), _laptop(tmp_path)
    _class(first, "7A", 12, 8)
    _class(second, "7B", 12, 9)
    report = gather_program([_bundle(first, tmp_path, "a"), _bundle(second, tmp_path, "b")], CURRICULUM)
    text = json.dumps(program_figures(report, date(2026, 12, 3)), ensure_ascii=False)
    assert "pupil" not in text
    assert "7A" in text and "7B" in text
