"""Round 32: classes the sweep of every event over the worldwide-newswire articles showed wrong or missing. One
sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule and lexicon
entry; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an obligation in the perfect laid on a party reproaches it (``reproach_modals``), reported or quoted
    ("The opposition leader said the finance minister should have consulted parliament before signing the loan.",
     "DISAPPROVE", "opposition leader", "finance minister"),
    ('"The army should not have fired on the crowd," the Zambian bishop said.', "DISAPPROVE", "bishop", "army"),
    # an obligation in the present stays a demand (guard)
    ("The Kenyan president said the ministry must release the detainees.", "DEMAND", "president", "ministry"),
    # a loan sought from a party is a request (guard for ``sought_objects.goods``)
    ("The Zambian government sought a loan from the IMF to cover its budget deficit.", "DEMAND", "government",
     "imf"),
    # food delivered to people is aid (guard for ``non_events`` "deliver")
    ("The Red Cross delivered food to flood victims in Malawi.", "AID", "red cross", "victims"),
    # declining an act or an offer refuses it (guard for ``complement_required`` "decline")
    ("The Ugandan president declined to meet the opposition leader.", "REJECT", "president", "leader"),
    ("The Kenyan government declined the offer of talks.", "REJECT", "government", ""),
    ("The Sudanese army declined on Tuesday to release the detained protest leaders.", "REJECT", "army", ""),
    # quelling or suppressing dissent is repression by the subject (``verb_objects`` "quell protest", ...)
    ("Zimbabwean police quelled the riots in Harare with tear gas.", "COERCE", "police", ""),
    ("The Ethiopian government suppressed the unrest in Oromia.", "COERCE", "government", ""),
    # protesting that something is so is a complaint in words (``clause_senses`` "protest")
    ("The exiled Cuban lawyer protested that the trials were being manipulated by the state.", "DISAPPROVE",
     "lawyer", ""),
    # a labour strike stays a protest, a state's strike on a place a use of force (guards for
    # ``intransitive_protests``)
    ("Teachers in Kenya struck for better pay.", "PROTEST", "teachers", ""),
    ("The Zambian government caved in to the pay rise demanded by striking miners in the Copperbelt.", "PROTEST", "",
     "miners"),
    ("Russian missiles struck the city of Odessa.", "FIGHT", "russia", "odessa"),
    # a warning of a party's act stays a threat, also with the warner inserted (guards for ``forecast_warnings``)
    ("The rebels, the Malian commander warned, will attack the capital.", "THREATEN", "commander", ""),
    ("The Kenyan army warned that it will have to respond to any attack on its bases.", "THREATEN", "army", ""),
    # the "of" party of a release is the one released (``patient_of_nouns``); of a withdrawal, the one who
    # withdraws (guard)
    ("The Kenyan opposition welcomed the release of the political prisoners.", "RETREAT", "", "prisoners"),
    ("The withdrawal of the Ugandan troops began on Monday.", "RETREAT", "troops", ""),
    # critical of a party criticises it (guard for ``adjective_senses``)
    ("The Kenyan opposition was critical of the government's handling of the floods.", "DISAPPROVE", "opposition",
     "government"),
    # a hostile act on one's kin stays an event, as does a kin word before a title and someone else's kin (guards
    # for ``family_matters``)
    ("The Kenyan man killed his wife with a machete.", "ASSAULT", "man", "wife"),
    ("I spoke over the phone with my brothers the foreign ministers of Kuwait and Qatar, the Iranian minister said.",
     "CONSULT", "", "brothers"),
    ("The Ugandan soldiers rescued her husband and son from the flood.", "AID", "soldiers", ""),
    # an armed uprising crushed is fought (guard)
    ("The Malian army crushed the rebellion in the north.", "FIGHT", "army", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # a reproach is no demand (``reproach_modals``), and what should have been done did not happen or is judged
    # (``counterfactual_modals`` "should")
    ("The opposition leader said the finance minister should have consulted parliament before signing the loan.",
     "DEMAND"),
    ("The Ugandan activist said the council should have asked the governor to intervene.", "DEMAND"),
    ("Just as Israel should not have pretended to mediate between Russia and Ukraine, it should not lead the effort.",
     "CONSULT"),
    # a reproach in the writer's own voice is a judgement of play, no party's act ("should have" unquoted)
    ("The Kenyan striker should have made it 2-0 at halftime.", "DISAPPROVE"),
    # "must have" + participle is a guess, no obligation
    ("The Ugandan judge said the minister must have known about the bribes.", "DEMAND"),
    # goods sought from no party are a market's aim (``sought_objects.goods``), an election a candidate's
    ("Many young Kenyans are seeking employment in the Gulf states.", "DEMAND"),
    ("Malawian farmers sought loans with lower interest rates.", "DEMAND"),
    ("The Ugandan minister did not seek re-election in the vote.", "DEMAND"),
    ("The lawyer said he would seek the legal opinion of the attorney general.", "DEMAND"),
    # words or work delivered are no aid (``non_events`` "deliver"; the passive subject is the thing delivered)
    ("The archbishop will deliver a sermon to the Kenyan pilgrims in Nairobi on Sunday.", "AID"),
    ("The training was delivered by officials of the Kenyan ministry to farmers.", "AID"),
    # declining with no complement is a fall (``complement_required`` "decline"), declining to speak is declining
    # comment (``non_events`` "decline")
    ("The number of Kenyan tourists declined sharply last year.", "REJECT"),
    ("Employees of the Zambian mining company declined to speak on the matter.", "REJECT"),
    ("The Ugandan officials declined to respond to questions from reporters.", "REJECT"),
    # tamping down dissent is no protest of the one who tamps it down (``verb_objects`` "tamp protest", ...)
    ("The Algerian president tamped down the protests through salary increases.", "PROTEST"),
    # a protest's purpose named by a free relative is no second complaint (``clause_senses`` needs a clause)
    ("Ugandan university workers went on strike to protest what they termed poor funding.", "DISAPPROVE"),
    ("The Kenyan opposition leader protested that the trials were being manipulated.", "PROTEST"),
    # struck with an object or as a passive is hit, no strike (``intransitive_protests``)
    ("Two men died after being struck by bulls at a festival in Pamplona.", "PROTEST"),
    ("A car struck a pedestrian in Nairobi.", "PROTEST"),
    # a warning of a state of things, of what a thing implies, or "as X warns" is no threat (``forecast_warnings``)
    ("Further, the Zambian doctor warns, most hospitals do not have adequate drugs.", "THREATEN"),
    ("This would imply that two million Nicaraguans would live on less than two dollars a day, the charity warned.",
     "THREATEN"),
    ("So, as the Venezuelan activist warns, the mothers' healing will one day help repair the country.", "THREATEN"),
    # critical to something is crucial (``adjective_senses``)
    ("Turkish drones have been critical to Ethiopia's efforts to win the war.", "DISAPPROVE"),
    # meeting, visiting or asking one's own kin is private life (``family_matters``)
    ("As a boy, I visited my uncle in Nairobi every summer.", "CONSULT"),
    ("The Zambian trader returned from Lusaka to meet his wife and daughter.", "CONSULT"),
    ("She asked her daughter to take the wheelbarrow back to the neighbour.", "DEMAND"),
    # being fed up is weariness (``non_events`` "feed")
    ("Villagers in northern Ghana said they were fed up with the government's broken promises.", "AID"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
