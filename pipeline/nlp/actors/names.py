"""Name keys: one normal form for KB phrases ("BASHAR_AL-ASSAD") and article mentions ("Bashar al-Assad").

The same function indexes the knowledge base at build time and looks mentions up at run time, so
the two cannot drift apart. A key is lower-case ASCII words separated by single spaces: accents
folded, apostrophes and periods dropped ("U.S." -> "us", "Workers'" -> "workers"), hyphens,
underscores and slashes turned into spaces, a leading "the" and a trailing possessive removed,
British spellings of organisation words folded into American ones ("Organisation", "Defence",
"Centre", "Co-operation" -> "organization", "defense", "center", "cooperation"), so "World Trade
Organisation" finds Phoenix's "WORLD_TRADE_ORGANIZATION".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[.'’‘`\"]")
_SPLIT = re.compile(r"[\s_\-‐‑‒–—/,;:()\[\]{}!?*+&]+")
_PARENTHETICAL = re.compile(r"\(([^)]*)\)")
_SPELLINGS = {"organisation": "organization", "organisations": "organizations", "organisational": "organizational",
              "defence": "defense", "centre": "center", "centres": "centers", "programme": "program",
              "programmes": "programs", "labour": "labor"}  # fmt: skip
_SPELLING_WORDS = frozenset(_SPELLINGS)
_CO = frozenset({"operation", "operative", "operatives", "ordination"})  # "co-operation" -> "cooperation"


@lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """The lookup key of a name (see the module docstring); "" when nothing is left."""
    if text.isascii():  # nothing to fold (NFKD leaves ASCII as it is, and it has no combining marks)
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = folded.replace("&", " and ")
    words = [w for w in _SPLIT.split(_DROP.sub("", _possessive(folded))) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if "co" in words:
        words = _join_co(words)
    if not _SPELLING_WORDS.isdisjoint(words):
        words = [_SPELLINGS.get(w, w) for w in words]
    return " ".join(words)


def _join_co(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and out[-1] == "co" and word in _CO:
            out[-1] = "co" + word
        else:
            out.append(word)
    return out


def _possessive(text: str) -> str:
    """Drop a trailing possessive: "Russia's" / "Russia ’s" / "Russia s" (tokenized wire text)."""
    stripped = text.rstrip()
    for suffix in ("'s", "’s", " 's", " ’s", " s"):
        if stripped.endswith(suffix) and len(stripped) > len(suffix) + 1:
            return stripped[: -len(suffix)]
    if stripped.endswith(("s'", "s’")):
        return stripped[:-1]
    return stripped


def without_parenthetical(text: str) -> str:
    """``"BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_"`` -> ``"BASQUE_FATHERLAND_AND_FREEDOM_"``."""
    return _PARENTHETICAL.sub(" ", text)


_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def display_name(phrase: str, particles: frozenset[str] = frozenset(), *, acronym_max: int = 5) -> str:
    """A readable name from an upper-case KB phrase: ``BASHAR_AL-ASSAD`` -> ``Bashar al-Assad``,
    ``UNHCR_`` -> ``UNHCR``, ``KING_ABDULLAH_II`` -> ``King Abdullah II``.

    A single word of at most ``acronym_max`` letters stays upper case (an acronym); ``particles``
    (``rules.v1.json``: al, bin, de, van, of, ...) are lower case except at the start; Roman
    numerals stay upper case.
    """
    text = " ".join(w for w in phrase.replace("_", " ").split())
    words = text.split(" ")
    if len(words) == 1 and len(words[0].strip(".()")) <= acronym_max and "-" not in words[0]:
        return words[0].upper()
    out = []
    for i, word in enumerate(words):
        out.append("-".join(_case_part(part, particles, first=i == 0 and j == 0)
                            for j, part in enumerate(word.split("-"))))
    return " ".join(out)


def _case_part(part: str, particles: frozenset[str], *, first: bool) -> str:
    low = part.lower()
    if not low:
        return part
    if _ROMAN.match(low) and len(low) > 1:
        return low.upper()
    if low in particles and not first:
        return low
    if low.startswith("(") and low.endswith(")"):
        return part.upper()
    head = 1 if low[0] in "('\"" else 0
    return low[:head] + low[head:head + 1].upper() + low[head + 1:]
