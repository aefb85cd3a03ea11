"""What the paper-entry screen's actions (printing sheets, importing a file) use of the screen, as a Protocol:
they hold the screen without importing entry_page.py, which builds them (no import circle: the screen knows its
actions; an action knows only these parts of the screen)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox

from app.curriculum.model import Instrument
from app.store import Store
from app.ui.measure.entry_model import PaperEntryModel


class EntryParts(Protocol):
    store: Store
    class_id: str
    model: PaperEntryModel
    round_box: QComboBox

    @property
    def instrument(self) -> Instrument | None: ...
    def load_round(self) -> None: ...
    def refresh(self) -> None: ...
    def say(self, text: str, *, hint: bool = False) -> None: ...
    def addAction(self, action: QAction) -> None: ...
