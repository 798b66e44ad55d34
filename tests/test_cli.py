"""The command line as a user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli, release_of

FY2002 = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")
NO_TABLE = next(e for e in EXAMPLES if e.name == "fibercore-2003-11-17-chapter-11")


def test_help_explains_every_command() -> None:
    """Every command the parser has is listed with its help, and says what it does in its own;
    the commands the README documents are those."""
    import argparse

    from tagger.cli import _parser

    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
    commands = {name: sub for action in actions for name, sub in action.choices.items()}
    assert set(commands) == {"tag", "validate", "inspect", "load", "arelle", "eval", "taxonomy"}
    run = cli("--help")
    assert run.code == 0
    for command, sub in commands.items():
        assert re.search(rf"^    {command} +\S", run.stdout, re.MULTILINE), command  # listed, with its help
        assert sub.description and len(sub.description) > 40, command  # its own help says what it does
        assert cli(command, "--help").code == 0
    tag_help = cli("tag", "--help")
    assert tag_help.code == 0 and "--format" in tag_help.stdout and "--cik" in tag_help.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli().code == 2
    assert cli("tag", release_of(FY2002)).code == 2  # no -o
    run = cli("tag", release_of(FY2002), "-o", tmp_path, "--format", "xml,pdf")
    assert run.code == 2 and "unknown format" in run.stderr


def test_two_inputs_that_would_write_the_same_files(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / release_of(FY2002).name
    other.parent.mkdir()
    other.write_bytes(release_of(FY2002).read_bytes())
    run = cli("tag", release_of(FY2002), other, "-o", tmp_path / "out")
    assert run.code == 2 and "would both write" in run.stderr
    assert not (tmp_path / "out").exists()


def test_release_without_tables_is_not_an_error(tmp_path: Path) -> None:
    run = cli("tag", release_of(NO_TABLE), "-o", tmp_path)
    assert run.code == 0
    assert "no financial table found" in run.stdout
    assert (tmp_path / f"{NO_TABLE.name}.xml").exists() and (tmp_path / f"{NO_TABLE.name}.json").exists()


def test_format_option_and_cik(tmp_path: Path) -> None:
    run = cli("tag", release_of(FY2002), "-o", tmp_path, "--format", "json", "--cik", "1234")
    assert run.code == 0
    assert [p.name for p in tmp_path.iterdir()] == [f"{FY2002.name}.json"]
    text = (tmp_path / f"{FY2002.name}.json").read_text()
    assert '"cik": "http://www.sec.gov/CIK"' in text and '"entity": "cik:0000001234"' in text


def test_several_files_report_progress_and_a_summary(tmp_path: Path) -> None:
    run = cli("tag", *(release_of(e) for e in EXAMPLES), "-o", tmp_path)
    assert run.code == 0
    assert f"[1/{len(EXAMPLES)}]" in run.stdout
    assert re.search(rf"{len(EXAMPLES)} releases, 4 tables, 157 facts, 0 unmapped rows, 0 errors, \d+ warnings, 0 with problems", run.stdout)


def test_inspect_shows_concepts_periods_and_unmapped_rows(tmp_path: Path) -> None:
    run = cli("inspect", release_of(FY2002))
    assert run.code == 0
    assert "column 3: Year Ended December 31, 2002 -> 2002-01-01..2002-12-31 (from the header)" in run.stdout
    assert "scale: (Dollars in thousands" in run.stdout and ") (line " in run.stdout  # and where it is printed
    lines = run.stdout.splitlines()
    restructuring = next(line for line in lines if line.strip().startswith("204"))
    assert "RestructuringCostsInCostOfSales" in restructuring and "197" in restructuring
    source = tmp_path / "odd.txt"
    source.write_text(release_of(FY2002).read_text().replace("Write-off of patents", "Widget polishing"))
    widget = next(line for line in cli("inspect", source).stdout.splitlines() if "Widget polishing" in line)
    assert "unmapped" in widget


def test_taxonomy_package_is_up_to_date() -> None:
    """schemas/tagger-taxonomy-2026/ is generated from taxonomy/concepts.toml: regenerate it
    with `tagger taxonomy schemas/tagger-taxonomy-2026` when this fails."""
    from conftest import ROOT

    run = cli("taxonomy", "--check", ROOT / "schemas" / "tagger-taxonomy-2026")
    assert run.code == 0, run.stderr


def test_taxonomy_writes_where_told_and_nowhere_else(tmp_path: Path) -> None:
    from tagger.dts import package_dir
    from tagger.taxonomy import load_taxonomy

    installed = package_dir(load_taxonomy())
    before = {p: p.stat().st_mtime_ns for p in installed.rglob("*")}
    assert cli("taxonomy").code == 2  # no target: never the installed package
    assert cli("taxonomy", "--check").code == 2
    run = cli("taxonomy", tmp_path / "package", "--zip", tmp_path / "package.zip")
    assert run.code == 0, run.stderr
    assert (tmp_path / "package.zip").stat().st_size > 0
    assert cli("taxonomy", "--check", tmp_path / "package").code == 0
    xsd = next((tmp_path / "package").rglob("*.xsd"))
    xsd.write_bytes(xsd.read_bytes() + b"\n")
    stale = cli("taxonomy", "--check", tmp_path / "package")
    assert stale.code == 1 and xsd.name in stale.stderr
    assert {p: p.stat().st_mtime_ns for p in installed.rglob("*")} == before


def test_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = cli("tag", release_of(FY2002), "-o", blocker / "out")
    assert run.code == 1 and "cannot write" in run.stderr and "Traceback" not in run.stderr


def test_a_folder_of_releases_in_parallel_resumes_and_survives_bad_files(tmp_path: Path) -> None:
    """A folder is searched recursively; outputs keep its layout (two ex99.txt never
    collide); a bad file is listed and counted, never the end of the run; a second run
    skips what is up to date."""
    filings = tmp_path / "filings"
    for n, example in enumerate(EXAMPLES[:3]):
        folder = filings / f"filer{n}"
        folder.mkdir(parents=True)
        (folder / "ex99.txt").write_bytes(release_of(example).read_bytes())
    (filings / "filer0" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    run = cli("tag", filings, "-o", out, "--jobs", "2", "--format", "xml,csv")
    assert run.code == 1  # one file failed
    assert "4 releases" in run.stdout and "1 with problems" in run.stdout
    assert re.search(r"broken\.txt:1:1: error: binary file", run.stderr)
    assert re.search(r"failed: .*broken\.txt:1:1: error: binary file", run.stdout)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml")) == [
        "filer0/ex99.xml", "filer1/ex99.xml", "filer2/ex99.xml"]
    document_ids = {line.split(",")[0] for p in out.rglob("*.csv") for line in p.read_text().splitlines()[1:]}
    assert document_ids <= {"filer0/ex99", "filer1/ex99", "filer2/ex99"}
    again = cli("tag", filings, "-o", out, "--jobs", "2", "--format", "xml,csv")
    assert "(3 up to date, not tagged again)" in again.stdout
    # two folders that both hold an 'ex99.txt' at their top, or a folder and one inside it,
    # would write the same files: refused before anything is written
    for inputs in ((filings / "filer0", filings / "filer1"), (filings, filings / "filer0")):
        refused = cli("tag", *inputs, "-o", tmp_path / "clash")
        assert refused.code == 2 and "usage.collision" in refused.stderr and not (tmp_path / "clash").exists()


def test_a_folder_of_html_exhibits_is_tagged(tmp_path: Path) -> None:
    """HTML exhibits saved as .htm or .html are releases as much as .txt ones: a folder of
    them is tagged, not refused as holding no release."""
    field = Path(__file__).parent / "data" / "fieldtest" / "e"
    exhibits = tmp_path / "exhibits"
    exhibits.mkdir()
    (exhibits / "q4.htm").write_bytes((field / "brightlane_q4_2006.htm").read_bytes())
    (exhibits / "q4fy08.HTML").write_bytes((field / "tessaline_q4fy08.htm").read_bytes())
    (exhibits / "notes.md").write_text("not a release")
    run = cli("tag", exhibits, "-o", tmp_path / "out", "--format", "csv")
    assert run.code == 0, run.stderr
    assert "2 releases" in run.stdout
    assert sorted(p.name for p in (tmp_path / "out" / "csv" / "facts").iterdir()) == ["q4.csv", "q4fy08.csv"]


def test_load_into_duckdb_is_idempotent(tmp_path: Path) -> None:
    import duckdb

    out = tmp_path / "out"
    assert cli("tag", *(release_of(e) for e in EXAMPLES), "-o", out, "--format", "parquet").code == 0
    database = tmp_path / "facts.duckdb"
    for _ in range(2):
        run = cli("load", out, "--db", database)
        assert run.code == 0, run.stderr
    connection = duckdb.connect(str(database))
    assert connection.execute("SELECT count(*) FROM facts").fetchone()[0] == 157
    revenue = connection.execute(
        "SELECT fiscal_period, value FROM facts WHERE concept = 'NetSales' AND document_id = ? ORDER BY period_end, quarters DESC",
        ["fibercore-2003-05-19-fy2002-results"]).fetchall()
    assert [(p, int(v)) for p, v in revenue] == [("FY 2001", 52362000), ("Q4 2001", 9247000), ("FY 2002", 25557000), ("Q4 2002", 5191000)]
    wide = connection.execute(
        "SELECT NetSales, CostOfSales, GrossProfit FROM facts_by_period WHERE fiscal_period = 'Q1 2001' AND period_type = 'duration'").fetchall()
    assert [tuple(int(v) for v in row) for row in wide] == [(16226000, 9635000, 6591000)]
    checks = connection.execute("SELECT count(*), count(*) FILTER (WHERE NOT holds) FROM sum_checks").fetchone()
    assert checks[0] > 30 and checks[1] == 0


def test_the_readme_queries_run(tmp_path: Path) -> None:
    """The three queries the README shows, on the examples loaded into DuckDB."""
    import duckdb
    from conftest import ROOT

    out = tmp_path / "out"
    assert cli("tag", *(release_of(e) for e in EXAMPLES), "-o", out, "--format", "csv").code == 0
    assert cli("load", out, "--db", tmp_path / "facts.duckdb").code == 0
    readme = (ROOT / "README.md").read_text()
    sql = readme[readme.index("```sql") + 6 : readme.index("```", readme.index("```sql") + 6)]
    queries = [q for q in sql.split(";") if q.strip()]
    connection = duckdb.connect(str(tmp_path / "facts.duckdb"))
    revenue, net_income, failed_sums = (connection.execute(q).fetchall() for q in queries)
    assert [(p, int(v)) for p, _, v in revenue] == [
        ("Q1 2000", 3453000), ("Q1 2001", 16226000), ("Q4 2001", 9247000), ("Q4 2002", 5191000)]
    assert [(c, int(v)) for c, v in net_income] == [("FiberCore, Inc.", -31077000)]
    assert failed_sums == []


def test_validate_flat_tables(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("tag", release_of(FY2002), "-o", out, "--format", "csv,parquet").code == 0
    tables = [out / fmt / kind / f"{FY2002.name}.{fmt}" for kind in ("facts", "documents") for fmt in ("csv", "parquet")]
    run = cli("validate", *tables)
    assert run.code == 0 and run.stdout.count(": valid") == 4, run.stderr
    broken = tmp_path / "broken.csv"
    broken.write_text((out / "csv" / "facts" / f"{FY2002.name}.csv").read_text().replace(",5191000,", ",5,191,000,", 1))
    run = cli("validate", broken)
    assert run.code == 1 and "[validate.table]" in run.stderr


def test_a_format_is_one_entry_of_the_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new output format is one entry of tagger.write's registry: --help lists it, `tag`
    writes and validates its files by their kind, and `validate` reads them in a folder. A flat
    table registered as such is checked as a table, never read as an XBRL instance."""
    from tagger import write
    from tagger.write import Format, Kind

    def instance(report, taxonomy, stem):  # the XML instance under a name of its own
        return {f"{stem}.xbrl.xml": write.FORMATS["xml"].write(report, taxonomy, stem)[f"{stem}.xml"]}

    def flat(report, taxonomy, stem):  # the fact table in a folder of its own
        return {f"flat/{stem}.csv": write.FORMATS["csv"].write(report, taxonomy, stem)[f"csv/facts/{stem}.csv"]}

    monkeypatch.setitem(write._REGISTRY, "xbrl-xml", Format("xbrl-xml", instance, (("{stem}.xbrl.xml", Kind.INSTANCE),), "x"))
    monkeypatch.setitem(write._REGISTRY, "flat", Format("flat", flat, (("flat/{stem}.csv", Kind.TABLE),), "y"))
    assert "xbrl-xml: x; flat: y" in " ".join(cli("tag", "--help").stdout.split())
    out = tmp_path / "out"
    run = cli("tag", release_of(FY2002), "-o", out, "--format", "xbrl-xml,flat")
    assert run.code == 0, run.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        f"{FY2002.name}.xbrl.xml", f"flat/{FY2002.name}.csv"]
    run = cli("validate", out)
    assert run.code == 0 and run.stdout.count(": valid") == 2, run.stderr


def test_validate_every_output_of_every_format(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("tag", release_of(FY2002), "-o", out, "--format", "xml,json,xbrl-csv,csv,parquet").code == 0
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(files) == 8  # xml, json, xbrl-csv (2), facts and documents tables (csv, parquet)
    run = cli("validate", *files)
    assert run.code == 0 and run.stdout.count(": valid") == 8
    # the output folder itself, or any folder in it ('tagger validate out/*'), is every document it holds
    assert cli("validate", out).stdout == run.stdout
    run = cli("validate", *sorted(out.iterdir()))
    assert run.code == 0 and run.stdout.count(": valid") == 8
    (out / "empty").mkdir()
    run = cli("validate", out / "empty")
    assert run.code == 1 and "[validate.no-documents]" in run.stderr


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """A library call changes no global state of the interpreter: the collector's threshold and
    the objects its caller froze are as they were, with one worker or two (the CLI, which owns
    its process, quiets the collector for a long run; run_tasks did it for every caller, and
    unfroze what the caller had frozen)."""
    import gc

    from tagger.batch import plan, run_tasks

    before = gc.get_threshold()
    gc.freeze()  # the caller's own frozen objects
    frozen = gc.get_freeze_count()
    try:
        for jobs in (1, 2):
            tasks = plan([release_of(e) for e in EXAMPLES[:2]], tmp_path / f"out{jobs}", ("xml",))
            outcomes = list(run_tasks(tasks, jobs, force=True))
            assert [o.failure for o in outcomes] == [None, None]
            # still frozen, and nothing more (a frozen object freed by reference counting leaves)
            assert gc.get_threshold() == before and 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_version_and_python_dash_m() -> None:
    import subprocess
    import sys

    import tagger

    assert tagger.__version__ and tagger.__version__ != "0+unknown"
    run = cli("--version")
    assert run.code == 0 and run.stdout.strip() == f"tagger {tagger.__version__}"
    module = subprocess.run([sys.executable, "-m", "tagger", "--version"], capture_output=True, text=True, timeout=60)
    assert module.returncode == 0 and module.stdout.strip() == f"tagger {tagger.__version__}"


def test_a_release_on_standard_input(tmp_path: Path) -> None:
    import io

    from tagger.cli import run_cli

    data = release_of(FY2002).read_bytes()
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_cli(["tag", "-", "--name", "ex99.txt", "-o", str(tmp_path)], stdout, stderr, stdin=io.BytesIO(data))
    assert code == 0, stderr.getvalue()
    assert "ex99.txt: 109 facts from 2 tables" in stdout.getvalue()
    assert "ex99.txt:249:1: warning:" in stderr.getvalue()  # spans name the release as --name says
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ex99.json", "ex99.xml"]
    shown = io.StringIO()
    assert run_cli(["inspect", "-"], shown, io.StringIO(), stdin=io.BytesIO(data)) == 0
    assert "2002-01-01..2002-12-31" in shown.getvalue()
    empty = io.StringIO()
    assert run_cli(["tag", "-", "-o", str(tmp_path)], io.StringIO(), empty, stdin=io.BytesIO(b"")) == 1
    assert empty.getvalue().startswith("stdin.txt:1:1: error: empty file")
    assert cli("tag", "-", release_of(FY2002), "-o", tmp_path).code == 2  # stdin is one release, alone


def test_messages_as_json_lines(tmp_path: Path) -> None:
    import json

    (tmp_path / "empty.txt").write_bytes(b"")
    run = cli("tag", release_of(FY2002), tmp_path / "empty.txt", "-o", tmp_path / "out", "--messages", "json", "-v")
    assert run.code == 1
    messages = [json.loads(line) for line in run.stderr.splitlines()]
    assert messages and all(set(m) == {"file", "line", "column", "severity", "code", "message"} for m in messages)
    assert {"file": str(tmp_path / "empty.txt"), "line": 1, "column": 1, "severity": "error", "code": "read.error",
            "message": "empty file: no text to read"} in messages
    assert any(m["code"] == "tag.scale-inherited" and m["line"] == 249 for m in messages)
    assert "2 releases" in run.stdout  # results stay on standard output


def test_quiet_prints_errors_only(tmp_path: Path) -> None:
    run = cli("tag", release_of(FY2002), "-o", tmp_path, "--quiet")
    assert run.code == 0 and run.stdout == "" and run.stderr == ""
    (tmp_path / "empty.txt").write_bytes(b"")
    failed = cli("tag", release_of(FY2002), tmp_path / "empty.txt", "-o", tmp_path / "out", "-q", "-v")
    assert failed.code == 1 and failed.stdout == ""
    assert failed.stderr.splitlines() == [f"{tmp_path / 'empty.txt'}:1:1: error: empty file: no text to read [read.error]"]


def test_every_message_has_the_documented_form(tmp_path: Path) -> None:
    """file:line:column: severity: message [code], whatever the command."""
    form = re.compile(r"^\S.*:\d+:\d+: (error|warning): .+ \[[a-z0-9.-]+\]$")
    (tmp_path / "bad.json").write_text("{")
    runs = [
        cli("tag", tmp_path / "nope.txt", "-o", tmp_path / "out"),
        cli("validate", tmp_path / "bad.json"),
        cli("load", tmp_path, "--db", tmp_path / "facts.duckdb"),
        cli("tag", release_of(FY2002), "-o", tmp_path / "out"),
    ]
    lines = [line for run in runs for line in run.stderr.splitlines()]
    assert len(lines) >= 4
    assert all(form.match(line) for line in lines), lines


@pytest.mark.parametrize("cik", ["=1+1", "12345678901", "abc", "-5", ""])
def test_a_cik_is_checked(tmp_path: Path, cik: str) -> None:
    run = cli("tag", release_of(FY2002), "-o", tmp_path, "--cik", cik)
    assert run.code == 2 and "is not a CIK" in run.stderr
    assert not tmp_path.joinpath("fibercore-2003-05-19-fy2002-results.xml").exists()


def test_a_cik_is_written_with_its_leading_zeros(tmp_path: Path) -> None:
    assert cli("tag", release_of(FY2002), "-o", tmp_path, "--cik", "1103711", "--format", "csv").code == 0
    assert ",0001103711," in (tmp_path / "csv" / "facts" / "fibercore-2003-05-19-fy2002-results.csv").read_text()


def test_a_file_name_with_a_double_dash_is_tagged(tmp_path: Path) -> None:
    """'q4--2000.txt' goes into the XML comment that names the source: XML comments may not
    hold '--', so it is written 'q4- -2000.txt' there, and the instance is valid."""
    source = tmp_path / "q4--2000.txt"
    source.write_bytes(release_of(FY2002).read_bytes())
    out = tmp_path / "out"
    assert cli("tag", source, "-o", out, "--format", "xml").code == 0
    assert cli("validate", out / "q4--2000.xml").code == 0


def test_flat_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    """A release named '=HYPERLINK(...)' would put a formula in the CSV's document_id and
    source_file cells: they start with an apostrophe there (OWASP), and the tables stay valid."""
    import csv

    source = tmp_path / "=HYPERLINK(1).txt"
    source.write_bytes(release_of(FY2002).read_bytes())
    out = tmp_path / "out"
    assert cli("tag", source, "-o", out, "--format", "csv").code == 0
    for table in ("facts", "documents"):
        path = out / "csv" / table / "=HYPERLINK(1).csv"
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert rows and all(row["document_id"] == "'=HYPERLINK(1)" for row in rows)
        assert cli("validate", path).code == 0
    from tagger.write.tables import not_a_formula
    assert [not_a_formula(t) for t in ("@SUM(A1)", "+cmd", "-13.0%", "Net sales")] == ["'@SUM(A1)", "'+cmd", "-13.0%",
                                                                                       "Net sales"]


def test_an_unreadable_folder_is_said_and_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subfolder the walk cannot read (no permission) is reported with its path, and the run
    does not exit 0: its releases were not tagged (issue 11 found it skipped without a word)."""
    import os

    folder = tmp_path / "filings"
    (folder / "locked").mkdir(parents=True)
    (folder / "ex99.txt").write_bytes(release_of(FY2002).read_bytes())
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = cli("tag", folder, "-o", tmp_path / "out")
    assert run.code == 1
    assert "locked:0:0: error: cannot read the folder: Permission denied" in run.stderr and "[read.folder]" in run.stderr


def test_only_regular_files_within_the_size_limit_are_read(tmp_path: Path) -> None:
    """A pipe would block the run and /dev/zero never ends: neither is read; a release larger
    than --max-size is refused with the way to raise it (issue 11: a FIFO hung the run)."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    one = release_of(FY2002).read_bytes()
    (folder / "big.txt").write_bytes(one * (1 + 1_100_000 // len(one)))  # over 1 MB
    run = cli("tag", folder, "-o", tmp_path / "out", "--max-size", "1", "--jobs", "1")
    assert run.code == 1 and "3 with problems" in run.stdout
    assert "pipe.txt:0:0: error: not a regular file" in run.stderr and "zero.txt:0:0: error: not a regular file" in run.stderr
    assert "big.txt:0:0: error: larger than 1 MB" in run.stderr and "--max-size raises the limit" in run.stderr


def test_a_load_makes_the_database_equal_to_the_files(tmp_path: Path) -> None:
    """Two ex99.txt in two folders are two documents; a release tagged again to no facts keeps
    none of its old facts; a CSV that is no table of tagger's is skipped with a note, not a
    DuckDB error that blocks the load (issue 11)."""
    import duckdb

    filings = tmp_path / "filings"
    for n, example in enumerate((FY2002, EXAMPLES[1])):  # two releases with facts
        (filings / f"filer{n}").mkdir(parents=True)
        (filings / f"filer{n}" / "ex99.txt").write_bytes(release_of(example).read_bytes())
    out, database = tmp_path / "out", tmp_path / "facts.duckdb"
    assert cli("tag", filings, "-o", out, "--format", "csv").code == 0
    (out / "csv" / "facts" / "notes.csv").write_text("who,what\nme,a list of my own\n")
    run = cli("load", out, "--db", database)
    assert run.code == 0 and "notes.csv" in run.stderr and "[load.skipped]" in run.stderr
    connection = duckdb.connect(str(database))
    per_document = dict(connection.execute("SELECT document_id, count(*) FROM facts GROUP BY 1").fetchall())
    connection.close()
    assert set(per_document) == {"filer0/ex99", "filer1/ex99"} and all(per_document.values())
    (filings / "filer0" / "ex99.txt").write_text("ACME REPORTS NOTHING\n\nNo table today.\n")
    assert cli("tag", filings, "-o", out, "--format", "csv").code == 0
    assert cli("load", out, "--db", database).code == 0
    connection = duckdb.connect(str(database))
    documents = connection.execute("SELECT DISTINCT document_id FROM facts").fetchall()
    connection.close()
    assert documents == [("filer1/ex99",)]


def test_a_worker_killed_is_said_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed by the system (as the out-of-memory killer does) left the batch waiting
    forever (issue 11): its unfinished releases are now failures with a clear message, and
    the run goes on with a new pool and exits 1."""
    import os
    import signal

    import tagger.batch as batch

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.txt").write_bytes(release_of(FY2002).read_bytes())
    (folder / "kill.txt").write_bytes(release_of(FY2002).read_bytes())
    real = batch.tag_one

    def tag_one(task, force=False):  # type: ignore[no-untyped-def]  # inherited by the forked workers
        if task.source.name == "kill.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(task, force)

    monkeypatch.setattr(batch, "tag_one", tag_one)
    run = cli("tag", folder, "-o", tmp_path / "out", "--jobs", "2")
    assert run.code == 1
    assert "kill.txt:0:0: error: the worker tagging it" in run.stderr and "[batch.worker-lost]" in run.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["r0.xml", "r1.xml", "r2.xml"]


def test_rows_that_name_a_concept_left_out_of_every_table_fail_the_run(tmp_path: Path) -> None:
    """A header whose years cannot be read (9999) leaves the statement's rows in no table: rows
    that name a concept are an error and the run exits 1 (issue 11: it was a warning, exit 0)."""
    source = tmp_path / "y.txt"
    source.write_text(release_of(FY2002).read_text().replace("2002", "9999").replace("2001", "9998"))
    run = cli("tag", source, "-o", tmp_path / "out")
    assert run.code == 1
    assert re.search(r"error: 1 rows of values with no column header .*'Net sales' among them.*\[extract.no-header\]",
                     run.stderr)
