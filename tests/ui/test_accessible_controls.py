"""Every control a facilitator or student can use has a name a screen reader says, and can be reached without a
mouse: walking the widget tree of every page, the session console, student mode and the main dialogs.

A control is named by its accessible name, its own words (a button's text), or the label that is its buddy. It is
reachable from the keyboard when it takes focus with Tab, or when what it does has a key (a default action with a
shortcut). A list or table's rows are its items: the view itself is the control."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.demo.classroom import DEMO_CLASS_ID
from tests.ui.runner_helpers import new_runner, stop

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
            QSlider)


def _buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    return isinstance(widget, QToolButton) and widget.defaultAction() is not None and bool(
        widget.defaultAction().text().replace("&", "").strip())


def _reachable(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    shortcut = widget.shortcut() if isinstance(widget, QAbstractButton) else None
    return bool((action is not None and not action.shortcut().isEmpty()) or (shortcut and not shortcut.isEmpty()))


def problems(root: QWidget) -> list[str]:
    buddies = _buddies(root)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView):
            continue   # a spin box's line edit, a combo's parts, a table's header: the outer control is named
        if widget.objectName().startswith("qt_"):
            continue   # Qt's own inner parts (scroll bars' buttons, a tab bar's scroll arrows)
        where = f"{type(widget).__name__} {widget.objectName() or ''} in {type(root).__name__}"
        if not _named(widget, buddies):
            found.append(f"no name: {where}")
        if not _reachable(widget):
            found.append(f"mouse only: {where} ({widget.accessibleName() or getattr(widget, 'text', lambda: '')()})")
    return found


def _check(root: QWidget, page: str) -> list[str]:
    return [f"{page}: {p}" for p in problems(root)]


def test_every_page_of_the_main_window(demo_window) -> None:
    window = demo_window
    found = _check(window, "home")
    for section in ("plans", "prompts", "challenges", "guide", "decks"):
        window.open_section(section)
        found += _check(window, section)
    window.show_phase("self")
    found += _check(window, "phase")
    window.show_activity("self-name-beat")
    found += _check(window, "activity")
    window.show_plan("s01-who-am-i")
    found += _check(window, "plan")
    window.show_class(DEMO_CLASS_ID)
    found += _check(window, "class")
    window.journal.show_journals(DEMO_CLASS_ID)
    found += _check(window, "journals")
    window.results.show_results(DEMO_CLASS_ID)
    found += _check(window, "results")
    assert found == []


def test_student_mode(qtbot, demo_window) -> None:
    from app.store.kiosk import set_password
    from tests.ui.test_student_mode import open_tile

    set_password(demo_window.store, "teacher-only")
    demo_window.journal.enter_student_mode(DEMO_CLASS_ID)
    mode = demo_window.journal.student_mode
    try:
        found = _check(mode, "student tiles")
        for name in mode.tiles.names():   # the first student without a PIN: the writer opens
            open_tile(qtbot, mode, name)
            if mode.stack.currentWidget() is mode.writer:
                break
            found += _check(mode, "student PIN pad")
            mode.show_tiles() if hasattr(mode, "show_tiles") else None
        assert mode.stack.currentWidget() is mode.writer
        found += _check(mode, "student writer")
        assert found == []
    finally:
        assert mode.try_leave("teacher-only")


def test_the_check_would_catch_an_unnamed_mouse_only_button(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton()
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QVBoxLayout(root).addWidget(button)
    root.show()
    assert [p.split(":")[0] for p in problems(root)] == ["no name", "mouse only"]


def test_the_session_console(qtbot, store) -> None:
    window = new_runner(store)
    qtbot.addWidget(window)
    window.show()
    try:
        found = []
        for index, slide in enumerate(window.runner.slides):
            if (slide.kind in ("questionnaire", "challenge", "step") and index % 3 == 0) or slide.kind != "step":
                window.runner.go(index)
                found += _check(window, f"console step {index} ({slide.kind})")
        assert sorted(set(found)) == []
    finally:
        stop(window)


DIALOGS = ["appearance", "language", "journal sheets", "start a session", "add a student", "journal settings",
           "build a plan", "certificates", "print a deck"]


def _dialog(demo_window, dialog: str) -> QWidget:
    from app.ui.appearance import AppearanceDialog
    from app.ui.journal_settings import JournalSettingsDialog
    from app.ui.journal_sheets_dialog import JournalSheetsDialog
    from app.ui.language_dialog import LanguageDialog
    from app.ui.plan_builder import PlanBuilder
    from app.ui.print_dialog import PrintDeckDialog
    from app.ui.results.certificates import CertificatesDialog
    from app.ui.roster_dialogs import StudentDialog
    from app.ui.runner.start import StartSessionDialog

    w, store, curriculum = demo_window, demo_window.store, demo_window.curriculum
    made = {"appearance": lambda: AppearanceDialog(w, w.settings),
            "language": lambda: LanguageDialog(w, store),
            "journal sheets": lambda: JournalSheetsDialog(w, store, curriculum),
            "start a session": lambda: StartSessionDialog(w, store, curriculum, DEMO_CLASS_ID),
            "add a student": lambda: StudentDialog(w),
            "journal settings": lambda: JournalSettingsDialog(w, store),
            "build a plan": lambda: PlanBuilder(w, curriculum, w.store.data_dir),
            "certificates": lambda: CertificatesDialog(w, store, curriculum, DEMO_CLASS_ID, "Demo class 8B"),
            "print a deck": lambda: PrintDeckDialog(w, store, curriculum.decks[0])}
    return made[dialog]()


@pytest.mark.parametrize("dialog", DIALOGS)
def test_settings_print_and_class_dialogs(qtbot, demo_window, dialog: str) -> None:
    shown = _dialog(demo_window, dialog)
    qtbot.addWidget(shown)
    shown.show()
    assert _check(shown, dialog) == []


def tab_order(root: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order, from the first one (one round)."""
    focusable = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w.parent(), QAbstractSpinBox)]
    if not focusable:
        return []
    start = focusable[0]
    order, widget = [start], start.nextInFocusChain()
    while widget is not start and len(order) < 500:
        if widget in focusable and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


@pytest.mark.parametrize("dialog", DIALOGS)
def test_tab_goes_through_a_dialog_top_to_bottom_reaching_every_control(qtbot, demo_window, dialog: str) -> None:
    shown = _dialog(demo_window, dialog)
    qtbot.addWidget(shown)
    shown.show()
    order = tab_order(shown)
    focusable = {id(w) for w in shown.findChildren(QWidget) if w.isVisibleTo(shown) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w.parent(), QAbstractSpinBox)}
    assert len(order) >= 3 and {id(w) for w in order} == focusable   # every control is on the way
    tops = [w.mapTo(shown, w.rect().topLeft()).y() for w in order]
    first = tops.index(min(tops))
    rounds = tops[first:] + tops[:first]
    backwards = [(a, b) for a, b in pairwise(rounds) if b < a - 40]
    assert len(backwards) <= 1, f"{dialog}: Tab jumps back up {backwards}"   # at most one column change
