"""How foreign filers print their statements: 'H1/2010' and 'Q2/2010' over the columns, the
IFRS 'Profit attributable to the equity holders of ...', 'Operating result', a currency stated
without a multiple ('Expressed in Canadian Dollars'), 'for the period' after a line item."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import tagger
from tagger.taxonomy import Taxonomy

DATA = Path(__file__).parent / "data" / "foreign"


def _facts(name: str) -> dict[tuple[str, str], tuple[Decimal, str]]:
    return {(f.concept, str(f.period)): (f.value, f.unit.measure) for f in tagger.tag_file(DATA / name).facts}


def test_named_halves_and_quarters_dated_by_an_interim_balance_sheet() -> None:
    """'H1/2010 cum.' and 'Q2/2010' name parts of fiscal years; the balance sheet at 6/30/2010,
    12/31/2009 and 6/30/2009 shows the year end between its two interim dates."""
    facts = _facts("interim_named_halves.txt")
    assert facts[("NetSales", "2010-01-01..2010-06-30")] == (Decimal(346_349_000), "iso4217:EUR")
    assert facts[("NetSales", "2009-04-01..2009-06-30")] == (Decimal(56_701_000), "iso4217:EUR")
    assert facts[("OperatingIncomeLoss", "2010-04-01..2010-06-30")] == (Decimal(60_558_000), "iso4217:EUR")
    assert facts[("NetIncomeLoss", "2009-01-01..2009-06-30")] == (Decimal(8_769_000), "iso4217:EUR")
    assert facts[("TotalAssets", "2009-12-31")] == (Decimal(620_115_000), "iso4217:EUR")
    assert len(facts) == 15


def test_named_parts_without_the_year_end_between_stay_undated() -> None:
    """The same statements with a balance sheet at the quarter's end and the one before it
    (ASE's December 31 and September 30): no year end shown, the named columns are said."""
    text = (DATA / "interim_named_halves.txt").read_text().replace("12/31/2009", "3/31/2010 ")
    result = tagger.tag_text(text)
    assert {f.concept for f in result.facts} == {"TotalAssets"}
    assert sum(i.code == "extract.period-unknown" for i in result.issues) == 4


def test_a_currency_stated_without_a_multiple_is_units_of_it() -> None:
    """'(Expressed in Canadian Dollars)': whole Canadian dollars. The 'Other items:' heading over
    the loss per share does not make it something else; 'Comprehensive income:' is a part of the
    statement, not of the company; a comprehensive loss per share is no EPS."""
    facts = _facts("canadian_units.txt")
    assert facts == {
        ("NetIncomeLoss", "2009-03-01..2009-05-31"): (Decimal(-663_356), "iso4217:CAD"),
        ("NetIncomeLoss", "2008-03-01..2008-05-31"): (Decimal(-1_030_325), "iso4217:CAD"),
        ("EarningsPerShareBasic", "2009-03-01..2009-05-31"): (Decimal("-0.01"), "iso4217:CAD/xbrli:shares"),
        ("EarningsPerShareBasic", "2008-03-01..2008-05-31"): (Decimal("-0.01"), "iso4217:CAD/xbrli:shares"),
    }


def test_units_speak_for_their_own_table_only() -> None:
    """'(In dollars)' over a stock price table is not the scale of a later table that states
    none (GE's statements are in millions): that one is reported."""
    result = tagger.tag_file(DATA / "canadian_units.txt")
    assert [(i.code, i.span.line) for i in result.issues if i.code == "tag.scale-unknown"] == [
        ("tag.scale-unknown", 25), ("tag.scale-unknown", 25)]


@pytest.mark.parametrize(("label", "concepts"), [
    ("Net income (loss) for the period", ["NetIncomeLoss"]),
    ("Net loss for the year", ["NetIncomeLoss"]),
    ("Profit/loss attributable to the equity holders of AIXTRON AG", ["NetIncomeLoss"]),
    ("Profit attributable to equity holders of the parent", ["NetIncomeLoss"]),
    ("Net income attributable to common shareholders", []),  # after preferred dividends
    ("Profit attributable to minority interests", []),
    ("Profit for the period", []),  # IFRS: minority interests' share included
    ("Operating result", ["OperatingIncomeLoss"]),
])
def test_foreign_labels(taxonomy: Taxonomy, label: str, concepts: list[str]) -> None:
    assert [c.name for c in taxonomy.match(label, None)] == concepts


def test_a_misprinted_month_end_is_no_calendar_of_weeks() -> None:
    """Aegean Marine's MD&A table says 'March 30, 2009' where its statements say March 31: the
    statements' quarters stand, the misprint's columns are said and not tagged."""
    result = tagger.tag_file(DATA / "month_end_slip.txt")
    assert {(f.concept, str(f.period)) for f in result.facts} == {
        ("NetSales", "2009-01-01..2009-03-31"), ("NetSales", "2010-01-01..2010-03-31"),
        ("NetIncomeLoss", "2009-01-01..2009-03-31"), ("NetIncomeLoss", "2010-01-01..2010-03-31")}
    assert [(i.code, i.span.line) for i in result.issues if i.severity == "error"] == [
        ("extract.period-unsettled", 10), ("extract.period-unsettled", 10)]
