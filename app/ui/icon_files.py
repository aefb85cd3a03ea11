"""The app icon as the files an operating system wants: app.ico (Windows) and app.icns (macOS), drawn from
assets/icons/app.svg at every size by Qt's SVG renderer. Run by `python3 dev.py icons`; the files are committed
and build.spec gives them to the executable. The containers are written by app.devtools.bundle_plugins (pure Python)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.devtools.bundle_plugins import ICNS_SIZES, ICO_SIZES, icns_file, ico_file


def png_at(renderer: QSvgRenderer, size: int) -> bytes:
    """The picture drawn at size×size pixels on a transparent ground, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise OSError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def write_icon_files(svg: Path, folder: Path) -> list[Path]:
    """Write folder/app.ico and folder/app.icns from the SVG; the paths written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    pngs = {size: png_at(renderer, size) for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
    written = []
    for name, data in (("app.ico", ico_file({size: pngs[size] for size in ICO_SIZES})),
                       ("app.icns", icns_file({size: pngs[size] for size in ICNS_SIZES}))):
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written
