"""Starting the GUI: open the data safely, load the curriculum, show the window, then back up."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, __version__
from app.curriculum.cache import load_cached
from app.curriculum.copies import user_root
from app.demo.classroom import first_start
from app.paths import activities_dir, assets_dir
from app.store import DamagedDatabaseError, Store, StoreError, open_store
from app.store.backup import backup_if_due, restore
from app.store.db import integrity_problem, stop_writing
from app.store.rhythm import close_abandoned_runs
from app.ui.appearance import apply as apply_appearance
from app.ui.appearance import read as read_appearance
from app.ui.crash_log import CrashLog
from app.ui.i18n import install as install_language
from app.ui.i18n import translate
from app.ui.language_dialog import stored_language
from app.ui.main_window import MainWindow
from app.ui.single_instance import FolderLock, Holder, bring_to_front, wake_first_window

log = logging.getLogger(__name__)


class Maintenance(QObject):
    """After the window is up: the thorough integrity check, then today's backup, on a worker thread.

    Results come back as signals to the UI thread. A damaged database is never backed up (that
    would rotate a good backup out for a bad one).
    """

    finished = Signal(str)
    damaged = Signal(object)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            problem = integrity_problem(self.data_dir)
            if problem is not None:
                self.damaged.emit(problem)
                return
            written = backup_if_due(self.data_dir)
            # Translators: a status bar message; {file} is the backup's file name.
            self.finished.emit(translate("launch", "Backup saved: {file}").format(file=written.name) if written else "")
        except Exception as error:  # a failed backup must never take the app down
            log.exception("backup failed")
            self.finished.emit(translate("launch", "Today's backup could not be written ({reason}). Free some disk "
                                                   "space; your work is still saved.").format(reason=error))


def _offer_restore(window: QWidget, store: Store, error: DamagedDatabaseError) -> None:
    """Found damaged while running: stop writing, explain, offer the last good backup (the app then closes)."""
    log.error("%s", error)
    stop_writing(store)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error), parent=window)
    box.setInformativeText(translate("launch", "From now on the app only reads: nothing more is saved into the "
                                               "damaged file. Writing that is on screen stays there until you close "
                                               "the app."))
    restore_button = box.addButton(translate("launch", "Restore backup and close"),
                                   QMessageBox.ButtonRole.AcceptRole) if error.last_good_backup else None
    box.addButton(translate("launch", "Keep reading for now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return
    store.close()
    try:
        aside = restore(store.data_dir, error.last_good_backup)  # type: ignore[arg-type]
    except OSError as restore_error:
        QMessageBox.critical(window, APP_NAME, translate("launch", "The backup could not be restored: {reason}")
                             .format(reason=restore_error))
    else:
        # Translators: {file} is where the damaged database file now is (a full path).
        QMessageBox.information(window, APP_NAME, translate(
            "launch", "The backup is back in place; the damaged file was moved to {file}. Start the app again to "
                      "go on.").format(file=aside))
    QApplication.quit()


def _open_interactively(data_dir: Path, headless: bool) -> Store | None:
    """Open the store; on a refused database explain what to do, offer the last good backup."""
    while True:
        try:
            return open_store(data_dir)
        except DamagedDatabaseError as error:
            log.error("%s", error)
            if headless:
                print(error, file=sys.stderr)
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error))
            restore_button = box.addButton(translate("launch", "Restore backup"),
                                           QMessageBox.ButtonRole.AcceptRole) if error.last_good_backup else None
            box.addButton(translate("launch", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if restore_button is None or box.clickedButton() is not restore_button:
                return None
            try:
                restore(data_dir, error.last_good_backup)  # type: ignore[arg-type]
            except OSError as restore_error:
                QMessageBox.critical(None, APP_NAME, translate("launch", "The backup could not be restored: {reason}")
                                     .format(reason=restore_error))
                return None
        except StoreError as error:
            log.error("%s", error)
            if headless:
                print(error, file=sys.stderr)
            else:
                QMessageBox.critical(None, APP_NAME, str(error))
            return None


def _in_use(data_dir: Path, holder: Holder, headless: bool) -> bool:
    """The folder is held by another window: True when the facilitator chose to open it anyway."""
    # Translators: {folder} is the data folder's path, {host} another computer's name in quotes, {pid} a number.
    if holder.here and holder.pid:
        where = translate("launch", "The data folder {folder} is already open in Empathy Ambassadors on this "
                                    "computer (process {pid}).")
    elif holder.here:
        where = translate("launch", "The data folder {folder} is already open in Empathy Ambassadors on this "
                                    "computer.")
    elif holder.pid:
        where = translate("launch", "The data folder {folder} is already open in Empathy Ambassadors on the "
                                    "computer {host} (process {pid}).")
    else:
        where = translate("launch", "The data folder {folder} is already open in Empathy Ambassadors on the "
                                    "computer {host}.")
    text = (where.format(folder=data_dir, host=repr(holder.host), pid=holder.pid) + " "
            + translate("launch", "Two windows on one folder would overwrite each other's work, so this one will "
                                  "not open it."))
    if holder.here:
        advice = translate("launch", "Use the window that is open, or close it and start again.")
    else:
        # Translators: 'Open anyway' is the name of the button beside this text.
        advice = translate("launch", "If the app is no longer open there (for example the USB stick was pulled "
                                     "out while it ran), choose 'Open anyway'.")
    log.warning("%s %s", text, advice)
    if headless:
        print(f"{text} {advice}", file=sys.stderr)
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    box.setInformativeText(advice)
    anyway = None if holder.here else box.addButton(translate("launch", "Open anyway"),
                                                    QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(translate("launch", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)  # Enter never overrides
    box.exec()
    return anyway is not None and box.clickedButton() is anyway


def _take_folder(lock: FolderLock, data_dir: Path, headless: bool) -> int | None:
    """None when this process may open the folder; otherwise the exit code to end with."""
    holder = lock.acquire()
    if holder is None:
        return None
    if holder.here and wake_first_window(data_dir):
        log.info("%s is open in another window: brought it to the front", data_dir)
        if headless:
            print(translate("launch", "The data folder {folder} is already open: that window was brought to the "
                                      "front.").format(folder=data_dir), file=sys.stderr)
        return 0
    if _in_use(data_dir, holder, headless) and lock.take_over():
        log.warning("the lock on %s was taken over at the facilitator's request", data_dir)
        return None
    return 1


def run_gui(data_dir: Path, *, startup_check: bool = False, t0: float | None = None) -> int:
    t0 = t0 if t0 is not None else time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("empathy-ambassadors")   # Wayland app id, the dock icon: assets/linux/*.desktop
    install_language(app, None)   # the system's, until the data folder says which the facilitator chose
    # palette, stylesheet and text size: once, before any window exists (Settings → Appearance…)
    apply_appearance(app, read_appearance(QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)))
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "app.svg")))
    crashes = CrashLog(data_dir / "logs" / "app.log", interactive=not startup_check)
    crashes.install()

    lock = FolderLock(data_dir)
    refused = _take_folder(lock, data_dir, headless=startup_check)
    if refused is not None:
        return refused
    store = _open_interactively(data_dir, headless=startup_check)
    if store is None:
        lock.release()
        return 1   # refused: the data folder's database (app/cli_common.py's codes)
    language = install_language(app, stored_language(store))
    curriculum = load_cached(activities_dir(), user_root(data_dir), data_dir / "cache", language)
    if first_start(store):
        log.info("first start: demo class added to %s", data_dir)
    close_abandoned_runs(store)  # no engine outlives the app: a run still 'running' was cut off
    window = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")
    lock.woken.connect(lambda: bring_to_front(window, lambda text: window.statusBar().showMessage(text, 8000)))

    if startup_check:
        def report() -> None:
            print(f"started in {(time.perf_counter() - t0) * 1000:.0f} ms", flush=True)  # i18n: not text
            window.close()
            app.quit()

        def first_paint() -> None:
            window.painted.disconnect(first_paint)
            QTimer.singleShot(0, report)

        window.painted.connect(first_paint)
    else:
        maintenance = Maintenance(data_dir)
        maintenance.finished.connect(lambda text: text and window.statusBar().showMessage(text, 8000))
        maintenance.damaged.connect(lambda error: _offer_restore(window, store, error))
        QTimer.singleShot(1500, maintenance.start)
        QTimer.singleShot(0, window.offer_resume)
        QTimer.singleShot(0, window.journal.offer_purge)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)
    store.close()
    lock.release()
    return code

