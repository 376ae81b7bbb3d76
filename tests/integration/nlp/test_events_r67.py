"""Round 67: classes from the read halves of the fresh batches r145-r148 (docs/events.md, "Round 67"). One sentence
of its own (written for this file, not taken from any evaluation or probe set, test country Lithuania / Vilnius) for
each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests, mode_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a condemning adjective on a party's conduct named with its party by an of / by / from phrase or a modifier, in a
    # speaker's words, criticises the party (triggers.conduct_owner, ``criticised_objects`` nouns_comment_v2_67)
    ("\"Despite the unjust ruling from the court, our fight continues,\" the Lithuanian mayor said.", "DISAPPROVE",
     "mayor", "court"),
    ("The Lithuanian mayor said the unfair decision of the court would be challenged.", "DISAPPROVE", "mayor",
     "court"),
    ("Lithuanian farmers say their goods are subjected to unfair Polish checks.", "DISAPPROVE", "farmers", "polish"),
    # ... as a possessive owner did (a guard)
    ("The Vilnius mayor said the EU's unfair decision hurt farmers.", "DISAPPROVE", "mayor", "eu"),
    # words of unreason and excess said of a party or its conduct criticise it (``party_evaluations``
    # words_comment_v2_67)
    ("The Lithuanian union said the ministry's rules are completely unreasonable.", "DISAPPROVE", "union",
     "ministry"),
    ("The Vilnius opposition leader said the government's decision was unwise.", "DISAPPROVE", "opposition leader",
     "government"),
    # a conflict waged by states or armed parties is fighting (``state_conflicts``)
    ("Prices rose because of the current Ukraine-Russia conflict, the Lithuanian minister said.", "FIGHT", "russia",
     ""),
    ("The conflict between Lithuania and Belarus lasted two years.", "FIGHT", "", "lithuania"),
    # ... and an armed conflict stays one, whoever is named (a guard)
    ("Lithuanian rebels have ignited armed conflicts with all of Latvia's neighbour countries.", "FIGHT", "", ""),
    # impeaching an office holder is legal action against them (``verbs`` comment_v2_67)
    ("The Lithuanian president was impeached in 2004.", "COERCE", "", "president"),
    ("The Lithuanian parliament voted to impeach the president.", "COERCE", "parliament", "president"),
    # a demand not responded to, not heeded or left unanswered is refused (``unheeded_demands``)
    ("The Lithuanian authorities have not responded to calls to release the journalists.", "REJECT", "authorities",
     ""),
    ("Unfortunately, these appeals have been left unanswered by the Lithuanian authorities.", "REJECT",
     "authorities", ""),
    ("The Vilnius mayor did not heed the appeal of the residents.", "REJECT", "mayor", "residents"),
    # identifying or tracing an offender is investigating, by a body that investigates (``object_groups``
    # identified_offenders, ``scrutiny_words`` words_comment_v2_67)
    ("The Vilnius police identified 20 accomplices who allegedly sold the drugs.", "INVESTIGATE", "police", ""),
    ("Lithuanian investigators have traced the hackers to a group in Minsk.", "INVESTIGATE", "investigators", ""),
    # with no verb of saying, a main clause condemning a party or its conduct is a criticism by no one named here
    # (``unattributed_judgements``)
    ("The Vilnius school's rules are completely unreasonable.", "DISAPPROVE", "", "school"),
    ("The Lithuanian government is corrupt and incompetent.", "DISAPPROVE", "", "government"),
    # ... and so is a condemning adjective on conduct a named party owns (``unattributed_judgements``
    # conduct_comment)
    ("The anguish they are experiencing is yet another form of punishment under the repressive policies of the "
     "Lithuanian government.", "DISAPPROVE", "", "government"),
    # establishing, making or keeping contact with a party consults it (``verb_objects`` comment_v2_67_contact,
    # ``phrasal_comment_v2_67``, ``contact_nouns``)
    ("The Lithuanian embassy tried to establish contact with the kidnappers.", "CONSULT", "embassy", "kidnappers"),
    ("The Lithuanian minister has stayed in close contact with his Polish counterpart.", "CONSULT", "minister",
     "counterpart"),
    # a promise made stays an agreement of intent (a guard on ``kept_promises``)
    ("The Lithuanian president made a promise to meet journalists every week.", "AGREE", "president", ""),
    # a bombing by a country's forces, or by a nationality named, is a use of force (``armed_switch``
    # comment_v2_67)
    ("The death toll from the Russian bombing of Lithuanian towns rose to 30.", "FIGHT", "russian", ""),
    ("Russian bombing killed 30 people in the Lithuanian town.", "FIGHT", "russian", ""),
    # ... by a group that is no state it stays an assault (a guard)
    ("Islamist bombing of churches has killed dozens in Lithuania.", "ASSAULT", "islamist", ""),
    # after "it is time" a clause in the past tense is a wish: the duty laid (``obligation_predicates``
    # past_subjunctive)
    ("\"It is time the government resigned,\" the Lithuanian union said.", "DEMAND", "union", "government"),
    ("\"It is high time that the Lithuanian army withdrew from the border,\" the mayor said.", "DEMAND", "mayor",
     "army"),
]

NOTHING = [
    # a condemning adjective on conduct of no party named criticises no one (a guard on triggers.conduct_owner)
    ("The Vilnius mayor said the police carried out routine checks on Monday.", "DISAPPROVE"),
    # words of unreason said of no party judge no one (``party_evaluations``)
    ("It is unfortunate that it rained during the parade, the Vilnius mayor said.", "DISAPPROVE"),
    ("The Lithuanian minister said the price of fuel was excessive.", "DISAPPROVE"),
    ("The mayor of Vilnius said the accident was unfortunate.", "DISAPPROVE"),
    # a conflict of a person or a body, or of no one named, is no fight (``state_conflicts``)
    ("The Lithuanian president has a conflict with the opposition over the budget.", "FIGHT"),
    ("The Vilnius mayor denied any conflict of interest.", "FIGHT"),
    ("\"Lithuania should work with Poland to manage conflicts and differences,\" the minister said.", "FIGHT"),
    ("Lithuania put on hold its role as peace broker, saying neither side was serious about ending the conflict.",
     "RETREAT"),
    # identifying an offender is testimony from anyone but an investigating body; identifying a victim is none
    ("Residents identified the attacker as a local man, the Vilnius police said.", "INVESTIGATE"),
    ("Lithuanian police have identified the victim as a 34-year-old man.", "INVESTIGATE"),
    # "it was time ...", and the adjectives of obligation, with a clause in the past state facts (guards)
    ("It was time the government resigned, the Lithuanian union said in 2010.", "DEMAND"),
    ("It was important that Lithuania stopped the attacks.", "DEMAND"),
    # a thing, a question or a denial condemns no party (``unattributed_judgements``)
    ("The storm in Vilnius was destructive.", "DISAPPROVE"),
    ("Is the Lithuanian government corrupt?", "DISAPPROVE"),
    ("The Lithuanian government is not corrupt.", "DISAPPROVE"),
    ("The Vilnius clinic has introduced illegal practices, a study found.", "DISAPPROVE"),
    ("Lithuanian farmers protested against the unfair policies of the EU on Monday.", "DISAPPROVE"),
    ("The Lithuanian criminal law still in force does not classify femicide as a crime.", "DISAPPROVE"),
    # a promise kept, delivered on or stuck to was made before: no new agreement (``kept_promises``)
    ("Lithuania says it stuck to its 1995 promise to Poland.", "AGREE"),
    ("The Lithuanian president was lauded for delivering on his election promise to meet journalists.", "AGREE"),
    # contact with no party consults no one (``contact_nouns``)
    ("The Lithuanian doctor made contact with the patient's skin.", "CONSULT"),
    # a reporter's call or request seeking comment that is not answered refuses nothing (``unheeded_demands``
    # content_nouns)
    ("The Lithuanian ministry did not respond to requests for comment.", "REJECT"),
    ("The Vilnius police did not respond to calls seeking comment.", "REJECT"),
    # ... nor does a demand answered, nor one that went unanswered with no one named who refused
    ("The Lithuanian ministry has responded to the calls to release the journalists.", "REJECT"),
    ("The demands of the Vilnius residents went unanswered.", "REJECT"),
]

MODES = [
    # the refusal is made: the denial is the act (``unheeded_demands``)
    ("The Lithuanian authorities have not responded to calls to release the journalists.", "REJECT", "asserted"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
test_class_modes = mode_tests(MODES)
