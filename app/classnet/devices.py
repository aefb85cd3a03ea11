"""The devices joined to an open class, and which name each one holds (thread-safe, no I/O).

One name is held by one device at a time, so two phones cannot write as the same student; the
facilitator can release a name (the student rejoins elsewhere) or sign a device out. A device that
was signed out is told so once, then forgotten.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from app.classnet.codes import new_csrf, new_token, token_hash
from app.store.journal import Author


@dataclass
class Device:
    token_hash: str
    csrf: str
    student_id: str | None = None
    author: Author | None = None  # set once the name is chosen and its PIN (if any) typed
    seen: float = field(default_factory=time.monotonic)
    address: str = ""


class NameTaken(Exception):
    """Another device holds this name."""


@dataclass
class Devices:
    _by_hash: dict[str, Device] = field(default_factory=dict)
    _signed_out: dict[str, str] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def join(self, address: str = "") -> tuple[str, Device]:
        """A new device session; the token goes into the cookie and is never kept."""
        token = new_token()
        device = Device(token_hash(token), new_csrf(), address=address)
        with self._lock:
            self._by_hash[device.token_hash] = device
        return token, device

    def restore(self, hashed: str, csrf: str, student_id: str | None) -> Device:
        """A device saved before the laptop restarted: it keeps its name, but a PIN must be typed again."""
        device = Device(hashed, csrf, student_id)
        with self._lock:
            self._by_hash[hashed] = device
        return device

    def find(self, token: str | None) -> Device | None:
        if not token:
            return None
        with self._lock:
            device = self._by_hash.get(token_hash(token))
            if device is not None:
                device.seen = time.monotonic()
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
        with self._lock:
            return next((d for d in self._by_hash.values() if d.student_id == student_id), None)

    def hold(self, device: Device, student_id: str) -> None:
        """This device takes the name (not yet signed in); raises NameTaken when another device has it."""
        with self._lock:
            other = self.holder(student_id)
            if other is not None and other is not device:
                raise NameTaken(student_id)
            device.student_id, device.author = student_id, None

    def let_go(self, device: Device) -> None:
        """The student chose 'I'm finished' or 'Not you?': the name is free, the device stays joined."""
        with self._lock:
            device.student_id, device.author = None, None

    def sign_out(self, student_id: str, message: str) -> Device | None:
        """The facilitator signs out the device holding this name: it must join again, and is told `message`."""
        with self._lock:
            device = self.holder(student_id)
            if device is not None:
                self._by_hash.pop(device.token_hash, None)
                self._signed_out[device.token_hash] = message
            return device

    def release(self, student_id: str) -> Device | None:
        """The facilitator frees a name: the device holding it goes back to the names, still joined."""
        with self._lock:
            device = self.holder(student_id)
            if device is not None:
                self.let_go(device)
            return device

    def all(self) -> list[Device]:
        with self._lock:
            return list(self._by_hash.values())

    def clear(self) -> None:
        with self._lock:
            self._by_hash.clear()
            self._signed_out.clear()
