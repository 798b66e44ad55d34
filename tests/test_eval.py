"""`tagger eval`: tagger scored against truth read by hand (tests/corpus/expected.json)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS, cli

from tagger.evaluate import _truth, evaluate, render, score_release
from tagger.models import Period
from tagger.taxonomy import Taxonomy

Q = Period(start=dt.date(1999, 3, 29), end=dt.date(1999, 6, 27))
Q_ONE_DAY_LONG = Period(start=dt.date(1999, 3, 28), end=dt.date(1999, 6, 27))
I = Period(end=dt.date(1999, 6, 27))
ENTRY = {
    "periods": {"Q": "1999-03-29/1999-06-27", "I": "1999-06-27", "FY97": "1996-09-30/1997-09-28"},
    "facts": [["NetSales", "Q", 1004066000], ["EarningsPerShareBasic", "Q", 0.39], ["TotalAssets", "I", 2977436000],
              ["GrossProfit", "Q", 406399000], ["NetIncomeLoss", "FY97", 5]],
    "provenance": [["NetSales", "Q", 496, "TOTAL REVENUES"]],
    "optional": [["GrossProfit", "Q"]],
    "period_uncertain": ["FY97"],
}


def _score(written: list[tuple]) -> tuple:
    written = [(*w, None) if len(w) == 3 else w for w in written]
    report = score_release(_truth("x.txt", ENTRY), [(c, p, Decimal(v), 7, d, "USD") for c, p, v, d in written])
    return ({c: n for c, n in report.score.right.items() if n}, {c: n for c, n in report.score.wrong.items() if n},
            {c: n for c, n in report.score.missed.items() if n}, sorted(f.kind for f in report.findings))


def test_right_wrong_and_missed() -> None:
    assert _score([("NetSales", Q, "1004066000"), ("EarningsPerShareBasic", Q, "0.39"), ("TotalAssets", I, "2977436000")]) == (
        {"NetSales": 1, "EarningsPerShareBasic": 1, "TotalAssets": 1}, {}, {}, [])
    # one day too long (a 52/53-week quarter read as calendar months), another value, the other sign
    assert _score([("NetSales", Q_ONE_DAY_LONG, "1004066000"), ("EarningsPerShareBasic", Q, "0.67"),
                   ("TotalAssets", I, "-2977436000")]) == (
        {}, {"NetSales": 1, "EarningsPerShareBasic": 1, "TotalAssets": 1},
        {"NetSales": 1, "EarningsPerShareBasic": 1, "TotalAssets": 1},
        ["missed", "missed", "missed", "wrong-period", "wrong-sign", "wrong-value"])


def test_a_value_printed_rounded_is_right_at_its_decimals() -> None:
    """Total assets of 2,977,436 thousand, printed in a summary as $3.0 billion (decimals -8)."""
    assert _score([("TotalAssets", I, "3000000000", -8)])[0] == {"TotalAssets": 1}
    assert _score([("TotalAssets", I, "2900000000", -8)])[1] == {"TotalAssets": 1}
    assert _score([("TotalAssets", I, "2977436", -3)])[1] == {"TotalAssets": 1}  # a scale a thousand times off


def test_a_more_precise_printing_of_the_same_fact_is_right() -> None:
    """The truth reads net income of 164 (millions) from the statement; an exhibit prints it as
    164,332 (thousands), and tagger keeps the more precise: the same fact, as XBRL compares
    duplicates; 165,400 thousand would not be."""
    q = Period(start=dt.date(1998, 7, 1), end=dt.date(1998, 9, 30))
    entry = {"periods": {"Q": "1998-07-01/1998-09-30"}, "facts": [["NetIncomeLoss", "Q", 164000000]],
             "provenance": [["NetIncomeLoss", "Q", 3, "Net income"]]}
    truth = _truth("x.txt", entry)
    printed = truth._replace(facts=tuple(f._replace(decimals=-6) for f in truth.facts))
    assert score_release(printed, [("NetIncomeLoss", q, Decimal("164332000"), 9, -3, "USD")]).score.right["NetIncomeLoss"] == 1
    assert score_release(printed, [("NetIncomeLoss", q, Decimal("165400000"), 9, -3, "USD")]).score.wrong["NetIncomeLoss"] == 1
    # without the printed precision known, only the value itself is right
    assert score_release(truth, [("NetIncomeLoss", q, Decimal("164332000"), 9, -3, "USD")]).score.wrong["NetIncomeLoss"] == 1


def test_a_value_in_another_currency_is_wrong() -> None:
    """Yen written as dollars is a wrong fact, whatever its number."""
    q = Period(start=dt.date(2009, 4, 1), end=dt.date(2009, 6, 30))
    entry = {"periods": {"Q": "2009-04-01/2009-06-30"}, "facts": [["NetSales", "Q", 7613000000]], "currency": "JPY"}
    truth = _truth("x.txt", entry)
    assert score_release(truth, [("NetSales", q, Decimal(7613000000), 9, -6, "JPY")]).score.right["NetSales"] == 1
    report = score_release(truth, [("NetSales", q, Decimal(7613000000), 9, -6, "USD")])
    assert (report.score.wrong["NetSales"], [f.kind for f in report.findings]) == (1, ["wrong-unit", "missed"])


def test_optional_uncertain_and_repeated_facts() -> None:
    fy97 = Period(start=dt.date(1996, 10, 1), end=dt.date(1997, 9, 30))
    right, wrong, missed, _ = _score([
        ("NetSales", Q, "1004066000"), ("NetSales", Q, "1004066000"),  # printed twice: one fact
        ("GrossProfit", Q, "406399000"),  # optional, found: right, and never missed when absent
        ("NetIncomeLoss", fy97, "1"),  # another reading of a period the truth leaves unscored
    ])
    assert right == {"NetSales": 1, "GrossProfit": 1} and wrong == {}
    assert missed == {"EarningsPerShareBasic": 1, "TotalAssets": 1}
    report = score_release(_truth("x.txt", ENTRY), [])
    assert report.score.firm["GrossProfit"] == 0 and report.score.recall == 0.0


def test_findings_name_the_line() -> None:
    report = score_release(_truth("x.txt", ENTRY), [("NetSales", Q_ONE_DAY_LONG, Decimal("1004066000"), 432, -3, "USD")])
    text = [f.describe("x.txt") for f in report.findings]
    assert "x.txt:432: wrong-period NetSales 1999-03-28..1999-06-27: wrote 1004066000, which the truth does not hold" in text
    assert "x.txt:496: missed NetSales 1999-03-29..1999-06-27: expected 1004066000" in text


def test_the_truth_is_well_formed() -> None:
    """Every fact's period is declared, every fact has the line that prints it, and that line
    holds the value as printed (in the file's own scale), for the plain-text files."""
    raw = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    assert len(raw) >= 30
    for name, entry in raw.items():
        truth = _truth(name, entry)
        assert (CORPUS / name).is_file(), name
        lines = (CORPUS / name).read_text(encoding="latin-1").splitlines()
        provenance = {(c, p): (line, label) for c, p, line, label in entry["provenance"]}
        for concept, key, _ in entry["facts"]:
            assert (concept, key) in provenance, (name, concept, key)
            line, _ = provenance[(concept, key)]
            assert 1 <= line <= len(lines), (name, concept, key, line)
        assert len(truth.facts) == len(entry["facts"])


def test_eval_prints_each_release_and_each_concept(tmp_path: Path) -> None:
    run = cli("eval", CORPUS)
    assert run.code == 0  # the targets met: no wrong fact, recall of 97% or more
    assert cli("eval", CORPUS, "--min-recall", "0.99").code == 1  # a floor it misses fails
    assert "submissions/004_qualcomm.txt:" in run.stdout
    assert "precision" in run.stdout and run.stdout.rstrip().splitlines()[-1].startswith("total")
    # why a fact is missed, on standard error: ASE's nine months, an end with no length its quarters do not show
    assert "166_advanced-semiconductor-engineering_html.txt:2209:1: error: no period for column 4" in run.stderr
    assert "001_sears-roebuck.txt:" not in run.stderr  # every fact right: nothing to explain
    assert cli("eval", tmp_path).code == 2 and "expected.json" in cli("eval", tmp_path).stderr


def _corpus_score(taxonomy: Taxonomy):  # type: ignore[no-untyped-def]
    _, total = render(evaluate(CORPUS, taxonomy))
    return total


def test_eval_never_gets_worse(taxonomy: Taxonomy) -> None:
    """A ratchet while issue 10 is open: raise these floors (and lower the ceiling) as the
    reading improves; never loosen them, but for a fix that withdraws facts the release does
    not prove (said in its commit: 1e4a688, ASE's 2009 half year; the twenty-first hostile
    review's fix, Ballard's half year from its MD&A table no longer settled; the twenty-second's,
    IBM's 'At September 30 At December 31' withdrawn; the twenty-fourth's, Texas Instruments'
    caption sentences withdrawn; the twenty-fifth's, ADP's and Bell Atlantic's equity sums withdrawn).
    Truth is corrected only by
    its own conventions, never by tagger's output (two quarters whose 13 weeks were read from
    outside the release made period_uncertain on 2026-12-02: tests/corpus/EXPECTED.md)."""
    total = _corpus_score(taxonomy)
    assert sum(total.right.values()) >= 2733
    assert sum(total.wrong.values()) == 0  # keep it there
    assert total.recall >= 0.9703  # 97.03% (139 files; 2,618 of 2,698 firm facts)


def test_eval_targets_no_wrong_fact_and_recall_97(taxonomy: Taxonomy) -> None:
    total = _corpus_score(taxonomy)
    assert sum(total.wrong.values()) == 0
    assert total.recall >= 0.97


FIELD_TESTS = Path(__file__).parent / "data" / "fieldtest"


@pytest.mark.parametrize(("folder", "right"), [("a", 140), ("b", 156), ("c", 160), ("d", 148), ("e", 120), ("f", 94), ("g", 90), ("h", 84), ("i", 115), ("j", 134), ("k", 68), ("l", 86), ("m", 120), ("n", 109), ("o", 143), ("p", 96)])
def test_the_field_tests_hold(taxonomy: Taxonomy, folder: str, right: int) -> None:
    """Releases of invented companies written by hand in the styles of 1995-2009, truth by
    construction (tests/data/fieldtest/README.md): no wrong fact, and no fewer right."""
    _, total = render(evaluate(FIELD_TESTS / folder, taxonomy))
    assert sum(total.wrong.values()) == 0
    assert sum(total.right.values()) >= right
