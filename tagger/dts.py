"""The taxonomy as XBRL processors load it: a discoverable taxonomy set in a taxonomy package.

All of it is generated from `taxonomy/concepts.toml` (`tagger taxonomy DIR`; the repository
keeps it in `schemas/<package>/`, which the wheel installs as `tagger.schemas`):

    META-INF/taxonomyPackage.xml            the package: name, version, entry points
    META-INF/catalog.xml                    maps http://xbrl.tagger.example/taxonomy/2026/ here
    xbrl.tagger.example/taxonomy/2026/
        tagger-2026.xsd                     the entry point: the concepts and the sums
        tagger-2026-nocalc.xsd              the entry point without the sums, for a release whose
                                            statements they do not describe (its own lines
                                            between a total and the items the sums know)
        tagger-2026-concepts.xsd            one element per concept; roles; linkbase references
        tagger-2026-lab.xml                 standard, terse and verbose labels
        tagger-2026-cal.xml                 the sums (summation-item, weights +1/-1)
        tagger-2026-pre.xml                 statement of operations and balance sheet, in order
        tagger-2026-ref.xml                 the US-GAAP element each concept corresponds to

Instances name the schema by its URL, so they keep working wherever they are moved; a
processor given the package (Arelle: `--packages tagger-taxonomy-2026.zip`) finds the files.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from tagger.models import ItemType, PeriodType
from tagger.namespaces import (
    ARCROLE_CONCEPT_LABEL,
    ARCROLE_CONCEPT_REFERENCE,
    ARCROLE_PARENT_CHILD,
    ARCROLE_SUMMATION,
    CATALOG,
    LINK,
    LINKBASE_SCHEMA,
    NUM,
    NUM_SCHEMA,
    REF,
    REF_SCHEMA,
    ROLE_LABEL,
    ROLE_LINK,
    ROLE_TERSE,
    ROLE_VERBOSE,
    TAXONOMY_PACKAGE,
    XBRLI,
    XBRLI_SCHEMA,
    XLINK,
    XS,
)
from tagger.resources import schemas_dir
from tagger.taxonomy import Taxonomy

XML_NS = "http://www.w3.org/XML/1998/namespace"
_ITEM_TYPES = {
    ItemType.MONETARY: "xbrli:monetaryItemType",
    ItemType.SHARES: "xbrli:sharesItemType",
    ItemType.PER_SHARE: "num:perShareItemType",
}
# (role id, definition, abstract heading, period type of its concepts)
STATEMENTS = (
    ("StatementOfOperations", "Statement of operations (selected data)", "StatementOfOperationsAbstract", PeriodType.DURATION),
    ("BalanceSheet", "Balance sheet (selected data)", "BalanceSheetAbstract", PeriodType.INSTANT),
)
US_GAAP_ROLE = "UsGaapElement"
# Each label in plain English and in US English, as EDGAR filers write theirs: tools that look
# for 'en-US' labels (as most SEC-minded ones do) find them, and so do those that ask for 'en'.
LABEL_LANGUAGES = ("en", "en-US")


def package_dir(taxonomy: Taxonomy) -> Path:
    """The installed taxonomy package (schemas/<package>/): read it, never write into it."""
    return schemas_dir() / taxonomy.package


def url_base(taxonomy: Taxonomy) -> str:
    """'http://xbrl.tagger.example/taxonomy/2026/': the folder of the schema's URL."""
    return taxonomy.schema_url.rsplit("/", 1)[0] + "/"


def _url_folder(taxonomy: Taxonomy) -> str:
    """The package folder that mirrors the URL: 'xbrl.tagger.example/taxonomy/2026/'."""
    parts = urlsplit(url_base(taxonomy))
    return parts.netloc + parts.path


def schema_path(taxonomy: Taxonomy) -> Path:
    """Where the generated schema of the concepts is kept, inside the package folder."""
    return package_dir(taxonomy) / _url_folder(taxonomy) / _concepts_file(taxonomy)


def _stem(taxonomy: Taxonomy) -> str:
    return taxonomy.schema_file.removesuffix(".xsd")


def taxonomy_files(taxonomy: Taxonomy) -> dict[str, bytes]:
    """Every file of the package, by path inside it; the same taxonomy gives the same bytes."""
    folder, stem = _url_folder(taxonomy), _stem(taxonomy)
    documents: dict[str, Callable[[Taxonomy], etree._Element]] = {
        "META-INF/taxonomyPackage.xml": _package_metadata,
        "META-INF/catalog.xml": _catalog,
        f"{folder}{_concepts_file(taxonomy)}": _schema,
        f"{folder}{taxonomy.schema_file}": _entry_with_sums,
        f"{folder}{taxonomy.without_sums().schema_file}": _entry_without_sums,
        f"{folder}{stem}-lab.xml": _labels,
        f"{folder}{stem}-cal.xml": _calculations,
        f"{folder}{stem}-pre.xml": _presentation,
        f"{folder}{stem}-ref.xml": _references,
    }
    return {path: _serialize(build(taxonomy)) for path, build in documents.items()}


def package_zip(taxonomy: Taxonomy) -> bytes:
    """The package as the zip file processors take, with fixed timestamps (reproducible)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in sorted(taxonomy_files(taxonomy).items()):
            info = zipfile.ZipInfo(f"{taxonomy.package}/{path}", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def files_by_url(taxonomy: Taxonomy) -> dict[str, bytes]:
    """The taxonomy's schemas and linkbases by the URL instances name them with, built from
    the taxonomy in memory: what our validator reads, so that it can never check an instance
    against another copy than the one `tagger taxonomy` writes."""
    base, folder = url_base(taxonomy), _url_folder(taxonomy)
    return {base + path.removeprefix(folder): data for path, data in taxonomy_files(taxonomy).items()
            if path.startswith(folder)}


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _comment(taxonomy: Taxonomy) -> etree._Comment:
    return etree.Comment(f" {taxonomy.name} {taxonomy.version}: generated from taxonomy/concepts.toml by `tagger taxonomy`; do not edit. ")


# ------------------------------------------------------------------------------ package


def _package_metadata(taxonomy: Taxonomy) -> etree._Element:
    tp = f"{{{TAXONOMY_PACKAGE}}}"
    root = etree.Element(f"{tp}taxonomyPackage", nsmap={"tp": TAXONOMY_PACKAGE})
    root.set(f"{{{XML_NS}}}lang", "en")
    root.append(_comment(taxonomy))
    for name, text in (("identifier", taxonomy.namespace), ("name", taxonomy.name),
                       ("description", "Concepts for the line items of pre-XBRL earnings press releases "
                                       "(SEC 8-K exhibit 99.1), as tagger tags them."),
                       ("version", taxonomy.version), ("publisher", "tagger"),
                       ("publisherURL", url_base(taxonomy)), ("publicationDate", f"{taxonomy.version}-01-01")):
        etree.SubElement(root, f"{tp}{name}").text = text
    entries = etree.SubElement(root, f"{tp}entryPoints")
    for name, url in ((f"{taxonomy.name} {taxonomy.version}", taxonomy.schema_url),
                      (f"{taxonomy.name} {taxonomy.version}, without its sums", taxonomy.without_sums().schema_url)):
        entry = etree.SubElement(entries, f"{tp}entryPoint")
        etree.SubElement(entry, f"{tp}name").text = name
        etree.SubElement(entry, f"{tp}entryPointDocument", href=url)
    return root


def _catalog(taxonomy: Taxonomy) -> etree._Element:
    root = etree.Element(f"{{{CATALOG}}}catalog", nsmap={None: CATALOG})
    root.append(_comment(taxonomy))
    etree.SubElement(root, f"{{{CATALOG}}}rewriteURI", uriStartString=url_base(taxonomy),
                     rewritePrefix=f"../{_url_folder(taxonomy)}")
    return root


# ------------------------------------------------------------------------------ schema


def _concepts_file(taxonomy: Taxonomy) -> str:
    return f"{_stem(taxonomy)}-concepts.xsd"


def _entry_with_sums(taxonomy: Taxonomy) -> etree._Element:
    return _entry(taxonomy, sums=True)


def _entry_without_sums(taxonomy: Taxonomy) -> etree._Element:
    return _entry(taxonomy, sums=False)


def _entry(taxonomy: Taxonomy, sums: bool) -> etree._Element:
    """An entry point: the concepts (with their labels, statements and references), and the
    sums or not. Both include the one schema that defines the concepts, so a DTS holds one."""
    root = etree.Element(f"{{{XS}}}schema", nsmap={"xs": XS, "link": LINK, "xlink": XLINK},
                         targetNamespace=taxonomy.namespace, elementFormDefault="qualified", attributeFormDefault="unqualified")
    root.append(_comment(taxonomy))
    if sums:
        appinfo = etree.SubElement(etree.SubElement(root, f"{{{XS}}}annotation"), f"{{{XS}}}appinfo")
        _linkbase_ref(appinfo, taxonomy, "cal", "calculationLinkbaseRef")
    etree.SubElement(root, f"{{{XS}}}include", schemaLocation=_concepts_file(taxonomy))
    return root


def _linkbase_ref(appinfo: etree._Element, taxonomy: Taxonomy, suffix: str, role: str) -> None:
    etree.SubElement(appinfo, f"{{{LINK}}}linkbaseRef", {
        f"{{{XLINK}}}type": "simple", f"{{{XLINK}}}href": f"{_stem(taxonomy)}-{suffix}.xml",
        f"{{{XLINK}}}arcrole": "http://www.w3.org/1999/xlink/properties/linkbase",
        f"{{{XLINK}}}role": f"http://www.xbrl.org/2003/role/{role}",
    })


def _schema(taxonomy: Taxonomy) -> etree._Element:
    """One element per concept, the statement roles, and references to the linkbases but the
    sums' (which only the entry point that states them refers to)."""
    nsmap = {"xs": XS, "xbrli": XBRLI, "link": LINK, "xlink": XLINK, "num": NUM, taxonomy.prefix: taxonomy.namespace}
    root = etree.Element(f"{{{XS}}}schema", nsmap=nsmap, targetNamespace=taxonomy.namespace,
                         elementFormDefault="qualified", attributeFormDefault="unqualified")
    root.append(_comment(taxonomy))
    appinfo = etree.SubElement(etree.SubElement(root, f"{{{XS}}}annotation"), f"{{{XS}}}appinfo")
    for suffix, role in (("lab", "labelLinkbaseRef"), ("pre", "presentationLinkbaseRef"), ("ref", "referenceLinkbaseRef")):
        _linkbase_ref(appinfo, taxonomy, suffix, role)
    for role_id, definition, _, _ in STATEMENTS:
        role = etree.SubElement(appinfo, f"{{{LINK}}}roleType", roleURI=_role(taxonomy, role_id), id=role_id)
        etree.SubElement(role, f"{{{LINK}}}definition").text = definition
        for used_on in ("link:presentationLink", "link:calculationLink"):
            etree.SubElement(role, f"{{{LINK}}}usedOn").text = used_on
    reference_role = etree.SubElement(appinfo, f"{{{LINK}}}roleType", roleURI=_role(taxonomy, US_GAAP_ROLE), id=US_GAAP_ROLE)
    etree.SubElement(reference_role, f"{{{LINK}}}definition").text = "The US-GAAP taxonomy element the concept corresponds to"
    etree.SubElement(reference_role, f"{{{LINK}}}usedOn").text = "link:reference"
    etree.SubElement(root, f"{{{XS}}}import", namespace=XBRLI, schemaLocation=XBRLI_SCHEMA)
    etree.SubElement(root, f"{{{XS}}}import", namespace=NUM, schemaLocation=NUM_SCHEMA)
    for _, _, abstract, period_type in STATEMENTS:
        etree.SubElement(root, f"{{{XS}}}element", {
            "name": abstract, "id": _id(taxonomy, abstract), "type": "xbrli:stringItemType", "abstract": "true",
            "substitutionGroup": "xbrli:item", "nillable": "true", f"{{{XBRLI}}}periodType": period_type.value,
        })
    for concept in taxonomy.concepts.values():
        attributes = {
            "name": concept.name, "id": _id(taxonomy, concept.name), "type": _ITEM_TYPES[concept.item_type],
            "substitutionGroup": "xbrli:item", "nillable": "true", f"{{{XBRLI}}}periodType": concept.period_type.value,
        }
        if concept.balance:
            attributes[f"{{{XBRLI}}}balance"] = concept.balance
        etree.SubElement(root, f"{{{XS}}}element", attributes)
    return root


def _role(taxonomy: Taxonomy, role_id: str) -> str:
    return f"{url_base(taxonomy)}role/{role_id}"


def _id(taxonomy: Taxonomy, name: str) -> str:
    return f"{taxonomy.prefix}_{name}"


# ------------------------------------------------------------------------------ linkbases


def _linkbase(taxonomy: Taxonomy, extra: Mapping[str, str] | None = None) -> etree._Element:
    nsmap = {"link": LINK, "xlink": XLINK, "xsi": "http://www.w3.org/2001/XMLSchema-instance", **(extra or {})}
    root = etree.Element(f"{{{LINK}}}linkbase", nsmap=nsmap)
    root.set("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", f"{LINK} {LINKBASE_SCHEMA}")
    root.append(_comment(taxonomy))
    return root


def _xlink(parent: etree._Element, tag: str, kind: str, **attributes: str) -> etree._Element:
    """An XLink element: `xlink_href='x'` sets xlink:href; other keywords are plain attributes."""
    element = etree.SubElement(parent, tag)
    element.set(f"{{{XLINK}}}type", kind)
    for key, value in attributes.items():
        name = f"{{{XLINK}}}{key.removeprefix('xlink_')}" if key.startswith("xlink_") else key
        element.set(name, value)
    return element


def _locator(link: etree._Element, taxonomy: Taxonomy, name: str, seen: set[str]) -> str:
    label = f"loc_{name}"
    if label not in seen:
        seen.add(label)
        _xlink(link, f"{{{LINK}}}loc", "locator", xlink_href=f"{_concepts_file(taxonomy)}#{_id(taxonomy, name)}",
               xlink_label=label)
    return label


def _role_ref(root: etree._Element, taxonomy: Taxonomy, role_id: str) -> None:
    _xlink(root, f"{{{LINK}}}roleRef", "simple", roleURI=_role(taxonomy, role_id),
           xlink_href=f"{_concepts_file(taxonomy)}#{role_id}")


def _labels(taxonomy: Taxonomy) -> etree._Element:
    root = _linkbase(taxonomy)
    link = _xlink(root, f"{{{LINK}}}labelLink", "extended", xlink_role=ROLE_LINK)
    seen: set[str] = set()
    headings = {abstract: definition for _, definition, abstract, _ in STATEMENTS}
    entries = [(name, ((ROLE_LABEL, text),)) for name, text in headings.items()] + [
        (c.name, ((ROLE_LABEL, c.label), (ROLE_TERSE, c.terse or c.label), (ROLE_VERBOSE, c.verbose or c.label)))
        for c in taxonomy.concepts.values()
    ]
    for name, labels in entries:
        locator = _locator(link, taxonomy, name, seen)
        for role, text in labels:
            resource = f"lab_{name}_{role.rsplit('/', 1)[1]}"
            for language in LABEL_LANGUAGES:  # resources of one xlink:label: one arc reaches them all
                label = _xlink(link, f"{{{LINK}}}label", "resource", xlink_label=resource, xlink_role=role)
                label.set(f"{{{XML_NS}}}lang", language)
                label.text = text
            _xlink(link, f"{{{LINK}}}labelArc", "arc", xlink_arcrole=ARCROLE_CONCEPT_LABEL, xlink_from=locator, xlink_to=resource)
    return root


def _calculations(taxonomy: Taxonomy) -> etree._Element:
    """Every sum, in the statement role of its total; weights keep each sum true with the
    concepts' own signs (an expense is subtracted from the income it lowers)."""
    root = _linkbase(taxonomy)
    for role_id, _, _, period_type in STATEMENTS:
        sums = [s for s in taxonomy.sums if taxonomy[s.total].period_type is period_type]
        if not sums:
            continue
        _role_ref(root, taxonomy, role_id)
        link = _xlink(root, f"{{{LINK}}}calculationLink", "extended", xlink_role=_role(taxonomy, role_id))
        seen: set[str] = set()
        for rule in sums:
            total = _locator(link, taxonomy, rule.total, seen)
            for order, (name, weight) in enumerate(rule.items, start=1):
                item = _locator(link, taxonomy, name, seen)
                _xlink(link, f"{{{LINK}}}calculationArc", "arc", xlink_arcrole=ARCROLE_SUMMATION,
                       xlink_from=total, xlink_to=item, order=f"{order}.0", weight=f"{weight}.0")
    return root


def _presentation(taxonomy: Taxonomy) -> etree._Element:
    """Each statement as an abstract heading with its concepts below, in the file's order."""
    root = _linkbase(taxonomy)
    for role_id, _, abstract, period_type in STATEMENTS:
        _role_ref(root, taxonomy, role_id)
        link = _xlink(root, f"{{{LINK}}}presentationLink", "extended", xlink_role=_role(taxonomy, role_id))
        seen: set[str] = set()
        heading = _locator(link, taxonomy, abstract, seen)
        members = [c for c in taxonomy.concepts.values() if c.period_type is period_type]
        for order, concept in enumerate(members, start=1):
            child = _locator(link, taxonomy, concept.name, seen)
            _xlink(link, f"{{{LINK}}}presentationArc", "arc", xlink_arcrole=ARCROLE_PARENT_CHILD,
                   xlink_from=heading, xlink_to=child, order=f"{order}.0")
    return root


def _references(taxonomy: Taxonomy) -> etree._Element:
    """'NetSales corresponds to us-gaap:Revenues', as a reference tools can read."""
    root = _linkbase(taxonomy, {"ref": REF})
    root.set("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", f"{LINK} {LINKBASE_SCHEMA} {REF} {REF_SCHEMA}")
    _xlink(root, f"{{{LINK}}}roleRef", "simple", roleURI=_role(taxonomy, US_GAAP_ROLE),
           xlink_href=f"{_concepts_file(taxonomy)}#{US_GAAP_ROLE}")
    link = _xlink(root, f"{{{LINK}}}referenceLink", "extended", xlink_role=ROLE_LINK)
    seen: set[str] = set()
    for concept in taxonomy.concepts.values():
        if not concept.us_gaap:
            continue
        locator = _locator(link, taxonomy, concept.name, seen)
        resource = f"ref_{concept.name}"
        reference = _xlink(link, f"{{{LINK}}}reference", "resource", xlink_label=resource,
                           xlink_role=_role(taxonomy, US_GAAP_ROLE))
        for part, text in (("Publisher", "FASB"), ("Name", "US GAAP Financial Reporting Taxonomy"),
                           ("Number", f"us-gaap:{concept.us_gaap}")):
            etree.SubElement(reference, f"{{{REF}}}{part}").text = text
        _xlink(link, f"{{{LINK}}}referenceArc", "arc", xlink_arcrole=ARCROLE_CONCEPT_REFERENCE,
               xlink_from=locator, xlink_to=resource)
    return root
