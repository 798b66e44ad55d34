"""Output formats: FORMATS maps a name to its writer (a report -> its files) and its files.

A writer returns {file name: bytes}; the first file is the one a processor opens (the
xBRL-CSV metadata file names its table file beside it). Instances are named `<stem>.<ext>`;
flat tables `<format>/<table>/<stem>.<ext>`, which `output_path` puts in a folder of their
own under the output root, so that one glob (or one folder) reads one schema in one format:

    OUT/<folder>/<stem>.xml, .json, .xbrl-csv.json, .xbrl-csv.csv    instances
    OUT/csv/facts/<folder>/<stem>.csv, OUT/parquet/facts/...          one row per fact
    OUT/csv/documents/<folder>/<stem>.csv, OUT/parquet/documents/...  one row per release

(<folder> is the release's folder under the folder tagged, empty for a file given alone.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from tagger.models import Report
from tagger.taxonomy import Taxonomy
from tagger.write.csv import write_xbrl_csv
from tagger.write.json import write_json
from tagger.write.tables import TABLES, write_csv, write_parquet
from tagger.write.xml import write_xml

Writer = Callable[[Report, Taxonomy, str], dict[str, bytes]]


class Kind(Enum):
    """How a written file is read back and checked: an XBRL instance (read into facts, its
    rules run), a flat table of tagger's (its columns and types checked), or a part that is
    read through another file of its format (the xBRL-CSV table, through its metadata)."""

    INSTANCE = "instance"
    TABLE = "table"
    PART = "part"


class Format(NamedTuple):
    """One output format: its writer and the files it writes (`{stem}` standing for the
    release's stem), each with how it is read back. The CLI, `tag`'s validation before
    writing and `validate` on a folder all enumerate FORMATS: a new format is one entry."""

    name: str
    write: Writer
    files: tuple[tuple[str, Kind], ...]
    help: str


def _one(suffix: str, render: Callable[[Report, Taxonomy], bytes]) -> Writer:
    return lambda report, taxonomy, stem: {f"{stem}{suffix}": render(report, taxonomy)}


_INSTANCE, _TABLE, _PART = Kind.INSTANCE, Kind.TABLE, Kind.PART
_REGISTRY = {f.name: f for f in (
    Format("xml", _one(".xml", write_xml), (("{stem}.xml", _INSTANCE),), "<stem>.xml (XBRL 2.1)"),
    Format("json", _one(".json", write_json), (("{stem}.json", _INSTANCE),), "<stem>.json (xBRL-JSON)"),
    Format("xbrl-csv", write_xbrl_csv, (("{stem}.xbrl-csv.json", _INSTANCE), ("{stem}.xbrl-csv.csv", _PART)),
           "<stem>.xbrl-csv.json metadata and <stem>.xbrl-csv.csv facts (xBRL-CSV)"),
    Format("csv", write_csv, (("csv/facts/{stem}.csv", _TABLE), ("csv/documents/{stem}.csv", _TABLE)),
           "OUT_DIR/csv/facts/<stem>.csv (one row per fact) and OUT_DIR/csv/documents/<stem>.csv (one row per release)"),
    Format("parquet", write_parquet, (("parquet/facts/{stem}.parquet", _TABLE), ("parquet/documents/{stem}.parquet", _TABLE)),
           "the same under OUT_DIR/parquet/, for BI tools"),
)}
FORMATS: Mapping[str, Format] = MappingProxyType(_REGISTRY)
DEFAULT_FORMATS = ("xml", "json")


def _endings() -> list[tuple[str, Kind]]:
    """Each file's ending as its format names it, longest first ('.xbrl-csv.csv' before '.csv')."""
    endings = [(template.rsplit("{stem}", 1)[1].lower(), kind) for f in FORMATS.values() for template, kind in f.files]
    return sorted(endings, key=lambda ending: -len(ending[0]))


def document_suffixes() -> frozenset[str]:
    """The suffixes of the files the formats write: what `validate` reads in a folder."""
    return frozenset(Path(f"x{ending}").suffix for ending, _ in _endings())


def kind_of(name: str) -> Kind | None:
    """How a file of this name is read back: 'r.xbrl-csv.csv' -> PART, 'r.csv' -> TABLE; None
    for a file no format writes (a '.json' from elsewhere is an instance: its ending is one)."""
    lowered = name.lower()
    return next((kind for ending, kind in _endings() if lowered.endswith(ending)), None)


def output_names(format_name: str, stem: str) -> list[str]:
    """The files a format writes for a release: 'xbrl-csv' -> stem.xbrl-csv.json, stem.xbrl-csv.csv."""
    return [template.format(stem=stem) for template, _ in FORMATS[format_name].files]


def output_path(root: Path, folder: Path | str, name: str) -> Path:
    """Where a writer's file goes: an instance to root/folder/name, a flat table
    ('csv/facts/x.csv') to root/csv/facts/folder/x.csv."""
    parts = name.split("/")
    if len(parts) == 3 and parts[1] in TABLES:
        return root / parts[0] / parts[1] / folder / parts[2]
    return root / folder / name
