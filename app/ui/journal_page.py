"""The facilitator's journal review: what students shared with them or the class, filtered, searched,
read, noted, and (for the story wall) shown on the projector.

Private means private: every entry on this page comes from app.store.journal_review, whose queries
exclude private entries themselves, so no filter, search or bug on this page can reveal one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QToolButton,
    QWidget,
)

from app.store import Store, StoreError
from app.store.journal_review import SharedEntry, mark_read, search_shared, set_note, shared_entries
from app.store.sessions import sessions_of
from app.store.students import students_in
from app.ui.dates import long_date, short_date
from app.ui.i18n import translate
from app.ui.journal_models import (
    FREE_WRITING,
    EntryListModel,
    Filters,
    badge_html,
    count_text,
    fill_filter,
)
from app.ui.journal_parts import PLACEHOLDER, make_detail, make_filters, make_list_side
from app.ui.models import ItemRole
from app.ui.widgets import page_layout, text_label

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250   # wait for a pause in typing before searching
NOTE_DELAY_MS = 800     # save the note this long after typing stops
READ_AFTER_MS = 2000    # an entry shown this long counts as read


class JournalPage(QWidget):
    story_requested = Signal(str, str, str)   # body, prompt text or "", student name or "" (for the projector)

    def __init__(self, store: Store, prompt_texts: Mapping[str, str]) -> None:
        super().__init__()
        self.store = store
        self.class_id: str | None = None
        self.entry: SharedEntry | None = None   # the entry in the detail pane
        self._toggled: set[str] = set()         # marked read/unread by hand: never marked read automatically
        self._note_saved = ""
        self._hidden_by_filters = 0
        layout, self.title = page_layout(self, translate("journal_page", "Journals"))
        layout.addWidget(text_label(translate("journal_page", "Entries students shared with you or the class. "
                                                              "Private entries are never shown here.")))
        layout.addLayout(self._make_filters())
        self.model = EntryListModel(prompt_texts)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._make_list_side())
        splitter.addWidget(self._make_detail())
        splitter.setSizes([540, 660])
        layout.addWidget(splitter, 1)
        self._make_actions()
        self.search_timer = self._timer(SEARCH_DELAY_MS, self._reload)
        self.note_timer = self._timer(NOTE_DELAY_MS, self.save_note)
        self.read_timer = self._timer(READ_AFTER_MS, self._read_after_a_while)
        self.search.textChanged.connect(self.search_timer.start)
        self.note.textChanged.connect(self.note_timer.start)
        self.note.focus_lost.connect(self.save_note)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

    # Building ----------------------------------------------------------------------------------
    def _timer(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _make_filters(self) -> QHBoxLayout:
        return make_filters(self)

    def _make_list_side(self) -> QWidget:
        return make_list_side(self)

    def _make_detail(self) -> QWidget:
        return make_detail(self)

    def _make_actions(self) -> None:
        """Page actions; the page takes their keys first (see event), so the main window's Ctrl+R waits."""
        self.find_action = self._action(translate("journal_page", "Search"), QKeySequence.StandardKey.Find,
                                        self._focus_search)
        self.read_action = self._action(translate("journal_page", "Mark as read"), "Ctrl+R", self.toggle_read)
        self.projector_action = self._action(translate("journal_page", "Show on projector"), "Ctrl+Shift+P",
                                             self.show_on_projector)
        self.read_button, self.projector_button = QToolButton(), QToolButton()
        for button, action in ((self.read_button, self.read_action), (self.projector_button, self.projector_action)):
            button.setDefaultAction(action)
            self.buttons.addWidget(button)
        self.buttons.addWidget(self.with_name)
        self.buttons.addStretch(1)

    def _action(self, text: str, keys: str | QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({action.shortcut().toString()})")
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    # Keys: this page's shortcuts win over the main window's while focus is on the page ----------
    def _own_action(self, event: QKeyEvent) -> QAction | None:
        keys = QKeySequence(event.keyCombination())
        return next((a for a in (self.find_action, self.read_action, self.projector_action)
                     if keys in a.shortcuts()), None)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._own_action(event) is not None):
            event.accept()   # deliver the key as a key press (below) instead of an ambiguous shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._own_action(event)
        if action is None:
            super().keyPressEvent(event)
        elif action.isEnabled():
            action.trigger()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Loading -----------------------------------------------------------------------------------
    def show_class(self, class_id: str, class_name: str) -> None:
        """(Re)load everything for this class; filters and search stay when it is the same class."""
        self.save_note()
        same = class_id == self.class_id
        self.class_id = class_id
        self.title.setText(translate("journal_page", "Journals — {class_name}").format(class_name=class_name))
        if not same:
            self._toggled.clear()
            self._open(None)
            for box in (self.unread_only, self.class_only):
                with QSignalBlocker(box):
                    box.setChecked(False)
            with QSignalBlocker(self.search):
                self.search.clear()
        everything = shared_entries(self.store, class_id)
        prompts = {e.prompt_id: self.model.prompt_text(e) or "" for e in everything if e.prompt_id is not None}
        free = ([(translate("journal_page", "Free writing"), FREE_WRITING)]
                if any(e.prompt_id is None for e in everything) else [])
        sessions = sessions_of(self.store, class_id)
        fill_filter(self.session_filter, translate("journal_page", "All sessions"),
                    [(f"{short_date(s.held_on)} · {s.phase.capitalize()}", s.id) for s in sessions])
        fill_filter(self.student_filter, translate("journal_page", "All students"),
                    [(s.display_name, s.id) for s in students_in(self.store, class_id)])
        fill_filter(self.prompt_filter, translate("journal_page", "All prompts"),
                    free + sorted(((text, pid) for pid, text in prompts.items()), key=lambda p: p[0].casefold()))
        self._reload()
        self.search.setFocus()

    def filters(self) -> Filters:
        return Filters(self.session_filter.currentData(), self.student_filter.currentData(),
                       self.prompt_filter.currentData(), self.class_only.isChecked(), self.unread_only.isChecked())

    def _reload(self) -> None:
        """Show the filtered list, or the search hits while there is a search; the open entry stays open."""
        self.search_timer.stop()
        if self.class_id is None:
            return
        filters, query = self.filters(), self.search.text().strip()
        self.search_problem.hide()
        self.list.show()
        if query:
            try:
                hits = search_shared(self.store, query, class_id=self.class_id)
            except StoreError as error:
                log.info("search %r failed: %s", query, error)
                self.model.set_rows([])
                self.list.hide()
                self.count.clear()
                self.search_problem.setText(str(error))
                self.search_problem.show()
                return
            rows = [(hit.entry, hit.snippet) for hit in hits if filters.accepts(hit.entry)]
            self._hidden_by_filters = len(hits) - len(rows)
        else:
            rows = [(e, None) for e in shared_entries(self.store, self.class_id, **filters.store_args())
                    if filters.accepts(e)]
            self._hidden_by_filters = 0
        kept = self.entry.id if self.entry else None
        self.model.set_rows(rows)
        self._update_count()
        row = self.model.row_of(kept) if kept else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))
        else:   # not in this list (a search, a filter): it stays open while it is still shared
            self._refresh_entry()

    def _update_count(self) -> None:
        self.count.setText(count_text(self.model.entries(), self.search.text().strip(), self._hidden_by_filters,
                                      self.filters().active))

    # The open entry ----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._open(current.data(ItemRole) if current.isValid() else None)

    def _open(self, entry: SharedEntry | None) -> None:
        if entry is not None and self.entry is not None and entry.id == self.entry.id:
            if entry.body != self.entry.body:   # the same entry after a reload: its student may have edited it
                self.body.setPlainText(entry.body)
            self.entry = entry                  # ... while the note being typed stays as it is
            self._show_state()
            return
        self.save_note()
        self.read_timer.stop()
        self.entry = entry
        self.problem.hide()
        if entry is None:   # nothing of a closed entry stays in the (hidden) detail widgets
            for widget in (self.heading, self.prompt, self.body):
                widget.clear()
            with QSignalBlocker(self.note):
                self.note.clear()
            self.placeholder.setText(translate("journal_page", PLACEHOLDER))
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        self.prompt.setText(self.model.prompt_text(entry) or translate("journal_page", "Free writing"))
        self.body.setPlainText(entry.body)
        with QSignalBlocker(self.note):
            self.note.setPlainText(entry.note)
        self._note_saved = entry.note
        self._show_state()
        self.detail_stack.setCurrentWidget(self.detail)
        if entry.read_at is None and entry.id not in self._toggled:
            self.read_timer.start()

    def _show_state(self) -> None:
        entry = self.entry
        if entry is None:
            return
        # Translators: when the facilitator read the entry ("read 3 May")
        read = ("" if entry.read_at is None else
                " · " + translate("journal_page", "read {date}").format(date=short_date(entry.read_at)))
        self.heading.setText(f"{entry.student_name} · {long_date(entry.created_at)}{read}&nbsp;&nbsp;"
                             f"{badge_html(entry.visibility)}")
        self.read_action.setText(translate("journal_page", "Mark as unread") if entry.read_at else
                                 translate("journal_page", "Mark as read"))
        self.read_action.setToolTip(f"{self.read_action.text()} (Ctrl+R)")
        story = entry.visibility == "class"
        self.projector_action.setEnabled(story)
        self.projector_button.setVisible(story)
        self.with_name.setVisible(story)
        self.projector_hint.setVisible(not story)

    def _still_shared(self, entry: SharedEntry) -> SharedEntry | None:
        """The entry as stored now; None once it is no longer shared (its student made it private)."""
        return next((e for e in shared_entries(self.store, self.class_id or "", student_id=entry.student_id)
                     if e.id == entry.id), None)

    def _refresh_entry(self) -> None:
        """Read the open entry again after marking or noting it; close it if it is no longer shared."""
        old = self.entry
        if old is None:
            return
        fresh = self._still_shared(old)
        if fresh is None:
            self.model.remove(old.id)
            self._open(None)
            self.placeholder.setText(
                translate("journal_page", "That entry is no longer shared with you, so it was closed."))
        else:
            self.entry = fresh
            self.model.replace(fresh)
            self._show_state()
        self._update_count()

    def _show_problem(self, text: str) -> None:
        log.warning("journal review: %s", text)
        self.problem.setText(text)
        self.problem.show()

    def toggle_read(self) -> None:
        if self.entry is None:
            return
        self.read_timer.stop()
        self._toggled.add(self.entry.id)
        self._mark(self.entry.read_at is None)

    def _read_after_a_while(self) -> None:
        entry = self.entry
        if entry is not None and entry.read_at is None and entry.id not in self._toggled and self.isVisible():
            self._mark(True)

    def _mark(self, read: bool) -> None:
        try:
            mark_read(self.store, self.entry.id if self.entry else "", read)
        except StoreError as error:
            self._show_problem(str(error))
        self._refresh_entry()

    def save_note(self) -> None:
        """Save the note if it changed (typing paused, focus left, another entry opened, page left)."""
        self.note_timer.stop()
        if self.entry is None:
            return
        text = self.note.toPlainText().strip()
        if text == self._note_saved:
            return
        try:
            set_note(self.store, self.entry.id, text)
        except StoreError as error:
            self._show_problem(str(error))
            return
        self._note_saved = text
        self._refresh_entry()

    def show_on_projector(self) -> None:
        entry = self.entry
        if entry is None or entry.visibility != "class":
            return
        self.story_requested.emit(entry.body, self.model.prompt_text(entry) or "",
                                  entry.student_name if self.with_name.isChecked() else "")

    # Leaving and coming back -------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self.save_note()
        self.read_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.entry is not None and self.entry.read_at is None and self.entry.id not in self._toggled:
            self.read_timer.start()
