"""Numbers and scales as printed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tagger.amounts import (
    VALUE_ENDINGS,
    is_not_available,
    is_value_word,
    label_scale,
    may_be_one_number,
    may_state_scale,
    parse_amount,
    parse_scale,
)
from tagger.vocabulary import BALANCE_MARKS, CURRENCIES, NOT_AVAILABLE, SCALE_WORDS, ZERO_DASHES


@pytest.mark.parametrize(("text", "expected"), [
    ("$5,191", Decimal("5191")),
    ("(1,379)", Decimal("-1379")),
    ("$(16,738)", Decimal("-16738")),
    ("$  (806)", Decimal("-806")),
    ("$ 0.24", Decimal("0.24")),
    ("$(0.24)", Decimal("-0.24")),
    ("$.16", Decimal("0.16")),
    ("68,876,094", Decimal("68876094")),
    ("216.5", Decimal("216.5")),
    ("-13.0%", Decimal("-13.0")),
    ("---", Decimal(0)),
    ("--", Decimal(0)),
    ("-", Decimal(0)),
    ("$    -", Decimal(0)),
    ("1,234(a)", Decimal("1234")),  # a footnote mark is not part of the number
    ("$(0.24)*", Decimal("-0.24")),
    ("12,3a4", None),  # not a number: reported, never guessed
    ("1,23", None),  # a thousands separator must group three digits
    ("(1,379", None),  # unbalanced: unsure of the sign
    ("1,379)", None),
    ("n/m", None),
    ("", None),
    ("632-", Decimal("-632")),  # a trailing minus, as old print-outs show negatives
    ("\u2212543", Decimal("-543")),  # the Unicode minus sign
    ("+25", Decimal("25")),  # an explicit plus, as change columns print it
    ("(7)%", Decimal("-7")),
    ("(-5)", None),  # two signs: unsure
    ("-5-", None),
    ("7%%", None),
    ("[632]", None),
    ("\u2014", Decimal(0)),
    ("$12345678901234567890123456", None),  # more digits than any amount: reported, never rounded
    ("999,999,999,999,999", Decimal("999999999999999")),  # fifteen digits: read
    ("05", None),  # a leading zero ('$.  05', Motorola): not how an amount is printed; reported
    ("0.05", Decimal("0.05")),
    ("0", Decimal(0)),
])
def test_parse_amount(text: str, expected: Decimal | None) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("5,191", True), ("(632)", True), ("---", True), ("12,3a4", True), ("n/a", True),
    ("31,", False), ("interest", False), ("(See", False), ("2Q", False),
])
def test_is_value_word(text: str, expected: bool) -> None:
    assert is_value_word(text) is expected


@pytest.mark.parametrize(("text", "monetary", "shares"), [
    ("(Dollars in thousands except share data)", 1000, 1),
    ("(In Millions of Dollars Except Earnings Per Share)", 1_000_000, None),  # says nothing of share counts
    ("(millions, except earnings per common share)", 1_000_000, 1_000_000),
    ("($ in millions, except earnings per share)", 1_000_000, None),
    ("(in thousands, except per share amounts)", 1000, 1000),
    ("(in thousands, except share and per share amounts)", 1000, 1),
    ("(Amounts in millions; shares in thousands)", 1_000_000, 1000),
    ("(Dollars in billions; shares in millions)", 1_000_000_000, 1_000_000),
    ("(Euros in billions, shares in billions)", 1_000_000_000, 1_000_000_000),  # each scale word, each place
    ("(millions)", 1_000_000, 1_000_000),
    ("(000's omitted)", 1000, 1000),
    ("($000)", 1000, None),
    ("(Dollars in thousands)", 1000, None),
    ("($B)", 1_000_000_000, None),  # IBM's summary tables: 87.5 is $87.5 billion
    ("($MM)", 1_000_000, None),
    ("($ M)", 1_000_000, None),
])
def test_parse_scale(text: str, monetary: int, shares: int | None) -> None:
    scale = parse_scale(text)
    assert scale is not None
    assert (scale.monetary, scale.shares, scale.per_share) == (monetary, shares, 1)


def test_text_without_scale() -> None:
    assert parse_scale("SELECTED CONSOLIDATED FINANCIAL DATA") is None
    assert parse_scale("Revenue $5,191") is None and parse_scale("($5)") is None


def test_row_label_scale() -> None:
    assert label_scale("Average Shares Outstanding (in millions)") == 1_000_000
    assert label_scale("Basic") is None


@pytest.mark.parametrize("text", ["[632]", "<632>", "#632", "*632", "(632))", "(15,177", "+(25)", "632 CR", "1,234DR",
                                  "2,189 Cr.", "1,401  DR", "1,401 cr"])
def test_a_malformed_number_is_a_value_word_to_report(text: str) -> None:
    """Printed in a value column, these are reported as bad numbers, not read as a label
    (which would drop the row's other values in silence)."""
    assert is_value_word(text) and parse_amount(text) is None


@pytest.mark.parametrize("text", ["n/a", "N/A", "NA", "n.a.", "NM", "nm", "n.m.", "N.M.", "n/m", "*"])
def test_words_for_no_number(text: str) -> None:
    assert is_value_word(text) and is_not_available(text)


@pytest.mark.parametrize("text", ["1999.", "408-555-1212", "12/31/00", "reported.", "3-for-2"])
def test_words_that_are_no_value(text: str) -> None:
    """A sentence's last word, a telephone number, a date: not value words."""
    assert not is_value_word(text)


def test_the_quick_test_of_a_value_ending_agrees_with_the_patterns() -> None:
    """lines.py tests a line's last character against VALUE_ENDINGS before the patterns run:
    every character a value word can end with must be in it, or values would be dropped."""
    for code in range(0x3000):
        ending = chr(code)
        if ending.isspace():
            continue  # words have none: a line's words are split at them
        stems = ("", "12", "(12", "$12", *(word[:-1] for word in NOT_AVAILABLE + ZERO_DASHES),
                 *(f"12 {mark[:-1]}" for mark in BALANCE_MARKS))
        for word in (stem + ending for stem in stems):
            if is_value_word(word):
                assert word[-1] in VALUE_ENDINGS, word


def test_the_quick_test_of_a_scale_agrees_with_the_pattern() -> None:
    """parse_scale asks may_state_scale before its long pattern: every text the pattern reads as
    a scale must pass it, or the scale is lost. Tried on each short line of the corpus's
    releases (its first folder: the pattern is slow over a whole corpus), and on each currency's
    mark and each scale word of the vocabulary before and after a multiple."""
    from conftest import CORPUS

    from tagger.amounts import _SCALE

    marks = [mark for marks, _ in CURRENCIES.values() for mark in marks]
    multiples = [*SCALE_WORDS, *"kmb", "mm", "mil", "bil", "bn", "000", "'000"]
    made = [text for mark in marks for multiple in multiples
            for text in (f"({mark}{multiple})", f"({mark} {multiple.upper()})", f"({multiple} of {mark})")]
    lines = [line for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="latin-1").splitlines() if len(line) <= 200]
    read = [text for text in made + lines if _SCALE.search(text)]
    assert len(read) > 1000  # the pattern reads many of them: the check has something to check
    assert [text for text in read if not may_state_scale(text)] == []


@pytest.mark.parametrize(("left", "right", "expected"), [
    ("$5", "191", True),  # '$5 191': a number whose thousands a space groups, or two values
    ("(5", "191)", True),
    ("12", "345", True),
    ("1,234", "567", False),  # grouped by commas already: a space is no separator of its groups
    ("5.1", "191", False),  # cents end a number
    ("5", "19", False),  # a group is three digits
    ("5", "1912", False),
    ("2002", "191", False),  # four digits: no head of a group
    ("-5", "191", True),  # a sign before the head
    ("\u22125", "191", True),
    ("$1", "234.5", True),  # decimals, a note's mark or a trailing minus after the group
    ("5", "191(a)", True),
    ("5", "191-", True),
    ("5", "1,191", False),
    ("\u0665", "191", False),  # digits of another script are no number here
])
def test_may_be_one_number(left: str, right: str, expected: bool) -> None:
    assert may_be_one_number(left, right) is expected
