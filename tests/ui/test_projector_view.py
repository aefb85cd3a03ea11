"""The projector as the back row needs it: text fitted to the screen (capped, floored, never cut), the class's
countdown, cards drawn as cards, groups and turns large, the room's text scale, and only the class's words."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from app.curriculum.model import Card
from app.session.flow import Slide, build_slides
from app.ui.runner.projector import ProjectorView, next_scale
from app.ui.runner.projector_fit import Block, fit_blocks, limits
from app.ui.runner.projector_text import ACCENT, SOFT, FitLabel
from tests.ui.runner_helpers import CURRICULUM

SIZES = [(1920, 1080), (1280, 720)]
SLIDES = [slide for plan in CURRICULUM.plans for slide in build_slides(plan, CURRICULUM)]
LONGEST = tuple(sorted({line for slide in SLIDES if slide.kind == "step" for line in slide.lines}, key=len)[-6:])
WEEK = next(slide for slide in SLIDES if slide.kind == "challenge" and slide.challenge_step == "launch")
LONG = Slide("step", "Six long lines from the curriculum", LONGEST, "", "", 5)
SHORT = Slide("step", "Hi", ("Stand up.",), "", "", 5)
THREE = next(slide for slide in SLIDES if len(slide.lines) == 3)
NAMES = [f"{first}{n}" for n, first in zip(range(40), itertools.cycle(
    ["Bartholomew", "Amara", "Wilhelmina", "Jo", "Guadalupe", "Konstantin", "Ines", "Florentyna"]), strict=False)]


@pytest.fixture
def view(qtbot):
    projector = ProjectorView()
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    return projector


def painted(label: FitLabel) -> list[QRect]:
    """Each painted line's box, in the view's coordinates."""
    origin = label.mapTo(label.window(), label.rect().topLeft())
    return [QRect(origin.x() + line.x, origin.y() + line.y, line.width, line.height) for line in label.lines]


def words(label: FitLabel) -> list[str]:
    return " ".join(line.text for line in label.lines).split()


@pytest.mark.parametrize("size", SIZES)
def test_a_long_slide_fills_the_screen_and_every_word_fits(view, size) -> None:
    view.resize(*size)
    view.show_slide(LONG)
    area = view.free_area()
    view.show_slide(WEEK)   # a challenge's week: five days of task, longer than any step's line
    assert all(area.contains(rect) for rect in painted(view.lines))
    assert words(view.lines) == " ".join(WEEK.lines).split()
    view.show_slide(LONG)
    for label in (view.heading, view.lines):
        assert label.lines and all(area.contains(rect) for rect in painted(label)), label.objectName()
    assert words(view.lines) == " ".join(LONG.lines).split()       # nothing cut, nothing dropped
    floor, cap = limits(size[1])
    assert floor <= view.lines.px <= cap and view.body_px() == view.lines.px
    tops = sorted(rect.top() for rect in painted(view.lines))
    assert tops[-1] - tops[0] > area.height() * 0.5               # the text uses the screen, not its top half


def test_a_short_slide_is_capped_and_three_lines_are_far_larger_than_before(view) -> None:
    view.show_slide(SHORT)
    assert view.lines.px <= round(1080 * 0.07) and view.heading.px <= round(1080 * 0.10)
    view.show_slide(THREE)
    assert view.lines.px >= 65                                     # was 45 px at 1080p
    assert all(view.free_area().contains(rect) for rect in painted(view.lines))


@pytest.mark.parametrize(("lines", "columns"), [(tuple(f"Short line {n}." for n in range(22)), 2),
                                                 (LONGEST * 3, 1)])
def test_below_the_floor_the_fitter_tightens_then_tries_two_columns_and_never_cuts(lines, columns) -> None:
    floor, cap = limits(720)
    fit = fit_blocks((Block(lines),), 1152, 560, floor, cap)
    assert fit.tight and fit.columns == columns and fit.fits
    assert " ".join(line.text for line in fit.lines).split() == " ".join(lines).split()
    assert max(line.y + line.height for line in fit.lines) <= 560
    assert max(line.x + line.width for line in fit.lines) <= 1152
    assert fit.base >= floor or columns == 1   # long lines gain nothing from columns: the largest size wins


@pytest.mark.parametrize("size", SIZES)
def test_the_rooms_text_scale_makes_text_larger_and_it_still_fits(view, size) -> None:
    view.resize(*size)
    for slide in (SHORT, LONG):
        view.set_text_scale(1.0)
        view.show_slide(slide)
        before = view.lines.px
        view.set_text_scale(1.5)
        assert view.text_scale() == 1.5 and view.lines.px > before, slide.heading
        assert all(view.free_area().contains(rect) for rect in painted(view.lines))
        assert words(view.lines) == " ".join(slide.lines).split()
    view.set_text_scale(9)
    assert view.text_scale() == 1.6
    assert next_scale(1.55, +1) == 1.6 and next_scale(0.75, -1) == 0.7 and next_scale(1.3, 0) == 1.0


def test_the_countdown_shows_calmly_and_hides(view) -> None:
    view.show_slide(THREE)
    lines_before = painted(view.lines)
    view.set_countdown("4:59")
    assert "4:59" in view.visible_text() and view.countdown.isVisible()
    assert view.countdown.geometry().bottom() > max(rect.bottom() for rect in painted(view.lines))
    assert not any(view.countdown.geometry().intersects(rect) for rect in painted(view.lines))
    view.set_countdown("0:42")                                     # the last minute: highlighted
    assert view.countdown.colour == ACCENT and "0:42" in view.visible_text()
    view.set_countdown("-0:03")                                    # over: "Time", in the calm blue
    assert view.countdown.text() == "Time" and view.countdown.colour == SOFT
    assert "Time" in view.countdown.accessibleName()
    view.show_blackout()
    assert view.visible_text() == ""
    view.show_slide(THREE)
    assert "Time" in view.visible_text()
    view.set_countdown(None)
    assert "Time" not in view.visible_text() and view.countdown.isHidden()
    assert painted(view.lines) == lines_before                     # its room is given back


def test_a_card_is_a_card_with_its_level_and_turns_over(view, qtbot) -> None:
    deck = next(d for d in CURRICULUM.decks if any(c.intensity == 2 and c.role for c in d.cards))
    card = next(c for c in deck.cards if c.intensity == 2 and c.role)
    view.show_card(card, deck.title, reveal_ms=50)
    assert view.mode == "card" and "A card is being drawn" in view.visible_text()
    assert card.title not in view.visible_text()
    qtbot.waitUntil(lambda: card.title in view.visible_text(), timeout=2000)
    shown = view.visible_text()
    assert card.text in shown and card.role in shown and "Level 2" in shown and deck.title in shown
    assert not any(note in shown for note in card.content_notes)   # the facilitator's notes stay on the console
    rects = view.card_face.painted_rects()
    card_box = view.card_face.arrangement()[0]
    assert rects and all(card_box.contains(rect) for rect in rects)
    assert card_box.height() >= view.height() * 0.8                # most of the projector's height
    assert card.title in view.card_face.accessibleName()
    light = Card("Gentle", "A small thing.", None, (), 1, ())
    view.show_card(light, deck.title, reveal_ms=0)
    assert "Level 1" in view.visible_text() and "A small thing." in view.visible_text()


@pytest.mark.parametrize(("groups", "size"), [(10, 4), (3, 8)])
def test_groups_fit_as_tiles_without_overlapping(view, groups, size) -> None:
    names = iter(NAMES)
    view.show_groups([[(next(names), "#64B5F6") for _ in range(size)] for _ in range(groups)])
    px, tiles = view.board.arrangement()
    assert len(tiles) == groups and px >= limits(1080)[0]          # readable from the back row
    for one, other in itertools.combinations(tiles, 2):
        assert not one.rect.intersects(other.rect)
    for tile in tiles:
        assert view.free_area().contains(tile.rect)
        assert tile.rect.contains(tile.heading[1])
        for _member, dot, name, _detail in tile.members:
            assert tile.rect.contains(name) and tile.rect.contains(dot)
    shown = view.visible_text()
    assert all(name in shown for name in NAMES[: groups * size]) and f"Group {groups}" in shown


def test_whose_turn_is_one_huge_name(view) -> None:
    view.show_turn("Guadalupe", "#64B5F6")
    disc, name, px = view.turn_name.arrangement()
    assert view.visible_text() == "Guadalupe" and px >= 1080 * 0.12
    assert view.rect().contains(name) and disc.height() >= 1080 * 0.3


def test_empty_pages_do_not_crash_and_show_nothing(view) -> None:
    view.show_groups([])
    assert view.visible_text() == ""
    view.show_groups([[], [("Ada", "#FFFFFF")]])
    assert "Ada" in view.visible_text()
    view.show_roles([])
    view.show_slide(Slide("step", "", (), "", "", 0))
    assert view.visible_text() == ""
    view.show_turn("", "")
    view.show_story("", None)
    view.resize(200, 120)                                          # a tiny window: smaller, never a crash
    view.show_slide(LONG)
    view.grab()


def test_everything_shown_has_an_accessible_name(view) -> None:
    deck = CURRICULUM.decks[0]
    view.set_countdown("2:00")
    view.set_scene_clock("Scene 1:00")
    for show in (lambda: view.show_slide(THREE), view.show_pause, lambda: view.show_card(deck.cards[0], deck.title),
                 lambda: view.show_groups([[("Ada", "#FF0000")]]), lambda: view.show_turn("Ada", "#FF0000"),
                 lambda: view.show_roles([[("Ada", "The newcomer")]]), lambda: view.show_story("Words.", "A prompt")):
        show()
        shown = [label for label in view.findChildren(QLabel) if label.isVisible() and label.text()]
        assert shown and all(label.accessibleName() or label.text() for label in shown), view.mode
    assert view.countdown.accessibleName() == "Time left in this step: 2:00"
