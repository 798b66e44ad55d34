"""Render a tagged release for a person to check: each table, its columns and periods,
and each row with its concept (or 'unmapped') and values as printed."""

from __future__ import annotations

import io

from tagger.models import RowKind, Table
from tagger.pipeline import Result
from tagger.taxonomy import Taxonomy


def render_inspection(result: Result, taxonomy: Taxonomy) -> str:
    out = io.StringIO()
    report = result.report
    info = report.info
    out.write(f"{report.source}: {info.company or 'company unknown'}")
    if info.ticker:
        out.write(f" ({info.exchange + ': ' if info.exchange else ''}{info.ticker})")
    out.write(f", {info.date or 'date unknown'}\n")
    if info.headline:
        out.write(f"  {info.headline}\n")
    out.write(f"  entity: {report.entity.scheme} {report.entity.identifier}\n")
    if not result.tables:
        out.write("\nno financial table found\n")
    concepts = {(fact.table, fact.span.line, fact.label): fact.concept for fact in report.facts}
    for table in result.tables:
        _table(out, table, concepts, taxonomy)
    if result.issues:
        out.write(f"\n{len(result.issues)} issues:\n")
        for issue in result.issues:
            out.write(f"  {issue}\n")
    out.write(f"\n{len(report.facts)} facts\n")
    return out.getvalue()


def _table(out: io.StringIO, table: Table, concepts: dict[tuple[int, int, str], str], taxonomy: Taxonomy) -> None:
    out.write(f"\nTable {table.index + 1} (line {table.span.line}): {table.name}\n")
    reason = f" ({table.role_reason})" if table.role_reason else ""
    out.write(f"  role: {table.role.value}{reason}\n")
    scale = table.scale
    if scale.text:
        shares = "as printed" if scale.shares == 1 else (f"x{scale.shares:,}" if scale.shares else "not stated")
        where = f" (line {scale.span.line})" if scale.span else ""
        out.write(f"  scale: {scale.text}{where}: money x{scale.monetary:,}, shares {shares}, per share as printed\n")
    else:
        out.write("  scale: not stated\n")
    for column in table.columns:
        source = f" (from {column.dated_by})" if column.period and column.dated_by else ""
        out.write(f"  column {column.index + 1}: {column.header or '(no header)'} -> {column.period or 'no period'}{source}\n")
    label_width = min(48, max((len(r.label) for r in table.rows), default=10))
    for row in table.rows:
        if row.kind is RowKind.HEADING:
            out.write(f"  {row.span.line:>5}  {row.label}:\n")
            continue
        concept = concepts.get((table.index, row.value_line, row.label))
        if concept is None:
            matches = taxonomy.match(row.label, row.section)
            concept = "unmapped" if not matches else "(" + "|".join(c.name for c in matches) + ", not tagged)"
        cells = {cell.column: cell.text for cell in row.cells}
        values = "  ".join(f"{cells.get(k, ''):>12}" for k in range(len(table.columns)))
        out.write(f"  {row.value_line:>5}  {row.label[:label_width]:<{label_width}}  {concept:<40} {values}\n")
