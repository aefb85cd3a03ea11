"""Live thumbnails of the projector for the presenter console: what the class sees now, and what it sees next.

Why rendered rather than described: a text summary of "what is on the projector" drifted from the truth (it
kept naming the step while the class saw a card, the groups or a blackout). Each thumbnail is painted by a real
`ProjectorView` (the window's own for "now", an off-screen twin for "next"), so it cannot disagree with the
room. Rendering is a scaled `QWidget.render` of a handful of labels: a few milliseconds, never a screenshot.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import translate
from app.ui.runner.projector import BACKGROUND, ProjectorView
from app.ui.theme import PROJECTOR

log = logging.getLogger(__name__)

FALLBACK_SIZE = QSize(1920, 1080)   # no projector screen yet: a common projector's resolution
MIN_GAP_MS = 500                    # clock-driven re-renders: at most two a second
SETTLE_MS = 400                     # one more picture once a change has played out (a card's 320 ms flip)
TOO_SMALL = 40                      # px: a thumbnail this short is left out rather than shown as a smudge
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A view's visible text without its markup, for a screen reader's description of the thumbnail."""
    return " ".join(_TAGS.sub(" ", text.replace("<br>", "\n")).split())


class Thumbnail(QWidget):
    """A scaled picture of one `ProjectorView`, kept beside a reference to that very view (`source`).

    `renders` counts the pictures made and `rendered` fires after each one, so tests and callers can tell a
    fresh picture from a stale one without comparing pixels.
    """

    rendered = Signal()

    def __init__(self, source: ProjectorView, name: str, accessible: str) -> None:
        super().__init__()
        self.source = source
        self.renders = 0
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pixmap = QPixmap()
        self._signature: tuple[object, ...] | None = None
        self._since = QElapsedTimer()
        self._soon = QTimer(self)          # coalesces requests; fires after the view's own deferred deletes
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.render_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: self.render_now(settled=True))

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def minimumSizeHint(self) -> QSize:
        """Small enough to give way on a short screen (the "next" one may shrink to its caption alone)."""
        return QSize(0, 0) if self.objectName() == "nextThumbnail" else QSize(144, 81)

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def _current_signature(self) -> tuple[object, ...]:
        view = self.source
        return view.mode, view.visible_text(), view.size().toTuple(), self.size().toTuple()

    def request(self) -> None:
        """Something changed on the view: render at the next turn of the event loop (after the view's
        replaced pages are deleted and its layouts have settled)."""
        self._soon.start(0)

    def follow(self) -> None:
        """A clock tick: re-render only if the view's text changed (a card turning over, the scene clock),
        and at most twice a second, so an hour of ticks costs almost nothing."""
        if self._soon.isActive() or self._signature == self._current_signature():
            return
        since = self._since.elapsed() if self._since.isValid() else MIN_GAP_MS
        self._soon.start(max(0, MIN_GAP_MS - since))

    def _target(self) -> QSize:
        """The largest rectangle of the view's shape that fits in this widget."""
        source = self.source.size()
        if source.isEmpty() or self.width() < 2 or self.height() < 2:
            return QSize()
        return source.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)

    def render_now(self, settled: bool = False) -> None:
        """Paint the view into the picture now; unless this is the settling picture, take one more shortly
        after, since a change may animate (the card turning over) and the first picture catch it midway."""
        self._soon.stop()
        if not settled:
            self._settle.start()
        target = self._target()
        if target.isEmpty():
            return
        ratio = self.devicePixelRatioF()
        picture = QPixmap(target * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor(BACKGROUND))
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(target.width() / self.source.width(), target.height() / self.source.height())
        self.source.render(painter, QPoint())
        painter.end()
        self._pixmap = picture
        self._fit_height()
        self._signature = self._current_signature()
        self._since.start()
        self.renders += 1
        self.setAccessibleDescription(plain(self.source.visible_text()) or translate("runner.thumbnails",
                                                                                     "Nothing (dark)"))
        self.update()
        self.rendered.emit()

    def _fit_height(self) -> None:
        """Never taller than the view's shape at this width: the room left over goes below, not around it."""
        source = self.source.size()
        if source.width() > 0:
            tallest = max(self.minimumSizeHint().height(), round(self.width() * source.height() / source.width()))
            if tallest != self.maximumHeight():
                self.setMaximumHeight(tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
        self.request()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._pixmap.isNull():
            painter.fillRect(self.rect(), QColor(BACKGROUND))
            return
        size = self._pixmap.deviceIndependentSize().toSize()
        if size.height() < TOO_SMALL:   # squeezed to a sliver: its caption says enough
            return
        area = QRect(QPoint(0, 0), size)
        area.moveCenter(self.rect().center())
        painter.drawPixmap(area.topLeft(), self._pixmap)
        painter.setPen(QColor(PROJECTOR.caption))
        painter.drawRect(area.adjusted(0, 0, -1, -1))


class ProjectorThumbnails:
    """The two thumbnails and the off-screen view behind "next".

    `size_for_hidden` says how big the projector is when it is not on a screen (the display screen's size, or
    1920×1080): a hidden view still lays itself out at the size the class will see, so its thumbnail is true.
    """

    def __init__(self, projector: ProjectorView, size_for_hidden: Callable[[], QSize] | None = None) -> None:
        self.projector = projector
        self.next_view = ProjectorView()          # never shown: painted only into the "next" thumbnail
        self.next_view.setAccessibleName(translate("runner.thumbnails", "Projector view of the next step (off-screen)"))
        self.size_for_hidden = size_for_hidden or (lambda: FALLBACK_SIZE)
        self.current = Thumbnail(projector, "currentThumbnail",
                                 translate("runner.thumbnails", "What the projector shows now"))
        self.upcoming = Thumbnail(self.next_view, "nextThumbnail",
                                  translate("runner.thumbnails", "What the projector shows next"))

    def _fit_sizes(self) -> None:
        if not self.projector.isVisible():
            wanted = self.size_for_hidden()
            if wanted.isValid() and not wanted.isEmpty() and self.projector.size() != wanted:
                self.projector.resize(wanted)
        if self.next_view.size() != self.projector.size():
            self.next_view.resize(self.projector.size())

    def projector_changed(self) -> None:
        """The window has just told the projector what to show."""
        self._fit_sizes()
        self.current.request()

    def show_next(self, slide) -> None:
        """The step after this one, as the class will see it (or dark at the end of the session)."""
        self._fit_sizes()
        if slide is None:
            self.next_view.show_blackout()
        else:
            self.next_view.show_slide(slide)
        self.upcoming.request()

    def tick(self) -> None:
        """Cheap and throttled: follows what changes on the projector without a `changed` signal."""
        self.current.follow()
