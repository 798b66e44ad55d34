"""The data that flows between the stages: small frozen models, with provenance from birth.

Nothing here knows how to read, extract, tag or write; each stage builds these and hands
them on (read -> extract -> tag -> write -> validate).

One record idiom: a frozen pydantic model (FROZEN) for what flows between stages and is
written out; a NamedTuple where a measured hot path makes many of them (a Unit per fact, a
Line and its Words per line of text, a fact read back from an instance) or a batch passes
thousands between processes (Task, Outcome). A dataclass only for a running tally that is
added to (a batch's Summary, an evaluation's Score).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import Enum
from functools import cached_property
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, SkipValidation

FROZEN = ConfigDict(frozen=True, extra="forbid")
_FRACTION = re.compile(r"\.(\d+)")


class Span(BaseModel):
    """Where something was printed: 1-based line and column in the source file (0:0 for
    the whole file, where no line is to blame)."""

    model_config = FROZEN
    file: str
    line: int
    column: int = 1
    end_column: int | None = None  # exclusive; None when only a position is known

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Issue(BaseModel):
    """A problem found in a stage, e.g. a value that is not a number.

    `code` is stable ("extract.bad-number"): tests and users match on it; `message` may improve.
    """

    model_config = FROZEN
    code: str
    message: str
    span: Span | None = None
    severity: Literal["error", "warning", "info"] = "error"  # info: said for the record, not a problem

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.severity}: {self.message} [{self.code}]"


class Document(BaseModel):
    """A release as decoded text: `lines[0]` is line 1 of the file.

    The lines keep their original columns (tabs expanded, line ends removed), so spans
    point at what an editor shows.
    """

    model_config = FROZEN
    file: str
    lines: tuple[str, ...]
    encoding: str
    final_newline: bool = True  # False when the last line stops without a line end
    # An HTML release is read as the text it lays out (tagger/html.py): then the source line of
    # each of `lines`, which every span is turned back into before the results leave.
    source_lines: tuple[int, ...] | None = None


class PeriodType(str, Enum):
    DURATION = "duration"
    INSTANT = "instant"


class Period(BaseModel):
    """A reporting period: `Three Months Ended December 31, 2002` is 2002-10-01..2002-12-31
    (both days included); `December 31, 2002` on a balance sheet is the instant 2002-12-31."""

    model_config = FROZEN
    start: dt.date | None = None  # None for an instant
    end: dt.date

    def __hash__(self) -> int:  # periods key every context and duplicate check: hash the two dates directly
        return hash((self.start, self.end))

    @property
    def period_type(self) -> PeriodType:
        return PeriodType.INSTANT if self.start is None else PeriodType.DURATION

    def __str__(self) -> str:
        return self.end.isoformat() if self.start is None else f"{self.start}..{self.end}"


class Scale(BaseModel):
    """What a table's scale line says, e.g. `(Dollars in thousands except share data)`.

    A multiplier is None when the table does not say; tagging such a value is a guess,
    so it is reported instead.
    """

    model_config = FROZEN
    text: str | None = None
    monetary: int | None = None
    shares: int | None = None
    per_share: int = 1
    span: Span | None = None
    currency: str | None = None  # the ISO 4217 code of the currency it names ('in millions of euros' -> 'EUR')


class Cell(BaseModel):
    """A value exactly as printed, e.g. '(1,379)' under 'Three Months Ended ... 2002'.

    `value` is the number as printed (not scaled); a dash ('---') is 0; None when the text
    is not a number (then an issue says so).
    """

    model_config = FROZEN
    text: str
    value: Decimal | None
    column: int  # index into Table.columns
    span: Span

    @property
    def fraction_digits(self) -> int:
        """Digits printed after the decimal point: '$0.24' -> 2, '5,191' -> 0."""
        match = _FRACTION.search(self.text) if "." in self.text else None
        return len(match[1]) if match and self.value is not None else 0

    @property
    def is_dash(self) -> bool:
        return self.value == 0 and not any(ch.isdigit() for ch in self.text)


class Column(BaseModel):
    """A column of a table, with its header as printed (all header lines joined) and the
    period read from it, e.g. 'Three Months Ended December 31, 2002' -> 2002-10-01..2002-12-31."""

    model_config = FROZEN
    index: int
    left: int  # 0-based, inclusive: the character columns the values occupy
    right: int  # 0-based, exclusive
    header: str
    period: Period | None
    audit: str | None = None  # '(unaudited)', '(audited)'
    months: int | None = None  # the length the header states in months, which a calendar of weeks reads otherwise
    named: tuple[str, int | None] | None = None  # ('Q4', 1999): the part of a fiscal year the header names, undated
    ended: bool = False  # named from an end with no length ('For the period ended Jun. 30 2010'): dated only by its sums
    dated_by: str | None = None  # where the period came from ('the header', "the title 'Years Ended ...'"), for a reader
    # The date the title printed for another year whose day this column's end carries ('three
    # years ended December 31, 2000' over 1999): this year's end on a calendar of months, not on
    # a calendar of weeks.
    carried_from: dt.date | None = None


class RowKind(str, Enum):
    VALUES = "values"  # a line item with values
    HEADING = "heading"  # 'Cost of sales:' opens a section


class Row(BaseModel):
    """A row as printed: its label (wrapped lines joined), the section heading it sits
    under (`Cost of sales:`), and its cells by column."""

    model_config = FROZEN
    label: str
    kind: RowKind
    section: str | None
    cells: tuple[Cell, ...]
    span: Span  # where the label starts (first line of a wrapped label)
    value_line: int  # the line that holds the values (the last line of a wrapped label)


class TableRole(str, Enum):
    """What a table is; only the company's consolidated statements give its facts."""

    CONSOLIDATED = "the company's statement"
    SEGMENT = "a segment's statement"
    PRO_FORMA = "a pro forma statement"
    NON_GAAP = "a non-GAAP statement"
    PARENT_ONLY = "the parent company's statement alone"
    OTHER_ENTITY = "another company's statement"
    PERCENTAGES = "a table of percentages"
    AVERAGES = "a table of average balances"
    OUTLOOK = "an outlook"
    BREAKDOWN = "a breakdown of one amount by the lines that include it"


class Table(BaseModel):
    """A financial table: title lines, scale, columns and rows, as the release prints them."""

    model_config = FROZEN
    index: int
    title: tuple[str, ...]
    scale: Scale
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    span: Span
    role: TableRole = TableRole.CONSOLIDATED
    role_reason: str | None = None  # what the title prints that gives the role

    @property
    def name(self) -> str:
        return " / ".join(self.title) if self.title else f"table {self.index + 1}"

    def whole_amounts(self) -> list[Decimal]:
        """The size of each non-zero amount printed whole (no decimals: not a per-share amount),
        in the order printed: what the scale rules weigh."""
        return [abs(cell.value) for row in self.rows for cell in row.cells if cell.value and cell.fraction_digits == 0]


class Filing(BaseModel):
    """What the EDGAR envelope of a whole submission says (its <SEC-HEADER>): the filing's
    id, form and date, and the filer's CIK and fiscal year end."""

    model_config = FROZEN
    accession_number: str | None = None  # '0000936392-99-000845'
    form: str | None = None  # '8-K', '8-K/A', '10-Q'
    filing_date: dt.date | None = None
    period_of_report: dt.date | None = None
    company: str | None = None  # the first filer's conformed name, 'QUALCOMM INC/DE'
    cik: str | None = None  # ten digits
    fiscal_year_end: tuple[int, int] | None = None  # (month, day), from 'FISCAL YEAR END: 0930'


class ReleaseInfo(BaseModel):
    """What the release says about itself: company, ticker, dateline date and headline."""

    model_config = FROZEN
    company: str | None = None
    ticker: str | None = None
    exchange: str | None = None
    date: dt.date | None = None
    headline: str | None = None
    filing: Filing = Filing()  # empty unless the release came inside a whole EDGAR submission


class ItemType(str, Enum):
    MONETARY = "monetary"
    SHARES = "shares"
    PER_SHARE = "per_share"


class Concept(BaseModel):
    """A concept of our taxonomy, as `taxonomy/concepts.toml` defines it, e.g.

    name = "NetSales", period_type = "duration", item_type = "monetary", balance = "credit".
    """

    model_config = FROZEN
    name: str
    period_type: PeriodType
    item_type: ItemType
    balance: Literal["debit", "credit"] | None = None
    label: str
    terse: str | None = None
    verbose: str | None = None
    labels: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    us_gaap: str | None = None  # the current US-GAAP element it corresponds to
    us_gaap_sign: Literal[1, -1] = 1  # -1 where the element counts the other way (net interest: income positive)

    @cached_property  # asked of every placed cell; a concept never changes
    def is_deduction(self) -> bool:
        """An expense (a debit flow): releases print it to subtract or in parentheses."""
        return self.period_type is PeriodType.DURATION and self.balance == "debit"


class Sum(BaseModel):
    """A sum the taxonomy states: total = sum(weight * item), e.g. GrossProfit = NetSales - CostOfSales."""

    model_config = FROZEN
    total: str
    items: tuple[tuple[str, int], ...]


class Entity(BaseModel):
    """Who reports: an SEC CIK where known, else the documented fallback scheme."""

    model_config = FROZEN
    scheme: str
    identifier: str
    name: str | None = None


class Unit(NamedTuple):
    """What a fact is measured in: a currency (its ISO 4217 code), shares, or a currency per
    share. A NamedTuple: one is made for every fact."""

    currency: str | None  # 'USD', 'EUR'; None for a share count
    per_share: bool = False

    @property
    def id(self) -> str:
        """The id of the instance's unit: 'USD', 'shares', 'EUR-per-share'."""
        return "shares" if self.currency is None else f"{self.currency}-per-share" if self.per_share else self.currency

    @property
    def measure(self) -> str:
        """As OIM writes it: 'iso4217:EUR', 'xbrli:shares', 'iso4217:EUR/xbrli:shares'."""
        if self.currency is None:
            return "xbrli:shares"
        return f"iso4217:{self.currency}/xbrli:shares" if self.per_share else f"iso4217:{self.currency}"

    @property
    def flat(self) -> str:
        """As the flat tables write it: 'USD', 'shares', 'USD/shares'."""
        return "shares" if self.currency is None else f"{self.currency}/shares" if self.per_share else self.currency


SHARES = Unit(None)


class Fact(BaseModel):
    """One tagged value, in base units: '$5,191' in thousands is 5191000 with decimals -3."""

    model_config = FROZEN
    id: str
    concept: str
    period: Period
    unit: Annotated[Unit, SkipValidation]  # made by tagger/tag.py alone, for every fact: not checked again
    value: Decimal
    decimals: int
    printed: str  # the cell as printed, '$5,191'
    scale: int  # what `printed` was multiplied by
    span: Span
    table: int
    label: str  # the row label as printed


class Report(BaseModel):
    """Everything the writers need for one release: who reports, what the release says
    about itself, and the facts in table order."""

    model_config = FROZEN
    source: str  # the release's file name, as written into the outputs
    document_id: str  # unique within a run: the file's stem, or its path under the folder tagged
    entity: Entity
    info: ReleaseInfo
    facts: tuple[Fact, ...]
    fiscal_year_end: tuple[int, int] | None = None  # (month, day), when the release shows it
    tables: int = 0  # financial tables found
    errors: int = 0  # problems found reading it: values not written, and why
    warnings: int = 0
