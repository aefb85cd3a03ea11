"""The student pages' JSON API: each handler checks everything it is given, then acts for one device.

Handlers run on the server's worker threads, each with its own SQLite connection, and write through
the same store functions as student mode, so an entry from a phone is the same row, sealed the same
way, as one typed at the laptop. Nothing here can list another student's entries or reach a
facilitator function. Every refusal is a `Refused` with a sentence for the student.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.classnet.codes import same_code
from app.classnet.devices import Device, Devices, NameTaken, TooManyNames
from app.classnet.limits import TriesGuard
from app.classnet.questionnaire import Closed, answer, offered
from app.classnet.today import known_prompt, today_answer
from app.curriculum import Curriculum
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.store import classnet as saved
from app.store.db import Store, StoreError, open_store, set_patience
from app.store.ids import iso
from app.store.journal import VISIBILITIES, EntryTaken, NotSaved, entry_owner, has_pin, own_entries, save_entry, sign_in
from app.store.runner import unfinished_session
from app.store.students import display_name, in_class, students_in
from app.store.today_prompts import picked_today

log = logging.getLogger(__name__)

MAX_TEXT = 20_000
MAX_ID = 200
# What a student reads on their device (the JSON's "error"); its "code" is for the page and stays as it is.
WRONG_CODE = QT_TRANSLATE_NOOP("classnet.api", "That code is not right. Check the code on the projector and try again.")
WRONG_PIN = QT_TRANSLATE_NOOP("classnet.api", "That PIN is not right. Try again, or ask your facilitator to reset it.")
NAME_TAKEN = QT_TRANSLATE_NOOP("classnet.api", "This name is in use on another device. If it is yours, ask your "
                                               "facilitator to release it.")
NAME_GONE = QT_TRANSLATE_NOOP("classnet.api", "That name is no longer in this class. Ask your facilitator.")
TOO_MANY_NAMES = QT_TRANSLATE_NOOP("classnet.api", "This device is already signed in as someone else. Tap 'I'm "
                                                   "finished' there first.")
BUSY_MS = 2000  # a save waits this long for the laptop's own writing, then the page keeps it and tries again


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra

    def body(self) -> dict[str, Any]:
        return {"error": self.message, "code": self.code, **self.extra}


def bad(message: str) -> Refused:
    return Refused(400, "bad_request", message)


@dataclass
class Reply:
    body: dict[str, Any]
    new_token: str | None = None  # a join: the cookie to set


@dataclass
class Classroom:
    """One open class: what every request may see and change."""

    data_dir: Path
    curriculum: Curriculum
    class_id: str
    class_name: str
    code: str
    devices: Devices = field(default_factory=Devices)
    pins: TriesGuard = field(default_factory=TriesGuard)
    codes: TriesGuard = field(default_factory=lambda: TriesGuard(tries=20, wait_s=30))  # a class may share one address
    _revs: dict[str, int] = field(default_factory=dict)
    _entry_locks: dict[str, threading.Lock] = field(default_factory=dict)
    _locks_lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _stores: list[Store] = field(default_factory=list)

    # --- plumbing ----------------------------------------------------------------------------------
    def store(self) -> Store:
        """This worker thread's own connection (SQLite connections are not shared between threads)."""
        store = getattr(self._local, "store", None)
        if store is None:
            try:
                store = open_store(self.data_dir, thorough_check=False)
            except StoreError as error:
                log.error("class network: %s", error)
                raise Refused(503, "not_saved", translate("classnet.api", "The laptop cannot open its journal just "
                                                                          "now. Your writing is kept on this device; "
                                                                          "tell your facilitator.")) from error
            set_patience(store, BUSY_MS)  # never tie up a worker for long
            self._local.store = store
            self._stores.append(store)
        return store

    def close_stores(self) -> None:
        for store in self._stores:
            store.close()
        self._stores.clear()

    def need(self, device: Device | None, token: str | None, *, signed_in: bool = True) -> Device:
        if device is None:
            message = self.devices.signed_out_message(token)
            if message:
                raise Refused(401, "signed_out", message)
            raise Refused(401, "not_joined", translate("classnet.api", "Type the code from the projector to join the "
                                                                       "class."))
        if signed_in and device.student_id is None:
            raise Refused(401, "no_name", translate("classnet.api", "Tap your name to go on."))
        if signed_in and device.author is None:
            raise Refused(401, "pin_needed", translate("classnet.api", "Type your PIN to go on."))
        if signed_in:
            self._check_still_signed_in(device)
        return device

    def _check_still_signed_in(self, device: Device) -> None:
        """The laptop may have removed the student or changed their PIN since this device signed in."""
        present, record = in_class(self.store(), self.class_id, device.student_id or "")
        if not present:
            self.devices.let_go(device)  # removed from the class meanwhile: nobody writes as them any more
            raise Refused(401, "no_name", translate("classnet.api", NAME_GONE))
        if record != device.pin_record:
            self.devices.sign_in_again(device)
            if record:  # a new PIN: the old key neither seals nor opens anything any more
                raise Refused(401, "pin_needed", translate("classnet.api", "Your PIN was changed. Type your PIN to go "
                                                                           "on."))
            author = sign_in(self.store(), device.student_id or "")  # the PIN was reset: no key from now on
            try:
                if author is None:
                    raise NameTaken(device.student_id or "")
                self.devices.sign_in(device, author.student_id, author, None)
            except (NameTaken, TooManyNames):
                raise Refused(401, "no_name", translate("classnet.api", "Tap your name to go on.")) from None

    def _student(self, student_id: str) -> dict[str, str]:
        student = next((s for s in students_in(self.store(), self.class_id) if s.id == student_id), None)
        if student is None:
            raise Refused(409, "no_name", translate("classnet.api", NAME_GONE))
        return {"id": student.id, "name": student.display_name}

    def _persist(self, device: Device) -> None:
        saved.save_device(self.store(), self.class_id, saved.SavedDevice(device.token_hash, device.csrf,
                                                                         device.student_id))

    # --- joining -----------------------------------------------------------------------------------
    def hello(self, device: Device | None, token: str | None) -> Reply:
        student = None
        if device is not None and device.author is not None and device.student_id:
            student = {"id": device.student_id, "name": self._name(device.student_id),
                       "has_pin": device.author.key is not None}
        message = None if device is not None else self.devices.signed_out_message(token)
        return Reply({"class_name": self.class_name, "joined": device is not None,
                      "csrf": device.csrf if device else None, "student": student,
                      "needs_pin": bool(device and device.student_id and device.author is None),
                      **({"message": message} if message else {})})

    def _name(self, student_id: str) -> str:
        return display_name(self.store(), student_id)

    def join(self, old: Device | None, body: dict[str, Any], address: str) -> Reply:
        code = text_field(body, "code", 40)
        wait = self.codes.attempt(address)
        if wait:
            raise Refused(429, "wait", translate("classnet.api", "Too many wrong codes. Wait {seconds} seconds, then "
                                                                 "try again.").format(seconds=wait), wait_seconds=wait)
        if not same_code(code, self.code):
            raise Refused(403, "wrong_code", translate("classnet.api", WRONG_CODE),
                          tries_left=self.codes.tries_left(address))
        self.codes.succeeded(address)
        if old is not None:  # joining again rotates the session: the old token stops working
            self.devices.forget(old)
            saved.drop_device(self.store(), old.token_hash)
        token, device = self.devices.join(address)
        self._persist(device)
        saved.keep_devices(self.store(), self.class_id, {d.token_hash for d in self.devices.all()})
        return Reply({"csrf": device.csrf, "class_name": self.class_name}, new_token=token)

    def names(self, device: Device) -> Reply:
        held = {d.student_id for d in self.devices.all() if d.student_id and d.author and d is not device}
        return Reply({"students": [{"id": s.id, "name": s.display_name, "colour": s.avatar_colour,
                                    "icon": s.avatar_icon, "taken": s.id in held}
                                   for s in students_in(self.store(), self.class_id)]})

    def choose_name(self, device: Device, body: dict[str, Any]) -> Reply:
        student_id = text_field(body, "student_id", MAX_ID)
        student = self._student(student_id)
        try:
            self.devices.choose(device, student_id)
            if has_pin(self.store(), student_id):  # the name is held only once the PIN is right
                return Reply({"needs_pin": True, "student": student})
            author = sign_in(self.store(), student_id)
            if author is None:
                raise Refused(409, "no_name", translate("classnet.api", NAME_GONE))
            self.devices.sign_in(device, student_id, author, None)
        except NameTaken:
            raise Refused(409, "name_taken", translate("classnet.api", NAME_TAKEN)) from None
        except TooManyNames:
            raise Refused(409, "too_many_names", translate("classnet.api", TOO_MANY_NAMES)) from None
        self._persist(device)
        return Reply({"needs_pin": False, "student": {**student, "has_pin": False}})

    def pin(self, device: Device, body: dict[str, Any]) -> Reply:
        pin = text_field(body, "pin", 40)
        student_id = device.student_id
        if student_id is None:
            raise Refused(401, "no_name", translate("classnet.api", "Tap your name to go on."))
        wait = self.pins.attempt(student_id)  # counted before the (slow) check: no guessing in parallel
        if wait:
            raise Refused(429, "wait", translate("classnet.api", "Too many wrong tries. Wait {seconds} seconds, then "
                                                                 "try again.").format(seconds=wait), wait_seconds=wait)
        author = sign_in(self.store(), student_id, pin) if pin.isdigit() else None
        if author is None:
            left = self.pins.tries_left(student_id)
            if left == 0:
                wait = self.pins.waiting(student_id)
                raise Refused(429, "wait", translate("classnet.api", "Too many wrong tries. Wait {seconds} seconds, "
                                                                     "then try again.").format(seconds=wait),
                              wait_seconds=wait)
            raise Refused(403, "wrong_pin", translate("classnet.api", WRONG_PIN), tries_left=left)
        self.pins.succeeded(student_id)
        _present, record = in_class(self.store(), self.class_id, student_id)
        try:
            self.devices.sign_in(device, student_id, author, record)
        except NameTaken:
            raise Refused(409, "name_taken", translate("classnet.api", NAME_TAKEN)) from None
        except TooManyNames:
            raise Refused(409, "too_many_names", translate("classnet.api", TOO_MANY_NAMES)) from None
        self._persist(device)
        return Reply({"student": {**self._student(student_id), "has_pin": True}})

    def leave(self, device: Device) -> Reply:
        self.devices.let_go(device)
        self._persist(device)
        return Reply({})

    # --- writing -----------------------------------------------------------------------------------
    def _running(self) -> tuple[str | None, str | None, int | None]:
        running = unfinished_session(self.store())
        if running is None or running.class_id != self.class_id:
            return None, None, None
        return running.session_id, running.plan_id, running.slide

    def today(self, device: Device) -> Reply:
        _session, plan_id, slide = self._running()
        chosen = saved.class_challenge(self.store(), self.class_id)
        today = date.today()
        body = today_answer(self.curriculum, plan_id, slide, chosen, today,
                            picked=picked_today(self.store(), self.class_id, today))
        assert device.author is not None
        body["questionnaires"] = offered(self.store(), self.curriculum, self.class_id, device.author.student_id)
        return Reply(body)

    def answer(self, device: Device, round_id: str, body: dict[str, Any]) -> Reply:
        """One questionnaire answer, as the signed-in student (the same rule as a journal save)."""
        author = device.author
        if author is None:
            raise Refused(401, "pin_needed", translate("classnet.api", "Type your PIN to go on."))
        if body.get("student_id") != author.student_id:
            raise Refused(409, "wrong_student", translate("classnet.api", "These answers belong to someone else on "
                                                                          "this device."))
        value = body.get("value")
        try:
            answer(self.store(), self.curriculum, self.class_id, author.student_id, round_id[:MAX_ID],
                   body.get("item_id"), value)
        except Closed:
            raise Refused(409, "closed", translate("classnet.api", "This questionnaire is closed now. Thank you!")) \
                from None
        except ValueError as error:
            raise bad(str(error)) from None
        except StoreError as error:
            raise Refused(503, "not_saved", translate("classnet.api", "{reason} Your answer is kept on this "
                                                                      "device.").format(reason=error)) from error
        return Reply({"saved": True})

    def save(self, device: Device, entry_id: str, body: dict[str, Any]) -> Reply:
        entry_id = entry_key(entry_id)
        text = text_field(body, "body", MAX_TEXT, empty_ok=True)
        visibility = text_field(body, "visibility", 20)
        if visibility not in VISIBILITIES:
            raise bad(translate("classnet.api", "Choose who may read this: only you, your facilitator, or the class."))
        prompt_id = body.get("prompt_id")
        if prompt_id is not None and (not isinstance(prompt_id, str) or len(prompt_id) > MAX_ID):
            raise bad(translate("classnet.api", "That prompt is not one the laptop knows."))
        rev = body.get("rev")
        if not isinstance(rev, int) or isinstance(rev, bool) or not 0 <= rev < 2**53:
            raise bad(translate("classnet.api", "The save was not understood (no revision)."))
        author = device.author  # read once: the device may sign in as someone else while this save runs
        if author is None:
            raise Refused(401, "pin_needed", translate("classnet.api", "Type your PIN to go on."))
        if body.get("student_id") != author.student_id:  # words are saved only as the student who wrote them
            raise Refused(409, "wrong_student", translate("classnet.api", "This writing belongs to someone else on "
                                                                          "this device. It stays here until they sign "
                                                                          "in again."))
        store = self.store()
        if not known_prompt(self.curriculum, prompt_id, saved.class_challenge(store, self.class_id)):
            raise bad(translate("classnet.api", "That prompt is not one the laptop knows."))
        with self._entry_lock(entry_id):  # one save of this entry at a time decides which words are newest
            exists = entry_owner(store, entry_id)
            if exists is not None and (exists[0] != author.student_id or exists[1]):
                raise Refused(409, "not_yours", translate("classnet.api", "This writing cannot be saved as that entry "
                                                                          "any more. It is kept: it will be saved as "
                                                                          "a new entry."))
            last = self._revs.get(entry_id, -1)
            if rev <= last:
                return Reply({"rev": last, "saved_at": None, "stale": rev < last})
            if exists is None and not text.strip():
                self._revs[entry_id] = rev
                return Reply({"rev": rev, "saved_at": None})
            try:
                save_entry(store, author, entry_id, body=text, visibility=visibility, prompt_id=prompt_id,
                           session_id=self._running()[0])
            except NotSaved as error:
                raise Refused(503, "not_saved", translate("classnet.api", "{reason} Your writing is kept on this "
                                                                          "device.").format(reason=error)) from error
            except EntryTaken as error:  # taken between the check and the write
                raise Refused(409, "not_yours", translate("classnet.api", "This writing will be saved as a new "
                                                                          "entry.")) from error
            self._revs[entry_id] = rev
        return Reply({"rev": rev, "saved_at": iso()})

    def _entry_lock(self, entry_id: str) -> threading.Lock:
        with self._locks_lock:
            return self._entry_locks.setdefault(entry_id, threading.Lock())

    def entries(self, device: Device) -> Reply:
        from app.journal.prompts import prompt_texts

        assert device.author is not None
        if device.author.key is None:
            raise Refused(403, "pin_to_read", translate("classnet.api", "To read your past entries on a device you "
                                                                        "need a PIN, so nobody else can open them by "
                                                                        "tapping your name. Ask your facilitator to "
                                                                        "let you set one in student mode on the "
                                                                        "laptop."))
        texts = prompt_texts(self.curriculum)
        found = own_entries(self.store(), device.author)[:200]
        free = translate("classnet.api", "Free writing")
        return Reply({"entries": [{"id": e.id, "prompt_text": texts.get(e.prompt_id or "", free)
                                   if e.prompt_id else free, "body": e.body,
                                   "visibility": e.visibility, "created_at": e.created_at,
                                   "updated_at": e.updated_at, "locked": e.locked} for e in found]})


def text_field(body: dict[str, Any], name: str, limit: int, *, empty_ok: bool = False) -> str:
    value = body.get(name)
    if not isinstance(value, str) or (not empty_ok and not value.strip()):
        raise bad(translate("classnet.api", "Something was missing from the page's request ({name}). Reload the page "
                                            "and try again.").format(name=name))
    if len(value) > limit:
        raise Refused(413, "too_large", translate("classnet.api", "That is too long to save (over {limit} characters). "
                                                                  "Split it into two entries.").format(
            limit=f"{limit:,}"))
    return value


def entry_key(raw: str) -> str:
    """An entry id from the address: a UUID, in the one canonical form the store uses."""
    try:
        return str(uuid.UUID(raw))
    except (ValueError, AttributeError, TypeError):
        raise bad(translate("classnet.api", "That entry id is not valid.")) from None
