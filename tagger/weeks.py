"""Fiscal calendars of weeks: when 'Three Months Ended October 2, 1999' starts.

Many filers close their quarters on a weekday (the last Saturday of the month, the Sunday
nearest its end): a quarter is 13 weeks, a year 52, and every five or six years 53, with one
14-week quarter. A header that says 'Three Months Ended October 2, 1999' then means 91 days
ending on October 2 (from July 4), not the calendar months from July 3. A release is read on
such a calendar when one of its periods ends on a day that is not the last of its month.

Each start is settled from what the release shows, never guessed:
- the day after a printed date that lies one stated length before the end, give or take the
  14th week (a prior-quarter column, a balance-sheet date, the other year's column);
- else by counting back to the nearest quarter boundary the release shows (any printed date,
  or a fiscal year end that the calendar's rule settles: the weekday the release's periods end
  on, near the year end the submission header or a twelve-month column names; 'last Saturday
  of December' and 'the Saturday nearest December 31' must agree on the year, unless the
  release's own year ends rule one out): whole 13-week quarters back, every quarter between
  is 13 weeks.
A period these cannot settle (a 14-week quarter whose place is not shown, a year of 52 or 53
weeks with no year end to count from) loses its period and is reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence

from tagger.amounts import YEAR_WORD
from tagger.fiscal import fiscal_year
from tagger.models import Column, Issue, Period, Span, Table
from tagger.periods import NUMBER_WORD, dates_in, is_month_end, number_of
from tagger.vocabulary import MONTH_NAME, YEAR

QUARTER = 91  # days in 13 weeks
# 'BALANCE, JANUARY 3, 1999', 'Balance at December 28, 1997': a line that opens with a balance's date
_BALANCE_AT = re.compile(r"^[ \t]*balances?(?:\s*,\s*|\s+(?:at|as\s+of)\s+)(?:" + MONTH_NAME + r")\b",
                         re.IGNORECASE | re.MULTILINE)
_RESPECTIVELY = re.compile(r"\brespectively\b")
_MONTH_DAY_YEAR = rf"(?:{MONTH_NAME})\.?\s+\d{{1,2}},?\s+{YEAR}"
_ENDED_ON = re.compile(rf"\b(?:quarters?|periods)\s+(?:ended|ending)\s+{_MONTH_DAY_YEAR}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_MONTH_DAY_YEAR})*",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;]\s")
_NUMBER = rf"(?:\d{{1,2}}|{NUMBER_WORD})"
# 'The three-month and nine-month periods ended January 2, 1999 consisted of thirteen and forty weeks'
_WEEKS_STATED = re.compile(rf"\b{_NUMBER}[- ]months?\b[^.]{{0,160}}?\bended\b[^.]{{0,160}}\bweeks\b[^.]*",
                           re.IGNORECASE)  # the sentence, to its end: every length it states
_MONTHS_NAMED = re.compile(rf"\b({_NUMBER})[- ]months?\b", re.IGNORECASE)
_WEEKS_NAMED = re.compile(rf"\b({_NUMBER})(?=\s+(?:and\s+{_NUMBER}\s+)?weeks\b)", re.IGNORECASE)
# 'Fiscal 1999 was a 53-week fiscal year; the additional week was included in the first quarter'
_FISCAL_YEAR_WEEKS = re.compile(rf"\bfiscal\s+(?:year\s+)?(?P<year>{YEAR})\s+(?:was|is|will\s+be|consisted\s+of|"
                                rf"comprised|contained|included|had)\s+(?:an?\s+)?(?P<weeks>52|53|fifty-two|fifty-three)"
                                r"[- ]weeks?\b", re.IGNORECASE)
_EXTRA_WEEK_IN = re.compile(r"\b(?:additional|extra|fourteenth|14th|53rd)\s+week\b[^.]{0,80}?\b(?P<quarter>first|second|"
                            r"third|fourth)\s+(?:fiscal\s+)?quarter\b", re.IGNORECASE)
_QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_DOT = re.compile(rf"\b({MONTH_NAME})\.", re.IGNORECASE)
# 'the fourth quarter of fiscal 2009 included 14 weeks': the quarter that ends the year it names
_FOURTH_QUARTER_WEEKS = re.compile(rf"\bfourth\s+(?:fiscal\s+)?quarter\s+of\s+fiscal\s+(?:year\s+)?(?P<year>{YEAR})\s+"
                                   r"(?:included|was|had|consisted\s+of|comprised|contained)\s+(?:an?\s+)?"
                                   r"(?P<weeks>13|14|thirteen|fourteen)[- ]weeks?\b", re.IGNORECASE)
_WEEKS_YEAR = re.compile(r"\b(?:52|fifty-two)[- ](?:or|/|to)[- ](?:53|fifty-three)[- ]weeks?\b", re.IGNORECASE)
_TITLE_LINE = 100  # characters: a title line; a longer one is a paragraph's sentences
_YEAR_OF_WEEKS = (364, 371)  # days between two year ends of a calendar of weeks
_FRIDAY = 4  # date.weekday(): the days a week's end may fall on are Friday, Saturday and Sunday
_PERIOD_TITLE = re.compile(r"\b(?:as\s+of|ended|ending)\b", re.IGNORECASE)  # a title that dates its columns
WEEK = 7
# The weekday on or before the nominal year end, or nearest to it; or the nominal month end
# itself: a calendar-year company that closes its quarters on a weekday (Motorola's quarters end
# on Saturdays, its years on December 31), whose quarters are not all 13 weeks.
_RULES = ("last", "nearest", "month")


def settle_weeks(
    tables: Sequence[Table], header_year_end: tuple[int, int] | None = None, lines: Sequence[str] = ()
) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with each month-stated period of a calendar of weeks settled, or reported.
    `lines`, the release's text, may show more period ends than its tables' headers do."""
    # a year whose end is the title's day of another year ('three years ended December 31, 2000'
    # over 1999) prints no end of its own: it shows nothing of the calendar
    text = "\n".join(lines)
    actual = _actual_ends(text)
    if actual:  # 'all references ... to September 30, 1999 reflect amounts ... ended October 1, 1999'
        tables = _with_actual_ends(tables, actual)
    periods = [c.period for t in tables for c in t.columns if c.period is not None and c.carried_from is None]
    # dates a title prints ('AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000') count too: a column
    # whose year two dates share reads no date, but the calendar shows in them all the same
    # (only dates within a week of a month's end: a calendar of weeks ends its periods there; a
    # title's 'March 15, 2000' is a report's date, not a period's end)
    # (not the 1st of a month: 'as if the acquisition had occurred as of January 1, 1999' opens a period)
    titled = {d for t in tables for line in t.title if _PERIOD_TITLE.search(line) and not line.rstrip().endswith(":")
              and len(line) <= _TITLE_LINE  # not a paragraph that introduces a table ('as if acquired as of January 1')
              for d in dates_in(line) if is_month_end(d) or _weeks_end(d) and d.day != 1} | set(actual.values())
    # and the balances a statement of equity prints at each year end ('BALANCE, JANUARY 3, 1999')
    titled |= _balance_dates(text, {d for d in {p.end for p in periods} | titled if _weeks_end(d)})
    slips = _slips({p.end for p in periods} | titled)
    if not any(_weeks_end(p.end) and p.end not in slips for p in periods) \
            and not any(_weeks_end(d) and d not in slips for d in titled):
        # a calendar of months: the headers' periods stand, but a slip's ('March 30, 2009' in one
        # table, 'March 31, 2009' in the statements), which is said
        tables, slipped = _without_slips(tables, slips)
        settled, issues = _carried_on_months(tables)
        settled, nominal = _without_nominal_ends(settled, text, actual)
        return settled, nominal + slipped + issues
    # and the ends of quarters and periods the text names ('Form 10-Q for the periods ended March
    # 28, 1998 and June 27, 1998'), on the weekday the release's ends of weeks fall on (not another
    # company's 'fiscal year ended September 26, 1998')
    weekdays = {d.weekday() for d in {p.end for p in periods} | titled if _weeks_end(d)}
    if len(weekdays) == 1:
        titled |= {d for match in _ENDED_ON.finditer(text) for d in dates_in(" ".join(match[0].split()))
                   if _weeks_end(d) and d.weekday() in weekdays}
    stated_in_months = {c.period for t in tables for c in t.columns if c.months is not None}
    printed = frozenset(p.end for p in periods) | frozenset(p.start - dt.timedelta(days=1) for p in periods
                                                             if p.start is not None and p not in stated_in_months) \
        | frozenset(titled)
    weeks_year = bool(_WEEKS_YEAR.search(text))  # 'The Company's fiscal year is the 52 or 53 weeks ending ...'
    year = _YearEnds(periods, printed, header_year_end, weeks_year)
    stated = _stated_weeks(text) | _years_of_weeks(text, {c.period.end for t in tables for c in t.columns
                                                           if c.months == 12 and c.period is not None}, printed)
    other = _other_quarter_weeks(text)
    settled, issues, year_ends = _settle(tables, printed, year, stated, other)
    if year_ends and (year.nominal is None or any(year.nominal_year(d) is None for d in year_ends)):
        # No header and no twelve-month column named the year end, or the header names another
        # (NVIDIA's says December; its years end in late January), but a year to date that
        # starts the day after a printed date shows it (a nine months' column after the last
        # year end's balance sheet): settle again with that year end's calendar.
        year = _YearEnds(periods, printed, _month_of((max(year_ends).month, max(year_ends).day)), weeks_year)
        settled, issues, _ = _settle(tables, printed, year, stated, other)
    settled, nominal = _without_nominal_ends(settled, text, actual)
    return settled, nominal + issues


# a fiscal period said to end on a day: 'the first quarter of fiscal 2000 comprised 14 weeks and
# ended on July 2, 1999' (not a comment period's or an offer's end)
_ENDED_ON_DAY = re.compile(rf"\b(?:quarters?|years?|fiscal\s+{YEAR}|weeks)\b[^.]{{0,60}}?\b(?:ended|ending)\s+(?:on\s+)?"
                           rf"({_MONTH_DAY_YEAR})", re.IGNORECASE)


def _without_nominal_ends(tables: Sequence[Table], text: str, actual: dict[dt.date, dt.date]
                          ) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """Columns headed 'June 30, 1999' where the release says the period 'ended on July 2, 1999'
    (a calendar of weeks shown on the month's last day 'for presentation purposes'), a few days
    from the date printed and never printed itself: the header's date is nominal, and the
    period's start and length on the actual calendar are not the header's. Undated, and said."""
    # (the nominal days a note explains, 'references to September 30 ... reflect ... October 1', aside)
    said = {d for window in _around(text, _ENDED_WORD, 80, 30) for match in _ENDED_ON_DAY.finditer(window)
            for d in dates_in(" ".join(match[1].split()))} - set(actual)
    printed = {c.period.end for t in tables for c in t.columns if c.period is not None}
    # a day a title or header prints is a period's end in its own right (a pro forma quarter of the
    # buyer's ended December 26, 1999 beside the acquiree's December 31, 1999)
    headed = {d for t in tables for text in (*t.title, *(c.header for c in t.columns)) for d in dates_in(text)}
    # (and never a day the text says a period ended on itself: 'the quarter ended June 30, 1999'
    # beside an acquired company's 'fiscal year ended July 3, 1999')
    nominal = {end: day for end in printed - said for day in said - printed - headed if 0 < abs((day - end).days) <= 6}
    if not nominal:
        return tuple(tables), ()

    def why(column: Column) -> str | None:
        day = nominal.get(column.period.end) if column.period is not None else None
        if day is None:
            return None
        end = column.period.end  # type: ignore[union-attr]
        return (f"the release says a period ended on {day:%B} {day.day}, {day.year}, a few days from the "
                f"{end:%B} {end.day}, {end.year} printed: the printed date is nominal")
    return _undated(tables, why)


# a quarter's length in weeks: 'the sixteen-week fourth quarter', 'the fourth quarter contains
# sixteen weeks' (not '11 weeks of operating results' of an acquired business, nor 'the nine-week
# period ended April 4' of a promotion)
_WEEKS_COUNTED = re.compile(
    rf"\b({_NUMBER})-week\s+(?:\w+\s+){{0,2}}quarters?\b"
    rf"|\bquarters?\s+(?:\w+\s+){{0,6}}?(?:contain|consist|include|compris|ha[sdv]|was|were|is|are)\w*"
    rf"\s+(?:of\s+)?({_NUMBER})\s+weeks\b(?!\s+of\b)", re.IGNORECASE)
_OF_13_WEEK_QUARTERS = frozenset(weeks + extra for quarters in range(1, 5) for weeks in [13 * quarters] for extra in (0, 1))


def _other_quarter_weeks(text: str) -> int | None:
    """A quarter's length in weeks the release states that no count of 13-week quarters (one of
    them 14 weeks, perhaps) makes: a restaurant's 'sixteen weeks' of a fourth quarter on a calendar
    of 12, 12, 12 and 16 weeks. Its quarters are not 13 weeks each, so none is counted so."""
    counts = (_count(next(group for group in match.groups() if group))
              for window in _around(text, _WEEK_WORD, 120, 40) for match in _WEEKS_COUNTED.finditer(window))
    return next((n for n in counts if n >= 8 and n not in _OF_13_WEEK_QUARTERS), None)


_WEEK_WORD = re.compile(r"\bweeks?\b", re.IGNORECASE)
_ENDED_WORD = re.compile(r"\bend(?:ed|ing)\b", re.IGNORECASE)


def _around(text: str, word: re.Pattern[str], before: int, after: int) -> list[str]:
    """The stretches of `text` around each place `word` is found: where a long pattern that
    holds the word can match, read only there (the release's text is long, the word rare)."""
    return [text[max(0, m.start() - before):m.end() + after] for m in word.finditer(text)]


def _settle(tables: Sequence[Table], printed: frozenset[dt.date], year: _YearEnds,
            stated: dict[tuple[dt.date, int], int] | None = None, other_weeks: int | None = None
            ) -> tuple[tuple[Table, ...], tuple[Issue, ...], set[dt.date]]:
    """One pass over the month-stated periods: the tables settled, the issues, and the
    fiscal year ends the settled years to date start after."""
    issues: list[Issue] = []
    settled = []
    year_ends: set[dt.date] = set()
    slips = _slips(set(printed))
    for table in tables:
        columns = []
        for column in table.columns:
            if column.months is None or column.period is None or column.period.start is None:
                columns.append(column)
                continue
            end, problem = (_year_end_near(column.period.end, printed, year) if column.carried_from is not None
                            else (column.period.end, None))
            if end is not None and (end, column.months) in (stated or {}):  # 'consisted of thirteen and forty weeks'
                start, problem = end - dt.timedelta(weeks=stated[(end, column.months)]) + dt.timedelta(days=1), None  # type: ignore[index]
                if near := _contradicted(start - dt.timedelta(days=1), printed):  # the sentence is not this column's
                    start, problem = None, (f"the weeks the release states for it do not reach {near:%B} {near.day}, "
                                            f"{near.year}, which it prints")
            elif end in slips:  # 'March 30, 2009' in one table, 'March 31, 2009' in the statements
                month_end = _month_end(end)
                start, problem = None, f"the release also prints {month_end:%B} {month_end.day}, {month_end.year}, a month's end"
            elif other_weeks and column.months < 12 and end is not None:  # a year is 52 or 53 weeks still
                start, problem = None, (f"the release counts periods of {other_weeks} weeks, so its quarters are not "
                                        "all 13 weeks, and the column's weeks are not printed")
            else:
                start, problem = _start(end, column.months, printed, year) if end is not None else (None, problem)
            if start is None:
                issues.append(Issue(code="extract.period-unsettled", span=Span(file=table.span.file, line=table.span.line,
                                                                               column=column.left + 1),
                                    message=f"column {column.index + 1} ({column.header}): {problem}; its values are not tagged"))
                columns.append(column.model_copy(update={"period": None}))
            else:
                if column.months >= 6 and start - dt.timedelta(days=1) in printed:
                    year_ends.add(start - dt.timedelta(days=1))
                columns.append(column.model_copy(update={
                    "period": Period(start=start, end=end),
                    "dated_by": f"{column.dated_by or 'the header'}, its start on the release's calendar of weeks"}))
        settled.append(table.model_copy(update={"columns": tuple(columns)}))
    return tuple(settled), tuple(issues), year_ends


def _actual_ends(text: str) -> dict[dt.date, dt.date]:
    """The actual period ends a release gives for the month ends its statements print, as
    filers on a calendar of weeks say it once in their notes: 'all references as of and for the
    periods ended September 30, 1999, March 31, 1999 and September 30, 1998 reflect amounts as
    of and for the periods ended October 1, 1999, April 2, 1999 and October 2, 1998,
    respectively'. Read from a sentence ending with 'respectively' whose dates are month ends,
    then as many ends of weeks, each within six days of its month end; {} when none says so."""
    found: dict[dt.date, dt.date] = {}
    for mark in _RESPECTIVELY.finditer(text):
        before = text[max(0, mark.start() - 1000):mark.start()]
        sentence = before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0):]
        dates = dates_in(" ".join(sentence.split()))
        half = len(dates) // 2
        nominal, actual = dates[:half], dates[half:]
        if half and len(dates) % 2 == 0 and all(
                is_month_end(n) and _weeks_end(a) and abs((a - n).days) <= 6 for n, a in zip(nominal, actual, strict=True)):
            found.update(zip(nominal, actual, strict=True))
    return found


def _with_actual_ends(tables: Sequence[Table], actual: dict[dt.date, dt.date]) -> list[Table]:
    """The tables with each printed month end the release says stands for another day moved
    to it; a period of months keeps its length in months, for its start to be settled."""
    moved = []
    for table in tables:
        columns = []
        for column in table.columns:
            period = column.period
            if period is None or period.end not in actual or (period.start is not None and column.months is None):
                columns.append(column)
                continue
            end = actual[period.end]
            columns.append(column.model_copy(update={
                "period": Period(start=period.start, end=end),
                "dated_by": f"{column.dated_by or 'the header'}, its end {end:%B} {end.day}, {end.year} as the release's "
                            f"note says of {period.end:%B} {period.end.day}, {period.end.year}"}))
        moved.append(table.model_copy(update={"columns": tuple(columns)}))
    return moved


def _stated_weeks(text: str) -> dict[tuple[dt.date, int], int]:
    """The lengths in weeks a release states of its periods, by (end, months): Xilinx's 'The
    three-month and nine-month periods ended January 2, 1999 consisted of thirteen and forty
    weeks, respectively'. Read where the sentence gives as many lengths in weeks as in months."""
    found: dict[tuple[dt.date, int], int] = {}
    text = _MONTH_DOT.sub(r"\1", text)  # 'ended Nov. 3, 2007 included 14 weeks': no sentence ends at 'Nov.'
    for match in _WEEKS_STATED.finditer(text):
        sentence = " ".join(match[0].split())
        months = [_count(w) for w in _MONTHS_NAMED.findall(sentence)]
        weeks = [_count(w) for w in _WEEKS_NAMED.findall(sentence.split(" ended ", 1)[-1])]
        ends = dates_in(sentence)
        if len(ends) == 1 and len(months) == len(weeks):  # 'the three- and nine-month periods ended X: 13 and 40 weeks'
            found.update({(ends[0], m): w for m, w in zip(months, weeks, strict=True)})
        elif len(months) == 1 and len(ends) == len(weeks) > 1:  # 'the nine-month periods ended X and Y: 40 and 39 weeks'
            found.update({(end, months[0]): w for end, w in zip(ends, weeks, strict=True)})
    return found


def _years_of_weeks(text: str, year_ends: Iterable[dt.date], printed: frozenset[dt.date]) -> dict[tuple[dt.date, int], int]:
    """The lengths a release states of its fiscal years ('Fiscal 1999 was a 53-week fiscal year;
    the additional week was included in the first quarter of fiscal 1999'), by (end, months),
    for the twelve-month columns whose fiscal year it names: the year's weeks, and its fourth
    quarter's (13, or 14 where the 53rd week is said to be in it; unsaid where it is not said).
    A length whose start a printed date a week off contradicts names another year than the
    column's, and is not taken."""
    found: dict[tuple[dt.date, int], int] = {}
    for match in _FISCAL_YEAR_WEEKS.finditer(text):
        ends = [end for end in year_ends if fiscal_year(end) == int(match["year"])]
        weeks = _count(match["weeks"])
        if len(ends) != 1 or _contradicted(ends[0] - dt.timedelta(weeks=weeks), printed):
            continue
        found[(ends[0], 12)] = weeks
        sentence = text[match.end():match.end() + 200].split(". ", 1)[0]
        if any(int(year) != int(match["year"]) for year in YEAR_WORD.findall(sentence)):
            continue  # '..., compared with 53 weeks in fiscal 2003; the extra week ...': whose week, unsure
        extra = _EXTRA_WEEK_IN.search(sentence)
        if weeks == 52 or extra:
            found[(ends[0], 3)] = 14 if extra and _QUARTER_NUMBER[extra["quarter"].lower()] == 4 else 13
    for match in _FOURTH_QUARTER_WEEKS.finditer(text):
        ends = [end for end in year_ends if fiscal_year(end) == int(match["year"])]
        weeks = _count(match["weeks"])
        if len(ends) == 1 and not _contradicted(ends[0] - dt.timedelta(weeks=weeks), printed):
            found.setdefault((ends[0], 3), weeks)
    return found


def _count(word: str) -> int:
    """'thirteen' or '13' -> 13."""
    return number_of(word)


def _contradicted(eve: dt.date, printed: frozenset[dt.date]) -> dt.date | None:
    """A date the release prints a week or less from a stated length's eve, but not on it: the
    length is not that period's (the earliest such date, for the issue that says so)."""
    return min((d for d in printed if 0 < abs((d - eve).days) <= WEEK), default=None)


def _balance_dates(text: str, weeks_ends: set[dt.date]) -> frozenset[dt.date]:
    """The dates a statement of equity prints its balances at, each a year's end on a calendar
    of weeks ('BALANCE, JANUARY 3, 1999....'): only ends of weeks (a roll-forward's 'Balance at
    December 31, 1998' is a month end, which a calendar of weeks does not end its years on) a
    year of weeks (52 or 53) from another such end or balance, all on one weekday, and on the
    weekday the release's other ends of weeks fall on ('Balances at January 1, 1997' opens a
    calendar year)."""
    balances = {found[0] for match in _BALANCE_AT.finditer(text) if (found := _date_after(text, match.start(), match.end()))}
    dates = {d for d in balances if _weeks_end(d)}
    # a year of weeks from another balance too, though that one falls on a month's end, where all
    # the balances fall on one weekday (Apple's Fridays: 'Balance at September 24, 1993' beside
    # 'September 30, 1994', the last Friday of its month; not a calendar year's 'Balances at January
    # 1, 1997' beside December 31 of 1997, 1998 and 1999, a Wednesday, a Thursday and a Friday)
    # (never the 1st of a month a year before a month's end: 'Balances at January 1, 1994' and
    # 'December 31, 1994', both Saturdays, are a calendar year's)
    month_ends = balances - dates if len({d.weekday() for d in balances}) == 1 else set()
    dates = {d for d in dates if any(abs((d - other).days) in _YEAR_OF_WEEKS for other in dates | weeks_ends)
             or d.day != 1 and any(abs((d - other).days) in _YEAR_OF_WEEKS for other in month_ends)}
    weekdays = {d.weekday() for d in weeks_ends | dates}
    return frozenset(dates) if len(weekdays) == 1 else frozenset()


def _date_after(text: str, start: int, month_end: int) -> list[dt.date]:
    """The dates on the line where a balance's month is printed, from the balance's word on; or,
    where a narrow stub breaks the date ('Balance at' / 'September 24,' / '1993   116,147': Apple's
    1996 10-K), on it and the next line."""
    line_end = text.find("\n", month_end)
    found = dates_in(text[start:line_end if line_end >= 0 else len(text)])
    if found or line_end < 0:
        return found
    next_end = text.find("\n", line_end + 1)
    return dates_in(text[start:next_end if next_end >= 0 else len(text)])


def _slips(ends: set[dt.date]) -> frozenset[dt.date]:
    """Ends a few days short of a month's end that the release also prints ('March 30, 2009'
    beside 'March 31, 2009'): a calendar of weeks prints no month's end beside its own, so one
    of the two is a slip of the pen; the month's end is the calendar's."""
    return frozenset(d for d in ends if _weeks_end(d) and d.day >= 22 and _month_end(d) in ends)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _without_slips(tables: Sequence[Table], slips: frozenset[dt.date]) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with each column that ends on a slip undated, and said."""
    def why(column: Column) -> str | None:
        if column.period is None or column.period.end not in slips:
            return None
        end = _month_end(column.period.end)
        return f"the release also prints {end:%B} {end.day}, {end.year}, a month's end"
    return _undated(tables, why) if slips else (tuple(tables), ())


def _undated(tables: Sequence[Table], why: Callable[[Column], str | None]) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables with each column `why` gives a reason for undated, and that reason said
    (extract.period-unsettled)."""
    issues: list[Issue] = []
    settled = []
    for table in tables:
        columns = []
        for column in table.columns:
            reason = why(column)
            if reason is None:
                columns.append(column)
                continue
            issues.append(Issue(code="extract.period-unsettled", span=Span(file=table.span.file, line=table.span.line,
                                                                           column=column.left + 1),
                                message=f"column {column.index + 1} ({column.header}): {reason}; its values are not tagged"))
            columns.append(column.model_copy(update={"period": None}))
        settled.append(table.model_copy(update={"columns": tuple(columns)}))
    return tuple(settled), tuple(issues)


def _carried_on_months(tables: Sequence[Table]) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """The tables as their headers date them, on a calendar of months, but for a year whose end
    carries a title's day that ends a week (a Friday, Saturday or Sunday: 'THREE FISCAL YEARS
    ENDED SEPTEMBER 30, 2000' is Apple's last Saturday of September, and its 1999 ended on the
    25th): a calendar of weeks ends its other years on other days, which the release does not
    print; reported, never taken for the calendar year."""
    def why(column: Column) -> str | None:
        day = column.carried_from
        if day is None or column.period is None or day.weekday() < _FRIDAY:
            return None
        return (f"the title's day ({day:%A, %B} {day.day}, {day.year}) may end a week, and a calendar of weeks ends "
                "its other years on other days, which the release does not print")
    return _undated(tables, why)


def _year_end_near(nominal: dt.date, printed: frozenset[dt.date], year: _YearEnds) -> tuple[dt.date | None, str | None]:
    """The end of a year whose column carries the title's day of another year ('December 31'
    over 1999, the title's year 2000 ending on it): the one year end the release prints, or the
    calendar's rule settles, within six days of that day; or why not."""
    near = {d for d in printed | year.ends_near(nominal) if abs((d - nominal).days) <= 6}
    if len(near) == 1:
        return near.pop(), None
    return None, (f"the title's day ({nominal:%B} {nominal.day}) is the end of another year, and the release "
                  f"{'prints no' if not near else 'prints more than one'} year end of its own near it")


def _weeks_end(day: dt.date) -> bool:
    """A period end of a calendar of weeks: within a week of a month's end, but not on it
    ('January 2', 'September 27'; a signature page's 'March 9, 1998' is no period's end)."""
    return not is_month_end(day) and (day.day <= 7 or day.day >= 22)


def _start(end: dt.date, months: int, printed: frozenset[dt.date], year: _YearEnds) -> tuple[dt.date | None, str | None]:
    """The settled first day of a period of `months` that ends on `end`, or why not. Every
    printed date (a period's end, a balance-sheet date) and every year end the calendar's rule
    settles is a quarter boundary; counting back from `end`, the nearest one on this calendar
    decides: one stated length away, it is the day before the start; whole 13-week quarters
    away, so is every quarter between (each quarter is 13 weeks, or 14 once in a 53-week year)."""
    if months % 3:
        return None, f"{months} months on a calendar of weeks is no whole number of 13-week quarters"
    quarters = months // 3
    lengths = (QUARTER * quarters, QUARTER * quarters + WEEK)  # days from the day before the start to the end
    shown = {end - dt.timedelta(days=n) for n in lengths} & printed
    if len(shown) > 1:
        return None, "the release shows both a 13-week and a 14-week reading"
    if shown:
        return shown.pop() + dt.timedelta(days=1), None
    if year.rules == ["month"]:
        # Years end on a month's last day, quarters on a weekday: a year to date starts the day
        # after the last year end (about its stated length back), and no count of 13-week
        # quarters crosses a year end.
        starts = {d + dt.timedelta(days=1) for d in year.ends_near(end)
                  if d < end and abs((end - d).days - QUARTER * quarters) <= WEEK - 1}
        if len(starts) == 1:
            return starts.pop(), None
        return None, "its fiscal years end on a month's last day and its quarters on a weekday: the start is not printed"
    boundaries = sorted((printed | year.ends_near(end)) - {end}, reverse=True)
    for boundary in (b for b in boundaries if b < end):
        days = (end - boundary).days
        whole, extra = divmod(days, QUARTER)
        if extra == 0 and whole >= quarters:
            return end - dt.timedelta(days=QUARTER * quarters - 1), None
        if extra == WEEK and whole > quarters:
            return None, "a 14-week quarter lies between it and the last date the release shows, and the release does not show where"
        if extra not in (0, WEEK) and boundary in printed:
            # a date the release prints off the grid of weeks ('December 31, 1997' beside quarters
            # that end on Saturdays): the quarters before it are not all 13 weeks, or the date is
            # nominal; either way no count goes past it
            return None, f"the release prints {boundary:%B} {boundary.day}, {boundary.year}, which no count of weeks from it reaches"
    return None, "no earlier quarter end or fiscal year end on this calendar is printed or follows from the release"


def _month_of(month_day: tuple[int, int]) -> tuple[int, int]:
    """The month end a year end of weeks stands for: a header's '1227' (one year's actual end)
    and a column's 'January 2' both mean the year closes around December 31."""
    month, day = month_day
    if day <= 7:
        month = (month - 2) % 12 + 1
    return month, calendar.monthrange(2001, month)[1]


class _YearEnds:
    """Fiscal year ends on a calendar of weeks: the weekday the release's periods end on, near
    the nominal year end (month and day) that the header or a twelve-month column names."""

    def __init__(self, periods: Iterable[Period], printed: frozenset[dt.date], header: tuple[int, int] | None,
                 weeks_year: bool = False) -> None:
        periods = list(periods)
        weekdays = {p.end.weekday() for p in periods if p.start is not None and _weeks_end(p.end)}
        self.weekday = weekdays.pop() if len(weekdays) == 1 else None
        self.nominal = _month_of(header) if header else self._nominal_from_years(periods)
        self.rules: list[str] = []
        if self.nominal and self.weekday is not None:
            shown = [(d, year) for d in printed if (year := self.nominal_year(d)) is not None]
            self.rules = [rule for rule in _RULES if all(self._by_rule(rule, year) == d for d, year in shown)
                          and not (weeks_year and rule == "month")]  # a release that says its years are of weeks

    @staticmethod
    def _nominal_from_years(periods: list[Period]) -> tuple[int, int] | None:
        ends = {p.end for p in periods if p.start is not None and 357 <= (p.end - p.start).days <= 371}
        if not ends:
            return None
        end = max(ends)
        return _month_of((end.month, end.day))

    def _nominal_date(self, year: int) -> dt.date:
        month, day = self.nominal  # type: ignore[misc]
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))

    def nominal_year(self, day: dt.date) -> int | None:
        """The year whose nominal year end `day` is within six days of (a printed year end), or None."""
        return next((y for y in (day.year - 1, day.year, day.year + 1) if abs((day - self._nominal_date(y)).days) <= 6), None)

    def _by_rule(self, rule: str, year: int) -> dt.date:
        nominal = self._nominal_date(year)
        if rule == "month":
            return nominal
        back = (nominal.weekday() - self.weekday) % 7  # type: ignore[operator]
        if rule == "last" or back <= 3:
            return nominal - dt.timedelta(days=back)
        return nominal + dt.timedelta(days=7 - back)

    def ends_near(self, day: dt.date) -> frozenset[dt.date]:
        """The fiscal year ends of the years around `day` that every rule the release allows
        agrees on (a year end the rules disagree on is left out: it settles nothing)."""
        if not self.rules:
            return frozenset()
        found = set()
        for year in (day.year - 2, day.year - 1, day.year, day.year + 1):
            ends = {self._by_rule(rule, year) for rule in self.rules}
            if len(ends) == 1:
                found |= ends
            elif any(e < day for e in ends):
                found = set()  # an unsettled year end between: the earlier ones settle nothing either
        return frozenset(found)
