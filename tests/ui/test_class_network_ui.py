"""The class network in the window: the class page opens it, a real device joins over HTTP, the panel sees
names and ticks (never words), releases and signs out devices, closes the port; the join card and its QR code."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any

import pytest
import segno
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMessageBox

from app.demo.classroom import DEMO_CLASS_ID
from app.store.classnet import class_challenge
from app.ui.classnet.join_card import join_url
from app.ui.classnet.presence_model import JOINED, NAME, WROTE
from app.ui.classnet.qr import QUIET, QrCode
from app.ui.runner.projector import ProjectorView

SENTENCE = "The lighthouse keeper's cinnamon secret 4417"


@pytest.fixture
def window(demo_window, tmp_path: Path):
    """The demo window with its class network on the loopback address, any free port, stub student pages."""
    web = tmp_path / "web"
    web.mkdir()
    from app.classnet.wsgi import STATIC

    for name in ("index.html", *STATIC):
        (web / name).write_text("<!doctype html><title>stub</title>", encoding="utf-8")
    network = demo_window.classnet
    network.host, network.port, network.web_dir = "127.0.0.1", 0, web
    demo_window.show_class(DEMO_CLASS_ID)
    yield demo_window
    network.shutdown()


class Phone:
    """A student's device: real HTTP with a cookie jar, as docs/class-network.md describes."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                                  urllib.request.HTTPCookieProcessor(CookieJar()))
        self.csrf = ""

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        request = urllib.request.Request(self.base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if self.csrf and method in ("POST", "PUT"):
            request.add_header("X-EA-CSRF", self.csrf)
        try:
            with self.opener.open(request, timeout=5) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def join(self, code: str) -> None:
        status, body = self.call("POST", "/api/join", {"code": code})
        assert status == 200, body
        self.csrf = body["csrf"]

    def pick(self, name: str) -> str:
        status, body = self.call("GET", "/api/names")
        assert status == 200, body
        student = next(s for s in body["students"] if s["name"] == name)
        status, body = self.call("POST", "/api/name", {"student_id": student["id"]})
        assert status == 200 and not body["needs_pin"], body
        self.student_id = student["id"]
        return student["id"]

    def save(self, entry: str, text: str, rev: int) -> tuple[int, dict[str, Any]]:
        return self.call("PUT", f"/api/entries/{entry}", {"student_id": self.student_id, "body": text,
                                                          "prompt_id": None, "visibility": "private", "rev": rev})


def everything_shown(panel) -> str:
    """Every text the panel holds: its widgets' and every role of every cell of its model."""
    texts = [panel.windowTitle()]
    for widget in panel.findChildren(QLabel):
        texts += [widget.text(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    for widget in panel.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    for combo in panel.findChildren(QComboBox):
        texts += [combo.itemText(n) for n in range(combo.count())]
    model = panel.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in range(0, 300):
                value = model.index(row, column).data(role)
                texts.append(repr(value))
    return "\n".join(texts)


def row(panel, name: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.index(r, NAME).data() == name)


def select(panel, name: str) -> None:
    panel.table.selectRow(row(panel, name))


def test_a_device_joins_writes_and_the_panel_sees_ticks_never_words(window, qtbot, monkeypatch) -> None:
    window.class_page.actions_by_name["devices"].trigger()
    nets = window.classnet
    panel, network = nets.panel, nets.network
    assert panel is not None and panel.isVisible() and network is not None and network.is_open
    address = f"127.0.0.1:{network.port}"
    assert panel.address.text() == address
    assert panel.code.text().replace(" ", "") == network.code and len(network.code) == 5
    assert panel.state.text() == "● Open to devices" and panel.toggle_action.text() == "Close to devices"
    assert panel.timer.isActive() and panel.timer.interval() == 2000

    phone = Phone(network.port)
    phone.join(network.code)
    phone.pick("Amara")
    entry = str(uuid.uuid4())
    assert phone.save(entry, SENTENCE, 1)[0] == 200
    panel.refresh()   # what the 2-second timer does
    amara = row(panel, "Amara")
    assert panel.model.index(amara, JOINED).data() == "✓"
    assert panel.model.index(amara, WROTE).data() == "✓ 1"
    assert panel.model.index(row(panel, "Bo"), JOINED).data() == ""
    assert panel.summary.text() == "1 of 12 joined · 1 wrote today"
    shown = everything_shown(panel)
    assert "Amara" in shown and SENTENCE not in shown and "cinnamon" not in shown

    # Release: the device goes back to the names
    select(panel, "Amara")
    assert panel.release_action.isEnabled()
    panel.release_action.trigger()
    assert panel.model.index(row(panel, "Amara"), JOINED).data() == ""
    assert phone.save(entry, SENTENCE + " more", 2) == (401, {"error": "Tap your name to go on.", "code": "no_name"})

    # Sign out (asked first): the device must join again
    phone.pick("Amara")
    panel.refresh()
    select(panel, "Amara")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *_a, **_k: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    panel.sign_out_action.trigger()
    assert "Amara" in asked[0] and phone.save(entry, SENTENCE, 3)[0] == 200   # "No": still signed in
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.sign_out_action.trigger()
    status, body = phone.save(entry, SENTENCE, 4)
    assert (status, body["code"]) == (401, "signed_out")

    # The join card outside a session: its own projector window, with the code and the address
    panel.join_action.trigger()
    view = nets.join_view
    assert view is not None and view.isVisible() and view.mode == "join"
    assert network.code in view.visible_text() and address in view.visible_text()
    assert view.join_card.qr.text == join_url(address)

    # Closing: the port refuses, the card goes, the panel says so; opening again gives a new code
    port, old_code = network.port, network.code
    panel.toggle_action.trigger()
    assert not network.is_open and panel.state.text() == "Closed" and not view.isVisible()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    panel.toggle_action.trigger()
    assert network.is_open and network.code != old_code


def test_the_challenge_of_the_week_is_chosen_in_the_panel(window) -> None:
    window.classnet.show_devices(DEMO_CLASS_ID)
    panel = window.classnet.panel
    assert not window.classnet.network.is_open and panel.state.text() == "Closed"
    assert not panel.join_action.isEnabled()
    first = window.curriculum.challenges[0]
    assert panel.challenge.itemText(0) == "No challenge" and panel.challenge.itemText(1) == first.title
    panel.challenge.setCurrentIndex(1)
    panel.challenge.activated.emit(1)
    assert class_challenge(window.store, DEMO_CLASS_ID).challenge_id == first.id
    assert panel.challenge_day.text().startswith("Day 1 of")
    panel.challenge.setCurrentIndex(0)
    panel.challenge.activated.emit(0)
    assert class_challenge(window.store, DEMO_CLASS_ID) is None


def test_opening_another_class_asks_to_close_the_first_and_quitting_closes(window, monkeypatch) -> None:
    from app.store.classes import create_class

    other = create_class(window.store, "9C")
    nets = window.classnet
    nets.open_class(DEMO_CLASS_ID)
    first = nets.network
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    nets.open_class(other)
    assert nets.network is first and first.is_open
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    nets.open_class(other)
    assert not first.is_open and nets.network.class_id == other and nets.network.is_open
    second = nets.network
    window.close()
    assert not second.is_open
    assert window.store.conn.execute("SELECT closed_at IS NOT NULL FROM net_openings WHERE class_id = ?",
                                     [other]).fetchone() == (1,)


def test_a_network_error_is_a_sentence_never_a_traceback(window, monkeypatch) -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    window.classnet.port = busy.getsockname()[1]
    window.class_page.actions_by_name["devices"].trigger()
    busy.close()
    assert warned and "in use" in warned[0] and "Traceback" not in warned[0]
    assert not window.classnet.network.is_open


def test_the_running_session_shows_the_join_card_with_j(window, qtbot) -> None:
    from app.store import runner as saved
    from app.ui.runner.start import open_runner

    plan = window.curriculum.plans[0]
    session = saved.start_session(window.store, DEMO_CLASS_ID, plan.id, plan.phase)
    runner = open_runner(window, window.store, window.curriculum,
                         saved.RunningSession(session, DEMO_CLASS_ID, plan.id, 0, None, False, ""))
    window.runner_window = runner
    window.classnet.attach(runner)
    try:
        runner.join_action.trigger()
        assert runner.runner.mode == "slide" and "not open to devices" in runner.statusBar().currentMessage()
        runner.devices_action.trigger()
        panel = window.classnet.panel
        assert panel.isVisible() and panel.state.text() == "Closed"
        panel.toggle_action.trigger()
        code = window.classnet.network.code
        runner.join_action.trigger()
        assert runner.runner.mode == "join" and code in runner.projector.visible_text()
        assert "join card" in runner.console.projector_state.text()
        runner.join_action.trigger()
        assert runner.runner.mode == "slide"
        panel.join_action.trigger()   # from the panel: the session's own projector, presented
        assert runner.runner.mode == "join" and runner.presenting and window.classnet.join_view is None
        panel.toggle_action.trigger()   # closed: the code leaves the projector
        assert runner.runner.mode == "slide" and code not in runner.projector.visible_text()
        panel.toggle_action.trigger()   # opened while presenting: the join card goes up at once
        assert runner.runner.mode == "join" and window.classnet.network.code in runner.projector.visible_text()
    finally:
        runner.runner._ticker.stop()
        runner.runner._saver.stop()
        runner.ended = True
        runner.close()


def test_the_join_card_reads_from_the_back_and_says_when_there_is_no_network(qtbot) -> None:
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    view.show_join(["192.168.1.20:8080", "10.0.0.5:8080"], "KXM7P")
    card = view.join_card
    text = view.visible_text()
    assert "KXM7P" in text and "192.168.1.20:8080" in text and "Join on your device" in text
    assert card.code.font().pixelSize() >= 150 and card.address.font().pixelSize() >= 90   # 1080 px high
    assert card.qr.width() >= 0.4 * 1080
    card.set_details([], "KXM7P")
    assert "on no network yet" in card.visible_text() and "KXM7P" in card.visible_text()
    assert card.qr.isHidden()


@pytest.mark.parametrize("side", [173, 480])
def test_the_qr_code_is_drawn_module_by_module_as_segno_makes_it(qtbot, side: int) -> None:
    text = "http://192.168.1.20:8080/"
    widget = QrCode(text)
    qtbot.addWidget(widget)
    widget.resize(side + 31, side)   # wider than high: the code is centred
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#121620"))
    widget.render(image)
    white = QColor("#FFFFFF").rgb()
    columns = [x for x in range(image.width()) if image.pixel(x, image.height() // 2) == white]
    rows = [y for y in range(image.height()) if image.pixel(image.width() // 2, y) == white]
    left, top = columns[0], rows[0]
    drawn = columns[-1] - left + 1   # the quiet zone's white edge to edge, found in the image itself
    matrix = segno.make(text, error="m").matrix
    modules = len(matrix) + 2 * QUIET
    assert drawn % modules == 0, "every module is a whole number of pixels"
    module = drawn // modules
    assert module >= 3 and rows[-1] - top + 1 == drawn
    assert abs((image.width() - drawn) - 2 * left) <= 1 and abs((image.height() - drawn) - 2 * top) <= 1
    for r in range(-QUIET, len(matrix) + QUIET):
        for c in range(-QUIET, len(matrix) + QUIET):
            x = left + (c + QUIET) * module + module // 2
            y = top + (r + QUIET) * module + module // 2
            inside = 0 <= r < len(matrix) and 0 <= c < len(matrix)
            dark = inside and bool(matrix[r][c])
            assert QColor(image.pixel(x, y)).name() == ("#000000" if dark else "#ffffff"), (r, c)


def test_the_presence_model_keeps_the_selection_across_refreshes(window) -> None:
    window.classnet.show_devices(DEMO_CLASS_ID)
    panel = window.classnet.panel
    select(panel, "Grace")
    panel.refresh()
    panel.refresh()
    assert panel.selected() is not None and panel.selected().name == "Grace"
    assert panel.model.index(0, 0).parent() == QModelIndex()
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "Wrote today"


def test_the_panel_opens_a_questionnaire_on_devices_and_counts_answers_never_shows_them(window, qtbot) -> None:
    from app.store.classnet import device_questionnaire
    from app.store.measure import rounds_of, save_answers

    window.class_page.actions_by_name["devices"].trigger()
    panel = window.classnet.panel
    choice = panel.questionnaire
    index = choice.combo.findText("Class Check-in", Qt.MatchFlag.MatchStartsWith)
    assert index > 0 and "before the program" in choice.combo.itemText(index)
    choice.combo.setCurrentIndex(index)
    choice.combo.activated.emit(index)
    store = window.store
    opened = device_questionnaire(store, DEMO_CLASS_ID)
    found = next(r for r in rounds_of(store, DEMO_CLASS_ID) if r.id == opened)
    assert (found.instrument_id, found.round) == ("program-questionnaire", "pre")
    from app.store.students import students_in

    student = students_in(store, DEMO_CLASS_ID)[0].id
    save_answers(store, opened, student, {"belonging-01": 5}, "device")
    panel.refresh()
    assert choice.count.text() == "1 answered" and "belonging" not in everything_shown(panel)
    choice.combo.setCurrentIndex(0)
    choice.combo.activated.emit(0)
    assert device_questionnaire(store, DEMO_CLASS_ID) is None
    window.classnet.shutdown()
