"""Round 39: classes the read article sets (short worldwide-newswire articles, read by the lead), the sweep
and batteries of the press's idioms showed wrong or missed. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule; run through the production path (``Enricher``:
lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # two parties counted in the subject of a reciprocal verb met, as two coordinated ones do
    # (triggers ``_mutual``, ``contact_verbs.reciprocal`` with actors ``pair_pronouns``)
    ("The two Kenyan presidents talked about trade and security on Monday.", "CONSULT", "presidents", ""),
    ("Both delegations spoke for three hours in Nairobi.", "CONSULT", "delegations", ""),
    # a party told or instructed to act in an agentless passive is asked to, by whoever the story
    # leaves unnamed (``directs_another``: the passive subject with the infinitive)
    ("The Kenyan opposition leader was instructed to report to the police station on Monday.", "DEMAND", "",
     "leader"),
    ("The Somali traders were told to leave the market by Friday.", "DEMAND", "", "traders"),
    # a duty in a reported clause's conjunct with its own modal falls on the shared subject
    # (triggers ``_reported_clauses``)
    ("The Kenyan auditor said the county government had done well but must now publish its accounts.", "DEMAND",
     "auditor", "government"),
    # a clause believed, thought or felt is typed as a reported one, the believer its source (``belief_verbs``)
    ("The Kenyan opposition believes the referendum is a political stunt by the president.", "DISAPPROVE",
     "opposition", "president"),
    ("The Kenyan nurses feel the county government must pay their arrears.", "DEMAND", "nurses", "government"),
    ("The Kenyan ruling party thinks the opposition was behind the riots.", "DISAPPROVE", "party", "opposition"),
    # a noun of kind or part as the reported predicate passes it on to its "of" phrase (``equating_predicates.partitive``)
    ("The Kenyan activists said the arrests were a form of harassment.", "DISAPPROVE", "activists", ""),
    # ... and a participle of saying beside an object speaks for the subject (roles ``subject``)
    # (the attribute's author is the target when the clause's subject is no party: roles ``_predicate_author``)
    ("The Kenyan opposition defended the governor, saying the charges were part of a political vendetta by the "
     "ruling party.", "DISAPPROVE", "opposition", "ruling party"),
    # ... a belief in a subordinate clause leaves the main clause's obligation its own
    ("According to the Kenyan minister, if Uganda thinks there is a threat at its border, it must inform Nairobi.",
     "DEMAND", "minister", "uganda"),
    # unhappiness or disgust expressed is criticism, as displeasure is (``stance_expressions`` DISAPPROVE nouns)
    ("The Kenyan bishops conveyed their unhappiness to the governor about the evictions.", "DISAPPROVE", "bishops",
     "governor"),
    ("The Kenyan bishops voiced their disgust at the evictions carried out by the county government.", "DISAPPROVE",
     "bishops", ""),
    # hoping that an institution will act appeals to it (``directive_verbs.hoping_verbs``)
    ("The Kenyan opposition hopes the government will release the detained activists.", "DEMAND", "opposition",
     "government"),
    ("The Kenyan traders said they hope the county government will rebuild the market.", "DEMAND", "traders",
     "county government"),
    # the press's idioms of rebuke, refusal and questioning (verbs "rap", verb_objects "shoot proposal", source_types
    # "take aim" / "grill"; "take aim" by a mayor stays DISAPPROVE)
    ("The Kenyan governor rapped the county council over the delays.", "DISAPPROVE", "governor", "council"),
    ("The Nairobi mayor took aim at the national government.", "DISAPPROVE", "mayor", "government"),
    ("The Somali soldiers took aim at the rebels.", "FIGHT", "soldiers", "rebels"),
    ("The Kenyan minister shot down the proposal of the opposition.", "REJECT", "minister", ""),
    ("Kenyan police grilled the suspect for hours.", "INVESTIGATE", "police", "suspect"),
    ("Kenyan MPs grilled the minister over the scandal.", "DISAPPROVE", "mps", "minister"),
    # employers are a party, of business (actors v1.14 ``sectors`` BUS employer, employers)
    ("The Kenyan teachers' union met with the employers on Monday.", "CONSULT", "union", "employers"),
    # parties named by their members' plural, which the truecaser leaves lower case (actors v1.14 ``sectors`` PTY
    # greens, tories, democrats ...)
    ("The greens are holding talks in Canberra on the climate bill.", "CONSULT", "greens", ""),
    ("The democrats accused the republicans of blocking the Kenyan aid bill.", "DISAPPROVE", "democrats",
     "republicans"),
    # allies are a party (actors v1.14 ``actor_nouns`` ally, allies)
    ("The Kenyan ruling party will remain supportive of its allies.", "SUPPORT", "party", "allies"),
    # a quote's obligation whose attribution ends the next line with a description is no writer's voice
    # (extract ``_writer_voice``, actors ``trailing_attribution``)
    ("\"The county government must release the detained traders.\nThey have done nothing wrong,\" the Kenyan "
     "bishop said.", "DEMAND", "", "government"),
    # harassment, persecution and repression coerce, as their verbs do (nouns COERCE, patient_owner_nouns); the one
    # who flees an act suffers it (``suffering_verbs`` flee)
    ("The Kenyan bishop is a victim of police persecution.", "COERCE", "", "bishop"),
    ("The Kenyan journalist has been the target of harassment by the police.", "COERCE", "", "journalist"),
    ("The Somali refugees fled the crackdown by the Kenyan police.", "COERCE", "police", "refugees"),
    # a span of time given to act parsed as an adverbial phrase is still an ultimatum (``deadline_party``)
    ("The Kenyan government gave the rebels a week to surrender.", "THREATEN", "government", "rebels"),
    # a warning of a response is of a reprisal, not of the natural phenomenon WordNet also knows (``_hazard_warned``)
    ("The Kenyan army warned of a tough response to any further attack.", "THREATEN", "army", ""),
    # the police interviewing a party question it (verbs "interview" INVESTIGATE, ``scrutiny_words``)
    ("Kenyan detectives interviewed the witnesses of the shooting.", "INVESTIGATE", "detectives", "witnesses"),
    # a reported adjective of blame with its harm needs no other trigger word on the line (the trigger gate)
    ("The Kenyan ruling party said the opposition was responsible for the violence.", "DISAPPROVE", "party",
     "opposition"),
]

NOTHING = [
    # ... a single subject does not talk with itself
    ("The Kenyan president talked about trade and security on Monday.", "CONSULT"),
    # ... a neutral belief is none, nor one's own duty
    ("Kenyan analysts believe there will be no cabinet reshuffle after the vote.", "DEMAND"),
    ("I think we must act now to save the park, the Kenyan minister said.", "DEMAND"),
    # ... nor is an office "responsible for" a domain
    ("The Kenyan ministry responsible for health said it would build new clinics.", "DISAPPROVE"),
    # ... a part of a thing evaluates nothing
    ("The Kenyan minister said the new road was part of a broader plan for the region.", "DISAPPROVE"),
    # ... a host welcoming the guests of an event receives them (``hosting_verbs.crowd_guests`` guest, visitor)
    ("The chairman of the Kenyan employers' federation welcomed the guests and opened the conference.", "CONSULT"),
    # ... not that a person, a thing or oneself will (``hoped_excluded_sectors``, pronouns, things)
    ("The Kenyan coach is hoping his striker will score on Sunday.", "DEMAND"),
    ("We hope the talks will succeed, the Kenyan minister said.", "DEMAND"),
    ("The Kenyan farmers hope people will buy more local maize.", "DEMAND"),
    # ... no party rapped, or a drone shot down, is none of these
    ("The Kenyan rapper rapped about poverty in Nairobi.", "DISAPPROVE"),
    ("The Kenyan army shot down a drone over the border.", "REJECT"),
    # ... while the writer's own prescription stays none
    ("The county government must release the detained traders.\nThe Kenyan economy grew by five percent last "
     "year.", "DEMAND"),
    # ... sexual or workplace harassment is misconduct, no political coercion; escaping an act is not suffering it
    ("The Kenyan manager denied allegations of sexual harassment by two employees.", "COERCE"),
    ("The former Kenyan minister fled the country and managed to escape prosecution.", "COERCE"),
    # ... a week off is no ultimatum, heavy rain no threat
    ("The Kenyan company gave its workers a week off.", "THREATEN"),
    ("The Kenyan weather service warned of heavy rain in the coastal region.", "THREATEN"),
    # ... a journalist's or a broadcaster's interview is none (``source_types`` interview)
    ("The Kenyan journalist interviewed the minister on Monday.", "INVESTIGATE"),
    ("The BBC interviewed the Kenyan president last week.", "INVESTIGATE"),
    # ... an invitation to attend or speak is none (``directive_verbs.passive_excluded``)
    ("The Kenyan minister was invited to attend the ceremony in Nairobi.", "DEMAND"),
    # ... a reported conjunct with a modal of possibility lays no duty
    ("The Kenyan auditor said the county government had done well and may now publish its accounts.", "DEMAND"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_an_agentless_directive_has_no_source_and_an_agent_is_one(enricher: Enricher) -> None:
    """The passive's by-agent is the one who asks; without one the demand has no source."""
    (unnamed,) = of_type(enricher, "The Kenyan opposition leader was told to surrender his passport.", "DEMAND")
    assert not unnamed["source_text"], unnamed
    (named,) = of_type(enricher, "The Kenyan opposition leader was told by the court to surrender his passport.",
                       "DEMAND")
    assert "court" in (named["source_text"] or "").lower(), named
