"""The projector view: only student-facing content, as large as the screen allows, readable from the back row.

It shows exactly one of: a slide, the pause or a cue, a drawn card, the groups or dealt roles, whose turn it is,
a shared story, the join card, or nothing (blackout). Text is fitted, not fixed: every page measures its words
and takes the largest size that fits the free area (projector_fit.py), between a floor the back row can read and
a cap that keeps short slides calm; the room's text scale (set_text_scale) moves both. Two optional clocks sit in
the corners, the scene timer at the top right and the step's countdown at the bottom right; while one shows,
the pages keep their text out of its band.

Pages are placed by hand (no layouts), so each page's geometry is exact the moment it is shown: the console
can grab a thumbnail straight away and tests can measure what the class sees.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from app import APP_NAME
from app.curriculum.model import Card
from app.session.flow import Slide
from app.ui.i18n import translate
from app.ui.runner.projector_board import BoardFace, Member, TurnFace
from app.ui.runner.projector_card import CardFace
from app.ui.runner.projector_fit import HEADING_CAP, HEADING_SCALE, clamp_scale, limits
from app.ui.runner.projector_text import (
    ACCENT,
    BACKGROUND,
    SOFT,
    TEXT,
    CornerClock,
    FitLabel,
    TextPage,
    TextStyle,
    countdown_state,
)

__all__ = ["BACKGROUND", "LARGER_KEYS", "RESET_KEYS", "REVEAL_MS", "SCALE_SETTING", "SMALLER_KEYS", "TEXT",
           "ProjectorView", "next_scale"]

log = logging.getLogger(__name__)

REVEAL_MS = 900   # how long a drawn card shows its back before it turns over
# The room's text scale: remembered by the caller under this QSettings key, changed with these keys on the
# runner (Ctrl+0 and Ctrl+1…9 belong to the questionnaire panel, Ctrl+-/Ctrl+= to the student writer).
SCALE_SETTING = "projector/textScale"
LARGER_KEYS = ("Ctrl+Shift+=", "Ctrl+Shift++")
SMALLER_KEYS = ("Ctrl+Shift+-", "Ctrl+Shift+_")
RESET_KEYS = ("Ctrl+Shift+0", "Ctrl+Shift+)")
SCALE_STEP = 0.1


def next_scale(current: float, direction: int) -> float:
    """The next text scale one step larger (+1), smaller (-1) or back to 1.0 (0), within 0.7–1.6."""
    return 1.0 if direction == 0 else round(clamp_scale(current + SCALE_STEP * direction), 2)


class ProjectorView(QWidget):
    """What the class sees. The runner window drives it (show_*), the console may render it small as a live
    thumbnail, and tests read `visible_text()`: it is the one place that decides what is on the wall."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} — " + translate("runner.projector", "Projector"))
        self.setObjectName("projector")
        self.setAccessibleName(translate("runner.projector", "Projector view"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)
        self.scale = 1.0
        self.heading = FitLabel("heading", TextStyle(HEADING_SCALE, HEADING_CAP, True, "center", ACCENT))
        self.lines = FitLabel("lines", TextStyle())
        self.slide_page = TextPage(self.heading, self.lines)
        # Translators: the pause slide, big on the projector
        self.pause_title = FitLabel("pause", TextStyle(3.0, 0.22, True, "center"),
                                    translate("runner.projector", "Pause"))
        self.pause_sub = FitLabel("pauseSub", TextStyle(1.0, 0, False, "center", SOFT),
                                  translate("runner.projector", "Back in a moment."))
        self.pause_page = TextPage(self.pause_title, self.pause_sub)
        self.story_prompt = FitLabel("storyPrompt", TextStyle(0.6, 0, False, "center", ACCENT))
        self.story_text = FitLabel("storyText", TextStyle(1.3, 0.1, True))
        self.story_name = FitLabel("storyName", TextStyle(0.75, 0, False, "center", SOFT))
        self.story_page = TextPage(self.story_prompt, self.story_text, self.story_name)
        self.card_face = CardFace()
        self.board = BoardFace()
        self.turn_name = TurnFace()
        self.black_page = QWidget()
        self.black_page.setAutoFillBackground(True)
        black = self.black_page.palette()
        black.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.black_page.setPalette(black)
        self.join_card: QWidget | None = None   # made on first use (it pulls in the QR code)
        self.pages: list[QWidget] = [self.slide_page, self.pause_page, self.story_page, self.card_face,
                                     self.board, self.turn_name, self.black_page]
        for page in self.pages:
            page.setParent(self)
            page.hide()
        self.current: QWidget = self.slide_page
        self.mode = "slide"
        self._reveal_for: Card | None = None
        self._reveal_deck = ""
        self._reveal_timer = QTimer(self)   # owned by the view, so it never fires after the view is gone
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._turn_over)
        self.scene_clock = CornerClock("sceneClock", ACCENT)   # the scene timer, over whatever is shown
        self.countdown = CornerClock("countdown")               # the step's time left, when the facilitator shows it
        self.countdown.setAccessibleName(translate("runner.projector", "Time left in this step"))
        self._countdown_text: str | None = None
        for clock in (self.scene_clock, self.countdown):
            clock.setParent(self)
            clock.hide()
        self._bands = (0, 0)
        self._set_mode("slide", self.slide_page)

    # Sizes ------------------------------------------------------------------------------------
    def body_px(self) -> int:
        """The slide's body text size in pixels as fitted now (with no lines on the slide: the fitter's floor)."""
        return self.lines.px or limits(self.height(), self.scale)[0]

    def text_scale(self) -> float:
        return self.scale

    def set_text_scale(self, factor: float) -> None:
        """Make everything larger or smaller for the room (0.7–1.6, on top of the fitting); the caller
        remembers it (SCALE_SETTING) and restores it when a session starts."""
        factor = clamp_scale(factor)
        if factor != self.scale:
            log.info("Projector text scale %.2f", factor)
            self.scale = factor
            self._place_clocks()
            self._relayout()

    def free_area(self) -> QRect:
        """Where page text may go: margins all round, and the clocks' bands kept clear while they show."""
        width, height = self.width(), self.height()
        side, edge = round(width * 0.045), round(height * 0.045)
        top, bottom = max(edge, self._bands[0]), max(edge, self._bands[1])
        return QRect(side, top, max(40, width - 2 * side), max(40, height - top - bottom))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_clocks()
        self._relayout()

    def _relayout(self) -> None:
        page = self.current
        page.setGeometry(self.rect())
        relayout = getattr(page, "relayout", None)
        if relayout is not None:
            relayout(self.free_area(), self.scale)

    # The clocks -------------------------------------------------------------------------------
    def set_scene_clock(self, text: str) -> None:
        """'Scene 2:45' in the top corner while a scene runs; nothing otherwise (and never over a blackout)."""
        if text != self.scene_clock.text():
            self.scene_clock.set_state(text, ACCENT)
        self._sync_clocks()

    def set_countdown(self, text: str | None) -> None:
        """The step's time left ('4:59'; negative once over) large in the bottom corner, or None to hide it.
        Called every tick: it does nothing unless what the class sees changes."""
        if text == self._countdown_text:
            return
        self._countdown_text = text
        if text is not None:
            shown, colour, border = countdown_state(text)
            if (shown, colour, border) != (self.countdown.text(), self.countdown.colour, self.countdown.border):
                self.countdown.set_state(shown, colour, border)
                self.countdown.setAccessibleName(translate("runner.projector", "Time left in this step: {time}")
                                                 .format(time=shown))
        self._sync_clocks()

    def _sync_clocks(self) -> None:
        shown = self.mode != "blackout"
        self.scene_clock.setVisible(shown and bool(self.scene_clock.text()))
        self.countdown.setVisible(shown and self._countdown_text is not None)
        self._place_clocks()

    def _place_clocks(self) -> None:
        screen = self.rect()
        self.scene_clock.place(screen, self.scale, Qt.Corner.TopRightCorner)
        self.countdown.place(screen, self.scale, Qt.Corner.BottomRightCorner)
        bands = (self.scene_clock.band() if not self.scene_clock.isHidden() else 0,
                 self.countdown.band() if not self.countdown.isHidden() else 0)
        if bands != self._bands:   # a clock came or went: the page makes room (or takes it back)
            self._bands = bands
            self._relayout()

    # What the class sees ----------------------------------------------------------------------
    def show_slide(self, slide: Slide) -> None:
        self.heading.setText(slide.heading)
        self.lines.setText("\n".join(slide.lines))
        self._set_mode("slide", self.slide_page)

    def show_blackout(self) -> None:
        self._set_mode("blackout", self.black_page)

    def show_turn(self, name: str, colour: str) -> None:
        self.turn_name.set_turn(name, colour)
        self._set_mode("turn", self.turn_name)

    def show_groups(self, groups: list[list[tuple[str, str]]]) -> None:
        """Groups as tiles: (name, avatar colour) per student; nothing else about them."""
        count = len(groups)   # a plain name: lupdate reads no other count
        self.board.set_tiles([(translate("runner.projector", "Group {number}").format(number=n),
                               [Member(name, colour or ACCENT) for name, colour in group])
                              for n, group in enumerate(groups, start=1)],
                             translate("runner.projector", "%n group(s)", None, count))
        self._set_mode("groups", self.board)

    def show_roles(self, groups: list[list[tuple[str, str]]]) -> None:
        """Who plays which role: (name, role title) per student, group by group."""
        many = len(groups) > 1
        self.board.set_tiles([(translate("runner.projector", "Group {number}").format(number=n) if many
                               else translate("runner.projector", "Roles"),
                               [Member(name, "", role) for name, role in group])
                              for n, group in enumerate(groups, start=1)], translate("runner.projector", "Roles dealt"))
        self._set_mode("roles", self.board)

    def show_card(self, card: Card, deck_title: str, reveal_ms: int = REVEAL_MS) -> None:
        """A drawn role-play card: first its back (the deck's name) for a moment, so the room looks up,
        then it turns over to the card itself, big enough to act from across the room."""
        if self.mode == "card" and card is self._reveal_for:
            return                      # the same card again (a refresh): its reveal or face stays as it is
        self._reveal_for, self._reveal_deck = card, deck_title
        if reveal_ms <= 0:
            self._reveal_timer.stop()
            self.card_face.show_face(card, deck_title)
        else:
            self.card_face.show_back(deck_title)
            self._reveal_timer.start(reveal_ms)
        self._set_mode("card", self.card_face)

    def _turn_over(self) -> None:
        if self._reveal_for is not None and self.mode == "card":
            self.card_face.show_face(self._reveal_for, self._reveal_deck, animate=True)

    def show_cue(self, text: str) -> None:
        self.pause_title.setText(text)
        self.pause_sub.setText("")
        self._set_mode("cue", self.pause_page)

    def show_pause(self) -> None:
        self.pause_title.setText(translate("runner.projector", "Pause"))
        self.pause_sub.setText(translate("runner.projector", "Back in a moment."))
        self._set_mode("pause", self.pause_page)

    def show_story(self, text: str, prompt: str | None, name: str | None = None) -> None:
        """A journal entry a student shared with the class: their words as large as fit, the prompt small
        above them, and their name below only when the facilitator chose to show it."""
        self.story_prompt.setText(prompt or "")
        self.story_text.setText(text.strip())
        self.story_name.setText(f"— {name}" if name else "")
        self._set_mode("story", self.story_page)

    def show_join(self, addresses: list[str], code: str) -> None:
        """The class network's join card: the address, its QR code and the join code, for the back row."""
        if self.join_card is None:
            from app.ui.classnet.join_card import JoinCard

            self.join_card = JoinCard()
            self.join_card.setParent(self)
            self.pages.append(self.join_card)
        self.join_card.set_details(addresses, code)
        self._set_mode("join", self.join_card)

    def _set_mode(self, mode: str, page: QWidget) -> None:
        if mode != "card":
            self._reveal_for = None
            self._reveal_timer.stop()
        self.mode = mode
        if page is not self.current:
            self.current.hide()
            self.current = page
        self._relayout()
        page.show()
        page.lower()   # the clocks stay on top
        self._sync_clocks()

    def visible_text(self) -> str:
        """Everything the class can read right now (tests check what never appears here): every label the
        current page paints, then the clocks that show."""
        page = self.current
        labels = [page] if isinstance(page, QLabel) else page.findChildren(QLabel)
        shown = [label.text() for label in labels if label.text() and not label.isHidden()]
        shown += [clock.text() for clock in (self.scene_clock, self.countdown) if not clock.isHidden()]
        return "\n".join(shown)
