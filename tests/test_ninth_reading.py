"""Rules from the ninth first reading (Yahoo, Citrix, Intuit, AirMedia, Advantest, Alexco, Alberta
Star): each layout as the release printed it, reduced, with what must and must not be written."""

from __future__ import annotations

from decimal import Decimal

import tagger
from tagger.entity import is_company_name
from tagger.models import TableRole
from tagger.roles import heading_role, table_role

# Alberta Star's MD&A: whole dollars, no scale stated anywhere, the header's 'Item' spanning two
# rows (rowspan), the years under 'For the Year Ended November 30' beside it; the text before it
# states two of its amounts in dollars.
ANNUAL = """<html><body>
<p>Except as noted, all financial amounts are expressed in Canadian dollars.</p>
<p>Total assets at November 30, 2009 decreased to $15,224,722 from $17,880,351 at November 30, 2008.</p>
<p><b>SELECTED ANNUAL INFORMATION</b></p>
<p>The following table sets forth selected financial information of the Company for the last three
fiscal years. This financial information is derived from the audited financial statements of the Company.</p>
<table>
<tr><td rowspan="2">Item</td><td colspan="3">For the Year Ended November 30</td></tr>
<tr><td>2009</td><td>2008</td><td>2007</td></tr>
<tr><td>Net (Loss) in Total</td><td>($3,364,852)</td><td>($6,489,209)</td><td>($7,916,250)</td></tr>
<tr><td>Net (Loss) on a per Share Basis</td><td>($0.157)</td><td>($0.310)</td><td>($0.393)</td></tr>
<tr><td>Total Assets</td><td>$15,224,722</td><td>$17,880,351</td><td>$24,384,800</td></tr>
</table>
</body></html>
"""


def test_a_canadian_md_and_a_table_in_whole_dollars() -> None:
    """The header cell spanning two rows leaves the years to the three value columns; 'the
    Company' in the introducing sentence is the filer, not another company; the text's
    '$15,224,722' shows the table's amounts are dollars, and 'all financial amounts are expressed
    in Canadian dollars' which dollars; 'Net (Loss) in Total' is Canada's MD&A form's net loss."""
    result = tagger.tag_text(ANNUAL, name="annual.htm.txt")
    facts = {(f.concept, str(f.period)): f for f in result.facts}
    assert facts[("TotalAssets", "2009-11-30")].value == Decimal(15224722)
    assert facts[("TotalAssets", "2007-11-30")].value == Decimal(24384800)
    assert facts[("NetIncomeLoss", "2006-12-01..2007-11-30")].value == Decimal(-7916250)
    assert facts[("EarningsPerShareBasic", "2007-12-01..2008-11-30")].value == Decimal("-0.310")
    assert {f.unit.currency for f in result.facts} == {"CAD"}
    assert len(result.facts) == 9


def test_a_multiple_stated_anywhere_keeps_the_text_from_settling_units() -> None:
    """Where any line states a multiple ('in thousands of U.S. dollars' over notes that print
    '$9,600' for 9.6 million), the text's amounts say nothing of a table's scale: the amounts are
    reported, not written. Without the text's amount, neither."""
    noted = ANNUAL.replace("<p><b>SELECTED", "<p>(Expressed in thousands of Canadian dollars)</p>\n<p><b>SELECTED")
    for text in (noted, ANNUAL.replace("$15,224,722 from $17,880,351", "$15.2 million from $17.9 million")):
        result = tagger.tag_text(text, name="annual.htm.txt")
        assert {f.concept for f in result.facts} == {"EarningsPerShareBasic"}
        assert "tag.scale-unknown" in {i.code for i in result.issues}


def test_the_company_is_the_filers_defined_term_not_a_name() -> None:
    assert not is_company_name("This financial information is derived from the audited financial statements of the Company.")
    assert not is_company_name("THE CORPORATION")
    assert is_company_name("The Coca-Cola Company") and is_company_name("Network Solutions, Inc.")


def test_a_breakdown_of_one_amount_by_line_is_not_the_lines() -> None:
    """Apple's '(1) Includes stock-based compensation expense as follows:' under its statement,
    Oracle's table titled '(5) Stock-based compensation was included in the following GAAP
    operating expense categories:': 'Research and development  $52' is the part of R&D that is
    stock-based compensation, not R&D."""
    assert heading_role("(1) Includes stock-based compensation expense as follows:") is TableRole.BREAKDOWN
    role, _ = table_role(("(5) Stock-based compensation was included in the following GAAP operating expense "
                          "categories:",), {"oracle"})
    assert role is TableRole.BREAKDOWN
    assert heading_role("Costs and expenses (excluding depreciation):") is None
    assert table_role(("CONSOLIDATED STATEMENTS OF OPERATIONS",), {"oracle"})[0] is TableRole.CONSOLIDATED


STATEMENT_AND_NOTE = """ACME, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
                                          Year Ended December 31,
                                          1999          1998
Research and development                $ 52,401      $ 41,870
Net income                              $ 18,689      $  8,109

A reconciliation of the provision for income taxes to the amount computed at the statutory rate:

                                          Year Ended December 31,
                                          1999          1998
Federal tax at statutory rate           $15,952,000   $6,771,000
State income taxes                        2,230,000    1,015,000
Provision for income taxes              $18,689,000   $8,109,000
"""


def test_a_table_in_whole_thousands_takes_no_multiple_from_the_table_before() -> None:
    """VeriSign's note on Network Solutions' taxes prints '$18,689,000' after statements in
    thousands: read at the statements' thousands it would be 18.7 billion. Every amount a whole
    thousand, millions among them: the table is not in thousands, and its scale is unknown."""
    result = tagger.tag_text(STATEMENT_AND_NOTE)
    assert {f.concept for f in result.facts} == {"ResearchAndDevelopmentExpense", "NetIncomeLoss"}
    unknown = [i for i in result.issues if i.code == "tag.scale-unknown"]
    assert unknown and all("IncomeTax" in i.message for i in unknown)
    inherited = STATEMENT_AND_NOTE.replace(",000 ", " ").replace(",000\n", "\n")  # '$15,952' ...: in thousands
    assert "IncomeTaxExpenseBenefit" in {f.concept for f in tagger.tag_text(inherited).facts}


def test_units_from_the_text_need_two_amounts_and_no_hint_of_a_multiple() -> None:
    """One amount of the table in the text is not enough (a footnote's '$1,250' may be in the
    table's own thousands); nor two, where a title hints at a multiple no scale line reads
    ('(in $000s)'): the amounts are reported, not written (hostile review 14)."""
    one = ANNUAL.replace(" from $17,880,351", "")
    hinted = ANNUAL.replace("<p><b>SELECTED ANNUAL INFORMATION</b></p>",
                            "<p><b>SELECTED ANNUAL INFORMATION</b></p>\n<p>(in $000s)</p>")
    for text in (one, hinted):
        result = tagger.tag_text(text, name="annual.htm.txt")
        assert {f.concept for f in result.facts} == {"EarningsPerShareBasic"}, text


def test_a_statement_s_title_is_no_breakdown() -> None:
    """'Results include the acquired business from March 1, as follows:' over a statement: the
    statement's title says what the table is; only a title naming no statement can make it a
    breakdown of one amount."""
    title = ("CONSOLIDATED STATEMENTS OF OPERATIONS", "Results include the acquired business from March 1, as follows:")
    assert table_role(title, {"acme"})[0] is TableRole.CONSOLIDATED
    assert table_role(title[1:], {"acme"})[0] is TableRole.BREAKDOWN
