"""The class page's rhythm runs, drawn rather than typed: each run a row with its togetherness as a bar, and the
class's togetherness over its sessions as a small line chart above the list (beside it in a wide window).

Why painted: the old rows spelled the score in block characters, which a screen reader reads out as "full block
full block …", which look different in every font, and which cannot show the class's previous best. Here every
size is a multiple of the list's or chart's own font, so a facilitator's larger font makes larger bars, and the
number ("72 / 100") is always written beside the bar: colour never carries the meaning alone. Each row's text
(what a screen reader says, its tooltip and what the tests read) is the same sentence in words.

The trend reuses the Results page's Togetherness painter (app/ui/results/charts.py), so the app has one
togetherness chart. The rows take their colours from the app's theme (app/ui/theme.py) when they are painted, so
another theme instance recolours them: the bar in the accent (6.1:1 on white), its track outlined in
`border_strong` (3:1, WCAG 1.4.11) so a full 100 has a visible end, the previous best in the text colour on a
white halo, so it shows on the bar and on the empty track alike.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLineF, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.store.rhythm import RunSummary
from app.ui.dates import long_date, long_date_time
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.results.charts import Togetherness
from app.ui.theme import current as current_theme

log = logging.getLogger(__name__)

RunRole = Qt.ItemDataRole.UserRole + 7   # (RunSummary, the class's best before it or None)
Index = QModelIndex | QPersistentModelIndex
# Translators: how a rhythm run ended, after its pattern's title ("Heartbeat · stopped early").
RUN_ENDINGS = {"finished": "", "stopped": QT_TRANSLATE_NOOP("rhythm_chart", "stopped early"),
               "crashed": QT_TRANSLATE_NOOP("rhythm_chart", "ended unexpectedly"),
               "running": QT_TRANSLATE_NOOP("rhythm_chart", "playing")}
# Translators: Y is the key that starts a rhythm run in the session console.
NO_RUNS = QT_TRANSLATE_NOOP("rhythm_chart", "No rhythm runs yet: Y starts one while a session runs.")
HEADING = QT_TRANSLATE_NOOP("rhythm_chart", "Rhythm: how together")
HEADING_NOTE = QT_TRANSLATE_NOOP("rhythm_chart", "(the whole group, never one student; newest first; a thin line "
                                                 "marks the best before)")


# Words ----------------------------------------------------------------------------------------------------------
def score_text(score: int) -> str:
    return f"{score} / 100"


def run_ending(status: str) -> str:
    """' · stopped early' and the like after a run's title; nothing for a run that finished."""
    words = RUN_ENDINGS.get(status, "")
    return f" · {translate('rhythm_chart', words)}" if words else ""


def describe_run(run: RunSummary, best_before: int | None = None) -> str:
    """The row in words, as a screen reader says it and as its tooltip shows it (the bar draws the same)."""
    if run.togetherness is None:
        score = translate("rhythm_chart", "no score")
    else:
        # Translators: {score} is "72 / 100": how together the group played.
        score = translate("rhythm_chart", "together {score}").format(score=score_text(run.togetherness))
        if best_before is not None:
            # Translators: the class's best score before this run, a number from 0 to 100.
            score += " · " + translate("rhythm_chart", "best before {score}").format(score=best_before)
    return f"{long_date_time(run.started_at)}  {run.title}  {score}{run_ending(run.status)}"


def bests_before(runs: Sequence[RunSummary]) -> list[int | None]:
    """For runs listed newest first: the class's best togetherness before each one (None for its first score)."""
    best: int | None = None
    before: list[int | None] = []
    for run in reversed(runs):
        before.append(best)
        if run.togetherness is not None:
            best = run.togetherness if best is None else max(best, run.togetherness)
    return before[::-1]


def local_day(stamp: str) -> str:
    """A UTC moment's day where the class met (ISO), so an evening run is not dated tomorrow."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date().isoformat()
    except ValueError:
        return stamp[:10]


def session_points(runs: Sequence[RunSummary]) -> list[tuple[str, int]]:
    """(day, best togetherness) per session, oldest first: the best run counts, as on the Results page, so one
    false start does not pull a session down. A run outside any session counts for its own day."""
    best: dict[str, tuple[str, int]] = {}   # session (or day) -> (its first run's start, best score)
    for run in sorted(runs, key=lambda r: r.started_at):
        if run.togetherness is None:
            continue
        key = run.session_id or local_day(run.started_at)
        start, score = best.get(key, (run.started_at, run.togetherness))
        best[key] = (start, max(score, run.togetherness))
    return [(local_day(start), score) for start, score in sorted(best.values())]


def trend_words(points: Sequence[tuple[str, int]]) -> str:
    if not points:
        return translate("rhythm_chart", "Togetherness: no rhythm run with a score yet.")
    values = ", ".join(str(score) for _, score in points)
    (first, _), (last, latest) = points[0], points[-1]
    sessions = len(points)
    # Translators: {values} lists the scores ("41, 55, 62"); {first} and {last} are dates; {latest} a score.
    return translate("rhythm_chart", "Togetherness over %n session(s): {values}. From 0 to 100, the best run of each "
                                     "session, from {first} to {last}; the latest is {latest}.", None,
                     sessions).format(values=values, first=long_date(first), last=long_date(last), latest=latest)


# The trend ------------------------------------------------------------------------------------------------------
class TogethernessTrend(Togetherness):
    """The Results page's togetherness line, smaller: the class page has lists to show too. It may shrink to
    LINES_LEAST lines in a small window, so it never forces the window taller than the laptop's screen."""

    LINES_HIGH = 7.0
    LINES_LEAST = 5.5
    LINES_WIDE = 16.0
    GRID = (0, 50, 100)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(())
        if parent is not None:
            self.setParent(parent)
        self.setObjectName("togethernessTrend")
        self.setAccessibleName(translate("rhythm_chart", "Togetherness over sessions, a line chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.set_points(())

    def set_points(self, points: Sequence[tuple[str, int]]) -> None:
        self.points = tuple(points)
        self.describe(trend_words(self.points))
        self.setToolTip(self.chart_text())
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self.line() * self.LINES_WIDE), round(self.line() * min(self.LINES_LEAST,
                                                                                     self.lines_high())))


# The rows -------------------------------------------------------------------------------------------------------
class RunDelegate(QStyledItemDelegate):
    """One run per row: date, pattern title (and how it ended) on the left; on the right a 0–100 bar with the
    number beside it and a thin mark at the class's best before this run. Rows without a run (the 'no runs
    yet' line) are drawn as plain text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        m = QFontMetricsF(option.font).height()
        return QSize(round(m * 24), round(m * 1.9))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        data = index.data(RunRole)
        if data is None:
            super().paint(painter, option, index)
            return
        run, best_before = data
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        metrics = QFontMetricsF(font)
        m = metrics.height()
        row = QRectF(opt.rect).adjusted(m * 0.5, 0, -m * 0.5, 0)
        number_w = metrics.horizontalAdvance(score_text(100)) + m * 0.4
        bar_w = max(m * 4, min(m * 9, row.width() * 0.25))
        right = QRectF(row.right() - bar_w - m * 0.5 - number_w, row.top(), bar_w + m * 0.5 + number_w,
                       row.height())
        ink = opt.palette.color(QPalette.ColorRole.Text)
        self._words(painter, run, QRectF(row.left(), row.top(), right.left() - row.left() - m * 0.8, row.height()),
                    font, ink)
        if run.togetherness is None:
            painter.setPen(QColor(current_theme().muted) if ink.lightness() < 128 else ink)
            painter.setFont(font)
            painter.drawText(right, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             translate("rhythm_chart", "no score"))
        else:
            self._bar(painter, QRectF(right.left(), right.center().y() - m * 0.35, bar_w, m * 0.7),
                      run.togetherness, best_before, m)
            painter.setPen(ink)
            painter.setFont(font)
            painter.drawText(QRectF(right.left() + bar_w + m * 0.5, row.top(), number_w, row.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             score_text(run.togetherness))
        painter.restore()

    @staticmethod
    def _words(painter: QPainter, run: RunSummary, rect: QRectF, font: QFont, ink: QColor) -> None:
        """The date, then the pattern's title in bold; the title gives way (…) first when the row is narrow."""
        if rect.width() <= 0:
            return
        metrics = QFontMetricsF(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        date = metrics.elidedText(long_date_time(run.started_at), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(ink)
        painter.setFont(font)
        painter.drawText(rect, flags, date)
        left = rect.left() + metrics.horizontalAdvance(date) + metrics.height() * 0.8
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        room = rect.right() - left
        if room < metrics.height() * 2:
            return
        title = QFontMetricsF(bold).elidedText(f"{run.title}{run_ending(run.status)}",
                                               Qt.TextElideMode.ElideRight, room)
        painter.setFont(bold)
        painter.drawText(QRectF(left, rect.top(), room, rect.height()), flags, title)

    @staticmethod
    def _bar(painter: QPainter, track: QRectF, score: int, best_before: int | None, m: float) -> None:
        theme = current_theme()
        painter.setPen(QPen(QColor(theme.border_strong), 1))
        painter.setBrush(QColor(theme.surface))
        painter.drawRect(track)
        if score > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.accent))
            painter.drawRect(QRectF(track.left(), track.top(), track.width() * min(score, 100) / 100,
                                    track.height()))
        if best_before is not None:
            x = track.left() + track.width() * min(best_before, 100) / 100
            mark = QLineF(x, track.top() - m * 0.2, x, track.bottom() + m * 0.2)
            width = max(1.5, m * 0.12)
            painter.setPen(QPen(QColor(theme.surface), width + 2))
            painter.drawLine(mark)
            painter.setPen(QPen(QColor(theme.text), width))
            painter.drawLine(mark)


class RunsList(QListWidget):
    """The runs, asking for about three rows' height rather than Qt's default list size, so the roster above keeps
    its room on a 768-pixel-high screen (it scrolls past three runs, and grows when there is room)."""

    ROWS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(RunDelegate(self))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = QFontMetricsF(self.font()).height() * 1.9
        return QSize(hint.width(), round(row * self.ROWS + 2 * self.frameWidth()))


# The section ----------------------------------------------------------------------------------------------------
class RhythmRunsSection(QWidget):
    """The heading, the trend (from two scored sessions on) and the runs list, as the class page shows them.

    The trend sits above the list in a narrow window; in a wide one (a 1366×768 laptop, full screen) it sits
    to the list's right instead, because there the page is short of height, not width: above, it squeezed the
    roster to four names and flattened 0–100 into a few pixels."""

    SLACK_LINES = 8.0  # what the lists above keep beyond their least height before the trend goes above the list
    ROW_LINES = 40.0  # a run's row reads well from this width (in lines of the list's font): date, title, bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(f"<b>{translate('rhythm_chart', HEADING)}</b> {translate('rhythm_chart', HEADING_NOTE)}")
        self.heading.setWordWrap(True)
        self.trend = TogethernessTrend()
        self.trend.hide()
        self._has_trend = False   # two sessions with a score, so there is a trend to draw
        self.runs = RunsList()
        self.runs.setObjectName("rhythmRuns")
        self.runs.setAccessibleName(translate("rhythm_chart", HEADING))
        self.runs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide instead
        self.heading.setBuddy(self.runs)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addWidget(self.trend)
        self.body.addWidget(self.runs, 5)
        layout.addWidget(self.heading)
        layout.addLayout(self.body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Beside or above the list, by the width there is; and in a window too short to give the trend its
        least height above the list, no trend at all (the rows still show every score) rather than a squashed
        one. The choice depends on the page's height, which the trend does not change, so it never flips back and
        forth."""
        spacing = self.body.spacing()
        row = QFontMetricsF(self.runs.font()).height() * self.ROW_LINES
        wide = self.width() >= row + self.trend.minimumSizeHint().width() + spacing
        direction = QBoxLayout.Direction.RightToLeft if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.body.setStretchFactor(self.trend, 2 if wide else 0)
            self.updateGeometry()   # the page's layout hears that this section's height needs changed
        show = self._has_trend and (wide or self._room_above())
        if self.trend.isHidden() == show:
            self.trend.setVisible(show)

    def _room_above(self) -> bool:
        """Whether the page is tall enough for the trend above the list: everything on it at its least height
        for this width (wrapped labels as tall as they wrap), this section with the trend, and SLACK_LINES more,
        so the roster and the sessions above stay usable rather than shrink to a line each."""
        page = self.parentWidget()
        outer = page.layout() if page is not None else None
        if outer is None:
            return True
        width, inner = self.width(), self.layout()
        need = (self.heading.heightForWidth(width) + inner.spacing() + self.trend.minimumSizeHint().height()
                + self.body.spacing() + self.runs.minimumSizeHint().height())
        items = [item for item in (outer.itemAt(i) for i in range(outer.count())) if not item.isEmpty()]
        for item in items:
            if item.widget() is not self:
                need += (item.minimumHeightForWidth(width) if item.hasHeightForWidth()
                         else item.minimumSize().height())
        margins = outer.contentsMargins()
        need += outer.spacing() * (len(items) - 1) + margins.top() + margins.bottom()
        return page.height() >= need + QFontMetricsF(self.font()).height() * self.SLACK_LINES

    def has_trend(self) -> bool:
        """Whether there is a trend to show (two sessions with a score), whether or not the window has room."""
        return self._has_trend

    def beside(self) -> bool:
        """Whether the trend is beside the list (wide) rather than above it."""
        return self.body.direction() == QBoxLayout.Direction.RightToLeft

    def show_runs(self, runs: Sequence[RunSummary]) -> None:
        """The runs (newest first) as rows, and the trend when there are two sessions with a score to compare."""
        self.runs.clear()
        for run, best in zip(runs, bests_before(runs), strict=True):
            words = describe_run(run, best)
            item = QListWidgetItem(words)
            item.setToolTip(words)
            item.setData(RunRole, (run, best))
            self.runs.addItem(item)
        if not runs:
            self.runs.addItem(translate("rhythm_chart", NO_RUNS))
        points = session_points(runs)
        self.trend.set_points(points)
        self._has_trend = len(points) >= 2
        self._arrange()
        log.debug("rhythm runs shown: %d runs, %d scored sessions", len(runs), len(points))
