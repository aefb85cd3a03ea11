"""Opening a class's Results page from the main window: the page is built the first time it is asked for
(most sessions never open it), then re-shown from the store on every visit, Back included."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.ui.results.page import ResultsPage
    from app.ui.window_parts import WindowParts


class ResultsActions(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.page: ResultsPage | None = None
        window.class_page.results_requested.connect(self.show_results)
        window.class_page.paper_requested.connect(self.type_in_paper)

    def type_in_paper(self, class_id: str) -> None:
        """The paper questionnaires' answers, typed with the number keys (a window of its own beside the page)."""
        if class_id:
            from app.ui.measure import open_paper_entry

            open_paper_entry(self.window, self.window.store, self.window.curriculum, class_id)

    def show_results(self, class_id: str) -> None:
        if not class_id:
            return
        if self.page is None:
            from app.ui.results.page import ResultsPage

            self.page = ResultsPage(self.window.store)
            self.window.stack.addWidget(self.page)
        page, window = self.page, self.window

        def show() -> None:
            # the window's curriculum at the time of showing: Back after an edit shows the newest program
            if page.show_class(class_id, window.curriculum):
                window._show(page)
            else:
                window.statusBar().showMessage(translate("results.actions", "That class is no longer here."), 6000)

        window._navigate(show)
