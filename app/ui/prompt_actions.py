"""What the prompt bank's two actions do with the rest of the app.

Show on the projector: the running session's projector when a session is open (the story-wall page, which
fits long words to the screen), otherwise a projector window of its own on the class's screen. Add to
today's journal prompts: the class's list for today in the store, which student mode and the class
network both read, so a prompt the facilitator picks is the first thing students see wherever they write.
Kept apart from the page so the page stays a view, and the main window a navigator.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.curriculum.model import Prompt
from app.store import StoreError
from app.store.classes import list_classes
from app.store.today_prompts import pick_for_today, picked_today, unpick_for_today
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.runner.standalone import StandaloneProjector

if TYPE_CHECKING:
    from app.ui.window_parts import WindowParts

log = logging.getLogger(__name__)
# Translators: the heading above a journal prompt shown on the projector.
HEADING = QT_TRANSLATE_NOOP("prompt_actions", "Journal prompt")


class PromptProjector(StandaloneProjector):
    """One prompt, as large as fits, on the class's screen (the story page); Esc closes it."""

    def __init__(self) -> None:
        super().__init__(translate("prompt_actions", HEADING))
        self.setObjectName("promptProjector")
        self.setAccessibleName(translate("prompt_actions", "Prompt on the projector"))

    def show_prompt(self, text: str) -> None:
        self.show_story(text, translate("prompt_actions", HEADING))
        self.present()
        self.activateWindow()   # so Esc reaches it at once, without a click first


class PromptActions(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.prompts_page
        self.view: PromptProjector | None = None
        self.page.show_requested.connect(self.show_on_projector)
        self.page.today_requested.connect(self.toggle_today)
        self.page.class_changed.connect(self._class_changed)
        window.stack.currentChanged.connect(self._page_changed)
        self.page.attach()
        self.refresh()

    def _page_changed(self, index: int) -> None:
        if self.window.stack.widget(index) is self.page:
            self.refresh()

    def refresh(self) -> None:
        """The classes as they are now (one may have been made or archived), the open class chosen."""
        classes = list_classes(self.window.store)
        self.page.set_classes([(c.id, c.name) for c in classes], self.window.current_class)

    def _class_changed(self, class_id: str) -> None:
        self.page.set_picked(set(picked_today(self.window.store, class_id)) if class_id else set())

    # Show on the projector ---------------------------------------------------------------------------------
    def running_session(self):
        """The runner window of the session in progress, if one is open (None otherwise)."""
        runner = self.window.runner_window
        if runner is None or not runner.isVisible() or getattr(runner, "ended", False):
            return None
        return runner

    def show_on_projector(self, prompt: Prompt) -> None:
        runner = self.running_session()
        if runner is not None:
            if not runner.presenting:
                runner.present()   # first: presenting redraws the current slide
            runner.projector.show_story(prompt.text, translate("prompt_actions", HEADING))
            self.page.say(translate("prompt_actions", "On the session's projector now, until the session's next key "
                                                      "(Page Down, B…) changes what the class sees."))
            return
        if self.view is None:
            self.view = PromptProjector()
        self.view.show_prompt(prompt.text)
        self.page.say(translate("prompt_actions", "On the projector now, in a window of its own: Esc there closes it."))

    # Today's journal prompts ------------------------------------------------------------------------------
    def toggle_today(self, prompt: Prompt, class_id: str) -> None:
        store = self.window.store
        # Translators: stands in for a class's name when none is chosen ("Taken off the class's journal prompts").
        name = self.page.for_class.currentText() or translate("prompt_actions", "the class")
        try:
            if prompt.id in picked_today(store, class_id):
                unpick_for_today(store, class_id, prompt.id)
                # Translators: {name} is the class's name.
                said = translate("prompt_actions", "Taken off {name}'s journal prompts for today.").format(name=name)
            else:
                pick_for_today(store, class_id, prompt.id)
                said = translate("prompt_actions", "Added to {name}'s journal prompts for today: students see it "
                                                   "first in student mode and on their devices.").format(name=name)
        except StoreError as error:
            log.exception("today's prompts not saved")
            # Translators: {reason} is a whole sentence saying what went wrong, with its full stop.
            said = translate("prompt_actions", "Not saved: {reason} Try again, or check the data folder has free "
                                               "space.").format(reason=error)
        self._class_changed(class_id)
        self.page.say(said)
        self.window.statusBar().showMessage(said, 8000)
