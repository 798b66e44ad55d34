"""The taxonomy: `taxonomy/concepts.toml` -> a frozen Taxonomy.

The TOML file is the one source of truth: label matching (`Taxonomy.match`) and the
taxonomy package (`tagger/dts.py`: schema and linkbases) both come from it, so no second
list is kept by hand.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, ValidationError

from tagger.models import Concept, PeriodType, Sum
from tagger.resources import taxonomy_file


class TaxonomyError(Exception):
    """The taxonomy file is broken; the message says where."""


class Taxonomy(BaseModel):
    """Our concepts, the sums between them, and where the schema lives."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)
    namespace: str
    prefix: str
    schema_url: str
    schema_file: str
    package: str
    name: str
    version: str
    concepts: Mapping[str, Concept]
    sums: tuple[Sum, ...]  # calculation relationships (XBRL Calculations 1.1)
    identities: tuple[Sum, ...]  # equalities a calculation arc cannot state (debit = credits)
    by_label: Mapping[str, tuple[str, ...]]
    by_section: Mapping[tuple[str, str], tuple[str, ...]]

    def __getitem__(self, name: str) -> Concept:
        return self.concepts[name]

    def without_sums(self) -> Taxonomy:
        """The taxonomy as the entry point without its sums names it ('tagger-2026-nocalc.xsd'),
        for a release whose statements they do not describe: Calculations 1.1 counts a sum whose
        items a release does not print (its own lines in their place) as inconsistent, so an
        instance of such a release names the concepts, labels and statements, not the sums."""
        return self.model_copy(update={"sums": (), "schema_url": _without_sums(self.schema_url),
                                       "schema_file": _without_sums(self.schema_file)})

    def entry_points(self) -> dict[str, Taxonomy]:
        """Each entry point's URL, and the taxonomy it names."""
        bare = self.without_sums()
        return {self.schema_url: self, bare.schema_url: bare}

    def __contains__(self, name: object) -> bool:
        return name in self.concepts

    def match(self, label: str, section: str | None) -> tuple[Concept, ...]:
        """Concepts a row label may mean: under its section heading first ('Cost of sales'
        under 'Cost of sales:' is a component), else on its own."""
        key = normalize_label(label)
        if section is not None:
            names = self.by_section.get((normalize_label(section), key))
            if names:
                return tuple(self.concepts[n] for n in names)
        found = tuple(self.concepts[n] for n in self.by_label.get(key, ()))
        if not found and _FOR_THE_PERIOD.search(key):  # 'Net income (loss) for the period': the period is the column's
            return self.match(_FOR_THE_PERIOD.sub("", key), section)
        if not found and AND_COMPREHENSIVE.search(key):
            # 'Net Loss and Comprehensive Loss': one line for both, which the statement says are equal
            return tuple(c for c in self.match(AND_COMPREHENSIVE.sub("", key), section) if c.name == "NetIncomeLoss")
        if not found and _PARENT_SHARE.fullmatch(key) and "NetIncomeLoss" in self.concepts:
            return (self.concepts["NetIncomeLoss"],)  # 'Profit attributable to equity holders of the parent'
        if not found and _TOP_LINE.fullmatch(key) and "NetSales" in self.concepts:
            return (self.concepts["NetSales"],)  # 'Revenues from mining operations', 'Product and service revenues'
        if not found and _PARENT_EQUITY.fullmatch(key) and "StockholdersEquity" in self.concepts:
            return (self.concepts["StockholdersEquity"],)  # "Total AirMedia Group Inc.'s shareholders' equity"
        if not found and _INCLUDING.search(label):  # 'Cost of sales, including buying and occupancy costs'
            # a cost or expense line says what it includes; 'Sales (including excise taxes)' may be gross,
            # 'Cash and cash equivalents, including restricted cash' more than cash; but the share of a
            # party in the line ('OPERATING REVENUES (including $34.9 ... from affiliates)') is a part
            # the line discloses, not more than the line
            stem, included = self.match(_INCLUDING.split(label, 1)[0], section), _INCLUDING.split(label, 1)[1]
            return stem if _PARTY_SHARE.fullmatch(_AMOUNTS.sub(" ", included)) else tuple(c for c in stem if c.is_deduction)
        marked = _in_parentheses(label)
        if not marked:
            return found
        # 'Other (income) expense, net' reads as 'Other income (expense), net' once the
        # parentheses go, but says the opposite: a positive value is an expense. The word in
        # parentheses is the negative one; a concept matches only a label that agrees.
        return tuple(c for c in found if any(
            normalize_label(listed) == key and _in_parentheses(listed) in (marked, frozenset())
            for listed in (c.label, *c.labels)))


_NOTES = re.compile(r"\((?:see\s+)?notes?(?:\s+\w+(?:\s*(?:,|and)\s*\w+)*)?\)|\((?:in\s+)?(?:thousands|millions|billions)\)|\(\w\)|\*+", re.I)


_PARENTHESISED = re.compile(r"\(([A-Za-z][A-Za-z ]*)\)")
_INCLUDING = re.compile(r",?\s+\(?including\b", re.IGNORECASE)  # what a line includes: it is still that line
# what is included is only a party's share, amounts aside: '$34.9, $38.5 ... from affiliates', 'sales to affiliates'
_PARTY_SHARE = re.compile(r"\s*(?:(?:sales|revenues?|amounts?)\s+)?(?:from|to|with)\s+(?:affiliates?|affiliated\s+companies|"
                          r"related\s+parties|associated\s+companies|(?:the\s+)?parent)\s*\)?\s*", re.IGNORECASE)
_AMOUNTS = re.compile(r"\$?\s*[\d.,]+(?:\s*(?:million|billion))?|\band\b|,|\brespectively\b", re.IGNORECASE)


_SIGN_WORDS = frozenset({"income", "loss", "losses", "expense", "expenses", "gain", "gains", "earnings", "benefit",
                         "provision", "deficit", "deficiency", "charge", "charges", "credit", "credits"})


@lru_cache(maxsize=65536)
def _in_parentheses(label: str) -> frozenset[str]:
    """The words of sign a label prints in parentheses: 'Net income (loss) (a)' -> {'loss'}."""
    return frozenset(word for found in _PARENTHESISED.findall(label) for word in found.lower().split()) & _SIGN_WORDS


_FOOTNOTE_NUMBER = re.compile(r"\(\d(?:\s*,\s*\d)*\)")  # "(1)", "(1,2)"
_ALNUM = re.compile(r"[a-z0-9]+")


# Words after a line item that say only which period it is for, or whose share of the result it
# is (the company's own, as NetIncomeLoss is: not 'common shareholders', after preferred dividends).
_FOR_THE_PERIOD = re.compile(r"\s+for the (?:period|year|quarter|fiscal year|financial year)$")
AND_COMPREHENSIVE = re.compile(r"\s+and comprehensive (?:income|loss|earnings)(?: loss| income)?$")
# a name with its legal form ('N.V.' and 'S.A.' normalized apart: 'n v', 's a')
_LEGAL_FORM = r"(?:ag|se|n ?v|s ?a|s ?p ?a|plc|inc|ltd|limited|corp|corporation|group)"
_COMPANY = rf"[a-z0-9 ]+ {_LEGAL_FORM}"
_HOLDERS = r"(?:equity ?holders|owners|shareholders|stockholders)"
_IFRS_HOLDERS = r"(?:equity ?holders|owners)"
# a name after 'attributable to' that is the company's, not a party's that holds part of it
# ('minority shareholders of Beta S.A.', 'holders of perpetual capital securities of X S.A.')
_NOT_THE_COMPANY = (r"(?!(?:[a-z0-9]+ )*?(?:holders?|shareholders|stockholders|owners|interests?|securities|minority|"
                    r"non ?controlling|preferred|preference|perpetual|hybrid|class|trusts?|units?|associates?|subsidiar\w*)\b"
                    rf"(?: [a-z0-9]+)*? {_LEGAL_FORM}\b)")  # such a word before the name's legal form
_PARENT_SHARE = re.compile(
    r"(?!.*\b(?:common|ordinary|preferred|preference|class|minority|noncontrolling|non controlling|subsidiar\w*|"
    r"wholly|before|excluding|continuing|discontinued|from|adjusted|exceptional)\b)"
    r"(?:net )?(?:profit|income|earnings|loss|profit loss|income loss|loss income|earnings loss|net income|net loss|net "
    r"earnings)(?: and comprehensive (?:income|loss|income loss|loss income))?(?: for the (?:period|year))? attributable to (?:the )?"
    # the holders of the parent, or of the company by its name with its legal form ('of AIXTRON AG');
    # or the company itself, as US GAAP words it since 2009 ('to AirMedia Group Inc.', '... Inc.'s shareholders')
    # ('to equity holders' and 'to owners' alone are IFRS's words for them too; 'to stockholders' alone
    # may follow preferred dividends, the common holders' share)
    rf"(?:{_HOLDERS} of (?:the )?(?:parent|parent company|company|{_NOT_THE_COMPANY}{_COMPANY})|{_IFRS_HOLDERS}"
    rf"|{_NOT_THE_COMPANY}{_COMPANY}(?: s {_HOLDERS})?)"
    r"(?: after (?:income )?tax(?:es)?)?(?: for (?:the )?period)?")
# the revenues of all the company's operations, in words of its own: 'Revenues from mining operations'
# (not discontinued ones), 'Product and service revenues' (both kinds in one line)
_TOP_LINE = re.compile(r"(?:net )?(?:sales|revenues?) from (?!discontinued\b)(?:[a-z]+ ){0,2}operations"
                       r"|(?:net )?products? and services? (?:revenues?|sales)")
# the company's own equity beside the noncontrolling interests' ("Total X Inc.'s shareholders' equity")
# or the equity attributable to them, as IFRS words it ('Equity attributable to equity holders of the parent')
_PARENT_EQUITY = re.compile(rf"(?:total )?{_COMPANY}(?: s)? (?:shareholders|stockholders) equity"
                            rf"|(?:total )?(?:shareholders |stockholders )?equity attributable to (?:the )?"
                            rf"(?:{_HOLDERS} of (?:the )?(?:parent|parent company|company|{_NOT_THE_COMPANY}{_COMPANY})"
                            rf"|{_IFRS_HOLDERS}|{_NOT_THE_COMPANY}{_COMPANY})")


@lru_cache(maxsize=65536)
def normalize_label(label: str) -> str:
    """'Net earnings (loss)' -> 'net earnings loss'; footnote marks and '(See Notes)' go.

    >>> normalize_label("  Selling, general & administrative expenses: (1)")
    'selling general and administrative expenses'
    """
    text = _NOTES.sub(" ", label.replace("&", " and ").replace("\u2019", "'"))
    text = _FOOTNOTE_NUMBER.sub(" ", text)
    text = text.lower().replace("'", "")
    return " ".join(_ALNUM.findall(text))


def _without_sums(schema: str) -> str:
    """'.../tagger-2026.xsd' -> '.../tagger-2026-nocalc.xsd'."""
    return f"{schema.removesuffix('.xsd')}-nocalc.xsd"


@cache
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and check the taxonomy file (by default the installed one); raise TaxonomyError
    naming the problem (InstallError when the installed file is missing)."""
    path = path or taxonomy_file()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TaxonomyError(f"{path}: {error}") from error
    try:
        concepts = [Concept(**entry) for entry in raw.get("concept", [])]
        sums = [Sum(total=s["total"], items=tuple(s["items"].items())) for s in raw.get("sum", [])]
        identities = [Sum(total=s["total"], items=tuple(s["items"].items())) for s in raw.get("identity", [])]
        head = raw["taxonomy"]
    except (ValidationError, KeyError, TypeError) as error:
        raise TaxonomyError(f"{path}: {error}") from error
    by_name = {c.name: c for c in concepts}
    if len(by_name) != len(concepts):
        raise TaxonomyError(f"{path}: a concept name is used twice")
    for s in (*sums, *identities):
        for name in (s.total, *(item for item, _ in s.items)):
            if name not in by_name:
                raise TaxonomyError(f"{path}: sum for {s.total} names unknown concept {name}")
    for s in sums:
        _check_weights(s, by_name, path)
    by_label: dict[str, list[str]] = {}
    by_section: dict[tuple[str, str], list[str]] = {}
    for concept in concepts:
        for label in (concept.label, *concept.labels) if concept.labels else concept.labels:
            _add(by_label, normalize_label(label), concept, by_name, path)
        for entry in concept.sections:
            section, _, label = entry.partition("::")
            _add(by_section, (normalize_label(section), normalize_label(label)), concept, by_name, path)
    return Taxonomy(
        namespace=head["namespace"], prefix=head["prefix"], schema_url=head["schema_url"],
        schema_file=head["schema_file"], package=head["package"], name=head["name"], version=head["version"],
        concepts=MappingProxyType(by_name), sums=tuple(sums), identities=tuple(identities),
        by_label=MappingProxyType({k: tuple(v) for k, v in by_label.items()}),
        by_section=MappingProxyType({k: tuple(v) for k, v in by_section.items()}),
    )


def _check_weights(rule: Sum, by_name: Mapping[str, Concept], path: Path) -> None:
    """XBRL 2.1 §5.1.1.2: a summation weight is positive between concepts of one balance
    and negative between a debit and a credit (Arelle: xbrl.5.1.1.2:balanceCalcWeightIllegal)."""
    total = by_name[rule.total]
    for name, weight in rule.items:
        item = by_name[name]
        if weight not in (1, -1):
            raise TaxonomyError(f"{path}: sum for {rule.total}: weight of {name} must be 1 or -1")
        if total.balance and item.balance and (weight > 0) != (total.balance == item.balance):
            raise TaxonomyError(f"{path}: sum for {rule.total}: weight {weight} of {name} contradicts their "
                                f"balances ({total.balance}, {item.balance}); state it as an [[identity]]")


def _add(index: dict, key: object, concept: Concept, by_name: Mapping[str, Concept], path: Path) -> None:
    """Index a label; two concepts of one period type on one label would make tagging a guess."""
    names = index.setdefault(key, [])
    if concept.name in names:
        return
    for other in names:
        if by_name[other].period_type is concept.period_type:
            raise TaxonomyError(f"{path}: label {key!r} means both {other} and {concept.name}")
    names.append(concept.name)


# How releases name net income per share, beyond the labels of concepts.toml: 'Basic' under
# 'Net income (loss) per common share:', 'Basic and diluted loss per share', 'Primary',
# 'Net earnings per share' (a single unqualified line is the basic one). Words that make a
# per-share line something else (a part of net income, a non-GAAP figure, dividends, a share count)
# leave it unmapped, to be reported.
# per share, or per unit of an income trust or partnership ('Net income (loss) per Trust Unit')
_PER_SHARE = re.compile(r"\bper\s+(?:common\s+(?:and\s+common\s+equivalent\s+)?|ordinary\s+|equity\s+)?share\b|\beps\b"
                        r"|\bper\s+(?:trust|partnership|limited\s+partnership)\s+units?\b")
_NET_RESULT = re.compile(r"\b(?:net|earnings|income|loss|losses|profit)\b")  # Caterpillar: 'Profit per common share'
_NOT_NET_RESULT = re.compile(
    r"\b(?:before|continuing|discontinued|extraordinary|cumulative|accounting|change|changes|pro\s*forma|excluding|"
    r"excluded|adjusted|operating|operations|dividends?|cash|book|shares?\s+used|shares\s+outstanding|weighted|average|"
    r"number|unusual|special|charges?|items?|segment|class\s+[a-z]|preferred|shares|core|gross|pretax|pre\s+tax|"
    r"numerators?|denominators?|calculating|calculation|computing|computation|comprehensive)\b")  # the parts of its computation
_SCOPE = re.compile(r"\b(?:before|continuing|discontinued|extraordinary|cumulative|accounting|change|changes|pro\s*forma|"
                    r"excluding|excluded|adjusted|class\s+[a-z]|preferred|core|pretax|pre\s+tax|segment|comprehensive|"
                    r"unusual|special|charges?|included|cash|non\s*gaap|operating)\b")
_PER_AVERAGE_SHARE = re.compile(r"\bper weighted average (?:common )?share\b")
# every class of the stock ('Common and Class B Stock', 'per Class A and Class B share'), whose
# amount per share is the same: the common stock's (one class's alone is not the EPS)
_EVERY_CLASS = re.compile(r"\b(?:common and class [a-z]|class [a-z] and class [a-z]) (?:common )?(?P<what>stock|share)\b")


def _every_class(text: str) -> str:
    """`text` (normalized) with every class of the stock named as the common stock."""
    return _EVERY_CLASS.sub(lambda match: f"common {match['what']}", text)
_BASIC = re.compile(r"\b(?:basic|primary)\b")
_DILUTED = re.compile(r"\b(?:diluted|dilutive|fully\s+diluted|assuming\s+dilution)\b")


def is_per_share_heading(heading: str) -> bool:
    """'Net income (loss) per common share:', 'BASIC EARNINGS PER SHARE:', 'Per share:'."""
    return bool(_PER_SHARE.search(_every_class(normalize_label(heading.replace("-", " ")))))


def names_basic_or_diluted(text: str) -> bool:
    """'Basic:', 'Diluted', 'Primary', 'Fully diluted earnings per share': which EPS it is."""
    normal = normalize_label(text.replace("-", " "))
    return bool(_BASIC.search(normal) or _DILUTED.search(normal))


_DEPOSITARY = re.compile(r"\bad[sr]s?\b|\bdepositary\b", re.IGNORECASE)


def scopes_per_share(heading: str) -> bool:
    """'Pro forma:', 'Continuing operations:', 'Special items included above:': a heading that
    makes a result per share under it a part or another figure, whatever the row says."""
    return bool(_SCOPE.search(_every_class(normalize_label(heading.replace("-", " ")))))


def per_share_concepts(label: str, section: str | None) -> tuple[str, ...]:
    """The EPS concepts a per-share row states, by the words of its label and its section
    heading: ('EarningsPerShareBasic',), ('EarningsPerShareDiluted',), both for a single
    'basic and diluted' line, or () when the row is not net income per share.

    >>> per_share_concepts("Basic", "Net income (loss) per common share")
    ('EarningsPerShareBasic',)
    >>> per_share_concepts("Basic and diluted loss per share", None)
    ('EarningsPerShareBasic', 'EarningsPerShareDiluted')
    >>> per_share_concepts("Diluted", "Earnings per common share before accounting change")
    ()
    >>> per_share_concepts("Net income assuming dilution", "Basic earnings per common share")
    ()
    """
    text = normalize_label(f"{section or ''} {label}".replace("-", " "))
    if _DEPOSITARY.search(text):
        return ()  # per ADS or ADR: a depositary share holds one share or several, which the row does not say
    text = _every_class(text)  # 'Common and Class B Stock': every share, not one class's
    text = _PER_AVERAGE_SHARE.sub("per share", text)  # EMC's 'Net income per weighted average share, basic'
    own = normalize_label(label.replace("-", " "))
    if _PER_SHARE.search(own) and _NET_RESULT.search(own) and not _NOT_NET_RESULT.search(own) and section:
        # the row names a result per share itself ('Basic loss per common share'): of its heading only
        # the words that make a result a part or another figure count ('Pro forma:', 'Continuing
        # operations:'), not a heading's own words ('Other items:' over interest income and this row)
        if scopes_per_share(section):
            return ()
    elif not _PER_SHARE.search(text) or not _NET_RESULT.search(text) or _NOT_NET_RESULT.search(text):
        return ()
    basic, diluted = bool(_BASIC.search(text)), bool(_DILUTED.search(text))
    own_basic, own_diluted = bool(_BASIC.search(own)), bool(_DILUTED.search(own))
    if own_basic != own_diluted and basic and diluted:
        # the row names one, its heading the other ('Basic earnings per share:' over 'Diluted'): the
        # heading's block holds a row it does not name, and which of the two the row is cannot be told
        return ()
    if basic and diluted:
        return ("EarningsPerShareBasic", "EarningsPerShareDiluted")
    if diluted:
        return ("EarningsPerShareDiluted",)
    return ("EarningsPerShareBasic",)


__all__ = ["PeriodType", "Taxonomy", "TaxonomyError", "is_per_share_heading", "load_taxonomy", "names_basic_or_diluted",
           "normalize_label", "per_share_concepts", "scopes_per_share"]
