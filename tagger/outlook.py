"""Columns that end after the release was made: an outlook ('2010 Financial Guidance', 'Year
Ending December 31, 2010 / Revised' in an April release), not figures the company reports.

A release reports periods that have ended; one whose column ends after the release's own date
(its dateline, or the EDGAR filing date when later) is a forecast, whatever its header says.
Such a column is left without a period and said, so no row of it becomes a fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from tagger.models import Issue, Span, Table


def settle_outlooks(tables: Sequence[Table], released: dt.date | None) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with every column that ends after `released` undated, and an issue for each."""
    if released is None:
        return tuple(tables), ()
    issues: list[Issue] = []
    settled = []
    for table in tables:
        late = [c for c in table.columns if c.period is not None and c.period.end > released]
        if not late:
            settled.append(table)
            continue
        for column in late:
            issues.append(Issue(
                code="extract.period-future", severity="warning",
                span=Span(file=table.span.file, line=table.span.line, column=column.left + 1),
                message=f"column {column.index + 1} ({column.header}) ends on {column.period.end.isoformat()}, after "
                        f"the release's date ({released.isoformat()}): an outlook, not the company's figures; not tagged"))
        columns = tuple(c.model_copy(update={"period": None}) if c in late else c for c in table.columns)
        settled.append(table.model_copy(update={"columns": columns}))
    return tuple(settled), tuple(issues)
