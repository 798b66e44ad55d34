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
    """Amazon's one-column 'As of December 31, 1999' balance sheet data: no table is found
    for it, and its values were lost without a word; now they are reported (an error, as
    'Total assets' names a concept), never written."""
    result = tagger.tag_text(ONE_COLUMN)
    assert result.facts == ()
    said = [i for i in result.issues if i.code == "extract.no-header"]
    assert len(said) == 1 and said[0].severity == "error" and "4 rows" in said[0].message
