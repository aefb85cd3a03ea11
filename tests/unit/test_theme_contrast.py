"""The look's promises, checked without a screen: every text colour the theme uses reads at WCAG AA against the
backgrounds it sits on, controls and chart lines stand out at 3:1, no page styles itself with colours or sizes
of its own, and every icon the app asks for is shipped."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.curriculum import load_curriculum
from app.paths import activities_dir, assets_dir
from app.ui import theme
from app.ui.theme import LIGHT, PROJECTOR, THEMES, Theme, contrast

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
TEXT, LARGE_OR_GRAPHIC = 4.5, 3.0

# (text, background) by role: every pair the light theme draws, with where it is drawn.
TEXT_PAIRS = [
    *((fg, bg) for fg in ("text", "muted", "accent", "success", "warning", "danger")
      for bg in ("background", "surface", "panel", "hover", "selection")),  # labels, lists, tool panels, rows
    *(("text", bg) for bg in ("pressed", "info_soft", "success_soft", "highlight", "badge_story", "badge_neutral",
                              "paper", "desk")),      # caveats, notes, search matches, badges, student mode
    ("muted", "info_soft"), ("notice_text", "notice_soft"),
    ("text", "background"), ("surface", "text"),      # tooltips: light text on ink
    *(("on_accent", bg) for bg in ("accent", "accent_hover", "success", "warning", "danger", "muted")),  # fills
    *((fg, "paper") for fg in ("muted", "accent", "danger")),   # student mode's page
]
GRAPHIC_PAIRS = [("border_strong", "surface"), ("border_strong", "background"),   # input and button outlines
                 ("accent", "surface"), ("accent", "background"),                 # focus ring, selection edge
                 ("muted", "surface")]                                            # the charts' "went down" lines
PROJECTOR_TEXT = [(fg, bg) for fg in ("text", "accent", "soft", "muted") for bg in ("background", "panel")]


def _pair_id(pair: tuple[str, str]) -> str:
    return f"{pair[0]}-on-{pair[1]}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=_pair_id)
def test_text_reads_at_aa_in_every_theme(theme: Theme, pair: tuple[str, str]) -> None:
    fg, bg = (theme.colour(token) for token in pair)
    assert contrast(fg, bg) >= TEXT, f"{theme.name} {pair}: {contrast(fg, bg):.2f}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
@pytest.mark.parametrize("pair", GRAPHIC_PAIRS, ids=_pair_id)
def test_controls_and_chart_lines_stand_out_in_every_theme(theme: Theme, pair: tuple[str, str]) -> None:
    fg, bg = (theme.colour(token) for token in pair)
    assert contrast(fg, bg) >= LARGE_OR_GRAPHIC, f"{theme.name} {pair}: {contrast(fg, bg):.2f}"


def test_high_contrast_is_higher_than_aa() -> None:
    theme = THEMES["high-contrast"]
    for fg, bg in (("text", "background"), ("muted", "surface"), ("accent", "background"), ("on_accent", "accent")):
        assert contrast(theme.colour(fg), theme.colour(bg)) >= 7.0, (fg, bg)   # AAA for the main pairs


@pytest.mark.parametrize("pair", PROJECTOR_TEXT, ids=_pair_id)
def test_projector_text_reads_across_the_room(pair: tuple[str, str]) -> None:
    fg, bg = (getattr(PROJECTOR, token) for token in pair)
    assert contrast(fg, bg) >= 7.0, f"{pair}: {contrast(fg, bg):.2f}"   # AAA: read from the back row


def test_card_levels_read_on_the_projector_panel() -> None:
    assert all(round(contrast(colour, PROJECTOR.panel), 1) >= 7.0 for _level, colour in PROJECTOR.levels)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_phase_colours_carry_their_text_and_read_as_titles(theme: Theme) -> None:
    """The home tiles put `on_accent` on each phase colour; the phase page writes its title in it."""
    shipped = [(phase.id, phase.colour) for phase in load_curriculum(activities_dir()).phases]
    colours = {theme.phase_colour(pid, given) for pid, given in shipped} | {c for _pid, c in theme.phases}
    for colour in colours:
        assert contrast(theme.on_accent, colour) >= TEXT, colour
        assert contrast(colour, theme.background) >= TEXT, colour


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)   # the classic AA grey


def test_type_scale_never_goes_below_the_users_font() -> None:
    scale = LIGHT.scale
    assert min(scale.small, scale.body, scale.h3, scale.h2, scale.h1, scale.display) >= 1.0
    assert scale.small <= scale.body < scale.h3 < scale.h2 < scale.h1 < scale.display


# No page styles itself ---------------------------------------------------------------------------------------

# The projector and its thumbnails draw with the projector's own dark palette (which lives in theme.py too);
# theme.py and theme_css.py are where colours and sizes are written.
ALLOWED = {"theme.py", "theme_css.py", "runner/projector.py", "runner/projector_board.py", "runner/projector_card.py",
           "runner/projector_fit.py", "runner/projector_text.py", "runner/thumbnails.py"}
LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|(?<![\w{])\d+(?:\.\d+)?\s*(?:px|pt)\b|\b(?:rgb|rgba)\(")


def _module_strings(tree: ast.Module, source: str) -> dict[str, str]:
    """Module-level NAME = <string or f-string> assignments, as source text (a sheet passed by name)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = ast.get_source_segment(source, node.value) or ""
    return found


def _stylesheet_calls() -> list[tuple[str, int, str]]:
    calls = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name in ALLOWED:
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        named = _module_strings(tree, source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "setStyleSheet":
                text = " ".join(ast.get_source_segment(source, arg) or "" for arg in node.args)
                text += " ".join(named.get(arg.id, "") for arg in node.args if isinstance(arg, ast.Name))
                calls.append((name, node.lineno, text))
    return calls


def test_no_page_styles_itself_with_colours_or_sizes() -> None:
    calls = _stylesheet_calls()
    assert len(calls) >= 5   # the scan finds the calls that are there (phase colours, the kiosk, the join card)
    offenders = [f"app/ui/{name}:{line}: {text.strip()[:90]}" for name, line, text in calls if LITERAL.search(text)]
    assert offenders == [], "style through app/ui/theme.py (an objectName, theme.set_tone, theme.css):\n" + \
        "\n".join(offenders)


def test_the_scan_would_catch_a_hard_coded_style() -> None:
    assert LITERAL.search('label.setStyleSheet("color: #8a1c1c;")')
    assert LITERAL.search('"font-size: 12pt; font-weight: 600;"')
    assert LITERAL.search('"padding: 4px 0;"')
    assert not LITERAL.search('theme.css(font_pt=self.font_pt)')
    assert not LITERAL.search('f"padding: {sp.s}px"')


# Icons --------------------------------------------------------------------------------------------------------

def _icon_names_used() -> set[str]:
    """String names given to theme.icon(...), to an `icon=` argument, or in a module's ICONS table."""
    used = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if func == "icon" and node.args and isinstance(node.args[0], ast.Constant):
                    used.add(node.args[0].value)
                used |= {k.value.value for k in node.keywords
                         if k.arg == "icon" and isinstance(k.value, ast.Constant) and k.value.value}
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "ICONS"
                                                    for t in node.targets) and isinstance(node.value, ast.Dict):
                used |= {v.value for v in node.value.values if isinstance(v, ast.Constant)}
    return used


def test_every_icon_used_is_shipped() -> None:
    used = _icon_names_used()
    assert {"run-session", "new-class", "results", "journals", "devices", "print", "import", "export",
            "student-mode", "previous", "next", "blackout"} <= used   # the main actions and the console's
    assert used <= theme.ICON_NAMES, used - theme.ICON_NAMES
    missing = sorted(name for name in theme.ICON_NAMES if not (assets_dir() / "icons" / f"{name}.svg").is_file())
    assert missing == []


def test_icons_are_line_drawings_in_the_current_colour() -> None:
    """One file serves every theme: theme.icon() paints `currentColor` in the theme's text colour."""
    for name in theme.ICON_NAMES:
        svg = (assets_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg and 'stroke="currentColor"' in svg, name
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", svg), name
