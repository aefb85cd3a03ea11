"""The console's rhythm section: set up an exercise, start the engine, watch each player live, keep the run.

The engine plays in its own process and window (on the projector), so this panel is the only place individual
figures appear: the class sees the group's togetherness there, never a child's score. Runs are written as
they happen (hits in half-second batches), so a crash keeps what was played.
"""

from __future__ import annotations

import json
import logging
from html import escape
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from app import i18n
from app.curriculum.model import Rhythm
from app.rhythm.protocol import Exercise, Player
from app.rhythm.session import RhythmSession
from app.rhythm.timing import REACH, tendency
from app.store import rhythm as runs
from app.store.settings import get_setting, set_setting
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.rhythm.process import FAILED, CalibrationProcess, RhythmProcess
from app.ui.runner.controller import SessionRunner
from app.ui.runner.rhythm_setup import COLUMNS, LATENCY_KEY, build_setup

log = logging.getLogger(__name__)
FLUSH_MS = 500
# Translators: the players' table: the key a player taps, who plays it, their hits and misses, how early or late
# they were on average, and whether they tend to rush or drag
HABITS = {"rushing": QT_TRANSLATE_NOOP("runner.rhythm_panel", "rushing (early)"),
          "dragging": QT_TRANSLATE_NOOP("runner.rhythm_panel", "dragging (late)"),
          "steady": QT_TRANSLATE_NOOP("runner.rhythm_panel", "steady")}


def _offset_text(ms: float | None) -> str:
    return "—" if ms is None else f"{ms:+.0f} ms"


class RhythmPanel(QWidget):
    def __init__(self, runner: SessionRunner) -> None:
        super().__init__()
        self.runner = runner
        self.setObjectName("rhythmPanel")
        self.process = RhythmProcess(self)
        self.calibration = CalibrationProcess(self)
        self.run_id: str | None = None
        self.summary: dict[str, Any] | None = None
        self._live: RhythmSession | None = None
        self._best: list[dict[int, float]] = []      # per player: beat -> offset of the hit that keeps it
        self._pending: list[dict[str, Any]] = []      # hits not yet written
        self._student_of: dict[str, str | None] = {}  # player name -> student id, in player order
        self._index: dict[str, int] = {}
        self._options: list[tuple[str, str | None]] | None = None  # the students offered as players
        self._choice: dict[str, str | None] = {}      # key -> student id (None: a team)
        self._clock = QElapsedTimer()
        self._count_in_ms = 0.0
        self._slide = -1

        self.setLayout(build_setup(self, runner))
        self.start_action: QAction | None = None
        self.stop_action: QAction | None = None

        self._flusher = QTimer(self)
        self._flusher.setInterval(FLUSH_MS)
        self._flusher.timeout.connect(self._flush_and_show)
        self.pattern.currentIndexChanged.connect(self._pattern_chosen)
        self.keys.editingFinished.connect(self._rebuild_players)
        self.process.ready.connect(self._on_ready)
        self.process.hit.connect(self._on_hit)
        self.process.summary.connect(self._on_summary)
        self.process.ended.connect(self._on_ended)
        self.calibration.calibrated.connect(self._on_calibrated)
        self.calibration.failed.connect(self._on_calibration_failed)
        runner.changed.connect(self._runner_changed)
        self._pattern_chosen()
        self._runner_changed()

    def use_actions(self, start: QAction, stop: QAction) -> None:
        """The window owns the shortcuts (Y, Shift+Y); the panel shows them as buttons and keeps them in step."""
        self.start_action, self.stop_action = start, stop
        for action in (start, stop):
            button = QToolButton()
            button.setDefaultAction(action)
            self.controls.addWidget(button)
        self.controls.addStretch(1)
        self._enable()

    # Setting up ------------------------------------------------------------------------------------------
    def _saved_latency(self) -> float:
        try:
            return float(get_setting(self.runner.store, LATENCY_KEY, "0") or 0)
        except ValueError:
            return 0.0

    def rhythm(self) -> Rhythm | None:
        return next((r for r in self.runner.curriculum.rhythms if r.id == self.pattern.currentData()), None)

    def _pattern_chosen(self, *_: object) -> None:
        rhythm = self.rhythm()
        if rhythm is not None:
            self.tempo.setValue(rhythm.tempo)
            self.bars.setValue(rhythm.bars)

    def _runner_changed(self) -> None:
        """A new step whose activity has a rhythm picks it (unless a run is on); attendance feeds the players."""
        runner = self.runner
        if runner.index != self._slide and not self.running:
            self._slide = runner.index
            activity = runner.curriculum.activity(runner.slide.activity_id or "")
            index = self.pattern.findData(activity.rhythm) if activity and activity.rhythm else -1
            if index >= 0:
                self.pattern.setCurrentIndex(index)
        if not self.running and self._player_options() != self._options:
            self._rebuild_players()

    def _player_options(self) -> list[tuple[str, str | None]]:
        present = sorted((self.runner.students[s] for s in self.runner.present_ids()),
                         key=lambda s: s.display_name.casefold())
        return [(s.display_name, s.id) for s in present]

    def _key_list(self) -> list[str]:
        return [k.strip().lower() for k in self.keys.text().split(",") if k.strip()]

    def _rebuild_players(self) -> None:
        """One row per key: a team by default, or one of the students who are here today."""
        self._remember_choices()
        self._options = self._player_options()
        keys = self._key_list()
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            self.table.setItem(row, 0, QTableWidgetItem(key))
            combo = QComboBox()
            combo.setAccessibleName(translate("runner.rhythm_panel", "Player on key {key}").format(key=key))
            # Translators: a player who is the whole team on one key; the letter is A, B, C…
            combo.addItem(translate("runner.rhythm_panel", "Team {letter}").format(letter=chr(ord("A") + row % 26)),
                          None)
            for name, student_id in self._options:
                combo.addItem(name, student_id)
            combo.setCurrentIndex(max(0, combo.findData(self._choice.get(key))))
            self.table.setCellWidget(row, 1, combo)
            for column in range(2, len(COLUMNS)):
                self.table.setItem(row, column, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(180, self.table.columnWidth(1)))  # room for a student's name

    def _remember_choices(self) -> None:
        for row in range(self.table.rowCount()):
            key, combo = self.table.item(row, 0), self.table.cellWidget(row, 1)
            if key is not None and isinstance(combo, QComboBox):
                self._choice[key.text()] = combo.currentData()

    def players(self) -> tuple[Player, ...]:
        self._remember_choices()
        players, names = [], set()
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            name = combo.currentText()
            if name in names:
                raise ValueError(translate("runner.rhythm_panel", "{player} is chosen for two keys")
                                 .format(player=name))
            names.add(name)
            players.append(Player(name, self.table.item(row, 0).text(), combo.currentData()))
        return tuple(players)

    def placement(self) -> tuple[int | None, bool]:
        """Where the engine's window goes: set by the runner window (the projector screen, or a window
        when there is only one screen, so the console and its figures stay visible)."""
        return None, False

    def exercise(self) -> Exercise:
        """The exercise as set up; ValueError says what to change."""
        if [self.table.item(r, 0).text() for r in range(self.table.rowCount())] != self._key_list():
            self._rebuild_players()
        rhythm = self.rhythm()
        if rhythm is None:
            raise ValueError(translate("runner.rhythm_panel", "choose a rhythm pattern"))   # shown after "Not started:"
        display, windowed = self.placement()
        from app.ui.appearance import current as appearance

        legend = (translate("runner.rhythm_panel", "right on"), translate("runner.rhythm_panel", "close"),
                  translate("runner.rhythm_panel", "near"), translate("runner.rhythm_panel", "off"))
        exercise = Exercise(rhythm.id, self.players(), tempo=self.tempo.value(), bars=self.bars.value(),
                            latency_ms=float(self.latency.value()), windows=self.windows.currentData(),
                            display=display, windowed=windowed, reduced_motion=appearance().reduced_motion,
                            legend=legend, language=i18n.language())
        exercise.check()
        return exercise

    # Running ------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.process.running

    def _enable(self) -> None:
        busy = self.running or self.calibration.running
        for widget in self._setup_widgets:
            widget.setEnabled(not busy)
        self.table.setEnabled(not busy)
        if self.start_action is not None and self.stop_action is not None:
            self.start_action.setEnabled(not busy)
            self.stop_action.setEnabled(self.running)

    def start(self) -> None:
        if self.running or self.calibration.running:
            return
        try:
            exercise, rhythm = self.exercise(), self.rhythm()
            assert rhythm is not None
            live = RhythmSession(exercise, rhythm)
        except ValueError as error:
            self.status.setText(translate("runner.rhythm_panel", "Not started: {reason}.")
                                .format(reason=escape(str(error))))
            return
        runner = self.runner
        settings = {**json.loads(exercise.to_json()), "title": rhythm.title}
        self.run_id = runs.start_run(runner.store, runner.class_id, runner.session_id, rhythm.id, settings)
        self._live, self.summary, self._pending = live, None, []
        self._best = [{} for _ in exercise.players]
        self._student_of = {p.name: p.student_id for p in exercise.players}
        self._index = {p.name: n for n, p in enumerate(exercise.players)}
        self._clock.invalidate()
        self._show_live()
        self.status.setText(translate("runner.rhythm_panel", "Starting {rhythm}: the rhythm window opens on the "
                                      "projector…").format(rhythm=escape(rhythm.title)))
        self.process.start(exercise, runner.store.data_dir)
        self._flusher.start()
        self._enable()

    def stop(self) -> None:
        if self.running:
            self.status.setText(translate("runner.rhythm_panel", "Stopping…"))
            self.process.stop()

    def _on_ready(self, message: dict[str, Any]) -> None:
        self._count_in_ms = float(message.get("count_in_ms") or 0)
        self._clock.start()
        self.status.setText(translate("runner.rhythm_panel", "Playing {rhythm} at {tempo} bpm, {bars} bars. "
                                      "Individual figures stay here, on your screen.")
                            .format(rhythm=escape(str(message.get("title", ""))), tempo=message.get("tempo"),
                                    bars=message.get("bars")))

    def _on_hit(self, message: dict[str, Any]) -> None:
        self._pending.append(message)
        index = self._index.get(str(message.get("player")))
        beat, offset = message.get("beat"), message.get("offset_ms")
        if index is None or beat is None or offset is None:
            return
        best = self._best[index]
        if beat not in best or abs(offset) < abs(best[beat]):  # the closest hit keeps the beat, as in scoring
            best[beat] = offset

    def _flush(self) -> None:
        if not self._pending or self.run_id is None:
            return
        batch, self._pending = self._pending, []
        try:
            runs.add_hits(self.runner.store, self.run_id, batch, self._student_of)
        except runs.HitsNotSaved:
            log.exception("rhythm hits not written yet; trying again")
            self._pending = batch + self._pending

    def _flush_and_show(self) -> None:
        self._flush()
        if self.summary is None:
            self._show_live()

    def _show_live(self) -> None:
        """Hits and misses so far from the hits received: provisional until the summary arrives."""
        if self._live is None:
            return
        now = self._clock.elapsed() - self._count_in_ms if self._clock.isValid() else float("-inf")
        for row, (best, expected) in enumerate(zip(self._best, self._live.expected, strict=True)):
            due = {beat for t, interval, beat in expected if t + REACH * interval < now}
            mean = sum(best.values()) / len(best) if best else None
            self._set_figures(row, len(best), len(due - set(best)), mean, tendency(mean))

    def _set_figures(self, row: int, hits: int, missed: int, mean: float | None, habit: str | None) -> None:
        words = translate("runner.rhythm_panel", HABITS[habit]) if habit in HABITS else "—"
        for column, text in enumerate((str(hits), str(missed), _offset_text(mean), words), start=2):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _on_summary(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        by_name = {p.get("name"): p for p in summary.get("players", [])}
        for row, name in enumerate(self._student_of):
            player = by_name.get(name)
            if player is not None:
                self._set_figures(row, int(player.get("hits", 0)), int(player.get("misses", 0)),
                                  player.get("mean_offset_ms"), player.get("tendency"))

    def _on_ended(self, status: str, message: str) -> None:
        self._flusher.stop()
        self._flush()
        run_id, self.run_id = self.run_id, None
        if run_id is not None:
            if status == FAILED and self.process.hits_received == 0:
                runs.discard_run(self.runner.store, run_id)
            else:
                runs.finish_run(self.runner.store, run_id, self.summary,
                                status if status in runs.END_STATUSES else "crashed")
        together = self.summary.get("togetherness") if self.summary else None
        group = translate("runner.rhythm_panel", "<b>Together: {score}/100</b> (the whole group).").format(
            score=together) + " " if together is not None else ""
        self.status.setText(group + escape(message))
        self.runner.message.emit(message)
        self._enable()

    def shutdown(self) -> None:
        """The session is ending mid-run: keep what was played, mark the run stopped, end the engine."""
        if not self.running:
            return
        self.process.ended.disconnect(self._on_ended)
        self._flusher.stop()
        self._flush()
        if self.run_id is not None:
            done = bool(self.summary and self.summary.get("completed"))
            runs.finish_run(self.runner.store, self.run_id, self.summary, "finished" if done else "stopped")
            self.run_id = None
        self.process.stop()

    # Calibration ------------------------------------------------------------------------------------------------
    def calibrate(self) -> None:
        if self.running or self.calibration.running:
            return
        self.status.setText(translate("runner.rhythm_panel", "Calibrating: the window opens on the projector. Lead "
                                      "the class tapping along with the clicks until it says it has enough."))
        self.calibration.start(self.runner.store.data_dir)
        self._enable()

    def _on_calibrated(self, latency_ms: float, taps: int, sd_ms: float) -> None:
        self.latency.setValue(round(latency_ms))
        set_setting(self.runner.store, LATENCY_KEY, f"{round(latency_ms):g}")
        self.status.setText(translate("runner.rhythm_panel", "Calibrated: the sound reaches the room {latency} ms "
                                      "late ({taps} taps, spread {spread} ms). Saved for this laptop's data folder.")
                            .format(latency=f"{latency_ms:.0f}", taps=taps, spread=f"{sd_ms:.0f}"))
        self._enable()

    def _on_calibration_failed(self, message: str) -> None:
        self.status.setText(escape(message))
        self._enable()
