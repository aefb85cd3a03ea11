"""Whether a GUI holds the data folder, read from its lock file without Qt (for the command line).

The GUI holds `DATA_DIR/app.lock` (Qt's QLockFile: PID, app name, host name) while it runs. A command that
replaces the database file (restore) must not do so under a running window, which would keep writing to
the file it had open. Reads and ordinary writes need no such check: SQLite's own locking covers them.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from app.i18n import translate

LOCK_NAME = "app.lock"


def _alive_on_windows(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess: os.kill(pid, 0) would terminate the process on Windows."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists, run by someone else
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def window_holding(data_dir: Path) -> str | None:
    """A description of the app window that has this folder open, or None when none does (as far as we can tell)."""
    try:
        lines = (Path(data_dir) / LOCK_NAME).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return translate("store.in_use", "the app on the computer {host}").format(host=repr(host))
    if pid > 0 and _alive(pid):
        return translate("store.in_use", "the app window (process {pid})").format(pid=pid)
    return None
