"""Calendars of weeks: quarters of 13 weeks (one of 14 in a 53-week year), starts settled from
what the release prints, and the rest reported, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

import tagger
from tagger.models import Period

HEADER = """<SEC-HEADER>
ACCESSION NUMBER:\t\t0000000000-99-000001
\t\tFISCAL YEAR END:\t\t\t{fye}
</SEC-HEADER>
"""
RELEASE = """ACME REPORTS RESULTS

ACME, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)

                          {group1:<26}{group2}
                         {d1:<13}{d2:<13}{d3:<13}{d4}
                           {y1}         {y2}         {y3}         {y4}
                         --------     --------     --------     --------
Net sales                $5,191       $4,000       $15,000      $12,000


CONSOLIDATED BALANCE SHEETS
(In thousands)

                                          {b1:<11}{b2}
                                            {by1}         {by2}
                                          --------   ------------
Total assets                              $50,000      $45,000
"""


def _periods(fye: str | None = None, **fields: str) -> tuple[dict[int, Period | None], list[str]]:
    text = (HEADER.format(fye=fye) if fye else "") + RELEASE.format(**fields)
    result = tagger.tag_text(text, name="acme.txt")
    statement = result.tables[0]
    return ({c.index + 1: c.period for c in statement.columns},
            [i.message for i in result.issues if i.code == "extract.period-unsettled"])


def _p(start: str, end: str) -> Period:
    return Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))


QUALCOMM = dict(group1="Three Months Ended", group2="Nine Months Ended", d1="June 27,", d2="June 28,", d3="June 27,",
                d4="June 28,", y1="1999", y2="1998", y3="1999", y4="1998", b1="June 27,", b2="September 27,", by1="1999",
                by2="1998")


def test_a_quarter_is_13_weeks_back_to_a_printed_year_end() -> None:
    """June 27, 1999 is a Sunday: the quarter starts 13 weeks before (March 29), not on March 28;
    nine months start the day after the printed September 27, 1998, which shows where the
    fiscal year ends: the Sunday at September's end, 1997's too (September 28, by either rule),
    so the prior year's columns settle as well."""
    periods, unsettled = _periods(**QUALCOMM)
    assert periods[1] == _p("1999-03-29", "1999-06-27")
    assert periods[3] == _p("1998-09-28", "1999-06-27")
    assert periods[2] == _p("1998-03-30", "1998-06-28") and periods[4] == _p("1997-09-29", "1998-06-28")
    assert unsettled == []
    # with no balance-sheet date to count from, nothing shows the prior years' boundaries: reported
    periods, unsettled = _periods(**{**QUALCOMM, "b2": "June 28,", "by2": "1998"})
    assert periods[1] == _p("1999-03-29", "1999-06-27")  # whole 13-week quarters back to June 28, 1998
    assert periods[3] == _p("1998-09-28", "1999-06-27")  # three of them
    assert periods[2] is None and periods[4] is None
    assert len(unsettled) == 2 and all("its values are not tagged" in m for m in unsettled)


def test_the_header_year_end_settles_the_prior_year() -> None:
    """With FISCAL YEAR END 0930 and periods ending on Sundays, fiscal 1997 ended on Sunday,
    September 28, 1997 (the last Sunday of September and the Sunday nearest its end agree)."""
    periods, unsettled = _periods(fye="0930", **QUALCOMM)
    assert periods[2] == _p("1998-03-30", "1998-06-28")
    assert periods[4] == _p("1997-09-29", "1998-06-28")
    assert unsettled == []


def test_a_year_whose_rules_disagree_is_reported() -> None:
    """Saturday year ends near December 31: for 2005 the last Saturday of December is the 31st,
    and so is the nearest; for 1999 the last is December 25 and the nearest January 1, 2000.
    The release's own year ends (December 25, 1999 and December 30, 2000) rule out 'nearest'."""
    fields = dict(group1="Year Ended", group2="", d1="Dec. 30,", d2="Dec. 25,", d3="", d4="", y1="2000", y2="1999",
                  y3="    ", y4="    ", b1="Dec. 30,", b2="Dec. 25,", by1="2000", by2="1999")
    periods, unsettled = _periods(fye="1231", **fields)
    assert periods[1] == _p("1999-12-26", "2000-12-30")  # 53 weeks: the day after the printed Dec. 25, 1999
    assert periods[2] == _p("1998-12-27", "1999-12-25")  # the last Saturday of December 1998 was the 26th
    assert unsettled == []


def test_a_14_week_quarter_whose_place_is_not_shown() -> None:
    """Fiscal 2000 (AMD) began December 27, 1999: six months to July 2, 2000 are 27 weeks, so one
    of the two quarters had 14 weeks, and the release does not show which."""
    fields = dict(group1="Quarter Ended", group2="Six Months Ended", d1="Jul. 2,", d2="Jun. 27,", d3="Jul. 2,",
                  d4="Jun. 27,", y1="2000", y2="1999", y3="2000", y4="1999", b1="Jul. 2,", b2="Dec. 26,", by1="2000",
                  by2="1999")
    periods, unsettled = _periods(fye="1226", **fields)
    assert periods[3] == _p("1999-12-27", "2000-07-02")  # the day after the printed year end: 27 weeks
    assert periods[1] is None
    assert any("14-week quarter" in m for m in unsettled)
    assert periods[2] == _p("1999-03-29", "1999-06-27") and periods[4] == _p("1998-12-28", "1999-06-27")


def test_a_year_ending_on_a_month_end_of_a_weeks_calendar() -> None:
    """Apple's fiscal 2006 ended Saturday, September 30, 2006, the day after 53 weeks from
    September 24, 2005: a month's last day, on a calendar of weeks all the same."""
    fields = dict(group1="Twelve Months Ended", group2="", d1="Sept. 30,", d2="Sept. 24,", d3="", d4="", y1="2006",
                  y2="2005", y3="    ", y4="    ", b1="Sept. 30,", b2="Sept. 24,", by1="2006", by2="2005")
    periods, _ = _periods(**fields)
    assert periods[1] == _p("2005-09-25", "2006-09-30")


def test_a_calendar_of_months_is_left_alone() -> None:
    fields = dict(group1="Three Months Ended", group2="Six Months Ended", d1="June 30,", d2="June 30,", d3="June 30,",
                  d4="June 30,", y1="1999", y2="1998", y3="1999", y4="1998", b1="June 30,", b2="December 31,", by1="1999",
                  by2="1998")
    periods, unsettled = _periods(**fields)
    assert periods == {1: _p("1999-04-01", "1999-06-30"), 2: _p("1998-04-01", "1998-06-30"),
                       3: _p("1999-01-01", "1999-06-30"), 4: _p("1998-01-01", "1998-06-30")}
    assert unsettled == []


def test_rules_that_disagree_settle_nothing_until_the_release_rules_one_out() -> None:
    """Saturday quarters, FISCAL YEAR END 1231. Fiscal 1997 ended on December 27, 1997 (the last
    Saturday of December) or on January 3, 1998 (the Saturday nearest December 31): six months
    to June 27, 1998 cannot be settled. A printed year end of December 26, 1998 is the last
    Saturday, not the nearest (January 2, 1999): that rules 'nearest' out."""
    fields = dict(group1="Three Months Ended", group2="Six Months Ended", d1="June 26,", d2="June 27,", d3="June 26,",
                  d4="June 27,", y1="1999", y2="1998", y3="1999", y4="1998", b1="June 26,", b2="June 27,", by1="1999",
                  by2="1998")
    periods, unsettled = _periods(fye="1231", **fields)
    assert periods[3] == _p("1998-12-27", "1999-06-26")  # whole 13-week quarters back to June 27, 1998
    assert periods[4] is None and len(unsettled) >= 1
    periods, unsettled = _periods(fye="1231", **{**fields, "b2": "Dec. 26,"})
    assert periods[4] == _p("1997-12-28", "1998-06-27") and periods[2] == _p("1998-03-29", "1998-06-27")


def test_a_title_that_dates_the_columns_shows_the_calendar() -> None:
    """PerkinElmer: 'AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000' above its balance sheet, and
    'FOR THREE YEARS ENDED DECEMBER 31, 2000' above its income statement: fiscal 2000 ran from
    January 3, the day after the 1999 year end the title prints, not from January 1."""
    text = """ACME, INC.
CONSOLIDATED INCOME STATEMENTS
FOR THE YEAR ENDED DECEMBER 31, 2000
(In thousands)

                                          2000
                                       --------
Net sales                              $ 5,191


ACME, INC.
CONSOLIDATED BALANCE SHEETS
AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000
(In thousands)

                                     2000           1999
                                   --------       --------
Total assets                        $50,000        $45,000
"""
    result = tagger.tag_text(text, name="acme.txt")
    sales = [f.period for f in result.facts if f.concept == "NetSales"]
    assert sales == [_p("2000-01-03", "2000-12-31")]


RUN_OF_YEARS = """ACME, INC.
CONSOLIDATED INCOME STATEMENTS
FOR THREE YEARS ENDED DECEMBER 31, 2000
(In thousands)

                                          2000         1999         1998
                                       --------     --------     --------
Net sales                              $ 5,191      $ 4,000      $ 3,000


ACME, INC.
CONSOLIDATED BALANCE SHEETS
AS OF {dates}
(In thousands)

                                     2000           1999
                                   --------       --------
Total assets                        $50,000        $45,000


CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY
{balances}
"""
EQUITY = """BALANCE, DECEMBER 28, 1997.........      $328,388
BALANCE, JANUARY 3, 1999...........      $399,667
BALANCE, JANUARY 2, 2000...........      $550,776"""


def _sales(dates: str, balances: str) -> tuple[dict[Period, int], list[str]]:
    result = tagger.tag_text(RUN_OF_YEARS.format(dates=dates, balances=balances), name="acme.txt")
    return ({f.period: int(f.value) // 1000 for f in result.facts if f.concept == "NetSales"},
            [i.message for i in result.issues if i.code == "extract.period-unsettled"])


def test_the_years_of_a_run_end_where_the_release_prints_its_year_ends() -> None:
    """PerkinElmer: 'FOR THREE YEARS ENDED DECEMBER 31, 2000' over 2000, 1999 and 1998, on a
    calendar of weeks. The title's day is the end of 2000 only; 1999 ended on January 2, 2000
    (the balance sheet's date) and 1998 on January 3, 1999, 53 weeks after December 28, 1997
    (the statement of equity's balances)."""
    sales, unsettled = _sales("DECEMBER 31, 2000 AND JANUARY 2, 2000", EQUITY)
    assert sales == {_p("2000-01-03", "2000-12-31"): 5191, _p("1999-01-04", "2000-01-02"): 4000,
                     _p("1997-12-29", "1999-01-03"): 3000}
    assert not unsettled


def test_a_year_of_a_run_whose_end_is_not_printed_is_reported() -> None:
    """Without the statement of equity, 1999's start (the day after fiscal 1998's end) and
    1998's end are printed nowhere: both are reported, neither is the calendar year."""
    sales, unsettled = _sales("DECEMBER 31, 2000 AND JANUARY 2, 2000", "")
    assert sales == {_p("2000-01-03", "2000-12-31"): 5191}
    assert len(unsettled) == 2
    assert any("the title's day (December 31) is the end of another year" in message for message in unsettled)


def test_the_years_of_a_run_on_a_calendar_of_months() -> None:
    """The same title on a calendar of months: each year ends on December 31 (2003's, a
    Wednesday: no end of a week)."""
    text = RUN_OF_YEARS.format(dates="DECEMBER 31, 2003 AND 2002", balances="").replace("2000", "2003") \
        .replace("1999", "2002").replace("1998", "2001")
    sales = {f.period: int(f.value) // 1000 for f in tagger.tag_text(text, name="acme.txt").facts if f.concept == "NetSales"}
    assert sales == {_p("2003-01-01", "2003-12-31"): 5191, _p("2002-01-01", "2002-12-31"): 4000,
                     _p("2001-01-01", "2001-12-31"): 3000}


def test_a_title_day_that_may_end_a_week_is_not_carried_without_the_calendar() -> None:
    """'THREE FISCAL YEARS ENDED SEPTEMBER 30, 2000' is Apple's last Saturday of September; its
    1999 ended on September 25. With nothing else printed, the other years are reported, not
    taken for years ending September 30 (December 31, 2000, a Sunday, the same)."""
    for title, years in (("SEPTEMBER 30, 2000", ("2000", "1999", "1998")), ("DECEMBER 31, 2000", ("2000", "1999", "1998"))):
        text = RUN_OF_YEARS.split("\n\n\nACME")[0].replace("DECEMBER 31, 2000", title)
        result = tagger.tag_text(text, name="acme.txt")
        assert {f.period.end.year for f in result.facts} == {2000}, title
        said = [i.message for i in result.issues if i.code == "extract.period-unsettled"]
        assert len(said) == 2 and all("may end a week" in m for m in said), said
        assert years


def test_a_year_with_a_notes_mark_is_not_carried() -> None:
    """'1999(a)' under 'FOR THE THREE YEARS ENDED DECEMBER 31, 2003': the note may say it is a
    transition period; it is not taken for a whole year ending on the title's day."""
    text = RUN_OF_YEARS.format(dates="DECEMBER 31, 2003 AND 2002", balances="").replace("2000", "2003") \
        .replace("1999", "2002").replace("1998", "2001").replace("2002         2001\n", "2002(a)      2001\n", 1)
    assert "2002(a)" in text
    ends = {f.period.end.year for f in tagger.tag_text(text, name="acme.txt").facts if f.concept == "NetSales"}
    assert ends == {2003, 2001}


def test_a_roll_forwards_month_ends_are_no_year_ends_of_weeks() -> None:
    """A reserve's 'Balance at January 1, 1998' and 'Balance at December 31, 1998' in a release
    on a calendar of weeks (its balance sheet is dated January 2, 2000): not the year ends of
    1998 (which then seemed to run from January 2), so 1998 is reported."""
    rollforward = ("Restructuring reserve activity was as follows (in thousands):\n\n"
                   "Balance at January 1, 1998                  $ 1,200\n  Charges                                       800\n"
                   "Balance at December 31, 1998                $ 1,400\n")
    sales, unsettled = _sales("DECEMBER 31, 2000 AND JANUARY 2, 2000", rollforward)
    assert sales == {_p("2000-01-03", "2000-12-31"): 5191}
    assert len(unsettled) == 2


APPLE_RUN = """APPLE COMPUTER, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except share and per share amounts)

THREE FISCAL YEARS ENDED SEPTEMBER 30, 2000          2000       1999       1998
                                                   -------    -------    -------
Net sales                                          $ 7,983    $ 6,134    $ 5,941
Net income                                         $   786    $   601    $   309


CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(In millions)
                                                   Common     Retained
                                                    Stock     Earnings
                                                  -------     -------
Balances as of September 26, 1997                  $  498     $   589
  Common stock issued                                  35          --
Balances as of September 25, 1998                  $  633     $   898
  Common stock issued                                 320          --
Balances as of September 25, 1999                  $1,349     $ 1,499
"""


def test_equity_balances_a_year_apart_settle_a_year_of_the_run() -> None:
    """Apple's equity statement prints its balances at September 26, 1997 and September 25,
    1998 (Fridays, 52 weeks apart) and September 25, 1999 (a Saturday, 365 days on: no year of
    weeks from either). Fiscal 1998 ran from September 27, 1997 to September 25, 1998; 1999's
    start and 2000's are printed nowhere: reported, never the calendar months to September 30."""
    result = tagger.tag_text(APPLE_RUN, name="aapl.txt")
    assert {(f.concept, f.period): int(f.value) // 10**6 for f in result.facts} == {
        ("NetSales", _p("1997-09-27", "1998-09-25")): 5941, ("NetIncomeLoss", _p("1997-09-27", "1998-09-25")): 309}
    assert len([i for i in result.issues if i.code == "extract.period-unsettled"]) == 2


def test_a_balance_at_a_month_end_is_no_year_end_of_weeks() -> None:
    """'Balance at December 31, 1998' is 364 days before a printed December 30, 1999 (both
    Thursdays), yet a month end: a calendar of weeks does not end its years there."""
    from tagger.weeks import _balance_dates

    text = "Balance at December 31, 1998     $ 1,400\nBalance at January 2, 1998     $ 1,200\n"
    assert _balance_dates(text, {dt.date(1999, 12, 30)}) == frozenset()
    assert _balance_dates(text.replace("December 31, 1998", "December 31, 1998 and"), {dt.date(1999, 1, 1)}) == frozenset(
        {dt.date(1998, 1, 2)})


NVIDIA = dict(group1="Three Months Ended", group2="Nine Months Ended", d1="October 29,", d2="October 31,",
              d3="October 29,", d4="October 31,", y1="2000", y2="1999", y3="2000", y4="1999", b1="October 29,",
              b2="January 30,", by1="2000", by2="2000")


def test_the_release_year_end_overrules_a_header_that_names_another() -> None:
    """NVIDIA's submission header says FISCAL YEAR END 1231; its years end on the last Sunday of
    January (the balance sheet's January 30, 2000, the day before its nine months start). The
    prior year's columns settle on that calendar (January 31, 1999 by either rule), not on a
    December one that leaves them unsettled."""
    periods, unsettled = _periods("1231", **NVIDIA)
    assert periods[3] == _p("2000-01-31", "2000-10-29")
    assert periods[2] == _p("1999-08-02", "1999-10-31") and periods[4] == _p("1999-02-01", "1999-10-31")
    assert unsettled == []


MOTOROLA = """<SEC-HEADER>
\t\tFISCAL YEAR END:\t\t\t1231
</SEC-HEADER>
MOTOROLA-LIKE, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
                          Three Months Ended       Nine Months Ended
                         Sept. 26,  Sept. 27,     Sept. 26,  Sept. 27,
                           1998       1997          1998       1997
                         --------   --------      --------   --------
Net sales                 $7,152     $7,353       $21,061    $21,516


CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)
                                          Sept. 26,    December 31,
                                            1998           1997
                                         --------     ------------
Total assets                              $28,000        $27,278

See Item 1 of Part II of the Company's Form 10-Q for the periods
ended March 28, 1998 and June 27, 1998 for additional disclosures.
"""


def test_a_calendar_year_whose_quarters_close_on_saturdays() -> None:
    """Motorola's quarters end on Saturdays and its years on December 31: the nine months start
    the day after the printed December 31, 1997 (269 days, no whole number of weeks), not 39
    weeks back; the quarter the day after June 27, 1998, a period end its text names; the prior
    year's, whose start nothing prints, is reported, never counted back across year ends."""
    result = tagger.tag_text(MOTOROLA, name="mot.txt")
    periods = [c.period for c in result.tables[0].columns]
    # 1997's nine months: the day after December 31, 1996, the year end the calendar's rule gives
    # (every printed year end is December 31)
    assert periods == [_p("1998-06-28", "1998-09-26"), None, _p("1998-01-01", "1998-09-26"), _p("1997-01-01", "1997-09-27")]
    said = [i.message for i in result.issues if i.code == "extract.period-unsettled"]
    assert len(said) == 1 and "month's last day" in said[0]


def test_lengths_in_weeks_a_note_states() -> None:
    """Xilinx: 'The three-month and nine-month periods ended January 2, 1999 consisted of
    thirteen and forty weeks, respectively': the quarter and the 40-week nine months start where
    the note's lengths put them (a 14-week quarter between them left the quarter unsettled)."""
    from tagger.weeks import _stated_weeks

    text = ("The  three-month\n     and  nine-month  periods  ended  January 2, 1999  consisted of thirteen and\n"
            "     forty weeks,  respectively.  The three-month  and nine-month  periods ended\n"
            "     December   27,  1997   consisted  of  thirteen   and   thirty-nine   weeks,\n     respectively.")
    assert _stated_weeks(text) == {(dt.date(1999, 1, 2), 3): 13, (dt.date(1999, 1, 2), 9): 40,
                                   (dt.date(1997, 12, 27), 3): 13, (dt.date(1997, 12, 27), 9): 39}
    release = """XILINX-LIKE, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
                           Three Months Ended       Nine Months Ended
                         Jan. 2,    Dec. 27,       Jan. 2,    Dec. 27,
                           1999       1997           1999       1997
                         -------    -------        -------    -------
Revenues                $167,357   $156,079       $490,617   $462,939

""" + text
    periods = [c.period for c in tagger.tag_text(release, name="x.txt").tables[0].columns]
    assert periods == [_p("1998-10-04", "1999-01-02"), _p("1997-09-28", "1997-12-27"),
                       _p("1998-03-29", "1999-01-02"), _p("1997-03-30", "1997-12-27")]


APPLE_1996 = """APPLE COMPUTER, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in millions, except per share amounts)

Three fiscal years ended September 27, 1996        1996       1995       1994
                                                 -------    -------    -------
Net sales                                        $ 9,833    $11,062    $ 9,189
Net income (loss)                                $  (816)   $   424    $   310


CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
(Dollars in millions)
                                                  Shares      Amount
{balances}
"""
BROKEN = ("Balance at\nSeptember {day},\n{year}                                   {shares}      ${amount}\n"
          "Common stock issued                                  3,396         94\n")
BALANCES = (("24", "1993", "116,147", "2,027"), ("30", "1994", "119,543", "2,383"), ("29", "1995", "122,922", "2,901"),
            ("27", "1996", "124,497", "2,058"))


@pytest.mark.parametrize("layout", [BROKEN, BROKEN.replace("at\n", "at ", 1).replace(",\n", ", ", 1)])
def test_equity_balances_broken_over_a_narrow_stub_settle_a_53_week_year(layout: str) -> None:
    """Apple's 1996 10-K prints 'Balance at' / 'September 24,' / '1993' down a narrow stub, and
    its fiscal 1994 ended September 30, 1994, a Friday that is also the month's last day: 53 weeks
    after the balance at September 24, 1993, all the balances falling on Fridays. Fiscal 1994 ran
    from September 25, 1993 (371 days)."""
    balances = "".join(layout.format(day=d, year=y, shares=s, amount=a) for d, y, s, a in BALANCES)
    result = tagger.tag_text(APPLE_1996.format(balances=balances), name="aapl.txt")
    sales = {f.period: int(f.value) // 10**6 for f in result.facts if f.concept == "NetSales"}
    assert sales == {_p("1995-09-30", "1996-09-27"): 9833, _p("1994-10-01", "1995-09-29"): 11062,
                     _p("1993-09-25", "1994-09-30"): 9189}


FIFTY_THREE_WEEKS = """\
                        ACME SEMICONDUCTOR CORPORATION
              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                  (In thousands, except per share amounts)

                                           Three Months Ended          Fiscal Year Ended
                                          July 1,      July 3,        July 1,      July 3,
                                            2000         1999           2000       1999(1)
                                         ---------    ---------      ---------    ---------
Net revenues                            $  212,480   $  187,315     $  801,942   $  702,118

                   CONDENSED CONSOLIDATED BALANCE SHEETS
                                          July 1,      July 3,
                                            2000         1999
Total assets                            $1,031,027   $  907,407

{note}
"""


@pytest.mark.parametrize(("note", "year_1999", "quarter_1999"), [
    ("(1) Fiscal 1999 was a 53-week fiscal year; the additional week was included\n    in the first quarter of fiscal 1999.",
     Period(start=dt.date(1998, 6, 28), end=dt.date(1999, 7, 3)), Period(start=dt.date(1999, 4, 4), end=dt.date(1999, 7, 3))),
    ("(1) Fiscal 1999 was a 53-week fiscal year; the additional week was included\n    in the fourth quarter of fiscal 1999.",
     Period(start=dt.date(1998, 6, 28), end=dt.date(1999, 7, 3)), Period(start=dt.date(1999, 3, 28), end=dt.date(1999, 7, 3))),
    ("(1) Fiscal 1999 was a 53-week fiscal year.", Period(start=dt.date(1998, 6, 28), end=dt.date(1999, 7, 3)), None),
    ("", None, None),  # 52 or 53 weeks, and where a 14th week fell: not in the release
])
def test_a_year_of_53_weeks_the_release_states(note: str, year_1999: Period | None, quarter_1999: Period | None) -> None:
    """A release that says which of its years had 53 weeks, and which quarter the extra week
    fell in, settles that year's start (371 days back) and its fourth quarter's (13 weeks, or
    14); saying nothing, or not where the week fell, settles only what it says."""
    periods = {c.index: c.period for c in tagger.tag_text(FIFTY_THREE_WEEKS.format(note=note), name="acme.txt").tables[0].columns}
    assert periods[3] == year_1999
    assert periods[1] == quarter_1999
    assert periods[0] == Period(start=dt.date(2000, 4, 2), end=dt.date(2000, 7, 1))


def test_a_stated_53_week_year_that_a_printed_year_end_contradicts_is_not_this_column_s() -> None:
    """'Fiscal 2000 was a 53-week fiscal year' where the balance sheet prints July 3, 1999, 52
    weeks before July 1, 2000: the sentence names another year than the column's (a company
    that names its years otherwise), so the column is dated by the printed year end, not by it."""
    text = FIFTY_THREE_WEEKS.format(note="(1) Fiscal 2000 was a 53-week fiscal year.")
    columns = tagger.tag_text(text, name="acme.txt").tables[0].columns
    assert columns[2].period == Period(start=dt.date(1999, 7, 4), end=dt.date(2000, 7, 1))
    assert columns[3].period is None  # fiscal 1999's start: 52 or 53 weeks, still unsaid
