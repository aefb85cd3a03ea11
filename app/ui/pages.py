"""The phase page (its activity list) and the read-only detail page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.curriculum import Curriculum, Phase
from app.ui import theme
from app.ui.models import ItemRole, TextListModel, describe_activity
from app.ui.widgets import item_list, page_layout, text_label


class PhasePage(QWidget):
    """Lists one phase's activities; broken files are listed too, marked, never hidden."""

    item_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        layout, self.title = page_layout(self)
        self.summary = text_label()
        self.model = TextListModel(describe_activity)
        self.list = item_list("activityList", "Activities", self.model)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.phase: Phase | None = None

    def show_phase(self, phase: Phase, curriculum: Curriculum) -> None:
        self.phase = phase
        self.title.setText(f"{phase.title}: {phase.tagline}")
        self.title.setStyleSheet(theme.css(color=theme.current().phase_colour(phase.id, phase.colour)))
        self.summary.setText(phase.summary)
        self.model.set_items([*curriculum.activities_in(phase.id), *curriculum.broken_in(phase.id)])
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _chosen(self, index: QModelIndex) -> None:
        item = index.data(ItemRole)
        if item is not None:
            self.item_chosen.emit(item)


class DetailPage(QWidget):
    """A scrollable, selectable page of rendered HTML (activity, class, plan, broken file)."""

    link_clicked = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.browser = theme.style_document(QTextBrowser())
        self.browser.setObjectName(name)
        self.browser.setAccessibleName(name)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.link_clicked.emit(url.toString()))
        layout.addWidget(self.browser)

    def show_html(self, html: str) -> None:
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()
