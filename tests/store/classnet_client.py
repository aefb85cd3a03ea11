"""A student's device talking to the student site's WSGI application directly (no sockets): the same
requests a browser sends, with its cookie and CSRF header, against the real store."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

from app.classnet.api import Classroom
from app.classnet.wsgi import COOKIE, StudentSite
from app.curriculum import Curriculum
from app.store.db import Store

HOST = "127.0.0.1:8080"


def make_site(store: Store, curriculum: Curriculum, class_id: str, class_name: str, code: str,
              web_dir: Path) -> StudentSite:
    room = Classroom(store.data_dir, curriculum, class_id, class_name, code)
    return StudentSite(room, web_dir, lambda: {"127.0.0.1", "localhost"})


@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str]

    @property
    def code(self) -> str | None:
        return self.body.get("code") if isinstance(self.body, dict) else None


@dataclass
class Phone:
    site: StudentSite
    address: str = "10.0.0.5"
    cookie: str | None = None
    csrf: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    student_id: str | None = None  # who this device writes as: every save names them, as the page does

    def call(self, method: str, path: str, body: Any = None, *, raw: bytes | None = None,
             content_type: str = "application/json", csrf: bool = True, host: str = HOST) -> Answer:
        if method == "PUT" and isinstance(body, dict) and "student_id" not in body:  # entries and answers
            body = {"student_id": self.student_id, **body}
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "HTTP_HOST": host, "REMOTE_ADDR": self.address,
                   "CONTENT_TYPE": content_type if data else "", "CONTENT_LENGTH": str(len(data)),
                   "wsgi.input": io.BytesIO(data), **self.extra}
        if self.cookie:
            environ["HTTP_COOKIE"] = f"{COOKIE}={self.cookie}"
        if csrf and self.csrf:
            environ["HTTP_X_EA_CSRF"] = self.csrf
        seen: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

        payload = b"".join(self.site(environ, start_response))
        headers = seen["headers"]
        if "Set-Cookie" in headers:
            self.cookie = SimpleCookie(headers["Set-Cookie"])[COOKIE].value
        is_json = headers.get("Content-Type") == "application/json"
        answer = Answer(seen["status"], json.loads(payload) if is_json else payload, headers)
        if is_json and isinstance(answer.body, dict) and answer.body.get("csrf"):
            self.csrf = answer.body["csrf"]
        if (method, path, answer.status) == ("POST", "/api/name", 200):
            self.student_id = answer.body["student"]["id"]  # the page, too, writes as the name it chose
        return answer

    def join(self, code: str) -> Answer:
        return self.call("POST", "/api/join", {"code": code})

    def sign_in(self, code: str, student_id: str, pin: str | None = None) -> Answer:
        assert self.join(code).status == 200
        self.student_id = student_id
        answer = self.call("POST", "/api/name", {"student_id": student_id})
        if pin is not None:
            answer = self.call("POST", "/api/pin", {"pin": pin})
        return answer

    def save(self, entry_id: str, text: str, rev: int, visibility: str = "private",
             prompt_id: str | None = None, student_id: str | None = None) -> Answer:
        return self.call("PUT", f"/api/entries/{entry_id}",
                         {"student_id": student_id or self.student_id, "body": text, "visibility": visibility,
                          "prompt_id": prompt_id, "rev": rev})
