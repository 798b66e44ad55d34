"""The command line: argv -> exit code. No pipeline logic lives here.

Results go to standard output; every message goes to standard error, one per line, as
`file:line:column: severity: message [code]` (line and column 0 when a message concerns a
whole file), or with `--messages json` as one JSON object per line with the keys file, line,
column, severity, code and message.

Exit codes: 0 everything done and valid; 1 problems found; 2 the command itself was wrong;
3 tagger's own installation is broken (a data file it ships is missing or unreadable).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from tqdm import tqdm

import tagger
from tagger.batch import RELEASE_SUFFIXES, Outcome, PlanError, Summary, plan, quiet_collector, run_tasks, tag_document
from tagger.conformance import Arelle, ArelleMissing
from tagger.dts import package_zip, taxonomy_files
from tagger.evaluate import TruthError, evaluate, render
from tagger.files import remove_stale_temporaries, write_atomic
from tagger.load import load_facts
from tagger.models import Document, Issue, Span
from tagger.pipeline import run_document
from tagger.read import MAX_MEGABYTES, ReadError, decode_release, read_release
from tagger.resources import InstallError
from tagger.review import render_inspection
from tagger.taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from tagger.validate import documents_in, validate_file
from tagger.write import DEFAULT_FORMATS, FORMATS

EXIT_USAGE = 2
EXIT_INSTALL = 3

DESCRIPTION = """\
Turn financial press releases (SEC 8-K exhibit 99.1, plain text) into XBRL.

  tagger tag release.txt -o out/               out/release.xml (XBRL 2.1), out/release.json (xBRL-JSON)
  tagger tag - --name ex99.txt -o out/ < f     a release read from standard input
  tagger tag filings/ -o out/ --format csv     a folder of releases, as flat fact tables (CSV)
  tagger validate out/release.xml              schema and taxonomy rules; exit 1 on any problem
  tagger inspect release.txt                   the tables as tagger reads them, row by row
  tagger load out/ --db facts.duckdb           fact tables into a DuckDB file, with a pivot view
  tagger eval tests/corpus                     facts right, wrong and missed against truth read by hand
  tagger arelle out/*.xml out/*.json           the outputs checked by Arelle, the reference XBRL processor
  tagger taxonomy --zip taxonomy.zip           the taxonomy package, for XBRL processors
"""


def main(argv: Sequence[str] | None = None) -> int:
    return run_cli(argv, stdout=sys.stdout, stderr=sys.stderr, stdin=sys.stdin.buffer)


def run_cli(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO, stdin: BinaryIO | None = None) -> int:
    parser = _parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code == 0 else EXIT_USAGE
    say = Messages(stderr, as_json=args.messages == "json", quiet=args.quiet)
    try:
        taxonomy = load_taxonomy()
    except (InstallError, TaxonomyError) as error:
        say.problem(f"tagger's installation is broken: {error}", "install.broken")
        return EXIT_INSTALL
    args.stdin = stdin
    return args.command(args, taxonomy, stdout, say)


class Messages:
    """Every message of a command goes through here to standard error, in one form: text
    (`file:line:column: severity: message [code]`) or one JSON object per line. --quiet
    keeps errors only."""

    def __init__(self, stream: TextIO, as_json: bool = False, quiet: bool = False) -> None:
        self.stream, self.as_json, self.quiet = stream, as_json, quiet
        self.write = lambda text: print(text, file=stream)  # a progress bar replaces it while it runs

    def issue(self, issue: Issue) -> None:
        if self.quiet and issue.severity != "error":
            return
        if self.as_json:
            span = issue.span
            self.write(json.dumps({"file": span.file if span else None, "line": span.line if span else None,
                                   "column": span.column if span else None, "severity": issue.severity,
                                   "code": issue.code, "message": issue.message}, ensure_ascii=False))
        else:
            self.write(str(issue))

    def problem(self, message: str, code: str, file: str | Path | None = None, severity: str = "error") -> None:
        """A message about a whole file (or the command itself, with no file)."""
        span = Span(file=str(file), line=0, column=0) if file is not None else None
        self.issue(Issue(code=code, message=message, span=span, severity=severity))  # type: ignore[arg-type]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tagger", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"tagger {tagger.__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="print errors only: no warnings, progress or summary")
    common.add_argument("--messages", choices=("text", "json"), default="text",
                        help="form of the messages on standard error: text (file:line:column: severity: message [code], "
                             "the default) or json (one object per line: file, line, column, severity, code, message)")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    tag = commands.add_parser("tag", parents=[common], help="tag releases and write validated instances",
                              description="Extract every financial table of each release, tag its line items, and write "
                                          "one instance per format to OUT_DIR/<input stem>.<ext>. Each file is validated "
                                          "before it is moved into place; nothing invalid or half-written is left behind.")
    tag.add_argument("files", nargs="+", type=Path, metavar="FILE",
                     help="release (EDGAR exhibit 99.1, plain text or HTML), or a folder searched recursively for releases "
                          "(*.txt, *.htm, *.html; their outputs keep the folder's layout under OUT_DIR), or - for one "
                          "release on standard input")
    tag.add_argument("--name", default="stdin.txt", metavar="NAME",
                     help="with -, the file name the release stands for in messages and outputs (default: stdin.txt)")
    tag.add_argument("-o", "--out", type=Path, required=True, metavar="OUT_DIR", help="folder for the outputs (created if missing)")
    tag.add_argument("--format", default=DEFAULT_FORMATS, type=_formats, metavar="FORMATS",
                     help=f"comma-separated output formats among {', '.join(FORMATS)} (default: {','.join(DEFAULT_FORMATS)}); "
                          + "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()))
    tag.add_argument("--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes (default: the number of cores)")
    tag.add_argument("--force", action="store_true",
                     help="tag again releases whose outputs are up to date (by default they are skipped, so an "
                          "interrupted run resumes where it stopped)")
    tag.add_argument("-v", "--verbose", action="store_true",
                     help="with several releases, print warnings too (by default only errors and a summary)")
    tag.add_argument("--max-size", type=_positive, default=MAX_MEGABYTES, metavar="MB",
                     help=f"the largest release read, in megabytes (default {MAX_MEGABYTES}); a larger one is refused, "
                          "as is anything that is not a regular file (a pipe, a device)")
    tag.add_argument("--cik", type=_cik, help="the filer's SEC CIK, when the registry taxonomy/filers.toml does not know it "
                                   "(otherwise the company name is the entity identifier)")
    tag.set_defaults(command=_tag)

    validate = commands.add_parser("validate", parents=[common], help="validate instances (XML, xBRL-JSON, xBRL-CSV) and fact tables",
                                   description="Check schema validity and the taxonomy's rules: concepts exist, period types "
                                               "and units fit, duplicates agree, sums hold (Calculations 1.1). Exit 1 on any problem.")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE",
                          help="instance: .xml, .json (xBRL-JSON or xBRL-CSV metadata), or a fact table .csv, .parquet; "
                               "or a folder (tagger tag's OUT_DIR): every such file in it, at any depth")
    validate.set_defaults(command=_validate)

    inspect = commands.add_parser("inspect", parents=[common], help="show the tables of a release as tagger reads them",
                                  description="Print each table: columns with their periods, and each row with its concept "
                                              "(or 'unmapped') and values, for checking the tagging at a glance.")
    inspect.add_argument("file", type=Path, metavar="FILE", help="a release, or - for standard input")
    inspect.add_argument("--name", default="stdin.txt", metavar="NAME", help="with -, the file name the release stands for")
    inspect.set_defaults(command=_inspect)

    load = commands.add_parser("load", parents=[common], help="load tagged facts into a DuckDB database file",
                               description="Load every flat table under OUT_DIR (parquet/facts/**/<stem>.parquet, else csv/facts/**/<stem>.csv, "
                                           "and the same for documents: "
                                           "tag with --format csv or parquet) into the tables `facts` and `documents` of a "
                                           "DuckDB file, replacing earlier loads of the same documents. Also creates the views "
                                           "facts_by_period (one column per concept) and sum_checks (each sum of the taxonomy, "
                                           "and whether it holds). A new file is written in DuckDB's 1.0 storage format, which "
                                           "DuckDB 1.x clients open too.")
    load.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="a folder tagger wrote (searched recursively)")
    load.add_argument("--db", type=Path, required=True, metavar="FILE", help="the DuckDB database file (created if missing)")
    load.set_defaults(command=_load)

    arelle = commands.add_parser("arelle", parents=[common], help="validate instances with Arelle, the reference XBRL processor",
                                 description="Run Arelle in-process, offline, with the taxonomy package, checking "
                                             "everything (Calculations 1.1, units registry, inconsistent duplicates), "
                                             "and print PASS or FAIL per file. Needs the arelle extra: pip install 'tagger[arelle]'.")
    arelle.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="instance: .xml, .json (xBRL-JSON) or .xbrl-csv.json (xBRL-CSV metadata)")
    arelle.set_defaults(command=_arelle)

    evaluate = commands.add_parser("eval", parents=[common], help="score tagger against facts read by hand",
                                   description="Tag each release that DIR/expected.json holds truth for (the shape "
                                               "tests/corpus/EXPECTED.md describes) and print, per release and in total, the key "
                                               "facts right, wrong (value, sign or period) and missed, each wrong or missed fact "
                                               "with its source line, and precision and recall per concept; on standard error, "
                                               "the messages that may say why (every error of a release with a missed or wrong "
                                               "fact, and the warnings on that fact's line). Exit 1 when a fact is wrong or "
                                               "recall is below --min-recall.")
    evaluate.add_argument("folder", type=Path, metavar="DIR", help="a folder with expected.json and the releases it names")
    evaluate.add_argument("--min-recall", type=float, default=0.97, metavar="R",
                          help="the recall of key facts below which the run fails (default: 0.97)")
    evaluate.set_defaults(command=_eval)

    taxonomy = commands.add_parser("taxonomy", parents=[common], help="write the taxonomy package (built from the installed concepts.toml)",
                                   description="Write the taxonomy package (schema; label, calculation, presentation and "
                                               "reference linkbases; META-INF/taxonomyPackage.xml and catalog.xml), built from "
                                               "the taxonomy's source taxonomy/concepts.toml, into a folder or a zip file you "
                                               "name (never into the installed package). In a clone, `tagger taxonomy "
                                               "schemas/tagger-taxonomy-2026` regenerates the package kept in the repository.")
    taxonomy.add_argument("folder", nargs="?", type=Path, metavar="DIR", help="folder to write the package's files into")
    taxonomy.add_argument("--check", action="store_true", help="only check that DIR is up to date (exit 1 if not)")
    taxonomy.add_argument("--zip", type=Path, metavar="FILE", help="write the package as a zip file, as XBRL processors "
                                                                   "take it (Arelle: --packages FILE)")
    taxonomy.set_defaults(command=_taxonomy)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _cik(text: str) -> str:
    """An SEC Central Index Key: 1 to 10 digits, written with its leading zeros."""
    if not re.fullmatch(r"[0-9]{1,10}", text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a CIK: 1 to 10 digits, as EDGAR gives it (320193 or 0000320193)")
    return text.strip().zfill(10)


def _formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or text!r}; choose among {', '.join(FORMATS)}")
    return formats


def _tag(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    if Path("-") in args.files:
        if len(args.files) > 1:
            say.problem("- (standard input) is one release: tag it alone", "usage.stdin")
            return EXIT_USAGE
        return _tag_stdin(args, stdout, say)
    try:
        tasks = plan(args.files, args.out, args.format, args.cik, args.max_size)
    except PlanError as error:
        say.problem(str(error), "usage.collision")
        return EXIT_USAGE
    total = len(tasks)
    if args.out.is_dir():  # what a killed run left: hidden temporary files nobody else removes
        for stale in remove_stale_temporaries(args.out):
            say.problem("a temporary file a killed run left: removed", "write.stale-temporary", file=stale, severity="info")
    if not total:
        say.problem(f"no release ({', '.join('*' + suffix for suffix in RELEASE_SUFFIXES)}) in "
                    f"{', '.join(map(str, args.files))}", "usage.no-release")
        return EXIT_USAGE
    started = time.monotonic()
    summary = Summary()
    single = total == 1
    verbose = single or args.verbose
    bar = tqdm(total=total, unit="release", file=say.stream,
               disable=single or args.quiet or say.as_json or not _is_terminal(say.stream))
    if not bar.disable:
        say.write = bar.write
    quiet_collector()  # the command owns its process: the collector out of a long run's way
    for number, outcome in enumerate(run_tasks(tasks, 1 if single else args.jobs, args.force), start=1):
        bar.update()
        summary.add(outcome)
        _report(outcome, verbose, say)
        if not args.quiet and (outcome.written or (outcome.skipped and verbose)):
            progress = "" if single else f"[{number}/{total}] "
            print(f"{progress}{_result_line(outcome)}", file=stdout)
    bar.close()
    for folder, reason in sorted(tasks.unreadable.items()):  # releases it may hold were not tagged
        say.problem(f"cannot read the folder: {reason}; the releases in it are not tagged", "read.folder", file=folder)
    if not single and not args.quiet:
        print(f"{summary}, {time.monotonic() - started:.1f}s", file=stdout)
        for failure in summary.failures:  # said as they happened; recalled here, where a long run ends
            print(f"  failed: {failure}", file=stdout)
    return 1 if summary.failed or tasks.unreadable else 0


def _tag_stdin(args: argparse.Namespace, stdout: TextIO, say: Messages) -> int:
    try:
        document = _stdin_release(args)
    except ReadError as error:
        say.issue(error.issue)
        return 1
    outcome = tag_document(document, args.out, args.format, args.cik)
    _report(outcome, True, say)
    if outcome.written and not args.quiet:
        print(_result_line(outcome), file=stdout)
    return 1 if outcome.failed else 0


def _stdin_release(args: argparse.Namespace) -> Document:
    """The release on standard input ('-'), named as --name says."""
    return decode_release((args.stdin or sys.stdin.buffer).read(), args.name)


def _result_line(outcome: Outcome) -> str:
    if outcome.skipped:
        return f"{outcome.source}: outputs up to date, not tagged again (--force tags it anyway)"
    errors = f" ({outcome.errors} errors)" if outcome.errors else ""
    empty = " (no financial table found: the instances hold no facts)" if outcome.tables == 0 else ""
    return (f"{outcome.source}: {outcome.facts} facts from {outcome.tables} tables{empty} -> "
            f"{', '.join(str(p) for p in outcome.written)}{errors}")


def _report(outcome: Outcome, verbose: bool, say: Messages) -> None:
    """The messages of one release: its errors always, its warnings when verbose."""
    for issue in outcome.messages:
        if verbose or issue.severity == "error":
            say.issue(issue)
    if outcome.failure:
        say.issue(outcome.failure)


def _is_terminal(stream: TextIO) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def _validate(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    failed = 0
    for given in args.files:
        paths = documents_in(given)
        if not paths:
            say.problem("a folder with no instance or fact table in it", "validate.no-documents", file=given)
            failed += 1
        for path in paths:
            issues = validate_file(path, taxonomy)
            for issue in issues:
                say.issue(issue)
            if not args.quiet:
                print(f"{path}: {'valid' if not issues else f'{len(issues)} problems'}", file=stdout)
            failed += bool(issues)
    return 1 if failed else 0


def _inspect(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    try:
        if args.file == Path("-"):
            document = _stdin_release(args)
        else:
            document = read_release(args.file)
    except ReadError as error:
        say.issue(error.issue)
        return 1
    stdout.write(render_inspection(run_document(document, taxonomy), taxonomy))
    return 0


def _load(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    if not args.out_dir.is_dir():
        say.problem("no such folder", "usage.no-folder", file=args.out_dir)
        return EXIT_USAGE
    try:
        summary = load_facts(args.out_dir, args.db, taxonomy)
    except Exception as error:  # duckdb raises its own hierarchy for a locked or foreign file
        say.problem(f"cannot load: {error}", "load.error", file=args.db)
        return 1
    for path in summary.skipped:
        say.problem("not a table of tagger's (its columns are not those of facts or documents): not loaded", "load.skipped",
                    file=path, severity="warning")
    if not summary.documents:
        say.problem("no flat table (csv/facts/<stem>.csv or parquet/facts/<stem>.parquet) found; tag with --format csv or parquet",
                    "load.no-table", file=args.out_dir)
        return 1
    if not args.quiet:
        print(f"loaded {summary.documents} documents into {args.db}: {summary.facts} facts in table facts, "
              "one row per release in table documents; views facts_by_period and sum_checks", file=stdout)
    return 0


def _arelle(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    try:
        with Arelle(taxonomy) as arelle:
            reports = arelle.validate(args.files)
    except ArelleMissing as error:
        say.problem(str(error), "install.arelle-missing")
        return EXIT_USAGE
    for report in reports:
        facts = "not loaded" if report.facts is None else f"{report.facts} facts"
        print(f"{'PASS' if report.passed else 'FAIL'} {report.file} ({facts})", file=stdout)
        for message in report.messages:
            severity = "error" if message.level in ("error", "inconsistency", "fatal", "critical") else "warning"
            say.problem(f"Arelle: {message.text}", message.code, file=report.file, severity=severity)
    failed = sum(not r.passed for r in reports)
    print(f"{len(reports) - failed} passed, {failed} failed", file=stdout)
    return 1 if failed else 0


def _eval(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    try:
        reports = list(evaluate(args.folder, taxonomy))
    except TruthError as error:
        say.problem(str(error), "eval.truth")
        return EXIT_USAGE
    for report in reports:  # why each missed or wrong fact may be so, as `tagger tag` says it
        for issue in report.explaining():
            say.issue(issue)
    text, total = render(reports)
    stdout.write(text)
    return 1 if sum(total.wrong.values()) or total.recall < args.min_recall else 0


def _taxonomy(args: argparse.Namespace, taxonomy: Taxonomy, stdout: TextIO, say: Messages) -> int:
    if args.folder is None and (args.check or args.zip is None):
        say.problem("name a folder (DIR) or a zip file (--zip FILE) to write the package to", "usage.no-target")
        return EXIT_USAGE
    wanted = taxonomy_files(taxonomy)
    if args.folder is not None:
        folder = args.folder
        stale = sorted(path for path, data in wanted.items()
                       if not (folder / path).is_file() or (folder / path).read_bytes() != data)
        if args.check:
            for path in stale:
                say.problem(f"out of date: run `tagger taxonomy {folder}`", "taxonomy.stale", file=folder / path)
            if not stale:
                print(f"{folder} is up to date", file=stdout)
            return 1 if stale else 0
        for path in stale:
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            write_atomic(folder / path, wanted[path])
        print(f"{folder}: {len(stale)} of {len(wanted)} files written ({len(taxonomy.concepts)} concepts)", file=stdout)
    if args.zip:
        write_atomic(args.zip, package_zip(taxonomy))
        print(f"wrote {args.zip}", file=stdout)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
