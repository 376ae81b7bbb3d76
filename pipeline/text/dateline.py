"""Dateline recognition: ``moscow ( reuters ) -`` / ``BRUSSELS 1996-08-22``.

Works on a detokenized line of any case; returns character spans within that line so the
caller can recase the parts (city in capitals, agency in its usual spelling).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Usual spelling of news agencies; unknown short names are upper-cased, others title-cased.
AGENCIES: dict[str, str] = {
    name.lower(): name
    for name in (
        "Reuters",
        "AP",
        "AFP",
        "UPI",
        "dpa",
        "DPA",
        "Xinhua",
        "Kyodo",
        "Yonhap",
        "Bernama",
        "PTI",
        "IANS",
        "ANI",
        "TASS",
        "Interfax",
        "RIA",
        "EFE",
        "ANSA",
        "KUNA",
        "WAM",
        "SPA",
        "QNA",
        "IRNA",
        "MENA",
        "APA",
        "Anadolu",
        "Bloomberg",
        "AAP",
        "CNA",
        "Antara",
        "Petra",
        "SANA",
        "BSS",
        "APP",
        "Prensa Latina",
        "Notimex",
        "Agencia Brasil",
        "PANA",
        "Xinhua/AFP",
    )
}
AGENCIES["dpa"] = "dpa"

_WORD = r"[^\W\d_][\w.'\u2019&-]*"
_CITY = rf"(?P<city>{_WORD}(?: {_WORD}){{0,3}})"
_AGENCY_RE = re.compile(
    rf"{_CITY}(?:, (?P<date>[^()\n]{{1,25}}?))? ?\((?P<agency>[^()\n]{{1,30}})\) ?(?P<dash>--?|\u2013|\u2014)(?= |$)",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(rf"{_CITY} (?P<date>\d{{4}}-\d{{2}}-\d{{2}})$", re.IGNORECASE)
_SHORT_CAPS = 4


@dataclass(frozen=True)
class DatelineMatch:
    """Character spans of a dateline inside one line (``end`` excludes trailing space)."""

    end: int
    city: tuple[int, int]
    agency: tuple[int, int] | None
    date: tuple[int, int] | None


def agency_form(name: str) -> str:
    """Usual spelling of an agency name (``reuters`` -> ``Reuters``)."""
    known = AGENCIES.get(name.lower())
    if known is not None:
        return known
    if name != name.lower():
        return name
    if len(name) <= _SHORT_CAPS and name.isalpha():
        return name.upper()
    return " ".join(part[:1].upper() + part[1:] for part in name.split(" "))


def match_dateline(line: str) -> DatelineMatch | None:
    """Recognize a dateline at the start of a detokenized line."""
    m = _AGENCY_RE.match(line)
    if m is not None:
        date = m.span("date") if m.group("date") is not None else None
        return DatelineMatch(end=m.end(), city=m.span("city"), agency=m.span("agency"), date=date)
    m = _DATE_LINE_RE.match(line)
    if m is not None:
        return DatelineMatch(end=m.end(), city=m.span("city"), agency=None, date=m.span("date"))
    return None
