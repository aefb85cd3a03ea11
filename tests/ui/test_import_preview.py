"""Importing a bundle from the window: check and plan off the UI thread, a preview, a separate question
about deletions, a backup, the merge, an honest report, and the pages refreshed after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QProgressDialog

from app.demo.classroom import DEMO_CLASS_ID, DEMO_CLASS_NAME
from app.store.backup import list_backups
from app.store.bundle_write import write_bundle
from app.store.exchange import SPEC


def _tombstone_bundle(folder: Path) -> Path:
    tables: dict[str, list[dict]] = {t: [] for t in SPEC}
    tables["tombstones"] = [{"id": DEMO_CLASS_ID, "kind": "class", "deleted_at": "2026-01-01T00:00:00.000Z"}]
    return write_bundle(folder / "tomb", tables, schema_version=5, source="elsewhere", app_version="test")


class Answerer:
    """Clicks, in turn, the button named in `answers` on each modal dialog that comes up (not the busy one),
    and keeps each dialog's text so the test can read what the facilitator was shown."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog) or not self.answers or not dialog.isVisible():
            return
        name = self.answers[0]
        buttons = [b for b in dialog.findChildren(QAbstractButton)
                   if name in (b.accessibleName(), b.text().replace("&", ""))]
        if not buttons:
            return
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        if isinstance(dialog, QMessageBox):
            texts = [dialog.text(), dialog.informativeText()]
        self.seen.append("\n".join(texts))
        self.answers.pop(0)
        buttons[0].click()


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch):
    def pick(path: Path) -> None:
        monkeypatch.setattr("app.ui.exchange.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    return pick


def _classes(window) -> int:
    return window.store.conn.execute("SELECT COUNT(*) FROM classes").fetchone()[0]


def test_deletions_are_named_and_skipped_when_the_facilitator_says_so(demo_window, tmp_path: Path, choose) -> None:
    from app.ui.exchange import import_dialog

    choose(_tombstone_bundle(tmp_path))
    answerer = Answerer(["Import", "Import without deletions", "OK"])
    changed = import_dialog(demo_window, demo_window.store)
    assert not changed and _classes(demo_window) == 1
    preview, question, report = answerer.seen
    assert "class 'Demo class 8B' with 12 students, 2 sessions, 40 journal entries" in preview
    assert question.startswith("Also delete class 'Demo class 8B' with 12 students")
    assert "This was deleted on the other laptop." in question
    assert "Nothing new" not in report and "Skipped deletions" in report
    assert not list_backups(demo_window.store.data_dir)  # nothing written, so nothing to back up


def test_applied_deletions_are_backed_up_first_and_the_pages_refresh(demo_window, tmp_path: Path, choose) -> None:
    choose(_tombstone_bundle(tmp_path))
    demo_window.show_class(DEMO_CLASS_ID)
    answerer = Answerer(["Import", "Import and apply deletions", "OK"])
    demo_window.journal.import_()
    assert _classes(demo_window) == 0
    backups = list_backups(demo_window.store.data_dir)
    assert len(backups) == 1 and "before-import" in backups[0].name
    assert str(backups[0]) in answerer.seen[-1] and "Deleted, as on the other laptop" in answerer.seen[-1]
    assert demo_window.stack.currentWidget() is demo_window.home  # back home, with the class list read again
    assert DEMO_CLASS_NAME not in _home_text(demo_window)


def test_cancel_at_the_question_imports_nothing(demo_window, tmp_path: Path, choose) -> None:
    from app.ui.exchange import import_dialog

    choose(_tombstone_bundle(tmp_path))
    before = list(demo_window.store.conn.iterdump())
    answerer = Answerer(["Import", "Cancel"])
    assert not import_dialog(demo_window, demo_window.store)
    assert list(demo_window.store.conn.iterdump()) == before and len(answerer.seen) == 2


def test_a_bad_file_is_refused_before_any_preview(demo_window, tmp_path: Path, choose) -> None:
    from app.ui.exchange import import_dialog

    bad = tmp_path / "bad.eabundle"
    bad.write_bytes(b"PK\x03\x04 not really")
    choose(bad)
    answerer = Answerer(["OK"])
    assert not import_dialog(demo_window, demo_window.store)
    assert "damaged" in answerer.seen[0] and _classes(demo_window) == 1


def test_a_new_class_shows_its_counts_then_appears_on_the_home_page(demo_window, tmp_path: Path, choose) -> None:
    from app.store import open_store
    from app.store.classes import create_class
    from app.store.exchange import export_bundle

    other = open_store(tmp_path / "other")
    create_class(other, "Class 9C")
    bundle, _ = export_bundle(other, tmp_path / "9C")
    other.close()
    choose(bundle)
    answerer = Answerer(["Import", "OK"])
    demo_window.journal.import_()
    assert "Importing would add 1 class." in answerer.seen[0] and "Nothing would be deleted." in answerer.seen[0]
    assert "Added 1 class." in answerer.seen[1]
    assert "Class 9C" in _home_text(demo_window)


def _home_text(window) -> str:
    """The class list the home page shows, as text (what the facilitator sees after the import)."""
    model = window.home.class_model
    return "\n".join(str(model.index(row, 0).data()) for row in range(model.rowCount()))
