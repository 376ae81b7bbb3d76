"""Round 31: classes the round-30 article sets (r48 and r50 once scored, r49), the dev articles and the sweep of
every event over the worldwide-newswire articles showed wrong or missing. One sentence of its own (written for
this file, not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production
path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher, EnrichInput
from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # words spoken or spread against a party criticise it (``noun_preps`` "remark against", "statement against", ...),
    # also as the object of a verb whose plain "make statement" entry is no event
    ("The Kenyan senator's remarks against Somali refugees drew wide criticism.", "DISAPPROVE", "senator",
     "refugees"),
    ("Zambian bishops made inflammatory statements against the ruling party.", "DISAPPROVE", "bishops", "party"),
    # coming to a party's aid or defence is the help itself (``helping_arrivals``)
    ("Tanzania came to the aid of flood victims in Malawi.", "AID", "tanzania", "victims"),
    ("Nigeria came to Niger's aid after the floods.", "AID", "nigeria", "niger"),
    ("The Kenyan foreign minister rose to the defence of the embattled ambassador.", "SUPPORT", "minister",
     "ambassador"),
    # joining hands with a party cooperates with it (``verb_objects`` "join hand")
    ("Ghana joined hands with Togo to build a new coastal highway.", "COOPERATE", "ghana", "togo"),
    # sitting down with a party meets it (guard for the particle phrase with no party)
    ("The Sudanese general sat down with the rebel commanders in Juba.", "CONSULT", "general", "commanders"),
    ("The two Sudanese delegations sat down in Juba on Monday for their first talks in a year.", "CONSULT",
     "delegations", ""),
    # police dispersing a crowd coerce it (guard for ``object_types`` "disperse")
    ("Ugandan police dispersed the protesters with tear gas.", "COERCE", "police", "protesters"),
    # a recommendation of an act stays a request (guard for ``thing_object_verbs`` "recommend")
    ("The Kenyan inquiry panel recommended that the police chief resign.", "DEMAND", "", "chief"),
    # an invitation to talks stays (guard for ``non_events`` "invite")
    ("The Sudanese president invited rebel leaders for talks in Khartoum.", "AGREE", "president", ""),
    # an opinion shared with a party endorses it (``opinion_clauses.with_party_type``)
    ("The Zambian minister agreed with the opposition leader that the election had been unfair.", "SUPPORT",
     "minister", "leader"),
    # agreeing with a party and nothing agreed to endorses the party (``opinion_clauses.bare_comment``); something
    # settled stays an accord (guard)
    ("Few Kenyan lawmakers agreed with the minister.", "SUPPORT", "lawmakers", "minister"),
    ("The Malawian rebels agreed on a ceasefire with the army.", "AGREE", "rebels", ""),
    # a party allowing something agrees to it (guard for ``thing_permits``; for later: a permission given here and
    # now is none since plover.v2.39, which this sentence escaped in the past tense until round 49)
    ("The Zambian government will allow the refugees to stay in Lusaka.", "AGREE", "government", "refugees"),
    # a warning of a party's own act stays a threat (guard for ``forecast_warnings``)
    ("The Ugandan army warned that it would respond to any attack on its bases.", "THREATEN", "army", ""),
    # a vow never or not to do a cooperative act is a refusal (``vowed_refusals``)
    ("The Malian rebels vowed never to surrender to the army.", "REJECT", "rebels", ""),
    ("The Kenyan president vowed not to negotiate with the kidnappers.", "REJECT", "president", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # without "against" a statement stays neutral
    ("The Ugandan ministry made a statement on the new budget.", "DISAPPROVE"),
    # sitting down to do something alone meets no one (the particle phrase with no party)
    ("The Kenyan painter sat down to sketch the old harbour.", "CONSULT"),
    # a thing that holds promise promises nothing (``verb_objects`` "hold promise")
    ("Ugandan coffee holds great promise for small farmers.", "AGREE"),
    # an act under "could have" / "would have" did not happen (``counterfactual_modals``)
    ("The gunmen could have killed the Kenyan guards, or taken them hostage.", "ASSAULT"),
    ("The rebels would have attacked Goma if Rwandan troops had not arrived.", "ASSAULT"),
    # states dispersed are no crowd (``object_types`` "disperse")
    ("The Gulf states got dispersed over their differences on Yemen.", "COERCE"),
    # a thing recommended is a tip (``thing_object_verbs`` / ``thing_subject_verbs`` "recommend")
    ("The hotel in Mombasa was recommended by a travel guide.", "DEMAND"),
    # artists invited to play are booked (``non_events`` "invite")
    ("The Cairo festival invited a Malian band to play at its opening night.", "DEMAND"),
    # an opinion shared with no party is no event (guard for ``opinion_clauses``)
    ("Kenyan economists agreed that inflation had peaked.", "SUPPORT"),
    # agreeing with nothing agreed to shares a view (``opinion_clauses.topics``)
    ("The Zambian farmers agree on a lot, the survey found.", "AGREE"),
    ("Mr Banda agreed and called on the churches to stop the attacks.", "AGREE"),
    # a thing that allows something is no party agreeing to it (``thing_permits``)
    ("The new voucher allowed Kenyan families to buy more food.", "AGREE"),
    ("The new law allows Ugandan police to detain suspects for 30 days.", "AGREE"),
    # a warning that a party's thing will fare badly is a forecast (``forecast_warnings``: a thing of a party is a
    # thing)
    ("Kenyan researchers have warned that government subsidies are not keeping pace with prices.", "THREATEN"),
    # a vow not to do a hostile act stays a promise (guard for ``vowed_refusals``)
    ("The Ugandan government pledged never to use force against protesters.", "REJECT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def _country_of_criticism(enricher: Enricher, text: str, home: str | None) -> str | None:
    (result,) = enricher.enrich([EnrichInput(text, None, home_country=home)])
    (criticism,) = [e for e in result.events if e["event_type"] == "DISAPPROVE"]
    return criticism["source_country"]


def test_the_outlets_country_is_the_home_country_when_no_dateline_names_one(enricher: Enricher) -> None:
    """A local paper's stories are set in its own country (the feed registry's ``country``), whichever
    country they name most: an unknown local person takes the outlet's country; without it, the
    country named most."""
    text = ("councillor thabo nkosi criticised the water board on monday .\n"
            "the board bought its pumps from india , and india trained its engineers .")
    assert _country_of_criticism(enricher, text, None) == "IND"
    assert _country_of_criticism(enricher, text, "MUS") == "MUS"


def test_a_dateline_outranks_the_outlets_country(enricher: Enricher) -> None:
    text = ("durban - councillor thabo nkosi criticised the water board on monday .\n"
            "the board bought its pumps from india , and india trained its engineers .")
    assert _country_of_criticism(enricher, text, "MUS") == "ZAF"


def test_a_countrys_title_refers_to_that_countrys_holder_named_before(enricher: Enricher) -> None:
    """"the U.S. president" takes up "U.S. President Joe Biden", not the Iranian president named
    since; with no holder of that country named before it stays a description."""
    text = ("u.s. president joe biden visited saudi arabia last week .\n"
            "iranian president ebrahim raisi criticised the trip .\n"
            "analysts said the u.s. president met the crown prince in jeddah .")
    (result,) = enricher.enrich([EnrichInput(text)])
    (meeting,) = [e for e in result.events if e["event_type"] == "CONSULT" and e["trigger_text"] == "met"]
    assert meeting["source_resolved"] == "U.S. President Joe Biden"
    (alone,) = enricher.enrich([EnrichInput("analysts said the u.s. president met the crown prince in jeddah .")])
    (meeting,) = [e for e in alone.events if e["event_type"] == "CONSULT"]
    assert meeting["source_resolved"] is None and meeting["source_country"] == "USA"
