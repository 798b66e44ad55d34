"""What the EDGAR envelope of a whole submission says about the filing: the <SEC-HEADER>.

    ACCESSION NUMBER:           0000936392-99-000845
    CONFORMED SUBMISSION TYPE:  8-K
    FILED AS OF DATE:           19990719
        COMPANY CONFORMED NAME:     QUALCOMM INC/DE
        CENTRAL INDEX KEY:          0000804328
        FISCAL YEAR END:            0930

A release given alone (an exhibit cut from its submission) has no header: every field stays
None, but for the company a 10-K or 10-Q cover page names ('FORD MOTOR COMPANY' above '(Exact
name of registrant as specified in its charter)'). Only the first filer's fields are read (a
submission may list a subject company too).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tagger.models import Document, Filing

_HEADER_LINES = 200  # the header ends well before this; a release body is never read
_KEYS = {"ACCESSION NUMBER": "accession_number", "CONFORMED SUBMISSION TYPE": "form", "FILED AS OF DATE": "filing_date",
         "CONFORMED PERIOD OF REPORT": "period_of_report", "COMPANY CONFORMED NAME": "company",
         "CENTRAL INDEX KEY": "cik", "FISCAL YEAR END": "fiscal_year_end"}
_FIELD = re.compile(rf"^\s*({'|'.join(map(re.escape, _KEYS))}):\s*(\S.*?)\s*$")


def read_filing(document: Document) -> Filing:
    """The header's fields, each checked; a field that does not read as its kind stays None.

    >>> from tagger.models import Document
    >>> lines = ("<SEC-HEADER>", "ACCESSION NUMBER:\\t0000936392-99-000845", "FILED AS OF DATE:\\t19990719",
    ...          "\\tCENTRAL INDEX KEY:\\t\\t0000804328", "\\tFISCAL YEAR END:\\t\\t0930", "</SEC-HEADER>")
    >>> filing = read_filing(Document(file="x.txt", lines=lines, encoding="ascii"))
    >>> filing.accession_number, filing.filing_date, filing.cik, filing.fiscal_year_end
    ('0000936392-99-000845', datetime.date(1999, 7, 19), '0000804328', (9, 30))
    """
    found: dict[str, str] = {}
    in_header = False
    for line in document.lines[:_HEADER_LINES]:
        if line.startswith("<SEC-HEADER>") or line.startswith("<IMS-HEADER>"):
            in_header = True
        elif line.startswith("</SEC-HEADER>") or line.startswith("</IMS-HEADER>"):
            break
        elif in_header:
            match = _FIELD.match(line)
            if match:
                found.setdefault(_KEYS[match[1]], match[2])
    if not found:
        return Filing(company=_registrant(document.lines))
    return Filing(
        accession_number=found.get("accession_number") if re.fullmatch(r"\d{10}-\d{2}-\d{6}", found.get("accession_number", "")) else None,
        form=found.get("form"),
        filing_date=_date(found.get("filing_date")),
        period_of_report=_date(found.get("period_of_report")),
        company=found.get("company") or _registrant(document.lines),  # the cover page, read only when needed
        cik=found["cik"].zfill(10) if re.fullmatch(r"\d{1,10}", found.get("cik", "")) else None,
        fiscal_year_end=_month_day(found.get("fiscal_year_end")),
    )


_REGISTRANT = re.compile(r"\(?\s*exact\s+name\s+of\s+registrant", re.IGNORECASE)
_COVER_LINES = 400  # a 10-K or 10-Q cover page comes first


def _registrant(lines: tuple[str, ...]) -> str | None:
    """The filer's name as a 10-K or 10-Q cover page prints it, above '(Exact name of
    registrant as specified in its charter)'; None elsewhere."""
    for number, line in enumerate(lines[:_COVER_LINES]):
        if _REGISTRANT.search(line):
            for above in reversed(lines[max(0, number - 4):number]):
                name = " ".join(above.split()).strip(" -_=")
                if name and not _REGISTRANT.search(name):
                    return name
            return None
    return None


def _date(text: str | None) -> dt.date | None:
    """'19990719' -> 1999-07-19; anything else None."""
    if not text or not re.fullmatch(r"\d{8}", text):
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _month_day(text: str | None) -> tuple[int, int] | None:
    """'0930' -> (9, 30); '0229' is a year end in February's last day; anything else None."""
    if not text or not re.fullmatch(r"\d{4}", text):
        return None
    month, day = int(text[:2]), int(text[2:])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year
        return None
    return month, day
