"""The class page's rhythm runs are drawn, not typed: no block characters anywhere, a bar per run that is as
long as its score with the number beside it, and a togetherness trend whose numbers a screen reader hears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTextBrowser, QWidget

from app.demo.classroom import DEMO_CLASS_ID
from app.store.rhythm import RunSummary, runs_for_class
from app.ui.results.charts import Togetherness
from app.ui.rhythm_chart import RunRole, TogethernessTrend, bests_before, session_points
from app.ui.theme import current as current_theme

BLOCKS = ("█", "░", "▓", "▒")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


@pytest.fixture
def page(demo_window):
    demo_window.resize(1366, 768)
    demo_window.show_class(DEMO_CLASS_ID)
    assert demo_window.stack.currentWidget() is demo_window.class_page
    return demo_window.class_page


def page_text(page: QWidget) -> str:
    """Every word the class page shows or says: labels, buttons, lists, browsers, names and descriptions."""
    texts: list[str] = []
    for widget in (page, *page.findChildren(QWidget)):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(row, 0).data(role) or "") for row in range(model.rowCount()) for role in ROLES]
    return "\n".join(texts)


def scores(page) -> list[int]:
    """The demo's scores, oldest first (the demo writes them; the test does not assume their values)."""
    return [run.togetherness for run in reversed(runs_for_class(page.store, DEMO_CLASS_ID))]


def accent_on_line(image: QImage, y: int, x0: int, x1: int) -> int:
    accent = QColor(current_theme().accent)

    def near(colour: QColor) -> bool:
        return all(abs(a - b) <= 10 for a, b in zip(colour.getRgb()[:3], accent.getRgb()[:3], strict=True))

    return sum(near(image.pixelColor(x, y)) for x in range(x0, x1))


def test_no_block_characters_and_the_scores_in_words(page) -> None:
    text = page_text(page)
    assert not [block for block in BLOCKS if block in text]
    oldest, newest = scores(page)
    runs = [page.rhythm_runs.item(n).text() for n in range(page.rhythm_runs.count())]
    assert runs[0].endswith(f"together {newest} / 100 · best before {oldest}")
    assert runs[1].endswith(f"together {oldest} / 100")
    assert page.rhythm_runs.item(0).toolTip() == runs[0]


def test_the_delegate_paints_a_bar_as_long_as_the_score(page) -> None:
    view = page.rhythm_runs
    assert view.itemDelegate().__class__.__name__ == "RunDelegate"
    image = view.viewport().grab().toImage()
    lengths = []
    for row in range(2):
        rect = view.visualItemRect(view.item(row))
        assert view.item(row).data(RunRole) is not None
        lengths.append(accent_on_line(image, rect.center().y(), rect.left(), rect.right()))
    newest, oldest = reversed(scores(page))
    assert lengths[0] > 0 and lengths[1] > 0, "no bar-coloured pixels in the rows"
    # the newest run's bar has the previous best's mark across it (a few pixels): allow for it
    assert lengths[0] / lengths[1] == pytest.approx(newest / oldest, rel=0.08)


def test_the_trend_states_its_values_and_reuses_the_results_painter(page) -> None:
    trend = page.rhythm.trend
    assert isinstance(trend, Togetherness) and trend.isVisible()
    assert page.rhythm.beside()  # at 1366 wide it sits to the list's right
    values = ", ".join(str(score) for score in scores(page))
    assert trend.accessibleDescription().startswith(f"Togetherness over 2 sessions: {values}.")
    assert trend.accessibleDescription() == trend.chart_text()
    assert "Togetherness" in trend.accessibleName()


def test_the_rhythm_section_fits_a_720_pixel_window(page, qtbot) -> None:
    """The section asks for far less than 720 px (the page's own margins and button rows are the page's test,
    tests/ui/test_navigation.py); in a narrow window the trend goes above the list, or away when too short."""
    margins = page.layout().contentsMargins()
    assert page.rhythm.minimumSizeHint().width() <= 720 - margins.left() - margins.right()
    window = page.window()
    width = max(720, window.minimumSizeHint().width())
    window.resize(width, 540)
    qtbot.waitUntil(lambda: window.width() == width)
    assert not page.rhythm.beside() and page.rhythm.has_trend()
    trend = page.rhythm.trend
    assert trend.isHidden() or trend.height() >= trend.minimumSizeHint().height()  # never squashed
    window.resize(width, 900)
    qtbot.waitUntil(lambda: trend.isVisible())
    assert trend.height() >= trend.minimumSizeHint().height()


def test_trend_sizes_to_its_font_and_needs_two_sessions(qtbot) -> None:
    trend = TogethernessTrend()
    qtbot.addWidget(trend)
    trend.set_points([("2026-11-19", 41), ("2026-11-26", 55), ("2026-12-03", 62), ("2026-12-10", 72)])
    assert trend.chart_text().startswith("Togetherness over 4 sessions: 41, 55, 62, 72.")
    small = trend.sizeHint()
    font = QFont(trend.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    trend.setFont(font)
    assert trend.sizeHint().height() >= small.height() * 1.8
    assert trend.minimumSizeHint().height() < trend.sizeHint().height()

    def run(started: str, score: int | None, session: str | None) -> RunSummary:
        return RunSummary(started, started, "p", "Pulse", "finished", score, 3, 10, session)

    # newest first, as the store lists them: two runs of one session count once (its best), an unscored one never
    runs = [run("2026-11-26T10:00:00", 70, "s2"), run("2026-11-26T09:00:00", 40, "s2"),
            run("2026-11-20T09:00:00", None, "s1"), run("2026-11-19T09:00:00", 55, "s1")]
    assert [score for _, score in session_points(runs)] == [55, 70]
    assert bests_before(runs) == [55, 55, 55, None]
    assert [score for _, score in session_points(runs[:2])] == [70]   # one session: no trend to draw
