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
    rows: dict[int, list[Placed]] = defaultdict(list)
    for item in placed:
        if item.concept.is_deduction:
            rows[item.row].append(item)
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


_UNIT = 10_000  # printed values in ten-thousandths, so the sums are integer arithmetic


class _Term(NamedTuple):
    weight: int
    printed: int  # in ten-thousandths of the printed unit
    slack: int  # half a unit of the last printed digit, in ten-thousandths
    row: int | None  # the row whose sign is unknown, None when the concept is not a deduction


def _solve_column(column: Sequence[Placed], taxonomy: Taxonomy) -> Mapping[int, int]:
    """Signs the sums of this column settle, sum by sum: a sign one sum fixes is known to
    the next (Cost of sales, fixed by Gross profit, then settles its own components)."""
    by_concept = {p.concept.name: p for p in column}
    if not any(p.concept.is_deduction for p in column):
        return {}  # nothing to settle (a balance-sheet column)
    equations = []
    for rule in taxonomy.sums:
        total = by_concept.get(rule.total)
        if total is None:
            continue
        items = [(by_concept[name], weight) for name, weight in rule.items if name in by_concept]
        if items and (total.concept.is_deduction or any(item.concept.is_deduction for item, _ in items)):
            terms = [_term(total, -1)] + [_term(item, weight) for item, weight in items]
            if all(term is not None for term in terms):
                equations.append(terms)
    known: dict[int, int] = {}
    progress = True
    while progress:
        progress = False
        for equation in equations:
            unknowns = sorted({t.row for t in equation if t.row is not None and t.row not in known})
            if not unknowns or len(unknowns) > _MAX_UNKNOWNS:
                continue
            for row, sign in _settled(equation, unknowns, known).items():
                known[row] = sign
                progress = True
    return known


def _settled(equation: Sequence[_Term], unknowns: Sequence[int], known: Mapping[int, int]) -> dict[int, int]:
    """The signs of `unknowns` that every assignment satisfying the equation agrees on:
    total = sum of items, within the rounding of every printed value (Calculations 1.1)."""
    fixed = sum(t.weight * t.printed * (known[t.row] if t.row is not None else 1)
                for t in equation if t.row is None or t.row in known)
    amounts = [sum(t.weight * t.printed for t in equation if t.row == row) for row in unknowns]
    slack = sum(t.slack for t in equation)
    totals = [fixed]  # the sum for each assignment, in the order itertools.product lists them
    for amount in amounts:
        totals = [total + sign * amount for total in totals for sign in (ABSOLUTE, SIGNED)]
    assignments = itertools.product((ABSOLUTE, SIGNED), repeat=len(unknowns))
    solutions = [assignment for assignment, total in zip(assignments, totals, strict=True) if abs(total) <= slack]
    if not solutions:
        return {}
    return {row: solutions[0][n] for n, row in enumerate(unknowns) if len({s[n] for s in solutions}) == 1}


def _term(placed: Placed, weight: int) -> _Term | None:
    cell = placed.cell
    digits = cell.fraction_digits
    if digits > 3 or cell.value is None:
        return None  # finer than our integer unit: leave this sum out rather than round
    row = placed.row if placed.concept.is_deduction else None
    return _Term(weight, int(cell.value * _UNIT), _UNIT // 2 // 10**digits, row)
