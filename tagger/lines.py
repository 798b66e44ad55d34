"""The layout of a plain-text release, line by line: what each line is, before any table.

A line is blank, a rule (`-----`), page furniture (`--More--`, a repeated page header,
`Page 2`), a stop (`</TABLE>`, `###`), text, or text followed by values. Values are found
from the right: a run of value words separated from the label by at least two spaces, so
'Retirement plan accounting change (2)' keeps its footnote mark in the label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from enum import Enum
from functools import update_wrapper
from typing import NamedTuple, TypeVar

from tagger.amounts import (
    CURRENCY_MARKS,
    GROUPING_SPACE,
    VALUE_ENDINGS,
    is_balance_mark,
    is_currency_mark,
    is_footnote_mark,
    is_value_word,
    parse_amount,
    parse_scale,
    strip_footnote_mark,
)
from tagger.models import Document
from tagger.vocabulary import MONTH_NAME, PAGE_BREAK, PAGE_LABEL, PAGE_NUMBER, RULE_CHARACTERS, STOP_MARK, STOP_MARKUP, YEAR

_Answer = TypeVar("_Answer")


class _once:  # noqa: N801 - used as a decorator, like the property it stands for
    """functools.cached_property without the lock Python 3.11 takes on every call: a
    Line is built and read by one thread, and these positions are read for every line."""

    def __init__(self, compute):  # type: ignore[no-untyped-def]
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):  # type: ignore[no-untyped-def]
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


def asked_once(question: Callable[[Line], _Answer]) -> Callable[[Line], _Answer]:
    """A stage's question about a line ('is it prose?'), answered once per line: the question
    lives in the stage that asks it, and its answer is kept on the line, which is asked again
    by each table and header that looks at it."""
    key = f"{question.__module__}.{question.__name__}"

    def ask(line: Line) -> _Answer:
        memo = line.__dict__
        if key in memo:
            return memo[key]  # type: ignore[no-any-return]
        answer = memo[key] = question(line)
        return answer

    return update_wrapper(ask, question)


class LineKind(str, Enum):
    BLANK = "blank"
    RULE = "rule"
    FURNITURE = "furniture"  # page markers, repeated page headers and footers
    STOP = "stop"  # '</TABLE>', '###': nothing of a table goes past it
    TEXT = "text"
    VALUES = "values"


class Word(NamedTuple):
    """A run of text on a line: 0-based columns, `end` exclusive."""

    text: str
    start: int
    end: int

    @property
    def core(self) -> Word:
        """The word without a footnote mark after it: where '1,204 (a)' stands as a number."""
        text = strip_footnote_mark(self.text)
        return self if text == self.text else Word(text, self.start, self.start + len(text))


class _LineFields(NamedTuple):
    number: int  # 1-based
    text: str  # with SGML markup and EDGAR's '- ' escapes blanked out, columns kept
    kind: LineKind
    values: tuple[Word, ...]  # value words, left to right


class Line(_LineFields):
    """A classified line: its text, kind and positions. A tuple, so immutable, and built at a
    little over half the cost of a frozen dataclass (one per line of every release); being a
    subclass, it has the __dict__ where its positions, and the stages' answers about it
    (`asked_once`), are kept once computed."""

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @_once
    def label(self) -> Word | None:
        """The text left of the values (computed when asked: most lines are never asked)."""
        if self.kind is not LineKind.TEXT and self.kind is not LineKind.VALUES:
            return None
        text = self.text[: self.values[0].start].rstrip() if self.values else self.text
        start = len(text) - len(text.lstrip())
        return Word(text[start:], start, len(text)) if start < len(text) else None

    @_once
    def phrases(self) -> tuple[Word, ...]:
        """Runs of words separated by single spaces: 'Three Months Ended', 'Year Ended'."""
        return tuple(Word(m[0], m.start(), m.end()) for m in _PHRASE.finditer(self.text))

# The last character of any value word: a digit, ')' '%' '*' '-', or the end of 'n/a' 'NM'.
_VALUE_ENDINGS = VALUE_ENDINGS  # derived from amounts.py's vocabulary of value words
# and the last characters of stops and rules
_SPECIAL_ENDINGS = _VALUE_ENDINGS | {markup[-1] for markup in STOP_MARKUP} | {STOP_MARK} | set(RULE_CHARACTERS)
_PHRASE = re.compile(r"\S+(?: \S+)*")
MONTH = rf"(?:{MONTH_NAME})\b\.?"  # a month as the vocabulary spells it, its abbreviation's dot too
_AS_OF = r"(?:(?:at|as\s+(?:of|at))\s+)?"  # 'At', 'As of', 'As at' before a day
MONTH_DATE = rf"{MONTH}\s+\d{{1,2}},?(?:\s*{YEAR})?"  # 'Dec. 31, 1998', 'July 3,'
_DAY_CAPTION = re.compile(rf"{_AS_OF}{MONTH}\s+\d{{1,2}}[,:]?", re.IGNORECASE)  # 'December 31,', 'At June 30:'
_PERIOD_HEADER = re.compile(r"\b(?:ended|ending)\b", re.IGNORECASE)
_COLUMN_DATE = re.compile(rf"{_AS_OF}(?:{MONTH_DATE}|{YEAR})", re.IGNORECASE)
_COLUMN_DATES = re.compile(rf"{_COLUMN_DATE.pattern}(?:\s{_COLUMN_DATE.pattern})*", re.IGNORECASE)  # one space apart
_MARKUP = re.compile(
    r"</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d+|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT)\b[^>]*>",
    re.IGNORECASE,
)
_SGML_HEADER = re.compile(r"^\s*<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION)>", re.IGNORECASE)
_STOP = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, STOP_MARKUP))}|{re.escape(STOP_MARK)}{{3,}})\s*$", re.IGNORECASE)
_LEADER_END = re.compile(r"(?<=\.\.)\. (?=[$(\d-])")  # the last dot of a leader, one space before a value
_RULING = re.escape(RULE_CHARACTERS)
_RULE = re.compile(rf"^[\s{_RULING}]*[{_RULING}]{{3,}}[\s{_RULING}]*$")
_WINDOW = 10  # lines after a page break where the page header is printed


def read_lines(document: Document) -> tuple[Line, ...]:
    """Classify every line of `document`."""
    texts = [_clean(text) for text in document.lines]
    furniture = _furniture(document.lines, texts)
    return tuple([_line(number, text, number - 1 in furniture) for number, text in enumerate(texts, start=1)])


def _clean(text: str) -> str:
    """Blank out SGML tags (`<S>`, `<C>`, `<PAGE>`) and EDGAR's '- ' escape of a leading
    dash, and end a dot leader one space before its value with a second space (its last dot),
    keeping every other character in its column."""
    if "<" in text:
        if _SGML_HEADER.match(text):
            return ""  # '<TYPE>EX-99.02', '<SEQUENCE>3': the submission's envelope, not the release
        if not _STOP.match(text):
            text = _MARKUP.sub(lambda m: " " * len(m[0]), text)
    if text.startswith("- -"):
        text = "  " + text[2:]
    if not text.isascii():  # '5\u2009191': a thin or no-break space groups thousands, as a comma does
        text = GROUPING_SPACE.sub(",", text)
    if ". " in text and "..." in text:  # 'Local service.......... $ 197.7': the leader ends where the value begins
        text = _LEADER_END.sub("  ", text)
    return text.rstrip()


def _furniture(raw: tuple[str, ...], texts: list[str]) -> set[int]:
    """Indexes of page furniture: page breaks, page numbers near them, and lines repeated
    after two or more page breaks (the page header a printer put on every page), but for
    scale statements."""
    breaks = [i for i, text in enumerate(raw) if PAGE_BREAK.match(text)]
    found = set(breaks)
    seen_after: Counter[str] = Counter()
    for start in breaks:
        window = {texts[i].strip() for i in range(start + 1, min(start + _WINDOW, len(texts)))}
        seen_after.update(text for text in window if text and not _RULE.match(text))
        for i in range(max(0, start - 3), min(start + _WINDOW, len(texts))):
            if PAGE_NUMBER.match(texts[i]):
                found.add(i)
    # A scale statement repeated on every statement page ('(IN THOUSANDS, EXCEPT PER SHARE DATA)')
    # says what the numbers below it mean, wherever it stands: it is never furniture.
    # So is a column header repeated over the statement on each page ('December 31,' / '1999   1998').
    repeated = {text for text, count in seen_after.items()
                if count >= 2 and parse_scale(text) is None and not _is_column_dates(text)}
    found.update(i for i, text in enumerate(texts)
                 if (repeated and text.strip() in repeated) or PAGE_LABEL.match(text))
    return found



def is_day_caption(text: str) -> bool:
    """'December 31,', 'At June 30' or 'As at June 30' printed alone, as a stub over (or beside) a line of
    years: the day of each year the columns are at."""
    return _DAY_CAPTION.fullmatch(text.strip()) is not None


def ends_table_markup(line: Line) -> bool:
    """'</TABLE>', EDGAR's end of a table: not the end of the document ('</TEXT>') or of the
    release ('###'), which the other stops are."""
    return line.kind is LineKind.STOP and line.text.strip().upper() == "</TABLE>"


def is_page_marker(text: str) -> bool:
    """A page break, a page number or a page label ('- more -', '<PAGE>', 'F-2', 'Page 2 of 3'):
    the furniture that says nothing of the tables around it. (A page header repeated atop every
    page, the rest of the furniture, names what the pages hold.)"""
    stripped = text.strip()
    return (not stripped or bool(PAGE_BREAK.match(stripped) or PAGE_NUMBER.match(stripped) or PAGE_LABEL.match(stripped))
            or bool(re.fullmatch(r"[A-Z]-\d{1,3}", stripped)))


def _is_column_dates(text: str) -> bool:
    """'December 31,' / '1999      1998' / 'YEARS ENDED DECEMBER 31,' / 'June 30, 1999   December
    31, 1998' / 'June 30, 1999 Dec. 31, 1998': column headers, each phrase dates, a year or a period's end."""
    phrases = re.split(r"\s{2,}", text.strip())
    return bool(text.strip()) and all(_COLUMN_DATES.fullmatch(p) or _PERIOD_HEADER.search(p) for p in phrases)


def _line(number: int, text: str, furniture: bool) -> Line:
    """The line `text` (cleaned: no markup, no trailing blanks) as what it is."""
    if furniture:
        return Line(number, text, LineKind.FURNITURE, ())
    if not text:
        return Line(number, "", LineKind.BLANK, ())
    if text[-1] not in _SPECIAL_ENDINGS:  # most lines of a release: text that ends as no value, stop or rule does
        return Line(number, text, LineKind.TEXT, ())
    if _STOP.match(text):
        return Line(number, text, LineKind.STOP, ())
    if _RULE.match(text):
        return Line(number, text, LineKind.RULE, ())
    values = value_words(text)
    if len(values) == 1 and not text[:values[0].start].strip() and parse_scale(values[0].text):
        return Line(number, text, LineKind.TEXT, ())  # '($000)' alone: a scale statement, not the value -0
    return Line(number, text, LineKind.VALUES if values else LineKind.TEXT, values)


# (not '.....45', whose last dot may be the decimal point of '.45': a number after the dots that
# prints its own comma or point, or three digits or more, or a mark before it)
_LEADERS_INTO_VALUE = re.compile(r"\.{3,}(?=[$(]|\d+[,.]\d|\d{3})")


def value_words(text: str) -> tuple[Word, ...]:
    """The value words at the right of a line; what is left of them is its label.

    >>> [v.text for v in value_words("Net sales      $5,191   $ 9,247")]
    ['$5,191', '$ 9,247']
    >>> value_words("Retirement plan accounting change (2)")
    ()
    >>> [v.text for v in value_words("Total liabilities and equity $ 1,031,027    $   907,407")]
    ['$ 1,031,027', '$   907,407']
    >>> [v.text for v in value_words("Stock compensation of $1,024    598,119    989,032")]
    ['598,119', '989,032']
    >>> [v.text for v in value_words("Net sales..........$48,215    $44,120")]
    ['$48,215', '$44,120']
    """
    stripped = text.rstrip()
    # The common case, a line of text: it ends as no value does, or with a word that is none.
    if not stripped or stripped[-1] not in _VALUE_ENDINGS or not _is_value_end(stripped[stripped.rfind(" ") + 1:]):
        return ()
    if ".." in text:  # dot leaders run into the first value ('Net sales.......$48,215'): the last dot parts them
        text = _LEADERS_INTO_VALUE.sub(lambda leaders: leaders[0][:-1] + " ", text)
    words = text.split()  # the words \S+ finds: str.split knows the same whitespace
    # Only the last run of words that are, or may join, values can hold values, and the
    # word before it (label) decides whether they stand apart; nothing left of it is read.
    tail = len(words)
    while tail > 0 and _is_value_end(words[tail - 1]):
        tail -= 1
    tail = max(tail - 1, 0)
    spans, words = _word_spans(text, words[tail:])
    first = len(spans)
    while first > 0 and is_value_word(words[first - 1]):
        first -= 1
    # The first value must stand apart from the label: 'change (2)' is a label. But an amount
    # with its currency's mark, other values after it, is the first of them however near the
    # label ends ('Total liabilities and stockholders' equity $ 1,031,027    $   907,407').
    while 0 < first < len(spans) and spans[first][0] - spans[first - 1][1] < 2 \
            and not (first < len(spans) - 1 and _spaced_mark(words[first])) and not words[first - 1].endswith(".."):
        first += 1
    return tuple(Word(word, start, end) for (start, end), word in zip(spans[first:], words[first:], strict=True))


def _spaced_mark(word: str) -> bool:
    """'$ 1,031,027': an amount whose currency's sign stands apart, as a table prints it (prose
    writes '$1,024'); not a code, which labels name ('Market capitalization, million USD')."""
    mark, _, amount = word.partition(" ")
    return is_currency_mark(mark) and not mark.isalpha() and parse_amount(amount.strip()) is not None


def _is_value_end(word: str) -> bool:
    """A word that is a value, or may join one: a lone '$', a footnote mark."""
    return is_value_word(word) or is_footnote_mark(word) or is_currency_mark(word) or is_balance_mark(word)


def _mark_gap(mark: str) -> int:
    """How far after a number its note's mark may stand: one space, or two for a letter or a star
    ('1.09  (b)', as an HTML layout prints a mark in a cell of its own); '(1)' two spaces after a
    number is a value of its own as likely ('3  (1)', a loss of one in a cramped table)."""
    return 1 if any(ch.isdigit() for ch in mark) else 2


def _word_spans(text: str, words: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """(start, end) and text of the last `words` of a line, a lone '$' joined to the number
    after it ('$  53') and a footnote mark to the number before it ('1,234 (a)')."""
    spans = []
    position = len(text)
    for word in reversed(words):  # from the right: each word is the last one left of the one after it
        position = text.rfind(word, 0, position)
        spans.append((position, position + len(word)))
    spans.reverse()
    if CURRENCY_MARKS.keys().isdisjoint(words) and ")" not in text and "*" not in text and not any(map(is_balance_mark, words)):
        return spans, words  # no word to join: most lines that reach here are prose ending in a year
    joined: list[tuple[int, int]] = []
    texts: list[str] = []
    for (start, end), word in zip(spans, words, strict=True):
        if joined:
            before_start, before_end = joined[-1]
            before = texts[-1]
            if is_currency_mark(before) and is_value_word(word) or (is_footnote_mark(word) and start - before_end <= _mark_gap(word)
                                                          or is_balance_mark(word) and start - before_end <= 2) \
                    and parse_amount(before) is not None:
                joined[-1] = (before_start, end)
                texts[-1] = text[before_start:end]
                continue
        joined.append((start, end))
        texts.append(word)
    return joined, texts
