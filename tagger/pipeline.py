"""The only place that calls the stages in order: read -> extract -> tag -> write -> validate.

Three entry points, as a loader has levels: `run` a path, `run_text` a text you already hold,
`run_document` a decoded Document (what the other two build).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from tagger.dateline import read_release_info
from tagger.entity import resolve_entity
from tagger.extract import extract_tables
from tagger.files import write_all_atomic
from tagger.fiscal import fiscal_year_end
from tagger.models import Document, Fact, Issue, Report, Row, Span, Table
from tagger.named import settle_named
from tagger.outlook import settle_outlooks
from tagger.read import decode_release, read_release
from tagger.roles import assign_roles
from tagger.submission import read_filing
from tagger.tag import tag_tables
from tagger.taxonomy import Taxonomy, load_taxonomy
from tagger.units_in_text import settle_units
from tagger.validate import validate_outputs
from tagger.weeks import settle_weeks
from tagger.write import DEFAULT_FORMATS, FORMATS, Kind, output_path

# Problems that leave a written instance valid XBRL: the release's own sums not adding up.
NOT_BLOCKING = frozenset({"validate.calculation", "validate.identity"})


class Result(BaseModel):
    """One release, tagged: its tables as extracted, the report to write, and every issue."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    tables: tuple[Table, ...]
    report: Report
    issues: tuple[Issue, ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.report.facts

    def render(self, format_name: str, taxonomy: Taxonomy | None = None) -> dict[str, bytes]:
        """The files of one output format ('xml', 'json', 'xbrl-csv', 'csv', 'parquet'), by name."""
        return FORMATS[format_name].write(self.report, taxonomy or load_taxonomy(), Path(self.report.source).stem)

    def write(self, out_dir: str | Path, formats: Sequence[str] = DEFAULT_FORMATS,
              taxonomy: Taxonomy | None = None) -> tuple[tuple[Path, ...], tuple[Issue, ...]]:
        """Write validated outputs into out_dir (all of them, or none when one does not validate)."""
        return write_outputs(self, Path(out_dir), formats, taxonomy or load_taxonomy())

    def to_rows(self, taxonomy: Taxonomy | None = None) -> list[dict[str, object]]:
        """One dict per fact, with the columns of the flat fact table (typed: Decimal, date, int)."""
        from tagger.write.tables import fact_rows

        return fact_rows(self.report, taxonomy or load_taxonomy())

    def to_arrow(self, taxonomy: Taxonomy | None = None):  # type: ignore[no-untyped-def]
        """The facts as a pyarrow Table, typed as the Parquet output is."""
        from tagger.write.tables import fact_table

        return fact_table(self.report, taxonomy or load_taxonomy())

    def to_pandas(self, taxonomy: Taxonomy | None = None):  # type: ignore[no-untyped-def]
        """The facts as a pandas DataFrame (pandas is optional: install it to use this)."""
        try:
            import pandas  # noqa: F401
        except ImportError as error:
            raise ImportError("Result.to_pandas() needs pandas, which tagger does not install: pip install pandas "
                              "(or use Result.to_arrow(), which needs nothing more)") from error
        return self.to_arrow(taxonomy).to_pandas()


def run(source: Path, taxonomy: Taxonomy, cik: str | None = None, document_id: str | None = None) -> Result:
    """Read, extract and tag one release file. Raises ReadError when the file is not a release."""
    return run_document(read_release(source), taxonomy, cik, document_id)


def run_text(text: str | bytes, name: str, taxonomy: Taxonomy, cik: str | None = None) -> Result:
    """Tag a release held in memory; `name` stands for its file name in spans and outputs."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return run_document(decode_release(data, name), taxonomy, cik)


def run_document(document: Document, taxonomy: Taxonomy, cik: str | None = None, document_id: str | None = None) -> Result:
    """Extract and tag a decoded release."""
    tables, extract_issues = extract_tables(document, lambda label: bool(taxonomy.match(label, None)))
    text = cache(lambda: "\n".join(document.lines))  # the release's text, joined once if at all asked for
    tables = settle_units(tables, document.lines, text)
    filing = read_filing(document)
    tables, week_issues = settle_weeks(tables, filing.fiscal_year_end, document.lines)
    tables, named_issues = settle_named(tables, filing.fiscal_year_end)
    info, info_issues = read_release_info(document, (c.period.end for t in tables for c in t.columns if c.period))
    released = max((d for d in (info.date, filing.filing_date) if d is not None), default=None)
    tables, outlook_issues = settle_outlooks(tables, released)
    filers = (info.company, filing.company)  # the company's names, as the release and its filing give them
    tables, role_issues = assign_roles(tables, filers, text)
    facts, tag_issues = tag_tables(tables, taxonomy, text, filers)
    if filing != info.filing:
        info = info.model_copy(update={"filing": filing})
    name = Path(document.file).name
    stem = Path(name).stem
    entity = resolve_entity(info, stem, cik or filing.cik)
    audited = [c.period.end for t in tables for c in t.columns if c.audit == "(audited)" and c.period and c.period.start is None]
    year_end = fiscal_year_end((f.period for f in facts), audited) or filing.fiscal_year_end
    issues = (*info_issues, *extract_issues, *week_issues, *named_issues, *outlook_issues, *role_issues, *tag_issues)
    errors = sum(1 for issue in issues if issue.severity == "error")
    report = Report(source=name, document_id=document_id or stem, entity=entity, info=info, facts=facts,
                    fiscal_year_end=year_end, tables=len(tables), errors=errors, warnings=len(issues) - errors)
    result = Result(tables=tables, report=report, issues=tuple(sorted(issues, key=_issue_order)))
    return _in_source_lines(result, document.source_lines) if document.source_lines else result


_LINE_IN_TEXT = re.compile(r"\bline (\d+)\b")


def _in_source_lines(value, lines: tuple[int, ...]):  # type: ignore[no-untyped-def]
    """Every span of a release read through its HTML layout, pointing at the source line the
    laid-out line came from (column 1: a column of the layout is none of the source)."""
    if isinstance(value, Span):
        return value.model_copy(update={"line": _source_line(value.line, lines), "column": min(value.column, 1),
                                        "end_column": None})
    if isinstance(value, Issue):  # its message may name other lines too ('line 559 '$16'')
        message = _LINE_IN_TEXT.sub(lambda m: f"line {_source_line(int(m[1]), lines)}", value.message)
        return value.model_copy(update={"span": _in_source_lines(value.span, lines), "message": message})
    if isinstance(value, BaseModel):
        changed = {name: _in_source_lines(getattr(value, name), lines) for name in type(value).model_fields}
        if isinstance(value, Row):  # the line of its values too, which `tagger inspect` shows
            changed["value_line"] = _source_line(value.value_line, lines)
        return value.model_copy(update=changed)
    if type(value) is tuple:  # not a record such as a Unit, which holds no span
        return tuple(_in_source_lines(item, lines) for item in value)
    return value


def _source_line(line: int, lines: tuple[int, ...]) -> int:
    return lines[line - 1] if 1 <= line <= len(lines) else line


def _issue_order(issue: Issue) -> tuple[int, int]:
    return (issue.span.line, issue.span.column) if issue.span else (0, 0)


def _rendered(report: Report, out_dir: Path, folder: Path, formats: Sequence[str], taxonomy: Taxonomy
              ) -> tuple[dict[str, bytes], dict[str, Path], list[Issue]]:
    """Every format rendered in memory, where each would be written, and what validating them
    found."""
    stem = Path(report.source).stem
    rendered = {name: FORMATS[name].write(report, taxonomy, stem) for name in formats}
    files = {file_name: data for documents in rendered.values() for file_name, data in documents.items()}
    paths = {file_name: output_path(out_dir, folder, file_name) for file_name in files}
    entries = [(paths[name], data, kind) for format_name, documents in rendered.items()
               for (_, kind), (name, data) in zip(FORMATS[format_name].files, documents.items(), strict=True)
               if kind is not Kind.PART]
    return files, paths, list(validate_outputs(entries, taxonomy, files.get))


def write_outputs(
    result: Result, out_dir: Path, formats: Sequence[str], taxonomy: Taxonomy, folder: Path = Path()
) -> tuple[tuple[Path, ...], tuple[Issue, ...]]:
    """Render every format, validate each from memory, and only when all are valid write
    them (instances to out_dir/folder, flat tables to out_dir/<table>/folder), each to a
    temporary file renamed into place once all are written: a failed run leaves no file behind,
    half-written or invalid, and never a set of formats half new and half old."""
    files, paths, issues = _rendered(result.report, out_dir, folder, formats, taxonomy)
    sums = [issue for issue in issues if issue.code == "validate.calculation"]
    if sums:
        # The release's statement is not the one the sums describe (its own lines between a
        # total and the items the sums know, or a sum the release itself does not make): name
        # the entry point without them, so that no XBRL processor finds the instance
        # inconsistent for lines the release prints otherwise; the sums are still said.
        files, paths, issues = _rendered(result.report, out_dir, folder, formats, taxonomy.without_sums())
        issues = [*sums, Issue(code="write.without-sums", severity="info", span=sums[0].span,
                               message=f"the release's statements are not those the taxonomy's sums describe: the "
                                       f"instances name {taxonomy.without_sums().schema_file}, the taxonomy without "
                                       "its sums"), *issues]
    if any(issue.code not in NOT_BLOCKING | {"write.without-sums"} for issue in issues):
        return (), tuple(issues)
    for parent in dict.fromkeys(path.parent for path in paths.values()):
        if not parent.is_dir():  # one stat; mkdir(exist_ok=True) costs a failed mkdir and a stat per release
            parent.mkdir(parents=True, exist_ok=True)
    write_all_atomic([(paths[file_name], data) for file_name, data in files.items()])  # all new, or all old
    return tuple(paths.values()), tuple(issues)
