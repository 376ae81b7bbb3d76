"""Group a Doc's named-entity mentions into article-local entities.

Rules, applied in text order to mentions of the same label (``GPE`` and ``LOC`` count as one):

1. same normalized string (case-insensitive, without a leading "the" or trailing "'s");
2. one token sequence contained in the other ("Putin" in "Vladimir Putin");
3. PERSON: same last token ("Mr. Putin" -> "Vladimir Putin");
4. ORG: acronym of the other's capitalized words ("PLO" <-> "Palestine Liberation Organization").

A mention joins the most recent matching entity. The canonical name is the longest mention.
Countries come from :mod:`pipeline.nlp.geo`: the entity text itself for places and nationalities,
a country or nationality word inside an ORG, or one standing just before a PERSON mention
("Russian President Vladimir Putin" -> RUS).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.nlp import geo

ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_LABEL_CLASS = {"LOC": "GPE"}
_WORD = re.compile(r"[\w.&'-]+")
_TITLE_WORDS = {"president", "prime", "minister", "king", "queen", "leader", "foreign", "defense",
                "defence", "secretary", "general", "chancellor", "premier", "mr.", "mrs.", "ms.",
                "dr.", "gen.", "col.", "spokesman", "spokeswoman", "ambassador", "envoy", "'s", "s"}  # fmt: skip


@dataclass
class Mention:
    """One entity mention; ``entity_index`` points into :attr:`EntityGrouping.entities`."""

    text: str
    start: int
    end: int
    label: str
    entity_index: int


@dataclass
class Entity:
    """An article-local entity: all mentions that refer to the same thing."""

    index: int
    canonical: str
    label: str
    mention_count: int
    first_start: int
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list, repr=False)


@dataclass
class EntityGrouping:
    """Entities and mentions of one article, mentions in text order."""

    entities: list[Entity]
    mentions: list[Mention]

    def entity_index_at(self, start: int, end: int) -> int | None:
        """Index of the entity whose mention overlaps ``[start, end)`` most, else None."""
        best, best_overlap = None, 0
        for mention in self.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention.entity_index, overlap
        return best


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_token_list(text))


def _token_list(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text.replace("\u2019", "'"))]
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] in ("'s", "s", "'") and len(words) > 1:
        words = words[:-1]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _acronym(text: str) -> str:
    words = re.findall(r"[A-Za-z][\w-]*", text)
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words if w[0].isupper())


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _same_entity(label: str, a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb or _contains(ta, tb) or _contains(tb, ta):
        return True
    if label == "PERSON" and ta[-1] == tb[-1] and len(ta[-1]) > 2:
        return True
    if label == "GPE":
        code_a = geo.country_code(a, allow_city=False)
        if code_a is not None and code_a == geo.country_code(b, allow_city=False):
            return True
    if label == "ORG":
        compact_a, compact_b = a.replace(".", "").strip(), b.replace(".", "").strip()
        for short, long in ((compact_a, b), (compact_b, a)):
            if short.isupper() and len(short) >= 2 and short == _acronym(long):
                return True
    return False


def _person_country(span: Span) -> str | None:
    """A country or nationality word just before a PERSON mention ("Russian President X")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        token = doc[i]
        code = geo.country_code(token.text, allow_city=False)
        if code is not None:
            return code
        if token.lower_ not in _TITLE_WORDS and not token.is_title:
            break
        i -= 1
    return None


def _entity_country(label: str, span: Span) -> str | None:
    if label in ("GPE", "LOC", "NORP", "FAC"):
        return geo.country_code(span.text, allow_city=label != "NORP")
    if label == "ORG":
        whole = geo.country_code(span.text, allow_city=False)
        if whole is not None:
            return whole
        for token in span:
            code = geo.country_code(token.text, allow_city=False)
            if code is not None:
                return code
        return None
    return _person_country(span)


def _canonical_rank(text: str) -> tuple[int, int]:
    """Longer names win; at equal length, a mixed-case form beats an all-caps one ("Moscow" over
    the dateline's "MOSCOW"), unless the name is an acronym."""
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 4 and all(c.isupper() for c in letters)
    return len(_tokens(text)), 0 if shouting else 1


def group_entities(doc: Doc, labels: frozenset[str] = ENTITY_LABELS) -> EntityGrouping:
    """Group ``doc.ents`` with a label in ``labels`` into article-local entities."""
    entities: list[Entity] = []
    mentions: list[Mention] = []
    for span in doc.ents:
        if span.label_ not in labels:
            continue
        label = span.label_
        klass = _LABEL_CLASS.get(label, label)
        match: Entity | None = None
        for entity in reversed(entities):
            if _LABEL_CLASS.get(entity.label, entity.label) != klass:
                continue
            if any(_same_entity(klass, m.text, span.text) for m in entity.mentions):
                match = entity
                break
        if match is None:
            match = Entity(len(entities), _strip_article(span.text), label, 0, span.start_char)
            entities.append(match)
        mention = Mention(span.text, span.start_char, span.end_char, label, match.index)
        match.mentions.append(mention)
        match.mention_count += 1
        if _canonical_rank(span.text) > _canonical_rank(match.canonical):
            match.canonical = _strip_article(span.text)
        if match.country is None:
            match.country = _entity_country(label, span)
        mentions.append(mention)
    return EntityGrouping(entities, mentions)
