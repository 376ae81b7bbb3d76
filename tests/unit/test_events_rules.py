"""One sentence of its own (written for this file, not taken from any evaluation set) for each
trigger rule and each lexicon entry added in plover.v2; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.enrich import Enricher, EnrichInput

MODEL = DEFAULT_MODEL  # the shipped model


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher(MODEL)


def events(enricher: Enricher, text: str, published: dt.date | None = None) -> list[dict[str, Any]]:
    (result,) = enricher.enrich([EnrichInput(text.lower(), published)])
    return result.events


def name(event: dict[str, Any], role: str) -> str:
    return (event[f"{role}_resolved"] or event[f"{role}_text"] or "").lower()


# (sentence, type, source contains, target contains, mode); "" = not checked
FOUND = [
    # speech acts are events of their own
    ("The opposition leader accused the mayor of fraud.", "DISAPPROVE", "opposition leader", "mayor", "asserted"),
    ("The ministry denied the report about secret prisons.", "REJECT", "ministry", "", "asserted"),
    ("The union urged the government to raise wages.", "DEMAND", "union", "government", "asserted"),
    ("Farmers appealed to the governor for help after the floods.", "DEMAND", "farmers", "governor", "asserted"),
    ("The bishop praised the rebels for releasing the hostages.", "SUPPORT", "bishop", "rebels", "asserted"),
    ("The senator spoke against the president in a televised debate.", "DISAPPROVE", "senator", "president", "asserted"),
    ("Chile said the blockade was a violation of international law.", "DISAPPROVE", "chile", "", "asserted"),
    ("The governor said the accusations by the mayor were baseless.", "REJECT", "governor", "", "asserted"),
    ("The minister said the rebels must lay down their arms.", "DEMAND", "minister", "rebels", "asserted"),
    # passives: the agent is the source, the subject the target; agentless passives keep the target
    ("Three journalists were detained by soldiers in the capital.", "COERCE", "soldiers", "journalists", "asserted"),
    ("The activist was released on bail on Friday.", "RETREAT", "", "activist", "asserted"),
    ("The former minister is scheduled to be sentenced next month.", "COERCE", "", "minister", ""),
    ("The mayor was accused of fraud and pleaded guilty in court.", "CONCEDE", "mayor", "", "asserted"),
    ("Ahmed Salem pleaded not guilty to the charges.", "REJECT", "salem", "", "asserted"),
    ("The court granted bail to the opposition leader.", "RETREAT", "court", "opposition leader", "asserted"),
    # event nouns with their own actors or a support verb
    ("Students staged a protest outside the parliament.", "PROTEST", "students", "", "asserted"),
    ("Hungary's invasion of Slovenia shocked the region.", "FIGHT", "hungary", "slovenia", "asserted"),
    ("The two ministers held talks with Kenyan officials in Nairobi.", "CONSULT", "ministers", "kenyan", "asserted"),
    ("The union issued a statement demanding that the mayor resign.", "DEMAND", "union", "mayor", "asserted"),
    # "be opposed to": the grammatical subject acts
    ("Norway is opposed to the Danish proposal on fishing quotas.", "REJECT", "norway", "danish", "asserted"),
    # the place a hostile act hits is its target when no actor is named
    ("Police imposed a curfew in Kisumu after the riots.", "COERCE", "police", "kisumu", "asserted"),
    ("Rebel fighters shelled Goma on Sunday.", "", "fighters", "goma", "asserted"),
    ("Police imposed a curfew in the town of Garissa.", "COERCE", "police", "garissa", "asserted"),
    ("The army declared a state of emergency in Kano.", "COERCE", "army", "kano", "asserted"),
    # a support verb's subject acts for a possessed event noun
    ("The foreign minister reaffirmed Peru's support for Ecuador.", "SUPPORT", "minister", "ecuador", "asserted"),
    # the source decides between readings
    ("Thousands of farmers blocked the highway to the capital.", "PROTEST", "farmers", "", "asserted"),
    ("The air force carried out a strike on the rebel camp.", "FIGHT", "air force", "", "asserted"),
    ("The council suspended two opposition lawmakers for a week.", "COERCE", "council", "lawmakers", "asserted"),
    ("The government suspended four Labour members for the session.", "COERCE", "government", "members", "asserted"),
    # an unresolved "they" still names someone
    ("They were arrested at the airport on Monday.", "COERCE", "", "they", "asserted"),
    ("Soldiers captured three smugglers near the border.", "COERCE", "soldiers", "smugglers", "asserted"),
    ("Lawmakers stormed the chamber to stop the vote.", "PROTEST", "lawmakers", "", "asserted"),
    # modes
    ("Peru will recall its ambassador from Bolivia.", "SANCTION", "peru", "", "future"),
    ("Peru may expel the Bolivian ambassador.", "", "peru", "", "hypothetical"),
    ("The army did not attack the village.", "", "army", "", "negated"),
    ("The general ordered the troops to withdraw from the border.", "RETREAT", "troops", "", "hypothetical"),
    ("Poland would blockade the border if talks failed.", "THREATEN", "poland", "", "asserted"),
    ("The committee said it is willing to meet the protesters.", "AGREE", "committee", "protesters", "asserted"),
    # a cooperative act announced for the future is also an AGREE (CAMEO 03), a hostile one a THREATEN
    ("Brazil will support Chile's bid for a seat on the council.", "AGREE", "brazil", "chile", "asserted"),
    # a demand for punishment is a DISAPPROVE (CAMEO 11x)
    ("The archbishop called for sanctions against Venezuela.", "DISAPPROVE", "archbishop", "", "asserted"),
    # "a mission/team of X" counts as X for verb + object entries ("receive observers" = RETREAT, CAMEO 0862)
    ("Nepal received a team of observers from the European Union.", "RETREAT", "nepal", "", "asserted"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target", "mode"), FOUND, ids=[f[0][:40] for f in FOUND])
def test_rule_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str, mode: str) -> None:
    found = events(enricher, text)
    wanted = [e for e in found if (not event_type or e["event_type"] == event_type)
              and source in name(e, "source") and target in name(e, "target") and (not mode or e["mode"] == mode)]
    assert wanted, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target"), e["mode"]) for e in found]


# sentences that hold a trigger word but no event
NOTHING = [
    "Soldiers holding flags lined the road to the stadium.",  # hold needs a person object
    "The band marched past the stands during the military parade.",  # no protest by a military band
    "The award confers prestige on the winners.",  # confer is only CONSULT with "with"
    "The spokesman declined to comment on the case.",  # declining comment is no rejection
    "The attacks were a violation of the rules of the game.",  # an event noun that is only a subject
    "The country kept enough reserves to destroy the locust swarms.",  # a purpose, not an act
    "The minister is keen to expand its exports.",  # willingness towards no one
    "\"Where were you last night?\" asked the officer.",  # a question is no demand
    "The police officers talked to someone for an hour on Monday.",  # no addressee
    "Police sent the suspect to the court in the morning.",  # sending a person is no aid
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_rule_keeps_quiet(enricher: Enricher, text: str) -> None:
    found = [e for e in events(enricher, text) if e["mode"] == "asserted"]
    assert not found, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target")) for e in found]


def test_reported_speech_keeps_own_actors_and_speaker(enricher: Enricher) -> None:
    (event,) = [e for e in events(enricher, "Police arrested 20 protesters in Lima, officials said.")
                if e["event_type"] == "COERCE"]  # fmt: skip
    assert "police" in name(event, "source") and "protesters" in name(event, "target")
    assert event["mode"] == "asserted" and (event["reported_by"] or "").lower() == "officials"


def test_pronoun_and_description_resolve_within_the_article(enricher: Enricher) -> None:
    text = ("Kenyan President William Ruto arrived in Paris on Monday.\n"
            "He met French officials and the president later criticised the tariffs.")  # fmt: skip
    found = events(enricher, text)
    consult = [e for e in found if e["event_type"] == "CONSULT" and e["sentence_index"] == 1]
    assert consult and consult[0]["source_text"].lower() == "he" and "ruto" in name(consult[0], "source")


def test_content_of_a_demand_is_not_coded_again(enricher: Enricher) -> None:
    found = events(enricher, "The council demanded the withdrawal of foreign troops from the island.")
    assert [e for e in found if e["event_type"] == "DEMAND"]
    assert not [e for e in found if e["event_type"] == "RETREAT"], found


def test_the_toll_of_an_attack_is_no_second_event(enricher: Enricher) -> None:
    found = events(enricher, "Government troops shelled Kismayo on Monday, killing twelve civilians.")
    assert [e["event_type"] for e in found].count("ASSAULT") == 0, found


def test_back_references_are_not_coded_again(enricher: Enricher) -> None:
    text = ("Ruritania's invasion of Freedonia began in March.\n"
            "The invasion has killed thousands, the mayor said.")  # fmt: skip
    types = [(e["sentence_index"], e["event_type"], e["trigger_text"]) for e in events(enricher, text)]
    assert not [t for t in types if t[0] == 1 and t[2] == "invasion"], types


def test_coming_home_is_no_visit(enricher: Enricher) -> None:
    found = events(enricher, "Kenyan President William Ruto returned to Kenya on Sunday.")
    assert not [e for e in found if e["event_type"] == "CONSULT"], found
    found = events(enricher, "Kenyan President William Ruto flew to France on Sunday.")
    assert [e for e in found if e["event_type"] == "CONSULT"]


def test_actor_countries(enricher: Enricher) -> None:
    # the knowledge base knows Assad; the phrase's own words beat it; a name's words are no country
    (talks,) = [e for e in events(enricher, "Putin held talks with President Bashar al-Assad in Damascus.")
                if e["event_type"] == "CONSULT"]  # fmt: skip
    assert talks["target_country"] == "SYR" and talks["target_actor_id"] == "phx:bashar_al_assad"
    (arrest,) = [e for e in events(enricher, "Police arrested Chad Smith in Sydney on Monday.")
                 if e["event_type"] == "COERCE"]  # fmt: skip
    assert arrest["target_country"] != "TCD"
    found = events(enricher, "Iran said its security forces had arrested three foreign agents.")
    (coerce,) = [e for e in found if e["event_type"] == "COERCE"]
    assert coerce["source_country"] == "IRN"


def test_background_from_date(enricher: Enricher) -> None:
    found = events(enricher, "Police arrested the activist in March 2019.", dt.date(2022, 7, 1))
    assert found and all(e["background"] for e in found)
    found = events(enricher, "Police arrested the activist on Monday.", dt.date(2022, 7, 1))
    assert found and not any(e["background"] for e in found)


def test_one_event_per_type_source_target(enricher: Enricher) -> None:
    found = events(enricher, "The army shelled and bombarded the rebel town.")
    keys = [(e["event_type"], name(e, "source"), name(e, "target")) for e in found]
    assert len(keys) == len(set(keys))
