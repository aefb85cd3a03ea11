"""Empathy Ambassadors: an offline classroom app for in-person empathy workshops."""

__version__ = "0.1.0"
APP_NAME = "Empathy Ambassadors"   # i18n: not text (the product's name)
