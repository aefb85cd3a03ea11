"""Send a PDF the app made to a printer: the system's print dialog, then each page drawn onto the printer.

Any PDF works (decks, journals, class reports, certificates), because the pages sent are pictures of the
very PDF the preview shows and Save writes, rendered by PDFium (app/printing/preview.py). Pages are
rendered on a worker thread one at a time, at the printer's resolution up to 300 dpi (plenty for text on
paper; a 1200-dpi A4 page would be 400 MB), and drawn on the UI thread as they arrive, so a long document
never sits in memory whole and the window stays responsive, with progress and Cancel.

Pages print at actual size from the paper's corner (cards must be cut where the crop marks say); a page
larger than the chosen paper is shrunk to fit rather than cut off, and the result says so. Tests hand in
a QPrinter that writes a PDF file, so no modal dialog ever opens there.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.ui.i18n import translate

log = logging.getLogger(__name__)
MAX_DPI = 300
POINTS_PER_INCH = 72
_RUNNING: set[PdfPrintJob] = set()   # a job outlives the call that started it, until it finishes


@dataclass(frozen=True)
class PrintResult:
    printed: int        # pages drawn
    cancelled: bool
    shrunk: bool        # some page was larger than the paper and was scaled down
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.error

    def message(self) -> str:
        if self.error:
            return translate("printing_qt", "Printing stopped: {reason}").format(reason=self.error)
        printed = self.printed   # a plain name: lupdate drops a counted call whose count is an expression
        if self.cancelled:
            return translate("printing_qt", "Printing cancelled after %n page(s).", None, printed)
        shrunk = (" " + translate("printing_qt", "Some pages were larger than the paper and were shrunk to fit.")
                  if self.shrunk else "")
        # Translators: {count} is any number of pages: word it to read right for one and for many
        return translate("printing_qt", "Sent {count} page(s) to the printer.").format(count=printed) + shrunk


def page_layout_for(size_pt: tuple[float, float]) -> QPageLayout:
    """The paper a PDF page was made for (A4, Letter… matched within a millimetre), no margins."""
    width, height = size_pt
    landscape = width > height
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages to draw, as the print dialog left them: the range, page order and copies (when the
    printer cannot make copies itself)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        first, last = 1, count
    pages = list(range(max(first, 1) - 1, min(last, count)))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        pages = pages * printer.copyCount()   # collated: the whole document, then again
    return pages


class PdfPrintJob(QObject):
    """Draws the chosen pages onto an open printer; `progress` and `finished` arrive on the UI thread."""

    progress = Signal(int, int)   # pages drawn, pages in all
    finished = Signal(object)     # PrintResult
    _rendered = Signal(int, object)   # worker → UI thread: page number, PagePicture
    _broken = Signal(str)

    def __init__(self, printer: QPrinter, pdf: bytes, sizes: list[tuple[float, float]], pages: list[int]) -> None:
        super().__init__()
        self.printer, self.pdf, self.sizes, self.pages = printer, pdf, sizes, pages
        self.dpi = min(printer.resolution(), MAX_DPI)
        self.painter = QPainter()
        self.drawn = 0
        self.shrunk = False
        self.result: PrintResult | None = None
        self._cancelled = threading.Event()
        self._room = threading.Semaphore(2)   # at most two rendered pages wait to be drawn
        self._rendered.connect(self._draw)
        self._broken.connect(lambda reason: self._finish(error=reason))

    def start(self) -> bool:
        if not self.pages:
            self._finish()
            return True
        if not self.painter.begin(self.printer):
            # Translators: the reason, after "Printing stopped: "
            self._finish(error=translate("printing_qt", "the printer could not be opened. Check it is switched on "
                                         "and chosen, and try again."))
            return False
        _RUNNING.add(self)
        threading.Thread(target=self._work, name="print-pages", daemon=True).start()
        return True

    def cancel(self) -> None:
        if self.result is None:
            self._cancelled.set()
            self._room.release()   # a worker waiting for room wakes up and sees the cancel
            self.printer.abort()
            self._finish(cancelled=True)

    def _work(self) -> None:
        from app.printing.preview import render_page

        for number in self.pages:
            self._room.acquire()
            if self._cancelled.is_set():
                return
            try:
                picture = render_page(self.pdf, number, dpi=self.dpi)
            except Exception as error:   # said to the facilitator in plain words; details go to the log
                log.exception("rendering page %d for the printer failed", number + 1)
                self._broken.emit(str(error) or type(error).__name__)
                return
            self._rendered.emit(number, picture)

    def _draw(self, number: int, picture) -> None:
        if self.result is not None:
            return
        if self.drawn and not self.printer.newPage():
            self._finish(error=translate("printing_qt", "the printer refused the next page (out of paper, or "
                                         "switched off?)."))
            return
        image = QImage(picture.rgb, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB888)
        self.painter.drawImage(self._target(number), image)
        self.drawn += 1
        self._room.release()
        self.progress.emit(self.drawn, len(self.pages))
        if self.drawn == len(self.pages):
            self._finish()

    def _target(self, number: int) -> QRectF:
        """Where the page goes on the paper, in printer pixels: actual size, or shrunk to fit the paper."""
        resolution = self.printer.resolution()
        width, height = (v * resolution / POINTS_PER_INCH for v in self.sizes[number])
        paper = self.printer.pageLayout().fullRectPixels(resolution)
        scale = min(1.0, paper.width() / width, paper.height() / height)
        if scale < 0.995:   # rounding aside, the page does not fit this paper
            self.shrunk = True
            return QRectF((paper.width() - width * scale) / 2, (paper.height() - height * scale) / 2,
                          width * scale, height * scale)
        return QRectF(0, 0, width, height)

    def _finish(self, *, cancelled: bool = False, error: str = "") -> None:
        if self.result is not None:
            return
        if self.painter.isActive() and not self.painter.end() and not (cancelled or error):
            error = translate("printing_qt", "the printer did not take the document.")
        self.result = PrintResult(self.drawn, cancelled, self.shrunk, error)
        log.info("print job %r: %s", self.printer.docName(), self.result.message())
        _RUNNING.discard(self)
        self.finished.emit(self.result)


def print_pdf(parent: QWidget | None, pdf: bytes, title: str, *, printer: QPrinter | None = None,
              duplex: QPrinter.DuplexMode | None = None) -> PdfPrintJob | None:
    """Print a PDF's pages. Without `printer`, the system's print dialog asks which printer, pages and copies
    (None if the facilitator cancels it); a given `printer` is used as it is (tests: a PDF file). The job runs
    on; with a parent, a progress window with Cancel follows it. ValueError if the bytes are no PDF."""
    from app.printing.preview import page_sizes

    sizes = page_sizes(pdf)
    if not sizes:
        raise ValueError("the PDF has no pages")
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout_for(sizes[0]))
        if duplex is not None:
            printer.setDuplex(duplex)
        printer.setFromTo(1, len(sizes))
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("printing_qt", "Print “{document}”").format(document=title))
        dialog.setMinMax(1, len(sizes))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
    else:
        printer.setFullPage(True)
    job = PdfPrintJob(printer, pdf, sizes, chosen_pages(printer, len(sizes)))
    if parent is not None:
        _follow(parent, job, title)
    job.start()
    return job


def _follow(parent: QWidget, job: PdfPrintJob, title: str) -> None:
    """A progress window with Cancel (window-modal: the document cannot change while it prints)."""
    progress = QProgressDialog(translate("printing_qt", "Printing “{document}”…").format(document=title),
                               translate("printing_qt", "Cancel"), 0, len(job.pages), parent)
    progress.setObjectName("printProgress")
    progress.setWindowTitle(translate("printing_qt", "Printing"))
    progress.setAccessibleName(translate("printing_qt", "Printing progress"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)   # a one-page job finishes before it would flash up
    progress.setAutoClose(False)
    progress.setValue(0)
    progress.canceled.connect(job.cancel)
    job.progress.connect(lambda done, _total: progress.setValue(done))

    def done(result: PrintResult) -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        progress.deleteLater()
        if result.error:
            QMessageBox.warning(parent, translate("printing_qt", "Print"), result.message())

    job.finished.connect(done)
