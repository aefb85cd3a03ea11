"""The console's activity tools: the role-play controls, and the rule for which tools a step needs.

Why only on some steps: the rhythm set-up and the role-play controls took a third of the console on every
step (even the welcome slide), leaving the facilitator's script a few lines. A step shows the tools its
activity uses (a rhythm pattern or the rhythm/drums methods; a deck or the role-play method), a role-play
that is going on keeps its tools in view, and the "All tools" action (F9) shows everything on demand.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.curriculum.model import Activity
from app.ui.i18n import translate
from app.ui.runner.console_actions import ActionGroup
from app.ui.runner.controller import SessionRunner

RHYTHM_METHODS = {"rhythm", "drums"}
ROLE_PLAY_METHODS = {"role-play"}
ROLE_PLAY_MODES = {"card", "roles", "cue"}
SHORTEST = 160   # px: the tools' least height; below what they ask for they scroll (up and down only)


def uses_rhythm(activity: Activity | None) -> bool:
    return activity is not None and bool(activity.rhythm or RHYTHM_METHODS & set(activity.methods))


def uses_role_play(activity: Activity | None) -> bool:
    return activity is not None and bool(activity.deck or ROLE_PLAY_METHODS & set(activity.methods))


def spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box


class RolePlayPanel(QFrame):
    """Deck, heavy cards, scene length and actors; the role-play buttons; the card that is up."""

    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        self.setObjectName("rolePlayPanel")
        self.setAccessibleName(translate("runner.console_tools", "Role-play"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(4)
        settings = QHBoxLayout()
        role_play = translate("runner.console_tools", "Role-play")
        title = QLabel(f"<b>{role_play}</b>")
        self.deck = QComboBox()
        self.deck.setAccessibleName(translate("runner.console_tools", "Deck"))
        self.deck.setMinimumContentsLength(28)
        self.deck.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.heavy = QCheckBox(translate("runner.console_tools", "Heavy cards (level 3)"))
        self.heavy.setAccessibleName(translate("runner.console_tools", "Include heavy cards"))
        # Translators: spin boxes' suffixes after a number, with their leading space: "3 min scene", "3 actors"
        self.scene_minutes = spin(translate("runner.console_tools", "Scene minutes"), 1, 15, 3,
                                  translate("runner.console_tools", " min scene"))
        self.actors = spin(translate("runner.console_tools", "Actors without groups"), 1, 8, 3,
                           translate("runner.console_tools", " actors"))
        self.actors.setToolTip(translate("runner.console_tools", "Without groups, Deal roles (A) picks this many "
                                         "students by fair turns"))
        for widget in (title, self.deck, self.heavy, self.scene_minutes, self.actors):
            settings.addWidget(widget)
        settings.addStretch(1)
        column.addLayout(settings)
        self.buttons = ActionGroup("Role-play", caption=False)
        column.addWidget(self.buttons)
        status = QHBoxLayout()
        self.card = QLabel()
        self.card.setObjectName("cardLabel")
        self.card.setWordWrap(True)
        self.scene_clock = QLabel()
        self.scene_clock.setObjectName("sceneClock")
        self.scene_clock.setAccessibleName(translate("runner.console_tools", "Scene timer"))
        status.addWidget(self.card, 1)
        status.addWidget(self.scene_clock)
        column.addLayout(status)
        self.deck.activated.connect(self._deck_chosen)
        self.heavy.toggled.connect(self.runner.set_heavy)  # per deck; never a choice of deck by itself

    def load(self) -> None:
        self.deck.clear()
        for deck in self.runner.decks():
            cards = len(deck.cards)   # a plain name: lupdate reads no other count
            self.deck.addItem(translate("runner.console_tools", "{deck} (%n card(s))", None, cards)
                              .format(deck=deck.title), deck.id)

    def _deck_chosen(self, *_: object) -> None:
        decks = {d.id: d for d in self.runner.decks()}
        deck = decks.get(self.deck.currentData())
        if deck is not None:
            self.runner.choose_deck(deck, self.heavy.isChecked())

    def wanted(self, activity: Activity | None) -> bool:
        """This step's activity plays scenes, or a scene is going on (a card, roles, a cue, its timer)."""
        runner = self.runner
        return uses_role_play(activity) or runner.mode in ROLE_PLAY_MODES or runner.scene_active

    def refresh(self) -> None:
        runner = self.runner
        text = ""
        play = runner.deck_play
        if play is None:  # this step waits for a choice of deck (D asks)
            text = translate("runner.console_tools", "No deck for this activity yet: D asks which one.")
        else:
            index = self.deck.findData(play.deck.id)
            if index >= 0 and index != self.deck.currentIndex():
                self.deck.setCurrentIndex(index)
            self.heavy.blockSignals(True)
            self.heavy.setChecked(play.include_heavy)
            self.heavy.blockSignals(False)
            current = play.current
            notes = " · " + translate("runner.console_tools", "content notes: {notes}").format(
                notes=escape(", ".join(current.content_notes))) if current and current.content_notes else ""
            card = translate("runner.console_tools", "Card: <b>{title}</b> (level {level})").format(
                title=escape(current.title), level=current.intensity) if current else ""
            left = len(play.pile)
            pile = translate("runner.console_tools", "%n left in the pile", None, left)
            text = f"{card}{notes} · {pile}" if current else pile
        if runner.dealt:
            # Translators: who plays which role, group by group: "Roles: Amara = The bystander, Ben = …; …"
            text += "<br>" + translate("runner.console_tools", "Roles: {roles}").format(roles="; ".join(
                ", ".join(f"{escape(runner.students[s].display_name)} = {escape(c.title)}" for s, c in hands)
                for hands in runner.dealt))
        self.card.setText(text)

    def refresh_clock(self) -> None:
        scene = self.runner.scene_text()
        keys = translate("runner.console_tools", "(S pause/resume, Shift+S clear)")
        self.scene_clock.setText(f"<b>{escape(scene)}</b> {keys}" if scene else "")


class ToolsArea(QScrollArea):
    """The tools a step shows, stacked under the script; hidden when the step shows none.

    It is as tall as its tools ask, up to `cap` (the console keeps that at a share of its height), and scrolls
    vertically beyond that (every tool open on a 720-pixel laptop), so the script keeps its lines; it never
    scrolls sideways: it is as wide as its widest tool needs.
    """

    def __init__(self, *panels: QWidget) -> None:
        super().__init__()
        self.setObjectName("toolsArea")
        self.setAccessibleName(translate("runner.console_tools", "Activity tools"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cap = 10_000
        self.panels = panels
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for panel in panels:
            column.addWidget(panel)
        self.setWidget(content)
        content.installEventFilter(self)   # a panel shown or hidden (the questionnaire hides itself)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.follow()
        return super().eventFilter(watched, event)

    def follow(self) -> None:
        self.setVisible(any(not panel.isHidden() for panel in self.panels))
        self.updateGeometry()

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def set_cap(self, height: int) -> None:
        if height != self.cap:
            self.cap = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self._bar(), min(hint.height(), self.cap))

    def minimumSizeHint(self) -> QSize:
        least = self.widget().minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), SHORTEST))
