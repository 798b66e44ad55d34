"""Named periods ('4th Qtr' under '2007', 'FOURTH QUARTER 1999'): dated only where the release
shows fiscal years that end on December 31, on a calendar of months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import tagger
from tagger.periods import NamedPeriod, read_named_period

D = dt.date

STATEMENT = """\
ACME CORPORATION
CONSOLIDATED STATEMENT OF EARNINGS
(Dollars in Millions)
                                        Year Ended December 31,
                                          2007          2006
                                        ------        ------
Net Sales                               $18,193       $17,914
Net Earnings                            $ 2,165       $ 1,585

"""

TREND = """\
                      ACME CORPORATION
              CONSOLIDATED STATEMENT OF EARNINGS
                      QUARTERLY TREND
                   (Dollars in Millions)

                                                                                      2007
                                1st Qtr   2nd Qtr  6 Months   3rd Qtr  9 Months   4th Qtr      Year
Net Sales                        $4,063    $4,471    $8,534    $4,601   $13,135    $5,058   $18,193
Net Earnings                       $690      $706    $1,396      $858    $2,254      $(89)   $2,165
"""


def _facts(text: str) -> dict:
    return {(f.concept, f.period.start, f.period.end): f.value for f in tagger.tag_text(text, name="acme.txt").facts}


@pytest.mark.parametrize(("header", "year", "named"), [
    ("FOURTH QUARTER", 1999, NamedPeriod("Q4", 1999)),
    ("Fourth Quarter 1999", None, NamedPeriod("Q4", 1999)),
    ("4Q99", None, NamedPeriod("Q4", 1999)),
    ("Second Quarter FY'00", None, NamedPeriod("Q2", 2000)),
    ("Fiscal 1998", None, NamedPeriod("FY", 1998)),
    ("1st Qtr", None, NamedPeriod("Q1", None)),
    ("6 Months", 2007, NamedPeriod("H1", 2007)),
    ("Prior Year", None, None),  # more than a part's name
    ("Three Months", 1999, None),  # which quarter is not named
    ("Fourth Quarter 1999", 1998, None),  # two years for one column
])
def test_read_named_period(header: str, year: int | None, named: NamedPeriod | None) -> None:
    assert read_named_period(header, year) == named


def test_a_trend_table_of_named_quarters_is_dated_by_a_december_year() -> None:
    """BMS prints '2007' once over '1st Qtr ... Year': with a year ended December 31 printed in
    the release, each part is the calendar's; the year's own statement agrees with it."""
    facts = _facts(STATEMENT + TREND)
    trend = tagger.tag_text(STATEMENT + TREND, name="acme.txt").tables[1]
    assert trend.columns[0].dated_by == "the first quarter of 2007 the header names, on the release's calendar of " \
                                        "years ending December 31"
    assert facts[("NetSales", D(2007, 1, 1), D(2007, 3, 31))] == Decimal("4063000000")
    assert facts[("NetSales", D(2007, 1, 1), D(2007, 6, 30))] == Decimal("8534000000")
    assert facts[("NetSales", D(2007, 1, 1), D(2007, 9, 30))] == Decimal("13135000000")
    assert facts[("NetIncomeLoss", D(2007, 10, 1), D(2007, 12, 31))] == Decimal("-89000000")
    assert facts[("NetSales", D(2007, 1, 1), D(2007, 12, 31))] == Decimal("18193000000")


@pytest.mark.parametrize(("change", "reason"), [
    (("Year Ended December 31,", "Year Ended June 30,"), "end in June"),  # whose year names 'fiscal 2007'?
    (("Year Ended December 31,", "Year Ended December 29,"), ""),  # quarters of weeks: no dates printed
    (("Year Ended December 31,", "Amounts at year end"), "does not show where its fiscal years end"),
])
def test_named_parts_are_dated_only_on_a_december_calendar_of_months(change: tuple[str, str], reason: str) -> None:
    result = tagger.tag_text((STATEMENT + TREND).replace(*change), name="acme.txt")
    assert not [f for f in result.facts if f.table == 1]  # the trend table
    said = [i for i in result.issues if i.code == "extract.period-unknown" and "names the" in i.message]
    assert len(said) == 7 and all(reason in i.message for i in said)


def test_a_segments_trend_table_is_no_statement_of_the_company() -> None:
    """A trend schedule's segment table is titled by the segment alone ('Pharmaceuticals'):
    its gross profit is the segment's, not written."""
    segment = TREND.replace("              CONSOLIDATED STATEMENT OF EARNINGS\n                      QUARTERLY TREND\n",
                            "                      Pharmaceuticals\n").replace(
        "Net Earnings  ", "Gross Profit  ")
    result = tagger.tag_text(STATEMENT + segment, name="acme.txt")
    assert not [f for f in result.facts if f.concept == "GrossProfit"]
    assert any("titled as no statement" in i.message for i in result.issues)


def test_a_table_the_statement_contradicts_gives_no_facts() -> None:
    """A schedule with no statement's title whose net sales differ from the statement's for the
    same year is some part's: none of its facts is written, each is reported."""
    schedule = """\
Selected data
(Dollars in Millions)
                                        Year Ended December 31,
                                          2007          2006
                                        ------        ------
Net Sales                               $ 9,000       $ 8,000
Cash and cash equivalents               $ 1,200       $ 1,100
"""
    result = tagger.tag_text(STATEMENT + schedule, name="acme.txt")
    assert not [f for f in result.facts if f.concept == "CashAndCashEquivalents"]
    assert {i.code for i in result.issues} >= {"tag.table-contradicted", "tag.conflicting-values"}
    # the fact they disagree on is not written either: the release's own cross-check failed
    assert not [f for f in result.facts if f.concept == "NetSales" and f.period.end.year == 2007]


RESULTS = """\
RESULTS OF OPERATIONS
(Dollars in Millions)
                                        Year Ended December 31,
                                          2007          2006
                                        ------        ------
Net Sales                               $18,193       $17,914
Gross Profit                            $ 7,098       $ 7,258

"""
PRODUCT_LINE = """\
Hardware Sales
(Dollars in Millions)
                                        Year Ended December 31,
                                          2007          2006
                                        ------        ------
Revenue                                 $ 8,345       $ 8,372
Gross Profit                            $ 2,822       $ 3,090

Software
(Dollars in Millions)
                                        Year Ended December 31,
                                          2007          2006
                                        ------        ------
Revenue                                 $ 9,848       $ 9,542
Gross Profit                            $ 4,276       $ 4,168
"""


def test_a_statement_repeated_in_another_table_outweighs_a_table_it_contradicts() -> None:
    """IBM's 10-Q prints total revenue in its statement of earnings and again in the MD&A's
    results of operations, and each product line's revenue and gross profit under a title that
    names no statement ('Hardware Sales', 'Software'), adding up to the total. The statement's
    value, printed the same in two tables, is the company's; the product lines' tables are not
    (each of their facts reported)."""
    result = tagger.tag_text(STATEMENT + RESULTS + PRODUCT_LINE, name="acme.txt")
    facts = {(f.concept, f.period.end.year): f.value for f in result.facts}
    assert facts[("NetSales", 2007)] == Decimal("18193000000") and facts[("NetSales", 2006)] == Decimal("17914000000")
    assert not [f for f in result.facts if f.table in (2, 3)]  # the product lines'
    assert [i.span.line for i in result.issues if i.code == "tag.table-contradicted" and i.severity == "error"] == [23, 31]
    # gross profit, which no statement prints: two tables' word against each other, neither written
    assert ("GrossProfit", 2007) not in facts
    assert any(i.code == "tag.conflicting-values" and "GrossProfit" in i.message for i in result.issues)


@pytest.mark.parametrize("text", [
    STATEMENT + PRODUCT_LINE,  # no second table that prints the statement's value
    STATEMENT + RESULTS + PRODUCT_LINE.split("\n\nSoftware")[0] + "\n",  # one product line: no parts adding up
])
def test_a_statement_printed_once_does_not_outweigh_a_table_it_contradicts(text: str) -> None:
    """Without a second table that prints the statement's value, or parts that add up to it,
    one table's word against another's settles nothing: neither is written (the statements may
    be an acquiree's, or a pro forma combination said only in prose: the twenty-first review)."""
    result = tagger.tag_text(text, name="acme.txt")
    assert not [f for f in result.facts if f.concept == "NetSales"]
    assert sum(i.code == "tag.conflicting-values" and "NetSales" in i.message for i in result.issues) == 2


DATA = Path(__file__).resolve().parent / "data" / "named"


def _written(name: str) -> dict:
    result = tagger.tag_file(DATA / name)
    return {(f.concept, f.period.start, f.period.end): f.value for f in result.facts}


def test_quarters_in_descending_order_share_no_year_across_groups() -> None:
    """'4th Qtr  3rd Qtr  2nd Qtr  1st Qtr' for 2008 then for 2007, each year printed over its
    group's first column: a quarter that cannot follow the one before it in a year starts
    another run, so 2008's first quarter never takes the '2007' printed beside it."""
    facts = _written("descending_years_left.txt")
    trend = {key: value for key, value in facts.items() if key[1] is not None and key[1].month != 1 or
             key[2] is not None and key[2].month == 3}
    assert trend == {("NetSales", D(2008, 10, 1), D(2008, 12, 31)): Decimal("560000000"),
                     ("NetSales", D(2007, 10, 1), D(2007, 12, 31)): Decimal("485000000"),
                     ("NetIncomeLoss", D(2008, 10, 1), D(2008, 12, 31)): Decimal("56000000"),
                     ("NetIncomeLoss", D(2007, 10, 1), D(2007, 12, 31)): Decimal("49000000")}


@pytest.mark.parametrize("six_months", ["6 Months", "6M      "])
def test_six_months_after_the_fourth_quarter_is_no_first_half(six_months: str) -> None:
    """'6M' names the year to date where it stands alone ('9M/09'), but after a fourth quarter
    it is the second half, as '6 Months' is."""
    text = (DATA / "second_half.txt").read_text().replace("6 Months", six_months)
    facts = {(f.concept, f.period.start, f.period.end) for f in tagger.tag_text(text, name="acme.txt").facts}
    assert not [key for key in facts if key[1] == D(2008, 1, 1) and key[2] == D(2008, 6, 30)]


def test_trailing_twelve_months_name_no_fiscal_year() -> None:
    """A utility's 'Second Quarter  Six Months  12 Months' over '2008': the twelve months end
    with the quarter, not on December 31; nothing of that table is dated."""
    assert read_named_period("12 Months", 2008) is None
    assert not [key for key in _written("trailing_twelve_months.txt") if key[2] == D(2008, 12, 31)]


def test_a_segments_trend_titled_consolidated_yields_to_the_statement() -> None:
    """'CONSOLIDATED TREND ANALYSIS / MEDICAL DEVICES': its year's net sales (4,393) contradict
    the statement's (18,193); the trend table, dated by named parts, yields to the statement
    and gives no facts (and the year's net sales, in doubt, neither)."""
    facts = _written("segment_titled_consolidated.txt")
    assert ("NetIncomeLoss", D(2007, 1, 1), D(2007, 12, 31)) in facts
    assert ("NetSales", D(2007, 1, 1), D(2007, 12, 31)) not in facts
    assert not [key for key in facts if key[0] == "GrossProfit"]
    assert not [key for key in facts if key[2] is not None and key[2].month in (3, 6, 9)]


def test_a_september_header_refuses_a_december_reading() -> None:
    """The submission header says the fiscal year ends September 30 while a trailing 'Twelve
    Months Ended December 31' column ends in December: named parts stay undated."""
    from tagger.extract import extract_tables
    from tagger.named import settle_named
    from tagger.read import decode_release

    tables, _ = extract_tables(decode_release((STATEMENT + TREND).encode(), "acme.txt"))
    settled, issues = settle_named(tables, (9, 30))
    assert not [c for t in settled for c in t.columns if c.named and c.period]
    assert issues and all("September" in i.message for i in issues)


@pytest.mark.parametrize(("year_end", "dated"), [((12, 31), True), (None, False), ((6, 30), False)])
def test_twelve_months_ended_december_is_the_year_where_the_header_says_so(
        year_end: tuple[int, int] | None, dated: bool) -> None:
    """BMS heads its statement 'Twelve Months Ended December 31, 2008' (no 'year'): with the
    submission header's fiscal year end 1231 that is the fiscal year, and the quarterly trend's
    '1st Qtr' is the calendar's first quarter; without the header it could be a June company's
    trailing twelve months, and the trend stays undated."""
    from tagger.extract import extract_tables
    from tagger.named import settle_named
    from tagger.read import decode_release

    text = (STATEMENT + TREND).replace("Year Ended December 31,", "Twelve Months Ended December 31,")
    tables, _ = extract_tables(decode_release(text.encode(), "acme.txt"))
    settled, issues = settle_named(tables, year_end)
    trend = settled[1].columns
    assert [c.period is not None for c in trend] == [dated] * len(trend)
    assert dated or len(issues) == len(trend)
    if dated:
        assert (trend[0].period.start, trend[0].period.end) == (D(2007, 1, 1), D(2007, 3, 31))


def test_a_cramped_negative_is_no_note_mark() -> None:
    """'3  (1)   2  (4)': two spaces after a number, '(1)' is the next column's loss of one, not
    a note's mark (letters are, two spaces off: '1.09  (b)')."""
    facts = _written("cramped_negatives.txt")
    assert facts[("OtherNonoperatingIncomeExpense", D(1996, 10, 1), D(1996, 12, 31))] == Decimal("-1000000")


def test_a_period_ended_without_its_length_is_the_year_to_date_its_quarters_add_up_to() -> None:
    """ASE heads its half years 'For the period ended Jun. 30 2010' beside the quarters ended
    March 31 and June 30, 2010, whose amounts add up to it row by row (not the shares, an
    average): the year to date from January 1. 2009's column, whose first quarter is not
    printed, might run from inception or a successor's start: undated. Without 2010's first
    quarter either, nothing shows where the year begins, and nothing is dated."""
    text = (DATA / "period_ended_no_length.txt").read_text()
    facts = {(f.concept, f.period.start, f.period.end): f.value for f in tagger.tag_text(text, name="ase.txt").facts}
    assert facts[("NetSales", D(2010, 1, 1), D(2010, 6, 30))] == Decimal("83971000000")
    assert facts[("EarningsPerShareBasic", D(2010, 1, 1), D(2010, 6, 30))] == Decimal("1.36")
    assert ("NetIncomeLoss", D(2009, 1, 1), D(2009, 6, 30)) not in facts
    undated = text.replace("Mar. 31 2010", "Jun. 30 2008").replace("37,555", "20,500")
    facts = {(f.concept, f.period.start, f.period.end) for f in tagger.tag_text(undated, name="ase.txt").facts}
    assert not [key for key in facts if key[1] is not None and key[1].month == 1]


EUROPEAN_QUARTER = """\
ACME HOLDING N.V.
Consolidated income statement (unaudited)
EUR million
                                   Q3 2008    Q3 2007    Change   Nine months 2008   Nine months 2007
Revenues                             1,482      1,356       9%              4,391              3,978
Net income attributable to equity holders
                                       108         89      21%                313                262

Condensed consolidated balance sheet
EUR million
                                      September 30, 2008     December 31, 2007
Total assets                                       5,806                 5,540
Equity attributable to equity holders of the parent
                                                   2,214                 2,087
"""


def test_a_quarter_and_nine_months_beside_a_balance_sheet_at_the_last_december() -> None:
    """A European 6-K heads its columns 'Q3 2008' and 'Nine months 2008' and compares its
    balance sheet at September 30, 2008 with December 31, 2007, the last fiscal year end, as
    interim statements do: the parts are the calendar's. IFRS names the company's share of the
    result and of the equity ('attributable to equity holders', '... equity holders of the parent')."""
    facts = _facts(EUROPEAN_QUARTER)
    assert facts[("NetSales", D(2008, 7, 1), D(2008, 9, 30))] == Decimal("1482000000")
    assert facts[("NetSales", D(2007, 1, 1), D(2007, 9, 30))] == Decimal("3978000000")
    assert facts[("NetIncomeLoss", D(2008, 1, 1), D(2008, 9, 30))] == Decimal("313000000")
    assert facts[("StockholdersEquity", None, D(2007, 12, 31))] == Decimal("2087000000")
    # a balance sheet at June 30 beside the quarter to September shows no year end: nothing dated
    undated = _facts(EUROPEAN_QUARTER.replace("December 31, 2007", "    June 30, 2008"))
    assert not [key for key in undated if key[1] is not None]


YEAR_END_RELEASE = """\
HELVETIA HOLDING AG
CONSOLIDATED INCOME STATEMENT (UNAUDITED)

USD millions, except per share data     Q4 08     Q4 07      FY 08     FY 07
-----------------------------------------------------------------------------
Revenues                                2,846     2,531     10,412     9,127
Operating income                          333       337      1,307     1,083

CONSOLIDATED BALANCE SHEET (UNAUDITED)
USD millions                                  Dec. 31, 2008    Dec. 31, 2007
Total assets                                        11,240           10,380
"""


def test_named_quarters_and_years_with_two_digit_years_over_a_year_end_balance_sheet() -> None:
    """'Q4 08  Q4 07  FY 08  FY 07' is a header (named parts with two-digit years, beside the
    scale note), and a balance sheet at December 31 of both years shows the December year:
    the fourth quarters and years are the calendar's. A balance sheet at December 31 and June
    30 shows no such year."""
    facts = _facts(YEAR_END_RELEASE)
    assert facts[("NetSales", D(2008, 10, 1), D(2008, 12, 31))] == Decimal("2846000000")
    assert facts[("OperatingIncomeLoss", D(2007, 1, 1), D(2007, 12, 31))] == Decimal("1083000000")
    june = _facts(YEAR_END_RELEASE.replace("Dec. 31, 2007", "June 30, 2008"))
    assert not [key for key in june if key[1] is not None]


KOREAN_FOURTH_QUARTER = """\
SEOUL, Korea, January 27, 2005 -- Hanbit Chemical Co., Ltd. today announced its results for the
fourth quarter of 2004.

HANBIT CHEMICAL CO., LTD.
Consolidated Income Statements
(In billions of Korean Won, except per share data)
                                   4Q04       3Q04       QoQ       4Q03       YoY
Sales                           2,314.6    2,187.3      5.8%    1,958.2     18.2%
Operating income                  333.4      326.5      2.1%      247.9     34.5%
Net income                        220.6      214.9      2.7%      160.3     37.6%

HANBIT CHEMICAL CO., LTD.
Consolidated Balance Sheets (Summary)
(In billions of Korean Won)
                              Dec. 31, 2004    Sep. 30, 2004    Dec. 31, 2003
Total assets                       12,140.0         11,679.3         10,396.3
Total liabilities                   5,311.7          5,104.2          4,640.0
Total shareholders' equity          6,828.3          6,575.1          5,756.3
"""


def test_named_quarters_over_balance_sheets_at_two_year_ends_and_the_quarter_between() -> None:
    """'4Q04  3Q04  4Q03' beside a balance sheet at December 31, 2004, September 30, 2004 and
    December 31, 2003: the latest and a year before are year ends, so the years end on December
    31 and the fourth quarter of 2004 is the calendar's. With the year-before date at another
    day (a June company's September 30 beside a December 31), nothing is dated."""
    facts = _facts(KOREAN_FOURTH_QUARTER)
    assert facts[("NetSales", D(2004, 10, 1), D(2004, 12, 31))] == Decimal("2314600000000")
    assert facts[("NetIncomeLoss", D(2003, 10, 1), D(2003, 12, 31))] == Decimal("160300000000")
    other = _facts(KOREAN_FOURTH_QUARTER.replace("Dec. 31, 2003", "Jun. 30, 2004"))
    assert not [key for key in other if key[1] is not None]
