"""Readers for the Phoenix/PETRARCH2 dictionary formats (``../shared/kb/phoenix``, MIT).

Used by ``scripts/build_actor_kb.py`` at build time and by the tests; the pipeline at run time only
reads the derived table (:mod:`pipeline.nlp.actors.kb`). The formats are described in
``kb/phoenix/dictionaries.rst``; the reading rules below follow PETRARCH2's ``PETRreader`` where it
is well defined and say where they differ:

* ``#`` starts a comment anywhere on a line (PETRARCH needs ``" #"``; the files also have ``"_#"``),
  and so does the old TABARI ``;``. Lines starting with ``<!`` are comments.
* An actor record is a primary phrase, optional ``+`` synonyms and optional role lines (indented
  ``[CODE restriction]``). As in PETRARCH, consecutive primary phrases with no code between them
  share the codes that follow (``DMITRY_MEDVEDEV_`` then ``DMITR_MEDVEDEV_`` then roles).
* Every ``[...]`` group on any line of a record is a role: ``[RUSGOV]`` (default, no dates),
  ``[RUSGOV >080508]``, ``[RUSGOV <061231]``, ``[RUSGOV 991231-080507]``. Dates are ``YYMMDD``
  (``YY`` <= 30 is 20YY, else 19YY) or ``YYYYMMDD``. PETRARCH reads only the first group of a
  primary line; this reader keeps them all (``ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID
  >050501]``). Invalid dates and the null code ``---`` are counted in :attr:`ActorRecord.problems`
  and skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

_GROUP = re.compile(r"\[([^\]\}]*)[\]\}]")
_DATE = re.compile(r"\d+")


@dataclass(frozen=True)
class Role:
    """One CAMEO code with its validity: ``start``/``end`` inclusive, None for open."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False  # False: the record's default code (applies when no dated role does)


@dataclass
class ActorRecord:
    """One actor entry: its phrases (primary first) and roles, with where it came from."""

    phrases: list[str]
    roles: list[Role] = field(default_factory=list)
    source: str = ""
    line: int = 0
    comment: str = ""
    problems: list[str] = field(default_factory=list)
    primaries: list[str] = field(default_factory=list)  # more than one: primaries that shared codes


def parse_date(text: str) -> dt.date:
    """``YYMMDD`` (YY <= 30 -> 20YY) or ``YYYYMMDD`` (more digits: the first eight); ValueError otherwise."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) >= 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")


def parse_role(group: str) -> Role:
    """The inside of one ``[...]`` group; ValueError for a malformed restriction."""
    parts = group.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code, rest = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return Role(code)
    digits = _DATE.findall(rest)
    if rest.startswith("<") and len(digits) == 1:
        return Role(code, None, parse_date(digits[0]), True)
    if rest.startswith(">") and len(digits) == 1:
        return Role(code, parse_date(digits[0]), None, True)
    if "-" in rest and len(digits) == 2:
        start, end = parse_date(digits[0]), parse_date(digits[1])
        if end < start:
            raise ValueError(f"interval {rest!r} ends before it starts")
        return Role(code, start, end, True)
    if len(digits) == 1 and rest.isdigit():  # "[CODE 20140301]": a single date, read as "from"
        return Role(code, parse_date(digits[0]), None, True)
    raise ValueError(f"restriction {rest!r} is not <date, >date or date-date")


def _strip_comment(line: str) -> tuple[str, str]:
    cut = len(line)
    for mark in ("#", ";"):
        i = line.find(mark)
        if 0 <= i < cut:
            cut = i
    return line[:cut], line[cut + 1:].strip()


def read_actors(path: Path, *, source: str | None = None) -> list[ActorRecord]:
    """Every actor record of a Phoenix ``.actors.txt`` file, in file order."""
    return list(iter_actors(path.read_text(encoding="utf-8", errors="replace").splitlines(), source or path.name))


def iter_actors(lines: Iterable[str], source: str = "") -> Iterator[ActorRecord]:
    current: ActorRecord | None = None
    for number, raw in enumerate(lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("<!"):
            continue
        if "---STOP---" in raw:
            break
        body, comment = _strip_comment(raw)
        if not body.strip():
            continue
        groups = _GROUP.findall(body)
        phrase = _GROUP.sub(" ", body).strip()
        if raw[0] in " \t" and not phrase.startswith("+"):  # a role line
            if current is None:
                continue
            _add_roles(current, groups, number)
            continue
        if phrase.startswith("+"):
            if current is None:
                continue
            for synonym in phrase.split("+"):
                if synonym.strip():
                    current.phrases.append(synonym.strip())
            _add_roles(current, groups, number)
            continue
        if current is not None and current.roles:  # a new primary phrase closes a record with codes
            yield current
            current = None
        if current is None:
            current = ActorRecord([phrase], source=source, line=number, comment=comment, primaries=[phrase])
        elif phrase:
            current.phrases.append(phrase)  # PETRARCH: consecutive primaries share the codes that follow
            current.primaries.append(phrase)
        _add_roles(current, groups, number)
    if current is not None:
        yield current


def _add_roles(record: ActorRecord, groups: list[str], number: int) -> None:
    for group in groups:
        if group.strip() in ("---", ""):
            record.problems.append(f"line {number}: null code [{group}] skipped")
            continue
        try:
            record.roles.append(parse_role(group))
        except ValueError as exc:
            record.problems.append(f"line {number}: [{group}] skipped: {exc}")


# --- agents -------------------------------------------------------------------------------------

_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


@dataclass(frozen=True)
class AgentEntry:
    """One generic agent phrase (singular and plural forms) and its CAMEO agent code.

    ``code`` is the bare code (``COP``, ``GOVFRM``); ``prefix`` is True for codes written ``NGO~``
    (placed before an actor's code, i.e. an international type), False for ``~COP``.
    """

    phrase: str
    forms: tuple[str, ...]
    code: str
    prefix: bool
    line: int


def _plurals(phrase: str) -> list[str]:
    """Regular plurals as PETRARCH forms them: +S, Y -> IES, SS -> SSES (of the last word)."""
    if phrase.endswith("_"):
        return []
    if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY", "UY")):
        return [phrase[:-1] + "IES"]
    if phrase.endswith(("SS", "SH", "CH", "X")):
        return [phrase + "ES"]
    if phrase.endswith("S"):
        return []
    return [phrase + "S"]


def read_agents(path: Path) -> list[AgentEntry]:
    """Every agent of a Phoenix ``agents.txt``, with ``!SET!`` substitutions and plurals expanded."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    sets: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, raw in enumerate(lines, 1):
        body, _ = _strip_comment(raw)
        body = body.strip()
        if not body or body.startswith("<!"):
            continue
        if body.startswith("!") and "=" in body:
            name, _, members = body.partition("=")
            sets[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        m = _AGENT.match(body)
        if m is None:
            continue
        code_text = m["code"].strip()
        if "~" not in code_text:
            continue
        prefix = code_text.endswith("~")
        code = code_text.strip("~").strip()
        if not code:
            continue
        phrase = m["phrase"].strip()
        explicit = None if m["plural"] is None else [p.strip() for p in m["plural"].split() if p.strip()]
        substituted = any(name in phrase for name in sets)  # substituted forms get no plurals
        for expanded in _expand(phrase, sets):
            forms = [expanded.rstrip("_")]
            if substituted:
                pass
            elif explicit is None:
                forms += _plurals(expanded)
            else:
                forms += [p.rstrip("_") for p in explicit]
            entries.append(AgentEntry(expanded.rstrip("_"), tuple(dict.fromkeys(forms)), code, prefix, number))
    return entries


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    for name, members in sets.items():
        if name in phrase:
            out: list[str] = []
            for member in members:
                out.extend(_expand(phrase.replace(name, member, 1), sets))
            return out
    return [phrase]
