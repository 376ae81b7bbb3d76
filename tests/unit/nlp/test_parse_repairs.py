"""The extractor's parse repairs (``syntax.repair_perfect_participles``, ``repair_subordinator_objects`` ...,
``syntax.reattach_duration_preps``) on hand-built parses: the parser's reading of the sentence, as
the model gives it on lowercased wire text, and the reading the repair must leave."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.nlp.events.syntax import (
    reattach_duration_preps,
    repair_adjectival_verbs,
    repair_adverbial_subjects,
    repair_auxiliary_subjects,
    repair_fronted_conjuncts,
    repair_noun_roots,
    repair_particle_objects,
    repair_perfect_participles,
    repair_subordinator_objects,
)

_VOCAB = spacy.blank("en").vocab  # (its lexical attributes: lower case)


def _doc(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """rows: (word, tag, head index, dep, lemma)."""
    words, tags, heads, deps, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(_VOCAB, words=words, tags=tags, heads=heads, deps=deps, lemmas=lemmas,
               pos=["VERB" if t.startswith("VB") else "NOUN" for t in tags])


def test_perfect_participle_read_as_an_adjective_becomes_the_verb() -> None:
    # "state radio said the junta had relaxed restrictions on rallies ." as the parser reads it
    doc = _doc([("state", "NN", 1, "compound", "state"), ("radio", "NN", 2, "nsubj", "radio"),
                ("said", "VBD", 2, "ROOT", "say"), ("the", "DT", 4, "det", "the"),
                ("junta", "NNP", 5, "nsubj", "junta"), ("had", "VBD", 2, "ccomp", "have"),
                ("relaxed", "VBN", 7, "amod", "relax"), ("restrictions", "NNS", 5, "dobj", "restriction"),
                ("on", "IN", 7, "prep", "on"), ("rallies", "NNS", 8, "pobj", "rally"), (".", ".", 2, "punct", ".")])
    repair_perfect_participles(doc)
    relaxed = doc[6]
    assert (relaxed.dep_, relaxed.head.i) == ("ccomp", 2)
    assert (doc[5].dep_, doc[5].head.i) == ("aux", 6)
    assert (doc[7].dep_, doc[7].head.i) == ("dobj", 6)
    assert doc[4].head.i == 6  # the subject follows the verb
    assert len(list(doc.sents)) == 1


def test_perfect_participle_as_the_root() -> None:
    # "rwanda has concentrated troops ." with "has" the root
    doc = _doc([("rwanda", "NNP", 1, "nsubj", "rwanda"), ("has", "VBZ", 1, "ROOT", "have"),
                ("concentrated", "VBN", 3, "amod", "concentrate"), ("troops", "NNS", 1, "dobj", "troop"),
                (".", ".", 1, "punct", ".")])
    repair_perfect_participles(doc)
    assert doc[2].dep_ == "ROOT" and doc[2].head == doc[2]
    assert [c.i for c in doc[2].children] == [0, 1, 3, 4]


def test_an_adjective_after_have_is_left_alone() -> None:
    # "the army has armed men ." : "armed" tagged JJ, a real adjective
    doc = _doc([("the", "DT", 1, "det", "the"), ("army", "NN", 2, "nsubj", "army"), ("has", "VBZ", 2, "ROOT", "have"),
                ("armed", "JJ", 4, "amod", "armed"), ("men", "NNS", 2, "dobj", "man"), (".", ".", 2, "punct", ".")])
    repair_perfect_participles(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[2].dep_) == ("amod", 4, "ROOT")


def test_party_on_a_duration_moves_to_the_verb() -> None:
    # "primakov conferred for two hours with aziz ."
    doc = _doc([("primakov", "NNP", 1, "nsubj", "primakov"), ("conferred", "VBD", 1, "ROOT", "confer"),
                ("for", "IN", 1, "prep", "for"), ("two", "CD", 4, "nummod", "two"), ("hours", "NNS", 2, "pobj", "hour"),
                ("with", "IN", 4, "prep", "with"), ("aziz", "NNP", 5, "pobj", "aziz"), (".", ".", 1, "punct", ".")])
    reattach_duration_preps(doc, frozenset({"hour"}), frozenset({"with"}))
    assert doc[5].head.i == 1


def test_other_prepositions_on_a_duration_stay() -> None:
    # "they talked for two hours of the war ." : "of" is not a party preposition
    doc = _doc([("they", "PRP", 1, "nsubj", "they"), ("talked", "VBD", 1, "ROOT", "talk"), ("for", "IN", 1, "prep", "for"),
                ("two", "CD", 4, "nummod", "two"), ("hours", "NNS", 2, "pobj", "hour"), ("of", "IN", 4, "prep", "of"),
                ("war", "NN", 5, "pobj", "war"), (".", ".", 1, "punct", ".")])
    reattach_duration_preps(doc, frozenset({"hour"}), frozenset({"with"}))
    assert doc[5].head.i == 4


def test_subject_on_an_auxiliary_moves_to_its_verb() -> None:
    # "the council had relaxed curbs ." with "council" hung on "had"
    doc = _doc([("the", "DT", 1, "det", "the"), ("council", "NNP", 2, "nsubj", "council"), ("had", "VBD", 3, "aux", "have"),
                ("relaxed", "VBN", 3, "ROOT", "relax"), ("curbs", "NNS", 3, "dobj", "curb"), (".", ".", 3, "punct", ".")])
    repair_auxiliary_subjects(doc)
    assert doc[1].head.i == 3


def test_a_by_phrase_of_place_on_an_active_verb_is_no_agent() -> None:
    # "... and gunned them down by the roadside": the parser labels "by" an agent of the active verb
    from pipeline.nlp.events.syntax import agent

    doc = _doc([("militants", "NNS", 1, "nsubj", "militant"), ("stopped", "VBD", 1, "ROOT", "stop"),
                ("the", "DT", 3, "det", "the"), ("bus", "NN", 1, "dobj", "bus"), ("and", "CC", 1, "cc", "and"),
                ("gunned", "VBD", 1, "conj", "gun"), ("them", "PRP", 5, "dobj", "they"), ("down", "RP", 5, "prt", "down"),
                ("by", "IN", 5, "agent", "by"), ("the", "DT", 10, "det", "the"), ("roadside", "NN", 8, "pobj", "roadside"),
                (".", ".", 1, "punct", ".")])
    assert agent(doc[5]) is None
    # a passive's agent stays: "the driver was shot by militants"
    passive = _doc([("the", "DT", 1, "det", "the"), ("driver", "NN", 3, "nsubjpass", "driver"),
                    ("was", "VBD", 3, "auxpass", "be"), ("shot", "VBN", 3, "ROOT", "shoot"), ("by", "IN", 3, "agent", "by"),
                    ("militants", "NNS", 4, "pobj", "militant"), (".", ".", 3, "punct", ".")])
    assert agent(passive[3]).text == "militants"


def test_a_second_subject_after_an_orphan_of_is_its_object() -> None:
    # "rioters demanding the resignation of president suharto torched shops ." as the truecased parse reads it
    from pipeline.nlp.events.syntax import repair_orphan_prepositions

    doc = _doc([("rioters", "NNS", 7, "nsubj", "rioter"), ("demanding", "VBG", 0, "acl", "demand"),
                ("the", "DT", 3, "det", "the"), ("resignation", "NN", 1, "dobj", "resignation"),
                ("of", "IN", 3, "prep", "of"), ("president", "NNP", 6, "compound", "president"),
                ("suharto", "NNP", 7, "nsubj", "suharto"), ("torched", "VBD", 7, "ROOT", "torch"),
                ("shops", "NNS", 7, "dobj", "shop"), (".", ".", 7, "punct", ".")])
    repair_orphan_prepositions(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("pobj", 4)
    assert [c.i for c in doc[7].children if c.dep_ == "nsubj"] == [0]


def _noun_root_doc(tag: str, clause_dep: str) -> Doc:
    # "the opposition charged on tuesday that marcos had fled ." read as one noun phrase
    return _doc([("the", "DT", 1, "det", "the"), ("opposition", "NN", 1, "ROOT", "opposition"),
                 ("charged", tag, 1, "acl", "charge"), ("on", "IN", 2, "prep", "on"),
                 ("tuesday", "NNP", 3, "pobj", "tuesday"), ("that", "IN", 8, "mark", "that"),
                 ("marcos", "NNP", 8, "nsubj", "marcos"), ("had", "VBD", 8, "aux", "have"),
                 ("fled", "VBN", 2, clause_dep, "flee"), (".", ".", 1, "punct", ".")])


@pytest.mark.parametrize(("tag", "clause_dep"), [("VBN", "ccomp"), ("VBN", "advcl"), ("VBD", "ccomp")])
def test_a_verb_hung_on_a_noun_root_becomes_the_root(tag: str, clause_dep: str) -> None:
    doc = _noun_root_doc(tag, clause_dep)
    repair_noun_roots(doc)
    charged = doc[2]
    assert charged.dep_ == "ROOT" and charged.head == charged
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 2)
    assert (doc[8].dep_, doc[8].head.i) == ("ccomp", 2)  # (a "that" clause labelled adverbial is its object)
    assert doc[9].head.i == 2  # the noun's dependents after the verb are the verb's
    assert len(list(doc.sents)) == 1


def test_a_passive_reduced_relative_stays_under_its_noun() -> None:
    # "five people arrested in romania ." (a headline: the participle has no clause of its own)
    doc = _doc([("five", "CD", 1, "nummod", "five"), ("people", "NNS", 1, "ROOT", "people"),
                ("arrested", "VBN", 1, "acl", "arrest"), ("in", "IN", 2, "prep", "in"),
                ("romania", "NNP", 3, "pobj", "romania"), (".", ".", 1, "punct", ".")])
    repair_noun_roots(doc)
    assert (doc[1].dep_, doc[2].dep_, doc[2].head.i) == ("ROOT", "acl", 1)


def test_a_particle_s_object_becomes_the_verb_s() -> None:
    # "a militant gunned down the officer ." with "officer" pobj of the particle "down"
    doc = _doc([("a", "DT", 1, "det", "a"), ("militant", "NN", 2, "nsubj", "militant"),
                ("gunned", "VBD", 2, "ROOT", "gun"), ("down", "RP", 2, "prt", "down"), ("the", "DT", 5, "det", "the"),
                ("officer", "NN", 3, "pobj", "officer"), (".", ".", 2, "punct", ".")])
    repair_particle_objects(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 2)


def test_a_past_tense_read_as_the_root_noun_s_modifier_becomes_the_verb() -> None:
    # "members of the front blocked rail lines into baku ." as the parser reads it: "blocked" amod
    # of the root "lines", "members" nmod of "lines"
    doc = _doc([("members", "NNS", 6, "nmod", "member"), ("of", "IN", 0, "prep", "of"), ("the", "DT", 3, "det", "the"),
                ("front", "NNP", 1, "pobj", "front"), ("blocked", "VBD", 6, "amod", "block"),
                ("rail", "NN", 6, "compound", "rail"), ("lines", "NNS", 6, "ROOT", "line"), ("into", "IN", 6, "prep", "into"),
                ("baku", "NNP", 7, "pobj", "baku"), (".", ".", 6, "punct", ".")])
    repair_adjectival_verbs(doc)
    blocked = doc[4]
    assert blocked.dep_ == "ROOT" and blocked.head == blocked
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 4)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 4)
    assert doc[9].head.i == 4 and doc[7].head.i == 6  # punctuation to the verb; "into Baku" stays on the noun
    assert len(list(doc.sents)) == 1


def test_an_adjective_before_the_root_noun_is_left_alone() -> None:
    # "a disputed election ." : "disputed" VBN, no past tense
    doc = _doc([("a", "DT", 2, "det", "a"), ("disputed", "VBN", 2, "amod", "dispute"),
                ("election", "NN", 2, "ROOT", "election"), (".", ".", 2, "punct", ".")])
    repair_adjectival_verbs(doc)
    assert (doc[1].dep_, doc[2].dep_) == ("amod", "ROOT")


def test_a_bare_noun_adverbial_before_a_subjectless_verb_is_its_subject() -> None:
    # "some 300,000 czechoslovaks packed the square ." with "czechoslovaks" npadvmod of "packed"
    doc = _doc([("some", "DT", 1, "quantmod", "some"), ("300,000", "CD", 2, "nummod", "300,000"),
                ("czechoslovaks", "NNPS", 3, "npadvmod", "czechoslovaks"), ("packed", "VBD", 3, "ROOT", "pack"),
                ("the", "DT", 5, "det", "the"), ("square", "NN", 3, "dobj", "square"), (".", ".", 3, "punct", ".")])
    repair_adverbial_subjects(doc)
    assert doc[2].dep_ == "nsubj"


def test_a_time_adverbial_is_no_subject() -> None:
    # "tuesday saw clashes ." with "tuesday" npadvmod of "saw": a date is no subject
    doc = _doc([("tuesday", "NNP", 1, "npadvmod", "tuesday"), ("saw", "VBD", 1, "ROOT", "see"),
                ("clashes", "NNS", 1, "dobj", "clash"), (".", ".", 1, "punct", ".")])
    doc.ents = [Span(doc, 0, 1, label="DATE")]
    repair_adverbial_subjects(doc)
    assert doc[0].dep_ == "npadvmod"


def test_a_conjunction_read_as_a_preposition_gives_its_object_back_as_subject() -> None:
    # "this comes as residents have accused ndlala ." with "residents" pobj of "as", "accused" advcl of "comes"
    doc = _doc([("this", "DT", 1, "nsubj", "this"), ("comes", "VBZ", 1, "ROOT", "come"), ("as", "IN", 1, "prep", "as"),
                ("residents", "NNS", 2, "pobj", "resident"), ("have", "VBP", 5, "aux", "have"),
                ("accused", "VBN", 1, "advcl", "accuse"), ("ndlala", "NNP", 5, "dobj", "ndlala"), (".", ".", 1, "punct", ".")])
    repair_subordinator_objects(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[2].dep_, doc[2].head.i) == ("nsubj", 5, "mark", 5)


def test_an_infinitive_after_a_preposition_s_object_keeps_its_parse() -> None:
    # "he spoke as host of the summit to welcome the guests ." : "to welcome" is no clause of "host"
    doc = _doc([("he", "PRP", 1, "nsubj", "he"), ("spoke", "VBD", 1, "ROOT", "speak"), ("as", "IN", 1, "prep", "as"),
                ("host", "NN", 2, "pobj", "host"), ("to", "TO", 5, "aux", "to"), ("welcome", "VB", 1, "advcl", "welcome"),
                ("guests", "NNS", 5, "dobj", "guest"), (".", ".", 1, "punct", ".")])
    repair_subordinator_objects(doc)
    assert (doc[3].dep_, doc[3].head.i, doc[2].dep_) == ("pobj", 2, "prep")


def test_a_subject_coordinated_with_a_fronted_phrase_s_noun_is_the_verb_s() -> None:
    # "regarding launches by korea , hayashi and park agreed ." with "hayashi" a conjunct of "korea"
    doc = _doc([("regarding", "VBG", 8, "prep", "regard"), ("launches", "NNS", 0, "pobj", "launch"),
                ("by", "IN", 1, "prep", "by"), ("korea", "NNP", 2, "pobj", "korea"), (",", ",", 3, "punct", ","),
                ("hayashi", "NNP", 3, "conj", "hayashi"), ("and", "CC", 5, "cc", "and"), ("park", "NNP", 5, "conj", "park"),
                ("agreed", "VBD", 8, "ROOT", "agree"), (".", ".", 8, "punct", ".")])
    doc[5].pos_ = doc[7].pos_ = doc[3].pos_ = "PROPN"
    repair_fronted_conjuncts(doc)
    assert (doc[5].dep_, doc[5].head.i, doc[7].head.i) == ("nsubj", 8, 5)


def test_a_conjunct_before_a_verb_with_a_subject_stays() -> None:
    # "after talks with kenya , uganda and the police , the army attacked ." : the verb has its subject
    doc = _doc([("after", "IN", 7, "prep", "after"), ("talks", "NNS", 0, "pobj", "talk"), (",", ",", 1, "punct", ","),
                ("uganda", "NNP", 1, "conj", "uganda"), (",", ",", 7, "punct", ","), ("the", "DT", 6, "det", "the"),
                ("army", "NN", 7, "nsubj", "army"), ("attacked", "VBD", 7, "ROOT", "attack"), (".", ".", 7, "punct", ".")])
    repair_fronted_conjuncts(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("conj", 1)
