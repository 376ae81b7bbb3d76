"""Round 43: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an enforced disappearance is a detention kept secret (COERCE): the noun compounds ...
    ("The Lesotho commission documented the enforced disappearance of three opposition activists.", "COERCE", "",
     "activists"),
    # ... 'disappear' with a person as its object, active or passive (verbs COERCE, needs_person_object) ...
    ("Rights groups say the Lesotho army disappeared four journalists last year.", "COERCE", "army", "journalists"),
    ("Two Maseru students were disappeared by the security services in March.", "COERCE", "security", "students"),
    # ... and subjected to disappearance, as to torture (phrasal)
    ("The Maseru lawyers were subjected to enforced disappearance by the police.", "COERCE", "police", "lawyers"),
    # deprived of liberty or of freedom is detained (phrasal deprive of liberty / freedom)
    ("Dozens of Lesotho trade unionists were deprived of their liberty during the strike.", "COERCE", "",
     "unionists"),
    # (the parser hangs the preposition on the object: triggers, a phrase's preposition on the object)
    ("The Lesotho court deprived the former minister of his freedom for ten years.", "COERCE", "court", "minister"),
    # a crowd demanding something in a clause of what it does stays a protest (a guard)
    ("Hundreds of Lesotho textile workers marched to parliament demanding higher wages.", "PROTEST", "workers", ""),
    # a participle of protest before a plural noun: the people protest, and they are the clause's object
    # (syntax.repair_attributive_participles, ``attributive_participles``)
    ("The Maseru police dispersed hundreds of protesting farmers with tear gas.", "PROTEST", "farmers", ""),
    ("The Maseru police dispersed hundreds of protesting farmers with tear gas.", "COERCE", "police", "farmers"),
    ("The Lesotho prime minister met protesting teachers on Tuesday.", "PROTEST", "teachers", ""),
    ("The Lesotho speaker suspended four protesting opposition members.", "PROTEST", "members", ""),
    # ... criticism voiced stays criticism (a guard)
    ("The Lesotho opposition leader voiced criticism of the budget.", "DISAPPROVE", "leader", ""),
    # a motion or a resolution to act is its mover's intent (``intent_nouns`` motion, resolution; actors
    # ``authoring_participles`` move, table ...)
    ("The Lesotho home affairs minister moved a motion to suspend five opposition MPs.", "COERCE", "minister",
     "mps"),
    ("The Lesotho ruling party tabled a resolution to ban the opposition newspaper.", "COERCE", "party", ""),
    # a reported clause whose party does something "allegedly" or "unlawfully" is the speaker's accusation
    # (``accusing_verbs.adverbs``)
    ("Lesotho police said the activist allegedly received money from the opposition party.", "DISAPPROVE",
     "police", "activist"),
    ("The Maseru teachers' union says the ministry unlawfully dismissed 40 of its members.", "DISAPPROVE",
     "union", "ministry"),
    # a court filing speaks for its filer (actors ``document_nouns`` affidavit ..., ``issuing_verbs`` file)
    ("The Lesotho anti-corruption unit filed an affidavit against the former minister on Monday. The affidavit "
     "alleges that he took bribes from a Chinese firm.", "DISAPPROVE", "unit", ""),
    # a threat noun stays a threat (a guard for the rule below)
    ("The Lesotho opposition renewed its threat to boycott parliament.", "THREATEN", "opposition", ""),
    # a phrase setting the scene ("amid ...") names nothing the verb acts on (``circumstance_preps``)
    ("The Lesotho speaker suspended three opposition members amid disruptions over the tax on goods and services.",
     "COERCE", "speaker", "members"),
    # ... a thing after the participle stays what is protested (a guard)
    ("Maseru students were protesting the fee increase.", "PROTEST", "students", ""),
]

NOTHING = [
    # ... not a person vanishing or a thing lost (a guard)
    ("Several Lesotho herders disappeared during the snowstorm.", "COERCE"),
    ("The Maseru factory's profits disappeared after the drought.", "COERCE"),
    # ... nor deprived of a thing that is no liberty (a guard)
    ("The Lesotho villages were deprived of water for a week.", "COERCE"),
    # a crowd whose act is itself a request (a petition, an appeal) asks, it does not gather (extract
    # ``_crowd_protest``)
    ("The Lesotho teachers submitted petitions to the ministry, demanding higher pay.", "PROTEST"),
    ("Lesotho farmers appealed to the government, seeking compensation for the drought.", "PROTEST"),
    # ... and the protesters met are not criticised by whoever meets them
    ("The Lesotho prime minister met protesting teachers on Tuesday.", "DISAPPROVE"),
    # an act a refused plan, proposal or motion would do is not intended by anyone (triggers ``_rejecting``)
    ("The Maseru court dismissed a motion to release the two activists.", "RETREAT"),
    ("The Lesotho parliament voted down a proposal to suspend the opposition MPs.", "COERCE"),
    # ... not an act denied, nor one the press reports
    ("The Lesotho minister said the firm did not illegally dismiss anyone.", "DISAPPROVE"),
    ("The Lesotho opposition leader allegedly received money from a businessman, the newspaper reported.",
     "DISAPPROVE"),
    # what a threat noun's infinitive threatens is the threat's content, no act of its own, as after the verb
    # (triggers ``_noun_infinitive``)
    ("The Lesotho opposition renewed its threat to boycott parliament.", "PROTEST"),
    ("Lesotho rebels issued a threat to attack the capital.", "ASSAULT"),
    # ... while a service suspended stays none (a guard)
    ("The Maseru bus company suspended its services amid the fuel strike.", "COERCE"),
    # criticism or complaints as the object of a verb of silencing them are others' speech, no act of the
    # silencer (``silenced_speech``)
    ("The Lesotho government has tried to silence criticism of its mining policy.", "DISAPPROVE"),
    ("The Maseru mayor sought to quell the complaints by promising new roads.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
