"""Amounts in the currency the release prints them in: euros as euros, shekels as shekels, and
a table whose currency the release does not settle reported, never written as dollars."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import cli

import tagger
from tagger.amounts import currencies_named, currency_named, currency_of, parse_amount, parse_scale
from tagger.conformance import Arelle
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file

DATA = Path(__file__).parent / "data" / "currency"


@pytest.mark.parametrize(("text", "monetary", "currency"), [
    ("(in millions of euros, except per share data)", 1_000_000, "EUR"),
    ("(EUR millions)", 1_000_000, "EUR"),
    ("(in \u20ac million)", 1_000_000, "EUR"),
    ("(\u00a3m)", 1_000_000, "GBP"),
    ("(NIS in thousands)", 1000, "ILS"),
    ("(in thousands of NIS)", 1000, "ILS"),
    ("U.S. dollars in thousands", 1000, "USD"),
    ("(In thousands of U.S. dollars)", 1000, "USD"),
    ("In millions of Swiss francs", 1_000_000, "CHF"),
    ("(CHF million)", 1_000_000, "CHF"),
    ("(million EUR)", 1_000_000, "EUR"),  # the multiple first, the code after (AIXTRON's key financials)
    ("(in thousand EUR)", 1000, "EUR"),
    ("(RMB'000)", 1000, "CNY"),
    ("(Dollars in thousands)", 1000, "$"),  # whose dollars, the release says (US ones where it says none)
    ("($000)", 1000, "$"),
    ("(In millions, except per share amounts)", 1_000_000, None),  # no currency named
    ("(000's omitted)", 1000, None),
    ("(In thousands of Jamaican dollars)", 1000, "?"),  # a country's dollar not listed: unknown, never written
    ("(Millions of pesos)", 1_000_000, "?"),  # whose pesos?
    ("(In thousands, except per share data; U.S. $1 = NIS 3.846)", 1000, "?"),  # a rate: which of the two, unsaid
])
def test_a_scale_note_names_its_currency(text: str, monetary: int, currency: str | None) -> None:
    scale = parse_scale(text)
    assert scale is not None and (scale.monetary, scale.currency) == (monetary, currency)


def test_a_note_that_names_a_currency_does_not_scale_share_counts() -> None:
    """'(in millions of euros)' speaks of money, as '(Dollars in millions)' does."""
    assert parse_scale("(in millions of euros)").shares is None  # type: ignore[union-attr]
    assert parse_scale("(In millions)").shares == 1_000_000  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("EUR 3,120", Decimal(3120), "EUR"),
    ("\u20ac3,120", Decimal(3120), "EUR"),
    ("NIS 100", Decimal(100), "ILS"),
    ("US$ 5.2", Decimal("5.2"), "USD"),
    ("(\u00a31,379)", Decimal(-1379), "GBP"),
    ("\u00a5(152)", Decimal(-152), "JPY"),
    ("$ 5", Decimal(5), "$"),
    ("EUR \u2014", Decimal(0), "EUR"),
    ("5,191", Decimal(5191), None),
])
def test_a_value_with_a_currency_mark(text: str, value: Decimal, currency: str | None) -> None:
    assert (parse_amount(text), currency_of(text)) == (value, currency)


def test_the_currencies_a_release_names_as_amounts() -> None:
    text = "Revenue rose to \u20ac3.1 billion (NIS 12 million) as the euro strengthened; figures in millions of Swiss francs"
    assert currencies_named(text) == {"EUR", "ILS", "CHF"}
    assert currencies_named("Sales in Europe fell as the euro weakened against the dollar.") == frozenset()


def _facts(name: str) -> dict[tuple[str, int], tuple[Decimal, str]]:
    result = tagger.tag_file(DATA / name)
    return {(f.concept, f.period.end.year): (f.value, f.unit.measure) for f in result.facts}


def test_euro_marks_on_the_cells_give_euro_facts() -> None:
    """'EUR 3,120' one space apart is one value in euros, not a label word and a value."""
    facts = _facts("eur_marked_cells.txt")
    assert facts[("NetSales", 2006)] == (Decimal(3_120_000_000), "iso4217:EUR")
    assert facts[("NetIncomeLoss", 2005)] == (Decimal(190_000_000), "iso4217:EUR")  # unmarked cell, marked table
    assert facts[("EarningsPerShareBasic", 2006)] == (Decimal("0.45"), "iso4217:EUR/xbrli:shares")
    assert len(facts) == 10


def test_a_lone_currency_mark_before_its_value_in_a_text_table() -> None:
    facts = _facts("chf_spaced_marks.txt")
    assert facts[("TotalAssets", 2008)] == (Decimal(5_410_000_000), "iso4217:CHF")
    assert facts[("TotalLiabilities", 2007)] == (Decimal(2_950_000_000), "iso4217:CHF")


def test_a_euro_sign_in_a_cell_of_its_own_in_html() -> None:
    facts = _facts("euro_cells_html.txt")
    assert facts[("NetSales", 2009)] == (Decimal(303_188_000), "iso4217:EUR")
    assert facts[("NetIncomeLoss", 2008)] == (Decimal(18_103_000), "iso4217:EUR")


def test_shekels_are_written_and_the_convenience_translation_is_not() -> None:
    result = tagger.tag_file(DATA / "nis_with_convenience_translation.txt")
    assert {f.unit.measure for f in result.facts} == {"iso4217:ILS", "iso4217:ILS/xbrli:shares"}
    assert {(f.concept, f.period.end.year, f.value) for f in result.facts if f.concept == "NetSales"} == {
        ("NetSales", 2007, Decimal(12_100_000_000)), ("NetSales", 2006, Decimal(11_800_000_000))}
    assert [i.span.line for i in result.issues if i.code == "extract.column-not-a-period"] == [9]


def test_a_table_whose_currency_the_release_does_not_settle_is_reported() -> None:
    """The release names euros and dollars; the table marks neither: no amount is written."""
    result = tagger.tag_file(DATA / "two_currencies_unmarked_table.txt")
    assert result.facts == ()
    unknown = [i for i in result.issues if i.code == "tag.currency-unknown"]
    assert [(i.span.line, i.severity) for i in unknown] == [(10, "error"), (10, "error"), (11, "error"), (11, "error")]


def test_a_us_release_that_speaks_of_the_euro_stays_in_dollars() -> None:
    facts = _facts("us_release_naming_the_euro.txt")
    assert facts[("NetSales", 2006)] == (Decimal(3_120_000_000), "iso4217:USD")


def test_a_column_translated_for_convenience_is_said_not_written(taxonomy: Taxonomy) -> None:
    """'US$' over a column of a table in shekels that says it translates: an info message per value."""
    text = """EXAMPLE LTD.
CONSOLIDATED BALANCE SHEETS
(NIS in millions; convenience translation into U.S. dollars)
                                     December 31,
                               2008        2007        2008
                               NIS         NIS         US$
Total assets                 5,410       5,020       1,423
"""
    result = tagger.tag_text(text)
    assert {(f.period.end.year, f.value, f.unit.measure) for f in result.facts} == {
        (2008, Decimal(5_410_000_000), "iso4217:ILS"), (2007, Decimal(5_020_000_000), "iso4217:ILS")}
    said = [i for i in result.issues if i.code == "tag.currency-translation"]
    assert [(i.span.line, i.severity) for i in said] == [(7, "info")]


@pytest.fixture(scope="module")
def arelle(taxonomy: Taxonomy):
    with Arelle(taxonomy) as session:
        yield session


def test_arelle_accepts_facts_in_other_currencies(arelle: Arelle, taxonomy: Taxonomy, tmp_path: Path) -> None:
    names = ("eur_marked_cells", "nis_with_convenience_translation", "chf_spaced_marks")
    run = cli("tag", *(DATA / f"{name}.txt" for name in names), "-o", tmp_path, "--format", "xml,json,xbrl-csv")
    assert run.code == 0, run.stderr
    files = [tmp_path / f"{name}{suffix}" for name in names for suffix in (".xml", ".json", ".xbrl-csv.json")]
    for path in files:
        assert [i for i in validate_file(path, taxonomy) if i.severity == "error"] == [], path
    for report in arelle.validate(files):
        assert report.messages == (), [str(m) for m in report.messages]
        assert report.facts > 0
    assert 'unitRef="EUR-per-share"' in (tmp_path / "eur_marked_cells.xml").read_text()


def test_a_currency_row_under_the_years_in_html() -> None:
    """51job's layout: 'RMB' | 'RMB' | 'USD (Note 1)' centred under the years, below a scale note
    beside '(unaudited)': each column's currency; 2009 in two currencies is a figure and its
    translation, and the table's own currency is the one most columns are in."""
    result = tagger.tag_file(DATA / "rmb_currency_row_html.txt")
    assert {(f.concept, f.period.end.year, f.value, f.unit.measure) for f in result.facts} == {
        ("NetSales", 2008, Decimal(196_211_000), "iso4217:CNY"), ("NetSales", 2009, Decimal(225_956_000), "iso4217:CNY"),
        ("NetIncomeLoss", 2008, Decimal(6_756_000), "iso4217:CNY"), ("NetIncomeLoss", 2009, Decimal(46_381_000), "iso4217:CNY")}
    assert [(i.span.line, i.severity) for i in result.issues if i.code == "tag.currency-translation"] == [
        (10, "info"), (11, "info")]


def test_a_lone_mark_over_a_column_is_no_value_prefix() -> None:
    from tagger.html import _joined

    cells = [[2, 5, "RMB", 1], [6, 9, "RMB", 1], [10, 13, "USD (Note 1)", 1]]
    assert [c[2] for c in _joined(cells)] == ["RMB", "RMB", "USD (Note 1)"]
    assert [c[2] for c in _joined([[0, 1, "Revenues", 1], [1, 2, "\u20ac", 1], [2, 3, "3,120", 1]])] == ["Revenues", "\u20ac3,120"]
    assert [c[2] for c in _joined([[0, 1, "Total", 1], [1, 2, "$", 1]])] == ["Total", "$"]  # kept, not lost


def test_a_bare_dollar_is_the_dollar_the_release_states() -> None:
    """'all references are to Canadian dollars' (a Canadian trust's release, its statements in
    an HTML <pre> block): '$ 18,890' is Canadian dollars, read at its source line."""
    result = tagger.tag_file(DATA / "cad_bare_dollar_pre_html.txt")
    assert {(f.period.end.year, f.value, f.unit.measure, f.span.line) for f in result.facts} == {
        (2009, Decimal(18_890_000), "iso4217:CAD", 11), (2008, Decimal(-24_122_000), "iso4217:CAD", 11)}


def test_a_marked_foreign_dollar_in_the_text_leaves_bare_dollars_unknown() -> None:
    """'C$50 million' in the text and '$' in the table, no statement of whose dollars: a US
    filer telling a Canadian price apart, or a Canadian one writing its own dollars both ways.
    Not settled, so not written."""
    result = tagger.tag_file(DATA / "us_release_with_a_canadian_amount.txt")
    assert result.facts == ()
    assert {i.code for i in result.issues if i.severity == "error"} == {"tag.currency-unknown"}


def test_a_release_stating_two_dollars_leaves_bare_dollars_unknown() -> None:
    result = tagger.tag_file(DATA / "two_dollars_stated.txt")
    assert result.facts == ()
    assert [i.span.line for i in result.issues if i.code == "tag.currency-unknown"] == [10, 10, 11, 11]


HOSTILE = DATA / "hostile"


@pytest.mark.parametrize(("name", "measures", "sample"), [
    # '(thousands of Canadian dollars)' over '$ 52,100': the note's dollar
    ("a1_cad_note_dollar_cells.txt", {"iso4217:CAD"}, ("NetSales", 2009, Decimal(52_100_000))),
    ("a4_sgd_dollars.txt", {"iso4217:SGD"}, ("NetSales", 2008, Decimal(52_100_000))),  # 'Singapore dollars'
    # 'Basic earnings per share (pence)  23.4': hundredths of a pound, whatever the point
    ("c1_uk_pence.txt", {"iso4217:GBP", "iso4217:GBP/xbrli:shares"}, ("EarningsPerShareBasic", 2007, Decimal("0.234"))),
    ("i2_eur_cents.txt", {"iso4217:EUR", "iso4217:EUR/xbrli:shares"}, ("EarningsPerShareBasic", 2006, Decimal("0.45"))),
    # per ADS beside per share: no EPS from the ADS rows, in any currency
    ("c4_per_ads_mixed.txt", {"iso4217:TWD", "iso4217:TWD/xbrli:shares"}, ("EarningsPerShareBasic", 2008, Decimal("0.67"))),
    ("c6_ads_paren.txt", {"iso4217:TWD", "iso4217:TWD/xbrli:shares"}, ("EarningsPerShareDiluted", 2008, Decimal("0.65"))),
])
def test_an_eighth_hostile_review_written_right(name: str, measures: set, sample: tuple) -> None:
    """Layouts a review of the currency rules built to make tagger write a wrong currency or
    value (2026-12-02): what they write now, in the currency and at the scale printed."""
    facts = tagger.tag_file(HOSTILE / name).facts
    assert {f.unit.measure for f in facts} == measures
    concept, year, value = sample
    assert [f.value for f in facts if f.concept == concept and f.period.end.year == year] == [value]


@pytest.mark.parametrize(("name", "code"), [
    ("a3_mx_pesos.txt", "tag.currency-unknown"),  # '(Millions of pesos)' over '$  12,100': '$' is the peso's sign too
    ("a7_cad_prose_mark.txt", "tag.currency-unknown"),  # 'Cdn$12.1 million' in the text, '$' in the table
    ("b5_nis_unmarked_usd_header.txt", "tag.currency-unknown"),  # only the convenience column marked 'US$'
    ("b8_nis_unmarked_usd_hdr2.txt", "tag.currency-unknown"),
    ("f1c_japan_usd_only_header.txt", "tag.currency-unknown"),  # 'U.S. dollars' over the third column only
    ("h2_html_usd_only_row.txt", "tag.currency-unknown"),
    ("d1_us_euro_prose_only.txt", "tag.currency-unknown"),  # 'for EUR 25 million' in the text: no table's currency
    ("d4_us_cad_product.txt", "tag.currency-unknown"),  # 'CAD 2000 workstation'
    ("e2_german_format.txt", "tag.number-format-unclear"),  # '31.200' in a table in EUR thousands
])
def test_an_eighth_hostile_review_refused(name: str, code: str) -> None:
    result = tagger.tag_file(HOSTILE / name)
    assert not [f for f in result.facts if f.unit.currency is not None]
    assert code in {i.code for i in result.issues if i.severity == "error"}


def test_each_table_s_note_says_whose_dollar_its_bare_dollar_is() -> None:
    """One table '(thousands of United States dollars)', another '(thousands of Canadian
    dollars)', both printing '$': the release states two dollars, each table its own."""
    facts = _facts("two_dollars_two_tables.txt")
    assert facts[("NetIncomeLoss", 2009)] == (Decimal(26_201_000), "iso4217:USD")
    assert facts[("TotalAssets", 2009)] == (Decimal(4_100_200_000), "iso4217:CAD")


def test_as_many_columns_in_each_currency_the_release_says_which_is_translated() -> None:
    """3SBio's 'RMB  US$  RMB  US$': no currency has most columns; 'certain RMB amounts have been
    translated into US dollars' says the dollars are the translation."""
    result = tagger.tag_file(DATA / "rmb_usd_alternating.txt")
    assert {(f.concept, f.period.end.year, f.unit.measure) for f in result.facts} == {
        ("NetSales", 2009, "iso4217:CNY"), ("NetSales", 2010, "iso4217:CNY"),
        ("NetIncomeLoss", 2009, "iso4217:CNY"), ("NetIncomeLoss", 2010, "iso4217:CNY")}
    assert sum(i.code == "tag.currency-translation" for i in result.issues) == 4
    unsaid = (DATA / "rmb_usd_alternating.txt").read_text().replace("translated into US dollars", "shown in US dollars")
    assert tagger.tag_text(unsaid).facts == ()  # without it, neither currency is the table's


@pytest.mark.parametrize("text", ["Thousands of dollars", "Million dollars", "In Billions dollars"])
def test_a_scale_word_before_dollars_is_no_country(text: str) -> None:
    """'Jamaican dollars' names a country's dollar not listed (unknown); a scale word before
    'dollars', in any of its spellings, names none: the release's own dollar."""
    assert currency_named(text) == "$"


ISRAELI_BALANCE_SHEET = """\
                      ACME DATACOM LTD. AND ITS SUBSIDIARIES
                           CONSOLIDATED BALANCE SHEETS
                               (NIS in thousands)

                                                                                  Convenience
                                                                                  translation
                                                June 30             December 31     June 30
                                        ------------------------   -----------   -----------
                                           2005          2004          2004          2005
                                        ----------    ----------   -----------   -----------
                                                       NIS                          U.S. $
                                        -------------------------------------   -----------
ASSETS
  Cash and cash equivalents..........      58,204        41,377       52,916        12,725
  Other assets.......................     389,704       372,894      373,889        85,200
                                        ----------    ----------   -----------   -----------
                                          447,908       414,271      426,805        97,925
                                        ==========    ==========   ===========   ===========
LIABILITIES AND SHAREHOLDERS' EQUITY
  Trade payables.....................     237,615       242,926      240,600        51,949
SHAREHOLDERS' EQUITY.................     210,293       171,345      186,205        45,976
                                        ----------    ----------   -----------   -----------
                                          447,908       414,271      426,805        97,925
                                        ==========    ==========   ===========   ===========
"""


def test_a_convenience_column_headed_u_s_dollar_with_a_space() -> None:
    """An Israeli balance sheet in NIS with a 'Convenience translation' column headed 'U.S. $'
    (a space after the dots, as Israeli statements print it): the NIS columns are shekels, the
    translation no fact; the unlabelled grand totals, printed alike in every column (the
    translation too), are total assets and total liabilities and equity."""
    assert currency_named("U.S. $") == "USD"
    facts = {(f.concept, str(f.period)): (f.value, f.unit.currency)
             for f in tagger.tag_text(ISRAELI_BALANCE_SHEET, name="acme.txt").facts}
    assert facts[("TotalAssets", "2005-06-30")][0] == Decimal(447_908_000)
    assert facts[("TotalAssets", "2004-12-31")][0] == Decimal(426_805_000)
    assert facts[("StockholdersEquity", "2004-06-30")][0] == Decimal(171_345_000)
    assert {concept for concept, _ in facts} >= {"TotalAssets", "StockholdersEquity", "LiabilitiesAndStockholdersEquity"}
    assert {currency for _, currency in facts.values()} == {"ILS"}


STACKED_CAPTION = """\
                      ACME DATACOM LTD. AND ITS SUBSIDIARIES
                        CONSOLIDATED STATEMENTS OF INCOME
                   (NIS in thousands, except per share data)

<TABLE>
<CAPTION>
                                                                                                  Convenience
                                                                                                  translation
                                     Six months ended          Three months ended   Year ended    Six months
                                          June 30                   June 30        December 31   ended June 30
                                  ----------------------    ----------------------  -----------   ------------
                                     2005         2004         2005         2004        2004          2005
                                  ---------    ---------    ---------    ---------  -----------   ------------
                                                    Unaudited                         Audited      Unaudited
                                  ----------------------------------------------  -----------   ------------
                                                          NIS                                      U.S. $
                                  --------------------------------------------------------------  ------------
<S>                               <C>          <C>          <C>          <C>         <C>           <C>
Revenues.......................    412,836      381,204      211,547      193,018     779,655        90,257
Cost of revenues...............    281,492      262,915      143,880      132,617     536,204        61,542
                                  ---------    ---------    ---------    ---------  -----------   ------------
Gross profit...................    131,344      118,289       67,667       60,401     243,451        28,715
                                  ---------    ---------    ---------    ---------  -----------   ------------
Selling and marketing expenses.     58,217       54,390       29,664       27,381     110,572        12,728
General and administrative
  expenses.....................     24,806       23,117       12,489       11,702      47,019         5,423
Research and development
  expenses, net................     15,402       14,880        7,811        7,506      29,903         3,367
                                  ---------    ---------    ---------    ---------  -----------   ------------
Operating income...............     32,919       25,902       17,703       13,812      55,957         7,197
Financial expenses, net........     (3,104)      (2,871)      (1,612)      (1,398)     (5,944)         (679)
Other income (expenses), net...        212          (96)         140          (35)        318            46
                                  ---------    ---------    ---------    ---------  -----------   ------------
Income before taxes on income..     30,027       22,935       16,231       12,379      50,331         6,565
Taxes on income................     10,209        8,027        5,518        4,333      17,112         2,232
                                  ---------    ---------    ---------    ---------  -----------   ------------
Income after taxes on income...     19,818       14,908       10,713        8,046      33,219         4,333
Minority interest in earnings
  of a subsidiary..............       (614)        (520)        (322)        (281)     (1,087)         (134)
                                  ---------    ---------    ---------    ---------  -----------   ------------
Net income.....................     19,204       14,388       10,391        7,765      32,132         4,199
"""


def test_a_convenience_caption_stacked_over_its_column_is_not_its_neighbour_s() -> None:
    """'Convenience' / 'translation' stacked over the U.S. $ column, starting a character or two
    past the edge of the year column beside it: the caption is the translation's alone, and the
    year ended December 31, 2004 stays a year in shekels."""
    facts = {(f.concept, str(f.period)): (f.value, f.unit.currency)
             for f in tagger.tag_text(STACKED_CAPTION, name="acme.txt").facts}
    assert facts[("NetSales", "2004-01-01..2004-12-31")] == (Decimal(779_655_000), "ILS")
    assert facts[("NetIncomeLoss", "2004-01-01..2004-12-31")] == (Decimal(32_132_000), "ILS")
    assert facts[("NetIncomeLoss", "2005-01-01..2005-06-30")] == (Decimal(19_204_000), "ILS")
    assert {currency for _, currency in facts.values()} == {"ILS"}
