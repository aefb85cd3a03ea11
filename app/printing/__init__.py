"""Printable documents (reportlab lives only here and is imported when a document is made).

`layout` is pure geometry and word wrapping (mm, no reportlab); `card_text` fits a card's text with reportlab's own
Paragraph; `deck_pdf` draws card decks and the duplex calibration sheet; `cli` is the `python -m app print …`
command. `class_report` (with `report_figures`, `report_charts`, `report_tables`) is the class report and
`certificates` the certificates; `report_cli` runs both.
"""
