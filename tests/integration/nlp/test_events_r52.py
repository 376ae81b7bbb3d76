"""Round 52: classes the read article sets r112 and r113 (short worldwide-newswire articles, never read until
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
    # a commitment to an act after "to" as a gerund is a commitment (AGREE), with the act's party as its target
    ("Tajikistan remains committed to supporting Uzbekistan's border guards.", "AGREE", "tajikistan", "uzbekistan"),
    ("The Tajik government remains committed to reaching a lasting agreement on water.", "AGREE", "government", ""),
    # a stance adjective's object owned by a party targets the party (roles._maker: "of" or "by" phrase)
    ("The Tajik envoy was supportive of the policy of the government of Uzbekistan.", "SUPPORT", "envoy",
     "government of uzbekistan"),
    ("The Tajik opposition was critical of the decision by the Uzbek foreign ministry to close the border.",
     "DISAPPROVE", "opposition", "ministry"),
    # standing by a party backs it (the CAMEO verb dictionary's STAND (BY) [051]; ``supported_things.party_phrases``)
    ("The Tajik president said Dushanbe will always stand by Afghanistan.", "SUPPORT", "dushanbe", "afghanistan"),
    # the act that a party forces keeps its own type ("force" stays a causative verb; as COERCE it was dropped)
    ("The protesters in Dushanbe forced the Tajik minister to resign.", "RETREAT", "minister", ""),
    # a condemning epithet on a named party in a speaker's words disapproves of the party (triggers._named_epithet)
    ('"The corrupt Rahmon regime has stolen the election," the exiled Tajik opposition leader said.', "DISAPPROVE",
     "leader", "rahmon"),
    # ... an evaluated act stays an evaluation of its author (a guard)
    ("The Tajik minister said the aggressive Taliban incursion into Tajikistan must end.", "DISAPPROVE",
     "minister", "taliban"),
    # a weapon as a passive's agent is a party's means: the act stays (a guard for instruments as agents)
    ("Two Tajik border guards were killed by a roadside bomb near Dushanbe.", "ASSAULT", "", "guards"),
    # a participle after "became" with its agent keeps its doer and its undergoer (a guard for roles._resultative)
    ("The Tajik border post became occupied by Taliban fighters.", "COERCE", "fighters", "tajik"),
    # fighting a party or an insurgency stays a fight (a guard for extract._fights_a_problem)
    ("The Tajik army is fighting the insurgency in the east.", "FIGHT", "army", ""),
    # ... while a commitment to an act in any form stays (a guard)
    ("The Tajik government has committed to develop the Pamir highway.", "AGREE", "government", ""),
    # a court ruling that a party must act orders it (``complement_required`` rule: ccomp:mandative)
    ("The Tajik supreme court ruled that the election commission must register the opposition party.", "DEMAND",
     "court", "commission"),
    # closing down a party's operations is coercion, as shutting them down is (``verbs`` close down)
    ("The Tajik government decided to close down the offices of the Aga Khan Foundation in Dushanbe.", "COERCE",
     "government", "foundation"),
    # a warning whose condition leads to consequences stays a threat (a guard for extract._forecast_warning)
    ("The Tajik army warned that if the militants did not leave, there would be consequences.", "THREATEN",
     "army", ""),
    # whom a passive call asks to act is a party, whatever its word (actors.asked_to_act: "anyone")
    ("Anyone who witnessed the shooting in Dushanbe is urged to contact the Tajik police.", "DEMAND", "", "anyone"),
    # informing a party to act instructs it (``complement_required`` inform, as remind)
    ("The Tajik health ministry informed the regional governors to close the markets.", "DEMAND", "ministry",
     "governors"),
    # communicating with a party is contact (CAMEO COMMUNICATE [040])
    ("The Tajik border service is communicating with the Afghan authorities to reopen the crossing.", "CONSULT",
     "service", "authorities"),
    # an event noun heading a compound host stays an act (a guard for the compound rule; since round 67 a bombing by
    # an army is FIGHT, ``armed_switch`` comment_v2_67)
    ("The Tajik army launched a bombing campaign against the militants.", "FIGHT", "army", ""),
]

NOTHING = [
    # a warning whose condition leads to a state of things foretells, threatens nothing (extract._forecast_warning)
    ("A Tajik economist warns that if the reform is delayed, the country is back at the starting point.",
     "THREATEN"),
    # "anyone" / "everyone" outside a call name no party (a guard: they are no actor nouns)
    ("Not everyone in Dushanbe accepted the defeat of the Tajik team.", "CONCEDE"),
    # informing a party of a fact asks for nothing (a guard: ``complement_required`` inform)
    ("The Tajik ministry informed reporters that the talks with Kabul had ended.", "DEMAND"),
    # a ruling that states a finding asks for nothing (a guard: ``complement_required`` rule)
    ("The Tajik supreme court ruled that the law on religion was unconstitutional.", "DEMAND"),
    # ... nor does a present tense after "ruled" (a finding; ``complement_required`` rule: ccomp:obliged)
    ("The Tajik court ruled that the exposure of the applicants' names threaten their right to privacy.", "DEMAND"),
    # a commitment to a value commits to no act (``willing_adjectives`` verbs: triggers._committed_to_thing)
    ("The Tajik football federation is strongly committed to peace.", "AGREE"),
    # the act a commitment is about is its content, not an act of its own (``absorbing_verbs`` committed)
    ("Tajikistan remains committed to supporting Uzbekistan's border guards.", "SUPPORT"),
    # standing by one's decision maintains it, backs no one (a guard: ``party_phrases``)
    ("The Tajik government stands by its decision to close the border with Kyrgyzstan.", "SUPPORT"),
    # an event noun modifying a thing names no act ("war drama", "war memorial")
    ("Last year, the Tajik actor starred in the patriotic Afghan war film The Ninth Company.", "FIGHT"),
    # media persons are the press: talking to them is no consultation (actors ``sector_phrases`` persons: MED)
    ("The Tajik foreign minister was speaking to media persons in Dushanbe on Tuesday.", "CONSULT"),
    # a law or a treaty as a passive's agent does the act itself, no party (``thing_permits.instruments``)
    ("The right to water, which is protected by international treaties, matters to Tajikistan.", "AID"),
    # a thing's participle after "become" names no party (roles._resultative: "beds" are no actor)
    ("The Tajik doctor said that hospital beds in Dushanbe will become occupied for weeks.", "PROTEST"),
    ("The Tajik doctor said that hospital beds in Dushanbe will become occupied for weeks.", "COERCE"),
    # fighting a problem is no fight, nor a verbal clash (extract._fights_a_problem; the misparsed list it comes in
    # is tests/unit/nlp/test_predicate_words.py)
    ('"We are working on threats such as cyber attacks, fight against terrorism and corruption," the Tajik envoy '
     "said.", "DISAPPROVE"),
    ("The Tajik government said it will fight against corruption in the courts.", "DISAPPROVE"),
    ("The Tajik government said it will fight against corruption in the courts.", "FIGHT"),
    # an epithet on a kind of people names no one (a guard for triggers._named_epithet)
    ("The Tajik minister said illegal migrants had crossed the border from Afghanistan.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# a clause-initial "neither", or "neither" before its subject or object, negates the act (attributes._negated)
NEGATED = [
    ("Neither has Tajikistan joined the sanctions on Russia nor criticised the war.", "SANCTION"),
    ("Neither Tajikistan nor Uzbekistan has agreed to the new talks.", "AGREE"),
    ("The Tajik police arrested neither the journalist nor his brother.", "COERCE"),
]


@pytest.mark.parametrize(("text", "event_type"), NEGATED)
def test_class_neither_negates(enricher: Enricher, text: str, event_type: str) -> None:
    found = of_type(enricher, text, event_type)
    assert found and all(e["mode"] == "negated" for e in found), [(e["trigger_text"], e["mode"]) for e in found]


# ... and an act that "neither" does not govern stays asserted (a guard)
def test_class_neither_elsewhere_is_no_negation(enricher: Enricher) -> None:
    text = "The Tajik police arrested two journalists, neither of whom had a press card."
    found = of_type(enricher, text, "COERCE")
    assert found and all(e["mode"] == "asserted" for e in found), [(e["trigger_text"], e["mode"]) for e in found]


# a stance on a hostile act spares the act's victims (roles._maker: a hostile act's "of" names no owner)
def test_class_stance_owner_spares_victims(enricher: Enricher) -> None:
    text = "The Tajik ombudsman was critical of the arrests of the journalists."
    found = [e for e in of_type(enricher, text, "DISAPPROVE") if "journalists" in name(e, "target")]
    assert not found, [(name(e, "source"), name(e, "target")) for e in found]


# a participle after "become" with a party as subject and no agent: the party undergoes it, no one does it
def test_class_resultative_subject_is_the_target(enricher: Enricher) -> None:
    text = "The Tajik border town remained occupied for a week."
    found = [e for e in events(enricher, text) if "town" in name(e, "source")]
    assert not found, [(e["event_type"], name(e, "source"), name(e, "target")) for e in found]


# an open period before now, past habit, or a purpose infinitive's dated clause makes an act background
# (attributes.is_background: ``habitual_periods``, ``habitual_adverbs``; attributes.event_date)
BACKGROUND = [
    ("The Tajik opposition has been calling on the government to free the journalists for months.", "DEMAND", True),
    ("In recent years, the Tajik government has denied the accusations of torture.", "REJECT", True),
    ("The Pamiri activists used to call for protests in Khorog.", "DEMAND", True),
    ("The Tajik president sometimes criticised the Uzbek government.", "DISAPPROVE", True),
    ("In 2018, the Tajik supreme court stepped in to ban the opposition party.", "COERCE", True),
    # ... not a counted period, nor one to come (guards)
    ("The Tajik court jailed the opposition leader for ten years on Monday.", "COERCE", False),
    ("The Tajik army said it will hold talks with the Afghan army in the coming months.", "CONSULT", False),
]


@pytest.mark.parametrize(("text", "event_type", "background"), BACKGROUND)
def test_class_background(enricher: Enricher, text: str, event_type: str, background: bool) -> None:
    found = [e for e in events(enricher, text, dt.date(2022, 7, 15)) if e["event_type"] == event_type]
    assert found and all(e["background"] is background for e in found), [(e["trigger_text"], e["background"])
                                                                          for e in found]
