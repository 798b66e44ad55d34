"""Score tagger against truth read by hand: `tagger eval DIR`.

DIR holds `expected.json` (the shape `tests/corpus/EXPECTED.md` describes): per release, the
key facts a person read from it, each with its period and the line that prints it. Each
release is tagged and its facts of the key concepts compared with the truth:

    right    concept, period and value as expected (an optional fact counts when found; a value
             printed rounded, as a summary in billions prints it, is right when the expected
             value rounds to it at the fact's decimals, as XBRL compares duplicates)
    wrong    a key concept written with another value (or the other sign, or in another currency), or under a period
             the truth does not hold: the worst outcome, since a user would believe it
    missed   an expected fact (not optional) that was not written

Periods the truth marks uncertain (and other readings of them, a few days off) are not scored. Precision = right / (right + wrong);
recall = right firm facts / firm facts expected.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field  # Score: tallies added up, mutable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from tagger.amounts import parse_amount, rounds_to
from tagger.models import Issue, Period
from tagger.pipeline import run
from tagger.read import ReadError
from tagger.taxonomy import Taxonomy

KEY_CONCEPTS = ("NetSales", "GrossProfit", "OperatingIncomeLoss", "NetIncomeLoss", "EarningsPerShareBasic",
                "EarningsPerShareDiluted", "TotalAssets", "TotalLiabilities", "StockholdersEquity")
TRUTH_FILE = "expected.json"


class TruthError(Exception):
    """The truth file is missing or does not have the documented shape."""


class Expected(NamedTuple):
    concept: str
    period: Period
    value: Decimal
    optional: bool
    line: int | None  # the line that prints it
    label: str | None
    decimals: int | None = None  # as printed on that line ('164' in millions: -6), when the line shows it
    currency: str = "USD"  # ISO 4217: the release's "currency", or the fact's own in "currencies"


class Truth(NamedTuple):
    """What a person read from one release."""

    file: str  # path under DIR
    facts: tuple[Expected, ...]
    uncertain: frozenset[Period]


class Finding(NamedTuple):
    kind: str  # 'wrong-value', 'wrong-sign', 'wrong-period', 'missed'
    concept: str
    period: Period
    expected: Decimal | None
    written: Decimal | None
    line: int | None  # where the release prints it (the written fact's line for a wrong one)

    def describe(self, file: str) -> str:
        where = f"{file}:{self.line}" if self.line else file
        if self.kind == "missed":
            return f"{where}: missed {self.concept} {self.period}: expected {self.expected}"
        expected = f", expected {self.expected}" if self.expected is not None else ", which the truth does not hold"
        return f"{where}: {self.kind} {self.concept} {self.period}: wrote {self.written}{expected}"


@dataclass
class Score:
    """Counts of one release, or of many added up."""

    right: Counter[str] = field(default_factory=Counter)  # by concept
    right_firm: Counter[str] = field(default_factory=Counter)
    firm: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("right", "right_firm", "firm", "wrong", "missed"):
            getattr(self, name).update(getattr(other, name))

    @property
    def recall(self) -> float:
        return _ratio(sum(self.right_firm.values()), sum(self.firm.values()))

    @property
    def precision(self) -> float:
        right = sum(self.right.values())
        return _ratio(right, right + sum(self.wrong.values()))


class ReleaseReport(NamedTuple):
    file: str
    score: Score
    findings: tuple[Finding, ...]
    failure: str | None = None  # why the release could not be tagged at all
    issues: tuple[Issue, ...] = ()  # what tagging it reported

    def explaining(self) -> tuple[Issue, ...]:
        """The messages that may say why a fact was missed or wrong: where there is such a
        fact, every error the release got (an undated column is said at its header, not at the
        fact's line) and every warning on a line of such a fact."""
        if not self.findings:
            return ()
        lines = {finding.line for finding in self.findings}
        return tuple(issue for issue in self.issues if issue.severity == "error" or issue.span.line in lines)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def load_truth(folder: Path) -> tuple[Truth, ...]:
    path = folder / TRUTH_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TruthError(f"{path}: {error}") from error
    try:
        return tuple(_truth(name, entry) for name, entry in sorted(raw.items()))
    except (KeyError, TypeError, ValueError) as error:
        raise TruthError(f"{path}: {error!r}") from error


def _truth(name: str, entry: dict) -> Truth:
    periods = {key: _period(text) for key, text in entry["periods"].items()}
    optional = {(c, p) for c, p in entry.get("optional", [])}
    where = {(c, p): (line, label) for c, p, line, label in entry.get("provenance", [])}
    currency, currencies = entry.get("currency", "USD"), entry.get("currencies", {})
    facts = tuple(
        Expected(concept, periods[key], Decimal(str(value)), (concept, key) in optional, *where.get((concept, key), (None, None)),
                 currency=currencies.get(f"{concept}|{key}", currency))
        for concept, key, value in entry["facts"]
    )
    return Truth(name, facts, frozenset(periods[key] for key in entry.get("period_uncertain", [])))


def _period(text: str) -> Period:
    start, _, end = text.partition("/")
    if not end:
        return Period(end=dt.date.fromisoformat(start))
    return Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))


def evaluate(folder: Path, taxonomy: Taxonomy) -> Iterator[ReleaseReport]:
    """Tag each release of the truth file and score it, in the truth's order."""
    for truth in load_truth(folder):
        try:
            result = run(folder / truth.file, taxonomy)
        except ReadError as error:
            yield score_release(truth, (), failure=str(error))
            continue
        written = ((f.concept, f.period, f.value, f.span.line, f.decimals, f.unit.currency)
                   for f in result.facts if f.concept in KEY_CONCEPTS)
        yield score_release(_as_printed(truth, folder / truth.file), written)._replace(issues=result.issues)


def _as_printed(truth: Truth, path: Path) -> Truth:
    """The truth with each value's printed precision, read from its line: '164' there, for
    164,000,000, is in millions (decimals -6). A fact written more precisely from another
    printing (an exhibit's 164,332 thousand) is the same fact, as XBRL compares duplicates."""
    lines = path.read_text(encoding="latin-1").splitlines()
    facts = []
    for fact in truth.facts:
        decimals = None
        if fact.line and fact.line <= len(lines) and fact.value:
            for word in lines[fact.line - 1].split():
                number = parse_amount(word)
                if number and not number % 1:
                    decimals = next((-k for k in (0, 3, 6, 9) if abs(number) * 10**k == abs(fact.value)), decimals)
        facts.append(fact._replace(decimals=decimals))
    return truth._replace(facts=tuple(facts))


def score_release(truth: Truth, written: Iterable[tuple[str, Period, Decimal, int, int | None, str | None]],
                  failure: str | None = None) -> ReleaseReport:
    """Compare what was written (concept, period, value, line, decimals, currency) with the truth."""
    expected = {(f.concept, f.period): f for f in truth.facts}
    score, findings = Score(), []
    found: set[tuple[str, Period]] = set()
    for concept, period, value, line, decimals, currency in dict.fromkeys(written):  # the same fact printed twice is one
        if _uncertain(period, truth.uncertain):
            continue
        key = (concept, period)
        fact = expected.get(key)
        if fact is not None and fact.currency == currency and (fact.value == value or (decimals is not None and decimals < 0 and rounds_to(fact.value, value, decimals))
                                 or (fact.decimals is not None and decimals is not None and decimals > fact.decimals
                                     and rounds_to(value, fact.value, fact.decimals))):
            if key not in found:
                found.add(key)
                score.right[concept] += 1
                score.right_firm[concept] += not fact.optional
            continue
        score.wrong[concept] += 1
        if fact is not None:
            kind = ("wrong-unit" if fact.currency != currency else "wrong-sign" if fact.value == -value and value
                    else "wrong-value")
            findings.append(Finding(kind, concept, period, fact.value, value, line))
        else:
            findings.append(Finding("wrong-period", concept, period, None, value, line))
    for fact in truth.facts:
        if fact.optional or fact.period in truth.uncertain:
            continue
        score.firm[fact.concept] += 1
        if (fact.concept, fact.period) not in found:
            score.missed[fact.concept] += 1
            findings.append(Finding("missed", fact.concept, fact.period, fact.value, None, fact.line))
    return ReleaseReport(truth.file, score, tuple(findings), failure)


def _uncertain(period: Period, uncertain: frozenset[Period]) -> bool:
    """A period the truth leaves unscored, or another reading of it (its ends within a week:
    'year ended September 30' printed for a 52-week year that ended September 28)."""
    def near(a: dt.date | None, b: dt.date | None) -> bool:
        return a is None and b is None or a is not None and b is not None and abs((a - b).days) <= 7

    return period in uncertain or any(near(period.start, u.start) and near(period.end, u.end) for u in uncertain)


def render(reports: Iterable[ReleaseReport]) -> tuple[str, Score]:
    """The text `tagger eval` prints: each release, its findings, the totals and each concept."""
    total = Score()
    lines = []
    for report in reports:
        total.add(report.score)
        s = report.score
        failure = f" (not tagged: {report.failure})" if report.failure else ""
        lines.append(f"{report.file}: {sum(s.right.values())} right, {sum(s.wrong.values())} wrong, "
                     f"{sum(s.missed.values())} missed{failure}")
        lines.extend(f"  {finding.describe(report.file)}" for finding in report.findings)
    lines.append("")
    lines.append(f"{'concept':<26} {'right':>6} {'wrong':>6} {'missed':>7} {'precision':>10} {'recall':>7}")
    for concept in KEY_CONCEPTS:
        part = Score()
        for name in ("right", "right_firm", "firm", "wrong", "missed"):
            getattr(part, name)[concept] = getattr(total, name)[concept]
        lines.append(f"{concept:<26} {part.right[concept]:>6} {part.wrong[concept]:>6} {part.missed[concept]:>7} "
                     f"{part.precision:>10.1%} {part.recall:>7.1%}")
    lines.append(f"{'total':<26} {sum(total.right.values()):>6} {sum(total.wrong.values()):>6} "
                 f"{sum(total.missed.values()):>7} {total.precision:>10.1%} {total.recall:>7.1%}")
    return "\n".join(lines) + "\n", total
