"""Property tests of the student site: whatever a device sends, the answer is a calm 2xx/4xx (never a 500
or a traceback), and nothing is written unless the request was a valid save by the signed-in student."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.classnet.api import Classroom
from app.classnet.wsgi import StudentSite
from app.curriculum import load_curriculum
from app.demo.classroom import DEMO_CLASS_ID, create_demo
from app.paths import activities_dir, assets_dir
from app.store.db import open_store
from app.store.students import students_in
from tests.store.classnet_client import Phone

CODE = "RTFAU"
PATHS = ["/api/hello", "/api/join", "/api/names", "/api/name", "/api/pin", "/api/leave", "/api/today",
         "/api/entries", f"/api/entries/{uuid.uuid4()}", "/api/entries/x", "/", "/static/app.js", "/nowhere"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=12)
bodies = st.dictionaries(st.sampled_from(["code", "student_id", "pin", "body", "visibility", "prompt_id", "rev",
                                          "x"]), json_values, max_size=6)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    store = open_store(tmp_path_factory.mktemp("fuzz") / "data")
    create_demo(store)
    room = Classroom(store.data_dir, load_curriculum(activities_dir()), DEMO_CLASS_ID, "Demo class 8B", CODE)
    site = StudentSite(room, assets_dir() / "web", lambda: {"127.0.0.1"})
    for limiter in (site.limiter, site.strangers):  # the flood limits are tested on their own
        limiter.burst = limiter.rate = 1e9
    room.codes.tries = 10**9
    yield store, site
    room.close_stores()
    store.close()


def count(store) -> tuple[int, str]:
    row = store.conn.execute("SELECT COUNT(*), COALESCE(MAX(updated_at), '') FROM journal_entries").fetchone()
    return row[0], row[1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]), path=st.sampled_from(PATHS), body=bodies,
       joined=st.booleans(), named=st.booleans())
def test_any_json_gets_a_calm_answer(world, method: str, path: str, body: dict, joined: bool, named: bool) -> None:
    store, site = world
    phone = Phone(site, address=f"10.1.{len(path)}.{len(body)}")
    if joined:
        phone.join(CODE)
        if named:
            student = students_in(store, DEMO_CLASS_ID)[len(body) % 12]
            site.room.devices.release(student.id)
            phone.call("POST", "/api/name", {"student_id": student.id})
    before = count(store)
    answer = phone.call(method, path, body if method in ("POST", "PUT") else None)
    assert answer.status in (200, 400, 401, 403, 404, 405, 409, 413, 429), answer
    assert b"Traceback" not in json.dumps(answer.body if isinstance(answer.body, dict) else {}).encode()
    valid_save = (method == "PUT" and path.startswith("/api/entries/") and answer.status == 200)
    if not valid_save:
        assert count(store) == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300), cookie=st.text(max_size=120), csrf=st.text(max_size=40),
       entry=st.text(max_size=60))
def test_random_bytes_tokens_and_ids_never_write(world, raw: bytes, cookie: str, csrf: str, entry: str) -> None:
    store, site = world
    phone = Phone(site, cookie=cookie or None, csrf=csrf or None)
    before = count(store)
    for path in (f"/api/entries/{entry}", "/api/name", "/api/pin", "/api/join"):
        answer = phone.call("PUT" if "entries" in path else "POST", path, raw=raw)
        assert 400 <= answer.status < 500 and isinstance(answer.body, dict) and answer.body.get("error")
    assert count(store) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=200), min_size=1, max_size=8), order=st.randoms())
def test_saves_in_any_order_leave_the_newest_words_once(world, texts: list[str], order) -> None:
    store, site = world
    phone = Phone(site, address="10.9.9.9")
    student = students_in(store, DEMO_CLASS_ID)[7]
    site.room.devices.release(student.id)
    phone.sign_in(CODE, student.id)
    entry = str(uuid.uuid4())
    sends = list(enumerate(texts, start=1)) * 2  # every save sent twice (retries), in a shuffled order
    order.shuffle(sends)
    for rev, text in sends:
        assert phone.save(entry, text, rev).status == 200
    saved = store.conn.execute("SELECT body FROM journal_entries WHERE id = ?", [entry]).fetchall()
    if saved:  # one row, holding the newest revision's words, however late the older ones came
        assert saved == [(texts[-1],)]
    else:      # no row only when the newest words are none at all (the student cleared the page)
        assert not texts[-1].strip()
