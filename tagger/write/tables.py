"""Flat tables for BI tools (DuckDB, pandas, polars, Power BI, Tableau), two kinds, each in
a folder of its own so that one glob reads one schema:

    csv/facts/<stem>.csv, parquet/facts/<stem>.parquet           one row per fact
    csv/documents/<stem>.csv, parquet/documents/<stem>.parquet   one row per release, facts or not

Fact columns are those a BI user needs and the SEC's data use, so the facts join with the
SEC's own XBRL data (companyfacts, frames, the Financial Statement Data Sets): who (company,
CIK), which filing (accession number, form, filing date, when the release came inside its
EDGAR submission), what (concept, its label, the label as printed, its US-GAAP element and
the value as that element counts it), when (period start, end or instant, quarters, fiscal
label, SEC-style fy, fp and frame), how much (unit, exact value in base units, as printed,
scale, decimals) and where it was printed (source file, line, column). CSV keeps values as
exact decimal text; Parquet types them (decimal, date, integer). FACT_COLUMNS and
DOCUMENT_COLUMNS (TABLES) below are the one place that names and types a column: the writers,
the validator and `tagger load` read them.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from types import MappingProxyType

from tagger.amounts import parse_amount
from tagger.entity import SEC_SCHEME
from tagger.fiscal import fiscal_label, quarters, sec_fiscal_period, sec_frame
from tagger.models import Fact, Period, Report
from tagger.taxonomy import Taxonomy

VALUE_SCALE = 6  # fraction digits the typed value column keeps: per-share amounts print two or four

# (name, kind) of each column; kinds: text, date, int8, int16, int32, int64, decimal
FACT_COLUMNS = (
    ("document_id", "text"), ("company", "text"), ("cik", "text"), ("entity_scheme", "text"), ("entity_id", "text"),
    ("accession_number", "text"), ("form", "text"), ("filing_date", "date"),
    ("concept", "text"), ("label", "text"), ("label_printed", "text"), ("us_gaap", "text"),
    ("period_type", "text"), ("period_start", "date"), ("period_end", "date"), ("period_instant", "date"),
    ("quarters", "int8"), ("fiscal_period", "text"), ("fy", "int16"), ("fp", "text"), ("frame", "text"),
    ("unit", "text"), ("value", "decimal"), ("us_gaap_value", "decimal"), ("value_printed", "text"),
    ("scale", "int64"), ("decimals", "int16"), ("source_file", "text"), ("line", "int32"), ("column", "int32"),
)
DOCUMENT_COLUMNS = (
    ("document_id", "text"), ("company", "text"), ("cik", "text"), ("entity_scheme", "text"), ("entity_id", "text"),
    ("ticker", "text"), ("exchange", "text"), ("release_date", "date"), ("headline", "text"),
    ("accession_number", "text"), ("form", "text"), ("filing_date", "date"), ("fiscal_year_end", "text"),
    ("source_file", "text"), ("tables", "int32"), ("facts", "int32"), ("errors", "int32"), ("warnings", "int32"),
)
TABLES = MappingProxyType({"facts": FACT_COLUMNS, "documents": DOCUMENT_COLUMNS})  # folder -> columns
DUCKDB_TYPES = MappingProxyType({"text": "VARCHAR", "date": "DATE", "int8": "TINYINT", "int16": "SMALLINT",
                                 "int32": "INTEGER", "int64": "BIGINT", "decimal": f"DECIMAL(38, {VALUE_SCALE})"})


def fact_rows(report: Report, taxonomy: Taxonomy) -> list[dict[str, object]]:
    """One dict per fact, keyed by the fact columns, typed (Decimal, date, int, str or None)."""
    common = {**_who(report), **_filing(report)}  # the same for every fact of the release
    dated: dict[Period, dict[str, object]] = {}  # the period's columns, worked out once per period
    rows = []
    for fact in report.facts:
        if fact.period not in dated:
            dated[fact.period] = _period_columns(fact.period, report.fiscal_year_end)
        rows.append(_fact_row(report, taxonomy, fact, common, dated[fact.period]))
    return rows


def _period_columns(period: Period, year_end: tuple[int, int] | None) -> dict[str, object]:
    fy, fp = sec_fiscal_period(period, year_end)
    return {
        "period_type": period.period_type.value,
        "period_start": period.start,
        "period_end": period.end if period.start is not None else None,
        "period_instant": period.end if period.start is None else None,
        "quarters": quarters(period),
        "fiscal_period": fiscal_label(period, year_end),
        "fy": fy,
        "fp": fp,
        "frame": sec_frame(period),
    }


def _fact_row(report: Report, taxonomy: Taxonomy, fact: Fact, common: dict[str, object],
              dated: dict[str, object]) -> dict[str, object]:
    concept = taxonomy[fact.concept]
    if -fact.value.as_tuple().exponent > VALUE_SCALE:  # type: ignore[operator]
        raise ValueError(f"{fact.concept} {fact.value}: more than {VALUE_SCALE} fraction digits")
    return {
        **common,
        "concept": fact.concept,
        "label": concept.label,
        "label_printed": fact.label,
        "us_gaap": f"us-gaap:{concept.us_gaap}" if concept.us_gaap else None,
        **dated,
        "unit": fact.unit.flat,
        "value": fact.value,
        "us_gaap_value": fact.value * concept.us_gaap_sign if concept.us_gaap else None,
        "value_printed": fact.printed,
        "scale": fact.scale,
        "decimals": fact.decimals,
        "source_file": report.source,
        "line": fact.span.line,
        "column": fact.span.column,
    }


def document_row(report: Report) -> dict[str, object]:
    """The release itself: who, which filing, and what reading it gave."""
    info = report.info
    year_end = report.fiscal_year_end
    return {
        **_who(report),
        "ticker": info.ticker,
        "exchange": info.exchange,
        "release_date": info.date,
        "headline": info.headline,
        **_filing(report),
        "fiscal_year_end": f"{year_end[0]:02d}-{year_end[1]:02d}" if year_end else None,
        "source_file": report.source,
        "tables": report.tables,
        "facts": len(report.facts),
        "errors": report.errors,
        "warnings": report.warnings,
    }


def _filing(report: Report) -> dict[str, object]:
    """The EDGAR submission the release came in, when it came in one."""
    filing = report.info.filing
    return {"accession_number": filing.accession_number, "form": filing.form, "filing_date": filing.filing_date}


def _who(report: Report) -> dict[str, object]:
    return {
        "document_id": report.document_id,
        "company": report.info.company or report.entity.name,
        "cik": report.entity.identifier if report.entity.scheme == SEC_SCHEME else None,
        "entity_scheme": report.entity.scheme,
        "entity_id": report.entity.identifier,
    }


def write_csv(report: Report, taxonomy: Taxonomy, stem: str) -> dict[str, bytes]:
    """RFC 4180 CSV, UTF-8, a header row; empty cells for what does not apply."""
    return {f"csv/facts/{stem}.csv": _csv(FACT_COLUMNS, fact_rows(report, taxonomy)),
            f"csv/documents/{stem}.csv": _csv(DOCUMENT_COLUMNS, [document_row(report)])}


def _csv(columns: tuple[tuple[str, str], ...], rows: list[dict[str, object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    names = [name for name, _ in columns]
    text = {name for name, kind in columns if kind == "text"}
    writer.writerow(names)
    for row in rows:
        writer.writerow(["" if row[c] is None else format(row[c], "f") if isinstance(row[c], Decimal)
                         else not_a_formula(row[c]) if c in text else row[c] for c in names])  # type: ignore[arg-type]
    return buffer.getvalue().encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads a cell as a formula by (OWASP)


def not_a_formula(cell: str) -> str:
    """A text cell a spreadsheet will not run: one that begins as a formula does ('=HYPERLINK(...)',
    '+cmd', '@SUM(A1)', a file name so chosen) gets a leading apostrophe, as OWASP's guidance on
    CSV injection says; a number as printed ('-13.0%') stays as it is."""
    if cell.startswith(_FORMULA_START) and parse_amount(cell) is None:
        return "'" + cell
    return cell


def arrow_schema(columns: tuple[tuple[str, str], ...] = FACT_COLUMNS):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    types = {"text": pa.string(), "date": pa.date32(), "int8": pa.int8(), "int16": pa.int16(), "int32": pa.int32(),
             "int64": pa.int64(), "decimal": pa.decimal128(38, VALUE_SCALE)}
    return pa.schema([pa.field(name, types[kind]) for name, kind in columns])


def fact_table(report: Report, taxonomy: Taxonomy):  # type: ignore[no-untyped-def]
    """The facts as a pyarrow Table with proper types: value decimal(38, 6), dates as dates."""
    return _arrow(FACT_COLUMNS, fact_rows(report, taxonomy))


def _arrow(columns: tuple[tuple[str, str], ...], rows: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.Table.from_pydict({name: [row[name] for row in rows] for name, _ in columns}, schema=arrow_schema(columns))


def write_parquet(report: Report, taxonomy: Taxonomy, stem: str) -> dict[str, bytes]:
    """Parquet with proper types: value decimal(38, 6), dates as dates."""
    return {f"parquet/facts/{stem}.parquet": _parquet(fact_table(report, taxonomy)),
            f"parquet/documents/{stem}.parquet": _parquet(_arrow(DOCUMENT_COLUMNS, [document_row(report)]))}


def _parquet(table) -> bytes:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()
