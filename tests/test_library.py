"""tagger as a library: the surface that notebooks and pipelines call."""

from __future__ import annotations

import builtins
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import EXAMPLES, release_of

import tagger
from tagger.read import ReadError

FY2002 = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))


def test_tag_file_takes_a_str_or_a_path() -> None:
    for path in (FY2002, str(FY2002)):
        result = tagger.tag_file(path)
        assert len(result.facts) == 109 and len(result.tables) == 2
        first = result.facts[0]
        assert (first.concept, first.value, first.printed, str(first.span)) == (
            "NetSales", Decimal("5191000"), "$5,191", f"{path}:201:61")
        assert [issue.code for issue in result.issues] == ["tag.scale-inherited"]


def test_tag_text_names_the_release_as_told() -> None:
    text = FY2002.read_text(encoding="utf-8")
    result = tagger.tag_text(text, name="ex99.txt")
    assert [f.value for f in result.facts] == [f.value for f in tagger.tag_file(FY2002).facts]
    assert result.report.source == "ex99.txt" and str(result.facts[0].span) == "ex99.txt:201:61"
    assert len(tagger.tag_text(text.encode("utf-8")).facts) == 109  # bytes too
    with pytest.raises(ReadError, match="empty file"):
        tagger.tag_text("")


def test_the_result_writes_every_format_and_becomes_a_table(tmp_path: Path) -> None:
    result = tagger.tag_file(FY2002)
    written, issues = result.write(tmp_path, ("xml", "json", "xbrl-csv", "csv", "parquet"))
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(
        [f"{FY2002.stem}{suffix}" for suffix in (".xml", ".json", ".xbrl-csv.json", ".xbrl-csv.csv")]
        + [f"{fmt}/{kind}/{FY2002.stem}.{fmt}" for kind in ("facts", "documents") for fmt in ("csv", "parquet")])
    assert issues == ()
    assert result.render("xml")[f"{FY2002.stem}.xml"] == (tmp_path / f"{FY2002.stem}.xml").read_bytes()
    rows = result.to_rows()
    assert len(rows) == 109 and rows[0]["value"] == Decimal("5191000") and rows[0]["period_end"] == dt.date(2002, 12, 31)
    table = result.to_arrow()
    assert table.num_rows == 109 and str(table.schema.field("value").type) == "decimal128(38, 6)"
    assert table.column("concept").to_pylist() == [row["concept"] for row in rows]


def test_to_pandas_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install pandas .*to_arrow"):
        tagger.tag_file(FY2002).to_pandas()


def test_to_pandas_gives_a_frame_when_pandas_is_there() -> None:
    pandas = pytest.importorskip("pandas")
    frame = tagger.tag_file(FY2002).to_pandas()
    assert isinstance(frame, pandas.DataFrame) and len(frame) == 109
