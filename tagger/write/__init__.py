"""Writers: a report -> the files of one output format. WRITERS maps format -> writer.

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
from pathlib import Path
from types import MappingProxyType

from tagger.models import Report
from tagger.taxonomy import Taxonomy
from tagger.write.csv import write_xbrl_csv
from tagger.write.json import write_json
from tagger.write.tables import TABLES, write_csv, write_parquet
from tagger.write.xml import write_xml

Writer = Callable[[Report, Taxonomy, str], dict[str, bytes]]


def _one(suffix: str, render: Callable[[Report, Taxonomy], bytes]) -> Writer:
    return lambda report, taxonomy, stem: {f"{stem}{suffix}": render(report, taxonomy)}


WRITERS: Mapping[str, Writer] = MappingProxyType({
    "xml": _one(".xml", write_xml),
    "json": _one(".json", write_json),
    "xbrl-csv": write_xbrl_csv,
    "csv": write_csv,
    "parquet": write_parquet,
})
DEFAULT_FORMATS = ("xml", "json")
# The files of each format, `{stem}` standing for the release's stem.
FILES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "xml": ("{stem}.xml",), "json": ("{stem}.json",), "xbrl-csv": ("{stem}.xbrl-csv.json", "{stem}.xbrl-csv.csv"),
    "csv": ("csv/facts/{stem}.csv", "csv/documents/{stem}.csv"),
    "parquet": ("parquet/facts/{stem}.parquet", "parquet/documents/{stem}.parquet"),
})
# The files a reader opens on their own (an xBRL-CSV table is read through its metadata).
STANDALONE = frozenset({"{stem}.xml", "{stem}.json", "{stem}.xbrl-csv.json", *FILES["csv"], *FILES["parquet"]})


def output_names(format_name: str, stem: str) -> list[str]:
    """The files a format writes for a release: 'xbrl-csv' -> stem.xbrl-csv.json, stem.xbrl-csv.csv."""
    return [name.format(stem=stem) for name in FILES[format_name]]


def output_path(root: Path, folder: Path | str, name: str) -> Path:
    """Where a writer's file goes: an instance to root/folder/name, a flat table
    ('csv/facts/x.csv') to root/csv/facts/folder/x.csv."""
    parts = name.split("/")
    if len(parts) == 3 and parts[1] in TABLES:
        return root / parts[0] / parts[1] / folder / parts[2]
    return root / folder / name
