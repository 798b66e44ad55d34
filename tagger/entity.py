"""Who reports: the entity identifier of a release's facts.

An SEC CIK when it is known (`--cik`, or the registry `taxonomy/filers.toml`); otherwise
the company name from the dateline under our own scheme, or, with no name either, the
file's name. Never an empty identifier.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from tagger.models import Entity, ReleaseInfo
from tagger.resources import filers_file

SEC_SCHEME = "http://www.sec.gov/CIK"
NAME_SCHEME = "http://xbrl.tagger.example/entity/name"
FILE_SCHEME = "http://xbrl.tagger.example/entity/file"
_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "the", "ltd", "limited", "llc", "plc",
             "ag", "nv", "sa", "se", "spa", "asa", "oyj", "ab"}  # and the legal forms of foreign filers ("AIXTRON AG")


AND_SUBSIDIARIES = r"\s+and\s+(?:consolidated\s+)?subsidiar(?:y|ies)(?:\s+companies)?"  # 'XYZ Corp. and Subsidiaries'
# A company's legal name as a sentence prints it: capitalised words (and the small words between
# them: 'Bank of Granite Corporation', 'Merck & Co., Inc.') before a legal form ('Inc.', 'L.P.',
# 'GmbH'); `gap` is what may part two words (a space, or a line's end where a name wraps).
LEGAL_FORMS = r"(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|LLP|plc|PLC|GmbH|AG|N\.V|S\.A|Bancorp)"


def legal_name(gap: str = " ", company: bool = True) -> str:
    """The pattern of a legal name ('Beta Systems, Inc.'), `company` whether a bare 'Company' ends
    one (not where 'the Company' is the filer's own term)."""
    forms = LEGAL_FORMS if company else LEGAL_FORMS.replace("|Company", "")
    return (rf"\b[A-Z][\w.'\u2019\-]*,?(?:{gap}(?:[A-Z][\w.'\u2019\-]*|&|of|and|the|de|du|des),?){{0,6}}{gap}"
            rf"{forms}\b\.?")
# ('... derived from the audited financial statements of the Company.': 'the Company' is the
# filer's own defined term, no name)
_COMPANY_NAME = re.compile(
    rf"^[A-Z0-9][\w.,&'\- ]*\b(?<!\bthe )(?:inc|incorporated|corp|corporation|company|co|ltd|limited|llc|plc)\.?(?:{AND_SUBSIDIARIES})?$",
    re.IGNORECASE)


def is_company_name(text: str) -> bool:
    """'Network Solutions, Inc.', 'SEARS, ROEBUCK AND CO.', 'XYZ Corporation and Subsidiaries'.

    >>> is_company_name("Network Solutions, Inc."), is_company_name("CONSOLIDATED BALANCE SHEETS")
    (True, False)
    """
    return bool(_COMPANY_NAME.match(text.strip()))


def company_key(name: str) -> str:
    """'FiberCore, Inc.' -> 'fibercore'; 'Sears, Roebuck and Co.' -> 'sears roebuck and'.

    >>> company_key("Sears, Roebuck and Co."), company_key("SEARS ROEBUCK & CO")
    ('sears roebuck and', 'sears roebuck and')
    """
    words = re.findall(r"[a-z0-9]+", re.sub(r"['\u2019]", "", name.lower()).replace("&", " and "))
    return " ".join(w for w in words if w not in _SUFFIXES)


@cache
def known_filers(path: Path | None = None) -> dict[str, str]:
    """Company key -> ten-digit CIK, from the registry (by default the installed one)."""
    raw = tomllib.loads((path or filers_file()).read_text(encoding="utf-8"))
    return {company_key(f["name"]): f["cik"].zfill(10) for f in raw.get("filer", [])}


def resolve_entity(info: ReleaseInfo, source_name: str, cik: str | None = None) -> Entity:
    """The entity for a release: CIK given, CIK known for its company, or a fallback."""
    if cik:
        return Entity(scheme=SEC_SCHEME, identifier=cik.strip().zfill(10), name=info.company or info.filing.company)
    if info.company:
        found = known_filers().get(company_key(info.company))
        if found:
            return Entity(scheme=SEC_SCHEME, identifier=found, name=info.company)
        identifier = "-".join(company_key(info.company).split()).upper() or "UNNAMED"
        return Entity(scheme=NAME_SCHEME, identifier=identifier, name=info.company)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", source_name).strip("-") or "UNNAMED"
    return Entity(scheme=FILE_SCHEME, identifier=stem, name=None)
