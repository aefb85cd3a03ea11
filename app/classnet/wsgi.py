"""The HTTP side of the student pages: routing, limits and the checks every request passes first.

In order: the Host header must name this laptop (a web page elsewhere cannot borrow a student's
browser through DNS tricks); a rate limit per device or address; only the page's own files and
the API are served (no directory listing); bodies are small JSON; every write carries the device's
CSRF token and, when the browser sends one, a same-origin Origin. Errors are short JSON sentences,
never a stack trace.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable, Iterable
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.classnet.api import Classroom, Refused, Reply
from app.classnet.devices import Device
from app.classnet.limits import RateLimiter
from app.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

COOKIE = "ea_device"
COOKIE_HOURS = 12
MAX_BODY = 64 * 1024
STATIC = {"app.js": "text/javascript; charset=utf-8",   # i18n: not text
          "questionnaire.js": "text/javascript; charset=utf-8",   # i18n: not text
          "lang-es.js": "text/javascript; charset=utf-8",   # i18n: not text
          "app.css": "text/css; charset=utf-8",   # i18n: not text
          "icon.svg": "image/svg+xml"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
COMMON = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
          ("Cross-Origin-Resource-Policy", "same-origin")]
STATUS = {200: "200 OK", 400: "400 Bad Request", 401: "401 Unauthorized", 403: "403 Forbidden",   # i18n: not text
          404: "404 Not Found", 405: "405 Method Not Allowed", 409: "409 Conflict",   # i18n: not text
          413: "413 Payload Too Large", 421: "421 Misdirected Request",   # i18n: not text
          429: "429 Too Many Requests", 500: "500 Internal Server Error",   # i18n: not text
          503: "503 Service Unavailable"}   # i18n: not text

NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("classnet.wsgi", "The page sent something the laptop does not understand.")

StartResponse = Callable[[str, list[tuple[str, str]]], Any]


class StudentSite:
    """The WSGI application for one open class."""

    def __init__(self, room: Classroom, web_dir: Path, hosts: Callable[[], set[str]]) -> None:
        self.room = room
        self.hosts = hosts
        self.files = {name: (web_dir / name).read_bytes() for name in (*STATIC, "index.html")}
        self.limiter = RateLimiter(rate=15, burst=60)          # per device: a page makes ~1 request a second
        self.strangers = RateLimiter(rate=40, burst=200)       # per address before joining: a class may share one

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, headers, body = self._answer(environ)
        except Refused as refused:
            status, headers, body = refused.status, [], refused.body()
        except Exception:  # the student sees a calm sentence; the log keeps the details
            log.exception("class network: %s %s failed", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
            status, headers, body = 500, [], {"error": translate("classnet.wsgi", "Something went wrong on the "
                                                                                  "laptop. Your writing is kept on "
                                                                                  "this device; try again in a "
                                                                                  "moment."), "code": "server"}
        if isinstance(body, dict):
            data = json.dumps(body).encode()
            headers = [("Content-Type", "application/json"), ("Cache-Control", "no-store"), *headers]
        else:
            data = body
        start_response(STATUS.get(status, f"{status} Error"),
                       [*headers, *COMMON, ("Content-Length", str(len(data)))])
        return [data]

    def _answer(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], dict[str, Any] | bytes]:
        self._check_host(environ)
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        if not path.startswith("/api/"):
            return self._file(method, path)  # the page's own few files: never limited, never a blank page
        token = _cookie(environ)
        device = self.room.devices.find(token)
        wait = self.limiter.wait(device.token_hash) if device else self.strangers.wait(environ.get("REMOTE_ADDR", "?"))
        if wait:
            raise Refused(429, "slow_down", translate("classnet.wsgi", "Too many requests from this device. Wait a "
                                                                       "moment."), wait_seconds=max(1, round(wait)))
        body = self._body(environ) if method in ("POST", "PUT") else {}
        if method in ("POST", "PUT") and path != "/api/join":
            self._check_csrf(environ, device, token)
        reply = self._route(method, path, device, token, body, environ)
        headers = []
        if reply.new_token:
            headers.append(("Set-Cookie", f"{COOKIE}={reply.new_token}; Path=/; HttpOnly; SameSite=Strict; "
                                          f"Max-Age={COOKIE_HOURS * 3600}"))
        return 200, headers, reply.body

    def _route(self, method: str, path: str, device: Device | None, token: str | None, body: dict[str, Any],
               environ: dict[str, Any]) -> Reply:
        room = self.room
        if (method, path) == ("GET", "/api/hello"):
            return room.hello(device, token)
        if (method, path) == ("POST", "/api/join"):
            self._check_origin(environ)
            return room.join(device, body, environ.get("REMOTE_ADDR", "?"))
        routes: dict[tuple[str, str], Callable[[], Reply]] = {
            ("GET", "/api/names"): lambda: room.names(room.need(device, token, signed_in=False)),
            ("POST", "/api/name"): lambda: room.choose_name(room.need(device, token, signed_in=False), body),
            ("POST", "/api/pin"): lambda: room.pin(room.need(device, token, signed_in=False), body),
            ("POST", "/api/leave"): lambda: room.leave(room.need(device, token, signed_in=False)),
            ("GET", "/api/today"): lambda: room.today(room.need(device, token)),
            ("GET", "/api/entries"): lambda: room.entries(room.need(device, token)),
        }
        if (method, path) in routes:
            return routes[(method, path)]()
        if path.startswith("/api/answers/") and path.count("/") == 3:
            if method != "PUT":
                raise Refused(405, "bad_request", translate("classnet.wsgi", "That is not how answers are saved."))
            return room.answer(room.need(device, token), path.rsplit("/", 1)[1], body)
        if path.startswith("/api/entries/") and path.count("/") == 3:
            if method != "PUT":
                raise Refused(405, "bad_request", translate("classnet.wsgi", "That is not how entries are saved."))
            return room.save(room.need(device, token), path.rsplit("/", 1)[1], body)
        if any(p == path for _m, p in routes):
            raise Refused(405, "bad_request", translate("classnet.wsgi", "That is not how this page is asked for."))
        raise Refused(404, "not_found", translate("classnet.wsgi", "There is no such page here."))

    def _file(self, method: str, path: str) -> tuple[int, list[tuple[str, str]], bytes]:
        if method not in ("GET", "HEAD"):
            raise Refused(405, "bad_request", translate("classnet.wsgi", "Only the student pages are here."))
        if path in ("/", "/index.html"):
            html = "text/html; charset=utf-8"   # i18n: not text
            return 200, [("Content-Type", html), ("Content-Security-Policy", CSP),
                         ("Cache-Control", "no-cache")], self.files["index.html"]
        name = path.removeprefix("/static/")
        if path.startswith("/static/") and name in STATIC:
            return 200, [("Content-Type", STATIC[name]), ("Cache-Control", "no-cache")], self.files[name]
        raise Refused(404, "not_found", translate("classnet.wsgi", "There is no such page here."))

    def _check_host(self, environ: dict[str, Any]) -> None:
        host = (environ.get("HTTP_HOST") or "").rsplit(":", 1)[0].strip("[]").lower()
        if host not in self.hosts():
            raise Refused(421, "wrong_host", translate("classnet.wsgi", "Open the address shown on the projector."))

    def _check_origin(self, environ: dict[str, Any]) -> None:
        origin = environ.get("HTTP_ORIGIN")
        if origin and urlsplit(origin).netloc.lower() != (environ.get("HTTP_HOST") or "").lower():
            raise Refused(403, "csrf", translate("classnet.wsgi", "Open the address shown on the projector."))

    def _check_csrf(self, environ: dict[str, Any], device: Device | None, token: str | None) -> None:
        self._check_origin(environ)
        sent = environ.get("HTTP_X_EA_CSRF") or ""
        if device is None:
            self.room.need(device, token)  # not joined / signed out: said as such
        assert device is not None
        if not secrets.compare_digest(sent.encode(), device.csrf.encode()):
            raise Refused(403, "csrf", translate("classnet.wsgi", "The page is out of date. Reload it and try again."))

    @staticmethod
    def _body(environ: dict[str, Any]) -> dict[str, Any]:
        if not (environ.get("CONTENT_TYPE") or "").lower().startswith("application/json"):
            raise Refused(400, "bad_request", translate("classnet.wsgi", NOT_UNDERSTOOD))
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise Refused(400, "bad_request", translate("classnet.wsgi", NOT_UNDERSTOOD)) from None
        if length > MAX_BODY or length < 0:
            raise Refused(413, "too_large", translate("classnet.wsgi", "That is too much to send at once."))
        raw = environ["wsgi.input"].read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Refused(400, "bad_request", translate("classnet.wsgi", NOT_UNDERSTOOD)) from None
        if not isinstance(body, dict):
            raise Refused(400, "bad_request", translate("classnet.wsgi", NOT_UNDERSTOOD))
        return body


def _cookie(environ: dict[str, Any]) -> str | None:
    try:
        morsel = SimpleCookie(environ.get("HTTP_COOKIE", "")).get(COOKIE)
    except CookieError:
        return None
    value = morsel.value if morsel else None
    return value if value and len(value) <= 100 else None
