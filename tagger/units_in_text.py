"""A table that states no scale, read in units where the release's own text shows it is.

Small companies print whole dollars and no '(in thousands)': Alberta Star's 'Total Assets
$15,224,722' under 'SELECTED ANNUAL INFORMATION', after the text 'Total assets at November 30,
2009 decreased to $15,224,722 from $17,880,351'. In a release that states no multiple anywhere
(no scale line, no title or column header hinting at one: "US$'000", '(in $000s)'), amounts the
text prints with a currency mark, the same digits and no multiple after them are in units; a
table with no scale of its own that prints two of them prints its money in units. Where any
line states a multiple, or the text prints one of the table's amounts in thousands ('$5.2
million' beside 5,191), the text's amounts may be in the table's thousands too (a footnote's
'gain of $1,250'; notes 'in thousands of U.S. dollars' print '$9,600' for 9.6 million): the
scale stays unknown, and the table's amounts reported, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from tagger.amounts import MULTIPLE_HINT, amounts_in_units, amounts_with_multiple, parse_scale
from tagger.models import Span, Table


def settle_units(tables: Sequence[Table], lines: Sequence[str], text: Callable[[], str]) -> tuple[Table, ...]:
    """The tables, each that states no scale but prints two amounts the text states in units
    with its money scale set to units (share counts stay as unknown as they were); none where
    the text states one of its amounts in the table's thousands ('$5.2 million' beside 5,191).
    `text` gives the lines joined (the release's text, joined once for every stage that asks)."""
    unscaled = [t for t in tables if t.scale.monetary is None and t.rows and _two_amounts(t)]
    if not unscaled or any(t.scale.monetary not in (None, 1) or _hints_a_multiple(t) for t in tables) \
            or _MULTIPLE_SAID.search(text()) or any(_states_a_multiple(line) for line in lines):
        return tuple(tables)
    in_tables = {n for t in tables for n in range(t.span.line, max(r.value_line for r in t.rows) + 1) if t.rows}
    stated: dict[Decimal, tuple[str, int]] = {}  # amount -> its digits and the first line of text stating it
    multiples: list[tuple[Decimal, Decimal]] = []  # '$5.2 million': the amount, and what its rounding hides
    for number, line in enumerate(lines, start=1):
        if number not in in_tables:
            if _note_hints_a_multiple(line):
                return tuple(tables)
            for digits in amounts_in_units(line):
                stated.setdefault(Decimal(digits.replace(",", "")), (digits, number))
            multiples.extend(amounts_with_multiple(line))
    if not stated:
        return tuple(tables)
    settled = []
    for table in tables:
        if table in unscaled:
            amounts = set(table.whole_amounts())
            shown = sorted(amount for amount in amounts if amount in stated)
            in_thousands = any(abs(amount * 1000 - value) <= hidden for amount in amounts for value, hidden in multiples)
            if len(shown) >= 2 and not in_thousands:
                digits, line = stated[shown[-1]]
                table = table.model_copy(update={"scale": table.scale.model_copy(update={
                    "text": f"the text prints {digits} in units", "monetary": 1,
                    "span": Span(file=table.span.file, line=line)})})
        settled.append(table)
    return tuple(settled)


def _two_amounts(table: Table) -> bool:
    """Two amounts of a thousand or more, printed whole: what the text must print for the rule."""
    return sum(1 for value in table.whole_amounts() if value >= 1000) >= 2


def _hints_a_multiple(table: Table) -> bool:
    """A title or column header that speaks of a multiple no scale statement reads ('(in
    $000s)', "US$'000"): the table's amounts are in it, and so may the text's be."""
    return any(MULTIPLE_HINT.search(text) for text in (*table.title, *(column.header for column in table.columns)))


# Zeros standing for a multiple ("$'000", '(000s)'), not those of a file number ('000-31172') or a ZIP code
_ZEROS = r"[$\u20ac\u00a3]\s?'?000|'000|\(\s*000|\b000'?s\b"
# A note that speaks of a multiple, in a line of its own: words, or zeros standing for them
_MULTIPLE_NOTE = re.compile(rf"thousands?|millions?|billions?|{_ZEROS}", re.IGNORECASE)


def _note_hints_a_multiple(line: str) -> bool:
    """A short line outside the tables that speaks of a multiple ('(in $000s)' above a table
    whose title is the sentence introducing it)."""
    text = line.strip()
    return bool(text) and len(text) <= 40 and bool(_MULTIPLE_NOTE.search(text))


# A multiple said in running text: '... are in $000, except per share data', '(dollars in
# thousands)', '$ in MM' (not a bare 'million', which prose prints with its amounts: those are
# checked against the table's instead)
_MULTIPLE_SAID = re.compile(rf"{_ZEROS}|\bin\s+(?:thousands|millions|billions)\b|"
                            r"\b(?:thousands|millions|billions)\s+of\s+(?:dollars|u\.s\.|euros|pounds)\b|"
                            r"\bin\s+\$?\s?MM\b|\$\s?MM\b", re.IGNORECASE)


def _states_a_multiple(line: str) -> bool:
    """A line that is a scale statement (short, as they are printed: parse_scale's pattern on a
    long line is what costs; a sentence that says its multiple is found by _MULTIPLE_SAID)."""
    return len(line) <= 160 and (scale := parse_scale(line)) is not None and scale.monetary != 1
