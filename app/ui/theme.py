"""The app's one look: colours, type sizes, spacing and icons, and the stylesheet built from them.

Why one module: a facilitator moves between pages all lesson long, and pages that share one palette, one type
scale and one kind of button read as one tool; scattered style sheets drifted into three greys, two reds and
a dozen font sizes. Pages name what a widget *is* (an objectName, or a `tone` such as "muted" or "danger")
and the application stylesheet built here says how that looks.

Type sizes are multiples of the application font's point size, never fixed points: a facilitator who sets a
larger font (or a 200% screen) gets every heading and button larger with it, and nothing is ever smaller than
their own font. Light, dark and high contrast are three instances of `Theme` (chosen in Settings →
Appearance…), not three sets of edits across the pages.

Text colours reach WCAG AA (4.5:1) against the backgrounds they sit on; tests/unit/test_theme_contrast.py checks
every pair. The projector keeps its own dark palette (`PROJECTOR`): it is read across a room, not at a desk.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QStyleFactory, QTextBrowser, QWidget

from app.paths import assets_dir
from app.ui.theme_tokens import (  # noqa: F401 (the tokens are the theme's public names)
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PROJECTOR,
    THEMES,
    ProjectorPalette,
    Radii,
    Spacing,
    Theme,
    TypeScale,
)

log = logging.getLogger(__name__)

TONES = ("muted", "accent", "success", "warning", "danger")   # the values of a label's `tone` property
ICON_NAMES = frozenset({   # assets/icons/NAME.svg; tests/unit/test_theme_contrast.py checks each is shipped
    "back", "home", "run-session", "new-class", "add-student", "results", "journals", "devices", "print", "import",
    "export", "student-mode", "previous", "next", "blackout", "present", "timer", "pause", "play", "add-minute",
    "copy", "edit", "certificates", "chevron-down", "chevron-up"})

_current = LIGHT


def current() -> Theme:
    """The theme applied at start (Settings → Appearance…)."""
    return _current


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours (1 to 21): text needs 4.5, large text and graphics 3."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Sizes -----------------------------------------------------------------------------------------------------

def base_pt() -> float:
    """The application font's point size: what every type size is a multiple of."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else -1.0
    return size if size > 0 else _current.min_font_pt


def pt(role: str, base: float | None = None) -> float:
    """A type-scale role ('body', 'h1', …) in points, from the application font (or `base`)."""
    return round((base or base_pt()) * getattr(_current.scale, role), 1)


def icon_px(factor: float = 1.0) -> int:
    """An icon beside words, in pixels: a little taller than the text's capitals, growing with the font."""
    return round(base_pt() * 4 / 3 * 1.3 * factor)


# Applying --------------------------------------------------------------------------------------------------

def palette(theme: Theme) -> QPalette:
    """The same colours for what Qt draws natively (check boxes, spin arrows, dialogs, tooltips)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, token in ((roles.Window, "background"), (roles.WindowText, "text"), (roles.Base, "surface"),
                        (roles.AlternateBase, "background"), (roles.Text, "text"), (roles.Button, "surface"),
                        (roles.ButtonText, "text"), (roles.Highlight, "selection"), (roles.HighlightedText, "text"),
                        (roles.Link, "accent"), (roles.LinkVisited, "accent"), (roles.ToolTipBase, "text"),
                        (roles.ToolTipText, "surface"), (roles.PlaceholderText, "muted"), (roles.BrightText, "surface"),
                        (roles.Light, "surface"), (roles.Midlight, "border"), (roles.Mid, "border_strong"),
                        (roles.Dark, "border_strong"), (roles.Shadow, "muted")):
        pal.setColor(role, QColor(theme.colour(token)))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor(theme.disabled))
    pal.setColor(disabled, roles.Base, QColor(theme.background))
    pal.setColor(disabled, roles.Button, QColor(theme.background))
    return pal


def apply(app: QApplication, theme: Theme = LIGHT, *, font_floor: bool = False, font_scale: float = 1.0) -> None:
    """Once, at start: Fusion (the one style that follows the palette everywhere), the palette and the
    stylesheet. Fusion on every system also means the Windows laptop looks like the screenshots.
    The system's font is kept as it is (the console is laid out to fit 1280×720 with it); `font_floor` raises
    it to `min_font_pt`, for a caller that wants that (a font-scale setting is issue 17's)."""
    global _current
    from app.ui.theme_css import app_stylesheet

    _current = theme
    font = QFont(app.font())
    if font_floor and font.pointSizeF() > 0:
        font.setPointSizeF(max(font.pointSizeF(), theme.min_font_pt))
        app.setFont(font)
    if font_scale != 1.0 and font.pointSizeF() > 0:   # Settings → Appearance: every size is a multiple of this
        font.setPointSizeF(round(font.pointSizeF() * font_scale, 1))
        app.setFont(font)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(palette(theme))
    app.setStyleSheet(app_stylesheet(theme, base_pt(), assets_dir() / "icons"))
    _render_icon.cache_clear()
    log.debug("theme %s applied at %.1f pt", theme.name, base_pt())


def repolish(widget: QWidget) -> None:
    """Make a property change show: the stylesheet is matched when a widget is polished, not on every paint."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """A label's colour by meaning ('muted', 'success', 'danger', …; '' for plain text)."""
    if tone and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}; expected one of {TONES}")
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        repolish(widget)


def set_state(widget: QWidget, name: str, value: str) -> None:
    """A dynamic property the stylesheet matches on (the timer's `state`), re-polished only when it changes."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


def style_document(browser: QTextBrowser) -> QTextBrowser:
    """Detail pages' HTML styled like the rest of the app (headings from the type scale, accent links, roomy
    lines). Qt applies a document's default stylesheet when HTML is set, so this comes before setHtml."""
    from app.ui.theme_css import document_css

    browser.document().setDefaultStyleSheet(document_css(_current, base_pt()))
    browser.document().setDocumentMargin(_current.space.s)
    return browser


def set_markdown(browser: QTextBrowser, markdown: str) -> None:
    """Markdown (the facilitator guide) with the detail pages' headings, links and line height. Qt's Markdown
    reader ignores a document's stylesheet and sizes headings by its own steps, so its formats are set here."""
    browser.setMarkdown(markdown)
    document = browser.document()
    sizes = {1: pt("h1"), 2: pt("h2"), 3: pt("h3")}
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        shape = QTextBlockFormat(block.blockFormat())
        if level:
            shape.setTopMargin(20 if level > 1 else 4)
            shape.setBottomMargin(6)
        else:
            shape.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(shape)
        for start, length, chars in _fragments(block):   # read first: changing formats re-cuts fragments
            if not (level or chars.isAnchor()):
                continue
            chars.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            if level:
                chars.setFontPointSize(sizes.get(level, pt("h3")))
            if chars.isAnchor():
                chars.setForeground(QColor(_current.accent))
                chars.setFontUnderline(False)
            chars.setFontWeight(QFont.Weight.DemiBold)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(chars)
        block = block.next()
    cursor.endEditBlock()


def _fragments(block) -> list[tuple[int, int, QTextCharFormat]]:
    found = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        found.append((fragment.position(), fragment.length(), fragment.charFormat()))
        it += 1
    return found


# Small HTML and CSS pieces -----------------------------------------------------------------------------------

def css(*, color: str = "", background: str = "", size: str = "", font_pt: float = 0, weight: int = 0,
        italic: bool = False) -> str:
    """Declarations for an inline style from theme tokens: css(color="muted", size="small") → 'color: …;'."""
    parts = []
    if color:
        parts.append(f"color: {_current.colour(color)};")
    if background:
        parts.append(f"background: {_current.colour(background)};")
    if size or font_pt:
        parts.append(f"font-size: {font_pt or pt(size)}pt;")
    if weight:
        parts.append(f"font-weight: {weight};")
    if italic:
        parts.append("font-style: italic;")
    return " ".join(parts)


def span(html: str, tone: str, *, bold: bool = False) -> str:
    """Rich text in a tone's colour, for a few words inside a label's HTML ('open to students now')."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{_current.colour(tone)}'>{html}</{tag}>"


# Icons -----------------------------------------------------------------------------------------------------

ICON_SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str):
    return assets_dir() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """One of the shipped line icons (assets/icons/NAME.svg), drawn in the theme's text colour, and greyed when
    its action is disabled. A missing file logs and gives an empty icon: a button keeps its words."""
    if name not in ICON_NAMES:
        log.warning("icon %r is not one of theme.ICON_NAMES", name)
    return QIcon(_render_icon(name))


@cache
def _render_icon(name: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    path = icon_path(name)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        log.warning("icon %s not found at %s", name, path)
        return QIcon()
    result = QIcon()
    for mode, token in ((QIcon.Mode.Normal, "text"), (QIcon.Mode.Disabled, "disabled")):   # others use Normal
        renderer = QSvgRenderer(QByteArray(source.replace("currentColor", _current.colour(token)).encode()))
        for size in ICON_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
