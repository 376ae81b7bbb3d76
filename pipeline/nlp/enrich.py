"""Enrichment: normalize raw text, run spaCy (NER, parser, the PLOVER events component), and turn
each Doc into entity mentions and events with offsets into both normalized and raw text.

One code path serves the pipeline (Parquet rows), ``wirelake enrich`` (JSON Lines) and the
benchmarks, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.nlp import geo
from pipeline.nlp.memory import release_free_memory
from pipeline.nlp.model import load_model, model_version
from pipeline.nlp.token_rules import TokenRules
from pipeline.text import NormalizedText, normalize_many

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.nlp.events import Actor, Event


@dataclass
class EntityMention:
    """One row of the ``entities`` table before ids are assigned (see schemas/entities.v2.json)."""

    text: str
    label: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    entity_index: int
    canonical_name: str | None = None
    country_code: str | None = None
    mention_count: int | None = None
    first_start: int | None = None
    entity_key: str | None = None
    title: str | None = None
    actor_id: str | None = None
    actor_link: str | None = None
    actor_kind: str | None = None
    sector: str | None = None
    role_code: str | None = None
    role_status: str | None = None
    country_source: str | None = None


@dataclass
class Enriched:
    """``title``: the input's title restored like the text (None when the input had none)."""

    norm: NormalizedText
    entities: list[EntityMention]
    events: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None


@dataclass(frozen=True)
class EnrichInput:
    text: str
    published: dt.date | None = None
    title: str | None = None
    keep_cased: bool = False   # cased text stays exactly as given (page bodies: pipeline.text.normalize)
    home_country: str | None = None  # the outlet's own country (ISO alpha-3, the feed registry's ``country``)


def restore_title(title: str | None, text_casing: str | None = None) -> str | None:
    """A title restored like a body: detokenized, apostrophes back, casing restored when it arrived
    lowercased (by its own letters, or, for a title with no letters to judge by, the body's)."""
    from pipeline.text import detect_casing, normalize

    if title is None or not title.strip():
        return title
    lower = detect_casing(title) == "lower" or (text_casing == "restored" and title == title.lower())
    return normalize(title, restore_case=lower).text


def wirelake_pipeline(model: str) -> Language:
    """The shared spaCy model with wirelake's components added (once per process): entities (span
    repair, grouping, KB links) right after NER, events at the end."""
    from pipeline.nlp import entities, events

    nlp = load_model(model)
    if entities.COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(entities.COMPONENT_NAME, after="ner")
    if events.COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(events.COMPONENT_NAME)
    return nlp


def load_resources() -> None:
    """Load the data the pipeline reads besides the spaCy model — the truecaser and the actor
    knowledge base with its person indexes (5-6 s of CPU together) — once per process, when the
    Enricher is built, instead of lazily inside the first batch of articles. Both are cached per
    process, so this is free after the first call."""
    from pipeline.nlp.actors import load_kb
    from pipeline.text.truecase import get_truecaser

    get_truecaser()
    load_kb().prepare()


class Enricher:
    """Holds the loaded pipeline and turns raw article texts into :class:`Enriched` results.

    The model's time goes where it pays: NER (which carries its own encoder) runs on every
    sentence; the tagger, parser, attribute ruler and lemmatizer — which only the events
    component reads — run only on sentences that can hold an event by their words
    (:class:`pipeline.nlp.events.TriggerGate`: a word that triggers alone, or all the words of a
    phrase whose head triggers only with them); their annotations are copied back into the
    article's Doc before the events component runs. ``parse="all"`` parses every sentence instead.
    On the parse pass the attribute ruler's and lemmatizer's annotations are computed per distinct
    token key from those components' own rules and tables (:class:`TokenRules`: the same
    annotations for a fifth of their CPU); ``parse="all"`` runs the stock components.
    """

    def __init__(self, model: str, *, batch_size: int = 64, parse: str = "candidates",
                 repairs: Iterable[str] | None = None) -> None:
        from pipeline.nlp import entities, events

        if parse not in ("candidates", "all"):
            raise ValueError(f"parse must be 'candidates' or 'all', not {parse!r}")
        self.nlp = wirelake_pipeline(model)
        self.batch_size = batch_size
        self.parse = parse
        self.events_version = events.extractor_version()
        self.version = f"{model_version(self.nlp)}+{entities.entities_version()}+{self.events_version}"
        self._events = self.nlp.get_pipe(events.COMPONENT_NAME)
        if repairs is not None:  # for measurements: the component is shared by every Enricher of the process
            self.nlp.get_pipe(entities.COMPONENT_NAME).repairs = tuple(repairs)  # type: ignore[attr-defined]
        first = ("ner", entities.COMPONENT_NAME)
        self._ner_only = [p for p in self.nlp.pipe_names if p not in first]
        self._parse_only = [p for p in self.nlp.pipe_names if p in (*first, events.COMPONENT_NAME)]
        # the attribute ruler and lemmatizer of the parse pass, computed per distinct token key
        # (same annotations, a fifth of the CPU: pipeline.nlp.token_rules)
        self._rules = TokenRules.of(self.nlp)
        if self._rules is not None:
            self._parse_only += self._rules.components
        self._gate = events.trigger_gate(self.nlp)
        # the gate over string ids: a line is a candidate by its tokens' lower-case ids (an id is
        # the hash of its text: the lower forms need not be decoded)
        self._gate_ids = events.gate_by_id(self._gate)
        self._chunks = ChunkTeacher(self.nlp)
        load_resources()

    @contextmanager
    def memory_zone(self) -> Iterator[None]:
        """spaCy's memory zone: strings interned while analysing a chunk are freed at its end, so
        the vocabulary of a long-running worker does not grow with every new name and number;
        then malloc's free pages go back to the system (see :mod:`pipeline.nlp.memory`).
        Docs made inside the zone must not be used after it (results are plain Python). After
        the zone, the tokenizer learns the chunks that recurred in it (:class:`ChunkTeacher`)."""
        with self.nlp.memory_zone():
            yield
        self._chunks.teach()
        release_free_memory()

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        """Normalize and analyse ``items`` in batches; yields one result per input, in order."""
        items = items if isinstance(items, list) else list(items)
        norms = list(normalize_many((i.text for i in items), keep_cased=[i.keep_cased for i in items],
                                    places=geo.place_kind))  # ("CAPE TOWN -": a place's dateline)
        self._chunks.count(norms)
        docs = [self._make_doc(item, norm) for item, norm in zip(items, norms)]
        if self.parse == "all":
            analysed: Iterable[Doc] = self.nlp.pipe(docs, batch_size=self.batch_size)
        else:
            analysed = self._analyse(docs)
        for item, norm, doc in zip(items, norms, analysed):
            mentions = entity_mentions(doc, norm)
            yield Enriched(norm=norm, entities=mentions, events=[_event_dict(e, norm) for e in doc._.events or []],
                           title=restore_title(item.title, norm.casing))

    def _make_doc(self, item: EnrichInput, norm: NormalizedText) -> Doc:
        return make_doc(self.nlp, norm, item.published, item.home_country)

    def _analyse(self, docs: list[Doc]) -> Iterator[Doc]:
        ner_docs = list(self.nlp.pipe(docs, batch_size=self.batch_size, disable=self._ner_only))
        columns = [_Tokens.of(doc) for doc in ner_docs]  # one pass over each Doc's tokens
        lines = [_line_spans(toks) for toks in columns]
        admits = self._gate_ids.admits
        wanted = [[(s, e) for s, e in spans if admits(toks.lower_ids[s:e])] for toks, spans in zip(columns, lines)]
        subs = [_candidate_doc(doc, toks, chosen) for doc, toks, chosen in zip(ner_docs, columns, wanted)]
        parsed = iter(self.nlp.pipe((sub for sub, _ in subs if len(sub)), batch_size=self.batch_size,
                                    disable=self._parse_only))
        if self._rules is not None:
            parsed = map(self._rules, parsed)
        for doc, spans, (sub, index) in zip(ner_docs, lines, subs):
            _merge_parse(doc, spans, next(parsed) if len(sub) else sub, index)
            yield self._events(doc)


class ChunkTeacher:
    """Teaches spaCy's tokenizer, outside memory zones, the chunks that recur in the texts analysed
    inside them. The tokenizer splits a text at whitespace into chunks ("said,", "(Reuters)",
    "Russia's"), splits each by its prefix, suffix, infix and exception rules, and makes a lexeme
    for each new token string (its norm, shape, prefix, suffix and flags, computed in Python). Outside
    a memory zone both are kept: lexemes for good, and how each chunk split in a cache of up to
    ``Tokenizer.max_cache_size`` chunks (10,000). Inside a zone neither is: the zone frees its
    lexemes at its end, and the cache, which would point at them, is not filled. The pipeline
    analyses everything inside zones (one per chunk of articles), so every chunk of every article
    went through the rules again and every word the model's base vocabulary lacks got a new lexeme
    (the tokenizer cost 0.8 s per 400 throughput articles, 0.4 s with its cache filled).

    :meth:`count` counts the chunk types of the texts analysed inside a zone; :meth:`teach`, called
    after the zone, tokenizes the types seen at least twice there (most frequent first, not taught
    before) once, outside any zone: they enter the cache and their lexemes stay. Bounded: at most
    ``max_taught`` chunks ever (default: the cache's cap; then counting stops), so the vocabulary
    grows by at most their tokens. Teaching more than the cache holds only keeps more lexemes, and
    did not pay on fresh text (docs/benchmarks.md). Keys are chunks (word types with their
    punctuation), never texts or sentences; a chunk splits the same with or without the cache, and a
    lexeme made outside a zone holds the same attributes as one made inside it, so output is unchanged."""

    MIN_COUNT = 2

    def __init__(self, nlp: Language, *, max_taught: int | None = None) -> None:
        self.nlp = nlp
        self.room = int(getattr(nlp.tokenizer, "max_cache_size", 0)) if max_taught is None else max_taught
        self.taught: set[str] = set()
        self.counts: Counter[str] = Counter()

    def count(self, norms: Iterable[NormalizedText]) -> None:
        """Count the chunk types of ``norms``' texts when they are analysed inside a memory zone."""
        if self.room > 0 and self._in_zone():
            update = self.counts.update
            for norm in norms:
                update(norm.text.split())  # str.isspace boundaries, as the tokenizer's

    def teach(self) -> None:
        """Tokenize the recurring chunk types counted so far once, outside any memory zone."""
        if not self.counts or self._in_zone():
            return
        taught = self.taught
        chunks = [c for c, n in self.counts.most_common() if n >= self.MIN_COUNT and c not in taught][: self.room]
        self.counts.clear()
        if chunks:
            self.nlp.tokenizer(" ".join(chunks))
            taught.update(chunks)
            self.room -= len(chunks)

    def _in_zone(self) -> bool:
        return bool(getattr(self.nlp.vocab, "in_memory_zone", False))  # a property of spaCy >= 3.8's Vocab


def make_doc(nlp: Language, norm: NormalizedText, published: dt.date | None = None,
             home_country: str | None = None) -> Doc:
    """The Doc of a normalized text, carrying what the components read beside the words: the
    publication date, the dateline's city and whether the case was restored (the entities
    component weighs lower case by it)."""
    from pipeline.nlp import entities, events

    doc = nlp.make_doc(norm.text)
    doc.user_data[events.PUBLISHED_KEY] = published
    doc.user_data[events.TEXT_KEY] = norm.text  # the Doc's text, not joined from its tokens again
    doc.user_data[events.DATELINE_KEY] = norm.dateline.city if norm.dateline else None
    doc.user_data[events.DATELINE_SPAN_KEY] = (norm.dateline.start, norm.dateline.end) if norm.dateline else None
    doc.user_data[entities.CASING_KEY] = norm.casing
    doc.user_data[events.HOME_KEY] = home_country
    return doc


@dataclass(frozen=True)
class _Tokens:
    """The token columns the candidate selection reads: those the entities component read from the
    Doc's arrays (:func:`pipeline.nlp.entities._columns`, kept in the Doc's ``user_data``; no spaCy
    Token object is made and no string is decoded twice)."""

    text: list[str]
    lower_ids: list[int]  # the string ids of the tokens' lower-case forms (Token.lower)
    space: list[int]  # 1 when the token is followed by a space
    orth: list[int]  # the tokens' string ids
    breaks: list[int]  # indexes of the tokens holding a line break

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        from pipeline.nlp.entities import _columns

        cols = _columns(doc)
        return cls(cols.words, cols.lower_ids, cols.space, cols.orth, cols.line_breaks())


def _candidate_doc(doc: Doc, toks: _Tokens, chosen: list[tuple[int, int]]) -> tuple[Doc, list[int]]:
    """One Doc of an article's candidate lines, in order, each line its own preset sentence (the
    parser respects preset boundaries, so no arc crosses lines); ``index`` maps its tokens back.
    Made from the tokens' string ids (no string is hashed again), the sentence starts set from an
    array as ``Doc(..., sent_starts=...)`` sets them, without its loop over the tokens."""
    import numpy as np
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc as SpacyDoc

    orth, space = toks.orth, toks.space
    words: list[int] = []
    spaces: list[int] = []
    index: list[int] = []
    firsts: list[int] = []
    for s, e in chosen:
        firsts.append(len(words))
        words += orth[s:e]
        spaces += space[s:e]
        index += range(s, e)
    sub = SpacyDoc(doc.vocab, words=words, spaces=spaces)  # type: ignore[arg-type]
    if words:
        starts = np.zeros(len(words), dtype="uint64")
        starts[firsts] = 1
        sub.from_array([SENT_START], starts)  # type: ignore[arg-type]  # 1-d, as Doc.__init__ passes it
    return sub, index


def _line_spans(toks: _Tokens) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (our input holds one sentence per line); a line's
    trailing newline token stays with it."""
    spans, start = [], 0
    for i in toks.breaks:
        spans.append((start, i + 1))
        start = i + 1
    if start < len(toks.text):
        spans.append((start, len(toks.text)))
    return spans


def _merge_parse(doc: Doc, lines: list[tuple[int, int]], parsed: Doc, index: list[int]) -> None:
    """Copy tags, POS, lemmas and dependency trees of the parsed candidate lines into ``doc``;
    lines that were not parsed become one flat tree each (their first token the root), so
    sentence boundaries stay the lines. ``lines``: the token ranges of the lines, in order and
    covering the Doc (:func:`_line_spans`)."""
    import numpy as np
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [TAG, POS, DEP, HEAD, LEMMA]
    arr = np.zeros((len(doc), len(attrs)), dtype="uint64")
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    if lines:
        bounds = np.asarray(lines, dtype="int64")
        if bounds[0, 0] != 0 or bounds[-1, 1] != len(doc) or (bounds[1:, 0] != bounds[:-1, 1]).any():
            raise ValueError(f"line spans {lines[:3]}... do not cover the {len(doc)} tokens in order")
        head = np.repeat(bounds[:, 0], bounds[:, 1] - bounds[:, 0]) - np.arange(len(doc), dtype="int64")
        arr[:, 2] = np.where(head == 0, root, dep)  # each line's first token is its root
        arr[:, 3] = head.astype("uint64")  # relative heads, as spaCy stores them (negative wraps around)
    if len(parsed):
        sub = parsed.to_array(attrs)
        where = np.asarray(index, dtype="int64")
        heads = np.arange(len(parsed), dtype="int64") + sub[:, 3].astype("int64")  # absolute, in the sub-doc
        arr[where] = sub
        arr[where, 3] = (where[heads] - where).astype("uint64")  # relative, in the article
    if len(doc):
        doc.from_array(attrs, arr)  # type: ignore[arg-type]


def entity_mentions(doc: Doc, norm: NormalizedText) -> list[EntityMention]:
    """Every entity span of ``doc``, with normalized and raw offsets. Mentions of PERSON, ORG, GPE,
    NORP, LOC and FAC carry the article-level grouping (canonical name, country, counts); other
    labels (DATE, MONEY, ...) are grouped by identical text."""
    from pipeline.nlp.actors.names import name_key
    from pipeline.nlp.entities import ENT_SPANS_KEY

    grouping = doc._.entities
    by_index = {e.index: e for e in grouping.entities} if grouping is not None else {}
    titles: dict[tuple[int, int], str | None] = {}  # (entity, mention start) -> the first such mention's title
    for g in by_index.values():
        for m in g.mentions:
            titles.setdefault((g.index, m.start), m.title)
    # the entity spans as the entity component left them (no Span made again; doc.ents without it);
    # a mention's text is the normalized text between its offsets (the Doc is made from it), not
    # Span.text (which makes a Token object for each of its tokens)
    text = norm.text
    ents: list[tuple[int, int, str]] | None = doc.user_data.get(ENT_SPANS_KEY)
    if ents is None:
        ents = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    spans = [(text[start:end], label, start, end) for start, end, label in ents]
    extra: dict[tuple[str, str], int] = {}
    counts: dict[tuple[str, str], int] = {}
    firsts: dict[tuple[str, str], int] = {}
    for text, label, start, _ in spans:
        key = (label, text.lower())
        counts[key] = counts.get(key, 0) + 1
        firsts.setdefault(key, start)
    # an entity's columns are the same for each of its mentions: worked out once per entity
    columns: dict[int, tuple[str, _Head, _Tail]] = {}
    for idx, g in by_index.items():
        link = g.link
        head: _Head = (g.canonical, g.country, g.mention_count, g.first_start, g.key)
        tail: _Tail
        if link is None:
            tail = (None, None, None, g.sector, None, None, g.country_source)
        else:
            tail = (link.actor_id, link.match, link.kind, g.sector, link.role_code, link.role_status, g.country_source)
        columns[idx] = (_GROUPING_LABEL.get(g.label, g.label), head, tail)
    offsets = [(s[2], s[3]) for s in spans]
    indexes = grouping.entity_indexes_at(offsets) if grouping is not None else [None] * len(spans)
    out = []
    for (text, label, start, end), idx, (raw_start, raw_end) in zip(spans, indexes, norm.spans_to_raw(offsets)):
        entity = columns.get(idx) if idx is not None else None
        if entity is not None and entity[0] == _GROUPING_LABEL.get(label, label):
            out.append(EntityMention(text, label, start, end, raw_start, raw_end, idx, *entity[1],
                                     titles.get((idx, start)), *entity[2]))
            continue
        key = (label, text.lower())
        if key not in extra:
            extra[key] = len(by_index) + len(extra)
        out.append(EntityMention(text, label, start, end, raw_start, raw_end, extra[key],
                                 text, None, counts[key], firsts[key], f"{label}:{name_key(text) or key[1]}"))
    return out


_GROUPING_LABEL = {"LOC": "GPE"}  # GPE and LOC mentions group together (pipeline.nlp.entities)
# an entity's columns of EntityMention before ``title`` (canonical_name .. entity_key) and after it
_Head = tuple[str, str | None, int, int, str]
_Tail = tuple[str | None, str | None, str | None, str | None, str | None, str | None, str | None]


_ACTOR_KEYS = ("text", "start", "end", "raw_start", "raw_end", "entity_index", "country", "sector", "resolved",
               "resolved_start", "resolved_end", "actor_id")  # fmt: skip


def _actor_fields(role: str, actor: Actor | None, norm: NormalizedText) -> dict[str, Any]:
    if actor is None:
        return {f"{role}_{k}": None for k in _ACTOR_KEYS}
    raw_start, raw_end = norm.to_raw(actor.start, actor.end)
    return {f"{role}_text": actor.text, f"{role}_start": actor.start, f"{role}_end": actor.end,
            f"{role}_raw_start": raw_start, f"{role}_raw_end": raw_end, f"{role}_entity_index": actor.entity_index,
            f"{role}_country": actor.country, f"{role}_sector": actor.sector, f"{role}_resolved": actor.resolved,
            f"{role}_resolved_start": actor.resolved_start, f"{role}_resolved_end": actor.resolved_end,
            f"{role}_actor_id": actor.actor_id}


def _event_dict(e: Event, norm: NormalizedText) -> dict[str, Any]:
    """An event as a flat record: the events table's columns, with article-local entity indexes
    (``*_entity_index``) that :func:`pipeline.rows.event_rows` turns into entity ids."""
    raw_start, raw_end = norm.to_raw(e.trigger_start, e.trigger_end)
    speaker = e.reported_by
    return {
        "event_type": e.event_type, "cameo_root": e.cameo_root, "trigger_text": e.trigger_text,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end, "trigger_raw_start": raw_start,
        "trigger_raw_end": raw_end, "sentence_index": e.sentence_index,
        **_actor_fields("source", e.source, norm), **_actor_fields("target", e.target, norm),
        "reported_by": speaker.name if speaker is not None else None,
        "reported_by_country": speaker.country if speaker is not None else None,
        "location_text": e.location_text, "location_country": e.location_country,
        "location_reason": e.location_reason, "event_date": e.event_date, "date_expression": e.date_expression,
        "background": e.background, "mode": e.mode, "confidence": round(float(e.confidence), 4),
        "extractor_version": e.extractor_version,
    }


def to_json(record_id: Any, e: Enriched) -> dict[str, Any]:
    """The ``wirelake enrich`` output record (same fields as the Parquet tables)."""
    d = e.norm.dateline
    return {
        "id": record_id,
        "title": e.title,
        "text": e.norm.text,
        "casing": e.norm.casing,
        "dateline": None if d is None else {"city": d.city, "agency": d.agency, "text": d.text, "start": d.start, "end": d.end},
        "entities": [asdict(m) for m in e.entities],
        "events": [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in ev.items()} for ev in e.events],
    }
