"""A class's Results page: what changed between the questionnaire before and after the program, said in
plain sentences with charts, every caveat in view, the program's dose beside it, and each student's consent.

Reading is in one place, `refresh()`: it gathers the report (about 50 ms for a class) and rebuilds the part
of the page that shows it. The consent list stays put, so ticking a box keeps its place and focus, and the
Details tables stay open or closed as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStyle, QToolButton, QVBoxLayout, QWidget

from app.curriculum import Curriculum
from app.measure.data import ClassReport, gather
from app.store.classes import list_classes
from app.store.db import Store
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.results.certificates import add_certificates_action, open_certificates
from app.ui.results.consent import ConsentSection
from app.ui.results.look import label
from app.ui.results.sections import columns_for, dose_section, instrument_section
from app.ui.widgets import page_layout

DEMO_BANNER = QT_TRANSLATE_NOOP("results.page", "Demo class: the questionnaire answers on this page are made up, to "
                                "show what results look like. Your own classes show their real answers.")
NOTHING_YET = QT_TRANSLATE_NOOP("results.page", "No questionnaire answers yet. Type in the class's paper answers, "
                                "before the first session and after the last, and what changed shows here.")


class ResultsPage(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.curriculum: Curriculum | None = None
        self.class_id = self.class_name = ""
        self.report: ClassReport | None = None
        self._open_details: set[str] = set()  # instruments whose Details table is open
        self._columns = 0                     # subscale charts side by side in the report shown
        self.setObjectName("resultsPage")
        layout, self.title = page_layout(self)
        self.certificates_action = add_certificates_action(self, self.open_certificates)
        certificates = QToolButton()
        certificates.setDefaultAction(self.certificates_action)
        certificates.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        certificates.setAccessibleName(translate("results.page", "Certificates"))
        header = QHBoxLayout()  # the title, and beside it what the page hands out on paper
        layout.removeWidget(self.title)
        header.addWidget(self.title, 1)
        header.addWidget(certificates)
        layout.insertLayout(0, header)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("resultsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName("resultsContent")
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(14)
        self.banner = label(translate("results.page", DEMO_BANNER), "demoBanner")
        self.banner.setAccessibleName(translate("results.page", "Demo data"))
        self.banner.hide()
        self.column.addWidget(self.banner)
        self.body = QWidget()
        self.column.addWidget(self.body)
        self.consent = ConsentSection(store)
        self.consent.changed.connect(self.refresh)
        self.column.addWidget(self.consent)
        self.column.addStretch(1)
        self.scroll.setWidget(self.content)
        layout.addWidget(self.scroll, 1)

    def show_class(self, class_id: str, curriculum: Curriculum) -> bool:
        """A visit to a class's results (False if the class is gone): read fresh, from the top."""
        summary = next((c for c in list_classes(self.store) if c.id == class_id), None)
        if summary is None:
            return False
        self.class_id, self.class_name, self.curriculum = class_id, summary.name, curriculum
        self.title.setText(translate("results.page", "Results — {class_name}").format(class_name=summary.name))
        self.setAccessibleName(translate("results.page", "Results of {class_name}").format(class_name=summary.name))
        self.consent.show_class(class_id)
        self.refresh()
        self.scroll.verticalScrollBar().setValue(0)
        self.scroll.setFocus()
        return True

    def open_certificates(self) -> None:
        """An 'Empathy Ambassador' certificate for each student who took part, in a dialog beside the page."""
        if self.curriculum is not None and self.class_id:
            open_certificates(self, self.store, self.curriculum, self.class_id)

    def refresh(self) -> None:
        """Gather the class's report and show it.

        `gather` reads SQLite and computes the statistics (bootstrap included) on the UI thread: about 50 ms
        for a class, below what a click feels like. It is called here and nowhere else, so moving it to a
        worker later means running `gather` there and handing its report to `show_report`.
        """
        if self.curriculum is None or not self.class_id:
            return
        self.show_report(gather(self.store, self.curriculum, self.class_id, self.class_name))

    def show_report(self, report: ClassReport) -> None:
        """Rebuild the results part of the page from a report, keeping the scroll position."""
        self.report = report
        bar = self.scroll.verticalScrollBar()
        position = bar.value()
        self.setUpdatesEnabled(False)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(28)
        self._columns = self._fitting_columns()
        if not report.results:
            column.addWidget(label(translate("results.page", NOTHING_YET), "plainSentence", factor=1.25))
        for results in report.results:
            column.addWidget(instrument_section(results, self._columns, results.instrument.id in self._open_details,
                                                lambda on, i=results.instrument.id: self._remember(i, on)))
        column.addWidget(dose_section(report.dose))
        old = self.body
        self.column.replaceWidget(old, body)
        old.hide()
        old.deleteLater()
        self.body = body
        body.show()  # now, not on the layout's queued show: the sizes below need it visible
        self.banner.setVisible(report.demo)
        self.setUpdatesEnabled(True)
        self.column.invalidate()
        self.scroll.setWidgetResizable(True)  # sizes the content to the new body now, not on a later event
        bar.setValue(position)

    def _fitting_columns(self) -> int:
        """From the page's own width (the scroll area's viewport may not have its new size yet)."""
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - margins.left() - margins.right() - bar - self.column.contentsMargins().right()
        return columns_for(room, QFontMetricsF(self.font()).height())

    def _reflow(self) -> None:
        """Subscale charts re-flow (three, two or one side by side) when the window or the type size changes."""
        if self.report is not None and self._fitting_columns() != self._columns:
            self.show_report(self.report)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reflow()

    def _remember(self, instrument_id: str, on: bool) -> None:
        (self._open_details.add if on else self._open_details.discard)(instrument_id)
