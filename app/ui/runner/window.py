"""The runner window: the presenter console, its clicker-friendly actions, and the projector window
placed on the display screen (following screens as they come and go).

Every action keeps its keys application-wide (a clicker works whichever window has focus) and, when it has a
button, shows its first key on it. The window's size and place and the console's splitters are kept in the data
folder's window.ini (beside the main window's), so the console opens as the facilitator left it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from app import APP_NAME
from app.session.flow import format_ms
from app.ui import theme
from app.ui.i18n import translate
from app.ui.runner.console import PresenterConsole
from app.ui.runner.console_actions import ICON_AFTER_TEXT, teach_key
from app.ui.runner.controller import SessionRunner
from app.ui.runner.deck_picker import ask_for_deck
from app.ui.runner.observation import ObservationDialog, offer_observation
from app.ui.runner.projector import (
    LARGER_KEYS,
    RESET_KEYS,
    SCALE_SETTING,
    SMALLER_KEYS,
    ProjectorView,
    next_scale,
)
from app.ui.runner.screens import ScreenRoles
from app.ui.runner.thumbnails import FALLBACK_SIZE
from app.ui.widgets import confirm

if TYPE_CHECKING:
    from app.ui.classnet.join_card import JoinDetails

log = logging.getLogger(__name__)
COUNTDOWN_SETTING = "projector/showCountdown"  # the class sees the step's time left (C)


class RunnerWindow(QMainWindow):
    devices_requested = Signal(str)   # class id: the class network's panel for this session's class

    def __init__(self, runner: SessionRunner, notes: str) -> None:
        super().__init__()
        self.runner = runner
        self.setWindowTitle(f"{APP_NAME} — {runner.plan.title}")
        self.setObjectName("runnerWindow")
        self.projector = ProjectorView()
        self.roles = ScreenRoles()
        self.console = PresenterConsole(runner, self.projector, self._projector_size)
        self.setCentralWidget(self.console)
        self.settings = QSettings(str(runner.store.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self._geometry_restored = False
        self.presenting = False
        self.ended = False
        self.observation: ObservationDialog | None = None   # offered when the session ends
        self._make_actions()
        self.console.load(notes)
        self.console.restore_state(self.settings)
        runner.changed.connect(self.update_projector)
        runner.tick.connect(self._tick)
        runner.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        runner.deck_needed.connect(lambda activity: ask_for_deck(runner, activity, self))
        self.projector.set_text_scale(float(self.settings.value(SCALE_SETTING, 1.0)))
        self.roles.changed.connect(self._screens_changed)
        self.update_projector()
        self._tick()
        self.statusBar().showMessage(translate("runner.window", "F5 shows the projector view; Esc hides it. Page "
                                               "Down / Page Up move between steps; B blacks out the projector."), 15000)

    def _action(self, text: str, keys: list[str] | QKeySequence.StandardKey, slot: Callable[[], object],
                group: str | None = None, big: bool = False, icon: str = "", icon_after: bool = False) -> QAction:
        """An action whose keys work on the console and the projector alike (the clicker follows neither
        window's focus); with a group, also a button there that shows its key (and its icon, if it has one)."""
        action = QAction(theme.icon(icon), text, self) if icon else QAction(text, self)
        action.setProperty(ICON_AFTER_TEXT, icon_after)   # Next's arrow points where it goes: after the words
        sequences = [QKeySequence(k) for k in keys] if isinstance(keys, list) else [QKeySequence(keys)]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # the clicker works on either window
        action.triggered.connect(lambda _=False: slot())
        action.setToolTip(f"{text.replace('&', '')} ({', '.join(s.toString() for s in sequences)})")
        teach_key(action)
        self.addAction(action)
        if group is not None:
            self.console.add_button(action, group, big)
        return action

    def _make_actions(self) -> None:
        """The window's actions; the groups ("Navigate", "Projector"…) are keys, captioned by console_actions."""
        r = self.runner
        self.previous_action = self._action(translate("runner.window", "◀ Previous"), ["PgUp", "Left"], r.previous,
                                            "Navigate", big=True, icon="previous")
        self.next_action = self._action(translate("runner.window", "Next ▶"), ["PgDown", "Right", "Space"], r.next,
                                        "Navigate", big=True, icon="next", icon_after=True)
        self.timer_action = self._action(translate("runner.window", "Pause/Start timer"), ["T"], r.toggle_timer,
                                         "Timer", big=True, icon="pause")
        self._timer_icon = "pause"
        self.minute_action = self._action(translate("runner.window", "+1 min"), ["+", "="], r.add_minute, "Timer")
        self.blackout_action = self._action(translate("runner.window", "Blackout"), ["B", "."], r.toggle_blackout,
                                            "Projector", big=True, icon="blackout")
        self.pause_action = self._action(translate("runner.window", "Pause slide"), ["P"], r.toggle_pause,
                                         "Projector")
        self.join_action = self._action(translate("runner.window", "Join card"), ["J"], r.toggle_join, "Projector")
        self.present_action = self._action(translate("runner.window", "Present", "show on the projector"), ["F5"],
                                           self.present, "Projector", icon="present")
        self.stop_action = self._action(translate("runner.window", "Stop presenting"), ["Esc"], self.stop_presenting)
        self.swap_action = self._action(translate("runner.window", "Swap screens"), ["Ctrl+Shift+S"], self.roles.swap,
                                        "Projector")
        self.turn_action = self._action(translate("runner.window", "Whose turn?"), ["W"], r.whose_turn, "Class")
        self.pass_action = self._action(translate("runner.window", "Pass", "the student passes their turn"),
                                        ["Shift+W"], r.pass_turn, "Class")
        self.groups_action = self._action(translate("runner.window", "Make groups"), ["G"],
                                          lambda: r.make_groups(self.console.group_size.value()), "Class")
        self.devices_action = self._action(translate("runner.window", "Devices…"), ["Ctrl+Shift+O"],
                                           lambda: self.devices_requested.emit(r.class_id), "Class", icon="devices")
        for action in (self.devices_action, self.join_action):  # the panel has the same keys: never ambiguous
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # (console and projector still have them)
        self.draw_action = self._action(translate("runner.window", "Draw card"), ["D"], r.draw_card, "Role-play")
        self.card_back_action = self._action(translate("runner.window", "Return card to the deck"), ["R"],
                                             r.put_card_back, "Role-play")
        # Translators: the short label of "Return card to the deck" on its button, followed by its key (R)
        teach_key(self.card_back_action, translate("runner.window", "Return card"))
        self.deal_action = self._action(translate("runner.window", "Deal roles"), ["A"],
                                        lambda: r.deal_roles(self.console.actors.value()), "Role-play")
        self.scene_action = self._action(translate("runner.window", "Scene timer"), ["S"], self._toggle_scene,
                                         "Role-play")
        self.scene_off_action = self._action(translate("runner.window", "Clear scene timer"), ["Shift+S"],
                                             r.reset_scene_timer)
        # Translators: a cue shown big on the projector: the actors stop where they are
        freeze = translate("runner.window", "Freeze!")
        self.freeze_action = self._action(freeze, ["F"], lambda: r.cue(freeze), "Role-play")
        # Translators: a cue shown big on the projector: the actors play the scene from another role's side
        switch = translate("runner.window", "Switch perspective")
        self.switch_action = self._action(switch, ["X"], lambda: r.cue(switch), "Role-play")
        self.rhythm_action = self._action(translate("runner.window", "Start rhythm"), ["Y"], self.console.rhythm.start)
        self.rhythm_stop_action = self._action(translate("runner.window", "Stop rhythm"), ["Shift+Y"],
                                               self.console.rhythm.stop)
        self.console.rhythm.use_actions(self.rhythm_action, self.rhythm_stop_action)
        self.console.rhythm.placement = self._rhythm_placement
        self.countdown_action = self._action(translate("runner.window", "Countdown for the class"), ["C"],
                                             self._toggle_countdown, icon="timer")
        self.countdown_action.setCheckable(True)
        self.countdown_action.setChecked(self.settings.value(COUNTDOWN_SETTING, False, type=bool))
        self.larger_action = self._action(translate("runner.window", "Projector text larger"), list(LARGER_KEYS),
                                          lambda: self._scale(+1))
        self.smaller_action = self._action(translate("runner.window", "Projector text smaller"), list(SMALLER_KEYS),
                                           lambda: self._scale(-1))
        self.reset_scale_action = self._action(translate("runner.window", "Projector text as fitted"),
                                               list(RESET_KEYS), lambda: self._scale(0))
        self.tools_action = self._action(translate("runner.window", "All tools"), ["F9"], lambda: None, "Session")
        self.tools_action.setCheckable(True)
        self.tools_action.setToolTip(translate("runner.window", "Show the rhythm and role-play tools on every step "
                                               "(F9); otherwise they appear on the steps that use them"))
        self.tools_action.toggled.connect(self.console.set_show_all_tools)
        self.end_action = self._action(translate("runner.window", "End session"), ["Ctrl+W"], self.close, "Session")
        menu = self.menuBar().addMenu(translate("runner.window", "&Session"))
        menu.addActions([self.next_action, self.previous_action, self.timer_action, self.minute_action])
        menu.addSeparator()
        menu.addActions([self.present_action, self.stop_action, self.blackout_action, self.pause_action,
                         self.swap_action, self.countdown_action, self.larger_action, self.smaller_action,
                         self.reset_scale_action])
        menu.addSeparator()
        menu.addActions([self.turn_action, self.pass_action, self.groups_action])
        menu.addSeparator()
        menu.addActions([self.draw_action, self.card_back_action, self.deal_action, self.scene_action,
                         self.scene_off_action, self.freeze_action, self.switch_action])
        menu.addSeparator()
        menu.addActions([self.rhythm_action, self.rhythm_stop_action, self.tools_action])
        menu.addSeparator()
        menu.addActions([self.devices_action, self.join_action])
        menu.addSeparator()
        menu.addAction(self.end_action)
        self.menuBar().setCornerWidget(self.console.session_buttons)
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
        self.console.projector_changed()

    def _projector_size(self) -> QSize:
        """How big the projector is while it is hidden, so its thumbnail is laid out as the class will see it:
        the display screen's size when there is one, else a common projector's 1920×1080."""
        display = self.roles.display
        if self.roles.two_screens and display is not None:
            return display.geometry().size()
        return FALLBACK_SIZE

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

    def _toggle_countdown(self) -> None:
        self.settings.setValue(COUNTDOWN_SETTING, self.countdown_action.isChecked())
        self._tick()

    def _scale(self, step: int) -> None:
        """The projector's text larger or smaller for this room (on top of the fitting), remembered."""
        scale = next_scale(self.projector.text_scale(), step)
        self.projector.set_text_scale(scale)
        self.settings.setValue(SCALE_SETTING, scale)
        self.statusBar().showMessage(translate("runner.window", "Projector text at {percent}% of the fitted size.")
                                     .format(percent=round(scale * 100)), 4000)
        self.console.follow_projector()

    def _tick(self) -> None:
        """Four times a second: the clocks on the projector, the timer button's word, the thumbnail."""
        self.projector.set_scene_clock(self.runner.scene_text())
        shown = self.countdown_action.isChecked() and self.runner.slide.minutes > 0
        self.projector.set_countdown(format_ms(self.runner.countdown.remaining()) if shown else None)
        running = self.runner.countdown.running
        teach_key(self.timer_action, translate("runner.window", "Pause timer") if running
                  else translate("runner.window", "Start timer"))
        if self._timer_icon != ("pause" if running else "play"):   # a new icon only when the state changes
            self._timer_icon = "pause" if running else "play"
            self.timer_action.setIcon(theme.icon(self._timer_icon))
        self.console.follow_projector()

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
        self.console.projector_changed()
        self.raise_()
        self.activateWindow()

    def _screens_changed(self) -> None:
        if not self.presenting:
            if self.roles.two_screens:
                self.statusBar().showMessage(translate("runner.window", "A second screen is connected: press F5 to "
                                                       "present on it."), 10000)
            return
        if self.roles.two_screens or self.roles.display is self.projector.screen():
            self.present()
        else:
            self.stop_presenting()
            self.statusBar().showMessage(translate("runner.window", "The projector screen was disconnected. Press F5 "
                                                   "to present on this screen."), 15000)

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
            from app.ui.runner.summary import show_summary  # the day's counts above the observation

            show_summary(self.runner, self.observation)
        self.projector.close()

    # Window state -------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """The saved size and place come back when the window first shows (the opener first puts it on the
        laptop's screen; a size saved on another laptop is brought onto this one's screen by Qt)."""
        if not self._geometry_restored:
            self._geometry_restored = True
            geometry = self.settings.value("runner/geometry")
            if geometry is not None and not self.restoreGeometry(geometry):
                log.info("runner window: saved geometry not usable here")
        super().showEvent(event)

    def save_window_state(self) -> None:
        self.settings.setValue("runner/geometry", self.saveGeometry())
        self.console.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        opened = self.console.questionnaire.open_round() if not self.ended else None
        question = (translate("runner.window", "End this session? Attendance and notes are saved. The questionnaire "
                              "open to students ({questionnaire}) will be closed; what they answered is kept. An "
                              "ended session cannot be resumed.")
                    .format(questionnaire=self.console.questionnaire.describe(opened)) if opened else
                    translate("runner.window", "End this session? Attendance and notes are saved. An ended session "
                              "cannot be resumed."))
        if not self.ended and not confirm(self, translate("runner.window", "End the session?"), question):
            event.ignore()
            return
        self.save_window_state()
        self.end_session()
        super().closeEvent(event)
