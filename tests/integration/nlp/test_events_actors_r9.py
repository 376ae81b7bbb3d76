"""Source-actor rules of round 9 (branch i34s), docs/events.md "Round 9, actors". One sentence of
its own for each rule (written for this file, not taken from any evaluation set), run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import events, name


def pairs(found: list[dict[str, Any]], event_type: str) -> set[tuple[str, str]]:
    return {(name(e, "source"), name(e, "target")) for e in found if e["event_type"] == event_type}


def test_coordinated_parties_of_a_meeting_meet_each_other(enricher: Enricher) -> None:
    """"Greece and Turkey held talks": each party is source and target, first-named first."""
    found = events(enricher, "Greece and Turkey held talks on their maritime dispute.")
    assert pairs(found, "CONSULT") == {("greece", "turkey"), ("turkey", "greece")}, found
    assert name(next(e for e in found if e["event_type"] == "CONSULT"), "source") == "greece"


def test_parties_of_a_clash_between_them_fight_each_other(enricher: Enricher) -> None:
    """"clashes between X and Y" (no actor of its own before): X fights Y and Y fights X."""
    found = events(enricher, "There were fierce clashes between government troops and rebels near the airport.")
    got = pairs(found, "FIGHT")
    assert any("troops" in s and "rebels" in t for s, t in got), found
    assert any("rebels" in s and "troops" in t for s, t in got), found


def test_coordinated_attackers_are_not_each_others_targets(enricher: Enricher) -> None:
    """A FIGHT of coordinated subjects may be allies': no event between them."""
    found = events(enricher, "The United States and Britain launched air strikes on the rebels overnight.")
    got = pairs(found, "FIGHT")
    assert got and not any("britain" in t or "united states" in t for _, t in got), found


def test_an_attack_noun_subject_is_its_participle_agents_act(enricher: Enricher) -> None:
    """"The bombing, claimed by X, killed ...": X is the source (the bombing itself is no actor)."""
    found = events(enricher, "The bombing, claimed by the Pakistani Taliban, killed 20 people at a market.")
    assert any("taliban" in s for s, _ in pairs(found, "ASSAULT")), found


def test_a_passives_event_noun_names_the_agent_through_its_participle(enricher: Enricher) -> None:
    """"were killed in air strikes carried out by X": X; "in a car driven by his brother": nobody."""
    found = events(enricher, "Hundreds of people were killed in air strikes carried out by the Saudi-led coalition.")
    assert any("coalition" in s for s, _ in pairs(found, "ASSAULT")), found
    found = events(enricher, "The reporter was killed in a car driven by his brother.")
    assert all(not s for s, _ in pairs(found, "ASSAULT")), found


@pytest.mark.parametrize(("text", "place"), [
    ("Two British tourists were arrested in Dubai for public drunkenness.", "dubai"),
    ("Three activists were sentenced to prison in Egypt on Sunday.", "egypt"),
])
def test_an_agentless_act_of_the_authorities_is_the_places(enricher: Enricher, text: str, place: str) -> None:
    """An arrest or sentence "in" a named country or city with no agent: that place's authorities."""
    found = events(enricher, text)
    assert any(s == place for s, _ in pairs(found, "COERCE")), found


@pytest.mark.parametrize("text", [
    "The suspect was arrested in the capital on Friday.",  # no named place
    "A French aid worker was kidnapped in Niger, officials said.",  # anyone kidnaps
    "The opposition leader was arrested by police in Harare.",  # the agent is named
])
def test_other_places_of_an_act_are_no_source(enricher: Enricher, text: str) -> None:
    found = events(enricher, text)
    assert found and not any(name(e, "source") in ("capital", "niger", "harare") for e in found), found


@pytest.mark.parametrize(("text", "event_type", "doer"), [
    ("The opposition criticised the government for arresting journalists.", "COERCE", "government"),
    ("The police arrested the activist for insulting the king.", "DISAPPROVE", "activist"),
    ("A court sentenced two men to life in prison for killing a police officer.", "ASSAULT", "men"),
])
def test_a_gerund_after_of_or_for_is_the_party_objects_act(enricher: Enricher, text: str, event_type: str,
                                                           doer: str) -> None:  # fmt: skip
    """Object control: the one criticised, arrested or sentenced did the act, not the subject
    (before: "the court" killed the officer)."""
    found = events(enricher, text)
    got = pairs(found, event_type)
    assert got and all(doer in s for s, _ in got), found


def test_a_gerund_on_a_proposal_is_not_its_authors_act(enricher: Enricher) -> None:
    """"rejected a Kenyan proposal for holding talks": the proposal names a party only through its
    modifier, so it controls nothing; the gerund keeps the clause's subject or none."""
    found = events(enricher, "Somalia rejected a Kenyan proposal for holding talks with the rebels.")
    assert not any("kenya" in s for e in found if e["event_type"] != "REJECT" for s in [name(e, "source")]), found


def test_a_party_object_does_the_infinitive(enricher: Enricher) -> None:
    """Object control beyond the causative verbs: "advised the army to release ...": the army."""
    found = events(enricher, "The president advised the army to release the detainees.")
    assert any("army" in s for s, _ in pairs(found, "RETREAT")), found


def test_an_instrument_object_does_not_do_the_infinitive(enricher: Enricher) -> None:
    """"used drones to attack": the drones are what Israel attacks with."""
    found = events(enricher, "Israel used drones to attack the convoy.")
    got = [name(e, "source") for e in found if e["event_type"] in ("ASSAULT", "FIGHT")]
    assert got and all(s == "israel" for s in got), found


def test_a_subject_control_verb_keeps_its_subject_as_the_doer(enricher: Enricher) -> None:
    """"promised residents to arrest the killers": the governor would arrest them (checked on the
    parse itself: the pipeline absorbs a promised act into the AGREE)."""
    from pipeline.nlp.enrich import make_doc
    from pipeline.nlp.events.lexicon import load_lexicon
    from pipeline.nlp.events.roles import subject
    from pipeline.text import normalize_many

    (norm,) = list(normalize_many(["the governor promised residents to arrest the killers ."]))
    doc = enricher.nlp(make_doc(enricher.nlp, norm))
    arrest = next(t for t in doc if t.lower_ == "arrest")
    assert arrest.dep_ == "xcomp" and arrest.head.lower_ == "promised", [(t.text, t.dep_) for t in doc]
    doer = subject(arrest, load_lexicon())
    assert doer is not None and doer.lower_ == "governor", doer


@pytest.mark.parametrize(("text", "party"), [
    ("Hamas said its gunmen had attacked an Israeli patrol near the border.", "hamas"),
    ("The government said its troops had recaptured the town from the rebels.", "government"),
])
def test_forces_a_pronoun_owns_act_for_its_antecedent(enricher: Enricher, text: str, party: str) -> None:
    """"its gunmen", "their troops": the actor text stays, resolved to the party that owns them."""
    found = events(enricher, text)
    acts = [e for e in found if e["event_type"] in ("ASSAULT", "FIGHT")]
    assert acts and all(party in name(e, "source") and e["source_text"].lower().startswith("its") for e in acts), found


def test_a_person_a_pronoun_owns_is_no_one_else(enricher: Enricher) -> None:
    """"her lawyer" is not the woman: no resolution to the owner for people."""
    found = events(enricher, "Mrs Adeyemi said her lawyer had criticised the court.")
    assert any(name(e, "source") == "her lawyer" for e in found if e["event_type"] == "DISAPPROVE"), found


def test_he_of_a_persons_office_is_the_person(enricher: Enricher) -> None:
    """"the prime minister's office said he had spoken ...": the office is no person, its owner is."""
    found = events(enricher, "The prime minister's office said he had spoken by telephone with the German chancellor.")
    talks = [e for e in found if e["event_type"] == "CONSULT"]
    assert talks and "prime minister" in name(talks[0], "source"), found


def test_he_of_a_persons_spokesman_is_the_spokesman(enricher: Enricher) -> None:
    found = events(enricher, "The president's spokesman said he had met the opposition leader on Monday.")
    talks = [e for e in found if e["event_type"] == "CONSULT"]
    assert talks and "spokesman" in name(talks[0], "source"), found


@pytest.mark.parametrize(("text", "decider"), [
    ("The decision by Moscow to expel 20 British diplomats angered London.", "moscow"),
    ("A Russian decision to expel 20 British diplomats angered London.", "russian"),
])
def test_the_decider_does_what_a_decision_noun_says(enricher: Enricher, text: str, decider: str) -> None:
    """The infinitive of a decision noun is its owner's act: "by" X or a naming modifier, as "X's"."""
    found = events(enricher, text)
    assert any(s == decider for s, _ in pairs(found, "SANCTION")), found


@pytest.mark.parametrize(("text", "alleged"), [
    ("The ethics committee has completed its investigation into an allegation by the opposition that the "
     "minister took bribes.", "minister"),
    ("Police are investigating complaints from residents that soldiers looted their homes.", "soldiers"),
])
def test_an_investigated_allegation_targets_the_party_it_accuses(enricher: Enricher, text: str, alleged: str) -> None:
    """What is investigated is the accused party of the allegation, not its author."""
    found = events(enricher, text)
    probes = [e for e in found if e["event_type"] == "INVESTIGATE"]
    assert probes and all(alleged in name(e, "target") for e in probes), found


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Mexican troops clashed with Zapatista rebels in Chiapas, leaving dozens dead.", "troops", "rebels"),
    ("Rebels and soldiers clashed outside the provincial capital on Friday.", "rebels", "soldiers"),
])
def test_the_parties_of_a_clash_act_on_each_other(enricher: Enricher, text: str, one: str, other: str) -> None:
    """A symmetric verb (actors.v1.2 symmetric_verbs): one event each way."""
    got = pairs(events(enricher, text), "FIGHT")
    assert any(one in s and other in t for s, t in got), got
    assert any(other in s and one in t for s, t in got), got


@pytest.mark.parametrize("text", [
    "Mexican police clashed with striking teachers in Oaxaca, injuring dozens.",
    "Police and teachers clashed outside the parliament building on Friday.",
])
def test_a_crowd_clashing_with_police_riots(enricher: Enricher, text: str) -> None:
    """Ordinary people clashing with police riot (plover.v2.16, CAMEO 145): the crowd's PROTEST
    aimed at the police, and no fight between armed parties either way."""
    found = events(enricher, text)
    assert any("teachers" in s and "police" in t for s, t in pairs(found, "PROTEST")), found
    assert not pairs(found, "FIGHT"), found


def test_an_authority_acts_noun_in_a_named_place_is_the_places(enricher: Enricher) -> None:
    """"the detention of journalists in Turkey" (no owner, no by-phrase): Turkey detains."""
    found = events(enricher, "Rights groups condemned the detention of journalists in Turkey.")
    assert ("turkey", "journalists") in pairs(found, "COERCE"), found


def test_a_by_phrase_on_an_acts_of_party_is_its_agent(enricher: Enricher) -> None:
    """"the arrest of the opposition leader by police in Harare": police (not Harare, not none)."""
    found = events(enricher, "The arrest of the opposition leader by police in Harare sparked protests.")
    assert pairs(found, "COERCE") == {("police", "opposition leader")}, found


def test_what_causes_an_event_does_not_do_it(enricher: Enricher) -> None:
    """"the arrest ... sparked protests": the arrest (or its parties) did not protest; "provoked
    protests by Muslims": the Muslims did (actors.v1.2 causing_verbs)."""
    found = events(enricher, "The arrest of the opposition leader sparked protests in the capital.")
    assert not any(s for s, _ in pairs(found, "PROTEST")), found
    found = events(enricher, "The cartoons provoked angry protests by Muslims across the region.")
    assert {s for s, _ in pairs(found, "PROTEST")} == {"muslims"}, found


def test_a_co_agent_beside_coordinated_subjects_is_a_source(enricher: Enricher) -> None:
    """"Russia and China, along with Iran, held joint exercises": Iran is a party too."""
    found = events(enricher, "Russia and China, along with Iran, held joint naval exercises in the Gulf of Oman.")
    assert {"russia", "china", "iran"} <= {s for s, _ in pairs(found, "COOPERATE")}, found


@pytest.mark.parametrize(("text", "doer"), [
    ("sanaa ( reuters ) - iran-backed houthi rebels attacked a saudi oil facility on saturday .", "houthi rebels"),
    ("donetsk ( reuters ) - russian-backed separatists shelled the town of mariupol on sunday .", "separatists"),
])
def test_a_dateline_with_its_agency_is_never_the_subject(enricher: Enricher, text: str, doer: str) -> None:
    """"CITY (Agency) - ..." parsed as the subject or root (whatever the NER called the city): the
    apposition after the dash is the subject, not the city nor the agency in brackets."""
    found = [e for e in events(enricher, text) if e["event_type"] in ("ASSAULT", "FIGHT")]
    assert found and all(doer in name(e, "source") for e in found), found


def test_a_sponsor_named_before_backed_is_not_the_actors_country(enricher: Enricher) -> None:
    """"Iran-backed Houthi rebels" (dateline Sanaa): the rebels are Yemen's, Iran only backs them."""
    found = events(enricher, "sanaa ( reuters ) - iran-backed houthi rebels attacked a saudi oil facility on saturday .")
    assert [e["source_country"] for e in found if e["event_type"] == "ASSAULT"] == ["YEM"], found


def test_they_of_a_groups_spokesman_is_the_group(enricher: Enricher) -> None:
    """"a spokesman for the separatists said their forces ...": the separatists' forces."""
    found = events(enricher, "A spokesman for the separatists said their forces had repelled a government assault.")
    fights = [e for e in found if e["event_type"] == "FIGHT"]
    assert fights and all("separatists" in name(e, "source") for e in fights), found
