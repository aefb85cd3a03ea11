"""`python -m app serve` for real: a device joins over HTTP; a crash resumes the same opening; Ctrl+C closes it
(the next opening has a new code); and the app process never opens an outgoing connection."""

from __future__ import annotations

import ast
import ipaddress
import sqlite3
import uuid
from pathlib import Path

from app.demo.classroom import DEMO_CLASS_ID
from tests.e2e.class_server import Device, serve
from tests.e2e.helpers import run_app

CLASS = "Demo class 8B"


def class_students(data: Path) -> list[str]:
    with sqlite3.connect(data / "empathy.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT id FROM students WHERE class_id = ? ORDER BY display_name",
                                           [DEMO_CLASS_ID])]


def first_student(data: Path) -> str:
    return class_students(data)[0]


def bodies(data: Path, entry_id: str) -> list[str]:
    with sqlite3.connect(data / "empathy.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT body FROM journal_entries WHERE id = ?", [entry_id])]


def test_a_crashed_server_resumes_the_same_opening_and_ctrl_c_closes_it(demo_dir: Path) -> None:
    served = serve(demo_dir, CLASS)
    phone = Device(served.url)
    phone.sign_in(served.code, first_student(demo_dir))
    entry = str(uuid.uuid4())
    assert phone.call("PUT", f"/api/entries/{entry}", {"body": "Before the crash", "visibility": "private",
                                                       "rev": 1})[0] == 200
    others = [Device(served.url) for _ in range(4)]  # the rest of the class, signed in on their own devices
    for other, student_id in zip(others, class_students(demo_dir)[1:], strict=False):
        other.sign_in(served.code, student_id)
    served.kill()
    again = serve(demo_dir, CLASS)
    assert (again.code, again.address) == (served.code, served.address)  # the same opening, at the same address
    for other in others:  # every device carries on without joining again
        assert other.call("PUT", f"/api/entries/{uuid.uuid4()}", {"body": "still here", "visibility": "private",
                                                                  "rev": 1})[0] == 200
    status, _ = phone.call("PUT", f"/api/entries/{entry}", {"body": "Before the crash, and after it",
                                                            "visibility": "private", "rev": 2})
    assert status == 200 and bodies(demo_dir, entry) == ["Before the crash, and after it"]
    out = again.interrupt()
    assert again.process.returncode == 0 and "Closed to devices." in out
    third = serve(demo_dir, CLASS)
    assert third.code != served.code  # closed on purpose: a new code, and old devices are out
    phone.base = third.url
    assert phone.call("GET", "/api/today")[1]["code"] == "not_joined"
    third.interrupt()


def test_serve_refuses_an_unknown_class_and_a_taken_port(demo_dir: Path) -> None:
    result = run_app("--data-dir", str(demo_dir), "serve", "--class", "No such class")
    assert result.returncode == 1 and "no class called 'No such class'" in result.stderr
    served = serve(demo_dir, CLASS)
    taken = run_app("--data-dir", str(demo_dir), "serve", "--class", CLASS, "--host", "127.0.0.1",
                    "--port", served.address.rsplit(":", 1)[1])
    assert taken.returncode == 1 and "is in use" in taken.stderr
    served.interrupt()


def test_the_app_process_never_opens_an_outgoing_connection(demo_dir: Path, tmp_path: Path) -> None:
    """Every bind, connect, send and name lookup of the serving process is recorded by an audit hook."""
    watch = tmp_path / "sockets.log"
    served = serve(demo_dir, CLASS, host="0.0.0.0", watch=watch)
    port = int(served.address.rsplit(":", 1)[1])
    phone = Device(f"http://127.0.0.1:{port}/")
    phone.sign_in(served.code, first_student(demo_dir))
    phone.call("GET", "/api/today")
    phone.call("PUT", f"/api/entries/{uuid.uuid4()}", {"body": "hello", "visibility": "class", "rev": 1})
    served.interrupt()
    events = [ast.literal_eval(line) for line in watch.read_text().splitlines()]
    assert any(name == "socket.bind" for name, _ in events)  # the hook saw the server's own socket
    for name, args in events:
        assert name not in ("socket.connect", "socket.sendto", "socket.sendmsg", "http.client.connect",
                            "urllib.Request", "socket.gethostbyname", "socket.gethostbyaddr"), (name, args)
        if name == "socket.bind":
            host = args[0][0]
            assert host in ("0.0.0.0", "127.0.0.1"), args
        if name == "socket.getaddrinfo":  # only turning the listening address into a socket address
            host = args[0]
            assert host is None or ipaddress.ip_address(host), args
