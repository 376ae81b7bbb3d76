"""Round 60: classes from the read half of a fresh article set (docs/events.md, "Round 60"). One sentence of its
own (written for this file, not taken from any evaluation or probe set, test country Moldova / Chisinau) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # two parties on the line, or the other named, are a call (guards: triggers._mutual) ...
    ("The Moldovan and Romanian ministers talked by phone on Tuesday.", "CONSULT", "ministers", ""),
    ("Moldovan President Maia Sandu spoke by telephone with the Romanian prime minister on Friday.", "CONSULT",
     "sandu", ""),
    ("The Moldovan foreign minister talked by phone with his Romanian counterpart on Monday.", "CONSULT", "minister",
     "counterpart"),
    # a state's or a politician's praise of its people stays backing (guards: ``courtesy_verbs``)
    ("The Moldovan president thanked the soldiers for their service on the border.", "SUPPORT", "president",
     "soldiers"),
    ("The Moldovan government praised the doctors of Chisinau for their work during the epidemic.", "SUPPORT",
     "government", "doctors"),
    # an agreement signed between two parties is signed by each with the other (extract._between_mutual,
    # ``act_agreements`` phrases) ...
    ("An agreement between Moldova and Romania on energy cooperation was signed in Chisinau on Monday.", "SUPPORT",
     "moldova", "romania"),
    ("A memorandum of understanding was signed between Moldova and Ukraine on border management.", "SUPPORT",
     "ukraine", "moldova"),
    # persons of public standing meeting stay a meeting (a guard: ``private_contacts`` meeting_verbs)
    ("Moldovan President Maia Sandu met Ukrainian President Volodymyr Zelensky in Chisinau.", "CONSULT", "sandu",
     "zelensky"),
    # a verb's own object keeps its phrase when a coordinated verb has none (a guard: triggers._verb_trigger)
    ("Protesters in Chisinau demanded and obtained the resignation of the mayor.", "DEMAND", "protesters", ""),
    # a verb that is no word of a name stays one (a guard: triggers._name_word)
    ("Moldovan lawyers will sue the government over the new law.", "DISAPPROVE", "lawyers", "government"),
    # "at the hands of X" names who did it (syntax.agent)
    ("A Moldovan journalist was beaten at the hands of the police in Chisinau.", "ASSAULT", "police", "journalist"),
    # a desire to do something else than a hostile act is a statement of intent (``stance_expressions`` AGREE
    # nouns; extract._hostile_resolve) ...
    ("Moldova expressed its desire to join the European Union.", "AGREE", "moldova", ""),
    ("The Moldovan and Romanian delegations voiced their desire to deepen cooperation in energy.", "AGREE",
     "delegations", ""),
    # ... and a readiness to hold talks stays one (a guard: the talks' type, not the verb "hold")
    ("The Moldovan government expressed its readiness to hold talks with the Transnistrian leaders.", "AGREE",
     "government", ""),
]

NOTHING = [
    # one party speaking by telephone with no other named is talking to the press (triggers._mutual)
    ("The Moldovan minister was speaking by telephone from Chisinau, some 50 kilometres from the border.",
     "CONSULT"),
    # courtesy to private people from no state or political party is no backing (``courtesy_verbs``)
    ("The chairman of the Chisinau chess club thanked the players and coaches for a wonderful tournament.",
     "SUPPORT"),
    ("At the end of the festival, the Moldovan wine company honoured a number of employees and customers.",
     "SUPPORT"),
    # ... and one signed by no party named is none (a guard)
    ("An agreement on energy cooperation was signed in Chisinau on Monday.", "SUPPORT"),
    # two persons of no public standing meeting is private life (``private_contacts`` meeting_verbs)
    ("Ana and Mihai first met in 2015 at a concert in Chisinau.", "CONSULT"),
    # a bribe demanded, sought or accepted is a crime, no request; also as a coordinated verb's object
    # (``verb_objects`` null entries, triggers._verb_trigger)
    ("A Chisinau clerk demanded a bribe of 4,000 euros from a farmer.", "DEMAND"),
    ("The Moldovan anti-corruption agency arrested a customs officer for demanding and accepting a bribe.", "DEMAND"),
    # a word the NER reads inside a person's name is no verb, however the casing left it (triggers._name_word; the
    # comma spaced off as the tokenized wire has it, where the truecaser leaves "sue" a verb)
    ("Authors Parker , Sue Grafton and Don Winslow have won the Moldovan literary awards .", "DISAPPROVE"),
    # a resolve to a hostile act is no statement of intent to cooperate (extract._hostile_resolve)
    ("The Moldovan army expressed its desire to fight the smugglers on the border.", "AGREE"),
    ("The Moldovan police expressed their readiness to arrest the protest organisers.", "AGREE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
