"""'Empathy Ambassador' certificates for one class, from the app: who gets one, the facilitator's name and the
date, a preview of the real page, and Save PDF.

What `python -m app print certificates` does, with a face: the students marked present at one session or more
are listed ticked (untick one to leave them out, e.g. a student who asked not to have one); students never
marked present are listed too, greyed with the reason, so nobody wonders where they went. The preview is the
same PDF that Save writes (reportlab, then PDFium, on a worker thread), of the selected student or else the
first ticked one. The facilitator's name is kept for this data folder: it is the same person next term.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.curriculum import Curriculum
from app.store import Store
from app.store.classes import list_classes
from app.store.settings import get_setting, set_setting
from app.ui import theme
from app.ui.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.pdf_preview import PdfPreviewer, Preview, page_image
from app.ui.results.certificate_list import NAME_ROLE, TOOK_PART_ROLE, CertificateList
from app.ui.results.page_view import PageView

log = logging.getLogger(__name__)
TITLE = QT_TRANSLATE_NOOP("results.certificates", "Certificates")
OPEN_TEXT, OPEN_KEYS = QT_TRANSLATE_NOOP("results.certificates", "Certificates…"), "Ctrl+Shift+C"
SETTING = "certificates_facilitator"
NOBODY_TICKED = QT_TRANSLATE_NOOP("results.certificates",
                                  "Nobody is ticked, so there is nothing to save: tick the students who get a "
                                  "certificate.")
NOBODY_PRESENT = QT_TRANSLATE_NOOP("results.certificates",
                                   "Nobody in this class has been marked present at a session yet. Certificates "
                                   "go to students who took part: mark who is here when you run a session.")
PREVIEW_DPI = 110       # sharp at the preview's size on a laptop screen; one page takes well under a second
DEBOUNCE_MS = 300       # typing the facilitator's name re-renders once the typing pauses
_RENDERING = threading.Lock()  # the preview and the save may render at once; reportlab's font registry is shared
# Translators: why a file was not saved; it ends the sentence "Not saved: FILE could not be written because …"
WHY = {errno.ENOSPC: QT_TRANSLATE_NOOP("results.certificates", "the disk is full"),
       errno.EROFS: QT_TRANSLATE_NOOP("results.certificates", "that drive is read-only"),
       errno.EACCES: QT_TRANSLATE_NOOP("results.certificates", "this account may not write in that folder"),
       errno.EPERM: QT_TRANSLATE_NOOP("results.certificates", "this account may not write there"),
       errno.ENOENT: QT_TRANSLATE_NOOP("results.certificates", "that folder does not exist (any more)"),
       getattr(errno, "EDQUOT", -1): QT_TRANSLATE_NOOP("results.certificates", "the disk quota is full")}


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """The file to write, from the usual save dialog; None if the facilitator cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("results.certificates", "Save the certificates as PDF"),
                                          str(suggested), translate("results.certificates", "PDF (*.pdf)"))
    return Path(name) if name else None


def why_not_written(error: OSError) -> str:
    """An OSError in the words a facilitator can act on (disk full, read-only, no such folder)."""
    why = WHY.get(error.errno or 0)
    return translate("results.certificates", why) if why else error.strerror or str(error)


def certificate_maker(names: Sequence[str], *, class_name: str, phases: Sequence[tuple[str, str]],
                      facilitator: str | None, day: date) -> Callable[[], bytes]:
    """A function that makes the PDF, for a worker thread; it imports reportlab only when it runs."""
    chosen = tuple(names)

    def make() -> bytes:
        from app.printing.certificates import PhaseMark, render_certificates

        with _RENDERING:
            return render_certificates(chosen, class_name=class_name, day=day, facilitator=facilitator,
                                       phases=[PhaseMark(title, colour) for title, colour in phases])
    return make


def add_certificates_action(page: QWidget, trigger: Callable[[], object]) -> QAction:
    """The Results page's 'Certificates…' action, with its key (Ctrl+Shift+C: no other action has it)."""
    action = QAction(theme.icon("certificates"), translate("results.certificates", OPEN_TEXT), page)
    action.setShortcut(QKeySequence(OPEN_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(translate("results.certificates", "An 'Empathy Ambassador' certificate for each student who "
                                "took part, with a preview ({keys})").format(keys=OPEN_KEYS))
    action.triggered.connect(lambda _checked=False: trigger())
    page.addAction(action)
    return action


def open_certificates(parent: QWidget, store: Store, curriculum: Curriculum,
                      class_id: str) -> CertificatesDialog | None:
    """Open the dialog beside the page (window-modal, not blocking); None if the class is gone."""
    summary = next((c for c in list_classes(store) if c.id == class_id), None)
    if summary is None:
        return None
    dialog = CertificatesDialog(parent, store, curriculum, class_id, summary.name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def _line(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CertificatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, curriculum: Curriculum, class_id: str,
                 class_name: str) -> None:
        super().__init__(parent)
        self.store, self.class_id, self.class_name = store, class_id, class_name
        self.phases = tuple((p.title, p.colour) for p in curriculum.phases)
        self.ask_path: Callable[[QWidget, Path], Path | None] = ask_pdf_path  # a test replaces it
        self.preview_name: str | None = None
        self.previewed: Preview | None = None  # the PDF and picture on show (the page Save would write first)
        self._generation = 0
        self.setWindowTitle(f"{translate('results.certificates', TITLE)} — {class_name}")
        self.setObjectName("certificatesDialog")
        self.setAccessibleName(translate("results.certificates", "Certificates for {class_name}").format(
            class_name=class_name))

        self.model = CertificateList(self)
        self.model.fill(store, class_id)
        self.list = QListView()
        self.list.setObjectName("certificateStudents")
        self.list.setAccessibleName(translate("results.certificates", "Students who get a certificate"))
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.facilitator = QLineEdit(get_setting(store, SETTING, "") or "")
        self.facilitator.setAccessibleName(translate("results.certificates", "Facilitator's name as printed"))
        self.facilitator.setPlaceholderText(translate("results.certificates", "Empty: a line to sign on"))
        self.facilitator.setClearButtonEnabled(True)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setAccessibleName(translate("results.certificates", "Date on the certificates"))
        # the date as the certificate prints it (report_figures.long_date), in the window's language
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat).replace("dddd, ", "")
                                  .replace("dddd ", ""))
        self.day.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(translate("results.certificates", "&Facilitator"), self.facilitator)
        form.addRow(translate("results.certificates", "&Date"), self.day)
        picks = QHBoxLayout()
        picks.addWidget(_button(translate("results.certificates", "Select &all"),
                                translate("results.certificates", "Select all"), lambda: self.model.tick_all(True)))
        picks.addWidget(_button(translate("results.certificates", "Select &none"),
                                translate("results.certificates", "Select none"),
                                lambda: self.model.tick_all(False)))
        picks.addStretch(1)
        self.count = _line("certificateCount")
        self.count.setAccessibleName(translate("results.certificates", "How many certificates"))
        self.status = _line("certificateStatus")
        self.status.setAccessibleName(translate("results.certificates", "Saving"))
        intro = _line("certificateIntro")
        intro.setText(translate("results.certificates", "One A4 landscape page for each ticked student: the name "
                                "they chose, the class, your name and the date. Untick a student to leave them out."))
        intro.setAccessibleName(translate("results.certificates", "About certificates"))
        students = QLabel(translate("results.certificates", "S&tudents who took part"))
        students.setBuddy(self.list)
        left = QVBoxLayout()
        for widget in (intro, students, self.list):
            left.addWidget(widget, 1 if widget is self.list else 0)
        left.addLayout(picks)
        left.addLayout(form)
        left.addWidget(self.count)

        self.caption = _line("previewCaption")
        self.caption.setAccessibleName(translate("results.certificates", "Preview caption"))
        self.page_view = PageView()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(translate("results.certificates", "Making the preview"))
        self.save_action = QAction(translate("results.certificates", "&Save PDF…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda _checked=False: self.save_pdf())
        self.addAction(self.save_action)
        self.save_button = _button(translate("results.certificates", "&Save PDF…"),
                                   translate("results.certificates", "Save PDF"), self.save_action.trigger)
        self.save_button.setDefault(True)
        self.save_action.enabledChanged.connect(self.save_button.setEnabled)
        close = _button(translate("results.certificates", "&Close"), translate("results.certificates", "Close"),
                        self.reject)
        self.busy.setFixedWidth(120)
        above = QHBoxLayout()
        above.addWidget(self.caption, 1)
        above.addWidget(self.busy)
        right = QVBoxLayout()
        right.addLayout(above)
        right.addWidget(self.page_view, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 5)
        buttons = QHBoxLayout()  # the status line gets the dialog's width: a saved file's path can be long
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addLayout(buttons)

        self._previewer = PdfPreviewer()  # no parent: it outlives a dialog closed while a page renders
        self._previewer.done.connect(self._show)
        self._previewer.failed.connect(self._failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.facilitator.textChanged.connect(self._debounce.start)
        self.facilitator.editingFinished.connect(self._remember)
        self.day.dateChanged.connect(self._debounce.start)
        self.model.itemChanged.connect(self._ticks_changed)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._debounce.start())
        self._fit_screen()
        self._ticks_changed()
        self.refresh()

    def _fit_screen(self) -> None:
        """Large enough to read the preview, small enough for a 1280×800 or 1366×768 laptop."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(1120, screen.width() - 60), min(680, screen.height() - 60))

    def _ticks_changed(self, *_args: object) -> None:
        ticked, present = len(self.model.ticked_names()), len(self.model.took_part_names())
        if not present:
            text = translate("results.certificates", NOBODY_PRESENT)
        elif not ticked:
            text = translate("results.certificates", NOBODY_TICKED)
        elif ticked < present:
            text = translate("results.certificates", "{ticked} of the {present} students who took part get a "
                             "certificate ({left_out} left out).").format(ticked=ticked, present=present,
                                                                           left_out=present - ticked)
        else:
            text = translate("results.certificates", "{ticked} of the {present} students who took part get a "
                             "certificate.").format(ticked=ticked, present=present)
        self.count.setText(text)
        self.save_action.setEnabled(ticked > 0)
        self.save_button.setToolTip(translate("results.certificates", "Write the ticked students' certificates to a "
                                              "PDF (Ctrl+S)") if ticked else text)
        self._debounce.start()

    def _subject(self) -> str | None:
        """Whose certificate to preview: the student selected in the list, else the first ticked one."""
        current = self.list.currentIndex()
        if current.isValid() and current.data(TOOK_PART_ROLE):
            return current.data(NAME_ROLE)
        ticked = self.model.ticked_names() or self.model.took_part_names()
        return ticked[0] if ticked else None

    def _options(self) -> tuple[str | None, date]:
        return self.facilitator.text().strip() or None, self.day.date().toPython()

    def refresh(self) -> None:
        """Render the previewed student's page again (after the debounce, or at once when called)."""
        self._debounce.stop()
        self._generation += 1
        self.preview_name = self._subject()
        if self.preview_name is None:
            self.busy.hide()
            self.caption.setText(translate("results.certificates", "No preview: nobody has been marked present yet."))
            self.page_view.show_image(None, translate("results.certificates", "No certificate to preview"))
            return
        facilitator, day = self._options()
        self.busy.show()
        make = certificate_maker([self.preview_name], class_name=self.class_name, phases=self.phases,
                                 facilitator=facilitator, day=day)
        self._previewer.run(self._generation, make, dpi=PREVIEW_DPI, limit=1)

    def _show(self, preview: Preview) -> None:
        if preview.generation != self._generation or not preview.pictures:
            return
        self.busy.hide()
        self.previewed = preview
        name = self.preview_name or ""
        if name in self.model.ticked_names():
            caption = translate("results.certificates", "Preview: {name}'s certificate")
            description = translate("results.certificates", "The certificate of {name}")
        else:
            caption = translate("results.certificates", "Preview: {name}'s certificate (left out: not in the saved "
                                "PDF)")
            description = translate("results.certificates", "The certificate of {name} (left out: not in the saved "
                                    "PDF)")
        self.caption.setText(caption.format(name=name))
        self.page_view.show_image(page_image(preview.pictures[0]), description.format(name=name))

    def _failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.caption.setText(translate("results.certificates", "The preview could not be made ({reason}). Saving "
                                           "may still work; the log has the details.").format(reason=reason))
            self.page_view.show_image(None, translate("results.certificates", "No preview"))

    def _remember(self) -> None:
        name = self.facilitator.text().strip()
        if name != (get_setting(self.store, SETTING, "") or ""):
            set_setting(self.store, SETTING, name)

    def say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        theme.set_tone(self.status, "danger" if problem else "")

    def save_pdf(self) -> Path | None:
        """Ask for the file, write every ticked certificate off the UI thread, then say where (None if not)."""
        from app.files.atomic import write_atomically
        from app.ui.exchange import run_with_progress

        names = self.model.ticked_names()
        if not names:
            self.say(translate("results.certificates", NOBODY_TICKED), problem=True)
            return None
        # Translators: the file name the save dialog suggests
        suggested = translate("results.certificates", "{class_name} certificates.pdf").format(
            class_name=self.class_name)
        path = self.ask_path(self, Path.home() / suggested)
        if path is None:
            return None
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        facilitator, day = self._options()
        count = len(names)   # a plain name: lupdate drops a counted call whose count is an expression
        self._remember()
        make = certificate_maker(names, class_name=self.class_name, phases=self.phases, facilitator=facilitator,
                                 day=day)
        try:
            run_with_progress(self, translate("results.certificates", TITLE),
                              translate("results.certificates", "Making %n certificate(s)…", None, count),
                              lambda _progress: write_atomically(path, make()))
        except OSError as error:
            log.warning("certificates not written to %s: %s", path, error)
            self.say(translate("results.certificates", "Not saved: {path} could not be written because {reason}. "
                               "Choose another folder or a USB stick, and save again.").format(
                                   path=path, reason=why_not_written(error)), problem=True)
            return None
        except Exception as error:  # a rendering fault: said plainly, the traceback goes to the log only
            log.exception("certificates could not be made")
            self.say(translate("results.certificates", "Not saved: the certificates could not be made ({error}). The "
                               "log has the details.").format(error=error), problem=True)
            return None
        log.info("wrote %d certificates for %s to %s", len(names), self.class_name, path)
        # Translators: {count} is any number of certificates: word it to read right for one and for many
        self.say(translate("results.certificates", "Saved {count} certificate(s) to {path}. Print on A4, landscape, "
                           "at 100 %.").format(count=count, path=path))
        return path

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._remember()
        super().done(result)
