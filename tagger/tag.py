"""Tag tables: each row's concept, each cell's period, unit, value in base units and decimals.

    Net sales     $5,191   (Dollars in thousands)  ->  NetSales = 5191000, decimals -3, USD
    Provision for income taxes   (860)             ->  IncomeTaxExpenseBenefit = 860000

What cannot be tagged for sure (no concept, no period, no scale, two values for one fact)
is reported with its place in the release, never written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from itertools import takewhile

from tagger.amounts import (
    DOLLARS,
    MULTIPLE_HINT,
    YEAR_WORD,
    Currencies,
    currency_named,
    currency_of,
    in_pence,
    is_percent,
    label_scale,
    read_currencies,
    rounds_to,
)
from tagger.models import SHARES, Concept, Fact, Issue, ItemType, Period, PeriodType, Row, RowKind, Span, Table, TableRole, Unit
from tagger.roles import heading_role, names_a_statement
from tagger.signs import ABSOLUTE, Placed, deduction_signs
from tagger.taxonomy import (
    AND_COMPREHENSIVE,
    Taxonomy,
    is_per_share_heading,
    names_basic_or_diluted,
    normalize_label,
    per_share_concepts,
    scopes_per_share,
)
from tagger.vocabulary import DOLLAR, UNKNOWN


def tag_tables(tables: Sequence[Table], taxonomy: Taxonomy, release_text: Callable[[], str] = str,
               filers: Sequence[str | None] = ()) -> tuple[tuple[Fact, ...], tuple[Issue, ...]]:
    """Facts for every cell that can be tagged for sure, and issues for the rest.
    `release_text` gives the release's text, read for the currencies it names (asked only for
    a table that marks none, or a bare '$'); `filers`, the company's names the release and its
    filing give, for the lines that name its share by a short name ('Huaxin Online shareholders')."""
    facts: list[Fact] = []
    issues: list[Issue] = []
    release_currency = _ReleaseCurrency(tables, release_text)
    inherited_from: Table | None = None
    balance_totals = _balance_sheet_totals(tables, taxonomy)
    group_results: dict[tuple[Period, Decimal], Span] = {}  # the whole group's result, where a statement splits it
    for table in tables:
        if table.scale.monetary == 1:
            # '(Expressed in Canadian dollars)' speaks for its table alone, and a table after it that
            # states nothing may be in units or in the thousands of a table before: not said
            inherited_from = None
        elif table.scale.monetary is not None:
            inherited_from = table
        elif inherited_from is not None and not _in_whole_thousands(table) and not _far_larger(table, inherited_from) \
                and not _says_own_multiple(table):
            issues.append(Issue(
                code="tag.scale-inherited", severity="warning", span=table.span,
                message=f"{table.name!r} states no scale; using {inherited_from.scale.text!r} "
                        f"from line {inherited_from.scale.span.line if inherited_from.scale.span else '?'}",
            ))
            table = table.model_copy(update={"scale": inherited_from.scale})
        if table.role is not TableRole.CONSOLIDATED:
            continue  # not the company's facts (tagger/roles.py said so, once, for the table)
        placed, place_issues = _place(table, taxonomy, balance_totals, filers)
        issues.extend(place_issues)
        group_results.update(_group_results(table, taxonomy))
        signs, sign_issues = deduction_signs(placed, taxonomy)
        issues.extend(sign_issues)
        currencies = column_currencies(table, release_currency)
        dotted = _grouped_by_points(table)
        for item in placed:
            if dotted and item.concept.item_type is not ItemType.PER_SHARE and _THOUSANDS_BY_POINT.search(item.cell.text):
                issues.append(Issue(code="tag.number-format-unclear", span=item.cell.span,
                                    message=f"{item.concept.name}: {item.cell.text!r} in a table that groups no number "
                                            "with a comma: 31.200 may be 31,200 written the European way; not tagged"))
                continue
            fact = _fact(table, item, signs.get(item.row), len(facts), currencies, release_currency)
            if isinstance(fact, Issue):
                issues.append(fact)
            else:
                facts.append(fact)
    # the company's statements as dated: a table dated by named parts ('1st Qtr' under '2007')
    # is a schedule beside them, and yields to them where they disagree
    statements = frozenset(table.index for table in tables if names_a_statement(table.title)
                           and not any(column.named for column in table.columns))
    facts, group_issues = _without_group_results(facts, group_results)
    issues += group_issues
    facts, measure_issues = _without_non_gaap_operating_income(facts, release_text)
    issues += measure_issues
    resolved, duplicate_issues = _resolve_duplicates(facts, statements, taxonomy)
    kept, check_issues = _per_share_checked(resolved)
    issues += duplicate_issues + check_issues
    # ids count the facts written, in order: f1, f2, ...
    renumbered = tuple(f if f.id == f"f{n}" else f.model_copy(update={"id": f"f{n}"}) for n, f in enumerate(kept, start=1))
    return renumbered, tuple(issues)


def _group_results(table: Table, taxonomy: Taxonomy) -> dict[tuple[Period, Decimal], Span]:
    """The values of a 'Net income' that the table splits into the company's share and the
    noncontrolling interests' (which is the whole group's, not the company's), by period."""
    if table.scale.monetary is None or "NetIncomeLoss" not in taxonomy:
        return {}
    found: dict[tuple[Period, Decimal], Span] = {}
    for index, row in enumerate(table.rows):
        if row.kind is RowKind.VALUES and taxonomy["NetIncomeLoss"] in taxonomy.match(row.label, row.section) \
                and _others_share_follows(table, index) and _company_share_follows(table, index, taxonomy):
            for cell in row.cells:
                period = table.columns[cell.column].period
                if period is not None and cell.value is not None:
                    found[(period, cell.value * table.scale.monetary)] = cell.span
    return found


# the release calls its 'operating income' a non-GAAP measure (an insurer's: net income less
# realized investment gains, after tax): 'operating income, a non-GAAP measure', 'Operating
# income (a non-GAAP financial measure)', 'operating income, which is a non-GAAP measure'
_NON_GAAP_OPERATING = re.compile(r"\boperating\s+(?:income|earnings)(?:\s+as\s+(?:so\s+)?defined)?\s*(?:,|\(|\bis\b|\bwhich\s+is\b)?"
                                 r"\s*an?\s+non-?\s?gaap\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.;:!?]\s|\n\s*\n")
# a qualifier that makes it another measure than the operating income itself ('Pro forma operating
# income, a non-GAAP measure' beside the statement's GAAP operating income)
_QUALIFIED_MEASURE = frozenset({"adjusted", "forma", "core", "cash", "normalized", "recurring", "underlying", "segment",
                                "non-gaap", "comparable", "organic", "excluding"})
_OPERATING_LABEL = re.compile(r"(?:total )?operating (?:income|earnings)(?: loss| \w+ loss)?")  # normalized


def _operating_income_itself(text: str, at: int) -> bool:
    """Whether the words before 'operating income' in its sentence name no other measure
    ('Excluding charges, operating income, a non-GAAP measure', 'Pro forma operating income')."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    return not any(word in _QUALIFIED_MEASURE for word in re.findall(r"[\w-]+", text[start:at].lower()))


def _without_non_gaap_operating_income(facts: list[Fact], release_text: Callable[[], str]) -> tuple[list[Fact], list[Issue]]:
    """Operating income where the release says its 'operating income' is a non-GAAP measure:
    not the company's GAAP operating income, wherever the line is printed (a summary, or under
    the statement's net income); said, not written."""
    named = [f for f in facts if f.concept == "OperatingIncomeLoss" and _OPERATING_LABEL.fullmatch(normalize_label(f.label))]
    if not named:
        return facts, []  # the release's text is read only where such a line is tagged
    text = release_text()
    if not any(_operating_income_itself(text, match.start()) for match in _NON_GAAP_OPERATING.finditer(text)):
        return facts, []
    issues = [Issue(code="tag.table-role", severity="warning", span=f.span,
                    message=f"OperatingIncomeLoss: {f.label!r} ({f.printed!r}) is the operating income the release calls "
                            "a non-GAAP measure, not the company's GAAP figure; not written") for f in named]
    dropped = set(map(id, named))
    return [f for f in facts if id(f) not in dropped], issues


def _company_share_follows(table: Table, index: int, taxonomy: Taxonomy) -> bool:
    """One of the three value rows under a net income is the company's share of it ('Equity
    holders of the parent', 'Net income attributable to X Inc.'): the result is split, not
    added back to (a cash flow statement's 'Minority interest in earnings' under its net income)."""
    below = [i for i in range(index + 1, len(table.rows)) if table.rows[i].kind is RowKind.VALUES][:3]
    return any(taxonomy["NetIncomeLoss"] in (taxonomy.match(table.rows[i].label, table.rows[i].section)
                                             or _share_attributed(table, i, _heading_of(table, i), taxonomy)) for i in below)


def _without_group_results(facts: list[Fact], group_results: dict[tuple[Period, Decimal], Span]
                           ) -> tuple[list[Fact], list[Issue]]:
    """The facts but a net income that is the value of the whole group's result a statement
    splits for the same period (a cash flow statement opens with the group's 'Net income 938'
    where the income statement gives the company's share, 905): reported, not written."""
    kept, issues = [], []
    for fact in facts:
        split = group_results.get((fact.period, fact.value)) if fact.concept == "NetIncomeLoss" else None
        if split is None:
            kept.append(fact)
            continue
        issues.append(Issue(code="tag.component", severity="warning", span=fact.span,
                            message=f"NetIncomeLoss {fact.printed!r} for {fact.period} is the group's result, which line "
                                    f"{split.line} splits into the company's share and the noncontrolling interests'; "
                                    "not tagged"))
    return kept, issues


def _says_own_multiple(table: Table) -> bool:
    """A title or header that speaks of a multiple no scale statement reads ('(Rs. in crores)',
    '(in TEUR)'): the table has a scale of its own, unknown, not the table before's."""
    notes = [line for line in table.title if len(line) <= 60]  # a note, not a sentence's '$96.8 million'
    text = YEAR_WORD.sub(" ", " ".join((*notes, *(column.header for column in table.columns))))
    return bool(MULTIPLE_HINT.search(text))


def _far_larger(table: Table, before: Table) -> bool:
    """The table's amounts run hundreds of times larger than those of the table whose multiple
    it would take: printed in units beside a statement in thousands (an exact-dollar balance
    sheet, 'Total assets 12,295,747', after a statement of operations in thousands, '5,191'),
    not its continuation, whose amounts are of its size."""
    def median(of: Table, least: int) -> Decimal | None:
        amounts = sorted(of.whole_amounts())
        return amounts[len(amounts) // 2] if len(amounts) >= least else None
    # its amounts in the millions as printed, against a statement's of some rows (not a note's
    # two related-party balances, whose few small amounts say nothing of the next table's size)
    mine, theirs = median(table, 3), median(before, 6)
    return mine is not None and theirs is not None and mine >= 1_000_000 and mine > 300 * theirs


def _in_whole_thousands(table: Table) -> bool:
    """Every amount the table prints is a whole thousand, millions among them, most of them
    precise to the thousand ('$3,471,000', '$18,689,000', '374,000'): amounts in units, rounded,
    which a table in thousands would print as '3,471'. Such a table takes no multiple from the
    table before it (VeriSign's note on Network Solutions' taxes, after statements in
    thousands). Round figures are no sign (a debt table in thousands: a '250,000' revolver, a
    '1,000,000' note, sizes chosen round), so most amounts must not be whole ten thousands."""
    amounts = [value for value in table.whole_amounts() if value >= 1000]
    precise = sum(1 for value in amounts if value % 10_000)
    return (len(amounts) >= 3 and max(amounts) >= 1_000_000 and all(value % 1000 == 0 for value in amounts)
            and precise * 2 > len(amounts))


_EPS_SHARES = {"EarningsPerShareBasic": "WeightedAverageSharesBasic", "EarningsPerShareDiluted": "WeightedAverageSharesDiluted"}


def _per_share_checked(facts: list[Fact]) -> tuple[list[Fact], list[Issue]]:
    """Net income over the weighted shares is the EPS the release prints, near enough (preferred
    dividends, rounding, a share count of another date): a per-share amount off by a factor of
    more than ten is read at the wrong scale (cents as dollars, shares in thousands as units),
    and neither it nor the share count is written."""
    by_key = {(f.concept, f.period): f for f in facts}
    dropped: set[str] = set()
    issues: list[Issue] = []
    for fact in facts:
        shares = by_key.get((_EPS_SHARES.get(fact.concept, ""), fact.period))
        income = by_key.get(("NetIncomeLoss", fact.period))
        if shares is None or income is None or not shares.value or not fact.value or not income.value:
            continue
        ratio = abs(income.value / shares.value / fact.value)
        if not Decimal("0.1") <= ratio <= 10:  # within preferred dividends' reach; a scale is a factor of 100 or 1,000
            dropped |= {fact.id, shares.id}
            issues.append(Issue(
                code="tag.per-share-check", span=fact.span,
                message=f"{fact.concept} {fact.printed!r} for {fact.period} is not net income ({income.printed!r}, line "
                        f"{income.span.line}) over the shares ({shares.printed!r}, line {shares.span.line}): one of them "
                        "is read at a wrong scale; neither the amount nor the shares are written"))
            issues.append(Issue(  # the share count is not written either: said where it is printed
                code="tag.per-share-check", span=shares.span,
                message=f"{shares.concept} {shares.printed!r} for {shares.period}: net income over it is not the "
                        f"{fact.concept} printed ({fact.printed!r}, line {fact.span.line}); not written"))
    return [f for f in facts if f.id not in dropped], issues


def _place(table: Table, taxonomy: Taxonomy, balance_totals: dict[tuple[int, int], Concept],
           filers: Sequence[str | None] = ()) -> tuple[list[Placed], list[Issue]]:
    """Each cell that has a period, with the one concept its row means for that period; and
    why each row that gives none does not."""
    placed = []
    issues: list[Issue] = []
    periods = [(column.period, column.period and column.period.period_type) for column in table.columns]
    whole = _whole_rows(table)
    parts = _part_blocks(table, taxonomy)
    for index, row in enumerate(table.rows):
        if row.kind is not RowKind.VALUES:
            continue
        if whole is not None and index not in whole:
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} is printed for a part of the company, apart from its "
                                        f"{table.rows[whole.start - 1].label!r}; not tagged"))
            continue
        if index in parts:
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} is in the block of {parts[index]!r}, a part of the company "
                                        "with a total of its own; not tagged"))
            continue
        heading = _heading_of(table, index)
        if heading and heading_role(heading) is not None:
            issues.append(Issue(code="tag.table-role", severity="warning", span=row.span,
                                message=f"row {row.label!r} is under {heading!r}: {heading_role(heading).value}, "
                                        "not the company's figure; not tagged"))
            continue
        if heading and _DISCONTINUED.match(heading):
            # 'Discontinued operations:' / 'Income from operations  --  52': a part of the result
            # of operations sold or closed, not the company's operating income
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} is a part of {heading!r}, not the company's own total; "
                                        "not tagged"))
            continue
        # Under a per-share heading ('BASIC EARNINGS PER SHARE:'), 'Net Income' is net income per
        # share, never net income: the heading's words decide before the label's.
        per_share = row.section is not None and is_per_share_heading(row.section)
        candidates = () if per_share else taxonomy.match(row.label, row.section)
        if row.section and any(c.item_type is ItemType.PER_SHARE for c in candidates) and scopes_per_share(row.section):
            # 'Special items included above:' / 'Diluted loss per share': the items' share, not EPS
            candidates = tuple(c for c in candidates if c.item_type is not ItemType.PER_SHARE)
        if not candidates and not per_share and heading:
            candidates = _share_attributed(table, index, heading, taxonomy)  # 'Attributable to:' / 'Equity holders of the parent'
        if not candidates and not per_share and filers:
            candidates = _share_by_short_name(row.label, filers, taxonomy)  # 'Huaxin Online shareholders'
        if not candidates and not per_share and _WHOLE_RESULT.fullmatch(normalize_label(row.label)) \
                and not _shares_the_result(table) and "NetIncomeLoss" in taxonomy:
            # 'Loss for the Period': the company's net loss where no one else has a share of it
            # (IFRS's profit for the period includes the minority's, which a table then prints)
            candidates = (taxonomy["NetIncomeLoss"],)
        other_figure = _another_figure(table, index, candidates, taxonomy)
        if other_figure is not None:
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} {other_figure}; not tagged"))
            continue
        if not candidates and not per_share and "NetSales" in taxonomy and (
                _less_its_cost_is_gross_profit(table, index, taxonomy) or _less_its_expenses_is_a_result(table, index, taxonomy)):
            candidates = (taxonomy["NetSales"],)  # 'Consulting Revenue' less its cost is the gross profit
        elliptic = None if per_share or candidates else _elliptic_label(table, index)
        if elliptic:
            candidates = taxonomy.match(elliptic, row.section)
        total = balance_totals.get((table.index, index))  # a balance sheet's identity reads it ('To Total equity')
        if total:
            candidates = (total,)
        elif _unlabelled(row):
            candidates = _unlabelled_total(table, index, taxonomy) or _net_of_deductions(table, index, taxonomy)
        totalled = _totalled_below(table, index, candidates, taxonomy)
        if totalled:  # 'Cost of revenues' / 'Amortization ...' / 'Total cost of revenues': a part of the total
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} is a part of {totalled!r} below it, not the total; not tagged"))
            continue
        candidates, part_of = _within_section(row, candidates, taxonomy)
        if part_of:
            issues.append(Issue(code="tag.component", severity="warning", span=row.span,
                                message=f"row {row.label!r} is a part of {row.section!r} ({part_of}), not the total; "
                                        "not tagged"))
            continue
        if not candidates and not per_share:
            candidates = _per_share_of_net_income_above(table, index, taxonomy)  # 'Per common and common equivalent share'
        every: tuple[Concept, ...] = ()  # concepts the row states all of ('Basic and diluted loss per share')
        if not candidates:
            every = candidates = tuple(taxonomy[name] for name in per_share_concepts(row.label, _eps_context(table, index))
                                       if name in taxonomy)
            if candidates and per_share and not per_share_concepts(row.label, None) and not _printed_with_cents(row) \
                    and not _in_cents(f"{row.section} {row.label} {table.scale.text if table.scale else ''}"):
                # 'Basic earnings per share:' / 'Net earnings  $ 27' (in millions, or '$ 27.4'), the
                # numerator of Motorola's computation: a per-share heading makes a row EPS only when it
                # prints its values as amounts per share are printed, with their cents
                issues.append(Issue(code="tag.unmapped", severity="warning", span=row.span,
                                    message=f"row {row.label!r} under {row.section!r} prints no amounts per share (with "
                                            "their cents): a part of the computation, not the EPS; not tagged"))
                continue
            if not candidates and row.section is None and _printed_with_cents(row):
                every = candidates = _per_share_under_headings(table, index, taxonomy)  # 'Basic' flush under its heading
            if len(every) == 1:
                every = ()
        if not candidates:
            where = f" under {row.section!r}" if row.section else ""
            issues.append(Issue(code="tag.unmapped", severity="warning", span=row.span,
                                message=f"row {row.label!r}{where} maps to no concept"))
            continue
        if _names_loss(row, candidates) and _mixed_signs(row, periods):  # 'Net loss per share  (0.03)  0.06' too
            issues.append(Issue(code="tag.sign-unknown", severity="error", span=row.span,
                                message=f"row {row.label!r} names a loss and prints both signs: which values are losses "
                                        "is not said; not tagged"))
            continue
        by_type: dict[PeriodType, list[Concept]] = {}  # the candidates that fit each period type, as the row's cells ask
        read_as_eps: tuple[Concept, ...] | None = None  # the row under its per-share headings, read once when needed
        percentages = [cell.text for cell in row.cells if periods[cell.column][0] is not None and cell.value is not None
                       and is_percent(cell.text)]
        if percentages:  # 'Gross margin  26.6%' under a label that names an amount
            issues.append(Issue(code="tag.percentage", severity="warning", span=row.span,
                                message=f"row {row.label!r} prints percentages ({', '.join(map(repr, percentages))}), "
                                        f"not amounts of {', '.join(c.name for c in candidates)}; not tagged"))
        for cell in row.cells:
            period, period_type = periods[cell.column]
            if period is None or cell.value is None or is_percent(cell.text):
                continue  # a column with no period was reported when extracted; percentages just above
            fitting = by_type.get(period_type)
            if fitting is None:  # a balance printed in a column of years ('Total assets' in five years'
                # selected data) is the balance at the year's end, where the row stands among no flows
                # ('Minority interests' is none anywhere: its share of the result, a dividend paid to
                # it, a contribution from it, as like as its balance)
                fitting = by_type[period_type] = [c for c in candidates if c.period_type is period_type] or (
                    [c for c in candidates if c.period_type is PeriodType.INSTANT and c.name not in _ALSO_A_FLOW]
                    if period_type is PeriodType.DURATION and not _among_flows(table, index) else [])
            if every and len(fitting) == len(every):
                placed.extend(Placed(index, cell, concept) for concept in fitting)
                continue
            if len(fitting) != 1:
                issues.append(Issue(
                    code="tag.period-type", severity="warning", span=cell.span,
                    message=f"row {row.label!r} maps to {', '.join(c.name for c in candidates)}, none of "
                            f"which is reported for the {period.period_type.value} {period}",
                ))
                continue
            if _cents_in_thousands(table, row, fitting[0], cell.fraction_digits, cell.value):
                if read_as_eps is None:
                    read_as_eps = _per_share_under_headings(table, index, taxonomy)
                if read_as_eps:
                    placed.extend(Placed(index, cell, concept) for concept in read_as_eps)
                    continue
                issues.append(Issue(
                    code="tag.per-share-amount", severity="warning", span=cell.span,
                    message=f"row {row.label!r}: {cell.text!r} is printed with cents in a table in thousands or millions: a "
                            f"per-share amount, not {fitting[0].name}; not tagged",
                ))
                continue
            placed.append(Placed(index, cell, fitting[0]))
    return placed, issues


def _elliptic_label(table: Table, index: int) -> str | None:
    """'Net Income - Excluding One-Time Items  $180' / '  - As Reported  $204': a label that
    begins with a dash says the stem of the row above again ('Net Income - As Reported'), all of
    it but the last part ('Earnings Per Share - Excluding Items - Basic' / '- Diluted')."""
    label = table.rows[index].label.strip()
    if index == 0 or not label.startswith("- ") or names_basic_or_diluted(label):
        return None  # '- Diluted' below 'EPS - Pro Forma Basic': which words carry over is unclear
    above = table.rows[index - 1]
    stem = above.label.rsplit(" - ", 1)[0].strip() if above.kind is RowKind.VALUES and " - " in above.label else ""
    return f"{stem} {label}" if stem else None


_ATTRIBUTED = re.compile(r"attributable to\b(?!.*\bpartners?\b)")  # not a partnership's general and limited partners
_WHOLE_RESULT = re.compile(r"(?:net )?(?:profit|loss|profit loss|loss profit|income loss)(?: for the (?:period|year|quarter))")
_MINORITY = re.compile(r"\b(?:minority|minorities|non ?controlling)\b")
_OTHERS_SHARE = re.compile(rf"{_MINORITY.pattern}|\b(?:attributable|owners|equity ?holders)\b")


# China's business tax on services (and the surcharges levied with it), which AirMedia and 51job
# deduct from their revenues; not excise or sales taxes in general, whose net line is the net sales
def _another_figure(table: Table, index: int, candidates: tuple[Concept, ...], taxonomy: Taxonomy) -> str | None:
    """What a row whose label names one of the company's totals is instead, as the table's own
    rows show it (said after the row's label), or None: revenues net of China's business tax
    below the top line; equity with the noncontrolling interests above it added; the result with
    other comprehensive income added, or before the noncontrolling interests' share under it."""
    names = {c.name for c in candidates}
    if "NetSales" in names and (top_line := _top_line_above(table, index, taxonomy)) is not None:
        return f"is {top_line!r} less the taxes printed between them: the top line is the net sales"
    if names & {"NetSales", "OperatingIncomeLoss"} and _adds_joint_ventures(table, index):
        return "adds the joint ventures' or associates' share printed above it: not the group's own"
    if "StockholdersEquity" in names and _with_others_share_above(table, index):
        return "adds the noncontrolling interests above it to the company's equity, not the company's own"
    if "NetIncomeLoss" in names:
        rows = table.rows
        if AND_COMPREHENSIVE.search(normalize_label(rows[index].label)) \
                and any(_OTHER_COMPREHENSIVE.match(normalize_label(other.label)) for other in rows[:index]):
            return "adds the other comprehensive income printed above it to the result: the comprehensive income, not the net income"
        if _others_share_follows(table, index) and not _SHARE_OF_RESULT.fullmatch(normalize_label(_heading_of(table, index))):
            # (not the company's share itself, under 'Attributable to:' with the others' share after it)
            return "is the result before the noncontrolling interests' share printed under it, not the company's own"
    return None


_TAX = re.compile(r"\bbusiness (?:and \w+ )?tax(?:es)?\b")  # 'Business and related tax' (51job)


_REVENUE_LINE = re.compile(r"\b(?:revenues?|sales)$")
_COST_LINE = re.compile(r"\bcosts?\b")


def _less_its_cost_is_gross_profit(table: Table, index: int, taxonomy: Taxonomy) -> bool:
    """A revenue line in the company's own words ('Consulting Revenue', Alexco) directly above
    the cost of sales and the gross profit, which it less that cost is in every column: the
    revenues the gross profit is made of, the top line. The table's own arithmetic says so."""
    if not _REVENUE_LINE.search(normalize_label(table.rows[index].label)):
        return False
    below = [row for row in table.rows[index + 1:index + 4] if row.kind is RowKind.VALUES][:2]
    if len(below) < 2:
        return False
    cost, gross = below
    if not _COST_LINE.search(normalize_label(cost.label)) \
            or not any(c.name == "GrossProfit" for c in taxonomy.match(gross.label, gross.section)):
        return False  # 'Consulting Costs': the cost of those revenues, by its name
    # 'Royalty revenue' below the gross profit: then that line is not all the revenues
    return _less_is(table.rows[index], [cost], gross, in_columns_of=gross) and not _other_revenue_line(table, index, taxonomy)


def _other_revenue_line(table: Table, index: int, taxonomy: Taxonomy) -> bool:
    """The table prints a revenue line besides the row at `index`, or a heading of other revenues
    ('Other revenues:' over 'Insurance premiums' and 'Servicing fees')."""
    return any(other is not table.rows[index] and (
        other.kind is RowKind.VALUES and (_REVENUE_LINE.search(normalize_label(other.label))
                                          or any(c.name == "NetSales" for c in taxonomy.match(other.label, other.section)))
        or other.kind is RowKind.HEADING and _REVENUE_HEADING.search(normalize_label(other.label))) for other in table.rows)


# normalized: 'Other revenues:', 'Other revenues and income:', 'Other revenues, net:'; not 'Sales volumes:'
_REVENUE_HEADING = re.compile(r"\b(?:revenues?|sales)\b(?! (?:volumes?|units|data|statistics|mix)\b)")


_DISCONTINUED_TITLE = re.compile(r"\bdiscontinued\b", re.IGNORECASE)
_EXPENSES_HEADING = re.compile(r"\b(?:expenses|costs)\b")  # normalized: 'Expenses:', 'Costs and expenses:'


def _less_its_expenses_is_a_result(table: Table, index: int, taxonomy: Taxonomy) -> bool:
    """The first line of a table, a revenue line in the company's own words ('Petroleum revenue',
    Alberta Star), above 'Expenses:' and its items, less which it is the next line's result in
    every column ('Net loss before other items', after a 'Total expenses' perhaps), the table
    printing no other revenue line: the revenues the result is made of, the top line. The
    table's own arithmetic says so."""
    rows = table.rows
    if not _REVENUE_LINE.search(normalize_label(rows[index].label)) \
            or any(_DISCONTINUED_TITLE.search(line) for line in table.title) \
            or any(row.kind is RowKind.VALUES for row in rows[:index]) or _other_revenue_line(table, index, taxonomy):
        return False  # (not in a discontinued business's table: its revenues are not the company's top line)
    heading = index + 1
    if heading >= len(rows) or rows[heading].kind is not RowKind.HEADING \
            or not _EXPENSES_HEADING.search(normalize_label(rows[heading].label)):
        return False
    items: list[Row] = []
    for row in rows[heading + 1:]:
        if row.kind is RowKind.HEADING:
            return False
        if len(items) >= 2 and _less_is(rows[index], items, row):
            return True
        if not (len(items) >= 2 and _adds_up(items, row, in_magnitude=True)):  # 'Total expenses': no item of its own
            items.append(row)
    return False


def _less_is(top: Row, items: Sequence[Row], result: Row, in_columns_of: Row | None = None) -> bool:
    """In every column of `in_columns_of` (`top` unless given), `top` less the magnitudes of
    `items` is `result`'s value: deductions printed as they come, in parentheses or not."""
    anchor = top if in_columns_of is None else in_columns_of
    for cell in anchor.cells:
        start, value = _value_in(top, cell.column), _value_in(result, cell.column)
        taken = [_value_in(item, cell.column) for item in items]
        if start is None or value is None or None in taken or start - sum(abs(v) for v in taken) != value:  # type: ignore[arg-type, misc]
            return False
    return bool(anchor.cells)


def _top_line_above(table: Table, index: int, taxonomy: Taxonomy) -> str | None:
    """'Revenues' / 'Business tax and other sales tax  (943)' / 'Net revenues': a revenue line
    that nets the top line above it of the taxes printed between, in every column; the label of
    that top line, which is the net sales (as AirMedia's and 51job's releases call their
    revenues 'total revenues'; the business tax is the state's). None for any other row: a brewer's
    'Revenue' less excise taxes is no net sales."""
    rows = table.rows
    label = normalize_label(rows[index].label)
    if not label.startswith("net "):
        return None
    between = []
    for above in range(index - 1, -1, -1):
        if rows[above].kind is not RowKind.VALUES:
            return None
        if any(c.name == "NetSales" for c in taxonomy.match(rows[above].label, rows[above].section)):
            break
        between.append(rows[above])
    else:
        return None
    if not between or len(between) > 3 or not all(_TAX.search(normalize_label(row.label)) for row in between):
        return None  # freight, returns, excise taxes: the net sales are net of them (Agrium's 'Net sales')
    return rows[above].label if _less_is(rows[above], between, rows[index], in_columns_of=rows[index]) else None


# a line of other comprehensive income, or its heading ('Other comprehensive income (loss)',
# 'Unrealized gain on available-for-sale securities', 'Foreign currency translation adjustment'),
# not a result's line that names it ('... reclassified from other comprehensive loss')
_OTHER_COMPREHENSIVE = re.compile(r"(?:other comprehensive|unrealized|(?:foreign )?currency translation)\b")
# a part of equity that no liability or mezzanine line is ('Treasury stock', 'Retained earnings')
_EQUITY_PART = re.compile(r"\b(?:treasury|retained|paid ?in|accumulated (?:other )?comprehensive|accumulated deficit)\b")
_OUTSIDE_SHARE = re.compile(rf"{_MINORITY.pattern}|\boutside (?:shareholders|interests?)\b|\bthird party\b")  # normalized
_ALSO_A_FLOW = frozenset({"MinorityInterest"})  # balances whose label names a flow of the period as often
# a heading over flows or averages of the period ('Increase (decrease) in:', 'Financing activities:',
# 'AVERAGE BALANCES:'), under which a balance's label is no balance at the period's end (normalized)
_FLOW_HEADING = re.compile(r"\b(?:increase|decrease|changes?|activities|average|proceeds|payments?|repayments?|paid|"
                           r"issuances?|purchases?|sales? of|borrowings?)\b")
_CASH_FLOWS = re.compile(r"\bcash\s+flows?\b|\bchanges\s+in\s+financial\s+position\b", re.IGNORECASE)


def _among_flows(table: Table, index: int) -> bool:
    """The row stands among flows or averages of a period, where a balance's label is no balance
    at its end: under 'Attributable to:' (a share of the result), under a heading of flows or
    averages (its section, or the nearest heading above it, a section a total closed: 'AVERAGE
    BALANCES:' / 'Total assets' / 'Shareholders' equity'), or in a statement of cash flows."""
    section = table.rows[index].section or ""
    nearest = next((r.label for r in reversed(table.rows[:index]) if r.kind is RowKind.HEADING), "")
    return bool(_SHARE_OF_RESULT.match(normalize_label(section))) \
        or any(_FLOW_HEADING.search(normalize_label(heading)) for heading in (section, nearest)) \
        or any(_CASH_FLOWS.search(line) for line in table.title)


# normalized heading: 'Attributable to:', 'Net income attributable to:', 'Profit for the period attributable to:'
_SHARE_OF_RESULT = re.compile(r"(?:net )?(?:income|profit|earnings|loss|result)?(?P<length> for the (?:(?:half )?year|period|"
                              r"quarter|half year|financial (?:year|period)))?\s*attributable to\b")
# others' interest in the company's net assets: a minority, or a subsidiary's own stock held outside
_OTHERS_INTEREST = re.compile(rf"{_MINORITY.pattern}|\bsubsidiar(?:y|ies)\b|\boutside\b|\bpartners?\b|\bpartnership\b"
                             r"|\bthird party (?:interests?|share)\b"  # a Dutch company's minority (not 'third-party payor settlements')
                             r"|\btrusts?\b|\binterests? (?:of|in)\b")  # and a partnership's or a trust's
# lines between the liabilities and the equity that are neither ('Redeemable preferred stock'): a
# subtotal over them is no total of liabilities
_NOT_LIABILITIES = re.compile(rf"{_OTHERS_INTEREST.pattern}|\bpreferred\b|\bpreference\b|\bredeemable\b|\btemporary equity\b")


# the company's share named by the company's own (short) name: 'Net income attributable to Huaxin
# Online shareholders', "Total Huaxin Online's shareholders' equity" (normalized)
_NAMED_SHARE = re.compile(r"(?:net )?(?:income|earnings|profit|loss|income loss|loss income) attributable to (?:the )?"
                          r"(?P<income>[a-z0-9 ]+?)(?: s)?(?: (?:shareholders|stockholders|equity holders|owners))?"
                          r"|(?:total )?(?P<equity>[a-z0-9 ]+?)(?: s)? (?:shareholders|stockholders) equity")


def _share_by_short_name(label: str, filers: Sequence[str | None], taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """A line naming the company's share by the first words of the company's own name, as the
    release or its filing gives it ('Huaxin Online' of 'Huaxin Online Holdings Limited'; 'Net
    income attributable to Meridian Coast', as US companies word it from 2009): the company's
    net income or equity. Only the filer's leading words: no other party's name."""
    match = _NAMED_SHARE.fullmatch(normalize_label(label))
    if match is None:
        return ()
    name = (match["income"] or match["equity"]).split()
    possessive = [*name[:-1], name[-1].removesuffix("s")]  # "Huaxin Online's", its apostrophe normalized away
    if not any(words in (name, possessive) for filer in filers if filer
               for words in [normalize_label(filer).split()[:len(name)]]):
        return ()
    concept = "NetIncomeLoss" if match["income"] else "StockholdersEquity"
    return (taxonomy[concept],) if concept in taxonomy else ()


def _share_attributed(table: Table, index: int, section: str, taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """A row under 'Attributable to:' (or 'Net income attributable to:', or an HTML table's flush
    'Profit for the period attributable to:') that names the company's holders ('Equity holders
    of the parent', 'Shareholders of Helvetron Holding AG'): the company's share of the result,
    or of the equity, whichever the row above the heading is."""
    row = table.rows[index]
    heading = normalize_label(section)
    share = _SHARE_OF_RESULT.fullmatch(heading)
    if not share:
        return ()
    if share["length"]:  # 'Profit for the period attributable to': the profit attributable to
        heading = heading[:share.start("length")] + heading[share.end("length"):]
    at = next((i for i in range(index - 1, -1, -1) if table.rows[i].kind is RowKind.HEADING), None)
    above = next((r for r in reversed(table.rows[:at or 0]) if r.kind is RowKind.VALUES), None)
    if (_loss_only(heading) or above is not None and _loss_only(above.label)) \
            and any(cell.value is not None and cell.value > 0 for cell in row.cells):
        return ()  # a loss's share printed as a magnitude ('Loss for the year' / ... / '7,100'): which sign, unsaid
    if heading == "attributable to":  # the heading names no figure: the row above it does
        if above is None:
            return ()
        figure = normalize_label(above.label)
        if any(c.name == "NetIncomeLoss" for c in taxonomy.match(above.label, above.section)) or _WHOLE_RESULT.fullmatch(figure):
            heading = "net income attributable to"
        elif _TOTAL_EQUITY.fullmatch(figure):
            heading = "equity attributable to"
        else:
            return ()
    return tuple(c for c in taxonomy.match(f"{heading} {row.label}", None) if c.name in ("NetIncomeLoss", "StockholdersEquity"))


_TOTAL_EQUITY = re.compile(r"(?:total )?(?:shareholders |stockholders )?equity")  # normalized: with the minority's


# a share of joint ventures' or associates' figures ('Share of joint ventures' turnover', 'Share of
# operating profit of associates'), not the company's own income from them ('fees from joint ventures')
_JOINT_VENTURES = re.compile(r"\bshare\b.*\b(?:joint ventures?|associates?|associated (?:companies|undertakings))\b"
                             r"|\b(?:joint ventures?|associates?) s? ?share\b")  # normalized


def _adds_joint_ventures(table: Table, index: int) -> bool:
    """'Group turnover' / 'Share of joint ventures' turnover' / 'Total turnover': a total whose
    rows right above it (since the last rule of its block) name joint ventures or associates."""
    label = normalize_label(table.rows[index].label)
    if not label.startswith("total"):
        return False
    above = [row for row in reversed(table.rows[:index]) if row.kind is RowKind.VALUES][:3]
    return any(_JOINT_VENTURES.search(normalize_label(row.label)) for row in above)


def _others_share_follows(table: Table, index: int) -> bool:
    """'Net income' with 'Less: Net income attributable to noncontrolling interests' in one of
    the two rows under it (as US GAAP prints since 2009, and IFRS): the result of the whole
    group, of which the company's share follows. (Before 2009 the minority's share was deducted
    above the net income, which is the company's.) Or 'Attributable to shareholders of the Company'
    right under it, the split begun, whether or not the others' share made it into the table (a
    Canadian MD&A's 'Net (Loss) in Total', whose minority row a '$ Nil' cut off)."""
    below = [row for row in table.rows[index + 1:] if row.kind is RowKind.VALUES][:2]
    return any(_OUTSIDE_SHARE.search(normalize_label(row.label)) for row in below) or bool(
        below and _ATTRIBUTED.match(normalize_label(below[0].label)))


def _with_others_share_above(table: Table, index: int) -> bool:
    """'Total X Inc.'s shareholders' equity' / 'Noncontrolling interest' / 'Total shareholders'
    equity': a total that, in every column, adds the noncontrolling interests printed right
    above it to the company's equity above them."""
    above = [row for row in reversed(table.rows[:index]) if row.kind is RowKind.VALUES][:2]
    if len(above) < 2 or not _MINORITY.search(normalize_label(above[0].label)):
        return False
    return _adds_up(above, table.rows[index])


def _shares_the_result(table: Table) -> bool:
    """The table prints someone else's share of its result, or splits it ('Attributable to:',
    'Minority interests', 'Non-controlling interests'): its profit for the period is not the
    company's alone."""
    return any(_OTHERS_SHARE.search(normalize_label(row.label)) for row in table.rows)


def _unlabelled_total(table: Table, index: int, taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """A row with no label below a heading that names a concept ('Revenues' / its items / a
    rule / an unlabelled '361.3') is that concept's total when, in every column, it is the sum
    of the heading's items just above it and the block ends there: the table's own arithmetic
    says so, not a guess."""
    row = table.rows[index]
    items: list[Row] = []
    for other in reversed(table.rows[:index]):
        if other.kind is RowKind.HEADING:
            break
        items.append(other)
    else:
        return ()
    heading = other.label
    if len(items) < 2 or any(item.section != heading or _unlabelled(item) for item in items) or not _adds_up(items, row):
        return ()
    if _block_goes_on(table, index, other):
        return ()  # a subtotal ('Domestic' + 'Export' = gross, then 'Less excise taxes' = net)
    concepts = taxonomy.match(heading, None)
    below = table.rows[index + 1] if index + 1 < len(table.rows) else None
    if any(c.name == "StockholdersEquity" for c in concepts):
        if any(_OTHERS_INTEREST.search(normalize_label(item.label)) for item in items):
            return ()  # 'Non-controlling interests' among the items: the group's equity, not the company's
        if below is not None and below.kind is RowKind.HEADING:
            return ()  # an equity's sum with a heading next ('Treasury stock:'): the block may go on
        above = takewhile(lambda r: r.kind is not RowKind.HEADING, reversed(table.rows[:index - len(items) - 1]))
        if any(_EQUITY_PART.search(normalize_label(r.label)) for r in above):
            return ()  # 'Treasury stock, at cost' printed above the heading: its sum is not all the equity
    return concepts


def _balance_sheet_totals(tables: Sequence[Table], taxonomy: Taxonomy) -> dict[tuple[int, int], Concept]:
    """Unlabelled grand totals of a balance sheet, read by its own identity: the row that ends
    the assets ('$4,487' after 'Other assets', no label) and the row that ends the liabilities
    and equity after them (in the same table, or in the next one, continued over a page) print
    the same amount in every column, dated alike: they are total assets and total liabilities
    and equity. (table index, row index) -> concept."""
    found: dict[tuple[int, int], Concept] = {}
    assets, both = taxonomy["TotalAssets"], taxonomy["LiabilitiesAndStockholdersEquity"]
    for number, table in enumerate(tables):
        titled = any(_BALANCE_SHEET_TITLE.search(line) for line in table.title)
        split = next((i for i, row in enumerate(table.rows)
                      if row.kind is RowKind.HEADING and _opens_liabilities(row.label, titled)), None)
        if split is not None:
            other, first = table, split
        elif number + 1 < len(tables) and _continues_with_liabilities(tables[number + 1]):
            other, first, split = tables[number + 1], 0, len(table.rows)
        else:
            continue
        end_of_assets = _last_value_row(table.rows, 0, split)
        end_of_both = _last_value_row(other.rows, first, len(other.rows))
        if end_of_assets is None or end_of_both is None:
            continue
        closing = other.rows[end_of_both]
        if not (_unlabelled(closing) or both in taxonomy.match(closing.label, closing.section)):
            continue
        ending_assets = table.rows[end_of_assets]
        if not (_unlabelled(ending_assets) or assets in taxonomy.match(ending_assets.label, ending_assets.section)):
            continue
        if _balances(table, ending_assets, other, closing):
            if _unlabelled(ending_assets):
                found[(table.index, end_of_assets)] = assets
            if _unlabelled(closing):
                found[(other.index, end_of_both)] = both
            found.update(_liabilities_and_equity_subtotals(other, first, end_of_both, taxonomy))
    return found


def _liabilities_and_equity_subtotals(table: Table, first: int, closing: int, taxonomy: Taxonomy
                                      ) -> dict[tuple[int, int], Concept]:
    """The subtotals no label reads that end the liabilities and the equity of a balance sheet
    whose total of both is known (an income trust's 'Unitholders' Equity:' / its items /
    '1,222,476' / '2,305,699'; 3SBio's 'To Total shareholders' equity', misprinted): the row that
    ends the equity, the sum of the items under the equity heading, and the row that ends the
    block before that heading (or its 'Total liabilities'), which with the equity makes the
    total, in every column. The balance sheet's own identity says which is which."""
    if "TotalLiabilities" not in taxonomy or "StockholdersEquity" not in taxonomy:
        return {}
    rows = table.rows
    equity, liabilities_total = taxonomy["StockholdersEquity"], taxonomy["TotalLiabilities"]
    heading = next((i for i in range(closing - 1, first - 1, -1) if rows[i].kind is RowKind.HEADING
                    and equity in taxonomy.match(rows[i].label, None)), None)
    if heading is None:
        return {}
    end_of_equity = _last_value_row(rows, heading, closing)
    # 'Commitments and contingencies  --  --' between the liabilities and the equity: neither
    liabilities = [i for i in range(first, heading) if rows[i].kind is RowKind.VALUES and any(c.value for c in rows[i].cells)]
    if end_of_equity is None or not liabilities or not _unread(rows[end_of_equity], taxonomy, _EQUITY_WORD) \
            or _OTHERS_INTEREST.search(normalize_label(rows[end_of_equity].label)):
        return {}
    end_of_liabilities = liabilities[-1]
    # the liabilities' subtotal, their total, or their one line ('Accounts payable' alone above
    # the equity); else their lines, with no subtotal, add up with the equity to the total
    stated = liabilities_total in taxonomy.match(rows[end_of_liabilities].label, rows[end_of_liabilities].section)
    summed = _unlabelled(rows[end_of_liabilities]) or stated or len(liabilities) == 1
    items = [rows[i] for i in range(heading + 1, end_of_equity) if rows[i].kind is RowKind.VALUES]
    if any(_OTHERS_INTEREST.search(normalize_label(item.label)) for item in items):
        return {}  # a non-controlling interest or a subsidiary's stock inside the block: not the company's equity
    owed = [rows[end_of_liabilities]] if summed else [rows[i] for i in liabilities]
    if len(items) < 2 or not _adds_up(items, rows[end_of_equity]) or not _adds_up([*owed, rows[end_of_equity]], rows[closing]):
        return {}
    found = {(table.index, end_of_equity): equity}
    if summed and _unlabelled(rows[end_of_liabilities]) and not any(_NOT_LIABILITIES.search(normalize_label(rows[i].label))
                                                         for i in liabilities):
        found[(table.index, end_of_liabilities)] = taxonomy["TotalLiabilities"]
    return found


_LIABILITIES_HEADING = re.compile(r"(?:liabilities(?: [a-z]+){0,3} and|capitalization and liabilities)\b")  # normalized
_BALANCE_SHEET_TITLE = re.compile(r"balance\s+sheets?|financial\s+(?:position|condition)", re.IGNORECASE)


def _opens_liabilities(label: str, balance_sheet: bool = False) -> bool:
    """'LIABILITIES AND SHARE-OWNERS' EQUITY', 'LIABILITIES, MINORITY INTEREST AND STOCKHOLDERS'
    EQUITY' (a utility's 'CAPITALIZATION AND LIABILITIES'), or, in a table titled as a balance
    sheet, 'LIABILITIES:' alone, with the equity under a heading of its own (not in a purchase
    price allocation, which balances too): the heading that ends a balance sheet's assets."""
    key = normalize_label(label)
    return bool(_LIABILITIES_HEADING.match(key)) or balance_sheet and key == "liabilities"


def _continues_with_liabilities(table: Table) -> bool:
    """A table that goes on with a balance sheet's liabilities: its title ('CONSOLIDATED BALANCE
    SHEETS (Continued) / LIABILITIES AND SHAREHOLDERS' EQUITY') or its headings before any row
    of values say so."""
    if any(_opens_liabilities(line) for line in table.title):
        return True
    for row in table.rows:
        if row.kind is not RowKind.HEADING:
            return False
        if _opens_liabilities(row.label):
            return True
    return False


def _last_value_row(rows: Sequence[Row], start: int, stop: int) -> int | None:
    return next((i for i in range(stop - 1, start - 1, -1) if rows[i].kind is RowKind.VALUES), None)


def _balances(table: Table, row: Row, other: Table, closing: Row) -> bool:
    """Every value of `row` is printed again by `closing` for the same date, and nothing else; in
    one table, a column of no date (a convenience translation) prints the same in both too."""
    def dated(t: Table, r: Row) -> dict:
        return {t.columns[c.column].period or (None if t is not table or other is not table else c.column): c.value
                for c in r.cells}
    left, right = dated(table, row), dated(other, closing)
    return any(isinstance(key, Period) for key in left) and None not in left and None not in left.values() and left == right


def _net_of_deductions(table: Table, index: int, taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """An unlabelled row that nets a block's unlabelled sum of deductions printed under 'Less'
    (Coca-Cola's 'SHARE-OWNERS' EQUITY' / its items / '18,893' / 'Less treasury stock, at cost'
    / '11,582' / '7,311'): the block's concept, when, in every column, the sum is its items'
    and the net is the sum less the deductions, and the block ends there."""
    rows = table.rows
    heading = next((h for h in range(index - 1, -1, -1) if rows[h].kind is RowKind.HEADING
                    and taxonomy.match(rows[h].label, None)), None)
    if heading is None or any(c.period_type is not PeriodType.INSTANT for c in taxonomy.match(rows[heading].label, None)):
        return ()  # a balance net of what is deducted from it; a flow less a cost is another flow
    block = [i for i in range(heading + 1, index) if rows[i].kind is RowKind.VALUES]
    sums = [i for i in block if _unlabelled(rows[i])]
    if len(sums) != 1:
        return ()
    subtotal = sums[0]
    items = [i for i in block if i < subtotal]
    deductions = [i for i in block if i > subtotal]
    if not items or not deductions or not all(_deducted(rows, i, subtotal) for i in deductions):
        return ()
    following = next((rows[i] for i in range(index + 1, len(rows)) if rows[i].kind is RowKind.VALUES), None)
    if following is not None and not _unlabelled(following) and not _TOTAL.match(normalize_label(following.label)):
        return ()  # the block goes on
    if not _adds_up([rows[i] for i in items], rows[subtotal]):
        return ()
    if not _less_is(rows[subtotal], [rows[i] for i in deductions], rows[index], in_columns_of=rows[index]):
        return ()
    return taxonomy.match(rows[heading].label, None)


def _value_in(row: Row, column: int) -> Decimal | None:
    return next((cell.value for cell in row.cells if cell.column == column), None)


def _deducted(rows: Sequence[Row], index: int, after: int) -> bool:
    """A row printed as a deduction: its label, or the heading it stands under below `after`,
    begins with 'Less'."""
    row = rows[index]
    words = normalize_label(row.label) or ""
    if words.startswith("less"):
        return True
    heading = next((h for h in range(index - 1, after, -1) if rows[h].kind is RowKind.HEADING), None)
    return heading is not None and normalize_label(rows[heading].label).startswith("less")


# A label that names only the losing side of a result ('Net loss', 'Loss from operations',
# 'Gross loss', 'Net loss per share'), with no word of the winning one ('Net income (loss)').
_LOSS_WORDS = frozenset({"loss", "losses", "deficit"})
# 'deficit' as the label's own word: not '(deficit)', '<deficit>', '[deficit]', '/deficit', '- deficit'
# or ', deficit', which add the negative side to the positive one the label names
_DEFICIT_ONLY = re.compile(r"(?<![/<\[,(-])(?<![/<\[,(-]\s)\bdefici(?:t|ency)\b(?![^(]*\))", re.IGNORECASE)
# balances a release may print as their deficit, and the words that name their positive side
_DEFICIT_NAMED = {"WorkingCapital": frozenset(), "StockholdersEquity": frozenset({"equity", "investment"})}
_GAIN_WORDS = frozenset({"income", "earnings", "profit", "profits", "gain", "gains"})
_INCOME_TAXES = re.compile(r"\bincome tax(?:es)?\b")


@cache
def _loss_only(label: str) -> bool:
    words = set(_INCOME_TAXES.sub(" ", normalize_label(label)).split())  # 'Loss before income taxes'
    return bool(words & _LOSS_WORDS) and not words & _GAIN_WORDS


def _states_result(concept: Concept) -> bool:
    """A concept whose positive value is a gain: a result (net income, operating income, gross
    profit, income before taxes) or its amount per share; not a deduction."""
    return not concept.is_deduction and (
        "IncomeLoss" in concept.name or concept.name == "GrossProfit" or concept.item_type is ItemType.PER_SHARE)


# a currency's hundredths named ('US cents', 'HK cents', 'Singapore cents', 'euro cents'): the amounts
# per share are in them, whatever the point ('12.42' HK cents is HK$0.1242)
_NAMED_CENTS = r"\b(?!in\b|and\b|per\b)(?P<cents_of>[a-z][a-z.$]*)\s+cents\b"
_CENTS = re.compile(rf"\bin\s+cents\b|\(\s*cents\s*\)|{_NAMED_CENTS}|\bpence\b|\(p\)", re.IGNORECASE)  # not 'dollars and cents'
_HUNDREDTHS = re.compile(rf"\bpence\b|\(p\)|{_NAMED_CENTS}", re.IGNORECASE)  # '23.4' pence: hundredths, whatever the point


_CENTS_OF = re.compile(_NAMED_CENTS, re.IGNORECASE)


def _cents_currency(text: str) -> str | None:
    """The currency whose cents the words name ('HK cents' -> HKD, 'Singapore cents' -> SGD,
    'US cents' -> USD); '' where they name cents of a currency not known; None where none."""
    match = _CENTS_OF.search(text)
    if match is None:
        return None
    name = match["cents_of"]
    return currency_named(name) or currency_named(f"{name}$") or currency_named(f"{name} dollars") or ""


@cache
def _in_cents(text: str) -> bool:
    """Per-share amounts a heading, label or scale states in cents ('Per share data (in cents):'); a
    value printed with a '$' or a decimal point is dollars whatever the words say."""
    return bool(_CENTS.search(text))


def _names_loss(row: Row, concepts: Sequence[Concept]) -> bool:
    """The row states a result as a loss: its label names only the loss ('Net loss'), or, for
    an amount per share, its heading does ('Net loss per share:' over 'Basic and diluted'); or
    working capital or equity as its deficit ('Working capital deficit  128,455', 'Total
    stockholders' deficit  (5,310)'; not 'Working capital (deficit)', whose parentheses say the
    negative values are the deficit)."""
    if _DEFICIT_ONLY.search(row.label) and any(
            c.name in _DEFICIT_NAMED and not _DEFICIT_NAMED[c.name] & set(normalize_label(row.label).split()) for c in concepts):
        return True
    results = [c for c in concepts if _states_result(c)]
    if not results:
        return False
    if _loss_only(row.label):
        return True
    per_share = any(c.item_type is ItemType.PER_SHARE for c in results)
    return per_share and row.section is not None and _loss_only(f"{row.section} {row.label}")


def _mixed_signs(row: Row, periods: Sequence[tuple[Period | None, PeriodType | None]]) -> bool:
    """The row's values in dated columns print both signs (an 'Adjustments' column's add-backs
    beside a GAAP loss are no period's: 'Net loss  (16,038)  11,155  (4,883)')."""
    values = [cell.value for cell in row.cells if cell.value and periods[cell.column][0] is not None]
    return any(v > 0 for v in values) and any(v < 0 for v in values)  # type: ignore[operator]


def _unlabelled(row: Row) -> bool:
    """A row printed with values and no label ('   361.3   339.9' under a rule)."""
    return not row.label.strip(" .:")


_EQUITY_WORD = re.compile(r"\b(?:equity|deficit|deficiency)\b")  # normalized


def _unread(row: Row, taxonomy: Taxonomy, names: re.Pattern[str]) -> bool:
    """A row with no label, or one that names what it is (`names`) in words no concept reads
    ('To Total shareholders' equity', a misprint): the place it holds, and the sums it makes, say
    what it is."""
    return _unlabelled(row) or bool(names.search(normalize_label(row.label))) and not taxonomy.match(row.label, row.section)


# a row that takes something off the sum above it: 'Less excise taxes', 'Intersegment eliminations'
_DEDUCTS = re.compile(r"(?:less|deduct|minus|(?:inter ?segment |intercompany )?eliminations?|excise)\b")  # normalized


def _block_goes_on(table: Table, index: int, heading: Row) -> bool:
    """Below an unlabelled sum, the block goes on when, before the next heading, a row is also
    unlabelled, the next one deducts ('Less excise taxes'), a row indented under the `heading`
    that is no total follows ('  Excise taxes  (50.0)' under 'Revenues:'), or the next heading
    deducts ('Less:' over treasury stock): the sum was a subtotal."""
    after = list(takewhile(lambda other: other.kind is not RowKind.HEADING, table.rows[index + 1:]))
    beyond = index + 1 + len(after)
    return any(_unlabelled(other) for other in after) \
        or bool(after and _DEDUCTS.match(normalize_label(after[0].label))) \
        or any(other.span.column > heading.span.column and not normalize_label(other.label).startswith("total")
               for other in after) \
        or (beyond < len(table.rows) and table.rows[beyond].kind is RowKind.HEADING
            and _DEDUCTS.match(normalize_label(table.rows[beyond].label)) is not None)


_PER_SHARE_ALONE = re.compile(r"(?:per (?:common |ordinary )?(?:and common equivalent )?share\b.*|primary|fully diluted|basic|diluted)")


def _per_share_of_net_income_above(table: Table, index: int, taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """'Net income  $ 8,891' / 'Per common and common equivalent share  $.71' / 'Fully diluted
    $.67': rows that name only a share (or which EPS), printed with cents, right under the net
    income and the per-share rows above them: net income per share, as 1990s releases print it."""
    row = table.rows[index]
    if not _PER_SHARE_ALONE.fullmatch(normalize_label(row.label)) or not _printed_with_cents(row):
        return ()
    for other in reversed(table.rows[:index]):
        if other.kind is RowKind.HEADING:
            return ()
        if _printed_with_cents(other) and _PER_SHARE_ALONE.fullmatch(normalize_label(other.label)):
            continue  # the per-share rows above it ('Per common ... share' over 'Fully diluted')
        if any(c.name == "NetIncomeLoss" for c in taxonomy.match(other.label, other.section)):
            return tuple(taxonomy[name] for name in per_share_concepts(row.label, "Net income per share") if name in taxonomy)
        return ()
    return ()


def _eps_context(table: Table, index: int) -> str | None:
    """The words a per-share row is read with: its section, and when neither its label nor its
    section says which EPS it is, the nearest bare 'Basic:' or 'Diluted:' heading above it in
    its per-share block ('Diluted:' / 'Discontinued Operations:' / ... / 'Net Earnings per
    Common Share  $1.29' is diluted EPS, not basic)."""
    row = table.rows[index]
    if names_basic_or_diluted(f"{row.section or ''} {row.label}"):
        return row.section
    for other in reversed(table.rows[:index]):
        if other.kind is not RowKind.HEADING:
            if not _printed_with_cents(other):
                break  # rows of another kind ('Capital expenditures  120'): not the per-share block
            continue
        if is_per_share_heading(other.label):
            break  # the block's own heading ('Earnings per Common Share:'): no qualifier below it
        if _is_bare_qualifier(other.label):
            return f"{other.label} {row.section or ''}".strip()
    return row.section


def _is_bare_qualifier(heading: str) -> bool:
    """'Basic:', 'Diluted', 'Basic income': a heading that only says which EPS follows."""
    return names_basic_or_diluted(heading) and not is_per_share_heading(heading) and len(normalize_label(heading).split()) <= 2


def _per_share_under_headings(table: Table, index: int, taxonomy: Taxonomy) -> tuple[Concept, ...]:
    """The EPS concepts of a row printed flush under per-share headings ('Net income (loss) per
    common share' / 'Basic' / 'Net income (loss)  $ 1.31'): read with the nearest heading above
    and, when that one only says 'Basic' or 'Diluted', the per-share heading of its block."""
    above = [r for r in reversed(table.rows[:index]) if r.kind is RowKind.HEADING]
    headings = [r.label for r in above]
    row = table.rows[index]
    own = taxonomy.match(row.label, None)
    if own and all(concept.period_type is PeriodType.INSTANT for concept in own):
        return ()  # 'Stockholders' equity  12.85' under 'Per common share:': book value per share, no EPS
    if headings and _DISCONTINUED.match(headings[0]) and row.section != headings[0] \
            and row.span.column <= above[0].span.column:
        # 'Diluted earnings per common share:' / ... / 'Discontinued operations:' / its rows / a rule
        # / 'Net income  $ 0.41': the sub-heading's block is closed, the per-share block's total is it
        # (a row indented under the sub-heading is its own total, still within it)
        headings = headings[1:]
    if headings and is_per_share_heading(headings[0]):
        context = headings[0]  # 'DILUTED EARNINGS PER SHARE:' alone, not the 'BASIC ...' one above it
    else:
        # 'Net income (loss) per common share' / 'Basic' / ... / 'Diluted' / 'Net income (loss)':
        # the block's heading, above the nearest heading and any other bare 'Basic' between
        above = headings[1:] if headings and names_basic_or_diluted(headings[0]) else headings[1:2]
        block = next((h for h in above if not names_basic_or_diluted(h) or is_per_share_heading(h)), None)
        if block is None or not is_per_share_heading(block):
            return ()
        # a row that says which EPS it is ('- Diluted') is not qualified again by the heading
        bare = _is_bare_qualifier(headings[0])
        context = block if bare and names_basic_or_diluted(table.rows[index].label) else f"{block} {headings[0]}"
    return tuple(taxonomy[name] for name in per_share_concepts(table.rows[index].label, context) if name in taxonomy)


# 'Discontinued operations:', 'Income from discontinued operations:' (not 'Income before discontinued
# operations', the continuing ones)
_DISCONTINUED = re.compile(r"\s*(?:(?:net\s+)?(?:income|earnings|gain|loss|results)\b[^:]*?\b(?:from|of)\s+)?discontinued\b",
                           re.IGNORECASE)


def _heading_of(table: Table, index: int) -> str:
    """The heading a row is under: its section, or the heading an HTML table prints flush over it; '' for none."""
    return table.rows[index].section or _flush_heading(table, index) or ""


def _flush_heading(table: Table, index: int) -> str | None:
    """The heading a row printed flush under it belongs to: the heading right above a run of
    rows at its indent on consecutive lines (no blank line or rule between) that ends at the row."""
    row = table.rows[index]
    line = row.span.line
    for other in reversed(table.rows[:index]):
        last = other.value_line or other.span.line
        if last != line - 1 or other.span.column != row.span.column:
            return None
        if other.kind is RowKind.HEADING:
            return other.label
        line = other.span.line
    return None


def _printed_with_cents(row: Row) -> bool:
    """'$0.64', '(0.33)': every value of the row has two decimals, as amounts per share do, or is
    printed in pence ('12.4p') (a dash for zero says nothing either way)."""
    values = [cell for cell in row.cells if cell.value is not None and any(c.isdigit() for c in cell.text)
              and not is_percent(cell.text)]  # a change column beside them ('6.4%') is no amount
    return bool(values) and (all(cell.fraction_digits == 2 for cell in values) or all(in_pence(cell.text) for cell in values))


def _cents_in_thousands(table: Table, row: Row, concept: Concept, fraction_digits: int, value: Decimal | None) -> bool:
    """'Net income (loss)  $ 1.31' under 'Basic' in a table in thousands (or '$ 2.34' in one in
    millions): a small value printed with cents where amounts are thousands or millions is a
    per-share amount, whatever its row's label."""
    scale = _scale(table, row, concept)
    return (concept.item_type is ItemType.MONETARY and fraction_digits == 2 and value is not None
            and scale in _CENTS_STAND_OUT and abs(value) < (1000 if scale == 1000 else 100))


# the multiples whose amounts are printed whole: cents stand out in them (not in lakhs or crores,
# India's, printed with two decimals as a rule: 'Rs. 284.25 crore')
_CENTS_STAND_OUT = frozenset({1000, 1_000_000, 1_000_000_000})


_TOTAL = re.compile(r"^total\b")
_WHOLE = frozenset({"total company", "consolidated", "total consolidated", "company total"})


def _whole_rows(table: Table) -> range | None:
    """A statement printed in blocks, one for the whole and the others for its parts: Ford's
    'AUTOMOTIVE', 'FINANCIAL SERVICES', then 'TOTAL COMPANY'; Southern Company's 'Consolidated -'
    then 'Alabama Power -', 'Georgia Power -'. The rows under the whole's heading are the
    company's: up to the next heading when the whole comes first, to the end of the table when
    it comes after its parts (Ford's share counts and per-share amounts follow TOTAL COMPANY);
    every other row is a part's. None for any other table."""
    headings = [i for i, row in enumerate(table.rows) if row.kind is RowKind.HEADING]
    whole = next((i for i in headings if normalize_label(table.rows[i].label) in _WHOLE), None)
    if whole is None or len(headings) < 2:
        return None
    if any(table.rows[h + 1].kind is RowKind.VALUES for h in headings if h < whole):
        return range(whole + 1, len(table.rows))  # the whole printed after its parts: to the end
    end = next((i for i in headings if i > whole), len(table.rows))
    return range(whole + 1, end)


def _totalled_below(table: Table, index: int, candidates: tuple[Concept, ...], taxonomy: Taxonomy) -> str | None:
    """The label of a row below that totals this one ('Total cost of revenues' below 'Cost of
    revenues'; 'Total revenues' below 'Product and service revenues' and 'Engineering development
    revenue', adding them up) and means the same concept: this row is then one of its parts."""
    if not candidates:
        return None
    total = f"total {normalize_label(table.rows[index].label)}"
    parts = [table.rows[index]]
    for row in table.rows[index + 1:]:
        if row.kind is not RowKind.VALUES:
            return None  # a heading between: another block ('Supplemental pro forma information')
        label = normalize_label(row.label)
        if label == total or label.startswith("total ") and len(parts) > 1 and not total.startswith("total total "):
            if set(taxonomy.match(row.label, row.section)) & set(candidates) and _adds_up(parts, row):
                return row.label
            if label == total:
                return None
        parts.append(row)
    return None


def _adds_up(parts: Sequence[Row], total: Row, in_magnitude: bool = False) -> bool:
    """In every column of the total, the rows above it add up to it (`in_magnitude`: their
    magnitudes to its magnitude, as a block of costs printed in parentheses or not does)."""
    for cell in total.cells:
        values = [_value_in(part, cell.column) for part in parts]
        if cell.value is None or None in values:
            return False
        if in_magnitude:
            values, target = [abs(v) for v in values], abs(cell.value)  # type: ignore[arg-type]
        else:
            target = cell.value
        if sum(values) != target:  # type: ignore[arg-type]
            return False
    return bool(total.cells)


def _part_blocks(table: Table, taxonomy: Taxonomy) -> dict[int, str]:
    """Rows printed for a part of the company inside a statement of the whole: a heading that
    names no concept ('Automotive', 'Financial Services') down to the row that totals it by
    name ('Total Automotive assets'). The rows after that total ('Total assets') are the
    whole's again. Once one such part is printed, a sibling block that repeats its labels
    ('Cash and cash equivalents' under 'Financial Services' too) is a part as well, down to
    its own total ('Total Financial Services') or, with none, to the next heading.
    Row index -> the part's heading."""
    rows = table.rows
    headings = [h for h, row in enumerate(rows)
                if row.kind is RowKind.HEADING and normalize_label(row.label) not in _CLASSIFICATIONS
                and not taxonomy.match(row.label, None)]
    parts: dict[int, str] = {}
    for h in headings:
        end = _part_total(rows, h, exact=False)
        if end is not None:
            parts.update(dict.fromkeys(range(h + 1, end + 1), rows[h].label))
    if not parts:
        return parts
    labels_of_parts = {normalize_label(rows[i].label) for i in parts if rows[i].kind is RowKind.VALUES} - {""}
    for h in headings:
        if h + 1 in parts:
            continue
        stop = next((i for i in range(h + 1, len(rows)) if rows[i].kind is RowKind.HEADING), len(rows))
        if any(normalize_label(rows[i].label) in labels_of_parts for i in range(h + 1, stop) if rows[i].kind is RowKind.VALUES):
            end = _part_total(rows, h, exact=True)
            parts.update(dict.fromkeys(range(h + 1, stop if end is None else end + 1), rows[h].label))
    return parts


# Headings that classify a statement's lines, not parts of the company ('CURRENT' over
# Coca-Cola's current assets, totalled 'TOTAL CURRENT ASSETS').
_CLASSIFICATIONS = frozenset({"", "current", "noncurrent", "non current", "long term", "other", "fixed", "operating",
                              "nonoperating", "non operating",
                              # a balance sheet's own sections ('Equity' / ... / 'Total equity attributable to
                              # equity holders of the parent' / 'Minority interest' / 'Total equity': IFRS)
                              "assets", "liabilities", "equity", "capital and reserves",
                              # 'Comprehensive income:' over net income, its other parts and 'Total comprehensive
                              # income (loss) for the period': a part of the statement, not of the company
                              *(f"{other}comprehensive {result}" for other in ("", "other ")
                                for result in ("income", "loss", "income loss", "loss income", "earnings"))})


def _part_total(rows: Sequence[Row], heading: int, exact: bool) -> int | None:
    """The row that totals a part by its heading's name: 'Total Automotive assets' under
    'Automotive' (or, `exact`, 'Total Financial Services' too, which 'Total current assets'
    under 'Current assets' also is: taken only for a block known to be a part's)."""
    words = normalize_label(rows[heading].label).split()
    for r in range(heading + 1, len(rows)):
        label = normalize_label(rows[r].label).split()
        rest = label[1 + len(words):]
        if label[:1] == ["total"] and label[1:1 + len(words)] == words and (
                (rest and rest[0] not in ("and", "or")) or (exact and not rest)):
            return r
    return None


def _within_section(row: Row, candidates: tuple[Concept, ...], taxonomy: Taxonomy) -> tuple[tuple[Concept, ...], str | None]:
    """A row read with the section heading it stands under. Under a heading that names a
    concept ('Net Sales and Revenues:'), a row whose label names the same concept ('Net sales',
    equipment sales only) is a part of it, not it; the heading's 'Total' row is it. Labels the
    taxonomy maps under that very heading (`sections`) stand as they are."""
    if row.section is None or taxonomy.by_section.get((normalize_label(row.section), normalize_label(row.label))):
        return candidates, None
    heading = taxonomy.match(row.section, None)
    if not heading:
        return candidates, None
    label = normalize_label(row.label)
    if _TOTAL.match(label) and (label == "total" or not candidates):
        return heading, None
    shared = [c.name for c in candidates if c in heading]
    if shared and not _TOTAL.match(label):
        return (), shared[0]
    return candidates, None


def _fact(table: Table, item: Placed, sign: int | None, number: int,
          currencies: Sequence[str | Translated | None], release_currency: _ReleaseCurrency) -> Fact | Issue:
    """The fact a placed cell states, or the issue that keeps it from being written."""
    row, cell, concept = table.rows[item.row], item.cell, item.concept
    column = table.columns[cell.column]
    scale = _scale(table, row, concept)
    if scale is None:
        return Issue(code="tag.scale-unknown", span=cell.span,
                     message=f"{concept.name}: the table does not say in what units {cell.text!r} is printed")
    mark = currency_of(cell.text)  # a mark of its own ('US$0.104' beside 'NT$0.67'), but a bare '$': its column's
    currency = None if concept.item_type is ItemType.SHARES else currencies[cell.column] \
        if isinstance(currencies[cell.column], Translated) or mark in (None, DOLLAR) else release_currency.resolve(mark)
    if mark not in (None, DOLLAR) and concept.item_type is not ItemType.SHARES and (
            table.scale.currency == UNKNOWN or currencies[cell.column] not in (None, currency)):
        currency = None  # 'Ps. 2,412' under '(In millions of Argentine pesos)': the mark says another currency
    if isinstance(currency, Translated) or currency is None and concept.item_type is not ItemType.SHARES:
        return _currency_issue(concept, cell.text, cell.span, currency)
    if concept.is_deduction and sign is None:
        if cell.value:
            return Issue(code="tag.sign-unknown", span=cell.span,
                         message=f"{concept.name}: no sum of the table tells whether {cell.text!r} is added or "
                                 "subtracted, and the row prints both signs; not tagged")
        sign = ABSOLUTE  # a zero is zero whichever way it is printed
    assert cell.value is not None and column.period is not None
    fraction = cell.fraction_digits if not cell.is_dash else _row_fraction_digits(row, concept)
    decimals = fraction - (len(str(scale)) - 1)
    value = cell.value * scale * (sign if concept.is_deduction else 1)
    pence = in_pence(cell.text)
    words = f"{row.section or ''} {row.label} {table.scale.text or ''}{' (p)' if pence else ''}"
    cents_of = _cents_currency(words) if concept.item_type is ItemType.PER_SHARE else None
    if cents_of is not None and cents_of != currency:
        # 'Basic (Singapore cents)' in a table in US dollars: another currency's cents
        return Issue(code="tag.scale-unknown", span=cell.span,
                     message=f"{concept.name}: {cell.text!r} is in the cents the words name, not of the table's "
                             f"{currency or 'currency'}; not tagged")
    if concept.item_type is ItemType.PER_SHARE and mark is None and (
            pence and currency != "GBP" or currency == "GBP" and not _in_cents(words)):
        # '21.4p' of Irish pounds; '12.4' under '£m', which British releases print in pence
        why = "in pence of another currency than the pound sterling" if pence else \
            "in pence or in pounds, which the release does not say"
        return Issue(code="tag.scale-unknown", span=cell.span, message=f"{concept.name}: {cell.text!r} is {why}; not tagged")
    if concept.item_type is ItemType.PER_SHARE and mark is None and _in_cents(words) and cell.fraction_digits \
            and not _HUNDREDTHS.search(words):
        # 'Basic earnings per share (cents)  8.21': cents with decimals, or dollars the words forgot
        return Issue(code="tag.scale-unknown", span=cell.span,
                     message=f"{concept.name}: {cell.text!r} under words in cents, printed with decimals: cents or "
                             "dollars is not said; not tagged")
    if concept.item_type is ItemType.PER_SHARE and mark is None and _in_cents(words) \
            and (not cell.fraction_digits or _HUNDREDTHS.search(words)):
        # 'Per share data (in cents):' / 'Net income - primary  31'; 'Basic earnings per share (pence)  23.4'
        value, decimals = value / 100, decimals + 2
    if value > 0 and _names_loss(row, (concept,)):
        value = -value  # 'Net loss  $ 9,071': the loss, printed as a magnitude
    period = column.period if concept.period_type is column.period.period_type else Period(end=column.period.end)
    return Fact(
        id=f"f{number + 1}", concept=concept.name, period=period,
        unit=SHARES if currency is None else Unit(currency, concept.item_type is ItemType.PER_SHARE),
        value=normalize(value, decimals), decimals=decimals, printed=cell.text, scale=scale,
        span=cell.span, table=table.index, label=row.label,
    )


class Translated(str):
    """A column's figures translated into another currency for the reader's convenience
    ('Convenience translation into U.S. dollars'): not the figures the company reports."""


class _ReleaseCurrency:
    """What a release's unmarked amounts and bare '$' are in, read once, when a table first asks.

    A bare '$' (or 'dollars') is the one country's dollar the release states its amounts in
    ('all references are to Canadian dollars', a note '(thousands of Canadian dollars)'), else
    US dollars. A table that marks no currency is in US dollars where the release names no
    other currency as an amount, in the one it names, else in none known (None)."""

    def __init__(self, tables: Sequence[Table], text: Callable[[], str]) -> None:
        self.tables, self.text = tables, text
        self._dollar: tuple[str | None] | None = None
        self._default: tuple[str | None] | None = None
        self._read: Currencies | None = None
        self._marks: dict[int, list[set[str]]] = {}

    def marks(self, table: Table) -> list[set[str]]:
        """The currencies each column of `table` marks in its header and cells ('$' as DOLLAR),
        read once for the table, whether its own columns or the release's default ask first."""
        if table.index not in self._marks:
            own: list[set[str]] = [set() for _ in table.columns]
            for column in table.columns:
                if column.header and (code := currency_named(column.header)):
                    own[column.index].add(code)
            for row in table.rows:
                for cell in row.cells:
                    if not cell.text[:1].isdigit() and (code := currency_of(cell.text)):
                        own[cell.column].add(code)
            self._marks[table.index] = own
        return self._marks[table.index]

    def _text(self) -> Currencies:
        """The release's text read for currencies, once, when first asked."""
        if self._read is None:
            self._read = read_currencies(self.text())
        return self._read

    def dollar(self) -> str | None:
        if self._dollar is None:
            stated = set(self._text().dollars)
            stated.update(table.scale.currency for table in self.tables if table.scale.currency in DOLLARS)
            if stated:
                self._dollar = (stated.pop() if len(stated) == 1 else None,)
            else:  # no statement: US dollars, unless another country's dollar is marked ('Cdn$12.1 million')
                marked = {code for code in self._text().named if code in DOLLARS and code != "USD"}
                self._dollar = (None if marked else "USD",)
        return self._dollar[0]

    def translated(self) -> frozenset[str]:
        """The currencies the release says it translates amounts into for convenience."""
        return self._text().translated_into

    def resolve(self, code: str | None) -> str | None:
        return self.dollar() if code == DOLLAR else None if code == UNKNOWN else code

    def default(self) -> str | None:
        if self._default is None:
            stated = self._text().dollars
            in_text = {self.resolve(code) for code in self._text().named} | stated
            in_tables = {self.resolve(code) for table in self.tables
                         for code in set().union(*self.marks(table), {table.scale.currency} - {None})}
            # a currency named only in the text ('acquired for EUR 25 million') is no table's: it
            # leaves an unmarked table's currency unknown, not in it; but the one dollar the release
            # states its amounts in ('All amounts are expressed in Canadian dollars') is its tables'
            self._default = ("USD" if in_text | in_tables <= {"USD"}
                             else in_tables.pop() if len(in_tables) == 1 and in_text <= in_tables
                             else next(iter(stated)) if not in_tables and len(stated) == 1 and in_text <= stated
                             else None,)
        return self._default[0]


_TRANSLATION = re.compile(r"convenience\s+translation|translat(?:ed|ion)\s+(?:in)?to\b", re.IGNORECASE)


def column_currencies(table: Table, release: _ReleaseCurrency) -> tuple[str | Translated | None, ...]:
    """Each column's currency: what its own cells and header mark ('\u20ac', 'NIS', 'U.S.
    dollars'), else (or where they mark several) what the table's scale note names, else the
    release's; None where that is not one currency. A column in another currency than the
    note's, in a table that says it translates its figures for convenience, is Translated. (A
    cell's own mark is its currency: tagger/tag.py's _fact reads it first.)"""
    stated = table.scale.currency
    # a bare '$' is the dollar the note names ('(thousands of Canadian dollars)' over '$ 52,100'),
    # none where it names another currency ('(Millions of pesos)': '$' is the peso's sign too)
    dollar = release.dollar() if stated in (None, DOLLAR) else stated if stated in DOLLARS else None

    def resolved(code: str) -> str | None:
        return dollar if code == DOLLAR else release.resolve(code)

    printed = release.marks(table)
    own = [{resolved(code) for code in codes} for codes in printed]
    named = any(code != DOLLAR for codes in printed for code in codes)  # 'US$', 'U.S. dollars', not a bare '$'
    note = resolved(stated) if stated else None
    marked = set().union(*own) | ({note} if stated else set())
    if None in marked:
        return (None,) * len(table.columns)  # a bare '$' of a release that states two countries' dollars
    translated = _TRANSLATION.search(" ".join((*table.title, table.scale.text or "", *(c.header for c in table.columns))))
    result: list[str | Translated | None] = []
    # a column that marks nothing takes the note's, else the release's; but beside a column that
    # names one outright ('U.S. dollars' over a convenience translation only) and with no note,
    # it is in another currency than that one, or why name it: unknown (a bare '$' on some
    # columns only is a US table's habit, not such a sign)
    partly = note is None and named and not all(own[c.index] for c in table.columns if c.period is not None)
    for codes in own:
        codes = codes if len(codes) == 1 or note is None and codes else {note} if note else set() if partly \
            else {release.default()}
        code = next(iter(codes)) if len(codes) == 1 else None
        if translated and code is not None and note is not None and code != note:
            code = Translated(code)
        result.append(code)
    return _one_currency_a_period(table, result, release)


_THOUSANDS_BY_POINT = re.compile(r"(?<![\d.])[1-9]\d{0,2}\.\d{3}(?![\d.])")  # '31.200', '1.234.567'; not '0.125'
_COMMA_GROUPED = re.compile(r"(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")  # '1,204', '12,345,678'; not '0,125'
_DECIMAL_COMMA = re.compile(r"(?<![\d,])\d+,\d{1,2}(?![\d,])|(?<![\d,])0,\d+")  # '0,125', '12,5'


def _grouped_by_points(table: Table) -> bool:
    """A table that prints amounts as '31.200' no fewer times than it groups numbers with a
    comma, or that prints a decimal comma ('0,125'): its point may group thousands, as European
    releases print them."""
    texts = [cell.text for row in table.rows for cell in row.cells]
    dotted = sum(1 for t in texts if "." in t and _THOUSANDS_BY_POINT.search(t))
    if not dotted:
        return False  # the common case, told by a look at the points alone
    return dotted >= sum(1 for t in texts if _COMMA_GROUPED.search(t)) or any(_DECIMAL_COMMA.search(t) for t in texts)


def _one_currency_a_period(table: Table, currencies: list[str | Translated | None],
                           release: _ReleaseCurrency) -> tuple[str | Translated | None, ...]:
    """A period printed in two currencies ('2009  RMB' beside '2009  USD (Note 1)') is one set of
    figures and its translation: the table's own currency is the one most of its columns are
    in, or, as many in each ('RMB  US$  RMB  US$'), the one the release does not say it
    translates into ('certain RMB amounts have been translated into US dollars'); the other is
    Translated. Where neither settles it, neither is known."""
    counts = Counter(code for code in currencies if code is not None and not isinstance(code, Translated))
    ranked = counts.most_common(2)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    if main is None and len(ranked) == 2:
        untranslated = [code for code, _ in ranked if code not in release.translated()]
        main = untranslated[0] if len(untranslated) == 1 else None
    by_period: dict[Period, set[str | None]] = defaultdict(set)
    for column, code in zip(table.columns, currencies, strict=True):
        if column.period is not None and not isinstance(code, Translated):
            by_period[column.period].add(code)
    result = list(currencies)
    for k, (column, code) in enumerate(zip(table.columns, currencies, strict=True)):
        if column.period is None or code is None or isinstance(code, Translated) or len(by_period[column.period]) < 2:
            continue
        if None in by_period[column.period]:
            result[k] = None  # beside the same period in a currency not known: which is the translation?
        else:
            result[k] = code if code == main else Translated(code) if main is not None and main in by_period[column.period] else None
    return tuple(result)


def _currency_issue(concept: Concept, text: str, span: Span, currency: str | None) -> Issue:
    if isinstance(currency, Translated):
        return Issue(code="tag.currency-translation", severity="info", span=span,
                     message=f"{concept.name}: {text!r} is a convenience translation into {currency}, not a reported figure")
    return Issue(code="tag.currency-unknown", span=span,
                 message=f"{concept.name}: the release does not say in which one currency {text!r} is printed")


def _scale(table: Table, row: Row, concept: Concept) -> int | None:
    """Multiplier for a printed value: the row's own '(in millions)', or its heading's
    ('Weighted average number of shares outstanding (in thousands)' over 'Basic' and 'Diluted'),
    else the table's scale."""
    if concept.item_type is ItemType.PER_SHARE:
        return table.scale.per_share
    own = label_scale(row.label)
    if own is None and row.section is not None:
        own = label_scale(row.section)
    if own is not None:
        return own
    return table.scale.monetary if concept.item_type is ItemType.MONETARY else table.scale.shares


def _row_fraction_digits(row: Row, concept: Concept) -> int:
    """Decimals for a dash: as many fraction digits as the row's numbers print, or two for
    a per-share row that prints none."""
    digits = [c.fraction_digits for c in row.cells if not c.is_dash and c.value is not None]
    if digits:
        return max(digits)
    return 2 if concept.item_type is ItemType.PER_SHARE else 0


def normalize(value: Decimal, decimals: int) -> Decimal:
    """The value with exactly the digits `decimals` allows: 216.5 x 1,000,000 -> 216500000;
    never '-0'.

    >>> normalize(Decimal("216.5") * 1000000, -5), normalize(-Decimal(0), -3)
    (Decimal('216500000'), Decimal('0'))
    """
    if value == 0:
        return Decimal(0)
    return value.quantize(_last_digit(max(decimals, 0)))


@cache
def _last_digit(fraction_digits: int) -> Decimal:
    """1, 0.1, 0.01, ...: the exponent quantize keeps."""
    return Decimal(1).scaleb(-fraction_digits)


def _agrees_with(reference: Fact, fact: Fact) -> bool:
    """`fact` is `reference` as printed at its own decimals (the more precise is the reference)."""
    precise, other = (reference, fact) if reference.decimals >= fact.decimals else (fact, reference)
    return rounds_to(precise.value, other.value, other.decimals)


def _statements_value(group: list[Fact], statements: frozenset[int]) -> Fact | None:
    """The value the company's statements print for a group, the most precise, where they all
    print one value; None where they disagree among themselves."""
    printed = [f for f in group if f.table in statements]
    reference = max(printed, key=lambda f: f.decimals) if printed else None
    return reference if reference is not None and all(_agrees_with(reference, f) for f in printed) else None


def _settled_by_statements(group: list[Fact], statements: frozenset[int], disowned: dict[int, Fact]) -> bool:
    """A group whose values differ only where tables the statements contradict print them, and
    those tables' values are the statements' value in parts, adding up to it (IBM's product
    lines, 'Hardware Sales' and four more, whose revenues add up to the total revenue of its
    statement of earnings), while a second table prints the statements' value the same (the
    MD&A's results of operations): the release's own arithmetic holds, and the value is the
    company's. A value that differs in one table alone settles nothing: the statements may be
    the ones that are not the company's (an acquiree's, a pro forma combination untitled so)."""
    reference = _statements_value(group, statements)
    if reference is None:
        return False
    same = {f.table for f in group if f.table not in disowned and _agrees_with(reference, f)}
    parts = [f for f in group if f.table not in same]
    if len(same) < 2 or len(parts) < 2 or not all(f.table in disowned for f in parts):
        return False
    slack = sum(Decimal(1).scaleb(-f.decimals) for f in parts)  # each part rounded to its last digit
    return abs(sum(f.value for f in parts) - reference.value) <= slack


def _resolve_duplicates(facts: list[Fact], statements: frozenset[int], taxonomy: Taxonomy
                        ) -> tuple[list[Fact], list[Issue]]:
    """One fact per concept, period and unit. The same value printed twice (net income in the
    text table and a summary), or printed rounded (total assets of $87,495 million in the
    statement, '87.5' in a summary in billions: equal at the summary's decimals, as XBRL
    compares duplicates), is one fact, the most precise; different values are a conflict we
    cannot settle, so none of them is written ('Operating Revenues' of each subsidiary). A
    table with no statement's title that disagrees with one of the company's statements
    (`statements`: a segment's trend table titled 'Pharmaceuticals') is not the company's:
    none of its facts is written (and the fact they disagree on is not written either: the
    release's own cross-check failed, unless a second table prints the statements' value the
    same, IBM's results of operations beside its statement of earnings). An expense line may differ by what it covers
    ('Depreciation and amortization' among the operating expenses, the whole of it in the cash
    flow statement): it disowns no table that prints a result as a statement prints it (its net
    income equal to the cash flow statement's), and is only not written. A table that says its
    amounts 'have been reclassified' settles nothing either (an adjusted statement says so too,
    and a note over the figures as first reported): Amazon's 1998, reclassified beside the
    audited statement, is not written."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    issues: list[Issue] = []
    for fact in facts:
        groups[(fact.concept, fact.period, fact.unit)].append(fact)
    # each group: whether its values agree (each the most precise one, rounded to its decimals),
    # whether a statement prints it, whether it is an expense line
    judged = [(group, all(rounds_to(max(group, key=lambda f: f.decimals).value, f.value, f.decimals) for f in group),
               any(f.table in statements for f in group), taxonomy[group[0].concept].is_deduction)
              for group in groups.values()]  # in the order of each group's first fact
    # tables that print a result as a statement prints it (net income equal to the cash flow
    # statement's): the company's own, whose expense line may differ from another statement's
    vouched = {f.table for group, agrees, stated, deduction in judged if agrees and stated and not deduction
               for f in group if f.table not in statements}
    disowned: dict[int, Fact] = {}  # table -> a fact of it that a statement contradicts
    for group, agrees, stated, deduction in judged:
        if not agrees and stated:
            reference = _statements_value(group, statements)
            for fact in group:
                if fact.table not in statements and not (deduction and fact.table in vouched) \
                        and (reference is None or not _agrees_with(reference, fact)):
                    disowned.setdefault(fact.table, fact)
    for fact in disowned.values():
        issues.append(Issue(
            code="tag.table-contradicted", span=fact.span,
            message=f"the table of line {fact.span.line} prints {fact.concept} for {fact.period} as {fact.printed!r}, "
                    "which the company's statement does not: none of its facts is written"))
    kept = []
    for group, agrees, _, _ in judged:
        agrees = agrees or _settled_by_statements(group, statements, disowned)  # each disowned fact said below
        if not agrees:  # a statement that disagrees with a summary is not settled by either
            places = ", ".join(f"line {f.span.line} {f.printed!r}" for f in group)
            issues.append(Issue(
                code="tag.conflicting-values", span=group[0].span,
                message=f"{group[0].concept} for {group[0].period} is printed with different values ({places}); none written",
            ))
            continue
        for fact in group:
            if fact.table in disowned:
                contradicted = disowned[fact.table]
                issues.append(Issue(
                    code="tag.table-contradicted", severity="warning", span=fact.span,
                    message=f"{fact.concept} for {fact.period} ({fact.printed!r}) is in a table that the company's "
                            f"statement contradicts (its {contradicted.concept} at line {contradicted.span.line}); "
                            "not written"))
        group = [f for f in group if f.table not in disowned]
        if group:
            kept.append(max(group, key=lambda f: f.decimals))
    return kept, issues
