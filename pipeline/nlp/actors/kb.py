"""The actor knowledge base at run time: who a name is, and their country and sector on a date.

``load_kb()`` reads ``data/actors.v1.json.gz`` (built by ``scripts/build_actor_kb.py`` from the
Phoenix dictionaries, MIT, see ``data/NOTICE.phoenix.txt``) once per process. Lookups are dict
probes on :func:`~pipeline.nlp.actors.names.name_key` keys, cached per (name, label, date).

Roles on a date (:meth:`ActorKB.lookup` with ``on=``):

* ``current`` — a dated role covers the date, and the date is within the KB's horizon (the latest
  date in any role: the dictionaries were last curated around then);
* ``unconfirmed`` — an open-ended role (``[RUSGOV >080508]``) covers the date but the date is past
  the horizon: the role was current when the KB was last curated, nothing says it still is;
* ``undated`` — the actor has only an undated code (institutions: ``[SYRMIL]``), which always applies;
* ``last_known`` — no role covers the date: the actor keeps the country of the most recent role
  that started before it, and ``sector`` is None (``role_code`` still says what the role was);
  with no date at all (``on=None``) the most recent role is reported this way too.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.errors import ModelError
from pipeline.nlp.actors.names import name_key

DATA_DIR = Path(__file__).parent / "data"
KB_FILE = "actors.v1.json.gz"
NOTICE_FILE = "NOTICE.phoenix.txt"
CODES_FILE = "cameo.v1.json"
RULES_FILE = "rules.v1.json"

_WORD_CACHE_MAX = 200_000  # entries in each per-word / per-name cache of an ActorKB (then it starts again)
STATUS_RANK = {"current": 4, "unconfirmed": 3, "undated": 2, "last_known": 1, "none": 0}


@dataclass(frozen=True)
class Codes:
    """How CAMEO codes read (``data/cameo.v1.json``)."""

    version: str
    international: frozenset[str]
    regions: frozenset[str]
    country_aliases: dict[str, str]
    sectors: frozenset[str]
    armed_sectors: frozenset[str]
    iso: frozenset[str]

    def country(self, code: str) -> str | None:
        """ISO alpha-3 (or IGO/NGO/IMG/MNC/NGM/INT) of a CAMEO code; None for regions and bare sectors."""
        prefix = code[:3]
        if prefix in self.international:
            return prefix
        prefix = self.country_aliases.get(prefix, prefix)
        return prefix if prefix in self.iso else None

    def sector_of(self, code: str) -> str | None:
        """The first sector group of a code: ``RUSGOV`` -> GOV, ``IGOUNOREFHCR`` -> REF, ``ELI`` -> ELI."""
        for i in range(0, len(code) - 2, 3):
            group = code[i:i + 3]
            if group in self.sectors:
                return group
        return None


@lru_cache(maxsize=1)
def load_codes() -> Codes:
    import pycountry

    data = json.loads((DATA_DIR / CODES_FILE).read_text(encoding="utf-8"))
    iso = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    aliases = {k: v for k, v in data["country_aliases"].items() if k != "comment"}
    iso |= set(aliases.values())
    return Codes(data["version"], frozenset(data["international"]), frozenset(data["regions"]), aliases,
                 frozenset(data["sectors"]), frozenset(data["armed_sectors"]), frozenset(iso))


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / RULES_FILE).read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class ActorLink:
    """What the KB says about a name on a date.

    ``match`` is how the name relates to the actor: ``name`` (it names the actor), ``member`` (a
    person listed under an organisation's entry, e.g. a Hamas leader: country and sector are the
    organisation's, the person is not the organisation) or ``place`` (a city or province listed
    under a country: the country applies, the place is not the country). Only ``name`` links make
    an entity key.
    """

    actor_id: str
    name: str
    kind: str
    match: str
    country: str | None
    sector: str | None
    role_code: str | None
    role_status: str
    role_start: dt.date | None
    role_end: dt.date | None
    matched: str

    @property
    def current(self) -> bool:
        return self.role_status in ("current", "undated")

    @property
    def last_sector(self) -> str | None:
        """Sector of the role reported, whether or not it is current."""
        return None if self.role_code is None else load_codes().sector_of(self.role_code)


@dataclass(frozen=True)
class AgentLink:
    """A generic agent ("police", "protesters", "foreign minister") and its CAMEO agent code.

    ``sector`` is the first sector group of ``code`` (COP, OPP, GOV, ...); ``international`` is set
    for agents that make an international actor (``[IGO~]`` "peacekeeping troops"); ``country``
    comes from a modifier in the phrase ("Iranian police" -> IRN), else None.
    """

    phrase: str
    code: str
    sector: str | None
    international: str | None
    country: str | None
    modifier: str | None


@dataclass(frozen=True)
class _Role:
    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool


@dataclass(frozen=True)
class _Actor:
    id: str
    name: str
    kind: str
    roles: tuple[_Role, ...]


class ActorKB:
    """Lookups over the loaded table; build with :func:`load_kb`."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.version: str = table["version"]
        self.horizon = dt.date.fromisoformat(table["horizon"])
        self.codes = load_codes()
        rules = load_rules()
        self.actors: list[_Actor] = [
            _Actor(a[0], a[1], a[2], tuple(_Role(r[0], _date(r[1]), _date(r[2]), bool(r[3])) for r in a[3]))
            for a in table["actors"]
        ]
        self._by_id = {a.id: n for n, a in enumerate(self.actors)}
        self._aliases: dict[str, tuple[tuple[int, bool], ...]] = {
            k: tuple((n, bool(place)) for n, place in v) for k, v in table["aliases"].items()
        }
        self._agents: dict[str, tuple[str, bool]] = {k: (v[0], bool(v[1])) for k, v in table["agents"].items()}
        self._label_links: dict[str, dict[str, str]] = rules["label_links"]
        title_sectors = frozenset(rules["title_agent_sectors"])
        agent_titles = {k for k, (code, prefix) in self._agents.items()
                        if not prefix and self.codes.sector_of(code) in title_sectors}
        titles = {name_key(t) for t in rules["honorifics"]} | agent_titles
        self._titles = frozenset(t for t in titles if t)
        self._title_max = max(len(t.split()) for t in self._titles)
        self._title_ends = frozenset(t.rsplit(" ", 1)[-1] for t in self._titles)
        self._title_firsts = frozenset(t.split(" ", 1)[0] for t in self._titles)
        honorifics = {name_key(t) for t in rules["honorifics"]}
        self._title_words = frozenset({t for t in self._titles if " " not in t}
                                      | {w for t in honorifics for w in t.split()})
        self._modifiers = frozenset(name_key(m) for m in rules["title_modifiers"])
        self._org_words = frozenset(rules["org_words"])
        self._agent_spellings: dict[str, str] = rules["agent_spellings"]
        self._particles = frozenset(name_key(p) for p in rules["particles"])
        self._people: dict[tuple[str, str], list[int]] | None = None
        self._surnames: dict[str, list[int]] | None = None
        self._untitled: dict[str, list[int]] | None = None
        self._prefixes: frozenset[str] | None = None
        self._word_kinds: dict[str, tuple[bool, bool, bool]] = {}  # _word_kind, per word type
        self._name_kinds: dict[str, str | None] = {}  # name_kind, per name

    # -- public API ----------------------------------------------------------------------------
    def lookup(self, name: str, label: str | None = None, on: dt.date | None = None) -> ActorLink | None:
        """The actor ``name`` refers to (``label``: the NER label, restricting which kinds of actor
        may match, see ``rules.v1.json`` ``label_links``), with the role valid ``on`` that date."""
        return self._lookup(name, label, on)

    def agent(self, phrase: str) -> AgentLink | None:
        """The generic agent a phrase names ("police", "riot police", "Iranian police" -> COP, IRN;
        "protesters" -> OPP), or None. The agent is the longest run of final words that is an agent
        phrase; a country or nationality among the words before it gives ``country``."""
        return self._agent(phrase)

    @lru_cache(maxsize=65536)  # noqa: B019 - one KB per process
    def split_title(self, text: str) -> tuple[str | None, str]:
        """Split leading titles off a person's name: ``"President Vladimir Putin"`` -> ("President",
        "Vladimir Putin"); ``"Russian Foreign Minister Sergei Lavrov"`` -> ("Foreign Minister",
        "Sergei Lavrov"); at least one word always stays in the name."""
        words = text.split()
        first, n = self.title_span(words)
        if n == 0:
            return None, text.strip()
        return (" ".join(words[first:n]) or None), " ".join(words[n:])

    def title_span(self, words: list[str], *, keep_last: bool = True) -> tuple[int, int]:
        """``(first, n)``: ``words[:n]`` are titles, title modifiers ("former", "deputy") and country
        words before a title ("Russian" in "Russian President"), ending with a title; the title
        itself is ``words[first:n]`` (leading country words left out). ``keep_last``: the last word
        is never counted (it is the name). ``(0, 0)`` when there is no title."""
        limit = len(words) - 1 if keep_last else len(words)
        if limit <= 0:
            return 0, 0
        head = name_key(words[0])
        if head.split(" ", 1)[0] not in self._title_firsts and head not in self._modifiers \
                and not self._is_country_word(words[0]):
            return 0, 0  # the walk below stops at once: no title, modifier or country word starts the words
        keys = [head, *(name_key(w) for w in words[1:])]
        i, last_title, first = 0, 0, None
        while i < limit:
            step = self._title_at(keys, i, limit)
            if step:
                if first is None:
                    first = i
                i += step
                last_title = i
                continue
            if keys[i] in self._modifiers or (not keys[i] and words[i] == "." and i > 0):
                if first is None:
                    first = i
                i += 1
                continue
            if self._is_country_word(words[i]):
                first = None  # the title starts after a country word
                i += 1
                continue
            break
        if last_title == 0 or first is None:
            return 0, 0
        return first, last_title

    def title_length(self, words: list[str]) -> int:
        """How many leading ``words`` are a title (see :meth:`title_span`)."""
        return self.title_span(words)[1]

    def is_title_word(self, word: str, *, modifiers: bool = True) -> bool:
        """A word that is (part of) a title ("President", "Gen.") or, with ``modifiers``, a title
        modifier ("former", "foreign", "energy")."""
        kinds = self._word_kinds.get(word)
        if kinds is None:
            kinds = self._word_kind(word)
        return kinds[0] or (modifiers and kinds[1])

    def ends_title(self, word: str) -> bool:
        """True when a title can end with ``word`` (its name key's last word is the last word of a
        title): without it, no run of words ending with ``word`` is a title (:meth:`title_span`)."""
        kinds = self._word_kinds.get(word)
        if kinds is None:
            kinds = self._word_kind(word)
        return kinds[2]

    def _word_kind(self, word: str) -> tuple[bool, bool, bool]:
        """(a title word, a title modifier, a title can end with it) of a word, kept per word type
        (the rules ask about the same words all over an article)."""
        key = name_key(word)
        kinds = (bool(key) and key in self._title_words, bool(key) and key in self._modifiers,
                 bool(key) and key.rsplit(" ", 1)[-1] in self._title_ends)
        if len(self._word_kinds) >= _WORD_CACHE_MAX:
            self._word_kinds.clear()
        self._word_kinds[word] = kinds
        return kinds

    def is_name_prefix(self, key: str) -> bool:
        """True when ``key`` (a name key) is a KB alias or the first words of one."""
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = self._name_prefixes()
        return key in prefixes

    def _name_prefixes(self) -> frozenset[str]:
        if self._prefixes is None:
            prefixes: set[str] = set()
            for alias in self._aliases:
                words = alias.split()
                for n in range(1, len(words) + 1):
                    prefixes.add(" ".join(words[:n]))
            self._prefixes = frozenset(prefixes)
        return self._prefixes

    def active_name(self, name: str, on: dt.date | None) -> bool:
        """True when ``name`` names a KB actor that exists on ``on``: a role covers the date
        (current or unconfirmed) or the actor has an undated code. False without a date."""
        if on is None:
            return False
        for n, place in self._aliases.get(name_key(name), ()):
            if not place and self._role_on(n, on)[0] in ("current", "unconfirmed", "undated"):
                return True
        return False

    def is_org_word(self, word: str) -> bool:
        """A generic organisation word ("party", "movement", "ministry"; ``rules.v1.json``)."""
        return name_key(word) in self._org_words

    def name_kind(self, name: str) -> str | None:
        """The kind of actor ``name`` names exactly (an alias that is a name, not a place), or None."""
        kinds = self._name_kinds
        if name in kinds:
            return kinds[name]
        kind = None
        for n, place in self._aliases.get(name_key(name), ()):
            if not place:
                kind = self.actors[n].kind
                break
        if len(kinds) >= _WORD_CACHE_MAX:
            kinds.clear()
        kinds[name] = kind
        return kind

    def is_alias(self, key: str) -> bool:
        return key in self._aliases

    def namesake_surname(self, name: str, full_name: str) -> bool:
        """``name`` is a lone surname (no alias of its own) of a person an article names in full as
        ``full_name``: the full name identifies the person, a KB person who merely shares the surname
        is a namesake ("Acevedo" of "José Carlos Acevedo" is not the KB's "Carlos Acevedo")."""
        words = name_key(name).split()
        return len(words) == 1 and len(name_key(full_name).split()) > 1 and not self.is_alias(words[0])

    def is_weak(self, link: ActorLink) -> bool:
        """True for a link made by the person fallback (same first and last word, lone surname)."""
        return link.matched not in self._aliases

    def actor(self, actor_id: str) -> _Actor | None:
        n = self._by_id.get(actor_id)
        return None if n is None else self.actors[n]

    def __len__(self) -> int:
        return len(self.actors)

    def iter_aliases(self) -> Iterator[tuple[str, str, bool]]:
        """(alias key, actor id, is a place alias) for every alias."""
        for key, entries in self._aliases.items():
            for n, place in entries:
                yield key, self.actors[n].id, place

    def role_on(self, actor_id: str, on: dt.date | None) -> tuple[str, _Role | None]:
        """(status, role) of an actor on a date (see the module docstring)."""
        n = self._by_id[actor_id]
        return self._role_on(n, on)

    # -- internals ----------------------------------------------------------------------------
    @lru_cache(maxsize=131072)  # noqa: B019 - one KB per process (load_kb is cached)
    def _lookup(self, name: str, label: str | None, on: dt.date | None) -> ActorLink | None:
        key = name_key(name)
        if not key:
            return None
        link = self._best(key, label, on)
        if link is None:
            words = name.split()
            n = self.title_length(words)
            if n:
                stripped = name_key(" ".join(words[n:]))
                if stripped and stripped != key:
                    link = self._best(stripped, label, on)
                    key = stripped
        if link is None and label in ("PERSON", None):
            link = self._person_fallback(key, on)
        return link

    def _best(self, key: str, label: str | None, on: dt.date | None) -> ActorLink | None:
        entries = self._aliases.get(key)
        if not entries:
            return None
        allowed = self._label_links.get(label) if label else None
        best: tuple[tuple[int, ...], ActorLink] | None = None
        places: dict[tuple[int, ...], set[str | None]] = {}  # (status, name match) -> the countries of place matches
        for n, place in entries:
            actor = self.actors[n]
            if allowed is not None and actor.kind not in allowed:
                continue
            match = "place" if place else (allowed[actor.kind] if allowed is not None else "name")
            link = self._link(n, match, key, on)
            rank = (STATUS_RANK[link.role_status], int(match == "name"), _recency(actor))
            if match == "place":
                places.setdefault(rank[:2], set()).add(link.country)
            if best is None or rank > best[0]:
                best = (rank, link)
        if best is not None and best[1].match == "place" and len(places.get(best[0][:2], ())) > 1:
            return None  # a place two countries list as theirs ("Korea": "KOREA_(NORTH)" and "KOREA_(SOUTH)")
        return None if best is None else best[1]

    def _link(self, n: int, match: str, key: str, on: dt.date | None) -> ActorLink:
        actor = self.actors[n]
        status, role = self._role_on(n, on)
        country = None if role is None else self.codes.country(role.code)
        sector = None
        if role is not None and status != "last_known":
            sector = self.codes.sector_of(role.code[3:] if country else role.code)
        return ActorLink(actor.id, actor.name, actor.kind, match, country, sector,
                         None if role is None else role.code, status,
                         None if role is None else role.start, None if role is None else role.end, key)

    def _role_on(self, n: int, on: dt.date | None) -> tuple[str, _Role | None]:
        roles = self.actors[n].roles
        dated = [r for r in roles if r.dated]
        defaults = [r for r in roles if not r.dated]
        if on is not None:
            covering = [r for r in dated if (r.start is None or r.start <= on) and (r.end is None or on <= r.end)]
            if covering:
                role = max(covering, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))
                past_horizon = on > self.horizon and (role.end is None or role.end > self.horizon)
                return ("unconfirmed" if past_horizon else "current"), role
            if defaults and not any(r.start is not None and r.start <= on for r in dated):
                return "undated", _best_default(defaults)
            before = [r for r in dated if r.start is None or r.start <= on]
            if before:
                return "last_known", max(before, key=lambda r: (r.end or dt.date.max, r.start or dt.date.min))
            return "none", None
        if dated:
            role = max(dated, key=lambda r: (r.end or dt.date.max, r.start or dt.date.min))
            return ("unconfirmed" if role.end is None else "last_known"), role
        if defaults:
            return "undated", _best_default(defaults)
        return "none", None

    def _person_fallback(self, key: str, on: dt.date | None) -> ActorLink | None:
        """A person's name not in the KB as written: the same first and last word as exactly one
        KB person whose name holds every middle word of this one ("Omar el-Bashir" / "Omar Hassan
        al-Bashir"; not "Juan Orlando Hernandez" / "Juan Carlos Loyo Hernandez"); or a lone surname that exactly one
        KB person with a role valid on the date carries."""
        people, surnames = self._person_indexes()
        words = key.split()
        bare = self._untitled.get(key) if self._untitled is not None else None
        if bare:  # "Ruhollah Khomeini" for the KB's "AYATOLLAH_RUHOLLAH_KHOMEINI"
            links = [self._link(n, "name", key, on) for n in bare]
            if len({link.country for link in links}) == 1:
                return max(links, key=lambda link: (STATUS_RANK[link.role_status], link.role_end or dt.date.max))
        if len(words) >= 2:
            middle = set(words[1:-1]) - self._particles  # ("Juan Orlando Hernandez" is not "Juan Carlos Loyo
            # Hernandez"; "el" in "Omar el-Bashir" is a particle)
            candidates = [n for n in people.get((words[0], words[-1]), [])
                          if middle <= set(name_key(self.actors[n].name).split())]
            links = [self._link(n, "name", key, on) for n in candidates]
            if links and len({link.country for link in links}) == 1:  # one person, or duplicates of one
                return max(links, key=lambda link: (STATUS_RANK[link.role_status], link.role_end or dt.date.max))
            return None
        if on is None:
            return None
        valid = [n for n in surnames.get(words[0], []) if self._role_on(n, on)[0] in ("current", "unconfirmed")]
        if len(valid) == 1:
            return self._link(valid[0], "name", key, on)
        return None

    def prepare(self) -> ActorKB:
        """Build the indexes that are otherwise built on first use — the person indexes (about a
        second, on the first person-name fallback) and the name prefixes (tens of ms, on the first
        span repair) — so a worker pays for them while loading, not inside its first batch."""
        self._person_indexes()
        self._name_prefixes()
        return self

    def _person_indexes(self) -> tuple[dict[tuple[str, str], list[int]], dict[str, list[int]]]:
        if self._people is None or self._surnames is None:
            people: dict[tuple[str, str], list[int]] = defaultdict(list)
            surnames: dict[str, list[int]] = defaultdict(list)
            untitled: dict[str, list[int]] = defaultdict(list)
            for key, entries in self._aliases.items():
                words = key.split()
                _, n_title = self.title_span(words)
                for n, place in entries:
                    if place or self.actors[n].kind != "person" or len(words) < 2:
                        continue
                    if n_title:
                        words = words[n_title:]
                        bare = " ".join(words)
                        if bare not in self._aliases and n not in untitled[bare]:
                            untitled[bare].append(n)
                    if len(words) < 2:
                        continue
                    if n not in people[(words[0], words[-1])]:
                        people[(words[0], words[-1])].append(n)
                    if len(words[-1]) > 3 and n not in surnames[words[-1]]:
                        surnames[words[-1]].append(n)
            self._people, self._surnames, self._untitled = dict(people), dict(surnames), dict(untitled)
        return self._people, self._surnames

    def _title_at(self, keys: list[str], i: int, limit: int) -> int:
        for size in range(min(self._title_max, limit - i), 0, -1):
            if " ".join(keys[i:i + size]) in self._titles:
                return size
        return 0

    @lru_cache(maxsize=65536)  # noqa: B019 - one KB per process
    def _is_country_word(self, word: str) -> bool:
        from pipeline.nlp import geo

        if word[:1].islower() and word.isalpha() and len(word) <= 3:
            return False
        return geo.country_code(word, allow_city=False) is not None

    @lru_cache(maxsize=65536)  # noqa: B019 - one KB per process
    def _agent(self, phrase: str) -> AgentLink | None:
        words = phrase.split()
        keys = [self._agent_spellings.get(key, key) for key in (name_key(w) for w in words)]
        for start in range(len(words)):
            key = " ".join(k for k in keys[start:] if k)
            if key in self._agents:
                code, prefix = self._agents[key]
                country, modifier = self._modifier_country(words[:start])
                return AgentLink(" ".join(words[start:]), code, self.codes.sector_of(code),
                                 code[:3] if prefix and code[:3] in self.codes.international else None,
                                 country, modifier)
        return None

    def _modifier_country(self, words: list[str]) -> tuple[str | None, str | None]:
        from pipeline.nlp import geo

        for size in (3, 2, 1):
            for i in range(len(words) - size, -1, -1):
                text = " ".join(words[i:i + size])
                code = geo.country_code(text, allow_city=False)
                if code is None:
                    link = self._best(name_key(text), "GPE", None)
                    code = link.country if link is not None and link.kind == "country" else None
                if code is not None:
                    return code, text
        return None, None


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _best_default(defaults: list[_Role]) -> _Role:
    """Of several undated codes (entries merged from two files), the most specific one."""
    return max(defaults, key=lambda r: len(r.code))


def _recency(actor: _Actor) -> int:
    ends = [(r.end or dt.date.max) for r in actor.roles if r.dated]
    return max(ends).toordinal() if ends else 0


@lru_cache(maxsize=2)
def load_kb(path: str | None = None) -> ActorKB:
    """The actor KB (cached per process; about 1 s the first time, plus :meth:`ActorKB.prepare`)."""
    file = Path(path) if path else DATA_DIR / KB_FILE
    try:
        with gzip.open(file, "rt", encoding="utf-8") as fh:
            table = json.load(fh)
    except FileNotFoundError as exc:
        raise ModelError(f"actor knowledge base {file} is missing",
                         fix="run `python scripts/build_actor_kb.py` (needs ../shared/kb/phoenix)") from exc
    return ActorKB(table)


def dimension_rows(kb: ActorKB) -> list[dict[str, Any]]:
    """Rows of the ``actors`` table (schemas/actors.v1.json): one per actor and role."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for key, actor_id, place in kb.iter_aliases():
        if not place:
            aliases[actor_id].append(key)
    rows: list[dict[str, Any]] = []
    for actor in kb.actors:
        _, latest = kb._role_on(kb._by_id[actor.id], None)
        names = " | ".join(sorted(aliases.get(actor.id, []))) or None
        roles: list[_Role | None] = list(actor.roles) or [None]
        for role in roles:
            country = None if role is None else kb.codes.country(role.code)
            sector = None
            if role is not None:
                sector = kb.codes.sector_of(role.code[3:] if country else role.code)
            rows.append({
                "actor_id": actor.id, "name": actor.name, "kind": actor.kind,
                "role_code": None if role is None else role.code, "country": country, "sector": sector,
                "valid_from": None if role is None else role.start, "valid_to": None if role is None else role.end,
                "dated": bool(role is not None and role.dated), "is_latest": role is latest,
                "aliases": names, "kb_version": kb.version,
            })
    return rows
