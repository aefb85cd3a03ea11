"""Opening a class to devices: the server on its own threads, and what the facilitator controls.

The GUI and `python -m app serve` use `ClassNetwork`. Waitress runs the student site on a thread of
its own with a few worker threads, so the Qt event loop never waits on a request. The server binds
every interface of the laptop, so it keeps serving when the laptop moves to another network; the
addresses shown are read again whenever asked. Opening a class that was left open (the laptop crashed
or restarted) takes up the same code and devices; closing on purpose ends them.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.classnet.addresses import free_port, local_addresses, short_address
from app.classnet.api import Classroom
from app.classnet.codes import new_code
from app.classnet.devices import Devices
from app.classnet.wsgi import StudentSite
from app.curriculum import Curriculum
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store import classnet as saved
from app.store.classes import list_classes
from app.store.db import Store, StoreError
from app.store.journal import has_pin, sign_in

log = logging.getLogger(__name__)

ANY_ADDRESS = "0.0.0.0"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
RESUME_HOURS = 12  # an opening the laptop never closed is taken up again within this time (the same lesson)
SIGNED_OUT = QT_TRANSLATE_NOOP("classnet.server", "Your facilitator signed this device out. Type the code from the "
                                                  "projector to join again.")


class NetworkError(StoreError):
    """The class could not be opened to devices; the message says what to do."""


@dataclass(frozen=True)
class Presence:
    """One student as the facilitator sees them while the class is open: never their words."""

    student_id: str
    name: str
    joined: bool      # a device holds the name now
    signed_in: bool   # …and has typed the PIN, if there is one
    wrote_today: int  # entries written or changed today


class ClassNetwork:
    def __init__(self, store: Store, curriculum: Curriculum, class_id: str, *, host: str = ANY_ADDRESS,
                 port: int | None = None, web_dir: Path | None = None, threads: int = 6) -> None:
        from app.paths import assets_dir

        names = {c.id: c.name for c in list_classes(store)}
        if class_id not in names:
            raise NetworkError(translate("classnet.server", "That class is not on this laptop (it may have been "
                                                            "archived)."))
        self.store, self.curriculum, self.class_id, self.class_name = store, curriculum, class_id, names[class_id]
        self.host, self.wanted_port, self.threads = host, port, threads
        self.web_dir = web_dir or assets_dir() / "web"
        self.room: Classroom | None = None
        self.port = 0
        self._server = None
        self._thread: threading.Thread | None = None
        self._hosts: set[str] = set()
        self._hosts_read = 0.0

    # --- open and close --------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def code(self) -> str:
        return self.room.code if self.room else ""

    def open(self) -> None:
        """Start serving; resumes an opening the laptop never closed, else begins one with a new code."""
        if self.is_open:
            return
        from waitress.server import create_server

        opening = saved.open_opening(self.store, self.class_id)
        if opening is not None and _hours_since(opening.opened_at) > RESUME_HOURS:
            opening = None  # left open at an earlier lesson: today is a new opening, not a resumed one
        port = self._port(opening.port if opening else None)
        if opening is None:
            opening = saved.begin_opening(self.store, self.class_id, new_code(), port)
        elif opening.port != port:
            saved.move_opening(self.store, self.class_id, port)
        room = Classroom(self.store.data_dir, self.curriculum, self.class_id, self.class_name, opening.code)
        self._restore_devices(room.devices)
        try:
            site = StudentSite(room, self.web_dir, self.allowed_hosts)
        except OSError as error:
            raise NetworkError(translate("classnet.server", "The student pages are missing from this installation "
                                                            "({file}). Reinstall Empathy Ambassadors.").format(
                file=error.filename)) from error
        try:
            self._server = create_server(site, host=self.host, port=port, threads=self.threads, ident="",
                                         channel_timeout=30, max_request_body_size=64 * 1024,
                                         connection_limit=200, expose_tracebacks=False,
                                         clear_untrusted_proxy_headers=True)
        except OSError as error:
            raise NetworkError(translate("classnet.server", "The class could not be opened to devices: {reason}. Try "
                                                            "again, or restart the laptop's Wi-Fi.").format(
                reason=error.strerror or error)) from error
        self.room, self.port = room, int(self._server.effective_port)  # waitress gives the port as text
        self._thread = threading.Thread(target=self._serve, name="class-network", daemon=True)
        self._thread.start()
        log.info("class %r open to devices on port %d", self.class_name, self.port)

    def _port(self, resumed: int | None) -> int:
        """The port asked for; else the one the open class had (its pages stay at the same address); else
        a short free one."""
        try:
            if not self.wanted_port and resumed:  # none or 0 (any): the open class keeps its address
                try:
                    return free_port(self.host, resumed)
                except OSError:
                    log.warning("port %d of the open class is taken now; choosing another", resumed)
            return free_port(self.host, self.wanted_port)
        except OSError as error:
            raise NetworkError(translate("classnet.server", "Port {port} on this laptop is in use ({reason}). Choose "
                                                            "another port, or leave it out to let the app pick "
                                                            "one.").format(port=self.wanted_port,
                                                                           reason=error.strerror)) from error

    def _restore_devices(self, devices: Devices) -> None:
        for kept in saved.saved_devices(self.store, self.class_id):
            no_pin = kept.student_id is not None and not has_pin(self.store, kept.student_id)
            devices.restore(kept.token_hash, kept.csrf, kept.student_id,
                            sign_in(self.store, kept.student_id) if no_pin and kept.student_id else None)

    def _serve(self) -> None:
        server = self._server
        try:
            server.run()
        except Exception:  # a closed socket while stopping, or worse: logged, never a crash of the app
            log.exception("the class network stopped")

    def stop(self) -> None:
        """Stop listening (the opening stays, so starting again resumes it)."""
        server, thread, self._server, self._thread = self._server, self._thread, None, None
        if server is not None:
            server.close()
        if thread is not None:
            thread.join(timeout=5)
        if self.room is not None:
            self.room.close_stores()

    def close(self) -> None:
        """Close the class to devices: stop listening and end the opening (devices signed out)."""
        self.stop()
        saved.end_opening(self.store, self.class_id)
        if self.room is not None:
            self.room.devices.clear()
        self.room = None
        log.info("class %r closed to devices", self.class_name)

    # --- addresses -------------------------------------------------------------------------------
    def addresses(self) -> list[str]:
        """What students type, best first (empty: no network)."""
        ips = local_addresses() if self.host == ANY_ADDRESS else [self.host]
        return [short_address(ip, self.port) for ip in ips]

    def allowed_hosts(self) -> set[str]:
        """Host headers this server answers to; read again when the laptop's addresses may have changed."""
        now = time.monotonic()
        if now - self._hosts_read > 5:
            ips = set(local_addresses()) if self.host == ANY_ADDRESS else {self.host}
            self._hosts, self._hosts_read = ips | LOOPBACK, now
        return self._hosts

    # --- what the facilitator sees and does ------------------------------------------------------
    def presence(self, since: str) -> list[Presence]:
        """Every student of the class: joined or not, and how much they wrote since `since` (UTC ISO)."""
        from app.store.students import students_in

        devices = {d.student_id: d for d in (self.room.devices.all() if self.room else []) if d.student_id}
        wrote = saved.wrote_since(self.store, self.class_id, since)
        return [Presence(s.id, s.display_name, s.id in devices,
                         s.id in devices and devices[s.id].author is not None, wrote.get(s.id, 0))
                for s in students_in(self.store, self.class_id)]

    def release(self, student_id: str) -> bool:
        """Free a name for another device; the device holding it goes back to the names."""
        if self.room is None or self.room.devices.release(student_id) is None:
            return False
        self._save_devices()
        return True

    def sign_out(self, student_id: str) -> bool:
        """Sign out the device holding this name: it has to join again with the code."""
        if self.room is None:
            return False
        device = self.room.devices.sign_out(student_id, translate("classnet.server", SIGNED_OUT))
        if device is None:
            return False
        saved.drop_device(self.store, device.token_hash)
        return True

    def _save_devices(self) -> None:
        assert self.room is not None
        for device in self.room.devices.all():
            saved.save_device(self.store, self.class_id, saved.SavedDevice(device.token_hash, device.csrf,
                                                                           device.student_id))


def _hours_since(stamp: str) -> float:
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    return (datetime.now(UTC) - then).total_seconds() / 3600
