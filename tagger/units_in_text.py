"""A table that states no scale, read in units where the release's own text shows it is.

Small companies print whole dollars and no '(in thousands)': Alberta Star's 'Total Assets
$15,224,722' under 'SELECTED ANNUAL INFORMATION', after the text 'Total assets at November 30,
2009 decreased to $15,224,722 from $17,880,351'. In a release that states no multiple anywhere
(no table, no line 'in thousands'), an amount the text prints with a currency mark, the same
digits and no multiple after them is in units; a table with no scale of its own that prints
those digits prints its money in units. Where any line states a multiple, the text's amounts
may be in it too (notes to statements 'in thousands of U.S. dollars' print '$9,600' for 9.6
million): the scale stays unknown, and the table's amounts reported, not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from tagger.amounts import amounts_in_units, parse_scale
from tagger.models import Span, Table


def settle_units(tables: Sequence[Table], lines: Sequence[str]) -> tuple[Table, ...]:
    """The tables, each that states no scale but prints an amount the text states in units
    with its money scale set to units (share counts stay as unknown as they were)."""
    unscaled = [t for t in tables if t.scale.monetary is None and t.rows]
    if not unscaled or any(t.scale.monetary not in (None, 1) for t in tables) or any(
            (scale := parse_scale(line)) is not None and scale.monetary != 1 for line in lines):
        return tuple(tables)
    in_tables = {n for t in tables for n in range(t.span.line, max(r.value_line for r in t.rows) + 1) if t.rows}
    stated: dict[Decimal, tuple[str, int]] = {}  # amount -> its digits and the first line of text stating it
    for number, line in enumerate(lines, start=1):
        if number not in in_tables:
            for digits in amounts_in_units(line):
                stated.setdefault(Decimal(digits.replace(",", "")), (digits, number))
    if not stated:
        return tuple(tables)
    settled = []
    for table in tables:
        if table in unscaled:
            shown = next((stated[abs(cell.value)] for row in table.rows for cell in row.cells
                          if cell.value is not None and cell.fraction_digits == 0 and abs(cell.value) in stated), None)
            if shown is not None:
                digits, line = shown
                table = table.model_copy(update={"scale": table.scale.model_copy(update={
                    "text": f"the text prints {digits} in units", "monetary": 1,
                    "span": Span(file=table.span.file, line=line)})})
        settled.append(table)
    return tuple(settled)
