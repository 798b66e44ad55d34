"""Arelle, the reference XBRL processor, accepts every output, states the same facts, and
rejects what tagger's own validator rejects."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli, release_of

from tagger.conformance import Arelle
from tagger.instances import read_json_instance
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file

FORMATS = (".xml", ".json", ".xbrl-csv.json")
FY2002 = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")


@pytest.fixture(scope="module")
def arelle(taxonomy: Taxonomy):
    with Arelle(taxonomy) as session:
        yield session


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run = cli("tag", *(release_of(e) for e in EXAMPLES), "-o", out, "--format", "xml,json,xbrl-csv")
    assert run.code == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def verdicts(arelle: Arelle, outputs: Path) -> dict[str, object]:
    """Every output of every example, validated in one Arelle run."""
    files = [outputs / f"{e.name}{suffix}" for e in EXAMPLES for suffix in FORMATS]
    return {report.file.name: report for report in arelle.validate(files)}


def expected_count(example: Path) -> int:
    lines = (example / "expected-facts.csv").read_text().splitlines()
    return sum(1 for line in lines if line and not line.startswith("#")) - 1


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_arelle_accepts_every_output(example: Path, suffix: str, verdicts) -> None:
    """Zero errors, warnings and Calculations 1.1 inconsistencies, and every fact loaded."""
    report = verdicts[f"{example.name}{suffix}"]
    assert report.messages == (), [str(m) for m in report.messages]
    assert report.facts == expected_count(example)


def _fact_keys(document: dict) -> set[tuple]:
    """(concept, entity, period, unit, value, decimals) of every fact of an xBRL-JSON document,
    with prefixes resolved, so two writers' documents compare fact by fact."""
    namespaces = document["documentInfo"]["namespaces"]

    def expand(qname: str) -> str:
        prefix, _, local = qname.partition(":")
        return f"{{{namespaces[prefix]}}}{local}"

    keys = set()
    for fact in document["facts"].values():
        dims = fact["dimensions"]
        unit = "/".join(expand(part) for part in dims["unit"].split("/"))
        keys.add((expand(dims["concept"]), expand(dims["entity"]), dims["period"], unit,
                  Decimal(fact["value"]), fact.get("decimals")))
    return keys


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_arelle_converts_our_xml_to_the_same_facts_as_our_json(example: Path, arelle: Arelle, outputs: Path, tmp_path: Path) -> None:
    converted = tmp_path / "arelle.json"
    assert arelle.to_json(outputs / f"{example.name}.xml", converted)
    theirs = _fact_keys(json.loads(converted.read_text()))
    ours = _fact_keys(json.loads((outputs / f"{example.name}.json").read_text()))
    assert theirs == ours
    assert len(ours) == expected_count(example)


def test_our_csv_states_the_same_facts_as_our_json(outputs: Path, taxonomy: Taxonomy) -> None:
    from tagger.instances import read_csv_instance

    metadata = outputs / f"{FY2002.name}.xbrl-csv.json"
    csv_facts, issues = read_csv_instance(metadata.read_bytes(), metadata)
    json_facts, _ = read_json_instance((outputs / f"{FY2002.name}.json").read_bytes(), "x.json")
    assert not issues

    def key(f):
        return (f.concept, f.entity, f.period, f.unit, f.value, f.decimals)

    assert sorted(map(key, csv_facts), key=str) == sorted(map(key, json_facts), key=str)


BREAKS = {
    # a fact in a context of the wrong period type
    "period-type": ((r'(<tgr:NetSales id="f1" contextRef=)"[^"]+"', r'\1"I2002-12-31"'),
                    "validate.period-type", "xbrl.4.7.2:contextPeriodType"),
    # a monetary fact with a shares unit
    "unit": ((r'(<tgr:NetSales id="f1" contextRef="[^"]+" unitRef=)"USD"', r'\1"shares"'),
             "validate.unit", "xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure"),
    # an inconsistent duplicate
    "duplicate": ((r'(<tgr:NetSales id="f1" ([^>]*)>5191000</tgr:NetSales>)', r'\1<tgr:NetSales id="f999" \2>5291000</tgr:NetSales>'),
                  "validate.duplicate-inconsistent", "arelle:duplicateFacts"),
    # a broken sum: gross profit is not net sales less cost of sales
    "sum": ((r'(<tgr:GrossProfit id="f\d+" [^>]*>)-1379000<', r"\g<1>-1579000<"),
            "validate.calculation", "calc11e:inconsistentCalculationUsingRounding"),
    # an undeclared concept
    "undeclared": ((r"tgr:NetSales\b", "tgr:NetRevenueFromSpace"), "validate.schema", "xbrl:schemaImportMissing"),
    # a period that ends before it starts
    "period-order": ((r"<xbrli:startDate>([^<]+)</xbrli:startDate>(\s*)<xbrli:endDate>([^<]+)</xbrli:endDate>",
                      r"<xbrli:startDate>\3</xbrli:startDate>\2<xbrli:endDate>\1</xbrli:endDate>"),
                     "validate.period-order", "xbrl.4.7.2:periodStartBeforeEnd"),
    # a reference to another taxonomy
    "schema-ref": ((r'(<link:schemaRef[^>]*xlink:href=")[^"]+"', r'\1http://example.com/other.xsd"'),
                   "validate.schema-ref", "xbrl:schemaImportMissing"),
}


@pytest.fixture(scope="module")
def broken(outputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    good = (outputs / f"{FY2002.name}.xml").read_text()
    folder = tmp_path_factory.mktemp("broken")
    files = {}
    for case, ((pattern, replacement), _, _) in BREAKS.items():
        text, count = re.subn(pattern, replacement, good, count=0 if case == "undeclared" else 1)
        assert count >= 1, case
        files[case] = folder / f"broken-{case}.xml"
        files[case].write_text(text)
    return files


def test_tagger_and_arelle_reject_the_same_broken_instances(broken: dict[str, Path], arelle: Arelle, taxonomy: Taxonomy) -> None:
    reports = {report.file.name: report for report in arelle.validate(list(broken.values()))}
    for case, (_, ours, theirs) in BREAKS.items():
        our_codes = {issue.code for issue in validate_file(broken[case], taxonomy)}
        assert ours in our_codes, (case, our_codes)
        assert theirs in reports[broken[case].name].codes, (case, reports[broken[case].name].codes)


def test_arelle_command_prints_pass_or_fail_per_file(outputs: Path, broken: dict[str, Path]) -> None:
    good = outputs / f"{FY2002.name}.xml"
    run = cli("arelle", good, broken["sum"])
    assert run.code == 1
    assert f"PASS {good.resolve()} (109 facts)" in run.stdout
    assert f"FAIL {broken['sum'].resolve()}" in run.stdout and "1 passed, 1 failed" in run.stdout


# Releases whose statements print lines between a total and the items the taxonomy's sums know
# (Sears' minority interest, Intel's and Oracle's expense lines): under Calculations 1.1 a sum
# with such items missing is inconsistent, and Arelle rejected these instances.
UNSUMMED = ("001_sears-roebuck.txt", "submissions/019_intel.txt", "010_oracle_html.txt")


def test_arelle_accepts_releases_whose_statements_the_sums_do_not_describe(arelle: Arelle, tmp_path: Path,
                                                                            taxonomy: Taxonomy) -> None:
    """Their instances name the entry point without the sums (said, as an info message); the
    sums are still checked and said by tagger; Arelle finds nothing wrong in any format."""
    from conftest import CORPUS

    run = cli("tag", *(CORPUS / name for name in UNSUMMED), "-o", tmp_path, "--format", "xml,json,xbrl-csv",
              "--messages", "json", "--verbose")
    codes = [json.loads(line)["code"] for line in run.stderr.splitlines() if line.startswith("{")]
    assert codes.count("write.without-sums") == len(UNSUMMED)
    files = [tmp_path / f"{Path(name).stem}{suffix}" for name in UNSUMMED for suffix in FORMATS]
    bare = taxonomy.without_sums().schema_url
    assert all(bare in (tmp_path / f"{Path(name).stem}.xml").read_text() for name in UNSUMMED)
    for report in arelle.validate(files):
        assert report.messages == (), [str(m) for m in report.messages]
        assert report.facts > 0
