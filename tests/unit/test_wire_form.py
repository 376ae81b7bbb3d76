"""The events benchmark turns cased gold sentences into the wire form our feeds deliver."""

from __future__ import annotations

import spacy

from benchmarks.eval_events import wire_form

TOKENIZER = spacy.blank("en").tokenizer


def test_hyphens_inside_words_stay_as_the_feeds_keep_them() -> None:
    # samples/reuters-putin-syria.txt: "re-elected", "iran-backed", "al-assad", but "moscow ( reuters ) - president"
    assert wire_form("Opposition leaders said complaints must be re-examined.", TOKENIZER) == (
        "opposition leaders said complaints must be re-examined ."
    )
    assert wire_form("the Iran-backed militia and a U.S.-led coalition", TOKENIZER) == (
        "the iran-backed militia and a u.s.-led coalition"
    )
    assert wire_form("a 22-year-old man", TOKENIZER) == "a 22-year-old man"


def test_dashes_between_words_stay_apart() -> None:
    assert wire_form("MOSCOW (Reuters) - President Putin flew into Syria - his first visit.", TOKENIZER) == (
        "moscow ( reuters ) - president putin flew into syria - his first visit ."
    )


def test_quotes_go_and_apostrophes_become_spaces() -> None:
    assert wire_form("\u201cRussia's troops,\u201d he said.", TOKENIZER) == "russia s troops , he said ."
