"""The only place that calls the stages in order: read -> extract -> tag -> write -> validate."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from tagger.dateline import read_release_info
from tagger.entity import resolve_entity
from tagger.extract import extract_tables
from tagger.files import default_mode
from tagger.fiscal import fiscal_year_end
from tagger.models import Issue, Report, Table
from tagger.read import read_release
from tagger.tag import tag_tables
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file
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
    """Write every format into a hidden staging folder beside the outputs, validate each,
    and only when all are valid move them into place: a failed run leaves no file behind,
    half-written or invalid."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(result.report.source).stem
    staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".{stem}."))
    issues: list[Issue] = []
    try:
        names: list[str] = []
        for name in formats:
            files = WRITERS[name](result.report, taxonomy, stem)
            for file_name, data in files.items():
                (staging / file_name).write_bytes(data)
            names.extend(files)
            issues.extend(_renamed(validate_file(staging / next(iter(files)), taxonomy), staging, out_dir))
        if any(issue.code not in NOT_BLOCKING for issue in issues):
            return (), tuple(issues)
        for file_name in names:
            os.chmod(staging / file_name, default_mode())
            os.replace(staging / file_name, out_dir / file_name)
        return tuple(out_dir / file_name for file_name in names), tuple(issues)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _renamed(issues: Sequence[Issue], staging: Path, out_dir: Path) -> list[Issue]:
    """Issues about a staged file, told with the name the file will have."""
    return [
        issue.model_copy(update={"span": issue.span.model_copy(update={"file": str(out_dir / Path(issue.span.file).name)})})
        if issue.span and Path(issue.span.file).parent == staging else issue
        for issue in issues
    ]
