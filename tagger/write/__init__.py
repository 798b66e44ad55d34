"""Writers: a report -> the files of one output format. WRITERS maps format -> writer.

A writer returns {file name: bytes}; the first file is the one a processor opens (the
xBRL-CSV metadata file names its table file beside it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from tagger.models import Report
from tagger.taxonomy import Taxonomy
from tagger.write.csv import write_xbrl_csv
from tagger.write.json import write_json
from tagger.write.tables import write_csv, write_parquet
from tagger.write.xml import write_xml

Writer = Callable[[Report, Taxonomy, str], dict[str, bytes]]


def _one(suffix: str, render: Callable[[Report, Taxonomy], bytes]) -> Writer:
    return lambda report, taxonomy, stem: {f"{stem}{suffix}": render(report, taxonomy)}


WRITERS: Mapping[str, Writer] = MappingProxyType({
    "xml": _one(".xml", write_xml),
    "json": _one(".json", write_json),
    "xbrl-csv": write_xbrl_csv,
    "csv": _one(".csv", write_csv),
    "parquet": _one(".parquet", write_parquet),
})
DEFAULT_FORMATS = ("xml", "json")
SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "xml": (".xml",), "json": (".json",), "xbrl-csv": (".xbrl-csv.json", ".xbrl-csv.csv"),
    "csv": (".csv",), "parquet": (".parquet",),
})


def output_names(format_name: str, stem: str) -> list[str]:
    """The files a format writes for a release: 'xbrl-csv' -> stem.xbrl-csv.json, stem.xbrl-csv.csv."""
    return [f"{stem}{suffix}" for suffix in SUFFIXES[format_name]]
