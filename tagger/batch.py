"""Tag many releases: plan the work, skip what is up to date, run it on worker processes.

    tagger tag filings/ -o out/ --jobs 2

A folder is searched recursively for releases (`*.txt`, `*.htm`, `*.html`); each release's outputs go to the
same relative folder under out/, so two `ex99.txt` in different folders never collide.
Releases are walked lazily and go to the workers a batch at a time, so memory stays flat
however many there are; a release that fails is reported and counted, never the end of
the run.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field  # Summary: a batch's running tallies, mutable
from functools import partial
from pathlib import Path
from typing import NamedTuple

from tagger.models import Document, Issue, Span
from tagger.pipeline import run_document, write_outputs
from tagger.read import MAX_MEGABYTES, ReadError, read_release
from tagger.resources import taxonomy_file
from tagger.taxonomy import load_taxonomy
from tagger.write import output_names, output_path


class PlanError(Exception):
    """The inputs cannot be tagged as asked (two releases would write the same files)."""


class Task(NamedTuple):
    """One release to tag, and where its outputs go."""

    source: Path
    out_dir: Path  # the output root
    folder: Path  # the release's folder under the folder tagged ('.' for a file given alone)
    document_id: str
    formats: tuple[str, ...]
    cik: str | None = None
    max_megabytes: int = MAX_MEGABYTES

    def outputs(self) -> list[Path]:
        return [output_path(self.out_dir, self.folder, name) for f in self.formats for name in output_names(f, self.source.stem)]


class Outcome(NamedTuple):
    """What tagging one release gave; small, so that thousands of them pass cheaply."""

    source: Path
    written: tuple[Path, ...] = ()
    tables: int = 0
    facts: int = 0
    unmapped: int = 0
    messages: tuple[Issue, ...] = ()  # every issue of the release
    failure: Issue | None = None  # why nothing was written
    skipped: bool = False  # up to date: not tagged again

    @property
    def errors(self) -> int:
        return sum(1 for issue in self.messages if issue.severity == "error")

    @property
    def failed(self) -> bool:
        return self.failure is not None or self.errors > 0


@dataclass
class Summary:
    """Running totals of a batch, for its closing line."""

    releases: int = 0
    skipped: int = 0
    tables: int = 0
    facts: int = 0
    unmapped: int = 0
    errors: int = 0
    warnings: int = 0
    failed: int = 0
    failures: list[Issue] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.releases += 1
        self.skipped += outcome.skipped
        self.tables += outcome.tables
        self.facts += outcome.facts
        self.unmapped += outcome.unmapped
        self.errors += outcome.errors
        self.warnings += sum(1 for issue in outcome.messages if issue.severity != "error")
        self.failed += outcome.failed
        if outcome.failure:
            self.failures.append(outcome.failure)

    def __str__(self) -> str:
        skipped = f" ({self.skipped} up to date, not tagged again)" if self.skipped else ""
        return (f"{self.releases} releases{skipped}, {self.tables} tables, {self.facts} facts, "
                f"{self.unmapped} unmapped rows, {self.errors} errors, {self.warnings} warnings, "
                f"{self.failed} with problems")


class Plan:
    """The releases to tag, walked lazily: a folder of a million releases is never held
    in memory, only counted (for the progress bar) and then walked again."""

    def __init__(self, inputs: Sequence[Path], out_dir: Path, formats: Sequence[str], cik: str | None = None,
                 max_megabytes: int = MAX_MEGABYTES) -> None:
        self.inputs, self.out_dir, self.formats, self.cik = tuple(inputs), out_dir, tuple(formats), cik
        self.max_megabytes = max_megabytes
        self.unreadable: dict[str, str] = {}  # folders the walk could not read -> why (said when the run ends)
        if len(self.inputs) > 1:  # one folder mirrors its own paths and cannot collide; several may
            seen: dict[str, Path] = {}
            sources: set[Path] = set()
            for task in self:
                source = task.source.resolve()
                if source in sources:
                    raise PlanError(f"{task.source} is given twice (a folder, and a folder or file inside it?)")
                if task.document_id in seen:
                    raise PlanError(f"{task.source} and {seen[task.document_id]} would both write "
                                    f"{out_dir / task.document_id}.*; tag them into different output folders")
                seen[task.document_id] = task.source
                sources.add(source)

    def __len__(self) -> int:
        return sum(1 for _ in self._sources())

    def __iter__(self) -> Iterator[Task]:
        for root, source in self._sources():
            if root is None:
                yield Task(source, self.out_dir, Path(), source.stem, self.formats, self.cik, self.max_megabytes)
            else:
                relative = source.relative_to(root)
                yield Task(source, self.out_dir, relative.parent, relative.with_suffix("").as_posix(), self.formats, self.cik,
                           self.max_megabytes)

    def _sources(self) -> Iterator[tuple[Path | None, Path]]:
        for path in self.inputs:
            if not path.is_dir():
                yield None, path
                continue
            for folder, subfolders, names in os.walk(path, onerror=self._unreadable):
                subfolders.sort()  # the same order on every run and machine
                for name in sorted(names):
                    if name.lower().endswith(RELEASE_SUFFIXES):
                        yield path, Path(folder) / name


    def _unreadable(self, error: OSError) -> None:
        self.unreadable[str(error.filename)] = error.strerror or str(error)


# what a folder's releases are named: plain text (EDGAR exhibits, whole submissions) and HTML exhibits
RELEASE_SUFFIXES = (".txt", ".htm", ".html")


def plan(inputs: Sequence[Path], out_dir: Path, formats: Sequence[str], cik: str | None = None,
         max_megabytes: int = MAX_MEGABYTES) -> Plan:
    """A task per release: files as given, folders searched recursively for releases."""
    return Plan(inputs, out_dir, formats, cik, max_megabytes)


def is_up_to_date(task: Task) -> bool:
    """All outputs exist and are newer than the release and the taxonomy."""
    try:
        newest_input = max(task.source.stat().st_mtime, taxonomy_file().stat().st_mtime)
        return all(path.stat().st_mtime >= newest_input for path in task.outputs())
    except OSError:
        return False


def tag_one(task: Task, force: bool = False) -> Outcome:
    """Tag one release and write its outputs, unless they are up to date; every failure
    becomes an Outcome."""
    if not force and is_up_to_date(task):
        return Outcome(task.source, skipped=True)
    try:
        document = read_release(task.source, task.max_megabytes)
    except ReadError as error:
        return Outcome(task.source, failure=error.issue)
    return tag_document(document, task.out_dir, task.formats, task.cik, task.document_id, task.folder)


def tag_document(document: Document, out_dir: Path, formats: Sequence[str], cik: str | None = None,
                 document_id: str | None = None, folder: Path = Path()) -> Outcome:
    """Tag a decoded release (a file's, or standard input's) and write its outputs."""
    taxonomy = load_taxonomy()
    source = Path(document.file)
    result = run_document(document, taxonomy, cik=cik, document_id=document_id)
    try:
        written, write_issues = write_outputs(result, out_dir, formats, taxonomy, folder)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        return Outcome(source, failure=Issue(code="write.error", span=Span(file=str(out_dir), line=0, column=0),
                                             message=f"cannot write: {reason}"))
    issues = (*result.issues, *write_issues)
    return Outcome(
        source, written=written, tables=len(result.tables), facts=len(result.report.facts),
        unmapped=sum(1 for issue in issues if issue.code == "tag.unmapped"),
        messages=issues,
        failure=None if written else Issue(code="write.invalid", span=Span(file=str(source), line=0, column=0),
                                           message="not written: the output did not validate"),
    )


def run_tasks(tasks: Iterable[Task], jobs: int, force: bool = False) -> Iterator[Outcome]:
    """Outcomes as releases finish (in any order when jobs > 1). Tasks go to the workers a
    batch at a time: a pool given them all at once would queue them all in memory. A worker
    tags a handful of releases per message, so the main process (which only plans and
    reports) wakes once per handful, not once per release. The calling process's garbage
    collector is left as it is (`quiet_collector` is the CLI's to call); each worker quiets its
    own."""
    if jobs <= 1:
        yield from map(partial(tag_one, force=force), tasks)
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=quiet_collector)
    try:
        for batch in _batches(tasks, _BATCH):
            handful = max(1, min(_HANDFUL, len(batch) // (jobs * 4)))
            pending = {pool.submit(_tag_many, part, force): part for part in _batches(batch, handful)}
            try:
                for done in as_completed(pending):
                    yield from done.result()
                    del pending[done]
            except BrokenProcessPool:
                # a worker was killed (by the out-of-memory killer, say): the pool is gone with
                # the releases it had not finished; each is tried again alone in a new pool,
                # and the one that kills its worker again is said, not waited for forever
                pool.shutdown(wait=False, cancel_futures=True)
                for task in (task for part in pending.values() for task in part):
                    pool = ProcessPoolExecutor(1, mp_context=context, initializer=quiet_collector)
                    try:
                        yield from pool.submit(_tag_many, [task], force).result()
                    except BrokenProcessPool:
                        yield _lost(task)
                    finally:
                        pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=quiet_collector)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def quiet_collector() -> None:
    """Keep the cyclic garbage collector out of the way of a long run. A release's objects
    are freed by reference counting once it is written; the collector only has to find a
    rare cycle. With Python's default it collected young objects every 700 allocations,
    fewer than one release makes, and now and then walked every object made at start-up:
    5% of the time of a run. Objects made so far (modules, the taxonomy) are frozen out of
    every collection (and, forked, the workers share their pages rather than copying them
    when a collection would touch them); young objects are collected every 10,000. It changes
    the whole interpreter: for a process that does nothing else (the CLI, a worker)."""
    load_taxonomy()
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS, *gc.get_threshold()[1:])


def _lost(task: Task) -> Outcome:
    return Outcome(task.source, failure=Issue(
        code="batch.worker-lost", span=Span(file=str(task.source), line=0, column=0),
        message="the worker tagging it (or another release of its handful) was killed, out of memory perhaps: not "
                "tagged; tag it again alone to see"))


def _tag_many(tasks: list[Task], force: bool) -> list[Outcome]:
    return [tag_one(task, force) for task in tasks]


_BATCH = 512  # releases planned ahead of the workers
_YOUNG_OBJECTS = 10_000  # allocations between collections of young objects (Python's default: 700)
_HANDFUL = 16  # releases per message between the main process and a worker


def _batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
