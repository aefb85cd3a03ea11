"""A class's Results page: plain sentences, charts painted with QPainter, caveats, dose and consent.

The page and its actions are imported from their modules (`app.ui.results.page`, `.actions`) when first
needed, so opening the app does not load them.
"""
