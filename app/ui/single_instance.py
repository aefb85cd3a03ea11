"""One app window per data folder: a lock file with the owner's PID, and a local socket to wake the first window.

Two windows on one database would each believe their view is current and overwrite each other's edits. The
lock is `DATA_DIR/app.lock` (Qt's QLockFile: PID, host name, app name; a lock whose process has died on this
computer is recovered at once). A second start on the same computer leaves an empty `app.wake` file, which
the first window notices within a second (it only checks that the file exists), removes, and comes to the
front; the second start sees it gone and exits. No socket: the app opens no connection of any kind, and
the bundle leaves QtNetwork out. A lock left by another
computer (a data folder on a USB stick pulled out while the app ran) cannot be checked from here, so the
facilitator is told which computer holds it and may open the folder anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, QTimer, Signal

from app.store.in_use import LOCK_NAME
from app.ui.i18n import translate

log = logging.getLogger(__name__)

WAKE_NAME = "app.wake"


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as far as the lock file says."""

    pid: int
    host: str

    @property
    def here(self) -> bool:
        return not self.host or self.host == QSysInfo.machineHostName()


class FolderLock(QObject):
    """Holds the data folder for this process; emits `woken` when a second start asks for the window."""

    woken = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # never stale by age: only a dead process on this computer frees it
        self._watch = QTimer(self)
        self._watch.setInterval(700)
        self._watch.timeout.connect(self._check_wake)

    def acquire(self) -> Holder | None:
        """None when this process now holds the folder (or the folder cannot hold a lock); else who does."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None  # opening the store explains an unusable folder properly
        if self._lock.tryLock(0):
            self._listen()
            return None
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("the lock file %s could not be written (%s); going on without it", self.path,
                        self._lock.error().name)
            return None
        info = self._lock.getLockInfo()  # (pid, host name, app name) in PySide6
        pid, host = (info[-3], info[-2]) if isinstance(info, tuple) and len(info) >= 3 else (0, "")
        return Holder(int(pid or 0), str(host or ""))

    def take_over(self) -> bool:
        """The facilitator says the other computer no longer runs the app: remove its lock and take ours."""
        self.path.unlink(missing_ok=True)
        if self._lock.tryLock(0):
            self._listen()
            return True
        return False

    def release(self) -> None:
        self._watch.stop()
        self.wake_file.unlink(missing_ok=True)
        self._lock.unlock()

    @property
    def wake_file(self) -> Path:
        return self.data_dir / WAKE_NAME

    def _listen(self) -> None:
        self.wake_file.unlink(missing_ok=True)  # left by a start that gave up waiting
        self._watch.start()

    def _check_wake(self) -> None:
        if self.wake_file.exists():
            self.wake_file.unlink(missing_ok=True)
            log.info("a second start on %s: bringing this window to the front", self.data_dir)
            self.woken.emit()


def wake_first_window(data_dir: Path, wait_s: float = 4.0) -> bool:
    """Ask the window that holds `data_dir` to come to the front; False when it did not answer in time."""
    wake = Path(data_dir) / WAKE_NAME
    try:
        wake.touch()
    except OSError:
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if not wake.exists():
            return True
        time.sleep(0.1)
    wake.unlink(missing_ok=True)
    return False


def bring_to_front(window: object, say: Callable[[str], None]) -> None:
    """What the first window does when woken: show itself, on top, with a word about why."""
    window.showNormal() if window.isMinimized() else window.show()  # type: ignore[attr-defined]
    window.raise_()  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
    say(translate("single_instance", "Empathy Ambassadors was started again on this data folder: this is the "
                                     "window that is open."))
