"""Importing answers from a spreadsheet on the paper-entry screen: for answers collected elsewhere (an online
form, a colleague's sheet), into the questionnaire and round on screen, with the preview of every row first
(`import_dialog`). The grid reloads afterwards, so the imported answers show where they landed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton

from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.measure.entry_parts import EntryParts

if TYPE_CHECKING:
    from app.curriculum import Curriculum

IMPORT_TEXT = QT_TRANSLATE_NOOP("measure.entry_import", "Import from a file…")
IMPORT_KEYS = "Ctrl+I"


class AnswerImporter:
    """The page's 'Import from a file…' action."""

    def __init__(self, page: EntryParts, curriculum: Curriculum, row: QHBoxLayout) -> None:
        self.page, self.curriculum = page, curriculum
        self.action = QAction(translate("measure.entry_import", IMPORT_TEXT), page)
        self.action.setShortcut(QKeySequence(IMPORT_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(translate("measure.entry_import", "Import answers collected elsewhere (a CSV file: one "
                                         "row a student, one column a question) into the questionnaire and round "
                                         "shown; every row is shown first ({keys})").format(keys=IMPORT_KEYS))
        self.action.triggered.connect(lambda _checked=False: self.import_file())
        page.addAction(self.action)
        button = QToolButton()
        button.setDefaultAction(self.action)
        button.setAccessibleName(translate("measure.entry_import", "Import answers from a file"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(button)

    def import_file(self) -> bool:
        from app.ui.measure.import_dialog import import_answers_from_file

        page = self.page
        if page.instrument is None:
            return False
        written = import_answers_from_file(page, page.store, self.curriculum, page.class_id, page.instrument.id,
                                           page.round_box.currentData())
        if written:
            page.load_round()
            page.say(translate("measure.entry_import", "Answers imported from the file: they are in the grid now."))
        return written
