"""The runner window: the presenter console, its clicker-friendly actions, and the projector window
placed on the display screen (following screens as they come and go)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from app import APP_NAME
from app.ui.runner.console import PresenterConsole
from app.ui.runner.controller import SessionRunner
from app.ui.runner.observation import ObservationDialog, offer_observation
from app.ui.runner.projector import ProjectorView
from app.ui.runner.screens import ScreenRoles
from app.ui.widgets import confirm

if TYPE_CHECKING:
    from app.ui.classnet.join_card import JoinDetails

log = logging.getLogger(__name__)


class RunnerWindow(QMainWindow):
    devices_requested = Signal(str)   # class id: the class network's panel for this session's class

    def __init__(self, runner: SessionRunner, notes: str) -> None:
        super().__init__()
        self.runner = runner
        self.setWindowTitle(f"{APP_NAME} — {runner.plan.title}")
        self.setObjectName("runnerWindow")
        self.console = PresenterConsole(runner)
        self.setCentralWidget(self.console)
        self.projector = ProjectorView()
        self.roles = ScreenRoles()
        self.presenting = False
        self.ended = False
        self.observation: ObservationDialog | None = None   # offered when the session ends
        self._make_actions()
        self.console.load(notes)
        runner.changed.connect(self.update_projector)
        runner.tick.connect(self._scene_tick)
        runner.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.roles.changed.connect(self._screens_changed)
        self.update_projector()
        self.statusBar().showMessage("F5 shows the projector view; Esc hides it. Page Down / Page Up move "
                                     "between steps; B blacks out the projector.", 15000)

    def _action(self, text: str, keys: list[str] | QKeySequence.StandardKey, slot: Callable[[], object],
                button: bool = True) -> QAction:
        action = QAction(text, self)
        sequences = [QKeySequence(k) for k in keys] if isinstance(keys, list) else [QKeySequence(keys)]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # the clicker works on either window
        action.triggered.connect(lambda _=False: slot())
        action.setToolTip(f"{text.replace('&', '')} ({', '.join(s.toString() for s in sequences)})")
        self.addAction(action)
        if button:
            self.console.add_button(action)
        return action

    def _make_actions(self) -> None:
        r = self.runner
        self.previous_action = self._action("◀ Previous", ["PgUp", "Left"], r.previous)
        self.next_action = self._action("Next ▶", ["PgDown", "Right", "Space"], r.next)
        self.timer_action = self._action("Pause/Start timer", ["T"], r.toggle_timer)
        self.minute_action = self._action("+1 min", ["+", "="], r.add_minute)
        self.blackout_action = self._action("Blackout", ["B", "."], r.toggle_blackout)
        self.pause_action = self._action("Pause slide", ["P"], r.toggle_pause)
        self.turn_action = self._action("Whose turn?", ["W"], r.whose_turn)
        self.pass_action = self._action("Pass", ["Shift+W"], r.pass_turn)
        self.groups_action = self._action("Make groups", ["G"], lambda: r.make_groups(self.console.group_size.value()))
        self.draw_action = self._action("Draw card", ["D"], r.draw_card)
        self.card_back_action = self._action("Return card to the deck", ["R"], r.put_card_back)
        self.freeze_action = self._action("Freeze!", ["F"], lambda: r.cue("Freeze!"))
        self.switch_action = self._action("Switch perspective", ["X"], lambda: r.cue("Switch perspective"))
        self.scene_action = self._action("Scene timer", ["S"], self._toggle_scene)
        self.scene_off_action = self._action("Clear scene timer", ["Shift+S"], r.reset_scene_timer, button=False)
        self.deal_action = self._action("Deal roles", ["A"], lambda: r.deal_roles(self.console.actors.value()))
        self.rhythm_action = self._action("Start rhythm", ["Y"], self.console.rhythm.start, button=False)
        self.rhythm_stop_action = self._action("Stop rhythm", ["Shift+Y"], self.console.rhythm.stop, button=False)
        self.console.rhythm.use_actions(self.rhythm_action, self.rhythm_stop_action)
        self.console.rhythm.placement = self._rhythm_placement
        self.present_action = self._action("Present", ["F5"], self.present)
        self.stop_action = self._action("Stop presenting", ["Esc"], self.stop_presenting, button=False)
        self.swap_action = self._action("Swap screens", ["Ctrl+Shift+S"], self.roles.swap)
        self.devices_action = self._action("Devices…", ["Ctrl+Shift+O"],
                                           lambda: self.devices_requested.emit(r.class_id))
        self.join_action = self._action("Join card", ["J"], r.toggle_join)
        for action in (self.devices_action, self.join_action):  # the panel has the same keys: never ambiguous
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # (console and projector still have them)
        self.end_action = self._action("End session", ["Ctrl+W"], self.close)
        menu = self.menuBar().addMenu("&Session")
        menu.addActions([self.next_action, self.previous_action, self.timer_action, self.minute_action])
        menu.addSeparator()
        menu.addActions([self.present_action, self.stop_action, self.blackout_action, self.pause_action,
                         self.swap_action])
        menu.addSeparator()
        menu.addActions([self.turn_action, self.pass_action, self.groups_action])
        menu.addSeparator()
        menu.addActions([self.draw_action, self.card_back_action, self.deal_action, self.scene_action,
                         self.scene_off_action, self.freeze_action, self.switch_action])
        menu.addSeparator()
        menu.addActions([self.rhythm_action, self.rhythm_stop_action])
        menu.addSeparator()
        menu.addActions([self.devices_action, self.join_action])
        menu.addSeparator()
        menu.addAction(self.end_action)
        for action in self.actions():
            self.projector.addAction(action)

    # Projector ----------------------------------------------------------------------------------
    def update_projector(self) -> None:
        runner, view = self.runner, self.projector
        if runner.mode == "blackout":
            view.show_blackout()
        elif runner.mode == "pause":
            view.show_pause()
        elif runner.mode == "turn" and runner.current_turn:
            student = runner.students[runner.current_turn[1]]
            view.show_turn(student.display_name, student.avatar_colour)
        elif runner.mode == "card" and runner.deck_play and runner.deck_play.current:
            view.show_card(runner.deck_play.current, runner.deck_play.deck.title)
        elif runner.mode == "roles" and runner.dealt:
            view.show_roles([[(runner.students[s].display_name, card.title) for s, card in hands]
                             for hands in runner.dealt])
        elif runner.mode == "cue":
            view.show_cue(runner.cue_text)
        elif runner.mode == "join":
            view.show_join(runner.join_addresses, runner.join_code)
        elif runner.mode == "groups" and runner.groups:
            view.show_groups([[(runner.students[s].display_name, runner.students[s].avatar_colour) for s in group]
                              for group in runner.groups])
        else:
            view.show_slide(runner.projected)

    def class_network_changed(self, details: JoinDetails | None) -> None:
        """The class network opened, moved to another address or closed: the join card (J) follows it."""
        if details is not None and details.class_id == self.runner.class_id:
            self.runner.set_join(list(details.addresses), details.code)
        else:
            self.runner.set_join([], "")

    def _rhythm_placement(self) -> tuple[int | None, bool]:
        """The projector screen, numbered as Qt lists screens (SDL numbers displays in the same order on
        X11 and Windows); with one screen a window, so the console's live figures stay in view."""
        if not self.roles.two_screens:
            return None, True
        screens = QGuiApplication.screens()
        return (screens.index(self.roles.display) if self.roles.display in screens else None), False

    def _toggle_scene(self) -> None:
        self.runner.scene_minutes = self.console.scene_minutes.value()
        self.runner.toggle_scene_timer()

    def _scene_tick(self) -> None:
        self.projector.set_scene_clock(self.runner.scene_text())

    def _place(self, widget: QWidget, screen, full: bool) -> None:
        """Without a window manager a window must be moved to its screen before going full screen."""
        widget.setScreen(screen)
        widget.setGeometry(screen.geometry() if full else screen.availableGeometry())
        if full:
            widget.showFullScreen()
        else:
            widget.showNormal()

    def present(self) -> None:
        self.presenting = True
        self._place(self.projector, self.roles.display, full=True)
        if self.roles.two_screens:
            self._place(self, self.roles.control, full=False)  # the console follows a swap too
            self.raise_()
            self.activateWindow()
        self.update_projector()

    def stop_presenting(self) -> None:
        self.presenting = False
        self.projector.hide()
        self.raise_()
        self.activateWindow()

    def _screens_changed(self) -> None:
        if not self.presenting:
            if self.roles.two_screens:
                self.statusBar().showMessage("A second screen is connected: press F5 to present on it.", 10000)
            return
        if self.roles.two_screens or self.roles.display is self.projector.screen():
            self.present()
        else:
            self.stop_presenting()
            self.statusBar().showMessage("The projector screen was disconnected. Press F5 to present on this "
                                         "screen.", 15000)

    # Ending --------------------------------------------------------------------------------------
    def end_session(self) -> None:
        """End without asking (the caller has asked): notes flushed, state saved, marked finished, the
        questionnaire closed to students; then the facilitator's observation is offered (never required)."""
        if not self.ended:
            self.console.rhythm.shutdown()
            self.console.flush_notes()
            closed = self.console.questionnaire.shutdown()
            self.runner.finish()
            self.ended = True
            self.observation = offer_observation(self.runner, closed)
        self.projector.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        opened = self.console.questionnaire.open_round() if not self.ended else None
        closes = (f" The questionnaire open to students ({self.console.questionnaire.describe(opened)}) will be "
                  "closed; what they answered is kept." if opened else "")
        if not self.ended and not confirm(self, "End the session?", "End this session? Attendance and notes are "
                                          f"saved.{closes} An ended session cannot be resumed."):
            event.ignore()
            return
        self.end_session()
        super().closeEvent(event)
