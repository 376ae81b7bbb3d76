"""Round 53: classes the read article sets r114 and r115 (short worldwide-newswire articles, never read until
this round, then read by the lead) showed wrong or missed. One sentence of its own (written for this file, not
taken from any evaluation or probe set) for each rule; run through the production path (``Enricher``: lowercased
wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a public party's help is aid (the CAMEO verb dictionary's HELP [070]; ``verbs`` AID help), the one helped
    # its object or the subject of the clause it helps (``helped_clauses``)
    ("The Mongolian government will continue to help the farmers in the Gobi.", "AID", "government", "farmers"),
    ("China helped Mongolia build a new railway to Ulaanbaatar.", "AID", "china", "mongolia"),
    ("The UN refugee agency helped thousands of refugees return to Mongolia.", "AID", "agency", "refugees"),
    # pledging or swearing allegiance or loyalty to a party backs it (``verb_objects`` pledge allegiance)
    ("The Mongolian army commanders swore loyalty to the new president in Ulaanbaatar.", "SUPPORT", "commanders",
     "president"),
    # counterattacking is fighting (the CAMEO verb dictionary's COUNTER-ATTACK [190]; ``verbs`` FIGHT)
    ("The Mongolian troops counterattacked near the border on Monday.", "FIGHT", "troops", ""),
    # wanting to do a cooperative act states the intent (``stated_intent`` verbs want: AGREE)
    ("The Mongolian president said Ulaanbaatar wants to sign a trade agreement with Seoul.", "AGREE", "ulaanbaatar",
     ""),
    # looking forward to a cooperative act states it too (``stated_intent`` forward_verbs)
    ('"We look forward to working closely with the Mongolian government," the Korean envoy said.', "AGREE", "",
     "government"),
    # a person by a title of rule (a WordNet person noun) is captured as a person is (``object_types`` capture:
    # COERCE), not taken as a site or a state
    ("The Mongolian emperor was captured by the Chinese army in 1920.", "COERCE", "army", "emperor"),
    # a work of war seized is fought for, with or without forces named (``taken_in_fighting.military_sites``)
    ("The Mongolian rebels seized the fortress from the governor.", "FIGHT", "rebels", ""),
    # training one's guns at a party, taking potshots or pointing fingers at it attacks it in words
    # (``verb_objects`` train gun, take potshot, point finger)
    ("The Mongolian opposition leader trained guns at the ruling party on Monday.", "DISAPPROVE", "leader", "party"),
    ("The Mongolian president took potshots at the parliament.", "DISAPPROVE", "president", "parliament"),
]

NOTHING = [
    # help from a person or a crowd is private life, no aid (``helped_clauses.public_sources``)
    ("The Mongolian singer said her friends helped her understand the role.", "AID"),
    # ... and so is help to one person (extract._one_person)
    ("The Mongolian actress said the culture ministry helped her understand the role.", "AID"),
    # ... and a law that helps is an instrument (``thing_permits.things`` as a giver: extract._permitting_thing)
    ("The new Mongolian law will help herders sell their cashmere.", "AID"),
    # ... soldiers training their guns on a place criticise no one (``source_types`` train gun: armed)
    ("The Mongolian soldiers trained their guns on the border post.", "DISAPPROVE"),
    # a participle with no subject of its own is its host subject's act: drought kills, no one assaults
    # (triggers._accidental; ``accident_causes`` drought)
    ("Drought in the Gobi has caused thousands of deaths, killing 2,000 herders in Mongolia.", "ASSAULT"),
    # looking forward to a thing or to an act of no type states no intent (a guard)
    ("The Mongolian organisers said they are looking forward to a successful festival.", "AGREE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# help as the purpose of an aid names the aid's own goal: no second aid to the capital (``helped_clauses.hosts``)
def test_class_help_as_the_purpose_of_aid_is_that_aid(enricher: Enricher) -> None:
    text = "Japan extended a loan to Mongolia on Monday to help Ulaanbaatar pay its debts."
    found = of_type(enricher, text, "AID")
    assert found and all("ulaanbaatar" not in name(e, "target") for e in found), [
        (e["trigger_text"], name(e, "target")) for e in found]


# what one looks forward to doing has not happened yet: the act is hypothetical beside the AGREE
def test_class_looked_forward_to_act_is_hypothetical(enricher: Enricher) -> None:
    text = '"We look forward to working closely with the Mongolian government," the Korean envoy said.'
    found = of_type(enricher, text, "COOPERATE")
    assert found and all(e["mode"] == "hypothetical" for e in found), [(e["trigger_text"], e["mode"]) for e in found]


# "the Islamic Republic" names no town: the nouns of a polity are no city (geo v1.5 ``ambiguous_city_names``)
def test_class_polity_noun_is_no_american_town(enricher: Enricher) -> None:
    found = of_type(enricher, "The Islamic Republic rejected the proposal of the Mongolian envoy.", "REJECT")
    assert found and all(e["source_country"] != "USA" for e in found), [(e["source_text"], e["source_country"])
                                                                        for e in found]


# ... while a participle after an armed party's act stays its toll (a guard)
def test_class_participle_after_an_attack_keeps_its_toll(enricher: Enricher) -> None:
    text = "Mongolian rebels attacked the border post, killing two soldiers."
    assert of_type(enricher, text, "ASSAULT"), [(e["event_type"], e["trigger_text"]) for e in events(enricher, text)]


# a nationality shared by several states names none of them, so no default to the story's own country
# (geo v1.5 ``shared_demonyms``; actors: the home-country default) ...
def test_class_shared_nationality_is_not_the_home_country(enricher: Enricher) -> None:
    found = of_type(enricher, "The Mongolian president met the Korean president in Ulaanbaatar.", "CONSULT")
    assert found and all(e["target_country"] != "MNG" for e in found), [(e["target_text"], e["target_country"])
                                                                        for e in found]


# ... unless the story's country is one of those states (a guard)
def test_class_shared_nationality_of_the_home_country(enricher: Enricher) -> None:
    found = of_type(enricher, "The Iraqi army said Kurdish fighters attacked a village near Mosul.", "ASSAULT")
    assert found and all(e["source_country"] == "IRQ" for e in found), [(e["source_text"], e["source_country"])
                                                                        for e in found]


# a date names its year when it has one of any century ("May 5, 1862", "in 1875"), a decade counts ("in the
# 1980s"), and a month alone counts from its middle (attributes.is_background; pipeline.nlp.dates)
BACKGROUND = [
    ("On February 3, 1921, the Mongolian army seized the fortress in Urga.", "FIGHT", True),
    ("In 1875, the Mongolian princes met the Russian envoy in Urga.", "CONSULT", True),
    ("In the 1980s, the Mongolian government banned the opposition newspapers.", "COERCE", True),
    # ... a month named alone, in a story of 15 July: its middle is a month before, no more (a guard)
    ("The Mongolian parliament ratified the treaty with Russia in June.", "SUPPORT", False),
    # an undated past act right after a sentence dated more than a year before is of that time; one in a
    # clause of a sentence whose every date is that old too (attributes.narrated_past, dated_sentence_past)
    ("In 1921, the Mongolian rebels seized the fortress in Urga. The Chinese garrison retreated to the south.",
     "RETREAT", True),
    ("The Russian explorer travelled to Urga in 1900, where he met the Mongolian prince.", "CONSULT", True),
    # ... an infinitive or a participle takes the tense of the clause it hangs on (attributes._past_clause)
    ("The Russian explorer reached Urga in 1900, where he met the Mongolian prince to discuss trade.", "CONSULT", True),
    # ... but not an act told as recent, nor one in the present (guards: ``recent_adverbs``, _past_clause)
    ("In 2016, the Mongolian government cut the salaries of nurses. The nurses' union recently agreed to a pay "
     "rise.", "AGREE", False),
    ("In 2015, the Mongolian government signed a trade deal with China. The opposition is now criticising the "
     "deal.", "DISAPPROVE", False),
    # ... nor what is said now about then (a guard: a reporting main verb)
    ("In 2015, the Mongolian government signed a trade deal with China. The opposition said it rejects the deal.",
     "REJECT", False),
]


@pytest.mark.parametrize(("text", "event_type", "background"), BACKGROUND)
def test_class_background(enricher: Enricher, text: str, event_type: str, background: bool) -> None:
    found = [e for e in events(enricher, text, dt.date(2022, 7, 15)) if e["event_type"] == event_type]
    assert found and all(e["background"] is background for e in found), [(e["trigger_text"], e["background"])
                                                                          for e in found]
