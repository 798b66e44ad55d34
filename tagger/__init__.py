"""tagger: financial press releases of 1993-2009 (plain-text EDGAR exhibits) -> XBRL facts.

The library surface, for notebooks and pipelines (the command line is `tagger --help`):

    tag_file(path)             tag one release file
    tag_text(text, name=...)   tag a release held in memory
    __version__

Both return a Result: `.facts` (each with concept, period, unit, value, and where it was
printed), `.tables` as extracted, `.issues` (whatever was not written, and why), and
`.write(out_dir, formats)`, `.render(format)`, `.to_rows()`, `.to_arrow()`, `.to_pandas()`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tagger.pipeline import Result

try:
    __version__ = version("tagger")
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"


def tag_file(path: str | Path, *, cik: str | None = None) -> Result:
    """Read, extract and tag one release file. Raises tagger.read.ReadError when the file
    cannot be read as a release (empty, binary, unreadable)."""
    from tagger.pipeline import run
    from tagger.taxonomy import load_taxonomy

    return run(Path(path), load_taxonomy(), cik=cik)


def tag_text(text: str | bytes, name: str = "release.txt", *, cik: str | None = None) -> Result:
    """Tag a release held in memory (text, or bytes in any encoding a file may have); `name`
    stands for its file name in every span and output."""
    from tagger.pipeline import run_text
    from tagger.taxonomy import load_taxonomy

    return run_text(text, name, load_taxonomy(), cik=cik)


__all__ = ["__version__", "tag_file", "tag_text"]
