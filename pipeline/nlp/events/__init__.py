"""PLOVER event extraction over spaCy's dependency parse: who did what to whom, when and where.

The spaCy component ``wirelake_events_v1`` (spaCy forbids "." in factory names) fills
``Doc._.events`` (a list of :class:`Event`) and ``Doc._.entities`` (an
:class:`~pipeline.nlp.entities.EntityGrouping`). It needs the tagger, lemmatizer and parser (and
NER for entity links). Article context comes in through ``doc.user_data``:

* ``"wirelake.published"``: publication date (``datetime.date``, ``datetime.datetime`` or ISO
  string); relative dates ("on Monday") and the background flag are resolved against it;
* ``"wirelake.dateline_city"``: dateline city ("Moscow"), the fallback event location;
* ``"wirelake.entities"``: a precomputed ``EntityGrouping``; computed from ``doc.ents`` if absent.

Modules: :mod:`.lexicon` (data files), :mod:`.syntax` (parse helpers), :mod:`.triggers`
(predicates), :mod:`.roles` (source and target words), :mod:`.actors` (actor phrases, knowledge
base, countries, coreference), :mod:`.attributes` (mode, speaker, place, date, background),
:mod:`.extract` (events from triggers), :mod:`.component` (the spaCy component). See docs/events.md.
"""

from pipeline.nlp.events.component import (
    DATELINE_KEY,
    ENTITIES_KEY,
    HOME_KEY,
    EventExtractor,
    TriggerGate,
    gate_by_id,
    load_pipeline,
    make_event_extractor,
    trigger_forms,
    trigger_gate,
)
from pipeline.nlp.events.extract import (
    COMPONENT_NAME,
    EXTRACTOR_NAME,
    PUBLISHED_KEY,
    TEXT_KEY,
    extract_events,
    extractor_version,
)
from pipeline.nlp.events.lexicon import cameo_to_plover, load_lexicon
from pipeline.nlp.events.syntax import DATELINE_SPAN_KEY
from pipeline.nlp.events.types import MODES, Actor, Event, EventsInputError

__all__ = [
    "DATELINE_SPAN_KEY",
    "COMPONENT_NAME",
    "DATELINE_KEY",
    "ENTITIES_KEY",
    "HOME_KEY",
    "EXTRACTOR_NAME",
    "MODES",
    "PUBLISHED_KEY",
    "TEXT_KEY",
    "Actor",
    "Event",
    "EventExtractor",
    "EventsInputError",
    "cameo_to_plover",
    "extract_events",
    "extractor_version",
    "load_lexicon",
    "load_pipeline",
    "gate_by_id",
    "make_event_extractor",
    "trigger_forms",
    "trigger_gate",
    "TriggerGate",
]
