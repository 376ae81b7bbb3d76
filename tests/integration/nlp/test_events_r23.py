"""Round 23: classes the read article sets (r24–r26, r28, r29), the probe sets and the sweep of every event over the
worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a common noun in apposition with a name is the named party (wire form: the NER needs the commas apart)
    ("The world anti-doping body , WADA , has rejected the appeal of the Russian federation .", "REJECT", "wada", ""),
    # criticism and rejection with a source stay events (``agent_required`` asks only for one)
    ("The opposition accused the government of rigging the vote.", "DISAPPROVE", "opposition", "government"),
    # a leader visiting a city, a king receiving delegations: visits and meetings (``travelling_parties``)
    ("President Ruto visited Kampala on Monday for talks on the pipeline.", "CONSULT", "ruto", "kampala"),
    ("The king received two delegations from Oman on Sunday.", "CONSULT", "king", "delegations"),
    # wanting a thing demands it; wanting a named organisation to act too (``directive_verbs.party_only``)
    ("The families want compensation for their damaged homes, their lawyer said.", "DEMAND", "families", ""),
    ("We want the opposition alliance to take part in the next election, the minister said.", "DEMAND", "",
     "alliance"),
    # curbing a party restricts it (``needs_actor_object``: curb)
    ("The government moved to curb the opposition ahead of the vote.", "COERCE", "government", "opposition"),
    # a no-confidence or censure motion against a minister is a formal censure of him (``noun_compounds``)
    ("Opposition lawmakers tabled a no-confidence motion against the finance minister.", "DISAPPROVE", "lawmakers",
     "finance minister"),
    ("The opposition will move a censure motion against the interior minister next week.", "DISAPPROVE",
     "opposition", "interior minister"),
    # compensation sought from a party is a demand on it (``sought_objects`` leaves it alone)
    ("The families are seeking compensation from the mining company.", "DEMAND", "families", "mining company"),
    # the police holding people, or people held in custody or for hours, are detentions (``detentions``)
    ("Police held two journalists overnight in the capital.", "COERCE", "police", "journalists"),
    ("The student leader was held for 12 hours at a police station in the north.", "COERCE", "", "student leader"),
    ("The former mayor is now being held in custody in the capital.", "COERCE", "", "mayor"),
    # offering a truce, troops or to mediate is an offer of agreement (``offered_things``)
    ("The Kurdish rebels offered a truce on Friday.", "AGREE", "rebels", ""),
    ("Chad has offered its soldiers to the transitional leader to help him secure the border.", "AGREE", "chad", ""),
    ("Norway offered to mediate between the two sides.", "AGREE", "norway", ""),
    # allowing a party to act is an agreement (``allowed_things``)
    ("Kenya will allow 2,000 Somali refugees to resettle in the north under the new agreement.", "AGREE", "kenya",
     "refugees"),
    # approving what a party does backs it (``needs_actor_object``: approve)
    ("The Turkish parliament approved Sweden and Finland joining the alliance.", "SUPPORT", "parliament", "sweden"),
    # voting against a minister is a formal act of disapproval (``phrasal``: vote against)
    ("Twelve ruling-party senators voted against the defence minister in Thursday's vote.", "DISAPPROVE", "senators",
     "defence minister"),
    # a warning addressed to a party, or of an act of a party, is a threat (``forecast_warnings`` leaves it alone)
    ("The army warned that it would respond to any attack on its positions.", "THREATEN", "army", ""),
    ("The UN warned the rebels against attacking civilians.", "THREATEN", "un", "rebels"),
    # a warning to a party warned, or with a condition, is a threat (``forecast_warnings``)
    ("Two newspapers were warned by the media council that their permits would be withdrawn.", "THREATEN",
     "media council", "newspapers"),
    ("The governor warned that the markets would stay shut if the riots went on.", "THREATEN", "governor", ""),
    # an offer to do something the parser hangs on the verb, or an offer to a state, is one (``offered_things``)
    ("The government offered on Tuesday to mediate between the two parties.", "AGREE", "government", ""),
    ("Norway offered water purification units to flood-hit Pakistan.", "AGREE", "norway", "pakistan"),
    # allowing an occasion agrees to it (``allowed_things``)
    ("The junta said it would allow local elections in the spring.", "AGREE", "junta", ""),
    # things received are no counted visitors (``travelling_parties.guest_verbs`` counts people only)
    ("Bolivia will receive 10 helicopters from Brazil next year, its defence minister said.", "AGREE", "bolivia", ""),
    # executing prisoners is a killing (``needs_actor_object``: execute)
    ("The military government executed three opposition organisers last week.", "ASSAULT", "military government",
     "organisers"),
]

# (sentence, type that must not be found)
NOTHING = [
    # criticism or rejection with no one doing it is no act (``agent_required``: DISAPPROVE, REJECT)
    ("He faces trial together with two men accused of helping him escape.", "DISAPPROVE"),
    ("Reports alleging that the minister took bribes circulated on social media last week.", "DISAPPROVE"),
    ("Opposing the new mining law is not a crime, the judge said.", "REJECT"),
    ("The team reached the summit on foot, as opposed to taking the cable car.", "REJECT"),
    # pilgrims or pupils visiting a place is no visit of state (``travelling_parties.trip_nouns``: visit)
    ("Thousands of pilgrims visit Lalibela every January.", "CONSULT"),
    ("Students from the school visited Mombasa on a trip last week.", "CONSULT"),
    # a counted number of visitors received or hosted is a statistic (``travelling_parties.guest_verbs``)
    ("The country received 800,000 tourists in the first quarter.", "CONSULT"),
    ("Egypt hosted 30,000 tourists during the holiday.", "CONSULT"),
    # wanting a person or kin to act is a wish, encouraging them advice (``directive_verbs.party_only``)
    ("I do not want my daughter to suffer the way I did, she said.", "DEMAND"),
    ("The coach wants his players to enjoy the final on Sunday.", "DEMAND"),
    ("My teacher later encouraged me to study law in Nairobi.", "DEMAND"),
    # curbing pollution or crashes restricts no one (``needs_actor_object``: curb)
    ("City officials want to curb noise from night clubs in the old town.", "COERCE"),
    ("A new unit was created to curb food waste in school canteens.", "COERCE"),
    # seeking out a place, seeking treatment or comment asks no party for anything (``sought_objects``)
    ("Backpackers are seeking out the quiet beaches of the southern coast.", "DEMAND"),
    ("He said he would be seeking treatment for his injuries abroad.", "DEMAND"),
    ("Reporters contacted the ministry seeking comment.", "DEMAND"),
    # holding one's child, or an occasion held, detains no one (``detentions``: no holder of an armed or state
    # sector, no custody and no time held)
    ("A man holding his daughter waved at the crowd outside the station.", "COERCE"),
    ("Residents of the town were seen holding their children in the rain.", "COERCE"),
    ("The annual meeting of the two councils, which was held in Dodoma, ended on Friday.", "COERCE"),
    # a company offering flights, or someone offering advice, offers no agreement (``offered_things``)
    ("The carrier now offers three daily flights to Lisbon.", "AGREE"),
    ("The former champion spent the day with young swimmers, offering tips on technique.", "AGREE"),
    ("Hotels would offer lower rates if the tourist tax were scrapped.", "AGREE"),
    # allowing a thing allows no party anything (``allowed_things``)
    ("Some airlines have allowed pets in the cabin since 2020.", "AGREE"),
    # a body approving its own programme or a renewal backs no party (``needs_actor_object``: approve)
    ("The cabinet approved a new plan for rural roads on Wednesday.", "SUPPORT"),
    ("The bank's board approved the extension of a $500 million loan programme in May.", "SUPPORT"),
    # warning that things will happen is a forecast, no threat (``forecast_warnings``)
    ("The trade minister warned that rubber exports would keep falling this year.", "THREATEN"),
    # executing a plan kills no one (``needs_actor_object``: execute)
    ("Contractors will execute the second phase of the road project next year.", "ASSAULT"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
