"""Nothing is dropped in silence: on every release of the corpus, each value printed in a row
whose label names a concept becomes a fact, or is named by an issue (on its line, or its
column's, or its table's role), or is a fact printed again (the same value, or rounded)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import CORPUS

import tagger
from tagger.amounts import rounds_to
from tagger.models import Cell, Fact, Issue, RowKind, Table, TableRole
from tagger.taxonomy import Taxonomy

RELEASES = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "SOURCES.md")


def _printed_again(cell: Cell, table: Table, facts: tuple[Fact, ...]) -> bool:
    """The cell is a fact of the release printed once more: the same number, or rounded
    ('87.5' in billions beside $87,495 million), at its table's scale for money or as printed
    for a per-share amount (where the table states no scale and takes the one before it, at any)."""
    scales = [1, table.scale.monetary] if table.scale.monetary else [1, 10**3, 10**6, 10**9]
    return any(rounds_to(abs(f.value), abs(cell.value) * scale, cell.fraction_digits - (len(str(scale)) - 1))  # type: ignore[operator]
               for scale in scales for f in facts)


def _named(cell: Cell, line: int, table: Table, issues: tuple[Issue, ...]) -> bool:
    lines = {cell.span.line, line}
    return any(i.span.line in lines or f"line {cell.span.line} " in i.message for i in issues) or (
        table.columns[cell.column].period is None and any(f"column {cell.column + 1} " in i.message for i in issues))


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_value_of_a_mapped_row_is_a_fact_or_an_issue(release, taxonomy: Taxonomy) -> None:
    result = tagger.tag_file(release)
    at = {(f.span.line, f.span.column) for f in result.facts}
    roles = {i.span.line for i in result.issues if i.code == "tag.table-role"}
    silent = []
    for table in result.tables:
        if table.role is not TableRole.CONSOLIDATED:
            assert table.span.line in roles or not any(r.cells for r in table.rows), table.title
            continue
        for row in table.rows:
            if row.kind is not RowKind.VALUES or not (taxonomy.match(row.label, row.section) or
                                                      any(f.span.line == row.value_line for f in result.facts)):
                continue
            silent += [f"{cell.span.line}:{cell.span.column} {row.label!r} {cell.text!r}" for cell in row.cells
                       if cell.value is not None and (cell.span.line, cell.span.column) not in at
                       and not _named(cell, row.span.line, table, result.issues)
                       and not _printed_again(cell, table, result.facts)]
    assert not silent


def test_percentages_in_a_row_that_names_an_amount_are_reported() -> None:
    """'Gross margin  26.6%': the label names gross profit, the row prints percentages; they
    are said, not skipped."""
    text = ("                          Three Months Ended\n                             December 31,\n"
            "                           1999       1998\n(Dollars in millions)\n"
            "Net sales                $ 24,182   $ 25,131\nGross margin                26.6%      34.2%\n")
    result = tagger.tag_text(text, name="ibm.txt")
    said = [i for i in result.issues if i.code == "tag.percentage"]
    assert len(said) == 1 and "'26.6%', '34.2%'" in said[0].message and "GrossProfit" in said[0].message
    assert not [f for f in result.facts if f.concept == "GrossProfit"]
    assert Decimal(24182000000) in {f.value for f in result.facts}


def test_the_corpus_messages_are_the_expected_ones(data_regression) -> None:
    """Every error and warning tagger says of the corpus, counted by code and file, against the
    list kept in test_nothing_dropped/: a new error on a release (Sears, Southern, a 10-Q) fails
    this until it is looked at and the list renewed (pytest --force-regen), which the diff shows."""
    counts: dict[str, dict[str, int]] = {}
    for release in RELEASES:
        result = tagger.tag_file(release)
        said: dict[str, int] = {}
        for issue in result.issues:
            if issue.severity != "info":
                key = f"{issue.severity} {issue.code}"
                said[key] = said.get(key, 0) + 1
        counts[str(release.relative_to(CORPUS))] = dict(sorted(said.items()))
    data_regression.check(counts)
