"""The only place that calls the stages in order: read -> extract -> tag -> write -> validate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from tagger.dateline import read_release_info
from tagger.entity import resolve_entity
from tagger.extract import extract_tables
from tagger.files import write_atomic
from tagger.fiscal import fiscal_year_end
from tagger.models import Issue, Report, Table
from tagger.read import read_release
from tagger.tag import tag_tables
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_outputs
from tagger.write import WRITERS

# Problems that leave a written instance valid XBRL: the release's own sums not adding up.
NOT_BLOCKING = frozenset({"validate.calculation", "validate.identity"})


class Result(BaseModel):
    """One release, tagged: its tables as extracted, the report to write, and every issue."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    tables: tuple[Table, ...]
    report: Report
    issues: tuple[Issue, ...]


def run(source: Path, taxonomy: Taxonomy, cik: str | None = None, document_id: str | None = None) -> Result:
    """Read, extract and tag one release. Raises ReadError when the file is not a release."""
    document = read_release(source)
    tables, extract_issues = extract_tables(document)
    facts, tag_issues = tag_tables(tables, taxonomy)
    info, info_issues = read_release_info(document, (fact.period.end for fact in facts))
    entity = resolve_entity(info, source.stem, cik)
    audited = [c.period.end for t in tables for c in t.columns if c.audit == "(audited)" and c.period and c.period.start is None]
    report = Report(source=source.name, document_id=document_id or source.stem, entity=entity, info=info, facts=facts,
                    fiscal_year_end=fiscal_year_end((f.period for f in facts), audited))
    issues = (*info_issues, *extract_issues, *tag_issues)
    return Result(tables=tables, report=report, issues=tuple(sorted(issues, key=_issue_order)))


def _issue_order(issue: Issue) -> tuple[int, int]:
    return (issue.span.line, issue.span.column) if issue.span else (0, 0)


def write_outputs(
    result: Result, out_dir: Path, formats: Sequence[str], taxonomy: Taxonomy
) -> tuple[tuple[Path, ...], tuple[Issue, ...]]:
    """Render every format, validate each from memory, and only when all are valid write
    them, each to a temporary file renamed into place: a failed run leaves no file behind,
    half-written or invalid."""
    stem = Path(result.report.source).stem
    rendered = {name: WRITERS[name](result.report, taxonomy, stem) for name in formats}
    files = {file_name: data for documents in rendered.values() for file_name, data in documents.items()}
    # the first file of each format is the one a processor opens (xBRL-CSV: its metadata)
    entries = [(out_dir / name, documents[name]) for documents in rendered.values() for name in list(documents)[:1]]
    issues = list(validate_outputs(entries, taxonomy, files.get))
    if any(issue.code not in NOT_BLOCKING for issue in issues):
        return (), tuple(issues)
    if not out_dir.is_dir():  # one stat; mkdir(exist_ok=True) costs a failed mkdir and a stat per release
        out_dir.mkdir(parents=True, exist_ok=True)
    for file_name, data in files.items():
        write_atomic(out_dir / file_name, data)
    return tuple(out_dir / file_name for file_name in files), tuple(issues)
