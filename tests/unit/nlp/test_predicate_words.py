"""``triggers._predicate_words`` on hand-built parses, as the model reads lowercased wire text: the words
of a reported clause that say what it asserts."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.nlp.events.lexicon import load_lexicon
from pipeline.nlp.events.triggers import _predicate_words

_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """rows: (word, lemma, pos, head index, dep)."""
    words, lemmas, pos, heads, deps = (list(col) for col in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps)


def test_noun_coordinated_with_a_verb_is_no_predicate_word() -> None:
    # "we are working on threats , fight against terrorism or crime": the parser hung the list's last
    # item "crime" on the verb "fight" as its conjunct
    doc = _doc([("we", "we", "PRON", 2, "nsubj"), ("are", "be", "AUX", 2, "aux"), ("working", "work", "VERB", 2, "ROOT"),
                ("on", "on", "ADP", 2, "prep"), ("threats", "threat", "NOUN", 3, "pobj"), (",", ",", "PUNCT", 2, "punct"),
                ("fight", "fight", "VERB", 2, "advcl"), ("against", "against", "ADP", 6, "prep"),
                ("terrorism", "terrorism", "NOUN", 7, "pobj"), ("or", "or", "CCONJ", 6, "cc"),
                ("crime", "crime", "NOUN", 6, "conj")])
    words = [w.text for w in _predicate_words(doc[2], load_lexicon())]
    assert "crime" not in words and "fight" in words, words


def test_verb_coordinated_with_a_verb_stays() -> None:
    # "they attacked the village and killed the chief": a second predicate of the clause stays
    doc = _doc([("they", "they", "PRON", 1, "nsubj"), ("attacked", "attack", "VERB", 1, "ROOT"),
                ("the", "the", "DET", 3, "det"), ("village", "village", "NOUN", 1, "dobj"),
                ("and", "and", "CCONJ", 1, "cc"), ("killed", "kill", "VERB", 1, "conj"),
                ("the", "the", "DET", 7, "det"), ("chief", "chief", "NOUN", 5, "dobj")])
    words = [w.text for w in _predicate_words(doc[1], load_lexicon())]
    assert "killed" in words and "chief" in words, words
