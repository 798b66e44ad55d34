"""Load tagged facts into a DuckDB database file, for BI tools and SQL.

    tagger load out/ --db facts.duckdb

reads every flat fact table under out/ (`<stem>.parquet`, else `<stem>.csv`) into the table
`facts` (the columns of the CSV, typed), replacing what an earlier load put there for the
same documents, so loading twice never duplicates a fact. It also (re)creates:

    facts_by_period   one row per document and period, one column per concept
    taxonomy_sums     the sums and identities of the taxonomy (total, item, weight)
    sum_checks        each sum a document's facts allow, and whether it holds
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tagger.taxonomy import Taxonomy
from tagger.write.tables import COLUMNS, VALUE_SCALE

_TYPES = {
    "period_start": "DATE", "period_end": "DATE", "period_instant": "DATE", "quarters": "TINYINT",
    "value": f"DECIMAL(38, {VALUE_SCALE})", "scale": "BIGINT", "decimals": "SMALLINT", "line": "INTEGER",
    "column": "INTEGER",
}
_PERIOD = ("period_start", "period_end", "period_instant")


@dataclass(frozen=True)
class LoadSummary:
    documents: int
    facts: int  # in the database after the load


def fact_tables(out_dir: Path) -> Iterator[Path]:
    """Each document's flat table under out_dir: its Parquet file, else its CSV file
    (never an xBRL-CSV table, which has other columns)."""
    parquet = {p.with_suffix(""): p for p in out_dir.rglob("*.parquet")}
    csv = {p.with_suffix(""): p for p in out_dir.rglob("*.csv") if not p.name.endswith(".xbrl-csv.csv")}
    for stem in sorted(parquet.keys() | csv.keys()):
        yield parquet.get(stem) or csv[stem]


def load_facts(out_dir: Path, database: Path, taxonomy: Taxonomy) -> LoadSummary:
    import duckdb

    tables = list(fact_tables(out_dir))
    connection = duckdb.connect(str(database))
    try:
        columns = ", ".join(f'"{name}" {_TYPES.get(name, "VARCHAR")}' for name in COLUMNS)
        connection.execute(f"CREATE TABLE IF NOT EXISTS facts ({columns})")
        connection.execute("BEGIN TRANSACTION")
        try:
            for table in tables:
                source = _reader(table)
                connection.execute(f"DELETE FROM facts WHERE document_id IN (SELECT DISTINCT document_id FROM {source})", [str(table)])
                connection.execute(f"INSERT INTO facts BY NAME SELECT * FROM {source}", [str(table)])
            _create_views(connection, taxonomy)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        total = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
    finally:
        connection.close()
    return LoadSummary(documents=len(tables), facts=total)


def _reader(table: Path) -> str:
    """A DuckDB table function reading one flat file with the facts table's types."""
    if table.suffix == ".parquet":
        return "read_parquet(?)"
    types = ", ".join(f"'{name}': '{_TYPES.get(name, 'VARCHAR')}'" for name in COLUMNS)
    return f"read_csv(?, header = true, columns = {{{types}}})"


def _create_views(connection, taxonomy: Taxonomy) -> None:  # type: ignore[no-untyped-def]
    connection.execute("CREATE OR REPLACE TABLE taxonomy_sums (kind VARCHAR, total VARCHAR, item VARCHAR, weight INTEGER)")
    rows = [("sum", rule.total, item, weight) for rule in taxonomy.sums for item, weight in rule.items]
    rows += [("identity", rule.total, item, weight) for rule in taxonomy.identities for item, weight in rule.items]
    connection.executemany("INSERT INTO taxonomy_sums VALUES (?, ?, ?, ?)", rows)
    pivot = ",\n        ".join(f"max(value) FILTER (WHERE concept = '{name}') AS \"{name}\"" for name in taxonomy.concepts)
    connection.execute(f"""
        CREATE OR REPLACE VIEW facts_by_period AS
        SELECT document_id, company, cik, entity_id, period_type, period_start, period_end, period_instant,
               quarters, fiscal_period,
        {pivot}
        FROM facts
        GROUP BY ALL""")
    same_period = " AND ".join(f"i.{c} IS NOT DISTINCT FROM t.{c}" for c in _PERIOD)
    connection.execute(f"""
        CREATE OR REPLACE VIEW sum_checks AS
        WITH computed AS (
            SELECT t.document_id, t.concept, t.period_start, t.period_end, t.period_instant, s.kind,
                   sum(s.weight * i.value) AS computed,
                   sum(0.5 * pow(10, -i.decimals)) AS items_slack,
                   string_agg(i.concept, ', ' ORDER BY i.concept) AS items
            FROM facts t
            JOIN taxonomy_sums s ON s.total = t.concept
            JOIN facts i ON i.concept = s.item AND i.document_id = t.document_id AND i.entity_id = t.entity_id
                        AND {same_period}
            GROUP BY ALL
        )
        SELECT t.document_id, t.company, c.kind, t.concept AS total, t.fiscal_period,
               t.period_start, t.period_end, t.period_instant,
               t.value AS reported, c.computed, c.items,
               abs(t.value - c.computed) <= 0.5 * pow(10, -t.decimals) + c.items_slack AS holds,
               t.source_file, t.line
        FROM facts t
        JOIN computed c ON c.document_id = t.document_id AND c.concept = t.concept
                       AND c.period_start IS NOT DISTINCT FROM t.period_start
                       AND c.period_end IS NOT DISTINCT FROM t.period_end
                       AND c.period_instant IS NOT DISTINCT FROM t.period_instant""")
