"""The pygame side of the app. It always runs in its own process (never inside the Qt app), so a
problem in SDL can never take the facilitator's window or a student's journal with it.

It plays the end-of-timer chime, and runs rhythm exercises: the whole exercise is rendered into one
sample-accurate buffer (synth.py) and played once; input is read ~1000 times a second and stamped
(input_loop.py) while frames are drawn at 60 fps in small pieces between reads; scoring is session.py.
MIDI uses pygame.midi (PortMidi, shipped inside pygame-ce): no extra dependency, works the same on
Windows, macOS and Linux, and its poll() suits a loop that reads input 1000 times a second anyway.
"""

from __future__ import annotations

import json
import logging
import math
import os
import statistics
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from app import i18n
from app.curriculum.model import Rhythm
from app.rhythm import view
from app.rhythm.input_loop import Stamper
from app.rhythm.loop import ExerciseLoop, LoopIO
from app.rhythm.protocol import Exercise
from app.rhythm.session import RhythmSession
from app.rhythm.synth import Sound, render

log = logging.getLogger(__name__)
RATE = 44_100
TITLE = i18n.QT_TRANSLATE_NOOP("rhythm.engine", "Empathy Ambassadors — Rhythm")
READ_EVERY_SHAPES = 12       # while drawing, read input again after this many shapes
END_SCREEN_S = 5.0
SILENT_LEAD_MS = 400         # silence before the count-in, so the sound device is settled


def chime_samples(seconds: float = 1.6) -> array:
    """A soft two-note bell (E6 then A5), decaying: noticeable without startling a room."""
    samples = array("h")
    for n in range(int(RATE * seconds)):
        t = n / RATE
        value = 0.0
        for start, freq in ((0.0, 1318.5), (0.35, 880.0)):
            if t >= start:
                local = t - start
                value += math.sin(2 * math.pi * freq * local) * math.exp(-3.2 * local) * 0.25
        samples.append(int(max(-1.0, min(1.0, value)) * 32767))
    return samples


def play_chime() -> int:
    """Play the chime once; with no sound device it logs and returns quietly (exit code 0)."""
    try:
        pygame.mixer.init(frequency=RATE, size=-16, channels=1)
        sound = pygame.mixer.Sound(buffer=chime_samples().tobytes())
        channel = sound.play()
        while channel is not None and channel.get_busy():
            pygame.time.wait(20)
        pygame.mixer.quit()
    except Exception as error:  # no audio device in this room: the timer's colour still shows it
        log.info("chime not played: %s", error)
    return 0


class Output:
    """JSON lines to stdout (for the Qt app) and, with --record, to a file as well."""

    def __init__(self, stream: TextIO, record: Path | None = None) -> None:
        self.stream = stream
        self.file = record.open("w", encoding="utf-8") if record else None

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, ensure_ascii=False) + "\n"
        self.stream.write(line)
        self.stream.flush()
        if self.file:
            self.file.write(line)
            self.file.flush()

    def close(self) -> None:
        if self.file:
            self.file.close()


class Inputs:
    """Keyboard, gamepads/drum pads (plugged in at any time) and MIDI note-ons, as key names."""

    def __init__(self, want_midi: bool) -> None:
        pygame.event.set_allowed(None)
        pygame.event.set_allowed([pygame.QUIT, pygame.KEYDOWN, pygame.JOYBUTTONDOWN, pygame.JOYDEVICEADDED,
                                  pygame.JOYDEVICEREMOVED])
        pygame.joystick.init()
        self.pads: dict[int, int] = {}      # instance id -> pad number in order of plugging in
        self.devices: dict[int, Any] = {}
        self.midi: list[Any] = []
        if want_midi:
            self._open_midi()

    def _open_midi(self) -> None:
        try:
            import pygame.midi

            pygame.midi.init()
            for device in range(pygame.midi.get_count()):
                info = pygame.midi.get_device_info(device)
                if info and info[2]:   # an input
                    self.midi.append(pygame.midi.Input(device))
        except Exception as error:  # MIDI is optional: keyboards and pads still work
            log.warning("MIDI input not available: %s", error)

    def fetch(self) -> list[str]:
        """What happened since the last call: key names, or 'stop' for Esc / closing the window."""
        found: list[str] = []
        for event in pygame.event.get():
            if event.type == pygame.KEYDOWN:
                found.append("stop" if event.key == pygame.K_ESCAPE else pygame.key.name(event.key).lower())
            elif event.type == pygame.JOYBUTTONDOWN:
                found.append(f"joy{self.pads.get(event.instance_id, 0)}")
            elif event.type == pygame.JOYDEVICEADDED:
                device = pygame.joystick.Joystick(event.device_index)
                self.devices[device.get_instance_id()] = device
                self.pads.setdefault(device.get_instance_id(), len(self.pads))
            elif event.type == pygame.JOYDEVICEREMOVED:
                self.devices.pop(event.instance_id, None)
            elif event.type == pygame.QUIT:
                found.append("stop")
        for port in self.midi:
            while port.poll():
                for (status, note, velocity, _), _stamp in port.read(32):
                    if status & 0xF0 == 0x90 and velocity > 0:
                        found += [f"midi{note}", "midi"]
        return found


class Renderer:
    """Draws view.py's shapes; fonts come from assets/ (nothing is fetched or looked up on the system)."""

    def __init__(self, screen: pygame.Surface, fonts_dir: Path) -> None:
        pygame.font.init()
        self.screen = screen
        self.fonts_dir = fonts_dir
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._texts: dict[tuple[str, int, bool, tuple[int, int, int]], pygame.Surface] = {}

    def _font(self, size: int, bold: bool) -> pygame.font.Font:
        key = (size, bold)
        if key not in self._fonts:
            name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
            path = self.fonts_dir / name
            self._fonts[key] = pygame.font.Font(str(path) if path.exists() else None, size)
        return self._fonts[key]

    def draw(self, shapes: list[view.Shape], between: Callable[[], None]) -> None:
        for index, shape in enumerate(shapes):
            if index % READ_EVERY_SHAPES == 0:
                between()
            if isinstance(shape, view.Rect):
                pygame.draw.rect(self.screen, shape.colour, (shape.x, shape.y, shape.w, shape.h), shape.width,
                                 border_radius=shape.radius)
            elif isinstance(shape, view.Circle):
                pygame.draw.circle(self.screen, shape.colour, (shape.x, shape.y), shape.r, shape.width)
            else:
                key = (shape.text, shape.size, shape.bold, shape.colour)
                surface = self._texts.get(key)
                if surface is None:
                    if len(self._texts) > 400:
                        self._texts.clear()
                    surface = self._texts[key] = self._font(shape.size, shape.bold).render(shape.text, True,
                                                                                           shape.colour)
                rect = surface.get_rect()
                if shape.anchor == "left":
                    rect.midleft = (shape.x, shape.y)
                elif shape.anchor == "right":
                    rect.midright = (shape.x, shape.y)
                else:
                    rect.center = (shape.x, shape.y)
                self.screen.blit(surface, rect)


def open_window(display: int | None, windowed: bool) -> pygame.Surface:
    """Full screen on the projector (the last display) unless told otherwise; a window under a dummy driver."""
    pygame.display.init()
    pygame.display.set_caption(i18n.translate("rhythm.engine", TITLE))
    sizes = pygame.display.get_desktop_sizes() or [(1280, 720)]
    screen_no = len(sizes) - 1 if display is None else max(0, min(display, len(sizes) - 1))
    if windowed or os.environ.get("SDL_VIDEODRIVER") == "dummy":
        return pygame.display.set_mode((1280, 720), 0, display=screen_no)
    return pygame.display.set_mode(sizes[screen_no], pygame.FULLSCREEN, display=screen_no)


def start_sound(samples: array) -> bool:
    """Play the rendered exercise once; False (and the beat light alone) when there is no sound device."""
    try:
        pygame.mixer.init(frequency=RATE, size=-16, channels=1, buffer=256)
        frequency, _, channels = pygame.mixer.get_init()
        if frequency != RATE:
            raise RuntimeError(f"the sound device runs at {frequency} Hz")
        data = samples
        if channels > 1:   # the device insisted on stereo: the same signal on every channel
            data = array("h", (s for s in samples for _ in range(channels)))
        pygame.mixer.Sound(buffer=data.tobytes()).play()
        return True
    except Exception as error:
        log.warning("no sound: %s", error)
        return False


def _io(screen: pygame.Surface, inputs: Inputs, renderer: Renderer) -> LoopIO:
    def present(areas: list[tuple[int, int, int, int]] | None) -> None:
        if areas is None:
            pygame.display.flip()
        else:
            pygame.display.update(areas)

    return LoopIO(fetch=inputs.fetch, draw=renderer.draw, flip=present, size=screen.get_size(),
                  clock=time.perf_counter_ns, sleep=time.sleep)


def run_exercise(exercise: Exercise, rhythm: Rhythm, out: Output, fonts_dir: Path) -> int:
    """Open the window, render and start the sound, run the loop, send the summary, show the end screen."""
    i18n.set_language(exercise.language)   # the window's words in the app's language ("": the system's)
    session = RhythmSession(exercise, rhythm)
    schedule = session.schedule
    lead_in_ms = SILENT_LEAD_MS + (-schedule.count_in[0] if schedule.count_in else 0.0)
    rendered = render([Sound(*s) for s in schedule.sounds()], lead_in_ms=lead_in_ms)
    screen = open_window(exercise.display, exercise.windowed)
    inputs = Inputs(want_midi=any(p.key.startswith("midi") for p in exercise.players))
    renderer = Renderer(screen, fonts_dir)
    out.send(session.ready_message())
    sounding = start_sound(rendered.samples)
    loop = ExerciseLoop(session, _io(screen, inputs, renderer), out.send, origin_ns=time.perf_counter_ns(),
                        lead_in_ms=lead_in_ms,
                        message="" if sounding else i18n.translate("rhythm.engine", "No sound here: follow the beat "
                                                                                    "light."))
    completed = loop.run()
    if completed and os.environ.get("SDL_VIDEODRIVER") != "dummy":   # headless: nobody to celebrate with
        loop.end_screen(END_SCREEN_S)
    pygame.quit()
    return 0


CALIBRATION_TEMPO = 100
CALIBRATION_BEATS = 20
CALIBRATION_SETTLE = 4       # the first taps are people finding the beat: not counted


def calibrate(out: Output, fonts_dir: Path, display: int | None, windowed: bool, language: str = "") -> int:
    """The facilitator taps Space (or any key) on every click they hear; the median delay is this machine's
    output latency. Leading the class in the tap-along, their own habit is not a machine property, so
    students' early or late tapping is still reported to the facilitator as their tendency."""
    i18n.set_language(language)
    tap = i18n.translate("rhythm.engine", "Tap any key on every click you hear")
    no_sound = i18n.translate("rhythm.engine", "No sound device: calibration needs the speakers you will use in class")
    interval = 60_000 / CALIBRATION_TEMPO
    clicks = [n * interval for n in range(CALIBRATION_BEATS)]
    lead_in_ms = 1_500.0
    rendered = render([Sound(t, "count") for t in clicks], lead_in_ms=lead_in_ms)
    screen = open_window(display, windowed)
    inputs, renderer = Inputs(want_midi=False), Renderer(screen, fonts_dir)
    sounding = start_sound(rendered.samples)
    origin = time.perf_counter_ns()
    stamper: Stamper[str] = Stamper(time.perf_counter_ns)
    offsets: list[float] = []
    w, h = screen.get_size()
    stopped = False
    while not stopped and (time.perf_counter_ns() - origin) / 1e6 < lead_in_ms + clicks[-1] + interval:
        for stamped in stamper.read(inputs.fetch):
            if stamped.event == "stop":
                stopped = True
                continue
            t = (stamped.t_ns - origin) / 1e6 - lead_in_ms
            nearest = min(range(len(clicks)), key=lambda n: abs(clicks[n] - t))
            if nearest >= CALIBRATION_SETTLE and abs(t - clicks[nearest]) < interval / 2:
                offsets.append(t - clicks[nearest])
        now = (time.perf_counter_ns() - origin) / 1e6 - lead_in_ms
        lit = any(0 <= now - c < 120 for c in clicks)
        shapes: list[view.Shape] = [
            view.Rect(0, 0, w, h, view.BACKGROUND),
            view.Text(w // 2, h // 5, tap, h // 16, view.TEXT, bold=True),
            view.Circle(w // 2, h // 2, h // 10, view.ACCENT if lit else (60, 66, 80)),
            view.Text(w // 2, h * 3 // 4, i18n.translate("rhythm.engine", "%n tap(s) counted", None, len(offsets))
                      if sounding else no_sound, h // 24, view.DIM)]
        renderer.draw(shapes, lambda: None)
        pygame.display.flip()
        time.sleep(0.001)
    pygame.quit()
    if len(offsets) < 8:
        if len(offsets) == 1:
            message = i18n.translate("rhythm.engine", "Only 1 tap was counted (8 or more are needed). Run the "
                                                      "calibration again and tap on every click.")
        else:
            message = i18n.translate("rhythm.engine", "Only %n tap(s) were counted (8 or more are needed). Run the "
                                                      "calibration again and tap on every click.", None, len(offsets))
        out.send({"type": "error", "message": message})
        return 1
    offsets.sort()
    median = offsets[len(offsets) // 2]
    sd = statistics.stdev(offsets)
    out.send({"type": "calibration", "latency_ms": round(median, 1), "taps": len(offsets), "sd_ms": round(sd, 1)})
    return 0
