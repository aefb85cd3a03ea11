"""The student site's API against the real store: joining, names, PINs, saving exactly once, and what a
device may never see or do. Requests go through the WSGI application exactly as a browser sends them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.classnet.api import Classroom
from app.classnet.wsgi import StudentSite
from app.curriculum import Curriculum, load_curriculum
from app.demo.classroom import DEMO_CLASS_ID
from app.paths import activities_dir, assets_dir
from app.store.classnet import set_class_challenge
from app.store.db import Store
from app.store.journal import Author, set_pin
from app.store.runner import start_session
from app.store.students import students_in
from tests.demo_image import add_demo
from tests.store.classnet_client import Phone

CODE = "RTFAU"


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(activities_dir())


@pytest.fixture
def demo(store: Store) -> Store:
    add_demo(store)  # create_demo(store), copied in (tests/demo_image.py)
    return store


@pytest.fixture
def site(demo: Store, curriculum: Curriculum) -> Iterator[StudentSite]:
    room = Classroom(demo.data_dir, curriculum, DEMO_CLASS_ID, "Demo class 8B", CODE)
    yield StudentSite(room, assets_dir() / "web", lambda: {"127.0.0.1", "localhost"})
    room.close_stores()


def students(store: Store) -> list[str]:
    return [s.id for s in students_in(store, DEMO_CLASS_ID)]


def rows(store: Store, entry_id: str) -> list[tuple]:
    return store.conn.execute("SELECT student_id, body, visibility, sealed FROM journal_entries WHERE id = ?",
                              [entry_id]).fetchall()


def test_a_student_joins_with_the_code_picks_a_name_and_writes(site: StudentSite, demo: Store) -> None:
    phone = Phone(site)
    assert phone.call("GET", "/api/hello").body["joined"] is False
    wrong = phone.join("AAAAA")
    assert (wrong.status, wrong.code, phone.cookie) == (403, "wrong_code", None)
    joined = phone.join(" rtf-au ")  # case, spaces and dashes do not matter
    assert joined.status == 200 and phone.cookie and phone.csrf
    assert "HttpOnly" in joined.headers["Set-Cookie"] and "SameSite=Strict" in joined.headers["Set-Cookie"]
    names = phone.call("GET", "/api/names").body["students"]
    assert [n["id"] for n in names] == students(demo)
    amara = students(demo)[0]
    chosen = phone.call("POST", "/api/name", {"student_id": amara})
    assert chosen.status == 200 and chosen.body == {"needs_pin": False,
                                                    "student": {"id": amara, "name": "Amara", "has_pin": False}}
    entry = str(uuid.uuid4())
    assert phone.save(entry, "I noticed Bo was quiet today.", 1).status == 200
    assert rows(demo, entry) == [(amara, "I noticed Bo was quiet today.", "private", None)]
    past = phone.call("GET", "/api/entries")  # tapping a name is no proof: reading back needs a PIN
    assert (past.status, past.code) == (403, "pin_to_read") and "quiet today" not in str(past.body)


def test_saves_resent_or_late_never_duplicate_or_go_back(site: StudentSite, demo: Store) -> None:
    phone = Phone(site)
    phone.sign_in(CODE, students(demo)[1])
    entry = str(uuid.uuid4())
    for rev, text in enumerate(["I", "I felt", "I felt heard"], start=1):
        assert phone.save(entry, text, rev).status == 200
    assert phone.save(entry, "I felt heard", 3).status == 200   # the same save again (a retry)
    late = phone.save(entry, "I felt", 2)                       # an old request arriving late
    assert late.status == 200 and late.body["stale"] is True
    assert rows(demo, entry) == [(students(demo)[1], "I felt heard", "private", None)]
    upper = entry.upper()  # the same id written differently is the same entry
    assert phone.save(upper, "I felt heard today", 4).status == 200
    assert demo.conn.execute("SELECT COUNT(*) FROM journal_entries WHERE lower(id) = ?", [entry]).fetchone()[0] == 1


def test_another_device_cannot_read_or_overwrite_a_students_entries(site: StudentSite, demo: Store) -> None:
    amara, bo = students(demo)[:2]
    a, b = Phone(site, "10.0.0.5"), Phone(site, "10.0.0.6")
    a.sign_in(CODE, amara)
    b.sign_in(CODE, bo)
    secret = str(uuid.uuid4())
    a.save(secret, "Only mine: my gran is ill.", 1)
    taken = b.save(secret, "overwritten", 1)
    assert (taken.status, taken.code) == (409, "not_yours")
    assert rows(demo, secret)[0][:2] == (amara, "Only mine: my gran is ill.")
    for answer in (b.call("GET", "/api/entries"), b.call("GET", f"/api/entries/{secret}"),
                   b.call("GET", "/api/names"), b.call("GET", "/api/today")):
        assert "my gran" not in str(answer.body)
    demo_entry = demo.conn.execute("SELECT id FROM journal_entries WHERE student_id = ? AND deleted_at IS NULL",
                                   [amara]).fetchone()[0]
    assert b.save(demo_entry, "hijack", 1).code == "not_yours"
    stranger = Phone(site, "10.0.0.7")
    assert stranger.call("GET", "/api/entries").code == "not_joined"
    stranger.cookie = a.cookie  # a stolen cookie without the page's CSRF token cannot write
    assert stranger.save(str(uuid.uuid4()), "forged", 1).code == "csrf"


def test_a_student_removed_from_the_class_can_no_longer_write_from_a_device(site: StudentSite, demo: Store) -> None:
    from app.store.students import remove_student

    amara = students(demo)[0]
    phone = Phone(site)
    phone.sign_in(CODE, amara)
    remove_student(demo, amara)
    gone = phone.save(str(uuid.uuid4()), "after removal", 1)
    assert (gone.status, gone.code) == (401, "no_name")
    assert amara not in [n["id"] for n in phone.call("GET", "/api/names").body["students"]]


def test_one_name_one_device_until_the_facilitator_releases_it(site: StudentSite, demo: Store) -> None:
    amara = students(demo)[0]
    a, b = Phone(site, "10.0.0.5"), Phone(site, "10.0.0.6")
    a.sign_in(CODE, amara)
    b.join(CODE)
    assert [n["taken"] for n in b.call("GET", "/api/names").body["students"] if n["id"] == amara] == [True]
    assert b.call("POST", "/api/name", {"student_id": amara}).code == "name_taken"
    site.room.devices.release(amara)
    assert a.save(str(uuid.uuid4()), "still here?", 1).code == "no_name"
    assert b.call("POST", "/api/name", {"student_id": amara}).status == 200
    site.room.devices.sign_out(amara, "Signed out by your facilitator.")
    signed_out = b.call("GET", "/api/today")
    assert (signed_out.status, signed_out.code, signed_out.body["error"]) == (
        401, "signed_out", "Signed out by your facilitator.")
    assert b.call("GET", "/api/today").code == "not_joined"  # said once; then simply not joined


def test_pin_holders_type_their_pin_with_student_modes_pause_and_their_words_are_sealed(
        site: StudentSite, demo: Store) -> None:
    amara = students(demo)[0]
    set_pin(demo, Author(amara), "4321")
    a = Phone(site, "10.0.0.5")
    assert a.sign_in(CODE, amara).body["needs_pin"] is True
    assert a.call("GET", "/api/entries").code == "pin_needed"
    tries = [a.call("POST", "/api/pin", {"pin": "0000"}) for _ in range(5)]
    assert [t.code for t in tries] == ["wrong_pin"] * 4 + ["wait"]
    assert tries[0].body["tries_left"] == 4 and 25 <= tries[-1].body["wait_seconds"] <= 30
    assert a.call("POST", "/api/pin", {"pin": "4321"}).code == "wait"  # even the right PIN waits
    a.call("POST", "/api/leave", {})
    b = Phone(site, "10.0.0.6")  # another device does not buy more guesses
    b.sign_in(CODE, amara)
    assert b.call("POST", "/api/pin", {"pin": "4321"}).code == "wait"
    site.room.pins.succeeded(amara)  # the pause is over
    assert b.call("POST", "/api/pin", {"pin": "4321"}).status == 200
    entry = str(uuid.uuid4())
    b.save(entry, "Nobody else may read this.", 1)
    owner, body, visibility, sealed = rows(demo, entry)[0]
    assert (owner, body, visibility) == (amara, "", "private") and sealed  # sealed: not on disk in the clear
    mine = b.call("GET", "/api/entries").body["entries"]
    assert mine[0]["id"] == entry and mine[0]["body"] == "Nobody else may read this."


def test_every_write_needs_the_csrf_token_a_same_origin_and_this_laptops_host(site: StudentSite,
                                                                              demo: Store) -> None:
    phone = Phone(site)
    phone.sign_in(CODE, students(demo)[2])
    entry = str(uuid.uuid4())
    assert phone.call("PUT", f"/api/entries/{entry}", {"body": "x", "visibility": "private", "rev": 1},
                      csrf=False).code == "csrf"
    phone.extra = {"HTTP_ORIGIN": "http://evil.example"}
    assert phone.save(entry, "x", 1).code == "csrf"
    phone.extra = {}
    assert phone.call("GET", "/api/hello", host="evil.example:8080").status == 421
    assert phone.call("GET", "/api/hello", host="127.0.0.1:8080").status == 200
    assert rows(demo, entry) == []


@pytest.mark.parametrize(("raw", "content_type", "status"), [
    (b"{not json", "application/json", 400),
    (b"[1, 2]", "application/json", 400),
    (b'{"body": "x"}', "text/plain", 400),
    (b"x" * (64 * 1024 + 1), "application/json", 413),
    (b"\xff\xfe", "application/json", 400),
])
def test_bad_bodies_get_a_4xx_and_write_nothing(site: StudentSite, demo: Store, raw: bytes, content_type: str,
                                                status: int) -> None:
    phone = Phone(site)
    phone.sign_in(CODE, students(demo)[3])
    before = demo.conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
    answer = phone.call("PUT", f"/api/entries/{uuid.uuid4()}", raw=raw, content_type=content_type)
    assert answer.status == status and answer.body["error"]
    assert demo.conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0] == before


def test_field_checks(site: StudentSite, demo: Store, curriculum: Curriculum) -> None:
    phone = Phone(site)
    phone.sign_in(CODE, students(demo)[4])
    entry = str(uuid.uuid4())
    assert phone.save(entry, "x" * 20_001, 1).status == 413
    assert phone.save(entry, "x", 1, visibility="everyone").status == 400
    assert phone.save(entry, "x", 1, prompt_id="made-up").status == 400
    assert phone.save("not-a-uuid", "x", 1).status == 400
    assert phone.call("PUT", f"/api/entries/{entry}", {"body": "x", "visibility": "private", "rev": "1"}).status == 400
    assert phone.call("PUT", f"/api/entries/{entry}", {"body": "x", "visibility": "private", "rev": True}).status \
        == 400
    assert rows(demo, entry) == []
    challenge = curriculum.challenges[0]
    check_in = f"challenge:{challenge.id}:1"
    assert phone.save(entry, "x", 1, prompt_id=check_in).status == 400  # no challenge set for the class
    set_class_challenge(demo, DEMO_CLASS_ID, challenge.id)
    today = phone.call("GET", "/api/today").body
    assert today["challenge"]["id"] == challenge.id
    assert today["challenge"]["question"] in [d.checkin for d in challenge.days]
    assert today["challenge"]["task"] in [d.task for d in challenge.days]
    assert phone.save(entry, "I listened to my brother.", 1, prompt_id=today["challenge"]["prompt_id"]).status \
        == 200


def test_todays_prompts_follow_the_running_session_of_this_class(site: StudentSite, demo: Store,
                                                                  curriculum: Curriculum) -> None:
    phone = Phone(site)
    phone.sign_in(CODE, students(demo)[5])
    assert phone.call("GET", "/api/today").body["today"] == []
    plan = curriculum.plans[0]
    session_id = start_session(demo, DEMO_CLASS_ID, plan.id, plan.phase)
    today = phone.call("GET", "/api/today").body
    assert today["today"] and {p["id"] for p in today["today"]} <= set(curriculum.prompts)
    entry = str(uuid.uuid4())
    phone.save(entry, "Written in the session.", 1, prompt_id=today["today"][0]["id"])
    assert demo.conn.execute("SELECT session_id FROM journal_entries WHERE id = ?", [entry]).fetchone()[0] \
        == session_id


def test_only_the_pages_own_files_are_served(site: StudentSite) -> None:
    phone = Phone(site)
    page = phone.call("GET", "/")
    assert page.status == 200 and b"/static/app.js" in page.body
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert phone.call("GET", "/static/app.js").status == 200
    for path in ("/static/", "/static/../../app/cli.py", "/static/index.html", "/activities/", "/.git/config",
                 "/api/", "/api/entries/../names"):
        answer = phone.call("GET", path)
        assert answer.status == 404, path
        assert "Traceback" not in str(answer.body)


def test_a_flood_from_one_device_is_slowed_down_but_never_the_pages_files(site: StudentSite, demo: Store) -> None:
    stranger = Phone(site)
    answers = [stranger.call("GET", "/api/hello").status for _ in range(260)]
    assert answers[:150] == [200] * 150 and 429 in answers  # a whole class may share one address
    assert stranger.call("GET", "/static/app.js").status == 200  # a 429 here would leave a blank page
    phone = Phone(site, "10.0.0.9")
    phone.sign_in(CODE, students(demo)[6])
    answers = [phone.call("GET", "/api/hello").status for _ in range(80)]
    assert answers[:50] == [200] * 50 and 429 in answers


def test_web_files_exist_for_the_site(tmp_path: Path) -> None:
    """The wheel and the bundle carry assets/web; a missing file is a clear error, not a broken page."""
    from app.classnet.wsgi import STATIC

    for name in ("index.html", *STATIC):
        assert (assets_dir() / "web" / name).stat().st_size > 0


def test_the_server_reports_its_port_as_a_number_and_logs_cleanly(demo: Store, curriculum: Curriculum,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    from app.classnet.server import ClassNetwork

    network = ClassNetwork(demo, curriculum, DEMO_CLASS_ID, host="127.0.0.1", port=0)
    with caplog.at_level("INFO"):
        network.open()
    try:
        assert isinstance(network.port, int) and network.port > 0
        assert network.addresses() == [f"127.0.0.1:{network.port}"]
        assert f"open to devices on port {network.port}" in caplog.text
    finally:
        network.close()
    assert not network.is_open


def test_a_pin_set_or_reset_at_the_laptop_takes_effect_on_devices_at_once(site: StudentSite, demo: Store) -> None:
    from app.store.journal import reset_pin

    amara = students(demo)[0]
    phone = Phone(site)
    phone.sign_in(CODE, amara)
    entry = str(uuid.uuid4())
    phone.save(entry, "my diary, first words", 1)
    set_pin(demo, Author(amara), "2468")  # at the laptop, while the phone is signed in: the entry is sealed
    again = phone.save(entry, "my diary, more words", 2)
    assert (again.status, again.code) == (401, "pin_needed")
    assert rows(demo, entry)[0][1:] == ("", "private", rows(demo, entry)[0][3]) and rows(demo, entry)[0][3]
    assert phone.call("POST", "/api/pin", {"pin": "2468"}).status == 200
    assert phone.save(entry, "my diary, more words", 2).status == 200
    assert rows(demo, entry)[0][1] == "" and rows(demo, entry)[0][3]  # sealed, never back in the clear
    reset_pin(demo, amara)  # the facilitator resets it: the old key must not seal what comes next
    fresh = str(uuid.uuid4())
    assert phone.save(fresh, "after the reset", 1).status == 200
    assert rows(demo, fresh)[0][1:] == ("after the reset", "private", None)  # readable at the laptop
    assert phone.call("GET", "/api/entries").code == "pin_to_read"


def test_a_save_naming_another_student_is_never_stored_under_this_one(site: StudentSite, demo: Store) -> None:
    amara, bo = students(demo)[:2]
    tablet = Phone(site)
    tablet.sign_in(CODE, amara)
    tablet.call("POST", "/api/leave", {})
    tablet.call("POST", "/api/name", {"student_id": bo})  # the next pupil on the same tablet
    entry = str(uuid.uuid4())
    late = tablet.save(entry, "Amara's words, arriving late", 1, student_id=amara)
    assert (late.status, late.code) == (409, "wrong_student") and rows(demo, entry) == []


def test_tapping_names_cannot_lock_classmates_out(site: StudentSite, demo: Store) -> None:
    amara, bo, dani = students(demo)[:3]
    set_pin(demo, Author(amara), "1357")
    squatter = Phone(site, "10.0.0.66")
    squatter.join(CODE)
    assert squatter.call("POST", "/api/name", {"student_id": amara}).body["needs_pin"] is True
    real = Phone(site, "10.0.0.5")
    real.join(CODE)
    assert [n["taken"] for n in real.call("GET", "/api/names").body["students"] if n["id"] == amara] == [False]
    assert real.sign_in(CODE, amara, pin="1357").status == 200  # a PIN name is held only after its PIN
    squatter.call("POST", "/api/name", {"student_id": bo})
    other = Phone(site, "10.0.0.66")  # the same phone again, cookies cleared
    other.join(CODE)
    other.call("POST", "/api/name", {"student_id": dani})
    third = Phone(site, "10.0.0.66")
    third.join(CODE)
    refused = third.call("POST", "/api/name", {"student_id": students(demo)[3]})
    assert (refused.status, refused.code) == (409, "too_many_names")
    for _ in range(30):  # joining again and again does not fill the laptop with devices
        Phone(site, "10.0.0.66").join(CODE)
    from_there = [d for d in site.room.devices.all() if d.address == "10.0.0.66"]
    assert len([d for d in from_there if d.author]) == 2 and len(from_there) <= 12
    saved = demo.conn.execute("SELECT COUNT(*) FROM net_devices").fetchone()[0]
    assert saved == len(site.room.devices.all())


def test_a_name_left_idle_for_half_an_hour_goes_to_the_device_that_asks(site: StudentSite, demo: Store) -> None:
    now = [1000.0]
    site.room.devices.clock = lambda: now[0]
    bo = students(demo)[1]
    old, new = Phone(site, "10.0.0.5"), Phone(site, "10.0.0.6")
    old.sign_in(CODE, bo)
    new.join(CODE)
    assert new.call("POST", "/api/name", {"student_id": bo}).code == "name_taken"
    now[0] += 31 * 60  # the old phone's battery died half an hour ago
    assert new.call("POST", "/api/name", {"student_id": bo}).status == 200
    assert old.save(str(uuid.uuid4()), "from the dead phone", 1).code == "no_name"


def test_many_pin_guesses_at_once_get_no_more_tries_than_one_at_a_time(site: StudentSite, demo: Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    import app.classnet.api as api

    checked = []
    real_sign_in = api.sign_in

    def counted(store, student_id, pin=None):  # the real check, counted
        if pin is not None:
            checked.append(pin)
        return real_sign_in(store, student_id, pin)

    monkeypatch.setattr(api, "sign_in", counted)
    amara = students(demo)[0]
    set_pin(demo, Author(amara), "8642")
    phones = []
    for n in range(8):
        phone = Phone(site, f"10.0.1.{n}")
        phone.join(CODE)
        phone.call("POST", "/api/name", {"student_id": amara})
        phones.append(phone)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda p: [p.call("POST", "/api/pin", {"pin": f"{n:04d}"}).code
                                           for n in range(5)], phones))
    codes = [code for batch in answers for code in batch]
    assert len(checked) == 5  # 40 guesses sent at once: 5 checked, then the pause, as one at a time
    assert set(codes) <= {"wrong_pin", "wait"} and codes.count("wait") >= 35


def test_a_questionnaire_opened_for_devices_is_answered_one_answer_at_a_time(site: StudentSite, demo: Store) -> None:
    from app.store.classnet import set_device_questionnaire
    from app.store.measure import answers_of, start_round

    amara, bo = students(demo)[:2]
    phone = Phone(site)
    phone.sign_in(CODE, amara)
    assert phone.call("GET", "/api/today").body["questionnaires"] == []  # nothing open
    pre = start_round(demo, DEMO_CLASS_ID, "program-questionnaire", "pre")
    set_device_questionnaire(demo, DEMO_CLASS_ID, pre)
    offered = phone.call("GET", "/api/today").body["questionnaires"]
    assert [q["round_id"] for q in offered] == [pre] and len(offered[0]["items"]) == 8
    assert offered[0]["labels"][0] == "not at all true" and offered[0]["answered"] == {}
    assert phone.call("PUT", f"/api/answers/{pre}", {"item_id": "belonging-01", "value": 4}).status == 200
    assert phone.call("PUT", f"/api/answers/{pre}", {"item_id": "belonging-01", "value": 4}).status == 200  # resent
    assert phone.call("PUT", f"/api/answers/{pre}", {"item_id": "belonging-02", "value": None}).status == 200
    assert answers_of(demo, pre) == {amara: {"belonging-01": 4, "belonging-02": None}}
    assert phone.call("GET", "/api/today").body["questionnaires"][0]["answered"] == {"belonging-01": 4,
                                                                                    "belonging-02": None}
    for bad_body in ({"item_id": "ames-01", "value": 3}, {"item_id": "belonging-01", "value": 9},
                     {"item_id": "belonging-01", "value": True}, {"item_id": ["x"], "value": 1}):
        assert phone.call("PUT", f"/api/answers/{pre}", bad_body).status == 400
    assert phone.call("PUT", f"/api/answers/{pre}", {"student_id": bo, "item_id": "belonging-01", "value": 1}).code \
        == "wrong_student"
    other = Phone(site, "10.0.0.8")
    other.sign_in(CODE, bo)
    assert other.call("GET", "/api/today").body["questionnaires"][0]["answered"] == {}  # never another's answers
    set_device_questionnaire(demo, DEMO_CLASS_ID, None)
    closed = phone.call("PUT", f"/api/answers/{pre}", {"item_id": "listening-01", "value": 5})
    assert (closed.status, closed.code) == (409, "closed")
    assert answers_of(demo, pre)[amara] == {"belonging-01": 4, "belonging-02": None}
