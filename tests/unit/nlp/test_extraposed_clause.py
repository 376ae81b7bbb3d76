"""``syntax.extraposed_clause`` on hand-built parses, as the model reads lowercased wire text: the clause
an expletive "it" stands for, and none for a referring "it"."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.nlp.events.syntax import extraposed_clause

_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """rows: (word, lemma, tag, head index, dep)."""
    words, lemmas, tags, heads, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, lemmas=lemmas, tags=tags, heads=heads, deps=deps)


def test_a_that_clause_on_the_predicate_is_what_it_stands_for() -> None:
    # "it was regrettable that the opposition boycotted it ."
    doc = _doc([("it", "it", "PRP", 1, "nsubj"), ("was", "be", "VBD", 1, "ROOT"), ("regrettable", "regrettable", "JJ", 1,
                "acomp"), ("that", "that", "IN", 6, "mark"), ("the", "the", "DT", 5, "det"), ("opposition", "opposition",
                "NN", 6, "nsubj"), ("boycotted", "boycott", "VBD", 1, "ccomp"), ("it", "it", "PRP", 6, "dobj"),
                (".", ".", ".", 1, "punct")])
    assert extraposed_clause(doc[0]) == doc[6]


def test_an_infinitive_on_the_copula_is_what_it_stands_for() -> None:
    # "it is unacceptable to raise taxes ."
    doc = _doc([("it", "it", "PRP", 1, "nsubj"), ("is", "be", "VBZ", 1, "ROOT"), ("unacceptable", "unacceptable", "JJ",
                1, "acomp"), ("to", "to", "TO", 4, "aux"), ("raise", "raise", "VB", 1, "xcomp"), ("taxes", "tax", "NNS",
                4, "dobj"), (".", ".", ".", 1, "punct")])
    assert extraposed_clause(doc[0]) == doc[4]


def test_a_passive_of_saying_stands_for_its_clause() -> None:
    # "it is alleged that the suspect fled ."
    doc = _doc([("it", "it", "PRP", 2, "nsubjpass"), ("is", "be", "VBZ", 2, "auxpass"), ("alleged", "allege", "VBN", 2,
                "ROOT"), ("that", "that", "IN", 6, "mark"), ("the", "the", "DT", 5, "det"), ("suspect", "suspect", "NN", 6,
                "nsubj"), ("fled", "flee", "VBD", 2, "ccomp"), (".", ".", ".", 2, "punct")])
    assert extraposed_clause(doc[0]) == doc[6]


def test_a_referring_it_stands_for_no_clause() -> None:
    # "it was prepared to take action ." (the infinitive hangs on the predicate: the party is prepared)
    doc = _doc([("it", "it", "PRP", 1, "nsubj"), ("was", "be", "VBD", 1, "ROOT"), ("prepared", "prepared", "JJ", 1,
                "acomp"), ("to", "to", "TO", 4, "aux"), ("take", "take", "VB", 2, "xcomp"), ("action", "action", "NN", 4,
                "dobj"), (".", ".", ".", 1, "punct")])
    assert extraposed_clause(doc[0]) is None
    # "it said that the talks failed ." (no copula, no passive)
    doc = _doc([("it", "it", "PRP", 1, "nsubj"), ("said", "say", "VBD", 1, "ROOT"), ("that", "that", "IN", 5, "mark"),
                ("the", "the", "DT", 4, "det"), ("talks", "talk", "NNS", 5, "nsubj"), ("failed", "fail", "VBD", 1,
                "ccomp"), (".", ".", ".", 1, "punct")])
    assert extraposed_clause(doc[0]) is None
