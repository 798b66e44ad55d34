"""Bad input: a clear message with file:line, exit 1, and no output file left behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, cli, release_of

Q1_2001 = next(e for e in EXAMPLES if e.name == "fibercore-2001-05-07-q1-2001-results")


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize(("content", "message"), [
    (b"", r"empty\.txt:1:1: error: empty file"),
    (b"  \n\n \r\n", r"empty\.txt:1:1: error: empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", r"empty\.txt:3:1: error: binary file"),
    (b"Net sales  5,191\n" * 3 + b"\x00\x01\x02\x03" * 100, r"empty\.txt:4:1: error: binary file"),
])
def test_nothing_to_read(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(content)
    run = cli("tag", source, "-o", tmp_path / "out")
    assert run.code == 1
    assert re.search(message, run.stderr), run.stderr
    assert "Traceback" not in run.stderr
    assert outputs(tmp_path / "out") == []


def test_missing_file(tmp_path: Path) -> None:
    run = cli("tag", tmp_path / "nope.txt", "-o", tmp_path / "out")
    assert run.code == 1 and "nope.txt:0:0: error: cannot read" in run.stderr
    assert outputs(tmp_path / "out") == []


def _q1_with(tmp_path: Path, old: str, new: str, cut_at: str | None = None) -> Path:
    text = release_of(Q1_2001).read_text()
    assert old in text
    text = text.replace(old, new)
    if cut_at is not None:
        text = text[: text.index(cut_at) + len(cut_at)]
    source = tmp_path / "q1.txt"
    source.write_text(text)
    return source


def test_value_that_is_not_a_number(tmp_path: Path) -> None:
    source = _q1_with(tmp_path, "9,635", "12,3a4")
    run = cli("tag", source, "-o", tmp_path / "out")
    assert run.code == 1
    assert re.search(r"q1\.txt:114:56: error: not a number: '12,3a4' \[extract\.bad-number\]", run.stderr), run.stderr
    # everything that could be read for sure is written, and valid
    assert outputs(tmp_path / "out") == ["q1.json", "q1.xml"]
    assert "12,3a4" not in (tmp_path / "out" / "q1.json").read_text()


def test_table_cut_off_mid_row(tmp_path: Path) -> None:
    source = _q1_with(tmp_path, "37,960         34,152", "37,960         34,1", cut_at="34,1")
    run = cli("tag", source, "-o", tmp_path / "out")
    assert run.code == 1
    assert re.search(r"q1\.txt:150:5: error: the file stops in the middle of row .* \[extract\.truncated\]", run.stderr)
    assert "StockholdersEquity" not in (tmp_path / "out" / "q1.json").read_text()


def test_header_whose_year_cannot_be_read(tmp_path: Path) -> None:
    source = _q1_with(tmp_path, "     March 31,    December 31,\n                                                     2001",
                      "     March 31,    December 31,\n                                                     2OO1")
    run = cli("tag", source, "-o", tmp_path / "out")
    assert run.code == 1
    assert re.search(r"q1\.txt:141:\d+: error: no period for column 1 .*2OO1.* \[extract\.period-unknown\]", run.stderr), run.stderr
    written = (tmp_path / "out" / "q1.json").read_text()
    assert '"2001-04-01T00:00:00"' not in written  # no fact for the unreadable column
    assert '"2001-01-01T00:00:00"' in written  # the readable column is there


def test_no_half_written_or_temporary_file_is_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("tag", release_of(Q1_2001), "-o", out).code == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


HTML_RELEASE = """<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
<html><body>
<p align="center">ACME, INC.</p>
<p align="center">CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p align="center">(In thousands)</p>
<table>
<tr><td></td><td colspan="6" align="center">Year Ended December 31,</td></tr>
<tr><td></td><td colspan="3" align="center">2002</td><td colspan="3" align="center">2001</td></tr>
<tr><td>Net sales</td><td>$</td><td align="right">5,191</td><td></td><td>$</td><td align="right">9,247</td><td></td></tr>
<tr><td>Net loss</td><td>$</td><td align="right">(860</td><td>)</td><td>$</td><td align="right">(120</td><td>)</td></tr>
</table>
</body></html>
</TEXT>
</DOCUMENT>
"""


def test_an_html_exhibit_is_read_as_its_tables(tmp_path: Path) -> None:
    """An HTML exhibit is laid out as text: a '$' cell joins the value after it and a ')' cell
    the one before ('(860' | ')'); each fact points at the line of the HTML source that holds it."""
    import tagger

    result = tagger.tag_text(HTML_RELEASE, name="ex99.htm.txt")
    facts = {(f.concept, f.period.end.year): (f.value, f.span.line) for f in result.facts}
    assert facts == {("NetSales", 2002): (5191000, 11), ("NetSales", 2001): (9247000, 11),
                     ("NetIncomeLoss", 2002): (-860000, 12), ("NetIncomeLoss", 2001): (-120000, 12)}
    assert not [i for i in result.issues if i.severity == "error"]
    # BMS prints a note's mark in the ')' cell ('(0.05' | ') (a)') or in a cell of its own
    # ('1.09' | '(b)'): the value keeps its sign and the row keeps all its values
    marked = HTML_RELEASE.replace("<td>)</td><td>$</td><td align=\"right\">(120</td><td>)</td>",
                                  "<td>) (a)</td><td>$</td><td align=\"right\">(120</td><td>)</td><td>(b)</td>")
    assert marked != HTML_RELEASE
    facts = {(f.concept, f.period.end.year): f.value for f in tagger.tag_text(marked, name="ex99.htm.txt").facts}
    assert facts[("NetIncomeLoss", 2002)] == -860000 and facts[("NetIncomeLoss", 2001)] == -120000
    # thousands grouped by a no-break or thin space ('5&nbsp;191') are one number; two values
    # stacked in one cell ('12<br>191') are not 12,191
    for grouped in ("5&nbsp;191", "5&#8201;191"):
        spaced = HTML_RELEASE.replace(">5,191<", f">{grouped}<")
        assert spaced != HTML_RELEASE
        assert ("NetSales", 2002, 5191000) in {(f.concept, f.period.end.year, f.value)
                                               for f in tagger.tag_text(spaced, name="n.htm").facts}
    stacked = HTML_RELEASE.replace(">5,191<", ">12<br>191<")
    assert not [f for f in tagger.tag_text(stacked, name="n.htm").facts if f.concept == "NetSales" and f.period.end.year == 2002]
    raised = HTML_RELEASE.replace(">5,191<", "><sup>7</sup><")
    assert raised != HTML_RELEASE  # a value printed raised, alone in its cell, is the value, not a note's mark
    assert ("NetSales", 2002, 7000) in {(f.concept, f.period.end.year, f.value)
                                        for f in tagger.tag_text(raised, name="n.htm").facts}
    # a note's number in superscript, by <sup> or by a style that raises it, is no word of the label
    for note in ("<sup>1</sup>", '<font style="position:relative;top:-3.15pt">2</font>'):
        noted = HTML_RELEASE.replace("<td>Net loss</td>", f"<td>Net loss {note}</td>")
        assert noted != HTML_RELEASE
        assert ("NetIncomeLoss", 2002) in {(f.concept, f.period.end.year) for f in tagger.tag_text(noted, name="n.htm").facts}
    # ... nor a word of its own after a year it marks ('2002<sup>1</sup>' is 2002 with a note)
    for note in ("<sup>1</sup>", "<b>2002<sup>1</sup></b>"):
        year = HTML_RELEASE.replace(">2002</td>", f">{note if note.startswith('<b>') else '2002' + note}</td>")
        assert year != HTML_RELEASE
        assert ("NetIncomeLoss", 2002) in {(f.concept, f.period.end.year) for f in tagger.tag_text(year, name="n.htm").facts}


def test_edgar_sgml_markup_is_not_html(tmp_path: Path) -> None:
    source = tmp_path / "ex99.txt"
    source.write_text("<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<TABLE>\n<S>   <C>\n</TABLE>\n</TEXT>\n</DOCUMENT>\n")
    assert cli("tag", source, "-o", tmp_path / "out").code == 0


@pytest.mark.parametrize(("content", "binary_at"), [
    (b"Net sales  5,191\x1b\nGross profit  1,379\x07\n", None),  # two stray control bytes: text
    (b"Net sales  5,191\x1b\nGross\x1b profit\x07  1,379\n", 16),  # three: more than stray ones
    (b"Net sales\t5,191\x0c\r\n\x1a", None),  # tab, form feed, CR LF and the DOS end-of-file mark
    (b"Net sales  5,191\n\x00", 17),  # any NUL
])
def test_control_bytes(content: bytes, binary_at: int | None) -> None:
    """A stray control byte or two (an escape from a word processor) leave a release
    readable; more, or a NUL, make it a binary file, reported at the first."""
    from tagger.read import ReadError, decode_release

    if binary_at is None:
        assert decode_release(content, "r.txt").lines[0].startswith("Net sales")
    else:
        with pytest.raises(ReadError, match=rf"byte {binary_at} is a control byte"):
            decode_release(content, "r.txt")


def test_an_html_table_ends_where_its_markup_ends() -> None:
    """A footnote table right after the statement, on a grid of its own, is another table:
    it does not spoil the statement's columns."""
    import tagger

    footnote = ('<p>(1) Stock-based compensation expense was allocated as follows:</p>\n'
                '<table><tr><td>Cost of sales</td><td>$5</td><td>$1</td><td>$21</td><td>$2</td></tr></table>\n')
    text = HTML_RELEASE.replace("</body></html>", footnote + "</body></html>")
    result = tagger.tag_text(text, name="ex99.htm.txt")
    facts = {(f.concept, f.period.end.year): f.value for f in result.facts}
    assert facts == {("NetSales", 2002): 5191000, ("NetSales", 2001): 9247000,
                     ("NetIncomeLoss", 2002): -860000, ("NetIncomeLoss", 2001): -120000}  # no cost of sales of $5
    # its row names a concept and is in no table: said as an error (its values are not tagged)
    assert [i.code for i in result.issues if i.severity == "error"] == ["extract.no-header"]


def test_lines_named_in_messages_of_an_html_release_are_source_lines() -> None:
    """A message that names another line ('... from line N') names it in the HTML source, as the
    span does, not in the text the tables were laid out as."""
    import re as regex

    import tagger

    second = ('<p>SELECTED BALANCE SHEET DATA</p>\n<table>\n<tr><td></td><td colspan="2">December 31, 2002</td>'
              '<td colspan="2">December 31, 2001</td></tr>\n'
              '<tr><td>Total assets</td><td>$</td><td>50,000</td><td>$</td><td>45,000</td></tr>\n</table>\n')
    text = HTML_RELEASE.replace("</body></html>", second + "</body></html>")
    result = tagger.tag_text(text, name="ex99.htm.txt")
    inherited = next(i for i in result.issues if i.code == "tag.scale-inherited")
    named = int(regex.search(r"from line (\d+)", inherited.message)[1])
    assert text.splitlines()[named - 1].strip() == '<p align="center">(In thousands)</p>'


def test_inspect_shows_an_html_release_by_its_source_lines() -> None:
    """`tagger inspect` lists each row at the HTML source line of its values, with the concept
    its facts were tagged with: the lines and the facts are the same lines."""
    import tagger
    from tagger.review import render_inspection
    from tagger.taxonomy import load_taxonomy

    result = tagger.tag_text(HTML_RELEASE, name="ex99.htm.txt")
    shown = render_inspection(result, load_taxonomy())
    rows = [line.split()[:4] for line in shown.splitlines() if "  Net " in line]
    assert rows == [["11", "Net", "sales", "NetSales"], ["12", "Net", "loss", "NetIncomeLoss"]]


AMOUNT_AND_PERCENT = """<html><body>
<p>ACME, INC.</p><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>
<table>
<tr><td></td><td colspan="8" align="center">Three Months Ended September 30,</td></tr>
<tr><td></td><td colspan="4" align="center">2007</td><td colspan="4" align="center">2006</td></tr>
<tr><td></td><td colspan="2">Amount</td><td colspan="2">% of Net Revenue</td><td colspan="2">Amount</td><td colspan="2">% of Net Revenue</td></tr>
<tr><td>Net revenue</td><td>$</td><td align="right">145,620</td><td></td><td align="right">100.0%</td>
<td>$</td><td align="right">131,204</td><td></td><td align="right">100.0%</td></tr>
<tr><td>Net income</td><td>$</td><td align="right">7,755</td><td></td><td align="right">5.3%</td>
<td>$</td><td align="right">5,479</td><td></td><td align="right">4.2%</td></tr>
</table></body></html>
"""


def test_a_year_spanning_amount_and_percent_columns_dates_the_amounts() -> None:
    """'2007' spans 'Amount' and '% of Net Revenue' (colspan): laid out centred over both, it
    dates the amounts; the percentages stay undated and unwritten."""
    import tagger

    facts = {(f.concept, f.period.end.year): f.value for f in tagger.tag_text(AMOUNT_AND_PERCENT, name="a.htm").facts}
    assert facts == {("NetSales", 2007): 145620000, ("NetSales", 2006): 131204000,
                     ("NetIncomeLoss", 2007): 7755000, ("NetIncomeLoss", 2006): 5479000}


def test_a_failed_write_leaves_every_format_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills while a release's formats are written leaves all of them old (issue 11
    found the XML new and the JSON old), and the temporary files a killed run left are removed
    by the next run."""
    import os

    from conftest import EXAMPLES, cli, release_of

    import tagger.files as files

    example = next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results")
    source = tmp_path / "r.txt"
    source.write_bytes(release_of(example).read_bytes())
    out = tmp_path / "out"
    assert cli("tag", source, "-o", out, "--format", "xml,json").code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    source.write_text(source.read_text().replace("5,191", "5,192"))
    real, calls = files._temporary, []

    def full_disk(path, data):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(files, "_temporary", full_disk)
    assert cli("tag", source, "-o", out, "--format", "xml,json", "--force").code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # all old, no temporary left
    monkeypatch.undo()
    (out / f".r.xml.{2 ** 22 + 7}-0.tmp").write_bytes(b"<half")  # a killed run's (no such process)
    run = cli("tag", source, "-o", out, "--format", "xml,json", "--force")
    assert run.code == 0 and "write.stale-temporary" in run.stderr
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert os.path.getsize(out / "r.xml") > 1000


def test_a_layout_table_holding_the_statements_is_read_through() -> None:
    """2004-2008 exhibits often wrap the whole release in a one-cell table: its cell's paragraphs
    and tables are read as they are (a field test found 'no financial table'); a '$' and a '('
    each in a cell of its own join the value after them."""
    import tagger

    original = HTML_RELEASE[HTML_RELEASE.index("<p align"):HTML_RELEASE.index("</body>")]
    inner = original.replace("<td>$</td><td align=\"right\">(860</td>", "<td>$</td><td>(</td><td align=\"right\">860</td>")
    wrapped = HTML_RELEASE.replace(original, f"<table><tr><td>{inner}</td></tr></table>")
    assert wrapped != HTML_RELEASE and "<td>(</td>" in wrapped
    facts = {(f.concept, f.period.end.year): f.value for f in tagger.tag_text(wrapped, name="w.htm").facts}
    assert facts == {("NetSales", 2002): 5191000, ("NetSales", 2001): 9247000,
                     ("NetIncomeLoss", 2002): -860000, ("NetIncomeLoss", 2001): -120000}
