"""A PDF made and pictured off the UI thread, for dialogs that preview what they will save.

The pattern of the deck's print dialog (`app/ui/print_dialog.py`), made general: the caller hands over a
function that makes the PDF's bytes; a worker thread runs it and renders the pages with PDFium
(`app/printing/preview.py`), and the result comes back on the UI thread stamped with the generation it was
asked for, so a preview asked for before the latest change is dropped rather than shown. Typing in a field
asks for many previews in a row; only the last one counts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preview:
    generation: int
    pdf: bytes
    pictures: tuple[object, ...]  # app.printing.preview.PagePicture


class PdfPreviewer(QObject):
    """Runs make() and renders its pages on a worker thread; `done`/`failed` arrive on the UI thread."""

    done = Signal(object)        # Preview
    failed = Signal(int, str)    # generation, the reason in plain words

    def run(self, generation: int, make: Callable[[], bytes], *, dpi: float = 60, limit: int | None = None) -> None:
        threading.Thread(target=self._work, args=(generation, make, dpi, limit), name="pdf-preview",
                         daemon=True).start()

    def _work(self, generation: int, make: Callable[[], bytes], dpi: float, limit: int | None) -> None:
        try:
            from app.printing.preview import render_pages

            pdf = make()
            self.done.emit(Preview(generation, pdf, tuple(render_pages(pdf, dpi=dpi, limit=limit))))
        except Exception as error:  # said in the dialog in plain words; the details go to the log
            log.exception("PDF preview failed")
            self.failed.emit(generation, str(error) or type(error).__name__)


def page_image(picture) -> QImage:
    """A rendered page as a QImage that owns its pixels (the picture's bytes may go once this returns)."""
    image = QImage(picture.rgb, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB888)
    return image.copy()
