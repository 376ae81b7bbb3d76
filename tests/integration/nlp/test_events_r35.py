"""Round 35: classes the read article sets (r56 ... r66, short worldwide-newswire articles read by the lead) and a
sweep over the worldwide-newswire articles showed wrong. One sentence of its own (written for this file, not
taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # public anger caused or drawn, with the angry party after "among" / "from", is that party's criticism of
    # the subject or of the party whose thing the subject is (``outcry``)
    ("The Kenyan government's decision sparked outrage among tea farmers.", "DISAPPROVE", "farmers", "government"),
    ("The minister's remarks triggered a backlash from opposition lawmakers.", "DISAPPROVE", "lawmakers",
     "minister"),
    ("The Nigerian senator faced a backlash from his own party over the appointment.", "DISAPPROVE", "party",
     "senator"),
    ("The new fuel tax has drawn fury from Ghanaian transport unions.", "DISAPPROVE", "unions", ""),
    # a party's anger against another names both: criticism (``outcry.target_preps``)
    ("Ghana's anger against Togo over the border closure is growing.", "DISAPPROVE", "ghana", "togo"),
    # opposing a party, its policy or its act is disapproval; opposing an offer or a proposal turns it down
    # (``verbs`` DISAPPROVE "oppose", ``verb_objects`` "oppose mediation" ... REJECT)
    ("Kenyan prosecutors opposed the weakening of the anti-graft agency.", "DISAPPROVE", "prosecutors", ""),
    ("The Sudanese rebels opposed the mediation offered by Qatar.", "REJECT", "rebels", ""),
    ("The Ethiopian government is opposed to Kenyan mediation in the talks.", "REJECT", "government", ""),
    # denied trust in a party is disapproval of it; "distrust" / "mistrust" are criticism verbs
    # (``negated_only_verbs`` "trust", ``verbs`` DISAPPROVE)
    ("The Malawian teachers' union said it does not trust the education ministry.", "DISAPPROVE", "union",
     "ministry"),
    ("Many Zambian voters distrust the electoral commission.", "DISAPPROVE", "voters", "commission"),
    ("Opposition supporters mistrust the Kenyan police.", "DISAPPROVE", "supporters", "police"),
    # asking permission is a request (``verb_objects`` "ask permission"; "ask" wants a party as object otherwise)
    ("The Ugandan opposition party asked permission to hold a rally in Kampala.", "DEMAND",
     "party", ""),
    # what is said, made or filed by a party is its act, whatever predicate holds the noun (actors
    # ``authoring_participles`` make / level / file ...), in its own mode
    ("The ministers could not respond to the accusations made by the Thai opposition.", "DISAPPROVE", "opposition",
     ""),
    ("The Guyanese government ignored the allegations that were made by two Chinese businessmen.", "DISAPPROVE",
     "businessmen", ""),
    # what a participle's by-agent names took place: a war "between" two parties there is fought by them
    ("The food crisis was caused by the war between Ethiopia and Eritrea.", "FIGHT", "ethiopia", "eritrea"),
    # an investigation told with no investigator is run by the police, prosecutors or government body that
    # reports it, or that did the act its clause is coordinated with (``inquiry_reporters``)
    ("Kenyan police said an investigation into the shooting was ongoing.", "INVESTIGATE", "police", ""),
    ("Prosecutors in Lima said an investigation had been opened.", "INVESTIGATE", "prosecutors", ""),
    ("The matter is under investigation, the Ghanaian health ministry said.", "INVESTIGATE", "ministry", ""),
    ("The suspect was arrested by the Accra police and an investigation is now under way.", "INVESTIGATE", "police",
     ""),
    # discrepancies and failures pointed to are faults (``pointed_faults.nouns``)
    ("The Kenyan auditor highlighted discrepancies in the health ministry's accounts.", "DISAPPROVE", "auditor",
     ""),
    # a step back or a stunt as a characterisation criticises (``evaluative_words`` backsliding, regression,
    # retrograde, stunt)
    ("The Korean police chiefs called the bureau plan a historic backsliding.", "DISAPPROVE", "police chiefs", ""),
    ("The Honduran opposition leader said the mission was a political stunt.", "DISAPPROVE", "leader", ""),
    # an army, rebels or a state launching or carrying out operations use force (``verb_objects`` "launch
    # operation" ..., ``security_operations``)
    ("The Nigerian army launched a military operation against the bandits.", "FIGHT", "army", "bandits"),
    ("The Malian army said it carried out operations in several villages.", "FIGHT", "army", ""),
    # those of security forces or the police are coercion (``security_operations``)
    ("Ugandan security forces carried out a number of operations against the rebel network.", "COERCE",
     "security forces", ""),
    ("The Kenyan police carried out an operation in the Kibera slum.", "COERCE", "police", ""),
    ("Iran conducted intelligence operations against the Israeli regime.", "COERCE", "iran", "israeli"),
    # a party gives help (guard for ``thing_actors.source_types``)
    ("The Kenyan government provided aid to the flood victims in Tana River.", "AID", "government", "victims"),
    # evading arrest defies the authorities (``verb_objects`` "evade arrest" ...)
    ("The former rebel commander was evading arrest, Ugandan police said.", "REJECT", "commander", ""),
    # a vendetta or a witch-hunt as a characterisation criticises (``evaluative_words``)
    ("The Ghanaian opposition said the raid was a political vendetta.", "DISAPPROVE", "opposition", ""),
    # a saying that there is no truth, evidence, basis ... or "no such" thing denies a claim (``evaluative_words``
    # REJECT "no X")
    ("The Kenyan interior ministry said there was no truth in the reports.", "REJECT", "ministry", ""),
    ("The Ugandan army said there was no such agreement with the rebels.", "REJECT", "army", ""),
    ("The chief minister said there was no politics involved in the arrest.", "REJECT", "chief minister", ""),
    # an admission of an act stays a concession (guards for ``admitted_clauses.states``)
    ("The Honduran official admitted he had accepted bribes from the contractors.", "CONCEDE", "official", ""),
    ("The Kenyan minister admitted it was a mistake.", "CONCEDE", "minister", ""),
    ("The Ugandan army chief admitted that soldiers were responsible for the beatings.", "CONCEDE", "army chief",
     ""),
    # an act a noun names under a noun of intent stays (guard for the noun infinitive rule)
    ("The Malian junta announced plans to hold talks with the rebels.", "CONSULT", "junta", "rebels"),
]

# (sentence, type that must not be found)
NOTHING = [
    # anger with no angry party named is no event (``outcry``)
    ("The Kenyan police chief could not hide his anger.", "DISAPPROVE"),
    ("The ruling sparked anger in the Ghanaian capital.", "DISAPPROVE"),
    # a company's operations, or operations by no one named, are none (``source_types`` "launch operation")
    ("The Kenyan telecom company launched operations in Uganda last year.", "FIGHT"),
    ("An operation was launched in the area on Monday.", "FIGHT"),
    ("The Lebanese army launched a search operation to find the businessman.", "FIGHT"),
    # a thing as the giver of help or backing is an instrument (``thing_actors.source_types``)
    ("The chief said the settlement money will be used to aid the members of the Cree nation.", "AID"),
    ("The new fund supports small businesses in Nairobi.", "SUPPORT"),
    # a plain statement that there is none of something denies nothing (guard)
    ("The Kenyan police spokesman said there were no casualties.", "REJECT"),
    # anger at a thing, or with no target party (``outcry``)
    ("The Kenyan minister's anger at the ruling was clear.", "DISAPPROVE"),
    # trust, and distrust of a thing (``negated_only_verbs``; ``needs_actor_object``)
    ("The Zambian villagers trust the president.", "DISAPPROVE"),
    ("Several Mexican tourists said they do not trust the electric carriage.", "DISAPPROVE"),
    # one reported by a family or a lawyer names no investigator (``inquiry_reporters``)
    ("The family of the Nigerian student said an investigation was under way.", "INVESTIGATE"),
    ("Her lawyer said the matter is under investigation.", "INVESTIGATE"),
    # one needed, not going on, is none (``inquiry_reporters.ongoing``)
    ("Kenyan police said an investigation was necessary.", "INVESTIGATE"),
    # an admitted feeling, belief or inability is no concession (``admitted_clauses.states``)
    ("I have to admit that we feel uncomfortable, the Thai lawmaker said.", "CONCEDE"),
    ("The Paraguayan governor admitted he could not protect his family.", "CONCEDE"),
    # a freedom or a right to act is no act (``licences``; the noun infinitive rule, now with event nouns)
    ("The spokesman said opposition parties were free to lay a complaint against the mayor.", "DISAPPROVE"),
    ("The Kenyan opposition is free to criticise the president.", "DISAPPROVE"),
    ("Residents have the right to file a complaint against the police.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_authored_noun_keeps_its_own_mode(enricher: Enricher) -> None:
    """The act a noun names with its own author ("the accusations made by the opposition") took place,
    whatever the predicate that holds the noun says ("could not respond to")."""
    found = [e for e in events(enricher, "The ministers could not respond to the accusations made by the Thai opposition.")
             if e["event_type"] == "DISAPPROVE"]
    assert found and found[0]["mode"] == "asserted", found


def test_the_two_refers_back_only_to_a_pair(enricher: Enricher) -> None:
    """A bare "the two" / "both" refers back to a group of two named before ("the two governments"), not
    to whatever group was last named; with no such group it stays unresolved (``pair_pronouns``)."""
    text = ("The two governments signed a trade deal on Monday.\n"
            "The two also called for an end to the border dispute.")
    found = [e for e in events(enricher, text) if e["event_type"] == "DEMAND"]
    assert found and "governments" in name(found[0], "source"), [name(e, "source") for e in found]
    text = ("The Sikh community welcomed the statue.\n"
            "Both called on the British government to honour the two leaders.")
    found = [e for e in events(enricher, text) if e["event_type"] == "DEMAND"]
    assert found and "sikh" not in name(found[0], "source").lower(), [name(e, "source") for e in found]
