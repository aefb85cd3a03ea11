"""`python -m app measure import` as a facilitator's script runs it: every row shown, a dry run changes nothing,
the real import writes (after a backup), refusals exit 1 and usage mistakes exit 2, each saying why."""

from __future__ import annotations

from pathlib import Path

from app.demo.classroom import DEMO_CLASS_ID
from app.store import open_store
from app.store.measure import answers_of, rounds_of
from app.store.students import students_in
from tests.e2e.helpers import run_app

CLASS = "Demo class 8B"


def _post_answers(data_dir: Path) -> dict[str, dict[str, int | None]]:
    """Student name -> the AMES post answers stored."""
    store = open_store(data_dir)
    try:
        names = {s.id: s.display_name for s in students_in(store, DEMO_CLASS_ID)}
        post = next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.instrument_id == "ames" and r.round == "post")
        return {names[s]: a for s, a in answers_of(store, post.id).items()}
    finally:
        store.close()


def test_measure_import_previews_then_writes(demo_dir: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "post.csv"
    sheet.write_text("student,1,2,3,ames-04,Timestamp\n"
                     "kalani,never,almost never,3,,2026-06-01\n"
                     "Kalanni,1,1,1,1,\n", encoding="utf-8")
    common = ("--data-dir", str(demo_dir), "measure", "import", str(sheet), "--class", CLASS)
    before = _post_answers(demo_dir)
    assert "Kalani" not in before  # absent at the demo's post round

    dry = run_app(*common, "--questionnaire", "ames", "--round", "post", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "line 2  Kalani (post): 1 never, 2 almost never, 3 sometimes, 4 skipped — new: 4 answers" in dry.stdout
    assert "line 3  Kalanni: not imported: no student called 'Kalanni' in Demo class 8B (closest: Kalani)" \
        in dry.stdout
    assert "Columns not read (not questions of this questionnaire): Timestamp" in dry.stdout
    assert "2 row(s): 1 to import, 1 refused; 4 answer(s) to write." in dry.stdout
    assert dry.stdout.rstrip().endswith("Dry run: nothing was changed.")
    assert _post_answers(demo_dir) == before

    done = run_app(*common, "--questionnaire", "ames", "--round", "post")
    assert done.returncode == 0, done.stderr
    assert "1 row(s) imported (0 already there), 4 answer(s) written (0 replaced earlier ones), 1 row(s) refused." \
        in done.stdout
    assert "A backup was made first:" in done.stdout and list((demo_dir / "backups").glob("*before-import*"))
    after = _post_answers(demo_dir)
    assert after["Kalani"] == {"ames-01": 1, "ames-02": 2, "ames-03": 3, "ames-04": None}
    assert {k: v for k, v in after.items() if k != "Kalani"} == before

    again = run_app(*common, "--questionnaire", "ames", "--round", "post")
    assert again.returncode == 0 and "Nothing was changed" in again.stdout
    assert _post_answers(demo_dir) == after


def test_measure_import_refusals_and_usage(demo_dir: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "answers.csv"
    sheet.write_text("student,1\nAmara,1\n", encoding="utf-8")
    base = ("--data-dir", str(demo_dir), "measure", "import")
    wrong_id = run_app(*base, str(sheet), "--class", CLASS, "--questionnaire", "empathy")
    assert wrong_id.returncode == 1
    assert "no questionnaire 'empathy' that students answer. Questionnaires: ames, program-questionnaire." \
        in wrong_id.stderr
    no_round = run_app(*base, str(sheet), "--class", CLASS, "--questionnaire", "ames")
    assert no_round.returncode == 1 and "the file has no round column" in no_round.stderr
    assert "Traceback" not in no_round.stderr
    unknown_class = run_app(*base, str(sheet), "--class", "8C", "--questionnaire", "ames", "--round", "pre")
    assert unknown_class.returncode == 1 and "no class called '8C'. Classes: 'Demo class 8B'." in unknown_class.stderr
    not_text = tmp_path / "answers.xlsx"
    not_text.write_bytes(b"PK\x03\x04" + bytes(64))
    refused = run_app(*base, str(not_text), "--class", CLASS, "--questionnaire", "ames", "--round", "pre")
    assert refused.returncode == 1 and "not a spreadsheet the app reads" in refused.stderr
    nobody = tmp_path / "nobody.csv"
    nobody.write_text("student,1\nZed,1\n", encoding="utf-8")
    none_importable = run_app(*base, str(nobody), "--class", CLASS, "--questionnaire", "ames", "--round", "pre")
    assert none_importable.returncode == 1 and "line 2  Zed: not imported" in none_importable.stdout
    assert "Nothing was imported: no row of nobody.csv can be imported" in none_importable.stderr
    missing_option = run_app(*base, str(sheet), "--class", CLASS)
    assert missing_option.returncode == 2 and "--questionnaire" in missing_option.stderr
