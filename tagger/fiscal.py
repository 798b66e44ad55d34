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
    """A fiscal year is named by the calendar year it mostly falls in: one ending in January
    (retailers: 'fiscal 2003' ends January 3, 2004) takes the year before."""
    return end.year - 1 if end.month == 1 else end.year


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


def _year_closing(day: dt.date, year_end: YearEnd) -> dt.date:
    """The first fiscal year end on or after `day` (a few days' slack for 52-53 week years)."""
    month, last = year_end
    for year in (day.year, day.year + 1):
        try:
            closing = dt.date(year, month, last)
        except ValueError:  # February 29
            closing = dt.date(year, month, 28)
        if closing >= day - dt.timedelta(days=6):
            return closing
    raise AssertionError("unreachable")
