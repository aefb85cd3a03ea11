"""Which character separates a spreadsheet CSV's cells, and which row heads its columns: one sniffer for the class
list, deck and answer imports. PURE: standard library only (and app/files/spreadsheet.py's quote-aware count).

``csv.Sniffer`` guesses wrong on the short files a classroom brings (a title line, ten names), so instead each
delimiter is tried and the one that finds a heading row the caller recognises soonest wins. When no heading is
recognised, ``most_frequent`` is the plain guess: the delimiter seen most often outside quotes in the first row.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.files.spreadsheet import count_outside_quotes

DELIMITERS = (",", ";", "\t")  # in order of preference when two explain a file equally well
HEADER_SEARCH = 10  # the heading row may sit under a title: look this many non-blank rows down

Record = tuple[int, int, list[str]]  # (first line, last line, cells) of one record; lines are 1-based


@dataclass(frozen=True)
class Heading:
    """The heading row a delimiter finds: ``index`` counts the non-blank rows above it (a title, a note)."""

    delimiter: str
    index: int
    first: int  # its first and last line (1-based): a quoted heading may span lines
    last: int
    cells: list[str]


def records(lines: Iterable[str], sep: str) -> Iterator[Record]:
    """(first line, last line, cells) of every record, blank ones included, as every importer reads them.

    ``lines`` keep their line ends (a file, ``io.StringIO(text, newline="")``, or its ``readlines()``), so quoted
    line breaks stay in their cell. Spaces after a delimiter are skipped ("a, b"); a stray quote is kept as text
    (``strict=False``), so only a cell over ``csv.field_size_limit()`` raises ``csv.Error``.
    """
    reader = csv.reader(lines, delimiter=sep, quotechar='"', skipinitialspace=True, strict=False)
    previous = 0
    for cells in reader:
        yield previous + 1, reader.line_num, cells
        previous = reader.line_num


def is_blank(cells: list[str], sep: str) -> bool:
    """Nothing but spaces: a row that is skipped, not a heading nor a title."""
    return not any(cell.strip() for cell in cells)


def _heading_in(read: Callable[[str], Iterable[Record]], sep: str, is_heading: Callable[[list[str]], bool],
               blank: Callable[[list[str], str], bool] = is_blank, search: int = HEADER_SEARCH) -> Heading | None:
    """The first row that ``is_heading`` when split on ``sep``, within ``search`` non-blank rows, or None.

    A cell too long to read (``csv.Error``) before the heading row means this delimiter finds none.
    """
    seen = 0
    try:
        for first, last, cells in read(sep):
            if blank(cells, sep):
                continue
            if is_heading(cells):
                return Heading(sep, seen, first, last, cells)
            seen += 1
            if seen >= search:
                return None
    except csv.Error:
        return None
    return None


def find_heading(read: Callable[[str], Iterable[Record]], is_heading: Callable[[list[str]], bool],
                 rank: Callable[[Heading], Sequence[int]], delimiters: Sequence[str] = DELIMITERS,
                 blank: Callable[[list[str], str], bool] = is_blank,
                 search: int = HEADER_SEARCH) -> Heading | None:
    """The delimiter, and its heading row, that explain the file best; None when no delimiter finds a heading row.

    ``read(sep)`` gives the file's records split on ``sep``. Each of ``delimiters`` is tried (a caller may add a
    character the file never holds, to try "no delimiter" for a single column). The winner finds its heading row
    soonest; then has the higher ``rank`` (a tuple, compared in order: how many headings it recognises, say);
    then comes first in ``delimiters``.
    """
    best: tuple[tuple[int, ...], Heading] | None = None
    for preference, sep in enumerate(delimiters):
        found = _heading_in(read, sep, is_heading, blank, search)
        if found is None:
            continue
        key = (found.index, *(-value for value in rank(found)), preference)
        if best is None or key < best[0]:
            best = key, found
    return best[1] if best is not None else None


def most_frequent(line: str, default: str = "", delimiters: Sequence[str] = DELIMITERS) -> str:
    """The delimiter seen most often outside quotes in ``line`` (the first in ``delimiters`` on a tie), or
    ``default`` when there is none: the guess when no heading row is recognised."""
    counts = [count_outside_quotes(line, d) for d in delimiters]
    most = max(counts, default=0)
    return delimiters[counts.index(most)] if most else default
