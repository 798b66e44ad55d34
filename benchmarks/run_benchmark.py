"""Benchmark tagger's whole pipeline against Arelle's validation, on synthetic releases.

    .venv/bin/python benchmarks/run_benchmark.py            # N = 100, 1,000 and 10,000
    .venv/bin/python benchmarks/run_benchmark.py --sizes 100 --arelle-samples 10

Releases are made from the five seed releases in examples/ (round robin, each with its own
company name, so no two are the same file) and tagged with `tagger tag DIR -o OUT` in a
child process, single process and with --jobs 2: read, extract, tag, write XML + JSON,
validate both. Each configuration runs --repeat times; the best run says what the code
can do, the median what a run on a busy shared machine gives. Peak memory is the child's
largest resident set (workers included). Arelle validates a sample of the same instances
in-process, one arelle.api.Session per instance, offline, with the taxonomy package. Not a
test: numbers depend on the machine.

The synthetic releases all hold tables. `--mix` (on by default) also times real releases one
by one in this process, the seeds and the test corpus (tests/corpus: 8-Ks, 6-Ks, 10-Qs, HTML
and text), reading, extracting, tagging, writing XML and JSON in memory and validating them,
and reports those with tables and those without apart, with how many of each: a release
with no table costs little, and a mix rich in them would flatter the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples").glob("*/*.txt"))

CHILD = """
import resource, sys, time
from tagger.cli import main
started = time.perf_counter()
code = main(["tag", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[3], "--force"])
elapsed = time.perf_counter() - started
parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{elapsed} {parent} {worker} {code}")
"""


def make_releases(folder: Path, count: int) -> None:
    """`count` releases, 1,000 to a sub-folder, each a seed with its own company name."""
    texts = [seed.read_text() for seed in SEEDS]
    for n in range(count):
        text = texts[n % len(texts)].replace("FiberCore, Inc.", f"FiberCore {n:05d}, Inc.")
        target = folder / f"batch{n // 1000:03d}" / f"release{n:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def tag_in_child(releases: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds, and peak resident memory (MB) of the main process and of the largest
    worker, of `tagger tag` over the folder into the new folder `out`.

    The disk is settled first (os.sync: the last run's files are written back before this
    run starts, not during it), and `out` is new: deleting the last run's outputs just
    before made this run pay for the file system's clean-up (on an ext4 mounted with
    `discard`, two workers lost up to half their speed to it)."""
    if hasattr(os, "sync"):  # POSIX only
        os.sync()
    done = subprocess.run([sys.executable, "-c", CHILD, str(releases), str(out), str(jobs)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    elapsed, parent_kb, worker_kb, code = done.stdout.split()[-4:]
    if code not in ("0", "1"):
        raise SystemExit(f"tagger failed: {done.stderr[-2000:]}")
    return float(elapsed), int(parent_kb) / 1024, int(worker_kb) / 1024


def arelle_ms_per_instance(instances: list[Path]) -> float:
    """Mean milliseconds for Arelle to validate one instance, a session each."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    from tagger.conformance import CHECK_EVERYTHING
    from tagger.dts import package_zip
    from tagger.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "package.zip"
        package.write_bytes(package_zip(taxonomy))
        started = time.perf_counter()
        for instance in instances:
            with Session() as session:
                session.run(RuntimeOptions(entrypointFile=str(instance), packages=[str(package)],
                                           logFile="logToBuffer", **CHECK_EVERYTHING))
        return (time.perf_counter() - started) / len(instances) * 1000


def mix(paths: list[Path], label: str, repeat: int) -> list[dict]:
    """Each release's best time of `repeat` (read, extract, tag, XML and JSON rendered in memory
    and validated), grouped by whether it holds a table: the median, the mean and the count."""
    from tagger.pipeline import run
    from tagger.taxonomy import load_taxonomy
    from tagger.validate import validate_outputs
    from tagger.write import Kind

    taxonomy = load_taxonomy()
    timed: dict[bool, list[float]] = {True: [], False: []}
    for path in paths:
        best, tables = float("inf"), 0
        for _ in range(max(1, repeat)):
            started = time.perf_counter()
            result = run(path, taxonomy)
            files = {**result.render("xml", taxonomy), **result.render("json", taxonomy)}
            validate_outputs([(Path(name), data, Kind.INSTANCE) for name, data in files.items()], taxonomy,
                             files.get)
            best, tables = min(best, time.perf_counter() - started), len(result.tables)
        timed[tables > 0].append(best * 1000)
    return [{"mix": label, "with_tables": has, "releases": len(ms),
             "ms_median": round(statistics.median(ms), 2) if ms else None,
             "ms_mean": round(statistics.fmean(ms), 2) if ms else None}
            for has, ms in ((True, timed[True]), (False, timed[False]))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000", help="numbers of releases (default 100,1000,10000)")
    parser.add_argument("--jobs", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument("--arelle-samples", type=int, default=25, help="instances Arelle validates (default 25)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each configuration; the best and the median are reported, since a shared "
                             "machine's speed varies from run to run (default 3)")
    parser.add_argument("--storage", default="disk,memory",
                        help="where outputs go: disk (a temporary folder), memory (/dev/shm, when there is one); "
                             "both by default, to tell the pipeline's own speed from the disk's (default disk,memory)")
    parser.add_argument("--no-mix", dest="mix", action="store_false",
                        help="skip the real releases (seeds and tests/corpus) timed with and without tables")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    results = []
    memory = Path("/dev/shm")
    storages = [s for s in args.storage.split(",") if s == "disk" or (s == "memory" and memory.is_dir())]
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        for size in sizes:
            releases = work_dir / f"releases-{size}"
            make_releases(releases, size)
            for storage in storages:
                outs = work_dir / "out" if storage == "disk" else Path(tempfile.mkdtemp(dir=memory))
                for jobs in (int(j) for j in args.jobs.split(",")):
                    runs = []
                    for run in range(max(1, args.repeat)):
                        out = outs / f"{size}-jobs{jobs}-run{run + 1}"
                        runs.append(tag_in_child(releases, out, jobs))
                        if storage == "memory":  # memory is scarcer than disk; tmpfs deletes without clean-up
                            shutil.rmtree(out)
                    best, median = min(r[0] for r in runs), statistics.median(r[0] for r in runs)
                    results.append({
                        "releases": size, "jobs": jobs, "outputs_on": storage, "runs": len(runs),
                        "seconds_best": round(best, 2), "seconds_median": round(median, 2),
                        "releases_per_second_per_core_best": round(size / best / jobs, 1),
                        "releases_per_second_per_core_median": round(size / median / jobs, 1),
                        "ms_per_release": round(best / size * 1000, 2),
                        "peak_mb_main": round(max(r[1] for r in runs), 1),
                        "peak_mb_worker": round(max(r[2] for r in runs), 1) if jobs > 1 else None,
                    })
                    print(json.dumps(results[-1]), flush=True)
                if storage == "memory":
                    shutil.rmtree(outs, ignore_errors=True)
        first_run = work_dir / "out" / f"{sizes[0]}-jobs1-run1"
        if not first_run.is_dir():  # outputs went to memory only, or no single-process run: tag to disk for Arelle
            first_run = work_dir / "out" / "for-arelle"
            tag_in_child(work_dir / f"releases-{sizes[0]}", first_run, 1)
        sample = sorted(first_run.rglob("*.xml"))[: args.arelle_samples]
        arelle = arelle_ms_per_instance(sample)
    if args.mix:
        corpus = sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
        for row in (*mix(SEEDS, "seeds", args.repeat), *mix(corpus, "tests/corpus", args.repeat)):
            print(json.dumps(row), flush=True)
    # Ours: a release's time in one process, or, when only workers ran, its CPU time per core.
    rows = [r for r in results if r["outputs_on"] == storages[0]]
    single = [r["ms_per_release"] for r in rows if r["jobs"] == 1]
    name, ours = (("tagger_ms_per_release_single_process", min(single)) if single else
                  ("tagger_ms_per_release_per_core", round(min(r["seconds_best"] * r["jobs"] / r["releases"] * 1000 for r in rows), 2)))
    print(json.dumps({"arelle_ms_per_instance": round(arelle, 1), name: ours, "ratio": round(arelle / ours, 1)}))


if __name__ == "__main__":
    main()
