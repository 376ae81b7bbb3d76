"""Round 24: classes the read article sets (r24–r26, r28–r30, r32), the probe sets and the sweep of every event over the
worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # gratitude to a party and pride in one are praise (``adjectives``: grateful, thankful, proud)
    ("The mayor of Chiang Mai said she was grateful to the Japanese embassy for the new fire trucks.", "SUPPORT",
     "mayor", "japanese embassy"),
    ("The nurses' union is proud of the midwives who kept the clinics open.", "SUPPORT", "union", "midwives"),
    ("The villagers are thankful to the navy for the clean water.", "SUPPORT", "villagers", "navy"),
    # greetings conveyed or extended to a party are courtesy, SUPPORT (``stance_expressions``)
    ("The emir conveyed his greetings to the visiting Ghanaian president.", "SUPPORT", "emir", "president"),
    # wishing a party well and respecting a party are praise of it (``esteem_verbs``)
    ("The governor wished the new council every success in its work.", "SUPPORT", "governor", "council"),
    ("The rebel commanders said they respected the old general deeply.", "SUPPORT", "commanders", "general"),
    # an order to pay damages, to be detained or to vacate is coercion (``compelling_orders``)
    ("A Seoul court ordered two former bank chiefs to pay 4 billion won in damages.", "COERCE", "court",
     "bank chiefs"),
    ("The two smugglers were ordered detained for ten days pending trial.", "COERCE", "", "smugglers"),
    ("City officials ordered the hawkers to vacate the pavement on Monday.", "COERCE", "officials", "hawkers"),
    # ordering a party, a measure or an inquiry stays a demand (``ordered_things``; guards, pass either way)
    ("The judge ordered the health ministry to publish the vaccine contracts.", "DEMAND", "judge", "ministry"),
    ("The premier ordered an inquiry into the hospital fire.", "INVESTIGATE", "premier", ""),
    ("The provincial government ordered patrols by police after the riots.", "DEMAND", "government", ""),
    # "the country" / "the nation" is the country named before, a subject first (actors ``country_descriptions``)
    ("Peru suspended coffee imports from Chile in May. The country later accused Chile of dumping beans on its market.",
     "DISAPPROVE", "peru", "chile"),
    ("Bolivia and Chile have quarrelled over water for decades. Last week the nation accused Chile of diverting the "
     "river.", "DISAPPROVE", "bolivia", "chile"),
    # an act noun that modifies a noun of its kind is still the act (``compound_hosts``; a guard; since round 67 a
    # bombing by armed forces is FIGHT, ``armed_switch`` comment_v2_67)
    ("The air force launched a bombing campaign against the rebel bases.", "FIGHT", "air force", ""),
    # discussing among several parties, or with a counterpart, is a meeting (``talks_among``; guards)
    ("The two delegations discussed ways of reopening the border crossing.", "CONSULT", "delegations", ""),
    ("The health minister discussed the vaccine shortage with her Kenyan counterpart.", "CONSULT", "health minister",
     ""),
    ("Ruto is expected to discuss grain exports during his stay in Ankara.", "CONSULT", "ruto", ""),
    # supporting a party, an event or a proposal is SUPPORT (``supported_things``; guards)
    ("The teachers' federation has long supported the strike by bus drivers.", "SUPPORT", "federation", ""),
    ("Kenya supports the Somali government in its fight against the insurgents.", "SUPPORT", "kenya",
     "somali government"),
    ("Two opposition parties endorsed the proposal to hold early elections.", "SUPPORT", "parties", ""),
    ("A foreign ministry spokesman defended Indonesia's timber exports to Japan on Monday.", "SUPPORT", "spokesman",
     ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # pride or honour in doing something praises no one (an adjective or passive of praise with an infinitive; the
    # first a guard)
    ("I am proud to be the first woman from my village to study law.", "SUPPORT"),
    ("The new coach said he was honoured to lead the national side.", "SUPPORT"),
    # respecting a thing, a party's right or decision, and wishing for something praise no one (``esteem_verbs``;
    # guards)
    ("The bishop said the police will respect his freedom to travel.", "SUPPORT"),
    ("The farmers said they respected the court's ruling on the land.", "SUPPORT"),
    ("The founders wished for a more federal republic.", "SUPPORT"),
    # ordering goods or food is a purchase, no demand (``ordered_things``)
    ("Last year the navy ordered four patrol boats from a Dutch yard.", "DEMAND"),
    ("Guests can order a cake two days in advance.", "DEMAND"),
    # paying the arrears ordered is no penalty (``compelling_orders.payments``; a guard)
    ("The court ordered the ministry to pay the teachers' arrears.", "COERCE"),
    # one person or body discussing a topic, or a forum's participants, hold no meeting (``talks_among``)
    ("Professor Amina Diallo discussed the history of the old caravan routes.", "CONSULT"),
    ("The participants also discussed new rules for online payments.", "CONSULT"),
    # an act noun that modifies a thing gives the verb acting on the thing no event (``compound_hosts``)
    ("The council will repaint the old air raid shelters next year.", "FIGHT"),
    ("Volunteers cleaned the war memorial on Sunday.", "FIGHT"),
    # supporting or defending a thing backs no party (``supported_things``)
    ("The grain board set aside $40 million to support the national rice stockpile.", "SUPPORT"),
    ("The coast guard is ready to defend the country's fishing grounds.", "SUPPORT"),
    ("The ministry will support research on drought-resistant maize.", "SUPPORT"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
