"""Table roles: only the company's consolidated statements give its facts."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import EXAMPLES, cli, release_of

import tagger
from tagger.models import TableRole
from tagger.roles import table_role

PAGE = """<PAGE>
                            Network Solutions, Inc.

                       Statements of Financial Position
                             (In thousands)

                                              December 31,
                                          1999          1998
                                       ---------     ---------
Total assets                           $ 625,303     $ 243,867
Total stockholders' equity               178,599        75,130
"""
SUBMISSION = """<SEC-HEADER>
ACCESSION NUMBER:\t\t0001012870-00-004528
\t\tCOMPANY CONFORMED NAME:\t\t\tVERISIGN INC/CA
</SEC-HEADER>
VERISIGN COMPLETES ITS ACQUISITION OF NETWORK SOLUTIONS

""" + PAGE + "\n" + PAGE.replace("Statements of Financial Position", "Statements of Operations").replace(
    "                                              December 31,", "                                        Year Ended December 31,").replace(
    "Total assets                           $ 625,303     $ 243,867", "Net revenues                           $ 220,811     $  93,652").replace(
    "Total stockholders' equity               178,599        75,130", "Net income                               $26,886       $11,235")


def test_another_companys_statements_are_not_the_filers_facts() -> None:
    """VeriSign's 8-K/A carries the statements of Network Solutions, the company it bought; the
    name stands atop every page (page furniture), and it is not the filer's."""
    result = tagger.tag_text(SUBMISSION, name="verisign.txt")
    assert result.facts == ()
    assert result.tables and result.tables[0].role is TableRole.OTHER_ENTITY
    (warning,) = [i for i in result.issues if i.code == "tag.table-role"][:1]
    assert "'Network Solutions, Inc.' is not the filer" in warning.message and "not written" in warning.message
    # filed by Network Solutions itself, the same statement is the company's
    own = tagger.tag_text(SUBMISSION.replace("VERISIGN INC/CA", "NETWORK SOLUTIONS INC /DE/"), name="nsol.txt")
    assert {f.concept for f in own.facts} == {"TotalAssets", "StockholdersEquity", "NetSales", "NetIncomeLoss"}


@pytest.mark.parametrize(("title", "role"), [
    (("UNAUDITED PRO FORMA COMBINED CONDENSED BALANCE SHEET",), TableRole.PRO_FORMA),
    (("NON-GAAP CONSOLIDATED STATEMENTS OF OPERATIONS*",), TableRole.NON_GAAP),
    (("FINANCIAL DATA", "EXCLUDING NON-RECURRING CHARGES/GAINS"), TableRole.NON_GAAP),
    (("SEARS, ROEBUCK AND CO.", "Segment Income Statements", "(millions)"), TableRole.SEGMENT),
    (("CONDENSED FINANCIAL INFORMATION OF REGISTRANT", "PARENT COMPANY ONLY"), TableRole.PARENT_ONLY),
    (("Alabama Power Company",), TableRole.OTHER_ENTITY),
    (("SOUTHERN COMPANY AND SUBSIDIARY COMPANIES", "CONSOLIDATED STATEMENTS OF INCOME"), TableRole.CONSOLIDATED),
    (("The Southern Company",), TableRole.CONSOLIDATED),
    (("CONSOLIDATED STATEMENTS OF OPERATIONS", "(In thousands)"), TableRole.CONSOLIDATED),
    (("FIRST MIDWEST BANCORP, INC.", "AVERAGE CONSOLIDATED BALANCES", "(In thousands)"), TableRole.AVERAGES),
    (("AVERAGE BALANCE SHEETS (DAILY)",), TableRole.AVERAGES),
    (("Summary of Consolidated Income Statements Data \u2013 IC ATM Basis",), TableRole.NON_GAAP),  # ASE, USI equity-accounted
    (("Summary of Consolidated Income Statements Data \u2013 Actual Basis*",), TableRole.CONSOLIDATED),
    (("(7) Dividends declared and paid on a per share basis were as follows:",), TableRole.CONSOLIDATED),  # no statement's
    (("(1)   Non-Consolidated Balance Sheets (Unaudited)",), TableRole.PARENT_ONLY),  # Advantest, beside its consolidated
    (("Related party transactions and balances are as follows:", "Transactions with related parties"),
     TableRole.OTHER_ENTITY),  # Ballard: 'Revenues  $52' earned from others
])
def test_the_title_says_what_a_table_is(title: tuple[str, ...], role: TableRole) -> None:
    assert table_role(title, {"southern", "sears roebuck and"})[0] is role


def test_inspect_shows_each_tables_role() -> None:
    fy2002 = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))
    run = cli("inspect", fy2002)
    assert run.stdout.count("  role: the company's statement") == 2


def test_a_10k_cover_page_names_the_filer() -> None:
    """A 10-K without its SEC header: the cover page names the registrant; a table introduced
    as a subsidiary's ('financial highlights for Hertz') is not the filer's, its own statements
    (the name printed beside the title) are."""
    from tagger.models import Document
    from tagger.submission import read_filing

    cover = ("                                FORD MOTOR COMPANY", "",
             "             (Exact name of Registrant as specified in its charter)")
    assert read_filing(Document(file="x.txt", lines=cover, encoding="ascii")).company == "FORD MOTOR COMPANY"
    filers = {"ford motor"}
    assert table_role(("Below are some financial highlights for Hertz (in millions):",), filers)[0] is TableRole.OTHER_ENTITY
    assert table_role(("The following table presents results for the periods indicated:",), filers)[0] is TableRole.CONSOLIDATED
    assert table_role(("CONSOLIDATED STATEMENT        Ford Motor Company and Subsidiaries",), filers)[0] is TableRole.CONSOLIDATED
    assert table_role(("CONSOLIDATED STATEMENT        Hertz Corporation and Subsidiaries",), filers)[0] is TableRole.OTHER_ENTITY


INVESTEE = """<SEC-HEADER>
\t\tCOMPANY CONFORMED NAME:\t\t\tCOCA COLA CO
</SEC-HEADER>
VARIOUS TEXT OF THE REPORT.

CONSOLIDATED STATEMENTS OF INCOME        THE COCA-COLA COMPANY AND SUBSIDIARIES

Year Ended December 31,                              1997       1996
(In millions except per share data)
NET OPERATING REVENUES                           $ 18,868   $ 18,673
NET INCOME                                       $  4,129   $  3,492


COCA-COLA ENTERPRISES INC. - A summary of financial information for
Coca-Cola Enterprises is as follows (in millions):

December 31,                    1997           1996
Total assets                $ 17,487       $ 11,234


Year Ended December 31,         1997           1996
Net operating revenues      $ 11,278       $  7,921
Net income                  $    171       $    114
"""


def test_an_investees_summary_is_not_the_filers_and_its_next_table_neither() -> None:
    """Coca-Cola's notes summarise a bottler it holds a stake in: 'financial information for
    Coca-Cola Enterprises' names another company (not the filer, 'Coca-Cola'), and the income
    table right after it, with no title of its own, goes on from it."""
    result = tagger.tag_text(INVESTEE, name="ko.txt")
    facts = {(f.concept, f.period.end.year): f.value for f in result.facts}
    assert facts == {("NetSales", 1997): 18868000000, ("NetSales", 1996): 18673000000,
                     ("NetIncomeLoss", 1997): 4129000000, ("NetIncomeLoss", 1996): 3492000000}
    roles = [t.role for t in result.tables]
    assert roles == [TableRole.CONSOLIDATED, TableRole.OTHER_ENTITY, TableRole.OTHER_ENTITY]


def test_with_no_other_name_the_consolidated_statements_name_the_filer() -> None:
    """A 10-Q document without header or cover-page phrase: 'DEERE & COMPANY' atop its
    consolidated balance sheet is the filer, so 'Financial information for Nortrax
    Investments, Inc. ... is as follows:' introduces another company's table."""
    text = """DEERE & COMPANY
CONDENSED CONSOLIDATED BALANCE SHEET
(In millions of dollars)

                                 January 31   October 31
                                    2004         2003
Total Assets                     $26,088.4    $26,258.0


Financial information for Nortrax Investments, Inc. in millions of dollars is as follows:

                                 January 31   October 31
                                    2004         2003
Total assets                         $16          $17
"""
    result = tagger.tag_text(text, name="deere.txt")
    assert [t.role for t in result.tables] == [TableRole.CONSOLIDATED, TableRole.OTHER_ENTITY]
    assert sorted(f.value for f in result.facts) == [26088400000, 26258000000]


_QUARTER = """
                                       Quarter Ended
                                   Dec. 31,       Dec. 31,
                                     1999           1998
- --------------------------------------------------------------------------------
  Net sales ........................   $   968,710    $   788,820
  Operating income (loss) ..........        71,726         29,876
"""
RULED_TITLE = """\
  Acme Devices, Inc.
  ------------------------------------------------------------------------------
  CONSOLIDATED STATEMENTS OF OPERATIONS
  ------------------------------------------------------------------------------
  (Thousands)
""" + _QUARTER + """


  Acme Devices, Inc.                                              INFORMATION ONLY
  ------------------------------------------------------------------------------
  NON-GAAP CONSOLIDATED STATEMENTS OF OPERATIONS*
  (Includes Pre-Tax FASL Investment Equity Loss (Income) in Operating Income (Loss))
  ------------------------------------------------------------------------------
  (Thousands)
""" + _QUARTER.replace("71,726         29,876", "69,609         25,062")


def test_a_title_in_blocks_between_rules_and_a_long_subtitle_in_parentheses() -> None:
    """AMD's second statement is titled over rules: 'NON-GAAP CONSOLIDATED STATEMENTS OF
    OPERATIONS*' and a subtitle in parentheses as long as a sentence. The whole title is read,
    the table is non-GAAP, and the statement's operating income is no longer in conflict."""
    result = tagger.tag_text(RULED_TITLE, name="amd.txt")
    assert [t.role for t in result.tables] == [TableRole.CONSOLIDATED, TableRole.NON_GAAP]
    assert "NON-GAAP CONSOLIDATED STATEMENTS OF OPERATIONS*" in result.tables[1].title
    income = {f.period.end.year: f.value for f in result.facts if f.concept == "OperatingIncomeLoss"}
    assert income == {1999: 71726000, 1998: 29876000}


def test_a_company_named_over_every_column_is_checked_against_the_filer() -> None:
    """VeriSign's release prints 'Network Solutions, Inc.' over both columns of a statement:
    the name is the table's title, so the table is another company's, and gives no facts."""
    text = ("MOUNTAIN VIEW, Calif., Jan. 27, 2000 -- VeriSign, Inc. (Nasdaq: VRSN) today announced results.\n\n"
            "                   CONDENSED STATEMENTS OF OPERATIONS\n                            (In thousands)\n\n"
            "                                          Network Solutions, Inc.\n"
            "                                        ---------------------------\n"
            "                                           Year Ended December 31,\n"
            "                                           1999            1998\n"
            "                                        ----------      ----------\n"
            "Revenues                                 $ 220,811       $ 93,700\n"
            "Net income                               $  26,123       $ 13,120\n")
    result = tagger.tag_text(text, name="vrsn.txt")
    assert [t.role for t in result.tables] == [TableRole.OTHER_ENTITY]
    assert not result.facts


def test_a_statement_in_percentages_of_its_first_line_gives_no_facts() -> None:
    """'Selected operating ratios:' / 'Net sales  100.0  100.0  12.1': a common-size statement
    whatever its title; after a table in thousands, its numbers are still no amounts."""
    import tagger

    text = """\
                        ACME WIDGET CORPORATION
                  CONDENSED CONSOLIDATED BALANCE SHEETS
                            (In thousands)

                                           December 31,
                                         2001              2000
                                       --------          --------
Total assets                           $ 40,551          $ 37,211


Selected operating ratios:

                                      Years Ended December 31,
                                                     Percent
                                  2001        2000        Change
                                 ------      ------       ------
Net sales                         100.0       100.0         12.1
Cost of sales                      62.3        60.1         16.2
Net income                         10.2        11.0          3.9
"""
    result = tagger.tag_text(text, name="acme.txt")
    assert {f.concept for f in result.facts} == {"TotalAssets"}
    assert any(i.code == "tag.table-role" and "common-size" in i.message for i in result.issues)


PRO_FORMA_NOTE = """SYMANTEC-LIKE CORP
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share data)
                                       Six Months Ended
                                         September 30,
                                        1999        1998
                                      --------    --------
Net revenues                          $357,673    $267,804
Net income                              49,559       9,560

PRO FORMA. The following unaudited pro forma results of operations for the
six month periods ended September 30, 1999 and 1998 are as if the acquisition
of Quarterdeck had occurred at the beginning of each period presented. The pro
forma information is not indicative of future operating results.

<TABLE>
<CAPTION>
                                                    Three Months Ended    Six Months Ended
(In thousands, except per share data;  unaudited)   September 30,  1998   September 30, 1998
- -------------------------------------------------   -------------------   ------------------
<S>                                                 <C>                   <C>
Net revenues                                             $138,886              $284,691
Net loss                                                 $   (118)             $ (2,530)
</TABLE>
"""


def test_a_paragraph_that_says_what_follows_introduces_the_table() -> None:
    """'The following unaudited pro forma results of operations ... are as if the acquisition
    had occurred ...' above a table, ending with a period, not a colon: it says the table is pro
    forma, so its figures are no facts of the company, nor do they contradict the statement's."""
    result = tagger.tag_text(PRO_FORMA_NOTE, name="symc.txt")
    assert [t.role for t in result.tables] == [TableRole.CONSOLIDATED, TableRole.PRO_FORMA]
    facts = {(f.concept, f.period.end.year): int(f.value) // 1000 for f in result.facts}
    assert facts == {("NetSales", 1999): 357673, ("NetSales", 1998): 267804,
                     ("NetIncomeLoss", 1999): 49559, ("NetIncomeLoss", 1998): 9560}


def test_a_summary_table_below_as_if_acquired_on_a_first_of_january() -> None:
    """Akamai: 'The summary table below, prepared on an unaudited pro forma basis, combines ...
    as if each company had been acquired as of January 1, 1999 (in thousands ...).' introduces a
    pro forma table (its revenue contradicted the statement's), and the acquisition's date in
    that sentence is no period's end: the release is not on a calendar of weeks."""
    text = PRO_FORMA_NOTE.replace(
        "PRO FORMA. The following unaudited pro forma results of operations for the\n"
        "six month periods ended September 30, 1999 and 1998 are as if the acquisition\n"
        "of Quarterdeck had occurred at the beginning of each period presented. The pro\n"
        "forma information is not indicative of future operating results.",
        "The summary table below, prepared on an unaudited pro forma basis, combines\n"
        "the Company's consolidated results of operations with Network24's results\n"
        "as if the company had been acquired as of January 1, 1999 (in thousands).")
    assert text != PRO_FORMA_NOTE
    result = tagger.tag_text(text, name="akam.txt")
    assert [t.role for t in result.tables] == [TableRole.CONSOLIDATED, TableRole.PRO_FORMA]
    facts = {(f.concept, f.period.start, f.period.end.year): int(f.value) // 1000 for f in result.facts}
    assert facts[("NetSales", dt.date(1999, 4, 1), 1999)] == 357673 and facts[("NetSales", dt.date(1998, 4, 1), 1998)] == 267804


def test_a_long_title_that_names_a_statement_is_the_table_s_title() -> None:
    """ASE titles each summary on a line as long as a sentence's ('Summary of Consolidated Income
    Statements Data – Pro Forma Basis Assuming USI Consolidated at the Beginning of Each
    Applicable Period'): it names a statement and ends no sentence, so it is the title, and its
    figures are pro forma."""
    text = """\
Advanced Semiconductor Engineering, Inc.

Summary of Consolidated Income Statements Data \u2013 Pro Forma Basis Assuming USI Consolidated at the Beginning

(In NT$ millions, except per share data)


                                              Three Months Ended
                                        Jun. 30 2010   Mar. 31 2010   Jun. 30 2009
Net revenues                                  46,416         41,921         32,855
"""
    result = tagger.tag_text(text, name="ase.txt")
    assert result.tables[0].role is TableRole.PRO_FORMA
    assert not result.facts


def test_a_note_in_parentheses_wrapped_over_the_title_is_the_title_s() -> None:
    """Advantest repeats atop each page of its parent-only statements '(All non-consolidated
    financial information has been prepared in accordance' / 'with accounting principles generally
    accepted in Japan.)': the table under it is the parent's alone, not a second consolidated one."""
    text = """\
Advantest Corporation (FY2009)
(All non-consolidated financial information has been prepared in accordance
with accounting principles generally accepted in Japan.)

                                              Yen (Millions)
                                        March 31, 2009   March 31, 2010
Total assets                                  157,884          157,639
"""
    result = tagger.tag_text(text, name="advantest.txt")
    assert result.tables[0].role is TableRole.PARENT_ONLY
    assert not result.facts
