"""Round 28: classes the read article sets (r24–r26, r28–r30, r32, r33, r35, r36, r38, r39, r41, r42, r44), the probe sets and
the sweep of every event over the worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # "will" / "would" said by the source states an intent (guards for ``stated_intent.possibility_modals``)
    ("Malawi said it would send peacekeepers to Mozambique if the rebels attacked again.", "AGREE", "malawi", ""),
    ("The Chilean foreign minister said his country will support Bolivia's bid for a seat on the council.",
     "AGREE", "country", ""),
    # recommending an act asks for it (``verbs.DEMAND``: "recommend", CAMEO 020), its content absorbed
    ("The electoral commission recommended the dismissal of the district returning officer.", "DEMAND", "commission",
     "officer"),
    # an ordered closure of a party or a place is the orderer's coercion (``compelling_orders.closures``)
    ("The Tanzanian information ministry ordered the closure of two opposition radio stations.", "COERCE", "ministry",
     "opposition"),
    ("The provincial health department ordered a week-long closure at all markets in Lusaka.", "COERCE", "department",
     ""),
    # fighting an armed party stays a fight (a guard for ``fought_things``)
    ("Nigerian soldiers fought Boko Haram insurgents near Maiduguri on Sunday.", "FIGHT", "soldiers", ""),
    # a party's demands stay requests (a guard for ``market_demand``)
    ("The striking nurses repeated their demand for a pay rise to the Kenyan health minister.", "DEMAND", "nurses", ""),
    # a quote's "X has to" and a main clause's "X must" stay demands (guards for the semi-modal obligation)
    ("\"The Zambian government has to release the detained journalists,\" the union leader said.", "DEMAND", "",
     "government"),
    ("Uganda must withdraw its troops from the border town.", "DEMAND", "", "uganda"),
    # admitting guilt or conceding defeat concedes (a guard for ``admitted_clauses.things``)
    ("The Malawian finance minister admitted his mistake in a statement on Friday.", "CONCEDE", "minister", ""),
    # contesting a result stays an objection (a guard for ``contested_offices``)
    ("The Kenyan opposition contested the election results in the Supreme Court.", "REJECT", "opposition", ""),
    # releasing people stays a release (a guard for ``freed_parties.things``)
    ("The hostages released by the rebels arrived in Kampala on Monday.", "RETREAT", "rebels", "hostages"),
    # a passive stance phrase with no agent takes its giver from the noun's "from" party (roles of a phrase trigger)
    ("Condolences from the Tanzanian president were conveyed to the Kenyan government on Friday.", "SUPPORT",
     "president", "government"),
    # a sports report's political acts stay events (a guard for ``contest_results.play_things``)
    ("Chile's football federation filed a complaint with FIFA against Ecuador before the tournament playoff.",
     "DISAPPROVE", "federation", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # a modal of ability, possibility or obligation alone states no intent (``stated_intent.possibility_modals``)
    ("The retired general said the commission can provide documents to the prosecutors.", "AGREE"),
    ("The Zambian finance minister may discuss the loan with the lenders next month, his spokesman said.", "AGREE"),
    # a recommended penalty is asked for, not imposed (``verbs.DEMAND``: "recommend")
    ("The disciplinary tribunal recommended the magistrate's suspension for six months.", "SANCTION"),
    # fighting a thing names no adversary (``fought_things``)
    ("The Kenyan government says it is fighting corruption in the land registry.", "FIGHT"),
    ("Families across Ghana are battling a cost of living crisis, the union said.", "FIGHT"),
    # demand in its market sense asks nothing (``market_demand``)
    ("The Zambian copper mines expanded output to serve rising demand in China.", "DEMAND"),
    ("The Kenyan trade minister reported strong demand for the new treasury bonds.", "DEMAND"),
    # a writer's "X has to / needs to" with no speaker is no one's demand (main-clause obligations by "have" or
    # "need" only in a quote)
    ("The Namibian labour ministry has to publish the new rules before the end of the month.", "DEMAND"),
    ("The new Kenyan government will need to take brave steps to reform the police.", "DEMAND"),
    # acknowledging anything but guilt or defeat concedes nothing (``admitted_clauses.things``)
    ("The anti-graft commission has already acknowledged the submission of the screenshots.", "CONCEDE"),
    ("Both the prosecutors and the police issued statements acknowledging the detentions.", "CONCEDE"),
    # contesting an office or a poll is standing for it (``contested_offices``)
    ("The former Zambian finance minister contested the presidency in 2016.", "REJECT"),
    ("She is contesting for the chairperson position at the party conference in Durban.", "REJECT"),
    # a document released is no one freed, whatever name modifies it (``freed_parties.things``)
    ("The ENGEO report released on Friday showed that two thirds of the homes had been damaged.", "RETREAT"),
    # in a sports report an act on a thing of play or a player's position is play (``contest_results.play_things``)
    ("The Ghanaian goalkeeper conceded a late goal as Nigeria won the tournament semifinal.", "CONCEDE"),
    ("The Costa Rican winger shot directly at the Jamaican goalkeeper in the tournament final.", "ASSAULT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
