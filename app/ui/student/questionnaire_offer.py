"""The questionnaire open to students, as student mode sees it: the round, and the offer on the writer page.

Which round is open, which items it asks and which of them count are decided once, by the class network's
`app.classnet.questionnaire.offered` (the same setting opens it on devices and here), so a student gets the same
questions whether they answer on a phone or on the laptop passed around. Only the signed-in student's answers
are ever read into this module's objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.classnet.questionnaire import Closed, offered
from app.curriculum import Curriculum
from app.store import Store
from app.store.classnet import device_questionnaire
from app.store.measure import save_answers
from app.ui.i18n import translate

SECONDS_PER_ITEM = 15  # a slow reader's pace, so "about 3 minutes" is a promise the class can keep

__all__ = ["Closed", "OpenRound", "QuestionnaireOffer", "about_minutes", "open_round", "save_answer"]


@dataclass(frozen=True)
class OpenRound:
    """The open round for one student: its words, its answer scale, and this student's answers so far."""

    round_id: str
    title: str
    instructions: str
    choices: tuple[tuple[int, str], ...]  # (value, label), in the scale's order: key 1 is the first
    items: tuple[tuple[str, str], ...]    # (item id, text), in the instrument's order
    answered: dict[str, int | None] = field(default_factory=dict)  # None: skipped

    def done(self) -> bool:
        return all(item_id in self.answered for item_id, _ in self.items)


def open_round(store: Store, curriculum: Curriculum, class_id: str, student_id: str) -> OpenRound | None:
    """The questionnaire open to students now, with this student's own answers; None when none is open."""
    found = offered(store, curriculum, class_id, student_id)
    if not found:
        return None
    q = found[0]
    return OpenRound(q["round_id"], q["title"], q["instructions"], tuple(zip(q["values"], q["labels"], strict=True)),
                     tuple((i["id"], i["text"]) for i in q["items"]), dict(q["answered"]))


def save_answer(store: Store, class_id: str, round_id: str, student_id: str, item_id: str,
                value: int | None) -> None:
    """Save one answer at once (None: skipped). Closed when the facilitator closed the round meanwhile;
    StoreError when the database refused (nothing saved, the caller keeps the answer on screen)."""
    if device_questionnaire(store, class_id) != round_id:
        raise Closed(round_id)
    save_answers(store, round_id, student_id, {item_id: value}, "kiosk")


def _minutes(items: int) -> int:
    """How long `items` questions take, in whole minutes (at least one)."""
    return max(1, round(items * SECONDS_PER_ITEM / 60))


def about_minutes(items: int) -> str:
    minutes = _minutes(items)
    return translate("student.questionnaire_offer", "about %n minute(s)", None, minutes)


class QuestionnaireOffer(QFrame):
    """A band across the writer page: what the questionnaire is, how long it takes, and one button to start.

    Hidden while no questionnaire is open; once every item is answered or skipped it says "done" and the button
    only offers to look the answers over.
    """

    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("questionnaireOffer")
        self.setAccessibleName(translate("student.questionnaire_offer", "Questionnaire"))
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 12, 10)
        row.setSpacing(16)
        self.text = QLabel()
        self.text.setObjectName("offerText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("student.questionnaire_offer", "Questionnaire"))
        row.addWidget(self.text, 1)
        self.button = QPushButton()
        self.button.setObjectName("offerButton")
        self.button.setAutoDefault(True)  # Enter answers as a click does, as on every kiosk button
        self.button.clicked.connect(self.open_requested)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_round(self, found: OpenRound | None) -> None:
        if found is None:
            self.clear()
            return
        total, given = len(found.items), sum(1 for item_id, _ in found.items if item_id in found.answered)
        if found.done():
            said = translate("student.questionnaire_offer", "✓ Done: thank you!")
            button = translate("student.questionnaire_offer", "Look over my answers")
        elif given:
            minutes = _minutes(total - given)
            said = translate("student.questionnaire_offer", "{given} of {total} answered · about %n minute(s) left",
                             None, minutes).format(given=given, total=total)
            button = translate("student.questionnaire_offer", "Go on answering")
        else:
            minutes = _minutes(total)
            said = translate("student.questionnaire_offer", "Takes about %n minute(s). You can skip any question.",
                             None, minutes)
            button = translate("student.questionnaire_offer", "Answer the questions")
        heading = translate("student.questionnaire_offer", "<b>Questionnaire:</b> {title}")
        self.text.setText(f"{heading.format(title=escape(found.title))}<br>{escape(said)}")
        self.button.setText(button)
        self.button.setAccessibleName(button)
        described = translate("student.questionnaire_offer", "Questionnaire: {title}.").format(title=found.title)
        self.button.setAccessibleDescription(f"{described} {said}")
        for widget in (self, self.button):  # "done" changes the band's and the button's colours
            widget.setProperty("done", found.done())
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.button.setText("")
        self.hide()
