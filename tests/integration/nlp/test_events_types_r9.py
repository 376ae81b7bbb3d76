"""Round 9 (plover.v2.9): event types that generalise, by class of expression. One sentence of its
own (written for this file, not taken from any evaluation set) for each lexicon entry and rule; run
through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate
parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet, events, name, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # directing another party to act: tell / instruct / direct / command X to do (directive_verbs)
    ("The president told the army to return to its barracks, a spokesman said.", "DEMAND", "president", "army"),
    ("A court in Nairobi told the government to reinstate the sacked judges.", "DEMAND", "court", "government"),
    ("Nigeria's president instructed the police to arrest the culprits.", "DEMAND", "president", "police"),
    ("The junta directed all foreign journalists to leave the country within 48 hours.", "DEMAND", "junta",
     "journalists"),
    ("The general commanded his troops to withdraw from the border town.", "DEMAND", "general", ""),
    # an equating word's preposition holds a reported clause's predicate (equating_predicates)
    ("Human Rights Watch said the killings amounted to war crimes.", "DISAPPROVE", "human rights watch", ""),
    ("The opposition said the arrests amounted to political persecution.", "DISAPPROVE", "opposition", ""),
    ("The aid agencies said the blockade was tantamount to genocide.", "DISAPPROVE", "agencies", ""),
    # attacking a policy, a decision or words is criticism (criticised_objects); "call into question"
    ("The senator attacked the president's record on immigration.", "DISAPPROVE", "senator", "president"),
    ("The opposition leader attacked the government's handling of the economy.", "DISAPPROVE", "opposition leader",
     "government"),
    ("The bishops called into question the government's commitment to the poor.", "DISAPPROVE", "bishops",
     "government"),
    # "call / appeal for X to do": the phrase's preposition marks an infinitive clause with its own subject
    ("The opposition is calling for the prime minister to resign.", "DEMAND", "opposition", "prime minister"),
    ("Pope Francis appealed for the rebels to lay down their arms.", "DEMAND", "pope francis", "rebels"),
    ("Washington has long called for North Korea to abandon its nuclear programme.", "DEMAND", "washington",
     "north korea"),
    # an attack qualified as words is criticism (noun_compounds; the compound wins over "launch attack")
    ("The prime minister launched a blistering attack on the opposition leader on Tuesday.", "DISAPPROVE",
     "prime minister", "opposition leader"),
    ("The minister launched a scathing attack on the central bank.", "DISAPPROVE", "minister", "central bank"),
    # a broadside, tirade or diatribe; "deliver" as a light verb
    ("The senator delivered a tirade against the president.", "DISAPPROVE", "senator", "president"),
    # reacting angrily (phrasal verb + adverb)
    ("Moscow reacted angrily to the expulsion of its diplomats.", "DISAPPROVE", "moscow", ""),
    ("The opposition responded furiously to the ruling.", "DISAPPROVE", "opposition", ""),
    # deadlines and conditions set for another party
    ("The Kenyan government has given the company a deadline to pay its taxes.", "DEMAND", "government", "company"),
    ("The rebels have set conditions for peace talks.", "DEMAND", "rebels", ""),
    # "told" is no absorbing verb: a meeting in its adverbial clause stays
    ("The prime minister told reporters after meeting the coalition partners that the talks had gone well.",
     "CONSULT", "prime minister", "coalition partners"),
    # ... nor is a "told" that only reports: the reported act stays beside the speaker's accusation
    ('"They have violated the ceasefire," the general told reporters.', "FIGHT", "they", ""),
    # a participle of alarm or anger as a reported clause's predicate, with what it is about (stance_participles)
    ("The UN human rights office said it was alarmed by the rising number of executions.", "DISAPPROVE", "un", ""),
    ("The foreign ministry said it was deeply concerned about the arrest of its citizens.", "DISAPPROVE",
     "foreign ministry", ""),
    ("The archbishop said he was outraged by the killings.", "DISAPPROVE", "archbishop", ""),
    ("Beijing said it was deeply concerned about Japan's military expansion.", "DISAPPROVE", "beijing", ""),
    # bearing the responsibility for a harm in a reported clause is blaming (blaming_predicates.burden_verbs)
    ('"The United States bears full responsibility for this crime," the minister said.', "DISAPPROVE", "minister",
     "united states"),
    ("The rebels said the army carried the blame for the massacre.", "DISAPPROVE", "rebels", "army"),
    ("The minister said Washington bears full responsibility for the deaths.", "DISAPPROVE", "minister",
     "washington"),
    # leaders reviewing their relations, ties or cooperation (CAMEO REVIEW * ISSUES [040])
    ("The king and the president reviewed bilateral ties during their meeting.", "CONSULT", "king", "president"),
    ("Erdogan and Putin reviewed cooperation in energy.", "CONSULT", "erdogan", "putin"),
    # a demand verb's infinitive hung on a participle after its object ("the officials concerned")
    ("The prime minister asked the officials concerned to take necessary steps.", "DEMAND", "prime minister",
     "officials"),
    # returning people or property, disarming, letting observers in, opening borders (CAMEO2PLOVER 084 / 086 / 087)
    ("The government released 200 political prisoners under an amnesty.", "RETREAT", "government", ""),
    ("The militia returned the weapons it had seized.", "RETREAT", "militia", ""),
    ("The militia handed over its weapons to the peacekeepers.", "RETREAT", "militia", "peacekeepers"),
    ("The militants laid down their arms.", "RETREAT", "militants", ""),
    ("The rebels surrendered their weapons to the army.", "RETREAT", "rebels", "army"),
    ("The kidnappers set the journalist free.", "RETREAT", "kidnappers", "journalist"),
    ("The government allowed international observers into the country.", "RETREAT", "government", ""),
    ("Iran admitted UN inspectors to the site on Monday.", "RETREAT", "iran", ""),
    ("The junta let foreign monitors into the region.", "RETREAT", "junta", ""),
    ("The junta reopened the border crossing.", "RETREAT", "junta", ""),
    ("The government opened the border to refugees.", "RETREAT", "government", ""),
    # the subject of "drew / faced / attracted / earned / incurred" criticism is criticised (undergoing_verbs)
    ("The president drew sharp criticism from the opposition over the appointment.", "DISAPPROVE", "opposition",
     "president"),
    ("The government has faced criticism from rights groups over the detentions.", "DISAPPROVE", "rights groups",
     "government"),
    ("The ambassador attracted criticism from lawmakers for his remarks.", "DISAPPROVE", "lawmakers", "ambassador"),
    ("The minister earned a rebuke from the president for his remarks.", "DISAPPROVE", "president", "minister"),
    ("The governor incurred the censure of the assembly.", "DISAPPROVE", "", "governor"),
    # a petition or memorandum filed with or handed to an authority is a request to it
    ("The residents submitted a petition to the governor against the new tax.", "DEMAND", "residents", "governor"),
    ("The traders handed over a memorandum to the minister.", "DEMAND", "traders", "minister"),
    ("The farmers submitted a memorandum to the district collector.", "DEMAND", "farmers", ""),
    ("The opposition filed a petition in the Supreme Court.", "DEMAND", "opposition", ""),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class
NOTHING = [
    ("The minister told reporters that the talks had failed.", "DEMAND"),
    ("The spokesman told Reuters he expected a decision next week.", "DEMAND"),
    ("She directed the film in 1998.", "DEMAND"),
    ("The colonel commanded the brigade for three years.", "DEMAND"),
    ("He told the story to his children.", "DEMAND"),
    ("Analysts said the losses amounted to three million dollars.", "DISAPPROVE"),
    ("The rebels attacked the town on Monday.", "DISAPPROVE"),
    ("The fund called for bids to be submitted by Friday.", "DEMAND"),
    ("The rebels launched an attack on the town.", "DISAPPROVE"),
    ("The market reacted sharply to the news.", "DISAPPROVE"),
    ("She set a new world record in the final.", "DEMAND"),
    ("The coach said he was disappointed with the result.", "DISAPPROVE"),
    ("The minister said he was concerned that the talks would drag on.", "DISAPPROVE"),
    ("He said he bears no grudge.", "DISAPPROVE"),
    ("The committee reviewed the budget.", "CONSULT"),
    ("The militants laid down their arms.", "CONCEDE"),
    ("The company opened a new store on the border.", "RETREAT"),
    # (a petition signed is a request too since plover.v2.26, CAMEO PETITION 020: no protest)
    ("Thousands of people signed a petition against the closure of the hospital.", "PROTEST"),
    ('"We are always concerned about aflatoxin," the agriculture secretary told reporters.', "DISAPPROVE"),
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING, ids=[t[0][:40] for t in NOTHING])
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)


def test_tell_absorbs_its_infinitive_instruct_leaves_it_hypothetical(enricher: Enricher) -> None:
    """"told X to halt": the demand is coded, not its content (as "urged"); "instructed X to arrest"
    is a causative like "ordered": the act stays, hypothetical."""
    told = events(enricher, "Washington told Israel to halt settlement construction in the West Bank.")
    assert [e["event_type"] for e in told] == ["DEMAND"], told
    instructed = events(enricher, "The president instructed the police to arrest the culprits.")
    assert {e["event_type"] for e in instructed} == {"DEMAND", "COERCE"}, instructed
    assert [e["mode"] for e in instructed if e["event_type"] == "COERCE"] == ["hypothetical"]


def test_called_for_infinitive_is_absorbed(enricher: Enricher) -> None:
    """"called for the prime minister to resign": the DEMAND is coded, not the resignation."""
    found = events(enricher, "The opposition is calling for the prime minister to resign.")
    assert [e["event_type"] for e in found] == ["DEMAND"], found


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    """The gate sends each line these rules find an event in to the parser (a phrase head needs its
    other words on the line: "told" with "to", "bears" with "responsibility")."""
    from pipeline.nlp.events import trigger_gate

    gate = trigger_gate(enricher.nlp)
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
    assert {"told", "bears", "carried"}.isdisjoint(gate.forms)  # heads of phrases only


def test_the_one_who_draws_criticism_is_not_its_source(enricher: Enricher) -> None:
    found = [e for e in events(enricher, "The president drew sharp criticism over the appointment.")
             if e["event_type"] == "DISAPPROVE"]  # fmt: skip
    assert all("president" not in name(e, "source") for e in found), found
