"""The theme's tokens: every colour, type size and spacing by role, and the three themes (light, dark, high
contrast). Pure data (no Qt): app/ui/theme.py builds the palette and stylesheet from them, and the contrast
test checks every pair here."""

from __future__ import annotations

from dataclasses import dataclass, field


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
