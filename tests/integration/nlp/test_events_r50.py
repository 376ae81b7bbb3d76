"""Round 50: classes the read article sets r106, r107 and r108 (short worldwide-newswire articles, read by the
lead) showed wrong or missed. One sentence of its own (written for this file, not taken from any evaluation or
probe set) for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # burning a person or a body is an assault whoever burns (``wounded_persons`` burning_*): "set ... on fire" (a
    # phrasal of its own now), "set fire to" a person, "burn" with a person or a body
    ("Uzbek border guards set the corpse of the smuggler on fire near Tashkent.", "ASSAULT", "guards", ""),
    ("The gang doused the Tashkent shopkeeper with petrol and set him on fire.", "ASSAULT", "gang", "shopkeeper"),
    ("The body of the Uzbek farmer was burnt by the militants.", "ASSAULT", "militants", ""),
    # ... and a building set on fire is property destroyed, a crowd's protest
    ("Rioters set the Tashkent police station on fire on Sunday.", "PROTEST", "rioters", ""),
    # forensic examinations of a body investigate (INVESTIGATE nouns autopsy, post-mortem)
    ("Tashkent police said an autopsy would be carried out on Monday.", "INVESTIGATE", "police", ""),
    ("The Uzbek prosecutor supervised the postmortem at the city hospital.", "INVESTIGATE", "prosecutor", ""),
    # regret for one's own conduct is an apology (``expressed_feelings`` own_conduct_*), not a criticism
    ("The Uzbek minister expressed regret for his remarks about the judges.", "CONCEDE", "minister", ""),
    ("The Tashkent officer showed regret for his behaviour, the police said.", "CONCEDE", "officer", ""),
    ("The Tashkent officer said he did not forward or sell the photographs and showed regret for his behaviour.",
     "CONCEDE", "", ""),
    # regret over another's act stays a criticism (a guard)
    ("The Tashkent mayor expressed regret over the arrest of the journalists.", "DISAPPROVE", "mayor", ""),
    # a return call between parties stays a contact (a guard for ``press_requests`` answer_verbs)
    ("Uzbek President Shavkat Mirziyoyev returned the call of the Kazakh president on Monday.", "CONSULT",
     "mirziyoyev", ""),
    # a directive verb conjoined to a passive, tagged as a past tense, is a passive too: its shared subject is
    # the one told (syntax.repair_conjoined_passives; the students were the source)
    ("The Uzbek students were tracked by campus cameras and ordered to meet the university administrators.",
     "DEMAND", "", "students"),
    # a participle coordinated with a riot's act is no toll of it (attributes._consequence: a conjunct only after
    # a toll; "setting cars on fire" is an event now, and "clashing" was absorbed as its consequence)
    ("Youths rioted in Tashkent for a second night, setting cars on fire and clashing with police.", "PROTEST",
     "youths", "police"),
    # not complying with, not heeding or not obeying a call, an order or a ruling defies it (``negated_types`` heed,
    # comply with a thing and no party; ``negated_only_verbs`` obey)
    ("The Uzbek opposition party said it will not comply with the ruling of the court.", "REJECT", "party", ""),
    ("The Tashkent farmers did not heed the call of the government.", "REJECT", "farmers", "government"),
    ("The Uzbek rebels said they would not obey the order of the army chief.", "REJECT", "rebels", ""),
    # a letter sent to a party for it to act asks it to (``letters_of_request``)
    ("The Uzbek opposition leader sent a letter to the prosecutor general to open an investigation into the deaths.",
     "DEMAND", "opposition leader", "prosecutor"),
    # an agentless support verb's noun names its own parties (roles: "the X investigation into Y was launched")
    ("The Uzbek prosecutor's investigation into the mayor of Tashkent was launched in May.", "INVESTIGATE",
     "prosecutor", "mayor"),
    # a complaint or lawsuit filed against a party, in a reduced relative with no agent, accuses it (extract: an
    # "acl" participle of DISAPPROVE / REJECT as an agentless passive)
    ("The Tashkent governor is facing a civil lawsuit filed last year against him.", "DISAPPROVE", "", "governor"),
    # the court a lawsuit is filed with hears it; the "against" party is accused (``filing_venues``)
    ("The Uzbek farmers filed a lawsuit with the Tashkent court against the ministry of agriculture.", "DISAPPROVE",
     "farmers", "ministry"),
    # a rebuke received is undergone (``light_preps`` received_rebukes)
    ("The Uzbek minister received a reprimand from the president on Monday.", "DISAPPROVE", "president", "minister"),
    # lobbying for an act asks the body lobbied to do it (``letters_of_request`` lobbying_*)
    ("Uzbekistan has been lobbying at the UN Human Rights Council to block the publication of the report.", "DEMAND",
     "uzbekistan", "council"),
    # an act faced with its author named is suffered, no threat (triggers.faced_with_author; "onslaught" an ASSAULT
    # noun)
    ("Facing a fierce onslaught by the militants, the Uzbek border guards retreated to Tashkent.", "ASSAULT",
     "militants", "guards"),
    # Indian English protests (``noun_compounds`` chakka jam; PROTEST nouns dharna, gherao); a demand or criticism in
    # a participle on the protest noun is its purpose (attributes._purpose_of_protest) and names its target
    # (roles._purpose_party)
    ("The Uzbek farmers' union staged a dharna outside the ministry in Tashkent.", "PROTEST", "union", ""),
    ("The Uzbek teachers held a rally in Tashkent demanding the resignation of the education minister.", "PROTEST",
     "teachers", "minister"),
    # talking to witnesses is questioning them, helping the police with their inquiries is cooperating
    # (``police_inquiries``)
    ("Tashkent detectives spoke to several witnesses on Monday.", "INVESTIGATE", "detectives", "witnesses"),
    ("The Uzbek bank said it was assisting police with their inquiries.", "COOPERATE", "bank", "police"),
    # wanting an easing of rules asks for it (``verb_objects`` want easing, want relaxation ...)
    ("The Uzbek farmers' association wants an easing of the export rules.", "DEMAND", "association", ""),
    # a wrong complained of stays a criticism (a guard for ``complained_ailments``)
    ("The Uzbek opposition complained of irregularities in the vote in Tashkent.", "DISAPPROVE", "opposition", ""),
    # saying a party's act is against (or contrary to) the law, the constitution or fairness condemns it
    # (``contrary_predicates``)
    ("The Uzbek opposition leader said Mirziyoyev's decree goes against the constitution.", "DISAPPROVE",
     "opposition leader", "mirziyoyev"),
    ("A Tashkent lawyer said the arrest of the journalists was contrary to the law.", "DISAPPROVE", "lawyer", ""),
    # asylum granted stays aid (a guard)
    ("The Uzbek government granted asylum to the Afghan pilots.", "AID", "government", "pilots"),
    # killings by shots stay events (guards for ``accident_causes`` fire_*)
    ("Two Uzbek soldiers were killed in fire from rebel positions near the border.", "ASSAULT", "", "soldiers"),
]

NOTHING = [
    # a reporter's call seeking comment answered or not is no contact (``press_requests`` answer_verbs)
    ("The Uzbek interior ministry did not return calls seeking comment on Friday.", "CONSULT"),
    ("The Tashkent mayor did not answer calls to his office seeking comment.", "CONSULT"),
    # a fire one dies in is an accident (``accident_causes`` fire_*), and so is a clause set in one ("when")
    ("Three children were killed in a fire at their home in Tashkent on Monday.", "ASSAULT"),
    ("The worst fire in Uzbekistan was in May when 30 workers were killed at a textile mill.", "ASSAULT"),
    # regret for one's own conduct is no criticism
    ("The Uzbek minister expressed regret for his remarks about the judges.", "DISAPPROVE"),
    # blaming oneself blames no one else (extract._SELF_DIRECTED: DISAPPROVE joins the hostile types)
    ("The Uzbek coach blamed himself for the defeat in Tashkent.", "DISAPPROVE"),
    # ... the act asked for is no act of the sender's (absorbed), a letter with no purpose or with the sender's own
    # speech as its purpose asks nothing, and heeding a call is no refusal (guards)
    ("The Uzbek opposition leader sent a letter to the prosecutor general to open an investigation into the deaths.",
     "INVESTIGATE"),
    ("The Uzbek minister sent a letter to the family of the victim.", "DEMAND"),
    ("The Uzbek union sent a letter to the president to thank him for his support.", "DEMAND"),
    ("The Tashkent farmers heeded the call of the government.", "REJECT"),
    # ... what is lobbied for is the lobbied body's act, not the lobbyist's; a threat of force still threatens
    # (guards); the demand a rally is held for is no second event
    ("Uzbekistan has been lobbying at the UN Human Rights Council to block the publication of the report.", "COERCE"),
    ("The Uzbek teachers held a rally in Tashkent demanding the resignation of the education minister.", "DEMAND"),
    ("The Tashkent detectives spoke to several witnesses on Monday.", "CONSULT"),
    ("The Uzbek bank said it was assisting police with their inquiries.", "INVESTIGATE"),
    # a status, a document or land granted is no aid (``verb_objects`` grant citizenship, grant visa, grant card ...)
    ("The wife of the Uzbek dissident has been granted full citizenship status.", "AID"),
    ("The Tashkent activist was not granted a residence permit.", "AID"),
    # a shot after a word of vaccination is an injection (syntax.repair_vaccine_shots, ``vaccine_shots``)
    ("The Uzbek health minister received a covid-19 booster shot in Tashkent on Monday.", "ASSAULT"),
    ("The Uzbek health minister received a covid-19 booster shot in Tashkent on Monday.", "CONSULT"),
    # complaining of a pain or a smell criticises no one (``complained_ailments``)
    ("The Uzbek detainee complained of chest pains before he died in Tashkent.", "DISAPPROVE"),
    # ... a norm denied is no such condemnation, nor are evil spirits a norm (guards)
    ("The Uzbek priest said the fight is not against men but against evil spirits.", "DISAPPROVE"),
    ("The Uzbek minister said the new tax is not against the law.", "DISAPPROVE"),
    # burning a thing, or a forest burning, is no assault (a guard for ``wounded_persons`` burning_verbs)
    ("The Uzbek officials burned the documents before the inspection.", "ASSAULT"),
    ("The forest near Tashkent burned for three days.", "ASSAULT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# the court a lawsuit is filed with is not whom it accuses, when no "against" party is named either
# (``filing_venues``; it was the target)
def test_class_filing_venue_is_no_target(enricher: Enricher) -> None:
    found = of_type(enricher, "The Uzbek farmers filed a lawsuit with the Tashkent administrative court.", "DISAPPROVE")
    assert found and all("court" not in name(e, "target") for e in found), [(name(e, "source"), name(e, "target"))
                                                                            for e in found]


# the nations together belong to no one country (actors ``stateless_phrases``: it took the country of the story or
# of the person it addressed)
def test_class_international_community_has_no_country(enricher: Enricher) -> None:
    text = ("Uzbek police arrested three journalists in Tashkent on Monday.\n"
            "The international community has been calling on the Uzbek government to free the journalists.")
    found = of_type(enricher, text, "DEMAND")
    assert found and found[0]["source_country"] is None and "community" in name(found[0], "source"), [
        (name(e, "source"), e["source_country"]) for e in found]
