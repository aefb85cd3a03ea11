"""The student pages in a real browser (Debian's chromium, driven by selenium through the system chromedriver;
nothing is downloaded). A student joins, writes, the laptop's server dies mid-entry, the student writes on
and even closes the tab; the server comes back and the database holds the whole text exactly once."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo.classroom import DEMO_CLASS_ID
from tests.e2e.class_server import Device, Served, serve
from tests.e2e.helpers import require_system_tools

CLASS = "Demo class 8B"


def new_browser(profile: Path, size: str = "390,844", language: str = "en-GB"):
    """Headless chromium that talks to nothing but the page it is given (no background connections)."""
    require_system_tools("chromium", "chromedriver", packages="chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", "--no-first-run", "--disable-default-apps", f"--window-size={size}",
                 f"--user-data-dir={profile}", f"--lang={language}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                            options=options)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator:
    driver = new_browser(tmp_path / "profile")
    driver.set_script_timeout(15)
    yield driver
    driver.quit()  # a no-op when the test closed it already (close_class)


def screen_is(name: str):
    return lambda driver: driver.execute_script("return document.body.dataset.screen") == name


def wait(driver, condition, seconds: float = 15):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)


def student(data: Path, name: str) -> str:
    with sqlite3.connect(data / "empathy.sqlite3") as conn:
        return conn.execute("SELECT id FROM students WHERE class_id = ? AND display_name = ?",
                            [DEMO_CLASS_ID, name]).fetchone()[0]


def entries_of(data: Path, student_id: str, since: str) -> list[str]:
    with sqlite3.connect(data / "empathy.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT body FROM journal_entries WHERE student_id = ? AND "
                                           "created_at >= ? AND deleted_at IS NULL", [student_id, since])]


def close_class(driver, served: Served) -> None:
    """The student closes the browser, then the facilitator presses Ctrl+C and the class closes cleanly.

    In this order the server stops at once: a browser still running holds idle keep-alive connections open,
    and the server's stop would wait its full 5 s for them to end."""
    driver.quit()
    assert "Closed to devices." in served.interrupt()


def join_and_pick(driver, url: str, code: str, student_id: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait(driver, screen_is("join"))
    driver.find_element(By.ID, "join-code").send_keys(code.lower())
    driver.find_element(By.ID, "join-button").click()
    wait(driver, screen_is("names"))
    tile = f'.name-tile[data-student-id="{student_id}"]'
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, tile))  # the names arrive after the screen shows
    driver.find_element(By.CSS_SELECTOR, tile).click()
    wait(driver, screen_is("home"))


def test_nothing_is_lost_when_the_laptop_dies_mid_entry(demo_dir: Path, browser) -> None:
    from selenium.webdriver.common.by import By

    from app.store.ids import iso

    since = iso()
    served = serve(demo_dir, CLASS)
    amara = student(demo_dir, "Amara")
    join_and_pick(browser, served.url, served.code, amara)
    browser.find_element(By.ID, "free-writing").click()
    wait(browser, screen_is("writer"))
    text = browser.find_element(By.ID, "entry-text")
    text.send_keys("Today I sat with someone new. ")
    wait(browser, lambda d: d.execute_script("return document.body.dataset.saved") == "yes")
    assert entries_of(demo_dir, amara, since) == ["Today I sat with someone new. "]
    # the laptop has the words, so the device keeps no copy for the next person on it to open
    assert browser.execute_script("return localStorage.getItem(arguments[0])", f"ea.drafts.{amara}") is None

    served.kill()  # the laptop's server dies while she writes
    text.send_keys("We talked about music and she laughed at my joke.")
    wait(browser, lambda d: "not sent" in d.find_element(By.ID, "save-status").text.lower())
    browser.get("about:blank")  # and she closes the tab

    again = serve(demo_dir, CLASS)
    assert again.address == served.address
    browser.get(again.url)  # opens the page again: her draft is still on the device and goes to the laptop
    wait(browser, lambda d: d.execute_script("return document.body.dataset.pending") == "0", 20)
    whole = "Today I sat with someone new. We talked about music and she laughed at my joke."
    assert entries_of(demo_dir, amara, since) == [whole]
    close_class(browser, again)


def test_a_second_device_cannot_read_the_first_students_entries_by_changing_ids(demo_dir: Path, browser,
                                                                                tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    served = serve(demo_dir, CLASS)
    amara, bo = student(demo_dir, "Amara"), student(demo_dir, "Bo")
    first = Device(served.url)
    first.sign_in(served.code, amara)
    secret = "9b1f3c52-8c57-4c47-9d0e-4a7ad1c1a001"
    assert first.call("PUT", f"/api/entries/{secret}", {"body": "My secret worry", "visibility": "private",
                                                        "rev": 1})[0] == 200
    join_and_pick(browser, served.url, served.code, bo)
    browser.find_element(By.ID, "my-entries").click()
    wait(browser, screen_is("entries"))
    assert "My secret worry" not in browser.find_element(By.TAG_NAME, "body").text
    probes = browser.execute_async_script("""
        const [id, amara, bo, done] = arguments;
        fetch('/api/hello', {credentials: 'same-origin'}).then(r => r.json()).then(hello => Promise.all([
            fetch('/api/entries/' + id, {credentials: 'same-origin'}).then(r => r.status + ' ' + r.statusText),
            fetch('/api/entries?id=' + id + '&student_id=' + amara, {credentials: 'same-origin'}).then(r => r.text()),
            fetch('/api/entries/' + id, {method: 'PUT', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-EA-CSRF': hello.csrf},
                body: JSON.stringify({student_id: bo, body: 'overwritten', visibility: 'class', prompt_id: null,
                                      rev: 99})})
                .then(r => r.text()),
        ])).then(done, e => done(String(e)));
    """, secret, amara, bo)
    assert probes[0].startswith("405")
    assert "My secret worry" not in probes[1] and "pin_to_read" in probes[1]  # Bo has no PIN: no reading back
    assert "not_yours" in probes[2]
    with sqlite3.connect(demo_dir / "empathy.sqlite3") as conn:
        assert conn.execute("SELECT body FROM journal_entries WHERE id = ?", [secret]).fetchone()[0] \
            == "My secret worry"
    close_class(browser, served)


def test_a_student_answers_the_questionnaire_the_facilitator_opened(demo_dir: Path, browser) -> None:
    from selenium.webdriver.common.by import By

    from app.store import open_store
    from app.store.classnet import set_device_questionnaire
    from app.store.measure import answers_of, start_round

    store = open_store(demo_dir)
    pre = start_round(store, DEMO_CLASS_ID, "program-questionnaire", "pre")
    set_device_questionnaire(store, DEMO_CLASS_ID, pre)
    store.close()
    served = serve(demo_dir, CLASS)
    grace = student(demo_dir, "Grace")
    join_and_pick(browser, served.url, served.code, grace)
    wait(browser, lambda d: d.find_elements(By.ID, "open-questionnaire"))
    browser.find_element(By.ID, "open-questionnaire").click()
    wait(browser, screen_is("questionnaire"))
    picks = [4, 5, None, 3, 2, 4, 5, 4]  # None: she skips the third question
    for value in picks:
        if value is None:
            browser.find_element(By.ID, "q-skip").click()
        else:
            browser.find_element(By.CSS_SELECTOR, f'.answer-button[data-value="{value}"]').click()
    wait(browser, screen_is("home"))
    wait(browser, lambda d: d.execute_script("return document.body.dataset.answersPending") == "0")
    store = open_store(demo_dir)
    saved = answers_of(store, pre)[grace]
    store.close()
    assert [saved[f] for f in ("belonging-01", "belonging-02", "noticing-01", "noticing-02", "upstander-01",
                               "upstander-02", "listening-01", "listening-02")] == picks
    close_class(browser, served)


def test_a_spanish_phone_shows_the_pages_in_spanish(demo_dir: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = new_browser(tmp_path / "profile-es", language="es-MX")
    try:
        served = serve(demo_dir, CLASS)
        driver.get(served.url)
        wait(driver, screen_is("join"))
        assert driver.execute_script("return document.documentElement.lang") == "es"
        assert driver.find_element(By.ID, "join-title").text == "Únete a tu clase"
        assert driver.title == "Embajadores de la Empatía"
        join_and_pick(driver, served.url, served.code, student(demo_dir, "Amara"))
        assert driver.find_element(By.ID, "free-writing").text == "Escritura libre"
        assert driver.find_element(By.ID, "finished").text == "He terminado"
    finally:
        close_class(driver, served)
