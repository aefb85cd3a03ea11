"""The pygame side of the app. It always runs in its own process (never inside the Qt app), so a
problem in SDL can never take the facilitator's window or a student's journal with it.

For now it plays the gentle end-of-timer chime; the rhythm engine proper comes with its issue.
"""

from __future__ import annotations

import logging
import math
import os
from array import array

log = logging.getLogger(__name__)
RATE = 44_100


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
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    try:
        import pygame

        pygame.mixer.init(frequency=RATE, size=-16, channels=1)
        sound = pygame.mixer.Sound(buffer=chime_samples().tobytes())
        channel = sound.play()
        while channel is not None and channel.get_busy():
            pygame.time.wait(20)
        pygame.mixer.quit()
    except Exception as error:  # no audio device in this room: the timer's colour still shows it
        log.info("chime not played: %s", error)
    return 0
