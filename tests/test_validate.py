"""Validation: deliberately broken instances are rejected, each with its code."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli, release_of

from tagger.instances import read_xml_instance
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file

FY2002 = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("good")
    assert cli("tag", release_of(FY2002), "-o", out).code == 0
    return {s: (out / f"{FY2002.name}.{s}").read_text() for s in ("xml", "json")}


def codes(path: Path, taxonomy: Taxonomy) -> list[str]:
    return sorted({issue.code for issue in validate_file(path, taxonomy)})


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_good_instances_are_valid(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    assert codes(write(tmp_path, "a.xml", good["xml"]), taxonomy) == []
    assert codes(write(tmp_path, "a.json", good["json"]), taxonomy) == []


XML_BREAKS = {
    # NetSales (a duration concept) in an instant context
    "period-type": (r'(<tgr:NetSales id="f1" contextRef=)"[^"]+"', r'\1"I2002-12-31"', "validate.period-type"),
    # a monetary fact measured in shares
    "unit": (r'(<tgr:NetSales id="f1" contextRef="[^"]+" unitRef=)"USD"', r'\1"shares"', "validate.unit"),
    # gross profit that is not net sales less cost of sales
    "sum": (r'(<tgr:GrossProfit id="f\d+" [^>]*>)-1379000<', r"\g<1>-1579000<", "validate.calculation"),
    # a concept the taxonomy does not declare
    "undeclared": (r"tgr:NetSales", "tgr:NetRevenueFromSpace", "validate.schema"),
    # not XML at all
    "syntax": (r"</xbrli:xbrl>", "</xbrli:xbr", "validate.xml-syntax"),
    # a forever period: schema-valid XBRL, but no concept of ours is reported forever
    "forever": (r"<xbrli:period>\s*<xbrli:instant>[^<]*</xbrli:instant>\s*</xbrli:period>",
                "<xbrli:period><xbrli:forever/></xbrli:period>", "validate.period-type"),
}


@pytest.mark.parametrize("case", XML_BREAKS, ids=list(XML_BREAKS))
def test_broken_xml_is_rejected(case: str, good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    pattern, replacement, code = XML_BREAKS[case]
    broken, count = re.subn(pattern, replacement, good["xml"], count=0 if case == "undeclared" else 1)
    assert count >= 1
    assert code in codes(write(tmp_path, "broken.xml", broken), taxonomy)


def test_midnight_date_times_end_the_day_before(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    """'2003-01-01T00:00:00' as an end or instant is the end of 2002-12-31 (XBRL 2.1 4.7.2):
    the instance states the same facts, in the same periods, as with plain dates."""
    timed = re.sub(r"<xbrli:(endDate|instant)>(\d{4}-\d{2}-\d{2})</xbrli:\1>",
                   lambda m: f"<xbrli:{m[1]}>{dt.date.fromisoformat(m[2]) + dt.timedelta(days=1)}T00:00:00</xbrli:{m[1]}>",
                   good["xml"])
    assert timed != good["xml"]
    facts = {(f.concept, f.period, f.value) for f in read_xml_instance(good["xml"].encode(), "a.xml", taxonomy)[0]}
    timed_facts = {(f.concept, f.period, f.value) for f in read_xml_instance(timed.encode(), "b.xml", taxonomy)[0]}
    assert facts and timed_facts == facts
    assert codes(write(tmp_path, "timed.xml", timed), taxonomy) == []


def test_inconsistent_duplicate_xml(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    duplicate = re.search(r'<tgr:NetSales id="f1" [^>]*>5191000</tgr:NetSales>', good["xml"])[0]
    broken = good["xml"].replace(duplicate, duplicate + duplicate.replace('id="f1"', 'id="f999"').replace("5191000", "5291000"))
    assert "validate.duplicate-inconsistent" in codes(write(tmp_path, "dup.xml", broken), taxonomy)
    consistent = good["xml"].replace(duplicate, duplicate + duplicate.replace('id="f1"', 'id="f999"'))
    assert codes(write(tmp_path, "dup-ok.xml", consistent), taxonomy) == []


def test_entity_expansion_is_never_performed(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """A 'billion laughs' document is refused quickly, without expanding anything."""
    laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10 if i else "lol"}">' for i in range(10))
    text = f'<?xml version="1.0"?><!DOCTYPE x [{laughs}]><xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">&l9;</xbrli:xbrl>'
    started = time.monotonic()
    issues = validate_file(write(tmp_path, "laughs.xml", text), taxonomy)
    assert issues and time.monotonic() - started < 5
    assert not any("lol" * 100 in issue.message for issue in issues)


def test_an_internal_entity_is_refused_not_a_crash(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    """Even an internal entity ('&a;' for '5'): refused with its code (entities are never
    expanded), and the next file is still validated."""
    declared = good["xml"].replace("<xbrli:xbrl", '<!DOCTYPE xbrli:xbrl [<!ENTITY a "5">]>\n<xbrli:xbrl', 1)
    broken, count = re.subn(r">(\d+)</tgr:NetSales>", ">&a;</tgr:NetSales>", declared, count=1)
    assert count == 1
    assert codes(write(tmp_path, "entity.xml", broken), taxonomy) == ["validate.entity"]
    run = cli("validate", tmp_path / "entity.xml", write(tmp_path, "good.json", good["json"]))
    assert run.code == 1 and "good.json: valid" in run.stdout


def test_decimals_past_any_digit_are_exact(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    """'decimals': 100000000 is valid xBRL-JSON (an exact value), not a crash."""
    document = json.loads(good["json"])
    document["facts"]["f1"]["decimals"] = 100000000
    assert codes(write(tmp_path, "exact.json", json.dumps(document)), taxonomy) == []
    document["facts"]["f1"]["decimals"] = -100000000  # and one that says nothing of its digits
    assert "validate.calculation" not in codes(write(tmp_path, "vague.json", json.dumps(document)), taxonomy)


def _json_break(document: dict, case: str) -> None:
    facts = document["facts"]
    first = facts["f1"]
    if case == "period-type":
        first["dimensions"]["period"] = "2003-01-01T00:00:00"
    elif case == "unit":
        first["dimensions"]["unit"] = "xbrli:shares"
    elif case == "sum":
        gross = next(f for f in facts.values() if f["dimensions"]["concept"] == "tgr:GrossProfit")
        gross["value"] = "-1579000"
    elif case == "undeclared":
        first["dimensions"]["concept"] = "tgr:NetRevenueFromSpace"
    elif case == "duplicate":
        facts["f999"] = json.loads(json.dumps(first))
        facts["f999"]["value"] = "5291000"
    elif case == "number-not-string":
        first["value"] = 5191000
    elif case == "document-type":
        document["documentInfo"]["documentType"] = "https://xbrl.org/2099/xbrl-json"
    elif case == "no-decimals":
        del first["decimals"]


JSON_CODES = {
    "period-type": "validate.period-type",
    "unit": "validate.unit",
    "sum": "validate.calculation",
    "undeclared": "validate.concept-unknown",
    "duplicate": "validate.duplicate-inconsistent",
    "number-not-string": "validate.json-schema",
    "document-type": "validate.json-schema",
    "no-decimals": "validate.json-schema",
}


@pytest.mark.parametrize("case", JSON_CODES, ids=list(JSON_CODES))
def test_broken_json_is_rejected(case: str, good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    document = json.loads(good["json"])
    _json_break(document, case)
    assert JSON_CODES[case] in codes(write(tmp_path, "broken.json", json.dumps(document)), taxonomy)


def test_broken_json_syntax(tmp_path: Path, taxonomy: Taxonomy) -> None:
    issues = validate_file(write(tmp_path, "x.json", '{"documentInfo": '), taxonomy)
    assert [i.code for i in issues] == ["validate.json-syntax"]
    assert issues[0].span.line == 1


def test_rounding_within_decimals_is_not_an_inconsistency(good, taxonomy: Taxonomy, tmp_path: Path) -> None:
    """5,191 - 6,571 = -1,380 but the release prints (1,379): each value may be off by 500
    in thousands, so the sum holds under Calculations 1.1 round-to-nearest."""
    assert '>-1379000</tgr:GrossProfit>' in good["xml"]
    assert codes(write(tmp_path, "a.xml", good["xml"]), taxonomy) == []
    off_by_two = good["xml"].replace(">-1379000</tgr:GrossProfit>", ">-1382000</tgr:GrossProfit>")
    assert codes(write(tmp_path, "b.xml", off_by_two), taxonomy) == ["validate.calculation"]


def test_validate_command_reports_and_exits_1(good, tmp_path: Path) -> None:
    path = write(tmp_path, "broken.xml", re.sub(r'(<tgr:NetSales id="f1" contextRef=)"[^"]+"', r'\1"I2002-12-31"', good["xml"], count=1))
    run = cli("validate", path)
    assert run.code == 1
    assert re.search(r"broken\.xml:\d+:1: error: .*NetSales.* \[validate\.period-type\]", run.stderr)
    ok = write(tmp_path, "ok.json", good["json"])
    assert cli("validate", ok).code == 0


def test_a_sum_with_items_missing_is_a_warning(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    """Net income with only the minority interest item reported (as in Sears's release, which
    prints items our sum does not know) fails Calculations 1.1 all the same; tagger says so as
    a warning that names the missing items, and as an error only when every item is there."""
    without = re.sub(r'\s*<!--[^>]*-->\s*<tgr:IncomeLossBeforeMinorityInterest [^>]*>[^<]*</tgr:IncomeLossBeforeMinorityInterest>', "", good["xml"])
    issues = [i for i in validate_file(write(tmp_path, "partial.xml", without), taxonomy) if i.code == "validate.calculation"]
    assert issues and all(i.severity == "warning" and "IncomeLossBeforeMinorityInterest" in i.message for i in issues)
    broken = good["xml"].replace(">-16738000</tgr:NetIncomeLoss>", ">-16938000</tgr:NetIncomeLoss>")
    issues = [i for i in validate_file(write(tmp_path, "complete.xml", broken), taxonomy) if i.code == "validate.calculation"]
    assert [i.severity for i in issues] == ["error"]


@pytest.mark.parametrize("name", ["xbrl-json.schema.json", "xbrl-csv.schema.json"])
def test_our_json_schemas_are_valid_draft_2020_12(name: str) -> None:
    import jsonschema

    from tagger.resources import schemas_dir

    schema = json.loads((schemas_dir() / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)


def test_outputs_must_state_the_same_facts(good, taxonomy: Taxonomy) -> None:
    """The xBRL-JSON written beside an XML instance states exactly its facts: in another
    order it does; with one value changed it does not, and says so."""
    from tagger.instances import files_beside
    from tagger.validate import validate_outputs
    from tagger.write import Kind

    document = json.loads(good["json"])
    reordered = dict(reversed(list(document["facts"].items())))
    changed = json.loads(good["json"])
    changed["facts"]["f1"]["value"] = "5192000"
    for facts, expected in ((reordered, []), (changed["facts"], ["validate.outputs-disagree"])):
        data = json.dumps({**document, "facts": facts}, indent=2).encode()
        entries = [(Path("out/r.xml"), good["xml"].encode(), Kind.INSTANCE), (Path("out/r.json"), data, Kind.INSTANCE)]
        issues = validate_outputs(entries, taxonomy, files_beside(Path("out/r.xml")))
        assert [i.code for i in issues] == expected


def test_what_arelle_refuses_in_json_and_csv_tagger_refuses_too(good, tmp_path: Path, taxonomy: Taxonomy) -> None:
    """A key stated twice, a period that ends before it starts, another taxonomy; in xBRL-CSV
    a monetary value that is no number ('=1+1', 'five million') and a table that is not UTF-8:
    each refused with its code (issue 11 found tagger calling them valid)."""
    twice = good["json"].replace('"facts": {', '"facts": {\n    "f1": {"value": "1", "dimensions": {}},', 1)
    assert codes(write(tmp_path, "twice.json", twice), taxonomy) == ["validate.json-duplicate-key"]
    document = json.loads(good["json"])
    start, end = document["facts"]["f1"]["dimensions"]["period"].split("/")
    document["facts"]["f1"]["dimensions"]["period"] = f"{end}/{start}"
    assert "validate.period-order" in codes(write(tmp_path, "order.json", json.dumps(document)), taxonomy)
    document = json.loads(good["json"])
    document["documentInfo"]["taxonomy"] = ["http://example.com/other.xsd"]
    assert codes(write(tmp_path, "other.json", json.dumps(document)), taxonomy) == ["validate.schema-ref"]

    out = tmp_path / "csv"
    assert cli("tag", release_of(FY2002), "-o", out, "--format", "xbrl-csv").code == 0
    table = out / f"{FY2002.name}.xbrl-csv.csv"
    rows = table.read_text().splitlines()
    for bad in ("=1+1", "five million"):
        first = rows[1].split(",")
        value_at = next(i for i, cell in enumerate(first) if cell.lstrip("-").isdigit() and len(cell) > 3)
        first[value_at] = bad
        table.write_text("\n".join([rows[0], ",".join(first), *rows[2:]]) + "\n")
        assert "validate.value" in codes(out / f"{FY2002.name}.xbrl-csv.json", taxonomy), bad
    first = rows[1].split(",")
    table.write_text("\n".join([rows[0], ",".join(["=1+1", *first[1:]]), *rows[2:]]) + "\n")
    assert "validate.csv-row" in codes(out / f"{FY2002.name}.xbrl-csv.json", taxonomy)  # a row id Arelle refuses too
    table.write_bytes("\n".join(rows).encode() + b"\n\xff\xfe,broken\n")
    assert "validate.csv-table" in codes(out / f"{FY2002.name}.xbrl-csv.json", taxonomy)


def test_the_validator_reads_the_taxonomy_it_is_given_not_an_installed_copy(
        good, tmp_path: Path, taxonomy: Taxonomy, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schemas an XML instance is checked against are built from the taxonomy in hand (as
    `tagger taxonomy` writes them), not read from schemas/<package>/: with only the public XBRL
    schemas installed the instance still validates, and a concept the taxonomy in hand does not
    have is refused though the installed package has it (issue 12: two copies could disagree)."""
    import shutil

    import tagger.instances
    from tagger.resources import schemas_dir

    public = tmp_path / "schemas"
    shutil.copytree(schemas_dir() / "xbrl", public / "xbrl")
    monkeypatch.setattr(tagger.instances, "schemas_dir", lambda: public)
    monkeypatch.setattr(tagger.instances, "_SCHEMAS", {})
    path = write(tmp_path, "r.xml", good["xml"])
    assert codes(path, taxonomy) == []
    summed = {name for rule in (*taxonomy.sums, *taxonomy.identities) for name in (rule.total, *dict(rule.items))}
    gone = next(name for name in sorted(taxonomy.concepts) if f":{name} " in good["xml"] and name not in summed)
    smaller = taxonomy.model_copy(update={"concepts": {k: v for k, v in taxonomy.concepts.items() if k != gone}})
    assert "validate.schema" in codes(path, smaller), gone
