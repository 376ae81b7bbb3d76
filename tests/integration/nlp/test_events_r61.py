"""Round 61: classes from the read half of a fresh article set (docs/events.md, "Round 61"). One sentence of its
own (written for this file, not taken from any evaluation or probe set, test country Latvia / Riga) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # "order for X" orders X, as "order X" does (``light_preps`` phrases: the noun lends the verb its type)
    ("The Latvian government has ordered for a probe into the death of a journalist in Riga.", "INVESTIGATE",
     "government", ""),
    ("The Latvian president ordered for the arrest of the former mayor of Riga.", "COERCE", "president", "mayor"),
    ("The Riga court ordered for the release of the detained journalist.", "RETREAT", "court", "journalist"),
    # the subject pronoun of an adverbial clause after a main clause whose subject cannot be its referent is the
    # party the main clause acts on, not a person of the sentence before (actors._adverbial_clause_object) ...
    ("The Latvian interior minister praised the police officers of Riga. Two days later, police arrested the "
     "opposition leader after he criticised the president.", "DISAPPROVE", "opposition leader", "president"),
    # ... also one whose surname the tagger reads as a plural (actors.agrees: a full name is one person)
    ("The Latvian prime minister thanked the border guards. A Riga court sentenced Andris Kalnins to ten years in "
     "prison after he attacked a police officer.", "ASSAULT", "kalnins", "police officer"),
    # ... but a main clause's own subject comes first (a guard)
    ("The Latvian foreign minister flew to Tallinn. The Latvian president met the Estonian ambassador after he "
     "criticised the Russian government.", "DISAPPROVE", "president", "russian government"),
    # a hyphenated East Asian given name after a one-syllable surname is a name, the surname too (text.names
    # east_asian_given_name): the mayor's title gives him a government sector, no private courtesy
    ("Taipei Mayor Ko Wen-je thanked the volunteers.", "SUPPORT", "ko wen-je", "volunteers"),
    # a noun coordinated after a demand's own object is asked for too, unless it begins the next clause (a guard:
    # attributes._garden_path_subject)
    ("The Latvian minister rejected the demands and the resignation of the Riga mayor was announced.", "RETREAT",
     "mayor", ""),
    # the object a characterising verb puts after its label is who is characterised (roles._shifted_object)
    ("The Latvian president has described as traitors the opposition leaders who fled to Russia.", "DISAPPROVE",
     "president", "opposition leaders"),
    # unions are labour, their strike a protest (actors ``sectors`` LAB, ``sector_phrases`` union) ...
    ("The Latvian unions announced a strike for Monday.", "PROTEST", "unions", ""),
    ("The Riga teachers union announced a strike over pay.", "PROTEST", "union", ""),
    # ... where the European Union stays an IGO (a guard)
    ("The European Union announced new sanctions against Russia.", "SANCTION", "european union", "russia"),
    # taking a broadcaster off the air silences it (``phrasal`` take / pull off air)
    ("The Latvian media regulator took the Russian television channel off the air.", "COERCE", "regulator", ""),
    # leaving a meeting with a party named stays a meeting (a guard: ``attending_verbs``)
    ("The Latvian foreign minister left the meeting with the Russian ambassador early.", "CONSULT", "minister",
     "ambassador"),
]

NOTHING = [
    # ordering a thing for oneself stays a purchase (a guard: ``ordered_things``)
    ("The Latvian minister ordered for pizza from a restaurant in Riga.", "DEMAND"),
    # a noun coordinated with a demand's object is what is asked for, no event of its own (attributes._content_of_act)
    ("The Latvian opposition demanded the renewal of the cabinet and the resignation of the interior minister.",
     "RETREAT"),
    # ... and no military strike
    ("The Latvian unions announced a strike for Monday.", "FIGHT"),
    # leaving a meeting with nobody met named is a time, no meeting (``attending_verbs`` leave)
    ("The Riga city councillor was shot when he left the meeting on Tuesday evening.", "CONSULT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
