"""How big a curriculum file and its fields may be: one place, so the README and the checks agree.

The files come from activities/, from a facilitator's own copies in the data folder (which may sit on
a shared USB stick) and from imported decks, so none of them is trusted to be small or sane. Every
limit is far above what the shipped curriculum uses (largest file ~23 KB, deepest nesting 4 levels,
longest step script ~2,900 characters) and far below what makes a start slow.
"""

from __future__ import annotations

# One TOML (or guide Markdown) file; the largest shipped file is ~23 KB.
MAX_FILE_BYTES = 1_000_000

# Tables and lists inside each other (and parts of a dotted key); shipped files use 4.
MAX_DEPTH = 20

# An id (`self-name-beat`): lower-case words joined by '-'.
ID_MAX = 64

# A title or name shown in lists and headings.
TITLE_MAX = 120

# One line of text: a list item (material, goal, debrief question, day), a space, a rhythm part's hits.
LINE_MAX = 300

# A paragraph: a summary, description, wellbeing or opt-out note, adaptation, card text.
PARAGRAPH_MAX = 2_000

# A step's facilitator script, the longest text a curriculum file holds.
LONG_TEXT_MAX = 20_000
