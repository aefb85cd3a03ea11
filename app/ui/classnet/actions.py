"""The main window's class network features in one place: opening a class to devices, the facilitator's
panel, the join card on the projector, and closing the network when the app ends.

One class at a time may be open (one laptop, one room): opening another asks to close the first. Closing on
quit matters: a network left open would be taken up again with the same code at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.classnet.server import ANY_ADDRESS, ClassNetwork, NetworkError
from app.store.db import StoreError
from app.ui import theme
from app.ui.classnet.join_card import JoinDetails
from app.ui.classnet.presence_model import since_midnight
from app.ui.i18n import translate
from app.ui.widgets import confirm

if TYPE_CHECKING:
    from app.ui.classnet.panel import ClassNetworkPanel
    from app.ui.runner.standalone import StandaloneProjector
    from app.ui.runner.window import RunnerWindow
    from app.ui.window_parts import WindowParts

log = logging.getLogger(__name__)

WATCH_MS = 3_000   # how often the addresses are read again (the laptop may move to a hotspot)


class ClassNetworkActions(QObject):
    changed = Signal(object)   # JoinDetails while a class is open to devices (new address too); None once closed

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.host: str = ANY_ADDRESS           # tests serve on 127.0.0.1, port 0
        self.port: int | None = None
        self.web_dir: Path | None = None
        self.network: ClassNetwork | None = None
        self.panel: ClassNetworkPanel | None = None
        self.join_view: StandaloneProjector | None = None   # the join card outside a running session
        self._shown: JoinDetails | None = None
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._follow)
        self.open_action = QAction(theme.icon("devices"), translate("classnet.actions", "Open class to &devices…"),
                                   window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.setToolTip(translate("classnet.actions", "Open class to devices (Ctrl+Shift+O)"))
        self.open_action.triggered.connect(lambda _=False: self.open_current())
        window.addAction(self.open_action)
        window.class_page.devices_requested.connect(self.open_class)
        QCoreApplication.instance().aboutToQuit.connect(self.shutdown)

    # Opening and closing ----------------------------------------------------------------------------
    def open_current(self) -> None:
        """Ctrl+Shift+O in the main window: the class on screen, else the facilitator picks one."""
        picked = self.window.journal._class()
        if picked is not None:
            self.open_class(picked[0])

    def open_class(self, class_id: str) -> None:
        """The class page's "Devices…": open it to devices and show the panel."""
        if self._use(class_id):
            self._open()
            self.show_panel()

    def show_devices(self, class_id: str) -> None:
        """The running session's "Devices…": the panel for the session's class, open or closed."""
        if self._use(class_id):
            self.show_panel()

    def _use(self, class_id: str) -> bool:
        """Make `class_id` the class the network serves; another open class is closed first, if agreed."""
        current = self.network
        if current is not None and current.class_id == class_id:
            return True
        if current is not None and current.is_open:
            if not confirm(self._parent(), translate("classnet.actions", "Close the other class to devices?"),
                           translate("classnet.actions", "{class_name} is open to devices, and only one class can be "
                                                         "open at a time. Close {class_name} to devices (its devices "
                                                         "are signed out) and go on?")
                           .format(class_name=current.class_name)):
                return False
            self.close()
        try:
            self.network = ClassNetwork(self.window.store, self.window.curriculum, class_id, host=self.host,
                                        port=self.port, web_dir=self.web_dir)
        except NetworkError as error:
            self._warn(str(error))
            return False
        if self.panel is not None:
            self.panel.show_network(self.network)
        return True

    def _open(self) -> None:
        network = self.network
        if network is None or network.is_open:
            return
        try:
            network.open()
        except NetworkError as error:
            self._warn(str(error))
            return
        self._watch.start()
        self._follow()
        runner = self.window.runner_window
        if runner is not None and runner.isVisible() and runner.presenting and \
                runner.runner.class_id == network.class_id:
            runner.runner.show_join()   # as the guide says: opening puts the join card up (J takes it down)
        if self.panel is not None:
            self.panel.refresh()

    def close(self) -> None:
        """Close the class to devices: its devices are signed out, and the next opening has a new code."""
        network = self.network
        if network is None or not network.is_open:
            return
        self._watch.stop()
        try:
            network.close()
        except StoreError as error:   # the app is ending with its store gone: log, never crash
            log.error("closing the class network: %s", error)
        if self.join_view is not None:
            self.join_view.hide()   # its code no longer works
        self._follow()
        if self.panel is not None:
            self.panel.refresh()

    def toggle(self) -> None:
        """The panel's Open/Close button; closing asks first while devices are joined."""
        network = self.network
        if network is None:
            return
        if not network.is_open:
            self._open()
            return
        joined = sum(1 for p in network.presence(since_midnight()) if p.joined)
        if joined and not confirm(self._parent(), translate("classnet.actions", "Close to devices?"),
                                  translate("classnet.actions", "%n device(s) joined. Close the class to devices? "
                                                                "They are signed out; what was written is saved. "
                                                                "Opening again gives a new code.", None, joined),
                                  default_yes=True):
            return
        self.close()

    def shutdown(self) -> None:
        """The app is ending: close to devices, so no server outlives the window and the next code is new."""
        self.close()
        if self.panel is not None:
            self.panel.hide()

    # What it shows ---------------------------------------------------------------------------------
    def details(self) -> JoinDetails | None:
        network = self.network
        if network is None or not network.is_open:
            return None
        return JoinDetails(network.class_id, tuple(network.addresses()), network.code)

    def _follow(self) -> None:
        """Tell the projectors when the network opened, closed or the laptop's address changed."""
        details = self.details()
        if details == self._shown:
            return
        self._shown = details
        if details is not None and self.join_view is not None and self.join_view.isVisible():
            self.join_view.show_join(list(details.addresses), details.code)
        self.changed.emit(details)

    def show_panel(self) -> None:
        from app.ui.classnet.panel import ClassNetworkPanel

        if self.network is None:
            return
        if self.panel is None:
            self.panel = ClassNetworkPanel(self.window, self.network, self.window.curriculum)
            self.panel.toggle_requested.connect(self.toggle)
            self.panel.join_card_requested.connect(self.show_join_card)
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()

    def attach(self, runner: RunnerWindow | None) -> None:
        """A session started: its Devices… opens the panel, and its join card (J) follows the network."""
        if runner is None:
            return
        runner.devices_requested.connect(self.show_devices)
        self.changed.connect(runner.class_network_changed)
        runner.class_network_changed(self.details())

    def show_join_card(self) -> None:
        """The join card on the projector: the running session's when it is this class's, else a window."""
        details = self.details()
        if details is None:
            return
        runner = self.window.runner_window
        if runner is not None and runner.isVisible() and runner.runner.class_id == details.class_id:
            runner.runner.show_join()
            if not runner.presenting:
                runner.present()
            return
        from app.ui.runner.standalone import StandaloneProjector

        if self.join_view is None:
            self.join_view = StandaloneProjector(translate("classnet.actions", "Join card"))
        self.join_view.show_join(list(details.addresses), details.code)
        self.join_view.present()

    # Messages ----------------------------------------------------------------------------------------
    def _parent(self) -> QWidget:
        return self.panel if self.panel is not None and self.panel.isVisible() else self.window

    def _warn(self, text: str) -> None:
        log.warning("class network: %s", text)
        QMessageBox.warning(self._parent(), translate("classnet.actions", "Open to devices"), text)
