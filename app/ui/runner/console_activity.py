"""The side panel's Activity tab: the pass in the activity's own words, its debrief questions to pick from,
care notes and adaptations, for the step's activity.

Why here: the script says what to do now; these are what a facilitator glances at when a student hesitates,
a remark lands badly or the debrief begins. At the debrief step the tab comes forward by itself, with every
question listed so the facilitator picks two or three (ticking the ones asked), and its ticks are kept while
the class stays in that activity.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from app.curriculum.model import ADAPTATIONS, DEBRIEF_TITLE, Activity
from app.session.flow import Slide
from app.ui.i18n import translate


def is_debrief(slide: Slide) -> bool:
    return slide.kind == "step" and bool(DEBRIEF_TITLE.search(slide.title))


class ActivityNotes(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.activity_id: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.questions_label = QLabel(translate("runner.console_activity", "Debrief questions: pick two or three, "
                                                "tick the ones you asked."))
        self.questions_label.setWordWrap(True)
        column.addWidget(self.questions_label)
        self.questions = QListWidget()
        self.questions.setObjectName("debriefQuestions")
        self.questions.setAccessibleName(translate("runner.console_activity", "Debrief questions"))
        self.questions.setWordWrap(True)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.questions, 2)
        self.notes = QTextBrowser()
        self.notes.setObjectName("activityNotes")
        self.notes.setAccessibleName(translate("runner.console_activity", "The pass, care notes and adaptations"))
        self.notes.setOpenLinks(False)
        column.addWidget(self.notes, 3)

    def show_activity(self, activity: Activity | None) -> None:
        """Filled again only when the activity changes, so ticks survive moving between its steps."""
        new_id = activity.id if activity else None
        if new_id == self.activity_id:
            return
        self.activity_id = new_id
        self.questions.clear()
        if activity is None:
            self.heading.setText(translate("runner.console_activity", "This step belongs to no activity."))
            self.notes.clear()
            self.questions_label.setVisible(False)
            self.questions.setVisible(False)
            return
        self.heading.setText(f"<b>{escape(activity.title)}</b>")
        for question in activity.debrief:
            item = QListWidgetItem(question)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.questions.addItem(item)
        self.questions_label.setVisible(bool(activity.debrief))
        self.questions.setVisible(bool(activity.debrief))
        # Translators: headings in the Activity tab: how a student may sit an activity out, care notes for the
        # facilitator, and how to adapt the activity
        the_pass, care = translate("runner.console_activity", "The pass"), translate("runner.console_activity", "Care")
        parts = [f"<h4>{the_pass}</h4><p>{escape(activity.opt_out)}</p>" if activity.opt_out else "",
                 f"<h4>{care}</h4><p>{escape(activity.wellbeing)}</p>" if activity.wellbeing else ""]
        if activity.adaptations:
            heading = {key: translate("curriculum.model", label) for key, label in ADAPTATIONS.items()}
            rows = "".join(f"<p><b>{escape(heading.get(key, key))}:</b> {escape(text)}</p>"
                           for key, text in activity.adaptations)
            adaptations = translate("runner.console_activity", "Adaptations")
            parts.append(f"<h4>{adaptations}</h4>{rows}")
        self.notes.setHtml("".join(parts))

    def asked(self) -> list[str]:
        return [self.questions.item(n).text() for n in range(self.questions.count())
                if self.questions.item(n).checkState() == Qt.CheckState.Checked]
