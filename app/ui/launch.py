"""Starting the GUI: open the data safely, load the curriculum, show the window, then back up."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import APP_NAME, __version__
from app.curriculum.cache import load_cached
from app.curriculum.copies import user_root
from app.demo import first_start
from app.paths import activities_dir, assets_dir
from app.store import DamagedDatabaseError, Store, StoreError, open_store
from app.store.backup import backup_if_due, restore
from app.store.db import integrity_problem
from app.store.rhythm import close_abandoned_runs
from app.ui.main_window import MainWindow
from app.ui.style import STYLESHEET

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
            self.finished.emit(f"Backup saved: {written.name}" if written else "")
        except Exception as error:  # a failed backup must never take the app down
            log.exception("backup failed")
            self.finished.emit(f"Today's backup could not be written ({error}). "
                               "Free some disk space; your work is still saved.")


def _offer_restore(window: QWidget, store: Store, error: DamagedDatabaseError) -> None:
    """Found damaged while running: explain, and offer the last good backup (the app then closes)."""
    log.error("%s", error)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error), parent=window)
    restore_button = box.addButton("Restore backup and close", QMessageBox.ButtonRole.AcceptRole) \
        if error.last_good_backup else None
    box.addButton("Keep working for now", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return
    store.close()
    try:
        aside = restore(store.data_dir, error.last_good_backup)  # type: ignore[arg-type]
    except OSError as restore_error:
        QMessageBox.critical(window, APP_NAME, f"The backup could not be restored: {restore_error}")
    else:
        QMessageBox.information(window, APP_NAME, f"The backup is back in place; the damaged file was moved to "
                                                  f"{aside}. Start the app again to go on.")
    QApplication.quit()


def _open_interactively(data_dir: Path, headless: bool) -> Store | None:
    """Open the store; on a refused database explain what to do, offer the last good backup."""
    while True:
        try:
            return open_store(data_dir, thorough_check=False)
        except DamagedDatabaseError as error:
            log.error("%s", error)
            if headless:
                print(error, file=sys.stderr)
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(error))
            restore_button = box.addButton("Restore backup", QMessageBox.ButtonRole.AcceptRole) \
                if error.last_good_backup else None
            box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if restore_button is None or box.clickedButton() is not restore_button:
                return None
            try:
                restore(data_dir, error.last_good_backup)  # type: ignore[arg-type]
            except OSError as restore_error:
                QMessageBox.critical(None, APP_NAME, f"The backup could not be restored: {restore_error}")
                return None
        except StoreError as error:
            log.error("%s", error)
            if headless:
                print(error, file=sys.stderr)
            else:
                QMessageBox.critical(None, APP_NAME, str(error))
            return None


def run_gui(data_dir: Path, *, startup_check: bool = False, t0: float | None = None) -> int:
    t0 = t0 if t0 is not None else time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "app.svg")))

    store = _open_interactively(data_dir, headless=startup_check)
    if store is None:
        return 2
    curriculum = load_cached(activities_dir(), user_root(data_dir), data_dir / "cache")
    if first_start(store):
        log.info("first start: demo class added to %s", data_dir)
    close_abandoned_runs(store)  # no engine outlives the app: a run still 'running' was cut off
    window = MainWindow(store, curriculum, settings_file=data_dir / "window.ini")

    if startup_check:
        def report() -> None:
            print(f"started in {(time.perf_counter() - t0) * 1000:.0f} ms", flush=True)
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
    return code

