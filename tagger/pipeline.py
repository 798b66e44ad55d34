"""The only place that calls the stages in order: read -> extract -> tag -> write -> validate."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from tagger.dateline import read_release_info
from tagger.entity import resolve_entity
from tagger.extract import extract_tables
from tagger.files import temporary_beside
from tagger.models import Issue, Report, Span, Table
from tagger.read import read_release
from tagger.tag import tag_tables
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file
from tagger.write import EXTENSIONS, WRITERS

# Problems that leave a written instance valid XBRL: the release's own sums not adding up.
NOT_BLOCKING = frozenset({"validate.calculation", "validate.identity"})


class Result(BaseModel):
    """One release, tagged: its tables as extracted, the report to write, and every issue."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    tables: tuple[Table, ...]
    report: Report
    issues: tuple[Issue, ...]


def run(source: Path, taxonomy: Taxonomy, cik: str | None = None) -> Result:
    """Read, extract and tag one release. Raises ReadError when the file is not a release."""
    document = read_release(source)
    tables, extract_issues = extract_tables(document)
    facts, tag_issues = tag_tables(tables, taxonomy)
    info, info_issues = read_release_info(document, (fact.period.end for fact in facts))
    entity = resolve_entity(info, source.stem, cik)
    report = Report(source=source.name, entity=entity, info=info, facts=facts)
    issues = (*info_issues, *extract_issues, *tag_issues)
    return Result(tables=tables, report=report, issues=tuple(sorted(issues, key=_issue_order)))


def _issue_order(issue: Issue) -> tuple[int, int]:
    return (issue.span.line, issue.span.column) if issue.span else (0, 0)


def write_outputs(
    result: Result, out_dir: Path, formats: Sequence[str], taxonomy: Taxonomy
) -> tuple[tuple[Path, ...], tuple[Issue, ...]]:
    """Write each format to a temporary file, validate it, and only when every one is valid
    move them all into place: a failed run leaves no file behind, half-written or invalid."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(result.report.source).stem
    staged: list[tuple[Path, Path]] = []
    issues: list[Issue] = []
    try:
        for name in formats:
            target = out_dir / f"{stem}{EXTENSIONS[name]}"
            temp = temporary_beside(target)
            staged.append((temp, target))
            temp.write_bytes(WRITERS[name](result.report, taxonomy))
            issues.extend(_renamed(validate_file(temp, taxonomy), temp, target))
        if any(issue.code not in NOT_BLOCKING for issue in issues):
            return (), tuple(issues)
        written = tuple(target for _, target in staged)
        for temp, target in staged:
            os.replace(temp, target)
        staged = []
        return written, tuple(issues)
    finally:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)


def _renamed(issues: Sequence[Issue], temp: Path, target: Path) -> list[Issue]:
    """Issues about a staged file, told with the name the file will have."""
    return [
        issue.model_copy(update={"span": Span(file=str(target), line=issue.span.line, column=issue.span.column)})
        if issue.span and issue.span.file == str(temp) else issue
        for issue in issues
    ]
