"""Classes and rosters as a facilitator manages them: add, edit, remove, import a messy spreadsheet, archive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.files.spreadsheet import MAX_FILE_BYTES
from app.roster.spreadsheet import MAX_ROWS
from app.store import runner as saved
from app.store.students import students_in


@pytest.fixture
def window(demo_window):
    demo_window.show_class(DEMO_CLASS_ID)
    return demo_window


def in_dialog(action, then) -> None:
    """Run `then(dialog)` on the modal dialog that `action()` opens, as a user would fill it in."""
    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        then(dialog)

    QTimer.singleShot(0, act)
    action()
    assert seen, "no dialog opened"


def names(window) -> list[str]:
    return [s.display_name for s in students_in(window.store, DEMO_CLASS_ID)]


def test_add_edit_and_remove_a_student(window, monkeypatch) -> None:
    page = window.class_page

    def add_zara(dialog) -> None:
        dialog.name.setText("  Zara  ")
        dialog.pronouns.setText("she/her")
        dialog.accept()

    in_dialog(page.add_student, add_zara)
    assert "Zara" in names(window) and page.model.rowCount() == 13

    def duplicate(dialog) -> None:
        dialog.name.setText("amara")
        dialog.accept()
        assert "already has that name" in dialog.problem.text() and dialog.isVisible()
        dialog.reject()

    in_dialog(page.add_student, duplicate)
    assert names(window).count("Amara") == 1

    page.list.setCurrentIndex(page.model.index(0))  # Amara

    def rename(dialog) -> None:
        dialog.name.setText("Amara J")
        dialog.accept()

    in_dialog(page.edit_student, rename)
    assert "Amara J" in names(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.list.setCurrentIndex(page.model.index(0))
    page.remove_student()
    assert "Amara J" in names(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove_student()
    assert "Amara J" not in names(window)
    assert window.store.conn.execute("SELECT deleted_at FROM students WHERE display_name = 'Amara J'").fetchone()[0]


def test_import_a_messy_spreadsheet_with_a_preview_first(window, tmp_path: Path, monkeypatch) -> None:
    sheet = tmp_path / "class.csv"
    sheet.write_bytes("\ufeffFirst name;Surname;Pronouns;Colour\r\n"
                      "Nia;Smith;she/her;#123456\r\n\r\n"
                      "\"Ola, the second\";Jones;;blue\r\n"
                      "Bo;Lee;;\r\n"
                      ";Nobody;;\r\n".encode())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    shown = {}

    def look_then_cancel(dialog) -> None:
        shown["added"] = [dialog.added.item(i).text() for i in range(dialog.added.count())]
        shown["rejected"] = [dialog.rejected.item(i).text() for i in range(dialog.rejected.count())]
        dialog.reject()

    in_dialog(window.class_page.import_csv, look_then_cancel)
    assert shown["added"] == ["Nia (she/her)", "Ola, the second"]
    assert any("line 5" in r and "already in this class" in r for r in shown["rejected"])  # Bo is in the demo
    assert any("line 6" in r for r in shown["rejected"])
    assert "Nia" not in names(window)  # cancelled: nothing written

    in_dialog(window.class_page.import_csv, lambda dialog: dialog.accept())
    assert {"Nia", "Ola, the second"} <= set(names(window))
    assert "Smith" not in str(window.store.conn.execute("SELECT * FROM students").fetchall())  # surnames not kept


def test_files_that_cannot_be_a_class_list_are_refused_with_a_message(window, tmp_path: Path, monkeypatch) -> None:
    before = names(window)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"Name\n" + b"Anna\n" * (MAX_FILE_BYTES // 5 + 1))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(huge), ""))
    window.class_page.import_csv()  # refused before it is read: no preview at all
    assert len(warnings) == 1 and "at most 5 MB" in warnings[0]

    shown: list[tuple[str, bool]] = []

    def look(dialog) -> None:
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        shown.append((text, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
                       .isEnabled()))
        dialog.accept()  # even a forced yes adds nobody

    many = "".join(f"Student {n}\n" for n in range(MAX_ROWS + 1))
    for name, data in (("odd.csv", "Name\r\nNia\r\n".encode("utf-16") + b"x"),
                       ("many.csv", ("Name\n" + many).encode()),
                       ("runaway.csv", b'Name\nNia\n"' + b"x" * 200_000)):  # Nia is read, then a problem
        (tmp_path / name).write_bytes(data)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, name=name, **k: (str(tmp_path / name), ""))
        in_dialog(window.class_page.import_csv, look)
    assert "damaged" in shown[0][0] and not shown[0][1]
    assert f"at most {MAX_ROWS}" in shown[1][0] and not shown[1][1]
    assert "too long to read" in shown[2][0] and not shown[2][1]
    assert names(window) == before


def test_pair_rules_and_archiving(window, monkeypatch) -> None:
    def keep_apart(dialog) -> None:
        dialog.second.setCurrentIndex(3)
        dialog.accept()

    in_dialog(window.class_page.add_pair, keep_apart)
    assert len(saved.pair_rules(window.store, DEMO_CLASS_ID)["apart"]) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.class_page.archive()
    assert window.stack.currentWidget() is window.home and window.home.class_model.rowCount() == 0
