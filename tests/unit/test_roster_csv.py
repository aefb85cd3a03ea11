"""Roster CSV import preview: what real school spreadsheets look like, and properties over generated ones."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.files.spreadsheet import DAMAGED_UTF16, MAX_FILE_BYTES
from app.roster.spreadsheet import (
    EMPTY,
    FULL_NAME_ONLY,
    ICONS,
    MAX_ROWS,
    NAME_HEADINGS,
    NO_FREE_CHARACTER,
    NO_NAME_COLUMN,
    NO_STUDENTS,
    NOT_TEXT,
    RejectedRow,
    RosterPreview,
    RosterRow,
    _heading,
    _known,
    parse_roster,
    too_many,
)


def names(preview: RosterPreview) -> list[str]:
    return [row.name for row in preview.rows]


def reasons(preview: RosterPreview) -> dict[int, str]:
    return {row.line: row.reason for row in preview.rejected}


# --- encodings and whole-file problems --------------------------------------------------------------------------------

def test_utf8_with_bom_and_crlf() -> None:
    data = "\ufeffName,Pronouns\r\nZoë,she/her\r\nŁukasz,\r\n".encode()
    preview = parse_roster(data)
    assert preview.problem is None
    assert preview.delimiter == ","
    assert preview.rows == (RosterRow(2, "Zoë", "she/her", None, None), RosterRow(3, "Łukasz", None, None, None))
    assert preview.rejected == preview.ignored_columns == preview.notes == ()


def test_bom_does_not_hide_the_first_heading() -> None:
    assert names(parse_roster(b"\xef\xbb\xbfFirst name\nAnna\n")) == ["Anna"]


def test_cp1252_from_excel_on_windows_is_read_silently() -> None:
    data = "Name;Pronouns\r\nZoë;elle\r\nRenée;\r\nJosé;\r\n".encode("cp1252")
    preview = parse_roster(data)
    assert names(preview) == ["Zoë", "Renée", "José"]
    assert preview.problem is None and preview.notes == ()


def test_utf16_unicode_text_from_excel() -> None:
    preview = parse_roster("Name\tIcon\r\nAnna\tmoon\r\n".encode("utf-16"))
    assert preview.delimiter == "\t"
    assert preview.rows == (RosterRow(2, "Anna", None, None, "moon"),)


def test_old_excel_cut_zips_and_other_binary_files_are_not_spreadsheets() -> None:
    cut_zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"   # not a whole workbook
    xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00"
    for data in (cut_zip, xls, b"Name\nAn\x00na\n"):
        preview = parse_roster(data)
        assert preview.problem == NOT_TEXT
        assert preview.rows == preview.rejected == ()


def test_damaged_utf16_says_so() -> None:
    good = "Name\r\nAnna\r\n".encode("utf-16")
    for data in (good + b"x", good + b"\x00\xd8a\x00"):
        preview = parse_roster(data)
        assert preview.problem == DAMAGED_UTF16 and preview.rows == ()


def test_a_file_over_the_size_limit_is_refused() -> None:
    data = b"Name\n" + b"Anna\n" * (MAX_FILE_BYTES // 5 + 1)
    preview = parse_roster(data)
    assert preview.rows == () and "at most 5 MB" in (preview.problem or "")


def test_more_rows_than_the_limit_refuse_the_file_and_say_how_to_fix_it() -> None:
    rows = "".join(f"Student {n}\n" for n in range(MAX_ROWS + 1))
    preview = parse_roster(("Title of the sheet\nName\n\n" + rows + "\n\n").encode())
    assert preview.rows == () and preview.problem == too_many(MAX_ROWS + 1)
    assert f"at most {MAX_ROWS}" in preview.problem and "split" in preview.problem
    rows = "".join(f"Student {n}\n" for n in range(MAX_ROWS))
    assert len(parse_roster(("Name\n" + rows).encode()).rows) == MAX_ROWS


def test_a_file_using_every_private_use_character_of_the_first_plane() -> None:
    private = "".join(chr(code) for code in range(0xE000, 0xF900))
    preview = parse_roster(f"Name\nAnna\n{private}\nBo\rb\nCy\n".encode())
    assert names(preview) == ["Anna", "Cy"]
    assert [r.line for r in preview.rejected] == [3, 4]
    assert preview.problem is None


def test_a_file_using_every_private_use_character_there_is() -> None:
    every = "".join(chr(c) for first, last in ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
                    for c in range(first, last + 1))
    for text in (f"Name\nAnna\n{every}\n", f"Name\nAnna\n{every}\nBo\rb\n"):
        preview = parse_roster(text.encode())
        assert preview.problem == NO_FREE_CHARACTER and preview.rows == ()


def test_a_cell_too_long_to_read_above_any_heading() -> None:
    for data in (b"x" * 200_000, b'"' + b"x" * 200_000, b"Name\n" + b"x" * 200_000):
        preview = parse_roster(data)
        assert preview.problem is not None and "too long to read" in preview.problem


def test_a_quote_before_a_formula_character_is_taken_off_the_name() -> None:
    assert names(parse_roster(b"Name\n'@Anna\n'Tis\n")) == ["@Anna", "'Tis"]


def test_empty_files() -> None:
    for data in (b"", b"\xef\xbb\xbf", b"\r\n\r\n   \n", b",,,\n;;\n"):
        assert parse_roster(data).problem == EMPTY


def test_heading_with_nobody_under_it() -> None:
    preview = parse_roster(b"Name,Pronouns\r\n,\r\n\r\n")
    assert preview.problem == NO_STUDENTS
    assert preview.rows == preview.rejected == ()


def test_no_name_column_is_a_problem() -> None:
    preview = parse_roster(b"Kid;Pronouns\nAnna;she\n")
    assert preview.problem == NO_NAME_COLUMN
    assert preview.delimiter == ";"
    assert preview.rows == ()
    assert parse_roster(b"Surname\nSmith\nJones\n").problem == NO_NAME_COLUMN  # never import surnames as names


def test_full_names_only_asks_for_a_first_name_column() -> None:
    assert parse_roster(b"Full name,Class\nAnna Smith,5B\n").problem == FULL_NAME_ONLY


# --- delimiters, quotes, line ends ------------------------------------------------------------------------------------

def test_semicolon_from_a_european_excel_with_commas_in_cells() -> None:
    data = b"Name;Pronouns;Notes\nAnna;she/her;likes drums, and maths\nBen;he, him;\n"
    preview = parse_roster(data)
    assert preview.delimiter == ";"
    assert preview.rows == (RosterRow(2, "Anna", "she/her", None, None), RosterRow(3, "Ben", "he, him", None, None))
    assert preview.ignored_columns == ("Notes",)


def test_delimiter_is_counted_outside_quotes() -> None:
    data = b'"Name, as used in class";Pronouns\n"Anna";she\n'
    assert parse_roster(data).problem == NO_NAME_COLUMN  # the heading is not a name heading, but the split is right
    preview = parse_roster(b'Name;"Notes, misc";"More, notes"\nAnna;"a, b";c\n')
    assert preview.delimiter == ";"
    assert preview.ignored_columns == ("Notes, misc", "More, notes")


def test_quoted_cells_with_delimiters_quotes_and_line_breaks() -> None:
    data = (b'Name,Pronouns,Notes\r\n"Smith, Anna",she,"says ""hi"""\r\n"Ben",he,"two\r\nlines"\r\n'
            b'"Carl\nMarx",,\r\nDee,,\r\n')
    preview = parse_roster(data)
    assert preview.rows == (RosterRow(2, "Smith, Anna", "she", None, None), RosterRow(3, "Ben", "he", None, None),
                            RosterRow(7, "Dee", None, None, None))  # Ben's row is lines 3-4; Carl's is 5-6
    assert preview.rejected == (RejectedRow(5, '"Carl↵Marx",,', "the name runs over more than one line"),)


def test_old_mac_cr_line_ends() -> None:
    preview = parse_roster(b"Name\rAnna\rBen\r")
    assert [(row.line, row.name) for row in preview.rows] == [(2, "Anna"), (3, "Ben")]


def test_lone_cr_inside_a_file_of_lf_lines_is_part_of_the_row() -> None:
    preview = parse_roster(b"Name;Pronouns\nAn\rna;he\nBen;\n")
    assert names(preview) == ["Ben"]
    assert preview.rejected == (RejectedRow(2, "An↵na;he", "the name runs over more than one line"),)


def test_unclosed_quote_swallowing_the_end_of_the_file_says_so() -> None:
    preview = parse_roster(b'Name\nAnna\n"Ben\nCarl\nDee\n')
    assert names(preview) == ["Anna"]
    [row] = preview.rejected
    assert row.line == 3 and "never closed" in row.reason


def test_tab_separated() -> None:
    preview = parse_roster(b"Display name\tColour\nAnna\t#00aa00\n")
    assert preview.delimiter == "\t"
    assert preview.rows == (RosterRow(2, "Anna", None, "#00AA00", None),)


# --- rows -------------------------------------------------------------------------------------------------------------

def test_blank_rows_are_skipped_and_not_reported() -> None:
    data = b"\r\nName,Pronouns\r\n\r\nAnna,she\r\n,\r\n   ,  \r\n\r\nBen,he\r\n\r\n"
    preview = parse_roster(data)
    assert [(row.line, row.name) for row in preview.rows] == [(4, "Anna"), (8, "Ben")]
    assert preview.rejected == ()


def test_header_synonyms_ignore_case_spacing_and_hints() -> None:
    for heading in ("name", "NAME", "First name", "firstname", "First_Name", "Display Name", "student", "Student name",
                    "Pupil", " Name: ", "Name*", "Name (required)"):
        assert names(parse_roster(f"{heading},Avatar,COLOR\nAnna,Star,#123456\n".encode())) == ["Anna"], heading
    preview = parse_roster(b"Pronoun;Icon;Colour (#RRGGBB);Pupil\nhe;Wave;#abcdef;Ben\n")
    assert preview.rows == (RosterRow(2, "Ben", "he", "#ABCDEF", "wave"),)


def test_first_name_column_wins_over_name_and_private_columns_are_ignored() -> None:
    data = (b"Name,First name,Last name,Surname,Date of birth,DOB,Birthday,Email,Address,Group\n"
            b"Anna Smith,Anna,Smith,Smith,2014-02-03,3/2/14,3 Feb,a@x.org,1 High St,Blue\n")
    preview = parse_roster(data)
    assert preview.rows == (RosterRow(2, "Anna", None, None, None),)
    assert preview.ignored_columns == ("Name", "Last name", "Surname", "Date of birth", "DOB", "Birthday", "Email",
                                       "Address", "Group")
    assert "Smith" not in repr(preview.rows)


def test_extra_cells_without_a_heading_are_ignored_and_named_by_column_letter() -> None:
    preview = parse_roster(b"Name,,Pronouns\nAnna,x,she,extra,\nBen,,,\n")
    assert names(preview) == ["Anna", "Ben"]
    assert preview.ignored_columns == ("column B (no heading)", "column D (no heading)")


def test_short_rows_are_fine() -> None:
    assert parse_roster(b"Pronouns,Colour,Name\nshe\n,,Anna\n").rows == (RosterRow(3, "Anna", None, None, None),)
    assert reasons(parse_roster(b"Pronouns,Colour,Name\nshe\n,,Anna\n")) == {2: "no name in the name column"}


def test_title_above_the_heading_row() -> None:
    preview = parse_roster(b"Class 5B, spring term\n\nName;Pronouns\nAnna;she\n")
    assert preview.delimiter == ";"
    assert names(preview) == ["Anna"]
    assert preview.rejected == (RejectedRow(1, "Class 5B, spring term",
                                            "this is above the heading row (line 3), so it is not a student"),)


def test_single_column_without_a_heading_is_a_list_of_names() -> None:
    preview = parse_roster("Anna\r\n\r\nBen\r\nO'Brien, Jr\r\n  Zoë  \r\n".encode())
    assert preview.problem is None
    assert preview.delimiter == ""
    assert [(row.line, row.name) for row in preview.rows] == [(1, "Anna"), (3, "Ben"), (4, "O'Brien, Jr"),
                                                             (5, "Zoë")]


def test_single_column_with_a_heading_splits_nothing() -> None:
    assert names(parse_roster(b"Name\nSmith; Anna\nBen, C\n")) == ["Smith; Anna", "Ben, C"]


def test_names_are_trimmed_and_inner_spacing_collapsed() -> None:
    assert names(parse_roster("Name\n  Anna   Lee \t\n\u00a0Ben\u00a0\n".encode())) == ["Anna Lee", "Ben"]


def test_bad_names_are_rejected_with_a_plain_reason() -> None:
    long = "A" * 41
    data = f"Name,Pronouns\n,she\n   ,he\n{long},\n{'B' * 40},\nAn\x07na,\n#N/A,\nRen\ufffde,\n".encode()
    preview = parse_roster(data)
    assert names(preview) == ["B" * 40]
    assert reasons(preview) == {
        2: "no name in the name column",
        3: "no name in the name column",
        4: "the name is longer than 40 characters",
        6: "the name has an invisible control character in it",
        7: "the name cell shows a spreadsheet error (#N/A) instead of a name",
        8: "the name has a letter that could not be read (save the sheet as CSV UTF-8 and try again)",
    }
    assert preview.rejected[3].text == "An�na,"


def test_duplicates_in_the_file_keep_the_first() -> None:
    data = b"Name\nAnna\nBen\nanna\n  ANNA \nAnna  B\nAnna B\n"
    preview = parse_roster(data)
    assert [(row.line, row.name) for row in preview.rows] == [(2, "Anna"), (3, "Ben"), (6, "Anna B")]
    same = "the same name as line {} (add an initial to tell them apart)"
    assert reasons(preview) == {4: same.format(2), 5: same.format(2), 7: same.format(6)}


def test_duplicate_of_a_rejected_row_is_judged_on_its_own() -> None:
    preview = parse_roster(b"Name,Pronouns\nAnna,x\nAnna\x01,\nAnna,\n")
    assert [row.line for row in preview.rows] == [2]
    assert reasons(preview)[4] == "the same name as line 2 (add an initial to tell them apart)"


def test_names_already_in_the_class() -> None:
    preview = parse_roster(b"Name\nAnna\nben\nCarl\nBen\n", existing_names=["Ben ", "Dee"])
    assert names(preview) == ["Anna", "Carl"]
    assert reasons(preview) == {3: "already in this class", 5: "already in this class"}


def test_bad_optional_values_never_cost_a_child_their_place() -> None:
    data = (b"Name,Pronouns,Colour,Icon\n"
            b"Anna,she/her,#FF8800,HEART\n"
            b"Ben,they/them or he/him please,blue,cat\n"
            b"Carl,,#12345,\n"
            b"Dee,he,a1b2c3,rocket\n")
    preview = parse_roster(data)
    assert preview.rows == (RosterRow(2, "Anna", "she/her", "#FF8800", "heart"),
                            RosterRow(3, "Ben", None, None, None),
                            RosterRow(4, "Carl", None, None, None),
                            RosterRow(5, "Dee", "he", "#A1B2C3", "rocket"))
    assert preview.rejected == ()
    assert preview.notes == (
        "line 3: the pronouns 'they/them or he/him please' are longer than 20 characters; left blank",
        "line 3: colour 'blue' is not #RRGGBB; a colour will be chosen",
        f"line 3: icon 'cat' is not one of {', '.join(ICONS)}; an icon will be chosen",
        "line 4: colour '#12345' is not #RRGGBB; a colour will be chosen",
    )


def test_rejected_text_is_the_raw_row_shortened() -> None:
    row = "Anna," + "x" * 200
    preview = parse_roster(f"Name,Notes\nAnna,\n{row}\n".encode())
    [rejected] = preview.rejected
    assert len(rejected.text) == 80 and rejected.text.endswith("…") and rejected.text.startswith("Anna,xxx")


# --- properties -------------------------------------------------------------------------------------------------------

def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _write(table: list[list[str]], delimiter: str, newline: str, bom: bool) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(table)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode()


cell_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=45)
common_names = st.sampled_from(["Anna", "anna", " ANNA ", "Ben", "Zoë", "Anna  Lee", "#N/A", "Ö" * 41, ""])
name_cells = common_names | cell_text
optional_cells = st.sampled_from(["", "#A1B2C3", "#abcdef", "blue", "star", "Moon", "cat", "she/her", "x" * 21])
blank_rows = st.sampled_from([[], [""], ["", ""], ["  ", "\t"], ["\n"]])
delimiters = st.sampled_from([",", ";", "\t"])
newlines = st.sampled_from(["\r\n", "\n"])


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[list[str]], int]:
    """A heading row, rows (some ragged) and blank rows; and how many rows are not blank.

    A file whose heading row has one column is read without splitting (a name may hold a comma), so its rows have one
    cell, and a row of nothing but spaces, commas and semicolons is blank.
    """
    name_heading = draw(st.sampled_from(["Name", "FIRST NAME", "firstname", "Display name", "Student", "Pupil",
                                         "student name"]))
    others = draw(st.lists(st.sampled_from(["Pronouns", "Colour", "color", "Icon", "Avatar", "Surname", "DOB",
                                            "Email", "Notes", "", "Date of birth"]), max_size=5))
    header = draw(st.permutations([name_heading, *others]))
    name_column = header.index(name_heading)
    one_column = len(header) == 1
    blanks = st.sampled_from([[], [""], ["  "]] if one_column else [[], [""], ["", ""], ["  ", "\t"], ["\n"]])
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        row = [draw(optional_cells | cell_text) for _ in header]
        row[name_column] = draw(name_cells)
        if not one_column and draw(st.booleans()):  # ragged: short, or with cells beyond the headings
            row = row[:draw(st.integers(0, len(row)))] + draw(st.lists(cell_text, max_size=2))
        rows.append(row)
    if one_column:
        data_rows = sum(1 for [cell] in rows if cell.translate(str.maketrans("", "", ",;")).strip())
    else:
        data_rows = sum(1 for row in rows if any(cell.strip() for cell in row))
    mixed = [*draw(st.lists(blanks, max_size=2)), header]
    for row in rows:
        mixed += draw(st.lists(blanks, max_size=1))
        mixed.append(row)
    return mixed + draw(st.lists(blanks, max_size=2)), data_rows


fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(preview: RosterPreview, data_rows: int, existing: list[str]) -> None:
    assert preview.problem is None or (data_rows == 0 and preview.problem == NO_STUDENTS)
    assert len(preview.rows) + len(preview.rejected) == data_rows
    lines = [row.line for row in preview.rows] + [row.line for row in preview.rejected]
    assert len(set(lines)) == len(lines)
    keys = [_key(row.name) for row in preview.rows]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & {_key(name) for name in existing}
    for row in preview.rows:
        assert 1 <= len(row.name) <= 40 and row.name == row.name.strip()
        assert row.colour is None or (len(row.colour) == 7 and row.colour.startswith("#"))
        assert row.icon is None or row.icon in ICONS
        assert row.pronouns is None or len(row.pronouns) <= 20
    assert all(len(row.text) <= 80 and row.reason for row in preview.rejected)


@fast
@given(tables(), delimiters, newlines, st.booleans(), st.lists(common_names, max_size=2))
def test_any_table_written_by_csv_writer_is_read_row_for_row(
        table: tuple[list[list[str]], int], delimiter: str, newline: str, bom: bool,
        existing: list[str]) -> None:
    rows, data_rows = table
    preview = parse_roster(_write(rows, delimiter, newline, bom), existing)
    _check(preview, data_rows, existing)
    header = next(row for row in rows if any(cell.strip() for cell in row))
    assert preview.delimiter == (delimiter if len(header) > 1 else "")


plain_names = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÅÄÖéß '-ABC"), min_size=1, max_size=45)


@fast
@given(st.lists(plain_names | st.just(""), min_size=1, max_size=15), delimiters, newlines, st.booleans())
def test_a_headerless_single_column_is_every_row_a_name(
        column: list[str], delimiter: str, newline: str, bom: bool) -> None:
    data_rows = [name for name in column if name.strip()]
    assume(data_rows)
    # A first cell that reads as a column heading ("Name", "DOB-") makes the row a heading row, by design.
    assume(all(_heading(name) not in NAME_HEADINGS for name in data_rows))
    assume(not _known(_heading(data_rows[0])))
    preview = parse_roster(_write([[name] for name in column], delimiter, newline, bom))
    _check(preview, len(data_rows), [])
    assert preview.delimiter == ""


@fast
@given(st.binary(max_size=300), st.lists(st.text(max_size=10), max_size=3))
def test_any_bytes_never_raise(data: bytes, existing: list[str]) -> None:
    preview = parse_roster(data, existing)
    assert isinstance(preview, RosterPreview)
    keys = [_key(row.name) for row in preview.rows]
    assert len(set(keys)) == len(keys)
    if preview.problem is not None:
        assert preview.rows == ()
