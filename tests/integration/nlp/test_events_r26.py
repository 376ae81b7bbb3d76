"""Round 26: classes the read article sets (r24–r26, r28–r30, r32, r33, r35, r36, r38), the probe sets and the
sweep of every event over the worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # praise of a party in a reported clause or a characterisation is SUPPORT (``evaluative_words.SUPPORT``,
    # ``praise_words``: CAMEO 051)
    ("The opposition leader said the health minister was an honest and compassionate man.", "SUPPORT",
     "opposition leader", "minister"),
    ("\"She is a hero of the independence struggle,\" the Namibian president said of the late activist.", "SUPPORT",
     "president", ""),
    ("The governor described the fire chief as a tireless and selfless public servant.", "SUPPORT", "governor",
     "fire chief"),
    ("The bishop said it was an honour to receive the Kenyan president at the cathedral.", "SUPPORT", "bishop", ""),
    # words of political criticism in a reported clause or a characterisation are DISAPPROVE
    # (``evaluative_words.DISAPPROVE``: CAMEO 111)
    ("Union leaders said the labour minister was incompetent and dishonest.", "DISAPPROVE", "union leaders",
     "labour minister"),
    ("The former president said the ruling party had become irrelevant to young voters.", "DISAPPROVE", "president",
     "party"),
    ("Farmers' groups said the drought relief programme was a fiasco.", "DISAPPROVE", "groups", ""),
    ("The cardinal described the junta's leaders as wicked and cruel.", "DISAPPROVE", "cardinal", "leaders"),
    ("The prime minister described the exiled journalists as plotters and saboteurs.", "DISAPPROVE", "prime minister",
     "journalists"),
    # an adjective the parser hangs after the characterised object is its label
    ("The senator called the new security law draconian and undemocratic.", "DISAPPROVE", "senator", ""),
    # a "he" takes up a person, not a body whose name the truecaser capitalised ("the District Administration")
    ("Kerala chief minister Pinarayi Vijayan on Tuesday promised help to the families hit by the floods. The district "
     "administration has suspended two officials for negligence. He praised the volunteers for their rescue work.",
     "SUPPORT", "vijayan", ""),
    # a first-person quote with no speaker of its own is the speaker the next line names at its end, when the
    # quote runs on into it (``trailing_attribution``)
    ("The Kenyan athlete Faith Kipyegon arrived in Oslo on Monday. \"I am very grateful to the people of Norway. "
     "They have always welcomed us warmly,\" Kipyegon said.", "SUPPORT", "kipyegon", "norway"),
    # choosing or opting not to take part, or refraining from it, declines it (``declined_acts``: CAMEO 12, 1246)
    ("The Kenyan government refrained from signing the final communique of the summit.", "REJECT", "government", ""),
    ("The opposition leader chose not to attend the national dialogue on Monday.", "REJECT", "opposition leader", ""),
    ("The Maori council is opting not to send a delegation to the royal visit.", "REJECT", "council", ""),
    # dismissing something as a label of criticism characterises it (``characterising_verbs.dismissing``); a
    # claim dismissed as untrue stays a rejection (the third a guard)
    ("The union leader dismissed the new labour law as a cynical stunt.", "DISAPPROVE", "union leader", ""),
    ("Human rights groups dismissed the junta's trials as a blatant sham.", "DISAPPROVE", "groups", ""),
    ("The spokesman dismissed the reports as fake news.", "REJECT", "spokesman", ""),
    # supporting a thing is backing a party when the thing is a named party's, by its "of" too
    ("The Kosovo premier thanked Washington, which has always supported the independence of Kosovo.", "SUPPORT",
     "washington", "kosovo"),
    # approving a party's proposal backs it (``supported_things``; a guard)
    ("The senate approved Qatar's peace plan.", "SUPPORT", "senate", ""),
    # a killing with an attack named, or a figure of a hazard, stays an assault (``accident_causes``; guards)
    ("The rebels killed ten soldiers in an ambush during the storm.", "ASSAULT", "rebels", "soldiers"),
    ("He shot the governor at a rally and died in a storm of bullets moments later.", "ASSAULT", "", "governor"),
    # accepting a resignation yields (``accepted_concessions``; a guard)
    ("The emir accepted the resignation of the prime minister on Tuesday.", "CONCEDE", "emir", ""),
    # admitting one's own act, or an object, concedes (``admitted_clauses``; guards)
    ("The former governor admitted that he had taken bribes from the contractors.", "CONCEDE", "governor", ""),
    ("The minister admitted the charges in court on Monday.", "CONCEDE", "minister", ""),
    # so does admitting an act of one's own side, or any act (guards)
    ("The army admitted that one of its helicopters had mistakenly fired on a wedding party.", "CONCEDE", "army", ""),
    ("The Ugandan police admitted that officers had beaten two journalists at the rally.", "CONCEDE", "police", ""),
    # an offer dismissed stays a rejection whatever the label; accepting a mission yields (guards)
    ("Addis Ababa dismissed the rebels' offer of a ceasefire as a cynical ploy.", "REJECT", "addis ababa", ""),
    ("The Zambian government would accept an African Union monitoring mission.", "CONCEDE", "government", ""),
    # advice of an act to do is a request (``complement_required.advise``; guards, the second an infinitive the
    # parser gives its own subject)
    ("The finance minister advised the central bank to raise interest rates.", "DEMAND", "finance minister",
     "central bank"),
    ("The Kenyan envoy advised the Somali government not to sign the deal.", "DEMAND", "envoy", "somali government"),
    # a reported need in the simple past may be the report's backshift: still a demand (a guard)
    ("The minister said African states needed to tweak the approval process.", "DEMAND", "minister", "african states"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a negated copular reported clause makes no evaluation (this and the next three guard the new words' limits;
    # c0121e3 had none of the words)
    ("The judge said the witness's evidence was not dishonest but confused.", "DISAPPROVE"),
    # praise of the speaker's own person, or an honour given or won, is no SUPPORT (``praise_words``)
    ("\"I am not a hero, I only did my job,\" the firefighter said.", "SUPPORT"),
    ("The university said it would give the retired general a special honour.", "SUPPORT"),
    ("The writer became the first Kenyan to win the honour, his publisher said.", "SUPPORT"),
    # a word of the lists outside the reported predicate is none (guards)
    ("The coach said the striker was brave to take the last penalty.", "DISAPPROVE"),
    ("The report said the failure of the dam was caused by heavy rain.", "DISAPPROVE"),
    # taking steps is no concession of its own (the steps' act is coded by its own words)
    ("The education ministry has taken several steps to modernise its schools.", "CONCEDE"),
    ("The regulator took the unusual step of publishing the audit.", "CONCEDE"),
    # the act declined is no act of its own; declining any other act is no refusal of a party (``declined_acts``;
    # the second and third guards)
    ("The opposition leader chose not to attend the national dialogue on Monday.", "CONSULT"),
    ("The club decided not to renew the striker's contract.", "REJECT"),
    ("The minister chose not to dwell on the past.", "REJECT"),
    # a law dismissed as a stunt is criticised, not refused
    ("The union leader dismissed the new labour law as a cynical stunt.", "REJECT"),
    # celebrating, approving, honouring or recognising backs only a party, an event, a stand or a party's thing
    # (``supported_things.verbs``), not a day or a thing (the second a guard)
    ("Mashujaa Day is celebrated in Kenya every year on October 20.", "SUPPORT"),
    ("The town celebrated the centenary of the railway with a parade.", "SUPPORT"),
    # a killing or wounding by an accident or a natural disaster is no assault (``accident_causes``)
    ("Three Kenyan tourists were killed and four others were injured in a road accident near Arusha on Friday.",
     "ASSAULT"),
    ("The president sent condolences to the families of the victims of the earthquake last week that killed 300 "
     "people.", "ASSAULT"),
    ("Two fishermen were killed by lightning on Lake Victoria.", "ASSAULT"),
    # nor is an attack by an animal (``accident_causes.animals``)
    ("A stray dog attacked and badly injured a six-year-old girl in Nakuru on Sunday.", "ASSAULT"),
    # accepting anything but a resignation, a defeat, terms or blame is no concession (``accepted_concessions``)
    ("The new technical colleges will accept school leavers from next year.", "CONCEDE"),
    ("The district hospital accepts patients from all over the region.", "CONCEDE"),
    # admitting that something else is so is a statement, no concession (``admitted_clauses``)
    ("The prime minister acknowledged that the referendum would be a difficult contest.", "CONCEDE"),
    ("The opposition leaders admitted that the court case may not go in their favour.", "CONCEDE"),
    # a law, a code or a platform that allows something is no party agreeing to it (the second a guard)
    ("The new labour code will allow trial workers to be registered with the pension fund.", "AGREE"),
    ("The new legislation allows people to take up claims of environmental damage.", "AGREE"),
    # being advised that something is so is information, no request (``complement_required.advise``)
    ("Viewers are advised that the following report contains images of the dead.", "DEMAND"),
    ("The attorney-general advised the cabinet that the bill does not breach the constitution.", "DEMAND"),
    # a reported need in the perfect was met, no obligation on anyone now
    ("As aid dried up, the Zambian farmers had had to sell their cattle, the economist said.", "DEMAND"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_parties_visiting_a_place_together_do_not_meet(enricher: Enricher) -> None:
    """Parties coordinated as the subject of a visit to a place (its object) travel together: no
    meeting between them (``travelling_parties.visit_verbs``), where "X and Y met" is one."""
    text = "the defence minister and his top team visited the northern border posts on tuesday ."
    pairs = [(name(e, "source"), name(e, "target")) for e in events(enricher, text) if e["event_type"] == "CONSULT"]
    assert not any("team" in s or "team" in t for s, t in pairs), pairs


def test_declining_is_asserted(enricher: Enricher) -> None:
    """The negation of the act declined does not negate the declining ("chose not to attend": an
    asserted REJECT)."""
    (declined,) = [e for e in events(enricher, "the opposition leader chose not to attend the national dialogue .")
                   if e["event_type"] == "REJECT"]
    assert declined["mode"] == "asserted"
