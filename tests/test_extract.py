"""Extraction: columns by position, headers over several lines, wrapped labels, sections,
page furniture; on FiberCore's layout and on layouts it does not use."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS, EXAMPLES, release_of

from tagger.extract import extract_tables
from tagger.models import Period, RowKind, Table, TableRole
from tagger.read import decode_release, read_release

FY2002 = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")
Q1_2001 = next(e for e in EXAMPLES if e.name == "fibercore-2001-05-07-q1-2001-results")


def tables_of(text: str) -> tuple[tuple[Table, ...], tuple]:
    return extract_tables(decode_release(text.encode(), "release.txt"))


def row(table: Table, label: str):
    return next(r for r in table.rows if r.label == label)


def cells(table: Table, label: str, section: str | None = None) -> dict[int, str]:
    found = next(r for r in table.rows if r.label == label and (section is None or r.section == section))
    return {c.column: c.text for c in found.cells}


def test_values_belong_to_columns_by_position_not_count() -> None:
    """'Restructuring costs' under 'Cost of sales:' prints three values under four columns:
    its 197 is 'Year Ended December 31, 2002' only, and the Q4 2002 cell is blank."""
    tables, _ = extract_tables(read_release(release_of(FY2002)))
    income = tables[0]
    assert cells(income, "Restructuring costs", "Cost of sales") == {1: "---", 2: "197", 3: "---"}
    assert income.columns[2].header == "Year Ended December 31, 2002"
    assert income.columns[2].period == Period(start=dt.date(2002, 1, 1), end=dt.date(2002, 12, 31))


def test_two_header_groups_side_by_side() -> None:
    tables, _ = extract_tables(read_release(release_of(FY2002)))
    periods = [(c.period.start, c.period.end) for c in tables[0].columns]
    assert periods == [
        (dt.date(2002, 10, 1), dt.date(2002, 12, 31)), (dt.date(2001, 10, 1), dt.date(2001, 12, 31)),
        (dt.date(2002, 1, 1), dt.date(2002, 12, 31)), (dt.date(2001, 1, 1), dt.date(2001, 12, 31)),
    ]
    assert [c.period for c in tables[1].columns] == [Period(end=dt.date(2002, 12, 31)), Period(end=dt.date(2001, 12, 31))]


def test_title_scale_and_audit_notes() -> None:
    tables, _ = extract_tables(read_release(release_of(Q1_2001)))
    income, balance = tables
    assert income.title == ("FIBERCORE, INC.", "SELECTED CONSOLIDATED FINANCIAL DATA", "(Dollars in thousands except share data)")
    assert (income.scale.monetary, income.scale.shares) == (1000, 1)
    assert balance.title == ("SELECTED BALANCE SHEET DATA:",)
    assert [c.audit for c in balance.columns] == ["(unaudited)", "(audited)"]
    assert [c.period.end for c in balance.columns] == [dt.date(2001, 3, 31), dt.date(2000, 12, 31)]


def test_wrapped_labels_sections_and_provenance() -> None:
    tables, _ = extract_tables(read_release(release_of(FY2002)))
    income = tables[0]
    wrapped = row(income, "Income (loss) before income taxes and minority interest")
    assert (wrapped.span.line, wrapped.value_line) == (223, 224)
    assert row(income, "Minority interest in (income) loss of subsidiaries").value_line == 230
    assert row(income, "Basic earnings (loss) per share of common stock").value_line == 235
    headings = [r.label for r in income.rows if r.kind is RowKind.HEADING]
    assert headings == ["Cost of sales", "Operating expenses", "Weighted average shares outstanding"]
    assert row(income, "Total cost of sales").section is None
    assert row(income, "Income (loss) from operations").section is None  # after the rule
    assert row(income, "Basic").section == "Weighted average shares outstanding"
    sales = row(income, "Net sales").cells[0]
    assert (sales.text, sales.span.line, sales.span.column, sales.span.end_column) == ("$5,191", 201, 61, 67)


def test_page_furniture_is_not_a_table_row() -> None:
    """'FiberCore, Inc.' / 'Page 4' headers repeated after '--More--' never become rows or titles."""
    tables, _ = extract_tables(read_release(release_of(FY2002)))
    labels = {r.label for t in tables for r in t.rows} | {line for t in tables for line in t.title}
    assert not any("Page" in label or "Worcester" in label for label in labels)


def test_a_different_layout_with_edgar_markup() -> None:
    """Another company's layout: <TABLE>/<S>/<C> markup, '- -' escapes, month-only headers,
    amounts in millions and per-share rows under a heading."""
    text = (CORPUS / "002_southern-company.txt").read_text()
    tables, issues = tables_of(text)
    assert len(tables) == 1
    table = tables[0]
    assert table.scale.monetary == 1_000_000 and table.scale.shares is None
    assert [c.period for c in table.columns] == [
        Period(start=dt.date(2004, 10, 1), end=dt.date(2004, 12, 31)), Period(start=dt.date(2003, 10, 1), end=dt.date(2003, 12, 31)),
        Period(start=dt.date(2004, 1, 1), end=dt.date(2004, 12, 31)), Period(start=dt.date(2003, 1, 1), end=dt.date(2003, 12, 31)),
    ]
    assert cells(table, "Operating Revenues") == {0: "$2,721", 1: "$2,520", 2: "$11,903", 3: "$11,186"}
    # a row printed only under the year columns keeps its place
    assert cells(table, "End of Period Shares Outstanding (in millions)") == {2: "741", 3: "735"}
    assert "- As Reported" in {r.label for r in table.rows}


def test_weeks_columns_with_two_dates_in_one_header() -> None:
    """Sears: 'For the 13 Weeks Ended / July 3, 2004 and / June 28, 2003' over '2004 2003'."""
    tables, _ = tables_of((CORPUS / "001_sears-roebuck.txt").read_text())
    income = tables[0]
    assert [(c.period.start, c.period.end) for c in income.columns] == [
        (dt.date(2004, 4, 4), dt.date(2004, 7, 3)), (dt.date(2003, 3, 30), dt.date(2003, 6, 28)),
        (dt.date(2004, 1, 4), dt.date(2004, 7, 3)), (dt.date(2002, 12, 29), dt.date(2003, 6, 28)),
    ]
    assert income.scale.monetary == income.scale.shares == 1_000_000
    balance = tables[1]
    assert [c.period.end for c in balance.columns] == [dt.date(2004, 7, 3), dt.date(2003, 6, 28), dt.date(2004, 1, 3)]


def test_segment_and_change_columns_get_no_period() -> None:
    """'Domestic 2004', '% Change': a column qualified beyond its period is not the entity's
    plain figure for that period, so it gets no period (a warning, not a guess)."""
    tables, issues = tables_of((CORPUS / "001_sears-roebuck.txt").read_text())
    segment = next(t for t in tables if any("Domestic" in c.header for c in t.columns))
    assert all(c.period is None for c in segment.columns)
    assert any(i.code == "extract.column-not-a-period" and i.severity == "warning" for i in issues)
    tables, issues = tables_of((CORPUS / "015_southern-company_financial-overview.txt").read_text())
    assert [c.period is None for c in tables[0].columns] == [False, False, True, False, False, True]


def test_inventory_header_with_dates_one_space_apart() -> None:
    """'July 3,  June 28, January 3,' over '2004 2003 2004': each date is its own column's."""
    tables, _ = tables_of((CORPUS / "001_sears-roebuck.txt").read_text())
    inventories = next(t for t in tables if "Domestic Inventories:" in t.title)
    assert [c.period.end for c in inventories.columns] == [dt.date(2004, 7, 3), dt.date(2003, 6, 28), dt.date(2004, 1, 3)]


def test_rows_without_a_readable_header_are_reported() -> None:
    _, issues = tables_of((CORPUS / "001_sears-roebuck.txt").read_text())
    assert any(i.code == "extract.no-header" for i in issues)


LAYOUT = """\
                         ACME WIDGETS CORP.
              CONDENSED STATEMENTS OF OPERATIONS
             (in thousands, except per share amounts)

                                  Quarter Ended        Nine Months Ended
                                  September 30,          September 30,
                                 1999       1998        1999       1998
                               --------   --------    --------   --------
Revenues                       $ 12,345   $ 10,001    $ 36,000   $ 29,999
Cost of revenues                  7,000      6,000      21,000     18,000
                               --------   --------    --------   --------
Gross profit                      5,345      4,001      15,000     11,999
Net income (loss)                   (12)       310       1,204        -
Net income (loss) per share
  - basic                        $(0.01)    $ 0.03      $ 0.10    $  -
"""


def test_layout_not_from_fibercore() -> None:
    tables, issues = tables_of(LAYOUT)
    assert len(tables) == 1
    table = tables[0]
    assert [(c.period.start, c.period.end) for c in table.columns] == [
        (dt.date(1999, 7, 1), dt.date(1999, 9, 30)), (dt.date(1998, 7, 1), dt.date(1998, 9, 30)),
        (dt.date(1999, 1, 1), dt.date(1999, 9, 30)), (dt.date(1998, 1, 1), dt.date(1998, 9, 30)),
    ]
    assert table.scale.monetary == 1000
    assert cells(table, "Net income (loss)") == {0: "(12)", 1: "310", 2: "1,204", 3: "-"}
    # '- basic' is not a lowercase continuation: it is a row under the heading above it
    assert cells(table, "- basic", "Net income (loss) per share") == {0: "$(0.01)", 1: "$ 0.03", 2: "$ 0.10", 3: "$  -"}
    assert not [i for i in issues if i.severity == "error"]


def test_bad_number_is_reported_with_its_place() -> None:
    tables, issues = tables_of(LAYOUT.replace("7,000", "7,0a0"))
    bad = [i for i in issues if i.code == "extract.bad-number"]
    assert len(bad) == 1 and (bad[0].span.line, bad[0].span.column) == (10, 35)
    assert cells(tables[0], "Cost of revenues")[0] == "7,0a0"


def test_header_whose_year_cannot_be_read() -> None:
    tables, issues = tables_of(LAYOUT.replace("1999       1998        1999", "2OOO       1998        1999"))
    errors = [i for i in issues if i.code == "extract.period-unknown"]
    assert [(e.span.line, e.severity) for e in errors] == [(7, "error")]  # the year line
    assert tables[0].columns[0].period is None and tables[0].columns[1].period is not None


@pytest.mark.parametrize("last_line", [
    "  - basic                        $(0.01)    $ 0.03      $ 0.1",  # in a number
    "  - basic                        $(0.01)    $ 0.03",  # between values
    "  - bas",  # in the label
])
def test_table_cut_off_mid_row(last_line: str) -> None:
    """A file that stops without a line end in a row with values missing was cut off: the
    row is reported and none of its values is used (a cut '$ 0.1' would be a wrong number)."""
    text = LAYOUT[: LAYOUT.index("  - basic")] + last_line
    tables, issues = tables_of(text)
    cut = [i for i in issues if i.code == "extract.truncated"]
    assert len(cut) == 1 and cut[0].severity == "error"
    assert "- basic" not in [r.label for r in tables[0].rows]
    assert cells(tables[0], "Net income (loss)")[0] == "(12)"  # the rows before it stand


def test_complete_table_at_end_of_file_without_newline_is_not_cut() -> None:
    tables, issues = tables_of(LAYOUT.rstrip("\n"))
    assert not any(i.code == "extract.truncated" for i in issues)
    assert cells(tables[0], "- basic")[3] == "$  -"


def test_crlf_tabs_and_windows_1252() -> None:
    text = LAYOUT.replace("\n", "\r\n").replace("ACME WIDGETS CORP.", "ACME \x93WIDGETS\x94 CORP.")
    document = decode_release(text.encode("latin-1"), "release.txt")
    assert document.encoding == "cp1252"
    assert "\u201cWIDGETS\u201d" in document.lines[0]
    tables, _ = extract_tables(document)
    assert cells(tables[0], "Revenues")[0] == "$ 12,345"
    tabbed = decode_release(b"Net sales\t\t\t\t\t$5,191\n", "t.txt")
    assert tabbed.lines[0] == "Net sales" + " " * 39 + "$5,191"  # tab stops every 8 columns


def test_footnote_marks_stay_with_their_number() -> None:
    """'1,204 (a)': the mark is the number's, not a value of -1 in the next column."""
    tables, issues = tables_of(LAYOUT.replace("1,204        -", "1,204 (a)    -"))
    assert cells(tables[0], "Net income (loss)") == {0: "(12)", 1: "310", 2: "1,204 (a)", 3: "-"}
    assert row(tables[0], "Net income (loss)").cells[2].value == 1204
    assert not [i for i in issues if i.severity == "error"]


PAGED = """\
                         ACME WIDGETS CORP.
             (in thousands, except per share amounts)

                                  Quarter Ended        Nine Months Ended
                                  September 30,          September 30,
                                 1999       1998        1999       1998
Revenues                       $ 12,345   $ 10,001    $ 36,000   $ 29,999
Cost of revenues                  7,000      6,000      21,000     18,000

                                 --More--

ACME WIDGETS CORP.                                   THIRD QUARTER 1999
Page 2

Gross profit                      5,345      4,001      15,000     11,999
\fNet income (loss)                   (12)       310       1,204        -

<PAGE>

ACME WIDGETS CORP.                                   THIRD QUARTER 1999
Page 3
"""


@pytest.mark.parametrize(("page_break", "page_label"), [
    ("--More--", "Page 2"), ("--More--", "PAGE 2"), ("--More--", "page 2 of 3"),
    ("- more -", "Page 2"), ("(continued)", "Page 2"), ("(CONTINUED)", "Page 2"), ("Continued", "Page 2"),
    ("--More--", "PAGe 2"), ("--MORE--", "pAGE 2"),  # any case the pattern reads: no quick test of its own spelling
])
def test_a_table_across_a_page_break(page_break: str, page_label: str) -> None:
    """Page furniture between two pages of one table ('--More--', the repeated page header,
    'Page 2', a form feed) is neither a row nor the end of the table."""
    tables, issues = tables_of(PAGED.replace("--More--", page_break).replace("Page 2", page_label))
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows] == ["Revenues", "Cost of revenues", "Gross profit", "Net income (loss)"]
    assert row(tables[0], "Net income (loss)").span.line == 16
    assert not [i for i in issues if i.severity == "error"]


@pytest.mark.parametrize(("line", "values"), [
    ("Net sales  $ 53 (a)   $ 9,247*", [("$ 53 (a)", 11), ("$ 9,247*", 22)]),  # '$' and a mark joined
    ("Total   $  $ 5", [("$ 5", 11)]),  # a '$' with no number after it is not a value
    ("Revenue  1,234 (a)", [("1,234 (a)", 9)]),
    ("Revenue  1,234  (a)", [("1,234  (a)", 9)]),  # two spaces off: an HTML layout's cell of its own
    ("Revenue  1,234   (a)", []),  # a mark three spaces off is no mark of the number: text
    ("Retirement plan accounting change (2)", []),  # a footnote of the label
    ("Other income (expense), net       (1,204)     $ (860)", [("(1,204)", 34), ("$ (860)", 46)]),
    ("Net loss per share   $(.16)   $ 0.24", [("$(.16)", 21), ("$ 0.24", 30)]),
    ("Segment 2  n/a   NM   ---", [("n/a", 11), ("NM", 17), ("---", 22)]),
    ("Cost  12,3a4   5", [("12,3a4", 6), ("5", 15)]),  # malformed, so reported, not label
    ("Gross profit\u00a0 1,379   2,001", [("1,379", 14), ("2,001", 22)]),  # a no-break space is a space
    ("Alabama Power -    5,191   9,247", [("5,191", 19), ("9,247", 27)]),
])
def test_value_words(line: str, values: list[tuple[str, int]]) -> None:
    """The values at the right of a line, each with the column it starts at."""
    from tagger.lines import value_words

    assert [(word.text, word.start) for word in value_words(line)] == values


def test_a_scale_repeated_on_every_page_is_no_furniture() -> None:
    """Amazon prints its name and '(IN THOUSANDS, EXCEPT PER SHARE DATA)' at the top of every
    statement page: the name is page furniture, the scale says what the numbers mean."""
    from tagger.lines import LineKind, read_lines
    from tagger.models import Document

    page = ["<PAGE>   7", "                AMAZON.COM, INC.", "      CONSOLIDATED STATEMENTS OF OPERATIONS",
            "      (IN THOUSANDS, EXCEPT PER SHARE DATA)", ""]
    lines = read_lines(Document(file="x.txt", lines=tuple(page + page + page), encoding="ascii"))
    kinds = {line.text.strip(): line.kind for line in lines}
    assert kinds["AMAZON.COM, INC."] is LineKind.FURNITURE
    assert kinds["(IN THOUSANDS, EXCEPT PER SHARE DATA)"] is LineKind.TEXT


def test_a_period_stated_beside_the_years_under_a_title_with_other_period_words() -> None:
    """'FIVE YEAR FINANCIAL SUMMARY' above 'Years ended December 31   1999   1998': the line that
    states the period is read alone, not spoiled by the title's 'FIVE YEAR'."""
    text = """FIVE YEAR FINANCIAL SUMMARY

(Dollars in millions)

Years ended December 31                  1999        1998
---------------------------------------------------------
Net sales                             $33,075     $31,340
"""
    tables, _ = tables_of(text)
    assert [str(c.period) for c in tables[0].columns] == ["1999-01-01..1999-12-31", "1998-01-01..1998-12-31"]


def test_a_header_right_aligned_over_one_column_is_that_columns() -> None:
    """IBM's 'Percent' / 'Change' stands right-aligned over the change column, one space from
    the 1999 column: it qualifies the change column only, and 1999 keeps its period."""
    text = """COMPARATIVE FINANCIAL RESULTS
(Dollars in millions)

                            Three Months
                           Ended June 30,

                                     Percent
                      2000    1999*   Change
                    ------  -------  -------
 Hardware           $9,151   $9,622    -4.9%
 Software            3,100    2,900     6.9%
"""
    tables, _ = tables_of(text)
    assert [str(c.period) if c.period else None for c in tables[0].columns] == [
        "2000-04-01..2000-06-30", "1999-04-01..1999-06-30", None]


def test_a_label_in_capitals_wrapped_over_lines() -> None:
    """IBM prints 'EARNINGS PER' / 'SHARE OF COMMON' / 'STOCK - BASIC   $1.10': one label, while
    'CURRENT ASSETS:' over its rows stays a heading."""
    text = """CONSOLIDATED RESULTS
(Dollars in millions except per share amounts)

                     Three Months Ended
                           June 30,
                      2000        1999
                    ------      ------
CURRENT ASSETS:
 Cash               $3,033      $5,831

EARNINGS PER
SHARE OF COMMON
STOCK - BASIC        $1.10       $1.32
"""
    tables, _ = tables_of(text)
    labels = [(r.label, r.section) for r in tables[0].rows]
    assert ("Cash", "CURRENT ASSETS") in labels
    assert ("EARNINGS PER SHARE OF COMMON STOCK - BASIC", None) in labels


def test_an_em_dash_for_zero_keeps_its_row_and_its_table() -> None:
    """One '—' for zero (as HTML layouts and some filers print it) at the end of a row made the
    row text and cut the table there: 84 of the FY2002 example's 109 facts were lost."""
    from conftest import EXAMPLES, release_of

    import tagger

    source = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))
    text = source.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines()
                if line.rstrip().endswith(" ---") and line.strip()[:1].isalpha())  # 'Restructuring costs ... ---'
    assert "Restructuring costs" in line
    dashed = text.replace(line, line.rstrip()[:-3] + "\u2014", 1)
    assert len(tagger.tag_text(dashed, name="x.txt").facts) == 109


@pytest.mark.parametrize("mark", [" CR", " Cr.", "  DR", " cr"])
def test_a_credit_mark_keeps_its_row_and_its_table(mark: str) -> None:
    """'2,189 CR' at the end of a row made the row text and cut the table there (68 of the FY2002
    example's 109 facts lost to 'no header' errors). A credit or debit mark's sign depends on the
    account's side, which the release does not print: that value alone is reported, not read."""
    from conftest import EXAMPLES, release_of

    import tagger

    source = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))
    text = source.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.strip().startswith("Research and development"))
    number = line.split()[-1]
    marked = text.replace(line, f"{line}{mark}", 1)
    result = tagger.tag_text(marked, name="x.txt")
    assert len(result.facts) == 108
    said = [i for i in result.issues if i.code == "extract.bad-number"]
    assert [(i.span.line, marked.splitlines()[i.span.line - 1][i.span.column - 1:]) for i in said] == [
        (text.splitlines().index(line) + 1, f"{number}{mark}")]


def test_a_dot_leader_one_space_before_its_value() -> None:
    """'Local service................. $   197.7': the leader ends one space before the '$'; the
    value is a value, not the end of the label."""
    text = """STATEMENTS OF INCOME
(Dollars in Millions)

                                    Three Months Ended
                                         June 30
                                    1999       1998
                                    ----       ----
Local service................. $   197.7  $   180.5
Other.........................      37.7       37.6
"""
    tables, _ = tables_of(text)
    local = next(r for r in tables[0].rows if r.label.startswith("Local service"))
    assert {c.column: c.text for c in local.cells} == {0: "$   197.7", 1: "$   180.5"}


PAGE_OF_BALANCE_SHEET = """\
                          CONDENSED BALANCE SHEETS{continued}
                            (Dollars in Millions)

                                            June 30, 1999 Dec. 31, 1998
                                           -------------- -------------
                                             (Unaudited)  (Derived from
                                                             Audited
                                                            Financial
                                                           Statements)
{body}
"""
ASSETS = """\
ASSETS

Current assets
 Cash........................................  $     2.4     $     0.8
 Receivables.................................      297.8         247.1
                                               ---------     ---------
Total assets.................................  $   300.2     $   247.9
                                               =========     =========
"""
EQUITY = """\
LIABILITIES AND SHAREOWNER'S EQUITY

Current liabilities..........................  $   100.0     $    90.0
Shareowner's equity
 Common shares - ($40 par value;
   15,000,000 shares authorized;
   13,490,876 issued and outstanding)........      150.0         150.0
 Reinvested earnings.........................       50.2           7.9
                                               ---------     ---------
                                                   200.2         157.9
                                               ---------     ---------
Total liabilities and shareowner's equity....  $   300.2     $   247.9
                                               =========     =========
"""


@pytest.mark.parametrize("page_before", ["", "<PAGE>\n"])
def test_a_cramped_header_repeated_on_each_page_and_a_label_left_open(page_before: str) -> None:
    """A balance sheet over two pages, its column header 'June 30, 1999 Dec. 31, 1998' (one
    space between the dates) and its audit notes printed atop both (after a page break each
    time, or not before the first): the header is the statement's, not page furniture; the
    rows begin past four lines of notes; '(Derived from Audited Financial Statements)' is an
    audit note, not a qualifier of the period. A label whose parenthesis is still open
    ('Common shares - ($40 par value;') goes on to the next line."""
    text = page_before + "\n".join([
        PAGE_OF_BALANCE_SHEET.format(continued="", body=ASSETS), "\n\n                 Page 2\n<PAGE>",
        PAGE_OF_BALANCE_SHEET.format(continued=" (continued)", body=EQUITY), "\n\n                 Page 3\n<PAGE>",
        "                  NOTES\n\nNothing else.\n",
    ])
    tables, _ = tables_of(text)
    assert len(tables) == 2
    for table in tables:
        assert [c.period for c in table.columns] == [
            Period(start=None, end=dt.date(1999, 6, 30)), Period(start=None, end=dt.date(1998, 12, 31))]
        if not page_before:  # else the notes, atop every page, are page furniture
            assert [c.audit for c in table.columns] == ["(unaudited)", "(audited)"]
    total = next(r for r in tables[0].rows if r.label.startswith("Total assets"))
    assert [c.text for c in total.cells] == ["$   300.2", "$   247.9"]
    shares = next(r for r in tables[1].rows if r.label.startswith("Common shares"))
    assert shares.label.startswith("Common shares - ($40 par value; 15,000,000 shares authorized; 13,490,876 issued")
    assert shares.section == "Shareowner's equity" and [c.text for c in shares.cells] == ["150.0", "150.0"]


LONG_WRAPPED_LABELS = """\
                                                                           Three Months Ended
                                                                               October 31,
                                                                          1999            2000
                                                                       ---------       ---------
Loss from operations                                                     (91,257)        (91,195)
Loss before income tax benefit, minority interest and cumulative
   effect of accounting change                                          (100,090)        (78,945)
Income tax benefit                                                       (34,170)        (30,916)
                                                                       ---------       ---------
Net loss                                                               $ (65,861)      $ (33,765)
"""


def test_a_long_label_wrapped_onto_its_values_is_no_sentence() -> None:
    """'Loss before income tax benefit, minority interest and cumulative' is as long as a
    sentence, but its row goes on below with the values: the table goes on too. A sentence
    that ends with a full stop still ends the table."""
    tables, _ = tables_of(LONG_WRAPPED_LABELS)
    assert [r.label for r in tables[0].rows][-3:] == [
        "Loss before income tax benefit, minority interest and cumulative effect of accounting change",
        "Income tax benefit", "Net loss"]
    prose = LONG_WRAPPED_LABELS.replace("minority interest and cumulative\n", "minority interest and cumulative.\n")
    tables, _ = tables_of(prose)
    assert [r.label for r in tables[0].rows] == ["Loss from operations"]


STATEMENT_OVER_TWO_PAGES = """\
                    ACME CORPORATION
              COMPARATIVE FINANCIAL RESULTS
               (Dollars in millions)

<TABLE>
<CAPTION>
                              Three Months Ended
                                 September 30,
                              2000          1999
                            -------       -------
<S>                        <C>           <C>
TOTAL REVENUE                21,781        21,144
</TABLE>

<PAGE>
{between}
<TABLE>
<S>                        <C>           <C>
GROSS PROFIT                  7,801         7,564
NET INCOME                 $  1,963      $  1,762
</TABLE>
"""


def test_a_statement_broken_at_a_page_by_its_markup_goes_on() -> None:
    """EDGAR markup ends a statement's table at a page and starts another with no header
    ('</TABLE>' / '<PAGE>' / '<TABLE>' / 'GROSS PROFIT ...'): with nothing printed between and
    its values in the same columns, the second part is the same table. A title between starts
    something else, whose rows are reported for want of a header."""
    tables, issues = tables_of(STATEMENT_OVER_TWO_PAGES.format(between=""))
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows] == ["TOTAL REVENUE", "GROSS PROFIT", "NET INCOME"]
    assert not [i for i in issues if i.code == "extract.no-header"]
    tables, issues = tables_of(STATEMENT_OVER_TWO_PAGES.format(between="          SEGMENT DETAIL\n"))
    assert [r.label for r in tables[0].rows] == ["TOTAL REVENUE"]
    assert [i.span.line for i in issues if i.code == "extract.no-header"] == [20]
    moved = STATEMENT_OVER_TWO_PAGES.replace("GROSS PROFIT                  7,801         7,564",
                                             "GROSS PROFIT      7,801         7,564")
    assert [r.label for r in tables_of(moved.format(between=""))[0][0].rows] == ["TOTAL REVENUE"]


COMPANY_OVER_THE_COLUMNS = """\
CONSOLIDATED                                 Merck & Co., Inc. and Subsidiaries
STATEMENT OF INCOME
- ------------------------------------------------------------------------------
Years Ended December 31
($ in millions except per share amounts)  1995          1994         1993
- ------------------------------------------------------------------------------
SALES ................................. $16,681.1     $14,969.8    $10,498.2
Net Income ............................ $ 3,335.2     $ 2,997.0    $ 2,166.2
"""


def test_the_company_named_over_every_column_is_the_title_not_a_column_header() -> None:
    """Merck prints its name on the title line, right over the value columns: it is the
    title's, and the columns are the years ended December 31. A company named over some of
    the columns only, above the statement's title, is the title's too: the table is that
    company's (its role says so), not the filer's."""
    tables, _ = tables_of(COMPANY_OVER_THE_COLUMNS)
    assert [c.period for c in tables[0].columns] == [
        Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)) for year in (1995, 1994, 1993)]
    one_column = COMPANY_OVER_THE_COLUMNS.replace(
        "CONSOLIDATED                                 Merck & Co., Inc. and Subsidiaries",
        "CONSOLIDATED                                 Acme Inc.")
    tables, _ = tables_of(one_column)
    assert "Acme Inc." in " ".join(tables[0].title)
    from tagger.roles import table_role
    assert table_role(tables[0].title, {"merck"})[0] is TableRole.OTHER_ENTITY


TWO_DATES_IN_THE_TITLE = """\
                       PERKINELMER, INC. AND SUBSIDIARIES

                          CONSOLIDATED BALANCE SHEETS
                  AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000

(DOLLARS IN THOUSANDS EXCEPT PER SHARE DATA)                     2000          1999
--------------------------------------------                  ----------    ----------
  Cash and cash equivalents.................................  $  125,551    $  126,650
Total assets................................................  $2,260,179    $1,714,640
"""


@pytest.mark.parametrize(("title", "ends"), [
    ("AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000", [dt.date(2000, 12, 31), dt.date(2000, 1, 2)]),
    ("AS OF DECEMBER 31, 2000 AND JANUARY 20, 2000", [None, None]),  # not a year end of weeks
    ("AS OF DECEMBER 31, 2000", [None, None]),  # one date, two columns
    ("AS OF DECEMBER 31, 2000 AND 1999", [dt.date(2000, 12, 31), dt.date(1999, 12, 31)]),  # one day of each year
    ("AS OF DECEMBER 31, 2001 AND 2000", [None, None]),  # years that are not the columns'
    ("DECEMBER 31, 2000 AND 1999", [dt.date(2000, 12, 31), dt.date(1999, 12, 31)]),  # no 'as of': still balances
    ("As of December 31, 2000 and 1999, in thousands", [dt.date(2000, 12, 31), dt.date(1999, 12, 31)]),
    ("FOR DECEMBER 31, 2000 AND JANUARY 2, 2000", [None, None]),  # not balances 'as of'
    # Apple's 1996 10-K: two full dates alone on the caption line, no 'as of'
    ("December 31, 2000, and January 2, 2000", [dt.date(2000, 12, 31), dt.date(2000, 1, 2)]),
    ("December 31, 2000 and January 20, 2000", [None, None]),  # not a year end of weeks
    ("Net sales December 31, 2000 and January 2, 2000", [None, None]),  # more than the dates: not a balance sheet's
])
def test_a_title_dates_each_column_of_a_balance_sheet(title: str, ends: list) -> None:
    """PerkinElmer heads its balance sheet '2000  1999' under 'AS OF DECEMBER 31, 2000 AND
    JANUARY 2, 2000': one date per column, in order; fiscal 1999, a year of weeks, ended on
    January 2, 2000. A date that fits no column, or one date for two, dates nothing."""
    tables, _ = tables_of(TWO_DATES_IN_THE_TITLE.replace("AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000", title))
    assert [c.period and c.period.end for c in tables[0].columns] == ends
    assert all(c.period is None or c.period.start is None for c in tables[0].columns)


PERCENT_OF_REVENUES = """\
                           ACME CORPORATION
            CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                ($ in millions, except per share data)

                                   Three Months Ended May 31,                 % Increase
                         2014  % of Revenues      2013  % of Revenues   (Decrease) in US $
REVENUES
New software licenses  $3,769             33%   $3,769             35%                   0%
Total revenues        $11,320            100%  $10,947            100%                   3%
"""


def test_a_period_header_reaches_its_years_past_percent_columns() -> None:
    """Oracle centres 'Three Months Ended May 31,' over '2014  % of Revenues  2013  % of
    Revenues': narrow percent columns make the columns' pitch small, but the header still
    reaches each of its years (as far as half the years' pitch), not only the columns it overlaps."""
    tables, _ = tables_of(PERCENT_OF_REVENUES)
    assert [c.period for c in tables[0].columns] == [
        Period(start=dt.date(2014, 3, 1), end=dt.date(2014, 5, 31)), None,
        Period(start=dt.date(2013, 3, 1), end=dt.date(2013, 5, 31)), None, None]


def test_a_word_that_names_no_period_reaches_no_further() -> None:
    """IBM prints 'Percent' over 'Change' beside its nine-month years: only a header that
    names a period reaches as far as the years' pitch; 'Percent' heads the 'Change' column,
    not the '1999(a)' it also comes near."""
    header = """\
                                   Three Months                     Nine Months
                                Ended September 30,             Ended September 30,

                                                 Percent                          Percent
                              2000    1999(a)     Change      2000     1999(a)     Change
                            -------   -------    -------    -------    -------     ------

 Hardware                  $  9,451   $  9,065       4.2%   $ 26,314   $ 27,438      -4.1%
  Gross margin                 27.9%      25.5%                 27.6%      27.3%

 Global Services              8,230      7,898        4.2%    23,966     23,436       2.3%
  Gross margin                 26.6%      27.6%                 26.5%      27.5%

 Software                     2,918      3,010       -3.0%     9,027      9,056      -0.3%
  Gross margin                 81.2%      81.2%                 81.3%      81.9%

 Global Financing               859        774       11.0%     2,494      2,222      12.2%
  Gross margin                 53.0%      56.7%                 53.6%      56.0%

 Enterprise Investments/
 Other                          323        397      -18.7%       979      1,214     -19.3%
  Gross margin                 47.5%      46.2%                 47.6%      38.6%

TOTAL REVENUE                21,781     21,144        3.0%    62,780     63,366      -0.9%
"""
    tables, _ = tables_of(header)
    periods = [c.period for c in tables[0].columns]
    assert periods[0] == Period(start=dt.date(2000, 7, 1), end=dt.date(2000, 9, 30))
    assert periods == [Period(start=dt.date(2000, 7, 1), end=dt.date(2000, 9, 30)),
                       Period(start=dt.date(1999, 7, 1), end=dt.date(1999, 9, 30)), None,
                       Period(start=dt.date(2000, 1, 1), end=dt.date(2000, 9, 30)),
                       Period(start=dt.date(1999, 1, 1), end=dt.date(1999, 9, 30)), None]


PERCENT_OVER_A_YEAR = """\
                                  Three Months                        Twelve Months
                                 Ended December 31,                Ended December 31,

                                       Percent                          Percent
                             1999       1998     Change        1999       1998       Change
                             ----       ----     ------        ----       ----       ------

 Hardware                  $10,238    $11,467     -10.7%     $37,041    $35,419        4.6%
  Gross margin                26.6%      34.2%                  26.9%      31.6%
TOTAL REVENUE               24,182     25,131     -3.8%       87,548     81,667        7.2%
"""


def test_percent_printed_over_a_year_heads_the_change_beside_it() -> None:
    """IBM prints 'Percent' right over '1998' and 'Change' beside it: the two words head the
    change column; the year is the prior year's quarter. Without a 'Change' column beside it,
    'Percent' over a year still qualifies that column (a percentage of something)."""
    tables, _ = tables_of(PERCENT_OVER_A_YEAR)
    assert [c.period for c in tables[0].columns] == [
        Period(start=dt.date(1999, 10, 1), end=dt.date(1999, 12, 31)), Period(start=dt.date(1998, 10, 1), end=dt.date(1998, 12, 31)),
        None, Period(start=dt.date(1999, 1, 1), end=dt.date(1999, 12, 31)),
        Period(start=dt.date(1998, 1, 1), end=dt.date(1998, 12, 31)), None]
    tables, _ = tables_of(PERCENT_OVER_A_YEAR.replace("Change", "Growth"))
    assert tables[0].columns[1].period is None


def test_a_line_of_numeric_dates_is_a_column_header() -> None:
    """'12/31/00    12/31/99' under 'Quarter Ended' heads the columns as a line of spelled
    dates does; one numeric date alone is no header line."""
    text = """\
ACME CORP
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)

                                   Quarter Ended
                                   12/31/00       12/31/99
                                   --------       --------
Net sales                          $ 5,191        $ 4,871
"""
    tables, _ = tables_of(text)
    assert [c.period for c in tables[0].columns] == [
        Period(start=dt.date(2000, 10, 1), end=dt.date(2000, 12, 31)),
        Period(start=dt.date(1999, 10, 1), end=dt.date(1999, 12, 31))]
    tables, _ = tables_of(text.replace("12/31/00       12/31/99", "12/31/00       1999/12"))
    assert not tables


SIDE_HEADINGS = """\
                           FIVE YEAR FINANCIAL SUMMARY
(Dollars in millions, except as noted)           Motorola, Inc. and Subsidiaries

Years ended December 31                                           1999       1998       1997       1996       1995
- --------------------------------------------------------------------------------------------------------------------
<S>              <C>                                            <C>        <C>        <C>        <C>        <C>
Operating        Net sales                                       $33,075    $31,340    $31,498    $29,657    $28,495
Results          Manufacturing and other costs of sales           20,631     19,396     18,532     17,854     16,345
                 Selling, general and administrative expenses      5,446      5,656      5,373      5,027      4,916
                 Restructuring and other charges                    (226)     1,980        327        ---        ---
                 Research and development expenditures             3,560      3,118      2,930      2,572      2,321
                 Depreciation expense                              2,243      2,255      2,394      2,367      1,961
                 Interest expense, net                               138        215        136        211        172
                 Total costs and expenses                         31,792     32,620     29,692     28,031     25,715
                 Net gain on Nextel asset exchange                   ---        ---        ---        ---        443
                 Earnings (loss) before income taxes               1,283     (1,280)     1,806      1,626      3,223
                 Income tax provision (benefit)                      392       (373)       642        568      1,171
                 Net earnings (loss)                             $   891    $  (907)   $ 1,164    $ 1,058    $ 2,052
                 Net earnings (loss) as a percent of sales           2.7%     (2.9)%       3.7%       3.6%       7.2%
- --------------------------------------------------------------------------------------------------------------------
Per Share        Diluted earnings (loss) per common share        $  1.22    $ (1.31)   $  1.67    $  1.52    $  2.96
Data             Diluted weighted average common shares
                   outstanding                                     734.0      690.3      697.6      694.3      694.4
                 Dividends declared                              $ 0.480    $ 0.480    $ 0.480    $ 0.460    $ 0.400
- --------------------------------------------------------------------------------------------------------------------
Balance          Total assets                                    $40,489    $30,951    $28,954    $25,665    $24,086
Sheet            Working capital                                   4,679      2,532      4,597      3,696      2,938
                 Long-term debt and redeemable preferred
                   securities                                      3,573      2,633      2,144      1,931      1,949
                 Total debt and redeemable preferred
                   securities                                      6,077      5,542      3,426      3,328      3,554
                 Total stockholders' equity                      $18,693    $13,913    $14,487    $12,843    $11,911
- --------------------------------------------------------------------------------------------------------------------
"""


def test_side_headings_left_of_the_labels_are_no_part_of_them() -> None:
    """Motorola's five-year summary prints 'Operating / Results', 'Per Share / Data', 'Balance /
    Sheet' in a column left of its labels: 'Operating        Net sales' is net sales, and the
    two-phrase line 'Data       Diluted weighted average ...' does not end the table."""
    tables, _ = tables_of(SIDE_HEADINGS)
    labels = [row.label for row in tables[0].rows]
    assert "Net sales" in labels and "Manufacturing and other costs of sales" in labels
    assert "Diluted weighted average common shares outstanding" in labels
    assert "Total assets" in labels and "Total stockholders' equity" in labels


def test_a_balance_in_a_column_of_years_is_at_the_years_end() -> None:
    """'Total assets' under 'Years ended December 31 / 1997': the balance at December 31, 1997."""
    import tagger

    facts = {(f.concept, f.period.start, f.period.end): f.value for f in tagger.tag_text(SIDE_HEADINGS, name="mot.txt").facts}
    assert facts[("TotalAssets", None, dt.date(1997, 12, 31))] == 28954000000
    assert facts[("NetSales", dt.date(1995, 1, 1), dt.date(1995, 12, 31))] == 28495000000


def test_two_words_in_one_column_give_no_value() -> None:
    """A column that two value words fall in ('$5 191' where the header's column is one):
    neither is the column's value, both are reported; the first is never kept alone."""
    from tagger.extract import _cells
    from tagger.lines import Line, LineKind, value_words

    text = "Net sales                          $5 191       $ 9,247"
    line = Line(7, text, LineKind.VALUES, value_words(text))
    cells, issues = _cells(line, line.values, [(33, 41), (47, 54)], "acme.txt")
    assert [c.text for c in cells] == ["$ 9,247"]
    assert len([i for i in issues if i.code == "extract.cell-unplaced"]) == 2


@pytest.mark.parametrize("title", [
    "                     CONSOLIDATED STATEMENTS OF OPERATIONS\n                                  ($000)\n",
    "      CONSOLIDATED STATEMENTS OF INCOME (in thousands except per share amounts)\n",
])
def test_a_scale_alone_or_ending_a_title_in_capitals(title: str) -> None:
    """'($000)' alone on its line is a scale, not the value -0 that would make it a row; a
    title in capitals that ends with its scale is a title however long."""
    text = (title + "                                 (Unaudited)\n\n"
            "                                                  Quarter Ended\n"
            "                                                   3/31/94        3/31/93\n"
            "                                                 ----------     ----------\n"
            "Net sales                                           $27,415        $24,108\n")
    tables, _ = tables_of(text)
    assert tables[0].scale.monetary == 1000


def test_a_note_mark_beside_a_year_keeps_the_header() -> None:
    """'July 2, / 2005 (1)' with the note '(1) Derived from the audited ...': the year line is
    still the header (a field test lost the whole balance sheet)."""
    text = """\
ACME CORP
CONDENSED CONSOLIDATED BALANCE SHEETS
(In thousands)
                                             October 1,       July 2,
                                                2005          2005 (1)
                                             ----------      ----------
  Cash and cash equivalents ..............   $  48,320       $  45,110
  Total assets ...........................   $ 162,400       $ 158,220
"""
    tables, _ = tables_of(text)
    assert [c.period.end for c in tables[0].columns] == [dt.date(2005, 10, 1), dt.date(2005, 7, 2)]


def test_a_title_line_that_dates_the_columns_by_their_own_lengths() -> None:
    """'For the Three and Nine Months Ended September 30, 2008 and September 30, 2007' is a title
    line however long (no sentence), and over 'Three Months' / 'Nine Months' and the years it
    gives each column its date, each column its own length (a field test lost the statement)."""
    text = """\
ACME CORPORATION
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
For the Three and Nine Months Ended September 30, 2008 and September 30, 2007
(In thousands, except per share data)
                                           Three Months          Nine Months
                                            2008       2007       2008       2007
Net sales                               $284,410   $261,207   $821,230   $744,915
"""
    tables, _ = tables_of(text)
    assert [c.period for c in tables[0].columns] == [
        Period(start=dt.date(2008, 7, 1), end=dt.date(2008, 9, 30)), Period(start=dt.date(2007, 7, 1), end=dt.date(2007, 9, 30)),
        Period(start=dt.date(2008, 1, 1), end=dt.date(2008, 9, 30)), Period(start=dt.date(2007, 1, 1), end=dt.date(2007, 9, 30))]


@pytest.mark.parametrize(("restated", "kept"), [("As Restated", [True, False, True]), ("as adjusted", [True, True, False])])
def test_a_period_as_reported_beside_it_restated_is_no_fact(restated: str, kept: list[bool]) -> None:
    """'March 28, 2004 / As Reported' beside 'March 28, 2004 / As Restated': the restated column
    is the company's figure; the one as first reported is said, not a conflict that loses both
    (the issue: two versions of one period are no conflict). Beside the same period as printed,
    'as adjusted' is the period adjusted for something (an offering, special items): the one as
    reported is the company's (alone for its period, AirMedia's quarter 'as adjusted' is restated)."""
    text = """\
ACME RESTAURANTS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)
                                                 Three Months Ended
                                     -------------------------------------------
                                       March 31,      March 31,      March 31,
                                         2005           2004           2004
                                                    As Reported    As Restated
                                     -------------  -------------  -------------
Net income                                $ 2,700        $ 2,500        $ 2,400
""".replace("As Restated", f"{restated:>11}")
    tables, issues = tables_of(text)
    assert [c.period is not None for c in tables[0].columns] == kept
    assert any(("as first reported" if kept[2] else "as adjusted, beside") in i.message for i in issues)


def test_a_title_centred_over_the_columns_is_no_column_header() -> None:
    """'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' and '(in thousands ...)' centred right
    above the column headers, over the value columns: the table's title and scale, not words of
    each column's header (a field test's trend tables lost their title and scale so)."""
    text = """\
                              ACME NETWORKS, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share amounts)
                                         Three Months Ended
                                     March 31,       March 31,
                                       2007            2006
                                     ---------       ---------
Revenue                                $38,410         $29,870
"""
    tables, _ = tables_of(text)
    assert "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS" in tables[0].title
    assert tables[0].scale.monetary == 1000
    assert tables[0].columns[0].header == "Three Months Ended March 31, 2007"


def test_a_scale_note_under_the_dates_is_the_tables_scale_not_a_header() -> None:
    """Citrix centres '(in thousands)' under its dates, between the rule and the values: it
    qualified every column ('no period ... in thousands'), and 27 of 28 key facts were lost."""
    import tagger

    text = """CITRIX-LIKE SYSTEMS, INC.
                      Condensed Consolidated Statements of Operations
                                   (Unaudited)

<TABLE>
<CAPTION>
                                                   Three Months Ended       Nine Months Ended
                                                      September 30,            September 30,
                                               ---------------------------------------------------
                                                    1999         1998        1999         1998
                                               ---------------------------------------------------
                                                   (in thousands, except per share information)
<S>                                              <C>          <C>         <C>          <C>
Net revenues                                       105,780       67,621     285,233      173,127
Net income                                          36,218       24,102      93,116       59,410
</TABLE>
"""
    facts = {(f.concept, f.period.start.isoformat()): f.value for f in tagger.tag_text(text, name="ctxs.txt").facts}
    assert facts[("NetSales", "1999-07-01")] == 105780000 and facts[("NetIncomeLoss", "1998-01-01")] == 59410000
    assert len(facts) == 8


GE_STATEMENTS = """STATEMENT OF EARNINGS
<TABLE>
<CAPTION>
                                                                           General Electric Company
                                                                         and consolidated affiliates
                                                                     -----------------------------------
For the years ended December 31 (In millions)                            1993         1992          1991
- --------------------------------------------------------------       -----------------------------------
<S>                                                                   <C>          <C>            <C>
      Total revenues                                                   60,562       57,073        54,629
      Net earnings                                                    $ 4,315      $ 4,725       $ 2,636
</TABLE>

<TABLE>
<CAPTION>
                                                            GE                                     GECS
                                           -----------------------------------   -----------------------------------
For the years ended December 31 (In millions)  1993         1992         1991         1993         1992         1991
- ----------------------------------------   -----------------------------------   -----------------------------------
<S>                                        <C>          <C>          <C>          <C>          <C>          <C>
      Total revenues                         40,359       38,848       39,594       22,137       19,114       16,399
      Net earnings                          $ 4,315      $ 4,725      $ 2,636      $ 1,807      $ 1,499      $ 1,256
</TABLE>
"""


def test_ge_consolidated_statement_beside_its_parts() -> None:
    """General Electric: 'General Electric Company' / 'and consolidated affiliates' over every
    column is the company's name, not a qualifier; '(In millions)' beside 'For the years ended
    December 31' is the scale, not a qualifier of the period; the GE and GECS table centres each
    name over its middle year only, so two columns print '1993' alike: neither is read, and the
    parts no longer contradict the consolidated figures."""
    import tagger

    result = tagger.tag_text(GE_STATEMENTS, name="ge.txt")
    facts = {(f.concept, f.period.end.year): f.value for f in result.facts}
    assert facts == {("NetSales", 1993): 60562000000, ("NetSales", 1992): 57073000000, ("NetSales", 1991): 54629000000,
                     ("NetIncomeLoss", 1993): 4315000000, ("NetIncomeLoss", 1992): 4725000000,
                     ("NetIncomeLoss", 1991): 2636000000}
    # the filing itself, where the GE and GECS table is dated by its own 'For the years ended'
    from conftest import CORPUS

    filing = tagger.tag_file(CORPUS / "filings" / "127_general-electric.txt")
    sales = {f.period.end.year: f.value for f in filing.facts if f.concept == "NetSales"}
    assert sales == {1993: 60562000000, 1992: 57073000000, 1991: 54629000000}
    assert not [i for i in filing.issues if i.code == "tag.conflicting-values" and "NetSales" in i.message]


def test_a_date_broken_over_title_lines_and_an_end_without_its_length() -> None:
    """Apple's selected data: 'Five fiscal years' / 'ended September' / '27, 1996' is one date,
    September 27 (the 30th, a calendar month's end, was taken from 'ended September' alone).
    Bristol-Myers: 'Three Months' / 'Ended March 31,' / a rule / the years: 'Ended March 31,'
    names an end, not a length: the title's 'Three Months' gives it (not an instant)."""
    from tagger.headers import _dates_joined

    assert _dates_joined(["Five fiscal years", "ended September", "27, 1996"]) == [
        "Five fiscal years", "ended September 27, 1996"]
    assert _dates_joined(["ended December", "31 stores"]) == ["ended December", "31 stores"]
    text = """BRISTOL-LIKE SQUIBB COMPANY
CONSOLIDATED STATEMENT OF EARNINGS
(Unaudited, dollars in millions except per share amounts)


                                                 Three Months
                                                Ended March 31,
                                                 -------------

EARNINGS                                         2000     1999
- --------                                       ------   ------

Net Sales                                      $5,260   $4,854
"""
    columns = tables_of(text)[0][0].columns
    assert [(c.period.start, c.period.end) for c in columns] == [
        (dt.date(2000, 1, 1), dt.date(2000, 3, 31)), (dt.date(1999, 1, 1), dt.date(1999, 3, 31))]
    broken = """APPLE-LIKE COMPUTER, INC.
CONSOLIDATED STATEMENT OF OPERATIONS
(Dollars in millions)
Fiscal year ended September
27, 1996
                                                  1996
                                                -------
Net sales                                        $9,833
"""
    assert [c.period.end for c in tables_of(broken)[0][0].columns] == [dt.date(1996, 9, 27)]
    # in the filing, 'Three Months' stands in the title, apart from 'Ended March 31,'
    from conftest import CORPUS

    import tagger

    filing = tagger.tag_file(CORPUS / "filings" / "132_bristol-myers-squibb.txt")
    statement = next(t for t in filing.tables if "CONSOLIDATED STATEMENT OF EARNINGS" in t.title)
    assert [(c.period.start, c.period.end) for c in statement.columns] == [
        (dt.date(2000, 1, 1), dt.date(2000, 3, 31)), (dt.date(1999, 1, 1), dt.date(1999, 3, 31))]


CAPITAL_STOCK = """\
ACME INSTRUMENTS INCORPORATED
Balance Sheet
(In millions of dollars)
                                                                     Sept 30       Dec. 31
                                                                       1998          1997
                                                                     -------       -------
Total assets.......................................................  $10,518       $10,849
Long-term debt.....................................................    1,040         1,286

Stockholders' equity:
  Preferred stock, $25 par value. Authorized - 10,000,000 shares.
    Participating cumulative preferred. None issued................       --            --
  Common stock, $1 par value. Authorized -  1,200,000,000 shares.
    Shares issued: 1998 - 391,995,432; 1997 - 390,359,317..........      392           390
  Retained earnings................................................    4,640         4,488
                                                                     -------       -------
    Total stockholders' equity.....................................    6,028         5,914
                                                                     =======       =======
"""


@pytest.mark.xfail(strict=True, reason="issue 10: a rule keeping a statement's caption sentences in its table was "
                                       "withdrawn after three hostile reviews (h22_w3-w5, h23_w1-w2, h24_w4-w6: a note's "
                                       "'authorized' sentence over another company's rows read as the statement's)")
def test_a_sentence_that_describes_the_row_below_stays_in_the_balance_sheet() -> None:
    """Texas Instruments captions its capital stock in sentences ('Preferred stock, $25 par
    value. Authorized - 10,000,000 shares.') over a row indented deeper: the balance sheet goes
    on to its total equity."""
    tables, issues = tables_of(CAPITAL_STOCK)
    total = next(r for r in tables[0].rows if r.label.startswith("Total stockholders' equity"))
    assert len(tables) == 1 and total.cells[0].text == "6,028"
    assert not [i for i in issues if i.code == "extract.no-header"]


def test_a_paragraph_after_a_closed_table_ends_it() -> None:
    """The same sentence after the table's closing rule, then a row indented deeper: a paragraph
    after the table, whose row is not the balance sheet's."""
    text = CAPITAL_STOCK.replace("\nStockholders' equity:\n", "                                                                     =======       =======\n")
    tables, issues = tables_of(text)
    assert not [r for r in tables[0].rows if r.label.startswith("Retained earnings")]


STAGGERED = """\
                              BROADCOM CORPORATION
                      CONDENSED CONSOLIDATED BALANCE SHEETS
                                 (IN THOUSANDS)

                                                         June 30,
                                                           2000         December 31,
                                                        (Unaudited)        1999(1)
                                                        -----------     ------------
    Cash and cash equivalents                            $ 280,880       $ 180,816
         Total assets                                    $ 941,506       $ 609,753
"""


def test_a_header_whose_dates_are_stacked_unevenly_heads_its_table() -> None:
    """Broadcom staggers its balance sheet's dates ('June 30,' / '2000   December 31,' /
    '(Unaudited)   1999(1)'): no line holds both years, but the two lines together print one
    year in each column, and each column reads its date down its own lines."""
    tables, issues = tables_of(STAGGERED)
    assert len(tables) == 1
    assert [c.period and c.period.end for c in tables[0].columns] == [dt.date(2000, 6, 30), dt.date(1999, 12, 31)]
    assert not [i for i in issues if i.code == "extract.no-header"]


def test_two_years_stacked_in_one_column_are_no_staggered_header() -> None:
    """Years one above the other in one column ('2000' over '1999(1)') are no header of two
    columns: the rows are said, not read."""
    text = STAGGERED.replace("(Unaudited)        1999(1)", "  1999(1)      (Unaudited)")
    tables, issues = tables_of(text)
    assert not tables and [i for i in issues if i.code == "extract.no-header"]


def test_staggered_years_not_under_their_days_head_nothing() -> None:
    """Each year of a staggered header stands under its own day; under other words ('Current'
    over '2000') the two lines are no header of dates, and the rows are said, not read."""
    text = STAGGERED.replace("June 30,", "Current ")
    tables, issues = tables_of(text)
    assert not tables and [i for i in issues if i.code == "extract.no-header"]


def test_dot_leaders_that_run_into_the_first_value() -> None:
    """'Net sales......................$48,215       $44,120': the leaders end where the first
    value begins, with no space between; the value is the first column's, not the label's end."""
    (table,), _ = tables_of(DOT_LEADERS_INTO_VALUES)
    assert [c.period.end.year for c in table.columns] == [1994, 1993]
    assert cells(table, "Net sales......................") == {0: "$48,215", 1: "$44,120"}
    assert cells(table, "Cost of sales...................") == {0: "31,002", 1: "29,450"}


DOT_LEADERS_INTO_VALUES = """\
ACME CORP.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share amounts)
                               Three Months Ended
                                  September 30,
                                1994          1993
Net sales......................$48,215       $44,120
Cost of sales...................31,002        29,450
Net income.......................2,310         1,980
"""


def test_a_label_that_goes_on_with_and_below_its_values() -> None:
    """'Net income (loss) per share - basic  $.31  $.28' / 'and diluted': the short line right
    below that goes on with 'and' ends the label (both EPS), not a heading of its own."""
    (table,), _ = tables_of(AND_DILUTED)
    labels = [r.label for r in table.rows if r.cells]
    assert "Net income (loss) per share - basic and diluted" in labels
    assert not [r for r in table.rows if r.kind is RowKind.HEADING and r.label.startswith("and")]


AND_DILUTED = """\
ACME CORP.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share amounts)
                                          Three Months Ended December 31,
                                              2002            2001
Net sales                                   $ 48,215        $ 44,120
Net income (loss)                              4,310          (1,980)
Net income (loss) per share - basic        $    .31        $   (.14)
  and diluted
Shares used in per share computation          13,903          14,120
"""


def test_a_row_pushed_off_its_columns_does_not_make_them() -> None:
    """A long label that runs into the first column pushes its row's values four characters
    right: the columns are the other rows', and its values are still placed by position."""
    (table,), issues = tables_of(PUSHED_ROW)
    assert not [i for i in issues if i.code == "extract.columns-unclear"]
    assert cells(table, "Total liabilities and stockholders' equity") == {0: "$      312,352", 1: "$      312,801"}
    assert cells(table, "Total assets") == {0: "$      312,352", 1: "$      312,801"}


PUSHED_ROW = """\
ACME CORP.
CONDENSED CONSOLIDATED BALANCE SHEETS
(In thousands)
                                                November 30,         May 31,
                                                      2001            2001
Cash and cash equivalents                    $      112,450  $       98,716
Short-term investments                               85,300          92,115
Accounts receivable, net                             48,912          55,230
Other assets                                         65,690          66,740
Total assets                                 $      312,352  $      312,801
Total liabilities                                    82,814          85,677
Stockholders' equity                                229,538         227,124
""" + "Total liabilities and stockholders' equity".ljust(49) + "$      312,352  $      312,801\n"  # four right


HIGHLIGHTS_UNDER_A_CENTRED_TITLE = """\
                  BRIGHTWATER CONSUMER CREDIT CORPORATION
                           FINANCIAL HIGHLIGHTS
                (In thousands, except per share amounts and ratios)
                               (Unaudited)

                            Three Months Ended                   Year Ended
                                 June 30,                         June 30,
                       ---------------------------   ---------------------------------
                         2004      2003   % Change      2004        2003     % Change
                       -------   -------  --------   ---------   ---------   --------
Total revenues         $96,420   $87,650    10.0%    $371,300    $338,900      9.6%
Net income              14,880    12,400    20.0%      55,200      47,100     17.2%

At June 30:                                             2004        2003     % Change
                                                     ---------   ---------   --------
Total assets                                          2,846,500   2,512,800    13.3%
Shareholders' equity                                    402,600     356,900    12.8%
"""


def test_a_centred_title_over_narrow_labels_is_no_header_and_a_day_beside_the_years() -> None:
    """A title centred over a table of narrow labels reaches over its values; its scale note,
    which reaches left of them, ends the title: the lines above it are no column headers.
    'At June 30:' beside '2004  2003  % Change' is the day of each year."""
    (flows, balances), _ = tables_of(HIGHLIGHTS_UNDER_A_CENTRED_TITLE)
    assert [str(c.period) if c.period else None for c in flows.columns] == [
        "2004-04-01..2004-06-30", "2003-04-01..2003-06-30", None, "2003-07-01..2004-06-30", "2002-07-01..2003-06-30", None]
    assert [str(c.period) if c.period else None for c in balances.columns] == ["2004-06-30", "2003-06-30", None]
