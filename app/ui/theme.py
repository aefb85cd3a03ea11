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
from dataclasses import dataclass, field
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

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProjectorPalette:
    """The projector's dark room palette (app/ui/runner/projector*.py, thumbnails, the join card): light text on
    near-black, so a projected room is not lit up and the back row reads it. Ratios are against `background`."""

    background: str = "#121620"
    text: str = "#ffffff"
    accent: str = "#ffd479"       # headings and highlights: 12.9:1
    soft: str = "#bfd7ff"         # names and secondary text: 11.6:1
    muted: str = "#aeb8cc"        # small labels: 8.9:1
    panel: str = "#1e2636"        # cards, tiles and clocks sit on this, a step lighter than the background
    tile_border: str = "#3a4660"
    card_back: str = "#27304a"
    card_back_lines: str = "#3a4870"
    card_rule: str = "#2e3850"
    caption: str = "#7a869a"      # the thumbnails' "not shown" caption, on the background
    levels: tuple[tuple[int, str], ...] = ((1, "#8ed1b0"), (2, "#f5c26b"), (3, "#f09a8a"))  # ≥ 7:1 on the panel


@dataclass(frozen=True)
class TypeScale:
    """Font sizes as multiples of the application font. `small` is the user's own size: the floor."""

    small: float = 1.0
    body: float = 1.1
    h3: float = 1.25
    h2: float = 1.45
    h1: float = 2.0
    display: float = 2.7   # the console's step timer, the join code


@dataclass(frozen=True)
class Spacing:
    """Gaps and paddings in pixels: layout, not type, so they do not grow with the font."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 18  # noqa: E741 (the size names read as S, M, L)
    xl: int = 24


@dataclass(frozen=True)
class Radii:
    s: int = 4
    m: int = 6
    l: int = 10  # noqa: E741


@dataclass(frozen=True)
class Theme:
    """Every colour the facilitator's windows use, by role. Hex strings, lower case, #rrggbb."""

    name: str
    background: str       # the window behind everything
    surface: str          # lists, text, inputs, detail pages
    panel: str            # a tool panel set apart inside a page (questionnaire, role-play, summary)
    text: str
    muted: str            # secondary text: meta lines, captions, hints
    disabled: str         # inactive controls (WCAG 1.4.3 exempts them; still kept readable)
    accent: str           # the one accent: links, focus, primary buttons, selection edges
    accent_hover: str
    on_accent: str        # text on accent, success, warning, danger and phase fills
    selection: str        # selected rows (text stays `text`)
    hover: str
    pressed: str
    border: str           # decoration: list separators, panel edges
    border_strong: str    # control outlines: 3:1 on surface (WCAG 1.4.11)
    success: str
    warning: str
    danger: str
    success_soft: str     # backgrounds of a good-news note
    info_soft: str        # backgrounds of a read-this-first note
    notice_soft: str      # the demo banner
    notice_text: str
    notice_border: str
    highlight: str        # search matches
    badge_story: str      # "Story wall" badge
    badge_neutral: str    # "Shared with you" badge
    desk: str             # behind a page preview
    paper: str            # student mode's warm page
    scrollbar: str
    scrollbar_hover: str
    phases: tuple[tuple[str, str], ...]   # fallbacks when activities/phases.toml gives no colour
    projector: ProjectorPalette = field(default_factory=ProjectorPalette)
    scale: TypeScale = field(default_factory=TypeScale)
    space: Spacing = field(default_factory=Spacing)
    radius: Radii = field(default_factory=Radii)
    min_font_pt: float = 11.0   # the floor for the application font: a projected laptop screen is read from afar
    own_phase_colours: bool = False   # True: the theme's phase colours, not the curriculum's (drawn for light)

    def colour(self, token: str) -> str:
        """A token's colour ('muted' → '#52606d'); a colour given as such passes through."""
        return token if token.startswith("#") else str(getattr(self, token))

    def phase_colour(self, phase_id: str, given: str = "") -> str:
        """The curriculum's own colour for a phase when it has a valid one, else this theme's."""
        if len(given) == 7 and given.startswith("#") and not self.own_phase_colours:
            return given.lower()
        return dict(self.phases).get(phase_id, self.accent)


LIGHT = Theme(
    name="light",
    background="#f5f7f9", surface="#ffffff", panel="#eef2f6",
    text="#1f2933", muted="#52606d", disabled="#7b8794",
    accent="#2f6690", accent_hover="#27577b", on_accent="#ffffff",
    selection="#dce8f3", hover="#eef4fa", pressed="#d7e5f2",
    border="#d5dce3", border_strong="#7b8794",
    success="#1b7036", warning="#8a5a00", danger="#b3261e",
    success_soft="#e8f3ea", info_soft="#eaf1f8",
    notice_soft="#fff1c2", notice_text="#3d2e00", notice_border="#8a6d00",
    highlight="#ffe58a", badge_story="#fde7b0", badge_neutral="#e4e7eb",
    desk="#e4e7eb", paper="#fff8ee",
    scrollbar="#c3ccd5", scrollbar_hover="#8795a3",
    phases=(("self", "#a4502f"), ("other", "#2b6a6e"), ("community", "#5b4b8a")),
)
# Dark: light text on near-black greys; fills (accent, success, warning, danger) are light, with dark text on
# them, so every colour reads both as text on the page and as a button's fill. The phases are the theme's own
# pastels (a curriculum's colours are chosen for the light theme).
DARK = Theme(
    name="dark",
    background="#15181c", surface="#1d2126", panel="#23282e",
    text="#e6eaee", muted="#a9b3bd", disabled="#8a949e",
    accent="#8cc4f0", accent_hover="#a8d3f5", on_accent="#0e1216",
    selection="#264058", hover="#262c33", pressed="#30383f",
    border="#3a424b", border_strong="#8a949e",
    success="#74d48f", warning="#f0c05a", danger="#ff9a90",
    success_soft="#173222", info_soft="#172a3d",
    notice_soft="#3a3114", notice_text="#f5dd9a", notice_border="#c9a640",
    highlight="#5c4d0f", badge_story="#4d3d12", badge_neutral="#343b43",
    desk="#101316", paper="#1e1b17",
    scrollbar="#4a535c", scrollbar_hover="#6f7a85",
    phases=(("self", "#f0a080"), ("other", "#78c8cc"), ("community", "#b9a8f0")),
    own_phase_colours=True,
)
# High contrast: white on black, yellow for what acts (links, focus, the primary button), every edge white.
HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000", surface="#000000", panel="#0d0d0d",
    text="#ffffff", muted="#e6e6e6", disabled="#b3b3b3",
    accent="#ffd400", accent_hover="#ffe45c", on_accent="#000000",
    selection="#003a75", hover="#1a1a1a", pressed="#333333",
    border="#ffffff", border_strong="#ffffff",
    success="#70ff9e", warning="#ffd400", danger="#ff9090",
    success_soft="#002b12", info_soft="#001f3d",
    notice_soft="#2e2600", notice_text="#ffe45c", notice_border="#ffd400",
    highlight="#5c4a00", badge_story="#4a3800", badge_neutral="#333333",
    desk="#1a1a1a", paper="#000000",
    scrollbar="#bfbfbf", scrollbar_hover="#ffffff",
    phases=(("self", "#ffa285"), ("other", "#7fe6ec"), ("community", "#cdbbff")),
    own_phase_colours=True,
)
THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
PROJECTOR = LIGHT.projector
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
