"""What a table is: the company's own consolidated statement, or a table whose rows are not
the company's facts (a segment's, a pro forma combination, a non-GAAP restatement, the parent
company alone, another company's statements). Read from what the title prints.

    UNAUDITED PRO FORMA COMBINED CONDENSED BALANCE SHEET     -> pro forma
    NON-GAAP CONSOLIDATED STATEMENTS OF OPERATIONS           -> non-GAAP
    Segment Income Statements                                -> segment
    NETWORK SOLUTIONS, INC. / CONSOLIDATED BALANCE SHEETS    -> another company (VeriSign filed it)

Only consolidated tables give facts; every other table is reported once, with its role.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence

from tagger.entity import AND_SUBSIDIARIES, company_key, is_company_name, legal_name
from tagger.models import Issue, Table, TableRole

# Words of a title that make a table something other than the company's consolidated figures.
ROLE_WORDS: dict[TableRole, tuple[str, ...]] = {
    TableRole.PRO_FORMA: ("pro forma", "proforma"),
    TableRole.NON_GAAP: ("non-gaap", "non gaap", "excluding", "as adjusted", "information only", "operating earnings"),
    TableRole.SEGMENT: ("segment",),
    TableRole.PARENT_ONLY: ("parent company", "parent only", "registrant only", "non-consolidated", "non consolidated",
                            "nonconsolidated"),
    TableRole.PERCENTAGES: ("percentage of", "percent of", "percentages of", "as a percent"),
    TableRole.AVERAGES: ("average balance", "average balances", "average consolidated balance",
                         "average consolidated balances", "average balance sheet", "average balance sheets",
                         "average daily", "daily average", "daily averages"),
    TableRole.OUTLOOK: ("guidance", "outlook", "forecast", "forecasts", "projections", "projected results"),
    TableRole.OTHER_ENTITY: ("equity investments", "equity investees", "equity method investees", "investees", "related party",
                             "related parties",
                             "unconsolidated affiliates", "unconsolidated subsidiaries",
                             # the statement of oil and gas properties bought (Regulation S-X's for acquired
                             # properties), from the seller's records: never the buyer's own
                             "revenues and direct operating expenses", "acquired properties", "properties acquired",
                             "joint venture", "joint ventures", "acquired business", "acquired businesses",
                             "acquired company", "acquired companies", "prior to the merger", "prior to the acquisition"),
}
_ROLE_WORDS = re.compile("|".join(rf"\b{re.escape(w)}\b" for words in ROLE_WORDS.values() for w in words), re.IGNORECASE)
_ROLE_OF = {word: role for role, words in ROLE_WORDS.items() for word in words}
# words that make a table another entity's only in a title line, not in a sentence that introduces it
_IN_A_TITLE_LINE = frozenset({"joint venture", "joint ventures", "acquired properties", "properties acquired",
                              "prior to the merger", "prior to the acquisition"})
# ... and the acquired company's own results, not a consolidated statement that includes them
_OF_THE_ACQUIRED = frozenset({"acquired business", "acquired businesses", "acquired company", "acquired companies"})
_CONSOLIDATED = re.compile(r"\bconsolidated\b", re.IGNORECASE)
_INCLUDES = re.compile(r"\binclud", re.IGNORECASE)
# 'Summary of Consolidated Income Statements Data – IC ATM Basis': figures on another basis than
# the one reported (the word before 'basis' says which); 'Actual Basis', 'GAAP basis' are the company's
_BASIS = re.compile(r"\b(?P<word>[\w$-]+)\s+basis\b", re.IGNORECASE)
_REPORTED_BASIS = frozenset({"actual", "reported", "gaap", "historical", "consolidated", "diluted", "basic", "a", "the",
                             "same", "accrual", "cash", "share"})
_SUBSIDIARIES = re.compile(rf"{AND_SUBSIDIARIES}$", re.IGNORECASE)
_PHRASE_GAP = re.compile(r"\s{2,}")
_STATE = re.compile(r"/[A-Z]{2}\b")  # 'QUALCOMM INC/DE': EDGAR's conformed names carry the state
# The subject a sentence introducing a table names: 'Below are some financial highlights for
# Hertz (in millions):' is Hertz's table, not the filer's.
_SUBJECT = re.compile(r"\b(?:highlights|results|data|information|statements?|summary)\s+(?:for|of)\s+"
                      r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)")
_NOT_A_NAME = frozenset({"the", "our", "its", "fiscal", "calendar", "each", "all", "this", "that", "these", "those",
                         "consolidated", "continuing", "discontinued", "operations", "total", "first", "second", "third",
                         "fourth", "three", "six", "nine", "twelve", "year", "years", "quarter", "quarters", "period",
                         "periods", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "q1", "q2", "q3", "q4", "fy"})


def assign_roles(tables: Sequence[Table], filer_names: Iterable[str | None], text: Callable[[], str] = str,
                 ) -> tuple[tuple[Table, ...], tuple[Issue, ...]]:
    """Each table with its role, and a warning for each table that gives no facts. `text` gives
    the release's text, read (only when a title says 'the Company') for whom it defines so."""
    filers = {_key(name) for name in filer_names if name}
    filers.discard("")
    if not filers:  # no header, dateline or cover page: the company atop the consolidated statements
        filers = _statement_company(tables)
    assigned: list[Table] = []
    issues = []
    defined: list[tuple[int, int, str]] | None = None
    acquired: list[str] | None = None
    audited = _audited_companies(text(), filers) if filers and tables else []
    for table in tables:
        role, reason = table_role(table.title, filers)
        if role is TableRole.CONSOLIDATED and (report := _audit_report_over(table, audited)) is not None \
                and not _titled_by_filer(table, filers):  # the filer's own statements after a subsidiary's report
            role, reason = TableRole.OTHER_ENTITY, f"the auditors' report at line {report[0]} is on the statements of {report[2]!r}"
        if role is TableRole.CONSOLIDATED and any(_THE_COMPANY.search(line) for line in table.title):
            if defined is None:
                defined = _defined_companies(text())
            # whom its own EDGAR document calls the Company (a merger agreement's exhibit defines
            # the target so; the filer's press release, the filer)
            here = [name for first, last, name in defined if first <= table.span.line <= last]
            other = next((name for name in here if filers and not _may_be_filer(name, filers)), None)
            if any(_may_be_filer(name, filers) for name in here):
                other = None
            if other is not None:
                role, reason = TableRole.OTHER_ENTITY, f"'the Company' is {other!r} here, which the release defines so"
        if role is TableRole.CONSOLIDATED:
            if acquired is None:
                acquired = _acquired_names(text(), filers)
            bought = next((name for name in acquired for line in table.title if _titled_by(line, name, filers)), None)
            if bought is not None:
                role, reason = TableRole.OTHER_ENTITY, f"its title names {bought!r}, which the release says was acquired"
        if role is TableRole.CONSOLIDATED and _common_size(table):
            role, reason = TableRole.PERCENTAGES, "its first row prints 100 in every column: a common-size statement"
        previous = assigned[-1] if assigned else None
        if (role is TableRole.CONSOLIDATED and previous is not None and previous.role is not TableRole.CONSOLIDATED
                and not _own_title(table) and _follows(previous, table)):
            role, reason = previous.role, f"it goes on from the table above, {previous.role_reason}"
        if role is not TableRole.CONSOLIDATED:
            table = table.model_copy(update={"role": role, "role_reason": reason})
            values = sum(1 for row in table.rows if row.cells)
            issues.append(Issue(code="tag.table-role", severity="warning", span=table.span,
                                message=f"{table.name!r} is {role.value} ({reason}): its {values} rows of values are "
                                        "not the company's facts, not written"))
        assigned.append(table)
    return tuple(assigned), tuple(issues)


# 'completed its acquisition of Pellham Technologies', 'the merger with Beta Systems': a company
# the release says was bought (a capitalized name, the words before it saying so)
_ACQUIRED = re.compile(r"\b(?:acquisition\s+of|acquired|merger\s+with|merged\s+with|purchase\s+of|combination\s+with)"
                       r"\s+(?:the\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})")


# what is bought and is no company ('purchase of Common Stock', 'acquisition of Data ...')
_NO_COMPANY = frozenset({"common", "preferred", "stock", "shares", "treasury", "data", "financial", "assets", "certain",
                         "substantially", "property", "properties", "business", "businesses", "company", "interest",
                         "interests", "equipment", "land", "buildings", "notes", "debentures", "bonds", "securities",
                         "income", "interim", "condensed", "summary", "selected", "statement", "statements", "balance",
                         *(month[:3] for month in calendar.month_name[1:]), "sept"})


def _acquired_names(text: str, filers: set[str]) -> list[str]:
    """The companies the release says were acquired or merged, not the filer ('Pellham
    Technologies'), each with its first word long enough to tell it."""
    names = []
    own = {key.split()[0] for key in filers if key}  # 'Advantest Manufacturing', merged into Advantest: the filer's
    for match in _ACQUIRED.finditer(text):
        name = match["name"].strip(" .,")
        first = name.split()[0].lower().strip(".,'")
        if len(first) >= 3 and first not in _NOT_A_NAME and first not in _NO_COMPANY and first not in own \
                and not _may_be_filer(name, filers) \
                and name not in names:
            names.append(name)
    return names


def _titled_by(line: str, name: str, filers: set[str]) -> bool:
    """A short title line that begins with the acquired company's name, by its first word
    ('PELLHAM', 'Pellham Technologies, Inc.'), or names it after 'of' ('... OF PELLHAM PRIOR TO
    THE MERGER'), and not the filer, a note in parentheses ('(in thousands, except per share
    data)'), nor a line that says the statement includes it."""
    words = line.split()
    if not words or len(words) > 10 or line.lstrip().startswith("(") or _INCLUDES.search(line) \
            or _CONSOLIDATED.search(line) or any(_may_be_filer(p, filers) for p in _companies_in(line)):
        return False  # ('CONSOLIDATED BALANCE SHEETS AS OF DEC. 31' after 'acquisition of DEC': the filer's)
    first = re.escape(name.split()[0])
    return re.match(rf"\s*{first}\b", line, re.IGNORECASE) is not None \
        or re.search(rf"\bof\s+{first}\b", line, re.IGNORECASE) is not None


# Words of a heading inside a statement that make the rows under it another presentation of the
# figures ('Pro forma (1):' after the statement's own rows); not the words that only say what a
# line holds ('Costs and expenses (excluding depreciation):', 'Net sales by segment:', '... (including
# related party):'), which a table's title would make a segment's or another party's
_HEADING_ROLES = (TableRole.PRO_FORMA, TableRole.OUTLOOK)
# ... and a heading of adjusted figures ('Adjusted results:'), not restated ones ('As adjusted')
_HEADING_WORDS = re.compile("|".join(rf"\b{re.escape(w)}\b" for role in _HEADING_ROLES for w in ROLE_WORDS[role])
                            + r"|\bnon[- ]gaap\b|(?<!\bas )\badjusted\b", re.IGNORECASE)


# 'Includes stock-based compensation expense as follows:' under Apple's statement, '(5) Stock-based
# compensation was included in the following GAAP operating expense categories:' (Oracle): the
# rows are the part of one amount within each line ('Research and development  $52'), not the lines
# (or '... expense included in:'); not a sentence introducing a statement ('Consolidated results include
# the operations of Beta ... summarized in the following table:', 'the information included in the
# following tables is unaudited'), nor a title that names a statement
_INCLUDED = re.compile(r"\b(?:includes?|included\s+in)\b[^.;]{0,120}?\b(?:as\s+follows|the\s+following)\b"
                       r"(?!\s+(?:tables?|statements?|information|schedules?|summary)\b)|\bincluded\s+in\s*:?\s*$", re.IGNORECASE)


# 'Beta Systems, Inc. (the "Company")': whom a document calls the Company (an acquired company's
# statements in an 8-K/A call it so, and 'the Company' in their titles is it, not the filer)
_THE_COMPANY = re.compile(r"\bthe\s+Company\b")
_COMPANY_QUOTED = re.compile(r"\(\s*(?:the\s+|hereinafter\s+)?[\"\u201c']{1,2}Company[\"\u201d']{1,2}\s*\)")
_NAME_INSIDE = re.compile(legal_name(company=False))
# a name a sentence names only as what the company took in ('results, including Beta Systems, Inc.
# from March 3', 'restated to include X, a pooling of interests'): not whose figures they are
_TAKEN_IN = re.compile(r"\b(?:includ\w*|acquisitions?\s+of|acquired|merger\s+with|merged\s+with|pooling\s+of\s+interests\s+with)\W+$",
                       re.IGNORECASE)
_DEFINED_COMPANY = re.compile(rf"(?P<name>{legal_name()})\s*{_COMPANY_QUOTED.pattern}")


# 'We have audited the accompanying consolidated balance sheets of SnapTrack, Inc. and subsidiary
# ...': an 8-K/A's audited statements of an acquired company, whatever their titles say
_WRAP_GAP = r"(?: |\n\s*)"  # a name wrapped over two lines of a report
_NAME_WRAPPED = f"(?P<name>{legal_name(gap=_WRAP_GAP)})"
_REPORT_OPENINGS = ("We have audited", "In our opinion, the accompanying")  # how every auditors' report opens
_AUDITED = re.compile(rf"\b{_REPORT_OPENINGS[0]} the (?:accompanying )?(?:consolidated |combined )?(?:balance sheets?|statements?|"
                      r"financial statements)\b[^.]{0,200}?\b(?:of|for)\s+" + _NAME_WRAPPED +
                      # 'In our opinion, the accompanying statements ... present fairly ... the financial position of X'
                      rf"|\b{_REPORT_OPENINGS[1]}\b[^.]{{0,300}}?\bfinancial position of\s+" + _NAME_WRAPPED.replace("name", "name2"))
_DOCUMENT_START = re.compile(r"^<DOCUMENT>", re.MULTILINE)
_REPORT_OPENING = re.compile("|".join(rf"\b{opening}\b" for opening in _REPORT_OPENINGS))  # where _AUDITED may match


def _audited_companies(text: str, filers: set[str]) -> list[tuple[int, int, str]]:
    """(first line, last line, company) of each stretch of the release an auditors' report on
    another company's statements claims. In an EDGAR document with no report on the filer (an
    8-K/A's exhibit of an acquired company, its unaudited interims printed first), the whole
    document from its start; beside a report on the filer (a subsidiary's other auditors), what
    follows the report, to the next one."""
    if not any(opening in text for opening in _REPORT_OPENINGS):  # a quick test: most releases print no report
        return []
    reports = [(text.count("\n", 0, m.start()) + 1, " ".join((m["name"] or m["name2"]).split()))
               for at in _REPORT_OPENING.finditer(text) if (m := _AUDITED.match(text, at.start()))]
    stretches = []
    for first, last in _document_spans(text) if reports else ():
        here = [(line, name) for line, name in reports if first <= line <= last]
        # the report names the company whole, after 'of': no tail of it is the filer ('First Citizens
        # Bancshares, Inc.' is not CITIZENS BANCSHARES CORP)
        filer_too = any(_names_filer(name, filers) for _, name in here)
        for k, (line, name) in enumerate(here):
            if not _names_filer(name, filers):
                begin = line if filer_too or k else first
                stretches.append((begin, here[k + 1][0] - 1 if k + 1 < len(here) else last, name))
    return stretches


def _document_spans(text: str) -> list[tuple[int, int]]:
    """(first line, last line) of each EDGAR <DOCUMENT> of a submission; the whole text for a
    release on its own."""
    total = text.count("\n") + 1
    starts = [text.count("\n", 0, m.start()) + 1 for m in _DOCUMENT_START.finditer(text)] or [1]
    return [(start, (starts[k + 1] - 1) if k + 1 < len(starts) else total) for k, start in enumerate(starts)]


def _defined_companies(text: str) -> list[tuple[int, int, str]]:
    """Each company the release defines as 'the Company', with the lines of the EDGAR document
    that defines it."""
    quotes = list(_COMPANY_QUOTED.finditer(text))
    if not quotes:  # no '(the "Company")'
        return []
    spans = _document_spans(text)
    found = []
    # the name runs up to the quote: read in the 300 characters before each, not over the whole text
    for match in (m for q in quotes if (m := _DEFINED_COMPANY.search(text, max(0, q.start() - 300), q.end()))):
        line = text.count("\n", 0, match.start()) + 1
        first, last = next((span for span in spans if span[0] <= line <= span[1]), (1, text.count("\n") + 1))
        found.append((first, last, " ".join(match["name"].split())))
    return found


def _titled_by_filer(table: Table, filers: set[str]) -> bool:
    """A title line that names the filer ('ACME CORP. AND SUBSIDIARIES / CONSOLIDATED BALANCE SHEETS')."""
    return any(_names_filer(phrase, filers) for line in table.title for phrase in _companies_in(line.strip()))


def _audit_report_over(table: Table, audited: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    return next((report for report in audited if report[0] <= table.span.line <= report[1]), None)


def heading_role(heading: str) -> TableRole | None:
    """The role a section heading inside a statement gives the rows under it ('Pro forma (1):'
    under the statement's own rows, after spacer rows): None for the company's own."""
    match = _HEADING_WORDS.search(heading)
    if not match:
        return TableRole.BREAKDOWN if _INCLUDED.search(heading.strip()) else None
    return _ROLE_OF.get(match[0].lower(), TableRole.NON_GAAP)


def table_role(title: Sequence[str], filers: set[str]) -> tuple[TableRole, str | None]:
    """The role a table's title gives it, and the words that say so.

    >>> table_role(("UNAUDITED PRO FORMA COMBINED CONDENSED BALANCE SHEET",), set())
    (<TableRole.PRO_FORMA: 'a pro forma statement'>, "'PRO FORMA'")
    >>> table_role(("NETWORK SOLUTIONS, INC.", "BALANCE SHEETS"), {"verisign"})
    (<TableRole.OTHER_ENTITY: "another company's statement">, "'NETWORK SOLUTIONS, INC.' is not the filer")
    """
    text = " / ".join(title)
    for match in _ROLE_WORDS.finditer(text):
        role = _ROLE_OF[match[0].lower()]
        line = text[text.rfind(" / ", 0, match.start()) + 1:].split(" / ", 1)[0]
        if role is TableRole.OUTLOOK and (len(line.split()) > 10 or STATEMENT_NAME.search(text)):
            continue  # 'forecasts' in a safe-harbor sentence; 'RESULTS AND UPDATED OUTLOOK' over a statement
        if match[0].lower() in _IN_A_TITLE_LINE and len(line.split()) > 10:
            continue  # 'its unconsolidated joint ventures' in the sentence introducing the company's statement
        if match[0].lower() in _OF_THE_ACQUIRED and (_CONSOLIDATED.search(text) or _INCLUDES.search(line)):
            continue  # 'Results include the acquired business from March 1' over the consolidated statement
        return role, repr(match[0])
    included = None if STATEMENT_NAME.search(text) else _INCLUDED.search(text)
    if included:
        return TableRole.BREAKDOWN, repr(included[0])
    basis = _BASIS.search(text) if STATEMENT_NAME.search(text) else None  # a statement's figures on another basis
    if basis and basis["word"].lower() not in _REPORTED_BASIS:
        return TableRole.NON_GAAP, repr(basis[0])  # ASE's 'IC ATM Basis' beside its 'Actual Basis'
    if filers:
        for line in title:
            name = line.strip()
            for phrase in _companies_in(name):  # 'CONSOLIDATED STATEMENT     Merck & Co., Inc. and Subsidiaries'
                if not _names_filer(phrase, filers):
                    return TableRole.OTHER_ENTITY, f"{phrase!r} is not the filer"
            # a sentence introducing the table that names another company ('... the unaudited combined
            # historical results ... of Beta Systems, Inc. and the Company.'): not the filer's alone
            named = next((m[0] for m in _NAME_INSIDE.finditer(name)
                          if not _may_be_filer(m[0], filers) and not _TAKEN_IN.search(name, 0, m.start())), None) \
                if len(name.split()) >= 8 and not _PHRASE_GAP.search(name) else None
            if named is not None:
                return TableRole.OTHER_ENTITY, f"the sentence introducing it names {named!r}, not the filer"
            subject = _SUBJECT.search(name) if name.endswith(":") else None
            if subject and subject["name"].split()[0].lower() not in _NOT_A_NAME and not _names_filer(subject["name"], filers):
                return TableRole.OTHER_ENTITY, f"the table is introduced as of {subject['name']!r}, not the filer"
    return TableRole.CONSOLIDATED, None


# The name of a statement ('STATEMENTS OF OPERATIONS', 'Balance Sheet'), and a title that names
# one of the company's statements ('CONSOLIDATED STATEMENT OF EARNINGS').
_STATEMENT_NAMES = r"statements?\s+of|balance\s+sheets?|income\s+statements?|financial\s+position"
STATEMENT_NAME = re.compile(rf"\b(?:{_STATEMENT_NAMES})\b", re.IGNORECASE)
_STATEMENT_TITLE = re.compile(rf"\b(?:consolidated|{_STATEMENT_NAMES})\b", re.IGNORECASE)


def names_a_statement(title: Sequence[str]) -> bool:
    """Whether a title names one of the company's statements, not a schedule beside them
    ('Pharmaceuticals', 'Net Margin %' in a trend analysis)."""
    return any(_STATEMENT_TITLE.search(line) for line in title)


def _common_size(table: Table) -> bool:
    """A statement in percentages of its first line ('Net sales  100.0   100.0'), whatever its
    title says ('Selected operating ratios'): its numbers are no amounts."""
    first = next((row for row in table.rows if row.cells), None)
    dated = [cell for cell in first.cells if table.columns[cell.column].period is not None] if first else []
    return len(dated) >= 2 and all(cell.value == 100 for cell in dated)


def _statement_company(tables: Sequence[Table]) -> set[str]:
    """The company a release's first consolidated statement is titled with ('DEERE & COMPANY' /
    'CONDENSED CONSOLIDATED BALANCE SHEET'), as the filer when nothing else names it."""
    for table in tables:
        if any("consolidated" in line.lower() for line in table.title):
            names = [p for line in table.title for p in _companies_in(line)]
            if names:
                return {_key(names[0])}
    return set()


def _companies_in(line: str) -> list[str]:
    """The company names a title line prints, each a phrase of its own ('CONSOLIDATED STATEMENT
    Merck & Co., Inc. and Subsidiaries')."""
    return [phrase for phrase in _PHRASE_GAP.split(line.strip()) if is_company_name(phrase)]


def _own_title(table: Table) -> bool:
    """Whether a table prints a title of its own, beyond the words that date its columns."""
    return any(not _DATING.fullmatch(line.strip()) for line in table.title)


def _follows(previous: Table, table: Table) -> bool:
    """The table starts within a few lines of where the one before it ends."""
    last = max((row.value_line for row in previous.rows), default=previous.span.line)
    return 0 <= table.span.line - last <= 6


_DATING = re.compile(r"(?:for\s+the\s+)?(?:years?|quarters?|three|six|nine|twelve|months?|weeks?|\d+|ended|ending|as\s+of|at|"
                     r"january|february|march|april|may|june|july|august|september|october|november|december|[\s,.])+",
                     re.IGNORECASE)


def _may_be_filer(name: str, filers: set[str]) -> bool:
    """A name found in running text may carry words before it ('Summary Results of Acme Corp.'):
    it names the filer where it, or what follows any of its words, does."""
    words = name.split()
    if _names_filer(name, filers):
        return True
    tails = {_key(" ".join(words[k:])) for k in range(1, len(words))}  # the whole of a tail, not its first word
    return bool(tails & filers)


def _names_filer(name: str, filers: set[str]) -> bool:
    """'Ford' names 'ford motor'; 'Hertz' does not, nor does 'Coca-Cola Enterprises' (a bottler)
    name 'coca cola'."""
    key = _key(name)
    return any(key == filer or filer.startswith(f"{key} ") for filer in filers)


def _key(name: str) -> str:
    return company_key(_SUBSIDIARIES.sub("", _STATE.sub("", name.strip())))
