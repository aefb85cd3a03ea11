"""The rhythm panel's set-up: pattern, tempo, length, keys, timing windows and latency, then its status line
and the players' table. Built here so the panel itself is what it does (start, follow, stop, save)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.store.settings import set_setting
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets import FlowRow

if TYPE_CHECKING:
    from app.ui.runner.controller import SessionRunner

LATENCY_KEY = "rhythm.latency_ms"
COLUMNS = (QT_TRANSLATE_NOOP("runner.rhythm_panel", "Key"), QT_TRANSLATE_NOOP("runner.rhythm_panel", "Player"),
           QT_TRANSLATE_NOOP("runner.rhythm_panel", "Hits"), QT_TRANSLATE_NOOP("runner.rhythm_panel", "Missed"),
           QT_TRANSLATE_NOOP("runner.rhythm_panel", "Mean offset"), QT_TRANSLATE_NOOP("runner.rhythm_panel", "Habit"))


class SetupParts(Protocol):
    """What build_setup gives the rhythm panel (and reads of it), without importing rhythm_panel.py, which calls it."""

    pattern: QComboBox
    tempo: QSpinBox
    bars: QSpinBox
    windows: QComboBox
    keys: QLineEdit
    latency: QDoubleSpinBox
    calibrate_button: QPushButton
    controls: QHBoxLayout
    status: QLabel
    table: QTableWidget
    _setup_widgets: tuple[QWidget, ...]

    def _saved_latency(self) -> float: ...
    def calibrate(self) -> None: ...


def _pair(label: QLabel, field: QWidget) -> QWidget:
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    return pair


def _spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def build_setup(panel: SetupParts, runner: SessionRunner) -> QVBoxLayout:
    """The panel's widgets, set on `panel`, in the layout returned for the panel to take."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 6, 0, 0)
    title = translate("runner.rhythm_panel", "Rhythm")
    heading = QLabel(f"<b>{title}</b> " + translate(
        "runner.rhythm_panel", "(Y starts, Shift+Y stops; it plays in its own window on the projector, where Esc "
        "also stops it)"))
    heading.setWordWrap(True)   # at 200 % text one line would be wider than a school laptop
    layout.addWidget(heading)
    panel.pattern = QComboBox()
    panel.pattern.setAccessibleName(translate("runner.rhythm_panel", "Rhythm pattern"))
    panel.pattern.setMinimumContentsLength(24)   # long titles must not widen the console past a 1280 px laptop
    panel.pattern.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for rhythm in runner.curriculum.rhythms:
        panel.pattern.addItem(rhythm.title, rhythm.id)
    # Translators: a spin box's suffix after the tempo (beats per minute), with its leading space
    panel.tempo = _spin(translate("runner.rhythm_panel", "Tempo"), 30, 240,
                            translate("runner.rhythm_panel", " bpm"))
    # Translators: a spin box's suffix after the exercise's length in bars, with its leading space
    panel.bars = _spin(translate("runner.rhythm_panel", "Bars"), 1, 256,
                           translate("runner.rhythm_panel", " bars"))
    panel.windows = QComboBox()
    # Translators: how far from the beat a tap still counts as a hit
    panel.windows.setAccessibleName(translate("runner.rhythm_panel", "Timing windows"))
    panel.windows.addItem(translate("runner.rhythm_panel", "Young players (generous)"), "young")
    panel.windows.addItem(translate("runner.rhythm_panel", "Experienced players (tight)"), "expert")
    panel.keys = QLineEdit("a,l")
    panel.keys.setAccessibleName(translate("runner.rhythm_panel", "Player keys"))
    # Translators: the key names after the colon (a, l, space, joy0, midi38) are typed as they are
    panel.keys.setToolTip(translate("runner.rhythm_panel", "One key per player, separated by commas: a, l, space, "
                                   "joy0 (drum pad), midi38"))
    panel.latency = QDoubleSpinBox()
    panel.latency.setRange(-500, 500)
    panel.latency.setDecimals(0)
    panel.latency.setSuffix(" ms")
    panel.latency.setAccessibleName(translate("runner.rhythm_panel", "Sound latency in milliseconds"))
    panel.latency.setToolTip(translate("runner.rhythm_panel", "How late this laptop's sound reaches the room; "
                                      "Calibrate… measures it"))
    panel.latency.setValue(panel._saved_latency())
    panel.latency.valueChanged.connect(lambda value: set_setting(runner.store, LATENCY_KEY, f"{value:g}"))
    panel.calibrate_button = QPushButton(translate("runner.rhythm_panel", "Calibrate…"))
    panel.calibrate_button.setAccessibleName(translate("runner.rhythm_panel", "Calibrate sound latency"))
    panel.calibrate_button.clicked.connect(panel.calibrate)
    # Translators: the set-up's labels: the rhythm pattern, its tempo, its length in bars, the players' keyboard
    # keys, the timing windows (how far from the beat a tap counts) and the sound's latency
    rows = (((translate("runner.rhythm_panel", "Pattern"), panel.pattern),
             (translate("runner.rhythm_panel", "Tempo"), panel.tempo),
             (translate("runner.rhythm_panel", "Length"), panel.bars)),
            ((translate("runner.rhythm_panel", "Keys"), panel.keys),
             (translate("runner.rhythm_panel", "Windows"), panel.windows),
             (translate("runner.rhythm_panel", "Latency"), panel.latency)))
    form = FlowRow(spacing=10)   # label and field side by side; the pairs wrap when the text is large
    for text, widget in (pair for row in rows for pair in row):
        label = QLabel(text)
        label.setBuddy(widget)
        form.add(_pair(label, widget))
    form.add(panel.calibrate_button)
    layout.addWidget(form)
    panel.controls = QHBoxLayout()
    layout.addLayout(panel.controls)
    panel.status = QLabel("")
    panel.status.setObjectName("rhythmStatus")
    panel.status.setAccessibleName(translate("runner.rhythm_panel", "Rhythm status"))
    panel.status.setWordWrap(True)
    layout.addWidget(panel.status)
    panel.table = QTableWidget(0, len(COLUMNS))
    panel.table.setObjectName("rhythmPlayers")
    panel.table.setAccessibleName(translate("runner.rhythm_panel", "Rhythm players and their figures (only you "
                                           "see these)"))
    panel.table.setHorizontalHeaderLabels([translate("runner.rhythm_panel", column) for column in COLUMNS])
    panel.table.verticalHeader().hide()
    panel.table.horizontalHeader().setStretchLastSection(True)
    panel.table.setMaximumHeight(150)
    layout.addWidget(panel.table)
    panel._setup_widgets = (panel.pattern, panel.tempo, panel.bars, panel.windows, panel.keys, panel.latency,
                           panel.calibrate_button)
    return layout
