"""Hostile input, generated: the example releases with a cell, a separator, a dash or a byte
changed, or cut short. For every mutant tagger raises nothing; every fact it writes is the
number printed where the fact says it was printed (at the table's scale); and every value of
a row that names a concept is a fact or is named by an issue. Bounded (a fixed seed, a few
dozen mutants per example) so that the suite stays fast."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import EXAMPLES, release_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tagger
from tagger.amounts import GROUPING_SPACE, parse_amount
from tagger.models import RowKind, TableRole
from tagger.read import ReadError
from tagger.taxonomy import Taxonomy, load_taxonomy

TEXTS = {example.name: release_of(example).read_text(encoding="utf-8", errors="replace") for example in EXAMPLES}
TAXONOMY = load_taxonomy()

# What a cell may be replaced by: what releases print instead of a plain number, and what they
# should not (each must end as a fact of its own value, or an issue).
CELLS = ["n.m.", "NM", "n/a", "\u2014", "\u2013", "--", "-", "632-", "\u2212543", "(632))", "[632]", "<632>",
         "632 CR", "#632", "*632", "632.", "$5 191", "$5\u00a0191", "5\u2009191", "$12345678901234567890123456",
         "1,23", "12,3a4", "(1,379", "0.67", "$0.67", "(0.05) (a)", "\x00632", "63\x072", "+25", "(7)%", "99.5%"]


def _value_lines(text: str) -> list[int]:
    return [i for i, line in enumerate(text.split("\n")) if any(ch.isdigit() for ch in line) and "  " in line.strip()]


@st.composite
def mutants(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(name for name in TEXTS if _value_lines(TEXTS[name]))))
    lines = TEXTS[name].split("\n")
    kind = draw(st.sampled_from(["cell", "cell", "cell", "separator", "truncate", "byte", "word"]))
    if kind == "truncate":
        return name, "\n".join(lines)[: draw(st.integers(0, len(TEXTS[name])))]
    number = draw(st.sampled_from(_value_lines(TEXTS[name])))
    line = lines[number]
    words = [(start, word) for start, word in _words(line) if any(ch.isdigit() for ch in word)]
    if not words:
        return name, TEXTS[name]
    start, word = draw(st.sampled_from(words))
    if kind == "cell":
        new = draw(st.sampled_from(CELLS))
        line = line[:start] + new.rjust(len(word)) + line[start + len(word):] if len(new) <= len(word) else \
            line[:start + len(word) - len(new)] + new + line[start + len(word):] if start + len(word) >= len(new) else line
    elif kind == "separator":
        line = line[:start] + word.replace(",", draw(st.sampled_from([".", " ", "\u00a0", ""]))) + line[start + len(word):]
    elif kind == "byte":
        at = draw(st.integers(0, max(len(line) - 1, 0)))
        line = line[:at] + draw(st.sampled_from(["\x00", "\x1b", "\ufffd", "\u2014", "\t"])) + line[at + 1:]
    else:  # a word after the last value
        line = line + draw(st.sampled_from(["   see note", "  *", "   (a)", "  restated", " CR"]))
    lines[number] = line
    return name, "\n".join(lines)


def _words(line: str) -> list[tuple[int, str]]:
    found, at = [], 0
    for word in line.split():
        at = line.index(word, at)
        found.append((at, word))
        at += len(word)
    return found


def _printed_at(line: str, start: int, end: int) -> str:
    """The text printed at line[start:end] with the numbers one space from it on either side: a
    text table parts its cells by wider gaps, so '$5 191' is all one value to a reader."""
    while start >= 2 and line[start - 1] == " " and line[start - 2] != " ":
        before = line.rfind(" ", 0, start - 1) + 1
        if not any(ch.isdigit() for ch in line[before:start - 1]):
            break
        start = before
    while end + 1 < len(line) and line[end] == " " and line[end + 1] != " ":
        after = line.find(" ", end + 1)
        after = len(line) if after < 0 else after
        if not any(ch.isdigit() for ch in line[end + 1:after]):
            break
        end = after
    return line[start:end]


def _check(name: str, text: str, taxonomy: Taxonomy) -> None:
    try:
        result = tagger.tag_text(text, name=f"{name}.txt")  # raises nothing but its own refusal
    except ReadError as refused:  # an empty or binary file: refused whole, with its code
        assert refused.issue.code == "read.error"
        return
    source = [GROUPING_SPACE.sub(",", line) for line in text.split("\n")]  # '5\u00a0191' is read as '5,191'
    at = {(f.span.line, f.span.column) for f in result.facts}
    for fact in result.facts:  # each fact is the number printed where it says, at its scale
        printed_line = source[fact.span.line - 1].expandtabs(8)
        assert fact.printed in printed_line, (fact, printed_line)
        amount = parse_amount(fact.printed)
        assert amount is not None, fact
        assert abs(amount * fact.scale) == abs(fact.value) or abs(fact.value) == 0, fact
        # and the whole of what is printed there, not a part of it ('191' of '$5 191')
        whole = _printed_at(printed_line, fact.span.column - 1, fact.span.end_column - 1)
        assert parse_amount(whole) == amount, (fact, whole)
    for table in result.tables:  # each value of a row that names a concept: a fact, or an issue
        if table.role is not TableRole.CONSOLIDATED:
            continue
        for row in table.rows:
            if row.kind is not RowKind.VALUES or not taxonomy.match(row.label, row.section):
                continue
            for cell in row.cells:
                if cell.value is None or (cell.span.line, cell.span.column) in at:
                    continue
                named = any(i.span is not None and i.span.line in (cell.span.line, row.span.line)
                            or f"line {cell.span.line} " in i.message for i in result.issues)
                undated = table.columns[cell.column].period is None
                again = any(abs(f.value) == abs(cell.value) * (table.scale.monetary or 1) or abs(f.value) == abs(cell.value)
                            for f in result.facts)
                assert named or undated or again, (row.label, cell.text, cell.span)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutants())
def test_mutated_releases(mutant: tuple[str, str]) -> None:
    _check(*mutant, TAXONOMY)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_examples_themselves(name: str) -> None:
    """The property holds on the examples as they are (the fuzz test's ground)."""
    _check(name, TEXTS[name], TAXONOMY)


def test_the_check_catches_a_fact_not_printed_where_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """The property is no formality: a fact moved off its printed number fails it."""
    name = "fibercore-2003-05-19-fy2002-results"
    real = tagger.tag_text

    def shifted(text: str, name: str):  # type: ignore[no-untyped-def]
        result = real(text, name=name)
        fact = result.facts[0]
        wrong = fact.model_copy(update={"value": fact.value + Decimal(1000)})
        return result.model_copy(update={"report": result.report.model_copy(update={"facts": (wrong, *result.facts[1:])})})

    monkeypatch.setattr(tagger, "tag_text", shifted)
    with pytest.raises(AssertionError):
        _check(name, TEXTS[name], TAXONOMY)
