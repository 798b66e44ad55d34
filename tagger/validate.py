"""Validate written documents: schema validity, then the taxonomy's rules.

Each document is read back into facts (`tagger/instances.py`, which checks it against its
schema), and the facts are checked by the CHECKS below: concepts exist, period types and
units fit, duplicates agree, sums and identities hold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

from tagger.instances import InstanceFact, Sibling, check_fact_table, duplicate_keys, files_beside, read_document
from tagger.models import SHARES, Issue, ItemType, Span, Sum, Unit
from tagger.taxonomy import Taxonomy
from tagger.write import Kind, document_suffixes, kind_of

Check = Callable[[Sequence[InstanceFact], Taxonomy], Iterator[Issue]]


def documents_in(path: Path) -> list[Path]:
    """[path] for a file; for a folder (`tagger tag`'s OUT_DIR), every document it holds at any
    depth, in name order."""
    if not path.is_dir():
        return [path]
    suffixes = document_suffixes()
    return sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())


def validate_file(path: Path, taxonomy: Taxonomy) -> tuple[Issue, ...]:
    """Every problem of the document at `path`; empty when it is valid."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return (Issue(code="validate.unreadable", message=f"cannot read: {error.strerror or error}",
                      span=Span(file=str(path), line=1)),)

    kind = kind_of(path.name) or Kind.INSTANCE  # a file of another name: read as XBRL, or said why not
    if kind is Kind.PART:  # an xBRL-CSV table: its metadata file describes it
        metadata = path.with_name(path.name.removesuffix(".csv") + ".json")
        if metadata.is_file():
            return validate_file(metadata, taxonomy)
        kind = Kind.TABLE if path.suffix.lower() in (".csv", ".parquet") else Kind.INSTANCE
    if path.suffix.lower() == ".json":  # tagger writes none; a file from elsewhere may hold them
        twice = duplicate_keys(data)
        if twice:
            return (Issue(code="validate.json-duplicate-key", span=Span(file=str(path), line=1),
                          message=f"a key stated twice in one object: {', '.join(map(repr, twice[:5]))}"),)
    return validate_outputs([(path, data, kind)], taxonomy, files_beside(path))


def validate_outputs(documents: Sequence[tuple[Path, bytes, Kind]], taxonomy: Taxonomy, sibling: Sibling
                     ) -> tuple[Issue, ...]:
    """Every problem of one release's documents, given as bytes with their kind (`tagger tag`
    checks what it is about to write this way): instances (XBRL XML, xBRL-JSON, xBRL-CSV
    metadata, its table from `sibling`) and flat fact tables. Each is read against its schema;
    the rules run on the first instance, and every other instance must state exactly its facts
    (checking them again would find the same, for the same price)."""
    issues: list[Issue] = []
    reference: tuple[Path, list[tuple]] | None = None
    for path, data, kind in documents:
        if kind is Kind.TABLE:
            issues.extend(check_fact_table(path, data))
            continue
        facts, problems, named = read_document(path, data, taxonomy, sibling, locate=reference is None)
        if problems:
            issues.extend(problems)
        elif reference is None:  # the rules of the taxonomy as the instance names it: with its sums or without
            issues.extend(issue for check in CHECKS for issue in check(facts, named))
            reference = (path, [_fact_key(f) for f in facts])
        elif not _same_facts([_fact_key(f) for f in facts], reference[1]):
            issues.append(Issue(code="validate.outputs-disagree", span=Span(file=str(path), line=1),
                                message=f"states other facts than {reference[0].name}"))
    return tuple(issues)


def _same_facts(keys: list[tuple], reference: list[tuple]) -> bool:
    """The same facts, in any order: in the same order, as tagger writes them, a list
    comparison tells without hashing every value."""
    return keys == reference or set(keys) == set(reference)


def _fact_key(fact: InstanceFact) -> tuple:
    return (fact.namespace, fact.concept, fact.entity, fact.period.start, fact.period.end, fact.unit,
            fact.value, fact.decimals)


# ------------------------------------------------------------------------------ rules


def _where(fact: InstanceFact) -> str:
    return f"{fact.concept} {fact.id}" + (f" (release {fact.source})" if fact.source else "")


def check_concepts_exist(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """Every fact's concept is one of ours (Arelle: xbrl.5.1.1 / undefined element)."""
    namespace, concepts = taxonomy.namespace, taxonomy.concepts
    for fact in facts:
        if fact.namespace != namespace or fact.concept not in concepts:
            yield Issue(code="validate.concept-unknown", span=fact.where,
                        message=f"{{{fact.namespace}}}{fact.concept} is not a concept of the taxonomy")


def check_period_type(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """periodType must match the context (XBRL 2.1 §4.7.2, Arelle xbrl.4.7.2:contextPeriodType)."""
    concepts = taxonomy.concepts
    for fact in facts:
        concept = concepts.get(fact.concept)
        if concept is not None and concept.period_type is not fact.period.period_type:
            yield Issue(code="validate.period-type", span=fact.where,
                        message=f"{_where(fact)}: {concept.period_type.value} concept in a "
                                f"{fact.period.period_type.value} context ({fact.period})")


# Each item type's unit as the writers spell it (models.Unit), with any ISO 4217 currency in it:
# monetary in a currency, shares, a currency per share.
_CURRENCY = "XXX"  # a stand-in code, replaced by the pattern of every code
_UNIT_OF = {ItemType.MONETARY: Unit(_CURRENCY), ItemType.SHARES: SHARES, ItemType.PER_SHARE: Unit(_CURRENCY, per_share=True)}
_UNITS = {item: re.compile(re.escape(unit.measure).replace(_CURRENCY, "[A-Z]{3}")) for item, unit in _UNIT_OF.items()}
_EXPECTED = {item: unit.measure.replace(_CURRENCY, "<currency>") for item, unit in _UNIT_OF.items()}


def check_units(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """The unit fits the item type (XBRL 2.1 §4.8.2: monetary in a currency; shares in
    xbrli:shares; per-share in currency per share)."""
    concepts = taxonomy.concepts
    for fact in facts:
        concept = concepts.get(fact.concept)
        if concept is None:
            continue
        if fact.unit is None or not _UNITS[concept.item_type].fullmatch(fact.unit):
            yield Issue(code="validate.unit", span=fact.where,
                        message=f"{_where(fact)}: unit {fact.unit!r}, expected {_EXPECTED[concept.item_type]!r}")


def check_duplicates(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """Facts for one concept, context and unit agree once rounded to the lesser decimals
    (Arelle --validateDuplicateFacts inconsistent)."""
    first: dict[tuple, InstanceFact] = {}
    groups: dict[tuple, list[InstanceFact]] = {}  # only the keys stated more than once
    for fact in facts:
        key = (fact.namespace, fact.concept, fact.entity, fact.period.start, fact.period.end, fact.unit)
        seen = first.setdefault(key, fact)
        if seen is not fact:
            groups.setdefault(key, [seen]).append(fact)
    for group in groups.values():
        numeric = [f for f in group if f.value is not None]
        decimals = min((f.decimals for f in numeric if f.decimals is not None), default=None)
        rounded = {_round(f.value, decimals) for f in numeric}  # type: ignore[arg-type]
        if len(rounded) > 1:
            values = ", ".join(f"{f.id}={f.value}" for f in group)
            yield Issue(code="validate.duplicate-inconsistent", span=group[0].where,
                        message=f"{group[0].concept} for {group[0].period}: inconsistent duplicates {values}")


_EXACT = 40  # decimals past which a fact is exact: no amount has as many digits (the rest would overflow)


def _round(value: Decimal, decimals: int | None) -> Decimal:
    if decimals is None or decimals > _EXACT:
        return value
    decimals = max(decimals, -_EXACT)
    return value.quantize(Decimal(1).scaleb(-decimals)) if decimals >= 0 else value.scaleb(decimals).quantize(Decimal(1)).scaleb(-decimals)


def _interval(value: Decimal, decimals: int | None) -> tuple[Decimal, Decimal]:
    """Calculations 1.1 round-to-nearest: the values a reported value may stand for."""
    if decimals is None or decimals > _EXACT:
        return value, value
    half = _half_unit(max(decimals, -_EXACT))
    return value - half, value + half


@cache
def _half_unit(decimals: int) -> Decimal:
    """Half a unit of the last digit `decimals` keeps: -3 -> 500, 2 -> 0.005."""
    return Decimal(5).scaleb(-decimals - 1)


def check_sums(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """Each sum the taxonomy states holds within what decimals allow (XBRL Calculations 1.1,
    round-to-nearest, as Arelle --calc c11r): the total's interval and the interval of the
    weighted items overlap. A sum with no item reported is not checked."""
    return _failing(facts, taxonomy, taxonomy.sums, "validate.calculation")


def _failing(facts: Sequence[InstanceFact], taxonomy: Taxonomy, rules: Sequence[Sum], code: str) -> Iterator[Issue]:
    """Issues for the rules (total = weighted items) that the facts break, context by context;
    an item not reported is left out, and a rule with no item reported is not checked."""
    index: dict[tuple, InstanceFact] = {}
    namespace = taxonomy.namespace
    for fact in facts:
        if fact.value is not None and fact.namespace == namespace:
            index.setdefault((fact.concept, fact.entity, fact.period.start, fact.period.end, fact.unit), fact)
    by_total: dict[str, list[Sum]] = defaultdict(list)
    for rule in rules:
        by_total[rule.total].append(rule)
    for total in list(index.values()):
        for rule in by_total.get(total.concept, ()):
            context = (total.entity, total.period.start, total.period.end, total.unit)
            items = [(index.get((name, *context)), weight) for name, weight in rule.items]
            present = [(f, w) for f, w in items if f is not None]
            if not present:
                continue
            low, high = _sum_interval(present)
            total_low, total_high = _interval(total.value, total.decimals)  # type: ignore[arg-type]
            if total_high < low or high < total_low:
                missing = [name for (f, _), (name, _) in zip(items, rule.items, strict=True) if f is None]
                yield _sum_issue(total, present, missing, code)


def _sum_issue(total: InstanceFact, present: Sequence[tuple[InstanceFact, int]], missing: Sequence[str], code: str) -> Issue:
    """A sum that does not hold. With every item reported it is an error of the release (or
    of a sign); with items missing, the release likely prints items our sum does not know,
    so it is a warning, though Calculations 1.1 counts it as inconsistent all the same."""
    terms = " ".join(f"{'+' if w > 0 else '-'} {f.concept} {f.value}" + (f" ({f.source})" if f.source else "") for f, w in present)
    computed = sum((w * f.value for f, w in present), Decimal(0))  # type: ignore[misc]
    message = f"{_where(total)} = {total.value} for {total.period}, but {terms.lstrip('+ ')} = {computed}"
    if missing:
        return Issue(code=code, span=total.where, severity="warning", message=f"{message}; not reported: {', '.join(missing)}")
    return Issue(code=code, span=total.where, message=message)


def check_identities(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """Each identity holds (total assets = total liabilities + minority interest + equity),
    within what decimals allow, as sums do. The calculation linkbase cannot state these (a
    debit total of credit items), so Arelle does not check them."""
    return _failing(facts, taxonomy, taxonomy.identities, "validate.identity")


def _sum_interval(present: Sequence[tuple[InstanceFact, int]]) -> tuple[Decimal, Decimal]:
    low = high = Decimal(0)
    for fact, weight in present:
        a, b = _interval(fact.value, fact.decimals)  # type: ignore[arg-type]
        low, high = (low + weight * a, high + weight * b) if weight > 0 else (low + weight * b, high + weight * a)
    return low, high


def check_period_order(facts: Sequence[InstanceFact], taxonomy: Taxonomy) -> Iterator[Issue]:
    """A period ends on or after the day it starts."""
    for fact in facts:
        if fact.period.start is not None and fact.period.end < fact.period.start:
            yield Issue(code="validate.period-order", span=Span(file=fact.file, line=fact.line),
                        message=f"{fact.concept} {fact.id}: its period ends ({fact.period.end}) before it starts "
                                f"({fact.period.start})")


CHECKS: tuple[Check, ...] = (
    check_concepts_exist, check_period_order, check_period_type, check_units, check_duplicates, check_sums,
    check_identities,
)
