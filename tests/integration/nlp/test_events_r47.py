"""Round 47: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a relative pronoun that is the clause's object, or its preposition's, stands for the noun the clause
    # modifies (syntax.relative_antecedent)
    ("The Kyrgyz journalist whom police arrested in Bishkek on Monday was released.", "COERCE", "police",
     "journalist"),
    ("The Kazakh envoy, with whom the Kyrgyz president met in Bishkek last week, left on Friday.", "CONSULT",
     "president", "envoy"),
    # ... and a pronoun inside such a clause is someone else (actors._relative_object_noun)
    ("The Kazakh minister, with whom he held talks in Bishkek on Monday, left for Almaty.", "CONSULT", "",
     "minister"),
    # a participle of aiming on an event noun names its target (``aimed_participles``)
    ("Kyrgyzstan adopted new sanctions targeting Tajik banks.", "SANCTION", "kyrgyzstan", "banks"),
    ("The Bishkek police launched a crackdown aimed at drug gangs.", "COERCE", "police", "gangs"),
    # ... and "subject to" an act is its target (``victim_nouns`` adjectives)
    ("The Kyrgyz journalists have been subject to harassment by the police.", "COERCE", "police", "journalists"),
    # a bare "government" before a coercive noun is the state acting (``compound_agents`` typed_words)
    ("Exports grew despite a government crackdown targeting Kazakh traders.", "COERCE", "government", "traders"),
    # a word the tokenizer split at its hyphen is whole in the actor's phrase (actors._span_bounds: "-president" was
    # the source); a guard for a hyphen on the right
    ("The vice-president criticised the Kyrgyz interior minister.", "DISAPPROVE", "vice-president", "minister"),
    ("The Kyrgyz president-elect met the Kazakh foreign minister in Bishkek.", "CONSULT", "president-elect", ""),
    # verbs of abuse and of refuting (``verbs`` DISAPPROVE bash, revile; REJECT debunk, rebut)
    ("The Kyrgyz opposition leader kept bashing President Sadyr Japarov.", "DISAPPROVE", "leader", "japarov"),
    ("State media in Bishkek reviled the exiled opposition leader.", "DISAPPROVE", "media", "leader"),
    ("The Kyrgyz interior ministry debunked the claims made by the opposition.", "REJECT", "ministry", "opposition"),
    # ... so does "levelled" or "made" "against" a party, also when the parser hung "against" on the by-phrase
    ("The Kyrgyz president addressed the accusations levelled by some against his government.", "DISAPPROVE", "",
     "president"),
    # a thing acted on whose owner an "of" phrase or a participle of owning names is that owner's (roles._thing_owner,
    # ``owning_participles``)
    ("Bishkek police seized assets belonging to the opposition leader.", "COERCE", "police", "leader"),
    ("A Bishkek court froze the bank accounts of the former Kyrgyz minister.", "SANCTION", "court", "minister"),
    # declared guilty as found guilty (``phrasal``)
    ("The former Kyrgyz minister was declared guilty of corruption.", "COERCE", "", "minister"),
    # a bare cardinal after "all" or "the" stands for people named before (actors.counted_group, ``counted_groups``):
    # as one acted on, the latest group an event acted on
    ("Bishkek police questioned seven Kyrgyz activists on Monday.\nAll seven were later charged with illegal"
     " possession of drugs.", "COERCE", "", "activists"),
    ("The three were arrested in Bishkek on Monday.", "COERCE", "", "three"),
    # a name whose head word names a body is no person, whatever its apposition (actors.is_person): "it" takes it up
    ("Bishkek police arrested two officials.\nThe Supreme Court of Kyrgyzstan, a watchdog of the judiciary, said that it"
     " had frozen their assets.", "SANCTION", "supreme court", ""),
    # an object pronoun takes up the subject of a clause fronted before its own, not its own clause's subject
    # (actors._fronted_clause_subject)
    ("When the Kyrgyz president resigned, the opposition criticised him.", "DISAPPROVE", "opposition", "president"),
]

NOTHING_ROLES = [
    # an act's "of" phrase is whom it is done to, no owner of the thing condemned (a guard for roles._thing_owner)
    ("Kyrgyzstan condemned Tajikistan's execution of four opposition leaders.", "DISAPPROVE", "kyrgyzstan",
     "tajikistan"),
    # ... nor is a place its "of" phrase names, where a party's name stands before the thing
    ("Kyrgyz government forces captured the IMU stronghold of Batken after weeks of fighting.", "FIGHT", "forces",
     "imu"),
]

NOTHING = [
    # a state body's own meeting is no meeting with the state (``compound_agents`` typed_words: coercive acts only)
    ("The Kyrgyz minister spoke at a government meeting in Bishkek.", "CONSULT"),
    # addressing, answering or countering an act is no part in it (``responding_verbs``)
    ("The Kyrgyz prime minister sought to answer that criticism in Bishkek.", "DISAPPROVE"),
    # a cardinal with no determiner, or a number in figures, is no group (guards for actors.counted_group)
    ("Kyrgyz police said 21 crore had been frozen in Bishkek.", "SANCTION"),  # (a sum seized is a seizure since
    # round 64: ``seized_things``)
    ("The families urged the Kyrgyz government to bring home the nearly 100 still held by militants.", "COERCE"),
    # a thing a participle of aiming names is no party (``aimed_participles``)
    ("Kyrgyzstan launched a campaign aimed at reducing poverty.", "SANCTION"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND + NOTHING_ROLES, NOTHING)
