"""One printed page shown whole: scaled to the space there is, its proportions kept, like a sheet on a desk.

The picture is PDFium's rendering of the very PDF that will be saved (`app/ui/pdf_preview.py`); this widget
only paints it, so resizing the dialog never renders again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme
from app.ui.i18n import translate

DESK = QColor(theme.current().desk)
SHADOW = QColor(0, 0, 0, 45)
MARGIN = 14


class PageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.setObjectName("pagePreview")
        self.setAccessibleName(translate("results.page_view", "Preview of the printed page"))
        self.setMinimumSize(320, 230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_image(self, image: QImage | None, description: str) -> None:
        """The page to show (None: an empty desk), and what it shows, in words, for a screen reader."""
        self.image = image
        self.setAccessibleDescription(description)
        self.update()

    def page_rect(self) -> QRect:
        """Where the page is painted: as large as fits inside the margins, centred."""
        area = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self.image is None or area.isEmpty():
            return QRect()
        target = QRect(QPoint(0, 0), self.image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio))
        target.moveCenter(area.center())
        return target

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), DESK)
        target = self.page_rect()
        if self.image is None or target.isEmpty():
            return
        painter.fillRect(target.translated(2, 3), SHADOW)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
