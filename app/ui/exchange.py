"""Export and import of class bundles from the GUI: the work runs on a worker thread behind a busy dialog.

The store's connection allows other threads; while the modal progress dialog is up, nothing else in
the window writes, so the import's single transaction has the database to itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.store import Store, StoreError
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
FILTER = QT_TRANSLATE_NOOP("exchange", "Class bundles (*.eabundle)")


class _Relay(QObject):
    """Carries the worker's progress and result back to the UI thread."""

    progressed = Signal(int, int)
    done = Signal(object, object)  # result, error


def run_with_progress(parent: QWidget | None, title: str, label: str,
                      work: Callable[[Callable[[int, int], None]], Any]) -> Any:
    """Run work(progress) off the UI thread with a progress dialog; returns its result or raises its error."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    # Application-modal: no window (a running session console included) can write on the connection
    # while the worker holds its transaction; a write there would join the import and share its fate.
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)  # reaching the last step must not end exec() before the result has arrived
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    relay = _Relay()
    outcome: dict[str, Any] = {}

    def on_progress(step: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(step)

    def on_done(result: object, error: object) -> None:
        outcome.update(result=result, error=error)
        dialog.done(0)

    relay.progressed.connect(on_progress)
    relay.done.connect(on_done)

    def run() -> None:
        try:
            relay.done.emit(work(relay.progressed.emit), None)
        except Exception as error:  # handed to the UI thread, which shows it
            relay.done.emit(None, error)

    threading.Thread(target=run, name=title, daemon=True).start()
    if not outcome:
        dialog.exec()
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")


def export_dialog(parent: QWidget, store: Store, class_name: str = "") -> Path | None:
    """Ask where, and whether for this school's own laptops (everything) or for someone else (shared only)."""
    from app.store.exchange import export_bundle

    choice = QMessageBox(QMessageBox.Icon.Question, translate("exchange", "Export class data"),
                         translate("exchange", "Who is this bundle for?"), parent=parent)
    # Translators: the two bold names are the buttons below ("My other laptops", "Someone else").
    choice.setInformativeText(translate(
        "exchange",
        "<b>My other laptops</b>: everything, so it can be merged there. Private entries go as stored: "
        "locked when the student has a PIN.<br><b>Someone else</b> (a colleague, the school office): "
        "no private entry goes into it at all."))
    mine = choice.addButton(translate("exchange", "My other laptops"), QMessageBox.ButtonRole.AcceptRole)
    others = choice.addButton(translate("exchange", "Someone else"), QMessageBox.ButtonRole.AcceptRole)
    choice.addButton(QMessageBox.StandardButton.Cancel)
    choice.exec()
    if choice.clickedButton() not in (mine, others):
        return None
    shared_only = choice.clickedButton() is others
    # Translators: the file name suggested for an export of all classes (no extension).
    stem = class_name or translate("exchange", "classes")
    if shared_only:
        # Translators: the file name suggested for an export for someone else (no extension).
        stem = translate("exchange", "{name} shared").format(name=stem)
    suggested = Path.home() / f"{stem}.eabundle"
    name, _ = QFileDialog.getSaveFileName(parent, translate("exchange", "Export class data"), str(suggested),
                                          translate("exchange", FILTER))
    if not name:
        return None
    from app.store.bundle_file import SUFFIX

    if not name.casefold().endswith(SUFFIX):   # the dialog adds the extension; the store writes the name it gets
        name += SUFFIX
    try:
        written, counts = run_with_progress(parent, translate("exchange", "Exporting"),
                                            translate("exchange", "Writing the bundle…"),
                                            lambda _progress: export_bundle(store, name, shared_only=shared_only))
    except StoreError as error:
        QMessageBox.warning(parent, translate("exchange", "Export failed"), str(error))
        return None
    # Translators: {file} is the bundle's full path; the three numbers are counts of rows written.
    QMessageBox.information(parent, translate("exchange", "Exported"), translate(
        "exchange", "Wrote {file}: {students} students, {entries} journal entries, {runs} rhythm runs.").format(
            file=written, students=counts["students"], entries=counts["journal_entries"],
            runs=counts["rhythm_runs"]))
    return written


class ImportPreview(QDialog):
    """The counts before anything is written: what would be added, brought up to date and deleted."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(translate("exchange", "Import preview"))
        self.setMinimumWidth(520)  # a deletion's line reads as one line, not a column of words
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(translate("exchange", "Import…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(translate("exchange", "Import"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("exchange", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


APPLY, WITHOUT, CANCEL = "apply", "without", "cancel"


def confirm_deletions(parent: QWidget | None, lines: list[str]) -> str:
    """A separate question naming what would be deleted; returns APPLY, WITHOUT or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("exchange", "Deletions in the bundle"), "", parent=parent)
    if len(lines) == 1:
        # Translators: {what} names one deleted thing, e.g. "class 'Class 8B' with 12 students, 2 sessions".
        box.setText(translate("exchange", "Also delete {what}? This was deleted on the other laptop.").format(
            what=lines[0]))
    else:
        # Translators: the things deleted are listed below this question.
        box.setText(translate("exchange", "Also delete these? They were deleted on the other laptop."))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if len(lines) > 1:
        box.setInformativeText("\n".join(f"• {line}" for line in lines))
    apply_name = translate("exchange", "Import and apply deletions")
    without_name = translate("exchange", "Import without deletions")
    apply = box.addButton(apply_name, QMessageBox.ButtonRole.DestructiveRole)
    without = box.addButton(without_name, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    for button, name in ((apply, apply_name), (without, without_name), (cancel, translate("exchange", "Cancel"))):
        button.setAccessibleName(name)
    box.setDefaultButton(without)
    box.setEscapeButton(cancel)
    box.exec()
    return {apply: APPLY, without: WITHOUT}.get(box.clickedButton(), CANCEL)


def import_dialog(parent: QWidget, store: Store) -> bool:
    """Pick a bundle, check and plan it, show the preview, ask about deletions, back up and merge.

    True when something changed (deletions too): the caller refreshes its pages.
    """
    from app.store.exchange import carry_out, plan_import
    from app.store.import_words import deletion_lines, preview_text

    name, _ = QFileDialog.getOpenFileName(parent, translate("exchange", "Import class data"), str(Path.home()),
                                          translate("exchange", FILTER) + ";;" + translate("exchange", "All files (*)"))
    if not name:
        return False
    try:
        plan = run_with_progress(parent, translate("exchange", "Checking"),
                                 translate("exchange", "Checking the bundle and comparing it with this laptop…"),
                                 lambda _progress: plan_import(store, name))
    except StoreError as error:
        QMessageBox.warning(parent, translate("exchange", "Nothing was imported"), str(error))
        return False
    if not plan.has_deletions and not plan.without_deletions.writes:
        QMessageBox.information(parent, translate("exchange", "Nothing to import"), preview_text(plan, False))
        return False
    # Translators: a window title; {file} is the bundle's file name.
    preview = ImportPreview(parent, translate("exchange", "Import {file}").format(file=Path(name).name),
                            preview_text(plan))
    if preview.exec() != QDialog.DialogCode.Accepted:
        return False
    apply = False
    if plan.has_deletions:
        choice = confirm_deletions(parent, deletion_lines(plan.deletions, plan.without_deletions.marked))
        if choice == CANCEL:
            return False
        apply = choice == APPLY
    try:
        report = run_with_progress(parent, translate("exchange", "Importing"),
                                   translate("exchange", "Making a backup, then merging the bundle…"),
                                   lambda progress: carry_out(store, plan, apply_deletions=apply, progress=progress))
    except StoreError as error:
        QMessageBox.warning(parent, translate("exchange", "Nothing was imported"), str(error))
        return False
    # Translators: ends the sentence "Skipped deletions (…). To apply them, {this}."; the quoted name is the
    # button "Import and apply deletions".
    how_to_apply = translate("exchange", "import the file again and choose '{button}'").format(
        button=translate("exchange", "Import and apply deletions"))
    QMessageBox.information(parent, translate("exchange", "Imported"), report.summary(how_to_apply))
    return report.changed > 0
