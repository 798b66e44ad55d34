"""Numbers and scales as releases print them.

>>> parse_amount("$5,191"), parse_amount("(1,379)"), parse_amount("---")
(Decimal('5191'), Decimal('-1379'), Decimal('0'))
>>> parse_amount("12,3a4") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from tagger.models import Scale, Span
from tagger.vocabulary import (
    BALANCE_MARKS,
    CURRENCIES,
    DOLLAR,
    MINUS_SIGNS,
    NOT_AVAILABLE,
    SCALE_WORDS,
    UNKNOWN,
    YEAR,
    ZERO_DASHES,
)

CURRENCY_MARKS = {mark: code for code, (marks, _) in CURRENCIES.items() for mark in marks}
DOLLARS = frozenset(code for code, (_, words) in CURRENCIES.items() if code != DOLLAR and any(w.endswith(" dollars") for w in words))
_QUALIFIED_DOLLAR = re.compile(r"(?:\b[A-Z][a-z]+|\b[A-Z]{2,3})\s+$")  # 'Jamaican ', 'NZ ' before 'dollars'
_NOT_A_COUNTRY = frozenset({"Of", "In", "The", "And", "Amounts", "Expressed", "All", "Stated", "Are", "Reported", "Presented",
                            "To", *(word.title() for word in SCALE_WORDS)})
_CURRENCY_WORDS = {word: code for code, (marks, words) in CURRENCIES.items() for word in (*words, *(m.lower() for m in marks))}
_MARK = "|".join(map(re.escape, sorted(CURRENCY_MARKS, key=len, reverse=True)))  # 'US$' before '$'
_PENCE = "p"  # '12.4p': pence, as British statements print earnings per share
_PREFIXES = "([<#+*"  # printed before a malformed number ('[632]', '#632'): reported, never read
_SUFFIXES = ")]>%*"

# A number as printed in a table: '$5,191', '(1,379)', '$(16,738)', '$ 0.24', '$.16', '-13.0%', '(7)%',
# an explicit sign ('+25', '\u2212543') and a trailing minus ('1,379-', as old print-outs show negatives).
# Thousands separators must be well formed: '1,23' is not a number we would dare to read.
_NUMBER = re.compile(
    rf"""^(?P<open>\()?(?P<mark>{_MARK})?\s*(?P<open2>\()?(?:(?P<minus>[{MINUS_SIGNS}])|(?P<plus>\+))?
        (?P<digits>(?!0[\d,])\d{{1,3}}(?:,\d{{3}})+|(?!0\d)\d+)?(?P<fraction>\.\d+)?(?P<pence>{_PENCE})?
        (?P<percent>%)?(?P<trailing>-)?(?P<close>\))?(?P<percent_after>%)?$""",
    re.VERBOSE | re.ASCII,  # the digits releases print; '\d' alone would take any script's
)
_FOOTNOTE_WORD = re.compile(r"^(?:\([a-z1-9]\)|\*{1,3})$", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"(?<=[\d)])\s{0,2}(?:\([a-z1-9]\)|\*{1,3})$", re.IGNORECASE)  # '1.09  (b)'
_DASH = re.compile(rf"^(?:{_MARK})?\s*(?:" + "|".join(map(re.escape, ZERO_DASHES)) + ")$")
# Looks like a number but is not a well-formed one ('12,3a4', '1,23', '5.191.0', '[632]', '<632>',
# '(632))'): a value word that is reported, not read as a label.
_NUMBERISH = re.compile(
    rf"^[($-]*\$?\s*[($-]*\d[\w,.]*[\d)%]$|^[{re.escape(_PREFIXES + MINUS_SIGNS)}$]*\d(?:[\d,.]*\d)?[{re.escape(_SUFFIXES)}-]*$",
    re.ASCII)
_MARKED = re.compile(r"^[($]*\$?\s*\d[\d,.]*\)?\s{0,2}(?:" + "|".join(map(re.escape, BALANCE_MARKS)) + ")$",
                     re.ASCII)  # '632 CR', '632  Cr.'
_PLURAL = "|".join(word for word in SCALE_WORDS if word.endswith("s"))  # 'thousands|millions|billions'
_EITHER = "|".join(f"{word}?" for word in SCALE_WORDS if word.endswith("s"))  # 'thousands?|millions?|billions?'
_SINGULARS = tuple(word for word in SCALE_WORDS if not word.endswith("s"))  # a part of every scale word
_SINGULAR = "|".join(_SINGULARS)  # 'thousand|million|billion'
_YEAR = re.compile(rf"^{YEAR}(?:\*{{1,2}}|\s?\([a-z1-9]\))?$")  # '2003*', '1999(a)', '2005 (1)': a note's mark
YEAR_WORD = re.compile(rf"\b{YEAR}\b")  # a year as a word, anywhere in a text
_GARBLED_YEAR = re.compile(r"^(?=[12][0-9OoIl]{3}$)(?=.*[OoIl])")
_NOT_AVAILABLE = re.compile("^(?:" + "|".join(map(re.escape, NOT_AVAILABLE)) + ")$", re.IGNORECASE)
MAX_DIGITS = 15  # digits of the largest amount read: trillions of dollars to the dollar, x 10^9 within 28 digits
# A space that groups a number's thousands ('5\u2009191', '5\u00a0191'): read as the comma it stands for.
GROUPING_SPACE = re.compile(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))")
# Two words one space apart that may be one number whose thousands an ASCII space groups
# ('$5 191', '(5 191)'): a text table parts its columns by wider gaps, so which it is cannot
# be told; the pair is reported, never read as two values (nor as one).
_GROUP_HEAD = re.compile(rf"[($+{re.escape(MINUS_SIGNS)}]*[0-9]{{1,3}}")  # '$5', '(5', '-5', '\u22125'
_GROUP_TAIL = re.compile(r"[0-9]{3}(?![0-9,])\S*")  # '191', '191)', '191-', '191.5', '191(a)'
# The last character of any value word, for a quick test before the patterns.
VALUE_ENDINGS = frozenset(
    "0123456789" + _SUFFIXES + _PENCE + "-$" + "".join(d[-1] for d in ZERO_DASHES)
    + "".join(w[-1].lower() + w[-1].upper() for w in NOT_AVAILABLE) + "".join(m[-1] for m in BALANCE_MARKS))


def may_be_one_number(left: str, right: str) -> bool:
    """Whether `left` and `right`, printed one space apart, may be one number grouped by a
    space ('$5' and '191' of '$5 191')."""
    return bool(_GROUP_HEAD.fullmatch(left) and _GROUP_TAIL.fullmatch(right))


def in_pence(text: str) -> bool:
    """'12.4p': an amount per share printed in pence, as British statements print earnings per share."""
    match = _NUMBER.match(strip_footnote_mark(text.strip()))
    return bool(match and match["pence"])


@lru_cache(maxsize=65536)
def parse_amount(text: str) -> Decimal | None:
    """The number `text` prints, unscaled; a dash is 0; None when it is not a number.
    A footnote mark after the number ('1,234(a)', '$52*') is not part of it."""
    text = strip_footnote_mark(text.strip())
    if _DASH.match(text):
        return Decimal(0)
    match = _NUMBER.match(text)
    if not match or not (match["digits"] or match["fraction"]):
        return None
    opened = bool(match["open"]) + bool(match["open2"])
    if opened != bool(match["close"]):
        return None  # '(1,379' or '1,379)': unbalanced, so unsure of the sign
    if match["percent"] and match["percent_after"] or match["pence"] and (match["percent"] or match["percent_after"]):
        return None
    if sum(map(bool, (opened, match["minus"], match["plus"], match["trailing"]))) > 1:
        return None  # '(-5)', '-5-': two signs, which is one too many to be sure
    if len((match["digits"] or "").replace(",", "")) + len(match["fraction"] or "") > MAX_DIGITS:
        return None  # no amount a release prints, and past what a Decimal holds exactly once scaled
    value = Decimal((match["digits"] or "0").replace(",", "") + (match["fraction"] or ""))
    if opened or match["minus"] or match["trailing"]:
        value = -value
    return value


_LEADING_MARK = re.compile(rf"^\(?\s*({_MARK})")


@lru_cache(maxsize=4096)
def currency_of(text: str) -> str | None:
    """The ISO 4217 code of the currency a value's mark names; None when it prints none.

    >>> currency_of("$5,191"), currency_of("\u20ac 3,120"), currency_of("(NIS 12)"), currency_of("1,379")
    ('$', 'EUR', 'ILS', None)
    """
    match = _LEADING_MARK.match(text)
    return CURRENCY_MARKS[match[1]] if match else None


@lru_cache(maxsize=4096)  # asked of every column header, which tables repeat
def currency_named(text: str) -> str | None:
    """The currency a scale note or a column header names ('(in millions of euros)' -> 'EUR',
    'U.S. dollars' -> 'USD'); None when it names none."""
    named = _CURRENCY_NAMED.search(text)
    if not named:
        return None
    code = _CURRENCY_WORDS[named[0].lower()]
    if code == DOLLAR and named[0][0] in "dD":  # 'Singapore dollars' where no such dollar is listed: which?
        qualifier = _QUALIFIED_DOLLAR.search(text, 0, named.start())
        if qualifier and qualifier[0].strip() not in _NOT_A_COUNTRY:
            return UNKNOWN
    return code


def without_currency(text: str) -> str:
    """`text` with the currencies it names blanked, and the units printed over a column:
    'NIS millions' -> '  millions', '£m' -> ' '."""
    return _CURRENCY_NAMED.sub(" ", _COLUMN_UNIT.sub(" ", text))


_UNIT_WORDS = frozenset({"in", "of", "note", "notes", *SCALE_WORDS})


def names_only_currency(text: str) -> bool:
    """'U.S. dollars', 'NIS in thousands', 'USD (Note 1)': a header that says what the column's
    amounts are in, and nothing else."""
    return currency_named(text) is not None and all(
        word.lower() in _UNIT_WORDS for word in re.findall(r"[A-Za-z]+", without_currency(text)))


def is_currency_mark(word: str) -> bool:
    """'$', '\u20ac', 'NIS': a currency's mark printed alone before the value it belongs to."""
    return word in CURRENCY_MARKS


class Currencies(NamedTuple):
    """What a release's text says of the currencies of its amounts."""

    named: frozenset[str]  # named as amounts: '\u20ac3.1 billion', 'NIS 100', 'in millions of euros'
    dollars: frozenset[str]  # the countries' dollars it states its amounts in ('all references are to Canadian dollars')
    translated_into: frozenset[str]  # what it translates amounts into for convenience ('translated into US dollars')


def read_currencies(text: str) -> Currencies:
    """The currencies a release's text names, read in one pass over it. A mark before an
    amount ('C$50 million') names a currency but states no dollar: it tells that dollar apart
    from the release's own. Substring tests first: most releases name none but the dollar."""
    named: set[str] = set()
    dollars: set[str] = set()
    for m in _MARKED_AMOUNT.finditer(text):
        if not m.start() or text[m.start() - 1] in " \t\n(\"'":  # a word of its own: not the 'C$6' of encoded data
            named.add(CURRENCY_MARKS[m[1]])
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ('\u0130'): places would not match
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    # 'millions of euros', 'NIS in thousands': the scale word first, as it is rare
    for word in _SCALE_WORD_LOWER.finditer(lower):
        found = _OF_CURRENCY.match(text, word.end()) or _CURRENCY_IN.search(text[max(0, word.start() - 40):word.start()])
        if found:
            named.add(_CURRENCY_WORDS[found[1].lower()])
    # each phrase found from its rare word ('canadian dollars', 'translat'), read around it: a
    # statement of the release's own amounts ('All amounts are expressed in Canadian dollars',
    # 'all financial amounts are expressed in Canadian dollars',
    # 'unless otherwise noted, ... in U.S. dollars', a note line '(Expressed in thousands of U.S.
    # dollars)'), not of a subsidiary's ('all amounts for Acme Canada Ltd. are ...', 'whose results
    # are reported in Canadian dollars')
    for word in _DOLLAR_WORD_LIST:
        for at in _places(lower, word):
            if _DOLLARS_STATED.search(lower, max(0, at - 90), at + len(word)):
                dollars.add(_CURRENCY_WORDS[word])
    # and a translation for convenience ('For the convenience of readers, certain RMB amounts have
    # been translated into US dollars'), not a subsidiary's ('... are translated into RMB')
    translated = frozenset(code for at in _places(lower, "translat") if (m := _TRANSLATED_INTO.match(lower, at))
                           and "convenience" in lower[max(0, lower.rfind(".", 0, at)):at + 200]
                           and (code := _CURRENCY_WORDS[m[1]]) not in (DOLLAR, UNKNOWN))
    return Currencies(frozenset(named), frozenset(dollars), translated)


def _places(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, by str.find (a pattern over a long release is slower)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def currencies_named(text: str) -> frozenset[str]:
    """The currencies a text names as amounts ('\u20ac3.1 billion', 'NIS 100', 'in millions of euros')."""
    return read_currencies(text).named


def strip_footnote_mark(text: str) -> str:
    """'1,234 (a)' -> '1,234'; '(1,379)' stays: a mark is one character in parentheses.

    >>> strip_footnote_mark("1,234 (a)"), strip_footnote_mark("$52*"), strip_footnote_mark("(1,379)")
    ('1,234', '$52', '(1,379)')
    """
    last = text[-1:]
    if last == "*" or last == ")" and text[-3:-2] == "(":
        return _FOOTNOTE_MARK.sub("", text)
    return text


@lru_cache(maxsize=4096)
def is_balance_mark(text: str) -> bool:
    """'CR', 'DR': a credit or debit mark printed after a number."""
    return text in BALANCE_MARKS


def is_balance_marked(text: str) -> bool:
    """'632 CR', '632DR': a number with a credit or debit mark."""
    return bool(_MARKED.match(text))


def is_footnote_mark(text: str) -> bool:
    """'(a)', '(1)', '*': a mark that refers to a note, printed after a number."""
    return bool(_FOOTNOTE_WORD.match(text))


@lru_cache(maxsize=65536)
def is_value_word(text: str) -> bool:
    """A word that stands in a value column: a number, a dash, 'n/a', or a malformed number
    (which must be reported, not read as a label)."""
    return bool(
        _DASH.match(text)
        or parse_amount(text) is not None
        or _NUMBERISH.match(text)
        or _NOT_AVAILABLE.match(text)
        or _MARKED.match(text)
    )


def is_not_available(text: str) -> bool:
    """'n/a', 'NM', '*': printed on purpose instead of a number; no fact, no error."""
    return bool(_NOT_AVAILABLE.match(text.strip()))


def is_year(text: str) -> bool:
    """'2002', '2003*' or '1999(a)' (a footnote's mark) in a column header."""
    return bool(_YEAR.match(text))


def ends_in_year(text: str) -> bool:
    """'August 2010': a date whose last word is its year."""
    return is_year(text.rsplit(" ", 1)[-1])


def is_garbled_year(text: str) -> bool:
    """A year typed with letters for digits, as old filings have: '2OO1', '2OOl'."""
    return bool(_GARBLED_YEAR.match(text))


def is_percent(text: str) -> bool:
    return text.rstrip(")").endswith("%")


_SCALE_LETTERS = {"k": 1000, "m": 1_000_000, "mm": 1_000_000, "mil": 1_000_000, "b": 1_000_000_000, "bil": 1_000_000_000,
                  "bn": 1_000_000_000}
# A currency as a scale note names it: a mark or a word ('EUR', '\u20ac', 'euros', 'U.S. dollars'), longest first.


def _alternatives(names: set[str]) -> str:
    """The names as one alternation, longest first ('US$' before '$'), a word not the start of a
    longer one (not the 'nis' of 'furnished')."""
    return "|".join(re.escape(name) + ("(?![A-Za-z])" if name[-1].isalpha() else "")
                    for name in sorted(names, key=len, reverse=True))


_NAMED = _alternatives({*CURRENCY_MARKS, *_CURRENCY_WORDS})
_CURRENCY_NAMED = re.compile(rf"(?<![A-Za-z])(?:{_NAMED})", re.IGNORECASE)
_SCALE = re.compile(
    rf"\(\s*(?:(?:{_NAMED})\s*'?\s*)?(?:in\s+)?(?P<zeros>000(?:,000)?)'?s?(?:\s+omitted)?(?:[,;]?\s+except\s[^()]*)?\s*\)"  # '(000's omitted)', "(RMB'000)", '(000 omitted except per share amounts)'
    rf"|\(?\s*(?:(?P<subject>amounts|{_NAMED})\s+)?in\s+(?P<word>{_PLURAL})"  # '(NIS in thousands)'
    rf"|\(\s*(?P<subject3>{_NAMED})\s+in\s+(?P<word5>{_SINGULAR})\b"  # '(Rs. in crore, except ...)'
    rf"|\(?\s*in\s+(?:{_NAMED})\s*(?P<word3>{_EITHER})\b"  # '(in EUR millions)', 'in \u20ac million'
    rf"|\(\s*(?P<bare>{_PLURAL})\b"
    rf"|(?:^|\()\s*(?P<currency>{_NAMED})\s*(?P<dollar>{_EITHER})\b"  # '($ millions)', '(EUR million)'
    rf"|(?P<word2>{_PLURAL})\s+of\s+(?P<subject2>{_NAMED})"  # 'millions of euros'
    rf"|\(\s*(?:in\s+)?(?P<word4>{_EITHER})\s+(?:{_NAMED})\s*\)"  # '(million EUR)', '(in thousand EUR)'
    rf"|\(\s*(?:{_MARK})\s*(?P<letter>k|mm|m|mil|bn|b|bil)\s*\)",  # '($B)', '($MM)', '(\u20acm)'
    re.IGNORECASE,
)
# An amount with a mark that names a currency ('\u20ac3.1 billion', 'NIS 100'): not a bare '$',
# which names none by itself; longest marks first ('US$' before 'S$')
_MARKED_AMOUNT = re.compile("(" + "|".join(map(re.escape, sorted((m for m in CURRENCY_MARKS if m != DOLLAR), key=len,
                                                                  reverse=True))) + r")\s?\(?\d[\d,.]*(?![\w$])")
# What speaks of a multiple though no scale statement parses: "$'000", 'RMB000', 'TEUR', 'kEUR',
# 'EUR m', '(in $000s)'
_CODES = "|".join(sorted((code for code in CURRENCIES if code.isalpha()), key=len, reverse=True))
# ... and a multiple joined to a currency's code: 'MSEK', 'TEUR', 'kUSD', 'ThUS$', 'SEK m', 'DKKm'
MULTIPLE_HINT = re.compile(rf"000|{_SINGULAR}|\bcrores?\b|\blakhs?\b|\b(?-i:(?:[kKTM]|Th)(?:{_CODES}|US\$|\u20ac|\$))|"
                           rf"(?:\b(?-i:{_CODES})|[\u20ac\u00a3$])\s?(?:m|mn|bn|k)\b", re.IGNORECASE)
_MULTIPLE_WORDS = {**SCALE_WORDS, **_SCALE_LETTERS, "mln": 1_000_000, "mn": 1_000_000}
_MULTIPLE_WORD = "|".join(sorted(_MULTIPLE_WORDS, key=len, reverse=True))
_DIGIT = re.compile(r"\d")
# An amount the text prints with its multiple: '$5.2 million', 'US$64.2 million', '$1,250 thousand'
_WITH_MULTIPLE = re.compile(rf"(?:{_MARK})\s?(?P<number>\d[\d,]*(?:\.(?P<fraction>\d+))?)\s*(?P<word>{_MULTIPLE_WORD})\b",
                            re.IGNORECASE)


# a currency's mark or code with a multiple, printed over each column as British, European and
# Asian statements print it: '£m', "£'m", 'GBPm', "US$'000", "RMB'000", '$000', '€bn'
_COLUMN_UNIT = re.compile(rf"(?<![\w$\u00a3\u20ac\u00a5])\(?(?:{_MARK}|(?-i:{_CODES}))\s?'?\s?(?P<multiple>m|mn|bn|k|000)'?s?\)?"
                          r"(?![\w'])", re.IGNORECASE)
_COLUMN_MULTIPLES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1000, "000": 1000}


def column_unit(text: str, span: Span | None = None) -> Scale | None:
    """The scale a column's header states by its unit alone ('£m' -> pounds x1,000,000); None
    for any other text. Share counts are not covered."""
    match = _COLUMN_UNIT.fullmatch(text.strip())
    currency = currency_named(text.strip()[:match.start("multiple")]) if match else None  # 'GBP' of 'GBPm'
    if match is None or currency is None:
        return None
    return Scale(text=text.strip(), monetary=_COLUMN_MULTIPLES[match["multiple"].lower()], shares=None, span=span,
                 currency=currency)


def amounts_with_multiple(text: str) -> list[tuple[Decimal, Decimal]]:
    """Each amount a line of text prints with a multiple, in units, and half its last printed
    digit (what rounding may hide): '$5.2 million' -> (5,200,000, 50,000).

    >>> amounts_with_multiple("net sales were $5.2 million, against $4,880 thousand")
    [(Decimal('5200000.0'), Decimal('50000.00')), (Decimal('4880000'), Decimal('500.0'))]
    """
    found = []
    for match in _WITH_MULTIPLE.finditer(text) if _DIGIT.search(text) else ():
        multiplier = _MULTIPLE_WORDS[match["word"].lower()]
        digits = len(match["fraction"] or "")
        found.append((Decimal(match["number"].replace(",", "")) * multiplier,
                      Decimal(5).scaleb(-digits - 1) * multiplier))
    return found


# An amount the text prints in units: a currency mark, grouped digits ('$15,224,722', 'C$44,562')
# and no multiple after them ('$15,224 thousand', '$1,234 million' are not)
_IN_UNITS = re.compile(  # a mark of its own, not the 'SEK' of 'MSEK 4,512' nor the 'US$' of 'ThUS$ 512,340'
    rf"(?<![A-Za-z])(?:{_MARK})\s?(?P<digits>\d{{1,3}}(?:,\d{{3}})+)(?![\d,.]\d|\d)"
    rf"(?!\s*(?:{_MULTIPLE_WORD})\b)",
    re.IGNORECASE)


def amounts_in_units(text: str) -> list[str]:
    """The digits of each amount a line of text prints in units of a currency:
    'Total assets ... decreased to $15,224,722 from $17,880,351' -> ['15,224,722', '17,880,351'];
    '$15.2 million', '$1,234 thousand' and bare digits name no unit amount.

    >>> amounts_in_units("we incurred $44,562 of operating expenses, against $1,200 million")
    ['44,562']
    """
    return [match["digits"] for match in _IN_UNITS.finditer(text)] if _DIGIT.search(text) else []


_DOLLAR_WORD_LIST = tuple(w for code in sorted(DOLLARS) for w in CURRENCIES[code][1] if w.endswith(" dollars"))
_DOLLAR_WORDS = "|".join(map(re.escape, _DOLLAR_WORD_LIST))
# Both read the lower-cased text: a pattern that ignores case is several times slower on a long release
# what amounts held in a currency are ('the monetary amounts denominated in Canadian dollars held
# by the head office', in a note on exchange losses): not the currency the release states itself in
_HELD_IN = "denominated|translated|converted|held|receivable|payable"
_DOLLARS_STATED = re.compile(  # searched in the 90 characters before the words, which it must end with
    rf"(?:(?:\b(?:all|the)\s+|(?:^|[.\n])\s*)(?:(?:financial|monetary|currency|dollar)\s+)?(?:amounts|figures|references)\b(?:(?!\b(?:for|of|{_HELD_IN})\b)[^.;]){{0,60}}?|"
    rf"\bunless\s+otherwise\s+(?:noted|stated|indicated|specified)\b[^.;]{{0,60}}?|"
    rf"(?:^|\n)\s*\(?\s*(?:expressed|stated|presented)\s+)"
    rf"\b(?:in|to)\s+(?:(?:{_PLURAL})\s+of\s+)?(?:{_DOLLAR_WORDS})$")
_NAMED_LOWER = _alternatives({name.lower() for name in (*CURRENCY_MARKS, *_CURRENCY_WORDS)})
_TRANSLATED_INTO = re.compile(rf"translat(?:ed|ion|ions)\s+(?:of\s+[^.]{{0,80}}?)?(?:in)?to\s+(?:the\s+)?({_NAMED_LOWER})")
_SCALE_WORD_LOWER = re.compile(rf"(?:{_PLURAL})\b")
_OF_CURRENCY = re.compile(rf"\s+of\s+({_NAMED})", re.IGNORECASE)
_CURRENCY_IN = re.compile(rf"(?<![A-Za-z])({_NAMED})\s+in\s+$", re.IGNORECASE)
_SHARES_BEFORE = re.compile(r"\bshares?\s*\(?\s*$", re.IGNORECASE)
_SHARES_SCALE = re.compile(rf"shares?\b[^)]*?\bin\s+({_PLURAL})", re.IGNORECASE)


_ANY_MARK = re.compile(_MARK, re.IGNORECASE)  # '(eur m)' as '(EUR m)'


def may_state_scale(text: str) -> bool:
    """The quick test before the scale pattern, built from the same vocabulary: every scale
    statement prints '000', a scale word, or a currency's mark in parentheses ('(EUR m)', '($B)')."""
    lower = text.lower()
    return "000" in lower or any(word in lower for word in _SINGULARS) or ("(" in lower and _ANY_MARK.search(text) is not None)


# an exchange rate stated in a scale note: '=', 'equals', a rate, or an amount in a currency ('U.S. $1 - NIS 3.846')
_RATE = re.compile(rf"=|\bequals?\b|\bexchange\s+rate\b|\brate\b|(?:{_MARK})\s?\d", re.IGNORECASE)


def parse_scale(text: str, span: Span | None = None) -> Scale | None:
    """Read a scale statement; None when `text` states none.

    '(Dollars in thousands except share data)' -> money x1000, shares x1 (printed as is);
    '(In Millions of Dollars Except Earnings Per Share)' -> money x1,000,000, shares unknown;
    '(millions, except earnings per common share)' -> money and shares x1,000,000.
    Per-share amounts are always as printed.
    """
    if not may_state_scale(text):
        return None
    # not 'shares in thousands' of '(shares in thousands, dollars in millions, ...)': the money's
    match = next((m for m in _SCALE.finditer(text) if not _SHARES_BEFORE.search(text, 0, m.start() + 1)), None)
    if not match:
        return None
    if match["zeros"]:
        multiplier = 1000 if match["zeros"] == "000" else 1_000_000
    elif match["letter"]:
        multiplier = _SCALE_LETTERS[match["letter"].lower()]
    else:
        multiplier = SCALE_WORDS[(match["word"] or match["word3"] or match["bare"] or match["dollar"] or match["word2"]
                                  or match["word4"] or match["word5"]).lower()]
    currency = currency_named(text)
    if currency is not None and _RATE.search(text) and len({_CURRENCY_WORDS[m[0].lower()] for m in _CURRENCY_NAMED.finditer(text)}) > 1:
        currency = UNKNOWN  # '(In thousands; U.S. $1 = NIS 3.846)': a rate names two currencies, which one is not said
    shares_match = _SHARES_SCALE.search(text)
    if shares_match:
        shares: int | None = SCALE_WORDS[shares_match[1].lower()]
    elif _excludes_share_counts(text):
        shares = 1
    elif match["subject"] or match["subject3"] or currency is not None:
        shares = None  # the statement speaks of money only ('dollars', 'euros'): share counts are not covered
    else:
        shares = multiplier  # '(millions, except earnings per share)': everything else scaled
    return Scale(text=text.strip(), monetary=multiplier, shares=shares, span=span, currency=currency)


# 'EXPRESSED IN CANADIAN DOLLARS', '(In U.S. dollars)', '(Euros)': a currency stated with no
# multiple: amounts as printed, in units of it
_UNITS_OF = re.compile(rf"^\(?\s*(?:(?:expressed|stated|presented|amounts)\s+)?(?:in\s+)?(?:{_NAMED})\s*\)?$", re.IGNORECASE)


def currency_units(text: str, span: Span | None = None) -> Scale | None:
    """A title line that states the currency and no multiple ('EXPRESSED IN CANADIAN DOLLARS'):
    money as printed, in that currency; share counts not covered."""
    currency = currency_named(text) if _UNITS_OF.match(text.strip()) else None
    if currency in (None, UNKNOWN):
        return None
    return Scale(text=text.strip(), monetary=1, shares=None, span=span, currency=currency)


_LABEL_SCALE = re.compile(rf"\(\s*in\s+({_EITHER})\s*\)", re.IGNORECASE)  # '(in millions)', '(in crore)'


@lru_cache(maxsize=4096)  # asked for every fact of a row
def label_scale(label: str) -> int | None:
    """A row's own scale: 'Average Shares Outstanding (in millions)' -> 1,000,000."""
    match = _LABEL_SCALE.search(label) if "(" in label else None
    return SCALE_WORDS[match[1].lower()] if match else None


def _excludes_share_counts(text: str) -> bool:
    """'except share data' excludes share counts from the scale; 'except earnings per
    common share' excludes only per-share amounts."""
    _, found, rest = text.lower().partition("except")
    if not found:
        return False
    rest = re.sub(r"per[- ](?:common\s+)?share", " ", rest)
    return bool(re.search(r"\bshares?\b", rest))


def rounds_to(precise: Decimal, other: Decimal, decimals: int | None) -> bool:
    """`other`, known to `decimals` (a fact's decimals), is `precise` rounded there, half
    away from zero: the test XBRL applies to duplicate facts ($87,495 million is '87.5' in
    billions, decimals -8).

    >>> rounds_to(Decimal("87495000000"), Decimal("87500000000"), -8), rounds_to(Decimal("87495000000"), Decimal("87400000000"), -8)
    (True, False)
    """
    if precise == other:
        return True
    if decimals is None:
        return False
    quantum = Decimal(1).scaleb(-decimals)
    return (precise / quantum).quantize(Decimal(1), rounding=ROUND_HALF_UP) * quantum == other
