"""Entities of an article: span repair, grouping of mentions, titles, KB links, countries and keys.

The spaCy component ``wirelake_entities_v1`` runs right after NER. It

1. **repairs spans** with the actor knowledge base and a few data-driven rules (each measured on
   both NER dev sets, docs/entities.md): a name cut short grows to the KB name it is part of
   ("Islamic" + "State" -> ``Islamic State``), a name followed by a facility word becomes the
   facility ("Hmeymim air base", FAC), a span that is exactly a KB person's full name is a PERSON,
   and leading titles leave PERSON spans ("President Vladimir Putin" -> ``Vladimir Putin``);
2. **groups** the mentions of PERSON, ORG, GPE, NORP, LOC and FAC (``GPE`` and ``LOC`` count as one)
   into article-local entities, in text order; a mention joins the most recent entity with
   - the same name key (case-insensitive: the dateline's ``MOSCOW`` is ``Moscow``),
   - one name inside the other ("Putin" in "Vladimir Putin"),
   - PERSON: the same last word ("Assad" -> "Bashar al-Assad"), unless both have first names
     that differ ("Hafez Assad" is not "Bashar Assad"),
   - ORG: the acronym of the other ("PLO" <-> "Palestine Liberation Organization"),
   - GPE: names of the same country ("U.S." / "United States"; two names of different countries
     never group, "Sudan" / "South Sudan"; a country's institutions and parts are not the country:
     "Kremlin" is not "Russia", ``geo.country_name``);
   and entities linked to the same KB actor are merged ("ISIS" and "Islamic State");
3. **splits titles** off person mentions, inside the span or just before it
   (``Mention.title`` = "President"; the entity's name does not carry it);
4. **links** each entity to the actor KB (:mod:`pipeline.nlp.actors`) on the article's
   publication date, which gives its country, sector and role; without a link the country comes
   from the name itself (places, nationalities, a country word inside an ORG) or from a country
   word just before a PERSON ("Russian President X"), and a PERSON's sector from their title;
5. gives every entity a stable **key**: the KB actor id when the mention names a KB actor
   (``phx:vladimir_putin``), ``NORP:<country>`` for nationalities, else ``<label>:<name key>``
   (``PERSON:eric pahon``; ``GPE`` for GPE and LOC), so mentions are counted per entity across
   articles and days.

The result is ``Doc._.entities`` (an :class:`EntityGrouping`), also put in
``doc.user_data["wirelake.entities"]`` where the events component picks it up.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.attrs import IDX, IS_STOP, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from pipeline.nlp import geo
from pipeline.nlp.actors import ActorKB, ActorLink, load_kb, name_key
from pipeline.nlp.dates import as_date

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
COMPONENT_NAME = "wirelake_entities_v1"
PUBLISHED_KEY = "wirelake.published"  # the publication date, as the events component reads it
ENTITIES_KEY = "wirelake.entities"  # where the events component looks for a precomputed grouping
CASING_KEY = "wirelake.casing"  # "restored" when the text's case was restored (pipeline.text), else "original"
# (start_char, end_char, label) of every entity span of the Doc once the component ran — ``doc.ents``
# as it left them (no later stage sets ``doc.ents``), read without making the Spans again
ENT_SPANS_KEY = "wirelake.ent_spans"
LEXICON = Path(__file__).parent / "lexicon" / "entities.v1.json"
DISEASES = Path(__file__).parent / "lexicon" / "diseases.v1.json"  # scripts/build_disease_names.py
# the span repairs on by default, in the order they run; each earns its place on both NER dev sets
# with the default model (docs/entities.md). ``countries`` did with en_core_web_md, not with
# en_wirelake_md (whose NER finds capitalised country names itself): it can still be chosen.
REPAIRS = ("lowercase", "diseases", "kb_spans", "facilities", "kb_labels", "titles", "demonyms", "propagate", "acronyms",
           "surnames", "lone_surnames", "consistency")
ALL_REPAIRS = (*REPAIRS, "countries")
_LABEL_CLASS = {"LOC": "GPE"}
_NUMERIC = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


@dataclass
class Mention:
    """One entity mention; ``entity_index`` points into :attr:`EntityGrouping.entities`.

    ``title``: the title the article gives the person here ("President"), inside or just before
    the span; ``name``: the mention without a title inside the span.
    """

    text: str
    start: int
    end: int
    label: str
    entity_index: int
    title: str | None = None
    name: str = ""


@dataclass
class Entity:
    """An article-local entity: all mentions that refer to the same thing.

    ``country_source``: ``kb`` (the linked actor's role), ``name`` (the name is a place or
    nationality, or an ORG holds a country word), ``modifier`` (a country word before the person),
    ``place`` (a place it belongs to or comes from: "the Kurds of Iraq", "a doctor from Toronto"),
    ``context`` (the sentence's one country);
    ``sector_source``: ``kb`` or ``title``.
    """

    index: int
    canonical: str
    label: str
    mention_count: int
    first_start: int
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list, repr=False)
    key: str = ""
    link: ActorLink | None = None
    sector: str | None = None
    country_source: str | None = None
    sector_source: str | None = None


@dataclass
class EntityGrouping:
    """Entities and mentions of one article, mentions in text order."""

    entities: list[Entity]
    mentions: list[Mention]
    _index: tuple[int, list[int], list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    def entity_index_at(self, start: int, end: int) -> int | None:
        """Index of the entity whose mention overlaps ``[start, end)`` most (the first of equals in
        ``mentions`` order), else None. Only mentions that can overlap are visited: with mentions in
        text order, those before the first whose running maximum end passes ``start`` end before the
        span, those from the first starting at ``end`` on start after it (called for every entity
        and actor of an article: a scan of all mentions each time was quadratic)."""
        mentions = self.mentions
        index = self._index
        if index is None or index[0] != len(mentions):
            index = self._index = _mention_index(mentions)
        starts, reach = index[1], index[2]
        if not starts and mentions:  # mentions not in text order: visit them all
            lo, hi = 0, len(mentions)
        else:
            lo, hi = bisect.bisect_right(reach, start), bisect.bisect_left(starts, end)
        best, best_overlap = None, 0
        for k in range(lo, hi):
            mention = mentions[k]
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention.entity_index, overlap
        return best

    def entity_indexes_at(self, spans: Iterable[tuple[int, int]]) -> list[int | None]:
        """:meth:`entity_index_at` of each ``(start, end)``. When no two mentions overlap (the
        grouping of a Doc's entity spans), a span that is exactly a mention overlaps it fully and no
        other mention at all: its entity is read from a dict; other spans are looked up."""
        mentions = self.mentions
        exact: dict[tuple[int, int], int] = {}
        top = -1
        for m in mentions:
            if m.start < top or m.end <= m.start:  # overlapping, not in text order or empty: look each span up
                exact.clear()
                break
            top = m.end
            exact[(m.start, m.end)] = m.entity_index
        index_at = self.entity_index_at
        return [exact[span] if span in exact else index_at(*span) for span in spans]


def _mention_index(mentions: list[Mention]) -> tuple[int, list[int], list[int]]:
    """Starts and running maximum ends of mentions in text order (both empty when they are not)."""
    starts = [m.start for m in mentions]
    if any(a > b for a, b in zip(starts, starts[1:])):
        return len(mentions), [], []
    reach, top = [], -1
    for m in mentions:
        top = max(top, m.end)
        reach.append(top)
    return len(mentions), starts, reach


@dataclass(frozen=True)
class Lexicon:
    version: str
    facility_heads: tuple[tuple[str, ...], ...]
    kb_span_labels: dict[str, str]
    place_prefixes: frozenset[str]
    place_suffixes: frozenset[str]
    international_words: frozenset[str]
    facility_firsts: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    heads = sorted({tuple(h.split()) for h in data["facility_heads"]}, key=lambda h: (-len(h), h))
    return Lexicon(data["version"], tuple(heads), dict(data["kb_span_labels"]), frozenset(data["place_prefixes"]),
                   frozenset(data["place_suffixes"]), frozenset(data["international_words"]),
                   frozenset(h[0] for h in heads))


@lru_cache(maxsize=1)
def disease_names() -> frozenset[str]:
    """Names of diseases and infections, lower case (WordNet 3.0 and later names; see the data file)."""
    return frozenset(json.loads(DISEASES.read_text(encoding="utf-8"))["names"])


def entities_version() -> str:
    return f"{load_lexicon().version}+{load_kb().version}"


# --- one read of the Doc -------------------------------------------------------------------------


@dataclass
class _Columns:
    """A Doc's token columns, read once with ``Doc.to_array`` (spaCy makes a Python Token object on
    every ``doc[i]`` and every iteration, and ``Span.text`` makes one per token of the span: the
    rules below read words all over the article, many times per entity)."""

    words: list[str]  # Token.text
    orth: list[int]  # Token.orth
    lower_ids: list[int]  # Token.lower (the rules read Token.lower_ of a few tokens only: :meth:`lower`)
    space: list[int]  # 1 when the token is followed by a space (Token.whitespace_ == " ")
    idx: list[int]  # Token.idx
    stop: list[int]  # Token.is_stop
    strings: StringStore
    breaks: list[int] | None = None  # indexes of the line-break tokens, once asked for

    def lower(self, i: int) -> str:
        """``doc[i].lower_``."""
        text = _WORD_TYPES.get(self.lower_ids[i])
        return self.strings[self.lower_ids[i]] if text is None else text

    def line_breaks(self) -> list[int]:
        if self.breaks is None:
            self.breaks = [i for i, text in enumerate(self.words) if "\n" in text]
        return self.breaks

    def text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        words = self.words
        if end - start == 1:
            return words[start]
        if end <= start:
            return ""
        space = self.space
        return "".join([words[k] + " " if space[k] else words[k] for k in range(start, end - 1)]) + words[end - 1]


_COLUMNS_KEY = "wirelake.columns"
_COLUMN_ATTRS = [ORTH, LOWER, SPACY, IDX, IS_STOP]
_WORD_TYPES: dict[int, str] = {}  # orth id -> text of the word types seen (bounded: _WORD_TYPES_MAX)
_WORD_TYPES_MAX = 500_000


def _texts(orths: list[int], strings: StringStore) -> list[str]:
    """The texts of string ids (a StringStore lookup decodes a new Python string every time; an id
    is the hash of its text, so one id always stands for one text, in and out of memory zones)."""
    known = _WORD_TYPES
    try:
        return list(map(known.__getitem__, orths))
    except KeyError:
        if len(known) > _WORD_TYPES_MAX:
            known.clear()
        for o in {o for o in orths if o not in known}:
            known[o] = strings[o]
        return list(map(known.__getitem__, orths))


def _columns(doc: Doc) -> _Columns:
    """The Doc's :class:`_Columns`, made once per Doc and kept in its ``user_data``."""
    cols: _Columns | None = doc.user_data.get(_COLUMNS_KEY)
    if cols is None or len(cols.words) != len(doc):
        if len(doc):
            orth, lower, space, idx, stop = doc.to_array(_COLUMN_ATTRS).T.tolist()
        else:
            orth, lower, space, idx, stop = [], [], [], [], []
        strings = doc.vocab.strings
        cols = _Columns(_texts(orth, strings), orth, lower, space, idx, stop, strings)
        doc.user_data[_COLUMNS_KEY] = cols
    return cols


class _Ent:
    """An entity span as the rules read it: token range, label, text and character offsets, each
    read once (``Span.text`` costs a Token object per token on every call). ``span``: the Doc's own
    Span this one was read from, kept when no rule changed it."""

    __slots__ = ("cols", "doc", "end", "end_char", "label_", "person_country", "span", "start", "start_char", "text")

    def __init__(self, doc: Doc, cols: _Columns, start: int, end: int, label: str, text: str | None = None,
                 span: Span | None = None) -> None:
        self.doc, self.cols, self.start, self.end, self.label_, self.span = doc, cols, start, end, label, span
        self.text = cols.text(start, end) if text is None else text
        self.start_char = cols.idx[start]  # spans are never empty
        self.end_char = cols.idx[end - 1] + len(cols.words[end - 1])
        self.person_country: tuple[str | None] | None = None  # _person_country, once per mention

    def __len__(self) -> int:
        return self.end - self.start

    def relabel(self, label: str) -> _Ent:
        return _Ent(self.doc, self.cols, self.start, self.end, label, self.text)

    def as_span(self) -> Span:
        return self.span if self.span is not None else Span(self.doc, self.start, self.end, label=self.label_)


def _read_ents(doc: Doc) -> list[_Ent]:
    cols = _columns(doc)
    return [_Ent(doc, cols, e.start, e.end, e.label_, span=e) for e in doc.ents]


# --- span repair ----------------------------------------------------------------------------------


@dataclass
class _Repair:
    """What the span rules share while one Doc is repaired."""

    doc: Doc
    cols: _Columns
    kb: ActorKB
    lex: Lexicon
    taken: list[bool]  # tokens inside an entity
    on: dt.date | None  # publication date


def _rule_kb_spans(r: _Repair, span: _Ent) -> _Ent | None:
    return _grow_to_kb_name(span, r.kb, r.lex, r.taken, r.on)


def _rule_facilities(r: _Repair, span: _Ent) -> _Ent | None:
    return _grow_to_facility(span, r.lex, r.taken)


def _rule_kb_labels(r: _Repair, span: _Ent) -> _Ent | None:
    return _kb_label(span, r.kb, r.lex)


def _rule_titles(r: _Repair, span: _Ent) -> _Ent | None:
    return _trim_title(span, r.kb) if span.label_ == "PERSON" else None


def _rule_demonyms(r: _Repair, span: _Ent) -> _Ent | None:
    """A nationality tagged PERSON / ORG / GPE / LOC is a NORP ("Kenyan"), unless it also names a
    country ("New Zealand")."""
    if span.label_ in ("PERSON", "ORG", "GPE", "LOC") and len(span) <= 2 and geo.is_demonym(span.text) \
            and not geo.is_place(span.text):
        return span.relabel("NORP")
    return None


# rules applied to each entity span in this order (each sees the previous one's result)
_SPAN_RULES: tuple[tuple[str, Callable[[_Repair, _Ent], _Ent | None]], ...] = (
    ("kb_spans", _rule_kb_spans), ("facilities", _rule_facilities), ("kb_labels", _rule_kb_labels),
    ("titles", _rule_titles), ("demonyms", _rule_demonyms),
)


def repair_spans(doc: Doc, kb: ActorKB | None = None, repairs: Iterable[str] = REPAIRS) -> dict[str, int]:
    """Repair ``doc.ents`` in place (see the module docstring); returns how often each rule fired.
    The publication date (``doc.user_data["wirelake.published"]``) gates KB names written in lower
    case. Spans all in lower case go first; then the per-span rules (``_SPAN_RULES``), then the
    article-level ones: country names NER missed, names found again, acronyms defined in the
    article, surnames read as their person, one label per name."""
    return _repair(doc, kb or load_kb(), repairs)[0]


def _repair(doc: Doc, kb: ActorKB, repairs: Iterable[str]) -> tuple[dict[str, int], list[_Ent]]:
    """:func:`repair_spans`, also returning the entity spans of the Doc afterwards (``doc.ents``)."""
    chosen = set(repairs)
    cols = _columns(doc)
    r = _Repair(doc, cols, kb, load_lexicon(), [False] * (len(doc) + 1),
                _published(doc.user_data.get(PUBLISHED_KEY)))
    counts = dict.fromkeys(ALL_REPAIRS, 0)
    read = _read_ents(doc)
    ents = read
    if "lowercase" in chosen:
        restored = doc.user_data.get(CASING_KEY) == "restored"
        kept = [e for e in ents if e.label_ not in ENTITY_LABELS or not _all_lower(e)
                or (restored and _known_name(e.text, r.kb))]
        counts["lowercase"] = len(ents) - len(kept)
        ents = kept
    if "diseases" in chosen:  # "Covid" or "Ebola" tagged PERSON / ORG names no actor
        names = disease_names()
        kept = [e for e in ents if e.label_ not in ("PERSON", "ORG", "NORP") or e.text.lower() not in names]
        counts["diseases"] = len(ents) - len(kept)
        ents = kept
    taken = r.taken
    for ent in ents:
        taken[ent.start:ent.end] = [True] * len(ent)
    rules = [(name, rule) for name, rule in _SPAN_RULES if name in chosen]
    facilities = "facilities" in chosen
    out: list[_Ent] = []
    for ent in ents:
        new = ent
        label = new.label_
        if facilities and label not in ENTITY_LABELS and label not in _NUMERIC:
            changed = _rule_facilities(r, new)  # "Hmeymim" PRODUCT
            if changed is not None:
                new, counts["facilities"] = changed, counts["facilities"] + 1
        if new.label_ in ENTITY_LABELS:
            for name, rule in rules:
                changed = rule(r, new)
                if changed is not None:
                    new, counts[name] = changed, counts[name] + 1
        if new is not ent:
            taken[new.start:new.end] = [True] * len(new)
        out.append(new)
    words = cols.words
    if "countries" in chosen:
        found = _country_names(r, words)
        counts["countries"] = len(found)
        out.extend(found)
    if "propagate" in chosen:
        found = _propagate(r, out, words)
        counts["propagate"] = len(found)
        out.extend(found)
    if "acronyms" in chosen:
        out, counts["acronyms"] = _acronym_labels(r, out)
    if "surnames" in chosen:
        out, counts["surnames"] = _person_readings(out, r.kb)
    if "lone_surnames" in chosen:
        found = _lone_surnames(r, out, words)
        counts["lone_surnames"] = len(found)
        out.extend(found)
    if "consistency" in chosen:
        out, counts["consistency"] = _consistent_labels(out, r.kb)
    if any(counts.values()):
        kept_ents = _without_overlaps(out)
        doc.ents = [e.as_span() for e in kept_ents]
        return counts, kept_ents
    return counts, read


def _all_lower(span: _Ent) -> bool:
    """Every word of the span is in lower case ("the government", "frankincense"): in original
    text a name is capitalised, and in restored text the truecaser judged these words not to be
    one (unless the geo tables or the KB know the name: :func:`_known_name`). NER trained on
    lowercased text tags such words in both (measured: docs/entities.md)."""
    seen = False
    for word in span.cols.words[span.start:span.end]:
        case = _word_case(word)
        if case == 2:
            return False
        seen = seen or case == 1
    return seen


@lru_cache(maxsize=131072)
def _word_case(word: str) -> int:
    """0: no letter in the word; 1: a word in lower case; 2: a word with letters, not in lower case."""
    if not any(c.isalpha() for c in word):
        return 0
    return 1 if word.islower() else 2


def _known_name(text: str, kb: ActorKB) -> bool:
    """A place or actor name of the geo tables or the KB: in restored text, lower case is the
    truecaser's guess, and a known name NER found ("turkey's efforts") outweighs it."""
    return _is_place(text, kb) or kb.name_kind(text) is not None


def _is_place(text: str, kb: ActorKB) -> bool:
    """A name the geo tables or the KB know as a place (a country, a city, a province)."""
    return geo.is_place(text) or kb.lookup(text, "GPE") is not None


def _consistent_labels(spans: list[_Ent], kb: ActorKB) -> tuple[list[_Ent], int]:
    """One name, one label per article: mentions of a name (same name key) that NER labelled
    differently take the label most of them carry ("Archie" PERSON three times and GPE once);
    a tie changes nothing. Not for names of places, which stand for other things legitimately
    (the country and its government or team: "Russia" GPE and ORG in one article)."""
    groups: dict[str, list[int]] = {}
    for i, span in enumerate(spans):
        if span.label_ in ENTITY_LABELS:
            key = name_key(span.text)
            if key:
                groups.setdefault(key, []).append(i)
    out, changed = list(spans), 0
    for members in groups.values():
        if len(members) < 2 or len({out[i].label_ for i in members}) < 2:
            continue  # one label (the common case: no Counter to build)
        classes = Counter(_LABEL_CLASS.get(out[i].label_, out[i].label_) for i in members)
        if len(classes) < 2:
            continue
        (top, n_top), (_, n_next) = classes.most_common(2)
        if n_top == n_next or _is_place(out[members[0]].text, kb):
            continue
        label = Counter(out[i].label_ for i in members
                        if _LABEL_CLASS.get(out[i].label_, out[i].label_) == top).most_common(1)[0][0]
        for i in members:
            if _LABEL_CLASS.get(out[i].label_, out[i].label_) != top:
                out[i] = out[i].relabel(label)
                changed += 1
    return out, changed


def _acronym_labels(r: _Repair, spans: list[_Ent]) -> tuple[list[_Ent], int]:
    """An acronym defined in the article ("the Sandinista National Liberation Front ( FSLN )": a
    name, then the acronym in parentheses, its letters the initials of the name's words, in
    order) takes the name's label wherever it stands in the article, tagged or not."""
    words, taken = r.cols.words, r.taken
    defined: dict[str, str] = {}
    for span in spans:
        j = span.end
        if span.label_ in ENTITY_LABELS and span.label_ != "PERSON" and j + 2 < len(words) \
                and words[j] == "(" and words[j + 2] == ")" and _abbreviates(words[j + 1], span.text):
            defined.setdefault(words[j + 1], span.label_)
    if not defined:
        return spans, 0
    out, changed = [], 0
    for span in spans:
        label = defined.get(span.text) if len(span) == 1 else None
        if label is not None and span.label_ != label:
            span = span.relabel(label)
            changed += 1
        out.append(span)
    for i, word in enumerate(words):
        label = defined.get(word)
        if label is not None and not taken[i]:
            out.append(_Ent(r.doc, r.cols, i, i + 1, label))
            taken[i] = True
            changed += 1
    return out, changed


def _abbreviates(acronym: str, name: str) -> bool:
    """``acronym`` (two or more capitals, periods aside) spells the first letters of ``name``'s
    words in order, starting with the first one or the second (a leading word the acronym leaves
    out: "the Tajik Committee for Agricultural Reform ( CAR )"), possibly skipping words ("FSLN":
    Frente Sandinista de Liberacion Nacional; "ONEI": Oficina Nacional de Estadistica e
    Informacion)."""
    letters = acronym.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_][\w'’]*", name)]
    for first in (0, 1):
        if first < len(initials) and initials[first] == letters[0]:
            i = 0
            for initial in initials[first:]:
                if i < len(letters) and initial == letters[i]:
                    i += 1
            if i == len(letters):
                return True
    return False


def _person_readings(spans: list[_Ent], kb: ActorKB) -> tuple[list[_Ent], int]:
    """A one-word ORG, NORP, GPE or LOC mention that is the surname of a person named in full
    elsewhere in the article is that person ("Bashar al-Assad ... in Assad's favor" tagged ORG,
    "thanking Putin" tagged GPE) — as a GPE or LOC only when the word is not a place the geo
    tables or the KB know ("Jordan", "Chechnya" stay places)."""
    surnames = set()
    for span in spans:
        if span.label_ == "PERSON":
            words = _key_words(span.text)
            if len(words) >= 2 and len(words[-1]) > 2:
                surnames.add(words[-1])
    if not surnames:
        return spans, 0
    out, changed = [], 0
    for span in spans:
        if span.label_ in ("ORG", "NORP", "GPE", "LOC"):
            words = _key_words(span.text)
            if len(words) == 1 and words[0] in surnames and (
                    span.label_ in ("ORG", "NORP") or not _is_place(span.text, kb)):
                span = span.relabel("PERSON")
                changed += 1
        out.append(span)
    return out, changed


def _lone_surnames(r: _Repair, spans: list[_Ent], words: list[str]) -> list[_Ent]:
    """The surname of a person named in full in the article, capitalised and standing alone where
    NER tagged nothing, is that person ("French President Emmanuel Macron ..." then "Macron kicked
    off the tour", "President Macron said"): not inside a longer capitalised name (a title before
    it is none), not a place the geo tables or the KB know ("Jordan")."""
    surnames = set()
    for span in spans:
        if span.label_ == "PERSON" and span.end - span.start >= 2:
            last = words[span.end - 1]
            if len(last) > 2 and last[:1].isupper() and not last.isupper():
                surnames.add(last)
    added: list[_Ent] = []
    for i, word in enumerate(words):
        if word not in surnames or r.taken[i]:
            continue
        j = i
        while j > 0 and words[j - 1][:1].isupper():
            j -= 1
        if (j < i and r.kb.title_span(words[j:i + 1])[1] != i - j) or (
                i + 1 < len(words) and words[i + 1][:1].isupper()):
            continue  # ("Ali Khan Street", "the Macron Foundation": a longer name; "President Macron" is one)
        if _is_place(word, r.kb):
            continue
        added.append(_Ent(r.doc, r.cols, i, i + 1, "PERSON"))
        r.taken[i] = True
    return added


def _propagate(r: _Repair, spans: list[_Ent], words: list[str]) -> list[_Ent]:
    """One name, one reading per article: a facility or a KB name of two words or more, recognised
    once with one label, is recognised wherever else it stands, word for word, outside other
    entities and not inside a longer capitalised name ("Hmeymim air base" found in the lede and
    missed later; not "National Park" inside "Braulio Carrillo National Park"). Any name NER
    tagged once would repeat NER's mistakes too (measured: docs/entities.md)."""
    kb, taken = r.kb, r.taken
    labels: dict[tuple[str, ...], set[str]] = {}
    for span in spans:
        if span.end - span.start > 1 and (span.label_ == "FAC" or kb.name_kind(span.text) is not None):
            labels.setdefault(tuple(words[span.start:span.end]), set()).add(span.label_)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, found in labels.items():
        if len(found) == 1:
            by_first.setdefault(name[0], []).append((name, next(iter(found))))
    if not by_first:
        return []
    for choices in by_first.values():
        choices.sort(key=lambda o: -len(o[0]))
    added: list[_Ent] = []
    # a match's own words are taken once it is added, so visiting each word in turn finds what a
    # walk that jumps over every match finds
    for i, word in enumerate(words):
        options = by_first.get(word)
        if options is None or taken[i]:
            continue
        for name, label in options:
            j = i + len(name)
            inside = (i > 0 and words[i - 1][:1].isupper()) or (j < len(words) and words[j][:1].isupper())
            if j <= len(words) and not any(taken[i:j]) and tuple(words[i:j]) == name and not inside:
                added.append(_Ent(r.doc, r.cols, i, j, label))
                for k in range(i, j):
                    taken[k] = True
                break
    return added


def _country_names(r: _Repair, words: list[str]) -> list[_Ent]:
    """Capitalised country names NER left out ("Uzbekistan"), as GPE: one to three words that the
    geo tables know as a country (not a nationality, not a city) and no entity covers."""
    firsts = _country_first_words()
    taken = r.taken
    found: list[_Ent] = []
    i = 0
    while i < len(words):
        if taken[i] or not words[i][:1].isupper() or words[i].lower() not in firsts:
            i += 1
            continue
        for n in (3, 2, 1):
            j = i + n
            if j > len(words) or any(taken[i:j]) or not words[j - 1][:1].isupper():
                continue
            text = r.cols.text(i, j)
            if "\n" in text or geo.is_demonym(text):
                continue
            if geo.country_code(text, allow_city=False) is not None:
                found.append(_Ent(r.doc, r.cols, i, j, "GPE", text))
                for k in range(i, j):
                    taken[k] = True
                i = j - 1
                break
        i += 1
    return found


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    """First words (lower case) of every country name and alias in the geo tables."""
    tables = geo.tables()
    names = [*tables.aliases, *tables.countries, *(k.lower() for k in tables.case_sensitive)]
    return frozenset(n.split()[0] for n in names if n)


def _without_overlaps(spans: list[_Ent]) -> list[_Ent]:
    kept: list[_Ent] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _words(doc: Doc) -> list[str]:
    """The Doc's token texts (read once per Doc: :func:`_columns`)."""
    return _columns(doc).words


def _line_breaks(doc: Doc) -> list[int]:
    """Indexes of the line-break tokens (computed once per Doc)."""
    return _columns(doc).line_breaks()


def _line_bounds(cols: _Columns, start: int, end: int) -> tuple[int, int]:
    """Token range of the line (our input: one sentence per line) holding tokens ``[start, end)``."""
    breaks = cols.line_breaks()
    k = bisect.bisect_left(breaks, start)
    lo = breaks[k - 1] + 1 if k > 0 else 0
    k = bisect.bisect_left(breaks, end)
    hi = breaks[k] if k < len(breaks) else len(cols.words)
    return lo, max(hi, end)


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _grow_to_kb_name(ent: _Ent, kb: ActorKB, lex: Lexicon, taken: list[bool], on: dt.date | None) -> _Ent | None:
    """The longest window of up to three more words on the left and six on the right that is a KB
    name of two or more words ("Islamic" + "State", "Prosper" + "Avril", "North" + "Korea").
    Words joining on the left are neither titles nor function words; on the right they are
    capitalised, name connectors ("of", "al"), or lower case except after a country or nationality
    ("Russian army" stays NORP + noun): restored text misses the case of rarer names ("Islamic
    state", "prosper Avril") — but only with a publication date at which the KB actor exists
    (its role covers the date, or it has an undated code). Windows are walked along the KB's name
    prefixes, so a word that starts no KB name costs one set probe."""
    cols = ent.cols
    lo, hi = _line_bounds(cols, ent.start, ent.end)
    texts, stop = cols.words, cols.stop
    left = ent.start
    while left > max(lo, ent.start - 3):
        text = texts[left - 1]
        if taken[left - 1] or stop[left - 1] or not text.isalpha() or kb.is_title_word(text, modifiers=False):
            break
        left -= 1
    right = ent.end
    lower_ok: bool | None = None  # lower-case words may join: not after a country or nationality
    while right < min(hi, ent.end + 6) and not taken[right]:
        text = texts[right]
        if not _addable(text, lower_ok=False):
            if lower_ok is None:
                lower_ok = on is not None and geo.country_code(ent.text, allow_city=False) is None
            if not _addable(text, lower_ok=lower_ok):
                break
        if kb.is_title_word(text, modifiers=False):
            break
        right += 1
    if left == ent.start and right == ent.end:
        return None  # no window but the span itself
    keys = [name_key(texts[e]) for e in range(left, right)]
    best: tuple[int, int, str] | None = None
    for s in range(left, ent.start + 1):
        words: list[str] = []
        for e in range(s, right):
            key = keys[e - left]
            if not key:
                continue  # punctuation inside a name ("al-Assad"); a window never ends on it
            words.append(key)
            joined = " ".join(words)
            if not kb.is_name_prefix(joined):
                break
            if e + 1 < ent.end or (s, e + 1) == (ent.start, ent.end) or len(words) < 2:
                continue
            kind = kb.name_kind(joined)
            if kind is None or kind not in lex.kb_span_labels or (best is not None and e + 1 - s <= best[1] - best[0]):
                continue
            lowered = any(texts[i].islower() for i in range(ent.end, e + 1))
            if lowered and not kb.active_name(joined, on):
                continue  # "an Islamic state" in 1996 is not the group founded in 2013
            best = (s, e + 1, kind)
    if best is None:
        return None
    s, e, kind = best
    return _Ent(ent.doc, cols, s, e, lex.kb_span_labels[kind])


def _addable(text: str, *, lower_ok: bool) -> bool:
    """A word that may join a name on its right: capitalised, a connector inside names, or (when
    ``lower_ok``) any lower-case word."""
    if _is_capitalised(text) or text in ("-", "of", "al", "el", "bin", "de", "'s", "and", "for", "the"):
        return True
    return lower_ok and text.isalpha() and text.islower()


def _compatible(label: str, kind: str) -> bool:
    return {"PERSON": kind == "person", "GPE": kind == "country", "LOC": kind == "country",
            "NORP": kind in ("country", "armed_group", "organization")}.get(
        label, kind not in ("person", "country"))


def _grow_to_facility(ent: _Ent, lex: Lexicon, taken: list[bool]) -> _Ent | None:
    """A name followed by a facility word is the facility ("Hmeymim air base"), unless the name is a
    known place — country, nationality or city ("Russian base", "U.S. embassy", "Belgrade airport"
    stay as they are) — or a person."""
    cols = ent.cols
    if ent.end >= len(cols.words) or cols.lower(ent.end) not in lex.facility_firsts or ent.label_ in ("FAC", "PERSON") \
            or geo.country_code(ent.text, allow_city=True) is not None:
        return None  # "Belgrade airport": the city stays the city (the CoNLL and OntoNotes reading)
    words = [cols.lower(i) for i in range(ent.end, min(len(cols.words), ent.end + 4))]
    for head in lex.facility_heads:
        n = len(head)
        if tuple(words[:n]) == head and not any(taken[ent.end:ent.end + n]):
            if any("\n" in w for w in cols.words[ent.end:ent.end + n]) or (len(words) > n and words[n] == "of"):
                return None  # "the Mediterranean port of Tartous": the port is Tartous's
            return _Ent(ent.doc, cols, ent.start, ent.end + n, "FAC")
    return None


def _kb_label(ent: _Ent, kb: ActorKB, lex: Lexicon) -> _Ent | None:
    """A span of two or more words that is exactly a KB name of another kind takes that kind's label
    ("Yoweri Museveni" tagged ORG -> PERSON; "Islamic State" tagged PERSON -> ORG)."""
    if len(_key_words(ent.text)) < 2 or (ent.label_ in ("GPE", "LOC") and geo.is_place(ent.text)):
        return None
    kind = kb.name_kind(ent.text)
    if kind is None or kind not in lex.kb_span_labels or _compatible(ent.label_, kind):
        return None
    if kind == "country" and ent.label_ in ("NORP", "LOC", "FAC"):
        return None
    return ent.relabel(lex.kb_span_labels[kind])


def _trim_title(ent: _Ent, kb: ActorKB) -> _Ent | None:
    """Leading titles leave a PERSON span, as in the CoNLL and OntoNotes guidelines."""
    _, n = kb.title_span(ent.cols.words[ent.start:ent.end])
    return None if n == 0 else _Ent(ent.doc, ent.cols, ent.start + n, ent.end, ent.label_)


# --- grouping -------------------------------------------------------------------------------------


@lru_cache(maxsize=131072)
def _key_words(text: str) -> tuple[str, ...]:
    return tuple(name_key(text).split())


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


@lru_cache(maxsize=131072)
def _same_entity(label: str, a: str, b: str) -> bool:
    ta, tb = _key_words(a), _key_words(b)
    if not ta or not tb:
        return False
    if label == "GPE":  # two names of countries are one entity exactly when they name one country
        code_a, code_b = geo.country_name(a), geo.country_name(b)
        if code_a is not None and code_b is not None:
            return code_a == code_b  # "U.S." / "United States", not "Sudan" / "South Sudan"
    if ta == tb:
        return True
    if _contains(ta, tb) or _contains(tb, ta):  # a place name with a prefix is another place: "South Africa" is no
        longer, shorter = (ta, tb) if len(ta) > len(tb) else (tb, ta)  # "Africa", "West Darfur" no "Darfur"
        return not (label == "GPE" and longer[0] != shorter[0] and longer[0] in load_lexicon().place_prefixes)
    if label == "PERSON" and ta[-1] == tb[-1] and len(ta[-1]) > 2:
        # "Assad" / "Bashar al-Assad", "George W. Bush" / "G. Bush"; not "Hafez Assad" / "Bashar Assad"
        return len(ta) == 1 or len(tb) == 1 or _first_names_agree(ta[0], tb[0])
    if label == "ORG":
        compact_a, compact_b = a.replace(".", "").strip(), b.replace(".", "").strip()
        for short, long in ((compact_a, b), (compact_b, a)):
            initials = _acronym(long)
            if short.isupper() and len(short) >= 2 and (short == initials or len(short) >= 3 and short == initials[1:]):
                return True  # (a leading word the acronym leaves out: "CAR", the Tajik Committee for Agricultural Reform)
    return False


def _first_names_agree(a: str, b: str) -> bool:
    """Same first name, or one is the other's initial ("g" / "george")."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _title_before(span: _Ent, kb: ActorKB) -> str | None:
    """A title in the words just before a PERSON span ("president" in "president vladimir putin"),
    not crossing a line; leading country words are not part of it ("Russian President")."""
    cols = span.cols
    if span.start == 0 or not kb.ends_title(cols.words[span.start - 1]):
        return None  # every reading below ends with a title on the word just before the span
    lo, _ = _line_bounds(cols, span.start, span.end)
    words = cols.words[max(lo, span.start - 6):span.start]
    for k in range(len(words), 0, -1):
        first, n = kb.title_span(words[-k:], keep_last=False)
        if n == k:
            return " ".join(words[-k:][first:]) or None
    return None


def _person_country(span: _Ent, kb: ActorKB) -> str | None:
    """A country or nationality word just before a PERSON mention ("Russian President X",
    "Pentagon spokesman X"), over titles and title modifiers only (worked out once per mention:
    both the KB link and the entity's country ask)."""
    if span.person_country is None:
        span.person_country = (_person_country_of(span, kb),)
    return span.person_country[0]


def _person_country_of(span: _Ent, kb: ActorKB) -> str | None:
    cols = span.cols
    words = cols.words
    lo, _ = _line_bounds(cols, span.start, span.end)
    i = span.start - 1
    while i >= lo and span.start - i <= 6:
        text = words[i]
        code = geo.country_code(text, allow_city=False)
        if code is not None:
            # a country's name straight before the name, with no title between, is a first name
            # ("India Daisy Hartley"); a nationality is not ("Kenyan Amina Wanjiru")
            return None if i == span.start - 1 and not geo.is_demonym(text) else code
        if cols.lower(i) in ("'s", "’s", "s", "'") and i > lo:  # "Niger's ambassador X"
            code = geo.country_code(words[i - 1], allow_city=True)
            return code
        if not kb.is_title_word(text):
            break
        i -= 1
    return None


@lru_cache(maxsize=65536)
def _org_country(text: str, kb: ActorKB) -> str | None:
    """A country named inside an ORG ("Syrian Congress", "Bank of Japan", "the United Bus Company of
    Tehran": a place after "of"), or the country of a generic agent ("Russian Defense Ministry")."""
    whole = geo.country_code(text, allow_city=False)
    if whole is not None:
        return whole
    for word in text.split():
        code = geo.country_code(word, allow_city=False)
        if code is not None:
            return code
    if " of " in text:
        code = _place_country(text.rsplit(" of ", 1)[1], kb, allow_city=True)
        if code is not None:
            return code
    agent = kb.agent(text)
    return agent.country if agent is not None else None


@lru_cache(maxsize=65536)
def _place_country(text: str, kb: ActorKB, *, allow_city: bool) -> str | None:
    """Country of a place name: the geo tables, then the KB's country entries (they list provinces
    and regions: "Darfur", "Tyumen"), then the same without direction words and generic place words
    around it ("West Darfur", "the Tyumen Region", "south Serbia")."""
    for i, name in enumerate(_place_variants(text, kb)):
        code = geo.country_code(name, allow_city=allow_city)
        if code is not None:
            return code
        link = kb.lookup(name, "GPE")
        if link is not None and link.kind == "country" and link.country is not None:
            return link.country
        if i == 0:  # a country or nationality word inside: "Azerbaijani Republic of Nakhichevan"
            for word in name.split():
                code = geo.country_code(word, allow_city=False)
                if code is not None:
                    return code
    return None


def _place_variants(text: str, kb: ActorKB) -> list[str]:
    """``text``, then ``text`` without the qualifiers before the place's name — direction words,
    and nationality or generic-agent words ("Christian East Beirut", "Muslim west Beirut",
    "Kurdish northern Iraq": the KB's agent phrases CHR, MUS; round 10) — and generic place words
    after it ("the Tyumen Region")."""
    lex = load_lexicon()
    words = _strip_article(text).split()
    out = [text]
    while len(words) > 1 and (name_key(words[0]) in lex.place_prefixes or geo.is_demonym(words[0])
                              or kb.agent(words[0]) is not None):
        words = words[1:]
    while len(words) > 1 and name_key(words[-1]) in lex.place_suffixes:
        words = words[:-1]
    bare = " ".join(words)
    if bare != text:
        out.append(bare)
    return out


def _name_country(label: str, span: _Ent, kb: ActorKB) -> tuple[str | None, str | None]:
    if label in ("GPE", "LOC", "FAC"):
        return _place_country(span.text, kb, allow_city=True), "name"
    if label == "NORP":
        code = geo.country_code(span.text, allow_city=False)
        if code is None and span.text.endswith("s") and len(span.text) > 4:  # "Kenyans" as "Kenyan"
            code = geo.country_code(span.text[:-1], allow_city=False)
        return code, "name"
    if label == "ORG":
        code = _org_country(span.text, kb)
        return (code, "name") if code is not None else (_possessor_country(span), "modifier")
    return _person_country(span, kb), "modifier"


def _possessor_country(span: _Ent) -> str | None:
    """The country of a place that owns the span: "Ankara's Cankaya district administration"."""
    words = span.cols.words
    i = span.start - 1
    if i >= 1 and span.cols.lower(i) in ("'s", "’s", "s", "'") and "\n" not in words[i - 1]:
        return geo.country_code(words[i - 1], allow_city=True)
    return None


@lru_cache(maxsize=65536)
def _canonical_rank(text: str) -> tuple[int, int]:
    """Longer names win; at equal length, a mixed-case form beats an all-caps one ("Moscow" over
    the dateline's "MOSCOW"), unless the name is an acronym."""
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 4 and all(c.isupper() for c in letters)
    return len(_key_words(text)), 0 if shouting else 1


def _published(value: object) -> dt.date | None:
    try:
        return as_date(value)
    except (ValueError, TypeError):
        return None  # the events component reports a malformed date


def group_entities(doc: Doc, labels: frozenset[str] = ENTITY_LABELS, *, published: dt.date | None = None,
                   kb: ActorKB | None = None, link: bool = True) -> EntityGrouping:
    """Group ``doc.ents`` with a label in ``labels`` into article-local entities, split titles,
    link to the actor KB on ``published`` (default: ``doc.user_data["wirelake.published"]``) and
    give each entity its country, sector and key."""
    return _group(doc, _read_ents(doc), labels, published=published, kb=kb or load_kb(), link=link)


def _group(doc: Doc, ents: list[_Ent], labels: frozenset[str], *, published: dt.date | None, kb: ActorKB,
           link: bool) -> EntityGrouping:
    """:func:`group_entities` over ``ents``, the Doc's entity spans as read once."""
    if published is None:
        published = _published(doc.user_data.get(PUBLISHED_KEY))
    entities: list[Entity] = []
    spans: dict[int, list[_Ent]] = {}
    names: list[dict[str, None]] = []  # each entity's mention names so far, in order, once each
    of_class: dict[str, _NameIndex] = {}  # the entities of each label class
    for span in ents:
        label = span.label_
        if label not in labels:
            continue
        klass = _LABEL_CLASS.get(label, label)
        title, name = None, span.text
        if label == "PERSON":
            title, name = kb.split_title(span.text)
            before = _title_before(span, kb)
            if before:
                title = f"{before} {title}" if title else before
        match: Entity | None = None
        same_class = of_class.get(klass)
        if same_class is None:
            same_class = of_class[klass] = _NameIndex(klass)
        for index in same_class.candidates(name):  # the most recent entity with a name of the same one
            for other in names[index]:
                if _same_entity(klass, other, name):
                    match = entities[index]
                    break
            if match is not None:
                break
        if match is None and label in _PERSON_WORD_LABELS:
            match = _named_person(name, of_class.get("PERSON"), names, entities)
            if match is not None:  # "Prime Minister Prayut Chan-o-cha ... Prayut asked the department": one word of a
                label = match.label  # person's name the NER called an organisation is that person
        if match is None:
            match = Entity(len(entities), _strip_article(name), label, 0, span.start_char)
            entities.append(match)
            same_class.entities.append(match.index)
            names.append({})
        if name not in names[match.index]:
            same_class.add(match.index, name)
        mention = Mention(span.text, span.start_char, span.end_char, label, match.index, title, name)
        match.mentions.append(mention)
        names[match.index][name] = None
        spans.setdefault(match.index, []).append(span)
        match.mention_count += 1
        if _canonical_rank(name) > _canonical_rank(match.canonical):
            match.canonical = _strip_article(name)
    if link:
        for entity in entities:
            stated: frozenset[str] = frozenset()
            if entity.label == "PERSON":
                stated = frozenset(c for c in (_person_country(s, kb) for s in spans[entity.index]) if c is not None)
            entity.link = _link(entity, kb, published, stated)
        entities = _merge_same_actor(entities, spans)
    for entity in entities:
        _describe(entity, spans[entity.index], kb)
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    _countries_from_neighbours(doc, entities, mentions)
    _countries_from_places(doc, entities, mentions, kb)
    _namesake_cities(doc, entities, mentions)
    _countries_from_context(doc, entities, mentions)
    return EntityGrouping(entities, mentions)


_PERSON_WORD_LABELS = frozenset({"ORG"})  # labels the NER gives a lower-cased surname or given name by mistake


def _named_person(name: str, people: _NameIndex | None, names: list[dict[str, None]],
                  entities: list[Entity]) -> Entity | None:
    """The person an earlier mention named, a word of whose name ``name`` is (one word, no acronym):
    the most recent such person, when only one person has that word in the name."""
    words = _key_words(name)
    if people is None or len(words) != 1 or _acronym_like(name):
        return None
    found = [i for i in people.candidates(name) if any(_same_entity("PERSON", other, name) for other in names[i])]
    return entities[found[0]] if len(found) == 1 else None


class _NameIndex:
    """The entities of one label class so far, indexed by what :func:`_same_entity` needs for two
    names to be one: a key word in common, or both names of countries (GPE), or an acronym (ORG).
    :meth:`candidates` yields, most recent first, every entity that a name can join (a superset of
    those it joins): the grouping probes those, not all of the article's entities."""

    def __init__(self, klass: str) -> None:
        self.klass = klass
        self.entities: list[int] = []  # in order of creation
        self.by_word: dict[str, set[int]] = {}
        self.special: set[int] = set()  # GPE: with a country's name; ORG: with an acronym-like name

    def candidates(self, name: str) -> list[int]:
        words = _key_words(name)
        if not words:
            return []  # _same_entity is never true
        klass, by_word = self.klass, self.by_word
        if klass == "ORG" and _acronym_like(name):
            return self.entities[::-1]
        special = klass == "ORG" or (klass == "GPE" and geo.country_name(name) is not None)
        if len(words) == 1 and not special:
            return sorted(by_word.get(words[0], ()), reverse=True)
        found: set[int] = set(self.special) if special else set()
        for word in words:
            found.update(by_word.get(word, ()))
        return sorted(found, reverse=True)

    def add(self, index: int, name: str) -> None:
        by_word = self.by_word
        for word in _key_words(name):
            known = by_word.get(word)
            if known is None:
                by_word[word] = {index}
            else:
                known.add(index)
        if (self.klass == "ORG" and _acronym_like(name)) or (self.klass == "GPE" and geo.country_name(name) is not None):
            self.special.add(index)


def _acronym_like(name: str) -> bool:
    """Two or more capitals, periods aside: a name :func:`_same_entity` may read as an acronym."""
    compact = name.replace(".", "").strip()
    return compact.isupper() and len(compact) >= 2


@lru_cache(maxsize=1)
def _international_words() -> frozenset[str]:
    return frozenset(name_key(w) for w in load_lexicon().international_words)


def _countries_from_neighbours(doc: Doc, entities: list[Entity], mentions: list[Mention]) -> None:
    """A person with no country of their own takes that of the entity just before their titles:
    "Arab League Secretary General X" (IGO), "Pentagon spokesman X" (USA), "Syrian opposition
    spokesman X"; ``country_source`` is ``modifier``."""
    kb = load_kb()
    ends = {m.end: m for m in mentions}
    cols = _columns(doc)
    words, idx = cols.words, cols.idx
    for entity in entities:
        if entity.label != "PERSON" or entity.country is not None:
            continue
        for m in entity.mentions:
            start = bisect.bisect_right(idx, m.start) - 1  # the mention's first token (mentions are of this Doc)
            i = start - 1
            while i >= 0 and start - i <= 6 and kb.is_title_word(words[i]) and "\n" not in words[i]:
                i -= 1
            if i < 0 or i == start - 1:
                continue
            before = ends.get(idx[i] + len(words[i]))
            if before is None or before.entity_index == entity.index:
                continue
            neighbour = entities[before.entity_index]
            if neighbour.country is not None and neighbour.country_source != "context":
                entity.country, entity.country_source = neighbour.country, "modifier"
                break


_BETWEEN_FROM = frozenset({",", "a", "an", "the"})  # words between a person and "from" besides the agent words


def _countries_from_places(doc: Doc, entities: list[Entity], mentions: list[Mention], kb: ActorKB) -> None:
    """A group or person takes the country of the place it belongs to or comes from, named right
    after one of its mentions (``country_source`` ``place``):

    - a nationality or ethnic group "of" a place is that place's people: "the Kurds of northern
      Iraq" (IRQ), "the Albanians of Macedonia" (MKD), not the group's nominal nation — only "of":
      "Americans in Iraq" are Americans somewhere; so is a person with no country of their own
      ("President Idriss Mbeki of Chad");
    - a group or person with no country of its own, "from" a place, directly or over the words
      of a generic agent (the KB's agent phrases: "a Christian missionary from Calgary" (CAN),
      "John Stevens, a doctor from Toronto", "Kurdish refugees from Aleppo"); any other word
      between ("Hamas received weapons from Iran") gives nothing.

    The place is a GPE / LOC mention with a country (or a mention the KB lists as a place: "Lyon"
    tagged ORG), after "of" / "from", "the" and direction words ("southern"). Runs before the
    sentence's context, which it outranks."""
    if len(mentions) < 2:
        return
    cols = _columns(doc)
    words, idx = cols.words, cols.idx
    by_start = {m.start: m for m in mentions}
    prefixes = load_lexicon().place_prefixes
    n_words = len(words)
    for m in mentions:
        entity = entities[m.entity_index]
        if entity.label not in ("NORP", "PERSON", "ORG"):
            continue
        link = entity.link
        belongs = entity.label == "NORP" and (link is None or link.kind == "country")
        if not belongs and entity.country is not None:
            continue
        end = bisect.bisect_left(idx, m.end)  # the first token after the mention
        if end >= n_words:
            continue
        j, between = end, []
        while j < n_words and j - end < 6 and cols.lower(j) not in ("of", "from") and "\n" not in words[j]:
            if words[j] not in _BETWEEN_FROM:
                between.append(words[j])
            j += 1
        if j >= n_words:
            continue
        word = cols.lower(j)
        if word == "of":
            if j != end or not (belongs or (entity.label == "PERSON" and entity.country is None)):
                continue
        elif word != "from" or entity.country is not None or (
                j > end and (not between or kb.agent(" ".join(between)) is None)):
            continue
        k = j + 1
        while k < n_words and (cols.lower(k) == "the" or name_key(words[k]) in prefixes):
            k += 1
        place = by_start.get(idx[k]) if k < n_words else None
        if place is None:
            continue
        owner = entities[place.entity_index]
        is_place = _LABEL_CLASS.get(owner.label, owner.label) == "GPE" or (
            owner.link is not None and owner.link.match == "place")  # "Lyon" tagged ORG: a city the KB lists
        if not is_place or owner.country is None or owner.country_source == "context" \
                or owner.country == entity.country:
            continue
        entity.country, entity.country_source = owner.country, "place"


def _namesake_cities(doc: Doc, entities: list[Entity], mentions: list[Mention]) -> None:
    """A city whose name large cities of several countries bear ("Tripoli": Libya and Lebanon,
    ``geo.city_countries``) is the one of the country its sentence names: "militias in Tripoli ...
    the Lebanese army" (LBN, where the tables and the KB say LBY); only when exactly one of the
    city's countries is among the countries of the sentence's other places, nationalities and
    organisations ("the Lebanese Forces party"), and the city's own country is not.
    ``country_source`` is ``context``; a city so settled counts among its sentence's places for
    :func:`_countries_from_context`."""
    candidates = [e for e in entities if e.label in ("GPE", "LOC") and e.country is not None
                  and geo.city_countries(e.canonical)]
    if not candidates:
        return
    cols = _columns(doc)
    starts = [cols.idx[i] for i in cols.line_breaks()]
    named: dict[int, dict[int, str]] = {}  # line -> entity index -> its country, for places and nationalities
    for m in mentions:
        entity = entities[m.entity_index]
        if entity.country is not None and entity.country_source != "context" and (
                _LABEL_CLASS.get(entity.label, entity.label) in ("GPE", "NORP")
                or entity.label == "ORG"):  # "the Lebanese Forces party", "the Liberian Peace Council"
            named.setdefault(bisect.bisect_left(starts, m.start), {})[entity.index] = entity.country
    for entity in candidates:
        options = geo.city_countries(entity.canonical)
        for m in entity.mentions:
            others = {c for i, c in named.get(bisect.bisect_left(starts, m.start), {}).items() if i != entity.index}
            if entity.country in others:
                break
            chosen = options & others
            if len(chosen) == 1:
                entity.country, entity.country_source = next(iter(chosen)), "context"
                break


def _countries_from_context(doc: Doc, entities: list[Entity], mentions: list[Mention]) -> None:
    """An entity with no country of its own (an ethnic or religious group, a party, a person the KB
    does not know, a province) takes the country of its sentence (line) when the places and
    nationalities named there all share one: "Shona rebels" in a sentence about Mozambique; a person
    only from nationalities ("Judge Alejandro Rivera ... 28 Chilean officials"), not from places
    (a person is often where they are not from: "Jordan visited Jordan") — except a person the
    article gives a title, from places named before them in the sentence ("Rebels in Chad rejected
    an appeal from President X"; not "President X visited Rwanda"). ``country_source`` is
    ``context``."""
    cols = _columns(doc)
    starts = [cols.idx[i] for i in cols.line_breaks()]
    line_of = {id(m): bisect.bisect_left(starts, m.start) for m in mentions}
    by_line: dict[int, set[str]] = {}
    nationalities: dict[int, set[str]] = {}
    first_place: dict[tuple[int, str], int] = {}  # (line, country) -> start of its first place or nationality
    for m in mentions:
        entity = entities[m.entity_index]
        klass = _LABEL_CLASS.get(entity.label, entity.label)
        if entity.country is not None and klass in ("GPE", "NORP", "FAC") and (
                entity.country_source != "context" or geo.city_countries(entity.canonical)):
            # a namesake city the sentence settled (_namesake_cities) is one of its places too
            by_line.setdefault(line_of[id(m)], set()).add(entity.country)
            first_place.setdefault((line_of[id(m)], entity.country), m.start)
            if klass == "NORP":
                nationalities.setdefault(line_of[id(m)], set()).add(entity.country)
    for entity in entities:
        if entity.country is not None:
            continue
        if entity.label == "ORG" and any(w in _international_words() for m in entity.mentions for w in _key_words(m.name)):
            continue  # "Amnesty International", "Association of African Jurists": not the sentence's country
        link = entity.link
        if link is not None and link.match == "name" and link.role_code is not None and link.country is None:
            continue  # the KB knows it and gives it no country ("Reuters" [MED]): not the dateline's city's
        # a person takes a nationality of the sentence, not a place: "Jordan visited Jordan"
        source = nationalities if entity.label == "PERSON" else by_line
        for m in entity.mentions:
            countries = source.get(line_of[id(m)], set())
            if not countries and entity.label == "PERSON" and m.title:
                # a titled person and a place named before them in the sentence: "Rebels in Chad
                # rejected an appeal from President X" (round 10); not "President X visited Rwanda"
                countries = by_line.get(line_of[id(m)], set())
                if len(countries) == 1 and first_place[(line_of[id(m)], next(iter(countries)))] > m.start:
                    countries = set()
            if len(countries) == 1:
                entity.country, entity.country_source = next(iter(countries)), "context"
                break


def _link(entity: Entity, kb: ActorKB, on: dt.date | None, stated: frozenset[str] = frozenset()) -> ActorLink | None:
    """The KB actor of the entity's longest mention that has one (of equally long ones, the first
    in the text); for an ORG, also its name without a generic last word ("Fatah Party" -> "Fatah").
    The order depends only on the article: never on set iteration (string hashes vary between
    processes, and replays must reproduce the lake)."""
    first_seen = {m.name: None for m in sorted(entity.mentions, key=lambda m: m.start)}
    names = sorted(first_seen, key=lambda n: -len(_key_words(n)))  # stable: text order among equals
    # a KB name that holds the title the article gives ("King Abdullah": Jordan's king, where the
    # bare "Abdullah" is a Saudi namesake) is more specific than the bare name
    # (unless a country word before the person says otherwise: "Saudi King Abdullah")
    titled = {f"{title} {m.name}": None for m in sorted(entity.mentions, key=lambda m: m.start)
              if m.title and entity.label == "PERSON" for title in (m.title, m.title.split()[-1])}
    for name in titled:
        if kb.is_alias(name_key(name)):
            found = kb.lookup(name, entity.label, on)
            if found is not None and (not stated or found.country in stated):
                return found
    for name in names:
        if entity.label == "PERSON" and kb.namesake_surname(name, names[0]):
            break  # "José Carlos Acevedo" ... "Acevedo": the KB's one "Carlos Acevedo" is a namesake
        found = kb.lookup(name, entity.label, on)
        if found is not None and found.match == "member" and name != names[0]:
            continue  # "Siboniso Duma" ... "Duma": a person's surname that is also an organisation's name (Russia's
            # Duma), while the person's full name links to nothing
        if found is not None:
            return found
    if entity.label == "ORG":
        for name in names:
            words = _strip_article(name).split()
            if len(words) > 1 and kb.is_org_word(words[-1]):
                found = kb.lookup(" ".join(words[:-1]), "ORG", on)
                if found is not None:
                    return found
    return None


def _merge_same_actor(entities: list[Entity], spans: dict[int, list[_Ent]]) -> list[Entity]:
    """Entities of one label class that name the same KB actor become one ("ISIS", "Islamic State")."""
    owner: dict[tuple[str, str], Entity] = {}
    kept: list[Entity] = []
    for entity in entities:
        link = entity.link
        if link is not None and link.match == "name":
            slot = (_LABEL_CLASS.get(entity.label, entity.label), link.actor_id)
            first = owner.get(slot)
            if first is not None:
                first.mentions.extend(entity.mentions)
                first.mention_count += entity.mention_count
                spans[first.index].extend(spans.pop(entity.index))
                if _canonical_rank(entity.canonical) > _canonical_rank(first.canonical):
                    first.canonical = entity.canonical
                continue
            owner[slot] = entity
        kept.append(entity)
    renumber = {e.index: n for n, e in enumerate(kept)}
    out_spans = {renumber[i]: s for i, s in spans.items() if i in renumber}
    spans.clear()
    spans.update(out_spans)
    for entity in kept:
        entity.index = renumber[entity.index]
        entity.first_start = min(m.start for m in entity.mentions)
        entity.mentions.sort(key=lambda m: m.start)
        for m in entity.mentions:
            m.entity_index = entity.index
    return kept


def _describe(entity: Entity, spans: list[_Ent], kb: ActorKB) -> None:
    """Country, sector and key of an entity."""
    link = entity.link
    klass = _LABEL_CLASS.get(entity.label, entity.label)
    fallback_country: str | None = None
    for span in spans:
        code, source = _name_country(span.label_, span, kb)
        if code is not None:
            fallback_country = code
            entity.country_source = source
            break
    if link is not None and link.country is not None and not (kb.is_weak(link) and fallback_country):
        entity.country, entity.country_source = link.country, "kb"
    else:
        entity.country = fallback_country
        if fallback_country is None:
            entity.country_source = None
    if link is not None and link.sector is not None:
        entity.sector, entity.sector_source = link.sector, "kb"
    elif entity.label == "PERSON":
        for mention in entity.mentions:
            agent = kb.agent(mention.title) if mention.title else None
            if agent is not None and agent.sector is not None:
                entity.sector, entity.sector_source = agent.sector, "title"
                break
    if link is not None and link.match == "name" and name_key(entity.canonical) == name_key(link.name):
        entity.canonical = link.name  # the KB's spelling of the same name ("Islamic State", not "Islamic state")
    if link is not None and link.match == "name" and not (klass == "NORP" and link.kind == "country"):
        entity.key = link.actor_id
    elif klass == "NORP" and entity.country is not None and (link is None or link.kind == "country"):
        entity.key = f"NORP:{entity.country}"  # "Russian", "Russians": one nationality
    else:
        entity.key = f"{klass}:{name_key(entity.canonical) or entity.canonical.lower()}"


# --- the spaCy component --------------------------------------------------------------------------


class EntityLinker:
    """spaCy component: span repair, then grouping and KB linking (see the module docstring)."""

    def __init__(self, *, name: str = COMPONENT_NAME, repairs: Iterable[str] = REPAIRS, link: bool = True) -> None:
        self.name = name
        self.repairs = tuple(repairs)
        self.link = link
        self.kb = load_kb()
        load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        ents = _repair(doc, self.kb, self.repairs)[1] if self.repairs else _read_ents(doc)
        grouping = _group(doc, ents, ENTITY_LABELS, published=None, kb=self.kb, link=self.link)
        doc._.entities = grouping
        doc.user_data[ENTITIES_KEY] = grouping
        doc.user_data[ENT_SPANS_KEY] = [(e.start_char, e.end_char, e.label_) for e in ents]
        return doc


if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory(
    COMPONENT_NAME,
    default_config={"repairs": list(REPAIRS), "link": True},
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.entities"],
)
def make_entity_linker(nlp: Language, name: str, repairs: list[str], link: bool) -> EntityLinker:
    """Factory for ``nlp.add_pipe("wirelake_entities_v1", after="ner")``."""
    unknown = set(repairs) - set(ALL_REPAIRS)
    if unknown:
        raise ValueError(f"unknown span repairs {sorted(unknown)}; choose from {list(ALL_REPAIRS)}")
    return EntityLinker(name=name, repairs=repairs, link=link)

