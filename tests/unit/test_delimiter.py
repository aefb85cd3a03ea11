"""The one delimiter sniffer the class list, deck and answer imports share (app/files/delimiter.py): a few examples of
how the winner is chosen, then properties: a table written with any delimiter is sniffed back to it and to its
heading row, and cells quoted around other delimiters do not fool it.

Seeded (``derandomize=True``): the same cases every run, so a failure can be reproduced.
"""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.files.delimiter import DELIMITERS, HEADER_SEARCH, Heading, find_heading, most_frequent, records

seeded = settings(max_examples=200, deadline=None, derandomize=True)


def read(text: str):
    return lambda sep: records(io.StringIO(text, newline=""), sep)


def has_name(cells: list[str]) -> bool:
    return any(cell.strip(" ").casefold() == "name" for cell in cells)


def known(found: Heading) -> tuple[int]:
    return (sum(cell.strip(" ").casefold() in {"name", "colour", "pronouns"} for cell in found.cells),)


def test_most_frequent_counts_outside_quotes_and_prefers_the_earlier_on_a_tie() -> None:
    assert most_frequent("Name;Colour;Icon") == ";"
    assert most_frequent('"Smith, Ann";"Lee, Bo"') == ";"
    assert most_frequent("Name\tColour") == "\t"
    assert most_frequent("a,b;c") == ","  # a tie: the order of DELIMITERS
    assert most_frequent("Name") == ""
    assert most_frequent("Name", default=",") == ","
    assert most_frequent('"a;b;c"', default=",") == ","


def test_a_heading_under_a_title_is_found_with_its_delimiter() -> None:
    text = "Class 5B, spring\n\nName;Colour\nAna;#FF0000\n"
    assert find_heading(read(text), has_name, known) == Heading(";", 1, 3, 3, ["Name", "Colour"])


def test_a_quoted_heading_spanning_lines_gives_its_first_and_last_line() -> None:
    text = 'Title\n"Pro\nnouns",Name\nAna,she\n'
    assert find_heading(read(text), has_name, known) == Heading(",", 1, 2, 3, ["Pro\nnouns", "Name"])


def test_the_heading_found_soonest_wins_then_the_rank_then_the_order() -> None:
    # ";" splits "Name" off on the first row; "," only on the second
    assert find_heading(read("Name;x,y\nName,Colour\n"), has_name, known).delimiter == ";"
    # both find the first row, and ";" recognises two headings where "," recognises one
    assert find_heading(read("Name;Colour;x,Name\n"), has_name, known).delimiter == ";"
    # a tie: the order given
    assert find_heading(read("Name\nAna\n"), has_name, known).delimiter == ","
    assert find_heading(read("Name\nAna\n"), has_name, known, delimiters=("\ue000", *DELIMITERS)).delimiter == "\ue000"


def test_no_heading_within_the_search_is_none() -> None:
    assert find_heading(read("Ana,Bo\nCy,Di\n"), has_name, known) is None
    assert find_heading(read("Title\n" * HEADER_SEARCH + "Name,Colour\n"), has_name, known) is None
    assert find_heading(read("Title\n" * (HEADER_SEARCH - 1) + "Name,Colour\n"), has_name, known) is not None
    assert find_heading(read(""), has_name, known) is None


def test_blank_rows_are_not_counted_and_the_caller_may_say_what_is_blank() -> None:
    text = "\n , \n;;\nName,Colour\n"
    assert find_heading(read(text), has_name, known).index == 1  # ";;" holds something when split on ","

    def blank(cells: list[str], sep: str) -> bool:
        return not any(cell.strip(" ,;") for cell in cells)

    assert find_heading(read(text), has_name, known, blank=blank).index == 0


def test_a_cell_too_long_to_read_before_the_heading_means_no_heading() -> None:
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(100)
        assert find_heading(read("x" * 200 + "\nName,Colour\n"), has_name, known) is None
        assert find_heading(read("Name,Colour\n" + "x" * 200 + "\n"), has_name, known) is not None
    finally:
        csv.field_size_limit(limit)


# Cells without an "n": the only cell a heading test can recognise is the "Name" the table is given.
CELL = st.text(alphabet="abcdefghijklmopqrstuvwxyzABCéß0123 ,;\t\"'|\r\n", max_size=12)


@st.composite
def table(draw: st.DrawFn) -> tuple[str, str, int, list[str]]:
    """(the text, its delimiter, the heading row's index among non-blank rows, its cells as written)."""
    delimiter = draw(st.sampled_from(DELIMITERS))
    width = draw(st.integers(2, 6))
    header = draw(st.lists(CELL, min_size=width - 1, max_size=width - 1))
    header.insert(draw(st.integers(0, width - 1)), "Name")
    titles = [["Title" + draw(CELL), *draw(st.lists(CELL, max_size=3))]
              for _ in range(draw(st.integers(0, HEADER_SEARCH - 1)))]
    rows = draw(st.lists(st.lists(CELL, min_size=1, max_size=width + 1), max_size=5))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)  # "\r\n": so a lone CR or LF in a cell is quoted too
    writer.writerows([*titles, header, *rows])
    return out.getvalue(), delimiter, len(titles), header


@seeded
@given(table())
def test_a_written_table_is_sniffed_back_to_its_delimiter_and_heading_row(written) -> None:
    text, delimiter, index, header = written
    found = find_heading(read(text), has_name, known)
    assert found is not None
    assert (found.delimiter, found.index) == (delimiter, index)
    assert [cell.strip() for cell in found.cells] == [cell.strip() for cell in header]  # "a, b" is "a" and "b"


@seeded
@given(st.sampled_from(DELIMITERS), st.lists(CELL, min_size=2, max_size=6))
def test_quoted_cells_with_other_delimiters_do_not_fool_the_count(delimiter, cells) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(cells)
    assert most_frequent(out.getvalue()) == delimiter
