"""Round 23: classes the read article sets (r24, r25, r26) and the sweep of every event over the
worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a common noun in apposition with a name is the named party (wire form: the NER needs the commas apart)
    ("The world football body , FIFA , has rejected the appeal of the Algerian federation .", "REJECT", "fifa", ""),
    # criticism and rejection with a source stay events (``agent_required`` asks only for one)
    ("The opposition accused the government of rigging the vote.", "DISAPPROVE", "opposition", "government"),
    # a leader visiting a city, a king receiving delegations: visits and meetings (``travelling_parties``)
    ("President Ruto visited Kampala on Monday for talks on the pipeline.", "CONSULT", "ruto", "kampala"),
    ("The king received two delegations from Oman on Sunday.", "CONSULT", "king", "delegations"),
    # wanting a thing demands it; wanting a named organisation to act too (``directive_verbs.party_only``)
    ("The families want compensation for their damaged homes, their lawyer said.", "DEMAND", "families", ""),
    ("We want the BNP to join the next polls, the minister said.", "DEMAND", "", "bnp"),
    # curbing a party restricts it (``needs_actor_object``: curb)
    ("The government moved to curb the opposition ahead of the vote.", "COERCE", "government", "opposition"),
    # a no-confidence or censure motion against a minister is a formal censure of him (``noun_compounds``)
    ("Opposition MPs filed a no-confidence motion against the prime minister on Tuesday.", "DISAPPROVE",
     "opposition mps", "prime minister"),
    ("The opposition will move a censure motion against the interior minister next week.", "DISAPPROVE",
     "opposition", "interior minister"),
    # compensation sought from a party is a demand on it (``sought_objects`` leaves it alone)
    ("The families are seeking compensation from the mining company.", "DEMAND", "families", "mining company"),
    # the police holding people, or people held in custody or for hours, are detentions (``detentions``)
    ("Police held two journalists overnight in the capital.", "COERCE", "police", "journalists"),
    ("The young climate activist was held for 30 hours at the police station.", "COERCE", "", "activist"),
    ("Bashala is now being held in custody.", "COERCE", "", "bashala"),
    # offering a truce, troops or to mediate is an offer of agreement (``offered_things``)
    ("The Kurdish rebels offered a truce on Friday.", "AGREE", "rebels", ""),
    ("Syria has again offered its troops to the new president to help him.", "AGREE", "syria", "president"),
    ("Norway offered to mediate between the two sides.", "AGREE", "norway", ""),
    # allowing a party to act is an agreement (``allowed_things``)
    ("Turkey will allow 13,000 Kurdish refugees to return home as part of the deal.", "AGREE", "turkey", "refugees"),
    # approving what a party does backs it (``needs_actor_object``: approve)
    ("The Turkish parliament approved Sweden and Finland joining the alliance.", "SUPPORT", "parliament", "sweden"),
    # voting against a minister is a formal act of disapproval (``phrasal``: vote against)
    ("Six opposition MPs voted against the interior minister in the censure debate.", "DISAPPROVE", "mps",
     "interior minister"),
    # a warning addressed to a party, or of an act of a party, is a threat (``forecast_warnings`` leaves it alone)
    ("The army warned that it would respond to any attack on its positions.", "THREATEN", "army", ""),
    ("The UN warned the rebels against attacking civilians.", "THREATEN", "un", "rebels"),
    # a warning to a party warned, or with a condition, is a threat (``forecast_warnings``)
    ("The television stations were warned by the regulator that their licences would be revoked.", "THREATEN",
     "regulator", "television stations"),
    ("The army warned that a curfew would be imposed on the city if the protests continued.", "THREATEN", "army",
     ""),
    # an offer to do something the parser hangs on the verb, or an offer to a state, is one (``offered_things``)
    ("The government offered on Tuesday to mediate between the two parties.", "AGREE", "government", ""),
    ("Japan offered emergency supplies and rescue teams to earthquake-hit Turkey.", "AGREE", "japan", "turkey"),
    # allowing an occasion agrees to it (``allowed_things``)
    ("The president said he would allow multiparty elections next year.", "AGREE", "president", ""),
    # things received are no counted visitors (``travelling_parties.guest_verbs`` counts people only)
    ("Colombia will receive 18 helicopters from the United States next year.", "AGREE", "colombia", ""),
    # executing prisoners is a killing (``needs_actor_object``: execute)
    ("The junta executed four democracy activists on Monday.", "ASSAULT", "junta", "activists"),
]

# (sentence, type that must not be found)
NOTHING = [
    # criticism or rejection with no one doing it is no act (``agent_required``: DISAPPROVE, REJECT)
    ("He faces trial together with two men accused of helping him escape.", "DISAPPROVE"),
    ("Reports alleging that the minister took bribes circulated on social media last week.", "DISAPPROVE"),
    ("Opposing the new mining law is not a crime, the judge said.", "REJECT"),
    ("Miners found the fossil by digging into the ice, as opposed to waiting for it to thaw.", "REJECT"),
    # patients visiting cities is no visit of state (``travelling_parties.trip_nouns``: visit)
    ("Patients in the region often have to visit Nairobi and Mombasa for cancer treatment.", "CONSULT"),
    # a counted number of visitors received or hosted is a statistic (``travelling_parties.guest_verbs``)
    ("The country received 1.2 million tourists in the first half of the year.", "CONSULT"),
    ("Kenya hosted 5,000 tourists during the festival, the ministry said.", "CONSULT"),
    # wanting a person or kin to act is a wish, encouraging them advice (``directive_verbs.party_only``)
    ("I do not want my daughter to suffer the way I did, she said.", "DEMAND"),
    ("The coach wants his players to enjoy the final on Sunday.", "DEMAND"),
    ("My teacher later encouraged me to study law in Nairobi.", "DEMAND"),
    # curbing pollution or crashes restricts no one (``needs_actor_object``: curb)
    ("Thailand has made progress in curbing air pollution in the capital.", "COERCE"),
    ("The taskforce was set up to curb road crashes on the highways.", "COERCE"),
    # seeking out a place, seeking treatment or comment asks no party for anything (``sought_objects``)
    ("Visitors to the region have begun seeking out the temples featured in the show.", "DEMAND"),
    ("He said he would be seeking treatment for his injuries abroad.", "DEMAND"),
    ("The director did not answer calls to his mobile telephone seeking comment.", "DEMAND"),
    # holding one's child, or an occasion held, detains no one (``detentions``: no holder of an armed or state
    # sector, no custody and no time held)
    ("A man holding his daughter waved at the crowd outside the station.", "COERCE"),
    ("Residents of the town were seen holding their children in the rain.", "COERCE"),
    ("The conclave on growth partnership, which was held in New Delhi, ended on Friday.", "COERCE"),
    # a company offering flights, or someone offering advice, offers no agreement (``offered_things``)
    ("The airline offers eight weekly flights to Washington.", "AGREE"),
    ("The coach interacted with the children, offering advice and rugby lessons.", "AGREE"),
    ("Tour agencies would offer discounts on packages if the visa fees were eliminated.", "AGREE"),
    # allowing a thing allows no party anything (``allowed_things``)
    ("States that have allowed politics based on religion have been destroyed, the analyst said.", "AGREE"),
    # a body approving its own programme or a renewal backs no party (``needs_actor_object``: approve)
    ("The Council of Ministers approved the national programme for the advancement of women in October.", "SUPPORT"),
    ("The board of directors approved the renewal of a $1 billion credit facility last month.", "SUPPORT"),
    # warning that things will happen is a forecast, no threat (``forecast_warnings``)
    ("The minister warned that palm oil exports to China will continue to be affected by global economic "
     "challenges.", "THREATEN"),
    # executing a plan kills no one (``needs_actor_object``: execute)
    ("The ministry will execute the first phase of the irrigation program this year.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)
