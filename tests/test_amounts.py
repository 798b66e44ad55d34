"""Numbers and scales as printed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tagger.amounts import is_value_word, label_scale, parse_amount, parse_scale


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
