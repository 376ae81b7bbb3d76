"""Round 68: classes from the read halves of r145-r150 and the fresh batches r153-r155 (docs/events.md, "Round 68").
One sentence of its own (written for this file, not taken from any evaluation or probe set, test country Estonia /
Tallinn) for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # on a copula, "in touch" / "in contact" with a party is a contact kept (``contact_nouns`` copulas)
    ("Estonian officials were in constant touch with the kidnappers during the crisis.", "CONSULT", "officials",
     "kidnappers"),
    ("The Tallinn mayor is in contact with the Latvian government.", "CONSULT", "mayor", "latvian"),
    # a refusal or denial of a party's own request, demand or objection answers an act of that party, coded too
    # (``answered_acts``)
    ("Estonia has refused all Latvian requests for weapons.", "DEMAND", "latvian", ""),
    ("The Estonian court rejected Latvia's objections to the case.", "DISAPPROVE", "latvia", ""),
    ("The Tallinn mayor rejected the opposition's demands for an inquiry.", "DEMAND", "opposition", ""),
    # ... and the refusal stays coded (a guard)
    ("Estonia has refused all Latvian requests for weapons.", "REJECT", "estonia", "latvian"),
    # a release of a party or a person frees them (a guard on ``released_parties``)
    ("The Estonian army announced the release of 20 prisoners.", "RETREAT", "army", "prisoners"),
    ("The Estonian president orders release of 737 inmates in time for the holiday.", "RETREAT", "president", ""),
    ("Estonia's release of hundreds of Latvian hostages produced jubilant scenes in Riga.", "RETREAT", "estonia", ""),
    # a war between states stays one (a guard on ``figurative_modifiers`` of_words)
    ("The war between Estonia and Latvia lasted two years.", "FIGHT", "", ""),
    # an invitation to a country or a city, or to talks or a meeting, is an invitation to visit or meet
    # (``invited_places``, ``phrasal_comment_v2_68``)
    ("The Estonian president invited the Latvian prime minister to Tallinn.", "AGREE", "president", "prime minister"),
    ("The Estonian president invited the opposition to talks.", "AGREE", "president", "opposition"),
    ("The Estonian government formally invited Latvian residents to join the country.", "AGREE", "government",
     "residents"),
    # ... an invitation to do anything else stays a request (a guard)
    ("The Tallinn mayor invited residents to submit their ideas.", "DEMAND", "mayor", "residents"),
    # a partnership is cooperation, as a collaboration is (``nouns_comment_v2_68``)
    ("The Estonian ministry, in partnership with UNICEF, launched a vaccination campaign.", "COOPERATE", "ministry",
     "unicef"),
    ("Estonia is establishing long lasting partnerships with the Qatar Museum.", "COOPERATE", "estonia", "qatar"),
    # suggesting or advocating a course of action named by a gerund calls for it (``gerund_proposals``)
    ("The Estonian minister suggested banning bikes on national highways.", "DEMAND", "minister", ""),
    ("The Estonian Greens advocated phasing out nuclear energy.", "DEMAND", "greens", ""),
    # charges faced have been brought: the one who faces them is charged (``undergone_nouns_comment_v2_68``)
    ("Tallinn police said the mayor was facing charges of fraud.", "COERCE", "", "mayor"),
    # a person ordered in an agentless passive is bound by an authority not named (``passive_orders``)
    ("After the meeting, the Tallinn police chief was ordered to go on stand-by.", "COERCE", "", "chief"),
    # ... an order with its author named stays a demand (a guard)
    ("Armed men ordered the Estonian mayor to go with them.", "DEMAND", "armed men", "mayor"),
    # wrong, flawed and unsound said of a party's conduct criticise it (``party_evaluations`` words_comment_v2_68)
    ("The Estonian minister said the government's decision to close the border was clearly wrong.", "DISAPPROVE",
     "minister", "government"),
    ("The Tallinn union said the ministry's policy is technically unsound.", "DISAPPROVE", "union", "ministry"),
    ("The Estonian opposition said the government's plan was deeply flawed.", "DISAPPROVE", "opposition",
     "government"),
    # exaggerated and unproven said of a claim deny it (``evaluative_words`` REJECT, comment_v2_68)
    ("The Estonian government says that figure is exaggerated.", "REJECT", "government", ""),
    ("The Tallinn mayor's lawyer emphasized that the allegations against him are unproven.", "REJECT", "lawyer", ""),
]

NOTHING = [
    # contact with no party consults no one (``contact_nouns``)
    ("The Estonian doctor's hands were in contact with the patient's skin.", "CONSULT"),
    # a denial of an accusation or a demand with no maker of its own: the denial alone (``answered_acts``)
    ("The Estonian minister denied the allegations.", "DISAPPROVE"),
    ("The Tallinn mayor rejected the demands on Monday.", "DEMAND"),
    ("The Estonian minister denied his allegations.", "DISAPPROVE"),
    ("The Estonian minister rejected criticism of the government.", "DISAPPROVE"),
    # a release of a thing frees no one (``released_parties``)
    ("The Estonian ministry said it would centralise the release of information on the outbreak.", "RETREAT"),
    ("The Tallinn library said the release of the book was delayed.", "RETREAT"),
    ("The release of hundreds of classified documents was delayed by the Estonian ministry.", "RETREAT"),
    # a war of words is a quarrel, no armed act (``figurative_modifiers`` of_words)
    ("When the Estonian and Latvian ministers engaged in a war of words, lawmakers continued to shout.", "FIGHT"),
    # an invitation to a room or a park is none (a guard on ``invited_places``)
    ("The Estonian coach invited the players to her room.", "AGREE"),
    ("The Tallinn mayor invited residents to submit their ideas.", "AGREE"),
    # ... and the suggested act is its content, no event of its own (a guard)
    ("The Estonian minister suggested banning bikes on national highways.", "COERCE"),
    # a clause suggested is said, no course of action called for (a guard on ``gerund_proposals``)
    ("The Estonian premier was angry when the opposition leader suggested he was corrupt and trying to evade the law.",
     "DEMAND"),
    # a study suggesting a finding calls for nothing (``gerund_proposals``)
    ("Estonian studies suggest drinking coffee is healthy.", "DEMAND"),
    # an order whose infinitive is an event verb of its own: that act, no coercion (``passive_orders``)
    ("Estonian troops were ordered to withdraw from the border.", "COERCE"),
    # wrong said of no party's conduct judges no one (``party_evaluations``)
    ("Something is seriously wrong with the weather in Tallinn, the Estonian minister said.", "DISAPPROVE"),
    ("It was wrong for me to ask for money, the Estonian mayor said.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
