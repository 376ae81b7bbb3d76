"""``syntax.relative_antecedent`` on hand-built parses, as the model reads lowercased wire text: the
noun a relative pronoun that is its clause's object (or its preposition's) stands for."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.nlp.events.syntax import relative_antecedent

_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, str, int, str]], ents: list[str] | None = None) -> Doc:
    """rows: (word, tag, head index, dep); ents: one IOB label per word."""
    words, tags, heads, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, tags=tags, heads=heads, deps=deps, ents=ents)


def test_object_pronoun_stands_for_the_noun_its_clause_modifies() -> None:
    # "the man whom police arrested was released ."
    doc = _doc([("the", "DT", 1, "det"), ("man", "NN", 6, "nsubjpass"), ("whom", "WP", 4, "dobj"),
                ("police", "NNS", 4, "nsubj"), ("arrested", "VBN", 1, "relcl"), ("was", "VBD", 6, "auxpass"),
                ("released", "VBN", 6, "ROOT"), (".", ".", 6, "punct")])
    assert relative_antecedent(doc[2]) == doc[1]


def test_preposition_object_pronoun_stands_for_the_noun() -> None:
    # "the envoy , with whom she met , left ."
    doc = _doc([("the", "DT", 1, "det"), ("envoy", "NN", 8, "nsubj"), (",", ",", 1, "punct"),
                ("with", "IN", 6, "prep"), ("whom", "WP", 3, "pobj"), ("she", "PRP", 6, "nsubj"),
                ("met", "VBD", 1, "relcl"), (",", ",", 1, "punct"), ("left", "VBD", 8, "ROOT"),
                (".", ".", 8, "punct")])
    assert relative_antecedent(doc[4]) == doc[1]


def test_subject_pronoun_and_other_words_have_none() -> None:
    # "the envoy who met her left ."
    doc = _doc([("the", "DT", 1, "det"), ("envoy", "NN", 5, "nsubj"), ("who", "WP", 3, "nsubj"),
                ("met", "VBD", 1, "relcl"), ("her", "PRP", 3, "dobj"), ("left", "VBD", 5, "ROOT"),
                (".", ".", 5, "punct")])
    assert relative_antecedent(doc[2]) is None  # (a subject "who" is read by ``roles.subject``)
    assert relative_antecedent(doc[4]) is None


def test_which_stands_for_no_person() -> None:
    # "the request of birger , which the psychiatrist rejected , was reported ." with the clause hung on the name
    doc = _doc([("the", "DT", 1, "det"), ("request", "NN", 11, "nsubjpass"), ("of", "IN", 1, "prep"),
                ("birger", "NNP", 2, "pobj"), (",", ",", 3, "punct"), ("which", "WDT", 8, "dobj"),
                ("the", "DT", 7, "det"), ("psychiatrist", "NN", 8, "nsubj"), ("rejected", "VBD", 3, "relcl"),
                (",", ",", 3, "punct"), ("was", "VBD", 11, "auxpass"), ("reported", "VBN", 11, "ROOT"),
                (".", ".", 11, "punct")],
               ents=["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert relative_antecedent(doc[5]) is None
