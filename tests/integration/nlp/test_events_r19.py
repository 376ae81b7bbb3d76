"""Round 19: classes a second set of whole articles coded in the dev articles' conventions (its read
half) and the read article-style probe sets showed missing. One sentence of its own (written for
this file, not taken from any evaluation or probe set) for each rule and lexicon entry; run through
the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # the object a request verb's infinitive asks to act is a party whatever its noun (object control:
    # ``actors.asked_to_act``)
    ("The chief minister asked the Centre to release the pending flood relief funds.", "DEMAND", "chief minister",
     "centre"),
    ("The farmers' union urged the mill to pay its arrears before the harvest.", "DEMAND", "union", "mill"),
    # a two-party noun a finite clause is anchored to by "during", "after", "following" ... took place: coded with
    # its "between" parties (``past_anchor_preps``)
    ("The trade pact was signed during a meeting between President Yoweri Museveni and President William Ruto in "
     "Kampala.", "CONSULT", "museveni", "ruto"),
    # "protestors", the other spelling, are people (actors.v1.6 sector words) and gather to protest
    ("Hundreds of protestors gathered outside the governor's office on Friday.", "PROTEST", "protestors", ""),
    # forces, positions or defences strengthened or reinforced are mobilised (``object_groups.fortified_forces``)
    ("Seoul strengthened its troops along the border after the shelling.", "MOBILIZE", "seoul", ""),
    ("The rebels reinforced their positions around the airport.", "MOBILIZE", "rebels", ""),
    # celebrating a party's act is praise of the party (``needs_actor_object``: celebrate, honour)
    ("Supporters celebrated the acquittal of the opposition leader.", "SUPPORT", "supporters", "opposition leader"),
    # a joint venture set up is cooperation by its noun, not by "set up"
    ("The two firms set up a joint venture to build the pipeline.", "COOPERATE", "firms", ""),
    # people held are detained (a guard for ``extract._occasion_held``)
    ("Police held the two suspects overnight.", "COERCE", "police", "suspects"),
    # a party received or met is still consulted (a guard for ``thing_object_verbs``)
    ("The minister received a delegation of farmers on Monday.", "CONSULT", "minister", "delegation"),
    # ... said to have been done, it is (a guard for ``triggers._denied_act``)
    ("The interior minister said the army harassed the protesters.", "DISAPPROVE", "minister", "army"),
    # information supplied to a party is shared (``object_groups.shared_intelligence``: provide, supply, give)
    ("Indian police supplied information on the smuggling ring to the Nepalese authorities.", "COOPERATE", "police",
     "nepalese authorities"),
    # a cyber attack is COERCE (the articles' conventions, as the GSR codes "hack into"): "cyberattack" a noun,
    # "cyber / ransomware / hacking attack" noun compounds
    ("Pro-Russian hackers launched a cyberattack on the customs service on Monday.", "COERCE", "hackers", ""),
    ("Unknown hackers carried out a ransomware attack on the national health fund.", "COERCE", "hackers",
     "health fund"),
    # aid given with no recipient named is still aid (``extract._aid_given``: the object an AID noun)
    ("Norway provided emergency assistance after the earthquake.", "AID", "norway", ""),
    ("Egypt will not hesitate to provide any assistance in this regard.", "AGREE", "egypt", ""),
    # a warning or threats received: the receiver is threatened, no reception (``light_preps.receiving_types``)
    ("The newspaper's editor has received death threats from the militia.", "THREATEN", "militia", "editor"),
    # the speaker of a subjectless "told reporters" after its quote is the person named before it with a "who"
    # clause, not the reporters addressed (``syntax.speaker_of``)
    ("But they are continuously disturbing the sittings of the house, Rao, who is the leader of the house in the "
     "Lok Sabha, told reporters.", "DISAPPROVE", "rao", ""),
    # a building hit with no source named is still a hostile act on it (kept by ``_names_no_party``'s caller)
    ("The village mosque was torched overnight.", "COERCE", "", "mosque"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a request verb with no infinitive asked of its object: no party in the object
    ("He asked the question to the minister during the session.", "DEMAND"),
    # strengthening anything but forces is no mobilisation (STRENGTHEN has no code of its own)
    ("The new partnership will strengthen the region's manufacturing industry.", "MOBILIZE"),
    ("Engineers were told to strengthen the flood embankments before the rains.", "MOBILIZE"),
    # a festival celebrated, a deity honoured: no party praised
    ("Villagers are celebrating the harvest festival this week.", "SUPPORT"),
    ("Residents celebrated the centenary of the railway on Sunday.", "SUPPORT"),
    # a rite and a seat held (``verb_objects``: offer prayer, hold seat)
    ("Every evening the elders offer prayers to the rain god.", "AGREE"),
    ("Monks offered prayers for the victims at the pagoda.", "AGREE"),
    ("The former president currently holds a seat on the country's Senate.", "COERCE"),
    # "set up" alone is no cooperation (courts, a home, a business set up; phrasal entry removed in v2.20)
    ("The state governments have set up family courts in every district.", "COOPERATE"),
    ("The nun set up her first home for the dying in a rest house in Calcutta.", "COOPERATE"),
    # an occasion held is no detention: "hold" with an event noun or a thing as its object or passive subject
    ("The envoy held four hours of talks with the rebel leader on Monday.", "COERCE"),
    ("Kenya's general election is scheduled to be held in August.", "COERCE"),
    ("The annual book fair was held in the capital last week.", "COERCE"),
    # a thing met or received (no event noun, actor, person or group) is no meeting (``thing_object_verbs``)
    ("Exporters are struggling to meet the cost of shipping.", "CONSULT"),
    ("The novelist received an award from the academy on Friday.", "CONSULT"),
    # a reported act or blame denied is no accusation (``triggers._denied_act``)
    ("The interior minister said the army did not harass the protesters.", "DISAPPROVE"),
    ("The spokesman said the rebels were not responsible for the bombing.", "DISAPPROVE"),
    ("The prime minister said the security pact would not undermine peace in the region.", "DISAPPROVE"),
    # details, an opportunity, a platform given or offered: no aid, no offer (``object_groups.provided_words``)
    ("The minister offered no details about the cause of the crash.", "AGREE"),
    ("Indian police supplied information on the smuggling ring to the Nepalese authorities.", "AID"),
    ("Unknown hackers carried out a ransomware attack on the national health fund.", "ASSAULT"),
    ("The newspaper's editor has received death threats from the militia.", "CONSULT"),
    # "ahead of", "before": the meeting has not taken place
    ("Oil prices rose ahead of talks between OPEC and Russia.", "CONSULT"),
    # no source and a target that is a thing, neither an actor, a person nor a group: no actor at all (the
    # conventions code no event without one; ``extract._names_no_party``)
    ("The annual harvest festival is celebrated in every village.", "SUPPORT"),
    ("The new ambulances were handed over on Monday.", "CONCEDE"),
    ("The second-quarter figures are expected to be released in October.", "RETREAT"),
]


# a sum the normalizer glues to its currency ("rs 12" -> "Rs12") is no actor, whatever NER makes of it
SUMS = ["To buy new ambulances, the district has received a grant of Rs 12 crore under the health mission."]


@pytest.mark.parametrize("text", SUMS)
def test_a_glued_sum_is_no_actor(enricher: Enricher, text: str) -> None:
    for event in events(enricher, text):
        assert not any(name(event, role).startswith("rs") for role in ("source", "target")), event


def test_a_subject_pronoun_takes_up_its_fronted_clause_subject(enricher: Enricher) -> None:
    """"When X took charge, he promised ...": he is X, not a person of an earlier sentence."""
    text = ("Chief Minister Siddaramaiah inaugurated the new bus depot on Monday.\n"
            "When Ramesh Kumar took charge as transport commissioner, he promised to publish the bus routes online.")
    (promise,) = [e for e in events(enricher, text) if e["event_type"] == "AGREE"]
    assert name(promise, "source") == "ramesh kumar"


def test_a_description_takes_up_a_title_with_a_complement(enricher: Enricher) -> None:
    """"Minister of Water and Irrigation Raed Abu Saud ... The minister ...": the title's complement of
    capitalised words does not hide the title from "the minister"."""
    text = ("Minister of Water and Irrigation Raed Abu Saud met the German ambassador on Sunday.\n"
            "The minister also voiced the government's appreciation to the German people.")
    (praise,) = [e for e in events(enricher, text) if e["event_type"] == "SUPPORT"]
    assert "raed abu saud" in name(praise, "source")


def test_a_quote_goes_on_in_the_next_sentence(enricher: Enricher) -> None:
    """'she said: "The police beat me ... I want justice."': the "I" of the sentence after the
    speaker's is the speaker's (``ArticleContext.last_speaker``)."""
    text = ("Rina Akter, a former councillor, told reporters on Sunday that she was treated unfairly.\n"
            'Referring to the home minister, she said: "The police beat me in front of my children.\n'
            'I want justice."')
    (demand,) = [e for e in events(enricher, text) if e["event_type"] == "DEMAND"]
    assert name(demand, "source") == "rina akter"


def test_a_description_takes_up_a_who_clause(enricher: Enricher) -> None:
    """"Rao, who is the leader of the house, ... The leader said ...": the noun of a name's "who is the
    X" clause describes it as an apposition does."""
    text = ("We will not allow them to block the budget, Rao, who is the leader of the house in the assembly, told "
            "reporters on Monday.\nThe leader said the opposition had infringed on the rights of members.")
    (criticism,) = [e for e in events(enricher, text) if e["event_type"] == "DISAPPROVE"]
    assert name(criticism, "source") == "rao"


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
