"""How releases of the EDGAR era print things: the one vocabulary every stage builds its patterns on.

Years, months, dashes that print a zero, 'not available' words, balance marks, currencies and
their marks, scale words, and the page furniture and stops of a plain-text filing. Each
spelling is said here once; the patterns of tagger/amounts.py, periods.py, lines.py and
headers.py, and any quick test before them, are derived from these tables when the modules
load, as sqlglot derives a dialect's tokenizer from its keyword tables.
"""

from __future__ import annotations

import calendar
import re

# The years releases print, the one pattern of them every stage builds on: 1950 to 2099
YEAR = r"(?:19[5-9]\d|20\d\d)"

# Each month's names, full and abbreviated ('Sept.' too), as periods, headers and datelines read them
MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))  # every spelling, longest first, for patterns


# What stands in a value column besides a plain number. tagger/amounts.py's patterns, and the
# characters a value word can end with (the quick test of tagger/lines.py), are built from these.
ZERO_DASHES = ("-", "--", "---", "----", "\u2013", "\u2014")  # zero, as iXBRL's ixt:fixed-zero
NOT_AVAILABLE = ("n/a", "na", "n.a.", "nm", "n/m", "n.m.", "*")  # not available, not meaningful: no number
# A credit or debit mark after a number ('632 CR', '632DR'): which sign it gives depends on the
# account's side, which a release does not print; such a value is reported, never read.
BALANCE_MARKS = tuple(f"{mark}{dot}" for base in ("CR", "DR") for mark in (base, base.title(), base.lower()) for dot in ("", "."))
MINUS_SIGNS = "-\u2212"  # the hyphen-minus and the Unicode minus sign '−543'
# ISO 4217 currencies as releases print them: the marks set before a number ('€3,120', 'NIS 100',
# 'US$ 5.2') and the words a scale note names them by ('in millions of euros'). A '$' or 'dollars'
# alone (DOLLAR) names no country's dollar: a US filer's are US dollars, a Canadian fund's that
# says 'all references are to Canadian dollars' Canadian ones (tagger/tag.py settles it).
DOLLAR = "$"
UNKNOWN = "?"  # a currency named that is not one of these, or not one currency: never written
CURRENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    DOLLAR: (("$",), ("dollars",)),
    "USD": (("US$", "U.S.$", "U.S. $", "US $", "USD"), ("u.s. dollars", "us dollars", "united states dollars", "usd")),
    "EUR": (("\u20ac", "EUR"), ("euros", "euro", "eur")),
    "GBP": (("\u00a3", "GBP"), ("pounds sterling", "sterling", "gbp")),
    "CHF": (("CHF", "SFr.", "SFr"), ("swiss francs", "chf")),
    "JPY": (("\u00a5", "JPY"), ("japanese yen", "yen", "jpy")),
    "ILS": (("NIS",), ("new israeli shekels", "israeli shekels", "nis")),
    "CNY": (("RMB", "Rmb"), ("renminbi", "rmb")),
    "CAD": (("C$", "Cdn$", "CDN$", "CAD"), ("canadian dollars", "cad")),
    "AUD": (("A$", "AUD"), ("australian dollars", "aud")),
    "HKD": (("HK$", "HKD"), ("hong kong dollars", "hk dollars", "hkd")),
    "TWD": (("NT$", "NTD"), ("new taiwan dollars", "nt dollars", "ntd")),
    "SGD": (("S$", "SGD"), ("singapore dollars", "sgd")),
    "NZD": (("NZ$", "NZD"), ("new zealand dollars", "nzd")),
    "SEK": (("SEK",), ("swedish kronor", "kronor", "sek")),
    "NOK": (("NOK",), ("norwegian kroner", "nok")),
    "DKK": (("DKK",), ("danish kroner", "dkk")),
    "KRW": (("KRW",), ("korean won", "won", "krw")),
    "INR": (("INR", "Rs."), ("indian rupees", "rupees", "inr")),
    "BRL": (("R$", "BRL"), ("brazilian reais", "reais", "brl")),
    "MXN": (("MXN", "Ps."), ("mexican pesos", "mxn")),
    "ZAR": (("ZAR",), ("south african rand", "zar")),
    # named, but not one currency: any country's pesos, francs or kroner; a dollar of a country
    # not listed above ('Jamaican dollars'): amounts in them are not written
    UNKNOWN: ((), ("pesos", "francs", "kroner", "lira", "lire", "rubles", "roubles", "zloty", "forint", "koruna",
                   "baht", "ringgit", "rupiah", "dinars", "dirhams", "riyals", "rand", "yuan")),
}

# The words of a multiple, plural ('in thousands') and singular ('EUR million'); every pattern of
# scale words (tagger/amounts.py) is built from them.
SCALE_WORDS = {"thousands": 1000, "millions": 1_000_000, "billions": 1_000_000_000,
               "lakhs": 100_000, "crores": 10_000_000}  # India's: a lakh is a hundred thousand, a crore ten million
SCALE_WORDS |= {word[:-1]: multiplier for word, multiplier in SCALE_WORDS.items()}

# A plain-text filing's page furniture: a page break ('<PAGE>', '- more -', '(continued)'), a page
# number ('- 2 -', '12'), a page label ('Page 2 of 3').
PAGE_BREAK = re.compile(r"^\s*(?:<PAGE>.*|-+\s*more\s*-+|\(?continued\)?)\s*$", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^\s*(?:-\s*\d{1,3}\s*-|\d{1,3})\s*$")
PAGE_LABEL = re.compile(r"^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)
# What no table goes past: EDGAR's end of a table, of a document's text, of a document, and a
# release's '###'; and the characters of a rule ('-----', '=====', '_____').
STOP_MARKUP = ("</TABLE>", "</TEXT>", "</DOCUMENT>")
STOP_MARK = "#"  # three or more
RULE_CHARACTERS = "-=_"
