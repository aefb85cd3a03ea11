"""The certificates dialog on the demo class, on real SQLite and the shipped curriculum: who is listed and why,
leaving a student out, the facilitator's name kept, a live preview of the real page, and saving that says
where it went or, plainly, why not. The dialog is shown non-modally; the file is asked for by a stand-in."""

from __future__ import annotations

import errno
import io
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from app.demo.classroom import DEMO_CLASS_ID, DEMO_CLASS_NAME
from app.printing.report_cli import took_part
from app.printing.report_figures import long_date
from app.store.settings import get_setting
from app.store.students import add_student
from app.ui.results.certificate_list import NAME_ROLE, NEVER
from app.ui.results.certificates import NOBODY_TICKED, OPEN_KEYS, SETTING, CertificatesDialog
from app.ui.results.page_view import PageView
from tests.demo_image import add_demo

NEVER_CAME = "Zoë"  # added to the demo class and never marked present


@pytest.fixture
def demo(store):
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    add_student(store, DEMO_CLASS_ID, NEVER_CAME)
    return store


def open_dialog(qtbot, store, curriculum) -> CertificatesDialog:
    dialog = CertificatesDialog(None, store, curriculum, DEMO_CLASS_ID, DEMO_CLASS_NAME)
    qtbot.addWidget(dialog)
    dialog.show()  # never exec(): a test would wait for a click that never comes
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=8000)
    return dialog


@pytest.fixture
def dialog(qtbot, demo, shipped_curriculum) -> CertificatesDialog:
    return open_dialog(qtbot, demo, shipped_curriculum)


def pdf_pages(data: bytes | Path) -> list[str]:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with pdfplumber.open(source) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def row_of(dialog: CertificatesDialog, name: str) -> int:
    return next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data(NAME_ROLE) == name)


def test_the_list_holds_who_took_part_all_ticked_and_the_others_greyed_with_why(dialog, demo) -> None:
    expected = [s.display_name for s in took_part(demo, DEMO_CLASS_ID)]
    assert len(expected) == 12 and NEVER_CAME not in expected
    assert dialog.model.took_part_names() == expected
    assert dialog.model.ticked_names() == expected
    assert dialog.model.never_present_names() == [NEVER_CAME]
    absent = dialog.model.item(row_of(dialog, NEVER_CAME))
    assert row_of(dialog, NEVER_CAME) == len(expected)  # below everyone who took part
    assert absent.text() == f"{NEVER_CAME} — {NEVER}"
    assert not absent.isEnabled() and not absent.isCheckable()
    assert dialog.count.text() == "12 of the 12 students who took part get a certificate."
    assert dialog.day.text() == long_date(date.today())  # the app's long date, as it is printed
    for widget in dialog.findChildren(QWidget):
        inside = isinstance(widget.parent(), QLineEdit | QAbstractSpinBox)  # a clear button, a spin box's field
        if not inside and isinstance(widget, QAbstractButton | QLineEdit | QDateEdit | QListView | QProgressBar |
                                     PageView):
            assert widget.accessibleName(), widget


def test_the_preview_is_the_real_page_of_the_selected_student(qtbot, dialog) -> None:
    assert dialog.page_view.image is not None and not dialog.page_view.image.isNull()
    assert dialog.page_view.image.width() > dialog.page_view.image.height()  # A4 landscape
    assert dialog.preview_name == "Amara" and dialog.caption.text() == "Preview: Amara's certificate"
    first = pdf_pages(dialog.previewed.pdf)
    assert len(first) == 1 and "Amara" in first[0] and DEMO_CLASS_NAME in first[0]
    dialog.list.setCurrentIndex(dialog.model.index(row_of(dialog, "Dani"), 0))
    qtbot.waitUntil(lambda: dialog.caption.text() == "Preview: Dani's certificate", timeout=5000)
    assert "Dani" in pdf_pages(dialog.previewed.pdf)[0]
    assert "Dani" in dialog.page_view.accessibleDescription()


def test_unticking_a_student_leaves_them_out_of_the_saved_pdf(qtbot, dialog, tmp_path) -> None:
    view = dialog.list
    view.setFocus()
    view.setCurrentIndex(dialog.model.index(row_of(dialog, "Bo"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # as a facilitator unticks with the keyboard
    assert "Bo" not in dialog.model.ticked_names()
    assert dialog.count.text() == "11 of the 12 students who took part get a certificate (1 left out)."
    qtbot.waitUntil(lambda: "left out" in dialog.caption.text(), timeout=5000)  # Bo's page is still shown
    asked: list[Path] = []
    dialog.ask_path = lambda _parent, suggested: asked.append(suggested) or tmp_path / "8B certificates"
    dialog.activateWindow()
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "8B certificates.pdf"                      # .pdf added
    qtbot.waitUntil(written.is_file, timeout=8000)
    assert asked and asked[0].name == f"{DEMO_CLASS_NAME} certificates.pdf"
    pages = pdf_pages(written)
    ticked = dialog.model.ticked_names()
    assert len(pages) == len(ticked) == 11
    for page, name in zip(pages, ticked, strict=True):
        assert name in page and "Empathy Ambassador" in page and DEMO_CLASS_NAME in page
        assert long_date(date.today()) in page
    assert not any(re.search(r"\bBo\b", page) for page in pages)
    assert not any(NEVER_CAME in page for page in pages)
    assert dialog.status.text().startswith(f"Saved 11 certificate(s) to {written}")


def test_the_facilitators_name_is_printed_and_remembered_for_this_data_folder(qtbot, dialog, demo,
                                                                              shipped_curriculum) -> None:
    assert dialog.facilitator.text() == ""
    qtbot.keyClicks(dialog.facilitator, "Ms Rivera")
    qtbot.waitUntil(lambda: "Ms Rivera" in pdf_pages(dialog.previewed.pdf)[0], timeout=5000)  # debounced, live
    dialog.close()
    assert get_setting(demo, SETTING) == "Ms Rivera"
    again = open_dialog(qtbot, demo, shipped_curriculum)
    assert again.facilitator.text() == "Ms Rivera"
    assert "Ms Rivera" in pdf_pages(again.previewed.pdf)[0]


def test_save_is_disabled_with_nobody_ticked_and_says_why(qtbot, dialog) -> None:
    none = next(b for b in dialog.findChildren(QAbstractButton) if b.accessibleName() == "Select none")
    qtbot.mouseClick(none, Qt.MouseButton.LeftButton)
    assert dialog.model.ticked_names() == []
    assert not dialog.save_action.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.count.text() == NOBODY_TICKED == dialog.save_button.toolTip()
    dialog.ask_path = lambda *_: pytest.fail("nothing to save, so no file is asked for")
    assert dialog.save_pdf() is None
    every = next(b for b in dialog.findChildren(QAbstractButton) if b.accessibleName() == "Select all")
    qtbot.mouseClick(every, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled() and len(dialog.model.ticked_names()) == 12


def test_a_failed_write_is_said_in_the_dialog_without_a_traceback(qtbot, dialog, tmp_path, monkeypatch,
                                                                  caplog) -> None:
    dialog.ask_path = lambda *_: tmp_path / "missing" / "certificates.pdf"
    assert dialog.save_pdf() is None
    assert dialog.status.text().startswith(f"Not saved: {tmp_path / 'missing' / 'certificates.pdf'} could not be "
                                           "written because that folder does not exist")
    import app.files.atomic

    def full(_path, _data) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(app.files.atomic, "write_atomically", full)
    dialog.ask_path = lambda *_: tmp_path / "certificates.pdf"
    assert dialog.save_pdf() is None
    assert "because the disk is full" in dialog.status.text()
    assert "Traceback" not in dialog.status.text() and not list(tmp_path.glob("*.pdf"))
    assert not any(r.exc_info for r in caplog.records)
    assert not any(b.isVisible() for b in dialog.findChildren(QMessageBox))


def test_the_results_page_opens_it_with_a_key_of_its_own(qtbot, demo_window) -> None:
    from app.ui.results.page import ResultsPage

    window = demo_window
    window.home.class_chosen.emit(DEMO_CLASS_ID)
    window.class_page.actions_by_name["results"].trigger()
    page = window.stack.currentWidget()
    assert isinstance(page, ResultsPage)
    action = page.certificates_action
    key = QKeySequence(OPEN_KEYS)
    assert action.shortcut() == key and f"({OPEN_KEYS})" in action.toolTip()
    assert [a for a in window.findChildren(QAction) if key in a.shortcuts()] == [action]  # one key, one action
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    window.activateWindow()
    page.scroll.setFocus()
    qtbot.keyClick(page.scroll, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    def opened() -> CertificatesDialog | None:
        return next((d for d in window.findChildren(CertificatesDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: opened() is not None, timeout=3000)
    dialog = opened()
    assert dialog.windowTitle() == f"Certificates — {DEMO_CLASS_NAME}"
    assert dialog.model.took_part_names() == [s.display_name for s in took_part(window.store, DEMO_CLASS_ID)]
    qtbot.waitUntil(lambda: dialog.previewed is not None, timeout=8000)
    dialog.close()
    qtbot.waitUntil(lambda: opened() is None)
