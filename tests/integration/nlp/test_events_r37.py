"""Round 37: classes the read article sets (r56 ... r80, short worldwide-newswire articles read by the lead) and a
sweep over the worldwide-newswire articles showed wrong. One sentence of its own (written for this file, not
taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a meeting noun whose phrase the parser hangs on the clause's object is still the subject's meeting
    # (roles ``_participant``)
    ("The Kenyan minister outlined the plans in a meeting with the leaders of the farmers union.", "CONSULT",
     "minister", "leaders"),
    # a definite meeting noun that names its party after "with" is a first mention, no anchor to an event coded
    # before (triggers ``_names_own_party``)
    ("The Ghanaian president spoke during his meeting with Nigerian President Bola Tinubu.", "CONSULT", "",
     "tinubu"),
    # "sections", "segments", "sectors" and "parts" of a party are partitives: the party acts (actors ``actor_head``)
    ("The ruling drew condemnation from broad sections of Kenyan society.", "DISAPPROVE", "kenyan", ""),
    # adding or lending one's voice to calls joins them (``light_preps`` "add voice to", as "take part in")
    ("The Kenyan bishops added their voice to calls for the minister's resignation.", "DEMAND", "bishops", ""),
    # seeking to have another party act, or something done, asks for it (``complement_required`` seek
    # "xcomp:causative"); the party made to act is the target (roles ``_caused_party``)
    ("The Kenyan opposition sought to have the election results annulled by the Supreme Court.", "DEMAND",
     "opposition", "court"),
    ("The Kenyan senator brought a motion seeking to have parliament debate the allegations.", "DEMAND", "senator",
     ""),
    # a party's demands met are a concession (``acceding_verbs``) ...
    ("The Kenyan government met the demands of the striking teachers.", "CONCEDE", "government", "teachers"),
    # locals are a party (actors v1.12 ``actor_nouns``)
    ("The shooting led to protests by angry locals in the Kenyan town.", "PROTEST", "locals", ""),
    # camping outside a place is a sit-in (``verbs`` PROTEST "camp", ``complement_required`` camp)
    ("Hundreds of Kenyan teachers camped outside parliament on Tuesday.", "PROTEST", "teachers", ""),
    # being happy or glad that a party did something approves of it; the party is the target (``stance_participles``
    # approval, roles ``_stance_clause_party``)
    ("President Biya said he was very happy that France had agreed to assist Cameroon.", "SUPPORT", "biya",
     "france"),
    ("The Kenyan union said it was glad that the government had reversed the decision.", "SUPPORT", "union",
     "government"),
    # a conjunction the parser read as a preposition: its "object" is the clause's subject (syntax
    # ``repair_subordinator_objects``)
    ("This came just days after a commercial court in Lubumbashi, the Congolese mining capital in the southeast, "
     "suspended China Moly from the management of the mine.", "SANCTION", "court", "china"),
    # doubt voiced or expressed is skepticism (``stance_expressions`` DISAPPROVE "doubt")
    ("Kenyan opposition leaders voiced doubt about the president's handling of the economy.", "DISAPPROVE",
     "leaders", "president"),
    # a light verb in a relative clause on an event noun supports it, its subject the actor (triggers ``_light_verb``)
    ("The Venezuelan mothers are becoming more visible because of a weekly protest they hold in front of the "
     "prosecutor's office.", "PROTEST", "mothers", ""),
    # beginning or ending a tour "with" a visit or talks is the subject's visit or talks (``participant_preps``
    # sequence_verbs)
    ("The Kenyan president ended his tour with talks with the Chinese president.", "CONSULT", "president",
     "chinese"),
    ("French President Emmanuel Macron kicked off the tour with a visit to Cameroon.", "CONSULT", "macron",
     "cameroon"),
    # a party consulted in an agentless passive was consulted, by someone unnamed (``needs_source.passive_verbs``)
    ("The Kenyan teachers' union was not consulted on the new curriculum.", "CONSULT", "", "union"),
    # a kin the actor knowledge base knows is a political figure, whoever's kin (round 37's own-kin change kept
    # this GSR-style probe sentence)
    ("Former prime minister Nawaz Sharif endorsed his brother Shehbaz Sharif for a second term.", "SUPPORT",
     "nawaz", "shehbaz"),
    # the subject the parser coordinated with the last noun of a fronted phrase is the verb's again (syntax
    # ``repair_fronted_conjuncts``)
    ("Regarding the recent border raids by Ethiopian militias, Ruto and Museveni agreed to strengthen cooperation.",
     "AGREE", "ruto", ""),
    # ... while a crowd that demands in a participle on the subject of what it does protests (``crowd_demands`` kept)
    ("Kenyan protesters demanding the resignation of the governor burned tyres in Nairobi.", "PROTEST",
     "protesters", ""),
    # attending a meeting of a named body meets that body (``attending_verbs``) ...
    ("The Iranian army chief attended a meeting of the national security committee of the parliament.", "CONSULT",
     "chief", "committee"),
    # ... and so does convening or holding one (``convening_verbs``), the subject being the source
    ("The Kenyan president convened an emergency meeting of the national security council.", "CONSULT",
     "president", "council"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a meeting a party needs, or is to play a role in, has not taken place
    ("The Kenyan unions need to play a role in the negotiations with the government.", "CONSULT"),
    # ... attending one with nobody met named is no meeting (``attending_verbs``, v2.38)
    ("Fifty Korean police chiefs attended the conference in Asan on Saturday.", "CONSULT"),
    ("The meeting in Zanzibar was attended by the Omani ambassador.", "CONSULT"),
    # seeking to have something oneself, or to do something, asks nobody for anything
    ("The Kenyan minister sought to have a good relationship with the union.", "DEMAND"),
    ("The Zambian government sought to boost exports.", "DEMAND"),
    # ... a market's demand met is none, nor a meeting (``market_demand`` on the acceded noun and on a met object)
    ("The Cuban state cannot import enough sugar to satisfy domestic demand.", "CONCEDE"),
    ("The Namibian schools fail to meet labour market demands.", "CONCEDE"),
    ("The Namibian schools fail to meet labour market demands.", "CONSULT"),
    ("The Kenyan football team has been camping at the national stadium for two weeks.", "PROTEST"),
    # ... not one's own doing or one's own lot
    ("The Kenyan sprinter said she was glad she had overcome her nerves.", "SUPPORT"),
    ("The British expatriates said they were happy with their financial situation.", "SUPPORT"),
    # a warning that tells a party how things are threatens nothing, addressed or not (extract ``_told_state``)
    ("The Kenyan minister warned parliament that the economic situation was dire.", "THREATEN"),
    ("The UN envoy warned the council that the humanitarian situation in the region was catastrophic.", "THREATEN"),
    # ... not one whose relative word is its subject ("the demonstration that started")
    ("The demonstration that started in the Cuban town of San Antonio spread fast to Havana.", "PROTEST"),
    ("The festival opened with a visit to the museum.", "CONSULT"),
    # reviewing an act is no part in it (``non_support_verbs`` review, summarise, assess, evaluate, analyse)
    ("Reviewing the discussion, the Kenyan committee chairperson said the audit results were good.", "CONSULT"),
    # people described by a participle seeking something are not gathered to demand it (extract ``_crowd_protest``)
    ("The lawsuits brought by former Korean laborers seeking compensation from Japanese companies were rejected.",
     "PROTEST"),
    ("Dozens of convicted offenders seeking refuge in Israel were deported by the authorities.", "PROTEST"),
    # one's own kin named after the kin word is still one's own kin (``family_matters``)
    ("The Kenyan president thanked his wife, Rachel Ruto, for her support.", "SUPPORT"),
    # an act in a question a verb takes states no intent of its subject (``question_adverbs``, v2.38)
    ("The Kenyan opposition demanded to know when the police would arrest the former governor.", "THREATEN"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
