"""How a release prints its deductions, worked out from its own arithmetic.

An expense can be printed two ways, often in one table:

    Gross profit (loss)                  (1,379)   <- 'absolute': expenses printed positive,
    Selling, general and administrative    2,501      the reader subtracts them
    ...
    Income (loss) before income taxes   (16,016)   <- 'signed': deductions in parentheses,
    Provision for income taxes             (860)      the reader adds every line
    Earnings (loss) before minority     (16,876)

For each concept the taxonomy marks `printed = "deduction"`, the sums the taxonomy states
tell which way each row is printed: with Gross profit -1,379 and Income from operations
-14,673, SG&A 2,501 must be subtracted; with -16,016 and -16,876, the tax (860) must be added.
A row that no sum settles falls back on its own signs: all in parentheses is signed, all
positive is absolute. A row with mixed signs that no sum settles is left untagged.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from tagger.models import Cell, Concept, Issue
from tagger.taxonomy import Taxonomy

ABSOLUTE, SIGNED = 1, -1  # value = printed * sign
_MAX_UNKNOWNS = 10  # 2**10 sign assignments per sum at most


class Placed(NamedTuple):
    """A cell of a row, with the concept its row maps to."""

    row: int
    cell: Cell
    concept: Concept


def deduction_signs(placed: Sequence[Placed], taxonomy: Taxonomy) -> tuple[dict[int, int | None], list[Issue]]:
    """For each row of a deduction concept: ABSOLUTE, SIGNED, or None when unsure."""
    votes: dict[int, set[int]] = defaultdict(set)
    by_column: dict[int, list[Placed]] = defaultdict(list)
    for item in placed:
        if item.cell.value is not None:
            by_column[item.cell.column].append(item)
    for column in by_column.values():
        for row, sign in _solve_column(column, taxonomy).items():
            votes[row].add(sign)
    signs: dict[int, int | None] = {}
    issues: list[Issue] = []
    rows = {item.row: [p for p in placed if p.row == item.row] for item in placed if item.concept.is_deduction}
    for row, cells in rows.items():
        found = votes.get(row, set())
        if len(found) == 1:
            signs[row] = found.pop()
        elif len(found) > 1:
            signs[row] = None
            issues.append(Issue(code="tag.sign-conflict", span=cells[0].cell.span,
                                message=f"{cells[0].concept.name}: the table's sums add this row in one column "
                                        "and subtract it in another; not tagged"))
        else:
            signs[row] = _by_own_signs(cells)
    return signs, issues


def _by_own_signs(cells: Sequence[Placed]) -> int | None:
    """All non-zero values in parentheses: printed as deductions; all positive: printed as
    amounts to subtract; mixed: no telling (a benefit in one period, an expense in another)."""
    values = [p.cell.value for p in cells if p.cell.value]
    if not values:
        return ABSOLUTE  # all zero: either way the value is zero
    if all(v < 0 for v in values):
        return SIGNED
    if all(v > 0 for v in values):
        return ABSOLUTE
    return None


class _Term(NamedTuple):
    weight: int
    printed: Decimal
    slack: Decimal  # half a unit of the last printed digit
    row: int | None  # the row whose sign is unknown, None when the concept is printed as is


def _solve_column(column: Sequence[Placed], taxonomy: Taxonomy) -> Mapping[int, int]:
    """Signs the sums of this column settle, sum by sum: a sign one sum fixes is known to
    the next (Cost of sales, fixed by Gross profit, then settles its own components)."""
    by_concept = {p.concept.name: p for p in column}
    equations = []
    for rule in taxonomy.sums:
        total = by_concept.get(rule.total)
        items = [(by_concept[name], weight) for name, weight in rule.items if name in by_concept]
        if total is not None and items:
            equations.append([_term(total, -1)] + [_term(item, weight) for item, weight in items])
    known: dict[int, int] = {}
    progress = True
    while progress:
        progress = False
        for equation in equations:
            unknowns = sorted({t.row for t in equation if t.row is not None and t.row not in known})
            if not unknowns or len(unknowns) > _MAX_UNKNOWNS:
                continue
            solutions = [
                dict(zip(unknowns, assignment))
                for assignment in itertools.product((ABSOLUTE, SIGNED), repeat=len(unknowns))
                if _holds(equation, {**known, **dict(zip(unknowns, assignment))})
            ]
            for row in unknowns:
                if solutions and len({solution[row] for solution in solutions}) == 1:
                    known[row] = solutions[0][row]
                    progress = True
    return known


def _term(placed: Placed, weight: int) -> _Term:
    cell = placed.cell
    slack = Decimal(5).scaleb(-cell.fraction_digits - 1)
    row = placed.row if placed.concept.is_deduction else None
    return _Term(weight, cell.value, slack, row)  # type: ignore[arg-type]


def _holds(equation: Sequence[_Term], signs: Mapping[int, int]) -> bool:
    """total = sum of items, within the rounding of every printed value (Calculations 1.1)."""
    balance = sum((t.weight * t.printed * (signs[t.row] if t.row is not None else 1) for t in equation), Decimal(0))
    return abs(balance) <= sum((t.slack for t in equation), Decimal(0))
