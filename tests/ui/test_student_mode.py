"""Student mode on a shared laptop: names, PINs, writing that saves itself, the idle lock and leaving."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from app.curriculum import load_curriculum
from app.paths import activities_dir
from app.store.classes import create_class
from app.store.journal import Author, own_entries, reset_pin, save_entry, set_pin
from app.store.kiosk import set_password
from app.store.students import add_student
from app.ui.student.kiosk import WRONG_PASSWORD, StudentMode
from app.ui.student.pin_pad import WRONG_PIN

PIN = "4821"


@pytest.fixture(scope="module")
def curriculum():
    return load_curriculum(activities_dir())


@pytest.fixture
def people(store) -> dict[str, str]:
    class_id = create_class(store, "8C")
    ids = {name: add_student(store, class_id, name, avatar_colour=colour, avatar_icon=icon)
           for name, colour, icon in (("Amara", "#E4572E", "sun"), ("Bo", "#17BEBB", "wave"),
                                      ("Dani", "#FFC914", "star"))}
    other = create_class(store, "9A")
    add_student(store, other, "Zed")
    return {"class": class_id, **ids}


@pytest.fixture
def mode(qtbot, store, curriculum, people):
    prompt_ids = list(curriculum.prompts)[:2]
    widget = StudentMode(store, curriculum, people["class"], "8C", prompt_ids=prompt_ids)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    widget.release()


def open_tile(qtbot, mode: StudentMode, name: str) -> None:
    """Tap the tile as a student would: a click on its place in the grid."""
    view = mode.tiles.view
    row = mode.tiles.names().index(name)
    place = view.visualRect(mode.tiles.model.index(row)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)


def entries(store, student_id: str, pin: str | None = None):
    from app.store.journal import sign_in

    author = sign_in(store, student_id, pin)
    assert author is not None
    return own_entries(store, author)


def test_tiles_list_the_class_and_a_tile_without_pin_opens_the_writer(qtbot, mode, curriculum) -> None:
    assert mode.tiles.names() == ["Amara", "Bo", "Dani"]  # not Zed, who is in another class
    open_tile(qtbot, mode, "Bo")
    assert mode.stack.currentWidget() is mode.writer
    assert mode.writer.hello.text() == "Hello, Bo"
    first = next(iter(curriculum.prompts))
    assert mode.writer.prompt_text.text() == curriculum.prompts[first].text  # today's first prompt is chosen
    assert mode.writer.model.rowCount() == 0


def test_keyboard_opens_a_tile(qtbot, mode) -> None:
    view = mode.tiles.view
    view.setFocus()
    view.setCurrentIndex(mode.tiles.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert mode.writer.hello.text() == "Hello, Bo"


def test_typing_saves_itself_private_by_default_and_visibility_persists(qtbot, mode, store, people) -> None:
    mode.tiles.choose("Amara")
    qtbot.keyClicks(mode.writer.editor, "I like drums")
    mode.writer.editor.insertPlainText(" 🥁")  # QTest cannot type outside the BMP; an emoji picker inserts
    qtbot.waitUntil(lambda: [e.body for e in entries(store, people["Amara"])] == ["I like drums 🥁"], timeout=2000)
    assert entries(store, people["Amara"])[0].visibility == "private"
    assert mode.writer.status.text().startswith("Saved")
    assert mode.writer.model.rowCount() == 1
    mode.writer.set_visibility("class")
    assert entries(store, people["Amara"])[0].visibility == "class"
    mode.writer.prompts.set_prompt(None)
    mode.writer.prompts.chosen.emit(None)  # free writing, as a choice in the drop-down
    assert entries(store, people["Amara"])[0].prompt_id is None


def test_pin_wrong_then_right_and_private_words_are_sealed(qtbot, mode, store, people) -> None:
    set_pin(store, Author(people["Dani"]), PIN)
    mode.tiles.choose("Dani")
    assert mode.stack.currentWidget() is mode.pin and mode.pin.heading.text() == "Hi, Dani"
    qtbot.keyClicks(mode.pin.edit, "1111")
    qtbot.keyClick(mode.pin.edit, Qt.Key.Key_Return)
    assert mode.stack.currentWidget() is mode.pin and mode.pin.message.text() == WRONG_PIN
    for digit in PIN:
        qtbot.mouseClick(next(b for b in mode.pin.keys if b.text() == digit), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next(b for b in mode.pin.keys if b.text() == "OK"), Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.writer
    assert "locked with your PIN" in mode.writer.visibility_help.text()
    assert mode.writer.actions_by_name["pin"].text() == "Change my PIN…"
    qtbot.keyClicks(mode.writer.editor, "my secret words")
    assert mode.writer.save_now()
    rows = store.conn.execute("SELECT body, sealed FROM journal_entries WHERE student_id = ?",
                              [people["Dani"]]).fetchall()
    assert len(rows) == 1 and "secret" not in rows[0][0] and rows[0][1] and "secret" not in rows[0][1]
    assert [e.body for e in entries(store, people["Dani"], PIN)] == ["my secret words"]


def test_five_wrong_pins_make_the_student_wait(qtbot, mode, store, people) -> None:
    set_pin(store, Author(people["Dani"]), PIN)
    mode.tiles.choose("Dani")
    for _ in range(5):
        mode.pin.edit.setText("0000")
        assert not mode.pin.submit()
    assert mode.pin.waiting() > 0 and "Wait" in mode.pin.message.text()
    assert not mode.pin.edit.isEnabled()
    mode.pin.edit.setText(PIN)
    assert not mode.pin.submit() and mode.stack.currentWidget() is mode.pin  # even the right PIN waits


def test_setting_a_pin_from_the_writer_seals_what_was_written(qtbot, mode, store, people) -> None:
    mode.tiles.choose("Bo")
    qtbot.keyClicks(mode.writer.editor, "before the pin")
    assert mode.writer.apply_pin("12") == "A PIN is 4 to 12 digits."
    assert mode.writer.apply_pin("24680") is None
    body, sealed = store.conn.execute("SELECT body, sealed FROM journal_entries").fetchone()
    assert body == "" and sealed
    assert entries(store, people["Bo"], "24680")[0].body == "before the pin"


def test_done_returns_to_tiles_and_the_next_student_sees_only_their_own(qtbot, mode, store, people) -> None:
    mode.tiles.choose("Amara")
    qtbot.keyClicks(mode.writer.editor, "Amara's words")
    qtbot.keyClick(mode.writer.editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert mode.stack.currentWidget() is mode.tiles
    assert "Amara" in mode.tiles.note.text()
    assert [e.body for e in entries(store, people["Amara"])] == ["Amara's words"]
    mode.tiles.choose("Bo")
    assert mode.writer.model.rowCount() == 0 and mode.writer.editor.toPlainText() == ""
    assert mode.writer.hello.text() == "Hello, Bo"


def test_reopening_an_entry_and_writing_on(qtbot, mode, store, people) -> None:
    mode.tiles.choose("Amara")
    qtbot.keyClicks(mode.writer.editor, "first")
    assert mode.writer.new_entry()
    qtbot.keyClicks(mode.writer.editor, "second")
    assert mode.writer.save_now() and mode.writer.model.rowCount() == 2
    oldest = mode.writer.model.index(1)
    view = mode.writer.entries
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(oldest).center())
    assert mode.writer.editor.toPlainText() == "first"
    qtbot.keyClicks(mode.writer.editor, " and more")
    assert mode.writer.save_now()
    assert sorted(e.body for e in entries(store, people["Amara"])) == ["first and more", "second"]


def test_idle_lock_saves_and_returns_to_tiles(qtbot, mode, store, people) -> None:
    mode.tiles.choose("Bo")
    mode.idle_timer.setInterval(200)
    mode.idle_timer.start()
    qtbot.keyClicks(mode.writer.editor, "left alone")
    qtbot.waitUntil(lambda: mode.stack.currentWidget() is mode.tiles, timeout=2000)
    assert mode.tiles.note.text() == ("Bo's journal was locked after 2 minutes without typing. "
                                      "Their writing is saved.")
    assert mode.writer.author is None and mode.writer.editor.toPlainText() == ""
    assert [e.body for e in entries(store, people["Bo"])] == ["left alone"]


def test_a_failed_save_keeps_the_text_and_is_retried(qtbot, mode, store, people) -> None:
    store.conn.execute("PRAGMA busy_timeout=100")
    mode.tiles.choose("Amara")
    mode.writer.retry_timer.setInterval(200)  # the app tries again after 3 s: the same path, sooner
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(mode.writer.editor, "words while busy")
        qtbot.waitUntil(lambda: mode.writer.banner.isVisible(), timeout=2000)
        assert "not saved yet" in mode.writer.banner.text()
        assert mode.writer.editor.toPlainText() == "words while busy"
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: not mode.writer.banner.isVisible(), timeout=5000)
    assert [e.body for e in entries(store, people["Amara"])] == ["words while busy"]


def test_done_while_the_disk_is_busy_holds_the_words_until_they_save(qtbot, mode, store, people) -> None:
    store.conn.execute("PRAGMA busy_timeout=100")
    mode.tiles.choose("Bo")
    mode.writer.drafts.timer.setInterval(100)
    qtbot.keyClicks(mode.writer.editor, "held")
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    mode.writer.finish()
    assert mode.stack.currentWidget() is mode.tiles and "not saved yet" in mode.tiles.note.text()
    assert mode.writer.editor.toPlainText() == "" and len(mode.writer.drafts) == 1
    blocker.rollback()
    blocker.close()
    qtbot.waitUntil(lambda: len(mode.writer.drafts) == 0, timeout=2000)
    assert [e.body for e in entries(store, people["Bo"])] == ["held"]


def test_leaving_needs_the_facilitator_password(qtbot, mode, store) -> None:
    set_password(store, "teacher-pass")
    mode.close()
    assert mode.isVisible()  # a student cannot close the kiosk
    with qtbot.assertNotEmitted(mode.left):
        assert not mode.try_leave("guess")
    assert mode.tiles.note.text() == WRONG_PASSWORD
    with qtbot.waitSignal(mode.left, timeout=1000):
        assert mode.try_leave("teacher-pass")


def test_print_my_journal(qtbot, mode, tmp_path) -> None:
    mode.tiles.choose("Amara")
    qtbot.keyClicks(mode.writer.editor, "for the fridge")
    assert mode.writer.write_pdf(tmp_path / "mine")
    assert (tmp_path / "mine.pdf").read_bytes().startswith(b"%PDF")


def test_entries_from_before_a_pin_reset_show_as_locked_and_do_not_open(qtbot, mode, store, people) -> None:
    author = set_pin(store, Author(people["Dani"]), PIN)
    save_entry(store, author, None, body="sealed away")
    reset_pin(store, people["Dani"])
    mode.tiles.choose("Dani")  # no PIN any more: straight to the writer
    assert mode.stack.currentWidget() is mode.writer and mode.writer.model.rowCount() == 1
    assert "Locked (written before a PIN reset)" in mode.writer.model.index(0).data()
    view = mode.writer.entries
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0)).center())
    assert mode.writer.editor.toPlainText() == "" and mode.writer.entry_id is None
    assert "cannot be opened" in mode.writer.status.text()


def test_type_size_keys_stay_between_14_and_40(qtbot, mode) -> None:
    mode.tiles.choose("Bo")
    editor = mode.writer.editor
    qtbot.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert mode.writer.font_pt == 22 and editor.font().pointSize() == 22
    for _ in range(20):
        mode.writer.actions_by_name["larger"].trigger()
    assert mode.writer.font_pt == 40 and not mode.writer.actions_by_name["larger"].isEnabled()
    for _ in range(20):
        qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert mode.writer.font_pt == 14
