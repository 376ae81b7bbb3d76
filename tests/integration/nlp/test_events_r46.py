"""Round 46: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a reduced passive's party is its patient, not the place where it was done (roles.verb_target)
    ("Mongolia protested the treatment of two farmers detained at Chinggis Khaan International Airport.", "COERCE",
     "", "farmers"),
    ("Mongolia demanded the release of the journalists detained at the Russian Embassy in Ulaanbaatar.", "COERCE",
     "", "journalists"),
    # ... also when the parser read the participle as the sentence's verb (syntax.repair_reduced_relatives), and of
    # people named by their nation (roles._patient_party)
    ("The Mongolian herders detained at Chinggis Khaan International Airport were released on Monday.", "COERCE", "",
     "herders"),
    # ... with a by-phrase, a verb with a particle too (syntax.has_direction_particle)
    ("The family of a Mongolian pilot shot down by Chinese forces in the border conflict demanded an inquiry.",
     "FIGHT", "forces", "pilot"),
    # ... but not a verb with a particle of direction, nor a said clause (guards for syntax.repair_reduced_relatives)
    ("Mongolian forces pulled back from the Zamyn-Uud corridor on Sunday under the terms of the ceasefire deal with"
     " the rebels.", "RETREAT", "forces", ""),
    ("Yielding to pressure from journalists, the Mongolian interior minister said on Wednesday that opposition"
     " newspapers closed under the state of emergency would be allowed to reopen.", "CONCEDE", "minister", ""),
    # "a host of", "a raft of" count what their "of" phrase names (actors.indefinite_quantifier): the topic is no
    # party, and coordinated subjects meet each other
    ("Mongolia's president and the Chinese premier discussed in Ulaanbaatar on Monday a host of trade issues.",
     "CONSULT", "president", "premier"),
    ("The Mongolian minister met a host of tribal elders in Ulaanbaatar.", "CONSULT", "minister", "elders"),
    # "at" names where a request, an agreement or an arrest took place, not whom it is addressed to (``venue_preps``):
    # the request's "that" clause names the party asked
    ("Last year Mongolia requested at the United Nations General Assembly that Russia pay compensation.", "DEMAND",
     "mongolia", "russia"),
    # a name the parser hung on a finite verb as a compound is its subject (roles.subject)
    ("Every year Argentina requests at the United Nations General Assembly that Tehran send the accused for trial.",
     "DEMAND", "argentina", "tehran"),
    # a person noun after "against" is the party an act is against (roles.prep_object)
    ("The Ulaanbaatar herder lodged a complaint against the contractor.", "DISAPPROVE", "", "contractor"),
    # a case registered or lodged against a party is a complaint, by the police a charge (``verb_objects``
    # register case, ``source_types``)
    ("Ulaanbaatar police registered a case against the mine manager.", "COERCE", "police", "manager"),
    ("The herder's family registered a case against the doctor in Ulaanbaatar.", "DISAPPROVE", "family", "doctor"),
    # produced before a court, sent to custody: legal action (``phrasal``)
    ("The mine manager will be produced before a court in Ulaanbaatar on Monday.", "COERCE", "", "manager"),
    ("The two Ulaanbaatar officials were sent to judicial custody.", "COERCE", "", "officials"),
    # a first information report ("fir" in the wire's lower case), a complaint or a suit accuses as a report does
    # (actors ``document_nouns``)
    ("The FIR lodged in Ulaanbaatar accuses the mine manager of forging evidence.", "DISAPPROVE", "", "manager"),
    ("The complaint accuses the Mongolian mining company of fraud.", "DISAPPROVE", "", "company"),
    # "the accused" used as a noun names persons (actors ``nominal_participles``)
    ("The accused were produced before the Ulaanbaatar magistrate on Monday.", "COERCE", "", "accused"),
    ("Ulaanbaatar police arrested the accused on Monday.", "COERCE", "police", "accused"),
    # ... a thing seized keeps the party it was seized from as the target (a guard for roles.verb_target)
    ("The Mongolian rebels will return the equipment seized last year from United Nations peacekeepers.", "COERCE",
     "", "peacekeepers"),
    ("Mongolia has refused to hand back aircraft seized from MIAT Mongolian Airlines during the occupation.", "COERCE",
     "", "miat"),
    # ... compromising with no object is a concession (a guard for ``complement_excluded`` compromise)
    ("Mongolia and China compromised on the border dispute.", "CONCEDE", "mongolia", ""),
    # ... a reported clause that equates an act with a wrong is an accusation (a guard for the negation below)
    ("The Mongolian judge stated that the raid constituted a crime.", "DISAPPROVE", "judge", ""),
    # ... a state's leave to another party to act is an agreement (a guard for ``source_types`` allow)
    ("Mongolia will allow 13,000 refugees to return home.", "AGREE", "mongolia", "refugees"),
    # ... "at" still names the party of verbal and armed attacks (guards for ``venue_preps``)
    ("The Mongolian minister hit out at the Chinese embassy.", "DISAPPROVE", "minister", "embassy"),
    ("Police fired at the Ulaanbaatar protesters.", "ASSAULT", "police", "protesters"),
]

NOTHING = [
    # a name before a noun the tagger made a verb is no subject of it (a guard for roles.subject)
    ("Mongolia rejected on Thursday a United Nations appeal for deploying troops along its border.", "DEMAND"),
    # ... a participle of a state keeps its place, no act (``venue_preps`` state_participles)
    ("The Mongolian farmers held at the Russian Embassy in Ulaanbaatar wrote to their families.", "COERCE"),
    # a private person's or a speaker's leave is no act between parties (``source_types`` allow)
    ("How can I allow another mother to experience what I have experienced?", "AGREE"),
    # compromising a thing endangers it, no concession (``complement_excluded`` compromise)
    ("The Mongolian court is compromising its impartiality, the lawyers said.", "CONCEDE"),
    # a reported clause that denies an act is a wrong evaluates nothing (triggers._reported_clause_type: "constitute"
    # negated, as a negated copula)
    ("The Mongolian judge stated that demonstrating does not constitute a crime.", "DISAPPROVE"),
    # ... a case registered with no party it is against names no one (``phrase_complement_required``)
    ("A case of suspicious death has been registered in Ulaanbaatar.", "DISAPPROVE"),
    ("A case of suspicious death has been registered in Ulaanbaatar.", "COERCE"),
    ("A case was registered with the Ulaanbaatar police in this connection.", "DISAPPROVE"),
    # ... documents produced before a court are evidence, no one brought to court (a guard for ``phrasal``)
    ("The Mongolian mining firm produced before the court documents showing the payment.", "COERCE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
