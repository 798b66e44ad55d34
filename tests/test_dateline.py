"""What a release says about itself: the dateline's date, company, ticker and headline."""

from __future__ import annotations

import datetime as dt

import pytest

from tagger.dateline import read_release_info
from tagger.read import decode_release

D = dt.date
FIBERCORE_2003 = """\
                                                   Exhibit 99.1

FIBERCORE, INC. REPORTS FOURTH QUARTER
AND FULL YEAR 2002 RESULTS

CHARLTON, MASS - MAY 19, 2003 -- FiberCore, Inc. (Nasdaq: FBCE), a leading
manufacturer of optical fiber and preform, today reported its results.
"""
FIBERCORE_2001 = """\
FiberCore, Inc. Reports First Quarter Results

CHARLTON, Mass., May 7 /PRNewswire/ -- FiberCore, Inc. (Nasdaq: FBCE - news), a
leading manufacturer of optical fiber, today announced its results.
"""


def info_of(text: str, period_ends: tuple[dt.date, ...] = ()):  # type: ignore[no-untyped-def]
    return read_release_info(decode_release(text.encode(), "release.txt"), period_ends)


def test_dateline_with_year() -> None:
    info, issues = info_of(FIBERCORE_2003)
    assert issues == ()
    assert (info.date, info.company, info.ticker, info.exchange) == (D(2003, 5, 19), "FiberCore, Inc.", "FBCE", "Nasdaq")
    assert info.headline == "FIBERCORE, INC. REPORTS FOURTH QUARTER AND FULL YEAR 2002 RESULTS"


def test_dateline_without_year_takes_the_first_such_day_after_the_latest_period() -> None:
    info, issues = info_of(FIBERCORE_2001, (D(2001, 3, 31), D(2000, 3, 31)))
    assert issues == ()
    assert info.date == D(2001, 5, 7)
    assert info.headline == "FiberCore, Inc. Reports First Quarter Results"


def test_dateline_without_year_and_no_period_is_reported_not_guessed() -> None:
    info, issues = info_of(FIBERCORE_2001)
    assert info.date is None and info.company == "FiberCore, Inc."
    assert [(i.code, i.span.line) for i in issues] == [("extract.date-year-unknown", 3)]


def test_impossible_date_is_reported_with_the_date_as_printed() -> None:
    info, issues = info_of(FIBERCORE_2003.replace("MAY 19, 2003", "FEBRUARY 30, 2003"))
    assert info.date is None
    assert [(i.code, i.span.line) for i in issues] == [("extract.bad-date", 6)]
    assert "'FEBRUARY 30, 2003 -- FiberCore" in issues[0].message


@pytest.mark.parametrize(("lead", "found"), [(0, True), (60, True), (61, False)])
def test_the_date_stands_within_sixty_characters_of_its_paragraph(lead: int, found: bool) -> None:
    """Running text that names a date further in is no dateline."""
    prefix = "x" * (lead - 1) + " " if lead else ""  # the month's name starts at index `lead`
    text = FIBERCORE_2003.replace("CHARLTON, MASS - MAY", prefix + "MAY")
    info, issues = info_of(text)
    assert (info.date == D(2003, 5, 19)) is found
    assert [i.code for i in issues] == ([] if found else ["extract.no-dateline"])


def test_dateline_after_non_ascii_text() -> None:
    """Curly quotes (Windows-1252 releases) before the date: still found, case ignored."""
    info, issues = info_of(FIBERCORE_2003.replace("CHARLTON, MASS - MAY 19", "\u201cCHARLTON\u201d, MASS - may 19"))
    assert issues == () and info.date == D(2003, 5, 19) and info.ticker == "FBCE"


@pytest.mark.parametrize(("line", "date", "company"), [
    # a wire's dashes with no space around them, the month abbreviated
    ("SANTA CLARA, Calif.--(BUSINESS WIRE)--Nov. 20, 2008--Tessaline Semiconductor Corporation (NASDAQ: TSLN) "
     "today reported", D(2008, 11, 20), "Tessaline Semiconductor Corporation"),
    # an en dash, spaced, as HTML releases print it
    ("SEATTLE, WA \u2013 January 24, 2007 \u2013 Brightlane Networks, Inc. (NASDAQ: BLNK) today reported",
     D(2007, 1, 24), "Brightlane Networks, Inc."),
])
def test_datelines_of_wire_services(line: str, date: dt.date, company: str) -> None:
    info, _ = info_of(f"ACME REPORTS RESULTS\n\n{line} its results for the quarter.\n")
    assert (info.date, info.company) == (date, company)


def test_a_date_over_a_rule_is_no_dateline() -> None:
    """'Date of Report (Date of earliest event reported): September 30, 1998' over a rule of
    dashes: an 8-K's cover, not a dateline ('--------' is no dash before a company)."""
    text = ("     Date of Report (Date of earliest event reported): September 30, 1998\n"
            "     --------------------------------------------------------------------\n")
    info, _ = info_of(text)
    assert info.date is None
