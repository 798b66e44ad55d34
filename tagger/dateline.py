"""What a release says about itself: company, ticker and exchange, date and headline.

    CHARLTON, MASS - MAY 19, 2003 -- FiberCore, Inc. (Nasdaq: FBCE), a leading
    CHARLTON, Mass., May 7 /PRNewswire/ -- FiberCore, Inc. (Nasdaq: FBCE - news), a

A dateline without a year ('May 7 /PRNewswire/') takes the first such day after the
latest period the tables report; with no periods either, the date stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from tagger.models import Document, Issue, ReleaseInfo, Span
from tagger.vocabulary import MONTHS, YEAR

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    r"(?P<month>" + _MONTH + r")\.?\s+(?P<day>\d{1,2})(?:\s*,\s*(?P<year>" + YEAR + "))?"
    # '-- ', a dash, or a wire's '--' with no space ('--(BUSINESS WIRE)--Nov. 20, 2008--Acme'), not a rule's
    # '--------'; a hyphen only with a space after it
    r"\s*(?:/[^/\n]{1,40}/)?\s*(?:(?:--|\u2014|\u2013|&#151;|&#150;)(?![-\u2014\u2013])\s*|-\s+)(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# Where a month's name starts: in lower-cased ASCII text (a literal search, in C), or, when
# the text is not ASCII, ignoring case as _DATELINE does (which also takes 'ſ' for 's').
_MONTH_START = re.compile(r"(?=" + _MONTH + r")")
_MONTH_START_ANY_CASE = re.compile(r"(?=" + _MONTH + r")", re.IGNORECASE)
_DATELINE_LEAD = 60  # the date starts within the first 60 characters of its paragraph
_COMPANY = re.compile(
    r"^(?P<name>[A-Z][\w.,&'\- ]{1,80}?)\s*\(\s*(?:(?P<exchange>NYSE|Nasdaq|NASDAQ|AMEX|OTC\s*BB|OTCBB|"
    r"Nasdaq\s+NM|Nasdaq\s+SmallCap|Nasdaq\s+National\s+Market)\s*:\s*)?(?P<ticker>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\b"
)
_BOILERPLATE = re.compile(
    r"^(?:<.*|exhibit\s+[\d.]+|news\s+release|press\s+release|for\s+immediate\s+release|\[.*\]|.*logo.*|"
    r"(?:" + _MONTH + r")\.?\s+\d{1,2},\s+\d{4}|contacts?:?.*)$",
    re.IGNORECASE,
)


def read_release_info(
    document: Document, period_ends: Iterable[dt.date]
) -> tuple[ReleaseInfo, tuple[Issue, ...]]:
    """Company, ticker, exchange, date and headline from the release's first paragraphs."""
    lines = document.lines
    for number, start in _paragraph_starts(lines):
        end = start
        while end < len(lines) and end - start < 6 and lines[end].strip():
            end += 1
        paragraph = " ".join(line.strip() for line in lines[start:end])
        match = _dateline(paragraph)
        if not match:
            continue
        company = _COMPANY.match(" ".join(match["rest"].split()))
        date, issues = _date(match, period_ends, Span(file=document.file, line=number))
        info = ReleaseInfo(
            company=company["name"].strip(" ,") if company else None,
            ticker=company["ticker"] if company else None,
            exchange=" ".join(company["exchange"].split()) if company and company["exchange"] else None,
            date=date,
            headline=_headline(lines, start),
        )
        return info, issues
    return ReleaseInfo(), (Issue(code="extract.no-dateline", message="no dateline (place, date -- company) found",
                                 span=Span(file=document.file, line=1), severity="warning"),)


def _dateline(paragraph: str) -> re.Match[str] | None:
    """The leftmost dateline of a paragraph, tried only where a month's name starts within
    its first 60 characters, so a paragraph without one is not scanned to its end."""
    window = paragraph[: _DATELINE_LEAD + 10]  # room for 'September' at 60
    starts = _MONTH_START.finditer(window.lower()) if window.isascii() else _MONTH_START_ANY_CASE.finditer(window)
    for start in starts:
        if start.start() > _DATELINE_LEAD:
            break
        match = _DATELINE.match(paragraph, start.start())
        if match:
            return match
    return None


def _paragraph_starts(lines: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    """(line number, index) of each paragraph's first line in the first 80 lines."""
    for i, line in enumerate(lines[:80]):
        if line.strip() and (i == 0 or not lines[i - 1].strip()):
            yield i + 1, i


def _date(match: re.Match[str], period_ends: Iterable[dt.date], span: Span) -> tuple[dt.date | None, tuple[Issue, ...]]:
    month, day = MONTHS[match["month"].lower()], int(match["day"])
    if match["year"]:
        try:
            return dt.date(int(match["year"]), month, day), ()
        except ValueError:
            return None, (Issue(code="extract.bad-date", message=f"not a date: {match[0][:30]!r}", span=span),)
    latest = max(period_ends, default=None)
    if latest is None:
        return None, (Issue(code="extract.date-year-unknown", severity="warning", span=span,
                            message="the dateline prints no year and no table gives a period to infer it from"),)
    for year in (latest.year, latest.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate > latest:
            return candidate, ()
    return None, ()


def _headline(lines: tuple[str, ...], dateline: int) -> str | None:
    """The text block right above the dateline that is not letterhead or a date."""
    i = dateline - 1
    while i >= 0:
        while i >= 0 and not lines[i].strip():
            i -= 1
        block = []
        while i >= 0 and lines[i].strip():
            block.insert(0, lines[i].strip())
            i -= 1
        text = " ".join(line for line in block if not _BOILERPLATE.match(line))
        if text:
            return " ".join(text.split())
    return None
