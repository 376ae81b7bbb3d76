"""Round 56: classes the read article sets (r104-r119, all read now) showed wrong or missed. One sentence of its
own (written for this file, not taken from any evaluation or probe set) for each rule; run through the production
path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # clashes between private people named by a plural noun of persons are their violence, no armed conflict
    # (``unarmed_fights`` people_to: ASSAULT)
    ("There were clashes between street vendors in Bishkek on Sunday.", "ASSAULT", "vendors", ""),
    ("Kyrgyz taxi drivers clashed with bus drivers in Bishkek.", "ASSAULT", "taxi drivers", ""),
    # ... and a brawl's "between" parties hung on its verb of taking place are its sides (extract._between_mutual)
    ("A brawl broke out between taxi drivers at the Bishkek airport.", "ASSAULT", "taxi drivers", ""),
    # ... while troops clashing stay a fight (a guard)
    ("Kyrgyz troops clashed with Tajik border guards on Sunday.", "FIGHT", "kyrgyz troops", "tajik border guards"),
    # taking part in a meeting a party organised meets that party (``participating_verbs``)
    ("The Kyrgyz foreign minister took part in talks organised by the OSCE in Bishkek.", "CONSULT", "foreign minister",
     "osce"),
    ("The Kyrgyz economy minister participated in a meeting organised by the Eurasian Economic Union.", "CONSULT",
     "economy minister", "eurasian economic union"),
    # maintaining a stance states it (``stance_expressions`` maintain)
    ("The Kyrgyz government maintains a firm commitment to the Eurasian integration process.", "AGREE", "government",
     ""),
    # a court dismissing the charges against someone drops them (``undone_legal_acts`` court_verbs)
    ("The Kyrgyz Supreme Court dismissed the charges against the opposition journalist.", "RETREAT", "supreme court",
     "journalist"),
    # ... while anyone else dismissing charges rejects them (a guard)
    ("The Kyrgyz minister dismissed the charges as baseless.", "REJECT", "minister", ""),
    # a government fighting criminals cracks down on them (``unarmed_fights`` crackdown_targets: COERCE) ...
    ("The Kyrgyz government is fighting the drug cartels in the south.", "COERCE", "government", "cartels"),
    # ... while the police fighting gang members in a gunbattle stay a fight (a guard)
    ("Kyrgyz police fought gang members in a two-hour gunbattle in Osh.", "FIGHT", "police", "gang members"),
    # a body's or an official's gift stays aid (a guard: extract._private_giver)
    ("The Kyrgyz government donated 10,000 tonnes of flour to flood victims in Osh.", "AID", "government", "victims"),
    ("The Kyrgyz minister said she would donate her salary to the flood victims.", "AID", "minister", "victims"),
]

NOTHING = [
    # friends fighting, heroes who fought: no violence between private people (``unarmed_fights`` people_verbs)
    ("Kyrgyz friends in Bishkek fight and then make up.", "ASSAULT"),
    ("Kyrgyz friends in Bishkek fight and then make up.", "FIGHT"),
    # the minister's dismissal of the charges releases no one (a guard: ``undone_legal_acts`` court_sectors)
    ("The Kyrgyz minister dismissed the charges as baseless.", "RETREAT"),
    # "no evidence" of someone else's act clears a suspect, no denial (``evaluative_words_comment_v2_57``)
    ("A Bishkek police spokesman said there was no evidence to suggest the involvement of the arrested suspects.",
     "REJECT"),
    # ... and the government's crackdown is no fight (``unarmed_fights`` crackdown_type)
    ("The Kyrgyz government is fighting the drug cartels in the south.", "FIGHT"),
    # a private person's gift is no aid of a party (extract._private_giver)
    ("His mother donated most of her savings to a church in Bishkek.", "AID"),
    ("A Bishkek pensioner donated his savings to the Kyrgyz Red Crescent.", "AID"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
