"""Rules from the tenth first reading (Yahoo's and Broadcom's 8-K/As, Qualcomm's sale of a
business, 51job, AirMedia, 3SBio): each layout as the release printed it, with what must and
must not be written."""

from __future__ import annotations

from decimal import Decimal

from conftest import CORPUS

import tagger
from tagger.models import TableRole


def test_an_acquired_company_s_statements_under_a_header_repeated_on_every_page() -> None:
    """Broadcom's 8-K/A prints Silicon Spice's statements, each headed 'PERIOD FROM' /
    'INCEPTION' over the last column: repeated on every page, 'PERIOD FROM' was page furniture,
    taken for the title, and the company's name above it was lost; the development stage
    company's operating loss was written as Broadcom's (and at the thousands of the table
    before: -18,580,503,000). Right on top of the header and over the values, it is the header's."""
    result = tagger.tag_file(CORPUS / "releases" / "184_broadcom.txt")
    spice = [t for t in result.tables if t.title[:1] == ("Silicon Spice Inc.",)]
    assert len(spice) >= 4 and all(t.role is TableRole.OTHER_ENTITY for t in spice)
    assert not [f for f in result.facts if f.concept in ("OperatingIncomeLoss", "NetIncomeLoss")]


DAY_COMMA_YEAR = """3SBIO INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)
                                   December 31,2009    September 30,2010
                                         RMB                  RMB
Total assets                          1,053,461            1,170,435
Total liabilities                        41,223               51,025
"""


def test_a_header_date_with_no_space_after_its_comma() -> None:
    """3SBio's 'September 30,2009': the year after the day's comma is a year (a number never
    groups four digits), so the line is a dated header and the table is read."""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(DAY_COMMA_YEAR).facts}
    assert facts[("TotalAssets", "2010-09-30")] == Decimal(1_170_435_000)
    assert facts[("TotalLiabilities", "2009-12-31")] == Decimal(41_223_000)


ACQUIREE = """<SEC-HEADER>
ACCESSION NUMBER:\t\t0000936392-00-000202
CONFORMED SUBMISSION TYPE:\t8-K/A
\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP
</SEC-HEADER>
<DOCUMENT>
<TYPE>EX-2.6
<TEXT>
                          INDEPENDENT AUDITORS' REPORT

To the Board of Directors and Shareholders of
  Beta Navigation, Inc.

We have audited the accompanying consolidated balance sheets of Beta Navigation,
Inc. as of December 31, 1999 and 1998, and the related consolidated statements of
operations for the years then ended.

                          CONSOLIDATED BALANCE SHEETS
                            (In thousands)
                                                   December 31,
                                               1999          1998
Total assets                                $ 7,352       $ 6,767
Total liabilities                             2,105         1,930
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
                                  ACME CORP
                          CONSOLIDATED BALANCE SHEETS
                                (In thousands)
                                                   December 31,
                                               1999          1998
Total assets                                $ 92,405      $ 81,330
</TEXT>
</DOCUMENT>
"""


def test_statements_an_auditors_report_opens_are_of_the_company_it_names() -> None:
    """Qualcomm's 8-K/A prints SnapTrack's audited balance sheet under 'CONSOLIDATED BALANCE
    SHEETS' alone, the company named only by the auditors' report above it ('We have audited the
    accompanying consolidated balance sheets of SnapTrack, Inc. ...'): its statements, to the end
    of that EDGAR document, are not the filer's; the filer's own, in the next, are."""
    result = tagger.tag_text(ACQUIREE, name="0000936392-00-000202.txt")
    assert {(f.concept, str(f.period)): f.value for f in result.facts} == {
        ("TotalAssets", "1999-12-31"): Decimal(92_405_000), ("TotalAssets", "1998-12-31"): Decimal(81_330_000)}
    beta = next(t for t in result.tables if t.rows[0].cells[0].text.strip("$ ") == "7,352")
    assert beta.role is TableRole.OTHER_ENTITY and "Beta Navigation, Inc." in beta.role_reason


ONE_COLUMN = """                                                     AS OF
                                                DECEMBER 31, 1999
                                                  (IN THOUSANDS)
BALANCE SHEET DATA:
Cash......................................          $  116,962
Working capital...........................             273,243
Total assets..............................           2,471,551
Stockholders' equity......................             266,278
"""


def test_rows_of_one_value_no_table_claims_are_said_not_dropped() -> None:
    """Amazon's one-column 'As of December 31, 1999' balance sheet data: no table is read from
    a date over one column (a purchase price allocation 'At August 1, 2002' prints the same
    shape), but its rows are reported (an error, as 'Total assets' names a concept), never
    written, never dropped without a word."""
    result = tagger.tag_text(ONE_COLUMN)
    assert result.facts == ()
    said = [i for i in result.issues if i.code == "extract.no-header"]
    assert len(said) == 1 and said[0].severity == "error" and "4 rows" in said[0].message


RECLASSIFIED = """ACME.COM, INC.
The following table sets forth selected financial information for the year ended December 31,
1998. Certain amounts in the statements of operations data have been reclassified compared to
the audited consolidated financial statements included in this prospectus supplement.
                                          (In thousands)
                                       Year Ended December 31,
                                          1998          1997
Net sales                              $ 609,819     $ 147,787
Gross profit                             133,664        28,812
Basic and diluted loss per share       $    (.42)    $    (.12)

                          CONSOLIDATED STATEMENTS OF OPERATIONS
                                     (In thousands)
                                       Year Ended December 31,
                                          1998          1997
Net sales                              $ 609,996     $ 147,787
Gross profit                             133,841        28,812
Basic and diluted loss per share       $   (0.84)    $   (0.24)
"""


def test_a_table_that_says_its_amounts_were_reclassified_settles_no_conflict() -> None:
    """Amazon's prospectus supplement prints 1998 'reclassified compared to the audited
    consolidated financial statements' beside the audited statement. A rule that let such a
    table supersede the statement was made, and withdrawn after two hostile reviews (an adjusted
    statement says its amounts were reclassified too; so does a note over the figures as first
    reported): the two disagree, and neither is written; where they agree, the fact is."""
    result = tagger.tag_text(RECLASSIFIED)
    facts = {(f.concept, str(f.period)): f.value for f in result.facts}
    assert ("NetSales", "1998-01-01..1998-12-31") not in facts and ("GrossProfit", "1998-01-01..1998-12-31") not in facts
    assert facts[("NetSales", "1997-01-01..1997-12-31")] == Decimal(147_787_000)
    assert "tag.conflicting-values" in {i.code for i in result.issues}


def test_working_capital_printed_as_its_deficit_is_negative() -> None:
    """'Working capital deficit  128,455' (Advantage Energy) prints the deficit: working capital
    is -128,455; 'Working capital (deficit)  (5,000)' prints working capital, negative in
    parentheses."""
    text = """ACME TRUST
(In thousands)
                                          March 31, 2009     December 31, 2008
Working capital deficit                         128,455              35,375
"""
    facts = {str(f.period): f.value for f in tagger.tag_text(text).facts if f.concept == "WorkingCapital"}
    assert facts == {"2009-03-31": Decimal(-128_455_000), "2008-12-31": Decimal(-35_375_000)}
    signed = text.replace("Working capital deficit                         128,455",
                          "Working capital (deficit)                      (128,455)")
    facts = {str(f.period): f.value for f in tagger.tag_text(signed).facts if f.concept == "WorkingCapital"}
    assert facts == {"2009-03-31": Decimal(-128_455_000), "2008-12-31": Decimal(35_375_000)}
    # 'Working capital/deficit': both sides named, as '(deficit)' does: the values as printed
    both = text.replace("Working capital deficit                         128,455",
                        "Working capital/deficit                         128,455")
    facts = {str(f.period): f.value for f in tagger.tag_text(both).facts if f.concept == "WorkingCapital"}
    assert facts == {"2009-03-31": Decimal(128_455_000), "2008-12-31": Decimal(35_375_000)}


def test_a_label_ending_in_a_dash_goes_on_below_its_values() -> None:
    """Bristol-Myers' note: 'Earnings per Common Share -   $.61   $.53' over 'Diluted': the label
    is the diluted EPS, not a second basic one (which conflicted with the basic $.62 and left
    both out)."""
    text = """BRISTOL-LIKE COMPANY
(dollars in millions, except per share amounts)
                                                     Three Months Ended
                                                          March 31,
                                                      2000         1999
Net Earnings                                        $1,221       $1,066
Earnings Per Common Share - Basic                     $.62         $.54


Earnings Per Common Share -                           $.61         $.53
Diluted
"""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(text).facts}
    assert facts[("EarningsPerShareBasic", "2000-01-01..2000-03-31")] == Decimal("0.62")
    assert facts[("EarningsPerShareDiluted", "2000-01-01..2000-03-31")] == Decimal("0.61")


def test_a_canadian_balance_sheet_as_at_its_day() -> None:
    """Alexco's 'CONSOLIDATED BALANCE SHEETS / AS AT JUNE 30' over '2010  2009': 'as at', as
    Canadian and British statements say it, dates each year's column like 'as of'."""
    text = """ALEXCO RESOURCE CORP.
CONSOLIDATED BALANCE SHEETS
AS AT JUNE 30
(expressed in thousands of dollars)
                                                   2010          2009
Total assets                                    $135,610       $89,607
Total shareholders' equity                        84,890        59,763
"""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(text).facts}
    assert facts[("TotalAssets", "2010-06-30")] == Decimal(135_610_000)
    assert facts[("StockholdersEquity", "2009-06-30")] == Decimal(59_763_000)


def test_html_header_dates_stacked_unevenly_ending_in_their_years() -> None:
    """Alberta Star's balance sheet: 'As at 31' / 'August 2010' over two columns and 'As at 30' /
    'November' / '2009' / '(Audited)' over the third, bottom-aligned differently: each column's
    date is brought to one line ('August 2010  August 2009  2009'), which heads the table."""
    html = """<html><body><p>ALBERTA STAR DEVELOPMENT CORP.</p><p>Balance Sheets</p><p>(Expressed in Canadian Dollars)</p>
<table>
<tr><td></td><td></td><td></td><td>As at 30</td></tr>
<tr><td></td><td></td><td></td><td>November</td></tr>
<tr><td></td><td>As at 31</td><td>As at 31</td><td>2009</td></tr>
<tr><td></td><td>August 2010</td><td>August 2009</td><td>(Audited)</td></tr>
<tr><td>Cash and cash equivalents</td><td>10,292,528</td><td>15,354,479</td><td>14,700,318</td></tr>
<tr><td>Total assets</td><td>14,077,712</td><td>15,887,645</td><td>15,224,722</td></tr>
</table></body></html>
"""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(html, name="b.htm.txt").facts}
    assert facts[("TotalAssets", "2010-08-31")] == Decimal(14_077_712)
    assert facts[("TotalAssets", "2009-11-30")] == Decimal(15_224_722)


def test_dash_leaders_are_no_label_going_on_below() -> None:
    """A text statement's dash leaders ('Net income ---------') end every label in dashes; the
    line below is the next heading ('Per common share'), not the rest of 'Net income'."""
    text = """ACME CORP.
(In thousands, except per share amounts)
                                          Three Months Ended
                                             September 30,
                                          1997          1996
Net income ---------------------------  $ 11,700       $ 9,735
Per common share
Basic --------------------------------  $    .58       $   .49
"""
    facts = {(f.concept, str(f.period)): f.value for f in tagger.tag_text(text).facts}
    assert facts[("NetIncomeLoss", "1997-07-01..1997-09-30")] == Decimal(11_700_000)
    assert facts.get(("EarningsPerShareBasic", "1997-07-01..1997-09-30")) != Decimal(11_700)

