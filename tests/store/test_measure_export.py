"""The research export: only students with research consent, under codes; never a name, whatever the names."""

from __future__ import annotations

import csv
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.curriculum import Curriculum, load_curriculum
from app.measure.export import export_research
from app.paths import activities_dir
from app.store.classes import create_class
from app.store.db import open_store
from app.store.measure import save_answers, set_consent, start_round
from app.store.students import add_students, students_in


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(activities_dir())


def make_class(data: Path, names: list[str], curriculum: Curriculum, research: set[int]) -> tuple:
    store = open_store(data)
    class_id = create_class(store, "Research class")
    add_students(store, class_id, [(name, None, "#336699", "star") for name in names])
    students = students_in(store, class_id)
    ames = curriculum.instrument("ames")
    for round_name in ("pre", "post"):
        round_id = start_round(store, class_id, "ames", round_name)
        for n, student in enumerate(students):
            save_answers(store, round_id, student.id, {i.id: (n + k) % 5 + 1 for k, i in enumerate(ames.items)},
                         "paper")
    for n, student in enumerate(students):
        set_consent(store, student.id, counted=True, research=n in research)
    return store, class_id, students


def everything(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


def test_only_consenting_students_under_codes(tmp_path: Path, curriculum: Curriculum) -> None:
    store, class_id, students = make_class(tmp_path / "data", ["Amara", "Bo", "Dani"], curriculum, {0, 2})
    done = export_research(store, curriculum, class_id, "Research class", tmp_path / "out")
    assert (done.students, done.left_out) == (2, 1)
    with open(tmp_path / "out" / "answers.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 * 2 * 12 and {r["code"] for r in rows} <= {
        c for c in (store.conn.execute("SELECT research_code FROM measure_consent WHERE research = 1"))
        for c in c}
    text = everything(tmp_path / "out")
    for student in students:
        assert student.display_name not in text and student.id not in text
    assert "NOT a validated" not in text and "doi:10.1016/j.paid.2014.09.040" in text


def test_nobody_with_research_consent_writes_nothing(tmp_path: Path, curriculum: Curriculum) -> None:
    store, class_id, _ = make_class(tmp_path / "data", ["Amara", "Bo"], curriculum, set())
    done = export_research(store, curriculum, class_id, "Research class", tmp_path / "out")
    assert done.students == 0 and not (tmp_path / "out").exists()


names = st.text(alphabet=string.ascii_letters + "ÀÉÎõüßçñ -'", min_size=4, max_size=16).map(str.strip).filter(
    lambda n: len(n) >= 4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.lists(names, min_size=2, max_size=6, unique_by=str.lower))
def test_no_name_ever_appears_in_a_research_export(tmp_path_factory: pytest.TempPathFactory,
                                                    curriculum: Curriculum, chosen: list[str]) -> None:
    base = tmp_path_factory.mktemp("names")
    store, class_id, _ = make_class(base / "plain", [f"Student{n}" for n in range(len(chosen))], curriculum,
                                    set(range(len(chosen))))
    export_research(store, curriculum, class_id, "Research class", base / "plain-out")
    fixed = everything(base / "plain-out").lower()
    assume(all(name.lower() not in fixed for name in chosen))  # a 'name' like "item" is in any codebook
    store, class_id, _ = make_class(base / "named", chosen, curriculum, set(range(len(chosen))))
    export_research(store, curriculum, class_id, "Research class", base / "named-out")
    text = everything(base / "named-out").lower()
    for name in chosen:
        assert name.lower() not in text
