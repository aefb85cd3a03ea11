"""The answers import dialog: every row of the file in a table with what happens to it, Import only when something
can be written, refusals said in the dialog (the dialog is built with a path: no file chooser, no modal box)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.store.classes import create_class
from app.store.measure import answers_of, rounds_of
from app.store.students import add_student
from app.ui.measure.import_dialog import AnswerImportDialog, import_answers_from_file


@pytest.fixture
def klass(store) -> tuple[str, dict[str, str]]:
    class_id = create_class(store, "8B")
    return class_id, {name: add_student(store, class_id, name) for name in ("Amara", "Bo", "Dani")}


def _sheet(folder: Path, text: str) -> Path:
    path = folder / "answers.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _dialog(qtbot, store, curriculum, class_id: str, path: Path, round_name: str = "pre") -> AnswerImportDialog:
    dialog = AnswerImportDialog(None, store, curriculum, class_id, "ames", round_name, path)
    qtbot.addWidget(dialog)
    return dialog


def _stored(store, class_id: str) -> dict[str, dict[str, int | None]]:
    found = next((r for r in rounds_of(store, class_id) if r.instrument_id == "ames" and r.round == "pre"), None)
    return answers_of(store, found.id) if found else {}


def test_every_row_shown_then_imported(qtbot, store, shipped_curriculum, klass, tmp_path) -> None:
    class_id, ids = klass
    path = _sheet(tmp_path, "student,1,2,3,Colour\nAmara,never,4,,red\nAmra,1,1,1,\nBo,9,1,1,\n")
    dialog = _dialog(qtbot, store, shipped_curriculum, class_id, path)
    model = dialog.model
    assert model.rowCount() == 3 and model.columnCount() == 4
    cells = [[model.data(model.index(r, c)) for c in range(4)] for r in range(3)]
    assert cells[0] == ["2", "Amara", "1 never, 2 often, 3 skipped", "new: 3 answers"]
    assert cells[1][3] == "not imported: no student called 'Amra' in 8B (closest: Amara)"
    assert cells[2][3] == "not imported: question 1 (ames-01): '9' is not on the scale (1–5)"
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is not None  # refused rows stand out
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None
    assert "Colour" in dialog.notes.text() and dialog.notes.isVisibleTo(dialog)
    assert dialog.counts.text() == "3 row(s): 1 to import, 2 refused; 3 answer(s) to write."
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 1 row(s)"
    assert _stored(store, class_id) == {}  # nothing written by showing it
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.report is not None and dialog.report.answers_written == 3 and dialog.report.backup is not None
    assert _stored(store, class_id) == {ids["Amara"]: {"ames-01": 1, "ames-02": 4, "ames-03": None}}
    again = _dialog(qtbot, store, shipped_curriculum, class_id, path)
    assert not again.import_button.isEnabled() and again.import_button.text() == "Nothing to import"
    assert again.model.data(again.model.index(0, 3)) == "already there: no change"


def test_a_file_that_cannot_be_imported(qtbot, store, shipped_curriculum, klass, tmp_path) -> None:
    class_id = klass[0]
    no_students = _dialog(qtbot, store, shipped_curriculum, class_id, _sheet(tmp_path, "surname,1\nNg,1\n"))
    assert no_students.problem.isVisibleTo(no_students)
    assert no_students.problem.text().startswith("This file cannot be imported: no column for the students")
    assert no_students.model.rowCount() == 0 and not no_students.import_button.isEnabled()
    binary = tmp_path / "answers.xlsx"
    binary.write_bytes(b"PK\x03\x04" + bytes(20))
    xlsx = _dialog(qtbot, store, shipped_curriculum, class_id, binary)
    assert "not a spreadsheet the app reads" in xlsx.problem.text() and not xlsx.import_button.isEnabled()
    nobody = _dialog(qtbot, store, shipped_curriculum, class_id, _sheet(tmp_path, "student,1\nZed,1\n"))
    assert not nobody.import_button.isEnabled() and nobody.model.rowCount() == 1
    wrong_round = _dialog(qtbot, store, shipped_curriculum, class_id, _sheet(tmp_path, "student,1\nBo,1\n"), "session")
    assert "pre or the post round" in wrong_round.problem.text()


def test_a_refused_write_is_said_in_the_dialog(qtbot, store, shipped_curriculum, klass, tmp_path) -> None:
    class_id = klass[0]
    dialog = _dialog(qtbot, store, shipped_curriculum, class_id, _sheet(tmp_path, "student,1\nBo,2\n"))
    store.conn.execute("PRAGMA query_only = ON")  # as after damage is found: every write is refused
    try:
        dialog.import_button.click()
    finally:
        store.conn.execute("PRAGMA query_only = OFF")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.report is None
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text().startswith("Nothing was imported:")
    assert "Traceback" not in dialog.problem.text()
    assert _stored(store, class_id) == {}


def test_import_answers_from_file(qtbot, store, shipped_curriculum, klass, tmp_path, monkeypatch) -> None:
    class_id, ids = klass
    monkeypatch.setattr("app.ui.measure.import_dialog.QFileDialog.getOpenFileName", lambda *a, **k: ("", ""))
    assert import_answers_from_file(None, store, shipped_curriculum, class_id, "ames", "pre") is False
    path = _sheet(tmp_path, "student,1\nDani,often\n")
    monkeypatch.setattr("app.ui.measure.import_dialog.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))

    def press_import(dialog: AnswerImportDialog) -> int:  # instead of a modal exec(): what a click on Import does
        qtbot.addWidget(dialog)
        dialog.import_button.click()
        return dialog.result()

    told: list[str] = []
    monkeypatch.setattr(AnswerImportDialog, "exec", press_import)
    monkeypatch.setattr("app.ui.measure.import_dialog.QMessageBox.information", lambda _p, _t, text: told.append(text))
    assert import_answers_from_file(None, store, shipped_curriculum, class_id, "ames", "pre") is True
    assert _stored(store, class_id) == {ids["Dani"]: {"ames-01": 4}}
    assert told and told[0].startswith("1 row(s) imported") and "A backup was made first" in told[0]
