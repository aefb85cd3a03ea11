"""`python -m app serve` as a real subprocess, and a device that talks to it over real HTTP (urllib).

Used by the end-to-end tests and the class-network benchmark. The server may be started with an audit
hook (`watch=FILE`) that records every socket the app process binds or connects, so a test can prove
the app never opens an outgoing connection.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any

from tests.e2e.helpers import ROOT

WATCHER = '''
import sys
log = open(sys.argv[1], "a", buffering=1)
def hook(event, args):
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
                 "socket.gethostbyname", "socket.gethostbyaddr", "http.client.connect", "urllib.Request"):
        log.write(repr((event, args[1:] if event.startswith("socket.") and event != "socket.getaddrinfo"
                        else args)) + "\\n")
sys.addaudithook(hook)
sys.argv = ["app"] + sys.argv[2:]
from app.cli import main
sys.exit(main())
'''


@dataclass
class Served:
    process: subprocess.Popen
    address: str
    code: str
    output: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.address}/"

    def kill(self) -> None:
        """As a crash or a pulled plug: no chance to close anything."""
        self.process.kill()
        self.process.wait(10)

    def interrupt(self) -> str:
        """Ctrl+C: the class closes to devices cleanly."""
        self.process.send_signal(signal.SIGINT)
        out, _ = self.process.communicate(timeout=20)
        return out


def serve(data_dir: Path, class_name: str, *, port: int = 0, host: str = "127.0.0.1",
          watch: Path | None = None, extra: tuple[str, ...] = ()) -> Served:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    args = ["--data-dir", str(data_dir), "serve", "--class", class_name, "--host", host, "--port", str(port),
            *extra]
    if watch is not None:
        script = watch.with_suffix(".py")
        script.write_text(WATCHER)
        command = [sys.executable, str(script), str(watch), *args]
    else:
        command = [sys.executable, "-m", "app", *args]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    lines: list[str] = []
    deadline = time.monotonic() + 30
    address = code = None
    assert process.stdout is not None
    while time.monotonic() < deadline and code is None:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if found := re.search(r"Students open: (\S+)", line):
            address = found.group(1)
        if found := re.search(r"Join code: (\w+)", line):
            code = found.group(1)
    if not (address and code):
        process.kill()
        raise AssertionError("serve did not start:\n" + "".join(lines) + (process.stdout.read() or ""))
    return Served(process, address, code, lines)


@dataclass
class Device:
    """A student's browser, reduced to what the API needs: a cookie jar and the CSRF token."""

    base: str
    csrf: str | None = None
    student_id: str | None = None  # every save names the student, as the page does
    jar: CookieJar = field(default_factory=CookieJar)

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def call(self, method: str, path: str, body: Any = None, timeout: float = 10) -> tuple[int, dict[str, Any]]:
        if method == "PUT" and isinstance(body, dict) and "student_id" not in body:
            body = {"student_id": self.student_id, **body}
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base.rstrip("/") + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.csrf:
            request.add_header("X-EA-CSRF", self.csrf)
        try:
            with self.opener.open(request, timeout=timeout) as answer:
                status, payload = answer.status, json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as error:
            status, payload = error.code, json.loads(error.read() or b"{}")
        if isinstance(payload, dict) and payload.get("csrf"):
            self.csrf = payload["csrf"]
        return status, payload

    def sign_in(self, code: str, student_id: str) -> None:
        assert self.call("POST", "/api/join", {"code": code})[0] == 200
        assert self.call("POST", "/api/name", {"student_id": student_id})[0] == 200
        self.student_id = student_id
