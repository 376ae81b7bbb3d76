"""Find relative and absolute date expressions and resolve them against a publication date.

Rules (all case-insensitive, so lowercased wire text works):

* ``today``, ``tonight``, ``this morning/afternoon/evening`` -> the publication date (day);
* ``yesterday``, ``last night`` -> publication date minus one day (day);
* ``tomorrow`` -> plus one day (day);
* ``(on) Monday`` -> the most recent Monday on or before publication; ``last Monday`` -> strictly
  before publication; ``next Monday`` -> strictly after (day);
* ``last/this/next week`` -> the Monday of that ISO week (precision ``week``);
* ``last/this/next month`` -> the first day of that month (``month``); ``last/this/next year`` ->
  January 1 (``year``);
* ``December 11(, 2017)``, ``11 December (2017)``, ``Dec. 11`` -> that day; without a year, the
  most recent such day on or before publication (``day``);
* ``September 2015`` -> 2015-09-01 (``month``); ``in/since/by/last March`` without a year -> the
  most recent such month on or before publication (``month``);
* ``in 2015`` (also after since, during, by, between, from, after, before, until) -> 2015-01-01
  (``year``); years from 1100 on, so histories date too ("on May 5, 1862", "in 1875");
* ``in the 1980s`` / ``the 1860s`` -> the decade's first year (``year``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[1-9]|20)\d\d)"
# a year standing alone after a preposition: before 1900 not when a plural noun follows ("in 1500 villages")
_YEAR_ALONE = r"(?P<year>(?:19|20)\d\d|1[1-8]\d\d(?!\s+[a-z]+s\b))"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:\s*,?\s*{_YEAR}\b)?", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?:\s*,?\s*{_YEAR}\b)?", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s*,?\s+{_YEAR}\b", re.I)),
    ("prep_month", re.compile(rf"\b(?P<prep>in|since|by|last|early|late|mid-?|until)\s+{_MONTH2}\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<rel>on|last|next|this|since|by)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>last|this|next)\s+(?P<unit>week|month|year)\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening)\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|during|by|between|from|after|before|until)\s+{_YEAR_ALONE}\b(?!\s*%|\s+per\s*cent)", re.I)),
    ("decade", re.compile(r"\bthe\s+(?:early\s+|mid-?|late\s+)?(?P<year>(?:1[1-9]|20)\d0)'?s\b", re.I)),
]  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, with its resolution (``date`` None when unresolvable)."""

    text: str
    start: int
    end: int
    date: dt.date | None
    precision: str  # "day" | "week" | "month" | "year"


def as_date(value: object) -> dt.date | None:
    """A publication date given as a date, a datetime or an ISO 8601 string (its first ten
    characters); None for None. Raises ValueError for a string that is no ISO date and TypeError
    for any other type (callers decide whether that is an error or an unknown date)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    raise TypeError(f"{type(value).__name__} is not a date")


def _month_num(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# The four non-ASCII letters Python's case-insensitive matching takes for ASCII ones ("ſept 11",
# "ſunday"): folded before the matched words are looked up, so such text resolves instead of failing.
_RE_I_FOLD = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, str]:
    groups = {k: v.translate(_RE_I_FOLD) if v else v for k, v in m.groupdict().items()}
    if kind in ("month_day", "day_month"):
        month, day = _month_num(groups["month"]), int(groups["day"])
        if groups.get("year"):
            return _safe_date(int(groups["year"]), month, day), "day"
        if published is None:
            return None, "day"
        found = _safe_date(published.year, month, day)
        if found is not None and found > published:
            found = _safe_date(published.year - 1, month, day)
        return found, "day"
    if kind == "month_year":
        return dt.date(int(groups["year"]), _month_num(groups["month"]), 1), "month"
    if kind in ("year", "decade"):
        return dt.date(int(groups["year"]), 1, 1), "year"
    if published is None:
        return None, "day"
    if kind == "prep_month":
        month = _month_num(groups["month2"])
        year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, 1), "month"
    if kind == "weekday":
        target = WEEKDAYS.index(groups["weekday"].lower())
        rel = (groups.get("rel") or "").lower()
        back = (published.weekday() - target) % 7
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            ahead = (target - published.weekday()) % 7 or 7
            return published + dt.timedelta(days=ahead), "day"
        return published - dt.timedelta(days=back), "day"
    if kind == "relative":
        rel, unit = groups["rel"].lower(), groups["unit"].lower()
        step = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            return monday + dt.timedelta(weeks=step), "week"
        if unit == "month":
            index = published.year * 12 + published.month - 1 + step
            return dt.date(index // 12, index % 12 + 1, 1), "month"
        return dt.date(published.year + step, 1, 1), "year"
    word = groups["word"].lower()
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return published + dt.timedelta(days=offset), "day"


# Words one of which every match of a pattern holds (each pattern's literal parts); on ASCII text a
# pattern none of whose words is in the lowercased text cannot match and is not run (the patterns'
# case-insensitive matching folds only ASCII case there). Most sentences name no date.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS: dict[str, tuple[str, ...]] = {
    "month_day": _MONTH_WORDS, "day_month": _MONTH_WORDS, "month_year": _MONTH_WORDS, "prep_month": _MONTH_WORDS,
    "weekday": ("day",), "relative": ("week", "month", "year"),
    "deictic": ("day", "night", "tomorrow", "morning", "afternoon", "evening"), "year": ("1", "2"), "decade": ("0s", "0's"),
}  # fmt: skip


def _candidate_patterns(text: str) -> list[tuple[str, re.Pattern[str]]]:
    if not text.isascii():
        return _PATTERNS
    lower = text.lower()
    present: dict[tuple[str, ...], bool] = {}
    for words in _NEEDS.values():
        if words not in present:
            present[words] = any(word in lower for word in words)
    return [(kind, pattern) for kind, pattern in _PATTERNS if present[_NEEDS[kind]]]


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """All non-overlapping date expressions in ``text``, earliest first, resolved if possible."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _candidate_patterns(text):
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            date, precision = _resolve(kind, m, published)
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.group(0), m.start(), m.end(), date, precision))
    return sorted(found, key=lambda d: d.start)


def resolve_date(expression: str, published: dt.date | None) -> dt.date | None:
    """Resolve one expression such as "on Monday" or "September 2015"; None if not a date."""
    mentions = find_dates(expression, published)
    return mentions[0].date if mentions else None
