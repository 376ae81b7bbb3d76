"""Round 11 (plover.v2.12): meetings said in the passive or from a prepositional phrase, venues,
the mode of an event noun that is the subject of a verb of taking place, directives that move
another party to act, "the latter" / "the former", accusations (being behind an act, failing a
duty, attacking someone over a matter), characterisations with an adjective after "as",
hyphenated words, CAMEO verb + object entries, intransitive verbs the parser hangs under the
subject noun. One sentence of its own
(written for this file, not taken from any evaluation set) for each rule and lexicon entry; run
through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate
parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet, events, name, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a meeting noun as the passive subject of its support verb: the "between" parties on the noun or the verb
    ("The talks between Iran and Saudi Arabia were held in Baghdad on Monday.", "CONSULT", "iran", "saudi arabia"),
    ("The talks between Iran and Saudi Arabia were held in Baghdad on Monday.", "CONSULT", "saudi arabia", "iran"),
    ("Negotiations between the government and the union were conducted behind closed doors.", "CONSULT",
     "government", "union"),
    ("A round of talks between Russia and Ukraine was held in Istanbul.", "CONSULT", "russia", "ukraine"),
    ("Consultations were held between the foreign ministries of both countries.", "CONSULT", "ministries", ""),
    ("A meeting between the two presidents was held on the sidelines of the summit.", "CONSULT", "presidents", ""),
    # an event noun subject of a finite passive ("were reported") takes place: its "between" parties act
    ("Clashes between police and protesters were reported in the capital.", "PROTEST", "protesters", "police"),
    ("Clashes between troops and rebels were reported in the north.", "FIGHT", "troops", "rebels"),
    # the copula as the clause verb of a participant phrase ("in talks with X", "for talks with X")
    ("The minister was in talks with his Saudi counterpart on Monday.", "CONSULT", "minister", "counterpart"),
    ("The foreign minister is in Beijing for talks with Chinese officials.", "CONSULT", "minister", "officials"),
    ("The delegation from Hamas is in Cairo for consultations with Egyptian mediators.", "CONSULT", "delegation",
     "mediators"),
    # "on a visit to X" set off as a parenthetical
    ("The prime minister, on a visit to Japan, said trade ties would grow.", "CONSULT", "prime minister", "japan"),
    ("On a visit to Japan, the prime minister said trade ties would grow.", "CONSULT", "prime minister", "japan"),
    # a bare title's country is only the story's: arriving there is a visit (homing_verbs: "return" is not)
    ("The minister arrived in Cairo on a two-day visit.", "CONSULT", "minister", "cairo"),
    # getting, taking or answering a call (verb_objects)
    ("The president got a call from his French counterpart.", "CONSULT", "president", "counterpart"),
    ("The minister took a call from the US secretary of state.", "CONSULT", "minister", "secretary"),
    # a meeting's "at X" is the venue: the parties meet each other, or the "with" party
    ("Ruto and Museveni held a closed-door meeting at State House.", "CONSULT", "ruto", "museveni"),
    ("The president held talks at the White House with his French counterpart.", "CONSULT", "president",
     "counterpart"),
    # verbs of moving another party to act (directive_verbs)
    ("The minister encouraged both sides to return to the negotiating table.", "DEMAND", "minister", "sides"),
    # (an invitation to join talks is an offer to meet, AGREE since plover.v2.68: invited_places acts)
    ("The UN chief invited the warring parties to join peace talks in Geneva.", "AGREE", "un chief", "parties"),
    ("The envoy convinced the rebels to release the hostages.", "DEMAND", "envoy", "rebels"),
    # "the latter" / "the former" refer to the last / second-to-last party named (actors.v1.4)
    ("Erdogan met Putin in Sochi, and the former urged the latter to extend the grain deal.", "DEMAND", "erdogan",
     "putin"),
    ("The king received the French envoy, after the latter had asked for an audience.", "DEMAND", "envoy", ""),
    # hyphenated words of the tables, split in wire text ("cease - fire"), are found as the whole word
    ("The militia violated the cease-fire within hours.", "FIGHT", "militia", ""),
    ("Hundreds of nurses held a sit-in at the health ministry.", "PROTEST", "nurses", ""),
    ("The army announced a pull-out from the northern province.", "RETREAT", "army", ""),
    ("The foreign ministry said the UN resolution was one-sided.", "DISAPPROVE", "foreign ministry", ""),
    # verb + object entries from CAMEO patterns; "exchange" / "trade" as symmetric verbs
    ("Soldiers and rebels exchanged fire on the outskirts of the town.", "FIGHT", "soldiers", "rebels"),
    ("Soldiers and rebels exchanged fire on the outskirts of the town.", "FIGHT", "rebels", "soldiers"),
    ("Police and smugglers traded fire overnight.", "FIGHT", "police", "smugglers"),
    ("Armenia and Azerbaijan exchanged prisoners under the deal.", "RETREAT", "armenia", "azerbaijan"),
    ("The military government granted amnesty to hundreds of detained protesters.", "CONCEDE", "government",
     "protesters"),
    ("Turkey sent medical supplies to the quake zone in Syria.", "AID", "turkey", ""),
    ("The court put the former governor on trial for graft.", "COERCE", "court", ""),
    # accusations in a reported clause: being behind an act, rigging, failing a duty (accusing_verbs)
    ("Officials said the riots were instigated by opposition politicians.", "DISAPPROVE", "officials", "politicians"),
    ("The opposition said the vote had been rigged.", "DISAPPROVE", "opposition", ""),
    ("The teachers union said the government had failed to pay the promised arrears.", "DISAPPROVE", "union",
     "government"),
    ("The governor said the national government had neglected to repair the roads.", "DISAPPROVE", "governor",
     "government"),
    # attacking someone over a matter is a verbal attack
    ("The opposition leader attacked the finance minister over the rising cost of fuel.", "DISAPPROVE",
     "opposition leader", "minister"),
    ("The senator attacked the president for his remarks on immigration.", "DISAPPROVE", "senator", "president"),
    # an intransitive verb the parser hangs as a reduced relative under the root noun (intransitive_verbs)
    ("The Saudi foreign minister consulted with his Gulf counterparts on the crisis.", "CONSULT", "foreign minister",
     "counterparts"),
    ("The two defence ministers talked by phone on Tuesday.", "CONSULT", "ministers", ""),
    # a stance noun's owner is the speaker's side; the party of what it is about is the target
    ("The foreign minister voiced Egypt's appreciation for the efforts of the Qatari mediators.", "SUPPORT",
     "foreign minister", "mediators"),
    ("The envoy expressed India's strong opposition to the Chinese move.", "DISAPPROVE", "envoy", "chinese"),
    # other-party nouns: one's critics are someone else
    ("The president told his critics to stop politicising the drought.", "DEMAND", "president", "critics"),
    # calling a strike is striking (verb_objects); denied good faith (negated_evaluations)
    ("The doctors' union called a general strike for Monday.", "PROTEST", "union", ""),
    ("Raisi said the Americans were not sincere in the talks.", "DISAPPROVE", "raisi", "americans"),
    # an organisation description is not the subject of its own clause ("Odinga" tagged ORG)
    ("Odinga accused the electoral commission of manipulating the results.", "DISAPPROVE", "odinga", "commission"),
    # questioning a thing is criticism with no target (the conventions' "questioned the strike"); a person, an inquiry
    ("The bishop questioned the fairness of the verdict.", "DISAPPROVE", "bishop", ""),
    ("The opposition questioned the legality of the contract with the Chinese firm.", "DISAPPROVE", "opposition", ""),
    ("Detectives questioned the driver for three hours.", "INVESTIGATE", "detectives", "driver"),
    # a person noun object of any trigger verb is its target (WordNet noun.person)
    ("The opposition leader congratulated the winner.", "SUPPORT", "opposition leader", "winner"),
    ("The health ministry told consumers to avoid raw milk.", "DEMAND", "ministry", "consumers"),
    # solidarity (a SUPPORT noun; "stand in" a light preposition); brokering is mediation (CONSULT 045)
    ("Kenya stands in solidarity with the people of Sudan, the president said.", "SUPPORT", "kenya", "people"),
    ("The truce was brokered by Qatar.", "CONSULT", "qatar", ""),
    # admissions (with a clause, a gerund or a fault) are concessions (the conventions); firing tear gas is coercion
    ("The ruling party admitted it had lost its majority.", "CONCEDE", "party", ""),
    ("Riot police fired tear gas canisters at the students.", "COERCE", "police", "students"),
    # a dateline's agency in brackets is not the subject when the dash hangs on the real one
    ("ROME (Reuters) - European Union foreign policy chief Josep Borrell met Italian Foreign Minister Antonio "
     "Tajani in Rome on Monday, officials said.", "CONSULT", "borrell", "tajani"),
    # "underscore" is a reporting verb as "underline" is: its subject lays the obligation
    ("The envoy underscored the need for the rebels to release the hostages.", "DEMAND", "envoy", "rebels"),
    # an adjective hung on "as" is a characterisation's evaluation
    ("The foreign ministry described the sanctions as illegal and unjustified.", "DISAPPROVE", "foreign ministry", ""),
    ("The ministry described the visit as provocative.", "DISAPPROVE", "ministry", ""),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class (or not with that party)
NOTHING = [
    ("The talks were held in a cordial atmosphere.", "CONSULT"),  # no party
    ("The president returned to Nairobi on Sunday.", "CONSULT"),  # coming home
    ("The Egyptian minister returned to Cairo on Sunday.", "CONSULT"),
    ("The minister briefed reporters on talks with Iran.", "CONSULT"),  # a topic, not a visit
    ("The president got a call from his French counterpart.", "DEMAND"),  # a phone call, not an appeal
    ("The minister said he was encouraged by the progress of the talks.", "DEMAND"),
    ("The president invited guests to a dinner at the palace.", "DEMAND"),
    ("The court was convinced of his innocence.", "DEMAND"),
    # "encourage" as an infinitive or gerund is a policy goal (goal_verbs)
    ("The two countries agreed to cooperate to encourage refugees to return home.", "DEMAND"),
    ("The government announced measures aimed at encouraging investors to return.", "DEMAND"),
    ("The minister described the talks as constructive.", "DISAPPROVE"),
    ("The two companies exchanged shares in the merger.", "FIGHT"),
    ("The ministry said it had failed to reach the families in time.", "DISAPPROVE"),  # its own failure
    ("The space agency said the rocket failed to reach orbit.", "DISAPPROVE"),  # no party
    ("Rebels attacked the town over the weekend.", "DISAPPROVE"),  # a span of time
    ("The hospital admitted 20 patients overnight.", "CONCEDE"),  # a person admitted somewhere
    ("Gunmen attacked the convoy for the second time this month.", "DISAPPROVE"),
    ("Troops attacked the rebels over the border.", "DISAPPROVE"),  # an armed sector
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)


def test_a_venue_is_no_party(enricher: Enricher) -> None:
    for text in ("Ruto and Museveni held a closed-door meeting at State House.",
                 "The two ministers met at the foreign ministry in Cairo."):
        assert all("house" not in name(e, "target") and "ministry" not in name(e, "target")
                   for e in events(enricher, text)), events(enricher, text)


@pytest.mark.parametrize(("text", "mode"), [
    ("The meeting between Peres and Arafat will take place at the Erez checkpoint.", "future"),
    ("The meeting between the two presidents did not take place.", "negated"),
    ("The talks between the two sides never happened.", "negated"),
    ("Talks between the two sides could resume next week.", "hypothetical"),
    ("Talks between the two countries will be held in Doha next week.", "future"),
])
def test_an_event_noun_takes_the_mode_of_its_verb_of_taking_place(enricher: Enricher, text: str, mode: str) -> None:
    found = [e for e in events(enricher, text) if e["event_type"] == "CONSULT"]
    assert found and {e["mode"] for e in found} == {mode}, found


def test_other_verbs_lend_no_mode_to_their_subject_noun(enricher: Enricher) -> None:
    """'their cooperation will help' is no future cooperation: "help" is no verb of taking place."""
    found = [e for e in events(enricher, "The two ministers said their cooperation with Russia will help both countries.")
             if e["event_type"] == "COOPERATE"]
    assert found and all(e["mode"] == "asserted" for e in found), found


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    from pipeline.nlp.events import trigger_gate

    gate = trigger_gate(enricher.nlp)
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
    assert gate.admits("workers held a sit - in".split()) and not gate.admits("they sat in the hall".split())


def test_a_reduced_passive_keeps_its_reading(enricher: Enricher) -> None:
    """Only intransitive verbs are read as the main verb: "five killed in attack" keeps "five" as
    the victims (no killer), "two arrested after protest" the arrested."""
    for text, event_type, victim in (("Five people killed in bomb attack on police station.", "ASSAULT", "people"),
                                     ("Two journalists arrested after protest in the capital.", "COERCE", "journalists")):
        found = [e for e in events(enricher, text) if e["event_type"] == event_type]
        assert found and all(not e["source_text"] and victim in name(e, "target") for e in found), found


def test_a_build_up_in_a_sports_report_is_play(enricher: Enricher) -> None:
    """play_nouns: in a sports report (two or more things of sport named) a build-up is play, elsewhere
    a military build-up stays MOBILIZE."""
    sport = ("The football champions beat the visitors 2-1 in the league, the striker scoring after some "
             "dazzling build-up from the midfielder.")
    assert not [e for e in events(enricher, sport) if e["event_type"] == "MOBILIZE"]
    assert_finds(enricher, "Russia has announced a build-up of troops on the border.", "MOBILIZE", "", "")


def test_hyphenated_words_are_joined_as_wire_text_splits_them(enricher: Enricher) -> None:
    """Wire text writes "cease - fire"; the tokenizer splits "cease-fire" the same way: both are found."""
    for text in ("the rebels violated the cease - fire .", "The rebels violated the cease-fire."):
        assert [e["event_type"] for e in events(enricher, text)] == ["FIGHT"], text
