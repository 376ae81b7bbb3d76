"""Actor rules of round 10 (branch i35s), docs/events.md "Round 10, actors". One sentence of its own
for each rule (written for this file, not taken from any evaluation set), run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from typing import Any

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, events, name


def pairs(found: list[dict[str, Any]], event_type: str) -> set[tuple[str, str]]:
    return {(name(e, "source"), name(e, "target")) for e in found if e["event_type"] == event_type}


def test_a_from_party_on_the_object_of_a_noun_of_saying_is_the_sayer(enricher: Enricher) -> None:
    """"the condemnation of the attack from world leaders": the leaders condemn (actors.v1.3
    speech_noun_types); they are neither its target nor the attackers."""
    found = events(enricher, "The condemnation of the bombing from Western leaders was swift.")
    assert any("leaders" in s and "leaders" not in t for s, t in pairs(found, "DISAPPROVE")), found
    assert not any("leaders" in s for s, _ in pairs(found, "ASSAULT")), found
    assert_finds(enricher, "Criticism of the new security law from Amnesty International has grown.", "DISAPPROVE",
                 "amnesty", "")


def test_a_place_after_from_stays_the_origin_of_the_inner_act(enricher: Enricher) -> None:
    """"condemnation of rocket fire from Gaza": Gaza is where the fire came from, not a speaker."""
    found = events(enricher, "The condemnation of the rocket fire from Gaza by the Arab League came late.")
    assert any("arab league" in s for s, _ in pairs(found, "DISAPPROVE")), found
    assert not any(s == "gaza" for s, _ in pairs(found, "DISAPPROVE")), found


def test_an_object_pronoun_is_not_its_own_clauses_subject(enricher: Enricher) -> None:
    """"met X and urged him": "him" is X (an earlier object of the sentence), never the subject the
    clause shares ("him" for the subject would be "himself")."""
    assert_finds(enricher, "The UN envoy met the rebel commander on Monday and urged him to respect the truce.",
                 "DEMAND", "envoy", "rebel commander")
    assert_finds(enricher, "The army captured the militia leader and later executed him.", "ASSAULT", "army",
                 "militia leader")


def test_an_object_pronoun_skips_its_subjects_antecedent_across_sentences(enricher: Enricher) -> None:
    """"X met Y. X urged him ...": "him" is Y, the newest other person, not X."""
    assert_finds(enricher, "Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu in Ankara. "
                 "Lavrov urged him to close the border.", "DEMAND", "lavrov", "cavusoglu")


def test_a_document_speaks_for_its_issuer_in_an_earlier_sentence(enricher: Enricher) -> None:
    """"X issued a statement. The statement called on Y ...": X (actors.v1.3 document_nouns,
    issuing_verbs), also when the first sentence holds no trigger word and is never parsed."""
    assert_finds(enricher, "The Arab League issued a communique after the summit. The communique urged Iran to "
                 "stop interfering in Yemen.", "DEMAND", "arab league", "iran")
    assert_finds(enricher, "Amnesty International said in a statement that it was alarmed by the arrests. "
                 "The statement also demanded the release of the jailed journalists.", "DEMAND", "amnesty", "")


def test_a_document_only_rejected_before_speaks_for_no_one(enricher: Enricher) -> None:
    """"X rejected the report. The report accused ...": X did not issue it; the report has no source."""
    found = events(enricher, "The ministry rejected the report on Tuesday. The report accused the army of "
                   "torturing prisoners.")
    assert any("army" in t for _, t in pairs(found, "DISAPPROVE")), found
    assert not any("ministry" in s and "army" in t for s, t in pairs(found, "DISAPPROVE")), found


def test_an_of_gerund_after_a_verb_of_informing_is_the_subjects_act(enricher: Enricher) -> None:
    """"notified X of conducting exercises": the one who notified conducts them (actors.v1.3
    informing_verbs); after other verbs the party object acts ("accused X of violating")."""
    found = events(enricher, "Moscow notified Oslo of conducting naval exercises near the border.")
    assert not any(s == "oslo" for e in found for s in [name(e, "source")]), found
    found = events(enricher, "The interior minister warned the strikers of arresting them if they returned.")
    assert any("minister" in s for s, _ in pairs(found, "COERCE")), found


def test_a_generic_agent_object_controls_an_of_gerund(enricher: Enricher) -> None:
    """"accused the rebels of violating the ceasefire": the rebels violate it (a generic agent of the
    actor KB such as "rebels" or "militants" is a party object, as a person or group noun is)."""
    assert_finds(enricher, "The army accused the rebels of violating the truce in the north.", "FIGHT",
                 "rebels", "")


def test_an_agentless_harm_in_a_partys_hostile_act_is_that_partys(enricher: Enricher) -> None:
    """"were killed in a government offensive": the government killed them (actors.v1.3
    harm_noun_types); "in a suicide bombing" names no one."""
    assert_finds(enricher, "Four fighters were killed in a government offensive near the border.", "ASSAULT",
                 "government", "fighters")
    found = events(enricher, "Five people were killed in a suicide bombing in the capital.")
    assert all(not s for s, _ in pairs(found, "ASSAULT")), found


def test_only_an_authoring_participles_agent_is_an_event_nouns_author(enricher: Enricher) -> None:
    """"a bombing claimed by X" is X's (actors.v1.3 authoring_participles), also as a preposition's
    object; "the attack condemned by the UN" is not the UN's."""
    assert_finds(enricher, "Twenty people died in a suicide bombing claimed by Islamic State.", "ASSAULT",
                 "islamic state", "")
    found = events(enricher, "The ambush condemned by the United Nations killed nine peacekeepers.")
    assert not any("united nations" in s for s, _ in pairs(found, "ASSAULT")), found


def test_a_passive_subject_thing_stands_for_its_author(enricher: Enricher) -> None:
    """"a proposal put forward by Egypt was rejected by Israel": Egypt is what Israel rejects, as
    for the active "Israel rejected a proposal put forward by Egypt"."""
    assert_finds(enricher, "A truce proposal put forward by Qatar was rejected by the militia.", "REJECT",
                 "militia", "qatar")


def test_a_crowd_of_people_is_those_people(enricher: Enricher) -> None:
    """"a mob of students attacked": the students (a collective noun followed by "of")."""
    assert_finds(enricher, "The consulate was attacked by a mob of nationalist students on Friday.", "ASSAULT", "students",
                 "consulate")


def test_a_possessive_pronoun_that_cannot_be_the_subject_names_the_other_party(enricher: Enricher) -> None:
    """"Turkey rejected their offer": "their" cannot be Turkey ("its"), so the offer is another
    party's, the target; "the army withdrew its troops" stays the army's own (no target)."""
    assert_finds(enricher, "The Kurdish rebels offered a truce on Friday. Ankara rejected their offer.", "REJECT",
                 "ankara", "kurdish rebels")
    found = events(enricher, "The army withdrew its troops from the border.")
    assert all(not t for _, t in pairs(found, "RETREAT")), found


def test_coordinated_subjects_own_their_possessions(enricher: Enricher) -> None:
    """"X and Y upgraded their ties": "their" is X and Y (a coordinated subject is plural), no target."""
    found = events(enricher, "Chile and Peru have upgraded their diplomatic ties to ambassadorial level.")
    assert found and all(t in ("", "chile", "peru") for e in found for t in [name(e, "target")]), found


def test_an_organisation_description_refers_to_the_last_organisation_named(enricher: Enricher) -> None:
    """"X ... The group said": the group is X, the newest organisation named (actors.v1.3
    organisation_descriptions), also when its name does not hold the word."""
    assert_finds(enricher, "Al Shabaab stormed a hotel in Mogadishu on Friday. The group said its fighters had "
                 "killed 20 soldiers.", "ASSAULT", "shabaab", "soldiers")
    assert_finds(enricher, "The World Health Organization warned of a new outbreak. The agency urged governments "
                 "to step up vaccinations.", "DEMAND", "world health organization", "governments")


def test_who_claims_an_attack_is_its_author(enricher: Enricher) -> None:
    """"X claimed the attack", "X claimed responsibility for the bombing": X's act (actors.v1.3
    claiming_verbs)."""
    assert_finds(enricher, "The Pakistani Taliban claimed responsibility for the bombing in Peshawar.", "ASSAULT",
                 "taliban", "")
    assert_finds(enricher, "A little-known militia claimed the attack on the convoy.", "ASSAULT", "militia", "")


def test_an_object_pronoun_of_a_participle_clause_is_not_the_main_subject(enricher: Enricher) -> None:
    """"hit back at X, accusing it of ...": "it" is X, the earlier preposition object, not the
    subject the participle shares."""
    assert_finds(enricher, "The Chinese embassy hit back at Canada, accusing it of hypocrisy.", "DISAPPROVE",
                 "embassy", "canada")


def test_an_organisation_description_may_refer_to_a_name_earlier_in_its_sentence(enricher: Enricher) -> None:
    """"a senior Hezbollah official said the group had ...": the group is Hezbollah."""
    assert_finds(enricher, "A senior Hezbollah official said the group had rejected the French proposal.", "REJECT",
                 "hezbollah", "")


def test_an_object_them_refers_to_the_group_an_earlier_event_acted_on(enricher: Enricher) -> None:
    """"met the warring parties. He urged them ...": the parties; "rebels attacked government troops.
    The army repelled them": the rebels (the troops are the army's own side)."""
    assert_finds(enricher, "The UN envoy met tribal elders in Kandahar. He urged them to respect the truce.",
                 "DEMAND", "envoy", "tribal elders")
    assert_finds(enricher, "Police arrested 20 students on Monday. A court later released them.", "RETREAT",
                 "court", "students")
    assert_finds(enricher, "Rebels attacked government troops near the airport. The army later repelled them.",
                 "FIGHT", "army", "rebels")


def test_a_meeting_verbs_person_noun_object_is_the_party_met(enricher: Enricher) -> None:
    """"met tribal elders": the elders are the CONSULT's target (a person or group noun object of a
    meeting verb), as a named object is."""
    assert_finds(enricher, "The governor met village elders on Sunday.", "CONSULT", "governor", "elders")


def test_a_single_plural_between_party_acts_among_itself(enricher: Enricher) -> None:
    """"clashes between rival gangs": the gangs fight (each other), the source; no target."""
    assert_finds(enricher, "Clashes between rival militias left five people dead in the north.", "FIGHT", "militias", "")


def test_lowercased_us_modifying_a_noun_is_the_country(enricher: Enricher) -> None:
    """"condemned the us strikes": "us" modifying a noun is the United States, never the pronoun."""
    found = events(enricher, "Iran's foreign ministry condemned the US strikes on Sunday.")
    assert any(e["target_country"] == "USA" for e in found if e["event_type"] == "DISAPPROVE"), found


def test_a_definite_body_as_object_is_the_target(enricher: Enricher) -> None:
    """"accused the electoral commission of rigging the vote": the commission (a definite singular
    noun whose first sense is a group), as "the court" is a subject."""
    assert_finds(enricher, "The opposition accused the electoral commission of rigging the vote.", "DISAPPROVE",
                 "opposition", "electoral commission")


def test_a_person_noun_of_an_organisation_takes_its_country(enricher: Enricher) -> None:
    """"the head of the World Food Programme criticised ...": the WFP's code (IGO), not the country of
    the place the story is about. (A warning of famine was the sentence until round 27 made a
    warning of a state of things a forecast, no event.)"""
    found = events(enricher, "The head of the World Food Programme criticised the blockade of Gaza.")
    assert any(e["source_country"] == "IGO" for e in found), found


def test_a_weapon_object_is_no_party(enricher: Enricher) -> None:
    """"supplying drones to Russia": the drones are what is supplied, Russia the party (actors.v1.3
    equipment_nouns); "shot down two Syrian helicopters": the Syrians' (the weapon's owner)."""
    assert_finds(enricher, "Tehran denied supplying drones to Russia.", "AID", "tehran", "russia")
    found = events(enricher, "Turkey said it shot down two Syrian helicopters near the border.")
    assert any(e["target_country"] == "SYR" for e in found), found


def test_a_demanded_passive_clauses_subject_is_the_target(enricher: Enricher) -> None:
    """"demanded that Israel be held accountable": Israel, as "demanded that Israel withdraw"."""
    assert_finds(enricher, "In a letter to the Security Council, Tehran demanded that Washington be held "
                 "accountable.", "DEMAND", "tehran", "washington")


def test_a_stance_nouns_grievance_party_is_the_target(enricher: Enricher) -> None:
    """"expressed concern over the detention of X by Y": Y, the party complained about, also when
    the "over" phrase hangs on the stance noun rather than on the verb."""
    assert_finds(enricher, "Britain expressed concern over the detention of the reporter by Iranian authorities.",
                 "DISAPPROVE", "britain", "iranian authorities")


def test_an_evaluated_acts_by_agent_is_the_target_not_its_victim(enricher: Enricher) -> None:
    """"denounced the crackdown on protesters by security forces": the forces are criticised."""
    assert_finds(enricher, "Amnesty International denounced the crackdown on students by the riot police.",
                 "DISAPPROVE", "amnesty", "riot police")
