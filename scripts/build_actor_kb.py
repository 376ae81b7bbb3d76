"""Build the actor knowledge base shipped in ``pipeline/nlp/actors/data/`` from the Phoenix dictionaries.

Inputs (never copied into the repo): ``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt``
from ``$WIRELAKE_SHARED/kb/phoenix`` (default ``<repo>/../shared``), MIT-licensed (PETRARCH2,
openeventdata/petrarch2 commit 676801c). Outputs:

* ``actors.v1.json.gz`` — actors (id, display name, kind, roles with dates), the alias index and
  the agent index; gzip without time or name in its header, JSON with sorted keys, so the same
  inputs give the same bytes;
* ``NOTICE.phoenix.txt`` — the MIT licence of the source and the provenance of this build (input
  files and their SHA-256, counts, what was skipped).

Usage::

    python scripts/build_actor_kb.py [--phoenix DIR] [--out DIR] [--check]

``--check`` rebuilds in memory and exits 1 when the shipped files differ (used by a test).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.nlp import geo
from pipeline.nlp.actors.kb import DATA_DIR, KB_FILE, NOTICE_FILE, load_codes, load_rules
from pipeline.nlp.actors.names import display_name, name_key, without_parenthetical
from pipeline.nlp.actors.phoenix import ActorRecord, Role, read_actors, read_agents

REPO = Path(__file__).resolve().parents[1]

KB_VERSION = "actors.v1"
SOURCE_COMMIT = "676801c"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
SUPPLEMENT = REPO / "pipeline" / "nlp" / "actors" / "data" / "supplement.actors.txt"  # written for this repo
PERSON_COMMENTS = ("countryinfo", "igorulers")


def shared_dir() -> Path:
    return Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    roles: list[Role]
    aliases: dict[str, str] = field(default_factory=dict)  # key -> "name" | "place"
    sources: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)  # phrases spelling the primary name (for display)
    comments: list[str] = field(default_factory=list)  # the comments of its entries ("# World Trade Organisation")


class Builder:
    def __init__(self) -> None:
        self.codes = load_codes()
        self.rules = load_rules()
        self.org_words = frozenset(self.rules["org_words"])
        self.particles = frozenset(self.rules["particles"])
        self.agent_heads: frozenset[str] = frozenset()
        self.stats: Counter[str] = Counter()
        self.problems: list[str] = []
        self.horizon = dt.date.min  # the latest date in a Phoenix role (set by build)

    # -- codes -------------------------------------------------------------------------------
    def country_of(self, code: str) -> str | None:
        prefix = code[:3]
        if prefix in self.codes.international:
            return prefix
        prefix = self.codes.country_aliases.get(prefix, prefix)
        return prefix if prefix in self.codes.iso else None

    # -- kinds -------------------------------------------------------------------------------
    def kind_of(self, record: ActorRecord, phrase: str, roles: list[Role]) -> str:
        """country: the entry carries a bare country code undated, or dated under a name the geo
        tables know as a country ("SOUTH_SUDAN"); person: marked as a ruler/minister list entry, or
        a name-like phrase (see :meth:`looks_like_person`) with dated roles, or undated as an elite,
        opposition or radical figure (``[USAOPP]``; an undated ``[MED]`` entry is an outlet, not a
        person); then the international type of its codes (IMG, IGO, NGO/NGM, MNC); armed_group for
        the MilNonState file and rebel/insurgent codes; else organization."""
        bare_country = any(len(r.code) == 3 and r.code not in self.codes.international and self.country_of(r.code)
                           for r in roles)
        text = " ".join(without_parenthetical(phrase).replace("_", " ").split())
        marked = any(mark in record.comment.lower() for mark in PERSON_COMMENTS)
        if (bare_country and any(not r.dated for r in roles)) or (not marked and geo.country_code(text, allow_city=False)):
            return "country"  # "AFGHANISTAN_ [AFG]"; "SOUTH_SUDAN [SDNSSD <20050709] [SSD >20110709]"; territories
        prefixes = {r.code[:3] for r in roles}
        words = name_key(without_parenthetical(phrase)).split()
        international = prefixes & {"IMG", "IGO", "NGO", "NGM", "MNC"}
        dated = any(r.dated for r in roles)
        person_sectors = {self.codes.sector_of(r.code[3:] if self.country_of(r.code) else r.code) for r in roles}
        if marked or (self.looks_like_person(record, words) and "MNC" not in prefixes and not international
                      and (dated or person_sectors <= {"ELI", "OPP", "RAD", "MOD", None})) \
                or (self.looks_like_person(record, words) and international and dated and "MNC" not in prefixes):
            return "person"  # undated name-like entries are people only as elites or opposition figures
        if "IMG" in prefixes:
            return "armed_group"
        if "IGO" in prefixes:
            return "igo"
        if "NGO" in prefixes or "NGM" in prefixes:
            return "ngo"
        if "MNC" in prefixes:
            return "company"
        sectors = {self.codes.sector_of(r.code) for r in roles}
        if record.source.startswith("Phoenix.MilNonState") or sectors & self.codes.armed_sectors:
            return "armed_group"
        return "organization"

    def looks_like_person(self, record: ActorRecord, words: list[str]) -> bool:
        """Two to six words, none an organisation word, not ending in a generic agent ("UN_ENVOY")."""
        if not 2 <= len(words) <= 6 or any(w in self.org_words for w in words):
            return False
        if words[-1] in self.agent_heads:
            return False
        return not record.source.startswith("Phoenix.MilNonState")

    # -- records -----------------------------------------------------------------------------
    def split_records(self, record: ActorRecord) -> list[tuple[str, list[str]]]:
        """(primary, phrases) per actor: co-primaries that share codes in PETRARCH (no code between
        them) become their own actor unless they end in the same word as the first primary
        (``DMITRY_MEDVEDEV_`` / ``DMITR_MEDVEDEV_`` stay one; ``INDIAN_OCEAN`` / ``LOK_SABHA`` split)."""
        if len(record.primaries) <= 1:
            return [(record.phrases[0], record.phrases)]
        first_last = (name_key(record.primaries[0]).split() or [""])[-1]
        groups: list[tuple[str, list[str]]] = [(record.primaries[0], [])]
        others: dict[str, list[str]] = {}
        current = groups[0][1]
        for phrase in record.phrases:
            if phrase in record.primaries and phrase != record.primaries[0]:
                last = (name_key(phrase).split() or [""])[-1]
                if last != first_last:
                    current = others.setdefault(phrase, [])
                    self.stats["co-primaries split into their own actor"] += 1
                else:
                    current = groups[0][1]
            current.append(phrase)
        return groups + [(p, ph) for p, ph in others.items()]

    def build(self, phoenix: Path) -> dict[str, Any]:
        agents = read_agents(phoenix / AGENT_FILE)
        self.agent_heads = frozenset(name_key(f).split()[-1] for a in agents for f in a.forms if name_key(f))
        actors: dict[str, Actor] = {}
        for file_name in ACTOR_FILES:
            for record in read_actors(phoenix / file_name):
                self.stats[f"records in {file_name}"] += 1
                self.problems.extend(f"{file_name}: {record.phrases[0]}: {p}" for p in record.problems)
                roles = [r for r in record.roles if r.code]
                for primary, phrases in self.split_records(record):
                    self.add(actors, record, primary, phrases, roles, file_name)
        self.add_commented_igos(actors)
        self.horizon = max(d for a in actors.values() for r in a.roles for d in (r.start, r.end) if d is not None)
        # (Phoenix's curation, before the supplement: its later leaders are "unconfirmed" past it, as Phoenix's are)
        for record in read_actors(SUPPLEMENT):  # organisations Phoenix codes but never names; leaders since 2017
            self.stats[f"records in {SUPPLEMENT.name}"] += 1
            self.problems.extend(f"{SUPPLEMENT.name}: {record.phrases[0]}: {p}" for p in record.problems)
            for primary, phrases in self.split_records(record):
                self.add(actors, record, primary, phrases, [r for r in record.roles if r.code], SUPPLEMENT.name)
        return self.table(actors, agents)

    def add_commented_igos(self, actors: dict[str, Actor]) -> None:
        """International organisations Phoenix names only in the comments of their office-holders'
        entries ("SUPACHAI_PANITCHPAKDI_ [IGOBUSWTO 020901-050901] # World Trade Organisation"):
        one organisation per commented name that no actor has as a name, with the IGO code its
        office-holders hold most often, undated."""
        known = {alias for actor in actors.values() for alias in actor.aliases}
        codes: dict[str, Counter[str]] = defaultdict(Counter)
        names: dict[str, str] = {}
        for actor in actors.values():
            for comment in actor.comments:
                name = comment.split("#")[0].strip()
                words = name_key(name).split()
                if not 2 <= len(words) <= 8 or any(c.isdigit() for c in name) or not set(words) & self.org_words \
                        or not all(w[:1].isupper() or w.lower() in self.particles for w in name.split()):
                    continue  # a description ("president of the ..."), a date, an editor's mark
                key = " ".join(words)
                for role in actor.roles:
                    if role.code.startswith("IGO"):
                        codes[key][role.code] += 1
                        names.setdefault(key, name)
        for key in sorted(codes):
            if key in known:
                continue
            code = codes[key].most_common(1)[0][0]
            phrase = names[key].upper().replace(" ", "_") + "_"
            record = ActorRecord([phrase], [Role(code)], source="role comments", primaries=[phrase])
            self.add(actors, record, phrase, [phrase], [Role(code)], "role comments")
            self.stats["organisations named only in role comments"] += 1

    def add(self, actors: dict[str, Actor], record: ActorRecord, primary: str, phrases: list[str],
            roles: list[Role], file_name: str) -> None:
        key = name_key(without_parenthetical(primary)) or name_key(primary)
        if not key:
            self.stats["records without a usable name"] += 1
            return
        kind = self.kind_of(record, primary, roles)
        countries = {self.country_of(r.code) for r in roles} - {None}
        actor_id = "phx:" + key.replace(" ", "_")
        existing = actors.get(actor_id)
        if existing is not None:
            theirs = {self.country_of(r.code) for r in existing.roles} - {None}
            if countries and theirs and not countries & theirs:  # same name, another country: another actor
                actor_id = f"{actor_id}~{sorted(countries)[0].lower()}"
                existing = actors.get(actor_id)
                self.stats["namesakes kept apart by country"] += 1
            else:
                self.stats["entries merged into an earlier one of the same name"] += 1
        if existing is None:
            existing = actors[actor_id] = Actor(actor_id, display_name(without_parenthetical(primary).strip(" _"),
                                                                         self.particles), kind, [])
        elif existing.kind != kind and kind == "person":
            existing.kind = kind
        existing.sources.add(file_name)
        if record.comment and record.comment not in existing.comments:
            existing.comments.append(record.comment)
        for role in roles:
            if role not in existing.roles:
                existing.roles.append(role)
        for phrase in phrases:
            for variant in sorted({phrase, without_parenthetical(phrase)}):
                alias = name_key(variant)
                if alias and alias not in existing.aliases:
                    existing.aliases[alias] = self.alias_type(existing, variant, alias, countries)
        existing.names.extend(p for p in phrases if name_key(without_parenthetical(p)) == key)

    def alias_type(self, actor: Actor, phrase: str, alias: str, countries: set[str | None]) -> str:
        """For a country's entry, "name" when the alias names the country itself (a country name,
        short name or demonym that the geo tables give the same code), else "place" (a city or
        province listed under the country: it gives the country but is not the country)."""
        if actor.kind != "country":
            return "name"
        if alias == name_key(actor.name):
            return "name"
        text = " ".join(phrase.replace("_", " ").split())
        if geo.country_code(text, allow_city=False) in countries:
            return "name"
        own, words = name_key(actor.name).split(), alias.split()
        if words == own[:len(words)]:  # "BOSNIA_" of "BOSNIA_AND_HERZEGOVINA"
            return "name"
        if len(words) == 1 and len(own) == 1 and words[0][:5] == own[0][:5]:  # "AFGHANESTAN_", "BOSNIAN"
            return "name"
        if len(words) == 1 and words[0][:5] == own[0][:5] and words[0][:len(own[0])] == own[0]:
            return "name"
        return "place"

    def display(self, actor: Actor) -> str:
        """The display name: of the phrases spelling the primary name, the one with most hyphens,
        apostrophes and periods ("BASHAR_AL-ASSAD" over "BASHAR_AL_ASSAD_"), cased by the
        truecaser (acronyms stay upper case: "NATO", "UNHCR"; "Hamas", "Syria" do not)."""
        phrase = max(actor.names or [actor.name], key=lambda p: (sum(p.count(c) for c in "-'."), -actor.names.index(p)
                                                                  if p in actor.names else 0))
        text = " ".join(without_parenthetical(phrase).replace("_", " ").split())
        return cased_name(text, self.particles)

    def table(self, actors: dict[str, Actor], agents: list[Any]) -> dict[str, Any]:
        rows = []
        index: dict[str, list[list[Any]]] = defaultdict(list)
        for n, actor in enumerate(sorted(actors.values(), key=lambda a: a.id)):
            actor.name = self.display(actor)
            roles = sorted(actor.roles, key=lambda r: (r.dated, r.start or dt.date.min, r.end or dt.date.max, r.code))
            rows.append([actor.id, actor.name, actor.kind,
                         [[r.code, _iso(r.start), _iso(r.end), int(r.dated)] for r in roles]])
            for alias, how in sorted(actor.aliases.items()):
                index[alias].append([n, 0 if how == "name" else 1])
            self.stats[f"actors: {actor.kind}"] += 1
        agent_index: dict[str, list[Any]] = {}
        for agent in agents:
            for form in agent.forms:
                key = name_key(form)
                if key and key not in agent_index:
                    agent_index[key] = [agent.code, int(agent.prefix)]

        self.stats["aliases"] = len(index)
        self.stats["agent phrases"] = len(agent_index)
        return {
            "version": KB_VERSION,
            "horizon": self.horizon.isoformat(),
            "actors": rows,
            "aliases": dict(sorted(index.items())),
            "agents": dict(sorted(agent_index.items())),
        }


def cased_name(text: str, particles: frozenset[str]) -> str:
    """Case a KB phrase as a name: the truecaser keeps acronyms and numerals upper case ("NATO",
    "UNHCR", "U.S.", "II"), every other word is capitalised, particles inside a name go lower case
    ("Bashar al-Assad", "Osama bin Laden"); a leading "the" is dropped ("Islamic State")."""
    from pipeline.text import restore_case_tokens

    words = restore_case_tokens(" ".join(text.lower().split())).split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    out = []
    for i, word in enumerate(words):
        parts = []
        for j, part in enumerate(word.split("-")):
            if (i or j) and part.lower() in particles:
                parts.append(part.lower())
            elif part.islower() or (part[:1].isupper() and part[1:].islower()):
                parts.append(part[:1].upper() + part[1:].lower())
            else:
                parts.append(part)
        out.append("-".join(parts))
    return " ".join(out)


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def encode(table: dict[str, Any]) -> bytes:
    raw = json.dumps(table, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def notice(phoenix: Path, table: dict[str, Any], builder: Builder) -> str:
    licence = (phoenix / "LICENSE").read_text(encoding="utf-8").strip()
    files = [*ACTOR_FILES, AGENT_FILE]
    lines = [
        "wirelake actor knowledge base (pipeline/nlp/actors/data/actors.v1.json.gz)",
        "",
        "Derived from the Phoenix / PETRARCH2 actor and agent dictionaries of the Open Event Data",
        f"Alliance (https://github.com/openeventdata/petrarch2, commit {SOURCE_COMMIT},",
        "petrarch2/data/dictionaries/) by scripts/build_actor_kb.py. The derived table keeps actor",
        "names, name variants, CAMEO role codes with their date ranges, and agent phrases with their",
        "codes. It is distributed under the source's MIT licence, reproduced below.",
        "",
        "Inputs (SHA-256):",
        *[f"  {name}  {hashlib.sha256((phoenix / name).read_bytes()).hexdigest()}" for name in files],
        f"  {SUPPLEMENT.name}  {hashlib.sha256(SUPPLEMENT.read_bytes()).hexdigest()}  (written for wirelake,",
        "    in the repository: organisations Phoenix codes but never names, and their acronyms;",
        "    heads of state and government and foreign ministers of 2017-2023 that Phoenix lacks)",
        "International organisations Phoenix names only in its office-holders' comments are added",
        "under that name with their most frequent IGO code ('organisations named only in role comments').",
        "",
        f"Version {table['version']}; latest date in any Phoenix role (the KB's horizon): {table['horizon']}.",
        "Counts:",
        *[f"  {k}: {v}" for k, v in sorted(builder.stats.items())],
        f"Skipped role groups ({len(builder.problems)}):",
        *[f"  {p}" for p in builder.problems],
        "",
        "----- licence of the source dictionaries -----",
        licence,
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix", type=Path, default=shared_dir() / "kb" / "phoenix")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped files differ from a rebuild")
    args = parser.parse_args(argv)
    if not (args.phoenix / ACTOR_FILES[0]).exists():
        print(f"Phoenix dictionaries not found in {args.phoenix} (set WIRELAKE_SHARED)", file=sys.stderr)
        return 2
    builder = Builder()
    table = builder.build(args.phoenix)
    outputs = {KB_FILE: encode(table), NOTICE_FILE: notice(args.phoenix, table, builder).encode()}
    if args.check:
        stale = [name for name, data in outputs.items()
                 if not (args.out / name).exists() or (args.out / name).read_bytes() != data]
        for name in stale:
            print(f"{args.out / name} differs from a rebuild: run python scripts/build_actor_kb.py", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data):,} bytes)")
    for k, v in sorted(builder.stats.items()):
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
