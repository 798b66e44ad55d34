"""Flat fact tables for BI tools (DuckDB, pandas, Power BI, Tableau): one row per fact.

The columns are those a BI user needs and the SEC's Financial Statement Data Sets use:
who (company, CIK), what (concept, its labels, its US-GAAP counterpart), when (period
start, end or instant, quarters, fiscal label), how much (unit, exact value in base units,
as printed, scale, decimals) and where it was printed (source file, line, column).
CSV keeps values as exact decimal text; Parquet types them (decimal, date, integer).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from tagger.entity import SEC_SCHEME
from tagger.fiscal import fiscal_label, quarters
from tagger.models import Fact, Report
from tagger.taxonomy import Taxonomy

COLUMNS = (
    "document_id", "company", "cik", "entity_scheme", "entity_id", "concept", "label", "us_gaap",
    "period_type", "period_start", "period_end", "period_instant", "quarters", "fiscal_period",
    "unit", "value", "value_printed", "scale", "decimals", "source_file", "line", "column",
)
VALUE_SCALE = 6  # fraction digits the typed value column keeps: per-share amounts print two or four
UNIT_NAMES = {"USD": "USD", "shares": "shares", "USD-per-share": "USD/shares"}


def fact_rows(report: Report, taxonomy: Taxonomy) -> list[dict[str, object]]:
    """One dict per fact, keyed by COLUMNS, typed (Decimal, date, int, str or None)."""
    return [_row(report, taxonomy, fact) for fact in report.facts]


def _row(report: Report, taxonomy: Taxonomy, fact: Fact) -> dict[str, object]:
    concept = taxonomy[fact.concept]
    period = fact.period
    if -fact.value.as_tuple().exponent > VALUE_SCALE:  # type: ignore[operator]
        raise ValueError(f"{fact.concept} {fact.value}: more than {VALUE_SCALE} fraction digits")
    return {
        "document_id": report.document_id,
        "company": report.info.company or report.entity.name,
        "cik": report.entity.identifier if report.entity.scheme == SEC_SCHEME else None,
        "entity_scheme": report.entity.scheme,
        "entity_id": report.entity.identifier,
        "concept": fact.concept,
        "label": concept.label,
        "us_gaap": f"us-gaap:{concept.us_gaap}" if concept.us_gaap else None,
        "period_type": period.period_type.value,
        "period_start": period.start,
        "period_end": period.end if period.start is not None else None,
        "period_instant": period.end if period.start is None else None,
        "quarters": quarters(period),
        "fiscal_period": fiscal_label(period, report.fiscal_year_end),
        "unit": UNIT_NAMES[fact.unit.value],
        "value": fact.value,
        "value_printed": fact.printed,
        "scale": fact.scale,
        "decimals": fact.decimals,
        "source_file": report.source,
        "line": fact.span.line,
        "column": fact.span.column,
    }


def write_csv(report: Report, taxonomy: Taxonomy) -> bytes:
    """RFC 4180 CSV, UTF-8, a header row; empty cells for what does not apply."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in fact_rows(report, taxonomy):
        writer.writerow(["" if row[c] is None else format(row[c], "f") if isinstance(row[c], Decimal) else row[c]
                         for c in COLUMNS])
    return buffer.getvalue().encode("utf-8")


def parquet_schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    text, date, integer = pa.string(), pa.date32(), pa.int64()
    types = {
        "period_start": date, "period_end": date, "period_instant": date, "quarters": pa.int8(),
        "value": pa.decimal128(38, VALUE_SCALE), "scale": integer, "decimals": pa.int16(), "line": pa.int32(),
        "column": pa.int32(),
    }
    return pa.schema([pa.field(name, types.get(name, text)) for name in COLUMNS])


def fact_table(report: Report, taxonomy: Taxonomy):  # type: ignore[no-untyped-def]
    """The facts as a pyarrow Table with proper types: value decimal(38, 6), dates as dates."""
    import pyarrow as pa

    rows = fact_rows(report, taxonomy)
    return pa.Table.from_pydict({name: [row[name] for row in rows] for name in COLUMNS}, schema=parquet_schema())


def write_parquet(report: Report, taxonomy: Taxonomy) -> bytes:
    """Parquet with proper types: value decimal(38, 6), dates as dates."""
    import pyarrow.parquet as pq

    table = fact_table(report, taxonomy)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()
