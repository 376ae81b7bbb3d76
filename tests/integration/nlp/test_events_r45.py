"""Round 45: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a call whose infinitive punishes a party is a call to punish it (``deontic_verbs.punishing``,
    # triggers.called_punishment): DISAPPROVE of the one to be punished
    ("Laos rights groups urged the government to prosecute the border guards.", "DISAPPROVE", "groups", "guards"),
    ("The Vientiane bar council resolved to advise the president to suspend the chief judge.", "DISAPPROVE",
     "council", "judge"),
    ("The Lao opposition called on parliament to impeach the prime minister.", "DISAPPROVE", "opposition",
     "minister"),
    # ... and so is a call for a party's suspension (``punitive_of_parties``)
    ("The Laos teachers' union called for the education minister's suspension.", "DISAPPROVE", "union",
     "minister"),
    ("The Vientiane tribunal recommended the police chief's suspension.", "DISAPPROVE", "tribunal", "chief"),
    # ... and a reported duty to suspend or arrest a party (``deontic_verbs.punishing``)
    ("The Laos opposition leader said the governor must be suspended.", "DISAPPROVE", "leader", "governor"),
    # ... a call for an act on no party stays a demand (guards)
    ("The Vientiane transport union called for the suspension of the fuel tax.", "DEMAND", "union", ""),
    ("The Laos ministry asked the mining company to suspend operations.", "DEMAND", "ministry", "company"),
    # a summons of an envoy is a protest (a guard); of anyone else by a court a legal action, by another body
    # questioning (``summoned_parties``)
    ("Laos summoned the Thai ambassador over the border shooting.", "DISAPPROVE", "laos", "ambassador"),
    ("Laos summoned the head of the Thai mission in Vientiane.", "DISAPPROVE", "laos", "head"),
    ("The Vientiane court summoned the former finance minister to appear next week.", "COERCE", "court",
     "minister"),
    ("The former Vientiane governor was summoned by the state inspection authority last month.", "INVESTIGATE",
     "authority", "governor"),
    # hacking a person is wounding them (``wounded_persons``); hacking a thing stays a cyber attack (a guard)
    ("Police said the farmer hacked his neighbour with a machete near Vientiane.", "ASSAULT", "farmer", "neighbour"),
    ("Unknown hackers hacked the Laos foreign ministry's website.", "COERCE", "hackers", "website"),
    ("Vientiane police said Somphet hacked Khamla with a knife during the quarrel.", "ASSAULT", "somphet", "khamla"),
    # maintaining or protesting one's innocence denies the charge (``verb_objects`` innocence)
    ("The former Lao governor has maintained his innocence.", "REJECT", "governor", ""),
    ("The Vientiane businessman protested his innocence throughout the trial.", "REJECT", "businessman", ""),
    # an accusation noun with a "that" clause accuses the clause's subject (roles.noun_roles, _alleged_party)
    ("The Vientiane governor resigned after allegations that he took bribes from a mining firm.", "DISAPPROVE", "",
     "governor"),
    # criminal, legal or disciplinary proceedings are legal action (``noun_compounds``)
    ("The Vientiane prosecutor launched criminal proceedings against the former governor.", "COERCE",
     "prosecutor", "governor"),
    # a summons issued is a legal action (``nouns`` summon)
    ("The Vientiane court issued a summons to the former finance minister.", "COERCE", "court", "minister"),
    # being subjected to an act is undergoing it (``light_preps`` subject to, and a passive's subject)
    ("Lao opposition activists have been subjected to harassment for months.", "COERCE", "", "activists"),
    ("Lao opposition leaders have been deliberately targeted and subjected to harassment.", "COERCE", "", "leaders"),
    # impounding, and attaching property, are seizures (``verbs`` impound, ``verb_objects`` attach property)
    ("Vientiane police impounded three trucks at the border.", "COERCE", "police", ""),
    ("The Laos anti-graft agency attached properties owned by the former governor.", "COERCE", "agency", ""),
]

NOTHING = [
    # ... the punishing verb's own act is the call's content, not an event of its own
    ("The Vientiane bar council advised the president to suspend the chief judge.", "COERCE"),
    # ... the proceedings of a house are no legal action (a guard for ``noun_compounds``)
    ("Lao opposition lawmakers disrupted the proceedings of the national assembly.", "COERCE"),
    # ... proceedings a party challenges are its challenge, no legal action by it (``challenged_decisions``)
    ("The Lao governor went to court to challenge the impeachment proceedings against him.", "COERCE"),
    # ... a criticism noun's "that" clause of result accuses no one (a guard for ``alleging_nouns``)
    ("The Vientiane ruling was met with so much criticism that both parties agreed to a new vote.", "DISAPPROVE"),
    # ... allegations an inquiry looks into are its matter, no accusation of their own (a guard for ``alleging_nouns``)
    ("Vientiane prosecutors opened an investigation into allegations that the governor took bribes.", "DISAPPROVE"),
    # ... an "if" clause after a verb of finding out is its question, no condition on the act before
    # (syntax.reattach_indirect_questions, ``question_verbs``)
    ("Vientiane police have impounded two trucks along with a plot of land with a house worth about a million dollars"
     " to find out if they were bought from the proceeds of drug trafficking.", "THREATEN"),
    # ... nor is an accusation whose "that" is a relative pronoun (a guard for ``alleging_nouns``)
    ("Vientiane police questioned the governor over accusations that his lawyers read out in court.", "DISAPPROVE"),
    # ... being subject to a tax is no act (a guard for ``light_preps`` subject to)
    ("All Lao coffee exports are subject to a new tax.", "SANCTION"),
    # ... inviting people to try a dish calls for no trial (``punishing_active_excluded``)
    ("The Vientiane chef invited the Thai visitors to try Lao sticky rice.", "DISAPPROVE"),
    # ... an allegation with no party named accuses no one (a guard)
    ("Allegations of fraud surfaced after the Laos election.", "DISAPPROVE"),
    # ... a summons of one's own staff is no event ("summoned his manager")
    ("The Vientiane hotel owner summoned his manager.", "INVESTIGATE"),
    ("The Vientiane hotel owner summoned his manager.", "DISAPPROVE"),
    # ... hacking a website is no wounding (a guard for ``wounded_persons``)
    ("Unknown hackers hacked the Laos foreign ministry's website.", "ASSAULT"),
    ("Unknown hackers hacked the accounts of three Lao ministers.", "ASSAULT"),
    # ... a call for suspending a tax is no call to punish (a guard for ``punitive_of_parties``)
    ("The Vientiane transport union called for the suspension of the fuel tax.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
