"""Round 9 (plover.v2.9): event types that generalise, by class of expression. One sentence of its
own (written for this file, not taken from any evaluation set) for each lexicon entry and rule; run
through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate
parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.enrich import Enricher
from tests.support.events import events, name


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher(DEFAULT_MODEL)


# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # directing another party to act: tell / instruct / direct / command X to do (directive_verbs)
    ("The president told the army to return to its barracks, a spokesman said.", "DEMAND", "president", "army"),
    ("A court in Nairobi told the government to reinstate the sacked judges.", "DEMAND", "court", "government"),
    ("Nigeria's president instructed the police to arrest the culprits.", "DEMAND", "president", "police"),
    ("The junta directed all foreign journalists to leave the country within 48 hours.", "DEMAND", "junta",
     "journalists"),
    ("The general commanded his troops to withdraw from the border town.", "DEMAND", "general", ""),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    found = events(enricher, text)
    wanted = [e for e in found if e["event_type"] == event_type and source in name(e, "source")
              and target in name(e, "target")]  # fmt: skip
    assert wanted, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target"), e["mode"]) for e in found]


# sentences of the same words that hold no event of the class
NOTHING = [
    ("The minister told reporters that the talks had failed.", "DEMAND"),
    ("The spokesman told Reuters he expected a decision next week.", "DEMAND"),
    ("She directed the film in 1998.", "DEMAND"),
    ("The colonel commanded the brigade for three years.", "DEMAND"),
    ("He told the story to his children.", "DEMAND"),
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING, ids=[t[0][:40] for t in NOTHING])
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    found = [e for e in events(enricher, text) if e["event_type"] == event_type]
    assert not found, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target")) for e in found]


def test_tell_absorbs_its_infinitive_instruct_leaves_it_hypothetical(enricher: Enricher) -> None:
    """"told X to halt": the demand is coded, not its content (as "urged"); "instructed X to arrest"
    is a causative like "ordered": the act stays, hypothetical."""
    told = events(enricher, "Washington told Israel to halt settlement construction in the West Bank.")
    assert [e["event_type"] for e in told] == ["DEMAND"], told
    instructed = events(enricher, "The president instructed the police to arrest the culprits.")
    assert {e["event_type"] for e in instructed} == {"DEMAND", "COERCE"}, instructed
    assert [e["mode"] for e in instructed if e["event_type"] == "COERCE"] == ["hypothetical"]
