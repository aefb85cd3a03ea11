"""The paper-entry screen, driven by keys as a facilitator types, on real SQLite and the shipped curriculum."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.demo.classroom import DEMO_CLASS_ID
from app.store.classes import create_class
from app.store.db import stop_writing
from app.store.measure import answers_of, consent_of, rounds_of, set_consent
from app.store.students import add_students, students_in
from app.ui.measure import ACTION_TEXT, PaperEntry, open_paper_entry, paper_entry_action
from app.ui.measure.answers import RoundAnswers
from app.ui.measure.entry_model import CONSENT_COLUMN, FIRST_ITEM_COLUMN
from tests.demo_image import add_demo

AMES_ITEMS = [f"ames-{n:02d}" for n in range(1, 13)]


@pytest.fixture
def demo(store):
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    return store


@pytest.fixture
def open_entry(qtbot):
    """Opens the window as the app does (deleted on close); whatever a test leaves open is closed after it."""
    opened: list[PaperEntry] = []

    def _open(store, curriculum, class_id=DEMO_CLASS_ID, round_name="pre") -> PaperEntry:
        window = open_paper_entry(None, store, curriculum, class_id, instrument_id="ames", round_name=round_name)
        opened.append(window)
        qtbot.waitUntil(window.isActiveWindow)   # shortcuts (Ctrl+Z) reach the active window only
        return window

    yield _open
    for window in opened:
        if shiboken6.isValid(window):
            window.close()


def round_id(store, round_name: str, class_id: str = DEMO_CLASS_ID) -> str | None:
    return next((r.id for r in rounds_of(store, class_id) if r.instrument_id == "ames" and r.round == round_name),
                None)


def cell(window: PaperEntry, row: int, column: int) -> str:
    return window.model.index(row, column).data()


def current(window: PaperEntry) -> tuple[int, int]:
    index = window.table.currentIndex()
    return index.row(), index.column()


def test_typing_a_row_saves_every_answer_and_moves_to_the_next_student(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(0, FIRST_ITEM_COLUMN)
    first, second = (s.id for s in students_in(demo, DEMO_CLASS_ID)[:2])
    qtbot.keyClicks(window.table, "4532145321450")   # 12 answers, then a 0 for the next student's first
    saved = answers_of(demo, round_id(demo, "pre"))
    assert saved[first] == dict(zip(AMES_ITEMS, [4, 5, 3, 2, 1, 4, 5, 3, 2, 1, 4, 5], strict=True))
    assert saved[second]["ames-01"] is None                 # the 0 is a skip
    assert current(window) == (1, FIRST_ITEM_COLUMN + 1)    # on the next student, after the skipped item
    assert cell(window, 0, FIRST_ITEM_COLUMN) == "4 · often"
    assert cell(window, 0, FIRST_ITEM_COLUMN + 4) == "1 · never"
    assert cell(window, 1, FIRST_ITEM_COLUMN) == "— skipped"
    assert cell(window, 0, window.model.done_column) == "12/12"


def test_the_twelfth_key_lands_on_the_next_students_first_item(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(0, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(window.table, "453214532140")
    first = students_in(demo, DEMO_CLASS_ID)[0].id
    assert answers_of(demo, round_id(demo, "pre"))[first]["ames-12"] is None
    assert current(window) == (1, FIRST_ITEM_COLUMN)


def test_backspace_clears_and_stays_and_undo_brings_it_back(qtbot, open_entry, store, shipped_curriculum):
    class_id = create_class(store, "7A")
    add_students(store, class_id, [("Ana", None, "#888888", "star"), ("Ben", None, "#888888", "star")])
    window = open_entry(store, shipped_curriculum, class_id)
    assert round_id(store, "pre", class_id) is None             # looking does not make a round
    qtbot.keyClicks(window.table, "3")
    qtbot.keyClick(window.table, Qt.Key.Key_Left)
    qtbot.keyClick(window.table, Qt.Key.Key_Backspace)
    ana = students_in(store, class_id)[0].id
    assert answers_of(store, round_id(store, "pre", class_id)).get(ana, {}) == {}
    assert cell(window, 0, FIRST_ITEM_COLUMN) == ""
    assert current(window) == (0, FIRST_ITEM_COLUMN)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers_of(store, round_id(store, "pre", class_id))[ana] == {"ames-01": 3}
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers_of(store, round_id(store, "pre", class_id)).get(ana, {}) == {}   # never typed: gone again


@pytest.mark.parametrize(("key", "why"), [("7", "not on this scale"), ("x", "does nothing here")])
def test_a_key_that_is_no_answer_saves_nothing_and_says_why(qtbot, open_entry, demo, shipped_curriculum, key, why):
    window = open_entry(demo, shipped_curriculum)
    window.go(2, FIRST_ITEM_COLUMN + 3)
    before = answers_of(demo, round_id(demo, "pre"))
    qtbot.keyClicks(window.table, key)
    assert answers_of(demo, round_id(demo, "pre")) == before
    assert current(window) == (2, FIRST_ITEM_COLUMN + 3)
    assert why in window.status.text() and "1–5" in window.status.text()


def test_ctrl_z_undoes_the_last_answer_in_the_database(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    student = students_in(demo, DEMO_CLASS_ID)[3].id

    def stored(item_id: str):
        return RoundAnswers(demo, DEMO_CLASS_ID, "ames", "pre").value(student, item_id)

    before_5, before_6 = stored("ames-05"), stored("ames-06")
    window.go(3, FIRST_ITEM_COLUMN + 4)
    qtbot.keyClicks(window.table, "25")
    assert (stored("ames-05"), stored("ames-06")) == (2, 5)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (stored("ames-05"), stored("ames-06")) == (2, before_6)
    assert current(window) == (3, FIRST_ITEM_COLUMN + 5)        # the cursor is on the answer undone
    assert "Undone" in window.status.text()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (stored("ames-05"), stored("ames-06")) == (before_5, before_6)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored("ames-05") == 2                                 # and redo types it again


def test_reopening_shows_what_was_saved(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(5, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(window.table, "12-")
    window.close()
    again = open_entry(demo, shipped_curriculum)
    assert again is not window
    assert [cell(again, 5, FIRST_ITEM_COLUMN + n) for n in range(3)] == ["1 · never", "2 · almost never",
                                                                         "— skipped"]


def test_post_answers_never_appear_in_the_pre_view(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(0, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(window.table, "5" * 12)
    window.round_box.setCurrentIndex(window.round_box.findData("post"))
    window.go(0, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(window.table, "1" * 12)
    assert {cell(window, 0, FIRST_ITEM_COLUMN + n) for n in range(12)} == {"1 · never"}
    window.round_box.setCurrentIndex(window.round_box.findData("pre"))
    assert {cell(window, 0, FIRST_ITEM_COLUMN + n) for n in range(12)} == {"5 · always"}
    pre = RoundAnswers(demo, DEMO_CLASS_ID, "ames", "pre")
    for row, student in enumerate(window.model.students):
        for n, item in enumerate(AMES_ITEMS):
            value = pre.value(student.id, item)
            assert window.model.value(row, FIRST_ITEM_COLUMN + n) == value
    assert window.stack.count() == 0                              # no undo step reaches into the other round


def test_counted_checkbox_keeps_research_consent_and_greys_the_row(qtbot, open_entry, demo, shipped_curriculum):
    student = students_in(demo, DEMO_CLASS_ID)[1].id
    set_consent(demo, student, counted=True, research=True)
    window = open_entry(demo, shipped_curriculum)
    window.go(1, CONSENT_COLUMN)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    consent = consent_of(demo, DEMO_CLASS_ID)[student]
    assert (consent.counted, consent.research) == (False, True)
    assert window.model.index(1, FIRST_ITEM_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "results" in window.model.index(1, CONSENT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


def test_only_student_instruments_headers_and_names(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    ids = [window.instrument_box.itemData(i) for i in range(window.instrument_box.count())]
    assert "facilitator-observation" not in ids and "ames" in ids
    model = window.model
    assert model.headerData(FIRST_ITEM_COLUMN, Qt.Orientation.Horizontal) == "1"
    assert "tell how others are feeling" in model.headerData(FIRST_ITEM_COLUMN, Qt.Orientation.Horizontal,
                                                             Qt.ItemDataRole.ToolTipRole)
    assert window.table.accessibleName() and window.instrument_box.accessibleName() == "Questionnaire"
    window.go(0, FIRST_ITEM_COLUMN + 2)
    assert "even before they tell me" in window.question.text()
    assert "2 almost never" in window.scale.text()


def test_enter_goes_to_the_next_students_first_item_and_the_action_opens_one_window(qtbot, open_entry, demo,
                                                                                     shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(4, FIRST_ITEM_COLUMN + 6)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert current(window) == (5, FIRST_ITEM_COLUMN)
    qtbot.keyClick(window.table, Qt.Key.Key_End)
    assert current(window) == (5, window.model.last_item_column)
    last = window.model.rowCount() - 1
    window.go(last, FIRST_ITEM_COLUMN)
    qtbot.keyClicks(window.table, "1" * 12 + "5")   # one key too many after the last sheet
    assert window.model.value(last, window.model.last_item_column) == 1
    assert "last student" in window.status.text()
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    action = paper_entry_action(host, demo, shipped_curriculum, lambda: DEMO_CLASS_ID)
    assert action.text() == ACTION_TEXT
    action.trigger()
    action.trigger()
    opened = host.findChildren(PaperEntry)
    assert len(opened) == 1 and opened[0].isWindow() and not opened[0].isModal()


def test_a_refused_save_says_so_and_keeps_the_cursor(qtbot, open_entry, demo, shipped_curriculum):
    window = open_entry(demo, shipped_curriculum)
    window.go(6, FIRST_ITEM_COLUMN + 1)
    before = answers_of(demo, round_id(demo, "pre"))
    typed = "1" if before[window.model.students[6].id].get("ames-02") != 1 else "2"
    stop_writing(demo)                                   # as when damage is found while the app runs
    qtbot.keyClicks(window.table, typed)
    assert answers_of(demo, round_id(demo, "pre")) == before
    assert window.status.text().startswith("Not saved") and current(window) == (6, FIRST_ITEM_COLUMN + 1)
    assert window.model.value(6, FIRST_ITEM_COLUMN + 1) == before[window.model.students[6].id]["ames-02"]
    assert window.stack.count() == 0


def test_the_class_page_opens_the_paper_entry_for_its_class(demo_window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.measure import PaperEntry

    demo_window.show_class(DEMO_CLASS_ID)
    demo_window.class_page.actions_by_name["paper"].trigger()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.findChild(PaperEntry)]
    assert shown, "the paper entry window did not open"
    shown[0].close()


def test_print_answer_sheets_writes_the_round_shown_and_leaves_the_digits_to_the_grid(qtbot, open_entry, demo,
                                                                                     shipped_curriculum,
                                                                                     tmp_path):
    import pdfplumber

    from app.printing.answer_sheets import key_range, skip_keys
    from app.ui.measure.entry_keys import interpret, scale_range
    from app.ui.measure.entry_print import PRINT_KEYS, PRINT_NAME

    window = open_entry(demo, shipped_curriculum, round_name="post")
    printer = window.printer
    assert printer.button.accessibleName() == PRINT_NAME and printer.action.shortcut().toString() == PRINT_KEYS
    asked: list[object] = []
    out = tmp_path / "sheets"                                  # no suffix: .pdf is added
    printer.ask_path = lambda parent, suggested: asked.append(suggested) or out
    window.go(0, FIRST_ITEM_COLUMN)
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "sheets.pdf"
    assert written.is_file() and "ames post" in str(asked[0])
    assert window.status.text() == f"Wrote 12 answer sheets (post) to {written}"
    names = [s.display_name for s in students_in(demo, DEMO_CLASS_ID)]
    with pdfplumber.open(written) as pdf:
        first, count = pdf.pages[0].extract_text(), len(pdf.pages)
    assert count == len(names) and names[0] in first and "After the program" in first
    # the sheet's numbers and keys are the grid's: question n is column n, the same digits and skip keys
    assert FIRST_ITEM_COLUMN == 1 and "12 When people around me are nervous" in " ".join(first.split())
    values = shipped_curriculum.instrument("ames").values
    assert key_range(values) == scale_range(values)
    assert all(interpret(0, key, Qt.KeyboardModifier.NoModifier, values).kind == "skip"
               for key in skip_keys(values).split(" or "))
    qtbot.keyClicks(window.table, "3")                          # Ctrl+P took no digit; 3 is still an answer
    assert window.model.value(0, FIRST_ITEM_COLUMN) == 3
    printer.ask_path = lambda parent, suggested: tmp_path / "missing" / "sheets.pdf"
    assert printer.print_sheets() is None and window.status.text().startswith("Not written")


def test_ctrl_i_imports_a_file_after_its_preview_and_the_grid_shows_the_answers(qtbot, open_entry, demo,
                                                                                shipped_curriculum, tmp_path,
                                                                                monkeypatch):
    from app.ui.measure import import_dialog

    first = students_in(demo, DEMO_CLASS_ID)[0]
    sheet = tmp_path / "form.csv"
    sheet.write_text("name,1,2,3\n" + f"{first.display_name},often,2,\n", encoding="utf-8")
    shown: list[import_dialog.AnswerImportDialog] = []

    def without_file_dialog(parent, store, curriculum, class_id, instrument_id, round_name) -> bool:
        """The real preview and import, with the file chosen (a QFileDialog would wait for a click)."""
        dialog = import_dialog.AnswerImportDialog(parent, store, curriculum, class_id, instrument_id, round_name,
                                                  sheet)
        shown.append(dialog)
        dialog.import_button.click()
        return dialog.report is not None and dialog.report.answers_written > 0

    monkeypatch.setattr(import_dialog, "import_answers_from_file", without_file_dialog)
    window = open_entry(demo, shipped_curriculum, round_name="post")
    row = next(r for r, s in enumerate(window.model.students) if s.id == first.id)
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert shown and shown[0].model.rowCount() == 1  # the row was previewed before anything was written
    post = round_id(demo, "post")
    saved = answers_of(demo, post or "")[first.id]
    assert {item: saved[item] for item in AMES_ITEMS[:3]} == {"ames-01": 4, "ames-02": 2, "ames-03": None}
    assert cell(window, row, FIRST_ITEM_COLUMN) == "4 · often"  # the grid reloaded
    assert "imported" in window.status.text()
