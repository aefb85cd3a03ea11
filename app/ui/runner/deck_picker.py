"""Choosing the deck for an activity that names none: asked when D finds no deck, never guessed.

Why a picker and not the first deck: a card meant for another activity (a teasing scene during a Self activity
about self-worth) can hurt, so the facilitator decides, once per activity. The picker is non-modal (`show()`,
never `exec()`): the session goes on behind it, and tests drive it with `pick(deck_id)`.

Keys: Enter (or D again) draws from the highlighted deck, Esc cancels, Space ticks "include heavy cards". The
runner window's one-key shortcuts work application-wide, so the picker claims these keys first
(ShortcutOverride); the clicker's Page Up/Down still move the session on.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.curriculum.model import Deck
from app.decks.choice import heavy_count, levels
from app.ui.i18n import translate
from app.ui.runner.controller import SessionRunner

log = logging.getLogger(__name__)
PICK_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_D}
OWN_KEYS = {*PICK_KEYS, Qt.Key.Key_Escape, Qt.Key.Key_Space}


def deck_line(deck: Deck, drawn: int = 0) -> str:
    """'Scenes — 37 cards · levels 1–3 · 5 heavy (off unless included) · 4 drawn this session'."""
    span = levels(deck)
    cards = len(deck.cards)   # a plain name: lupdate reads no other count
    parts = [translate("runner.deck_picker", "%n card(s)", None, cards)]
    if span:
        parts.append(translate("runner.deck_picker", "level {level}").format(level=span[0]) if span[0] == span[1]
                     else translate("runner.deck_picker", "levels {lowest}–{highest}").format(lowest=span[0],
                                                                                          highest=span[1]))
    if heavy := heavy_count(deck):
        # Translators: how many of the deck's cards are heavy (level 3), left out unless the facilitator includes them
        parts.append(translate("runner.deck_picker", "%n heavy (off unless included)", None, heavy))
    if drawn:
        parts.append(translate("runner.deck_picker", "%n drawn this session", None, drawn))
    return f"{deck.title} — {' · '.join(parts)}"


class DeckPicker(QDialog):
    picked = Signal(str)   # the deck id chosen (after the runner recorded it and, still at the step, drew)

    def __init__(self, runner: SessionRunner, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.activity_id = runner, activity_id
        self._done = False
        self.setObjectName("deckPicker")
        self.setWindowTitle(translate("runner.deck_picker", "Which deck?"))
        self.setModal(False)
        activity = runner.curriculum.activity(activity_id)
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            translate("runner.deck_picker", "<b>“{activity}” has no deck of its own.</b> Which deck should D draw "
                      "from? Only for this activity, this session.").format(activity=escape(activity.title))
            if activity else
            translate("runner.deck_picker", "<b>this step has no deck of its own.</b> Which deck should D draw from? "
                      "Only for this activity, this session."))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.decks = runner.decks()
        self.list = QListWidget()
        self.list.setObjectName("deckList")
        self.list.setAccessibleName(translate("runner.deck_picker", "Decks"))
        shown = runner.plays.shown
        for deck in self.decks:
            item = QListWidgetItem(deck_line(deck, runner.plays.drawn(deck.id)))
            item.setData(Qt.ItemDataRole.UserRole, deck.id)
            self.list.addItem(item)
        ids = [d.id for d in self.decks]
        self.list.setCurrentRow(ids.index(shown.deck.id) if shown and shown.deck.id in ids else 0)
        layout.addWidget(self.list, 1)
        self.heavy = QCheckBox(translate("runner.deck_picker", "&Include heavy cards (level 3)"))
        self.heavy.setAccessibleName(translate("runner.deck_picker", "Include heavy cards"))
        layout.addWidget(self.heavy)
        self.list.currentRowChanged.connect(self._show_heavy)
        self._show_heavy()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("runner.deck_picker", "Draw from this deck"))
        self.ok.setDefault(True)
        buttons.accepted.connect(self.pick_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.pick_current())
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)
        self.list.setFocus()
        self.resize(520, 320)

    def _show_heavy(self, *_: object) -> None:
        """The switch starts as this deck is set for the session: off, unless it was included before."""
        play = self.runner.plays.get(self.current_deck_id() or "")
        self.heavy.setChecked(bool(play and play.include_heavy))

    def current_deck_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def pick_current(self) -> None:
        deck_id = self.current_deck_id()
        if deck_id:
            self.pick(deck_id)

    def pick(self, deck_id: str) -> bool:
        """Record the deck for this picker's activity and, if the session is still there, draw from it now."""
        deck = next((d for d in self.decks if d.id == deck_id), None)
        if deck is None or self._done:
            return False
        self._done = True
        still_here = self.runner.deck_place() == self.activity_id
        self.runner.choose_deck(deck, self.heavy.isChecked(), activity_id=self.activity_id)
        if still_here:
            self.runner.draw_card()
        log.info("deck %s picked for %s", deck_id, self.activity_id)
        self.picked.emit(deck_id)
        self.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        if key not in OWN_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()   # ours, not the runner window's application-wide D, Esc or Space
            return True
        if key in PICK_KEYS:
            self.pick_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.reject()
            return True
        return super().eventFilter(watched, event)   # Space: the focused widget's own (ticks the checkbox)


def ask_for_deck(runner: SessionRunner, activity_id: str, parent: QWidget | None = None) -> DeckPicker:
    """Show the picker for this activity (one at a time: D again raises the open one instead of stacking)."""
    if parent is not None:
        for picker in parent.findChildren(DeckPicker):
            if picker.isVisible() and picker.activity_id == activity_id and not picker._done:
                picker.raise_()
                picker.activateWindow()
                return picker
            if picker.isVisible():
                picker.reject()
    picker = DeckPicker(runner, activity_id, parent)
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.show()
    picker.raise_()
    picker.activateWindow()
    return picker
