"""The Results page on the demo class, on real SQLite and the shipped curriculum: plain sentences, every caveat
in view, charts that say their numbers in words without naming a student, consent that refreshes at once and
asks before research use."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget, QToolButton

from app.demo.classroom import DEMO_CLASS_ID, DEMO_STUDENTS
from app.measure.data import gather
from app.measure.stats import CAVEAT
from app.measure.wording import number, signed
from app.store.measure import consent_of
from app.store.students import students_in
from app.ui.results.chart_base import Chart
from app.ui.results.charts import Attendance, ChangeIntervals, PairedDots, Togetherness
from app.ui.results.consent import ASK, COUNTED, RESEARCH
from app.ui.results.page import ResultsPage
from tests.demo_image import add_demo

NAMES = [name for name, _, _ in DEMO_STUDENTS]


@pytest.fixture
def page(qtbot, store, shipped_curriculum) -> ResultsPage:
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    widget = ResultsPage(store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.show_class(DEMO_CLASS_ID, shipped_curriculum)
    return widget


def visible_labels(page: ResultsPage) -> list[str]:
    """The words a facilitator sees without clicking anything (what is hidden behind Details is left out)."""
    return [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]


def charts(page: ResultsPage, kind: type[Chart] = Chart) -> list[Chart]:
    return [c for c in page.body.findChildren(kind) if c.isVisibleTo(page)]


def details(page: ResultsPage) -> QTableWidget:
    return page.body.findChild(QTableWidget, "detailsTable")


def n_column(page: ResultsPage) -> list[str]:
    table = details(page)
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def press_space_on(qtbot, page: ResultsPage, name: str, column: int) -> None:
    view, model = page.consent.view, page.consent.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    view.setFocus()
    view.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def open_question(qtbot, page: ResultsPage) -> QMessageBox:
    def found() -> QMessageBox | None:
        return next((b for b in page.findChildren(QMessageBox) if b.isVisible()), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=3000)
    return found()


def test_the_demo_class_shows_a_plain_sentence_per_subscale_the_banner_and_every_caveat(
        page, store, shipped_curriculum) -> None:
    report = gather(store, shipped_curriculum, DEMO_CLASS_ID, "Demo class 8B")
    ames = next(r for r in report.results if r.instrument.id == "ames")
    expected = [s.sentence for s in ames.subscales]
    assert len(expected) == 3
    shown = visible_labels(page)
    assert page.title.text() == "Results — Demo class 8B"
    for sentence in expected:
        assert sentence in shown
    assert {"affective empathy", "cognitive empathy", "sympathy"} <= {
        m.group(1) for text in shown if (m := re.match(r"On average, (.+?) (rose|fell|stayed)", text))}
    assert page.banner.isVisibleTo(page) and "made up" in page.banner.text()
    caveats = "\n".join(shown)
    assert CAVEAT == "One class without a comparison group cannot show that the program caused a change."
    for caveat in ames.caveats:  # all of them, with nothing to click first
        assert caveat in caveats
    assert "Validated scale" in caveats
    assert "2 sessions, 100 planned minutes, 8 activities" in shown  # s01 twice: 50 min besides its questionnaire


def test_the_charts_say_their_numbers_in_words_and_name_no_student(page, store, shipped_curriculum) -> None:
    ames = next(r for r in gather(store, shipped_curriculum, DEMO_CLASS_ID, "8B").results if r.instrument.id == "ames")
    dots = charts(page, PairedDots)
    assert len(dots) == 3
    for chart, sub in zip(dots, ames.subscales, strict=True):
        text = chart.chart_text()
        assert f"average was {number(sub.change.pre_mean)} before and {number(sub.change.post_mean)} after" in text
        assert f"{sub.change.n} students answered both times" in text
        assert "1 (never)" in text and "5 (always)" in text
    change = charts(page, ChangeIntervals)[0].chart_text()
    for sub in ames.subscales:
        assert f"{sub.subscale.title}: average change {signed(sub.change.change_mean)}" in change
    assert "includes no change" in change  # affective empathy's interval crosses 0 in the demo
    together = charts(page, Togetherness)[0].chart_text()
    assert re.search(r"\b61\b", together) and re.search(r"\b89\b", together)
    assert "out of 2" in charts(page, Attendance)[0].chart_text()
    for chart in charts(page):
        assert chart.accessibleName()
        assert chart.accessibleDescription() == chart.chart_text() != ""
    # the results charts never name a student (attendance is the one chart about each student by name)
    for chart in charts(page, PairedDots) + charts(page, ChangeIntervals) + charts(page, Togetherness):
        for name in NAMES:
            assert not re.search(rf"\b{name}\b", chart.chart_text() + chart.accessibleName()), name


def test_details_are_collapsed_until_asked_and_stay_open_across_a_refresh(qtbot, page) -> None:
    table = details(page)
    assert not table.isVisibleTo(page)
    button = page.body.findChild(QToolButton, "detailsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert table.isVisibleTo(page)
    assert n_column(page) == ["11", "11", "11"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:2] == ["Part", "n"] and "Wilcoxon p" in headers and "d_z [95% CI]" in headers
    page.refresh()
    assert details(page) is not table and details(page).isVisibleTo(page)


def test_unticking_counted_for_a_student_lowers_n_at_once(qtbot, page, store) -> None:
    assert n_column(page) == ["11", "11", "11"]
    press_space_on(qtbot, page, "Amara", COUNTED)
    amara = next(s.id for s in students_in(store, DEMO_CLASS_ID) if s.display_name == "Amara")
    assert consent_of(store, DEMO_CLASS_ID)[amara].counted is False
    assert n_column(page) == ["10", "10", "10"]
    assert all("10 students answered both times" in c.chart_text() for c in charts(page, PairedDots))
    assert "11 students counted" in "\n".join(visible_labels(page))
    press_space_on(qtbot, page, "Amara", COUNTED)
    assert n_column(page) == ["11", "11", "11"]


def test_research_use_asks_first_once_per_visit(qtbot, page, store, shipped_curriculum) -> None:
    ids = {s.display_name: s.id for s in students_in(store, DEMO_CLASS_ID)}
    assert not any(c.research for c in consent_of(store, DEMO_CLASS_ID).values())  # off by default

    press_space_on(qtbot, page, "Amara", RESEARCH)
    box = open_question(qtbot, page)
    assert box.text() == ASK == "Only turn this on when the school and the parents have agreed."
    assert not consent_of(store, DEMO_CLASS_ID)[ids["Amara"]].research  # nothing saved while it asks
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not consent_of(store, DEMO_CLASS_ID)[ids["Amara"]].research

    press_space_on(qtbot, page, "Amara", RESEARCH)
    box = open_question(qtbot, page)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: consent_of(store, DEMO_CLASS_ID)[ids["Amara"]].research)
    code = consent_of(store, DEMO_CLASS_ID)[ids["Amara"]].research_code
    assert code and code.startswith("R-")
    assert page.consent.model.index(0, RESEARCH).data() == f"yes, as {code}"

    press_space_on(qtbot, page, "Bo", RESEARCH)  # confirmed once for this visit: no second question
    assert consent_of(store, DEMO_CLASS_ID)[ids["Bo"]].research
    assert not any(b.isVisible() for b in page.findChildren(QMessageBox))

    page.show_class(DEMO_CLASS_ID, shipped_curriculum)  # a new visit asks again
    press_space_on(qtbot, page, "Dani", RESEARCH)
    box = open_question(qtbot, page)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not consent_of(store, DEMO_CLASS_ID)[ids["Dani"]].research
    assert consent_of(store, DEMO_CLASS_ID)[ids["Amara"]].counted  # research never touched "counted"


def test_the_class_page_opens_the_results_with_a_key_of_its_own(qtbot, demo_window) -> None:
    window = demo_window
    window.home.class_chosen.emit(DEMO_CLASS_ID)  # as choosing the class on the home page does
    assert window.stack.currentWidget() is window.class_page
    action = window.class_page.actions_by_name["results"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+G")
    assert "(Ctrl+Shift+G)" in action.toolTip()
    taken = [a for a in window.findChildren(QAction) if QKeySequence("Ctrl+Shift+G") in a.shortcuts()]
    assert taken == [action]  # one key, one action
    window.activateWindow()
    window.class_page.list.setFocus()
    qtbot.keyClick(window.class_page.list, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), ResultsPage))
    page = window.stack.currentWidget()
    assert page.title.text() == "Results — Demo class 8B"
    assert len(charts(page, PairedDots)) == 3
    window.back()
    assert window.stack.currentWidget() is window.class_page
    action.trigger()  # the page is built once and re-shown
    assert window.stack.currentWidget() is page


def test_subscale_charts_sit_side_by_side_when_they_fit_and_stack_when_they_do_not(qtbot, page) -> None:
    def rows() -> int:
        return len({c.mapTo(page, c.rect().topLeft()).y() for c in charts(page, PairedDots)})

    assert rows() == 1
    page.resize(760, 768)
    qtbot.waitUntil(lambda: rows() > 1)
    for chart in charts(page, PairedDots):
        assert chart.width() >= chart.minimumSizeHint().width()
