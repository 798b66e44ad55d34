"""Named periods ('4th Qtr' under '2007', 'FOURTH QUARTER 1999'): dated only where the release
shows fiscal years that end on December 31, on a calendar of months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
