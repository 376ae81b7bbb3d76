"""Round 16: parse repairs and classes the CAMEO-code probe set R (written from the CAMEO -> PLOVER
table) showed missing. One sentence of its own (written for this file, not taken from any
evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a sentence the parser reads as one noun phrase: its past-tense verb, or a participle with a
    # "that" clause, is the verb and the noun its subject (``syntax.repair_noun_roots``)
    ("The Kenyan opposition charged on Wednesday that the government had rigged the parliamentary elections.",
     "DISAPPROVE", "opposition", "government"),
    ("Serbian opposition leaders charged on Sunday that the police had beaten protesters in Belgrade.",
     "DISAPPROVE", "opposition", "police"),
    # a phrasal verb's object the parser hung on its particle (``syntax.repair_particle_objects``)
    ("A Sikh militant gunned down a senior police officer outside his home in Amritsar on Monday.", "ASSAULT",
     "militant", "police officer"),
]

# (sentence, type that must not be found)
NOTHING: list[tuple[str, str]] = []


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)
