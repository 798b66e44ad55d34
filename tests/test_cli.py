"""The command line as a user meets it."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES, cli, release_of

FY2002 = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")
NO_TABLE = next(e for e in EXAMPLES if e.name == "fibercore-2003-11-17-chapter-11")


def test_help_explains_every_command() -> None:
    run = cli("--help")
    assert run.code == 0
    for command in ("tag", "validate", "inspect", "taxonomy"):
        assert command in run.stdout
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
    assert "no financial table found" in run.stderr
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
    assert f"[1/{len(EXAMPLES)}]" in run.stderr and f"{len(EXAMPLES)} releases, 0 with problems" in run.stderr


def test_inspect_shows_concepts_periods_and_unmapped_rows(tmp_path: Path) -> None:
    run = cli("inspect", release_of(FY2002))
    assert run.code == 0
    assert "column 3: Year Ended December 31, 2002 -> 2002-01-01..2002-12-31" in run.stdout
    lines = run.stdout.splitlines()
    restructuring = next(line for line in lines if line.strip().startswith("204"))
    assert "RestructuringCostsInCostOfSales" in restructuring and "197" in restructuring
    source = tmp_path / "odd.txt"
    source.write_text(release_of(FY2002).read_text().replace("Write-off of patents", "Widget polishing"))
    widget = next(line for line in cli("inspect", source).stdout.splitlines() if "Widget polishing" in line)
    assert "unmapped" in widget


def test_taxonomy_schema_is_up_to_date() -> None:
    """schemas/tagger-2026.xsd is generated from taxonomy/concepts.toml: regenerate it
    with `tagger taxonomy` when this fails."""
    run = cli("taxonomy", "--check")
    assert run.code == 0, run.stderr


def test_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = cli("tag", release_of(FY2002), "-o", blocker / "out")
    assert run.code == 1 and "cannot write" in run.stderr and "Traceback" not in run.stderr
