"""The one TOML writer: whatever a facilitator types (quotes, new lines, emoji, control characters) comes back
from tomllib exactly, in an exported deck and a built plan alike."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from app.curriculum.model import Card, Deck, PlanItem
from app.decks.spreadsheet import deck_to_toml
from app.files.toml_write import string
from app.ui.plan_builder import plan_toml

WORDS = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(title=WORDS, text=WORDS, audience=st.lists(WORDS, max_size=3))
def test_an_exported_deck_reads_back_exactly(title: str, text: str, audience: list[str]) -> None:
    deck = Deck("my-deck", title, "", (Card(title, text, None, tuple(audience), 2, ()),))
    data = tomllib.loads(deck_to_toml(deck))
    assert data["title"] == title and data["description"] == title
    assert data["card"] == [{"title": title, "text": text, **({"audience": audience} if audience else {}),
                             "intensity": 2}]


@settings(max_examples=40, deadline=None)
@given(title=WORDS, summary=WORDS)
def test_a_built_plan_and_a_single_string_read_back_exactly(title: str, summary: str) -> None:
    items = [PlanItem(part="opening", minutes=5, activity="self-name-beat", variant="short"),
             PlanItem(part="reflection", minutes=5, title=title, prompt_ids=("self-who-am-i",))]
    data = tomllib.loads(plan_toml("s01-mine", title, "self", "session", summary, items))
    assert (data["title"], data["summary"], data["minutes"]) == (title, summary, 10)
    assert data["item"][1] == {"part": "reflection", "title": title, "prompts": ["self-who-am-i"], "minutes": 5}
    assert tomllib.loads(f"v = {string(summary)}")["v"] == summary
