"""HTML exhibits as text: each HTML document of a release is laid out as the plain-text
tables EDGAR filers printed before HTML, so one extractor reads both.

    <tr><td>Net sales</td><td>$</td><td>5,191</td><td>$</td><td>9,247</td></tr>
    ->  Net sales                 $5,191      $9,247

A table's cells keep their grid (colspan): a label at the left, values right-aligned at the
end of their column, headers centred over the columns they span; a '$' cell joins the value
after it and a ')' or '%' cell the value before it, as filers split them. Text outside tables
becomes one line per block (paragraph, division, line break). Every rendered line remembers
the source line it comes from, so spans still point into the file. Parsing is lxml's HTML
parser: no network, no DTD, no entity expansion beyond HTML's own character entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from lxml import etree, html

from tagger.amounts import GROUPING_SPACE, ends_in_year, is_currency_mark, is_footnote_mark, is_value_word, is_year

# The tags of an HTML document (EDGAR's own <TABLE>, <S>, <C>, <PAGE> in plain text are not).
_HTML_START = re.compile(r"<(?:html|body|tr|td|div|p|font)\b[^>]*>", re.IGNORECASE)
_TEXT_BLOCK = re.compile(r"^<TEXT>\s*$", re.IGNORECASE)
_TEXT_END = re.compile(r"^</TEXT>\s*$", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "hr", "pre", "blockquote",
                     "ul", "ol", "dl", "dt", "dd", "address", "title"})
_PARAGRAPHS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center", "pre", "blockquote", "ul", "ol", "dl",
                         "address"})
_SKIP = frozenset({"script", "style", "head"})
_LAYOUT_CELLS = frozenset({"table", "tr", "td", "th"})  # of a table that lays out others, read as blocks
_SPACES = re.compile(r"\s+")
_STACKED = re.compile(r"[$(\-]*\d[\d,.]*\)?%?(?: [$(\-]*\d[\d,.]*\)?%?)+")  # '12 191', '$ 12 415' less the '$ '
_NOTE_MARK = re.compile(r"[1-9]|[a-z]")  # a note's mark as a superscript prints it
_RAISED = re.compile(r"vertical-align:\s*super|\btop:\s*-\d", re.IGNORECASE)  # a superscript made with a style
_NUMBER = re.compile(r"^[($]*\s*[-\u2013\u2014]*\s*[\d.,]+\s*\)?%?$|^[-\u2013\u2014]+$|^\(?\$?\s*\d")
_GAP = 3  # spaces between two columns: the text extractor splits phrases at two
_GROUP_TEXT = re.compile(r"[A-Za-z]")  # a group's header says something in words


def is_html(text: str) -> bool:
    """Whether a release holds HTML documents (its tables are markup, not columns of text)."""
    return bool(_HTML_START.search(text))


def render(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The lines of a release with every HTML document laid out as text, and for each the
    1-based source line it comes from. Lines outside HTML (an EDGAR envelope, a plain-text
    document of the same submission) are kept as they are."""
    source = text.split("\n")
    lines: list[str] = []
    numbers: list[int] = []
    for start, end, is_markup in _segments(source):
        if not is_markup:
            lines.extend(source[start:end])
            numbers.extend(range(start + 1, end + 1))
            continue
        for rendered, number in _render_document("\n".join(source[start:end])):
            lines.append(rendered)
            numbers.append(start + number)
    return tuple(lines), tuple(numbers)


def _segments(source: list[str]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is HTML) ranges of line indexes: the body of each EDGAR <TEXT> block that
    holds HTML, and what lies between; a file with no <TEXT> block is one document."""
    blocks = []
    opened = None
    for i, line in enumerate(source):
        if opened is None and _TEXT_BLOCK.match(line):
            opened = i + 1
        elif opened is not None and _TEXT_END.match(line):
            blocks.append((opened, i))
            opened = None
    if not blocks:
        yield 0, len(source), True
        return
    position = 0
    for start, end in blocks:
        markup = bool(_HTML_START.search("\n".join(source[start:min(end, start + 40)])))
        if not markup:
            continue
        if position < start:
            yield position, start, False
        yield start, end, True
        position = end
    if position < len(source):
        yield position, len(source), False


# one parser for every document (it keeps no state between them): no network, no comments
_PARSER = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)


def _render_document(markup: str) -> list[tuple[str, int]]:
    """(line, source line within `markup`) for one HTML document."""
    try:
        root = html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return []
    out: list[tuple[str, int]] = []
    buffer: list[str] = []
    buffer_line = [0]

    def flush(paragraph: bool = False) -> None:
        text = _SPACES.sub(" ", "".join(buffer)).strip()
        if text:
            out.append((text, buffer_line[0] or 1))
        if paragraph and out and out[-1][0]:  # paragraphs apart (and a '<p>&nbsp;</p>' spacer), as text prints them
            out.append(("", out[-1][1]))
        buffer.clear()
        buffer_line[0] = 0

    def walk(element: etree._Element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _SKIP:
            return
        if tag == "pre":  # text laid out by its author ('Net income    $ 12,345' in columns): its lines as they are
            flush()
            first = element.sourceline or 1
            for offset, text in enumerate("".join(element.itertext()).replace("\xa0", " ").expandtabs().split("\n")):
                out.append((GROUPING_SPACE.sub(",", text.rstrip()), first + offset))
            out.append(("", first))
        elif tag == "table" and not _lays_out(element):  # a table of data (a layout table holds tables)
            flush()
            out.append(("", element.sourceline or 1))
            out.extend(_render_table(element))
            out.append(("</TABLE>", element.sourceline or 1))  # where the table ends, as EDGAR's text marks it
            out.append(("", element.sourceline or 1))
        else:  # a layout table's rows and cells are blocks that hold paragraphs and tables
            block = tag in _BLOCKS or tag in _LAYOUT_CELLS
            if block:
                flush()
            if element.text:
                _add(element.text, element)
            for child in element:
                walk(child)
                if child.tail:
                    _add(child.tail, element if child.sourceline is None else child)
            if block:
                flush(paragraph=tag in _PARAGRAPHS)

    def _add(text: str, element: etree._Element) -> None:
        if not buffer_line[0]:
            buffer_line[0] = element.sourceline or 0
        buffer.append(text.replace("\xa0", " "))

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return out


def _render_table(table: etree._Element) -> list[tuple[str, int]]:
    """The rows of a table, laid out in fixed-width columns."""
    rows = []
    _mark_notes(table)
    # grid columns a cell of a row above still holds (rowspan): its start -> (end, rows left).
    # Alberta Star's 'Item' spans the header's two rows; the years below it start after it.
    held: dict[int, tuple[int, int]] = {}
    for tr in table.iter("tr"):
        if _table_of(tr) is not table:
            continue  # a row of a table nested in a cell
        cells, position, above = [], 0, held
        held = {start: (end, left - 1) for start, (end, left) in above.items() if left > 1}
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            while position in above:
                position = above[position][0]
            span = _span(cell, "colspan")
            if _span(cell, "rowspan") > 1:
                held[position] = (position + span, _span(cell, "rowspan") - 1)
            # '5&nbsp;191': a no-break (or thin) space groups thousands; a plain one may part two
            # values stacked in one cell ('12<br>415'), which are read as neither
            text = _SPACES.sub(" ", GROUPING_SPACE.sub(",", " ".join(cell.itertext())).replace("\xa0", " ")).strip()
            if position and _STACKED.fullmatch(text):
                text = text.replace(" ", "_")  # one cell, one value: '12 191' is reported as no number
            cells.append([position, position + span, text, cell.sourceline or tr.sourceline or 1])
            position += span
        rows.append((_joined(cells), tr.sourceline or 1))
    if not rows:
        return []
    rows = _years_in_one_row(rows)
    columns = max((c[1] for cells, _ in rows for c in cells), default=0)
    width = _widths(rows, columns)
    edges = [0]
    for w in width:
        edges.append(edges[-1] + w)
    # grid columns where a row prints a number in a cell of its own: a value column
    values = frozenset(c[0] for cells, _ in rows for c in cells if c[1] - c[0] == 1 and c[0] > 0 and _NUMBER.match(c[2]))
    # grid columns the labels of rows of values span (a label over two columns): the stub, where
    # no column's header stands, though a header cell may span into it (ASE's 'As of Sep. 30,
    # 2010' over the label's second column and the values)
    stub = max((c[1] for cells, _ in rows for c in cells[:1] if c[0] == 0 and any(
        _NUMBER.match(other[2]) for other in cells[1:])), default=1)
    out = []
    for cells, line in rows:
        text = _layout(cells, edges, values, stub)
        if not text and out and not out[-1][0]:
            continue  # empty rows in a row: spacers, one blank line (three would end the table)
        source = next((c[3] for c in cells if c[0] > 0), line)  # _joined kept cells with text only
        out.append((text, source))
        rule = _group_rule(cells, edges, values)
        if rule:
            out.append((rule, source))
    return out


def _group_rule(cells: list[list], edges: list[int], values: frozenset[int]) -> str:
    """Under a header row, a rule under each cell that spans several value columns ('Three
    Months Ended' over December 31, 2009, September 30, 2009 and December 31, 2008), as text
    filings underline a group's header: the columns it heads, which its centred text alone
    does not show once the grid is gone."""
    if any(_NUMBER.match(text) for start, _, text, _ in cells if start > 0):
        return ""  # a row of values, or of years: no group's header
    line = ""
    for start, end, text, _ in cells:
        if start > 0 and len(values.intersection(range(start, end))) >= 2 and _GROUP_TEXT.search(text):
            left, right = edges[start], edges[end] - _GAP + 1
            line = line.ljust(left) + "-" * (right - left)
    return line.rstrip()


def _years_in_one_row(rows: list[tuple[list[list], int]]) -> list[tuple[list[list], int]]:
    """The header's cells moved down their columns so that each column's year stands in one row,
    where no row of the header holds the years alone: AirMedia stacks 'December 31,' / '2009' /
    'as adjusted (1)' over one column and 'March 31,' / '2010' over the others, bottom-aligned,
    so its years print on two lines beside words, which a text table never does. Each column
    keeps its own cells in their order (a cell over several columns, 'Three Months Ended', stays
    where it is); only where each column holds one year (alone, or ending its date: Alberta
    Star's 'As at 31' / 'August 2010' beside 'As at 30' / 'November' / '2009')."""
    first_value = next((k for k, (cells, _) in enumerate(rows)
                        if any(c[0] > 0 and _NUMBER.match(c[2]) and not is_year(c[2]) for c in cells)), len(rows))
    header = rows[:first_value]
    spans = {(c[0], c[1]) for cells, _ in header for c in cells if c[0] > 0}
    columns = {span for span in spans if not any(o != span and span[0] <= o[0] and o[1] <= span[1] for o in spans)}
    if _overlapping(sorted(columns)):
        return rows
    year_rows: dict[tuple[int, int], list[int]] = {span: [] for span in columns}
    for k, (cells, _) in enumerate(header):
        for c in cells:
            if (c[0], c[1]) in columns and (is_year(c[2]) or ends_in_year(c[2])):  # '2009', 'August 2010'
                year_rows[(c[0], c[1])].append(k)
    dated = {span: found[0] for span, found in year_rows.items() if len(found) == 1}
    if len(dated) < 2 or len(dated) != len(columns) or len(set(dated.values())) == 1:
        return rows
    target = max(dated.values())
    moved: dict[int, list[list]] = {}
    for k, (cells, _) in enumerate(header):
        for c in cells:
            row = k + target - dated[(c[0], c[1])] if (c[0], c[1]) in columns else k
            moved.setdefault(row, []).append(c)
    lines = [line for _, line in header]
    realigned = [(sorted(moved[k], key=lambda c: c[0]), lines[min(k, len(lines) - 1)]) for k in sorted(moved)]
    return realigned + rows[first_value:]


def _overlapping(spans: list[tuple[int, int]]) -> bool:
    return any(b[0] < a[1] for a, b in pairwise(spans))


def _mark_notes(table: etree._Element) -> None:
    """Put each note's mark printed in superscript (<sup>, or a style that raises it) in
    parentheses, in place: 'Profit<sup>1</sup>' reads 'Profit (1)', as text filings print it,
    a mark of the label and not a word of it. Found once per table, in C (lxml), not per cell."""
    raised = table.xpath(".//sup | .//SUP | .//*[contains(@style, 'top:-') or contains(@style, 'super')]")
    for node in raised:
        text = (node.text or "").strip()
        cell = next((a for a in node.iterancestors() if isinstance(a.tag, str) and a.tag.lower() in ("td", "th")), None)
        alone = cell is not None and "".join(cell.itertext()).strip() == text  # a value printed raised, no mark
        if _NOTE_MARK.fullmatch(text) and not len(node) and not alone and (
                node.tag.lower() == "sup" or _RAISED.search(node.get("style", ""))):
            # joined to a number before it ('2006<sup>1</sup>' reads '2006(1)', a year's mark, as
            # text filings print it), a word apart from a label's last word ('Profit (1)')
            previous, parent = node.getprevious(), node.getparent()
            before = previous.tail if previous is not None else parent.text
            if not (before or "").rstrip()[-1:].isdigit():
                node.text = f" ({text})"
                continue
            joined = f"({text}){node.tail or ''}"  # into the text before it: no word apart from its number
            if previous is not None:
                previous.tail = (previous.tail or "") + joined
            else:
                parent.text = (parent.text or "") + joined
            parent.remove(node)


def _lays_out(table: etree._Element) -> bool:
    """A table that lays out others (a release wrapped in a one-cell table), not one of data that
    holds a small table in a cell (a footnote under its last row): it holds a table, and fewer
    than two of its own rows print numbers in two cells."""
    if table.find(".//table") is None:
        return False
    numbered = 0
    for tr in table.iter("tr"):
        if _table_of(tr) is not table:
            continue
        cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")
                 and cell.find(".//table") is None and any(ch.isdigit() for ch in "".join(cell.itertext()))]
        numbered += len(cells) >= 2
        if numbered >= 2:
            return False
    return True


def _table_of(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and (not isinstance(parent.tag, str) or parent.tag.lower() != "table"):
        parent = parent.getparent()
    return parent


def _span(cell: etree._Element, name: str) -> int:
    """A cell's colspan or rowspan, 1 when unreadable, at most 50 (a typo is no grid)."""
    try:
        return max(1, min(50, int(cell.get(name, "1"))))
    except ValueError:
        return 1


def _opens_value(text: str) -> bool:
    """'$', '(', '$(', '($', 'EUR': what a cell of its own prints before the value in the next one."""
    return text == "(" or is_currency_mark(text.removeprefix("(").removesuffix("("))


def _joined(cells: list[list]) -> list[list]:
    """Cells with text, a lone '$' joined to the value after it and a lone ')' or '%' to
    the value before it ('$' | '(1,234' | ')' -> '$(1,234)'; ') (a)' with its note's mark).
    A mark before no value ('RMB' over a column, beside 'RMB' and 'USD') stays a cell of its own."""
    kept: list[list] = []
    carry = ""
    carried: list[list] = []
    for cell in cells:
        text = cell[2]
        if not text:
            continue
        if _opens_value(text) and _opens_value(carry + text):  # '$' | '(' | '13,930'; '\u20ac' | '3,120'
            carry += text
            carried.append(cell)
            continue
        if carry and not (_NUMBER.match(text) or is_value_word(text)):
            kept.extend(carried)  # 'RMB' | 'RMB' | 'USD (Note 1)': a currency row under the years
            carry, carried = "", []
        if kept and (text in (")", "%", ")%", "%)", "pts", "pts.")
                     or text[:1] in ")%" and is_footnote_mark(text[1:].strip())):  # ')' and a note's '(a)'
            kept[-1][2] += text
            continue
        if carry:
            cell = [cell[0], cell[1], f"{carry}{text}", cell[3]]
            carry, carried = "", []
        kept.append(cell)
    return kept + carried  # a mark that ends the row is printed, not lost


def _widths(rows: list[tuple[list[list], int]], columns: int) -> list[int]:
    """Each grid column's width: wide enough for every cell that spans it alone, then for
    every cell that spans several (a header over a '$', a value and a ')' column), with a
    gap of three spaces between neighbours."""
    width = [0] * columns
    for cells, _ in rows:
        for start, end, text, _ in cells:
            if end - start == 1:
                width[start] = max(width[start], len(text) + _GAP)
    for cells, _ in rows:
        for start, end, text, _ in cells:
            if end - start > 1:
                short = len(text) + _GAP - sum(width[start:end])
                if short > 0:  # widen the span's widest column, where its values stand
                    widest = max(range(start, end), key=lambda k: (width[k], k))
                    width[widest] += short
    return width


def _layout(cells: list[list], edges: list[int], values: frozenset[int], stub: int = 1) -> str:
    """One row as text: the first cell at the left, numbers right-aligned at the end of
    their span, other text centred over it (over the part of it right of the stub), and so is
    a number (a year) spanning several value columns ('2007' over 'Amount' and '% of Net
    Revenue')."""
    line = ""
    for index, (start, end, text, _) in enumerate(cells):
        left, right = edges[max(start, stub) if 0 < start < stub < end else start], edges[end] - _GAP + 1
        if index == 0 and start == 0:
            place = left
        elif _NUMBER.match(text) and len(values.intersection(range(start, end))) <= 1:
            place = max(left, right - len(text))
        else:
            place = max(left, left + (right - left - len(text)) // 2)
        place = max(place, len(line) + (2 if line else 0))
        line = line.ljust(place) + text
    return line.rstrip()
