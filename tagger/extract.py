"""Extract the financial tables of a plain-text release: title, scale, columns with their
periods, and rows with their cells, exactly as printed.

A table is found from its column header: a line of years ('2002   2001   2002   2001').
Its columns are where the values stand in the rows below (a value belongs to a column by
its horizontal position, never by its count); its header lines above are read column by
column ('Three Months Ended' / 'December 31,' / '2002'); its title and scale are the lines
above the header.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from tagger.amounts import (
    YEAR_WORD,
    ends_in_year,
    is_balance_marked,
    is_not_available,
    is_year,
    may_be_one_number,
    parse_amount,
    parse_scale,
)
from tagger.headers import (
    NOTE_HEADERS,
    column_of,
    column_pitch,
    header_phrases,
    header_top,
    introduction,
    is_dated_header,
    is_prose,
    is_value_region_text,
    is_year_line,
    is_years_over_values,
    read_columns,
    stub_end,
    table_scale,
    title_rows,
)
from tagger.lines import Line, LineKind, Word, ends_table_markup, is_day_caption, read_lines
from tagger.models import Cell, Column, Document, Issue, Row, RowKind, Span, Table
from tagger.periods import dates_in, read_period

_MAX_BLANKS_IN_BODY = 2  # a third blank line in a row ends a table
_MAX_HEADER_GAP = 8  # lines of text (not blanks, rules, page furniture) between the header and the first values


def extract_tables(document: Document, names_concept: Callable[[str], bool] | None = None
                   ) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """Every financial table of `document`, and the issues met on the way. `names_concept` tells
    a label the taxonomy maps ('Net sales'): values of such rows left out of every table are
    an error, not a note."""
    lines = read_lines(document)
    issues: list[Issue] = []
    tables: list[Table] = []
    anchors = _header_anchors(lines)
    claimed: set[int] = set()
    spelled = cache(lambda: _period_ends_in_words("\n".join(document.lines)))  # asked for by few headers
    for n, (first, last) in enumerate(anchors):
        stop = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        table, table_issues, used = _table(document, lines, first, last, stop, len(tables), spelled)
        issues.extend(table_issues)
        claimed.update(used)
        if table is not None:
            tables.append(table)
    issues.extend(_orphan_values(document, lines, claimed, names_concept))
    if tables and not document.final_newline:
        tables[-1], cut = _without_cut_row(tables[-1], lines, document.file)
        issues.extend(cut)
    return tuple(tables), tuple(issues)


_AT_AN_END = re.compile(r"\b(?:ended|ending|as\s+of|as\s+at|at|through)\s+(?P<after>[^.;\n]{4,30})", re.IGNORECASE)


def _period_ends_in_words(text: str) -> frozenset[dt.date]:
    """The dates a release spells in words as the end of a period or a balance ('fiscal year ended
    February 1, 1997', 'as of January 3, 1998'), not those of events ('on April 1, 1997 the
    Company acquired ...')."""
    return frozenset(found[0] for match in _AT_AN_END.finditer(text)
                     if (found := dates_in(match["after"], numeric=False)))


def _without_cut_row(table: Table, lines: Sequence[Line], file: str) -> tuple[Table, list[Issue]]:
    """A file that stops without a line end inside a table, on a row with values missing,
    was cut off: that row's values may be cut too ('34,1' of '34,152'), so none is kept."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kind is not LineKind.BLANK), -1)  # from the end
    if last < 0 or not table.rows or table.rows[-1].value_line < lines[last].number:
        if last >= 0 and lines[last].kind is LineKind.TEXT and table.rows and lines[last].number - table.rows[-1].value_line <= 2:
            return table, [Issue(code="extract.truncated", span=Span(file=file, line=lines[last].number),
                                 message="the file stops in the middle of a table row: its values are missing")]
        return table, []
    row = table.rows[-1]
    if len(row.cells) == len(table.columns) and all(cell.value is not None for cell in row.cells):
        return table, []
    issue = Issue(code="extract.truncated", span=row.span,
                  message=f"the file stops in the middle of row {row.label!r}; its values are not used")
    return table.model_copy(update={"rows": table.rows[:-1]}), [issue]


def _header_anchors(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """(first, last) indexes of each run of year lines with only header text between them."""
    anchors: list[tuple[int, int]] = []
    values, text = LineKind.VALUES, LineKind.TEXT
    for i, line in enumerate(lines):
        kind = line.kind
        if kind is values:
            if not (is_year_line(line) or _dates_ending_in_years(line) or _staggered_years(lines, i)):
                continue
        elif kind is not text or not (is_dated_header(line) or _at_margin_with_digits(line) and _values_soon_after(lines, i)
                                      and _period_beside_headers(line) or _staggered_years(lines, i)):
            continue
        if anchors:
            first, last = anchors[-1]
            between = lines[last + 1 : i]
            if all(b.kind in (LineKind.TEXT, LineKind.RULE, LineKind.BLANK) and not is_prose(b) for b in between) \
                    and len(between) <= 4 and not _has_values_after(lines, last, i):
                anchors[-1] = (first, i)
                continue
        anchors.append((i, i))
    return anchors


def _bare_years(line: Line) -> list[Word] | None:
    """The years a header line prints alone ('2000', '1999(1)'), or None where it prints a value
    that is no year, or is running text."""
    if line.kind is LineKind.VALUES:
        return list(line.values) if all(is_year(v.text) for v in line.values) else None
    if line.kind is LineKind.TEXT and YEAR_WORD.search(line.text) and not is_prose(line):  # one scan before the phrases
        return [p for p in line.phrases if is_year(p.text)]
    return None


def _staggered_years(lines: Sequence[Line], i: int) -> bool:
    """A header whose columns' dates are stacked unevenly, each year on its own line ('June 30,' /
    '2000   December 31,' / '(Unaudited)   1999(1)', Broadcom's balance sheet): this line and
    the one above print a year each, or more, in no column of the other's, each year right under
    a day of its own ('June 30,' over '2000'), and values follow."""
    if i < 2 or not (here := _bare_years(lines[i])) or not (above := _bare_years(lines[i - 1])):
        return False
    return all(b.end <= a.start or a.end <= b.start for a in here for b in above) \
        and all(_under_its_day(year, lines[i - 1]) for year in here) \
        and all(_under_its_day(year, lines[i - 2]) for year in above) and _values_soon_after(lines, i)


def _under_its_day(year: Word, line: Line) -> bool:
    """A month and day ('December 31,') on `line` that spans the whole of `year` below it."""
    return any(is_day_caption(p.text) and p.start <= year.start and year.end <= p.end for p in header_phrases(line))


def _dates_ending_in_years(line: Line) -> bool:
    """'August 2010    August 2009    2009': a line of column dates whose last one is a year alone
    (read as a value) and the others end in theirs (read as a label)."""
    if not all(is_year(v.text) for v in line.values):  # most lines of values: asked first, as it is cheap
        return False
    phrases = header_phrases(line)
    return len(phrases) >= 2 and all(ends_in_year(p.text) for p in phrases) and not is_prose(line)


def _values_soon_after(lines: Sequence[Line], i: int) -> bool:
    """A line of values within the next six: what a header line stands over (asked before the
    costlier questions of a header, as most lines of text are running text)."""
    return any(line.kind is LineKind.VALUES for line in lines[i + 1 : i + 7])


def _period_beside_headers(line: Line) -> bool:
    """'Three Months Ended December 31,2009' at the margin, beside column headers ('Adjust-' over
    'ment', 'GAAP  GAAP  ...  Non-GAAP' below it, 3SBio): the period of every column, printed in
    the stub as a title would be; the column headers say the rest."""
    return len(line.phrases) >= 2 and _period_at_margin(line)


def _at_margin_with_digits(line: Line) -> bool:
    """What `_period_at_margin` asks of a line's text before its phrases are read: text that
    starts at the margin (two spaces at most) and prints a digit somewhere."""
    text = line.text
    return len(text) - len(text.lstrip()) <= 2 and any(ch.isdigit() for ch in text)


def _period_at_margin(line: Line) -> bool:
    """A line whose first phrase, at the margin, is a whole period: a length and a date."""
    if not _at_margin_with_digits(line):
        return False
    phrases = line.phrases
    if not phrases or phrases[0].start > 2 or not any(ch.isdigit() for ch in phrases[0].text):
        return False
    reading = read_period(phrases[0].text)
    return reading.period is not None and reading.period.start is not None


def _scale_beside_headers(line: Line, value_left: int) -> bool:
    """'(In thousands, except per share data)   (unaudited)   (unaudited)': a scale note in the
    stub beside header text over the columns; the header goes on below it ('RMB  RMB  USD')."""
    stub, rest = line.text[: value_left - 2].strip(), line.text[value_left - 2 :].strip()
    return line.kind is LineKind.TEXT and bool(rest) and stub.startswith("(") and parse_scale(stub) is not None


def _has_values_after(lines: Sequence[Line], start: int, stop: int) -> bool:
    return any(line.kind is LineKind.VALUES for line in lines[start + 1 : stop])


def _table(
    document: Document, lines: Sequence[Line], first: int, last: int, stop: int, index: int,
    spelled: Callable[[], frozenset[dt.date]] = frozenset,
) -> tuple[Table | None, list[Issue], set[int]]:
    """Build the table whose year lines run from `first` to `last`; `stop` is where the
    next table's year lines begin."""
    file = document.file
    body = _body_lines(lines, last + 1, stop)
    value_lines = [i for i in body if lines[i].kind is LineKind.VALUES]
    if not value_lines or sum(lines[i].kind is LineKind.TEXT for i in range(last + 1, value_lines[0])) > _MAX_HEADER_GAP:
        return None, [], set()
    columns, problem = _column_bounds([lines[i] for i in value_lines])
    if columns is None:
        span = Span(file=file, line=lines[value_lines[0]].number)
        return None, [Issue(code="extract.columns-unclear", message=f"cannot tell the table's columns: {problem}", span=span)], set(body)
    value_left = columns[0][0]
    body += _continued_over_page(lines, body, stop, columns)
    top = header_top(lines, first, value_left)
    header_rows = list(range(top, last + 1))
    body_start = last + 1
    pitch = column_pitch(columns)
    while body_start in body and (is_value_region_text(lines[body_start], value_left - max(3, pitch // 2) + 2)
                                  or _scale_beside_headers(lines[body_start], value_left)
                                  or is_years_over_values(lines[body_start], value_left)):
        header_rows.append(body_start)
        body_start += 1
    body = [i for i in body if i >= body_start]
    titles = title_rows(lines, top)
    intro = introduction(lines, titles[0] if titles else top)
    issues: list[Issue] = []
    stub_text = [lines[i].text[: stub_end(lines[i], value_left)].strip() for i in header_rows]
    sentence = " ".join(" ".join(lines[i].text.split()) for i in intro)  # a wrapped sentence, one title line
    title = tuple(t for t in ([sentence] + [lines[i].text.strip() for i in titles] + [s for s in stub_text if s]) if t)
    # a scale printed between the header and the first row ('(In millions except per share data)'
    # under Coca-Cola's year line) is the table's too
    below = [i for i in body[:4] if lines[i].kind is LineKind.TEXT and i < value_lines[0]]
    scale = table_scale(lines, titles + header_rows + intro + below, file, frozenset(header_rows), value_left)
    column_models, named, column_issues = read_columns(lines, header_rows, columns, title, file, spelled)
    notes = _note_references(column_models, columns, [lines[i] for i in value_lines])
    if notes is not None:  # 'Note  2' beside the amounts: no column of values, and no part of the labels
        columns = columns[1:]
        column_models, named, column_issues = read_columns(lines, header_rows, columns, title, file, spelled)
    issues.extend(column_issues)
    title += named  # whose statement it is, for its role
    rows, row_issues = _rows(lines, body, columns, file, notes)
    issues.extend(row_issues)
    span = Span(file=file, line=lines[titles[0] if titles else top].number)
    table = Table(index=index, title=title, scale=scale, columns=column_models, rows=rows, span=span)
    used = set(titles) | set(header_rows) | set(body)
    return table, issues, used


_NOTE_REFERENCE = re.compile(r"\d{1,2}[a-z]?(?:,\d{1,2}[a-z]?)*")  # '2', '12', '4a', '3,4'


def _note_references(columns: Sequence[Column], bounds: Sequence[tuple[int, int]], value_lines: Sequence[Line]
                     ) -> tuple[int, int] | None:
    """The bounds of a first column headed 'Note' that prints only references to the notes ('2',
    '12'), as British and IFRS statements print them between the labels and the amounts; None
    where there is none."""
    last_word = columns[0].header.lower().split()[-1:]  # a group header over it may reach into it
    if len(columns) < 2 or not last_word or last_word[0] not in NOTE_HEADERS:
        return None
    left, right = bounds[0]
    inside = [word.text for line in value_lines for word in line.values if left <= (word.start + word.end) // 2 <= right]
    return bounds[0] if inside and all(_NOTE_REFERENCE.fullmatch(text) for text in inside) else None


def _body_lines(lines: Sequence[Line], start: int, stop: int) -> list[int]:
    """Indexes of the lines below a header that belong to its table: up to a stop line,
    prose, three blank lines in a row, or the next table; trailing text is left out."""
    body: list[int] = []
    blanks = 0
    seen_values = False
    for i in range(start, stop):
        line = lines[i]
        if line.kind is LineKind.STOP or line.kind is LineKind.TEXT and is_prose(line) and not _wraps_onto_values(lines, i):
            break
        if seen_values and line.kind is LineKind.TEXT and len(line.phrases) >= 2 \
                and not _side_heading_at(line, _label_column(lines, body)) and _over_values(line, lines, body):
            break  # column headers of a table with no year line: not this table's rows
        if seen_values and line.kind is LineKind.TEXT and _period_at_margin(line):
            break  # 'Three Months Ended December 31,2008' over the next block: another period's rows
        seen_values = seen_values or line.kind is LineKind.VALUES
        if line.kind is LineKind.BLANK:
            blanks += 1
            if blanks > _MAX_BLANKS_IN_BODY:
                break
        else:
            blanks = 0  # furniture too: the blank lines around a page break are the page's margins
        body.append(i)
    while body and lines[body[-1]].kind is not LineKind.VALUES:
        body.pop()
    return body


def _over_values(line: Line, lines: Sequence[Line], body: Sequence[int]) -> bool:
    """Whether a line of text centres a phrase over the values of the rows above it, as column
    headers do; a label in two phrases ('Common stock, $0.01 par value.  Authorized 104,000,000
    shares;') keeps to the labels' side."""
    value_left = min((word.start for i in body if lines[i].kind is LineKind.VALUES for word in lines[i].values), default=0)
    return any((phrase.start + phrase.end) // 2 >= value_left for phrase in line.phrases[1:])


def _side_heading_at(line: Line, label_column: int | None) -> int | None:
    """Where the label begins on a line that prints a side heading left of it ('Per Share' /
    'Data' beside Motorola's five-year rows: 'Data       Diluted weighted average ...'): the
    column where most of the table's labels begin, after a gap of three spaces and a heading
    of one or two words at the margin; None for a line without one."""
    label = line.label
    if label is None or label_column is None or label.start > 2 or not label.start < label_column - 3 < label_column < label.end:
        return None
    side = line.text[:label_column]
    if side.endswith("   ") and not line.text[label_column].isspace() and len(side.split()) <= 2:
        return label_column
    return None


def _label_column(lines: Sequence[Line], body: Sequence[int]) -> int | None:
    """The column where most rows of values begin their label."""
    starts = Counter(lines[i].label.start for i in body if lines[i].kind is LineKind.VALUES and lines[i].label)
    return starts.most_common(1)[0][0] if starts else None


def _continued_over_page(lines: Sequence[Line], body: Sequence[int], stop: int, bounds: Sequence[tuple[int, int]]) -> list[int]:
    """The rows of a statement that EDGAR markup breaks at a page ('</TABLE>' / '<PAGE>' /
    '<TABLE>' / 'GROSS PROFIT  7,801  7,564 ...'): with no word between the two parts, and the
    first row's values standing in the table's own columns, the part after is this table's."""
    if not body:
        return []
    i, crossed = body[-1] + 1, False
    while i < stop and lines[i].kind in (LineKind.BLANK, LineKind.FURNITURE, LineKind.RULE, LineKind.STOP):
        if lines[i].kind is LineKind.STOP:
            if not ends_table_markup(lines[i]):
                return []  # the end of the document, or of the release
            crossed = True
        i += 1
    if not crossed or i >= stop:
        return []
    placed = [column_of(word.core, bounds) for word in lines[i].values]  # none on a line of text
    if len(placed) < 2 or None in placed or placed != sorted(set(placed)):  # type: ignore[type-var]
        return []
    return _body_lines(lines, i, stop)


def _wraps_onto_values(lines: Sequence[Line], i: int) -> bool:
    """A long label that reads like a sentence but goes on in the rows below ('Loss before income
    tax benefit, minority interest and cumulative' / '   effect of accounting change  (100,090)';
    Citrix's common stock over three lines): no full stop, and within two more lines of text
    without one, a line of values under a label that goes on, not one that begins in a capital."""
    for j in range(i, min(i + 3, len(lines) - 1)):
        if lines[j].kind is not LineKind.TEXT or lines[j].text.rstrip().endswith("."):
            return False
        following = lines[j + 1]
        if following.kind is LineKind.VALUES:
            label = following.label  # goes on in lowercase or with a number ('$13,061 and $6,562 in 1999 ...')
            # or heads 'Basic' and 'Diluted' ('Net income/(loss) attributable to AirMedia Group Inc.'s
            # shareholders per ordinary share' over them)
            return label is not None and (not label.text[:1].isupper() or label.text.strip(" -:\u2013\u2014").lower()
                                          in _BARE_EPS_QUALIFIERS)
    return False


_BARE_EPS_QUALIFIERS = frozenset({"basic", "diluted", "basic and diluted"})


def _column_bounds(value_lines: Sequence[Line]) -> tuple[list[tuple[int, int]] | None, str | None]:
    """The columns' character extents, from the rows that fill every column.

    The column count is the largest number of values that several rows print; rows with
    fewer values ('Restructuring costs   ---   197   ---') are placed by position later.
    """
    counts = Counter(len(line.values) for line in value_lines)
    enough = max(2, len(value_lines) // 4) if len(value_lines) > 2 else 1
    full = [count for count, seen in counts.items() if seen >= enough]
    if not full:
        full = [counts.most_common(1)[0][0]]
    width = max(full)
    rows = [line for line in value_lines if len(line.values) == width]
    # a row or two pushed off its columns (a long label that runs into them: 'Total liabilities and
    # stockholders' equity  $ 312,352' five characters right) does not make the columns: it is left
    # out of them, and its values placed by position like the rest (one row, or one in ten, of five or more)
    for _ in range(max(1, len(rows) // 10) + 1):
        bounds = [(min(line.values[k].core.start for line in rows), max(line.values[k].core.end for line in rows))
                  for k in range(width)]
        overlap = next((k for k in range(1, width) if bounds[k][0] < bounds[k - 1][1]), None)
        if overlap is None:
            return bounds, None
        if len(rows) < 5:
            break
        rows.remove(max(rows, key=lambda line: _off_its_column(line, rows, overlap)))
    return None, f"values of columns {overlap} and {overlap + 1} overlap"


def _off_its_column(line: Line, rows: Sequence[Line], k: int) -> int:
    """How far a row's values at the overlap of columns k - 1 and k stand from where most rows
    print theirs (the median of their ends)."""
    def median_end(j: int) -> int:
        return sorted(row.values[j].core.end for row in rows)[len(rows) // 2]
    return max(abs(line.values[j].core.end - median_end(j)) for j in (k - 1, k))


def _rows(
    lines: Sequence[Line], body: Sequence[int], bounds: Sequence[tuple[int, int]], file: str,
    notes: tuple[int, int] | None = None,
) -> tuple[tuple[Row, ...], list[Issue]]:
    """The table's rows: wrapped labels joined, section headings tracked, cells placed; and
    the issues of the cells that could not be read.

    A section ('Cost of sales:') holds the rows indented under it, up to a rule, a row
    at its own indent or left of it, or its 'Total' row. A heading whose rows are not indented
    (HTML tables print them flush, the heading in bold) holds them down to its bare 'Total'.
    """
    rows: list[Row] = []
    issues: list[Issue] = []
    label_column = _label_column(lines, body)
    body_lines = [_without_side_heading(lines[i], label_column) for i in body]
    pending: list[Line] = []  # label lines waiting for the line that holds their values
    section: tuple[str, int, int] | None = None  # heading text, its indent, the line of its bare 'Total' (or 0)
    value_left = bounds[0][0]

    def close_section_before(first: Line) -> None:
        nonlocal section
        if section is not None and first.indent <= section[1] and first.number > section[2]:
            section = None

    def flush_heading() -> None:
        nonlocal pending, section
        if not pending:
            return
        close_section_before(pending[0])
        label = " ".join(" ".join(p.text.split()) for p in pending).rstrip(":").strip()
        rows.append(Row(
            label=label, kind=RowKind.HEADING, section=section[0] if section else None, cells=(),
            span=Span(file=file, line=pending[0].number, column=pending[0].indent + 1),
            value_line=pending[-1].number,
        ))
        section = (label, pending[0].indent, _bare_total_after(lines, body, pending[-1].number, value_left))
        pending = []

    consumed: set[int] = set()  # positions of lines read as the end of the label above them
    for position, index in enumerate(body):
        if position in consumed:
            continue
        line = body_lines[position]
        if line.kind is not LineKind.TEXT and line.kind is not LineKind.VALUES:
            flush_heading()
            if line.kind is LineKind.RULE:
                section = None
            continue
        label, words = _label_and_values(line, value_left, notes)
        if pending and not (_continues(label) or _open_ended(pending[-1]) or _capitals_run(pending[-1], line)):
            flush_heading()
        if not words:  # a label alone: a heading, or the first line of a wrapped label
            # (without a note's reference beside it: 'Earnings per ordinary share   5')
            pending.append(line if label is None or notes is None else line._replace(text=line.text[:label.end]))
            following = body_lines[position + 1] if position + 1 < len(body_lines) and body[position + 1] == index + 1 \
                else (lines[index + 1] if index + 1 < len(lines) else None)
            if following is None or following.kind not in (LineKind.TEXT, LineKind.VALUES) \
                    or not (_continues(_label_and_values(following, value_left, notes)[0]) or _open_ended(line)
                            or _capitals_run(line, following)):
                flush_heading()
            continue
        first = pending[0] if pending else line
        close_section_before(first)
        text = " ".join([p.text.strip() for p in pending] + ([label.text] if label else []))
        ending = _label_ends_below(lines, index, text, value_left)
        if ending is not None:  # 'Earnings Per Common Share -   $.61  $.53' over 'Diluted'
            text = f"{text} {ending}"
            if position + 1 < len(body) and body[position + 1] == index + 1:
                consumed.add(position + 1)
        cells, cell_issues = _cells(line, words, bounds, file)
        issues.extend(cell_issues)
        rows.append(Row(
            label=" ".join(text.split()), kind=RowKind.VALUES, section=section[0] if section else None,
            cells=cells,
            span=Span(file=file, line=first.number, column=first.indent + 1), value_line=line.number,
        ))
        pending = []
        if text.lower().startswith("total"):
            section = None
    flush_heading()
    return tuple(rows), issues


def _without_side_heading(line: Line, label_column: int | None) -> Line:
    """The line with its side heading blanked ('Operating        Net sales' -> 'Net sales' at the
    column where the table's labels begin): a stub beside the rows, not part of a label."""
    column = _side_heading_at(line, label_column)
    if column is None:
        return line
    return line._replace(text=" " * column + line.text[column:])


def _bare_total_after(lines: Sequence[Line], body: Sequence[int], after: int, value_left: int) -> int:
    """The line number of the first row labelled just 'Total' after line `after`, before the
    next heading (a label line with no values) or rule; 0 when there is none."""
    for index in body:
        line = lines[index]
        if line.number <= after:
            continue
        if line.kind is LineKind.RULE:
            return 0
        if line.kind not in (LineKind.TEXT, LineKind.VALUES):
            continue
        label, words = _label_and_values(line, value_left)
        if not words:
            return 0
        if label is not None and label.text.strip(" .:").lower() == "total":
            return line.number
    return 0


_CONNECTORS = frozenset({"and", "or", "of", "for", "to", "in", "on", "from", "before", "after", "less", "plus",
                         "including", "excluding", "&", "net of"})


def _open_ended(line: Line) -> bool:
    """A label line that cannot end there: 'TOTAL LIABILITIES AND' (over 'STOCKHOLDERS' EQUITY'),
    'Income before taxes,', 'Common shares - ($40 par value;' (a parenthesis left open)."""
    text = line.text.rstrip()
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    return text.endswith((",", "-", ";")) or last in _CONNECTORS or text.count("(") > text.count(")")


def _capitals_run(line: Line, following: Line) -> bool:
    """A label in capitals wrapped over lines at one indent ('EARNINGS PER' / 'SHARE OF COMMON' /
    'STOCK - BASIC   $1.10'), not a heading ('CURRENT ASSETS:') over its rows."""
    text, after = line.text.strip(), following.text.strip()
    label = _label_text(after)
    return (following.indent == line.indent and not text.endswith(":") and any(c.isalpha() for c in text)
            and text == text.upper() and label == label.upper() and any(c.isalpha() for c in after))


def _label_text(text: str) -> str:
    """The label part of a line: what stands before a run of two spaces."""
    return text.split("  ", 1)[0]


def _continues(label: Word | None) -> bool:
    """A label line that goes on from the line above: 'minority interest' after
    'Income (loss) before income taxes and'; '(loss) attributable to Ballard Power Systems Inc.'
    after 'Net income (loss) and comprehensive income'."""
    return label is None or label.text.removeprefix("(")[:1].islower()


def _label_and_values(line: Line, value_left: int, notes: tuple[int, int] | None = None
                      ) -> tuple[Word | None, tuple[Word, ...]]:
    """Split off value words that stand left of every column ('Alabama Power -'): they are
    part of the label; but a reference in the column of `notes` is neither label nor value."""
    values = tuple(word for word in line.values if word.end > value_left - 1)
    if len(values) == len(line.values):
        return line.label, values
    referred = [word for word in line.values if notes is not None and notes[0] <= (word.start + word.end) // 2 <= notes[1]]
    kept_from = referred[0].start if referred else line.values[len(line.values) - len(values)].start if values \
        else len(line.text)
    text = line.text[:kept_from].rstrip()
    start = len(text) - len(text.lstrip())
    return (Word(text.strip(), start, len(text)) if text.strip() else None), values


_ONE_DASH_END = re.compile(r"\w\s+[-\u2013\u2014]\s*$")  # 'Earnings Per Common Share -'


def _label_ends_below(lines: Sequence[Line], index: int, text: str, value_left: int) -> str | None:
    """The rest of a label that ends in a dash on its row of values and goes on in a short line
    of one or two words right below ('Earnings Per Common Share -  $.61  $.53' / 'Diluted'), or
    that a short line right below goes on with 'and' ('Net income per share - basic  $.31' / 'and
    diluted'); None for any other."""
    if index + 1 >= len(lines):
        return None
    below = lines[index + 1]
    words = below.text.split()
    joined = bool(words) and words[0] in ("and", "&")  # lower case: the sentence of the label goes on
    if not (_ONE_DASH_END.search(text) or joined):
        return None  # not 'Net income ------', the dash leaders of a text statement
    if below.kind is not LineKind.TEXT or is_prose(below) or _label_and_values(below, value_left)[1] \
            or not 0 < len(words) <= 2 + joined or below.text.rstrip().endswith(":"):  # not a heading ('Per common share:')
        return None
    return " ".join(words)


def _cells(
    line: Line, words: Sequence[Word], bounds: Sequence[tuple[int, int]], file: str
) -> tuple[tuple[Cell, ...], list[Issue]]:
    """Place each value word in its column by position, and read its number; the issues of the
    words that are not read."""
    cells: dict[int, Cell] = {}
    issues: list[Issue] = []
    shared: set[int] = set()  # columns two words fall in ('$5 191'): neither is that column's value
    grouped = {k for j, (left, right) in enumerate(pairwise(words))  # '$5 191' over two columns
               if right.start - left.end == 1 and may_be_one_number(left.text, right.text) for k in (j, j + 1)}
    for j, word in enumerate(words):
        span = Span(file=file, line=line.number, column=word.start + 1, end_column=word.end + 1)
        if j in grouped:
            issues.append(Issue(code="extract.cell-unplaced", span=span,
                                message=f"{word.text!r} and the number one space from it may be one number grouped by a "
                                        "space ('5 191') or two values: neither is read"))
            continue
        k = column_of(word.core, bounds)
        if k is None and len(words) == len(bounds) and word.core.start < bounds[j][1] and word.core.end > bounds[j][0]:
            k = j  # a row with a value for every column, pushed off them a little: each in its order
        if k is None or k in cells or k in shared:
            issues.append(Issue(
                code="extract.cell-unplaced",
                message=f"cannot tell which column {word.text!r} belongs to",
                span=span,
            ))
            if k is not None and k in cells:
                other = cells.pop(k)
                shared.add(k)
                issues.append(Issue(code="extract.cell-unplaced", span=other.span,
                                    message=f"{other.text!r} shares its column with {word.text!r}: neither is read"))
            continue
        if is_not_available(word.text):  # 'n/a', 'NM': printed on purpose instead of a number
            issues.append(Issue(code="extract.not-available", severity="info", span=span,
                                message=f"{word.text!r} is printed for no number (not available or not meaningful); "
                                        "no fact"))
            continue
        value = parse_amount(word.text)
        if value is None:
            why = ": a credit or debit mark, whose sign depends on the account's side" if is_balance_marked(word.text) else ""
            issues.append(Issue(code="extract.bad-number", message=f"not a number: {word.text!r}{why}", span=span))
        cells[k] = Cell(text=word.text, value=value, column=k, span=span)
    return tuple(cells[k] for k in sorted(cells)), issues


_AMOUNT_SIGNS = frozenset("$,.()")


def _one_amount(line: Line) -> bool:
    """A row of one value that prints an amount ('$ 116,962', '(3,043)'), not a page number
    of an index, a header's CIK or an EX-27 schedule's '<TOTAL-ASSETS> 1,234'."""
    return not line.label.text.startswith("<") and any(ch in _AMOUNT_SIGNS for ch in line.values[0].text)


def _orphan_values(document: Document, lines: Sequence[Line], claimed: set[int],
                   names_concept: Callable[[str], bool] | None = None) -> list[Issue]:
    """Runs of value rows that no table claimed ('Retail & Related Services' segment detail
    with no line of years; a table of one column under 'As of December 31, 1999'): reported
    once per run, never dropped silently; an error when a row of the run names a concept (its
    values may be the company's facts, lost)."""
    runs: list[list[Line]] = []
    open_run = False
    values, blank = LineKind.VALUES, LineKind.BLANK
    for i, line in enumerate(lines):
        kind = line.kind
        if kind is values and i not in claimed and not is_year_line(line) and line.label is not None and line.values \
                and (len(line.values) >= 2 or _one_amount(line)):
            if not open_run:
                runs.append([])
            runs[-1].append(line)
            open_run = True
        elif kind is not blank:
            open_run = False
    issues = []
    for run in runs:
        if len(run) < 2 and len(run[0].values) < 2 or len(run) < 3 and all(len(line.values) < 2 for line in run):
            continue  # a line or two with a number each, in running text: no table's
        named = next((line.label.text for line in run if names_concept and names_concept(line.label.text)), None)
        if len(run) < 2 and not named:
            continue  # one unmapped row of numbers in running text: no table's
        issues.append(Issue(
            code="extract.no-header", severity="error" if named else "warning", span=Span(file=document.file, line=run[0].number),
            message=f"{len(run)} rows of values with no column header that gives their periods"
                    f"{f', {named!r} among them' if named else ''}; not tagged"))
    return issues
