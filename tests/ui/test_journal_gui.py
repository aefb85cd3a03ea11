"""The facilitator's journal housekeeping in the window: forgetting a student, resetting a PIN, the retention
offer, journal settings and bundle import on a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.store.bundle_file import BundleError
from app.store.classes import create_class, list_classes
from app.store.exchange import export_bundle, import_bundle
from app.store.journal import has_pin, own_entries, save_entry, set_pin, sign_in
from app.store.kiosk import idle_seconds, retention_months, set_retention_months
from app.store.sessions import add_session
from app.store.students import students_in
from app.store.tx import transaction
from app.ui.exchange import run_with_progress


@pytest.fixture
def window(demo_window):
    demo_window.show_class(DEMO_CLASS_ID)
    return demo_window


def _answer(monkeypatch, answer: QMessageBox.StandardButton, asked: list[str]) -> None:
    def question(_parent, title, text, *_args, **_kwargs):
        asked.append(f"{title} {text}")
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)


def _select(window, name: str) -> str:
    page = window.class_page
    row = next(r for r in range(page.model.rowCount()) if name in page.model.index(r).data())
    page.list.setCurrentIndex(page.model.index(row))
    return next(s.id for s in students_in(window.store, DEMO_CLASS_ID) if s.display_name == name)


def test_delete_everything_asks_with_the_figures_and_then_forgets_the_student(window, monkeypatch) -> None:
    asked: list[str] = []
    student = _select(window, "Grace")
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    window.class_page.actions_by_name["forget"].trigger()
    assert "Grace" in [s.display_name for s in students_in(window.store, DEMO_CLASS_ID)]
    assert "3 journal entries" in asked[0] and "cannot be undone" in asked[0]
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    window.class_page.actions_by_name["forget"].trigger()
    assert "Grace" not in [s.display_name for s in students_in(window.store, DEMO_CLASS_ID)]
    assert window.class_page.model.rowCount() == 11
    assert window.store.conn.execute("SELECT COUNT(*) FROM journal_entries WHERE student_id = ?",
                                     [student]).fetchone() == (0,)


def test_a_pin_reset_warns_that_older_private_entries_stay_locked(window, monkeypatch) -> None:
    store = window.store
    student = _select(window, "Hiro")
    author = set_pin(store, sign_in(store, student), "8642")
    save_entry(store, author, None, body="locked away")
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    window.class_page.actions_by_name["reset_pin"].trigger()
    assert "stay locked for good" in asked[0]
    assert not has_pin(store, student)
    entries = own_entries(store, sign_in(store, student))
    assert any(e.locked for e in entries) and all("locked away" not in e.body for e in entries)


def test_the_retention_offer_deletes_only_what_the_facilitator_agrees_to(window, monkeypatch) -> None:
    store = window.store
    old = create_class(store, "Last year's 9C")
    with transaction(store.conn):
        add_session(store, old, phase="self", held_on="2024-06-01")
    set_retention_months(store, 12)
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    window.journal.offer_purge()
    assert len(asked) == 1 and "Last year's 9C" in asked[0]
    assert [c.name for c in list_classes(store)] == ["Demo class 8B"]


def test_journal_settings_are_saved(window, qtbot) -> None:
    from app.ui.journal_settings import JournalSettingsDialog

    dialog = JournalSettingsDialog(window, window.store)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(5)
    dialog.retention.setValue(18)
    dialog.accept()
    assert idle_seconds(window.store) == 300 and retention_months(window.store) == 18


def test_an_import_runs_off_the_ui_thread_and_its_error_comes_back(window, tmp_path: Path) -> None:
    bundle, _ = export_bundle(window.store, tmp_path / "8B.eabundle")
    threads: list[str] = []

    def work(progress):
        threads.append(threading.current_thread().name)
        return import_bundle(window.store, bundle, progress)

    report = run_with_progress(window, "Importing", "Merging…", work)
    assert report.changed == 0 and threads == ["Importing"]
    bundle.write_bytes(b"not a bundle at all")
    with pytest.raises(BundleError, match="not an Empathy Ambassadors bundle"):
        run_with_progress(window, "Importing", "Merging…", lambda progress: import_bundle(window.store, bundle))


def test_student_mode_takes_over_the_window_until_the_facilitator_leaves_it(window, qtbot) -> None:
    from app.store.kiosk import set_password

    set_password(window.store, "teacher-only")
    window.journal.enter_student_mode(DEMO_CLASS_ID)
    mode = window.journal.student_mode
    assert mode is not None and mode.isVisible() and not window.isVisible()
    assert "Amara" in mode.tiles.names()
    assert not mode.try_leave("guess")
    assert mode.isVisible()
    assert mode.try_leave("teacher-only")
    qtbot.waitUntil(lambda: window.isVisible() and window.journal.student_mode is None, timeout=2000)


def test_a_story_wall_entry_goes_on_a_projector_window_when_no_session_runs(window) -> None:
    window.journal.show_journals(DEMO_CLASS_ID)
    assert window.stack.currentWidget() is window.journal.page
    window.journal.page.story_requested.emit("We are made of small things.", "I am made of …", "")
    view = window.journal.story_view
    assert view is not None and view.isVisible()
    assert "We are made of small things." in view.visible_text()
    view.hide()
