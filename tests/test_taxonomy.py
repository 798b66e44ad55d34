"""The taxonomy: one source of truth, the fixed names, a schema derived from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tagger.dts import package_dir, schema_path, taxonomy_files
from tagger.models import ItemType, PeriodType
from tagger.resources import taxonomy_file
from tagger.taxonomy import Taxonomy, TaxonomyError, load_taxonomy

FIXED = ["NetSales", "CostOfSales", "GrossProfit", "OperatingIncomeLoss", "NetIncomeLoss", "EarningsPerShareBasic",
         "EarningsPerShareDiluted", "WeightedAverageSharesBasic", "WeightedAverageSharesDiluted", "WorkingCapital",
         "TotalAssets", "TotalLiabilities", "StockholdersEquity"]


def test_fixed_concept_names(taxonomy: Taxonomy) -> None:
    assert all(name in taxonomy for name in FIXED)


def test_concept_properties(taxonomy: Taxonomy) -> None:
    assert taxonomy["NetSales"].period_type is PeriodType.DURATION and taxonomy["NetSales"].balance == "credit"
    assert taxonomy["TotalAssets"].period_type is PeriodType.INSTANT and taxonomy["TotalAssets"].balance == "debit"
    assert taxonomy["EarningsPerShareBasic"].item_type is ItemType.PER_SHARE
    assert taxonomy["WeightedAverageSharesDiluted"].item_type is ItemType.SHARES
    assert taxonomy["IncomeTaxExpenseBenefit"].is_deduction and taxonomy["CostOfSales"].is_deduction
    assert not taxonomy["NetSales"].is_deduction and not taxonomy["TotalAssets"].is_deduction
    assert taxonomy["NetSales"].us_gaap == "Revenues"


def test_schema_declares_every_concept(taxonomy: Taxonomy) -> None:
    schema = taxonomy_files(taxonomy)[schema_path(taxonomy).relative_to(package_dir(taxonomy)).as_posix()]
    root = etree.fromstring(schema)
    xs = "{http://www.w3.org/2001/XMLSchema}"
    elements = {e.get("name"): e for e in root.iter(f"{xs}element") if e.get("abstract") != "true"}
    assert list(elements) == list(taxonomy.concepts)
    net = elements["NetSales"]
    assert net.get("type") == "xbrli:monetaryItemType" and net.get("substitutionGroup") == "xbrli:item"
    assert net.get("{http://www.xbrl.org/2003/instance}periodType") == "duration"
    assert elements["EarningsPerShareBasic"].get("type") == "num:perShareItemType"
    assert elements["WorkingCapital"].get("{http://www.xbrl.org/2003/instance}balance") is None


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('name = "GrossProfit"', 'name = "NetSales"', 1), "used twice"),
    (lambda t: t.replace('total = "GrossProfit"', 'total = "GrossProfitt"', 1), "unknown concept"),
    (lambda t: t.replace('labels = ["Gross profit"', 'labels = ["Net sales", "Gross profit"', 1), "means both"),
    (lambda t: t.replace('period_type = "duration"', 'period_type = "forever"', 1), "period_type"),
    (lambda t: t + "\n[[concept\n", "concepts.toml"),
])
def test_broken_taxonomy_is_refused(tmp_path: Path, edit, message: str) -> None:
    source = taxonomy_file().read_text()
    broken = tmp_path / "concepts.toml"
    broken.write_text(edit(source))
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy.__wrapped__(broken)


def test_every_label_is_also_in_us_english(taxonomy: Taxonomy) -> None:
    """EDGAR filers write xml:lang="en-US" labels, and SEC-minded tools look for those."""
    from lxml import etree

    name = next(path for path in taxonomy_files(taxonomy) if path.endswith("-lab.xml"))
    root = etree.fromstring(taxonomy_files(taxonomy)[name])
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    labels = root.findall(".//{http://www.xbrl.org/2003/linkbase}label")
    by_language: dict[str, set[tuple[str, str, str]]] = {}
    for label in labels:
        key = (label.get("{http://www.w3.org/1999/xlink}label"), label.get("{http://www.w3.org/1999/xlink}role"), label.text)
        by_language.setdefault(label.get(lang), set()).add(key)
    assert set(by_language) == {"en", "en-US"}
    assert by_language["en-US"] == by_language["en"]
    assert {key[0] for key in by_language["en-US"]} >= {f"lab_{c}_label" for c in taxonomy.concepts}


ITEM_TYPES = {ItemType.MONETARY: "monetaryItemType", ItemType.SHARES: "sharesItemType", ItemType.PER_SHARE: "perShareItemType"}


def test_every_us_gaap_mapping_is_one_current_element_of_the_same_kind(taxonomy: Taxonomy) -> None:
    """Each concept's US-GAAP element is current (not SalesRevenueNet, gone since 2018), of the
    concept's period type and item type, used by no other concept; us_gaap_sign is -1 exactly
    where the balances differ, and stated by hand where the element's balance is not known."""
    import csv
    import tomllib

    from conftest import ROOT

    elements = {row["element"]: row for row in csv.DictReader((ROOT / "taxonomy" / "us-gaap-elements.csv").open())}
    stated = {c["name"]: "us_gaap_sign" in c for c in tomllib.loads(taxonomy_file().read_text())["concept"]}
    used: dict[str, str] = {}
    for concept in taxonomy.concepts.values():
        if concept.us_gaap is None:
            assert not stated[concept.name], concept.name
            continue
        assert concept.us_gaap not in used, f"{concept.name} and {used[concept.us_gaap]} share {concept.us_gaap}"
        used[concept.us_gaap] = concept.name
        element = elements[concept.us_gaap]
        assert element["deprecated"] == "no", (concept.name, concept.us_gaap)
        assert element["period_type"] == concept.period_type.value, concept.name
        assert element["item_type"] == ITEM_TYPES[concept.item_type], concept.name
        if element["balance"] == "unknown":
            assert stated[concept.name], f"{concept.name}: {concept.us_gaap}'s balance is not known; state us_gaap_sign"
        elif concept.balance and element["balance"] in ("debit", "credit"):
            assert concept.us_gaap_sign == (1 if element["balance"] == concept.balance else -1), concept.name
        else:
            assert concept.balance is None and element["balance"] == "none" and concept.us_gaap_sign == 1, concept.name
    assert "NetSales" in used.values() and used["Revenues"] == "NetSales"


def test_two_entry_points_with_and_without_the_sums(taxonomy: Taxonomy) -> None:
    """Both entry points include the one schema of the concepts; only the first refers to the
    calculation linkbase; the package names both."""
    files = taxonomy_files(taxonomy)
    folder = schema_path(taxonomy).relative_to(package_dir(taxonomy)).parent.as_posix()
    xs, link, xlink = "http://www.w3.org/2001/XMLSchema", "http://www.xbrl.org/2003/linkbase", "http://www.w3.org/1999/xlink"
    for entry, sums in ((taxonomy.schema_file, True), (taxonomy.without_sums().schema_file, False)):
        root = etree.fromstring(files[f"{folder}/{entry}"])
        assert [i.get("schemaLocation") for i in root.iterfind(f"{{{xs}}}include")] == [schema_path(taxonomy).name]
        refs = [r.get(f"{{{xlink}}}href") for r in root.iter(f"{{{link}}}linkbaseRef")]
        assert refs == ([f"{taxonomy.schema_file.removesuffix('.xsd')}-cal.xml"] if sums else [])
    package = files["META-INF/taxonomyPackage.xml"].decode()
    assert taxonomy.schema_url in package and taxonomy.without_sums().schema_url in package


@pytest.mark.parametrize(("label", "normal"), [
    ("Total share owners' equity (notes 25 and 26)", "total share owners equity"),  # GE's 1993 10-K
    ("Revenues (Notes 3, 4 and 5)", "revenues"),
    ("Deferred income taxes (note 23)", "deferred income taxes"),
    ("Net income (see notes)", "net income"),
    ("Notes payable (current)", "notes payable current"),  # not a note's reference
])
def test_a_labels_references_to_notes_go(label: str, normal: str) -> None:
    from tagger.taxonomy import normalize_label

    assert normalize_label(label) == normal


@pytest.mark.parametrize(("label", "concept"), [
    ("Profit attributable to equity holders", "NetIncomeLoss"),  # IFRS: the company's share of the result
    ("Net income attributable to stockholders", None),  # may follow preferred dividends: the common holders'
    ("Net income attributable to shareholders of the company", "NetIncomeLoss"),
    ("Net income attributable to Kessler Van Dijk N.V.", "NetIncomeLoss"),  # 'N.V.' a legal form, as 'Inc.'
    ("Net income attributable to common shareholders", None),  # after preferred dividends: not net income
    ("Net income attributable to minority interests", None),
    ("Equity attributable to equity holders of the parent", "StockholdersEquity"),
    ("Equity attributable to shareholders of Kessler Van Dijk N.V.", "StockholdersEquity"),
    ("Equity attributable to minority interests", None),
    ("Total equity", None),  # with the minority's share
    ("Net income, Group share", "NetIncomeLoss"),  # French filers' English
    ("Equity, Group share", "StockholdersEquity"),
])
def test_the_company_s_share_in_ifrs_words(taxonomy: Taxonomy, label: str, concept: str | None) -> None:
    assert [c.name for c in taxonomy.match(label, None)] == ([concept] if concept else [])


@pytest.mark.parametrize(("label", "heading", "concepts"), [
    ("Net income", "Basic earnings per Class A and Class B share", ("EarningsPerShareBasic",)),
    ("Net income", "Diluted earnings per Class A and Class B share", ("EarningsPerShareDiluted",)),
    ("Net income", "Basic earnings per Class A share", ()),  # one class's alone: not the company's EPS
    ("Extraordinary item", "Basic earnings per Class A and Class B share", ()),
])
def test_per_share_of_every_class_is_the_eps(label: str, heading: str, concepts: tuple) -> None:
    """A media company's 'Basic earnings per Class A and Class B share:' (the same for each
    class, as its release says) heads its EPS; a heading of one class's per-share amounts does not."""
    from tagger.taxonomy import per_share_concepts

    assert per_share_concepts(label, heading) == concepts
