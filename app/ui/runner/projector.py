"""The projector view: only student-facing content, large and high-contrast, readable from the back.

It shows exactly one of: a slide, the pause slide, a turn, the groups, or nothing (blackout).
Sizes follow the screen: body text is 1/24 of the screen height (45 px on 1080p).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from app.curriculum.model import Card
from app.session_flow import Slide

BACKGROUND = "#121620"
TEXT = "#FFFFFF"
REVEAL_MS = 900   # how long a drawn card shows its back before it turns over


class Avatar(QWidget):
    """A coloured disc with a letter: a student's avatar, never a photo."""

    def __init__(self, colour: str, name: str, size: int) -> None:
        super().__init__()
        self.colour, self.letter = QColor(colour), (name[:1] or "?").upper()
        self.setFixedSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(self.rect())
        painter.setPen(QColor(TEXT))
        font = painter.font()
        font.setPixelSize(int(self.height() * 0.5))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.letter)


class ProjectorView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Empathy Ambassadors — Projector")
        self.setObjectName("projector")
        self.setAccessibleName("Projector view")
        self.setStyleSheet(f"QWidget#projector, QWidget#projector QWidget {{ background: {BACKGROUND}; }}"
                           f"QLabel {{ color: {TEXT}; }}")
        self.stack = QStackedLayout(self)
        self.heading = self._label("heading")
        self.lines = self._label("lines")
        self.slide_page = self._page(self.heading, self.lines)
        self.pause_page = self._page(self._label("pause", "Pause"), self._label("pauseSub", "Back in a moment."))
        self.turn_name = self._label("turnName")
        self.turn_page = QWidget()
        self.turn_layout = QVBoxLayout(self.turn_page)
        self.groups_page = QWidget()
        self.groups_grid = QGridLayout(self.groups_page)
        self.black_page = QWidget()
        self.black_page.setStyleSheet("background: black;")
        for page in (self.slide_page, self.pause_page, self.turn_page, self.groups_page, self.black_page):
            self.stack.addWidget(page)
        self.mode = "slide"
        self._reveal_for: Card | None = None
        self._reveal_timer = QTimer(self)   # owned by the view, so it never fires after the view is gone
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._turn_over)
        self.scene_clock = self._label("sceneClock")   # the scene timer, over whatever is shown
        self.scene_clock.setParent(self)
        self.scene_clock.setWordWrap(False)
        self.scene_clock.hide()

    @staticmethod
    def _label(name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def _page(*labels: QLabel) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        for label in labels:
            layout.addWidget(label)
        layout.addStretch(2)
        return page

    def body_px(self) -> int:
        return max(24, self.height() // 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        body = self.body_px()
        self.heading.setStyleSheet(f"font-size: {int(body * 1.5)}px; font-weight: 700; color: #FFD479;")
        for name in ("lines", "pauseSub"):
            self.findChild(QLabel, name).setStyleSheet(f"font-size: {body}px; line-height: 140%;")
        self.findChild(QLabel, "pause").setStyleSheet(f"font-size: {body * 3}px; font-weight: 700;")
        self.turn_name.setStyleSheet(f"font-size: {body * 2}px; font-weight: 700;")
        self.groups_grid.setContentsMargins(24, body * 2, 24, 24)  # room for the scene timer above the cards
        self.scene_clock.setStyleSheet(f"font-size: {body}px; font-weight: 700; color: #FFD479; "
                                       "background: transparent; padding: 8px 16px;")
        self._place_scene_clock()

    def _place_scene_clock(self) -> None:
        self.scene_clock.adjustSize()
        self.scene_clock.move(self.width() - self.scene_clock.width() - 24, 16)
        self.scene_clock.raise_()

    def set_scene_clock(self, text: str) -> None:
        """'Scene 2:45' in the top corner while a scene runs; nothing otherwise (and never over a blackout)."""
        self.scene_clock.setText(text)
        self.scene_clock.setVisible(bool(text) and self.mode != "blackout")
        self._place_scene_clock()

    # What the class sees ----------------------------------------------------------------------
    def show_slide(self, slide: Slide) -> None:
        self.heading.setText(slide.heading)
        self.lines.setText("<br>".join(_escape(line) for line in slide.lines))
        self._set_mode("slide", self.slide_page)

    def show_blackout(self) -> None:
        self._set_mode("blackout", self.black_page)

    def show_turn(self, name: str, colour: str) -> None:
        _clear(self.turn_layout)
        self.turn_layout.addStretch(1)
        avatar = Avatar(colour, name, self.body_px() * 5)
        self.turn_layout.addWidget(avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.turn_name = self._label("turnName", name)
        self.turn_name.setStyleSheet(f"font-size: {self.body_px() * 2}px; font-weight: 700;")
        self.turn_layout.addWidget(self.turn_name)
        self.turn_layout.addStretch(1)
        self._set_mode("turn", self.turn_page)

    def show_groups(self, groups: list[list[tuple[str, str]]]) -> None:
        """Groups as cards: (name, avatar colour) per student; nothing else about them."""
        _clear(self.groups_grid)
        columns = 3 if len(groups) > 4 else 2
        body = max(20, int(self.body_px() * (0.8 if len(groups) > 6 else 1)))
        for number, group in enumerate(groups):
            card = QLabel(f"<b>Group {number + 1}</b><br>" + "<br>".join(_escape(name) for name, _ in group))
            card.setObjectName("groupCard")
            card.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.setStyleSheet(f"font-size: {body}px; border: 3px solid #FFD479; border-radius: 16px; padding: 12px;")
            self.groups_grid.addWidget(card, number // columns, number % columns)
        self._set_mode("groups", self.groups_page)

    def show_roles(self, groups: list[list[tuple[str, str]]]) -> None:
        """Who plays which role: (name, role title) per student, group by group."""
        _clear(self.groups_grid)
        columns = 3 if len(groups) > 4 else 2 if len(groups) > 1 else 1
        body = max(20, int(self.body_px() * (0.7 if len(groups) > 4 else 0.9)))
        for number, group in enumerate(groups):
            heading = f"<b>Group {number + 1}</b><br>" if len(groups) > 1 else "<b>Roles</b><br>"
            card = QLabel(heading + "<br>".join(f"{_escape(name)}: <span style='color:#FFD479'>{_escape(role)}"
                                                f"</span>" for name, role in group))
            card.setObjectName("rolesCard")
            card.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card.setWordWrap(True)
            card.setStyleSheet(f"font-size: {body}px; border: 3px solid #FFD479; border-radius: 16px; padding: 12px;")
            self.groups_grid.addWidget(card, number // columns, number % columns)
        self._set_mode("roles", self.groups_page)

    def show_card(self, card: Card, deck_title: str, reveal_ms: int = REVEAL_MS) -> None:
        """A drawn role-play card: first its back (the deck's name) for a moment, so the room looks up,
        then the card itself, big enough to act from across the room."""
        if self.mode == "card" and card is self._reveal_for:
            return                      # the same card again (a refresh): its reveal or face stays as it is
        self._reveal_for = card
        if reveal_ms <= 0:
            self._show_face(card)
            return
        self.heading.setText(deck_title)
        self.lines.setText("A card is being drawn…")
        self._set_mode("card", self.slide_page)
        self._reveal_timer.start(reveal_ms)

    def _turn_over(self) -> None:
        if self._reveal_for is not None and self.mode == "card":
            self._show_face(self._reveal_for)

    def _show_face(self, card: Card) -> None:
        self.heading.setText(card.title)
        parts = [_escape(card.text)]
        if card.role:
            parts.append(f"<i>Role: {_escape(card.role)}</i>")
        if card.audience:
            prompts = " • ".join(_escape(a) for a in card.audience)
            parts.append(f"<span style='color:#FFD479'>Audience:</span> {prompts}")
        self.lines.setText("<br><br>".join(parts))
        self._set_mode("card", self.slide_page)

    def show_cue(self, text: str) -> None:
        self.findChild(QLabel, "pause").setText(text)
        self.findChild(QLabel, "pauseSub").setText("")
        self._set_mode("cue", self.pause_page)

    def show_pause(self) -> None:
        self.findChild(QLabel, "pause").setText("Pause")
        self.findChild(QLabel, "pauseSub").setText("Back in a moment.")
        self._set_mode("pause", self.pause_page)

    def show_story(self, text: str, prompt: str | None, name: str | None = None) -> None:
        """A journal entry a student shared with the class: their words as large as fit, the prompt small
        above them, and their name below only when the facilitator chose to show it."""
        if getattr(self, "story_page", None) is None:   # made on first use, like the other pages it is kept
            self.story_prompt, self.story_text, self.story_name = (
                self._label("storyPrompt"), self._label("storyText"), self._label("storyName"))
            for label in (self.story_prompt, self.story_text, self.story_name):
                label.setTextFormat(Qt.TextFormat.PlainText)   # a student's words are never markup
            self.story_page = self._page(self.story_prompt, self.story_text, self.story_name)
            self.stack.addWidget(self.story_page)
        body, words = self.body_px(), text.strip()
        room = QRect(0, 0, max(200, self.width() - 160), 100_000)
        font, size = QFont(self.story_text.font()), int(body * 1.6)
        font.setWeight(QFont.Weight.DemiBold)   # measured as it is drawn (font-weight 600)
        while size > max(18, int(body * 0.6)):   # shrink a long story until it fits in most of the screen
            font.setPixelSize(size)
            if QFontMetrics(font).boundingRect(room, Qt.TextFlag.TextWordWrap, words).height() <= self.height() * 0.62:
                break
            size = int(size * 0.92)
        self.story_prompt.setText(prompt or "")
        self.story_prompt.setVisible(bool(prompt))
        self.story_prompt.setStyleSheet(f"font-size: {int(body * 0.75)}px; color: #FFD479; margin-bottom: 24px;")
        self.story_text.setText(words)
        self.story_text.setStyleSheet(f"font-size: {size}px; font-weight: 600;")
        self.story_name.setText(f"— {name}" if name else "")
        self.story_name.setVisible(bool(name))
        self.story_name.setStyleSheet(f"font-size: {int(body * 0.9)}px; color: #BFD7FF; margin-top: 24px;")
        self._set_mode("story", self.story_page)

    def show_join(self, addresses: list[str], code: str) -> None:
        """The class network's join card: the address, its QR code and the join code, for the back row."""
        if getattr(self, "join_card", None) is None:   # made on first use, like the story page
            from app.ui.classnet.join_card import JoinCard

            self.join_card = JoinCard()
            self.stack.addWidget(self.join_card)
        self.join_card.set_details(addresses, code)
        self._set_mode("join", self.join_card)

    def _set_mode(self, mode: str, page: QWidget) -> None:
        if mode != "card":
            self._reveal_for = None
        self.mode = mode
        self.stack.setCurrentWidget(page)
        if mode == "blackout":
            self.scene_clock.hide()

    def visible_text(self) -> str:
        """Everything the class can read right now (tests check what never appears here)."""
        page = self.stack.currentWidget()
        clock = [self.scene_clock.text()] if self.scene_clock.isVisible() else []
        return "\n".join([label.text() for label in page.findChildren(QLabel)] + clock)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
