"""The benchmark script runs (its figures are not asserted: speed lives in the script)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_script_runs_end_to_end() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run_benchmark.py"), "--sizes", "6", "--jobs", "1,2", "--arelle-samples", "1",
         "--repeat", "2"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [(r.get("releases"), r.get("jobs"), r.get("runs")) for r in rows[:2]] == [(6, 1, 2), (6, 2, 2)]
    # the figures agree with each other: a release's time is the inverse of the best rate (one process)
    assert rows[0]["releases_per_second_per_core_median"] > 0
    assert abs(rows[0]["ms_per_release"] * rows[0]["releases_per_second_per_core_best"] - 1000) < 0.05 * 1000
    assert rows[-1]["arelle_ms_per_instance"] > 0 and rows[-1]["ratio"] > 0
    # the real releases, with tables and without, apart: every seed and corpus release counted once
    mix = {(r["mix"], r["with_tables"]): r["releases"] for r in rows if "mix" in r}
    corpus = [p for p in (ROOT / "tests" / "corpus").rglob("*.txt")]
    assert mix[("seeds", True)] + mix[("seeds", False)] == len(list((ROOT / "examples").glob("*/*.txt")))
    assert mix[("tests/corpus", True)] + mix[("tests/corpus", False)] == len(corpus)
    assert mix[("seeds", False)] > 0 and mix[("tests/corpus", True)] > mix[("tests/corpus", False)] > 0


def test_benchmark_with_workers_only_still_compares_with_arelle() -> None:
    """With no single-process run, the comparison uses a release's time per core."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run_benchmark.py"), "--sizes", "4", "--jobs", "2", "--arelle-samples", "1",
         "--repeat", "1", "--storage", "disk", "--no-mix"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
    )
    last = json.loads(done.stdout.splitlines()[-1])
    assert last["tagger_ms_per_release_per_core"] > 0 and last["ratio"] > 0
