"""The events component's shortcuts change no result: date patterns skipped for a sentence lacking
their words, trigger rules skipped for words that head no lexicon entry, the lazy date lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp import dates
from pipeline.nlp.events import load_lexicon, load_pipeline, triggers
from pipeline.nlp.events.triggers import find_triggers

# sentences written for these tests (not from the dev sets), each with a trigger kind or date form
SENTENCES = [
    "The rebels shelled the town on Monday, killing four civilians, the army said on Tuesday.",
    "Officials from both countries held a round of talks in Geneva last week.",
    "The union called off the strike after the company agreed to their demands in March 2024.",
    "Police fired tear gas at protesters who had blocked the highway since Dec. 3.",
    "The minister said the sanctions were a flagrant violation of international law.",
    "The government declared a state of emergency and imposed a curfew tonight.",
    "Farmers marched past the parliament building this morning to protest the new tax.",
    "The court sentenced the former mayor to five years in prison on 11 December 2023.",
    "Analysts expect the two leaders to sign a trade pact next month.",
    "The ministry lodged a formal protest with the embassy yesterday.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


def _all_patterns(text: str) -> list[str]:
    return [kind for kind, pattern in dates._PATTERNS if pattern.search(text)]


@pytest.mark.parametrize(
    "text",
    [*SENTENCES, "No date at all here.", "Since 1999 and by 2020.", "ON MONDAY", "Sept. 9th", "last Night",
     "l\u2019accord du 3 mai", "wee\u212a of talks", "next \u017fept 2"],
)  # fmt: skip
def test_date_patterns_skipped_only_when_they_cannot_match(text: str) -> None:
    kept = [kind for kind, _ in dates._candidate_patterns(text)]
    assert set(_all_patterns(text)) <= set(kept)  # a pattern that matches is never skipped
    if not text.isascii():
        assert kept == [kind for kind, _ in dates._PATTERNS]  # (case folding beyond ASCII: all run)


def test_find_dates_unchanged_by_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2026, 11, 25)
    gated = {text: dates.find_dates(text, published) for text in SENTENCES}
    monkeypatch.setattr(dates, "_candidate_patterns", lambda text: dates._PATTERNS)
    assert {text: dates.find_dates(text, published) for text in SENTENCES} == gated
    assert any(gated.values())


def test_head_words_hold_every_table_key() -> None:
    lex = load_lexicon()
    heads = triggers._head_words(lex)
    for table in (lex.verbs, lex.cameo_verbs):
        assert set(table) <= heads.verbs
    assert lex.easing_verbs | lex.acceding_objects | lex.acceding_to <= heads.verbs
    assert {key.split(" ", 1)[0] for key in lex.verb_objects} <= heads.verb_objects <= heads.verbs
    assert {key.split(" ", 1)[0] for key in lex.phrasal} <= heads.phrasal <= heads.verbs
    assert set(lex.nouns) | {key.split()[-1] for key in lex.noun_compounds} <= heads.nouns
    assert triggers._head_words(lex) is heads  # built once per lexicon


def test_triggers_unchanged_by_the_head_word_filter(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    docs = [nlp(text) for text in SENTENCES]

    def found() -> list[list[tuple[int, str, str, int]]]:
        return [[(t.token.i, t.event_type, t.kind, t.end_token.i) for t in find_triggers(sent, lex)]
                for doc in docs for sent in doc.sents]  # fmt: skip

    filtered = found()
    monkeypatch.setattr(triggers, "_may_head", lambda lem, heads: True)
    assert found() == filtered
    assert sum(map(len, filtered)) >= len(SENTENCES)


def test_events_unchanged_by_the_shortcuts(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    def events() -> list[str]:
        out = []
        for text in SENTENCES:
            doc = nlp.make_doc(text)
            doc.user_data["wirelake.published"] = "2026-11-25"
            out.append(repr(nlp(doc)._.events))
        return out

    fast = events()
    monkeypatch.setattr(triggers, "_may_head", lambda lem, heads: True)
    monkeypatch.setattr(dates, "_candidate_patterns", lambda text: dates._PATTERNS)
    assert events() == fast
    assert any("event_date=datetime.date" in e for e in fast)


def test_trigger_forms_inflect_each_lemma_as_the_part_of_speech_it_triggers_as(nlp: Language) -> None:
    from pipeline.nlp.events import trigger_forms

    forms = trigger_forms(nlp)
    # verbs, nouns, adjectives and evaluative words with their own inflections (and irregular forms)
    assert {"condemned", "condemns", "protests", "protesting", "bombing", "fought", "banned", "talks",
            "willing", "baseless", "breached", "involvement"} <= forms  # fmt: skip
    # comparatives of verbs and verb forms of nouns are no trigger's forms: no parse for "the ruler"
    assert not {"ruler", "according", "striker", "condemner"} & forms


# an article written for this test: named actors remembered in one sentence and referred to later,
# and a possessive pronoun in a named phrase ("its Interior Ministry") whose antecedent changes
ARTICLE = [
    "Kenyan President William Ruto arrived in Paris on Monday with Foreign Minister Musalia Mudavadi.",
    "France and its Interior Ministry welcomed the delegation from the African Union.",
    "The president later met officials of the World Bank, and he praised the ministry.",
    "Uganda said its army had withdrawn from the border town of Kasese.",
]


def test_remembered_actors_are_linked_late_as_they_would_be_at_once(nlp: Language) -> None:
    """``remember`` links a named actor when first referred to: linking every one right after its
    sentence (as before) gives the same country, sector and KB id."""
    from pipeline.nlp.entities import group_entities
    from pipeline.nlp.events import actors

    doc = nlp("\n".join(ARTICLE))
    grouping = group_entities(doc)
    lex = load_lexicon()

    def history(at_once: bool) -> list[actors.Actor]:
        ctx = actors.ArticleContext(lex, grouping, None, None, {}, actors.home_country(grouping, None), None)
        for sent in doc.sents:
            actors.remember(sent, [], ctx)
            if at_once:
                for named in list(ctx.history):
                    actors._settled(named, ctx)
        late = ctx.history
        assert at_once or ctx.unsettled  # (some are left for later)
        for named in late:
            actors._settled(named, ctx)
        assert not ctx.unsettled
        return late

    at_once, late = history(True), history(False)
    assert at_once == late
    assert any(a.country is not None for a in late) and any(a.actor_id is not None for a in late)


# sentences written for the gate tests: heads of phrases with and without the phrase's other words
GATE_SENTENCES = [
    "Thousands of students took to the streets of the capital on Sunday.",  # take + to + street
    "The minister took the train to the coast on Sunday.",  # "take" alone: no event
    "Gunmen took three aid workers hostage near the border.",  # take + hostage
    "The two countries signed a defence pact in Rome.",  # sign + pact
    "The singer signed autographs for an hour.",  # "sign" alone: no event
    "The junta declared martial law across the north.",  # compound martial + law
    "Parliament passed the new law on Tuesday.",  # "law" alone: no event
    "The company shares fell sharply after the report.",  # "share" alone: no event
    "The two navies began joint war games in the gulf.",  # compound war + game
    "The president told the army to return to its barracks.",  # directive "tell" with "to"
    "The spokesman told reporters he was tired.",  # "tell" alone: no event
]


def test_trigger_gate_needs_the_other_words_of_a_phrase_whose_head_triggers_only_with_them(nlp: Language) -> None:
    from pipeline.nlp.events import gate_by_id, trigger_gate

    gate = trigger_gate(nlp)
    words = [[t.lower_ for t in nlp.make_doc(text)] for text in GATE_SENTENCES]
    assert [gate.admits(w) for w in words] == [True, False, True, True, False, True, False, False, True, True, False]
    assert {"took", "signed", "law", "shares", "told"}.isdisjoint(gate.forms)  # heads of phrases only
    assert {"condemned", "talks", "must"} <= gate.forms  # triggers on their own
    ids = gate_by_id(gate)
    assert [ids.admits(nlp.vocab.strings.add(x) for x in w) for w in words] == [gate.admits(w) for w in words]


def test_trigger_gate_admits_every_sentence_the_rules_find_an_event_in(nlp: Language) -> None:
    """Parsed in full, a sentence the gate turns away holds no event: the gate only saves parses."""
    from pipeline.nlp.events import trigger_gate

    gate = trigger_gate(nlp)
    admitted = found = 0
    for text in SENTENCES + GATE_SENTENCES:
        doc = nlp.make_doc(text)
        doc.user_data["wirelake.published"] = dt.date(2026, 11, 25)
        events = nlp(doc)._.events
        admits = gate.admits(t.lower_ for t in doc)
        assert admits or not events, (text, events)
        admitted += admits
        found += bool(events)
    assert found >= len(SENTENCES) and admitted < len(SENTENCES) + len(GATE_SENTENCES)


def test_sports_report_counts_each_thing_of_sport_once() -> None:
    import spacy

    lex = load_lexicon()
    blank = spacy.blank("en")
    assert lex.sports_report_min == 2
    assert not triggers.sports_report(blank("The medal and two more medals went to the league's team."), lex)
    assert triggers.sports_report(blank("She won a medal at the tournament."), lex)
    assert not triggers.sports_report(blank("The Arab League held a summit on the final day of talks."), lex)
