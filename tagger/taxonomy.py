"""The taxonomy: `taxonomy/concepts.toml` -> a frozen Taxonomy, and the schema derived from it.

The TOML file is the one source of truth: label matching (`Taxonomy.match`) and the
taxonomy schema (`schema_document`) both come from it, so no second list is kept by hand.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from lxml import etree
from pydantic import BaseModel, ConfigDict, ValidationError

from tagger.models import Concept, ItemType, PeriodType, Sum

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY_FILE = ROOT / "taxonomy" / "concepts.toml"
SCHEMAS_DIR = ROOT / "schemas"

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
NUM = "http://www.xbrl.org/dtr/type/numeric"
XBRLI_SCHEMA = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
NUM_SCHEMA = "http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd"


class TaxonomyError(Exception):
    """The taxonomy file is broken; the message says where."""


class Taxonomy(BaseModel):
    """Our concepts, the sums between them, and where the schema lives."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)
    namespace: str
    prefix: str
    schema_url: str
    schema_file: str
    concepts: Mapping[str, Concept]
    sums: tuple[Sum, ...]
    by_label: Mapping[str, tuple[str, ...]]
    by_section: Mapping[tuple[str, str], tuple[str, ...]]

    def __getitem__(self, name: str) -> Concept:
        return self.concepts[name]

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
        return tuple(self.concepts[n] for n in self.by_label.get(key, ()))


_NOTES = re.compile(r"\((?:see\s+)?notes?(?:\s+\w+)?\)|\((?:in\s+)?(?:thousands|millions|billions)\)|\(\w\)|\*+", re.I)


def normalize_label(label: str) -> str:
    """'Net earnings (loss)' -> 'net earnings loss'; footnote marks and '(See Notes)' go.

    >>> normalize_label("  Selling, general & administrative expenses: (1)")
    'selling general and administrative expenses'
    """
    text = _NOTES.sub(" ", label.replace("&", " and ").replace("\u2019", "'"))
    text = re.sub(r"\(\d\)", " ", text)
    text = text.lower().replace("'", "")
    return " ".join(re.findall(r"[a-z0-9]+", text))


@cache
def load_taxonomy(path: Path = TAXONOMY_FILE) -> Taxonomy:
    """Read and check the taxonomy file; raise TaxonomyError naming the problem."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TaxonomyError(f"{path}: {error}") from error
    try:
        concepts = [Concept(**entry) for entry in raw.get("concept", [])]
        sums = [Sum(total=s["total"], items=tuple(s["items"].items())) for s in raw.get("sum", [])]
        head = raw["taxonomy"]
    except (ValidationError, KeyError, TypeError) as error:
        raise TaxonomyError(f"{path}: {error}") from error
    by_name = {c.name: c for c in concepts}
    if len(by_name) != len(concepts):
        raise TaxonomyError(f"{path}: a concept name is used twice")
    for s in sums:
        for name in (s.total, *(item for item, _ in s.items)):
            if name not in by_name:
                raise TaxonomyError(f"{path}: sum for {s.total} names unknown concept {name}")
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
        schema_file=head["schema_file"], concepts=MappingProxyType(by_name), sums=tuple(sums),
        by_label=MappingProxyType({k: tuple(v) for k, v in by_label.items()}),
        by_section=MappingProxyType({k: tuple(v) for k, v in by_section.items()}),
    )


def _add(index: dict, key: object, concept: Concept, by_name: Mapping[str, Concept], path: Path) -> None:
    """Index a label; two concepts of one period type on one label would make tagging a guess."""
    names = index.setdefault(key, [])
    if concept.name in names:
        return
    for other in names:
        if by_name[other].period_type is concept.period_type:
            raise TaxonomyError(f"{path}: label {key!r} means both {other} and {concept.name}")
    names.append(concept.name)


_ITEM_TYPES = {
    ItemType.MONETARY: "xbrli:monetaryItemType",
    ItemType.SHARES: "xbrli:sharesItemType",
    ItemType.PER_SHARE: "num:perShareItemType",
}


def schema_document(taxonomy: Taxonomy) -> bytes:
    """The taxonomy schema: one element per concept, in the file's order."""
    nsmap = {"xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "num": NUM, taxonomy.prefix: taxonomy.namespace}
    root = etree.Element(f"{{{XS}}}schema", nsmap=nsmap, targetNamespace=taxonomy.namespace,
                         elementFormDefault="qualified", attributeFormDefault="unqualified")
    root.append(etree.Comment(" Generated from taxonomy/concepts.toml by `tagger taxonomy`; do not edit. "))
    etree.SubElement(root, f"{{{XS}}}import", namespace=XBRLI, schemaLocation=XBRLI_SCHEMA)
    etree.SubElement(root, f"{{{XS}}}import", namespace=NUM, schemaLocation=NUM_SCHEMA)
    for concept in taxonomy.concepts.values():
        attributes = {
            "name": concept.name, "id": f"{taxonomy.prefix}_{concept.name}",
            "type": _ITEM_TYPES[concept.item_type], "substitutionGroup": "xbrli:item",
            "nillable": "true", f"{{{XBRLI}}}periodType": concept.period_type.value,
        }
        if concept.balance:
            attributes[f"{{{XBRLI}}}balance"] = concept.balance
        element = etree.SubElement(root, f"{{{XS}}}element", attributes)
        annotation = etree.SubElement(element, f"{{{XS}}}annotation")
        documentation = etree.SubElement(annotation, f"{{{XS}}}documentation")
        documentation.text = concept.label + (f" (US-GAAP: us-gaap:{concept.us_gaap})" if concept.us_gaap else "")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def schema_path(taxonomy: Taxonomy) -> Path:
    """Where the generated schema is kept: schemas/<schema_file>."""
    return SCHEMAS_DIR / taxonomy.schema_file


__all__ = ["PeriodType", "Taxonomy", "TaxonomyError", "load_taxonomy", "normalize_label", "schema_document"]
