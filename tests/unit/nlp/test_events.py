"""PLOVER event extraction without a model: the lexicon, hand-built parses, dates (small real
sentences through the model: tests/integration/nlp/test_events.py; the golden article:
tests/golden/test_events.py)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.nlp.dates import find_dates, resolve_date
from pipeline.nlp.events import (
    COMPONENT_NAME,
    EventsInputError,
    extract_events,
    load_lexicon,
)

PLOVER_TYPES = {"AGREE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT",
                "INVESTIGATE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "AID"}  # fmt: skip


def hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
                ents: list[str]) -> Doc:  # fmt: skip
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_lexicon_covers_plover_with_cameo_roots() -> None:
    lex = load_lexicon()
    assert set(lex.cameo_roots) == PLOVER_TYPES
    assert set(lex.verbs.values()) <= PLOVER_TYPES
    assert {t for t in lex.verb_objects.values() if t} <= PLOVER_TYPES
    assert lex.cameo_roots["CONSULT"] == "04"
    assert lex.version.startswith("plover.v2.69+")


def test_hand_parsed_active_clause() -> None:
    doc = hand_parsed(["Russian", "troops", "attacked", "Ukraine", "."], [1, 2, 2, 2, 2],
                      ["amod", "nsubj", "ROOT", "dobj", "punct"], ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                      ["russian", "troop", "attack", "Ukraine", "."], ["B-NORP", "O", "O", "B-GPE", "O"])  # fmt: skip
    (event,) = extract_events(doc)
    assert event.event_type == "FIGHT"  # "attack" by a military source
    assert event.cameo_root == "19"
    assert (event.trigger_text, event.trigger_start, event.trigger_end) == ("attacked", 15, 23)
    assert event.source is not None and event.target is not None
    assert (event.source.text, event.source.country, event.source.sector) == ("Russian troops", "RUS", "MIL")
    assert (event.target.text, event.target.country) == ("Ukraine", "UKR")
    assert event.mode == "asserted"
    assert 0.0 <= event.confidence <= 1.0
    assert event.extractor_version.startswith("wirelake.events.v2+plover.v2.69+")


def test_hand_parsed_passive_and_negation() -> None:
    doc = hand_parsed(["Rebels", "were", "not", "arrested", "by", "police", "."], [3, 3, 3, 3, 3, 4, 3],
                      ["nsubjpass", "auxpass", "neg", "ROOT", "agent", "pobj", "punct"],
                      ["NOUN", "AUX", "PART", "VERB", "ADP", "NOUN", "PUNCT"],
                      ["rebel", "be", "not", "arrest", "by", "police", "."], ["O"] * 7)  # fmt: skip
    (event,) = extract_events(doc)
    assert event.event_type == "COERCE"
    assert event.source is not None and event.source.text == "police" and event.source.sector == "COP"
    assert event.target is not None and event.target.text == "Rebels" and event.target.sector == "REB"
    assert event.mode == "negated"


def test_component_needs_a_parse() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT_NAME)
    with pytest.raises(EventsInputError, match="W410"):
        nlp("Russia attacked Ukraine.")


def test_bad_publication_date_is_a_coded_error() -> None:
    doc = hand_parsed(["Police", "arrested", "Ann"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "PROPN"],
                      ["police", "arrest", "Ann"], ["O", "O", "B-PERSON"])  # fmt: skip
    with pytest.raises(EventsInputError, match="not ISO 8601"):
        extract_events(doc, published="yesterday")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Monday", dt.date(2017, 12, 11)),  # published on a Monday: that very day
        ("on sunday", dt.date(2017, 12, 10)),
        ("last Monday", dt.date(2017, 12, 4)),
        ("next Friday", dt.date(2017, 12, 15)),
        ("yesterday", dt.date(2017, 12, 10)),
        ("today", dt.date(2017, 12, 11)),
        ("last week", dt.date(2017, 12, 4)),  # Monday of the previous week
        ("last month", dt.date(2017, 11, 1)),
        ("September 2015", dt.date(2015, 9, 1)),
        ("Dec. 25", dt.date(2016, 12, 25)),  # no year: the most recent one on or before publication
        ("11 December 2017", dt.date(2017, 12, 11)),
        ("in 2015", dt.date(2015, 1, 1)),
        ("on May 5, 1862", dt.date(1862, 5, 5)),  # a year of any century from 1100 on
        ("by 1861", dt.date(1861, 1, 1)),
        ("between 1833 and 1855", dt.date(1833, 1, 1)),  # a range: its start
        ("in the 1980s", dt.date(1980, 1, 1)),  # a decade: its first year
        ("in 1500 villages", None),  # a count, no year: before 1900 a plural noun may not follow
        ("they may march", None),  # "may" and "march" alone are not dates
    ],
)


def test_dates_resolve_against_publication(expression: str, expected: dt.date | None) -> None:
    assert resolve_date(expression, dt.date(2017, 12, 11)) == expected


def test_dates_without_publication_keep_absolute_ones() -> None:
    mentions = find_dates("on Monday, in September 2015", None)
    assert [(m.text, m.date, m.precision) for m in mentions] == [
        ("on Monday", None, "day"),
        ("September 2015", dt.date(2015, 9, 1), "month"),
    ]


@pytest.mark.parametrize("expression, expected", [
    ("\u017fept 11, 2001", dt.date(2001, 9, 11)),  # long s: the pattern matches it as "s"
    ("on \u017funday", dt.date(2017, 12, 10)),
    ("next wee\u212a", dt.date(2017, 12, 18)),  # Kelvin sign
    ("last n\u0131ght", dt.date(2017, 12, 10)),  # dotless i
])
def test_dates_with_letters_case_folding_takes_for_ascii_resolve(expression: str, expected: dt.date) -> None:
    # these used to raise KeyError / ValueError when the matched word was looked up
    assert resolve_date(expression, dt.date(2017, 12, 11)) == expected


def test_a_noun_mistagged_as_a_verb_in_an_object_slot_still_names_its_owner() -> None:
    # lowercased input can tag a noun object VERB ("a United Nations appeal"): a dobj is a noun's slot,
    # so the appeal's owner is still the target of the rejection
    doc = hand_parsed(["Lebanon", "rejected", "a", "United", "Nations", "appeal", "."], [1, 1, 5, 4, 5, 1, 1],
                      ["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
                      ["PROPN", "VERB", "DET", "PROPN", "PROPN", "VERB", "PUNCT"],
                      ["Lebanon", "reject", "a", "United", "Nations", "appeal", "."],
                      ["B-GPE", "O", "O", "B-ORG", "I-ORG", "O", "O"])  # fmt: skip
    rejects = [e for e in extract_events(doc) if e.event_type == "REJECT"]
    assert rejects and rejects[0].target is not None and rejects[0].target.text == "United Nations"


def test_lexicon_files_have_no_duplicate_keys() -> None:
    """A key written twice in a JSON table is silently overridden by the last: every entry must be
    the only one of its name (plover.v2.13 had "sign pact" twice)."""
    import json
    from pathlib import Path

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        return dict(pairs)

    folder = Path(__file__).resolve().parents[3] / "pipeline" / "nlp" / "lexicon"
    for path in sorted(folder.glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)
