"""Round 57: names the article defines and then shortens, through the production path (``Enricher``:
lowercased wire text, normalizer, NER, events). Each text, in wire form (tokenized, one sentence a line), is
written for this file (test country Tajikistan / Dushanbe), not taken from any evaluation or probe set."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher, EnrichInput
from tests.support.events import assert_finds


def _entities(enricher: Enricher, text: str) -> list[tuple[str, str, str | None]]:
    (result,) = enricher.enrich([EnrichInput(text.lower(), None)])
    return [(m.text, m.label, m.country_code) for m in result.entities]


def test_acronym_after_an_article_is_the_party(enricher: Enricher) -> None:
    """An acronym the article defined, after "the", is the body ("the sit arrested": the lexicon
    prefers "sit" lower-case; pipeline/text/acronyms.py ``acronym_articles``)."""
    text = ("the special investigation team ( sit ) was formed in dushanbe last month .\n"
            "the sit arrested two customs officers on friday .")
    assert_finds(enricher, text, "COERCE", "sit", "customs officers")


def test_part_of_a_name_recurs_as_the_name(enricher: Enricher) -> None:
    """A rare word of a name given in full at a sentence start is the name where it recurs alone
    (pipeline/text/names.py ``carry_names``)."""
    text = ("huat wooi keng , the founder of a dushanbe trading firm , was detained on monday .\n"
            "in 2019 , tajik prosecutors charged huat with fraud .")
    (result,) = enricher.enrich([EnrichInput(text, None)])
    assert "prosecutors charged Huat with fraud" in result.norm.text


def test_acronym_of_a_name_after_its_first_word_is_that_body(enricher: Enricher) -> None:
    """An acronym that leaves out the name's first word ("the Tajik Committee for Agricultural Reform
    (CAR)") takes the name's label and is the same entity (pipeline/nlp/entities.py ``_abbreviates``,
    ``_same_entity``): no Central African Republic."""
    text = ("the tajik committee for agricultural reform ( car ) met the agriculture minister in dushanbe .\n"
            "the car wants an easing of the export rules .")
    cars = [(label, country) for t, label, country in _entities(enricher, text) if t == "CAR"]
    assert cars and all(c == ("ORG", "TJK") for c in cars), cars
    # ... and the body's demand is the Tajik committee's (events/actors.py ``_link``: the acronym names no country)
    (result,) = enricher.enrich([EnrichInput(text, None)])
    demands = [e for e in result.events if e["event_type"] == "DEMAND"]
    assert demands and demands[0]["source_country"] == "TJK", demands
