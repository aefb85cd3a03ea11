"""Print… sends the very pages of the preview to a printer. The printer here is Qt's own PDF writer, handed
in as the print dialog would hand over the chosen printer, so no modal dialog ever opens (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog

from app.curriculum.model import Card, Deck
from app.printing.deck_pdf import render_deck_pdf
from app.ui.printing_qt import PrintResult, chosen_pages, page_layout_for, print_pdf

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
DECK = Deck("d", "Lunchtime", "", tuple(Card(f"Card {n}", "Someone sits alone at lunch.", None, (), 1, ())
                                        for n in range(11)))


@pytest.fixture(scope="module")
def deck_pdf() -> bytes:
    data, result = render_deck_pdf(DECK)   # 11 poker cards on A4: 2 sheets, fronts and backs, 4 pages
    assert result.pages == 4
    return data


def file_printer(path: Path, paper: tuple[float, float] = A4) -> QPrinter:
    """What the print dialog would return, but writing a PDF file (screen resolution keeps the test quick)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(page_layout_for(paper))
    return printer


def printed(qtbot, job) -> PrintResult:
    assert job is not None
    if job.result is None:
        with qtbot.waitSignal(job.finished, timeout=10_000):
            pass
    return job.result


def pages_of(path: Path) -> list[tuple[float, float, float]]:
    """(width, height, how much ink) of every page of a PDF file."""
    document = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in document:
            image = page.render(scale=0.3).to_pil().convert("L")
            ink = sum(image.histogram()[:128]) / (image.width * image.height)
            out.append((round(page.get_width()), round(page.get_height()), ink))
        return out
    finally:
        document.close()


def test_every_page_goes_to_the_printer_at_actual_size(qtbot, tmp_path, deck_pdf) -> None:
    out = tmp_path / "printed.pdf"
    progress: list[tuple[int, int]] = []
    job = print_pdf(None, deck_pdf, "Lunchtime cards", printer=file_printer(out))
    job.progress.connect(lambda done, total: progress.append((done, total)))
    result = printed(qtbot, job)
    assert result.ok and result.printed == 4 and not result.shrunk
    assert result.message() == "Sent 4 page(s) to the printer."
    assert progress[-1] == (4, 4)
    pages = pages_of(out)
    assert [(w, h) for w, h, _ in pages] == [(595, 842)] * 4
    assert all(ink > 0.001 for *_, ink in pages)   # really drawn, not blank sheets


def test_the_page_range_and_order_chosen_in_the_dialog_are_kept(qtbot, tmp_path, deck_pdf) -> None:
    printer = file_printer(tmp_path / "range.pdf")
    printer.setFromTo(2, 3)
    assert chosen_pages(printer, 4) == [1, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert chosen_pages(printer, 4) == [2, 1]
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    assert printed(qtbot, print_pdf(None, deck_pdf, "Cards", printer=printer)).printed == 2
    assert len(pages_of(tmp_path / "range.pdf")) == 2


def test_a_page_larger_than_the_paper_is_shrunk_to_fit_and_said(qtbot, tmp_path, deck_pdf) -> None:
    out = tmp_path / "letter.pdf"
    result = printed(qtbot, print_pdf(None, deck_pdf, "Cards", printer=file_printer(out, LETTER)))
    assert result.ok and result.shrunk and "shrunk to fit" in result.message()
    assert [(w, h) for w, h, _ in pages_of(out)] == [(612, 792)] * 4


def test_cancel_stops_the_job_and_bytes_that_are_no_pdf_are_refused(qtbot, tmp_path, deck_pdf) -> None:
    job = print_pdf(None, deck_pdf, "Cards", printer=file_printer(tmp_path / "cancelled.pdf"))
    job.cancel()
    result = printed(qtbot, job)
    assert result.cancelled and not result.ok and "cancelled" in result.message()
    with pytest.raises(ValueError, match="not a readable PDF"):
        print_pdf(None, b"%PDF- nothing here", "Broken", printer=file_printer(tmp_path / "x.pdf"))


def test_the_deck_print_dialog_prints_what_it_previews(qtbot, store, tmp_path) -> None:
    from app.ui.print_dialog import PrintDeckDialog

    dialog = PrintDeckDialog(None, store, DECK)
    qtbot.addWidget(dialog)
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=15_000)
    assert dialog.print_button.isEnabled() and dialog.print_action.isEnabled()
    out = tmp_path / "deck.pdf"
    job = dialog.print_pages(file_printer(out))
    assert job is not None and not dialog.print_button.isEnabled()   # one job at a time
    assert dialog.print_pages(file_printer(tmp_path / "second.pdf")) is None
    printed(qtbot, job)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=5_000)
    assert dialog.print_button.isEnabled() and "Sent 4 page(s) to the printer." in dialog.summary.text()
    assert len(pages_of(out)) == dialog.rendered.pages == 4
    assert not any(p.isVisible() for p in dialog.findChildren(QProgressDialog))   # the progress went with it
