"""Named periods: 'FOURTH QUARTER 1999', '1st Qtr' under '2007', 'Fiscal 1998' dated from
where the release shows its fiscal years end.

A header that names a part of a fiscal year prints no date. The part is dated only when the
release itself shows the calendar it is of: fiscal years that end on December 31 (a
twelve-month column ending then, or the submission header's fiscal year end), on a calendar of
months (no period of the release ends on a weekday short of a month's end). Then the fiscal
year is the calendar year and its quarters are the calendar's; and only in a table titled as
one of the company's statements (a trend schedule's segment tables are titled by the segment
alone, 'Pharmaceuticals'). Any other calendar (a June
year, whose 'fiscal 2000' may end in 2000 or begin in it; a calendar of weeks, whose quarters
end on days no header names) leaves the column undated, and reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from tagger.fiscal import fiscal_year_end
from tagger.models import Issue, Period, Span, Table
from tagger.roles import names_a_statement

# The months each part of a calendar year runs: (first month, last month).
_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "M9": (1, 9), "FY": (1, 12)}
_DESCRIBED = {"Q1": "first quarter", "Q2": "second quarter", "Q3": "third quarter", "Q4": "fourth quarter",
              "H1": "first half", "M9": "nine months", "FY": "fiscal year"}


def settle_named(tables: Sequence[Table], header_year_end: tuple[int, int] | None = None
                 ) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with each named column dated where the release's calendar allows, and an
    issue for each one it does not."""
    named = [(t, c) for t in tables for c in t.columns if c.named is not None and c.period is None]
    if not named:
        return tuple(tables), ()
    periods = [c.period for t in tables for c in t.columns if c.period is not None]
    problem = _calendar_problem(periods, header_year_end)
    issues: list[Issue] = []
    settled = []
    for table in tables:
        columns = []
        for column in table.columns:
            if column.named is None or column.period is not None:
                columns.append(column)
                continue
            part, year = column.named
            why = problem or (None if year is not None else "the header prints no year for it") or (
                None if names_a_statement(table.title) else "the table is titled as no statement of the company's "
                "(a trend schedule's segment or ratio table, as like as not)")
            if why is None:
                first, last = _MONTHS[part]
                period = Period(start=dt.date(year, first, 1), end=dt.date(year, last, calendar.monthrange(year, last)[1]))
                columns.append(column.model_copy(update={"period": period}))
                continue
            issues.append(Issue(
                code="extract.period-unknown", span=Span(file=table.span.file, line=table.span.line, column=column.left + 1),
                message=f"no period for column {column.index + 1} ({column.header}): it names the "
                        f"{_DESCRIBED[part]}{f' of {year}' if year else ''}, but {why}"))
            columns.append(column)
        settled.append(table.model_copy(update={"columns": tuple(columns)}))
    return tuple(settled), tuple(issues)


def _calendar_problem(periods: Sequence[Period], header_year_end: tuple[int, int] | None) -> str | None:
    """Why the release's calendar does not date named parts, or None when it does: fiscal years
    ending December 31, on a calendar of months."""
    if any(p.end.day != calendar.monthrange(p.end.year, p.end.month)[1] for p in periods):
        return "the release closes its periods on weekdays, and the part's dates are not printed"
    year_end = fiscal_year_end(periods) or header_year_end
    if year_end is None:
        return "the release does not show where its fiscal years end"
    if year_end != (12, 31):
        month = calendar.month_name[year_end[0]]
        return f"its fiscal years end in {month}, and which calendar year names a fiscal year is not settled"
    return None
