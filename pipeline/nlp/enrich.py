"""Enrichment: normalize raw text, run spaCy (NER, parser, the PLOVER events component), and turn
each Doc into entity mentions and events with offsets into both normalized and raw text.

One code path serves the pipeline (Parquet rows), ``wirelake enrich`` (JSON Lines) and the
benchmarks, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.nlp.memory import release_free_memory
from pipeline.nlp.model import load_model, model_version
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


class Enricher:
    """Holds the loaded pipeline and turns raw article texts into :class:`Enriched` results.

    The model's time goes where it pays: NER (which carries its own encoder) runs on every
    sentence; the tagger, parser, attribute ruler and lemmatizer — which only the events
    component reads — run only on sentences holding a word that can trigger an event
    (:func:`pipeline.nlp.events.trigger_forms`); their annotations are copied back into the
    article's Doc before the events component runs. ``parse="all"`` parses every sentence instead.
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
        self._forms = events.trigger_forms(self.nlp)

    @contextmanager
    def memory_zone(self) -> Iterator[None]:
        """spaCy's memory zone: strings interned while analysing a chunk are freed at its end, so
        the vocabulary of a long-running worker does not grow with every new name and number;
        then malloc's free pages go back to the system (see :mod:`pipeline.nlp.memory`).
        Docs made inside the zone must not be used after it (results are plain Python)."""
        with self.nlp.memory_zone():
            yield
        release_free_memory()

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        """Normalize and analyse ``items`` in batches; yields one result per input, in order."""
        items = items if isinstance(items, list) else list(items)
        norms = list(normalize_many((i.text for i in items), keep_cased=[i.keep_cased for i in items]))
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
        return make_doc(self.nlp, norm, item.published)

    def _analyse(self, docs: list[Doc]) -> Iterator[Doc]:
        ner_docs = list(self.nlp.pipe(docs, batch_size=self.batch_size, disable=self._ner_only))
        lines = [_line_spans(doc) for doc in ner_docs]
        wanted = [[(s, e) for s, e in spans if any(t.lower_ in self._forms for t in doc[s:e])]
                  for doc, spans in zip(ner_docs, lines)]
        subs = [_candidate_doc(doc, chosen) for doc, chosen in zip(ner_docs, wanted)]
        parsed = iter(self.nlp.pipe((sub for sub, _ in subs if len(sub)), batch_size=self.batch_size,
                                    disable=self._parse_only))
        for doc, spans, (sub, index) in zip(ner_docs, lines, subs):
            _merge_parse(doc, spans, next(parsed) if len(sub) else sub, index)
            yield self._events(doc)


def make_doc(nlp: Language, norm: NormalizedText, published: dt.date | None = None) -> Doc:
    """The Doc of a normalized text, carrying what the components read beside the words: the
    publication date, the dateline's city and whether the case was restored (the entities
    component weighs lower case by it)."""
    from pipeline.nlp import entities, events

    doc = nlp.make_doc(norm.text)
    doc.user_data[events.PUBLISHED_KEY] = published
    doc.user_data[events.DATELINE_KEY] = norm.dateline.city if norm.dateline else None
    doc.user_data[entities.CASING_KEY] = norm.casing
    return doc


def _candidate_doc(doc: Doc, chosen: list[tuple[int, int]]) -> tuple[Doc, list[int]]:
    """One Doc of an article's candidate lines, in order, each line its own preset sentence (the
    parser respects preset boundaries, so no arc crosses lines); ``index`` maps its tokens back."""
    from spacy.tokens import Doc as SpacyDoc

    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | int | None] = []
    index: list[int] = []
    for s, e in chosen:
        for tok in doc[s:e]:
            starts.append(True if tok.i == s else None)
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            index.append(tok.i)
    return SpacyDoc(doc.vocab, words=words, spaces=spaces, sent_starts=starts), index


def _line_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines (our input holds one sentence per line); a line's
    trailing newline token stays with it."""
    spans, start = [], 0
    for tok in doc:
        if "\n" in tok.text:
            spans.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        spans.append((start, len(doc)))
    return spans


def _merge_parse(doc: Doc, lines: list[tuple[int, int]], parsed: Doc, index: list[int]) -> None:
    """Copy tags, POS, lemmas and dependency trees of the parsed candidate lines into ``doc``;
    lines that were not parsed become one flat tree each (their first token the root), so
    sentence boundaries stay the lines."""
    import numpy as np
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [TAG, POS, DEP, HEAD, LEMMA]
    arr = np.zeros((len(doc), len(attrs)), dtype="uint64")
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    for s, e in lines:
        arr[s, 2] = root
        arr[s + 1:e, 2] = dep
        arr[s + 1:e, 3] = (s - np.arange(s + 1, e, dtype="int64")).astype("uint64")
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
    grouping = doc._.entities
    by_index = {e.index: e for e in grouping.entities} if grouping is not None else {}
    extra: dict[tuple[str, str], int] = {}
    counts: dict[tuple[str, str], int] = {}
    firsts: dict[tuple[str, str], int] = {}
    for ent in doc.ents:
        key = (ent.label_, ent.text.lower())
        counts[key] = counts.get(key, 0) + 1
        firsts.setdefault(key, ent.start_char)
    out = []
    for ent in doc.ents:
        raw_start, raw_end = norm.to_raw(ent.start_char, ent.end_char)
        idx = grouping.entity_index_at(ent.start_char, ent.end_char) if grouping is not None else None
        if idx is not None and idx in by_index and _grouping_label(by_index[idx].label) == _grouping_label(ent.label_):
            g = by_index[idx]
            link = g.link
            title = next((m.title for m in g.mentions if m.start == ent.start_char), None)
            out.append(EntityMention(
                ent.text, ent.label_, ent.start_char, ent.end_char, raw_start, raw_end, idx, g.canonical, g.country,
                g.mention_count, g.first_start, g.key, title, link.actor_id if link else None,
                link.match if link else None, link.kind if link else None, g.sector,
                link.role_code if link else None, link.role_status if link else None, g.country_source))
            continue
        key = (ent.label_, ent.text.lower())
        if key not in extra:
            extra[key] = len(by_index) + len(extra)
        out.append(EntityMention(ent.text, ent.label_, ent.start_char, ent.end_char, raw_start, raw_end, extra[key],
                                 ent.text, None, counts[key], firsts[key], f"{ent.label_}:{_plain_key(ent.text)}"))
    return out


def _plain_key(text: str) -> str:
    from pipeline.nlp.actors import name_key

    return name_key(text) or text.lower()


def _grouping_label(label: str) -> str:
    return "GPE" if label == "LOC" else label


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
    (``*_entity_index``) that :func:`event_rows` turns into entity ids."""
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


def entity_id(article_id: str, index: int | None) -> str | None:
    return None if index is None else f"{article_id}-e{index}"


def entity_rows(article_id: str, e: Enriched, model_version_: str) -> list[dict[str, Any]]:
    """Rows of the ``entities`` table for one article."""
    return [{
        "article_id": article_id, "entity_id": entity_id(article_id, m.entity_index), "mention_index": i,
        "text": m.text, "label": m.label, "start": m.start, "end": m.end, "raw_start": m.raw_start,
        "raw_end": m.raw_end, "canonical_name": m.canonical_name, "country_code": m.country_code,
        "mention_count": m.mention_count, "first_start": m.first_start, "model_version": model_version_,
        "entity_key": m.entity_key, "title": m.title, "actor_id": m.actor_id, "actor_link": m.actor_link,
        "actor_kind": m.actor_kind, "sector": m.sector, "role_code": m.role_code, "role_status": m.role_status,
        "country_source": m.country_source,
    } for i, m in enumerate(e.entities)]


def event_rows(article_id: str, e: Enriched, model_version_: str) -> list[dict[str, Any]]:
    """Rows of the ``events`` table for one article."""
    rows = []
    for j, ev in enumerate(e.events):
        row = {k: v for k, v in ev.items() if not k.endswith("_entity_index")}
        row.update(article_id=article_id, event_id=f"{article_id}-v{j}", model_version=model_version_,
                   source_entity_id=entity_id(article_id, ev["source_entity_index"]),
                   target_entity_id=entity_id(article_id, ev["target_entity_index"]))
        rows.append(row)
    return rows


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
