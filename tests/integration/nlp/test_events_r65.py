"""Round 65: classes from the re-coded read halves of the article sets and the sweep (docs/events.md, "Round 65").
One sentence of its own (written for this file, not taken from any evaluation or probe set, test country Estonia /
Tallinn) for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a person or group seized or captured by a non-state armed party is abducted (``abductions``) ...
    ("Gunmen seized three Estonian engineers from a construction site in northern Mali.", "ASSAULT", "gunmen",
     "engineers"),
    ("Three Estonian aid workers were seized by militants near the Syrian border.", "ASSAULT", "militants",
     "aid workers"),
    ("Rebels captured twenty government soldiers near the border, an Estonian observer said.", "ASSAULT", "rebels",
     "soldiers"),
    # ... and by the police or border guards arrested (guards)
    ("Estonian police seized two suspected smugglers in Tallinn.", "COERCE", "police", "smugglers"),
    ("Estonian border guards captured two armed smugglers near Narva.", "COERCE", "border guards", "smugglers"),
    # a passive duty whose agent is a party is a call on it (``passive_calls``)
    ("The Estonian ombudsman said the election law must be amended by parliament before the vote.", "DEMAND",
     "ombudsman", "parliament"),
    # acting in disregard of an order defies it, as "in defiance of" does (``noun_preps`` governed "in disregard")
    ("The Estonian trawler sailed on in disregard of instructions from the Finnish coast guard.", "REJECT", "",
     "coast guard"),
    # the owner of a thing acted on in the passive is the party acted on, a common noun of a person too
    # (roles.verb_target, roles._thing_author)
    ("The former Estonian minister's assets were seized by the police in Tallinn.", "COERCE", "police", "minister"),
    ("The suspect's home in Tartu was raided by Estonian police.", "COERCE", "police", "suspect"),
    # proposing another party's act, coordinated after another object, asks for it (extract._others_act: the
    # objects' conjuncts) ...
    ("The Estonian opposition leader proposed new elections as well as the immediate resignation of the prime minister.",
     "DEMAND", "opposition leader", ""),
    # dying at the hands of a party is being killed by it (``death_phrase`` hands_verbs)
    ("An Estonian journalist died at the hands of the secret police in 1985.", "ASSAULT", "police", "journalist"),
    ("Many Estonian deportees perished at the hands of their guards in the camps.", "ASSAULT", "guards", "deportees"),
]

NOTHING = [
    # capturing on tape or in a photograph records, capturing the imagination wins it: no one is captured
    # (``non_events`` capture)
    ("The Estonian singer's voice was captured on a series of old tapes.", "COERCE"),
    ("In the photograph, the Estonian minister was captured together with a businessman from Tallinn.", "COERCE"),
    ("The Estonian film captured the imagination of a generation of young voters.", "COERCE"),
    # a passive duty that names no one to do the act is a view, no call (``passive_calls``)
    ("The Estonian finance minister added that the debt should be prioritized for investments.", "DEMAND"),
    ("The name of the old Tallinn depot should be changed, the Estonian premier said on Monday.", "DEMAND"),
    # disregard shown for a party is no act of defiance (a guard: the noun only under "in")
    ("The Estonian MPs were suspended for showing utter disregard for the authority of the speaker.", "REJECT"),
    # ... and the act asked for is no event of its own
    ("The Estonian opposition leader proposed new elections as well as the immediate resignation of the prime minister.",
     "RETREAT"),
    # dying alone is no act (a guard on hands_verbs)
    ("The Estonian poet died in Tallinn on Monday.", "ASSAULT"),
    # a thing seized by rebels, or a person by the police, is no abduction (guards on ``abductions``)
    ("Rebels seized the Estonian embassy building in the capital.", "ASSAULT"),
    ("Estonian police seized two suspected smugglers in Tallinn.", "ASSAULT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
