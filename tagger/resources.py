"""Where the files tagger ships live once installed, found through importlib.resources.

The repository keeps them at its top level, `taxonomy/` (the taxonomy's source) and `schemas/`
(the XBRL base schemas, our taxonomy package and the JSON Schemas); they are installed as the
data packages `tagger.taxonomy_source` and `tagger.schemas`, so a wheel works from any folder
and a clone (an editable install) reads the very files it edits.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

TAXONOMY_PACKAGE = "tagger.taxonomy_source"
SCHEMAS_PACKAGE = "tagger.schemas"


class InstallError(Exception):
    """A file tagger ships with is missing or broken: the installation, not the input, is at fault."""


@cache
def data_folder(package: str) -> Path:
    """The folder of a data package, as a real path (lxml and DuckDB need one)."""
    try:
        root = files(package)
    except ModuleNotFoundError as error:
        raise InstallError(f"tagger's data package {package} is not installed: reinstall tagger") from error
    if not isinstance(root, Path):  # a zipped install: nothing here can read schemas from a zip
        raise InstallError(f"tagger's data package {package} is not a folder ({root}): install tagger unzipped")
    return root


def data_file(package: str, name: str) -> Path:
    """A file tagger ships, checked to be there."""
    path = data_folder(package) / name
    if not path.is_file():
        raise InstallError(f"{path}: missing from tagger's installation: reinstall tagger")
    return path


def taxonomy_file() -> Path:
    """The taxonomy's source of truth, `taxonomy/concepts.toml`."""
    return data_file(TAXONOMY_PACKAGE, "concepts.toml")


def filers_file() -> Path:
    """The registry of known filers and their CIKs, `taxonomy/filers.toml`."""
    return data_file(TAXONOMY_PACKAGE, "filers.toml")


def schemas_dir() -> Path:
    """`schemas/`: the XBRL base schemas, our taxonomy package and the JSON Schemas."""
    return data_folder(SCHEMAS_PACKAGE)
