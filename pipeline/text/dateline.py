"""Datelines: ``moscow ( reuters ) -`` / ``BRUSSELS 1996-08-22`` at the start of an article.

:func:`match_dateline` works on a detokenized line of any case and returns character spans
within it; :func:`find_dateline` looks for one in the first lines of an article, and
:func:`case_dateline` gives it its usual case (city in capitals, agency in its usual spelling,
month names title-cased).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.text import lexicon

# Usual spelling of news agencies; unknown short names are upper-cased, others title-cased.
AGENCIES: dict[str, str] = {name.lower(): name for name in lexicon.entry("dateline", "agencies")}

_WORD = r"[^\W\d_][\w.'\u2019&-]*"
_CITY = rf"(?P<city>{_WORD}(?: {_WORD}){{0,3}})"
_AGENCY_RE = re.compile(
    rf"{_CITY}(?:, (?P<date>[^()\n]{{1,25}}?))? ?\((?P<agency>[^()\n]{{1,30}})\) ?(?P<dash>--?|\u2013|\u2014)(?= |$)",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(rf"{_CITY} (?P<date>\d{{4}}-\d{{2}}-\d{{2}})$", re.IGNORECASE)
# A place with no agency: "CAIRO - ...", "Doha: ...", "AMMAN — ...", "WASHINGTON, July 25: ...",
# "CAIRO – 26 July 2022: ..." (a date after the dash, then a colon)
_PLACE_RE = re.compile(
    rf"(?P<city>{_WORD}(?: {_WORD}){{0,2}}?)(?:, (?P<date>[^()\n,:\u2013\u2014]{{1,25}}?))? ?(?P<dash>--?|\u2013|\u2014|:)"
    rf"(?: (?P<after>\d{{1,2}} [^\W\d_]+,? \d{{4}}) ?:)? (?P<next>\S+)",
    re.IGNORECASE,
)
_COMPOUND_HEADS = lexicon.words("dateline", "compound_heads")
_LONE_CITY_LETTERS = 6  # a one-word town that is no capital: "DURBAN -", "SRINAGAR-", not "Ben-", "Kim-"

# What a name is in a gazetteer: "country", "capital", "town", or None (no place). The text stage
# keeps no gazetteer of its own: the caller passes one (``pipeline.nlp.geo.place_kind``).
PlaceKinds = Callable[[str], str | None]
_WORD_START_RE = re.compile(r"\b[^\W\d_]")
_SHORT_CAPS = 4
_DATELINE_LINES = 3  # a dateline is searched in the first non-empty lines


@dataclass(frozen=True)
class Dateline:
    """A dateline such as ``MOSCOW (Reuters) -`` found at the start of an article."""

    city: str | None
    agency: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DatelineMatch:
    """Character spans of a dateline inside one line (``end`` excludes trailing space)."""

    end: int
    city: tuple[int, int]
    agency: tuple[int, int] | None
    date: tuple[int, int] | None
    upper: bool = True  # the city in capitals (wire style); a place's own dateline title-cased ("Cape Town -")


@dataclass(frozen=True)
class FoundDateline:
    """A dateline found in a tokenized article: its line, match and tokens."""

    line: int
    match: DatelineMatch
    tokens: range  # the tokens of the line that belong to the dateline
    string: str  # the detokenized line
    offsets: list[int]  # each token's start in ``string``


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


def match_place_dateline(line: str, places: PlaceKinds) -> DatelineMatch | None:
    """Recognize a dateline of a place alone at the start of a detokenized line: a city, or a
    country before a colon or a long dash, then a dash or colon ("cape town - residents ...",
    "doha : qatar ...", "amman — the king ..."). A hyphen after a country name, or before
    a compound's second half, joins two words rather than ending a dateline ("israel - hamas
    war", "nairobi - based"); the place is checked in the gazetteer ``places`` and must be a
    country, a capital, a name of several words or a town of six letters or more (many short
    town names are given names: "ben - gurion")."""
    m = _PLACE_RE.match(line)
    if m is None or m.group("next").lower() in _COMPOUND_HEADS:
        return None
    city = m.group("city")
    kind = places(city)
    if kind is None or kind == "country" and m.group("dash").startswith("-") or not (
            kind in ("country", "capital") or " " in city or len(city) >= _LONE_CITY_LETTERS):
        return None  # ("ben - gurion university", "mary - jane": short town names that are given names too)
    date = m.span("date") if m.group("date") is not None else m.span("after") if m.group("after") is not None else None
    return DatelineMatch(end=m.start("next") - 1, city=m.span("city"), agency=None, date=date, upper=False)
    # (outlets write it "CAIRO -" or "Cape Town -", "Doha:": a name's usual case)


def find_dateline(strings: Iterable[tuple[str, list[int]]], places: PlaceKinds | None = None) -> FoundDateline | None:
    """The dateline among the detokenized lines (string, token starts): an agency dateline, or a
    place's dateline when a gazetteer ``places`` is given, on the first non-empty line, or a
    CoNLL-style ``CITY 1996-08-22`` line within the first three."""
    seen = 0
    for li, (s, offs) in enumerate(strings):
        if not s:
            continue
        m = match_dateline(s)
        if m is None and seen == 0 and places is not None:
            m = match_place_dateline(s, places)
        if m is not None and (seen == 0 or m.agency is None):
            n = 0
            while n < len(offs) and offs[n] < m.end:
                n += 1
            return FoundDateline(li, m, range(n), s, offs)
        seen += 1
        if seen >= _DATELINE_LINES:
            break
    return None


def body_start(found: FoundDateline, line_lengths: list[int]) -> tuple[int, int]:
    """Line and token where the article body starts after the dateline."""
    n = len(found.tokens)
    return (found.line, n) if n < line_lengths[found.line] else (found.line + 1, 0)


def case_dateline(lowered: list[list[str]], forms: list[list[str]], found: FoundDateline) -> None:
    """Set the forms of the dateline's tokens (in place): city in capitals (a place's dateline with
    no agency title-cased), agency in its usual spelling, month names title-cased."""
    m = found.match
    region = list(found.string[: m.end])
    c0, c1 = m.city
    city = "".join(region[c0:c1])
    region[c0:c1] = city.upper() if m.upper else _WORD_START_RE.sub(lambda x: x.group().upper(), city)
    if m.agency is not None:
        a0, a1 = m.agency
        form = agency_form("".join(region[a0:a1]))
        if len(form) == a1 - a0:
            region[a0:a1] = form
    if m.date is not None:
        d0, d1 = m.date
        region[d0:d1] = _WORD_START_RE.sub(lambda x: x.group().upper(), "".join(region[d0:d1]))
    cased = "".join(region)
    row = forms[found.line]
    for i in found.tokens:
        off = found.offsets[i]
        row[i] = cased[off : off + len(lowered[found.line][i])]


def make_dateline(text: str, line_start: int, m: DatelineMatch) -> tuple[Dateline, int]:
    """The :class:`Dateline` of a match on the line of ``text`` starting at ``line_start``, and
    where the body starts (the next non-space character)."""
    start, end = line_start, line_start + m.end
    city = text[line_start + m.city[0] : line_start + m.city[1]].upper()
    agency = None
    if m.agency is not None:
        agency = agency_form(text[line_start + m.agency[0] : line_start + m.agency[1]].strip())
    body = end
    while body < len(text) and text[body].isspace():
        body += 1
    return Dateline(city=city, agency=agency, text=text[start:end], start=start, end=end), body
