"""Round 66: classes from the read halves of the fresh batches r137-r144 (docs/events.md, "Round 66"). One sentence
of its own (written for this file, not taken from any evaluation or probe set, test country Latvia / Riga) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests, mode_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # improving, strengthening, mending ties or relations with a party is SUPPORT (``verb_objects`` ties, CAMEO 050)
    ("Latvia has strengthened relations with Georgia since 2019.", "SUPPORT", "latvia", "georgia"),
    ("The Latvian government is working to mend ties with Belarus.", "SUPPORT", "government", "belarus"),
    # a duty on the government laid by the opposition, or on another country's government, stays a demand
    # (guards on ``internal_instructions.own_government``)
    ("The government must resign, the Latvian opposition leader said on Monday.", "DEMAND", "opposition leader",
     "government"),
    ("The Latvian president said the Russian government must release the detained journalists.", "DEMAND",
     "president", "government"),
    # a demonstration against something stays a protest (a guard on ``shown_qualities``)
    ("Latvian students staged a demonstration against the new law in Riga.", "PROTEST", "students", ""),
]

NOTHING = [
    # an infinitive on an adjective of ease or difficulty is an act no one is said to do (``tough_adjectives``)
    ("It is difficult to negotiate with the Taliban, the Latvian foreign minister said.", "CONSULT"),
    ("The Riga airline offers eight weekly flights, making it easy to plan a trip to Latvia.", "CONSULT"),
    ("The rebels are hard to negotiate with, a Latvian envoy said.", "CONSULT"),
    ("The new rules make it easier to visit Latvia.", "CONSULT"),
    # a head of government or a minister saying the government must act lays a duty on its own body
    # (``internal_instructions.own_government``)
    ("The government must continue to manage the country's finances prudently, the Latvian finance minister said.",
     "DEMAND"),
    ("Latvian Prime Minister Krisjanis Karins said the government must do more to fight inflation.", "DEMAND"),
    # a demonstration of a quality or a stance shows it: no protest (``shown_qualities``)
    ("The visit was a clear demonstration of Latvia's commitment to the alliance.", "PROTEST"),
    ("The donation is a strong demonstration of Latvia's unwavering support to the refugees.", "PROTEST"),
    # expanding ties with suppliers is business (a guard on ``verb_objects`` ties)
    ("The Riga company is expanding its ties with local suppliers.", "SUPPORT"),
]

MODES = [
    # the act on an adjective of ease is not done (``tough_adjectives``)
    ("It is easy to attack civilians in the camps, a Latvian report said.", "ASSAULT", "hypothetical"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
test_class_modes = mode_tests(MODES)
