"""Printing the answer sheets from the paper-entry screen: the questionnaire and round on screen, one sheet per
row of the grid, in the grid's order, so the pile that comes back is typed top to bottom without sorting.

The PDF is made on a worker thread behind the app's progress dialog (`run_with_progress`, as exports do):
a class of 35 takes a moment on an old laptop. Where it was written goes in the screen's status line, not in
a message box, so the typist's hands stay on the keys. The file is asked for through `ask_path`, which a
test replaces (a real QFileDialog would wait for a click that never comes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QToolButton, QWidget

from app.store.classes import list_classes
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.measure.entry_parts import EntryParts

log = logging.getLogger(__name__)
PRINT_TEXT = QT_TRANSLATE_NOOP("measure.entry_print", "Print answer sheets…")
PRINT_NAME = QT_TRANSLATE_NOOP("measure.entry_print", "Print answer sheets")
PRINT_KEYS = "Ctrl+P"  # a command key: the grid's digits, minus, Space and Backspace stay the typist's


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """The file to write, from the usual save dialog; None if the facilitator cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("measure.entry_print", PRINT_NAME), str(suggested),
                                          translate("measure.entry_print", "PDF files (*.pdf)"))
    return Path(name) if name else None


class SheetPrinter:
    """The page's 'Print answer sheets…' action and what it does."""

    def __init__(self, page: EntryParts, row: QHBoxLayout) -> None:
        self.page = page
        self.ask_path: Callable[[QWidget, Path], Path | None] = ask_pdf_path
        self.action = QAction(theme.icon("print"), translate("measure.entry_print", PRINT_TEXT), page)
        self.action.setShortcut(QKeySequence(PRINT_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(translate("measure.entry_print", "Print a sheet for each student for the "
                                         "questionnaire and round shown, to type in here afterwards ({keys})").format(
                                             keys=PRINT_KEYS))
        self.action.triggered.connect(lambda _checked=False: self.print_sheets())
        page.addAction(self.action)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAccessibleName(translate("measure.entry_print", PRINT_NAME))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking it leaves the cursor in the grid
        row.addWidget(self.button)

    def class_name(self) -> str:
        return next((c.name for c in list_classes(self.page.store) if c.id == self.page.class_id), "")

    def print_sheets(self) -> Path | None:
        """Ask for the file, write the sheets off the UI thread, then say where they went (None if not written)."""
        from app.ui.exchange import run_with_progress

        page = self.page
        instrument, round_name = page.instrument, page.round_box.currentData()
        if instrument is None:
            page.say(translate("measure.entry_print", "No questionnaire to print: check the curriculum's instruments."),
                     hint=True)
            return None
        page.refresh()  # the rows as they are now, so each sheet's row number is the row it will be typed in
        names = [s.display_name for s in page.model.students]
        if not names:
            page.say(translate("measure.entry_print", "This class has no students yet: add them on the class page, "
                               "then print."), hint=True)
            return None
        class_name = self.class_name()
        # Translators: the file name the save dialog suggests; {questionnaire} and {round} are short ids ("pre")
        file_name = translate("measure.entry_print", "{class_name} {questionnaire} {round} answer sheets.pdf")
        suggested = Path.home() / file_name.format(class_name=class_name or translate("measure.entry_print", "class"),
                                                   questionnaire=instrument.id, round=round_name)
        path = self.ask_path(page, suggested)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        day = date.today()
        count = len(names)   # a plain name: lupdate drops a counted call whose count is an expression

        def work(_progress: Callable[[int, int], None]) -> None:
            from app.files.atomic import write_atomically
            from app.printing.answer_sheets import render_answer_sheets, sheets_for

            write_atomically(path, render_answer_sheets(sheets_for(names), instrument, class_name=class_name,
                                                        round_label=round_name, day=day))

        try:
            run_with_progress(page, translate("measure.entry_print", PRINT_NAME),
                              translate("measure.entry_print", "Making %n answer sheet(s)…", None, count), work)
        except OSError as error:
            log.warning("answer sheets not written to %s: %s", path, error)
            page.say(translate("measure.entry_print", "Not written: {path} ({reason}). Try another folder or a USB "
                               "stick.").format(path=path, reason=error.strerror or error), hint=True)
            return None
        log.info("wrote %d answer sheets for %s to %s", len(names), class_name, path)
        page.say(translate("measure.entry_print", "Wrote %n answer sheet(s) ({round}) to {path}", None, count).format(
            round=round_name, path=path))
        return path
