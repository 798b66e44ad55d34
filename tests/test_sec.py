"""Facts that join with the SEC's own XBRL data: fy, fp and frame; the filing's accession
number, form and date; the documents table; one schema per glob; DuckDB files 1.x opens."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import CORPUS, EXAMPLES, cli, release_of

from tagger.fiscal import sec_fiscal_period, sec_frame
from tagger.models import Period

FY2002 = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))
QUALCOMM = CORPUS / "submissions" / "004_qualcomm.txt"


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _period(text: str) -> Period:
    start, _, end = text.partition("/")
    return Period(start=_d(start), end=_d(end)) if end else Period(end=_d(start))


# Worked out by hand from the calendars. Frames: the calendar year or quarter a duration overlaps
# most (365 +/- 30 and 91 +/- 30 days only), the nearest calendar quarter end for an instant.
@pytest.mark.parametrize(("year_end", "period", "fy", "fp", "frame"), [
    # calendar year
    ((12, 31), "2002-10-01/2002-12-31", 2002, "Q4", "CY2002Q4"),
    ((12, 31), "2002-01-01/2002-12-31", 2002, "FY", "CY2002"),
    ((12, 31), "2002-12-31", 2002, "FY", "CY2002Q4I"),
    ((12, 31), "2002-01-01/2002-06-30", 2002, "Q2", None),  # six months: no frame
    # a year ending in June: fiscal 2002 is July 2001 to June 2002, mostly in calendar 2001
    ((6, 30), "2001-07-01/2002-06-30", 2002, "FY", "CY2001"),
    ((6, 30), "2001-10-01/2001-12-31", 2002, "Q2", "CY2001Q4"),
    ((6, 30), "2001-07-01/2002-03-31", 2002, "Q3", None),  # nine months
    ((6, 30), "2002-03-31", 2002, "Q3", "CY2002Q1I"),
    # a year ending in September (Qualcomm, 52/53 weeks ending the last Sunday)
    ((9, 30), "1998-09-28/1999-06-27", 1999, "Q3", None),
    ((9, 30), "1999-03-29/1999-06-27", 1999, "Q3", "CY1999Q2"),
    ((9, 30), "1998-09-28", 1998, "FY", "CY1998Q3I"),
    ((9, 30), "1997-09-29/1998-09-27", 1998, "FY", "CY1998"),
    # a year ending in January (retailers: fiscal 2002 ends February 1, 2003, a Saturday; 52 weeks)
    ((1, 31), "2002-02-03/2003-02-01", 2002, "FY", "CY2002"),
    ((1, 31), "2002-11-03/2003-02-01", 2002, "Q4", "CY2002Q4"),  # 13 weeks: 59 days in Q4, 32 in Q1
    ((1, 31), "2002-05-05/2002-08-03", 2002, "Q2", "CY2002Q2"),  # 58 days in Q2, 33 in Q3
    ((1, 31), "2003-02-01", 2002, "FY", "CY2002Q4I"),
    # a 53-week year ending Saturday, January 3, 2004 (fiscal 2003), and its 14-week quarter
    ((12, 31), "2002-12-29/2004-01-03", 2003, "FY", "CY2003"),
    ((12, 31), "2003-09-28/2004-01-03", 2003, "Q4", "CY2003Q4"),
    ((12, 31), "2004-01-03", 2003, "FY", "CY2003Q4I"),
])
def test_fy_fp_and_frame(year_end: tuple[int, int], period: str, fy: int, fp: str, frame: str | None) -> None:
    assert sec_fiscal_period(_period(period), year_end) == (fy, fp)
    assert sec_frame(_period(period)) == frame


def test_without_a_fiscal_year_end_only_years_get_fy_and_fp() -> None:
    assert sec_fiscal_period(_period("2002-10-01/2002-12-31"), None) == (None, None)
    assert sec_fiscal_period(_period("2002-01-01/2002-12-31"), None) == (2002, "FY")


def test_a_whole_submission_gives_the_filing_and_the_cik(tmp_path: Path) -> None:
    """Qualcomm's 8-K: its header names the filing, the CIK and a fiscal year ending in September."""
    import pyarrow.parquet as pq

    assert cli("tag", QUALCOMM, "-o", tmp_path, "--format", "parquet").code in (0, 1)
    documents = pq.read_table(tmp_path / "parquet" / "documents" / "004_qualcomm.parquet").to_pylist()
    assert len(documents) == 1
    document = documents[0]
    assert (document["accession_number"], document["form"], document["filing_date"], document["cik"],
            document["fiscal_year_end"]) == ("0000936392-99-000845", "8-K", dt.date(1999, 7, 19), "0000804328", "09-30")
    facts = pq.read_table(tmp_path / "parquet" / "facts" / "004_qualcomm.parquet").to_pylist()
    assert facts and {f["accession_number"] for f in facts} == {"0000936392-99-000845"}
    assert {f["cik"] for f in facts} == {"0000804328"}


def test_flat_tables_carry_sec_fields_and_the_printed_label(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    assert cli("tag", FY2002, "-o", tmp_path, "--format", "parquet").code == 0
    rows = pq.read_table(tmp_path / "parquet" / "facts" / f"{FY2002.stem}.parquet").to_pylist()
    sales = next(r for r in rows if r["concept"] == "NetSales" and r["period_start"] == dt.date(2002, 10, 1))
    assert (sales["fy"], sales["fp"], sales["frame"], sales["label"], sales["label_printed"]) == (
        2002, "Q4", "CY2002Q4", "Net sales", "Net sales")
    assert (sales["us_gaap"], sales["value"], sales["us_gaap_value"]) == ("us-gaap:Revenues", 5191000, 5191000)
    interest = next(r for r in rows if r["concept"] == "InterestExpenseNet" and r["period_start"] == dt.date(2002, 10, 1))
    # 'Interest expense, net (969)': an expense of 969,000 is -969,000 of us-gaap net interest income (expense)
    assert (interest["us_gaap"], interest["value"], interest["us_gaap_value"]) == (
        "us-gaap:InterestIncomeExpenseNonoperatingNet", 969000, -969000)
    assets = next(r for r in rows if r["concept"] == "TotalAssets" and r["period_instant"] == dt.date(2002, 12, 31))
    assert (assets["fy"], assets["fp"], assets["frame"]) == (2002, "FY", "CY2002Q4I")
    assert all(r["accession_number"] is None and r["form"] is None for r in rows)  # an exhibit alone: no header


def test_a_release_with_no_facts_still_has_its_document_row(tmp_path: Path) -> None:
    import duckdb

    no_table = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-11-17-chapter-11"))
    assert cli("tag", no_table, FY2002, "-o", tmp_path / "out", "--format", "csv").code == 0
    database = tmp_path / "facts.duckdb"
    assert cli("load", tmp_path / "out", "--db", database).code == 0
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute("SELECT document_id, company, tables, facts FROM documents ORDER BY document_id").fetchall()
    assert rows == [(FY2002.stem, "FiberCore, Inc.", 2, 109), (no_table.stem, "FiberCore, Inc.", 0, 0)]


def test_one_glob_reads_one_schema(tmp_path: Path) -> None:
    """Every format at once, and the flat tables still read with one glob each."""
    import duckdb
    import pandas

    out = tmp_path / "out"
    releases = [release_of(e) for e in EXAMPLES]
    assert cli("tag", *releases, "-o", out, "--format", "xml,json,xbrl-csv,csv,parquet").code == 0
    with duckdb.connect() as connection:
        csv_facts = connection.execute(f"SELECT count(*), count(DISTINCT document_id) FROM '{out}/csv/facts/*.csv'").fetchone()
        parquet_facts = connection.execute(f"SELECT count(*) FROM '{out}/parquet/facts/*.parquet'").fetchone()
        documents = connection.execute(f"SELECT count(*) FROM '{out}/csv/documents/*.csv'").fetchone()
    assert csv_facts == (157, 2) and parquet_facts == (157,) and documents == (5,)
    frame = pandas.read_parquet(out / "parquet" / "facts")
    assert len(frame) == 157 and "frame" in frame.columns
    assert len(pandas.read_parquet(out / "parquet" / "documents")) == 5


def test_the_database_opens_in_duckdb_1x(tmp_path: Path) -> None:
    """A DuckDB 1.x client reads storage version 64 (the 1.0 format) and refuses 2.x files'."""
    import duckdb

    assert cli("tag", FY2002, "-o", tmp_path / "out", "--format", "parquet").code == 0
    database = tmp_path / "facts.duckdb"
    assert cli("load", tmp_path / "out", "--db", database).code == 0
    header = database.read_bytes()[:64]
    assert header[8:12] == b"DUCK" and int.from_bytes(header[12:20], "little") == 64
    with duckdb.connect(str(database), read_only=True) as connection:
        tags = connection.execute("SELECT tags['storage_version'] FROM duckdb_databases() WHERE NOT internal").fetchone()
    assert tags == ("v1.0.0+",)


def test_cli_load_reports_a_database_of_another_version(tmp_path: Path) -> None:
    import duckdb

    database = tmp_path / "old.duckdb"
    with duckdb.connect(str(database)) as connection:
        connection.execute("CREATE TABLE facts (document_id VARCHAR, value DECIMAL(38, 6))")
    assert cli("tag", FY2002, "-o", tmp_path / "out", "--format", "csv").code == 0
    run = cli("load", tmp_path / "out", "--db", database)
    assert run.code == 1 and "other columns than this version of tagger writes" in run.stderr


def test_documents_row_counts_problems(tmp_path: Path) -> None:
    import csv

    assert cli("tag", FY2002, "-o", tmp_path, "--format", "csv").code == 0
    (row,) = csv.DictReader(io.StringIO((tmp_path / "csv" / "documents" / f"{FY2002.stem}.csv").read_text()))
    assert (row["tables"], row["facts"], row["errors"], row["warnings"], row["release_date"]) == ("2", "109", "0", "1", "2003-05-19")
