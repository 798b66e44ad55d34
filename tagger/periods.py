"""Periods from column headers, as releases print them.

>>> read_period("Three Months Ended December 31, 2002").period
Period(start=datetime.date(2002, 10, 1), end=datetime.date(2002, 12, 31))
>>> read_period("Three Mos. Ended October 31,", column_year=1999).period
Period(start=datetime.date(1999, 8, 1), end=datetime.date(1999, 10, 31))
>>> read_period("Three Months Ended September 30, 1999(a)").period
Period(start=datetime.date(1999, 7, 1), end=datetime.date(1999, 9, 30))
>>> read_period("For the Years Ended December 31, 2001, 2000 and 1999", column_year=2000).period
Period(start=datetime.date(2000, 1, 1), end=datetime.date(2000, 12, 31))
>>> read_period("March 31, 2001 (unaudited)").period
Period(start=None, end=datetime.date(2001, 3, 31))
>>> read_period("For the 13 Weeks Ended July 3, 2004 and June 28, 2003", column_year=2003).period
Period(start=datetime.date(2003, 3, 30), end=datetime.date(2003, 6, 28))

Nothing is guessed: a header with no readable end date, or with words that qualify the
column beyond its period ('Domestic', '% Change'), gives no period and says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from typing import NamedTuple

from tagger.amounts import without_currency
from tagger.models import Period
from tagger.vocabulary import MONTH_NAME, MONTHS, SCALE_WORDS, YEAR

_MONTH = rf"\b(?P<month>{MONTH_NAME})\b\.?"
# 'September 30, 2009', 'Sept. 30 2009', and day first, as British and Australian releases print
# it: '1 February 1997', '31 December 2008' (a day printed after the month wins where both are)
_DATE = re.compile(r"(?:(?<![\d,.])(?P<first>\d{1,2})(?:st|nd|rd|th)?\s+)?" + _MONTH
                   + rf"(?:\s+(?P<day>\d{{1,2}})(?!\d))?(?:\s*,?\s*(?P<year>{YEAR}))?", re.I)
_YEAR = re.compile(rf"(?<![\d,.])(?P<year>{YEAR})(?![\d,])")
_ONES = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# every count of months or weeks a header may spell, one to fifty-nine ('Sixteen Weeks Ended', a
# restaurant's fourth quarter of 12/12/12/16 weeks), longest first so that no alternation stops short
NUMBER_WORDS = _NUMBER_WORDS = dict(sorted(
    ({word: n for n, word in enumerate(_ONES, 1)} | _TENS
     | {f"{tens}-{one}": value + n for tens, value in _TENS.items() for n, one in enumerate(_ONES[:9], 1)}).items(),
    key=lambda item: -len(item[0])))
# the alternation that finds them, 'twenty-eight' also as 'Twenty Eight' (longest first: not its 'eight' alone)
NUMBER_WORD = "|".join(word.replace("-", r"(?:-|\s+)") for word in NUMBER_WORDS)


def number_of(word: str) -> int:
    """'Twenty Eight' or 'twenty-eight' -> 28; '13' -> 13."""
    return int(word) if word.isdigit() else NUMBER_WORDS[re.sub(r"[\s-]+", "-", word.lower())]

_LENGTH = re.compile(
    r"(?P<count>\d{1,2}|" + NUMBER_WORD + r")[\s-]+(?P<unit>months?|mos?\b\.?|weeks?|wks?\b\.?|quarters?)(?!\w)",
    re.I
)
# A count that shares the unit of the length after it: the 'Three' of 'Three and Nine Months'.
_PAIRED = re.compile(
    r"\b(?P<count>\d{1,2}|" + NUMBER_WORD + r")-?\s*(?:,|and|&|or)\s+(?=(?:\d{1,2}|"
    + NUMBER_WORD + r")[\s-]+(?P<unit>months?|mos?\b\.?|weeks?|wks?\b\.?|quarters?)(?!\w))",
    re.I
)
_AFTER_DAY = re.compile(r"(?<![\d,])\d{1,2},?\s*$")  # what ends just before the year of '30, 1996'
_GARBLED = re.compile(r"\b(?=[12][0-9OoIl]{3}\b)(?=\w*[OoIl])\w{4}\b")  # a year typed with letters: '2OO2', '2OOl'
# 'Year Ended', 'Half-year ended', and as British releases print them 'Year to 31 March 2003' (not 'Year to date')
_NAMED_LENGTH = re.compile(r"\b(?P<name>quarter|half[- ]year|year|fiscal\s+year)s?\s+(?:end(?:ed|ing)|to(?!\s+date))\b", re.I)
# Words a period header may hold besides its period; any other word qualifies the column
# ('Domestic', 'Change', 'Pro forma') and the column is not a plain period of the entity.
_NOISE = {
    "for", "the", "ended", "ending", "end", "as", "of", "at", "and", "to", "months", "month",
    "weeks", "week", "year", "years", "quarter", "quarters", "fiscal", "unaudited", "audited",
    "notes", "note", "see", "period", "periods", "restated", "revised", "reported", "reviewed",
    "full",  # 'Full Year Ended December 31, 2009': the year
    "actual",  # 'Actual' beside 'Budget' or 'As adjusted': the figures as they are
    "gaap",  # 'GAAP' over the reported figures, beside 'Non-GAAP' (which qualifies its column: 3SBio)
    "first", "second", "third", "fourth",  # 'Fourth Quarter Ended December 31': the date says which
    "half", "half-year",  # 'Half-year ended 31 December 2008', 'Half year ended': six months, by _NAMED_LENGTH
    "amount", "amounts",  # 'Amount' beside '% of Net Revenue' under one year: the amounts' column
    "in", *SCALE_WORDS,  # 'NIS millions' under the years
}


_MARK = re.compile(r"(?<=\d)(?:\*{1,2}|\s?\([a-z1-9]\))")  # '1999(a)', '2003*': a footnote's mark on a year
_DAY_COMMA_YEAR = re.compile(rf"(\b\d{{1,2}}),({YEAR})\b")  # 'December 31,2009' (3SBio): no space after the comma
AS_ADJUSTED = re.compile(r"\bas\s+adjusted\b", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])")


def numeric_date_order(text: str) -> str | None:
    """How the numeric dates of a header print their day and month, where one of them shows it:
    'day' ('30/09/2009'), 'month' ('12/31/02'), 'both' (a header that prints each), or None."""
    orders = {"day" if int(m["month"]) > 12 else "month" for m in NUMERIC_DATE.finditer(text)
              if (int(m["month"]) > 12) != (int(m["day"]) > 12)}
    return "both" if len(orders) > 1 else next(iter(orders), None)


def numeric_date_order_in_words(text: str, spelled: Callable[[], frozenset[dt.date]]) -> str | None:
    """The order of a header's numeric dates that none of them shows by itself ('2/1/97  2/3/96'),
    where the release spells every one of them in words in that order, and none in the other
    ('fiscal year ended February 1, 1997'): 'month' or 'day'; None otherwise. `spelled`, the dates
    the release prints in words, is asked for only when a header needs it."""
    readings = []
    for match in NUMERIC_DATE.finditer(text):
        first, second, year = int(match["month"]), int(match["day"]), _full_year(match["year"])
        if first <= 12 and second <= 12 and first != second:
            readings.append((dt.date(year, first, second), dt.date(year, second, first)))
    if not readings:
        return None
    printed = spelled()
    if all(month in printed and day not in printed for month, day in readings):
        return "month"
    if all(day in printed and month not in printed for month, day in readings):
        return "day"
    return None


def spell_numeric_dates(text: str, order: str | None) -> str:
    """The numeric dates of a header spelled in the order the table's header shows: AIXTRON's
    '03/10/2009' beside '27/12/2008' is October 3, not March 10. Where the header shows no order,
    or both, a date either could read stays unread."""
    def spell(match: re.Match[str]) -> str:
        first, second = int(match["month"]), int(match["day"])
        if first <= 12 and second <= 12 and first != second:
            if order == "day":
                return f"{calendar.month_name[second]} {first}, {_full_year(match['year'])}"
            if order == "month":
                return f"{calendar.month_name[first]} {second}, {_full_year(match['year'])}"
            return match[0]  # the header shows no order, or both: unread
        return _spelled_date(match)
    return NUMERIC_DATE.sub(spell, text) if "/" in text else text


def _spelled_date(match: re.Match[str]) -> str:
    """'12/31/02' -> 'December 31, 2002' (a two-digit year is 19xx from 50 on); '30/09/2009' ->
    'September 30, 2009', the day first as Europe prints it, where no month could come first.
    '03/10/2009' stays as printed: March 10 or October 3, the date alone does not say (a Dutch
    quarter ending October 3 was read as March 10); spell_numeric_dates reads it where the
    header shows the order."""
    month, day, year = int(match["month"]), int(match["day"]), _full_year(match["year"])
    if month <= 12 and day <= 12 and month != day:
        return match[0]
    if month > 12 and 1 <= day <= 12:
        month, day = day, month
    if not 1 <= month <= 12:
        return match[0]
    return f"{calendar.month_name[month]} {day}, {year}"


class Unread(str, Enum):
    """Why a header gives no period: a code the stages compare, its words (with the detail
    filled in) only for the issue that says it."""

    GARBLED = "cannot read {} as a year or a day"
    QUALIFIED = "the header qualifies the column beyond a period: {}"
    NO_DATE = "no date in the header"
    NO_SINGLE_YEAR = "no single year for the column"
    WHICH_DATE = "cannot tell which date of the header is the column's ({})"
    NOT_A_DATE = "not a date: {}"
    TWO_LENGTHS = "the header names two lengths of period"
    NO_LENGTH = "the header names a period's end, not its length"


class PeriodReading(NamedTuple):
    period: Period | None
    reason: Unread | None = None  # why there is no period
    months: int | None = None  # the length stated in months ('Three Months Ended': 3), which a
    # calendar of weeks reads as 13 weeks a quarter (tagger/weeks.py settles those starts)
    detail: str = ""  # what the header prints that gives the reason ("'Pro forma'"), for the issue

    @property
    def problem(self) -> str | None:
        """The reason in words, for the issue."""
        return None if self.reason is None else self.reason.value.format(self.detail)
_ENDED = re.compile(r"\b(?:ended|ending)\b", re.IGNORECASE)


def read_period(header: str, column_year: int | None = None) -> PeriodReading:
    """Read the period a column header states. `column_year` is the year printed alone in
    the column ('2002' under 'Three Months Ended / December 31,'), when there is one."""
    text = _DAY_COMMA_YEAR.sub(r"\1, \2", NUMERIC_DATE.sub(_spelled_date, _MARK.sub("", " ".join(header.split()))))
    garbled = _GARBLED.search(text)
    if garbled:
        return PeriodReading(None, Unread.GARBLED, detail=repr(garbled[0]))
    # 'U.S. dollars' says no period; nor does 'as adjusted' (restated: AirMedia), unlike 'Adjusted' alone (non-GAAP)
    leftover = AS_ADJUSTED.sub(" ", without_currency(_DATE.sub(" ", _LENGTH.sub(" ", text))))
    qualifiers = [
        word for word in re.findall(r"[A-Za-z][A-Za-z'-]*|%", _YEAR.sub(" ", leftover))
        if word.lower() not in _NOISE and word.lower() not in _NUMBER_WORDS
    ]
    if qualifiers:
        return PeriodReading(None, Unread.QUALIFIED, detail=repr(" ".join(qualifiers)))
    end, reason, detail = _end_date(text, column_year)
    if end is None:
        return PeriodReading(None, reason, detail=detail)
    if len(_lengths_named(text)) > 1:  # 'Years Ended December 31' over 'FOURTH QUARTER': which is it?
        return PeriodReading(None, Unread.TWO_LENGTHS)
    length = _length(text)
    if length is None:
        if _ENDED.search(text):  # 'Ended March 31,' under 'Three Months' above a rule: a period, of a length not here
            return PeriodReading(None, Unread.NO_LENGTH)
        return PeriodReading(Period(end=end), None)
    count, unit = length
    return PeriodReading(Period(start=_start(end, count, unit), end=end), None, count if unit == "months" else None)


def _day_of(match: re.Match[str]) -> str | None:
    """The day a date of _DATE prints, after its month or before it."""
    return match["day"] or match["first"]


def _month(match: re.Match[str]) -> int:
    """The number of the month a date match spells ('Dec.', 'DECEMBER')."""
    return MONTHS[match["month"].lower().rstrip(".")]


def dates_in(text: str, numeric: bool = True) -> list[dt.date]:
    """Every full date a text prints ('AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000'); with
    `numeric` False, only those it spells in words."""
    found = []
    for match in _DATE.finditer(NUMERIC_DATE.sub(_spelled_date if numeric else " ", text)):
        if _day_of(match) and match["year"]:
            try:
                found.append(dt.date(int(match["year"]), _month(match), int(_day_of(match))))
            except ValueError:
                continue
    return found


_MORE_YEARS = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({YEAR})(?!\d|,\d)", re.IGNORECASE)


def one_day_of_years(text: str, whole: bool = False) -> list[dt.date]:
    """'December 31, 2001 and 2000' -> that day of each year printed, in order: one month and
    day stated once for a list of years ('2001, 2000 and 1999'). [] when the text prints no
    such list (or, `whole`, when it prints anything else too)."""
    for match in _DATE.finditer(text):
        if not (_day_of(match) and match["year"]):
            continue
        years = [int(match["year"])]
        at = match.end()
        while more := _MORE_YEARS.match(text, at):
            years.append(int(more[1]))
            at = more.end()
        if len(years) < 2 or whole and (text[:match.start()].strip() or text[at:].strip()):
            continue
        try:
            return [dt.date(year, _month(match), int(_day_of(match))) for year in years]
        except ValueError:
            return []
    return []


_DATE_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE)  # ', and ', ' and ', ', '


def only_dates(text: str) -> list[dt.date]:
    """'September 27, 1996, and September 29, 1995' -> both dates, in order: a text that prints
    full dates, joined by commas or 'and', and nothing else; [] for any other text."""
    found, at = [], 0
    for match in _DATE.finditer(text):
        if not (_day_of(match) and match["year"]) or _DATE_JOIN.fullmatch(text, at, match.start()) is None:
            return []
        try:
            found.append(dt.date(int(match["year"]), _month(match), int(_day_of(match))))
        except ValueError:
            return []
        at = match.end()
    return found if text[at:].strip(" .") == "" else []


# 'For three years ended December 31, 2000', 'for each of the three years in the period ended ...',
# 'Fiscal Years Ended January 2, 2000': a run of years that the last one's end day names.
_YEARS_ENDED = re.compile(
    r"\b(?:(?P<count>two|three|four|five|[2-5])\s+)?(?:fiscal\s+)?years\s+(?:in\s+the\s+period\s+)?(?:ended|ending)\s+",
    re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def year_in_run(title: str, column_year: int, latest_column_year: int) -> PeriodReading | None:
    """A column printing only its year under a title that names a run of years by the last
    one's end ('FOR THREE YEARS ENDED DECEMBER 31, 2000' over 2000, 1999, 1998): the year of
    the run that ends on that day of the column's year. Only when the table prints the title's
    year as its latest column (a retailer's '1999' under 'years ended January 29, 2000' may be
    the year ending then) and the column is within the run's count. The day is the title's
    for one year only: a calendar of weeks ends other years on other days (tagger/weeks.py
    settles those). None when the title names no such run."""
    match = _YEARS_ENDED.search(title)
    if match is None:
        return None
    ends = dates_in(title[match.end():])
    if len(ends) != 1 or ends[0].year != latest_column_year or column_year >= ends[0].year:
        return None
    last = ends[0]
    count = match["count"] and (_COUNTS.get(match["count"].lower()) or int(match["count"]))
    if count and column_year <= last.year - count:
        return None
    day = calendar.monthrange(column_year, last.month)[1] if is_month_end(last) else last.day
    try:
        end = dt.date(column_year, last.month, day)
    except ValueError:
        return None
    return PeriodReading(Period(start=_start(end, 12, "months"), end=end), None, 12)


def _end_date(text: str, column_year: int | None) -> tuple[dt.date | None, Unread | None, str]:
    dates = [match for match in _DATE.finditer(text)]
    if not dates:
        return None, Unread.NO_DATE, ""
    if column_year is None:
        years = {int(m["year"]) for m in _YEAR.finditer(text)}
        dated = [m for m in dates if m["year"]]
        if len(dated) == 1 and len(years) == 1:
            column_year = int(dated[0]["year"])
        elif len(dates) == 1 and len(years) == 1:
            column_year = years.pop()
        else:
            return None, Unread.NO_SINGLE_YEAR, ""
    candidates = [m for m in dates if m["year"] is None or int(m["year"]) == column_year]
    if not candidates and len({(m["month"].lower(), _day_of(m)) for m in dates}) == 1 and any(
            int(y["year"]) == column_year and not _AFTER_DAY.search(text, 0, y.start()) for y in _YEAR.finditer(text)):
        # 'Years Ended December 31, 2001, 2000 and 1999': one day for every year listed (a year
        # listed alone, not the '30, 1996' of a date whose month is on the line above)
        candidates = dates[:1]
    if len(candidates) > 1:
        candidates = [m for m in candidates if m["year"]] or candidates
    if len(candidates) > 1 and len({(_month(m), _day_of(m)) for m in candidates}) == 1:
        candidates = candidates[:1]  # 'January 31,' twice over one column (headers a little off their columns): one day
    if len(candidates) != 1:
        return None, Unread.WHICH_DATE, str(column_year)
    match = candidates[0]
    month = _month(match)
    if _day_of(match) is None:
        # 'Three Months Ended December' + '2004': the month's last day, as calendar-month
        # filers mean it. A 52-53 week filer prints its day, so this is not a guess for them.
        day = calendar.monthrange(column_year, month)[1]
    else:
        day = int(_day_of(match))
    try:
        return dt.date(column_year, month, day), None, ""
    except ValueError:
        return None, Unread.NOT_A_DATE, f"{match[0]!r} in {column_year}"


def _length(text: str) -> tuple[int, str] | None:
    """('3', 'months') for 'Three Months Ended'; ('12', 'months') for 'Year Ended'."""
    match = _LENGTH.search(text)
    if match:
        return _counted(match)
    named = _NAMED_LENGTH.search(text)
    if named:
        return _named(named)
    return None


_QUARTER_WORD = re.compile(r"\bquarters?\b", re.IGNORECASE)


def lists_its_length(title: str, header: str) -> bool:
    """Whether a title lists the length a column header names, among others ('For the Three and
    Nine Months Ended ...' over 'Three Months'): the column's own length then stands, and the
    title gives only its dates. A 'Year Ended' title over 'Third Quarter' lists no such length."""
    counted = list(_LENGTH.finditer(header))
    words = set(re.findall(r"[a-z0-9-]+", title.lower()))
    return bool(counted) and all(
        m["count"].lower() in words and any(w.startswith(m["unit"].lower()[:2]) for w in words) for m in counted)


def without_lengths(text: str) -> str:
    """The text less the lengths it names: a title's dates for a column that names its own length
    ('For the Three and Nine Months Ended September 27, 2008' over 'Nine Months')."""
    return _QUARTER_WORD.sub(" ", _NAMED_LENGTH.sub(" ", _LENGTH.sub(" ", text)))


def _counted(match: re.Match[str]) -> tuple[int, str]:
    """('6', 'months') for 'Two Quarters', ('13', 'weeks') for 'Thirteen Weeks'."""
    count, unit = number_of(match["count"]), match["unit"].lower()
    if unit.startswith("q"):
        return count * 3, "months"
    return count, "weeks" if unit.startswith("w") else "months"


def _named(match: re.Match[str]) -> tuple[int, str]:
    """(3, 'months') for 'Quarter', (6, 'months') for 'Half-year', (12, 'months') for 'Year' or 'Fiscal Year'."""
    name = match["name"].lower()
    return (3, "months") if name == "quarter" else (6, "months") if name.startswith("half") else (12, "months")


def _lengths_named(text: str) -> set[tuple[int, str]]:
    """Every length the text names, in quarters where it is a whole number of them ('Three
    Months', 'Thirteen Weeks', 'Quarter' are one; 'Year Ended', 'Twelve Months' four; 'Three
    and Nine Months' two lengths)."""
    found = [_counted(match) for match in (*_LENGTH.finditer(text), *_PAIRED.finditer(text))]
    rest = _LENGTH.sub(" ", text)  # 'First Two Quarters Ended': one length, six months, not a quarter too
    found += [_named(match) for match in _NAMED_LENGTH.finditer(rest)]
    found += [(3, "months")] * len(_QUARTER_WORD.findall(rest))
    per_quarter = {"months": 3, "weeks": 13}
    return {(count // per_quarter[unit], "quarters") if count % per_quarter[unit] == 0 else (count, unit)
            for count, unit in found}


def is_month_end(day: dt.date) -> bool:
    """The last day of its month: a period of a calendar of months ends there."""
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _start(end: dt.date, count: int, unit: str) -> dt.date:
    """First day of a period of `count` months or weeks that ends on `end` (inclusive)."""
    if unit == "weeks":
        return end - dt.timedelta(weeks=count) + dt.timedelta(days=1)
    months = end.year * 12 + end.month - 1 - count
    year, month = divmod(months, 12)
    month += 1
    if is_month_end(end):
        return dt.date(year, month, 1) + dt.timedelta(days=calendar.monthrange(year, month)[1])
    day = min(end.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day) + dt.timedelta(days=1)


# Periods a header names instead of dating them ('FOURTH QUARTER 1999', '1st Qtr' under
# '2007', 'Fiscal 1998', 'Q2 FY00'): the part of the fiscal year, by the words that name it.
# Dated only where the release shows where its years end (tagger/named.py).
NAMED_PARTS: dict[str, tuple[str, ...]] = {
    "Q1": ("first quarter", "1st quarter", "1st qtr", "1st qtr.", "first qtr", "q1", "1q", "quarter 1"),
    "Q2": ("second quarter", "2nd quarter", "2nd qtr", "2nd qtr.", "second qtr", "q2", "2q", "quarter 2"),
    "Q3": ("third quarter", "3rd quarter", "3rd qtr", "3rd qtr.", "third qtr", "q3", "3q", "quarter 3"),
    "Q4": ("fourth quarter", "4th quarter", "4th qtr", "4th qtr.", "fourth qtr", "q4", "4q", "quarter 4"),
    "H1": ("first half", "1st half", "first half year", "half year", "h1", "1h", "six months", "6 months", "6m"),
    "M9": ("nine months", "9 months", "9m"),
    "FY": ("fiscal year", "fiscal", "full year", "year", "fy"),  # not 'twelve months': trailing ones end anywhere
}
# The part each may follow in one year's run, as a trend table prints them ('1st Qtr  2nd Qtr
# 6 Months'): a half after its second quarter, nine months after the third ('3rd Qtr  4th Qtr
# 6 Months' is no first half).
PART_AFTER = {"Q1": (), "Q2": ("Q1",), "H1": ("Q2",), "Q3": ("Q2", "H1"), "M9": ("Q3",), "Q4": ("Q3", "M9"),
              "FY": ("Q4",)}
_PART_OF = {words: part for part, spellings in NAMED_PARTS.items() for words in spellings}
_PART_WORDS = "|".join(sorted(map(re.escape, _PART_OF), key=len, reverse=True))  # the longest spelling first
_ITS_YEAR = r"\s*/?\s*(?:fiscal|fy)?\s*'?"  # between a part and its year: 'Q3/09', 'Q2 FY'00', 'Fiscal 1998'
_NAMED = re.compile(
    rf"^(?:(?P<part>{_PART_WORDS})"
    rf"(?:{_ITS_YEAR}(?P<year>{YEAR}|\d\d))?|(?P<year_first>{YEAR})\s+(?P<part_after>"
    rf"{_PART_WORDS}))$",
    re.IGNORECASE,
)
# a named part with its year anywhere in a line ('Q4 08', 'Nine months 2008', '3Q99'): the words
# and years _NAMED and _PART_YEAR read, searched unanchored, as a line's quick test
NAMED_WITH_YEAR = re.compile(
    rf"\b(?:(?:{_PART_WORDS})"
    rf"{_ITS_YEAR}(?:{YEAR}|\d\d)|[1-4]q'?\d\d|q[1-4]\s*'?(?:\d\d|{YEAR}))\b", re.IGNORECASE)
_PART_YEAR = re.compile(rf"^(?P<part>[1-4])q'?(?P<year>\d\d)$|^q(?P<part2>[1-4])\s*'?(?P<year2>\d\d|{YEAR})$", re.IGNORECASE)


_WHICH_HALF = frozenset({"first half", "1st half", "first half year", "half year", "h1", "1h"})
_TO_DATE_ABBREVIATIONS = frozenset({"6m", "9m"})
_CUMULATIVE = re.compile(r"\bcum(?:ulative|\.|\b)", re.IGNORECASE)  # 'Q3/2010 cum.': the year to that quarter's end
# The months each part of a calendar year runs (first month, last month); the part from January
# that ends with each quarter's last month; and the year to date each part ends ('Q3/2010 cum.').
PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "M9": (1, 9), "FY": (1, 12)}
YEAR_TO_DATE_ENDING = {last: part for part, (first, last) in PART_MONTHS.items() if first == 1}
_TO_DATE = {part: YEAR_TO_DATE_ENDING[last] for part, (_, last) in PART_MONTHS.items()}


class NamedPeriod(NamedTuple):
    part: str  # 'Q1'..'Q4', 'H1' (six months), 'M9' (nine months), 'FY'
    year: int | None  # the fiscal year it is of, when the header prints it
    which: bool = False  # the header says which half it is ('H1', 'first half'), not only its length ('6 Months')


def read_named_period(header: str, column_year: int | None = None) -> NamedPeriod | None:
    """The part of a fiscal year a header names, and the year when printed ('FOURTH QUARTER'
    over '1999', '4Q99', 'Q2 FY00', 'Fiscal 1998'); None for any header that says more.

    >>> read_named_period("FOURTH QUARTER", 1999), read_named_period("Q2 FY'00")
    (NamedPeriod(part='Q4', year=1999, which=False), NamedPeriod(part='Q2', year=2000, which=False))
    """
    cumulative = bool(_CUMULATIVE.search(header))
    text = " ".join(_CUMULATIVE.sub("", _MARK.sub("", header)).replace("-", " ").split()).strip(" :,")
    match = _PART_YEAR.match(text)
    if match:
        part = f"Q{match['part'] or match['part2']}"
        printed = match["year"] or match["year2"]
    else:
        match = _NAMED.match(text)
        if match is None:
            return None
        part = _PART_OF[(match["part"] or match["part_after"]).lower()]
        printed = match["year"] or match["year_first"]
    year = _full_year(printed) if printed else None
    if year is not None and column_year is not None and year != column_year:
        return None  # two years for one column
    words = (match["part"] or match["part_after"] or "").lower() if match.re is _NAMED else ""
    # '9M/09', '6M': the abbreviation names the year to date, as 'H1' does (a trend table's
    # '6M' after its fourth quarter is no part of a run: tagger/headers.py)
    which = words in _WHICH_HALF or words in _TO_DATE_ABBREVIATIONS
    if cumulative:  # 'Q3/2010 cum.': the year to the third quarter's end, nine months
        return NamedPeriod(_TO_DATE[part], year if year is not None else column_year, True) if part in _TO_DATE else None
    return NamedPeriod(part, year if year is not None else column_year, which)


def _full_year(printed: str) -> int:
    """'1999' -> 1999; '99' -> 1999, '00' -> 2000 (19xx from 50 on, as numeric dates)."""
    year = int(printed)
    if year < 100:
        year += 1900 if year >= 50 else 2000
    return year
