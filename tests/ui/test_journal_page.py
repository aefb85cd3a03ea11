"""The facilitator's journal review page: shared entries only, searched, filtered, read, noted, projected."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QMainWindow, QPlainTextEdit, QTextBrowser

import app.ui.journal_page as journal_page
from app.store import StoreError
from app.store.classes import create_class
from app.store.journal import save_entry, sign_in
from app.store.journal_review import shared_entries
from app.store.sessions import add_session
from app.store.students import add_student
from app.store.tx import transaction
from app.ui.journal_models import HtmlRole
from app.ui.journal_page import JournalPage
from app.ui.models import ItemRole
from app.ui.runner.projector import ProjectorView

PROMPTS = {"p-one": "One thing I noticed today was …", "p-two": "Something that surprised me was …",
           "p-three": "Next time I would …"}


@dataclass
class Journal:
    class_id: str
    students: dict[str, str]
    entries: dict[str, str]


@pytest.fixture
def journal(store) -> Journal:
    class_id = create_class(store, "7C")
    with transaction(store.conn):
        students = {name: add_student(store, class_id, name) for name in ("Ada", "Ben", "Cleo")}
        first = add_session(store, class_id, phase="self", held_on="2025-03-03")
        second = add_session(store, class_id, phase="other", held_on="2025-03-10")

    def write(name: str, body: str, visibility: str, prompt: str | None, session: str) -> str:
        return save_entry(store, sign_in(store, students[name]), None, body=body, visibility=visibility,
                          prompt_id=prompt, session_id=session)

    entries = {
        "private": write("Ada", "My zebraprivate secret about the marimba", "private", "p-one", first),
        "ada": write("Ada", "We played the marimba together & it felt <loud>", "class", "p-one", first),
        "ben": write("Ben", "I felt left out in the marimba game until Cleo waved me in", "facilitator", "p-two",
                     first),
        "cleo": write("Cleo", "Free writing about my dog Biscuit", "class", None, second),
    }
    return Journal(class_id, students, entries)


@pytest.fixture
def page(qtbot, store, journal: Journal) -> JournalPage:
    widget = JournalPage(store, PROMPTS)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.show_class(journal.class_id, "7C")
    return widget


def listed(page: JournalPage) -> list[str]:
    return [page.model.index(row).data(ItemRole).id for row in range(page.model.rowCount())]


def select(page: JournalPage, entry_id: str) -> None:
    page.list.setCurrentIndex(page.model.index(listed(page).index(entry_id)))


def everything_shown(page: JournalPage) -> str:
    """Every word the page could put in front of the facilitator (labels, boxes, filters, list rows)."""
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit)
             + page.findChildren(QAbstractButton)]
    texts += [w.toPlainText() for w in page.findChildren(QTextBrowser) + page.findChildren(QPlainTextEdit)]
    for combo in page.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for row in range(page.model.rowCount()):
        index = page.model.index(row)
        texts += [str(index.data(role)) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                     HtmlRole)]
    return "\n".join(texts)


def test_lists_shared_entries_and_never_the_private_one(page: JournalPage, journal: Journal) -> None:
    assert page.title.text() == "Journals — 7C"
    assert "Private entries are never shown here" in everything_shown(page)
    assert sorted(listed(page)) == sorted([journal.entries["ada"], journal.entries["ben"], journal.entries["cleo"]])
    assert page.count.text() == "3 entries, 3 unread"
    for row in range(page.model.rowCount()):   # open each one: the private words never appear anywhere
        page.list.setCurrentIndex(page.model.index(row))
        assert "zebraprivate" not in everything_shown(page)
    html = page.model.index(listed(page).index(journal.entries["ada"])).data(HtmlRole)
    assert "Story wall" in html and "&lt;loud&gt;" in html and "<b>" in html   # escaped, bold while unread
    prompts = [page.prompt_filter.itemText(i) for i in range(page.prompt_filter.count())]
    assert prompts == ["All prompts", "Free writing", PROMPTS["p-one"], PROMPTS["p-two"]]  # only those used


def test_search_highlights_matches_and_never_finds_private_words(qtbot, page: JournalPage, journal: Journal,
                                                                 monkeypatch) -> None:
    page.search_timer.setInterval(10)
    qtbot.keyClicks(page.search, "marimb")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.search_timer.isActive())
    assert set(listed(page)) == {journal.entries["ada"], journal.entries["ben"]}
    html = page.model.index(0).data(HtmlRole)
    assert '<b style="background:#ffe58a">marimba</b>' in html
    assert page.count.text().startswith("2 matches for “marimb”")

    page.search.setText("zebraprivate")
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    assert page.model.rowCount() == 0 and "No shared entries match" in page.count.text()
    assert "zebraprivate secret" not in everything_shown(page)

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)

    def broken(*_args, **_kwargs):
        raise StoreError("That search could not be run.")

    monkeypatch.setattr(journal_page, "search_shared", broken)
    page.search.setText("marimba")
    qtbot.waitUntil(lambda: page.search_problem.isVisible())
    assert page.search_problem.text() == "That search could not be run." and not page.list.isVisible()


def test_filters_narrow_the_list(qtbot, page: JournalPage, journal: Journal) -> None:
    page.student_filter.setCurrentIndex(page.student_filter.findData(journal.students["Ben"]))
    assert listed(page) == [journal.entries["ben"]]
    page.student_filter.setCurrentIndex(0)
    page.class_only.setChecked(True)
    assert set(listed(page)) == {journal.entries["ada"], journal.entries["cleo"]}
    page.class_only.setChecked(False)
    page.prompt_filter.setCurrentIndex(page.prompt_filter.findText("Free writing"))
    assert listed(page) == [journal.entries["cleo"]]
    page.prompt_filter.setCurrentIndex(0)
    page.session_filter.setCurrentIndex(2)   # newest first: the older session is the second
    assert set(listed(page)) == {journal.entries["ada"], journal.entries["ben"]}
    page.session_filter.setCurrentIndex(0)

    select(page, journal.entries["ada"])
    page.toggle_read()
    page.unread_only.setChecked(True)
    assert set(listed(page)) == {journal.entries["ben"], journal.entries["cleo"]}
    assert page.count.text() == "2 entries, 2 unread"
    page.search.setText("marimba")   # a search keeps the filters, and says what they hide
    page.search_timer.timeout.emit()
    assert listed(page) == [journal.entries["ben"]] and "1 more hidden by the filters" in page.count.text()


def test_reading_and_noting(qtbot, page: JournalPage, journal: Journal, store) -> None:
    def saved(entry_id: str):
        return next(e for e in shared_entries(store, journal.class_id) if e.id == entry_id)

    page.read_timer.setInterval(20)
    select(page, journal.entries["ben"])
    assert page.body.toPlainText().startswith("I felt left out")
    assert page.read_action.text() == "Mark as read"
    qtbot.waitUntil(lambda: saved(journal.entries["ben"]).read_at is not None)   # shown a while: read
    assert page.count.text() == "3 entries, 2 unread" and page.read_action.text() == "Mark as unread"

    window = QMainWindow()   # the main window has its own Ctrl+R; on this page it marks read/unread
    qtbot.addWidget(window)
    runs = []
    run = QAction("Run a session", window)
    run.setShortcut(QKeySequence("Ctrl+R"))
    run.triggered.connect(lambda: runs.append(1))
    window.addAction(run)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert saved(journal.entries["ben"]).read_at is None and page.count.text() == "3 entries, 3 unread"
    assert not runs
    qtbot.keyClick(page.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    page.note.setFocus()
    qtbot.waitUntil(page.note.hasFocus)
    page.note.setPlainText("Asked about it")
    page.list.setFocus()   # leaving the note saves it at once
    assert saved(journal.entries["ben"]).note == "Asked about it" and not page.note_timer.isActive()
    qtbot.wait(60)
    assert saved(journal.entries["ben"]).read_at is None   # toggled by hand: not marked read again
    window.takeCentralWidget()   # the page stays the fixture's to close

    page.note_timer.setInterval(20)
    page.note.clear()
    qtbot.keyClicks(page.note, "Check in gently")
    qtbot.waitUntil(lambda: saved(journal.entries["ben"]).note == "Check in gently")
    page.note.setPlainText("Check in gently on Monday")
    select(page, journal.entries["cleo"])   # opening another entry saves the note at once
    assert saved(journal.entries["ben"]).note == "Check in gently on Monday"
    assert page.note.toPlainText() == ""
    select(page, journal.entries["ben"])
    assert page.note.toPlainText() == "Check in gently on Monday"


def test_show_a_story_on_the_projector(qtbot, page: JournalPage, journal: Journal) -> None:
    select(page, journal.entries["ben"])   # shared only with the facilitator: never projected
    assert not page.projector_action.isEnabled() and page.projector_button.isHidden()
    with qtbot.assertNotEmitted(page.story_requested):
        page.show_on_projector()

    select(page, journal.entries["ada"])
    assert page.projector_action.isEnabled() and not page.projector_button.isHidden()
    with qtbot.waitSignal(page.story_requested) as blocker:
        qtbot.keyClick(page.list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["We played the marimba together & it felt <loud>", PROMPTS["p-one"], ""]  # no name
    page.with_name.setChecked(True)
    with qtbot.waitSignal(page.story_requested) as blocker:
        page.projector_action.trigger()
    assert blocker.args[2] == "Ada"

    projector = ProjectorView()
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show_story(*blocker.args)
    shown = projector.visible_text()
    assert projector.mode == "story"
    assert "We played the marimba together & it felt <loud>" in shown and PROMPTS["p-one"] in shown
    assert "Ada" in shown
    projector.show_story("Free writing about my dog Biscuit", None)
    assert "Biscuit" in projector.visible_text() and "Ada" not in projector.visible_text()


def test_an_entry_made_private_while_open_is_closed(qtbot, page: JournalPage, journal: Journal, store) -> None:
    select(page, journal.entries["ada"])
    page.search.setText("biscuit")   # a search that leaves it out of the list keeps it open meanwhile
    page.search_timer.timeout.emit()
    assert page.entry is not None and page.entry.id == journal.entries["ada"]
    author = sign_in(store, journal.students["Ada"])
    save_entry(store, author, journal.entries["ada"], body="We played the marimba together", visibility="private")
    page.search.clear()
    page.search_timer.timeout.emit()
    assert page.entry is None and journal.entries["ada"] not in listed(page)
    assert "marimba together" not in everything_shown(page)
