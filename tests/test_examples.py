"""Every example end to end: golden outputs, and the facts checked by hand against the release."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli, release_of

from tagger.instances import read_json_instance, read_xml_instance
from tagger.models import Period
from tagger.taxonomy import Taxonomy
from tagger.validate import validate_file

ids = [p.name for p in EXAMPLES]


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Tag every example once, from inside its folder so paths in messages are short."""
    results = {}
    for example in EXAMPLES:
        out = tmp_path_factory.mktemp(example.name)
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(example)
            run = cli("tag", release_of(example).name, "-o", out, "--format", "xml,json,xbrl-csv")
        assert run.code == 0, run.stderr
        results[example.name] = (out, run.stderr)
    return results


@pytest.mark.parametrize("suffix", [".xml", ".json", ".xbrl-csv.json", ".xbrl-csv.csv"])
@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_golden_instance(example: Path, suffix: str, tagged, file_regression) -> None:
    out, _ = tagged[example.name]
    written = (out / f"{example.name}{suffix}").read_bytes()
    file_regression.check(written, fullpath=example / "golden" / f"{example.name}{suffix}", binary=True)


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_golden_messages(example: Path, tagged, file_regression) -> None:
    out, stderr = tagged[example.name]
    file_regression.check(stderr.replace(str(out), "OUT"), fullpath=example / "golden" / "messages.txt")


def _expected(example: Path) -> set[tuple]:
    rows = (line for line in (example / "expected-facts.csv").read_text().splitlines() if not line.startswith("#"))
    return {
        (int(r["line"]), r["concept"], r["period"], r["unit"], int(r["decimals"]), Decimal(r["value"]), r["printed"])
        for r in csv.DictReader(rows)
    }


def _period_text(period: Period) -> str:
    return str(period)


_UNITS = {"iso4217:USD": "USD", "xbrli:shares": "shares", "iso4217:USD/xbrli:shares": "USD-per-share"}


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_facts_checked_by_hand(example: Path, tagged) -> None:
    """The xBRL-JSON holds exactly the facts in expected-facts.csv: concept, period, unit,
    decimals, value in base units, the text as printed, and the line it was printed on."""
    out, _ = tagged[example.name]
    document = json.loads((out / f"{example.name}.json").read_text())
    facts, issues = read_json_instance((out / f"{example.name}.json").read_bytes(), "x.json")
    assert not issues
    raw = document["facts"]
    written = {
        (int(raw[f.id]["tagger:source"].split(":")[1]), f.concept, _period_text(f.period), _UNITS[f.unit],
         f.decimals, f.value, raw[f.id]["tagger:printed"])
        for f in facts
    }
    expected = _expected(example)
    assert written - expected == set(), "facts written that were not checked by hand"
    assert expected - written == set(), "facts checked by hand that were not written"


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_xml_and_json_state_the_same_facts(example: Path, tagged, taxonomy: Taxonomy) -> None:
    out, _ = tagged[example.name]
    xml_facts, xml_issues = read_xml_instance((out / f"{example.name}.xml").read_bytes(), "x.xml", taxonomy)
    json_facts, json_issues = read_json_instance((out / f"{example.name}.json").read_bytes(), "x.json")
    assert not xml_issues and not json_issues

    def key(f):
        return (f.namespace, f.concept, f.entity, f.period, f.unit, f.value, f.decimals)

    assert sorted(map(key, xml_facts), key=str) == sorted(map(key, json_facts), key=str)
    assert len(xml_facts) == len(_expected(example))


@pytest.mark.parametrize("example", EXAMPLES, ids=ids)
def test_outputs_validate(example: Path, tagged, taxonomy: Taxonomy) -> None:
    out, _ = tagged[example.name]
    for suffix in (".xml", ".json"):
        assert validate_file(out / f"{example.name}{suffix}", taxonomy) == ()


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    example = next(e for e in EXAMPLES if (e / "expected-facts.csv").read_text().count("\n") > 3)
    first, second = tmp_path / "a", tmp_path / "b"
    assert cli("tag", release_of(example), "-o", first).code == 0
    assert cli("tag", release_of(example), "-o", second).code == 0
    for suffix in (".xml", ".json"):
        assert (first / f"{example.name}{suffix}").read_bytes() == (second / f"{example.name}{suffix}").read_bytes()


def test_release_dates_and_companies(tagged) -> None:
    """The dateline 'May 7 /PRNewswire/' has no year: it is the first May 7 after the
    periods the release reports (Q1 2001)."""
    got = {}
    for example in EXAMPLES:
        out, _ = tagged[example.name]
        release = json.loads((out / f"{example.name}.json").read_text())["documentInfo"]["tagger:release"]
        got[example.name] = (release["company"], release["ticker"], release["date"])
    assert got["fibercore-2001-05-07-q1-2001-results"] == ("FiberCore, Inc.", "FBCE", "2001-05-07")
    assert got["fibercore-2003-05-19-fy2002-results"] == ("FiberCore, Inc.", "FBCE", "2003-05-19")
    assert got["fibercore-2003-11-17-chapter-11"] == ("FiberCore, Inc.", "FBCE.PK", "2003-11-17")
    # 'March 22 /PRNewswire/' with no table to infer the year from: unknown, not guessed.
    assert got["fibercore-2001-03-22-q4-2000-outlook"] == ("FiberCore, Inc.", "FBCE", None)
    assert dt.date.fromisoformat(got["fibercore-2003-04-03-financial-status"][2]) == dt.date(2003, 4, 3)


@pytest.mark.parametrize("name", ["fibercore-2003-05-19-fy2002-results", "fibercore-2001-05-07-q1-2001-results"])
def test_every_sum_the_tables_allow_is_checked_and_holds(name: str, tagged, taxonomy: Taxonomy) -> None:
    """Each sum of the taxonomy whose total and items both tables print is evaluated, and
    holds within what decimals allow (no validate.calculation issue)."""
    from tagger.validate import check_identities, check_sums

    out, _ = tagged[name]
    facts, _ = read_json_instance((out / f"{name}.json").read_bytes(), "x.json")
    assert list(check_sums(facts, taxonomy)) == list(check_identities(facts, taxonomy)) == []
    present = {(f.concept, f.period) for f in facts}
    evaluated = {
        rule.total for rule in (*taxonomy.sums, *taxonomy.identities) for (concept, period) in present
        if concept == rule.total and any((item, period) in present for item, _ in rule.items)
    }
    expected = {"GrossProfit", "OperatingIncomeLoss", "IncomeLossBeforeIncomeTaxesAndMinorityInterest",
                "IncomeLossBeforeMinorityInterest", "NetIncomeLoss", "TotalAssets"}
    if name.startswith("fibercore-2003"):
        expected.add("CostOfSales")  # the Q1 2001 release prints no components of cost of sales
    assert evaluated == expected
    # and the checker looks: a gross profit 1,000,000 off breaks its sum, and is said
    broken = [f._replace(value=f.value + 1000000) if f.concept == "GrossProfit" and f.value is not None else f for f in facts]
    assert any(i.code == "validate.calculation" and "GrossProfit" in i.message for i in check_sums(broken, taxonomy))
