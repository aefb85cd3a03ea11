"""The rhythm engine as a child process: the exercise goes in as JSON on stdin, messages come back as JSON lines.

Everything is driven by QProcess signals, so the facilitator's window never waits on the engine; a crash in
SDL ends the child, never the app. See app/rhythm/protocol.py for the messages.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from app import i18n
from app.rhythm.protocol import Exercise, parse_line
from app.ui.i18n import translate

log = logging.getLogger(__name__)
PACKAGE_PARENT = Path(__file__).resolve().parents[3]  # the folder `python -m app` must run from in a checkout
STOP_GRACE_MS = 2_000
STDERR_TAIL = 4_000

# How the run ended, as RhythmProcess.ended reports it.
FINISHED, STOPPED, CRASHED, FAILED = "finished", "stopped", "crashed", "failed"


def engine_command(data_dir: Path | None, *args: str) -> tuple[str, list[str]]:
    """The app itself with `rhythm …`: `python -m app` in a checkout, the bundle's executable when frozen."""
    data = ["--data-dir", str(data_dir)] if data_dir is not None else []
    if getattr(sys, "frozen", False):
        return sys.executable, [*data, "rhythm", *args]
    return sys.executable, ["-m", "app", *data, "rhythm", *args]


def _kept(hits: int) -> str:
    """What becomes of the taps the engine sent before it ended."""
    if hits == 1:
        return translate("rhythm.process", "The 1 hit received so far is kept.")
    return translate("rhythm.process", "The %n hit(s) received so far are kept.", None, hits)


class _LineProcess(QObject):
    """A QProcess whose stdout is JSON lines: partial lines are buffered, stderr is kept for the log."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proc: QProcess | None = None
        self._buffer = b""
        self._stderr = b""
        self._done = True
        self._stopping = False
        self._killer = QTimer(self)
        self._killer.setSingleShot(True)
        self._killer.setInterval(STOP_GRACE_MS)
        self._killer.timeout.connect(self._kill)

    @property
    def running(self) -> bool:
        return not self._done

    def process_id(self) -> int:
        """The engine's pid (0 when none runs): lets a test end it the hard way, as a crash would."""
        return int(self.proc.processId()) if self.proc is not None and self.running else 0

    def _launch(self, data_dir: Path | None, args: list[str], stdin: bytes) -> None:
        if self.running:
            raise RuntimeError("the engine is already running")
        if self.proc is not None:
            self.proc.deleteLater()
        self._buffer, self._stderr, self._done, self._stopping = b"", b"", False, False
        proc = QProcess(self)
        self.proc = proc
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        if not getattr(sys, "frozen", False):
            proc.setWorkingDirectory(str(PACKAGE_PARENT))
        proc.readyReadStandardOutput.connect(self._read_stdout)
        proc.readyReadStandardError.connect(self._read_stderr)
        proc.finished.connect(self._on_finished)
        proc.errorOccurred.connect(self._on_error)
        proc.started.connect(lambda: self._feed(proc, stdin))
        program, arguments = engine_command(data_dir, *args)
        log.info("starting the rhythm engine: %s %s", program, " ".join(arguments))
        proc.start(program, arguments)

    @staticmethod
    def _feed(proc: QProcess, stdin: bytes) -> None:
        if stdin:
            proc.write(stdin)
        proc.closeWriteChannel()  # the engine reads to the end of its input

    def stop(self) -> None:
        """Ask the engine to end (on Windows it gets a close request, elsewhere SIGTERM); kill it after 2 s."""
        if self.proc is None or not self.running:
            return
        self._stopping = True
        self.proc.terminate()
        self._killer.start()

    def _kill(self) -> None:
        if self.proc is not None and self.running:
            log.warning("the rhythm engine did not end within %d ms: killing it", STOP_GRACE_MS)
            self.proc.kill()

    def _read_stdout(self) -> None:
        if self.proc is None:
            return
        self._buffer += self.proc.readAllStandardOutput().data()
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._line(line)

    def _line(self, raw: bytes) -> None:
        text = raw.decode("utf-8", errors="replace")
        message = parse_line(text)
        if message is None:
            if text.strip():
                log.debug("engine said: %s", text.strip())
            return
        self._message(message)

    def _read_stderr(self) -> None:
        if self.proc is not None:
            self._stderr = (self._stderr + self.proc.readAllStandardError().data())[-STDERR_TAIL:]

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._done:
            self._done = True  # no finished signal follows a failed start
            reason = self.proc.errorString() if self.proc is not None else translate("rhythm.process", "unknown")
            log.error("the rhythm engine could not start: %s", reason)
            self._could_not_start(reason)
        else:
            log.info("rhythm engine: %s", error.name)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._done:
            return
        self._done = True
        self._killer.stop()
        self._read_stdout()
        self._read_stderr()
        if self._buffer.strip():
            self._line(self._buffer)  # a last line without its newline
        self._buffer = b""
        crashed = status == QProcess.ExitStatus.CrashExit
        tail = self._stderr.decode("utf-8", errors="replace").strip()
        if tail:
            level = logging.WARNING if crashed or code else logging.DEBUG
            log.log(level, "rhythm engine stderr: %s", tail[-1500:])  # i18n: not text
        self._ended(code, crashed)

    # Subclasses ------------------------------------------------------------------------------------------
    def _message(self, message: dict[str, Any]) -> None:
        raise NotImplementedError

    def _ended(self, code: int, crashed: bool) -> None:
        raise NotImplementedError

    def _could_not_start(self, reason: str) -> None:
        raise NotImplementedError


class RhythmProcess(_LineProcess):
    """One exercise played by the engine. `ended(status, message)` comes exactly once per start, last."""

    ready = Signal(dict)
    hit = Signal(dict)
    summary = Signal(dict)
    ended = Signal(str, str)   # finished, stopped, crashed or failed; a sentence for the facilitator

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits_received = 0
        self.last_summary: dict[str, Any] | None = None
        self._error: str | None = None

    def start(self, exercise: Exercise, data_dir: Path | None = None) -> None:
        self.hits_received, self.last_summary, self._error = 0, None, None
        self._launch(data_dir, ["play", "--exercise", "-"], (exercise.to_json() + "\n").encode("utf-8"))

    def _message(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "ready":
            self.ready.emit(message)
        elif kind == "hit":
            self.hits_received += 1
            self.hit.emit(message)
        elif kind == "summary":
            self.last_summary = message
            self.summary.emit(message)
        elif kind == "error":
            self._error = str(message.get("message") or translate("rhythm.process", "no reason given"))
        else:
            log.debug("engine message ignored: %s", kind)

    def _ended(self, code: int, crashed: bool) -> None:
        kept = _kept(self.hits_received)
        if self.last_summary is not None:
            if self.last_summary.get("completed"):
                self.ended.emit(FINISHED, translate("rhythm.process", "The exercise finished."))
            else:
                self.ended.emit(STOPPED, translate("rhythm.process",
                                                   "Stopped before the end; the figures cover what was played."))
        elif self._error is not None and not crashed:
            self.ended.emit(FAILED, translate("rhythm.process", "The rhythm exercise could not start: {reason}")
                            .format(reason=self._error))
        elif self._stopping:
            self.ended.emit(STOPPED, translate("rhythm.process", "Stopped before the end; the rhythm window sent no "
                                                                 "figures.") + " " + kept)
        elif crashed:
            self.ended.emit(CRASHED, translate("rhythm.process", "The rhythm window crashed or was closed from "
                                                                 "outside.") + " " + kept)
        else:
            # Translators: {code} is the engine process's exit code, a number.
            self.ended.emit(CRASHED, translate("rhythm.process", "The rhythm window ended unexpectedly (exit code "
                                                                 "{code}) without its results.").format(code=code)
                            + " " + kept)

    def _could_not_start(self, reason: str) -> None:
        self.ended.emit(FAILED, translate("rhythm.process", "The rhythm window could not be started ({reason}).")
                        .format(reason=reason))


class CalibrationProcess(_LineProcess):
    """The tap-along that measures this room's output latency; the result is only reported, never saved here."""

    calibrated = Signal(float, int, float)   # latency_ms, taps, sd_ms
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result: tuple[float, int, float] | None = None
        self._error: str | None = None

    def start(self, data_dir: Path | None = None, *, windowed: bool = False, display: int | None = None) -> None:
        self._result, self._error = None, None
        args = ["calibrate", *(["--windowed"] if windowed else []),
                *(["--display", str(display)] if display is not None else []),
                "--language", i18n.language()]   # the tap-along's words in the app's language
        self._launch(data_dir, args, b"")

    def _message(self, message: dict[str, Any]) -> None:
        if message["type"] == "calibration":
            try:
                self._result = (float(message["latency_ms"]), int(message.get("taps", 0)),
                                float(message.get("sd_ms") or 0.0))
            except (KeyError, TypeError, ValueError):
                # Translators: ends "Calibration did not finish: …".
                self._error = translate("rhythm.process", "the calibration sent a result that could not be read")
        elif message["type"] == "error":
            self._error = str(message.get("message") or translate("rhythm.process", "no reason given"))

    def _ended(self, code: int, crashed: bool) -> None:
        if self._result is not None:
            self.calibrated.emit(*self._result)
        elif self._error is not None:
            self.failed.emit(translate("rhythm.process", "Calibration did not finish: {reason}").format(
                reason=self._error))
        elif self._stopping:
            self.failed.emit(translate("rhythm.process", "Calibration was stopped; the latency was not changed."))
        else:
            # Translators: {code} is the engine process's exit code, a number.
            self.failed.emit(translate("rhythm.process", "The calibration window ended unexpectedly (exit code "
                                                         "{code}); the latency was not changed.").format(code=code))

    def _could_not_start(self, reason: str) -> None:
        self.failed.emit(translate("rhythm.process", "The calibration window could not be started ({reason}).")
                         .format(reason=reason))
