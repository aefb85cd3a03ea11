"""Print a deck from the app: choose paper, card size and duplex backs, see the real pages, save the PDF
or send those same pages to a printer (app/ui/printing_qt.py: the system's print dialog, then each page).

The PDF is made and rendered on a worker thread (a 200-card deck takes a moment on an old laptop), and the
preview shows exactly the bytes that Save writes. The printer's back-side offset is remembered for this
data folder, because it belongs to the school's printer, not to one deck.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.curriculum.model import Deck
from app.files.atomic import write_atomically
from app.store import Store
from app.store.settings import get_setting, set_setting
from app.ui import theme
from app.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.printing_qt import PdfPrintJob, PrintResult

log = logging.getLogger(__name__)
PREVIEW_DPI = 40
PREVIEW_PAGES = 12   # enough to judge fronts and backs; the saved PDF always has every page


@dataclass(frozen=True)
class Options:
    paper: str = "a4"
    size: str = "poker"
    backs: str = "long-edge"
    offset_x: float = 0.0
    offset_y: float = 0.0


@dataclass(frozen=True)
class Rendered:
    generation: int
    pdf: bytes
    pages: int
    sheets: int
    per_sheet: int
    overflowing: tuple[str, ...]
    pictures: tuple[object, ...]  # PagePicture


class _Renderer(QObject):
    """Makes the PDF and its page pictures off the UI thread; results carry a generation so stale ones drop."""

    done = Signal(object)
    failed = Signal(int, str)

    def run(self, generation: int, deck: Deck, options: Options) -> None:
        threading.Thread(target=self._work, args=(generation, deck, options), name="print-preview",
                         daemon=True).start()

    def _work(self, generation: int, deck: Deck, options: Options) -> None:
        try:
            from app.printing.deck_pdf import render_deck_pdf
            from app.printing.preview import render_pages

            data, result = render_deck_pdf(deck, paper=options.paper, size=options.size, backs=options.backs,
                                           offset_x=options.offset_x, offset_y=options.offset_y)
            pictures = render_pages(data, dpi=PREVIEW_DPI, limit=PREVIEW_PAGES)
            self.done.emit(Rendered(generation, data, result.pages, result.sheets, result.per_sheet,
                                    result.overflowing, tuple(pictures)))
        except Exception as error:  # shown in the dialog in plain words; details go to the log
            log.exception("print preview failed")
            self.failed.emit(generation, str(error))


def _choice(name: str, items: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PrintDeckDialog(QDialog):
    def __init__(self, parent, store: Store, deck: Deck) -> None:
        super().__init__(parent)
        self.store, self.deck = store, deck
        self.setWindowTitle(translate("print_dialog", "Print “{deck}”").format(deck=deck.title))
        self.setObjectName("printDeckDialog")
        self.resize(980, 680)
        self.rendered: Rendered | None = None
        self._generation = 0
        saved = Options(paper=get_setting(store, "print.paper", "a4") or "a4",
                        offset_x=float(get_setting(store, "print.offset_x", "0") or 0),
                        offset_y=float(get_setting(store, "print.offset_y", "0") or 0))

        # Translators: "Letter" is the US paper size
        self.paper = _choice(translate("print_dialog", "Paper"), (("A4", "a4"),
                                                                  (translate("print_dialog", "Letter"), "letter")),
                             saved.paper)
        # Translators: card sizes named after the playing cards of that size
        self.size = _choice(translate("print_dialog", "Card size"),
                            ((translate("print_dialog", "Poker 63.5 × 88.9 mm"), "poker"),
                             (translate("print_dialog", "Bridge 57.2 × 88.9 mm"), "bridge"),
                             (translate("print_dialog", "Tarot 70 × 120 mm"), "tarot")), saved.size)
        self.backs = _choice(translate("print_dialog", "Card backs"),
                             ((translate("print_dialog", "Double-sided, flip on long edge"), "long-edge"),
                              (translate("print_dialog", "Double-sided, flip on short edge"), "short-edge"),
                              (translate("print_dialog", "No backs (single-sided)"), "none")), saved.backs)
        self.offset_x = self._offset(translate("print_dialog", "Back offset right (mm)"), saved.offset_x)
        self.offset_y = self._offset(translate("print_dialog", "Back offset up (mm)"), saved.offset_y)
        form = QFormLayout()
        form.addRow(translate("print_dialog", "&Paper"), self.paper)
        # Translators: Alt+S is Save's and Alt+P the paper's: give this label another letter
        form.addRow(translate("print_dialog", "Card si&ze"), self.size)
        form.addRow(translate("print_dialog", "&Backs"), self.backs)
        form.addRow(translate("print_dialog", "Offset → (mm)"), self.offset_x)
        form.addRow(translate("print_dialog", "Offset ↑ (mm)"), self.offset_y)
        calibration = QPushButton(translate("print_dialog", "Calibration sheet…"))
        calibration.setToolTip(translate("print_dialog", "A one-sheet test print that shows how far your printer "
                                         "shifts the back side"))
        calibration.clicked.connect(self.save_calibration)
        self.summary = QLabel()
        self.summary.setObjectName("printSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("print_dialog", "Making the preview"))
        self.busy.setTextVisible(False)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(translate("print_dialog", "Print at 100 % (actual size). Cut along the crop marks.")))
        left.addWidget(calibration)
        left.addWidget(self.summary)
        left.addWidget(self.busy)
        left.addStretch(1)

        self.pages = QListWidget()
        self.pages.setObjectName("printPreview")
        self.pages.setAccessibleName(translate("print_dialog", "Preview of the printed pages"))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setIconSize(QSize(300, 400))
        self.pages.setSpacing(12)
        self.pages.setMovement(QListView.Movement.Static)
        self.save_button = QPushButton(translate("print_dialog", "&Save PDF…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        self.print_action = QAction(translate("print_dialog", "&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _=False: self.print_pages())
        self.addAction(self.print_action)
        # Translators: Alt+P is the paper's: give this button another letter
        self.print_button = QPushButton(translate("print_dialog", "P&rint…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(translate("print_dialog", "Send these pages to a printer ({keys})").format(
            keys=self.print_action.shortcut().toString()))
        self.print_button.clicked.connect(self.print_action.trigger)
        self.job: PdfPrintJob | None = None
        close = QPushButton(translate("print_dialog", "Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 3)

        self._renderer = _Renderer()
        self._renderer.done.connect(self._show)
        self._renderer.failed.connect(self._failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        for box in (self.paper, self.size, self.backs):
            box.currentIndexChanged.connect(self._debounce.start)
        for spin in (self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._debounce.start)
        self.refresh()

    def _offset(self, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setAccessibleName(name)
        spin.setRange(-15.0, 15.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setValue(value)
        return spin

    def options(self) -> Options:
        return Options(self.paper.currentData(), self.size.currentData(), self.backs.currentData(),
                       self.offset_x.value(), self.offset_y.value())

    def refresh(self) -> None:
        self._generation += 1
        self.rendered = None
        self._enable(False)
        self.busy.show()
        self.summary.setText(translate("print_dialog", "Making the preview…"))
        self._renderer.run(self._generation, self.deck, self.options())

    def _show(self, rendered: Rendered) -> None:
        if rendered.generation != self._generation:
            return
        self.rendered = rendered
        self.busy.hide()
        self._enable(True)
        self.pages.clear()
        with_backs = self.options().backs != "none"
        for number, picture in enumerate(rendered.pictures, start=1):
            image = QImage(picture.rgb, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB888)
            if with_backs and number % 2 == 0:
                shown = translate("print_dialog", "Page {number} · backs")
                said = translate("print_dialog", "Page {number}, backs")
            else:
                shown = translate("print_dialog", "Page {number} · fronts")
                said = translate("print_dialog", "Page {number}, fronts")
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image.copy())), shown.format(number=number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said.format(number=number))
            self.pages.addItem(item)
        more = rendered.pages - len(rendered.pictures)
        # Translators: {sheets} and {pages} are any number: word them to read right for one and for many
        counts = translate("print_dialog", "{cards} cards, {per_sheet} per sheet: {sheets} sheet(s), {pages} page(s).")
        text = counts.format(cards=len(self.deck.cards), per_sheet=rendered.per_sheet, sheets=rendered.sheets,
                             pages=rendered.pages)
        if more:
            text += " " + translate("print_dialog", "The preview shows the first {shown}.").format(
                shown=len(rendered.pictures))
        if rendered.overflowing:
            names = ", ".join(rendered.overflowing)
            # Translators: {count} is any number of cards; {names} lists their titles
            too_long = translate("print_dialog", "<b>{count} card(s) do not fit</b> even at the smallest readable "
                                 "size and would end in “…”: {names}. Shorten them, or choose a larger card size.")
            text += (f"<p style='{theme.css(color='danger')}'>"
                     f"{too_long.format(count=len(rendered.overflowing), names=names)}</p>")
        self.summary.setText(text)

    def _enable(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_action.setEnabled(ready and self.job is None)
        self.print_button.setEnabled(ready and self.job is None)

    def _failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self.busy.hide()
            self.summary.setText(translate("print_dialog", "The preview could not be made ({reason}). Try another "
                                           "card size or paper.").format(reason=reason))

    def _remember(self) -> None:
        options = self.options()
        set_setting(self.store, "print.paper", options.paper)
        set_setting(self.store, "print.offset_x", f"{options.offset_x:g}")
        set_setting(self.store, "print.offset_y", f"{options.offset_y:g}")

    def _ask_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested),
                                              translate("print_dialog", "PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.casefold() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the previewed PDF; returns where, or None if nothing was written."""
        if self.rendered is None:
            return None
        # Translators: the file name the save dialog suggests
        path = path or self._ask_path(translate("print_dialog", "Save the cards as PDF"),
                                      translate("print_dialog", "{deck} cards.pdf").format(deck=self.deck.title))
        if path is None:
            return None
        try:
            write_atomically(path, self.rendered.pdf)
        except OSError as error:
            QMessageBox.warning(self, translate("print_dialog", "Save PDF"),
                                translate("print_dialog", "The PDF could not be written to {path} ({reason}). Choose "
                                          "another folder, or free some space, and save again.").format(
                                              path=path, reason=error.strerror or error))
            return None
        self._remember()
        saved = translate("print_dialog", "Saved to {path}. Print it at 100 % (actual size).").format(path=path)
        self.summary.setText(self.summary.text() + f"<p>{saved}</p>")
        return path

    def print_pages(self, printer: QPrinter | None = None) -> PdfPrintJob | None:
        """Send the previewed pages to a printer: the system's print dialog asks which, unless one is given
        (tests give a QPrinter writing a PDF file). Double-sided is preset to match the backs chosen."""
        if self.rendered is None or self.job is not None:
            return None
        try:
            from PySide6.QtPrintSupport import QPrinter

            from app.ui.printing_qt import print_pdf
        except ImportError:   # an installation without Qt's print support
            log.exception("printing is not available")
            missing = translate("print_dialog", "Printing is not available in this installation: save the PDF and "
                                "print it from a PDF viewer.")
            self.summary.setText(self.summary.text() + f"<p>{missing}</p>")
            return None
        duplex = {"long-edge": QPrinter.DuplexMode.DuplexLongSide, "short-edge": QPrinter.DuplexMode.DuplexShortSide,
                  "none": QPrinter.DuplexMode.DuplexNone}[self.options().backs]
        # Translators: the document's name in the print queue and the print dialog's title
        title = translate("print_dialog", "{deck} cards").format(deck=self.deck.title)
        job = print_pdf(self, self.rendered.pdf, title, printer=printer, duplex=duplex)
        if job is None or job.result is not None:   # the dialog was cancelled, or the printer would not open
            if job is not None:
                self._printed(job.result)
            return job
        self.job = job
        self._enable(True)
        self._remember()
        job.finished.connect(self._printed)
        return job

    def _printed(self, result: PrintResult) -> None:
        self.job = None
        self._enable(self.rendered is not None)
        advice = " " + translate("print_dialog", "Cut along the crop marks.") if result.ok else ""
        self.summary.setText(self.summary.text() + f"<p>{escape(result.message())}{advice}</p>")

    def save_calibration(self, path: Path | None = None) -> Path | None:
        from app.printing.deck_pdf import write_calibration_pdf

        # Translators: the second text is the file name the save dialog suggests
        path = path or self._ask_path(translate("print_dialog", "Save the calibration sheet"),
                                      translate("print_dialog", "printer calibration.pdf"))
        if path is None:
            return None
        try:
            write_calibration_pdf(path, paper=self.paper.currentData())
        except OSError as error:
            QMessageBox.warning(self, translate("print_dialog", "Calibration sheet"),
                                translate("print_dialog", "The PDF could not be written ({reason}).").format(
                                    reason=error.strerror))
            return None
        QMessageBox.information(self, translate("print_dialog", "Calibration sheet"),
                                translate("print_dialog", "Saved to {path}. Print both pages on one sheet, "
                                          "double-sided, at 100 %, hold it against the light and read where the "
                                          "front's lines cross the back's scales. Enter those numbers here as the "
                                          "offsets.").format(path=path))
        return path
