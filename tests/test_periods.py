"""Periods from column headers."""

from __future__ import annotations

import datetime as dt

import pytest

import tagger
from tagger.periods import read_period

D = dt.date


@pytest.mark.parametrize(("header", "year", "start", "end"), [
    ("Three Months Ended December 31,", 2002, D(2002, 10, 1), D(2002, 12, 31)),
    ("Year Ended December 31,", 2001, D(2001, 1, 1), D(2001, 12, 31)),
    ("Three Months Ended March 31,", 2001, D(2001, 1, 1), D(2001, 3, 31)),
    ("Six Months Ended June 30, 2003", None, D(2003, 1, 1), D(2003, 6, 30)),
    ("Nine Months Ended September 30,", 2002, D(2002, 1, 1), D(2002, 9, 30)),
    ("12 Months Ended December", 2004, D(2004, 1, 1), D(2004, 12, 31)),  # month only: its last day
    ("3 Months Ended December", 2004, D(2004, 10, 1), D(2004, 12, 31)),
    ("Quarter Ended June 30,", 2002, D(2002, 4, 1), D(2002, 6, 30)),
    ("Fiscal Year Ended February 28,", 2002, D(2001, 3, 1), D(2002, 2, 28)),
    # 13 weeks ending on a Saturday: 91 days, both ends included
    ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003", 2004, D(2004, 4, 4), D(2004, 7, 3)),
    ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003", 2003, D(2003, 3, 30), D(2003, 6, 28)),
    ("For the 26 Weeks Ended July 3, 2004 and June 28, 2003", 2003, D(2002, 12, 29), D(2003, 6, 28)),
    ("Three Months Ended June 28,", 2003, D(2003, 3, 29), D(2003, 6, 28)),
    ("Full Year Ended December 31,2009", None, D(2009, 1, 1), D(2009, 12, 31)),  # 3SBio: no space after the comma
    ("Three Months Ended December 31,2009 GAAP RMB", None, D(2009, 10, 1), D(2009, 12, 31)),
])
def test_durations(header: str, year: int | None, start: dt.date, end: dt.date) -> None:
    reading = read_period(header, year)
    assert reading.problem is None
    assert (reading.period.start, reading.period.end) == (start, end)


@pytest.mark.parametrize(("header", "year", "end"), [
    ("December 31,", 2002, D(2002, 12, 31)),
    ("March 31, 2001", 2001, D(2001, 3, 31)),
    ("July 3,", 2004, D(2004, 7, 3)),
    ("As of Dec. 31, 2003", None, D(2003, 12, 31)),
])
def test_instants(header: str, year: int | None, end: dt.date) -> None:
    reading = read_period(header, year)
    assert reading.period is not None and reading.period.start is None and reading.period.end == end


@pytest.mark.parametrize(("header", "year", "problem"), [
    ("Three Months Ended December 31, 2OO2", None, "cannot read"),  # a year that cannot be read
    ("Three Months Ended December 31,", None, "no single year"),
    ("", 2002, "no date"),
    ("% Change", None, "qualifies"),
    ("Domestic", 2004, "qualifies"),
    ("Pro forma Three Months Ended March 31,", 2001, "qualifies"),
    ("June 28, January 3,", 2003, "cannot tell which date"),
    ("February 30,", 2003, "not a date"),
])
def test_no_period_rather_than_a_guess(header: str, year: int | None, problem: str) -> None:
    reading = read_period(header, year)
    assert reading.period is None
    assert problem in reading.problem


def test_a_numeric_date_either_order_could_read_is_unread() -> None:
    """'01/04/2009' alone: January 4 or April 1, the date does not say (hostile review 20: a
    Dutch quarter ending '03/10/2009' was read as ending March 10); where the header shows the
    order, tagger/headers.py reads it so."""
    assert read_period("01/04/2009").period is None
    assert read_period("Three Months Ended 03/10/2009").period is None


@pytest.mark.parametrize(("header", "year", "start", "end"), [
    ("Three Months Ended 12/31/02", None, D(2002, 10, 1), D(2002, 12, 31)),
    ("Year Ended 6/30/1999", None, D(1998, 7, 1), D(1999, 6, 30)),
    ("3/31/01", None, None, D(2001, 3, 31)),
    ("30/09/2009", None, None, D(2009, 9, 30)),  # the day first, as Europe prints it: no month 30
])
def test_numeric_dates(header: str, year: int | None, start: dt.date | None, end: dt.date) -> None:
    reading = read_period(header, year)
    assert reading.period is not None and (reading.period.start, reading.period.end) == (start, end)


def test_an_ordinal_quarter_with_its_date() -> None:
    """'Fourth Quarter Ended December 31,': the date says which quarter; the ordinal is no
    qualifier of the column."""
    reading = read_period("Fourth Quarter Ended December 31,", 1999)
    assert (reading.period.start, reading.period.end) == (D(1999, 10, 1), D(1999, 12, 31))


@pytest.mark.parametrize("header", [
    "Years Ended December 31 FOURTH QUARTER",  # a title's length over a column's own
    "Year Ended December 31 First Quarter",
    "Six Months Ended June 30 Second Quarter",
])
def test_two_lengths_in_one_header_date_nothing(header: str) -> None:
    reading = read_period(header, 1999)
    assert reading.period is None and "two lengths" in reading.problem


@pytest.mark.parametrize(("header", "start", "months"), [
    ("First Two Quarters Ended June 30, 2004", D(2004, 1, 1), 6),
    ("First Three Quarters Ended September 30, 2004", D(2004, 1, 1), 9),
])
def test_quarters_counted(header: str, start: dt.date, months: int) -> None:
    """'First Two Quarters Ended June 30': six months, not the quarter (a hostile review's)."""
    reading = read_period(header)
    assert (reading.period.start, reading.months) == (start, months)


@pytest.mark.parametrize(("title", "column_year", "latest", "end"), [
    ("FOR THREE YEARS ENDED DECEMBER 31, 2000", 1999, 2000, "1999-12-31"),
    ("FOR THREE YEARS ENDED DECEMBER 31, 2000", 1998, 2000, "1998-12-31"),
    ("FOR THREE YEARS ENDED DECEMBER 31, 2000", 1997, 2000, None),  # not one of the three
    ("for each of the three years in the period ended June 30, 2000", 1998, 2000, "1998-06-30"),
    ("Fiscal Years Ended February 28, 2001", 2000, 2001, "2000-02-29"),  # the month's last day, each year
    ("Fiscal Years Ended January 29, 2000", 1999, 2000, "1999-01-29"),  # a weeks calendar's day: settled later
    ("Fiscal Years Ended January 29, 2000", 1998, 1999, None),  # the table's latest year is not the title's
    ("Year Ended December 31, 2000", 1999, 2000, None),  # one year named: no run
    ("Three Months Ended December 31, 2000", 1999, 2000, None),
])
def test_a_year_of_a_run_the_title_names(title: str, column_year: int, latest: int, end: str | None) -> None:
    from tagger.periods import year_in_run

    found = year_in_run(title, column_year, latest)
    assert (found.period.end.isoformat() if found else None) == end
    if found:
        assert found.months == 12 and (found.period.end - found.period.start).days in (364, 365)


_CENTRED = """\
ACME DEVICES, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Thousands except per share amounts)

<TABLE>
<CAPTION>
                                                                                  Quarter Ended
                                                                                   (Unaudited)
- --------------------------------------------------------------------------------------------------------------------
                                                                    Mar. 31,            Dec. 31,           Mar. 31,
                                                                     2000                1999               1999
- --------------------------------------------------------------------------------------------------------------------
<S>                                                             <C>                 <C>                 <C>
Net sales                                                         $1,092,029          $ 968,710           $ 631,593
Net income (loss)                                                 $  189,349          $  65,080           $(128,367)
</TABLE>
"""


@pytest.mark.parametrize(("shift", "dated"), [(0, True), (-14, False)])
def test_a_period_phrase_centred_over_all_the_columns_heads_them_all(shift: int, dated: bool) -> None:
    """AMD prints 'Quarter Ended' once, centred over three dated columns: the third, beyond the
    phrase's reach, is a quarter too, not an instant. Moved over the first two columns only,
    the phrase heads those, and the third stays a date that no income line is written for."""
    line = " " * 82 + "Quarter Ended\n"
    text = _CENTRED.replace(line, " " * (82 + shift) + "Quarter Ended\n")
    result = tagger.tag_text(text, name="acme.txt")
    third = result.tables[0].columns[2]
    assert (third.period.start is not None) is dated
    quarters = {(f.period.start, f.period.end) for f in result.facts if f.concept == "NetSales"}
    assert ((dt.date(1999, 1, 1), dt.date(1999, 3, 31)) in quarters) is dated
    assert (dt.date(2000, 1, 1), dt.date(2000, 3, 31)) in quarters


def test_numeric_dates_read_in_the_order_the_release_spells_them() -> None:
    """'2/1/97  2/3/96' shows no order by itself (both parts 12 or less); a release that spells
    'February 1, 1997' and 'February 3, 1996' in words, and neither January 2, 1997 nor March 2,
    1996, reads them month first. Where it spells both readings, or neither, no order is taken."""
    import datetime as dt

    from tagger.periods import numeric_date_order_in_words

    asked = []

    def spelled(*dates: dt.date):
        def answer() -> frozenset[dt.date]:
            asked.append(True)
            return frozenset(dates)
        return answer

    feb = (dt.date(1997, 2, 1), dt.date(1996, 2, 3))
    assert numeric_date_order_in_words("2/1/97  2/3/96", spelled(*feb)) == "month"
    assert numeric_date_order_in_words("1/2/97  3/2/96", spelled(*feb)) == "day"
    assert numeric_date_order_in_words("2/1/97  2/3/96", spelled(*feb, dt.date(1997, 1, 2))) is None
    assert numeric_date_order_in_words("2/1/97  2/3/96", spelled()) is None
    asked.clear()
    assert numeric_date_order_in_words("12/31/97", spelled(*feb)) is None and not asked  # no ambiguous date: not asked
