"""Shared test helpers: the examples, the taxonomy, and a way to run the CLI in-process."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tagger.cli import run_cli
from tagger.taxonomy import Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
CORPUS = Path(__file__).resolve().parent / "corpus"


def release_of(example: Path) -> Path:
    """examples/<name>/<name>.txt"""
    return example / f"{example.name}.txt"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


class CliRun:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr


def cli(*argv: str | Path) -> CliRun:
    """Run `tagger ARGV...` in-process and capture what it prints."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in argv], stdout=stdout, stderr=stderr)
    return CliRun(code, stdout.getvalue(), stderr.getvalue())
