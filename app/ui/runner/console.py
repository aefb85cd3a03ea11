"""The presenter console: what the facilitator sees on the laptop while the class sees the projector."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.session_flow import format_ms, planned_minutes_before, timer_colour
from app.ui.runner.controller import SessionRunner
from app.ui.runner.questionnaire_panel import QuestionnairePanel
from app.ui.runner.rhythm_panel import RhythmPanel

COLOURS = {"ok": "#1f7a3a", "soon": "#b36b00", "over": "#b3261e"}


class PresenterConsole(QWidget):
    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)

        top = QHBoxLayout()
        self.position = QLabel()
        self.position.setObjectName("position")
        self.pace = QLabel()
        self.pace.setObjectName("pace")
        self.timer = QLabel()
        self.timer.setObjectName("timer")
        self.timer.setAccessibleName("Step timer")
        self.timer.setMinimumWidth(150)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.projector_state = QLabel()
        self.projector_state.setObjectName("projectorState")
        top.addWidget(self.timer)
        info = QVBoxLayout()
        for widget in (self.position, self.pace, self.projector_state):
            info.addWidget(widget)
        top.addLayout(info)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 2)

        main = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.script = QTextBrowser()
        self.script.setObjectName("script")
        self.script.setAccessibleName("Facilitator script")
        self.preview = QLabel()
        self.preview.setObjectName("projectorPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)   # escaped lines: a quote shows as ', not &#x27;
        self.next_up = QLabel()
        self.next_up.setObjectName("nextUp")
        self.next_up.setWordWrap(True)
        main.addWidget(self.heading)
        main.addWidget(self.script, 1)
        main.addWidget(self.preview)
        main.addWidget(self.next_up)
        self.buttons = QGridLayout()
        main.addLayout(self.buttons)
        self.rhythm = RhythmPanel(runner)  # individual figures live here, never on the projector
        main.addWidget(self.rhythm)
        self.questionnaire = QuestionnairePanel(runner)  # counts only, never anyone's answers
        main.addWidget(self.questionnaire)
        for signal in (self.rhythm.process.ready, self.rhythm.process.ended):
            signal.connect(self._fit_panels)
        grid.addLayout(main, 1, 0)

        side = QVBoxLayout()
        side.addWidget(QLabel("<b>Attendance</b> (untick who is away)"))
        self.attendance = QListWidget()
        self.attendance.setObjectName("attendance")
        self.attendance.setAccessibleName("Attendance")
        self.attendance.itemChanged.connect(self._attendance_changed)
        side.addWidget(self.attendance, 2)
        groups_row = QHBoxLayout()
        groups_row.addWidget(QLabel("Group size"))
        self.group_size = QSpinBox()
        self.group_size.setRange(2, 8)
        self.group_size.setValue(4)
        self.group_size.setAccessibleName("Group size")
        groups_row.addWidget(self.group_size)
        side.addLayout(groups_row)
        self.turn = QLabel()
        self.turn.setObjectName("turnLabel")
        side.addWidget(self.turn)
        side.addWidget(QLabel("<b>Role-play</b> (D draw, A deal roles, S scene timer, F freeze, X switch)"))
        self.deck = QComboBox()
        self.deck.setAccessibleName("Deck")
        self.heavy = QCheckBox("Include heavy cards (level 3)")
        self.heavy.setAccessibleName("Include heavy cards")
        self.card = QLabel()
        self.card.setObjectName("cardLabel")
        self.card.setWordWrap(True)
        play_row = QHBoxLayout()
        self.scene_minutes = self._spin("Scene minutes", 1, 15, 3, " min scene")
        self.actors = self._spin("Actors without groups", 1, 8, 3, " actors")
        self.actors.setToolTip("Without groups, A deals roles to this many students, picked by fair turns")
        play_row.addWidget(self.scene_minutes)
        play_row.addWidget(self.actors)
        self.scene_clock = QLabel()
        self.scene_clock.setObjectName("sceneClock")
        self.scene_clock.setAccessibleName("Scene timer")
        self.history = QListWidget()
        self.history.setObjectName("cardHistory")
        self.history.setAccessibleName("Cards drawn this session")
        self.history.setMaximumHeight(110)
        for widget in (self.deck, self.heavy):
            side.addWidget(widget)
        side.addLayout(play_row)
        for widget in (self.card, self.scene_clock, self.history):
            side.addWidget(widget)
        self.deck.activated.connect(self._deck_chosen)
        self.heavy.toggled.connect(self._deck_chosen)
        side.addWidget(QLabel("<b>Quick notes</b> (only you see these)"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName("Quick notes")
        self.notes.setPlaceholderText("Saved as you type.")
        side.addWidget(self.notes, 1)
        grid.addLayout(side, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(800)
        self._notes_timer.timeout.connect(lambda: runner.save_notes(self.notes.toPlainText()))
        self.notes.textChanged.connect(self._notes_timer.start)
        self.timer.setStyleSheet("font-size: 28pt; font-weight: 700; padding: 2px 14px; border-radius: 8px;")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.preview.setStyleSheet("background: #121620; color: white; padding: 8px; font-size: 12pt;")
        runner.changed.connect(self.refresh)
        runner.tick.connect(self.refresh_timer)

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        return spin

    def add_button(self, action: QAction) -> None:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        count = self.buttons.count()
        self.buttons.addWidget(button, count // 6, count % 6)

    def load(self, notes: str) -> None:
        self.notes.blockSignals(True)
        self.notes.setPlainText(notes)
        self.notes.blockSignals(False)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for student in sorted(self.runner.students.values(), key=lambda s: s.display_name.casefold()):
            item = QListWidgetItem(student.display_name)
            item.setData(Qt.ItemDataRole.UserRole, student.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = self.runner.present.get(student.id, True)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self.deck.clear()
        for deck in self.runner.decks():
            self.deck.addItem(f"{deck.title} ({len(deck.cards)} cards)", deck.id)
        self.refresh()
        self.questionnaire.refresh()

    def _deck_chosen(self, *_: object) -> None:
        decks = {d.id: d for d in self.runner.decks()}
        deck = decks.get(self.deck.currentData())
        if deck is not None:
            self.runner.choose_deck(deck, self.heavy.isChecked())

    def flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self.runner.save_notes(self.notes.toPlainText())

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        self.runner.set_present(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def refresh(self) -> None:
        runner, slide = self.runner, self.runner.slide
        self.position.setText(f"Step {runner.index + 1} of {len(runner.slides)} · {escape(slide.part or slide.kind)}")
        self.heading.setText(f"{escape(slide.heading)} — {escape(slide.title)}")
        self.script.setPlainText(slide.script)
        self.preview.setText("On the projector: " + " / ".join(escape(line) for line in runner.projected.lines))
        upcoming = runner.next_slide
        self.next_up.setText(f"<b>Next:</b> {escape(upcoming.heading)} — {escape(upcoming.title)} "
                             f"({upcoming.minutes} min)" if upcoming else "<b>Next:</b> the end of the session")
        mode_text = {"slide": "Projector: showing the step", "blackout": "Projector: BLACKED OUT (B)",
                     "pause": "Projector: pause slide", "turn": "Projector: whose turn",
                     "groups": "Projector: the groups", "roles": "Projector: who plays which role",
                     "card": "Projector: the card (R returns it to the deck)",
                     "cue": f"Projector: {escape(runner.cue_text)}", "join": "Projector: the join card (J hides it)"}
        self.projector_state.setText(mode_text[runner.mode])
        if runner.current_turn:
            self.turn.setText(f"Turn: <b>{escape(runner.students[runner.current_turn[1]].display_name)}</b> "
                              "(Shift+W if they pass)")
        play = runner.deck_play
        if play is not None:
            index = self.deck.findData(play.deck.id)
            if index >= 0 and index != self.deck.currentIndex():
                self.deck.setCurrentIndex(index)
            current = play.current
            notes = f" · content notes: {escape(', '.join(current.content_notes))}" if current and \
                current.content_notes else ""
            self.card.setText((f"Card: <b>{escape(current.title)}</b> (level {current.intensity}){notes}<br>"
                               if current else "") + f"{len(play.pile)} left in the pile")
        if runner.dealt:
            self.card.setText(self.card.text() + "<br>Roles: " + "; ".join(
                ", ".join(f"{escape(runner.students[s].display_name)} = {escape(c.title)}" for s, c in hands)
                for hands in runner.dealt))
        self._show_history()
        self._fit_panels()
        self.refresh_timer()

    def _fit_panels(self, *_: object) -> None:
        """Nobody drums during a questionnaire: the rhythm panel gives the script its room (unless it runs)."""
        self.rhythm.setVisible(self.runner.slide.kind != "questionnaire" or self.rhythm.running)

    def _show_history(self) -> None:
        words = {"shown": "on the projector", "played": "played", "returned": "returned to the deck"}
        self.history.clear()
        for draw in reversed(self.runner.card_history()):  # newest first
            local = datetime.fromisoformat(draw.drawn_at.replace("Z", "+00:00")).astimezone()
            item = QListWidgetItem(f"{local:%H:%M}  {draw.card_title} · {words[draw.outcome]}")
            item.setToolTip(draw.deck_title)
            self.history.addItem(item)

    def refresh_timer(self) -> None:
        runner = self.runner
        scene = runner.scene_text()
        self.scene_clock.setText(f"<b>{escape(scene)}</b> (S pause/resume, Shift+S clear)" if scene else "")
        total = runner.slide.minutes * 60_000
        remaining = runner.countdown.remaining()
        if total == 0:
            self.timer.setText("no timer")
            self.timer.setStyleSheet("font-size: 14pt; color: #555; padding: 2px 14px;")
            self.pace.setText(f"Elapsed {format_ms(runner.elapsed_ms())} of {runner.plan.minutes} planned minutes")
            return
        state = timer_colour(remaining, total)
        paused = "" if runner.countdown.running else " ⏸"
        self.timer.setText(format_ms(remaining) + paused)
        self.timer.setProperty("state", state)
        base = "font-size: 28pt; font-weight: 700; padding: 2px 14px; border-radius: 8px;"
        self.timer.setStyleSheet(f"{base} background: {COLOURS[state]}; color: white;")
        planned_end = planned_minutes_before(runner.slides, runner.index + 1)
        self.pace.setText(f"Elapsed {format_ms(runner.elapsed_ms())} · planned {planned_end} of "
                          f"{runner.plan.minutes} min by the end of this {runner.slide.minutes}-min step")

