"""Named periods: 'FOURTH QUARTER 1999', '1st Qtr' under '2007', 'Fiscal 1998' dated from
where the release shows its fiscal years end.

A header that names a part of a fiscal year prints no date. The part is dated only when the
release's own dated columns show fiscal years that begin on January 1 (a year to date from
January 1, a column headed as a year ending December 31, twelve months ended December 31 where
the submission header says the fiscal year ends then, or an interim balance sheet at a date,
at December 31 and at the same date a year before), on a calendar of months (no
period of the release ends on a weekday short of a month's end), and the submission header's
fiscal year end, if any, agrees; and only in a table titled as one of the company's statements
(a trend schedule's segment tables are titled by the segment alone, 'Pharmaceuticals'). Then
the fiscal year is the calendar year and its quarters are the calendar's. Any other calendar
(a June year, whose 'fiscal 2000' may end in 2000 or begin in it; a calendar of weeks, whose
quarters end on days no header names; a trailing twelve months, which shows no fiscal year)
leaves the column undated, and reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from tagger.fiscal import quarters as quarters_of
from tagger.models import Column, Issue, Period, Span, Table
from tagger.periods import PART_MONTHS, is_month_end
from tagger.roles import names_a_statement

_FISCAL_NAMED = re.compile(r"\b(?:fy|fiscal)", re.IGNORECASE)  # 'Q1 FY2009', 'Fiscal Q3'
_FRIDAY = 4  # date.weekday(): a week's end falls on a Friday, Saturday or Sunday
_YEAR_HEADER = re.compile(r"\byears?\b", re.IGNORECASE)  # 'Year Ended December 31', not 'Twelve Months Ended'
_DESCRIBED = {"Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
              "H1": "first half", "M9": "nine months", "FY": "fiscal year"}


def settle_named(tables: Sequence[Table], header_year_end: tuple[int, int] | None = None
                 ) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with each named column dated where the release's calendar allows, and an
    issue for each one it does not."""
    named = [(t, c) for t in tables for c in t.columns if c.named is not None and c.period is None]
    if not named:
        return tuple(tables), ()
    problem = _calendar_problem(tables, header_year_end, [c.named for _, c in named])
    # the latest date the release's columns print: no named part ends after it ('Q3 FY2010' of a
    # June year, read on a December calendar, would end in September, after the March balance sheet)
    latest = max((c.period.end for t in tables for c in t.columns if c.period is not None), default=None)
    issues: list[Issue] = []
    settled = []
    for table in tables:
        schedule = not names_a_statement(table.title)  # a trend schedule's segment or ratio table, as like as not
        columns = []
        for column in table.columns:
            if column.named is None or column.period is not None:
                columns.append(column)
                continue
            part, year = column.named
            why = problem or (None if year is not None else "the header prints no year for it") or (
                "the quarters it would be the sum of are not all printed, or do not add up to it"
                if column.ended and not _adds_up_to_its_quarters(table, column) else None) or (
                "the table is titled as no statement of the company's" if schedule else None) or (
                "on a December year it would end after the latest date the release prints"
                if latest is not None and year is not None and _last_day(year, PART_MONTHS[part][1]) > latest else None)
            if why is None:
                first, last = PART_MONTHS[part]
                period = Period(start=dt.date(year, first, 1), end=_last_day(year, last))
                columns.append(column.model_copy(update={
                    "period": period, "dated_by": f"the {_DESCRIBED[part]} of {year} the header names, on the release's "
                                                  "calendar of years ending December 31"}))
                continue
            issues.append(Issue(  # a schedule beside the statements: its columns are said, not an error
                code="extract.column-not-a-period" if schedule else "extract.period-unknown",
                severity="warning" if schedule else "error",
                span=Span(file=table.span.file, line=table.span.line, column=column.left + 1),
                message=f"no period for column {column.index + 1} ({column.header}): it names the "
                        f"{_DESCRIBED[part]}{f' of {year}' if year else ''}, but {why}"))
            columns.append(column)
        settled.append(table.model_copy(update={"columns": tuple(columns)}))
    return tuple(settled), tuple(issues)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _interim_year_end(tables: Sequence[Table], named: Sequence[tuple[str, int | None]]) -> bool:
    """An interim balance sheet at its date and at December 31 before it (and perhaps at the same
    date a year before: June 30, 2010 / December 31, 2009 / June 30, 2009), where a part the release
    names ends on that date on a December year ('H1/2010'): the last fiscal year end beside the
    two interim dates, as interim statements compare them. (A bank's linked quarters, March 31
    / December 31 / March 31, beside 'Q3 FY2010' of a June year: no part ends on its date.)
    Two dates alone show it only where every balance sheet of the release agrees (a June
    company's own September 30 / June 30 beside an acquiree's September 30 / December 31 does
    not), no named column says 'FY' or 'fiscal' (which calendar-year companies do not print),
    and the two dates do not fall on one weekday of a week's end (September 30, 2006 and
    December 31, 2005 were both Saturdays: a calendar of weeks may end there)."""
    pairs = []
    for table in tables:
        ends = sorted({c.period.end for c in table.columns if c.period is not None and c.period.start is None})
        if len(ends) == 3 and (ends[0].year, ends[0].month, ends[0].day) != (ends[2].year - 1, ends[2].month, ends[2].day):
            pairs.append((ends, False))
            continue
        if len(ends) in (2, 3):
            pairs.append((ends, _compared_with_the_last_december(ends, named)))
    if any(len(ends) == 3 and shown for ends, shown in pairs):
        return True
    # 'Q1 FY2009' beside September 30 / December 31 is a June company's, December 31 beside
    # December 31 a year before ('Q4 08', 'FY 08' over a year end's balance sheet) is no one's else
    fiscal_named = any(_FISCAL_NAMED.search(c.header) for t in tables for c in t.columns if c.named is not None) \
        and any(ends[-1].month != 12 for ends, _ in pairs)
    latest = max((ends[-1] for ends, _ in pairs), default=None)
    if latest is not None and any(year is not None and dt.date(year, PART_MONTHS[part][1], 28) > latest for part, year in named):
        return False  # 'Q3 FY09' would end after the latest date printed: the years end in another month
    return bool(pairs) and all(shown for _, shown in pairs) and not fiscal_named \
        and not any(len({d.weekday() for d in ends[-2:]}) == 1 and ends[-1].weekday() >= _FRIDAY for ends, _ in pairs)


def _compared_with_the_last_december(ends: Sequence[dt.date], named: Sequence[tuple[str, int | None]]) -> bool:
    """The latest of a balance sheet's dates and December 31 of the year before it (itself a
    December 31, or a date within the year), where a part the release names ends on the latest
    date on a December year."""
    between, latest = ends[-2:]
    if (latest.month, latest.day) == (12, 31) and dt.date(latest.year - 1, 12, 31) in ends[:-1]:
        between = dt.date(latest.year - 1, 12, 31)  # a year end's balance sheet beside the last one ('Dec. 31, 2004 / Sep. 30, 2004 / Dec. 31, 2003')
    return (between.month, between.day) == (12, 31) and between.year == latest.year - 1 \
        and (latest.month != 12 or latest.day == 31) \
        and any(year == latest.year and PART_MONTHS[part][1] == latest.month for part, year in named)


def _quarters_add_up(tables: Sequence[Table]) -> bool:
    """A part named up to a quarter's end ('For the period ended Jun. 30 2010', ASE) whose amounts
    are the sums of the quarters of its year the table prints from January on: the year to date
    from January 1, which shows the release's fiscal years begin then."""
    return any(_adds_up_to_its_quarters(table, column) for table in tables for column in table.columns
               if column.named is not None and column.named[1] is not None and column.period is None)


def _adds_up_to_its_quarters(table: Table, column: Column) -> bool:
    """Whether a column named up to a quarter's end prints, in every row that prints them whole,
    the sums of the quarters of its year from January on (the three months ended March 31 and June
    30, 2010), within the rounding of the last digit printed: in three rows of 100 or more at
    least, and no more than one in five rows that does not add up (an average, as shares
    outstanding, adds up to nothing)."""
    part, year = column.named
    first, last = PART_MONTHS[part]
    quarters = {c.period.end: c.index for c in table.columns
                if c.period is not None and c.period.start is not None and quarters_of(c.period) == 1}
    ends = [_last_day(year, month) for month in range(first + 2, last + 1, 3)]
    if first != 1 or len(ends) < 2 or not all(end in quarters for end in ends):
        return False
    summed = missed = 0
    for row in table.rows:
        cells = {cell.column: cell for cell in row.cells}
        parts = [cells.get(quarters[end]) for end in ends]
        total = cells.get(column.index)
        if total is None or total.value is None or any(p is None or p.value is None for p in parts):
            continue
        if total.fraction_digits or any(p.fraction_digits for p in parts):
            continue  # per-share amounts are rounded each on its own
        off = abs(sum(p.value for p in parts) - total.value)
        if off <= len(parts) - 1:  # each printed rounded to its last digit: a sum of two may be 1 off
            summed += abs(total.value) >= 100  # rows of sizeable amounts are what shows it
        else:
            missed += 1
    return summed >= 3 and missed * 5 <= summed


def _calendar_problem(tables: Sequence[Table], header_year_end: tuple[int, int] | None,
                      named: Sequence[tuple[str, int | None]]) -> str | None:
    """Why the release's calendar does not date named parts, or None when it does: its own dated
    columns show fiscal years that begin on January 1 (a year to date from January 1, a column
    headed as a year ending December 31, or an interim balance sheet with the December 31 between
    its two dates; a trailing 'Twelve Months Ended' shows no fiscal year), on a calendar of
    months, and the submission header, if any, agrees."""
    dated = [c for t in tables for c in t.columns if c.period is not None]
    if not all(is_month_end(c.period.end) for c in dated):
        return "the release closes its periods on weekdays, and the part's dates are not printed"
    durations = [c for c in dated if c.period.start is not None]
    starts = {c.period.start for c in durations if 6 <= quarters_of(c.period) * 3 < 12}
    # a column headed as a year; or twelve months ended December 31 where the submission header
    # says the company's years end then (a June company's trailing twelve months would not)
    years = {(c.period.end.month, c.period.end.day) for c in durations if quarters_of(c.period) == 4 and (
        _YEAR_HEADER.search(c.header) or header_year_end == (12, 31) == (c.period.end.month, c.period.end.day))}
    other = sorted(years - {(12, 31)}) + ([header_year_end] if header_year_end not in (None, (12, 31)) else [])
    if other:
        month = calendar.month_name[other[0][0]]
        return f"its fiscal years end in {month}, and which calendar year names a fiscal year is not settled"
    if not years and not any(start.month == 1 and start.day == 1 for start in starts) and not _interim_year_end(tables, named) \
            and not _quarters_add_up(tables):
        return "the release does not show where its fiscal years end (no year, nor year to date, that it dates)"
    if any(start.month != 1 or start.day != 1 for start in starts):
        return "its years to date begin on other days than January 1"
    return None
