"""PLOVER event extraction on small real sentences through the shipped spaCy model (the events
component after the model's parse)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.events import (
    DATELINE_KEY,
    PUBLISHED_KEY,
    Event,
    load_pipeline,
)

MODEL = DEFAULT_MODEL  # the shipped model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL)  # cached per process: one load for the whole session


def run(nlp: Language, text: str, **user_data: object) -> list[Event]:
    doc = nlp.make_doc(text)
    doc.user_data.update(user_data)
    return nlp(doc)._.events


def by_type(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger_text) for e in events]}"
    return found[0]


def test_talks_with(nlp: Language) -> None:
    event = by_type(run(nlp, "The Egyptian foreign minister held talks with Israeli officials in Cairo."), "CONSULT")
    assert event.trigger_text == "held talks"
    assert event.source is not None and event.source.country == "EGY" and event.source.sector == "GOV"
    assert event.target is not None and event.target.country == "ISR"
    assert (event.location_text, event.location_country, event.location_reason) == ("Cairo", "EGY", "sentence")


def test_passive_with_agent(nlp: Language) -> None:
    event = by_type(run(nlp, "Two villagers were killed by rebels on Sunday."), "ASSAULT")
    assert event.source is not None and event.source.text == "rebels"
    assert event.target is not None and "villagers" in event.target.text

@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Israel may impose sanctions on Iran.", "hypothetical"),
        ("Russia did not attack the convoy.", "negated"),
        ("Police arrested 20 protesters, officials said.", "asserted"),
        ("Officials said that police arrested 20 protesters.", "asserted"),
        ("Police arrested 20 protesters in Lagos.", "asserted"),
        ("Israel will impose sanctions on Iran.", "future"),
    ],
)


def test_modes(nlp: Language, text: str, mode: str) -> None:
    events = run(nlp, text)
    assert events and events[0].mode == mode


def test_pronoun_resolved_inside_sentence(nlp: Language) -> None:
    event = by_type(run(nlp, "Hungary said it will support the United Nations resolution."), "SUPPORT")
    assert event.source is not None and event.source.text == "it" and event.source.resolved == "Hungary"
    assert event.source.country == "HUN" and event.mode == "future"


def test_dateline_fallback_and_date(nlp: Language) -> None:
    events = run(nlp, "The army shelled rebel positions yesterday.",
                 **{PUBLISHED_KEY: "2017-12-11", DATELINE_KEY: "Damascus"})  # fmt: skip
    event = by_type(events, "FIGHT")
    assert (event.location_text, event.location_country, event.location_reason) == ("Damascus", "SYR", "dateline")
    assert (event.event_date, event.date_expression) == (dt.date(2017, 12, 10), "yesterday")


def test_actor_links_to_entity_grouping(nlp: Language) -> None:
    doc = nlp("Vladimir Putin arrived in Damascus. Putin met Bashar al-Assad.")
    grouping = doc._.entities
    event = by_type(doc._.events, "CONSULT")
    consults = [e for e in doc._.events if e.event_type == "CONSULT" and e.trigger_text == "met"]
    assert consults and consults[0].source is not None
    index = consults[0].source.entity_index
    assert index is not None and grouping.entities[index].canonical == "Vladimir Putin"
    assert event.source is not None and event.source.entity_index == index


def test_sentence_index_is_the_input_line_of_the_trigger(nlp: Language) -> None:
    """Wire input holds one sentence per line; a line the parser splits in two keeps one index, so
    the index names the same line whichever lines the Enricher chose to parse."""
    doc = nlp("Markets were calm on Monday.\nThe rebels shelled the town. Later the army attacked the rebels.")
    assert len(list(doc.sents)) == 3
    assert [(e.event_type, e.sentence_index) for e in doc._.events] == [("FIGHT", 1), ("FIGHT", 1)]
