"""Questionnaire answers from a spreadsheet: every row previewed with its reason, then written in one go against a
real database; the parser's properties (hypothesis) and a seeded fuzz of damaged files (nothing half-written)."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.curriculum.model import Instrument
from app.demo.measures import shipped_curriculum
from app.files.spreadsheet import DAMAGED_UTF16, MAX_FILE_BYTES, NOT_TEXT
from app.measure.answers_import import MAX_ROWS, AnswerFileError, AnswerPlan, plan_file, read_answers
from app.measure.apply import apply_plan
from app.store import Store, StoreError
from app.store.backup import list_backups
from app.store.classes import create_class
from app.store.measure import answers_of, rounds_of, save_answers, start_round
from app.store.students import add_student

NAMES = ("Amara", "Bo", "Dani", "Eli Ng", "Farid")


@pytest.fixture
def ames() -> Instrument:
    found = shipped_curriculum().instrument("ames")
    assert found is not None
    return found


@pytest.fixture
def klass(store: Store) -> tuple[str, dict[str, str]]:
    """A small class made through the store: (class id, name -> student id)."""
    class_id = create_class(store, "8B")
    return class_id, {name: add_student(store, class_id, name) for name in NAMES}


def _file(folder: Path, text: str, name: str = "answers.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _plan(store: Store, klass, ames: Instrument, path: Path, round_name: str | None = "pre") -> AnswerPlan:
    return plan_file(store, path, ames, klass[0], "8B", round_name)


def _stored(store: Store, class_id: str, round_name: str = "pre") -> dict[str, dict[str, int | None]]:
    found = next((r for r in rounds_of(store, class_id) if r.instrument_id == "ames" and r.round == round_name), None)
    return answers_of(store, found.id) if found else {}


def test_words_numbers_and_skipped_items_previewed_then_imported(store, klass, ames, tmp_path) -> None:
    class_id, ids = klass
    path = _file(tmp_path, "Student,Q1,item 2,ames-03,4,Timestamp\n"
                           " amara ,never,Almost  Never,3,,2026-05-01\n"
                           "BO,5,4 · often,skipped,1,\n")
    plan = _plan(store, klass, ames, path)
    assert [(r.line, r.student_name, r.status) for r in plan.rows] == [
        (2, "Amara", "new: 4 answers"), (3, "Bo", "new: 4 answers")]
    assert plan.words(plan.rows[0]) == "1 never, 2 almost never, 3 sometimes, 4 skipped"
    assert plan.ignored_columns == ("Timestamp",) and plan.items == ("ames-01", "ames-02", "ames-03", "ames-04")
    assert _stored(store, class_id) == {}  # the preview wrote nothing, not even an empty round
    report = apply_plan(store, plan)
    assert _stored(store, class_id) == {
        ids["Amara"]: {"ames-01": 1, "ames-02": 2, "ames-03": 3, "ames-04": None},
        ids["Bo"]: {"ames-01": 5, "ames-02": 4, "ames-03": None, "ames-04": 1}}
    assert {r[0] for r in store.conn.execute("SELECT source FROM measure_answers")} == {"import"}
    assert (report.rows_imported, report.answers_written, report.answers_replaced, report.rows_refused) == (2, 8, 0, 0)
    assert report.backup is not None and report.backup in list_backups(store.data_dir)


def test_every_refused_row_says_why_and_the_others_are_imported(store, klass, ames, tmp_path) -> None:
    class_id, ids = klass
    path = _file(tmp_path, "Name;1;2;3;Colour;\n"
                           "Amra;1;1;1;red;\n"
                           "Bo;7;1;1;;\n"
                           "Dani;1;sometimes;perhaps;;\n"
                           "Eli  ng;;;;;\n"
                           "Farid;2;2;2;;extra\n"
                           "Farid;3;3;3;;\n"
                           ";1;1;1;;\n"
                           "Amara;4;4;4;;\n")
    plan = _plan(store, klass, ames, path)
    reasons = {r.line: r.problem for r in plan.refused}
    assert "no student called 'Amra' in 8B (closest: Amara)" in reasons[2]
    assert reasons[3] == "question 1 (ames-01): '7' is not on the scale (1–5)"
    assert "'perhaps' is neither a number of the scale (1–5) nor one of its words (never, almost never" in reasons[4]
    assert reasons[5] == "no answers in this row (every question is blank)"
    assert reasons[6] == "Farid is also on line 7 for pre: keep one row"
    assert reasons[7] == "Farid is also on line 6 for pre: keep one row"
    assert reasons[8] == "no name in the student column"
    assert [r.student_name for r in plan.importable] == ["Amara"]
    assert plan.ignored_columns == ("Colour", "column F (no heading)")  # each listed once
    assert plan.counts() == "8 row(s): 1 to import, 7 refused; 3 answer(s) to write"
    report = apply_plan(store, plan)
    assert _stored(store, class_id) == {ids["Amara"]: {"ames-01": 4, "ames-02": 4, "ames-03": 4}}
    assert report.rows_refused == 7


def test_overwrites_are_counted_and_the_same_file_twice_changes_nothing(store, klass, ames, tmp_path) -> None:
    class_id, ids = klass
    round_id = start_round(store, class_id, "ames", "pre")
    save_answers(store, round_id, ids["Amara"], {"ames-01": 1, "ames-02": 2, "ames-03": None}, "paper")
    path = _file(tmp_path, "student,1,2,3,4\nAmara,1,5,2,3\nBo,1,1,1,1\n")
    plan = _plan(store, klass, ames, path)
    assert [r.status for r in plan.rows] == ["replaces 2 answers, adds 1", "new: 4 answers"]
    report = apply_plan(store, plan)
    assert (report.answers_written, report.answers_replaced, report.rows_imported) == (7, 2, 2)
    sources = dict(store.conn.execute("SELECT item_id, source FROM measure_answers WHERE student_id = ?",
                                      [ids["Amara"]]).fetchall())
    assert sources == {"ames-01": "paper", "ames-02": "import", "ames-03": "import", "ames-04": "import"}
    before = store.conn.execute("SELECT * FROM measure_answers ORDER BY student_id, item_id").fetchall()
    backups = list_backups(store.data_dir)
    again = _plan(store, klass, ames, path)
    assert [r.status for r in again.rows] == ["already there: no change"] * 2
    second = apply_plan(store, again)
    assert (second.answers_written, second.rows_unchanged, second.backup) == (0, 2, None)
    assert second.summary().startswith("Nothing was changed")
    assert store.conn.execute("SELECT * FROM measure_answers ORDER BY student_id, item_id").fetchall() == before
    assert list_backups(store.data_dir) == backups
    assert apply_plan(store, plan).answers_written == 0  # an old preview is checked against the database again


def test_round_column_or_round_option(store, klass, ames, tmp_path) -> None:
    class_id, ids = klass
    path = _file(tmp_path, "student,round,1,2\nAmara,pre,1,2\nAmara,Post,3,4\nBo,after,5,5\nDani,,1,1\n"
                           "Eli Ng,later,1,1\n")
    from_column = _plan(store, klass, ames, path, round_name=None)
    assert [(r.round_name, r.problem) for r in from_column.rows] == [
        ("pre", None), ("post", None), ("post", None), (None, "no round in the round column (pre or post)"),
        (None, "the round 'later' is neither pre nor post")]
    with_option = _plan(store, klass, ames, path, round_name="pre")
    assert [r.problem for r in with_option.rows][:4] == [
        None, "this row is for the post round, and this import is for pre",
        "this row is for the post round, and this import is for pre", None]
    apply_plan(store, from_column)
    assert _stored(store, class_id, "pre") == {ids["Amara"]: {"ames-01": 1, "ames-02": 2}}
    assert _stored(store, class_id, "post") == {ids["Amara"]: {"ames-01": 3, "ames-02": 4},
                                                ids["Bo"]: {"ames-01": 5, "ames-02": 5}}
    no_column = _file(tmp_path, "student,1\nAmara,1\n", "plain.csv")
    with pytest.raises(AnswerFileError, match="no round column"):
        _plan(store, klass, ames, no_column, round_name=None)


def test_headings_delimiters_and_a_title_line(ames) -> None:
    students = [("a", "Amara"), ("b", "Bo")]
    text = ("AMES 8B, May\n"
            "\"Display name\"\t\"How often? [I can easily tell how others are feeling.]\"\tQuestion 12\tnr. 2\n"
            "Amara\tNEVER\t2\t5\n")
    plan = read_answers(text.encode("utf-16"), ames, students, round_name="post")
    [row] = plan.rows
    assert row.answers == (("ames-01", 1), ("ames-02", 5), ("ames-12", 2))
    assert plan.notes == ("line 1 is above the heading row and was not read: 'AMES 8B, May'",)
    with pytest.raises(AnswerFileError, match="are both question ames-01"):
        read_answers(b"student,1,ames-01\nAmara,1,1\n", ames, students, round_name="pre")
    with pytest.raises(AnswerFileError, match="no column for the questions of ames"):
        read_answers(b"student,colour\nAmara,red\n", ames, students, round_name="pre")
    with pytest.raises(AnswerFileError, match="no column for the students"):
        read_answers(b"surname,1\nNg,1\n", ames, students, round_name="pre")


def test_whole_file_limits_and_damage_are_refused_with_plain_words(store, klass, ames, tmp_path) -> None:
    many = "student,1\n" + "Amara,1\n" * (MAX_ROWS + 1)
    with pytest.raises(AnswerFileError, match=f"{MAX_ROWS + 1} rows of answers.*split it"):
        _plan(store, klass, ames, _file(tmp_path, many))
    big = tmp_path / "big.csv"
    big.write_bytes(b"student,1\n" + b"x" * MAX_FILE_BYTES)
    with pytest.raises(AnswerFileError, match="at most 5 MB"):
        _plan(store, klass, ames, big)
    cut = tmp_path / "cut.csv"
    cut.write_bytes("student,1\nAmara,1\n".encode("utf-16")[:-1])
    with pytest.raises(AnswerFileError) as damaged:
        _plan(store, klass, ames, cut)
    assert str(damaged.value) == DAMAGED_UTF16
    xlsx = tmp_path / "answers.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(40))
    with pytest.raises(AnswerFileError) as not_text:
        _plan(store, klass, ames, xlsx)
    assert str(not_text.value) == NOT_TEXT
    with pytest.raises(AnswerFileError, match="no such file"):
        _plan(store, klass, ames, tmp_path / "missing.csv")
    with pytest.raises(AnswerFileError, match="too long to read"):
        read_answers(b'student,1\nAmara,"' + b"1" * 200_000 + b"\n", ames, [("a", "Amara")], round_name="pre")
    cp1252 = _file(tmp_path, "", "ansi.csv")
    cp1252.write_bytes("student,1\nZoë,1\n".encode("cp1252"))
    assert "no student called 'Zoë'" in (_plan(store, klass, ames, cp1252).rows[0].problem or "")
    assert _stored(store, klass[0]) == {}


def test_a_write_refused_half_way_leaves_nothing_behind(store, klass, ames, tmp_path, monkeypatch) -> None:
    class_id, _ = klass
    plan = _plan(store, klass, ames, _file(tmp_path, "student,1,2\nAmara,1,2\nBo,3,4\nDani,5,5\n"))
    calls = []

    def failing(*args, **kwargs) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise StoreError("The answers are not saved yet (disk I/O error).")
        save_answers(*args, **kwargs)

    monkeypatch.setattr("app.store.measure.save_answers", failing)
    with pytest.raises(StoreError, match="disk I/O"):
        apply_plan(store, plan, backup=False)
    assert len(calls) == 3
    assert _stored(store, class_id) == {} and rounds_of(store, class_id) == []  # not even the round is left


# --- properties of the parser (pure) ----------------------------------------------------------------------------------

def _ames() -> Instrument:
    found = shipped_curriculum().instrument("ames")
    assert found is not None
    return found


STUDENTS = [(f"id-{n}", name) for n, name in enumerate(NAMES)]
answer = st.one_of(st.none(), st.integers(1, 5))


@settings(max_examples=120, deadline=None, derandomize=True)
@given(grid=st.lists(st.lists(answer, min_size=12, max_size=12).filter(lambda row: any(v is not None for v in row)),
                     min_size=1, max_size=len(NAMES)),
       words=st.lists(st.booleans(), min_size=12, max_size=12), sep=st.sampled_from([",", ";", "\t"]),
       headings=st.sampled_from(["id", "number", "q"]))
def test_any_grid_of_valid_answers_comes_back_exactly(grid, words, sep, headings) -> None:
    ames = _ames()
    labels = dict(zip(ames.values, ames.labels, strict=True))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    titles = {"id": [i.id for i in ames.items], "number": [str(n) for n in range(1, 13)],
              "q": [f"Q{n}" for n in range(1, 13)]}[headings]
    writer.writerow(["student", *titles])
    for (_, name), row in zip(STUDENTS, grid, strict=False):
        writer.writerow([name.upper(), *("" if v is None else labels[v] if w else str(v)
                                         for v, w in zip(row, words, strict=True))])
    plan = read_answers(out.getvalue().encode(), ames, STUDENTS, round_name="pre")
    assert not plan.refused
    assert [(r.student_id, dict(r.answers)) for r in plan.rows] == [
        (sid, {item.id: v for item, v in zip(ames.items, row, strict=True)})
        for (sid, _), row in zip(STUDENTS, grid, strict=False)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.sampled_from(list("student,round;pre post\t\"\r\n 1234567 Q never often x\ufeff")) |
                    st.characters(), max_size=300),
       round_name=st.sampled_from([None, "pre", "post"]))
def test_arbitrary_text_gives_a_plan_or_a_clear_refusal(text, round_name) -> None:
    for data in (text.encode("utf-8", "surrogatepass"), ("student,1\n" + text).encode("utf-8", "surrogatepass")):
        try:
            plan = read_answers(data, _ames(), STUDENTS, round_name=round_name)
        except AnswerFileError as error:
            assert str(error) and "Traceback" not in str(error)
            continue
        for row in plan.rows:
            assert row.importable == (row.problem is None) and row.status
            assert row.importable <= bool(row.student_id and row.round_name in ("pre", "post"))


# --- a seeded fuzz against the database -------------------------------------------------------------------------------

SEED_FILE = (b"Student,round,1,2,3,ames-04,Q5,item 6,Timestamp\r\n"
             b"Amara,pre,never,2,3,4,5,always,x\r\n"
             b"Bo,post,1,,sometimes,often,,1,\r\n"
             b"\"Eli Ng\",pre,5,5,5,5,5,5,\r\n"
             b"Dani,pre,2,2,skipped,2,2,2,\r\n")
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_damaged_files_never_crash_and_never_write_half(store, klass, ames, tmp_path, seed) -> None:
    class_id = klass[0]
    rng = random.Random(seed)
    raw = bytearray(SEED_FILE)
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(["flip", "cut", "insert", "delete"])
        at = rng.randrange(len(raw) or 1)
        if kind == "flip" and raw:
            raw[at] ^= rng.randint(1, 255)
        elif kind == "cut":
            raw = raw[:at]
        elif kind == "insert":
            raw[at:at] = rng.choice([b",", b";", b"\t", b'"', b"\r", b"\n", b"\x00", b"\xff\xfe", b"7", b"never"])
        elif raw:
            del raw[at]
    path = tmp_path / "fuzz.csv"
    path.write_bytes(bytes(raw))
    before = {name: _stored(store, class_id, name) for name in ("pre", "post")}
    try:
        plan = plan_file(store, path, ames, class_id, "8B", None)
    except AnswerFileError as error:
        assert str(error)
        assert {name: _stored(store, class_id, name) for name in ("pre", "post")} == before
        return
    expected = {name: {s: dict(a) for s, a in answers.items()} for name, answers in before.items()}
    for row in plan.importable:
        expected[row.round_name or ""].setdefault(row.student_id or "", {}).update(row.answers)
    report = apply_plan(store, plan, backup=False)
    assert {name: _stored(store, class_id, name) for name in ("pre", "post")} == expected
    assert report.rows_refused == len(plan.refused)
