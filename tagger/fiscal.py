"""Fiscal labels for BI tools: 'Q4 2002', 'FY 2002', from a release's own periods.

The fiscal year end comes from what the release prints: a twelve-month column ('Year Ended
December 31, 2002'), or else a balance-sheet column marked '(audited)' (the last year end).
Without either, quarters get no label rather than a guessed one.

>>> import datetime as dt
>>> from tagger.models import Period
>>> fiscal_label(Period(start=dt.date(2002, 10, 1), end=dt.date(2002, 12, 31)), (12, 31))
'Q4 2002'
>>> fiscal_label(Period(start=dt.date(2003, 2, 2), end=dt.date(2004, 1, 31)), None)
'FY 2003'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tagger.models import Period

YearEnd = tuple[int, int]  # (month, day)


def quarters(period: Period) -> int:
    """Length in quarters, as the SEC's Financial Statement Data Sets count it (0: an instant)."""
    if period.start is None:
        return 0
    return max(1, round(((period.end - period.start).days + 1) / 91.3))


def fiscal_year_end(periods: Iterable[Period], audited_instants: Iterable[dt.date] = ()) -> YearEnd | None:
    """The fiscal year end a release shows, or None."""
    distinct = set(periods)  # a release prints a handful of periods, each for many facts
    years = {(p.end.month, p.end.day) for p in distinct if p.start is not None and quarters(p) == 4}
    if len(years) == 1:
        return years.pop()
    audited = {(d.month, d.day) for d in audited_instants}
    return audited.pop() if len(audited) == 1 else None


def fiscal_year(end: dt.date) -> int:
    """A fiscal year is named by the calendar year it mostly falls in: one ending in January,
    or in February's first week (retailers' 52/53-week years: 'fiscal 2003' ends January 31 or
    February 1, 2004), takes the year before; companies that name such years otherwise say so
    only in words."""
    return end.year - 1 if end.month == 1 or (end.month == 2 and end.day <= 7) else end.year


def fiscal_label(period: Period, year_end: YearEnd | None) -> str | None:
    """'FY 2002', 'Q4 2002', 'H1 2003', '9M 2003'; None when the fiscal year end is unknown."""
    count = quarters(period)
    if count == 4:
        return f"FY {fiscal_year(period.end)}"
    if year_end is None:
        return None
    closing = _year_closing(period.end, year_end)
    quarter = 4 - round((closing - period.end).days / 91.3)
    if not 1 <= quarter <= 4:
        return None
    year = fiscal_year(closing)
    if count == 0:
        return f"FY {year}" if quarter == 4 and (closing - period.end).days < 7 else f"Q{quarter} {year}"
    return {1: f"Q{quarter} {year}", 2: f"H{quarter // 2} {year}" if quarter in (2, 4) else None,
            3: f"9M {year}" if quarter == 3 else None}.get(count)


def sec_fiscal_period(period: Period, year_end: YearEnd | None) -> tuple[int | None, str | None]:
    """(fy, fp) of a fact's own period, as the SEC's data name a report's: fp 'FY' for a
    fiscal year (and an instant at its end), else 'Q1'..'Q4', the fiscal quarter the period
    ends in (a six-month year-to-date is 'Q2'). (None, None) where the fiscal year end is not
    known, except for a year, which names itself.

    >>> import datetime as dt
    >>> from tagger.models import Period
    >>> sec_fiscal_period(Period(start=dt.date(2001, 10, 1), end=dt.date(2001, 12, 31)), (6, 30))
    (2002, 'Q2')
    >>> sec_fiscal_period(Period(end=dt.date(2002, 6, 30)), (6, 30))
    (2002, 'FY')
    """
    count = quarters(period)
    if count == 4:
        return fiscal_year(period.end), "FY"
    if year_end is None:
        return None, None
    closing = _year_closing(period.end, year_end)
    quarter = 4 - round((closing - period.end).days / 91.3)
    if not 1 <= quarter <= 4 or count > quarter:
        return None, None
    if count == 0 and quarter == 4 and (closing - period.end).days < 7:
        return fiscal_year(closing), "FY"
    return fiscal_year(closing), f"Q{quarter}"


def sec_frame(period: Period) -> str | None:
    """The SEC's frame of a period: the calendar year ('CY2002') of a duration of 365 days
    +/- 30, the calendar quarter ('CY2002Q4') of one of 91 days +/- 30, each the one it
    overlaps most (a later one on a tie); for an instant the nearest calendar quarter end
    ('CY2002Q4I'). Other durations (six and nine months) belong to no frame.

    >>> import datetime as dt
    >>> from tagger.models import Period
    >>> sec_frame(Period(start=dt.date(2001, 7, 1), end=dt.date(2002, 6, 30)))  # 184 days in 2001
    'CY2001'
    >>> sec_frame(Period(start=dt.date(1999, 6, 27), end=dt.date(1999, 9, 25)))
    'CY1999Q3'
    >>> sec_frame(Period(end=dt.date(2004, 1, 3)))
    'CY2003Q4I'
    """
    end = period.end
    if period.start is None:
        ends = [_quarter_end(end.year - 1, 4), *(_quarter_end(end.year, q) for q in range(1, 5))]
        nearest = min(ends, key=lambda day: (abs((day - end).days), day < end))
        return f"CY{nearest.year}Q{(nearest.month - 1) // 3 + 1}I"
    start = period.start
    days = (end - start).days + 1
    if abs(days - 365) <= 30:
        years = range(start.year, end.year + 1)
        year = max(years, key=lambda y: (_overlap(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31)), y))
        return f"CY{year}"
    if abs(days - 91) <= 30:
        spans = [(y, q) for y in range(start.year, end.year + 1) for q in range(1, 5)]
        year, quarter = max(spans, key=lambda yq: (_overlap(start, end, _quarter_start(*yq), _quarter_end(*yq)), yq))
        return f"CY{year}Q{quarter}"
    return None


def _quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter - 2, 1)


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = 3 * quarter
    return dt.date(year, month, 31 if month in (3, 12) else 30)


def _overlap(start: dt.date, end: dt.date, first: dt.date, last: dt.date) -> int:
    return max(0, (min(end, last) - max(start, first)).days + 1)


def _year_closing(day: dt.date, year_end: YearEnd) -> dt.date:
    """The first fiscal year end on or after `day` (a few days' slack for 52-53 week years)."""
    month, last = year_end
    for year in (day.year - 1, day.year, day.year + 1):  # a 53-week year ends days after its nominal end
        try:
            closing = dt.date(year, month, last)
        except ValueError:  # February 29
            closing = dt.date(year, month, 28)
        if closing >= day - dt.timedelta(days=6):
            return closing
    raise AssertionError("unreachable")
