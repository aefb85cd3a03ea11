"""The devices joined to an open class, and which name each one holds (thread-safe, no I/O).

A device holds a name only once it is signed in as that student (after the PIN, when there is one), so
tapping names cannot lock classmates out; one signed-in device per name, and at most a couple of names
per network address. A device left idle for long lets its name go when another device asks for it. The
facilitator can release a name (the student rejoins elsewhere) or sign a device out. A device that was
signed out is told so once, then forgotten.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.classnet.codes import new_csrf, new_token, token_hash
from app.store.journal import Author

IDLE_RELEASE_S = 30 * 60    # a name held by a device silent this long goes to the device that asks for it
NAMES_PER_ADDRESS = 2       # one phone, one student (a second for a shared tablet changing hands)
IDLE_DEVICES_PER_ADDRESS = 10  # joined but signed in as nobody: beyond this the oldest are forgotten


@dataclass
class Device:
    token_hash: str
    csrf: str
    student_id: str | None = None  # the name chosen (maybe still waiting for its PIN)
    author: Author | None = None   # set once signed in as that student
    pin_record: str | None = None  # the student's PIN record when they signed in: a change signs them out
    seen: float = field(default_factory=time.monotonic)
    address: str = ""


class NameTaken(Exception):
    """Another device holds this name."""


class TooManyNames(Exception):
    """This address already holds as many names as one device may."""


@dataclass
class Devices:
    clock: Callable[[], float] = time.monotonic
    _by_hash: dict[str, Device] = field(default_factory=dict)
    _signed_out: dict[str, str] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def join(self, address: str = "") -> tuple[str, Device]:
        """A new device session; the token goes into the cookie and is never kept. Joining again and again
        from one address must not fill the laptop: its oldest devices signed in as nobody are forgotten."""
        token = new_token()
        device = Device(token_hash(token), new_csrf(), address=address, seen=self.clock())
        with self._lock:
            self._by_hash[device.token_hash] = device
            if not _is_loopback(address):
                idle = sorted((d for d in self._by_hash.values() if d.address == address and not d.author),
                              key=lambda d: d.seen)
                for old in idle[:-IDLE_DEVICES_PER_ADDRESS]:
                    self._by_hash.pop(old.token_hash, None)
        return token, device

    def restore(self, hashed: str, csrf: str, student_id: str | None, author: Author | None = None) -> Device:
        """A device saved before the laptop restarted: it keeps its name, signed in again when the name has no
        PIN (`author`), else waiting for the PIN. Its address is not known until it asks again."""
        device = Device(hashed, csrf, student_id, author, seen=self.clock(), address=f"restored {hashed[:12]}")
        with self._lock:
            self._by_hash[hashed] = device
        return device

    def find(self, token: str | None) -> Device | None:
        if not token:
            return None
        with self._lock:
            device = self._by_hash.get(token_hash(token))
            if device is not None:
                device.seen = self.clock()
            return device

    def signed_out_message(self, token: str | None) -> str | None:
        """The sentence for a device the facilitator signed out (said once)."""
        if not token:
            return None
        with self._lock:
            return self._signed_out.pop(token_hash(token), None)

    def forget(self, device: Device) -> None:
        with self._lock:
            self._by_hash.pop(device.token_hash, None)

    def holder(self, student_id: str) -> Device | None:
        """The device signed in as this student, if any."""
        with self._lock:
            return next((d for d in self._by_hash.values() if d.student_id == student_id and d.author), None)

    def choose(self, device: Device, student_id: str) -> None:
        """This device picks a name (not signed in yet); NameTaken or TooManyNames when it may not."""
        with self._lock:
            self._check_free(device, student_id)
            device.student_id, device.author, device.pin_record = student_id, None, None

    def sign_in(self, device: Device, student_id: str, author: Author, pin_record: str | None) -> None:
        """Signed in as the name this device chose; NameTaken if the name changed hands meanwhile."""
        with self._lock:
            if device.student_id != student_id or author.student_id != student_id:
                raise NameTaken(student_id)
            self._check_free(device, student_id)
            device.author, device.pin_record = author, pin_record

    def sign_in_again(self, device: Device) -> None:
        """The student's PIN changed at the laptop: the old key must not seal or open anything more."""
        with self._lock:
            device.author, device.pin_record = None, None

    def _check_free(self, device: Device, student_id: str) -> None:
        other = self.holder(student_id)
        if other is not None and other is not device:
            if self.clock() - other.seen < IDLE_RELEASE_S:
                raise NameTaken(student_id)
            self.let_go(other)  # left alone for half an hour: the name goes where it is wanted
        if not _is_loopback(device.address):
            held = {d.student_id for d in self._by_hash.values()
                    if d.address == device.address and d.author and d is not device}
            if student_id not in held and len(held) >= NAMES_PER_ADDRESS:
                raise TooManyNames(device.address)

    def let_go(self, device: Device) -> None:
        """'I'm finished' or 'Not you?': the name is free, the device stays joined."""
        with self._lock:
            device.student_id, device.author, device.pin_record = None, None, None

    def sign_out(self, student_id: str, message: str) -> Device | None:
        """The facilitator signs out the device holding this name: it must join again, and is told `message`."""
        with self._lock:
            device = self.holder(student_id) or next(
                (d for d in self._by_hash.values() if d.student_id == student_id), None)
            if device is not None:
                self._by_hash.pop(device.token_hash, None)
                self._signed_out[device.token_hash] = message
            return device

    def release(self, student_id: str) -> Device | None:
        """The facilitator frees a name: every device that chose it goes back to the names, still joined."""
        with self._lock:
            found = [d for d in self._by_hash.values() if d.student_id == student_id]
            for device in found:
                self.let_go(device)
            return next(iter(found), None)

    def all(self) -> list[Device]:
        with self._lock:
            return list(self._by_hash.values())

    def clear(self) -> None:
        with self._lock:
            self._by_hash.clear()
            self._signed_out.clear()


def _is_loopback(address: str) -> bool:
    """The laptop itself (tests, the benchmark, a facilitator checking the page): no per-address cap."""
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False
