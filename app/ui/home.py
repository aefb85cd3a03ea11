"""The home screen: the facilitator's classes and the three phases of the program."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.store.classes import ClassSummary
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.models import ItemRole, TextListModel, describe_class
from app.ui.widgets import FlowRow


class PhaseTile(QPushButton):
    """A phase as a large coloured tile: its number and title, the tagline, how many activities.

    A push button's own text never wraps, so a long tagline at a large font would make the window wider than
    the screen; the tile paints its lines itself, wrapped, and asks for the height that needs. The text stays
    the button's text (one line each), which is what screen readers and the tests read.
    """

    PAD = QSize(20, 11)   # horizontal, vertical

    def __init__(self) -> None:
        super().__init__()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _lines(self) -> list[tuple[str, QFont]]:
        title, *rest = self.text().split("\n")
        plain = QFont(self.font())
        plain.setWeight(QFont.Weight.Normal)
        plain.setPointSizeF(max(theme.pt("small"), self.font().pointSizeF() * 0.8))
        return [(title, self.font()), *((line, plain) for line in rest)]

    def _height(self, width: int) -> int:
        inner = max(1, width - 2 * self.PAD.width())
        flags = int(Qt.TextFlag.TextWordWrap)
        return 2 * self.PAD.height() + sum(QFontMetrics(font).boundingRect(QRect(0, 0, inner, 10_000), flags,
                                                                           text).height() + 4
                                           for text, font in self._lines())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(width)

    def sizeHint(self) -> QSize:
        widest = max(QFontMetrics(font).horizontalAdvance(text) for text, font in self._lines())
        width = widest + 2 * self.PAD.width() + 4   # a little slack: wrapping measures a pixel wider
        return QSize(width, self._height(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow (a few words a line), as short as unwrapped lines: height for width does the rest."""
        return QSize(14 * QFontMetrics(self.font()).averageCharWidth() + 2 * self.PAD.width(),
                     self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)   # colour, border, focus: the stylesheet's
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        area = self.rect().adjusted(self.PAD.width(), self.PAD.height(), -self.PAD.width(), -self.PAD.height())
        lines = self._lines()
        used = self._height(self.width()) - 2 * self.PAD.height()
        y = area.top() + max(0, (area.height() - used) // 2)   # the block centred, as the button's text was
        for text, font in lines:
            painter.setFont(font)
            box = QFontMetrics(font).boundingRect(QRect(0, 0, area.width(), 10_000), int(Qt.TextFlag.TextWordWrap),
                                                  text)
            painter.drawText(QRect(area.left(), y, area.width(), box.height()),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
            y += box.height() + 4


class HomePage(QWidget):
    phase_chosen = Signal(str)
    class_chosen = Signal(str)
    section_chosen = Signal(str)

    SECTIONS = (("plans", QT_TRANSLATE_NOOP("home", "Session plans")),   # (key, words: translate("home", words))
                ("prompts", QT_TRANSLATE_NOOP("home", "Prompt bank")),
                ("challenges", QT_TRANSLATE_NOOP("home", "Challenges")),
                ("decks", QT_TRANSLATE_NOOP("home", "Role-play decks")),
                ("guide", QT_TRANSLATE_NOOP("home", "Facilitator guide")))

    def __init__(self, curriculum: Curriculum) -> None:
        super().__init__()
        self.setObjectName("home")
        outer = QVBoxLayout(self)   # the page scrolls when a large font makes it taller than the screen
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("homeBody")
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QGridLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setHorizontalSpacing(24)
        title = QLabel(translate("home", "Welcome, facilitator"))
        title.setObjectName("pageTitle")
        layout.addWidget(title, 0, 0, 1, 2)

        classes_box = QVBoxLayout()
        classes_box.addWidget(self._heading(translate("home", "Your classes")))
        self.class_model = TextListModel(describe_class)
        self.class_list = QListView()
        self.class_list.setObjectName("classList")
        self.class_list.setAccessibleName(translate("home", "Classes"))
        self.class_list.setModel(self.class_model)
        self.class_list.setSpacing(4)
        self.class_list.setWordWrap(True)   # a large font wraps a class's line instead of cutting it
        self.class_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.class_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.class_list.activated.connect(self._class_activated)
        self.class_list.clicked.connect(self._class_activated)
        classes_box.addWidget(self.class_list)
        layout.addLayout(classes_box, 1, 0)

        phases_box = QVBoxLayout()
        phases_box.setSpacing(10)
        phases_box.addWidget(self._heading(translate("home", "The program")))
        self.phase_buttons: dict[str, QPushButton] = {}
        for number, phase in enumerate(curriculum.phases, start=1):
            button = PhaseTile()
            button.setObjectName(f"phase-{phase.id}")
            button.setAccessibleName(translate("home", "Phase {number}: {title}").format(number=number,
                                                                                       title=phase.title))
            button.setToolTip(phase.summary)
            button.setStyleSheet(theme.css(background=theme.current().phase_colour(phase.id, phase.colour)))  # data
            button.setProperty("class", "phaseButton")
            button.clicked.connect(lambda _=False, pid=phase.id: self.phase_chosen.emit(pid))
            phases_box.addWidget(button)
            self.phase_buttons[phase.id] = button
        sections = FlowRow()   # wraps under a large font rather than widening the window
        self.section_buttons: dict[str, QPushButton] = {}
        for key, text in self.SECTIONS:
            button = QPushButton(translate("home", text))
            button.setObjectName(f"section-{key}")
            button.setProperty("class", "sectionButton")
            button.clicked.connect(lambda _=False, k=key: self.section_chosen.emit(k))
            sections.add(button)
            self.section_buttons[key] = button
        phases_box.addWidget(sections)
        layout.addLayout(phases_box, 1, 1)
        self.update_counts(curriculum)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def update_counts(self, curriculum: Curriculum) -> None:
        for number, phase in enumerate(curriculum.phases, start=1):
            count = len(curriculum.activities_in(phase.id))
            activities = (translate("home", "1 activity") if count == 1
                          else translate("home", "{n} activities").format(n=count))
            self.phase_buttons[phase.id].setText(f"{number}. {phase.title}\n{phase.tagline}\n{activities}")
        sessions = sum(p.kind == "session" for p in curriculum.plans)
        # Translators: the session plans: how many are sessions, and how many ({advisory}) advisory lessons.
        self.section_buttons["plans"].setToolTip(translate("home", "%n session(s), {advisory} advisory", None,
                                                           sessions).format(advisory=len(curriculum.plans) - sessions))
        prompts = len(curriculum.prompts)
        self.section_buttons["prompts"].setToolTip(translate("home", "%n reflection prompt(s)", None, prompts))

    def set_classes(self, classes: list[ClassSummary]) -> None:
        self.class_model.set_items(classes)

    def _class_activated(self, index: QModelIndex) -> None:
        summary = index.data(ItemRole)
        if summary is not None:
            self.class_chosen.emit(summary.id)
