"""Which questionnaire students answer on their devices now: none, or an instrument before or after the
program. Choosing one makes (or finds) the class's round and opens it on the student pages at once."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.curriculum import Curriculum
from app.store.classnet import device_questionnaire, set_device_questionnaire
from app.store.db import Store, StoreError
from app.store.measure import answers_of, rounds_of, start_round
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

# Translators: shown after a questionnaire's title, as in "Class Check-in — before the program"
WHEN = (("pre", QT_TRANSLATE_NOOP("classnet.questionnaire_choice", "before the program")),
        ("post", QT_TRANSLATE_NOOP("classnet.questionnaire_choice", "after the program")))


class QuestionnaireChoice(QWidget):
    def __init__(self, store: Store, curriculum: Curriculum, class_id: str) -> None:
        super().__init__()
        self.store, self.class_id = store, class_id
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("classnet.questionnaire_choice", "Questionnaire on devices"))
        self.combo.setToolTip(translate("classnet.questionnaire_choice",
                                        "Students see it on their devices' home screen while it is chosen here."))
        self.combo.addItem(translate("classnet.questionnaire_choice", "No questionnaire on devices"), None)
        for instrument in curriculum.instruments:
            if instrument.respondent == "student":
                for round_name, words in WHEN:
                    when = translate("classnet.questionnaire_choice", words)
                    self.combo.addItem(f"{instrument.title} — {when}", (instrument.id, round_name))
        self.combo.activated.connect(self._chosen)
        self.count = QLabel()
        self.count.setAccessibleName(translate("classnet.questionnaire_choice", "Questionnaire answers so far"))
        label = QLabel(translate("classnet.questionnaire_choice", "Questionnaire on devices"))
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.count)
        self.refresh()

    def _open_round(self) -> tuple[str, str] | None:
        round_id = device_questionnaire(self.store, self.class_id)
        found = next((r for r in rounds_of(self.store, self.class_id) if r.id == round_id), None)
        return (found.instrument_id, found.round) if found else None

    def _chosen(self, _index: int) -> None:
        choice = self.combo.currentData()
        try:
            round_id = start_round(self.store, self.class_id, choice[0], choice[1]) if choice else None
            set_device_questionnaire(self.store, self.class_id, round_id)
        except StoreError as error:
            log.warning("questionnaire on devices: %s", error)
            self.count.setText(translate("classnet.questionnaire_choice",
                                         "Not changed: the journal is busy. Try again."))
            return
        self.refresh()

    def refresh(self) -> None:
        """The choice as stored, and how many students have answered it (never their answers)."""
        opened = self._open_round()
        self.combo.setCurrentIndex(max(0, self.combo.findData(opened)) if opened else 0)
        round_id = device_questionnaire(self.store, self.class_id)
        answered = len(answers_of(self.store, round_id)) if opened and round_id else 0
        # Translators: how many students have answered the questionnaire so far
        self.count.setText(translate("classnet.questionnaire_choice", "%n answered", None, answered) if opened else "")
