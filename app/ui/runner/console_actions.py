"""The console's buttons: each shows its key, grouped by purpose, wrapping into rows to fit the laptop.

Why the key is on the button: facilitators learn the clicker and keyboard by seeing "Next ▶  PgDn" every
time they click, as presenters learn PowerPoint's keys; a tooltip is never seen on a projector day.
The key is put in the action's *icon text* (what a tool button shows) so the menus keep their plain text
and show the shortcut in their own column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets import FlowLayout, FlowRow

KEY_WORDS = {"PgDown": "PgDn"}   # as printed on keyboards and clickers
ARROWS = "◀▶"                     # the menus' arrows: a button with an icon shows the icon instead
ICON_AFTER_TEXT = "iconAfterText"  # an action property: its button puts the icon after the words (Next ›)
# The groups' titles: the console knows a group by its English title; it is translated where it is shown.
# Translators: the captions over the console's groups of buttons (shown in capitals)
GROUP_TITLES = (QT_TRANSLATE_NOOP("runner.console_actions", "Navigate"),
                QT_TRANSLATE_NOOP("runner.console_actions", "Timer"),
                QT_TRANSLATE_NOOP("runner.console_actions", "Projector"),
                QT_TRANSLATE_NOOP("runner.console_actions", "Class"),
                QT_TRANSLATE_NOOP("runner.console_actions", "Role-play"),
                QT_TRANSLATE_NOOP("runner.console_actions", "Session"))


def key_hint(action: QAction) -> str:
    """The action's first key as a keyboard prints it ('PgDn', 'B', 'Ctrl+Shift+S'); '' without one."""
    text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return KEY_WORDS.get(text, text)


def teach_key(action: QAction, label: str | None = None) -> None:
    """Put the key after the label on every button that shows this action ('Draw card  D')."""
    label = label or action.text().replace("&", "")
    icon = not action.icon().isNull()
    if icon:   # the icon shows the arrow
        label = label.strip(ARROWS + " ")
    key = key_hint(action)
    text = f"{label}  {key}" if key else label
    if icon:   # a space keeps the words off the icon, on whichever side it is
        text = f"{text} " if action.property(ICON_AFTER_TEXT) else f" {text}"
    action.setIconText(text)


def action_button(action: QAction, big: bool = False) -> QToolButton:
    """A button for the action, with its icon when it has one: the most used ones larger, so a glance finds
    them."""
    button = QToolButton()
    button.setDefaultAction(action)
    has_icon = not action.icon().isNull()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if has_icon
                              else Qt.ToolButtonStyle.ToolButtonTextOnly)
    if action.property(ICON_AFTER_TEXT):
        button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    button.setObjectName("bigAction" if big else "action")
    button.setAccessibleName(action.text().replace("&", ""))
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)   # a click must not steal focus from the notes
    return button


class ActionGroup(QWidget):
    """A row of buttons for one purpose, under a small caption ('PROJECTOR') unless its place says it
    (the timer's buttons sit under the timer). `stretch` widens the buttons to fill the row."""

    def __init__(self, title: str, caption: bool = True, stretch: bool = False) -> None:
        super().__init__()
        self.setObjectName("actionGroup")
        shown = translate("runner.console_actions", title)   # one of GROUP_TITLES
        self.setAccessibleName(shown)
        self.stretch = stretch
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if caption:
            label = QLabel(shown.upper())
            label.setObjectName("groupCaption")
            column.addWidget(label)
        # buttons that fill their row (the timer's, Previous/Next) stay side by side; the others keep their size,
        # packed to the left, and wrap to a second row when large text or a narrow laptop leaves no room
        self.row = QHBoxLayout() if stretch else None
        self.flow = None if stretch else FlowRow(spacing=4)
        if self.row is not None:
            self.row.setSpacing(4)
            column.addLayout(self.row)
        else:
            column.addWidget(self.flow)
        self.buttons: list[QToolButton] = []

    def add(self, action: QAction, big: bool = False) -> QToolButton:
        button = action_button(action, big)
        if self.row is not None:
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.row.addWidget(button)
        else:
            self.flow.add(button)
        self.buttons.append(button)
        return button


class ActionBar(QWidget):
    """The console's groups of buttons, wrapping into rows."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("actionBar")
        self.setAccessibleName(translate("runner.console_actions", "Session actions"))
        self.flow = FlowLayout(self, spacing=18)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.groups: dict[str, ActionGroup] = {}

    def group(self, title: str) -> ActionGroup:
        if title not in self.groups:
            self.groups[title] = ActionGroup(title)
            self.flow.addWidget(self.groups[title])
        return self.groups[title]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)
