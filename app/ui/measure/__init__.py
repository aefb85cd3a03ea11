"""Questionnaire screens: typing in a class's paper answers (pre and post)."""

from app.ui.measure.entry_page import PaperEntry
from app.ui.measure.entry_window import ACTION_TEXT, open_paper_entry, paper_entry_action

__all__ = ["ACTION_TEXT", "PaperEntry", "open_paper_entry", "paper_entry_action"]
