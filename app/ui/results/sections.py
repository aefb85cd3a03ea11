"""The parts of the Results page, each built from a gathered report and thrown away on the next refresh.

A questionnaire's section reads top to bottom the way it should be read: what it is (validated or not), the
caveats (always shown: the reader must see them before the numbers, never behind a click), one plain
sentence per subscale in large type with its chart, the change with its interval, and last the figures a
researcher wants, collapsed behind a button. Only class figures appear: no student's answers, ever.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.measure.data import Dose
from app.measure.results import ClassResults
from app.measure.wording import ChangeRow, Scale, answered_text, detail_headers, detail_row, dose_text, kind_text
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.results.charts import Attendance, ChangeIntervals, PairedDots, Togetherness
from app.ui.results.look import label

COLUMNS = 3        # subscales side by side, so their charts can be compared at a glance…
COLUMN_LINES = 20  # …when each gets this many lines of the font in width (fewer columns with large type)
TOP = Qt.AlignmentFlag.AlignTop
HOW_TO_READ = QT_TRANSLATE_NOOP("results.sections", "In each chart a dot is one student, without a name: before on "
                                "the left, after on the right. A blue line went up; a grey dashed line went down or "
                                "stayed the same. The black diamonds joined by a thick line are the class average.")


def _column(parent: QWidget | None = None) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def columns_for(width: int, line: float) -> int:
    """How many subscales fit side by side in `width` pixels with lines of `line` pixels."""
    return max(1, min(COLUMNS, int(width // (line * COLUMN_LINES))))


def instrument_section(results: ClassResults, columns: int, details_open: bool,
                       remember: Callable[[bool], None]) -> QWidget:
    """One questionnaire's results; `remember` hears the Details button, so a refresh keeps it as it was."""
    instrument = results.instrument
    section = QWidget()
    section.setObjectName(f"results-{instrument.id}")
    layout = _column(section)
    layout.setSpacing(8)
    layout.addWidget(label(instrument.title, "resultsHeading", factor=1.35, bold=True))
    layout.addWidget(label(f"{kind_text(instrument.validated, instrument.translated).capitalize()}. "
                           f"{answered_text(results.counted, results.answered_pre, results.answered_post)}",
                           "scaleKind"))
    # Translators: the heading of the caveats listed under it
    caveats = label(translate("results.sections", "Read this first:") + "\n"
                    + "\n".join(f"•  {c}" for c in results.caveats), "caveats")
    caveats.setTextFormat(Qt.TextFormat.PlainText)
    caveats.setAccessibleName(translate("results.sections", "Read this first"))
    layout.addWidget(caveats)
    layout.addWidget(label(translate("results.sections", HOW_TO_READ), "subscaleExplain"))
    grid = QGridLayout()
    grid.setHorizontalSpacing(24)
    grid.setVerticalSpacing(6)
    scale = Scale(min(instrument.values), max(instrument.values), instrument.labels[0], instrument.labels[-1])
    columns = max(1, min(columns, len(results.subscales)))
    for i, sub in enumerate(results.subscales):
        row, column = 4 * (i // columns), i % columns
        grid.addWidget(label(sub.subscale.title, "subscaleTitle", factor=1.15, bold=True), row, column, TOP)
        grid.addWidget(label(sub.subscale.explain, "subscaleExplain"), row + 1, column, TOP)
        sentence = label(sub.sentence, "plainSentence", factor=1.25)
        sentence.setAccessibleName(translate("results.sections", "{subscale}: what changed").format(
            subscale=sub.subscale.title))
        grid.addWidget(sentence, row + 2, column, TOP)
        grid.addWidget(PairedDots(sub, instrument.values, instrument.labels), row + 3, column)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    layout.addLayout(grid)
    layout.addSpacing(8)
    layout.addWidget(label(translate("results.sections", "How much each part changed"), "subscaleTitle",
                           factor=1.15, bold=True))
    layout.addWidget(label(translate("results.sections", "The dot is the class's average change. The bar is the "
                                     "range we are fairly confident the true change lies in: when it crosses the "
                                     "“no change” line, the class may not have changed at all."), "subscaleExplain"))
    layout.addWidget(ChangeIntervals([ChangeRow(s.subscale.title, s.change) for s in results.subscales], scale))
    layout.addLayout(_details(results, details_open, remember))
    return section


def _details(results: ClassResults, open_: bool, remember: Callable[[bool], None]) -> QVBoxLayout:
    """The researcher's figures: collapsed by default; every column header explains itself (tooltip)."""
    layout = _column()
    button = QToolButton()
    button.setObjectName("detailsButton")
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    details = translate("results.sections", "Details: {questionnaire}").format(questionnaire=results.instrument.title)
    button.setAccessibleName(details)
    headers = detail_headers()
    table = QTableWidget(len(results.subscales), len(headers))
    table.setObjectName("detailsTable")
    table.setAccessibleName(details)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for column, (head, tip) in enumerate(headers):
        item = QTableWidgetItem(head)
        item.setToolTip(tip)
        table.setHorizontalHeaderItem(column, item)
    for row, sub in enumerate(results.subscales):
        cells = detail_row(sub.subscale.title, sub.change, sub.alpha_pre, sub.alpha_post)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(headers[column][1])
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeRowsToContents()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
    height += 2 * table.frameWidth()

    def fit(_low: int = 0, high: int = 0) -> None:  # room for the horizontal scroll bar only when it shows
        table.setFixedHeight(height + (table.horizontalScrollBar().sizeHint().height() if high > 0 else 0))

    fit()
    table.horizontalScrollBar().rangeChanged.connect(fit)

    def show(on: bool) -> None:
        button.setText(translate("results.sections", "Hide details") if on
                       else translate("results.sections", "Details: every figure, for researchers"))
        button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        table.setVisible(on)
        remember(on)

    button.setChecked(open_)
    show(open_)
    button.toggled.connect(show)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(table)
    return layout


def dose_section(dose: Dose) -> QWidget:
    """How much of the program the class has had: the context every change needs."""
    section = QWidget()
    section.setObjectName("dose")
    layout = _column(section)
    layout.addWidget(label(translate("results.sections", "The program so far"), "resultsHeading", factor=1.35,
                           bold=True))
    layout.addWidget(label(dose_text(dose.sessions, dose.minutes, dose.activities), "doseSentence", factor=1.25))
    grid = QGridLayout()  # titles, explanations and charts in rows, so the two charts start level
    grid.setHorizontalSpacing(24)
    grid.setVerticalSpacing(6)
    for column, (title, explain, chart) in enumerate((
            (translate("results.sections", "How together the class played"),
             translate("results.sections", "The rhythm game's togetherness, 0 to 100: the best run of each session "
                       "(the whole group, never one student)."), Togetherness(dose.togetherness)),
            (translate("results.sections", "Attendance"),
             translate("results.sections", "Sessions each student was present for."),
             Attendance(dose.attendance, dose.sessions)))):
        grid.addWidget(label(title, "subscaleTitle", factor=1.15, bold=True), 0, column)
        grid.addWidget(label(explain, "subscaleExplain"), 1, column, TOP)
        grid.addWidget(chart, 2, column, TOP)
        grid.setColumnStretch(column, 1)
    layout.addLayout(grid)
    return section
