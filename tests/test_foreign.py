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


def test_nine_months_named_in_the_scale_line_and_dates_day_first() -> None:
    """AIXTRON's nine months report heads its statement on the scale's own line ('in EUR
    thousands  9M/09  9M/08  +/-  Q3/09  Q3/08  +/-') and dates its balance sheet day first
    ('30/09/2009  31/12/2008  30/09/2008'); its result is the 'Profit/loss attributable to the
    equityholders of ACME AG'."""
    facts = _facts("nine_months_interim.txt")
    eur = "iso4217:EUR"
    assert facts[("NetSales", "2009-01-01..2009-09-30")] == (Decimal(184_937_000), eur)
    assert facts[("NetSales", "2008-07-01..2008-09-30")] == (Decimal(63_896_000), eur)
    assert facts[("NetIncomeLoss", "2008-01-01..2008-09-30")] == (Decimal(18_891_000), eur)
    assert facts[("EarningsPerShareBasic", "2009-07-01..2009-09-30")] == (Decimal("0.13"), eur + "/xbrli:shares")
    assert facts[("TotalAssets", "2008-12-31")] == (Decimal(314_827_000), eur)
    assert facts[("StockholdersEquity", "2009-09-30")] == (Decimal(230_466_000), eur)
    assert not [key for key in facts if key[0] == "NetSales" and "-12-31" in key[1]]


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
    ("Profit/loss attributable to the equityholders of AIXTRON AG (after taxes)", ["NetIncomeLoss"]),
    ("Net income/(loss) attributable to AirMedia Group Inc.'s shareholders", ["NetIncomeLoss"]),
    ("Net loss attributable to 3SBio Inc.", ["NetIncomeLoss"]),
    ("Net income attributable to Acme Holdings Inc. subsidiary", []),
    ("Less: Net income/(loss) attributable to noncontrolling interests", []),
    ("Total AirMedia Group Inc.'s shareholders' equity", ["StockholdersEquity"]),
    ("Total Ballard Power Systems Inc. shareholders' equity", ["StockholdersEquity"]),
    ("Net income (loss) and comprehensive income (loss) attributable to Ballard Power Systems Inc. for period",
     ["NetIncomeLoss"]),
    ("Net income (loss) for period", []),  # the group's, in the cash flow statement
    ("Revenues from mining operations", ["NetSales"]),
    ("Revenues from discontinued operations", []),
    ("Product and service revenues", ["NetSales"]),
    ("Net Loss and Comprehensive Loss", ["NetIncomeLoss"]),
    ("Total unitholders' equity", ["StockholdersEquity"]),  # an income trust's
    ("Operating income and comprehensive income", []),  # only the result and its comprehensive twin
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


HOSTILE = DATA / "hostile"
_DURATIONS = {"NetSales", "OperatingIncomeLoss", "NetIncomeLoss", "EarningsPerShareBasic", "EarningsPerShareDiluted"}


@pytest.mark.parametrize(("name", "concepts"), [
    # named parts on a December year where the release's year ends elsewhere: a bank's linked
    # quarters (March 31 / December 31 / March 31) beside 'Q3 FY2010' of a June year; 'H1 FY2010'
    # of a September year after a March balance sheet
    ("a03_june_fy_thrift.txt", _DURATIONS),
    ("a04_sept_fy_h1.txt", _DURATIONS),
    # 'attributable to' a part, before exceptional items, from continuing operations, to a subsidiary's
    # shareholders, to owners of non-wholly owned subsidiaries; to 'stockholders' after preferred dividends
    ("b01_parent_before_exceptional.txt", {"NetIncomeLoss"}),
    ("b02_parent_continuing.txt", {"NetIncomeLoss"}),
    ("b03_stockholders_after_preferred.txt", {"NetIncomeLoss"}),
    ("b04_subsidiary_shareholders.txt", {"NetIncomeLoss"}),
    ("b06_minority_own_label.txt", {"NetIncomeLoss"}),
    # a currency stated alone above a title line that speaks of thousands ('(Unaudited - $000s)'):
    # no units, and no scale either (the currency alone would make the amounts units)
    ("e09_cad_in_dollar000s.txt", {"NetSales", "NetIncomeLoss", "TotalAssets"}),
    # a balance sheet stating no scale after a units statement, and thousands before it
    ("f01_units_not_inherited.txt", {"CashAndCashEquivalents", "TotalAssets"}),
    # '312.450' beside a decimal comma '0,125'; one comma-grouped count row among '12.410' amounts
    ("g01_points_with_decimal_comma.txt", _DURATIONS),
    ("g03_points_eu_dates_header.txt", _DURATIONS | {"TotalAssets"}),
    # 'Diluted loss per share' under 'Special items included above:'
    ("d01_special_items_eps.txt", {"EarningsPerShareBasic", "EarningsPerShareDiluted"}),
])
def test_a_ninth_hostile_review_writes_none_of_these(name: str, concepts: set[str]) -> None:
    """Layouts a review of the foreign filers' rules built (2026-12-02) that wrote a wrong period,
    concept or scale: none of these concepts is written now (each is reported, or not mapped)."""
    assert {f.concept for f in tagger.tag_file(HOSTILE / name).facts} & concepts == set()


@pytest.mark.parametrize(("name", "concept", "period", "value", "currency"), [
    ("e03_cad_units_dollar_quote.txt", "TotalAssets", "2009-09-30", Decimal(145_220_000), "CAD"),
    ("e06_hk_unmarked_quote.txt", "TotalAssets", "2010-06-30", Decimal(2_145_220_000), "HKD"),
    ("e07_rmb_expressed.txt", "NetSales", "2010-04-01..2010-06-30", Decimal(345_210_000), "CNY"),
])
def test_a_unit_over_each_column_is_the_scale(name: str, concept: str, period: str, value: Decimal, currency: str) -> None:
    """"$'000" or "RMB'000" printed over each column under '(Expressed in Canadian dollars)': the
    columns' unit states thousands (the ninth hostile review's layouts, refused while no column
    unit was read, lest the currency alone make the amounts units), in the currency stated."""
    facts = {(f.concept, str(f.period)): f for f in tagger.tag_file(HOSTILE / name).facts}
    fact = facts[(concept, period)]
    assert (fact.value, fact.unit.currency) == (value, currency)


def test_a_cumulative_quarter_is_the_year_to_its_end() -> None:
    """'Q3/2010 cum.' over a cash flow statement: nine months to September 30, not the quarter."""
    facts = tagger.tag_file(HOSTILE / "a02_q3_cum_cashflow.txt").facts
    assert {str(f.period) for f in facts if f.concept == "DepreciationAndAmortization"} == {
        "2010-01-01..2010-09-30", "2009-01-01..2009-09-30"}


def test_a_multiple_under_a_currency_title_keeps_the_title_s_currency() -> None:
    """'EXPRESSED IN CANADIAN DOLLARS' over '(000's)': thousands of Canadian dollars."""
    facts = tagger.tag_file(HOSTILE / "e02_cad_units_000s_paren.txt").facts
    assert {f.unit.measure for f in facts} == {"iso4217:CAD"}
    assert {f.value for f in facts if f.concept == "TotalAssets"} == {Decimal(139_870_000), Decimal(145_220_000)}


def test_no_named_part_ends_after_the_latest_date_printed() -> None:
    """'Q4 2010' beside 'Q3 2010' in a release whose latest date is September 30, 2010: an
    outlook, or a year that does not end in December; not dated."""
    result = tagger.tag_file(DATA / "named_after_latest_date.txt")
    assert {str(f.period) for f in result.facts} == {"2010-01-01..2010-09-30", "2009-01-01..2009-09-30",
                                                     "2010-07-01..2010-09-30"}
    assert [i.code for i in result.issues if i.severity == "error"] == ["extract.period-unknown"]


def test_an_expense_line_that_differs_by_scope_does_not_disown_the_statement() -> None:
    """Agrium: 'Depreciation and amortization 27' among the operating expenses, 47 in the cash
    flow statement (the whole of it): that line is not written; the results table, whose title
    names no statement, is the company's all the same."""
    result = tagger.tag_file(DATA / "expense_line_differs_by_scope.txt")
    assert {(f.concept, f.value) for f in result.facts} == {
        ("NetSales", Decimal(1_941_000_000)), ("NetSales", Decimal(1_426_000_000)),
        ("NetIncomeLoss", Decimal(124_000_000)), ("NetIncomeLoss", Decimal(172_000_000))}
    assert [i.code for i in result.issues if i.severity == "error"] == ["tag.conflicting-values"] * 2


def test_a_liabilities_heading_alone_ends_the_assets() -> None:
    """ALDA: 'LIABILITIES:' then 'SHAREHOLDERS' EQUITY:' as headings of their own, the totals
    unlabelled: the row that ends the assets and the last row print the same amounts, which the
    balance sheet's identity makes total assets."""
    facts = _facts("liabilities_heading_alone.txt")
    assert facts[("TotalAssets", "2009-03-31")] == (Decimal(1_814_663), "iso4217:CAD")
    assert facts[("TotalAssets", "2008-06-30")] == (Decimal(2_495_341), "iso4217:CAD")


@pytest.mark.parametrize(("name", "absent"), [
    # a segment's table that disagrees with the cash flow statement only on depreciation, over
    # nine months no statement prints: its sales and operating income are not the company's
    ("z_c1_segment_ytd.txt", {("NetSales", "2008-01-01..2008-09-30"), ("OperatingIncomeLoss", "2008-01-01..2008-09-30")}),
    ("z_c2_agrium_segment.txt", {("GrossProfit", "2008-10-01..2008-12-31")}),  # the 'Retail' segment's
    # 'ASSETS' / 'LIABILITIES' in a purchase price allocation, which balances too: no balance sheet
    ("z_c3_purchase_alloc.txt", {("TotalAssets", "2008-03-31"), ("LiabilitiesAndStockholdersEquity", "2008-03-31")}),
])
def test_a_tenth_hostile_review_writes_none_of_these(name: str, absent: set) -> None:
    facts = {(f.concept, str(f.period)) for f in tagger.tag_file(HOSTILE / name).facts}
    assert facts & absent == set()


@pytest.mark.parametrize(("name", "currency"), [
    ("z_c5b_cad_plain.txt", "iso4217:CAD"),  # 'All amounts are expressed in Canadian dollars', tables unmarked
    ("z_c5c_cad_nomarks.txt", "iso4217:CAD"),
    ("z_c4a_cad_sub.txt", "iso4217:USD"),  # a US filer's Canadian subsidiary 'reported in Canadian dollars'
    ("z_c4b_expressed.txt", "iso4217:USD"),  # 'all amounts for Acme Canada Ltd. are expressed in Canadian dollars'
    ("z_c4f_footnote.txt", "iso4217:USD"),  # a footnote: a subsidiary's statements 'presented in Australian dollars'
])
def test_whose_statement_of_currency_it_is(name: str, currency: str) -> None:
    """A statement of the release's own amounts settles its currency; one of a subsidiary's does not."""
    facts = tagger.tag_file(HOSTILE / name).facts
    assert facts and {f.unit.measure for f in facts if f.unit.currency} == {currency}


def test_a_subsidiary_translated_into_renminbi_is_no_convenience_translation() -> None:
    """'statements of the Company's Hong Kong subsidiary are translated into RMB' beside RMB /
    US$ columns: not the convenience translation that would settle which is the table's."""
    facts = tagger.tag_file(HOSTILE / "z_c6_translated_other.txt").facts
    assert not [f for f in facts if f.unit.currency == "USD"]


@pytest.mark.parametrize(("text", "dollars"), [
    ("Unless otherwise noted, all references are to Canadian dollars.", {"CAD"}),
    ("All amounts are expressed in Canadian dollars.", {"CAD"}),
    ("(Expressed in thousands of U.S. dollars)", {"USD"}),
    ("All amounts for the Canadian division are expressed in Canadian dollars.", set()),  # a part's
    ("its Canadian subsidiary, whose results are reported in Canadian dollars", set()),
    ("proceeds of 12 millions of Canadian dollars", set()),  # an amount, not a statement
])
def test_the_dollars_a_release_states_its_own_amounts_in(text: str, dollars: set) -> None:
    from tagger.amounts import read_currencies

    assert read_currencies(text).dollars == dollars


_IFRS_RESULT = """EXAMPLE PLC
CONSOLIDATED INCOME STATEMENT
(GBP millions)
                                          Year ended December 31,
                                            2009        2008
Revenue                                    1,245       1,102
Operating profit                             210         188
Profit for the year                          152         131
{split}"""


def test_profit_for_the_period_is_net_income_where_no_one_else_shares_it() -> None:
    facts = {(f.concept, f.period.end.year): f.value for f in tagger.tag_text(_IFRS_RESULT.format(split="")).facts}
    assert facts[("NetIncomeLoss", 2009)] == Decimal(152_000_000)


def test_profit_for_the_period_split_with_minority_interests_is_not_net_income() -> None:
    """'Profit for the year' / 'Attributable to:' / 'Owners of the parent  140' / 'Non-controlling
    interests  12': the year's profit includes the minority's share; not the company's, which
    is the owners' of the parent."""
    split = ("Attributable to:\n  Owners of the parent                     140         124\n"
             "  Non-controlling interests                 12           7\n")
    facts = {(f.concept, f.period.end.year): f.value for f in tagger.tag_text(_IFRS_RESULT.format(split=split)).facts}
    assert facts[("NetIncomeLoss", 2009)] == Decimal(140_000_000)
    assert facts[("NetIncomeLoss", 2008)] == Decimal(124_000_000)


def test_the_company_s_share_beside_the_noncontrolling_interests() -> None:
    """AirMedia (US GAAP since 2009, in HTML): 'Net income/(loss)' is the group's, the share of
    'ACME Media Inc.'s shareholders' printed under the noncontrolling interests' is the
    company's; so is the equity before the noncontrolling interest is added. 'Revenues' less
    business tax is 'Net revenues': the top line is the net sales. 'Three Months Ended' spans
    three columns of the grid (its colspan), the last one 'as adjusted', restated: current."""
    facts = _facts("noncontrolling_html.txt")
    usd = "iso4217:USD"
    assert facts[("NetIncomeLoss", "2009-10-01..2009-12-31")] == (Decimal(-12_411_000), usd)
    assert facts[("NetIncomeLoss", "2008-10-01..2008-12-31")] == (Decimal(8_128_000), usd)
    assert facts[("NetSales", "2008-10-01..2008-12-31")] == (Decimal(40_462_000), usd)
    assert facts[("NetSales", "2009-01-01..2009-12-31")] == (Decimal(152_530_000), usd)
    assert facts[("StockholdersEquity", "2009-12-31")] == (Decimal(270_049_000), usd)
    assert len([key for key in facts if key[0] == "NetIncomeLoss"]) == 5
    assert len([key for key in facts if key[0] == "StockholdersEquity"]) == 2
    # 'Basic' and 'Diluted' under a heading as long as a sentence are the table's rows still
    assert facts[("EarningsPerShareDiluted", "2008-01-01..2008-12-31")] == (Decimal("0.22"), usd + "/xbrli:shares")
    assert len([key for key in facts if key[0] == "EarningsPerShareBasic"]) == 5


def test_sales_net_of_freight_are_the_net_sales() -> None:
    """Agrium's 'Sales' / 'Direct freight' / 'Net sales': only taxes make the top line the net
    sales; with freight between them the two lines disagree, and neither is written."""
    text = (DATA / "noncontrolling_html.txt").read_text().replace("Business tax and other sales tax", "Direct freight")
    result = tagger.tag_text(text, name="freight.htm")
    assert not [f for f in result.facts if f.concept == "NetSales"]
    assert any(i.code == "tag.conflicting-values" and "NetSales" in i.message for i in result.issues)


def test_a_title_in_a_table_of_its_own_and_labels_split_over_rows() -> None:
    """Ballard sets its statement's title and scale in an HTML table of their own, right above
    the statement ('Unaudited (Expressed in thousands of U.S. dollars, ...)'); heads 2009's
    columns '(revised – note 2)'; splits the company's net loss over two rows ('Net income (loss)
    and comprehensive income' / '(loss) attributable to Ballast Power Systems Inc. for period');
    and names its own equity without the possessive."""
    facts = _facts("title_table_html.txt")
    usd = "iso4217:USD"
    assert facts[("NetSales", "2009-04-01..2009-06-30")] == (Decimal(13_075_000), usd)
    assert facts[("NetIncomeLoss", "2010-01-01..2010-06-30")] == (Decimal(-20_896_000), usd)
    assert facts[("NetIncomeLoss", "2009-04-01..2009-06-30")] == (Decimal(1_583_000), usd)
    assert facts[("EarningsPerShareBasic", "2010-04-01..2010-06-30")] == (Decimal("-0.13"), usd + "/xbrli:shares")
    assert facts[("StockholdersEquity", "2010-06-30")] == (Decimal(139_384_000), usd)
    assert len([key for key in facts if key[0] == "NetIncomeLoss"]) == 4
    assert len([key for key in facts if key[0] == "StockholdersEquity"]) == 2


def test_mining_revenues_and_share_counts_scaled_by_their_heading() -> None:
    """Agnico-Eagle: 'Revenues from mining operations' is the top line (the unlabelled total
    adds interest income); its share counts are 'in thousands' by the heading over 'Basic' and
    'Diluted', though the table's scale excepts share amounts, so the EPS checks out and is
    written."""
    facts = _facts("mining_revenues.txt")
    usd = "iso4217:USD"
    assert facts[("NetSales", "2009-07-01..2009-09-30")] == (Decimal(149_250_000), usd)
    assert facts[("EarningsPerShareDiluted", "2009-01-01..2009-09-30")] == (Decimal("0.24"), usd + "/xbrli:shares")
    assert facts[("WeightedAverageSharesBasic", "2009-07-01..2009-09-30")] == (Decimal(156_164_000), "xbrli:shares")


def test_a_part_of_total_revenues_is_no_top_line() -> None:
    """Ballard's Q1 2009: 'Product and service revenues' and 'Engineering development revenue'
    add up to 'Total revenues': the total is the net sales, not its first part."""
    text = (DATA / "mining_revenues.txt").read_text().replace(
        "Revenues from mining operations", "Product and service revenues   ").replace(
        "Interest and sundry income", "Engineering revenues      ").replace(
        "                                            152,914", "Total revenues                              152,914")
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(text, name="parts.txt").facts}
    assert facts[("NetSales", "2009-07-01..2009-09-30")] == Decimal(152_914_000)
    assert facts[("NetSales", "2008-01-01..2008-09-30")] == Decimal(305_029_000)


def test_a_period_at_the_margin_beside_gaap_and_non_gaap_columns() -> None:
    """3SBio prints 'Full Year Ended December 31,2009' at the margin, beside the headers of five
    columns: GAAP RMB, GAAP US$ (a convenience translation), an adjustment and two non-GAAP ones.
    The period dates every column; only the GAAP renminbi are the company's figures."""
    result = tagger.tag_file(DATA / "gaap_beside_non_gaap.txt")
    facts = {(f.concept, str(f.period)): (f.value, f.unit.measure) for f in result.facts}
    assert facts == {
        ("NetSales", "2009-01-01..2009-12-31"): (Decimal(316_920_000), "iso4217:CNY"),
        ("GrossProfit", "2009-01-01..2009-12-31"): (Decimal(291_684_000), "iso4217:CNY"),
        ("OperatingIncomeLoss", "2009-01-01..2009-12-31"): (Decimal(84_383_000), "iso4217:CNY"),
        ("NetIncomeLoss", "2009-01-01..2009-12-31"): (Decimal(83_435_000), "iso4217:CNY"),
    }


def test_a_header_stacked_unevenly_over_its_columns() -> None:
    """AirMedia's header cells stand at the bottom of their columns: 'December 31,' / '2009' /
    'as adjusted (1)' over the second, 'March 31,' / '2010' over the others, so no line holds
    the years alone. Each column's year is brought into one line, as a text table prints it."""
    facts = _facts("stacked_header_html.txt")
    usd = "iso4217:USD"
    assert facts[("NetSales", "2010-01-01..2010-03-31")] == (Decimal(48_769_000), usd)
    assert facts[("NetSales", "2009-10-01..2009-12-31")] == (Decimal(45_199_000), usd)
    assert facts[("NetIncomeLoss", "2009-01-01..2009-03-31")] == (Decimal(-6_409_000), usd)


def _none_of_these_but_those(name: str, absent: set, present: dict) -> None:
    """A hostile review's layout: no fact of `absent` is written ((concept, period): none at all;
    (concept, period, value): not that value), and each of `present` is, with its value."""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_file(HOSTILE / name).facts}
    for key in absent:
        assert (facts.get(key[:2]) != key[2]) if len(key) == 3 else key not in facts, key
    for key, value in present.items():
        assert facts.get(key) == value, key


@pytest.mark.parametrize(("name", "absent", "present"), [
    # a brewer's 'Revenue' less excise taxes: the net line is the net sales (only China's business
    # tax leaves the top line the net sales); the two disagree, and neither is written
    ("h11_w1_excise_gross_sales.txt", {("NetSales", "2009-10-01..2009-12-31")}, {}),
    # 'Actual' beside 'As adjusted(1)' for an offering: the adjusted balance sheet is no fact
    ("h11_w2_as_adjusted_offering.txt", {("TotalAssets", "2010-03-31", Decimal(92_502_000))},
     {("TotalAssets", "2010-03-31"): Decimal(45_902_000), ("StockholdersEquity", "2010-03-31"): Decimal(33_425_000)}),
    # an April release's guidance for its year, 'Original' / 'Revised': a forecast, no fact
    ("h11_w3_revised_guidance.txt", {("NetIncomeLoss", "2010-01-01..2010-12-31"),
                                     ("EarningsPerShareDiluted", "2010-01-01..2010-12-31")},
     {("NetIncomeLoss", "2010-01-01..2010-03-31"): Decimal(11_203_000)}),
    # '03/10/2009' beside '27/12/2008': October 3 (day first, as the header shows), not March 10
    ("h11_w4_dayfirst_ambiguous_date.txt", {("TotalAssets", "2009-03-10")},
     {("TotalAssets", "2009-10-03"): Decimal(412_908_000)}),
    # a second block headed by its own period at the margin is not the first block's rows
    ("h11_w5_margin_period_stacked.txt", {("GoodwillImpairmentLoss", "2009-10-01..2009-12-31")},
     {("NetIncomeLoss", "2009-10-01..2009-12-31"): Decimal(5_877_000)}),
    # 'As Reported' / 'Special Items' / 'As Adjusted': the reported column is the company's
    ("h11_w6_as_adjusted_non_gaap.txt", {("NetIncomeLoss", "2009-10-01..2009-12-31", Decimal(92_700_000))},
     {("NetIncomeLoss", "2009-10-01..2009-12-31"): Decimal(71_400_000),
      ("EarningsPerShareDiluted", "2009-10-01..2009-12-31"): Decimal("0.58")}),
    ("h11_r1_as_adjusted_conflict.txt", set(),
     {("NetIncomeLoss", "2009-10-01..2009-12-31"): Decimal(71_400_000),
      ("OperatingIncomeLoss", "2009-10-01..2009-12-31"): Decimal(118_900_000)}),
])
def test_an_eleventh_hostile_review_writes_none_of_these(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


def test_a_revenue_in_its_own_words_the_net_loss_and_comprehensive_loss_and_spacer_rows() -> None:
    """Alexco: 'Consulting Revenue' less 'Consulting Costs' is the 'Gross Profit' in every column,
    so it is the top line; 'Net Loss and Comprehensive Loss' is one line for both; three empty
    HTML rows before the loss per share are spacers, not the end of the statement."""
    facts = _facts("consulting_revenue_html.txt")
    cad = "iso4217:CAD"
    assert facts[("NetSales", "2009-07-01..2010-03-31")] == (Decimal(3_731_000), cad)
    assert facts[("NetIncomeLoss", "2010-01-01..2010-03-31")] == (Decimal(-1_529_000), cad)
    assert facts[("EarningsPerShareBasic", "2008-07-01..2009-03-31")] == (Decimal("-0.19"), cad + "/xbrli:shares")
    # with a cost that is not the difference, the revenue line is no top line the arithmetic shows
    text = (DATA / "consulting_revenue_html.txt").read_text().replace("<td>743</td>", "<td>744</td>")
    assert not [f for f in tagger.tag_text(text, name="a.htm").facts if f.concept == "NetSales"]


def test_a_header_cell_spanning_into_the_stub_heads_its_values() -> None:
    """ASE's 'As of Sep. 30, 2010' spans the labels' second grid column and its values: centred
    over all of it, it stood among the labels and was read as title; it is laid out over the
    part of its span right of the stub."""
    facts = _facts("header_into_stub_html.txt")
    assert facts[("TotalAssets", "2010-09-30")] == (Decimal(222_561_000_000), "iso4217:TWD")
    assert facts[("TotalLiabilities", "2010-06-30")] == (Decimal(120_215_000_000), "iso4217:TWD")


def test_an_income_trust_s_unlabelled_liabilities_and_equity_by_the_balance_sheet_identity() -> None:
    """Advantage Energy ends its liabilities and its 'Unitholders' Equity' with unlabelled
    subtotals: the equity's items add up to the last, which with the row ending the liabilities
    makes the total of both. With a line between them that neither block holds (a minority
    interest), the identity fails and neither subtotal is written."""
    facts = _facts("trust_unlabelled_subtotals.txt")
    cad = "iso4217:CAD"
    assert facts[("TotalLiabilities", "2009-03-31")] == (Decimal(1_083_223_000), cad)
    assert facts[("StockholdersEquity", "2008-12-31")] == (Decimal(1_208_513_000), cad)
    text = (DATA / "trust_unlabelled_subtotals.txt").read_text().replace(
        "                                                  1,083,223       1,094,233\n",
        "                                                  1,073,223       1,084,233\nMinority interest"
        "                                    10,000          10,000\n")
    written = {f.concept for f in tagger.tag_text(text, name="trust.txt").facts}
    assert "TotalLiabilities" not in written and "StockholdersEquity" not in written


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'For the period ended Dec. 31 2009' of a successor, beside the predecessor's 'period ended
    # Jul. 15 2009': no year to date; nor a comparative half year from inception, its first quarter
    # unprinted
    ("h12_w1_successor_period_ended.txt", {("NetSales", "2009-01-01..2009-12-31")},
     {("NetSales", "2009-10-01..2009-12-31"): Decimal(142_118_000)}),
    ("h12_w2_inception_comparative_h1.txt", {("NetSales", "2009-01-01..2009-06-30")},
     {("NetSales", "2010-01-01..2010-06-30"): Decimal(83_971_000)}),
    # 'As Adjusted(1)' over every period a table prints: excluding charges, no restatement
    ("h12_w3_as_adjusted_alone_non_gaap.txt", {("NetIncomeLoss", "2010-04-01..2010-06-30")}, {}),
    # 'Product sales' less its cost is the gross profit, but 'Royalty revenue' follows: no top line
    ("h12_w4_product_sales_plus_royalties.txt", {("NetSales", "2010-01-01..2010-03-31")}, {}),
    # a 'Pro forma (1):' block after spacer rows inside the statement's HTML table
    ("h12_w5_html_spacers_pro_forma.txt", {("OperatingIncomeLoss", "2010-01-01..2010-03-31"),
                                           ("EarningsPerShareDiluted", "2010-01-01..2010-03-31")},
     {("NetSales", "2010-01-01..2010-03-31"): Decimal(48_210_000)}),
    # 'Net loss and comprehensive loss' after other comprehensive income printed above it
    ("h12_w6_loss_and_comprehensive_after_oci.txt", {("NetIncomeLoss", "2009-11-01..2010-01-31")}, {}),
    ("h12_r1_loss_and_comprehensive_conflict.txt", set(),
     {("NetIncomeLoss", "2009-11-01..2010-01-31"): Decimal(-5_690_000)}),
    # '2010 Financial Guidance' where no dateline gives the release's date
    ("h12_w7_outlook_no_dateline.txt", {("NetIncomeLoss", "2010-01-01..2010-12-31")},
     {("NetIncomeLoss", "2010-01-01..2010-03-31"): Decimal(11_203_000)}),
    # 'GAAP  Adjustments  IFRS': the old framework's figures, replaced by the IFRS ones
    ("h12_w8_gaap_beside_ifrs_transition.txt", {("NetIncomeLoss", "2010-01-01..2010-03-31", Decimal(71_900_000))}, {}),
])
def test_a_twelfth_hostile_review_writes_none_of_these(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # the identity holds with a non-controlling interest inside the equity block: no equity of it
    ("h13_b2_nci_inside_equity_flush.txt", {("StockholdersEquity", "2009-12-31")}, {}),
    # 'Net earnings' under 'Per unit of production ($/boe)': per barrel, no EPS ('per unit' is EPS
    # of a trust or partnership unit only)
    ("h13_c4_per_unit_diluted_only.txt", {("EarningsPerShareBasic", "2009-04-01..2009-06-30")}, {}),
    ("h13_c3_per_unit_of_production.txt", set(), {("EarningsPerShareBasic", "2009-04-01..2009-06-30"): Decimal("0.11")}),
    # headings that say what a line holds are no role: '(excluding depreciation and amortization):',
    # 'Net sales by segment:', '(including related party):'; nor a headline's 'OUTLOOK' over a
    # statement's title, IFRS over another year, a result 'reclassified from other comprehensive loss'
    ("h13_a1_costs_excluding_da.txt", set(),
     {("SellingGeneralAndAdministrativeExpense", "2009-04-01..2009-06-30"): Decimal(38_207_000)}),
    ("h13_a2_flush_segment_heading.txt", set(), {("NetSales", "2008-07-01..2008-09-30"): Decimal(355_458_000)}),
    ("h13_f2_related_party_heading_html.txt", set(), {("NetSales", "2010-04-01..2010-06-30"): Decimal(44_154_000)}),
    ("h13_g1_outlook_in_attachment_title.txt", set(), {("NetSales", "2010-01-01..2010-03-31"): Decimal(212_406_000)}),
    ("h13_e2_ifrs_year_beside_gaap_years.txt", set(), {("NetSales", "2009-01-01..2009-12-31"): Decimal(612_904_000)}),
    ("h13_d1_loss_and_comprehensive_reclass.txt", set(),
     {("NetIncomeLoss", "2012-01-01..2012-03-31"): Decimal(-1_797_236)}),
])
def test_a_thirteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # units from the text: a scale a header hints at ('(in $000s)', "US$'000") and a footnote's
    # '$1,250' in the table's own thousands, '$5.2 million' beside 5,191: not units; EPS '(US cents)'
    ("h14_w1_dollars_in_000s_footnote.txt", {("NetSales", "1999-10-01..1999-12-31")}, {}),
    # ("US$'000" over each column is the columns' unit now: thousands, as the text's 'US$64.2 million' agrees)
    ("h14_w6_us_dollar_000_column_header.txt", {("NetSales", "2007-07-01..2008-06-30", Decimal(64_215))},
     {("EarningsPerShareBasic", "2007-07-01..2008-06-30"): Decimal("0.092"),
      ("NetSales", "2007-07-01..2008-06-30"): Decimal(64_215_000)}),
    # 'the Company': a sentence naming another company beside it, an exhibit that defines another
    # company so ('Beta Systems, Inc. (the "Company")')
    ("h14_w3_combined_with_the_company.txt", {("NetSales", "2008-01-01..2008-12-31")}, {}),
    ("h14_w4_acquiree_exhibit_the_company.txt", {("NetSales", "2008-01-01..2008-12-31")}, {}),
    # 'Net (Loss) in Total' over 'Attributable to shareholders of the Company': the group's result
    ("h14_w7_net_loss_in_total_nci_row_split_html.txt", {("NetIncomeLoss", "2010-01-01..2010-12-31")}, {}),
    # '(1) Stock-based compensation expense included in:': the R&D line's part, not R&D; and with
    # the statement's own lines, those are written
    ("h14_w2_sbc_included_in_colon.txt", {("ResearchAndDevelopmentExpense", "2007-01-01..2007-03-31")}, {}),
    ("h14_r3_sbc_included_in_colon.txt", set(),
     {("ResearchAndDevelopmentExpense", "2007-01-01..2007-03-31"): Decimal(9_410_000),
      ("CostOfSales", "2007-01-01..2007-03-31"): Decimal(12_870_000)}),
    # a sentence introducing a statement ('... include the operations of Beta ... in the following
    # table:', '... included in the following tables is unaudited') is no breakdown
    ("h14_r1_statement_intro_includes_acquisition.txt", set(), {("NetSales", "2009-04-01..2009-06-30"): Decimal(41_230_000)}),
    ("h14_r2_included_in_the_following_tables.txt", set(), {("NetSales", "2009-04-01..2009-06-30"): Decimal(41_230_000)}),
    # a net loss per share printed with both signs under a loss label: neither sign is said
    ("h14_w8_eps_sign_mixed_net_loss_row.txt", {("EarningsPerShareBasic", "2007-01-01..2007-12-31")}, {}),
    # round debt tranches in thousands still inherit the statements' thousands
    ("h14_r6_round_debt_tranches_in_thousands.txt", set(), {("LongTermObligations", "2009-12-31"): Decimal(1_750_000_000)}),
])
def test_a_fourteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize("name", ["h14_w5_monetary_amounts_denominated_cad.txt",
                                  "h14_r4_us_dollars_stated_and_monetary_amounts_cad.txt"])
def test_amounts_denominated_in_another_currency_state_no_release_currency(name: str) -> None:
    """'the monetary items denominated in Canadian dollars held by the Company's head office' (a
    note on exchange losses) is not the currency the release states itself in: its dollars stay
    US dollars, whether or not 'All amounts are in U.S. dollars' is said as well."""
    facts = tagger.tag_file(HOSTILE / name).facts
    assert len(facts) == 8 and {f.unit.currency for f in facts} == {"USD"}


@pytest.mark.parametrize(("name", "absent", "present"), [
    # a multiple joined to the currency's code ('SEK m', 'MSEK 4,512', 'ThUS$ 512,340'): no units
    ("h15_w2_msek_text_amounts.txt", {("NetSales", "2003-04-01..2003-06-30")}, {}),
    ("h15_w3_thus_dollar_chile.txt", {("NetSales", "2005-01-01..2005-09-30")}, {}),
    # an acquired company's exhibit: its interims printed before its auditors' report; a report on
    # a partnership ('Red River Gathering, L.P.')
    ("h15_w1_interim_before_report.txt", {("NetSales", "2000-01-01..2000-03-31")}, {}),
    ("h15_w5_acquiree_lp_not_matched.txt", {("TotalAssets", "2005-12-31")}, {}),
    # the filer's own statements after a subsidiary's or a predecessor's report, its name with an
    # apostrophe ('Dillard's, Inc.' for DILLARDS INC) or a small word ('Bank of Granite
    # Corporation'), a merger agreement's exhibit defining the target as 'the Company', a result
    # 'including Beta Systems, Inc. from March 3', a partnership's partners' shares, a running head
    ("h15_r1_other_auditors_subsidiary.txt", set(), {("NetSales", "1997-01-01..1997-12-31"): Decimal(412_338_000)}),
    ("h15_r2_apostrophe_name.txt", set(), {("TotalAssets", "2006-01-28"): Decimal(5_516_140_000)}),
    ("h15_r3_predecessor_report.txt", set(), {("TotalAssets", "2007-12-31"): Decimal(512_077_000)}),
    ("h15_r4_merger_agreement_defines_company.txt", set(), {("NetSales", "2007-01-01..2007-03-31"): Decimal(48_211_000)}),
    ("h15_r5_name_with_of_defines_itself.txt", set(), {("NetIncomeLoss", "2005-01-01..2005-12-31"): Decimal(27_103_000)}),
    ("h15_r7_own_name_with_of_in_title_sentence.txt", set(),
     {("NetIncomeLoss", "2005-01-01..2005-12-31"): Decimal(27_103_000)}),
    ("h15_r6_title_names_acquiree_included.txt", set(), {("NetSales", "2008-01-01..2008-03-31"): Decimal(61_318_000)}),
    ("h15_r8_mlp_partners_split.txt", set(), {("NetIncomeLoss", "2006-01-01..2006-12-31"): Decimal(38_412_000)}),
    ("h15_r9_running_head_over_continued_page.txt", set(), {("StockholdersEquity", "2008-12-31"): Decimal(186_221_000)}),
])
def test_a_fifteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # a table 'before restructuring charges (1997 amounts have been restated)', one 'restated to
    # exclude' a sold division, the original figures under a reclassification note: none supersedes
    # the statement (only a table naming a statement, 'reclassified', by less than 2%)
    ("h16_w1_before_charges_restated_title.txt", {("NetIncomeLoss", "1998-01-01..1998-12-31", Decimal(52_690_000))}, {}),
    ("h16_w6_restated_to_exclude_divested.txt", {("NetSales", "1998-01-01..1998-12-31", Decimal(3_105_200_000))}, {}),
    ("h16_w2_previously_reported_under_reclass_note.txt", set(),
     {("NetSales", "1997-01-01..1997-12-31"): Decimal(471_950_000)}),
    # dash leaders ('Net income ------') are no label going on below it
    ("h16_w3_dash_leaders_net_income_per_share.txt", {("EarningsPerShareBasic", "1997-07-01..1997-09-30", Decimal(11_700))},
     {("NetIncomeLoss", "1997-07-01..1997-09-30"): Decimal(11_700_000)}),
    ("h16_r1_dash_leaders_revenues_heading.txt", set(), {("NetSales", "1997-07-01..1997-09-30"): Decimal(142_300_000)}),
    ("h16_r3_dash_leaders_balance_sheet.txt", set(), {("TotalLiabilities", "1997-12-31"): Decimal(81_450_000)}),
    # a purchase price allocation 'At August 1, 2002': no table of the company's
    ("h16_w4_purchase_allocation_one_date.txt", {("TotalAssets", "2002-08-01")}, {}),
    # 'Southwest First Corporation' is not 'First Commonwealth Financial' by its last words
    ("h16_w5_acquiree_name_tail_first_corporation.txt", {("TotalAssets", "1997-12-31")}, {}),
])
def test_a_sixteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # an adjusted statement whose title says prior amounts 'have been reclassified' supersedes
    # nothing (the rule that let it was withdrawn)
    ("h17_w2_adjusted_statement_reclassified.txt", {("NetSales", "2008-07-01..2008-09-30", Decimal(52_282_000))}, {}),
    # 'All dollar amounts in this release are in $000': a multiple said in a sentence
    ("h17_w5_units_long_note_000.txt", {("NetSales", "2003-10-01..2003-12-31", Decimal(8_431))}, {}),
    # 'Net income per common share -' over the heading 'Weighted average shares': no label's end
    ("h17_r1_dash_label_takes_heading.txt", set(), {("EarningsPerShareBasic", "2010-04-01..2010-06-30"): Decimal("0.62")}),
])
def test_a_seventeenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # an exact-dollar balance sheet (total assets 12,295,747) after a statement in thousands: it
    # takes no thousands from it
    ("h18_w1_exact_dollars_balance_sheet_inherits_thousands.txt", {("TotalAssets", "2000-12-31")}, {}),
    # '(shares in thousands, dollars in millions, ...)': the money's multiple is the dollars'
    ("h18_w2_shares_in_thousands_before_dollars_in_millions.txt", {("NetSales", "2004-01-01..2004-03-31", Decimal(1_842_000))},
     {("NetSales", "2004-01-01..2004-03-31"): Decimal(1_842_000_000)}),
    # the auditors' report on 'First Citizens Bancshares, Inc.' is not on CITIZENS BANCSHARES CORP
    ("h18_w3_acquiree_name_ends_with_filers_name.txt", {("TotalAssets", "2002-12-31")}, {}),
])
def test_an_eighteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Basic earnings per share (cents)  8.21': cents or dollars is not said by a value with decimals
    ("h19_w1_aud_cents_with_decimals.txt", {("EarningsPerShareBasic", "2009-07-01..2009-12-31", Decimal("8.21"))}, {}),
    # 'Ps. 2,412' under '(In millions of Argentine pesos)': not Mexican pesos, nor any one known
    ("h19_w2_argentine_ps_mark_read_as_mxn.txt", {("NetSales", "2010-01-01..2010-03-31")}, {}),
    # '(Rs. in crores)', '(in TEUR)': a scale of the table's own, unread, not the table before's
    ("h19_w3_crores_inherit_millions.txt", {("TotalAssets", "2009-09-30", Decimal(2_412_600_000))}, {}),
    ("h19_w4_teur_inherits_eur_million.txt", {("TotalAssets", "2009-09-30", Decimal(412_655_000_000))}, {}),
])
def test_a_nineteenth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Stockholders' equity  12.85' under 'Per common share:' / 'Net income:': book value, no EPS
    ("h20_w1_per_share_book_value_equity.txt", {("EarningsPerShareBasic", "1998-10-01..1998-12-31", Decimal("12.85"))}, {}),
    # '03/10/2009  04/10/2008' alone: March 10 or October 3, the header does not say: unread
    ("h20_w2_dayfirst_all_ambiguous_weeks_dates.txt", {("NetSales", "2008-12-11..2009-03-10")}, {}),
])
def test_a_twentieth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)



@pytest.mark.parametrize(("name", "absent", "present"), [
    # an acquiree's statements untitled by its name, two of them agreeing, against the filer's
    # highlights: one table's word (not parts that add up) settles nothing
    ("h21_w1_acquiree_statements_untitled.txt", {("NetIncomeLoss", "2007-01-01..2007-12-31"),
                                                 ("NetIncomeLoss", "2006-01-01..2006-12-31")}, {}),
    # a pro forma combination said only in the sentence before it, repeated in a summary
    ("h21_w2_proforma_said_in_prose.txt", {("NetSales", "2007-01-01..2007-12-31"), ("NetSales", "2006-01-01..2006-12-31")}, {}),
    # 'Balances at January 1, 1994' and 'December 31, 1994', both Saturdays: a calendar year's
    ("h21_w3_calendar_year_balances_one_weekday.txt", {("NetSales", "1994-01-02..1994-12-31")},
     {("NetSales", "1994-01-01..1994-12-31"): Decimal(9_833_000), ("NetSales", "1993-01-01..1993-12-31"): Decimal(8_000_000)}),
])
def test_a_twenty_first_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Treasury stock, at cost (546,000)' between the equity's unlabelled sum and the grand total:
    # the sum is a subtotal, the equity (2,696,000) is not printed
    ("h22_w1_treasury_between_equity_sum_and_grand_total.txt", {("StockholdersEquity", "1998-03-31"),
                                                                ("StockholdersEquity", "1997-06-30")}, {}),
    # 'NET SALES' in capitals over 'Domestic' and 'International', their gross sum, then 'Returns
    # and allowances (50.0)' and 'Total': the gross sum is no net sales
    ("h22_w2_caps_net_sales_gross_sum_then_returns.txt", {("NetSales", "1999-01-01..1999-12-31", Decimal(1_100_000_000)),
                                                          ("NetSales", "1998-01-01..1998-12-31", Decimal(950_000_000))}, {}),
    # a note after a blank line, its sentence saying 'authorized', over another company's rows
    ("h22_w3_authorized_note_after_income_statement.txt", {("OperatingIncomeLoss", "1998-07-01..1998-09-30"),
                                                           ("IncomeTaxExpenseBenefit", "1998-07-01..1998-09-30")},
     {("NetSales", "1998-07-01..1998-09-30"): Decimal(2_100_000_000)}),
    ("h22_w4_authorized_note_after_balance_sheet.txt", {("CashAndCashEquivalents", "1998-09-30", Decimal(310_000_000)),
                                                        ("LongTermObligations", "1998-09-30", Decimal(900_000_000))},
     {("StockholdersEquity", "1998-09-30"): Decimal(6_028_000_000)}),
    ("h22_w5_note_repeating_a_balance_sheet_concept.txt", set(),
     {("LongTermObligations", "1998-09-30"): Decimal(1_040_000_000)}),
    # 'At December 31 At September 30' (or 'As of ...') one space apart, off its columns: unread
    ("h22_w6_at_dates_one_space_apart_shifted.txt", {("TotalAssets", "1996-09-30")}, {}),
    ("h22_w7_as_of_dates_one_space_apart.txt", {("TotalAssets", "1997-12-31")}, {}),
])
def test_a_twenty_second_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # a note's sentence ('... authorized the acquisition of Beta Corp., whose balances ... were:')
    # flush under the balance sheet's last row, over Beta's indented rows: not the statement's
    ("h23_w1_authorized_note_flush_under_balance_sheet.txt",
     {("CashAndCashEquivalents", "1998-09-30", Decimal(310_000_000)), ("LongTermObligations", "1998-09-30", Decimal(900_000_000))},
     {("StockholdersEquity", "1998-09-30"): Decimal(6_028_000_000)}),
    # 'The following adjustments to reconcile the results of the discontinued segment were made:'
    ("h23_w2_adjustments_sentence_over_segment_rows.txt",
     {("NetIncomeLoss", "1999-01-01..1999-12-31", Decimal(5_000)), ("NetIncomeLoss", "1999-01-01..1999-12-31", Decimal(5_000_000))}, {}),
    # 'RETURNS AND ALLOWANCES (50.0)' in capitals right after the gross sum: the block goes on
    ("h23_w3_caps_net_sales_then_returns_in_caps.txt", {("NetSales", "1999-01-01..1999-12-31", Decimal(1_100_000_000))}, {}),
    # a 'Less:' or 'Deduct treasury stock:' heading after the equity's sum: a subtotal
    ("h23_w4_equity_sum_then_less_heading.txt", {("StockholdersEquity", "1998-03-31"), ("StockholdersEquity", "1997-06-30")}, {}),
    ("h23_w5_equity_sum_then_deduct_heading.txt", {("StockholdersEquity", "1998-03-31"), ("StockholdersEquity", "1997-06-30")}, {}),
    # 'Excise taxes (50.0)' after the gross revenues' sum, no 'Less': the sum is no net sales
    ("h23_w6_gross_revenues_sum_then_excise.txt", {("NetSales", "1999-01-01..1999-12-31", Decimal(1_100_000))}, {}),
    # the same note under a heading after a blank line: the balance sheet keeps its own facts
    ("h23_w7_authorized_note_under_a_heading.txt", set(),
     {("TotalAssets", "1998-09-30"): Decimal(10_518_000_000), ("LongTermObligations", "1998-09-30"): Decimal(1_040_000_000)}),
])
def test_a_twenty_third_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # after the equity's sum, a 'Treasury stock:' heading (or 'TREASURY STOCK' in capitals) and
    # its row: the sum was a subtotal, whatever the heading says
    ("h24_w1_equity_sum_then_treasury_heading.txt", {("StockholdersEquity", "1998-03-31"), ("StockholdersEquity", "1997-06-30")}, {}),
    ("h24_w3_caps_equity_sum_then_treasury_heading.txt",
     {("StockholdersEquity", "1999-09-30", Decimal(1_989_400_000)), ("StockholdersEquity", "1998-12-31", Decimal(1_859_100_000))}, {}),
    # 'Outside shareholders' interest in subsidiary' among the items: not the company's equity
    ("h24_w2_outside_shareholders_interest_in_equity.txt", {("StockholdersEquity", "1998-03-31")}, {}),
    # a note's 'authorized' sentence, its rows and more rows of the note flush after them; a
    # second such note before another table's header; 'Beta Corp. recorded adjustments to reconcile'
    ("h24_w4_authorized_note_then_flush_row.txt",
     {("CashAndCashEquivalents", "1998-09-30", Decimal(310_000_000)), ("LongTermObligations", "1998-09-30", Decimal(900_000_000))}, {}),
    ("h24_w5_authorized_note_then_next_header.txt", {("CashAndCashEquivalents", "1998-09-30", Decimal(310_000_000))}, {}),
    ("h24_w6_adjustments_of_another_company.txt", {("NetIncomeLoss", "1999-01-01..1999-12-31", Decimal(5_000_000)),
                                                   ("DepreciationAndAmortization", "1999-01-01..1999-12-31", Decimal(1_000_000))}, {}),
])
def test_a_twenty_fourth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # a subsidiary's preferred stock among the equity's items, flush or indented: no equity read
    ("h25_w1_subsidiary_preferred_in_equity.txt", {("StockholdersEquity", "1998-03-31", Decimal(3_242_000_000))}, {}),
    ("h25_w2_caps_subsidiary_preferred_flush.txt", {("StockholdersEquity", "1999-09-30", Decimal(2_089_400_000))}, {}),
    # three that rules older than the review wrote: treasury stock printed above the equity's
    # heading (the heading's sum is not all the equity); a revenues sum followed by a flush
    # 'Intersegment eliminations (50.0)' (a gross figure); a year printed on a line of its own
    # between two columns (neither column's year can be told)
    ("h25_w3_treasury_above_equity_heading.txt", {("StockholdersEquity", "1998-03-31", Decimal(3_242_000_000))}, {}),
    ("h25_w4_revenues_sum_then_flush_eliminations.txt", {("NetSales", "1999-01-01..1999-12-31", Decimal(1_100_000))}, {}),
    # ... where a flush 'Cost of products sold' follows the sum, it is the revenues
    ("h25_p4_revenues_sum_then_flush_cost.txt", set(), {("NetSales", "1999-01-01..1999-12-31"): Decimal(1_100_000)}),
    ("h25_w5_year_printed_between_columns.txt", {("CashAndCashEquivalents", "1999-06-30", Decimal(500_000_000))}, {}),
])
def test_a_twenty_fifth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # an unlabelled subtotal over a minority's interest or redeemable preferred stock, before the
    # equity's heading: no total of liabilities (the equity under its heading still is one)
    ("h26_w1_minority_in_liabilities_subtotal.txt", {("TotalLiabilities", "1998-03-31")},
     {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000)}),
    ("h26_w2_redeemable_preferred_in_liabilities_subtotal.txt", {("TotalLiabilities", "1998-03-31")},
     {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000)}),
    # 'equity/deficit', 'equity <deficit>', 'equity - deficiency': the label names equity too, so
    # its values keep their printed sign
    ("h26_w3_equity_slash_deficit_positive.txt", set(), {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000)}),
    ("h26_w4_equity_angle_deficit_positive.txt", set(), {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000)}),
    ("h26_w5_equity_dash_deficiency_positive.txt", set(), {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000)}),
    # a partnership's or a trust's interest among the equity's items: not the company's equity
    ("h26_w6_limited_partners_op_interest_in_equity.txt", {("StockholdersEquity", "1998-03-31")}, {}),
    ("h26_w7_other_partners_interest_in_equity.txt", {("StockholdersEquity", "1998-03-31")}, {}),
    ("h26_w8_trust_preferred_in_equity.txt", {("StockholdersEquity", "1998-03-31")}, {}),
    # the liabilities printed as one line, the equity's sum under its heading: the identity reads it
    ("h26_p1_base_single_ap.txt", {("TotalLiabilities", "1998-03-31")},
     {("StockholdersEquity", "1998-03-31"): Decimal(32_420_000), ("StockholdersEquity", "1997-12-31"): Decimal(26_610_000)}),
])
def test_a_twenty_sixth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # Q3 / Nine months beside a balance sheet at September 30, 2006 and December 31, 2005, both
    # Saturdays: a calendar of weeks may end there, so the December evidence is not taken
    ("h27_w1_5253_week_q3.txt", {("NetSales", "2005-07-01..2005-09-30"), ("NetSales", "2005-01-01..2005-09-30")}, {}),
    # 'Nine months 2008' beside 'Year ended December 31, 2009': a transition period, not dated
    ("h27_w2_transition_nine_months.txt", {("NetSales", "2008-01-01..2008-09-30")},
     {("NetSales", "2009-01-01..2009-12-31"): Decimal(412_300_000)}),
    # the minority's equity and the perpetual securities holders' profit, named with a company's legal form
    ("h27_w3_minority_equity_named_subsidiary.txt", {("StockholdersEquity", "2008-09-30")}, {}),
    ("h27_w5_perpetual_holders_profit.txt", {("NetIncomeLoss", "2008-01-01..2008-09-30", Decimal(48_000_000))},
     {("NetIncomeLoss", "2008-01-01..2008-09-30"): Decimal(962_000_000)}),  # 'Attributable to:' / 'Shareholders of X S.A.'

    # a June company's 'Q1 FY2009' beside an acquiree's September 30 / December 31 balance sheet
    ("h27_w4_june_fy_trend_acquired_bs.txt", {("NetSales", "2008-07-01..2008-09-30"), ("NetSales", "2008-04-01..2008-06-30"),
                                              ("NetSales", "2008-01-01..2008-03-31")}, {}),
    # 'Minority interests' under 'Attributable to:' in an income statement: a share of the result, no balance
    ("h27_w6_minority_share_of_profit_as_instant.txt", {("MinorityInterest", "2008-09-30"), ("MinorityInterest", "2007-09-30")}, {}),
    # NIS columns and a 'U.S. $' convenience column: the shekels written, the translation not
    ("h27_p4_us_dollar_spaced_convenience.txt", set(), {("StockholdersEquity", "2008-09-30"): Decimal(302_000_000)}),
])
def test_a_twenty_seventh_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # found by a helper's new releases: an IFRS income statement splits its 'Net income 938' into
    # 'Attributable to:' / 'Equity holders of the parent 905' / 'Minority interests 33'; the cash
    # flow statement opens with the group's 'Net income 938': not the company's
    ("f3_w1_group_net_income_in_cash_flow.txt", {("NetIncomeLoss", "2008-01-01..2008-12-31", Decimal(938_000_000))},
     {("NetIncomeLoss", "2008-01-01..2008-12-31"): Decimal(905_000_000),
      ("NetIncomeLoss", "2007-10-01..2007-12-31"): Decimal(237_000_000)}),
])
def test_the_group_s_result_split_in_one_statement_is_not_the_company_s_in_another(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Loss for the year 7,500' / 'Attributable to:' / 'Equity holders of the parent 7,100', or
    # under 'Net loss attributable to:': a loss's share printed as a magnitude, sign unsaid
    ("h28_w1_loss_for_year_attributable_positive.txt", {("NetIncomeLoss", "2008-01-01..2008-12-31", Decimal(7_100_000))}, {}),
    ("h28_w2_net_loss_attributable_heading.txt", {("NetIncomeLoss", "2008-01-01..2008-12-31", Decimal(7_100_000))}, {}),
    # a March-year company's 'Q3 FY09 ... FY08' beside a December 31 / December 31 balance sheet:
    # its FY09 parts would end after the latest date printed, so no part is dated on December years
    ("h28_w3_march_fy_q3_dec_dec_bs.txt", {("NetSales", "2008-07-01..2008-09-30"), ("NetSales", "2008-01-01..2008-12-31")}, {}),
    # another year's extra week ('compared with 53 weeks in fiscal 2003; the extra week ... fell in
    # the fourth quarter') is not this year's fourth quarter's
    ("h28_w4_52_week_year_other_years_extra_week.txt", {("NetSales", "2004-09-26..2005-01-01")},
     {("NetSales", "2004-10-03..2005-01-01"): Decimal(112_300_000)}),
    # a retailer naming its years by the year they end: the sentence contradicts the printed year
    # end, so neither the year's nor its fourth quarter's weeks are taken from it
    ("h28_w5_end_year_named_retailer_52_week.txt", {("NetSales", "2000-11-05..2001-02-03")}, {}),
    # 'Outside shareholders' in the split under the net profit: the group's result, not the company's
    ("h28_w6_outside_shareholders_split_no_heading.txt", {("NetIncomeLoss", "2008-01-01..2008-12-31", Decimal(79_700_000))}, {}),
    # a cash flow statement's net income with the minority's earnings added back under it (before
    # 2009) is no split of the group's result: the income statement's net income stays written
    ("h28_m1_pre2009_cashflow_minority_addback_drops_company_ni.txt", set(),
     {("NetIncomeLoss", "2007-01-01..2007-12-31"): Decimal(39_700_000)}),
])
def test_a_twenty_eighth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # '(In thousands, except per share data; U.S. $1 = NIS 3.846)': a rate names two currencies, so
    # the note settles none; the amounts are not written as dollars
    ("h29_w1_us_dollar_rate_in_scale_nis_table.txt", {("NetSales", "2008-01-01..2008-12-31", Decimal(412_300_000))}, {}),
    # 'Minority interests (10)' in a cash flow statement (dividends paid to them, their financing):
    # a flow of the year, not the balance at its end
    ("h29_w2_dividends_paid_to_minority_as_balance.txt", {("MinorityInterest", "2008-12-31")},
     {("NetIncomeLoss", "2008-01-01..2008-12-31"): Decimal(371_000_000)}),
    ("h29_w3_cashflow_minority_financing_as_balance.txt", {("MinorityInterest", "2008-12-31")}, {}),
])
def test_a_twenty_ninth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # balances under 'AVERAGE BALANCES:' (a total closing the heading's section), a cash flow
    # statement's 'Long-term debt (4,500)' and 'Net increase (decrease) in:' / 'Cash and cash
    # equivalents (3,102)': flows or averages of the period, no balance at its end
    ("h30_w1_average_balances_as_period_end.txt", {("TotalAssets", "2009-12-31"), ("StockholdersEquity", "2009-12-31")},
     {("NetIncomeLoss", "2009-10-01..2009-12-31"): Decimal(4_105_000)}),
    ("h30_w2_cashflow_long_term_debt_as_balance.txt", {("LongTermObligations", "1998-06-30"), ("LongTermObligations", "1997-06-30")}, {}),
    ("h30_w3_cash_increase_as_balance.txt", {("CashAndCashEquivalents", "2007-12-29")}, {}),
    # 'U.S. $1.00 equals NIS 3.846', 'U.S. $1 - NIS 3.846' in the scale note: a rate, no currency settled
    ("h30_w4_nis_table_rate_equals_as_usd.txt", {("NetSales", "2008-01-01..2008-12-31")}, {}),
    ("h30_w4b_nis_table_rate_dash_as_usd.txt", {("NetSales", "2008-01-01..2008-12-31")}, {}),
    # 'Adjusted results:' over 'Net income, Group share': adjusted figures, not the company's
    ("h30_w5_adjusted_heading_group_share_as_net_income.txt", {("NetIncomeLoss", "2008-01-01..2008-12-31", Decimal(402_000_000))}, {}),
])
def test_a_thirtieth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'For the periods ended February 1, 1997 and February 3, 1996' over '1996' and '1995': a
    # retailer's fiscal years, named for the year they mostly fall in; 1996 is not the period
    # ending February 3, 1996
    ("f6_w1_fiscal_years_named_not_by_their_ends.txt",
     {("NetSales", "1995-10-29..1996-02-03"), ("NetSales", "1995-01-29..1996-02-03")}, {}),
    # 'Fourth Quarter Ended Dec. 29, 1996' of a restaurant whose fourth quarter 'contains sixteen
    # weeks': not 13 weeks; its 52-week year stands
    ("f6_w2_fourth_quarter_of_sixteen_weeks.txt", {("NetSales", "1996-09-30..1996-12-29")},
     {("NetSales", "1996-01-01..1996-12-29"): Decimal(245_640_000)}),
])
def test_a_sixth_field_set_writes_none_of_these(name: str, absent: set, present: dict) -> None:
    """Two layouts the sixth field set's reader made of its own releases, each one header
    changed, on which tagger wrote wrong periods (tests/data/fieldtest/f/REPORT.md)."""
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # number words spaced ('Twenty Eight Weeks', 'FIFTY TWO WEEKS'): not 'Eight Weeks', 'TWO WEEKS'
    ("h31_w1_twenty_eight_weeks_spaced.txt", {("NetSales", "1998-05-18..1998-07-12")},
     {("NetSales", "1997-12-29..1998-07-12"): Decimal(142_166_000)}),
    ("h31_w1_fifty_two_weeks_spaced.txt", {("NetSales", "1999-01-17..1999-01-30")},
     {("NetSales", "1998-02-01..1999-01-30"): Decimal(884_092_000)}),
    # a day printed before its month ('52 weeks to 1 February 1997', 'Half-year ended 27
    # September 2003'): that day, not the month's end
    ("h31_w1_uk_52wk_day_first_gbp_m.txt", {("NetSales", "1996-03-02..1997-02-28")},
     {("NetSales", "1996-02-04..1997-02-01"): Decimal(1_482_000_000)}),
    ("h31_w1_halfyear_ended_saturday.txt", {("NetSales", "2003-04-01..2003-09-30")},
     {("NetSales", "2003-03-30..2003-09-27"): Decimal(734_500_000)}),
    # EPS '12.4' under '£m' (British releases print it in pence), '21.4p' of Irish pounds
    ("h31_w1_eps_pence_unmarked_gbp_m.txt", {("EarningsPerShareBasic", "2003-04-01..2003-09-30")}, {}),
    ("h31_w1_irish_pence.txt", {("EarningsPerShareBasic", "1997-01-01..1997-12-31")}, {}),
    # 'Minorities' under the equity heading above 'Total equity': not the company's equity
    ("h31_w1_total_equity_minorities.txt", {("StockholdersEquity", "2004-12-31", Decimal(1_236_000_000))}, {}),
    # a statement of revenues and direct operating expenses of properties bought: the seller's
    ("h31_w1_acquired_properties_revenue.txt", {("NetSales", "2003-01-01..2003-12-31")}, {}),
    # and what the first versions of today's rules lost: a title's 'January 3, 1998' is fiscal
    # 1997's end; 'the nine-week period ended April 4, 1998' of a promotion says nothing of quarters
    ("h31_r_title_dates_53wk_year.txt", set(), {("NetSales", "1995-12-31..1996-12-28"): Decimal(370_984_000)}),
    ("h31_r_nine_week_period_text.txt", set(), {("NetSales", "1998-02-01..1998-05-02"): Decimal(212_618_000)}),
])
def test_a_thirty_first_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'FISCAL YEARS ENDED JANUARY 3, 1998, JANUARY 4, 1997 AND DECEMBER 30, 1995' over '1997 1996
    # 1995': January 4, 1997 ends fiscal 1996, or 1997 by the calendar; the years do not say
    ("h32_w10_jan_first_week_fiscal_years.txt", {("NetSales", "1995-12-31..1997-01-04")}, {}),
    # '1/4/97' read day first because the text spells an event's 'April 1, 1997': only the ends
    # the text spells as ends ('ended', 'as of') order a header's numeric dates
    ("h32_w6_numeric_dates_prose_events.txt", {("NetSales", "1997-01-01..1997-04-01")}, {}),
    # a discontinued business's 'Oil and gas revenue' less its expenses, in a note: not the top line
    ("h32_w14_discontinued_revenue_less_expenses.txt", {("NetSales", "1998-01-01..1998-12-31")}, {}),
    # 'Operating income as so defined is a non-GAAP measure' (an insurer's); and 'Pro forma operating
    # income, a non-GAAP measure' is another measure: the statement's operating income stands
    ("h32_w4_operating_income_as_so_defined.txt", {("OperatingIncomeLoss", "1999-10-01..1999-12-31")}, {}),
    ("h32_lost_r4_pro_forma_operating_income.txt", set(),
     {("OperatingIncomeLoss", "2002-10-01..2002-12-31"): Decimal(5_445_000)}),
    # a gathering joint venture's balance sheet (100% basis) is another entity's
    ("h32_pre_jv_balance_sheet_unnamed.txt", {("TotalAssets", "2001-12-31", Decimal(169_700_000))}, {}),
])
def test_a_thirty_second_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Successor  Predecessor' over the columns above a centred scale note: the header's, and the
    # predecessor's 1997 is not the company's
    ("h33_w8_predecessor_header_above_scale_note.txt", {("NetSales", "1997-01-01..1997-12-31")}, {}),
    # 'Basic (Singapore cents)' in a table in US dollars: another currency's cents
    ("h33_w1_singapore_cents_under_usd_table.txt", {("EarningsPerShareBasic", "2005-04-01..2005-06-30")}, {}),
    # and what the first versions of the last rules lost
    ("h33_lost_excluding_comma_operating_income.txt", set(), {("OperatingIncomeLoss", "2002-10-01..2002-12-31"): Decimal(5_445_000)}),
    ("h33_lost_operating_income_excluding_is_non_gaap.txt", set(),
     {("OperatingIncomeLoss", "2002-10-01..2002-12-31"): Decimal(5_445_000)}),
    ("h33_lost_oibda.txt", set(), {("OperatingIncomeLoss", "2002-10-01..2002-12-31"): Decimal(5_445_000)}),
    ("h33_lost_acquiree_fiscal_year_ended.txt", set(), {("NetSales", "1999-04-01..1999-06-30"): Decimal(24_810_000)}),
    ("h33_lost_oil_gas_sales_summary_title.txt", set(), {("NetSales", "1998-01-01..1998-03-31"): Decimal(6_840_000)}),
    ("h33_lost_joint_ventures_intro_sentence.txt", set(), {("NetIncomeLoss", "1999-01-01..1999-03-31"): Decimal(5_300_000)}),
    ("h33_lost_scale_note_between_group_and_years.txt", set(), {("NetSales", "1998-10-01..1998-12-31"): Decimal(61_420_000)}),
])
def test_a_thirty_third_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # 'Third-party interests' (a Dutch minority) inside the equity block: not the company's equity
    ("h34_w1_third_party_interests_in_equity.txt", {("StockholdersEquity", "2003-12-31", Decimal(685_000_000))}, {}),
    # 'Finance revenue' above 'Expenses:' with 'Other revenues:' below: not all the revenues
    ("h34_w2_finance_revenue_then_other_revenues.txt", {("NetSales", "1997-04-01..1997-06-30")}, {}),
    # 'Cumulative preference shares' inside an unlabelled subtotal: no total liabilities
    ("h34_w3_preference_shares_in_unlabelled_liabilities_sum.txt", {("TotalLiabilities", "1998-12-31")}, {}),
    # 'Net income per share.....45': the last dot may be the decimal point
    ("h34_w4_dot_leaders_into_decimal_point.txt", {("EarningsPerShareBasic", "1996-07-01..1996-09-30", Decimal(45))}, {}),
    # 'Total turnover' adding the joint ventures' share: the group's turnover is the top line
    # (its 'Group turnover' is then a part of the total: not written either, a miss)
    ("h34_w5_total_turnover_with_joint_ventures.txt", {("NetSales", "2002-01-01..2002-12-31", Decimal(1_252_800_000)),
                                                       ("OperatingIncomeLoss", "2002-01-01..2002-12-31", Decimal(135_600_000))}, {}),
])
def test_a_thirty_fourth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize("name", [
    "o_w1_acquiree_titled_by_its_short_name.htm",  # 'PELLHAM' / 'CONDENSED STATEMENTS OF OPERATIONS'
    "o_w2_acquiree_introduced_as_the_acquired_company.htm",  # 'the acquired company reported the following results'
    "o_w3_acquiree_prior_to_the_merger.htm",  # '... OF PELLHAM PRIOR TO THE MERGER'
])
def test_an_acquired_companys_last_quarter_is_not_the_filers(name: str) -> None:
    """Field set o's reader retitled the acquired company's last quarter (ended September 30) in
    Corvant's release, after 'Corvant completed its acquisition of Pellham Technologies': its
    results were written as Corvant's. A title naming a company the release says was acquired,
    or 'the acquired company' or 'prior to the merger', makes the table another entity's."""
    facts = {(f.concept, str(f.period)) for f in tagger.tag_file(HOSTILE / name).facts}
    assert not {key for key in facts if key[1] in ("2000-07-01..2000-09-30", "1999-07-01..1999-09-30")}
    assert ("NetSales", "2000-10-01..2000-12-31") in facts  # Corvant's own fourth quarter stands


@pytest.mark.parametrize(("name", "absent", "present"), [
    # an acquired company's name in a consolidated statement's title lines ('(Includes Summit
    # Medical Products from May 3, 2004)', '(in thousands, except per share data)' after a merger
    # with 'Data Harbor Systems'): the statement stays the company's, and a segment's table never is
    ("h35_w1_acquired_name_in_includes_line.txt", {("NetSales", "2004-04-01..2004-06-30", Decimal(61_200_000))}, {}),
    ("h35_w2_acquired_name_in_scale_line.txt", {("NetSales", "1999-10-01..1999-12-31", Decimal(318_240_000))}, {}),
    # 'Turnover' / 'Acquisitions' / 'Discontinued operations' / 'Total turnover': the total
    ("h35_w3_turnover_component_above_total_turnover.txt", {("NetSales", "1999-01-01..1999-06-30", Decimal(84_210_000))},
     {("NetSales", "1999-01-01..1999-06-30"): Decimal(102_660_000)}),
    ("h35_lost_total_turnover.txt", set(), {("NetSales", "1999-01-01..1999-06-30"): Decimal(102_660_000)}),
    ("h35_lost_common_share_scale_line.txt", set(), {("NetSales", "2003-10-01..2003-12-31"): Decimal(91_412_000)}),
    ("h35_lost_dot_leaders_into_bare_integers.txt", set(), {("GrossProfit", "2003-10-01..2003-12-31"): Decimal(293_000_000)}),
    ("h35_lost_sales_volumes_heading.txt", set(), {("NetSales", "2008-01-01..2008-03-31"): Decimal(1_246_310)}),
    ("h35_lost_third_party_payor_settlements.txt", set(), {("TotalLiabilities", "2003-06-30"): Decimal(64_956_000)}),
])
def test_a_thirty_fifth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)


@pytest.mark.parametrize(("name", "absent", "present"), [
    # the filer's own 'CONSOLIDATED BALANCE SHEETS AS OF DEC. 31', 'CONSOLIDATED STATEMENTS OF
    # INCOME', 'INTERIM CONSOLIDATED STATEMENTS' after acquisitions of 'DEC', 'Income Opportunity
    # Realty', 'Interim Healthcare': a consolidated statement's title line names no acquiree
    ("h36_lost_dec_balance_sheet.txt", set(), {("TotalAssets", "1998-12-31"): Decimal(23_051_000_000)}),
    ("h36_lost_income_statement_of_income.txt", set(), {("NetSales", "1998-01-01..1998-12-31"): Decimal(31_169_000_000)}),
    ("h36_lost_interim_statement.txt", set(), {("NetSales", "1998-01-01..1998-12-31"): Decimal(31_169_000_000)}),
    # 'Management and leasing fees from unconsolidated joint ventures' is the company's own revenue
    ("h36_lost_total_revenues_jv_fees.txt", set(), {("NetSales", "2004-01-01..2004-12-31"): Decimal(412_600_000)}),
    # 'Other revenues and income:', 'Other revenues, net:' headings: other revenue lines
    ("h36_w3_other_revenues_and_income_heading.txt", {("NetSales", "2005-01-01..2005-12-31", Decimal(42_310_000))}, {}),
    ("h36_w4_other_revenues_net_heading.txt", {("NetSales", "2005-01-01..2005-12-31", Decimal(42_310_000))}, {}),
    # an unlabelled equity sum over 'Third-party share in group equity' or 'Non-controlling interests'
    ("h36_w1_unlabelled_equity_third_party.txt", {("StockholdersEquity", "2003-12-31", Decimal(102_112_000))}, {}),
    ("h36_w2_unlabelled_equity_noncontrolling.txt", {("StockholdersEquity", "2003-12-31", Decimal(102_112_000))}, {}),
])
def test_a_thirty_sixth_hostile_review(name: str, absent: set, present: dict) -> None:
    _none_of_these_but_those(name, absent, present)

