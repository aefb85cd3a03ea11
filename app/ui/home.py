"""The home screen: the facilitator's classes and the three phases of the program."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.store.classes import ClassSummary
from app.ui.models import ItemRole, TextListModel, describe_class


class HomePage(QWidget):
    phase_chosen = Signal(str)
    class_chosen = Signal(str)
    section_chosen = Signal(str)

    SECTIONS = (("plans", "Session plans"), ("prompts", "Prompt bank"), ("challenges", "Challenges"),
                ("decks", "Role-play decks"), ("guide", "Facilitator guide"))

    def __init__(self, curriculum: Curriculum) -> None:
        super().__init__()
        self.setObjectName("home")
        layout = QGridLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setHorizontalSpacing(24)
        title = QLabel("Welcome, facilitator")
        title.setObjectName("pageTitle")
        layout.addWidget(title, 0, 0, 1, 2)

        classes_box = QVBoxLayout()
        classes_box.addWidget(self._heading("Your classes"))
        self.class_model = TextListModel(describe_class)
        self.class_list = QListView()
        self.class_list.setObjectName("classList")
        self.class_list.setAccessibleName("Classes")
        self.class_list.setModel(self.class_model)
        self.class_list.setSpacing(4)
        self.class_list.activated.connect(self._class_activated)
        self.class_list.clicked.connect(self._class_activated)
        classes_box.addWidget(self.class_list)
        layout.addLayout(classes_box, 1, 0)

        phases_box = QVBoxLayout()
        phases_box.setSpacing(12)
        phases_box.addWidget(self._heading("The program"))
        self.phase_buttons: dict[str, QPushButton] = {}
        for number, phase in enumerate(curriculum.phases, start=1):
            button = QPushButton()
            button.setObjectName(f"phase-{phase.id}")
            button.setAccessibleName(f"Phase {number}: {phase.title}")
            button.setToolTip(phase.summary)
            button.setStyleSheet(f"QPushButton {{ background: {phase.colour}; }}")
            button.setProperty("class", "phaseButton")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, pid=phase.id: self.phase_chosen.emit(pid))
            phases_box.addWidget(button)
            self.phase_buttons[phase.id] = button
        sections = QHBoxLayout()
        self.section_buttons: dict[str, QPushButton] = {}
        for key, text in self.SECTIONS:
            button = QPushButton(text)
            button.setObjectName(f"section-{key}")
            button.setProperty("class", "sectionButton")
            button.clicked.connect(lambda _=False, k=key: self.section_chosen.emit(k))
            sections.addWidget(button)
            self.section_buttons[key] = button
        phases_box.addLayout(sections)
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
            self.phase_buttons[phase.id].setText(f"{number}. {phase.title}\n{phase.tagline}\n{count} activities")
        sessions = sum(p.kind == "session" for p in curriculum.plans)
        self.section_buttons["plans"].setToolTip(f"{sessions} sessions, {len(curriculum.plans) - sessions} advisory")
        self.section_buttons["prompts"].setToolTip(f"{len(curriculum.prompts)} reflection prompts")

    def set_classes(self, classes: list[ClassSummary]) -> None:
        self.class_model.set_items(classes)

    def _class_activated(self, index: QModelIndex) -> None:
        summary = index.data(ItemRole)
        if summary is not None:
            self.class_chosen.emit(summary.id)
