"""Enrichment: normalize raw text, run spaCy, and turn the Doc into entity and event records.

The same function serves the pipeline (Parquet rows), the ``wirelake enrich`` command (JSON
Lines) and the benchmarks, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from pipeline.nlp.model import load_model, model_version
from pipeline.text import NormalizedText, normalize_many

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class EntityMention:
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


@dataclass
class Enriched:
    norm: NormalizedText
    entities: list[EntityMention]
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class EnrichInput:
    text: str
    published: dt.date | None = None


class Enricher:
    """Holds a loaded model and turns raw article texts into :class:`Enriched` results."""

    def __init__(self, model: str, *, batch_size: int = 64) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size
        self.version = model_version(self.nlp)

    @property
    def disabled(self) -> list[str]:
        """Components nothing reads yet (entities need only NER, which has its own encoder)."""
        return [p for p in self.nlp.pipe_names if p != "ner"]

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        items = list(items) if not isinstance(items, list) else items
        norms = list(normalize_many((i.text for i in items), batch_size=self.batch_size))
        docs = self.nlp.pipe((n.text for n in norms), batch_size=self.batch_size, disable=self.disabled)
        for norm, doc in zip(norms, docs):
            yield Enriched(norm=norm, entities=entity_mentions(doc, norm))


def entity_mentions(doc: Doc, norm: NormalizedText) -> list[EntityMention]:
    """Entity mentions of ``doc`` with offsets in normalized and raw text, grouped by surface form."""
    groups: dict[tuple[str, str], int] = {}
    out = []
    for ent in doc.ents:
        text = ent.text.strip()
        if not text:
            continue
        key = (ent.label_, text.lower())
        idx = groups.setdefault(key, len(groups))
        raw_start, raw_end = norm.to_raw(ent.start_char, ent.end_char)
        out.append(EntityMention(text, ent.label_, ent.start_char, ent.end_char, raw_start, raw_end, idx))
    counts: dict[int, int] = {}
    first: dict[int, EntityMention] = {}
    for m in out:
        counts[m.entity_index] = counts.get(m.entity_index, 0) + 1
        first.setdefault(m.entity_index, m)
    for m in out:
        m.mention_count = counts[m.entity_index]
        m.first_start = first[m.entity_index].start
        m.canonical_name = first[m.entity_index].text
    return out


def to_json(record_id: Any, e: Enriched) -> dict[str, Any]:
    """The ``wirelake enrich`` output record."""
    d = e.norm.dateline
    return {
        "id": record_id,
        "text": e.norm.text,
        "casing": e.norm.casing,
        "dateline": None if d is None else {"city": d.city, "agency": d.agency, "text": d.text, "start": d.start, "end": d.end},
        "entities": [
            {k: v for k, v in asdict(m).items() if k in ("text", "label", "start", "end", "raw_start", "raw_end",
                                                         "canonical_name", "country_code")}
            | {"entity_index": m.entity_index}
            for m in e.entities
        ],
        "events": e.events,
    }
