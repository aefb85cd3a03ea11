"""The presenter console: what the facilitator sees on the laptop while the class sees the projector.

Laid out as presenters know it from PowerPoint's presenter view and pympress: the script to read takes the
most room; beside it the big step timer and live thumbnails of the projector now and next (painted by the
projector's own view, so they are never wrong); a side panel of tabs for attendance, notes and cards; the
activity tools (rhythm, role-play, questionnaire) only on the steps that use them; and the buttons grouped
by purpose, each showing its key. It fits a 1280×720 school laptop and uses the room on a 1920×1080 one.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app.session.flow import format_ms, planned_minutes_before, timer_colour, with_join
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.challenge_panel import ChallengePanel
from app.ui.runner.console_actions import ActionBar, ActionGroup
from app.ui.runner.console_side import SidePanel
from app.ui.runner.console_tools import RolePlayPanel, ToolsArea, uses_rhythm
from app.ui.runner.controller import SessionRunner
from app.ui.runner.projector import ProjectorView
from app.ui.runner.questionnaire_panel import QuestionnairePanel
from app.ui.runner.rhythm_panel import RhythmPanel
from app.ui.runner.thumbnails import ProjectorThumbnails
from app.ui.words import word

# Translators: what the projector shows, after "NOW ON THE PROJECTOR ·" or "PROJECTOR READY (F5 presents it) ·"
PROJECTOR_WORDS = {"slide": QT_TRANSLATE_NOOP("runner.console", "the step"),
                   "blackout": QT_TRANSLATE_NOOP("runner.console", "BLACKED OUT (B brings it back)"),
                   "pause": QT_TRANSLATE_NOOP("runner.console", "the pause slide"),
                   "turn": QT_TRANSLATE_NOOP("runner.console", "whose turn"),
                   "groups": QT_TRANSLATE_NOOP("runner.console", "the groups"),
                   "roles": QT_TRANSLATE_NOOP("runner.console", "who plays which role"),
                   "card": QT_TRANSLATE_NOOP("runner.console", "the card (R returns it to the deck)"),
                   "cue": QT_TRANSLATE_NOOP("runner.console", "a cue for the actors"),
                   "join": QT_TRANSLATE_NOOP("runner.console", "the join card (J hides it)"),
                   "story": QT_TRANSLATE_NOOP("runner.console", "a shared story")}
SPLITTERS = ("outer", "upper")
TOOLS_SHARE = 0.38   # the activity tools' most of the console's height


def script_html(script: str) -> str:
    """The facilitator's script as paragraphs, with what to say aloud ("Say: …") easy to find mid-sentence."""
    paragraphs = []
    for paragraph in (p.strip() for p in script.split("\n\n")):
        if not paragraph:
            continue
        text = escape(paragraph).replace("\n", "<br>")
        if paragraph.startswith("Say:"):
            text = f"<b>Say:</b><span class='say'>{text[4:]}</span>"  # i18n: not text (the script's own "Say:")
        paragraphs.append(f"<p class='script'>{text}</p>")
    return "".join(paragraphs)


class ScriptSplitter(QSplitter):
    """The script and the thumbnails: asks for no more height than it needs, so the console's layout gives
    the tools what they ask for (up to their cap) and everything else to the script."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class PresenterConsole(QWidget):
    def __init__(self, runner: SessionRunner, projector: ProjectorView,
                 size_for_hidden: Callable[[], QSize] | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.setObjectName("presenterConsole")
        self.show_all_tools = False
        self._sized = False
        self._captioned: tuple[str, bool] | None = None   # (projector mode, shown) the caption describes

        self.position = QLabel()
        self.position.setObjectName("position")
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.script = theme.style_document(QTextBrowser())
        self.script.setObjectName("script")
        self.script.setAccessibleName(translate("runner.console", "Facilitator script"))
        script_column = self._column(self.position, self.heading, (self.script, 1))

        self.timer = QLabel()
        self.timer.setObjectName("timer")
        self.timer.setAccessibleName(translate("runner.console", "Step timer"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.pace = QLabel()
        self.pace.setObjectName("pace")
        self.pace.setWordWrap(True)
        self.pace.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbs = ProjectorThumbnails(projector, size_for_hidden)
        self.projector_state = QLabel()
        self.projector_state.setObjectName("projectorState")
        self.projector_state.setWordWrap(True)
        self.turn = QLabel()
        self.turn.setObjectName("turnLabel")
        self.turn.setWordWrap(True)
        self.turn.hide()
        self.next_up = QLabel()
        self.next_up.setObjectName("nextUp")
        self.next_up.setWordWrap(True)
        self.timer_buttons = ActionGroup("Timer", caption=False, stretch=True)
        self.navigate = ActionGroup("Navigate", caption=False, stretch=True)
        self.session_buttons = ActionGroup("Session", caption=False)   # the window puts it by the menu
        presenter_column = self._column(self.timer, self.pace, self.timer_buttons, self.projector_state,
                                        (self.thumbs.current, 3), self.turn, self.navigate, self.next_up,
                                        (self.thumbs.upcoming, 2), QWidget())   # below: what the thumbnails leave
        self.upper = ScriptSplitter(Qt.Orientation.Horizontal)
        self.upper.setObjectName("upperSplitter")
        self.upper.addWidget(script_column)
        self.upper.addWidget(presenter_column)
        self.upper.setChildrenCollapsible(False)

        self.questionnaire = QuestionnairePanel(runner)  # counts only, never anyone's answers
        self.rhythm = RhythmPanel(runner)  # individual figures live here, never on the projector
        self.role_play = RolePlayPanel(runner)
        for signal in (self.rhythm.process.ready, self.rhythm.process.ended):
            signal.connect(self._fit_panels)
        self.challenge = ChallengePanel(runner)   # counts only, never who wrote a check-in
        self.tools = ToolsArea(self.questionnaire, self.challenge, self.rhythm, self.role_play)
        work = self._column((self.upper, 1), self.tools)
        self.side = SidePanel(runner)
        self.outer = QSplitter(Qt.Orientation.Horizontal)
        self.outer.setObjectName("outerSplitter")
        self.outer.addWidget(work)
        self.outer.addWidget(self.side)
        self.outer.setCollapsible(0, False)
        self.action_bar = ActionBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.outer, 1)
        layout.addWidget(self.action_bar)

        # the names the rest of the app and the tests know the console's parts by
        self.attendance, self.group_size, self.notes, self.history = (
            self.side.attendance, self.side.group_size, self.side.notes, self.side.history)
        self.deck, self.heavy, self.card = self.role_play.deck, self.role_play.heavy, self.role_play.card
        self.scene_minutes, self.actors, self.scene_clock = (
            self.role_play.scene_minutes, self.role_play.actors, self.role_play.scene_clock)
        runner.changed.connect(self.refresh)
        runner.tick.connect(self.refresh_timer)

    @staticmethod
    def _column(*parts: QWidget | tuple[QWidget, int]) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for part in parts:
            widget, stretch = part if isinstance(part, tuple) else (part, 0)
            layout.addWidget(widget, stretch)
        return column

    # Buttons -------------------------------------------------------------------------------------------
    def add_button(self, action: QAction, group: str = "Session", big: bool = False) -> None:
        """A button in its group: the timer's under the timer, Previous/Next under what the class sees (as in
        PowerPoint's presenter view), role-play with its controls, the rest in the bar along the bottom."""
        places = {"Timer": self.timer_buttons, "Navigate": self.navigate, "Session": self.session_buttons,
                  "Role-play": self.role_play.buttons}
        place = places.get(group) or self.action_bar.group(group)
        place.add(action, big)

    def set_show_all_tools(self, shown: bool) -> None:
        self.show_all_tools = shown
        self._fit_panels()

    # Loading and saving ------------------------------------------------------------------------------
    def load(self, notes: str) -> None:
        self.side.load(notes)
        self.role_play.load()
        self.refresh()
        self.questionnaire.refresh()
        self.challenge.refresh()

    def flush_notes(self) -> None:
        self.side.flush_notes()

    def save_state(self, settings: QSettings) -> None:
        for name in SPLITTERS:
            settings.setValue(f"runner/splitter/{name}", getattr(self, name).saveState())

    def restore_state(self, settings: QSettings) -> None:
        restored = [getattr(self, name).restoreState(settings.value(f"runner/splitter/{name}"))
                    for name in SPLITTERS if settings.value(f"runner/splitter/{name}") is not None]
        self._sized = bool(restored) and all(restored)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:   # nothing saved: the side panel a quarter, the thumbnails two fifths of the rest
            self._sized = True
            width = max(self.width(), 1000)
            side = max(240, int(width * 0.24))
            self.outer.setSizes([width - side, side])
            work = width - side
            thumbs = max(300, int(work * 0.38))
            self.upper.setSizes([work - thumbs, thumbs])

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The tools never take more than half the height: the rest scrolls, and the script keeps its lines."""
        super().resizeEvent(event)
        self.tools.set_cap(int(self.height() * TOOLS_SHARE))

    # Showing ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        runner, slide = self.runner, self.runner.slide
        self.position.setText(translate("runner.console", "Step {number} of {total} · {part}").format(
            number=runner.index + 1, total=len(runner.slides), part=escape(word(slide.part or slide.kind))))
        self.heading.setText(f"{slide.heading} — {slide.title}")   # plain text: an apostrophe stays one
        self.script.setHtml(script_html(slide.script))
        upcoming = runner.next_slide
        # Translators: the caption over the thumbnail of the step that comes next
        next_word = translate("runner.console", "NEXT")
        self.next_up.setText(f"<b>{next_word}</b> · " + (
            translate("runner.console", "{heading} — {title} ({minutes} min)").format(
                heading=escape(upcoming.heading), title=escape(upcoming.title), minutes=upcoming.minutes)
            if upcoming else translate("runner.console", "the end of the session")))
        self.thumbs.show_next(with_join(upcoming, runner.join_addresses, runner.join_code) if upcoming else None)
        if runner.current_turn and runner.mode == "turn":
            name = escape(runner.students[runner.current_turn[1]].display_name)
            self.turn.setText(translate("runner.console", "Turn: <b>{name}</b> (Shift+W if they pass)")
                              .format(name=name))
        self.turn.setVisible(bool(runner.current_turn) and runner.mode == "turn")
        self.role_play.refresh()
        self.side.refresh()
        self._fit_panels()
        self.refresh_timer()

    def projector_changed(self) -> None:
        """The window has just updated the projector: caption and thumbnail follow the view itself."""
        self._caption()
        self.thumbs.projector_changed()

    def _caption(self) -> None:
        projector = self.thumbs.projector
        mode = projector.mode
        words = translate("runner.console", PROJECTOR_WORDS[mode]) if mode in PROJECTOR_WORDS else mode
        if projector.mode == "cue":
            words = translate("runner.console", "the cue “{cue}”").format(cue=escape(self.runner.cue_text))
        now = translate("runner.console", "NOW ON THE PROJECTOR")
        where = f"<b>{now}</b>" if projector.isVisible() else \
            translate("runner.console", "<b>PROJECTOR READY</b> (F5 presents it)")
        self.projector_state.setText(f"{where} · {words}")
        self._captioned = (projector.mode, projector.isVisible())

    def follow_projector(self) -> None:
        """Between `changed` signals the projector can change by itself (a card turning over, the scene
        clock, a story from the journal wall, Esc hiding it): the tick keeps caption and thumbnail honest."""
        projector = self.thumbs.projector
        if self._captioned != (projector.mode, projector.isVisible()):
            self._caption()
        self.thumbs.tick()

    def _fit_panels(self, *_: object) -> None:
        """Each step shows the tools its activity uses. Nobody drums during a questionnaire: the rhythm panel
        stays away there unless a run is going on; F9 (All tools) shows everything on demand."""
        runner = self.runner
        activity = runner.curriculum.activity(runner.slide.activity_id or "")
        questionnaire = runner.slide.kind in ("questionnaire", "challenge")
        wanted = uses_rhythm(activity) or (self.show_all_tools and not questionnaire)
        self.rhythm.setVisible(self.rhythm.running or wanted)
        self.role_play.setVisible(self.show_all_tools or self.role_play.wanted(activity))
        self.tools.follow()

    def refresh_timer(self) -> None:
        runner = self.runner
        self.role_play.refresh_clock()
        total = runner.slide.minutes * 60_000
        remaining = runner.countdown.remaining()
        if total == 0:
            self.timer.setText(translate("runner.console", "no timer"))
            theme.set_state(self.timer, "state", "none")
            self.pace.setText(translate("runner.console", "Elapsed {elapsed} of {planned} planned minutes").format(
                elapsed=format_ms(runner.elapsed_ms()), planned=runner.plan.minutes))
            return
        state = timer_colour(remaining, total)
        # words, since the font has no pause sign
        # Translators: after the step timer's time left ("4:59 paused")
        paused = "" if runner.countdown.running else " " + translate("runner.console", "paused")
        self.timer.setText(format_ms(remaining) + paused)
        theme.set_state(self.timer, "state", state)   # its colour: re-polished only when the state changes
        planned_end = planned_minutes_before(runner.slides, runner.index + 1)
        self.pace.setText(translate("runner.console", "Elapsed {elapsed} · planned {planned} of {total} min by the end "
                                    "of this {minutes}-min step").format(
            elapsed=format_ms(runner.elapsed_ms()), planned=planned_end, total=runner.plan.minutes,
            minutes=runner.slide.minutes))

