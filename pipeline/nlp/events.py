"""PLOVER event extraction over spaCy's dependency parse: who did what to whom, when and where.

The spaCy component ``wirelake_events_v1`` (spaCy forbids "." in factory names) fills ``Doc._.events`` (a list of :class:`Event`) and
``Doc._.entities`` (an :class:`~pipeline.nlp.entities.EntityGrouping`). It needs the tagger,
lemmatizer and parser (and NER for entity links). Article context comes in through
``doc.user_data``:

* ``"wirelake.published"``: publication date (``datetime.date``, ``datetime.datetime`` or ISO
  string); relative dates ("on Monday") are resolved against it;
* ``"wirelake.dateline_city"``: dateline city ("Moscow"), the fallback event location;
* ``"wirelake.entities"``: a precomputed ``EntityGrouping``; computed from ``doc.ents`` if absent.

:func:`extract_events` is the same logic as a plain function. Triggers, sectors and places are
data in ``lexicon/`` (``plover.v1.json``, ``actors.v1.json``, ``geo.v1.json``). See docs/events.md.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.errors import ModelError
from pipeline.nlp import geo
from pipeline.nlp.dates import DateMention, find_dates
from pipeline.nlp.entities import EntityGrouping, group_entities

COMPONENT_NAME = "wirelake_events_v1"  # spaCy factory names cannot contain "."
EXTRACTOR_NAME = "wirelake.events.v1"
PUBLISHED_KEY = "wirelake.published"
DATELINE_KEY = "wirelake.dateline_city"
ENTITIES_KEY = "wirelake.entities"
LEXICON_DIR = Path(__file__).parent / "lexicon"
DEFAULT_LEXICON = LEXICON_DIR / "plover.v1.json"
ACTORS_LEXICON = LEXICON_DIR / "actors.v1.json"

_SUBJ = {"nsubj", "csubj", "expl"}
_PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj", "dative", "attr", "oprd"}
_TARGET_PREPS = ("with", "against", "to", "on", "upon", "from", "into", "at", "toward", "towards",
                 "for", "over", "between", "of")  # fmt: skip
_INNER_PREPS = ("of", "to", "against", "on", "upon", "for", "with", "from", "into", "at", "between")
_PLACE_PREPS = {"in", "at", "near", "into", "outside", "inside", "across", "around", "throughout"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PARTITIVES = {"part", "some", "most", "many", "all", "number", "hundreds", "thousands", "dozens",
               "scores", "millions", "half", "majority", "members", "group", "one", "two", "three",
               "deployment", "detachment", "contingent"}  # fmt: skip
_SPAN_DEPS = {"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod", "punct",
              "flat", "det"}  # fmt: skip
_HOSTILE = {"COERCE", "SANCTION", "ASSAULT", "FIGHT", "PROTEST"}
_NAME_LABELS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}
_FILLERS = {"state", "kind", "form", "series", "wave", "number"}
_RELATIVE = {"that", "which", "who", "whom", "whose"}
_CLAUSE_LINKS = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "acl", "relcl", "parataxis"}


class EventsInputError(ModelError):
    """The Doc or the article context handed to the events component is unusable."""

    code = "W410"


@dataclass
class Actor:
    """A source or target actor: the phrase, its offsets in ``doc.text`` and what we know of it."""

    text: str
    start: int
    end: int
    entity_index: int | None = None
    country: str | None = None
    sector: str | None = None
    resolved_from: str | None = None  # the pronoun this actor was resolved from, if any


@dataclass
class Event:
    """One PLOVER event; offsets are character offsets in ``doc.text``."""

    event_type: str
    cameo_root: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_index: int
    source: Actor | None
    target: Actor | None
    location_text: str | None
    location_country: str | None
    location_reason: str | None  # "sentence" | "dateline" | None
    event_date: dt.date | None
    date_expression: str | None
    mode: str  # "asserted" | "negated" | "hypothetical" | "reported"
    confidence: float
    extractor_version: str


@dataclass(frozen=True)
class Lexicon:
    """Trigger and actor lexicons, loaded from JSON data files."""

    version: str
    cameo_roots: dict[str, str]
    verbs: dict[str, str]
    phrasal: dict[str, str]
    verb_objects: dict[str, str | None]
    nouns: dict[str, str]
    noun_compounds: dict[str, str]
    adjectives: dict[str, str]
    armed_words: frozenset[str]
    armed_type: str
    armed_sectors: frozenset[str]
    reporting: frozenset[str]
    causative: frozenset[str]
    irrealis: frozenset[str]
    light_verbs: frozenset[str]
    modals: frozenset[str]
    conditionals: frozenset[str]
    confidence: dict[str, float]
    sectors: dict[str, str]
    titles: frozenset[str]
    actor_nouns: frozenset[str]
    pronouns: dict[str, str]


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: event_type for event_type, words in groups.items() for word in words}


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load (once) the trigger lexicon at ``path`` (default ``lexicon/plover.v1.json``)."""
    data = json.loads(Path(path or DEFAULT_LEXICON).read_text(encoding="utf-8"))
    actors = json.loads(ACTORS_LEXICON.read_text(encoding="utf-8"))
    armed = data["armed_switch"]
    return Lexicon(
        version=f"{data['version']}+{actors['version']}",
        cameo_roots=data["cameo_roots"],
        verbs=_invert(data["verbs"]),
        phrasal=data["phrasal"],
        verb_objects=data["verb_objects"],
        nouns=_invert(data["nouns"]),
        noun_compounds=data["noun_compounds"],
        adjectives=data["adjectives"],
        armed_words=frozenset(armed["verbs"]) | frozenset(armed["nouns"]),
        armed_type=armed["to"],
        armed_sectors=frozenset(armed["when_source_sector"]),
        reporting=frozenset(data["reporting_verbs"]),
        causative=frozenset(data["causative_verbs"]),
        irrealis=frozenset(data["irrealis_verbs"]),
        light_verbs=frozenset(data["light_verbs"]),
        modals=frozenset(data["modals"]),
        conditionals=frozenset(data["conditional_marks"]),
        confidence=data["confidence"],
        sectors=_invert(actors["sectors"]),
        titles=frozenset(actors["titles"]),
        actor_nouns=frozenset(actors["actor_nouns"]),
        pronouns=actors["pronouns"],
    )


@dataclass
class _Trigger:
    token: Token
    event_type: str
    kind: str  # "phrase" | "verb" | "noun" | "adjective"
    end_token: Token  # last token of the trigger phrase (particle or object), for the text


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in _OBJ]


def _find_triggers(sent: Span, lex: Lexicon) -> list[_Trigger]:
    triggers: list[_Trigger] = []
    consumed: set[int] = set()
    for token in sent:
        if not _is_verb(token) or token.dep_ in ("amod", "compound"):
            continue
        lemma = _lemma(token)
        objects = _objects(token) + [c for c in token.children if c.dep_ in _PASSIVE_SUBJ]
        matched = False
        for obj in objects:
            fillers = [_of_filler(obj)] + [c for c in obj.children if c.dep_ == "compound"]
            key = next((k for k in (f"{lemma} {_lemma(f)}" for f in fillers) if k in lex.verb_objects), "")
            if key:
                consumed.add(obj.i)
                event_type = lex.verb_objects[key]
                if event_type is not None:
                    triggers.append(_Trigger(token, event_type, "phrase", obj))
                matched = True
                break
        if matched:
            continue
        for child in token.children:
            if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in lex.phrasal:
                if lemma in ("fly", "travel", "arrive", "go", "return") and not _has_place(child):
                    continue
                triggers.append(_Trigger(token, lex.phrasal[f"{lemma} {child.lower_}"], "phrase", child))
                matched = True
                break
        if matched:
            continue
        if lemma in lex.light_verbs and any(
            _noun_type(o, lex) or any(_noun_type(c, lex) for c in o.children if c.dep_ == "compound") for o in objects
        ):
            continue
        if lemma in lex.verbs:
            triggers.append(_Trigger(token, lex.verbs[lemma], "verb", token))
    for token in sent:
        if token.i in consumed:
            continue
        if token.pos_ in ("NOUN", "PROPN"):
            if token.ent_type_ in _NAME_LABELS:
                continue
            if token.dep_ == "compound" and (token.head.ent_type_ or _noun_type(token.head, lex)):
                continue
            event_type = _noun_type(token, lex)
            if event_type is not None and not _duplicate_of_verb(token, event_type, triggers):
                triggers.append(_Trigger(token, event_type, "noun", token))
        elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod", "ROOT") and token.lower_ in lex.adjectives:
            if token.dep_ != "amod":
                triggers.append(_Trigger(token, lex.adjectives[token.lower_], "adjective", token))
    return sorted(triggers, key=lambda t: t.token.i)


def _of_filler(noun: Token) -> Token:
    """The noun that carries the meaning: "state of emergency" -> "emergency"."""
    if _lemma(noun) in _FILLERS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = _child(child, {"pobj"})
                if pobj is not None:
                    return pobj
    return noun


def _noun_type(token: Token, lex: Lexicon) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = _lemma(token)
    for child in token.children:
        if child.dep_ in ("compound", "amod"):
            compound = f"{_lemma(child)} {lemma}"
            if compound in lex.noun_compounds:
                return lex.noun_compounds[compound]
    if token.dep_ == "compound" and f"{lemma} {_lemma(token.head)}" in lex.noun_compounds:
        return None
    return lex.nouns.get(lemma)


def _duplicate_of_verb(noun: Token, event_type: str, triggers: list[_Trigger]) -> bool:
    ancestors = list(noun.ancestors)[:4]
    return any(t.event_type == event_type and t.token in ancestors for t in triggers)


def _has_place(prep: Token) -> bool:
    return any(_is_place_token(c) for c in prep.children if c.dep_ == "pobj")


def _is_place_token(token: Token) -> bool:
    if token.ent_type_ in _PLACE_LABELS:
        return True
    return geo.is_place(token.text) and not geo.is_demonym(token.text)


# --- actors -------------------------------------------------------------------------------------


def _actor_head(token: Token) -> Token:
    """Follow partitives ("thousands of refugees", "part of the contingent") to the real head."""
    seen = 0
    while token.lower_ in _PARTITIVES and seen < 3:
        pobj = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if not pobj:
            break
        token, seen = pobj[0], seen + 1
    return token


def _is_actor_head(token: Token, lex: Lexicon) -> bool:
    """The word itself names an actor (not only one of its modifiers)."""
    if token.ent_type_ in _ACTOR_LABELS or token.lower_ in lex.pronouns or token.lower_ in _RELATIVE:
        return True
    if token.lower_ in lex.sectors or _lemma(token) in lex.sectors or token.lower_ in lex.actor_nouns:
        return True
    if geo.country_code(token.text, allow_city=token.ent_type_ in _PLACE_LABELS or token.pos_ == "PROPN"):
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")


def _owner(token: Token, lex: Lexicon) -> Token | None:
    """The actor behind a non-actor noun: "Saddam Hussein's proposal", "a US offer", "calls by X"."""
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ not in lex.pronouns and _is_actor_head(child, lex):
            return child
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < token.i and _is_actor_head(child, lex):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            pobj = _child(child, {"pobj"})
            if pobj is not None and _is_actor_head(_actor_head(pobj), lex):
                return pobj
    return None


def _is_actor_like(token: Token, lex: Lexicon) -> bool:
    if token.ent_type_ in _ACTOR_LABELS or token.lower_ in lex.pronouns:
        return True
    words = [token] + [c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for word in words:
        if word.lower_ in lex.sectors or _lemma(word) in lex.sectors or word.ent_type_ in _ACTOR_LABELS:
            return True
        if geo.country_code(word.text, allow_city=word.ent_type_ in _PLACE_LABELS) is not None:
            return True
    return token.lower_ in lex.actor_nouns or (token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME"))


def _ent_bounds(token: Token) -> tuple[int, int]:
    """Token range [left, right] of the named entity containing ``token`` (cheaper than doc.ents)."""
    doc = token.doc
    left = right = token.i
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
        right += 1
    return left, right


def _span_bounds(head: Token) -> tuple[int, int]:
    """Token range [left, right] of an actor phrase: modifiers, plus an "of <place/name>" tail."""
    left, right = head.i, head.i
    for child in head.children:
        if child.i < head.i and child.dep_ in _SPAN_DEPS:
            left = min(left, child.left_edge.i)
        elif child.i > head.i and child.dep_ in ("flat", "compound", "appos") and child.i - right <= 1:
            right = max(right, child.i)
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ == "of":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj and (pobj[0].pos_ == "PROPN" or pobj[0].ent_type_ or geo.is_place(pobj[0].text)):
                right = max(right, pobj[0].right_edge.i)
    doc = head.doc
    if head.ent_iob_ != "O":
        ent_left, ent_right = _ent_bounds(head)
        left, right = min(left, ent_left), max(right, ent_right)
    while left < head.i and (doc[left].dep_ in ("det", "punct", "nummod", "quantmod", "cc", "advmod")
                             or doc[left].like_num):  # fmt: skip
        left += 1
    while right > head.i and doc[right].dep_ in ("punct", "case", "cc"):
        right -= 1
    return left, right


def _sector(tokens: list[Token], head: Token, lex: Lexicon) -> str | None:
    for word in [head] + sorted(tokens, key=lambda t: -t.i):
        for key in (word.lower_, _lemma(word)):
            if key in lex.sectors:
                return lex.sectors[key]
    return None


def _span_country(tokens: list[Token]) -> str | None:
    texts = [t.text for t in tokens]
    for size in (3, 2, 1):
        for i in range(len(texts) - size + 1):
            words = tokens[i : i + size]
            allow_city = any(w.ent_type_ in _PLACE_LABELS or w.pos_ == "PROPN" for w in words)
            code = geo.country_code(" ".join(texts[i : i + size]), allow_city=allow_city)
            if code is not None:
                return code
    return None


@dataclass
class _Context:
    lex: Lexicon
    entities: EntityGrouping
    dateline_city: str | None
    dateline_country: str | None
    country_overrides: dict[int, str]
    last_person: Actor | None = None
    last_group: Actor | None = None


def _make_actor(head: Token, ctx: _Context, *, resolved_from: str | None = None) -> Actor:
    doc = head.doc
    left, right = _span_bounds(head)
    span = doc[left : right + 1]
    tokens = list(span)
    start, end = span.start_char, span.end_char
    entity_index = ctx.entities.entity_index_at(head.idx, head.idx + len(head))  # the head names it
    country = _span_country(tokens)
    if country is None and entity_index is not None:
        country = ctx.entities.entities[entity_index].country
    if country is None and entity_index is not None:
        country = ctx.country_overrides.get(entity_index)
    sector = _sector(tokens, head, ctx.lex)
    return Actor(span.text, start, end, entity_index, country, sector, resolved_from)


def _resolve_pronoun(token: Token, trigger: Token, ctx: _Context) -> Actor | None:
    """A pronoun subject: the subject of an enclosing clause in the sentence, else a recent actor."""
    kind = ctx.lex.pronouns[token.lower_]
    node = token.head if token.dep_ in _SUBJ | _PASSIVE_SUBJ | {"poss"} else trigger
    for _ in range(8):
        if node.head == node:
            break
        node = node.head
        for child in node.children:
            if (child.dep_ in _SUBJ | _PASSIVE_SUBJ and child.lower_ not in ctx.lex.pronouns
                    and child.lower_ not in _RELATIVE and child.i < token.i
                    and _is_actor_head(_actor_head(child), ctx.lex)
                    and (child.ent_type_ == "PERSON") == (kind == "PERSON")):  # fmt: skip
                return _make_actor(_actor_head(child), ctx, resolved_from=token.text)
    previous = ctx.last_person if kind == "PERSON" else ctx.last_group
    if previous is None:
        return None
    return Actor(previous.text, previous.start, previous.end, previous.entity_index,
                 previous.country, previous.sector, token.text)  # fmt: skip


def _actor(token: Token | None, trigger: Token, ctx: _Context) -> Actor | None:
    if token is None:
        return None
    head = _actor_head(token)
    if head.lower_ in _RELATIVE and head.dep_ in _SUBJ | _PASSIVE_SUBJ | {"dobj"}:
        verb = head.head
        if verb.dep_ != "relcl":
            return None
        head = _actor_head(verb.head)
    if head.lower_ in ctx.lex.pronouns:
        return _resolve_pronoun(head, trigger, ctx)
    if head.pos_ in ("VERB", "AUX") or head.like_num:
        return None
    if not _is_actor_head(head, ctx.lex):
        owner = _owner(head, ctx.lex)
        if owner is None:
            return None
        head = _actor_head(owner)
        if head.lower_ in ctx.lex.pronouns:
            return _resolve_pronoun(head, trigger, ctx)
    return _make_actor(head, ctx)


def _child(token: Token, deps: set[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return _child(child, {"pobj"})
    return None


def _subject(token: Token, lex: Lexicon, depth: int = 0) -> Token | None:
    """The agent of a verb: its subject, a passive's by-phrase, or one inherited from a clause."""
    if depth > 5:
        return None
    if _child(token, _PASSIVE_SUBJ) is not None:
        return _agent(token)
    subjects = [c for c in token.children if c.dep_ in _SUBJ]
    if subjects:  # "MOSCOW (Reuters) - President Putin flew": the nearest subject is the real one
        return min(subjects, key=lambda c: abs(token.i - c.i))
    head = token.head
    if head == token:
        return None
    infinitival = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "xcomp" or infinitival:
        controller = _child(head, {"dobj", "obj"})
        if controller is not None and _lemma(head) in lex.causative:
            return controller
        return _subject(head, lex, depth + 1)
    if token.dep_ in ("conj", "advcl", "acomp") or (token.dep_ == "xcomp" and head.pos_ == "ADJ"):
        return _subject(head, lex, depth + 1)
    if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBG"):
        return head
    if token.dep_ in ("pcomp",) and head.head != head:
        return _subject(head.head, lex, depth + 1)
    return None


def _prep_object(token: Token, lex: Lexicon, preps: Iterable[str] = _TARGET_PREPS) -> Token | None:
    wanted = list(preps)
    found: list[tuple[int, Token]] = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
            pobj = _child(child, {"pobj"})
            if pobj is not None and _is_actor_like(_actor_head(pobj), lex):
                found.append((wanted.index(child.lower_), pobj))
    return min(found, key=lambda f: f[0])[1] if found else None


def _verb_target(token: Token, lex: Lexicon) -> Token | None:
    passive = _child(token, _PASSIVE_SUBJ)
    if passive is not None:
        return passive
    for obj in _objects(token):
        own_pronoun = any(c.dep_ == "poss" and c.lower_ in lex.pronouns for c in obj.children)
        if _is_actor_like(_actor_head(obj), lex) and not own_pronoun:
            return obj
        inner = _prep_object(obj, lex, _INNER_PREPS)
        if inner is not None:
            return inner
        owner = _child(obj, {"poss"})
        if owner is not None and _is_actor_like(owner, lex):
            return owner
    target = _prep_object(token, lex)
    if target is None and token.dep_ == "acl" and token.tag_ == "VBN":
        return token.head
    return target


def _noun_roles(noun: Token, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """(source, target) tokens of a noun trigger such as "talks with X" or "Russia's withdrawal"."""
    source: Token | None = None
    owner = _child(noun, {"poss"})
    modifier = next((c for c in noun.children if c.dep_ in ("amod", "compound")
                     and geo.country_code(c.text, allow_city=False)), None)  # fmt: skip
    source = owner or modifier
    head = noun.head
    if source is None and noun.dep_ in ("dobj", "obj", "attr", "nsubjpass") and head != noun:
        source = _subject(head, lex)
    node = noun
    for _ in range(4):  # "launched 10 days of war games": climb to the governing verb
        if source is not None or node.dep_ not in ("pobj", "prep", "dobj", "compound") or node.head == node:
            break
        node = node.head
        if _is_verb(node):
            source = _subject(node, lex)
    of_object = _prep_object(noun, lex, ("of",))
    intransitive = lex.nouns.get(_lemma(noun)) in ("RETREAT", "PROTEST", "MOBILIZE", "FIGHT")
    if source is None and of_object is not None and intransitive:
        source, of_object = of_object, None
    target = _prep_object(noun, lex, [p for p in _TARGET_PREPS if p != "of"]) or of_object
    if target is None and noun.dep_ in ("dobj", "obj") and _is_verb(head):
        target = _prep_object(head, lex)
    return source, target


# --- mode, place, date --------------------------------------------------------------------------


def _clause_chain(token: Token) -> list[Token]:
    chain = [token]
    node = token
    while node.head != node and len(chain) < 12:
        node = node.head
        chain.append(node)
    return chain


def _mode(trigger: _Trigger, lex: Lexicon, according: bool) -> tuple[str, bool]:
    """(mode, embedded): embedded means under an irrealis verb such as "threatened to"."""
    token = trigger.token
    negated = any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in token.children)
    if negated:
        return "negated", False
    chain = _clause_chain(token)
    # auxiliaries and marks on the trigger's own clause (climbing xcomp/conj/noun links only)
    clause = [token]
    node = token
    while node.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "attr", "acomp") and node.head != node:
        node = node.head
        clause.append(node)
    for word in clause:
        for child in word.children:
            if child.dep_ in ("aux", "auxpass") and _lemma(child) in lex.modals | {"will"} - {"will"}:
                return "hypothetical", False
            if child.dep_ == "aux" and child.lower_ in lex.modals:
                return "hypothetical", False
            if child.dep_ == "mark" and child.lower_ in lex.conditionals:
                return "hypothetical", False
    embedded = any(w.dep_ == "xcomp" and _lemma(w.head) in lex.irrealis for w in clause)
    if embedded:
        return "hypothetical", True
    for above in chain[1:]:
        if _lemma(above) in lex.reporting and _is_verb(above):
            return "reported", False
    if according:
        return "reported", False
    for child in token.children:  # "X did Y, said Z" parsed with "said" under the trigger
        if (child.dep_ in ("parataxis", "advcl") and child.i > token.i and _lemma(child) in lex.reporting
                and any(g.dep_ in _SUBJ for g in child.children)):  # fmt: skip
            return "reported", False
    return "asserted", False


def _location(trigger: Token, sent: Span, actors: list[Actor]) -> tuple[str | None, str | None]:
    doc = trigger.doc

    def place_phrase(pobj: Token) -> tuple[str, int, int]:
        left = min([pobj.i] + [c.left_edge.i for c in pobj.children
                               if c.dep_ in ("compound", "amod") and c.i < pobj.i])  # fmt: skip
        if pobj.ent_iob_ != "O":
            left, right = _ent_bounds(pobj)
        else:
            right = pobj.i
        return doc[left : right + 1].text, doc[left].idx, doc[right].idx + len(doc[right])

    for node in [trigger] + [c for c in trigger.children if c.dep_ in _OBJ]:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                pobj = _child(child, {"pobj"})
                if pobj is not None and _is_place_token(pobj):
                    return place_phrase(pobj)[0], "sentence"
    for token in sent:
        if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS and _is_place_token(token):
            text, start, end = place_phrase(token)
            if not any(a.start < end and start < a.end for a in actors):
                return text, "sentence"
    return None, None


def _published(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError as exc:
            raise EventsInputError(
                f"publication date {value!r} is not ISO 8601",
                fix=f"set doc.user_data[{PUBLISHED_KEY!r}] to e.g. '2017-12-11'",
            ) from exc
    raise EventsInputError(
        f"publication date {value!r} ({type(value).__name__}) is not a date",
        fix=f"set doc.user_data[{PUBLISHED_KEY!r}] to a datetime.date, a datetime.datetime or an ISO 8601 string",
    )


# --- extraction -----------------------------------------------------------------------------------


def extractor_version(lexicon_path: str | None = None) -> str:
    """The extractor's version string: component, lexicon and geo-table versions."""
    return f"{EXTRACTOR_NAME}+{load_lexicon(lexicon_path).version}+{geo.tables().version}"


def extract_events(
    doc: Doc,
    *,
    published: dt.date | dt.datetime | str | None = None,
    dateline_city: str | None = None,
    entities: EntityGrouping | None = None,
    lexicon_path: str | None = None,
) -> list[Event]:
    """Extract PLOVER events from a parsed ``doc`` (needs tagger, lemmatizer and parser)."""
    if len(doc) and not doc.has_annotation("DEP"):
        raise EventsInputError(
            "the Doc has no dependency parse, which event extraction needs",
            fix=f"add {COMPONENT_NAME!r} after the tagger, lemmatizer and parser of a trained pipeline "
            "and do not disable them",
        )
    lex = load_lexicon(lexicon_path)
    version = extractor_version(lexicon_path)
    published_date = _published(published)
    grouping = entities if entities is not None else group_entities(doc)
    dateline_country = None
    if dateline_city and geo.is_capital(dateline_city):
        dateline_country = geo.country_code(dateline_city)
    ctx = _Context(
        lex, grouping, dateline_city, dateline_country, _dateline_leader(doc, grouping, lex, dateline_country)
    )
    events: list[Event] = []
    for sentence_index, sent in enumerate(doc.sents):
        triggers = _find_triggers(sent, lex)
        if not triggers:
            continue
        frame = _Sentence(sentence_index, sent, find_dates(sent.text, published_date),
                          "according to" in sent.text.lower())  # fmt: skip
        roles = [_roles(trigger, lex) for trigger in triggers]
        _inherit_targets(triggers, roles)
        for trigger, (source_token, target_token) in zip(triggers, roles, strict=True):
            for source_part in _conjuncts(source_token):
                for target_part in _conjuncts(target_token):
                    events.extend(_events_for(trigger, source_part, target_part, frame, ctx, version))
        _remember_actors(sent, events, ctx)
    return events


@dataclass
class _Sentence:
    index: int
    span: Span
    dates: list[DateMention]
    according: bool


def _roles(trigger: _Trigger, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """(source, target) tokens of a trigger, before actor-phrase building."""
    token = trigger.token
    if trigger.kind == "noun":
        return _noun_roles(token, lex)
    if trigger.kind == "adjective":
        verb = token.head if token.dep_ == "acomp" else token
        return _subject(verb, lex), _prep_object(token, lex)
    target = _verb_target(token, lex)
    if target is None and trigger.event_type in ("DEMAND", "THREATEN"):
        clause = _child(token, {"ccomp"})  # "demanded that Hamas renounce ..."
        if clause is not None:
            target = _child(clause, _SUBJ)
    return _subject(token, lex), target


def _inherit_targets(triggers: list[_Trigger], roles: list[tuple[Token | None, Token | None]]) -> None:
    """An intent verb takes its embedded event's target ("threatened to cut off power to X")."""
    for i, (trigger, (source, target)) in enumerate(zip(triggers, roles, strict=True)):
        if target is not None or trigger.kind == "noun":
            continue
        for other, (_, other_target) in zip(triggers, roles, strict=True):
            node = other.token
            if other_target is None or other is trigger:
                continue
            linked = node.dep_ in ("xcomp", "ccomp") and (
                node.head == trigger.token or (node.head.dep_ in ("xcomp", "acomp") and node.head.head == trigger.token)
            )
            if linked:
                roles[i] = (source, other_target)
                break


def _conjuncts(token: Token | None) -> list[Token | None]:
    """A coordinated actor ("Jordan and Britain") yields one event per conjunct (at most 3)."""
    if token is None:
        return [None]
    extra = [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN")]
    return [token, *extra[:2]]


def _events_for(
    trigger: _Trigger,
    source_token: Token | None,
    target_token: Token | None,
    frame: _Sentence,
    ctx: _Context,
    version: str,
) -> list[Event]:
    lex = ctx.lex
    token = trigger.token
    doc = token.doc
    source = _actor(source_token, token, ctx)
    target = _actor(target_token, token, ctx)
    if source is not None and target is not None and (source.start, source.end) == (target.start, target.end):
        target = None
    event_type = trigger.event_type
    if _lemma(token) in lex.armed_words and source is not None and source.sector in lex.armed_sectors:
        event_type = lex.armed_type
    mode, embedded = _mode(trigger, lex, frame.according)
    actors = [a for a in (source, target) if a is not None]
    location_text, reason = _location(token, frame.span, actors)
    if location_text is None and ctx.dateline_city:
        location_text, reason = ctx.dateline_city, "dateline"
    date_text, event_date = None, None
    nearest = _event_date(token, frame)
    if nearest is not None:
        date_text, event_date = nearest.text, nearest.date
    conf = lex.confidence
    confidence = conf[trigger.kind]
    confidence += conf["source_bonus"] if source is not None else 0.0
    confidence += conf["target_bonus"] if target is not None else 0.0
    confidence -= conf["embedded_penalty"] if embedded else 0.0
    confidence -= conf["mode_penalty"] if mode in ("negated", "hypothetical") else 0.0
    first, last = min(token.i, trigger.end_token.i), max(token.i, trigger.end_token.i)
    trigger_span = doc[first : last + 1]
    types = [event_type]
    if event_type in _HOSTILE and mode != "negated" and _is_future_or_conditional(token, lex):
        types.append("THREATEN")  # "would blockade Paris", "plans to impose restrictions"
    return [
        Event(
            event_type=kind,
            cameo_root=lex.cameo_roots[kind],
            trigger_text=trigger_span.text,
            trigger_start=trigger_span.start_char,
            trigger_end=trigger_span.end_char,
            sentence_index=frame.index,
            source=source,
            target=target,
            location_text=location_text,
            location_country=geo.country_code(location_text) if location_text else None,
            location_reason=reason,
            event_date=event_date,
            date_expression=date_text,
            mode=mode if kind == event_type else "asserted",
            confidence=round(min(0.99, max(0.05, confidence - (0.1 if kind != event_type else 0.0))), 3),
            extractor_version=version,
        )
        for kind in types
    ]


def _event_date(token: Token, frame: _Sentence) -> DateMention | None:
    """The date expression inside the trigger's clause nearest to the trigger, if any."""
    if not frame.dates:
        return None
    clause = token
    while clause.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "attr", "compound") and clause.head != clause:
        clause = clause.head
    left, right = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    base = frame.span.start_char
    inside = [d for d in frame.dates if left <= d.start + base and d.end + base <= right]
    if not inside:
        return None
    anchor = token.idx - base
    return min(inside, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))


def _is_future_or_conditional(token: Token, lex: Lexicon) -> bool:
    node = token
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in ("will", "would", "'ll", "shall"):
                return True
            if child.dep_ == "mark" and child.lower_ in ("unless", "if"):
                return True
        if node.dep_ != "xcomp" or node.head == node:
            return False
        if _lemma(node.head) in ("plan", "vow", "intend", "prepare", "threaten"):
            return True
        node = node.head
    return False


def _dateline_leader(doc: Doc, grouping: EntityGrouping, lex: Lexicon, dateline_country: str | None) -> dict[int, str]:
    """Wire convention: in "MOSCOW - President Vladimir Putin ...", an unqualified title-holder
    named in the lede of a capital-datelined story belongs to that capital's country."""
    if dateline_country is None:
        return {}
    first = next(iter(doc.sents), None)
    if first is None:
        return {}
    for mention in grouping.mentions:
        if mention.label != "PERSON" or mention.start >= first.end_char:
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.start == 0:
            continue
        if doc[span.start - 1].lower_ in lex.titles and grouping.entities[mention.entity_index].country is None:
            return {mention.entity_index: dateline_country}
    return {}


def _remember_actors(sent: Span, events: list[Event], ctx: _Context) -> None:
    """Keep the sentence's last person-like and group-like actors for pronoun resolution."""
    for mention in ctx.entities.mentions:
        if sent.start_char <= mention.start < sent.end_char and mention.label == "PERSON":
            if ctx.last_person is not None and ctx.last_person.entity_index == mention.entity_index:
                continue  # keep the richer phrase ("President Vladimir Putin")
            entity = ctx.entities.entities[mention.entity_index]
            country = entity.country or ctx.country_overrides.get(entity.index)
            ctx.last_person = Actor(mention.text, mention.start, mention.end, entity.index, country, None)
    for event in events:
        if event.source is None or not (sent.start_char <= event.source.start < sent.end_char):
            continue
        label = None
        if event.source.entity_index is not None:
            label = ctx.entities.entities[event.source.entity_index].label
        if label == "PERSON" or (label is None and event.source.sector == "GOV"):
            ctx.last_person = event.source
        else:
            ctx.last_group = event.source


class EventExtractor:
    """spaCy component: fills ``Doc._.events`` and ``Doc._.entities`` (see module docstring)."""

    def __init__(self, *, name: str = COMPONENT_NAME, lexicon_path: str | None = None) -> None:
        self.name = name
        self.lexicon_path = lexicon_path

    def __call__(self, doc: Doc) -> Doc:
        grouping = doc.user_data.get(ENTITIES_KEY)
        if grouping is None:
            grouping = group_entities(doc)
        doc._.entities = grouping
        doc._.events = extract_events(
            doc,
            published=doc.user_data.get(PUBLISHED_KEY),
            dateline_city=doc.user_data.get(DATELINE_KEY),
            entities=grouping,
            lexicon_path=self.lexicon_path,
        )
        return doc


if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory(
    COMPONENT_NAME,
    default_config={"lexicon_path": None},
    requires=["token.dep", "token.pos", "token.lemma"],
    assigns=["doc._.events", "doc._.entities"],
)
def make_event_extractor(nlp: Language, name: str, lexicon_path: str | None) -> EventExtractor:
    """Factory for ``nlp.add_pipe("wirelake_events_v1")``."""
    return EventExtractor(name=name, lexicon_path=lexicon_path)


@lru_cache(maxsize=2)
def load_pipeline(model: str, *, lexicon_path: str | None = None) -> Language:
    """spaCy model ``model`` with the events component appended (cached per process).

    The pipeline is private to this function: the shared model from ``pipeline.nlp.model`` is
    not modified.
    """
    import spacy

    nlp = spacy.load(model)
    nlp.add_pipe(COMPONENT_NAME, config={"lexicon_path": lexicon_path})
    return nlp


# --- where the parser pays ---------------------------------------------------------------------


def _inflections(lemma: str, rules: list[tuple[str, str]]) -> set[str]:
    """Regular forms of ``lemma`` from the lemmatizer's (form suffix, lemma suffix) rules, run backwards."""
    forms = {lemma}
    for form_suffix, lemma_suffix in rules:
        if lemma.endswith(lemma_suffix):
            forms.add(lemma[: len(lemma) - len(lemma_suffix)] + form_suffix)
    return forms


def trigger_forms(nlp: Language, lexicon_path: str | None = None) -> frozenset[str]:
    """Every lower-case surface form that can make a sentence hold an event.

    Built from the lexicon's trigger lemmas (verbs, phrasal and verb-object heads, nouns, noun
    compounds, adjectives, the armed switch) inflected with the model's own lemmatizer tables
    (rules run backwards, plus the irregular forms from its exception lists). A superset is
    harmless: it only costs a parse; a miss would lose an event, so the forms over-generate.
    """
    lex = load_lexicon(lexicon_path)
    lemmas: set[str] = set(lex.verbs) | set(lex.nouns) | set(lex.adjectives) | set(lex.armed_words)
    lemmas.update(phrase.split()[0] for phrase in list(lex.phrasal) + list(lex.verb_objects))  # the verb
    lemmas.update(phrase.split()[-1] for phrase in lex.noun_compounds)  # the head noun
    rules: list[tuple[str, str]] = []
    irregular: dict[str, set[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        for pos in ("verb", "noun", "adj"):
            for form_suffix, lemma_suffix in lookups.get_table("lemma_rules").get(pos, []):
                rules.append((form_suffix, lemma_suffix))
            for form, form_lemmas in lookups.get_table("lemma_exc").get(pos, {}).items():
                for lemma in form_lemmas:
                    irregular.setdefault(lemma, set()).add(form)
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= _inflections(lemma, rules) | irregular.get(lemma, set())
        if lemma.endswith(("b", "d", "g", "m", "n", "p", "t")):  # doubled consonants: "plotted", "bombing"
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)
