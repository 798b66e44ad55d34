"""The header of a table: its column headers read column by column, its title and scale.

    FIBERCORE, INC.                                      <- title
    (Dollars in thousands except share data)             <- scale
                            Three Months Ended      Year Ended      <- group headers, centred
                               December 31,        December 31,        over their columns
                             2002       2001      2002       2001   <- the year line

A header phrase belongs to the columns it stands over; a group header to the columns
nearer to it than to any other phrase of its line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from itertools import pairwise

from tagger.amounts import (
    MULTIPLE_HINT,
    YEAR_WORD,
    column_unit,
    currency_units,
    is_garbled_year,
    is_year,
    names_only_currency,
    parse_scale,
)
from tagger.entity import is_company_name
from tagger.lines import MONTH, MONTH_DATE, Line, LineKind, Word, asked_once, ends_table_markup, is_day_caption, is_page_marker
from tagger.models import Column, Issue, Period, Scale, Span
from tagger.periods import (
    AS_ADJUSTED,
    NAMED_WITH_YEAR,
    NUMERIC_DATE,
    PART_AFTER,
    YEAR_TO_DATE_ENDING,
    NamedPeriod,
    PeriodReading,
    Unread,
    dates_in,
    lists_its_length,
    numeric_date_order,
    numeric_date_order_in_words,
    one_day_of_years,
    only_dates,
    read_named_period,
    read_period,
    spell_numeric_dates,
    without_lengths,
    year_in_run,
)
from tagger.roles import STATEMENT_NAME
from tagger.vocabulary import MONTH_NAME, YEAR

_MAX_TITLE_LINES = 6
# '(Unaudited)', '(Audited)', and the 10-Q's '(Derived from Audited Financial Statements)'
_AUDIT = re.compile(r"\((?:derived\s+from\s+(?:the\s+)?)?((?:un)?audited)(?:\s+(?:consolidated\s+)?financial\s+statements)?\)",
                    re.IGNORECASE)
_PERIOD_WORDS = re.compile(r"\b(?:ended|ending|months|weeks|quarter|year)\b", re.IGNORECASE)
# 'Percent' above 'Change': the two words of a change column's header, which a release may
# print with the upper one over the year column to the left.
_CHANGE_ABOVE = frozenset({"percent", "percentage", "pct.", "%"})
_CHANGE_BELOW = frozenset({"change", "chg.", "increase", "increase/(decrease)", "inc./(dec.)", "variance"})
_AS_OF = re.compile(r"\b(?:as\s+of|at)\b", re.IGNORECASE)
_EXHIBIT = re.compile(r"^\s*exhibit\s+[\d.]+\s*$", re.IGNORECASE)


# What the line questions below look for. A year's first two digits, derived from the pattern
# when the module loads, make the quick test before it.
_YEAR_STARTS = frozenset(str(year)[:2] for year in range(1000, 3000) if re.fullmatch(YEAR, str(year)))
# a year, not a part of a number ('1,995'), but after a day with no space ('September 30,2009': 3SBio)
_HAS_YEAR = re.compile(rf"(?:(?<![\d,.$])|(?<=[A-Za-z.]\s\d,)|(?<=[A-Za-z.]\s\d\d,)){YEAR}(?![\d,])")
_MONTH_DAY = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b", re.IGNORECASE)
_COLUMN_DATE_ONLY = re.compile(MONTH_DATE, re.IGNORECASE)


@asked_once
def header_phrases(line: Line) -> tuple[Word, ...]:
    """The phrases, with a phrase made only of dates split before each: column headers
    printed one space apart ('July 3,  June 28, January 3,'; 'June 30, 1999 Dec. 31, 1998')."""
    phrases = []
    for phrase in line.phrases:
        starts = [m.start() for m in _MONTH_DAY.finditer(phrase.text)]
        pieces = list(pairwise([*starts, len(phrase.text)]))
        if len(starts) < 2 or starts[0] != 0 or not all(
                _COLUMN_DATE_ONLY.fullmatch(phrase.text[a:b].rstrip()) for a, b in pieces):
            phrases.append(phrase)
            continue
        for a, b in pieces:
            text = phrase.text[a:b].rstrip()
            phrases.append(Word(text, phrase.start + a, phrase.start + a + len(text)))
    return tuple(phrases)


@asked_once
def is_year_line(line: Line) -> bool:
    """'2002   2001   2002   2001': the years of a column header."""
    return (
        line.kind is LineKind.VALUES
        and all(is_year(word.text) or is_garbled_year(word.text) for word in line.values)
        and any(is_year(word.text) for word in line.values)
        and (len(line.values) >= 2 or line.label is None)
    )


_CONVENIENCE = re.compile(r"\bconvenience\b", re.IGNORECASE)  # 'Convenience translation': a column's caption


@asked_once
def is_dated_header(line: Line) -> bool:
    """'December 31, 2002    December 31, 2001' or '12/31/00    12/31/99': column headers with
    their years."""
    if line.kind is LineKind.TEXT and "/" in line.text:  # every numeric date has its slashes
        phrases = header_phrases(line)
        if len(phrases) >= 2 and all(NUMERIC_DATE.fullmatch(p.text) for p in phrases):
            return True
    # '9M/09   9M/08   +/-   Q3/09   Q3/08', 'Q4 08   Q4 07   FY 08   FY 07': parts of years, named
    # with their (two-digit) years, beside a scale note or not
    # (two phrases or more: words set apart by two spaces, as a line's phrases are, before the pattern)
    if line.kind is LineKind.TEXT and "  " in line.text.strip() and len(NAMED_WITH_YEAR.findall(line.text)) >= 2 \
            and sum(1 for p in header_phrases(line) if (named := read_named_period(p.text)) and named.year is not None) >= 2:
        return True
    return (
        line.kind is LineKind.TEXT
        and sum(line.text.count(start) for start in _YEAR_STARTS) >= 2  # a quick test before the regex
        and len(_HAS_YEAR.findall(line.text)) >= 2
        and not is_prose(line)
        and all(len(p.text) <= 45 for p in line.phrases)
        and sum(1 for p in header_phrases(line) if _HAS_YEAR.search(p.text)) >= 2
    )


@asked_once
def is_prose(line: Line) -> bool:
    """A sentence of running text, which no table holds."""
    if line.kind is not LineKind.TEXT:
        return False
    return any(
        len(p.text) >= 60 and p.text.count(" ") >= 8 and p.text != p.text.upper() for p in line.phrases
    )



def is_years_over_values(line: Line, value_left: int) -> bool:
    """A header line over the values whose only values are years: a stacked header's line that
    ends a column's date with its year ('September  September  2003' under 'to 30'), or
    'Rs.   Rs.   US$ million   2007' under 'Year ended March 31,'."""
    return line.kind is LineKind.VALUES and line.indent >= value_left - 2 and all(is_year(w.text) for w in line.values)


def header_top(lines: Sequence[Line], first: int, value_left: int) -> int:
    """The first line of the column header above the year line at `first`: the lines
    right above it, and header text in the value columns further up across a blank line."""
    top = first
    i = first - 1
    noted = False  # a scale note centred under the title is met: only column headers go on above it
    while i >= 0:
        line = lines[i]
        if noted and line.kind is LineKind.TEXT and len(line.phrases) == 1 and not _PERIOD_WORDS.search(line.text):
            break  # 'FINANCIAL HIGHLIGHTS' over '(In thousands ...)': the title, not a column header
        # '(UNAUDITED)' over a column, which a filing repeats atop its pages (furniture): the header's
        audit_note = line.kind is LineKind.FURNITURE and bool(_AUDIT.fullmatch(line.text.strip()))
        # and a header line a filing repeats over the same column on every statement ('PERIOD FROM'
        # atop 'INCEPTION / (SEPTEMBER 26, 1996) THROUGH' in a development stage company's
        # statements), right on top of the header and over the values: the header's, not a title
        repeated_header = (line.kind is LineKind.FURNITURE and i == top - 1 and line.indent >= value_left - 2
                           and not is_page_marker(line.text) and not is_company_name(line.text.strip())
                           and not line.text.strip().lower().startswith("exhibit"))  # a running head
        # a stacked header's line that ends one column's date with its year ('September  September
        # 2003' under 'to 30', the year column's own date a line lower): all over the values
        stacked_year = is_years_over_values(line, value_left)
        if line.kind in (LineKind.TEXT, LineKind.RULE) and not is_prose(line) or audit_note or repeated_header or stacked_year:
            if _title_note(line) and parse_scale(line.phrases[0].text) is not None and line.indent < value_left:
                # '(In thousands, except per share amounts)' centred under the title, reaching left
                # of the values: above it, a line of one phrase naming no period is the title's
                # ('FINANCIAL HIGHLIGHTS'), while 'Successor  Predecessor' or 'Year Ended
                # December 31,' over the columns is still the header's
                noted = True
            if _titles_statement(line, value_left):
                # 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' centred over the table: the title,
                # and the scale or audit note right under it ('(in thousands ...)') the title's too
                while top < first and _title_note(lines[top]):
                    top += 1
                break
            top = i
            i -= 1
            continue
        if line.kind in (LineKind.BLANK, LineKind.FURNITURE):
            j = i
            while j >= 0 and lines[j].kind in (LineKind.BLANK, LineKind.FURNITURE):
                j -= 1
            if j >= 0 and first - j <= 12 and is_value_region_text(lines[j], value_left):
                i = j
                continue
        break
    return top


def _titles_statement(line: Line, value_left: int) -> bool:
    """A statement's title centred over the whole table: one phrase naming a statement
    ('STATEMENTS OF OPERATIONS - QUARTERLY TREND') that reaches left of the value columns; never
    a line of several column headers, nor a phrase over one column ('Statement of Operations'
    under an acquiree's name, which qualifies that column)."""
    phrases = line.phrases
    return line.kind is LineKind.TEXT and len(phrases) == 1 and phrases[0].start < value_left - 2 \
        and bool(STATEMENT_NAME.search(phrases[0].text))


def _title_note(line: Line) -> bool:
    """A scale or audit note of one phrase ('(in thousands, except per share amounts)',
    '(unaudited)') printed right under a statement's title."""
    phrases = line.phrases
    if line.kind is not LineKind.TEXT or len(phrases) != 1:
        return False
    text = phrases[0].text
    return text.startswith("(") and (parse_scale(text) is not None or bool(_AUDIT.fullmatch(text)))


def _is_scale_note(text: str) -> bool:
    """'(in thousands, except per share information)': a scale statement in parentheses, whole."""
    return text.startswith("(") and text.endswith(")") and parse_scale(text) is not None


def is_value_region_text(line: Line, value_left: int) -> bool:
    """Header text that stands over the value columns: '(unaudited)', 'Sears Canada'."""
    if line.kind is LineKind.RULE:
        return True
    return line.kind is LineKind.TEXT and not is_prose(line) and line.indent >= value_left - 2


def title_rows(lines: Sequence[Line], top: int) -> list[int]:
    """The title above the header: blocks of short text lines separated by single blank
    lines ('SEARS, ROEBUCK AND CO.' / 'Segment Income Statements' / '(millions)'), up to
    two blank lines in a row, running text, or another table's rows. A company's name
    repeated atop every page (page furniture) still names the company the table is of."""
    rows: list[int] = []
    i = top - 1
    while i >= 0 and (lines[i].kind in (LineKind.BLANK, LineKind.FURNITURE, LineKind.RULE) or _ends_a_title_table(lines, i)) \
            and top - i <= 6 and not _names_company(lines[i]):
        i -= 1
    while i >= 0 and len(rows) < _MAX_TITLE_LINES:
        block = []
        while i >= 0 and (_is_title_text(lines[i]) or _names_company(lines[i])):
            block.append(i)
            i -= 1
        above = lines[i] if i >= 0 else None
        if above is not None and _EXHIBIT.match(above.text):
            rows.extend(block)
            break
        if not block or (above is not None and above.kind not in (LineKind.BLANK, LineKind.FURNITURE, LineKind.RULE)):
            break  # the end of a paragraph or of another table, not a title
        rows.extend(block)
        if i >= 1 and lines[i].kind in (LineKind.BLANK, LineKind.RULE) \
                and (_is_title_text(lines[i - 1]) or _names_company(lines[i - 1])):
            i -= 1
            continue
        break
    return sorted(rows)[-_MAX_TITLE_LINES:]


_PARENTHESES = re.compile(r"\([^()]*\)")
_DAY_YEAR_FIRST = re.compile(rf"\d{{1,2}},?\s+{YEAR}\b")
_ENDS_WITH_MONTH = re.compile(rf"\b(?:{MONTH_NAME})\.?$", re.IGNORECASE)
_RULE_RUN = re.compile(r"[-=_]+(?: [-=_]+)*")  # one stretch of a rule line ('- ----' as EDGAR escapes it)
# a company's name going on below it: 'and consolidated affiliates', '& Subsidiaries' (not 'and Beta
# Inc. and Subsidiaries, combined': another company, and the columns are not the first one's)
_CONTINUES_NAME = re.compile(r"(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?(?:subsidiaries|subsidiary\s+companies|affiliates|"
                             r"affiliated\s+companies)\.?", re.IGNORECASE)
_THE_FOLLOWING = re.compile(r"\b(?:the\s+following|tables?\s+below)\b", re.IGNORECASE)  # a paragraph that says what follows


def introduction(lines: Sequence[Line], first: int) -> list[int]:
    """The sentence that introduces a table, right above its title or header and ending with a
    colon ('The following table presents our operating results as a percentage of revenues:',
    'Below are some financial highlights for Hertz (in millions):'), with the lines of its
    paragraph: it may say what the numbers are, of whom, and in what units."""
    i = first - 1
    # past a '</TABLE>' too: an HTML filing may lay out the sentence in a table of its own (a
    # note's numbered paragraph), and it still introduces the table below
    while i >= 0 and first - i <= 6 and (lines[i].kind in (LineKind.BLANK, LineKind.FURNITURE) or ends_table_markup(lines[i])):
        i -= 1
    if not (i >= 0 and first - i <= 6 and lines[i].kind is LineKind.TEXT):
        return []
    if lines[i].text.rstrip().endswith(":"):
        rows = [i]
        while len(rows) < 6 and i - 1 >= 0 and lines[i - 1].kind is LineKind.TEXT and not lines[i - 1].text.rstrip().endswith((".", ":")):
            i -= 1
            rows.append(i)
        return sorted(rows)
    # a paragraph that says what follows and ends with a period ('The following unaudited pro
    # forma results of operations ... are as if the acquisition had occurred ... results.')
    rows = [i]
    while len(rows) < 8 and i - 1 >= 0 and lines[i - 1].kind is LineKind.TEXT:
        i -= 1
        rows.append(i)
    paragraph = " ".join(lines[k].text for k in rows)
    return sorted(rows) if _THE_FOLLOWING.search(paragraph) else []


def _is_title_text(line: Line) -> bool:
    """A line of a title: short text, or however long a subtitle in parentheses ('(Includes
    Pre-Tax FASL Investment Equity Loss (Income) in Operating Income (Loss))'), a title in
    capitals ending in one ('CONSOLIDATED STATEMENTS OF INCOME (in thousands except per share
    amounts)'), or a line that dates the statement."""
    text = line.text.strip()
    head = text.split("(", 1)[0].strip()
    return line.kind is LineKind.TEXT and (not is_prose(line) or text.endswith(")") and head == head.upper()
                                           or _dating_title(text) or _naming_title(text) or _scale_title(text)
                                           or _opens_a_note(text)) and not _EXHIBIT.match(line.text)


def _opens_a_note(text: str) -> bool:
    """'(All non-consolidated financial information has been prepared in accordance' over 'with
    accounting principles generally accepted in Japan.)': a note in parentheses wrapped over the
    title's lines."""
    return text.startswith("(") and ")" not in text and len(text) <= 100


def _scale_title(text: str) -> bool:
    """'Unaudited (Expressed in thousands of U.S. dollars, except per share amounts and number of
    shares)': a title line that ends in the scale it states."""
    return text.endswith(")") and len(text) <= 160 and _is_scale_note(text[text.find("("):])


def _ends_a_title_table(lines: Sequence[Line], i: int) -> bool:
    """The end of a table right above the header that holds only the title (Ballard sets 'BALLARD
    POWER SYSTEMS INC.' / 'Consolidated Statements of Operations ...' / its scale in a table of
    their own): its last line is title text."""
    if not ends_table_markup(lines[i]):
        return False
    above = next((j for j in range(i - 1, max(i - 4, -1), -1) if lines[j].kind is not LineKind.BLANK), None)
    return above is not None and _is_title_text(lines[above])


def _naming_title(text: str) -> bool:
    """A long title line that names a statement, no sentence: 'Summary of Consolidated Income
    Statements Data – Pro Forma Basis Assuming USI Consolidated at the Beginning of Each
    Applicable Period' (ASE), which says whose figures the table holds."""
    return text[:1].isupper() and not text.endswith((".", ":", ",")) and len(text.split()) <= 20 \
        and bool(STATEMENT_NAME.search(text))


def _dating_title(text: str) -> bool:
    """A long title line that dates a statement, no sentence: 'For the Three and Nine Months
    Ended September 27, 2008 and September 29, 2007'."""
    return text[:1].isupper() and not text.endswith(".") and len(text) <= 120 and bool(_PERIOD_WORDS.search(text)) \
        and bool(dates_in(text))


def _names_company(line: Line) -> bool:
    """A page header repeated atop every page of a statement (furniture), which still says
    what the pages hold: 'THE BEAR STEARNS COMPANIES INC.', '(PARENT COMPANY ONLY)'."""
    return line.kind is LineKind.FURNITURE and not is_page_marker(line.text) and not line.text.strip().isdigit()


def stub_end(line: Line, value_left: int) -> int:
    """Where a header line's stub text (left of the value columns) ends."""
    end = 0
    for phrase in line.phrases:
        if phrase.end <= value_left - 1:
            end = phrase.end
        else:
            break
    return end


NOTE_HEADERS = frozenset({"note", "notes"})  # a column of note references beside the amounts


def table_scale(lines: Sequence[Line], rows: Sequence[int], file: str,
                header: Collection[int] = (), value_left: int = 0) -> Scale:
    """The scale the title or header states, with where it is printed. Of a `header` line only
    the stub left of `value_left` may state a currency alone (not 'U.S. dollars' over a column)."""
    for i in rows:
        found = parse_scale(lines[i].text.strip())
        if found is not None:
            span = Span(file=file, line=lines[i].number, column=lines[i].indent + 1)
            found = _joined_scale(lines, rows, i, found.model_copy(update={"span": span}), file)
            if found.currency is None and (stated := _currency_stated(lines, rows, file, header, value_left)) is not None:
                found = found.model_copy(update={"currency": stated.currency})  # '(000's)' under 'EXPRESSED IN ...'
            return found
    for i in header:  # '£m' or 'A$ million' over every column (a 'Note' column aside): the header's own scale
        units = {column_unit(phrase.text) or parse_scale(phrase.text) for phrase in lines[i].phrases
                 if phrase.start >= stub_end(lines[i], value_left) and phrase.text.lower() not in NOTE_HEADERS}
        if len(units) == 1 and None not in units:
            unit = units.pop()
            return unit.model_copy(update={"span": Span(file=file, line=lines[i].number, column=lines[i].indent + 1)})  # type: ignore[union-attr]
    stated = _currency_stated(lines, rows, file, header, value_left)
    if stated is not None and not any(MULTIPLE_HINT.search(lines[i].text) for i in rows):
        return stated  # no multiple stated, nor hinted at ("$'000", 'TEUR'): units of the currency
    return Scale()


def _currency_stated(lines: Sequence[Line], rows: Sequence[int], file: str, header: Collection[int],
                     value_left: int) -> Scale | None:
    """A currency stated alone ('EXPRESSED IN CANADIAN DOLLARS'): a title line, or the stub of a
    header line ('EXPRESSED IN CANADIAN DOLLARS    March 31, 2009')."""
    return next((units for i in rows if (units := currency_units(
        (lines[i].text[:stub_end(lines[i], value_left)] if i in header else lines[i].text).strip(),
        Span(file=file, line=lines[i].number, column=lines[i].indent + 1)))), None)


def _joined_scale(lines: Sequence[Line], rows: Sequence[int], i: int, found: Scale, file: str) -> Scale:
    """A scale statement wrapped over two lines ('(millions, except earnings per' /
    'common share)') is read whole."""
    text = lines[i].text.strip()
    if text.count("(") > text.count(")"):
        position = list(rows).index(i)
        if position + 1 < len(rows):
            following = lines[rows[position + 1]]
            stub = following.text[: following.label.end].strip() if following.label else following.text.strip()
            joined = parse_scale(f"{text} {stub}", found.span)
            if joined is not None:
                return joined
    return found


def read_columns(
    lines: Sequence[Line], header_rows: Sequence[int], bounds: Sequence[tuple[int, int]],
    title: Sequence[str], file: str, spelled: Callable[[], frozenset[dt.date]] = frozenset,
) -> tuple[tuple[Column, ...], tuple[str, ...], list[Issue]]:
    """Each column with its header text read top-down and the period it states; the company a
    header names over every column, which is the table's title, not a column's; and an issue
    for each column with no period."""
    issues: list[Issue] = []
    named: list[str] = []  # 'Merck & Co., Inc. and Subsidiaries' over all the columns
    parts: list[list[str]] = [[] for _ in bounds]  # header text, without the year line
    shown: list[list[str]] = [[] for _ in bounds]  # header text as printed, year line included
    years: list[int | None] = [None] * len(bounds)
    marked = [False] * len(bounds)  # a year printed with a note's mark
    two_years = [False] * len(bounds)  # two year lines put different years over the column
    words = [word for i in header_rows if lines[i].kind is not LineKind.RULE
             for word in (lines[i].values if is_year_line(lines[i]) else header_phrases(lines[i]))]
    year_words = [word for word in words if is_year(word.text)]
    reach = [max(3, column_pitch(bounds) // 2)] * len(bounds)  # how far a group header reaches to a column
    # a year over its column, or centred over its group's columns ('2007' over 'Amount' and '% of
    # Net Revenue'): each column nearer to it than to another year
    year_columns = {word: [k] if (k := column_of(word, bounds)) is not None else _columns_under(word, year_words, bounds, reach)
                    for word in year_words}
    dated_columns = {k for under in year_columns.values() for k in under}
    change_columns = {column_of(word, bounds) for word in words if word.text.lower() in _CHANGE_BELOW} - dated_columns
    year_pitch = column_pitch([(word.start, word.end) for word in sorted(year_words, key=lambda w: w.start)])
    period_reach = [max(near, year_pitch // 2) if k in dated_columns else near  # a period's header reaches its
                    for k, near in enumerate(reach)]  # years past the '% of Revenues' beside them
    rows = list(header_rows)
    period_phrases: list[tuple[Word, list[int], bool]] = []  # each period phrase, its columns, alone on its line
    captions: dict[int, tuple[int, list[int]]] = {}  # a convenience caption's start -> its header row, its column
    for position, i in enumerate(rows):
        line = lines[i]
        if line.kind is LineKind.RULE:
            continue
        below = lines[rows[position + 1]] if position + 1 < len(rows) else None
        spans = [(m.start(), m.end()) for m in _RULE_RUN.finditer(below.text)] \
            if below is not None and below.kind is LineKind.RULE else []
        if is_year_line(line):
            for word in line.values:
                placed = column_of(word, bounds)
                for k in year_columns.get(word) or ([placed] if placed is not None else []):
                    shown[k].append(word.text)
                    if is_year(word.text):
                        two_years[k] = two_years[k] or years[k] not in (None, int(word.text[:4]))
                        years[k] = int(word.text[:4])
                        marked[k] = marked[k] or len(word.text) > 4  # '1999(a)': a note says more of it
                    else:
                        parts[k].append(word.text)  # '2OO1': read_period says it cannot read it
            continue
        phrases = header_phrases(line)
        for phrase in phrases:
            if phrase.end <= bounds[0][0] - 2:
                continue  # stub text: title or scale, not a column header
            if _is_scale_note(phrase.text):
                continue  # '(in thousands)' centred under the dates: the table's scale, no column's header
            under = _columns_under(phrase, phrases, bounds, period_reach if _PERIOD_WORDS.search(phrase.text) else reach)
            over = _overlapped(phrase, bounds)
            if len(over) == 1 and (_CONVENIENCE.search(phrase.text) or captions.get(phrase.start) == (position - 1, over)):
                # 'Convenience' / 'translation' / 'into US' / 'dollars' stacked over the one column it
                # stands on: that column's caption, not its neighbours' (however near it comes to them)
                under = over
                captions[phrase.start] = (position, over)
            # a group header underlined by its own rule ('GE' over '--------' over three years):
            # every column under the rule is the group's, however far from the header's centre
            middle = (phrase.start + phrase.end) // 2
            ruled = next(([k for k, (left, right) in enumerate(bounds) if left < end and right > start]
                          for start, end in spans if start <= middle < end
                          and sum(start <= (p.start + p.end) // 2 < end for p in phrases) == 1), [])
            if len(ruled) > len(under) and set(under) <= set(ruled):
                under = ruled
            if phrase.text.lower() in _CHANGE_ABOVE:
                under = _change_column(under, dated_columns, change_columns)
            if _PERIOD_WORDS.search(phrase.text):
                period_phrases.append((phrase, under, sum(p.end > bounds[0][0] - 2 for p in phrases) == 1))
            if len(under) == len(bounds) > 1 and (is_company_name(phrase.text) or named and _CONTINUES_NAME.fullmatch(phrase.text)):
                named.append(phrase.text)  # 'CONSOLIDATED    Merck & Co., Inc. and Subsidiaries': the title's
                continue  # ('General Electric Company' / 'and consolidated affiliates' over every column too)
            for k in under:
                parts[k].append(phrase.text)
                shown[k].append(phrase.text)
    # Title lines that may state the columns' period ('Years ended December 31' beside the
    # years, 'For the 13 Weeks Ended July 3, 2004 and June 28, 2003'), nearest first: each is
    # tried alone, so a 'FIVE YEAR FINANCIAL SUMMARY' above does not spoil the line that says it.
    # A day alone ('December 31,' left of Coca-Cola's years) is each year's, when no title line
    # names a period ('Year Ended' above it would make it the end of a year) and the columns
    # print nothing but their years.
    # 'For the years ended December 31 (In millions)': the scale is no qualifier of the period
    title = [" ".join(_PARENTHESES.sub(lambda m: " " if _is_scale_note(m[0]) else m[0], t).split()) for t in title]
    # 'Five fiscal years' / 'ended September' / '27, 1996': a date broken over two title lines is one
    title = _dates_joined(title)
    title_periods = [f"{above} {day}" for day, above in pairwise(title[::-1])
                     if is_day_caption(day) and _PERIOD_WORDS.search(above)]  # 'Year Ended' / 'December 31,'
    title_periods += [t for t in reversed(title) if _PERIOD_WORDS.search(t)]
    day_captions = [] if title_periods else [t for t in reversed(title) if is_day_caption(t)]
    title_dates: list[dt.date] | None = None  # read from the title once, when a column needs them
    group, group_columns = _centred_group(period_phrases, bounds)
    readings, headers, plains, sources = [], [], [], []
    dating_title: list[str | None] = [None] * len(bounds)  # the title line that dated each column, if one did
    # day or month first, as the header shows, or as the release spells the same dates in words
    numeric = " ".join(" ".join(p) for p in parts)
    order = numeric_date_order(numeric) or numeric_date_order_in_words(numeric, spelled)
    for k in range(len(bounds)):
        header = " ".join(shown[k])
        plain = spell_numeric_dates(_AUDIT.sub(" ", " ".join(parts[k])), order)
        if years[k] is None and is_year(plain.strip()):  # a year on a header line that is not all years
            years[k], plain = int(plain.strip()), ""      # ('At June 30:   2004   2003   % Change')
        reading = read_period(plain, years[k])
        source = "the header"
        if reading.period is None and reading.reason in (Unread.NO_DATE, Unread.NO_LENGTH) and title_periods:
            for title_period in title_periods:
                # 'Three Months' under 'For the Three and Nine Months Ended ...': the column's own length
                dates_only = without_lengths(title_period) if lists_its_length(title_period, plain) else title_period
                from_title = read_period(f"{dates_only} {plain}", years[k])
                if from_title.period is not None:
                    reading, source = from_title, f"the title {title_period!r} and the header"
                    dating_title[k] = title_period
                    break
        if reading.period is None and reading.reason is Unread.NO_DATE and not plain.strip() and day_captions:
            reading, source = read_period(day_captions[0], years[k]), f"the day {day_captions[0].strip()!r} beside the years"
        if reading.period is not None and reading.period.start is None and k not in group_columns and group is not None:
            grouped = read_period(f"{group.text} {plain}", years[k])
            if grouped.period is not None and grouped.period.start is not None:
                reading, source = grouped, f"the header {group.text!r} centred over all the dated columns"
        if reading.period is None and reading.reason is Unread.NO_DATE and not plain.strip():
            if title_dates is None:
                title_dates = _one_date_per_column(title, years)
            if title_dates:
                reading, source = PeriodReading(Period(end=title_dates[k]), None), "the title's dates, one per column"
        if two_years[k] and reading.period is not None:
            # a year printed between two columns on a line of its own ('2000' over '1999' set off
            # to the right): which column's it is cannot be told, so neither year dates the column
            reading = PeriodReading(None, Unread.NO_SINGLE_YEAR)
        readings.append(reading)
        sources.append(source if reading.period is not None else None)
        headers.append(header)
        plains.append(plain)
    _years_not_the_titles(readings, sources, plains, years, dating_title)
    carried = _years_of_the_run(readings, sources, plains, [None if m else y for y, m in zip(years, marked, strict=True)],
                                dating_title)
    _adjusted_beside(readings, headers, sum(1 for word in words if AS_ADJUSTED.search(word.text)))
    _gaap_beside_ifrs(readings, headers)
    _superseded(readings, headers)
    _alike(readings, headers)
    names = _named_periods(readings, plains, years, bounds, year_words)
    ended = _years_to_date(readings, plains, names)
    line_no = max((lines[i].number for i in header_rows if is_year_line(lines[i])),
                  default=lines[header_rows[-1]].number if header_rows else 1)
    columns = []
    for k, (left, right) in enumerate(bounds):
        reading, header = readings[k], headers[k]
        audit_match = _AUDIT.search(header)
        if reading.period is None and names[k] is None:
            qualified = reading.reason is Unread.QUALIFIED
            issues.append(Issue(
                code="extract.column-not-a-period" if qualified else "extract.period-unknown",
                message=f"no period for column {k + 1} ({header.strip() or 'no header'}): {reading.problem}",
                span=Span(file=file, line=line_no, column=left + 1),
                severity="warning" if qualified else "error",
            ))
        columns.append(Column(
            index=k, left=left, right=right, header=" ".join(header.split()),
            period=reading.period, audit=f"({audit_match[1].lower()})" if audit_match else None, months=reading.months,
            named=names[k][:2] if names[k] else None, ended=k in ended, dated_by=sources[k],
            carried_from=carried[k] if reading.period is not None else None,
        ))
    return tuple(columns), tuple(named), issues


_RESTATED = re.compile(r"\b(?:restated|reclassified|revised)\b", re.IGNORECASE)
_AS_REPORTED = re.compile(r"\b(?:as\s+(?:previously\s+|originally\s+)?reported|previously\s+reported|originally\s+reported)\b",
                          re.IGNORECASE)


def _years_of_the_run(readings: list[PeriodReading], sources: list[str | None], plains: Sequence[str],
                      years: Sequence[int | None], dating_title: Sequence[str | None]) -> list[dt.date | None]:
    """'FOR THREE YEARS ENDED DECEMBER 31, 2000' dates the 2000 column; the 1999 and 1998
    columns beside it, which print their years alone, are the run's other years, each ending on
    the title's day of its own year (on a calendar of months; tagger/weeks.py settles a calendar
    of weeks). A year printed with a note's mark ('1999(a)': a transition period, say) is not
    carried. For each column, the date printed for another year that its end was carried from."""
    carried: list[dt.date | None] = [None] * len(readings)
    latest = max((year for year in years if year is not None), default=None)
    dated = next((k for k, year in enumerate(years) if year == latest and dating_title[k]), None)
    if dated is None or readings[dated].period is None:
        return carried
    title, printed = dating_title[dated], readings[dated].period.end  # type: ignore[union-attr]
    for k, reading in enumerate(readings):
        if reading.period is None and reading.reason is Unread.NO_DATE and not plains[k].strip() and years[k]:
            found = year_in_run(title, years[k], latest)  # type: ignore[arg-type]
            if found is not None:
                readings[k], sources[k], carried[k] = found, f"the title {title!r}, its day in the column's year", printed
    return carried


def _in_first_week_of_january(date: dt.date) -> bool:
    """A fiscal year of weeks may end here and still be named for the year before ('January 3,
    1998' ends fiscal 1997)."""
    return date.month == 1 and date.day <= 7


def _years_not_the_titles(readings: list[PeriodReading], sources: list[str | None], plains: Sequence[str],
                          years: Sequence[int | None], dating_title: list[str | None]) -> None:
    """'For the periods ended February 1, 1997 and February 3, 1996' over columns '1996' and
    '1995': a retailer's fiscal years, each named for the year it mostly falls in, not for the
    year of its end. Where a column prints a year none of the title's dates is in (1995), the
    header's years are not the dates' years, and the column of 1996 is not the period ending
    February 3, 1996: no column is dated from that title."""
    printed_years = {year for year in years if year is not None}
    for title in {t for t in dating_title if t is not None}:
        # each date's year, and the year before for one in January's first week (fiscal 1997 of
        # weeks ending January 3, 1998); such a date in a year a column prints ('January 4, 1997'
        # over '1997  1996') ends that year or the one before: which, the years do not say
        dates = dates_in(title)
        first_week = [date for date in dates if _in_first_week_of_january(date)]
        ends = {date.year for date in dates} | {date.year - 1 for date in first_week}
        if not any(date.year in printed_years for date in first_week) and (len(ends) < 2 or not any(
                years[k] is not None and years[k] not in ends and readings[k].period is None and not dates_in(plains[k])
                for k in range(len(readings)))):
            continue
        for k, used in enumerate(dating_title):
            if used == title:
                readings[k] = PeriodReading(None, Unread.WHICH_DATE, detail=(
                    f"the title {title!r} dates other years than the header's"))
                sources[k], dating_title[k] = None, None


def _dates_joined(title: Sequence[str]) -> list[str]:
    """Title lines with a line that begins with a date's day and year ('27, 1996') joined to
    the line before it, whose month it completes ('ended September')."""
    joined: list[str] = []
    for line in title:
        if joined and _DAY_YEAR_FIRST.match(line) and _ENDS_WITH_MONTH.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _alike(readings: list[PeriodReading], headers: Sequence[str]) -> None:
    """Two columns that print the same period and the same header ('1993' under 'GE' and
    '1993' under 'GECS', each group header centred over its middle column alone): something
    the header does not reach tells them apart, so neither is read as that period."""
    seen: dict[tuple[Period, str], list[int]] = {}
    for k, reading in enumerate(readings):
        if reading.period is not None:
            seen.setdefault((reading.period, " ".join(headers[k].split())), []).append(k)
    for columns in seen.values():
        if len(columns) > 1:
            for k in columns:
                readings[k] = PeriodReading(None, Unread.QUALIFIED, detail="another column prints the same period and "
                                            "header, and what tells them apart does not reach them")


def _years_to_date(readings: Sequence[PeriodReading], plains: Sequence[str], names: list[NamedPeriod | None]) -> set[int]:
    """'For the period ended Sep. 30 2010' beside 'For the three months ended Sep. 30 2010'
    (ASE): an end without a length, beside the quarter that ends then, may be the period from the
    fiscal year's start; named so, and dated only where the quarters it would be the sum of are
    printed and add up to it (tagger/named.py): a successor's period, or one from inception,
    is not. Two such ends in one year (before and after an acquisition) name neither. The
    columns named so."""
    quarters = {r.period.end for r in readings if r.period is not None and r.period.start is not None and r.months == 3}
    ends = {k: dates_in(plains[k]) for k, r in enumerate(readings)
            if r.period is None and r.reason is Unread.NO_LENGTH and names[k] is None}
    years = [found[0].year for found in ends.values() if len(found) == 1]
    named = set()
    for k, found in ends.items():
        if len(found) == 1 and found[0] in quarters and found[0].month in YEAR_TO_DATE_ENDING and found[0].day >= 28 \
                and years.count(found[0].year) == 1:
            names[k] = NamedPeriod(YEAR_TO_DATE_ENDING[found[0].month], found[0].year, True)
            named.add(k)
    return named


def _adjusted_beside(readings: list[PeriodReading], headers: Sequence[str], printed: int) -> None:
    """'As adjusted' is a restated column where it stands alone for its period (AirMedia's
    quarter 'as adjusted'), but beside the same period printed otherwise ('Actual' / 'As adjusted'
    for an offering's proceeds; 'As Reported' / 'Special Items' / 'As Adjusted'), or over every
    period of the table, it is the periods adjusted for something: no fact of the company's."""
    dated = [k for k, reading in enumerate(readings) if reading.period is not None]
    # printed over each of them, not one phrase reaching its neighbours ('as adjusted (1)' under
    # AirMedia's restated quarter): `printed` is how many times the header prints it
    everywhere = len(dated) > 1 and printed >= len(dated) and all(AS_ADJUSTED.search(headers[k]) for k in dated)
    for k, reading in enumerate(readings):
        if reading.period is not None and AS_ADJUSTED.search(headers[k]) and (everywhere or any(
                other.period == reading.period for j, other in enumerate(readings) if j != k)):
            # over every period the table prints, current ones too, 'as adjusted' is a presentation
            # (excluding charges), not a restatement of the past
            readings[k] = PeriodReading(None, Unread.QUALIFIED, detail="as adjusted, beside the same period as printed"
                                        if not everywhere else "as adjusted, over every period the table prints")


_GAAP = re.compile(r"(?<!non-)(?<!non )\bgaap\b", re.IGNORECASE)
_IFRS = re.compile(r"\bifrs\b", re.IGNORECASE)


def _gaap_beside_ifrs(readings: list[PeriodReading], headers: Sequence[str]) -> None:
    """'GAAP' over the reported figures beside 'Non-GAAP' is no qualifier (3SBio); beside 'IFRS'
    (a year restated as IFRS adopted: 'GAAP  Adjustments  IFRS') it is the old framework's
    figures, which the IFRS ones replace: neither column is settled as the company's here."""
    ifrs = [header for header in headers if _IFRS.search(header)]
    if not ifrs:
        return
    # the years the IFRS columns restate (none printed: the title's, every column's)
    years = {int(y) for header in ifrs for y in YEAR_WORD.findall(header)}
    for k, reading in enumerate(readings):
        if reading.period is not None and _GAAP.search(headers[k]) and (not years or reading.period.end.year in years):
            readings[k] = PeriodReading(None, Unread.QUALIFIED, detail="GAAP, beside IFRS")


def _superseded(readings: list[PeriodReading], headers: Sequence[str]) -> None:
    """One period printed twice, 'As Reported' and 'As Restated' (or reclassified): the restated
    column is the company's figure now; the one as first reported is no fact of it, and is said."""
    for k, reading in enumerate(readings):
        if reading.period is None or not _AS_REPORTED.search(headers[k]) or _RESTATED.search(headers[k]):
            continue
        if any(other.period == reading.period and _RESTATED.search(headers[j]) and not _AS_REPORTED.search(headers[j])
               for j, other in enumerate(readings) if j != k):
            readings[k] = PeriodReading(None, Unread.QUALIFIED, detail="as first reported, beside the same period restated")


def _named_periods(readings: Sequence[PeriodReading], plains: Sequence[str], years: Sequence[int | None],
                   bounds: Sequence[tuple[int, int]], year_words: Sequence[Word]) -> list[NamedPeriod | None]:
    """The part of a fiscal year each undated column names ('1st Qtr', 'FOURTH QUARTER 1999'),
    with its year. A trend table prints a year once over a run of its parts in a year's order
    ('2007' over '1st Qtr  2nd Qtr  6 Months ... Year'): the run shares it. A half or nine months
    that does not follow its quarter in a run ('3rd Qtr  4th Qtr  6 Months') names no part."""
    names = [read_named_period(plain, year) if reading.period is None else None
             for reading, plain, year in zip(readings, plains, years, strict=True)]
    # 'Nine months 2008' beside 'Q3 2008' is the year to date (no release names a last nine
    # months of its year); beside a year ('Year ended December 31, 2009' / 'Nine months 2008')
    # it is a transition period or one from inception, which no calendar dates
    a_year = any(reading.months == 12 or reading.period is not None and reading.period.start is not None
                 and (reading.period.end - reading.period.start).days > 360 for reading in readings) \
        or any(name is not None and name.part == "FY" for name in names)
    runs: list[list[int]] = []
    for k, name in enumerate(names):
        if name is None:
            continue
        if runs and runs[-1][-1] == k - 1 and names[runs[-1][-1]].part in PART_AFTER[name.part]:
            runs[-1].append(k)
        elif name.part in ("H1", "M9") and (not (name.which or name.part == "M9" and not a_year)
                                            or k and names[k - 1] is not None and names[k - 1].part.startswith("Q")):
            # a half or nine months standing alone: which half is not said ('H1' says it); or
            # after a quarter it does not follow ('4th Qtr  6M'): a second half, not a first
            names[k] = None
        else:
            runs.append([k])
    for run in runs:
        after = run[-1] + 1
        last = after >= len(names) or names[after] is None  # no run of another year to its right
        # the year over the run, or right of its last values when no other run follows (an HTML
        # layout right-aligns a spanning year, at the end of the run's last column, whose values
        # may not be printed yet)
        left = bounds[run[0]][0]
        right = (bounds[after][0] if after < len(bounds) else 10**9) if last else bounds[run[-1]][1]
        printed = {names[k].year for k in run} - {None} or {
            int(word.text[:4]) for word in year_words if left <= (word.start + word.end) // 2 < right}
        if len(printed) == 1:
            year = printed.pop()
            for k in run:
                names[k] = names[k]._replace(year=year)
    return names


def _one_date_per_column(title: Sequence[str], years: Sequence[int | None]) -> list[dt.date]:
    """'AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000' (or 'December 31, 2000 and 1999') over
    columns '2000' and '1999': one date per column, in the columns' order, each in its column's
    year or, for a fiscal year of weeks, in the first week of the next ('January 2, 2000' ends
    fiscal 1999). Each column is the balance at its date; [] when no title line dates the
    columns so."""
    for line in title:
        if not _AS_OF.search(line):
            # 'December 31, 2001 and 2000' alone, or 'September 27, 1996, and September 29, 1995'
            dates = one_day_of_years(line, whole=True) or only_dates(line)
        else:
            dates = dates_in(line)
            if len(dates) < len(years):
                dates = one_day_of_years(line)  # 'As of December 31, 2001 and 2000'
        if len(dates) == len(years) > 1 and all(
                year is not None and (date.year == year or (date.year == year + 1 and _in_first_week_of_january(date)))
                for date, year in zip(dates, years, strict=True)):
            return dates
    return []


def _centred_group(period_phrases: Sequence[tuple[Word, list[int], bool]], bounds: Sequence[tuple[int, int]]
                   ) -> tuple[Word | None, list[int]]:
    """The header's one period phrase, alone on its line and centred over all the columns
    ('Quarter Ended' over 'Apr. 2, 2000  Dec. 26, 1999  Mar. 28, 1999', AMD): it heads every
    column, even one beyond its reach whose header prints only a date; and the columns it
    reaches. None where the header prints another period phrase, or the phrase stands off
    the columns' middle (then it heads the columns near it only)."""
    if len(period_phrases) != 1 or not period_phrases[0][2] or len(bounds) < 3:
        return None, []
    phrase, under, _ = period_phrases[0]
    middle, centre = (phrase.start + phrase.end) / 2, (bounds[0][0] + bounds[-1][1]) / 2
    return (phrase, under) if under and abs(middle - centre) <= column_pitch(bounds) / 2 else (None, [])


def _change_column(under: list[int], dated: set[int | None], change: set[int | None]) -> list[int]:
    """'Percent' heads the 'Change' column it stands over or, printed over the year to its left
    ('Percent' over '1998', then 'Change', IBM), the one beside that year; never a year's."""
    heads = [k for k in under if k in change] or [k + 1 for k in under if k in dated and k + 1 in change]
    return heads[:1] or under


def _columns_under(phrase: Word, phrases: Sequence[Word], bounds: Sequence[tuple[int, int]],
                   reach: Sequence[int]) -> list[int]:
    """The columns a header phrase stands over: those it overlaps, or, for a group header
    centred over several columns ('Three Months Ended'), those nearer to it than to any
    other phrase of its line, within each column's reach (half a column's pitch)."""
    aligned = [k for k, (left, right) in enumerate(bounds)
               if phrase.start >= left - 2 and abs(phrase.end - right) <= 1 and phrase.end - phrase.start <= right - left + 2]
    if len(aligned) == 1:
        return aligned  # right-aligned over one column, as its values are ('Percent' over 'Change')
    over = _overlapped(phrase, bounds)
    if len(over) == 1 and names_only_currency(phrase.text):
        return over  # 'U.S. dollars' centred over the one column it stands on, wider than its values
    chosen = []
    for k, (left, right) in enumerate(bounds):
        nearest = min(phrases, key=lambda p: distance(p, left, right))
        if nearest is phrase and distance(phrase, left, right) <= reach[k]:
            chosen.append(k)
    return chosen


def _overlapped(phrase: Word, bounds: Sequence[tuple[int, int]]) -> list[int]:
    """The columns a header phrase overlaps by a character at least."""
    return [k for k, (left, right) in enumerate(bounds) if min(phrase.end, right) - max(phrase.start, left) > 0]


def column_pitch(bounds: Sequence[tuple[int, int]]) -> int:
    """The least distance between two columns' left edges (20 for a single column)."""
    return min((b[0] - a[0] for a, b in pairwise(bounds)), default=20)


def distance(word: Word, left: int, right: int) -> int:
    if word.end <= left:
        return left - word.end + 1
    if word.start >= right:
        return word.start - right + 1
    return 0


def column_of(word: Word, bounds: Sequence[tuple[int, int]]) -> int | None:
    """The one column a value word stands in: the column it overlaps, or the nearest one
    within two characters when it overlaps none ('---' centred in a wide column)."""
    overlapping = [k for k, (left, right) in enumerate(bounds) if word.start < right and word.end > left]
    if len(overlapping) == 1:
        return overlapping[0]
    if overlapping:
        return None
    distances = sorted((distance(word, left, right), k) for k, (left, right) in enumerate(bounds))
    if distances[0][0] <= 3 and (len(distances) == 1 or distances[1][0] > 2 * distances[0][0]):
        return distances[0][1]
    return None
