"""Load tagged facts into a DuckDB database file, for BI tools and SQL.

    tagger load out/ --db facts.duckdb

reads every flat table tagger wrote under out/ (`parquet/facts/**/<stem>.parquet`, else
`csv/facts/**/<stem>.csv`, and the same for `documents`) into the tables `facts` and
`documents` (the columns of the files, typed), replacing what an earlier load put there for the same documents, so loading
twice never duplicates a fact. It also (re)creates:

    facts_by_period   one row per document and period, one column per concept
    taxonomy_sums     the sums and identities of the taxonomy (total, item, weight)
    sum_checks        each sum a document's facts allow, and whether it holds

A new database file is written in DuckDB's 1.0 storage format, which DuckDB 1.x clients
(and the BI connectors built on them) open as well as 2.x.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from tagger.taxonomy import Taxonomy
from tagger.write.tables import DUCKDB_TYPES, TABLES

STORAGE_VERSION = "v1.0.0"  # the oldest DuckDB storage a 1.x client reads
_PERIOD = ("period_start", "period_end", "period_instant")


class LoadError(Exception):
    """The database cannot take the tables (made by another version of tagger, say)."""


class LoadSummary(NamedTuple):
    documents: int
    facts: int  # in the database after the load
    skipped: tuple[Path, ...] = ()  # files under the folder that are no tables of tagger's


def flat_tables(out_dir: Path, table: str) -> Iterator[Path]:
    """Each document's file of one table: its Parquet file (out_dir/parquet/<table>/...),
    else its CSV file (out_dir/csv/<table>/...)."""
    found: dict[str, dict[str, Path]] = {}
    for suffix in ("csv", "parquet"):
        folder = out_dir / suffix / table
        for path in folder.rglob(f"*.{suffix}"):
            found.setdefault(path.relative_to(folder).with_suffix("").as_posix(), {})[suffix] = path
    for document in sorted(found):
        yield found[document].get("parquet") or found[document]["csv"]


def _is_ours(path: Path, columns: tuple[tuple[str, str], ...]) -> bool:
    """A flat table tagger wrote: exactly its columns, in order (a CSV's header row, a Parquet
    file's schema); any other file in the folder is not read."""
    names = [name for name, _ in columns]
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.read_schema(path).names == names
        with path.open(encoding="utf-8", newline="") as handle:
            return next(csv.reader(handle), None) == names
    except Exception:  # a file of another kind: OSError, UnicodeDecodeError, or pyarrow's own errors
        return False


def load_facts(out_dir: Path, database: Path, taxonomy: Taxonomy) -> LoadSummary:
    import duckdb

    found = {table: list(flat_tables(out_dir, table)) for table in TABLES}
    files = {table: [path for path in paths if _is_ours(path, TABLES[table])] for table, paths in found.items()}
    skipped = tuple(sorted(path for table, paths in found.items() for path in paths if path not in files[table]))
    connection = duckdb.connect(str(database), config={"storage_compatibility_version": STORAGE_VERSION})
    try:
        for table, columns in TABLES.items():
            connection.execute(f"CREATE TABLE IF NOT EXISTS {table} ({_columns_sql(columns)})")
            present = [row[0] for row in connection.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [table]).fetchall()]
            if present != [name for name, _ in columns]:
                raise LoadError(f"its table {table} has other columns than this version of tagger writes: load into a new file")
        connection.execute("BEGIN TRANSACTION")
        try:
            # a release's documents row says it was tagged, facts or none: its old rows go first
            # (a release tagged again to no facts keeps none of its earlier ones)
            for path in files["documents"]:
                source = _reader(path, TABLES["documents"])
                for table in TABLES:
                    connection.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM {source})", [str(path)])
            for table, paths in files.items():
                for path in paths:
                    source = _reader(path, TABLES[table])
                    connection.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT DISTINCT document_id FROM {source})", [str(path)])
                    connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {source}", [str(path)])
            _create_views(connection, taxonomy)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        total = connection.execute("SELECT count(*) FROM facts").fetchone()[0]
    finally:
        connection.close()
    return LoadSummary(documents=len(files["documents"]) or len(files["facts"]), facts=total, skipped=skipped)


def _columns_sql(columns: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f'"{name}" {DUCKDB_TYPES[kind]}' for name, kind in columns)


def _reader(path: Path, columns: tuple[tuple[str, str], ...]) -> str:
    """A DuckDB table function reading one flat file with its table's types."""
    if path.suffix == ".parquet":
        return "read_parquet(?)"
    types = ", ".join(f"'{name}': '{DUCKDB_TYPES[kind]}'" for name, kind in columns)
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
               quarters, fiscal_period, fy, fp, frame,
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
