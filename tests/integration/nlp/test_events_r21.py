"""Round 21: classes the read article sets (r21, round 19's read half, the dev look part), the read
probe sets and the sweep of every event over the worldwide-newswire articles showed wrong or missing.
One sentence of its own (written for this file, not taken from any evaluation or probe set) for each
rule and lexicon entry; run through the production path (``Enricher``: lowercased wire text,
normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # the subject of "stand / face / go on / be on trial" is the one tried (``light_preps.undergone_nouns``)
    ("Two former bank executives will stand trial in March on fraud charges.", "COERCE", "", "bank executives"),
    ("The ousted governor faces trial for embezzlement next year.", "COERCE", "", "governor"),
    ("The prosecutors put the former spy chief on trial for treason.", "COERCE", "prosecutors", "spy chief"),
    # campaigning or advocating for something asks for it, for people supports them, against something criticises
    # it (``phrasal``: campaign for / advocate for / campaign against; ``campaigned_for``)
    ("Parents have campaigned for years for a pedestrian crossing outside the school.", "DEMAND", "parents", ""),
    ("The bar association advocated for the repeal of the sedition law.", "DEMAND", "bar association", ""),
    ("The actor campaigned for Senator Bernie Sanders in Iowa.", "SUPPORT", "actor", "sanders"),
    ("A local pastor has been advocating for the evicted families.", "SUPPORT", "pastor", ""),
    ("Fishermen's unions campaigned against the offshore drilling licences.", "DISAPPROVE", "unions", ""),
    # a delegation, a counterpart, a named person or a head of state welcomed is hosted, with no place or "visiting"
    # needed (``hosting_verbs.visitor_nouns``): CONSULT
    ("The foreign minister welcomed a Malawian trade delegation on Thursday.", "CONSULT", "foreign minister",
     "delegation"),
    ("The Ghanaian envoys were welcomed by the speaker of parliament.", "CONSULT", "speaker", "envoys"),
    ("The emir welcomed his Turkish counterpart.", "CONSULT", "emir", "counterpart"),
    # appealing (against) a decision, ruling, verdict, sentence or conviction refuses it: REJECT since plover.v2.56
    # (DISAPPROVE before: the read sets code REJECT), not a request (``verb_objects``, ``phrasal``: appeal decision,
    # appeal against ruling ...)
    ("The opposition party appealed the electoral commission's decision.", "REJECT", "opposition party", ""),
    ("Defence lawyers appealed against the ruling on Tuesday.", "REJECT", "lawyers", ""),
    # a definite body addressed by "call on" / "appeal to" is the one asked, as it is as an object (``actors``)
    ("The health ministry called on the public to report suspected cases.", "DEMAND", "health ministry", "public"),
    ("Relief agencies appealed to the international community for funds.", "DEMAND", "relief agencies",
     "international community"),
    # a party said to have ignored or neglected something is accused by the speaker (``accusing_verbs``: ignore,
    # neglect; "neglected" with an object, not only "neglected to do")
    ("The farmers' union said the ministry had ignored repeated warnings about the drought.", "DISAPPROVE",
     "union", "ministry"),
    ("Teachers said the county government had neglected rural schools for a decade.", "DISAPPROVE", "teachers",
     "county government"),
    # a denied objection is consent (``denied_objections``): AGREE, not a negated or asserted DISAPPROVE
    ("The Chinese embassy said it had no objection to the exhibition going ahead.", "AGREE", "embassy", ""),
    ("The navy raised no objections to the new shipping lane.", "AGREE", "navy", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # the one tried threatens nobody (``light_preps.undergone_nouns``)
    ("Two former bank executives will stand trial in March on fraud charges.", "THREATEN"),
    # campaigning for an office is electioneering, no demand (``campaigned_for.offices``)
    ("The governor is campaigning for re-election in the northern districts.", "DEMAND"),
    ("Two ministers are campaigning for the party leadership.", "DEMAND"),
    # a visitor's act welcomed is support, no hosting (``hosting_verbs.visitor_nouns``)
    ("The minister welcomed the delegation's proposals on fisheries.", "CONSULT"),
    # attending a conference or a forum with nobody met named is no meeting either (round 37 reversed this
    # round's CONSULT: the article sets' gold codes none, ``attending_verbs`` v2.38)
    ("Forty district police chiefs attended the conference in Daejeon on Sunday.", "CONSULT"),
    ("Several African finance ministers attended the forum in Marrakesh.", "CONSULT"),
    # a press or news conference attended is no meeting (``verb_objects``: attend press / news, null; a compound's
    # null entry vetoes the head's)
    ("Reporters from six outlets attended a press conference at the ministry.", "CONSULT"),
    ("The spokesman attended the weekly news conference in Beijing.", "CONSULT"),
    # an appeal against a ruling is no request (``phrasal``: appeal against ruling)
    ("Defence lawyers appealed against the ruling on Tuesday.", "DEMAND"),
    # what speakers say they will ignore accuses nobody (``accusing_verbs``, ``own_duty``)
    ("The coach said he would ignore the noise from the stands.", "DISAPPROVE"),
    # a denied objection is no criticism (``denied_objections``)
    ("The navy raised no objections to the new shipping lane.", "DISAPPROVE"),
    # a clinical trial is no court's (``noun_compounds``)
    ("The new malaria vaccine is undergoing clinical trials in Ghana.", "COERCE"),
]


def test_the_tried_are_no_source(enricher: Enricher) -> None:
    """"went on trial": the men are tried; they try nobody."""
    (trial,) = [e for e in events(enricher, "Three army officers went on trial in Lagos on Monday.")
                if e["event_type"] == "COERCE"]
    assert trial["source_text"] is None and "officers" in (trial["target_text"] or "").lower()


def test_a_town_dateline_is_the_home_country(enricher: Enricher) -> None:
    """A local outlet's dateline with no agency ("DURBAN -") is split off by the normalizer and
    counts for the story's home country as two place mentions named first, so an unknown local
    person is not given the country the story names most ("Australia" twice)."""
    text = ("durban - councillor thabo nkosi criticised the water board on monday .\n"
            "the board bought its pumps from australia , and australia trained its engineers .")
    (criticism,) = [e for e in events(enricher, text) if e["event_type"] == "DISAPPROVE"]
    assert criticism["source_country"] == "ZAF"


def test_a_split_off_dateline_is_no_actor(enricher: Enricher) -> None:
    """The words of a dateline the normalizer split off ("KUWAIT:", "DURBAN -") are no subject and
    no part of one: the subject is the phrase after it."""
    (resigned,) = [e for e in events(enricher, "kuwait : the prime minister submitted his government 's "
                                               "resignation to the crown prince on monday .")
                   if e["event_type"] == "RETREAT"]
    assert "minister" in (resigned["source_text"] or "").lower()
    (petition,) = [e for e in events(enricher, "durban - township residents have started a petition against "
                                               "the water cuts .") if e["event_type"] == "DEMAND"]
    assert petition["source_text"].lower() == "township residents"


def test_leaders_after_phoenix_have_their_country(enricher: Enricher) -> None:
    """The actor knowledge base's supplement names the heads of state and government of 2017-2023
    that Phoenix (curated until 2015) lacks: a visiting president keeps his own country, not the
    host country the story names most."""
    text = ("yaounde , july 26 ( reuters ) - president emmanuel macron met president paul biya in yaounde on "
            "tuesday .\ncameroon has asked for help against boko haram in cameroon 's far north .")
    (met,) = [e for e in events(enricher, text) if e["event_type"] == "CONSULT" and "macron" in e["source_text"].lower()]
    assert met["source_country"] == "FRA"


def test_an_act_of_no_intention_is_negated(enricher: Enricher) -> None:
    """An act under an intention or plan denied by "no" is negated, neither done nor planned
    (``attributes.denied_intent``)."""
    (handover,) = [e for e in events(enricher, "Tokyo says Moscow has no intention of returning the four "
                                               "islands to Japan.") if e["event_type"] == "RETREAT"]
    assert handover["mode"] == "negated"


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
