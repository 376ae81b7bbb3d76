"""TokenRules.of stands aside (the stock components run) when a ruler pattern uses a feature it
does not implement, or the lemmatizer is not the rule lemmatizer it mirrors."""

from __future__ import annotations

import spacy

from pipeline.nlp.token_rules import TokenRules


def _blank(patterns: list[dict[str, object]], mode: str = "rule") -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    nlp.add_pipe("lemmatizer", config={"mode": mode})
    return nlp


def test_known_pattern_features_are_taken() -> None:
    nlp = _blank([{"patterns": [[{"TAG": {"IN": ["VBZ"]}, "LOWER": "gets"}], [{"LOWER": {"REGEX": "^x"}}]],
                   "attrs": {"LEMMA": "get"}}])
    assert TokenRules.of(nlp) is not None


def test_a_quantifier_is_left_to_the_stock_ruler() -> None:
    nlp = _blank([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    assert TokenRules.of(nlp) is None


def test_another_attribute_is_left_to_the_stock_ruler() -> None:
    nlp = _blank([{"patterns": [[{"SHAPE": "dd"}]], "attrs": {"POS": "NUM"}}])
    assert TokenRules.of(nlp) is None


def test_a_lookup_lemmatizer_is_left_to_spacy() -> None:
    nlp = _blank([{"patterns": [[{"LOWER": "got"}]], "attrs": {"LEMMA": "get"}}], mode="lookup")
    assert TokenRules.of(nlp) is None
