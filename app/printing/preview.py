"""Pictures of a PDF's pages for the print preview, rendered by PDFium (pypdfium2).

The preview is the very PDF that will be saved, not a second drawing of it, so what the facilitator
sees is what the printer gets. No Qt here: pages come back as raw RGB rows for the UI to wrap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

POINTS_PER_INCH = 72
_PDFIUM = threading.Lock()   # PDFium is not thread-safe: previews asked for in quick succession take turns


@dataclass(frozen=True)
class PagePicture:
    width: int
    height: int
    stride: int   # bytes per row
    rgb: bytes


def render_pages(pdf: bytes, *, dpi: float = 60, limit: int | None = None) -> list[PagePicture]:
    """Every page (or the first `limit`) as RGB at `dpi`; ValueError if the bytes are not a readable PDF."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        return _render(pdfium, pdf, dpi, limit)


def _render(pdfium, pdf: bytes, dpi: float, limit: int | None) -> list[PagePicture]:
    document = _open(pdfium, pdf)
    try:
        count = len(document) if limit is None else min(limit, len(document))
        return [_picture(document[number], dpi) for number in range(count)]
    finally:
        document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, so a printer can be set to the paper the PDF was made for."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = _open(pdfium, pdf)
        try:
            return [(float(w), float(h)) for w, h in (document.get_page_size(n) for n in range(len(document)))]
        finally:
            document.close()


def render_page(pdf: bytes, number: int, *, dpi: float) -> PagePicture:
    """One page (0-based) as RGB at `dpi`: printing takes pages one at a time, so a long document at
    printer resolution never sits in memory whole."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = _open(pdfium, pdf)
        try:
            return _picture(document[number], dpi)
        finally:
            document.close()


def _open(pdfium, pdf: bytes):
    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise ValueError(f"not a readable PDF ({error})") from error


def _picture(page, dpi: float) -> PagePicture:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
    picture = PagePicture(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    bitmap.close()
    page.close()
    return picture
