"""Actor rules (round 6): who is an event's source and target. One sentence of its own for each rule
(written for this file, not taken from any evaluation set), run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import events, name


def summary(found: list[dict[str, Any]]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e["event_type"], name(e, "source"), name(e, "target"), e["source_country"], e["target_country"])
            for e in found]  # fmt: skip


def test_coordinated_party_modifiers_are_one_actor_each(enricher: Enricher) -> None:
    """"Chilean and Peruvian diplomats" are two parties, each with its own country; the last
    conjunct keeps the shared noun, and both take its sector."""
    found = [e for e in events(enricher, "Senior Chilean and Peruvian diplomats agreed on Tuesday to reopen the "
                                         "border crossing.") if e["event_type"] == "AGREE"]  # fmt: skip
    by_country = {e["source_country"]: e for e in found}
    assert set(by_country) == {"CHL", "PER"}, summary(found)
    assert by_country["CHL"]["source_text"].lower() == "chilean"
    assert by_country["PER"]["source_text"].lower() == "peruvian diplomats"
    assert by_country["CHL"]["source_sector"] == by_country["PER"]["source_sector"] == "GOV"


def test_one_party_modifier_stays_one_actor(enricher: Enricher) -> None:
    found = [e for e in events(enricher, "Chilean diplomats agreed on Tuesday to reopen the border crossing.")
             if e["event_type"] == "AGREE"]  # fmt: skip
    assert len(found) == 1 and found[0]["source_country"] == "CHL", summary(found)


def test_she_refers_to_a_person_noun_subject(enricher: Enricher) -> None:
    """A pronoun agrees with its antecedent: "she" takes the enclosing clause's subject when it is a
    person, also a common noun ("the councillor") or a name the NER mislabelled but an apposition
    describes as a person."""
    found = events(enricher, "The councillor said the police had harassed her since she spoke against the lawmaker.")
    spoke = [e for e in found if e["event_type"] == "DISAPPROVE" and e["trigger_text"] == "spoke against"]
    assert spoke and spoke[0]["source_text"].lower() == "she" and "councillor" in name(spoke[0], "source"), \
        summary(found)


def test_they_does_not_refer_to_one_person(enricher: Enricher) -> None:
    found = events(enricher, "The governor said they had attacked the convoy near the border.")
    attack = [e for e in found if e["event_type"] in ("ASSAULT", "FIGHT")]
    assert attack and "governor" not in name(attack[0], "source"), summary(found)


def test_a_place_after_of_is_the_target_of_an_attack_noun(enricher: Enricher) -> None:
    """"the shelling of the Syrian town of Idlib": the town is hit (target), it does not shell; the
    phrase is the place, not the nationality modifying it."""
    found = [e for e in events(enricher, "The foreign ministry condemned the shelling of the Syrian town of Idlib "
                                         "on Friday.") if e["event_type"] == "FIGHT"]  # fmt: skip
    assert found and found[0]["source_text"] is None, summary(found)
    assert "town of idlib" in name(found[0], "target") and found[0]["target_country"] == "SYR", summary(found)


def test_a_hostile_act_on_foreign_persons_targets_their_country(enricher: Enricher) -> None:
    """"expelled two Bolivian diplomats" (a verb + object phrase): the act is against Bolivia; a
    cooperative act's persons are often the source's own ("sent Swedish observers")."""
    found = [e for e in events(enricher, "Peru expelled two Bolivian diplomats on Monday.")
             if e["event_type"] == "SANCTION"]  # fmt: skip
    assert found and found[0]["target_country"] == "BOL", summary(found)
    sent = events(enricher, "The United Nations sent Swedish observers to the border.")
    assert all(e["target_country"] != "SWE" for e in sent), summary(sent)


def test_an_event_noun_is_no_actor_but_its_owner_is(enricher: Enricher) -> None:
    """"Russia's withdrawal was condemned": the act is no party, its owner is; an unowned act names
    no one ("the withdrawal was criticised": no target)."""
    found = [e for e in events(enricher, "Russia's withdrawal was condemned by Ukraine.")
             if e["event_type"] == "DISAPPROVE"]  # fmt: skip
    assert found and found[0]["target_text"].lower() == "russia", summary(found)
    found = [e for e in events(enricher, "The withdrawal was criticised by the opposition.")
             if e["event_type"] == "DISAPPROVE"]  # fmt: skip
    assert found and found[0]["target_text"] is None, summary(found)


def test_a_name_in_apposition_says_who_the_description_is(enricher: Enricher) -> None:
    """"The Bolivian president, Evo Morales, criticised ...": the actor is the named person (the
    phrase runs over the apposition and takes the name's entity)."""
    found = [e for e in events(enricher, "The Bolivian president, Evo Morales, criticised the United States on "
                                         "Monday.") if e["event_type"] == "DISAPPROVE"]  # fmt: skip
    assert found and "evo morales" in name(found[0], "source"), summary(found)
    assert found[0]["source_entity_index"] is not None and found[0]["source_country"] == "BOL", summary(found)


def test_the_subject_of_a_passive_acts_in_its_infinitive(enricher: Enricher) -> None:
    """"Thailand is expected to sign ...", "the rebels were ordered by the court to release ...":
    the passive's subject is the infinitive's subject (raising, object control seen from the passive)."""
    found = [e for e in events(enricher, "Thailand is expected to sign the agreement with Cambodia next week.")
             if e["target_country"] == "KHM"]  # fmt: skip
    assert found and found[0]["source_country"] == "THA", summary(found)
    found = [e for e in events(enricher, "The rebels were ordered by the court to release the hostages.")
             if e["event_type"] == "RETREAT"]  # fmt: skip
    assert found and "rebels" in name(found[0], "source"), summary(found)


def test_the_subject_of_a_passive_acts_in_its_gerund(enricher: Enricher) -> None:
    """"Uganda was accused of backing the rebels", "a man suspected of killing a pastor": the one the
    passive is about is the gerund's subject."""
    found = [e for e in events(enricher, "Uganda was accused of backing the rebels.") if e["event_type"] == "SUPPORT"]
    assert found and found[0]["source_country"] == "UGA", summary(found)
    found = [e for e in events(enricher, "Police in Lagos arrested a man suspected of killing a pastor.")
             if e["event_type"] == "ASSAULT"]  # fmt: skip
    assert found and name(found[0], "source") == "man", summary(found)


def test_coordinated_passives_share_the_agent(enricher: Enricher) -> None:
    """"she was beaten and detained in a cell by police": the by-phrase is both passives' agent,
    also when the parser hangs it on the noun of a prepositional phrase; each verb keeps its own."""
    found = events(enricher, "A former councillor has alleged that she was beaten and detained in a cell by police "
                             "in Kano.")  # fmt: skip
    acts = [e for e in found if e["event_type"] in ("ASSAULT", "COERCE")]
    assert len(acts) == 2 and all(name(e, "source") == "police" for e in acts), summary(found)
    found = events(enricher, "The journalists were arrested by soldiers and released on bail by a court.")
    by_type = {e["event_type"]: name(e, "source") for e in found}
    assert by_type.get("COERCE") == "soldiers" and by_type.get("RETREAT") == "court", summary(found)


def test_a_city_name_inside_a_longer_name_is_no_city(enricher: Enricher) -> None:
    """"Rajya Sabha MPs" (India's upper house): "Sabha" is also a Libyan city, but a word inside a
    longer name names no place; "the court in Algiers" still takes Algeria."""
    found = events(enricher, "A record 19 Rajya Sabha MPs were suspended for disrupting proceedings.")
    assert found and all(e["target_country"] != "LBY" and e["source_country"] != "LBY" for e in found), summary(found)
    found = events(enricher, "The court in Algiers sentenced the former minister.")
    assert found and found[0]["source_country"] == "DZA", summary(found)


def test_ask_someone_for_something_targets_the_one_asked(enricher: Enricher) -> None:
    """"asked Germany for more air defence systems": Germany is asked (the "for" phrase is the
    content); without an addressee the content's party stays the target ("called for the
    resignation of the governor")."""
    found = [e for e in events(enricher, "Ukraine asked Germany for more air defence systems.")
             if e["event_type"] == "DEMAND"]  # fmt: skip
    assert found and found[0]["target_country"] == "DEU", summary(found)
    found = [e for e in events(enricher, "The farmers called for the resignation of the governor.")
             if e["event_type"] == "DEMAND"]  # fmt: skip
    assert found and "governor" in name(found[0], "target"), summary(found)


def test_the_party_of_an_of_phrase_inside_the_object(enricher: Enricher) -> None:
    """"handed a note of protest to the Ugandan ambassador": the parser hangs "to X" on "protest";
    X is still whom the note is handed to."""
    found = [e for e in events(enricher, "Later, the Kenyan foreign ministry on Friday handed a strongly-worded "
                                         "note of protest to the Ugandan ambassador.") if e["event_type"] == "DISAPPROVE"]  # fmt: skip
    assert found and "ugandan ambassador" in name(found[0], "target"), summary(found)


def test_a_role_noun_keeps_the_body_it_is_of(enricher: Enricher) -> None:
    """"the chief of the Kenyan army": the phrase runs over "of" + a nationality-modified noun, so
    the actor says whose chief (and takes Kenya's country)."""
    found = [e for e in events(enricher, "The chief of the Kenyan army visited troops in Somalia.")
             if e["event_type"] == "CONSULT"]  # fmt: skip
    assert found and "chief of the kenyan army" in name(found[0], "source"), summary(found)
    assert found[0]["source_country"] == "KEN", summary(found)


def test_an_organisation_modifier_gives_its_country(enricher: Enricher) -> None:
    """"Hezbollah fighters", "UN peacekeepers": the organisation the noun is of says the country;
    the noun keeps its own sector."""
    found = [e for e in events(enricher, "Hezbollah fighters fired rockets at an Israeli army post.")
             if e["event_type"] == "FIGHT"]  # fmt: skip
    assert found and found[0]["source_country"] == "LBN", summary(found)
    found = [e for e in events(enricher, "UN peacekeepers opened fire on protesters in Goma.")
             if e["event_type"] == "ASSAULT"]  # fmt: skip  (firing on unarmed people, plover.v2.13)
    assert found and found[0]["source_country"] == "IGO" and found[0]["source_sector"] == "MIL", summary(found)


@pytest.mark.parametrize(("text", "countries"), [
    ("Russia, along with China, vetoed the resolution on Syria.", {"RUS", "CHN"}),
    ("France, together with Germany, condemned the coup.", {"FRA", "DEU"}),
    ("Egypt as well as Jordan criticised the decision.", {"EGY", "JOR"}),
])
def test_co_agents_are_sources_too(enricher: Enricher, text: str, countries: set[str]) -> None:
    """"X, along with Y," / "together with Y" / "X as well as Y": both act."""
    found = events(enricher, text)
    assert {e["source_country"] for e in found} >= countries, summary(found)


def test_the_place_of_a_demand_with_no_party_is_its_target(enricher: Enricher) -> None:
    """"sought asylum in Sweden": Sweden is asked (the PLOVER gold standard codes the place an
    act with no actor target is aimed at as its target, for demands as for attacks)."""
    found = [e for e in events(enricher, "Thousands of Syrian refugees sought asylum in Sweden last year.")
             if e["event_type"] == "DEMAND"]  # fmt: skip
    assert found and found[0]["target_country"] == "SWE", summary(found)
