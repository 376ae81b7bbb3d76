"""Round 25: classes the read article sets (r24–r26, r28–r30, r32, r33, r35) and the sweep of every event
over the worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a future act its source states is also a statement of intent, AGREE (``stated_intent``; guards)
    ("Hungary said it will support the resolution on the river dispute.", "AGREE", "hungary", ""),
    # ... while a quoted first person's plain cooperative future keeps its own type only, the quote's speaker its
    # source (round 58, extract._threat: the articles' conventions; round 25 coded an AGREE beside it)
    ("\"We will release the detained fishermen,\" the Indian foreign minister said.", "RETREAT", "minister",
     "fishermen"),
    ("The Thai premier spoke to reporters in Bangkok. \"We will release the detained fishermen next week.\"",
     "RETREAT", "", "fishermen"),
    # a saying or announcement after the act states it, its speaker parsed or not (guards)
    ("The Zambian government will lift its ban on opposition rallies, the attorney-general said on Thursday.", "AGREE",
     "government", ""),
    ("The EU will provide 90 million euros to rebuild the power grid, its envoy announced.", "AGREE", "eu", ""),
    # a plan its source announces or says it has is a statement of intent (``stated_intent``; guards)
    ("The navy announced plans to hold joint exercises with Vietnam.", "AGREE", "navy", ""),
    ("Kenya said it intended to release all political prisoners.", "AGREE", "kenya", ""),
    # a welcome of a visitor is a meeting, of a party's act praise (guards)
    ("The prime minister welcomed the visiting Kenyan president.", "CONSULT", "prime minister", "president"),
    ("The opposition welcomed the court ruling on Tuesday.", "SUPPORT", "opposition", ""),
    # calling for something is a demand; calling a party a name for what it did is criticism (``adjacent_phrases``)
    ("The union called for a general strike on Monday.", "DEMAND", "union", ""),
    ("Opposition MPs called the finance minister a coward for skipping the budget debate.", "DISAPPROVE", "mps", ""),
    # arresting, punishing and annexing are coercion (``verbs.COERCE``: CAMEO 173, 170, 171)
    ("Border police apprehended three smugglers near the Zambian frontier on Friday.", "COERCE", "police",
     "smugglers"),
    ("The school punished two students for wearing their hair long.", "COERCE", "school", "students"),
    ("Russia annexed Crimea in 2014.", "COERCE", "russia", "crimea"),
    # repressing is coercion, mistreating assault, retaliating a fight, disagreeing criticism (``verbs``: CAMEO 170,
    # 180, 190, 110); a retaliation its source announces is a threat
    ("The junta has been repressing students who marched in the capital.", "COERCE", "junta", "students"),
    ("Prison guards mistreated the two detained reporters, their lawyer said.", "ASSAULT", "guards", "reporters"),
    ("The rebels retaliated with mortar fire on the army post.", "FIGHT", "rebels", ""),
    ("The finance minister disagreed with the central bank over the rate cut.", "DISAPPROVE", "finance minister", ""),
    ("Beijing said it would retaliate against the new tariffs.", "THREATEN", "beijing", ""),
    # a test of a weapon is a show of military power (``noun_compounds``: codebook 3.14, CAMEO 150; the second a guard)
    ("Pakistan conducted two nuclear tests in the desert in May.", "MOBILIZE", "pakistan", ""),
    ("Seoul condemned the North's latest missile launch.", "DISAPPROVE", "seoul", ""),
    ("Iran carried out a missile test over the Gulf on Monday.", "MOBILIZE", "iran", ""),
    # a litotes states the willingness itself, with no reporting verb (``litotes_verbs``; a guard)
    ("Ghana will not hesitate to provide aid to its flooded neighbours.", "AGREE", "ghana", ""),
    # aid sent, named as a coordinated passive's subject, is aid (guard)
    ("Relief tents were loaded in Karachi and sent to Sindh by the Turkish Red Crescent.", "AID", "red crescent", ""),
    # an acquittal is a concession, as a pardon is (codebook 3.4.2)
    ("A military tribunal acquitted the former defence minister of fraud last week.", "CONCEDE", "tribunal",
     "defence minister"),
    # a petition is a request (``nouns.DEMAND``: CAMEO PETITION 020, appeal)
    ("More than 10,000 farmers signed a petition asking parliament to scrap the water tax.", "DEMAND", "farmers", ""),
    ("The student union handed a petition to the vice-chancellor on Friday.", "DEMAND", "union", ""),
    # beating people, even with votes in the sentence, is an assault (``contest_results.tallies``; guards)
    ("Riot police beat students with batons while the votes were being counted.", "ASSAULT", "police", "students"),
    ("Militiamen beat up two poll workers outside the counting centre.", "ASSAULT", "militiamen", "poll workers"),
    # a warning to a party is a threat (guard)
    ("The army warned the rebels against attacking the convoy.", "THREATEN", "army", "rebels"),
    # acknowledging one's own act is a concession (guard)
    ("The police chief acknowledged that his officers had beaten the detainees.", "CONCEDE", "police chief", ""),
    # handing over control, or oneself, yields (guards)
    ("The rebels handed over control of the city to the army.", "RETREAT", "rebels", "army"),
    ("The warlord handed himself over to UN peacekeepers on Sunday.", "CONCEDE", "warlord", "peacekeepers"),
    # a future act the writer reports keeps its own type (mode future)
    ("The Pope will meet with state officials in Quebec City on Wednesday.", "CONSULT", "pope", "officials"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a future act no one states is a schedule or a forecast, no intent (``stated_intent.speakers``)
    ("The Pope will meet with state officials in Quebec City on Wednesday.", "AGREE"),
    ("The Kenyan foreign minister will visit Ethiopia next month to open a new consulate.", "AGREE"),
    # a name called for a reason is no call for anything (``adjacent_phrases``)
    ("Opposition MPs called the finance minister a coward for skipping the budget debate.", "DEMAND"),
    ("Farmers called the governor a liar for denying the drought.", "DEMAND"),
    # an adjective of the verb is no act (guard)
    ("The heavy trucks have had a punishing effect on the coastal road.", "COERCE"),
    # an act in an open question states no intent (``question_adverbs``; the first a guard on the base)
    ("How Beijing would retaliate and when is a matter for its leaders, the analyst said.", "THREATEN"),
    ("Why would Kenya sign such a deal with the rebels?", "AGREE"),
    # a test of no weapon is none (guard)
    ("The new malaria vaccine passed its final clinical test.", "MOBILIZE"),
    # a person sent, or a passive naming nothing sent, is no aid (``object_types`` send: person; the first a guard)
    ("She registered with the Red Cross in Windhoek and was later sent to the Osire camp.", "AID"),
    ("The two fugitives are a step closer to being sent to South Africa to stand trial.", "AID"),
    # a petition is no protest
    ("More than 10,000 farmers signed a petition asking parliament to scrap the water tax.", "PROTEST"),
    # a win counted in votes, percent or a title is a contest, no assault (``contest_results.tallies``)
    ("The mayor beat her main rival with 61 percent of the vote in Sunday's primary.", "ASSAULT"),
    ("Okoye beat the veteran Mensah to win his third national title.", "ASSAULT"),
    # a warning of a natural hazard, or that there will be something, is a forecast (``forecast_warnings``; the
    # first a guard)
    ("The weather office issued a warning of heavy rain for six northern provinces.", "THREATEN"),
    ("The irrigation chief warned that there will be more flooding along the river this week.", "THREATEN"),
    ("Officials issued a flood warning for the river towns on Monday.", "THREATEN"),
    # acknowledging a party or its merits concedes nothing (``object_types`` acknowledge)
    ("The coach acknowledged the progress of the Nigerian team.", "CONCEDE"),
    ("The minister acknowledged the nurses for their hard work during the outbreak.", "CONCEDE"),
    # a thing handed over is no concession (``handed_things``; the first a guard)
    ("The new frigate will be handed over to the navy next year.", "CONCEDE"),
    ("The charity handed over forty wheelchairs to the district hospital.", "CONCEDE"),
    ("The ministry handed over the documents to the committee on Friday.", "CONCEDE"),
    # nor is a plan the writer reports ("plans to", "intends to" with no reporting verb over it)
    ("The Ghanaian president plans to attend the climate summit in Cairo next week.", "AGREE"),
    # a count of visitors welcomed is a statistic, no praise (``guest_verbs``; the second a guard)
    ("Thailand welcomed more than two million tourists in the first half of the year.", "SUPPORT"),
    ("The old port city welcomes thousands of pilgrims every spring.", "SUPPORT"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
