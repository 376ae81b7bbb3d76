"""Round 41: classes the read article sets (short worldwide-newswire articles, read by the lead), the sweep and
batteries of the press's idioms showed wrong or missed. One sentence of its own (written for this file, not taken
from any evaluation or probe set) for each rule; run through the production path (``Enricher``: lowercased wire
text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a participle of anger or alarm as the main clause's predicate, held by a party about an act (triggers
    # ``_held_stance``): the holder's criticism, its author the act's owner when one is named
    ("Zambian teachers were outraged by the arrest of their union leader.", "DISAPPROVE", "teachers", ""),
    ("The Zambian miners' union was dismayed at the ministry's decision to close the pits.", "DISAPPROVE", "union",
     "ministry"),
    # ... and one of approval is the holder's SUPPORT
    ("The Zambian teachers' union was pleased with the ministry's decision to raise wages.", "SUPPORT", "union",
     "ministry"),
    # ... and conduct (``criticised_objects``) is what a stance may be about, in a saying too
    ("The Zambian farmers' union said it was disappointed with the decision.", "DISAPPROVE", "union", ""),
    # seeing a thing as something evaluative characterises it (``characterising_verbs`` see, as_only)
    ("Zambian opposition parties see the new electoral law as a sham.", "DISAPPROVE", "opposition", ""),
    # a label hung as the last phrase of the object's infinitive clause (triggers ``_characterisation``)
    ("The Zambian opposition leader dismissed the government's bill to enshrine the target in law as a stunt.",
     "DISAPPROVE", "opposition", ""),
    # a duty laid on all the sides of a dispute names them (``universal_addressees.sides``)
    ("The Zambian president said all parties must accept the election results.", "DEMAND", "president", "parties"),
    # liaising or engaging with a party consults it (``phrasal``)
    # ... a call made stays a contact (a guard)
    ("The Zambian president called his Malawian counterpart on Monday.", "CONSULT", "president", "counterpart"),
    # ... prisoners released stay a RETREAT (a guard)
    ("The Zambian government released 20 political prisoners on Monday.", "RETREAT", "government", ""),
    # ... and a source named "according to" is no complement of the verb ("report" stays a thing released only as
    # its object or subject: triggers ``_complement_words``)
    ("According to the report, two Zambian activists have been released.", "RETREAT", "", "activists"),
    # breaking an accord, a promise or a curfew defies it (REJECT), a truce is broken by fighting (``violated_norms``)
    ("Zambia broke its defence pact with Malawi.", "REJECT", "zambia", "malawi"),
    ("Lusaka traders broke the curfew on Saturday.", "REJECT", "traders", ""),
    ("The Zambian rebels broke the truce on Sunday.", "FIGHT", "rebels", ""),
    # appealing to a party for a thing or to do an act asks it (``phrase_complement_required``, a guard)
    ("The Zambian government appealed to the international community for food aid.", "DEMAND", "government",
     "community"),
    ("The Zambian president appealed to Malawians that they should remain calm.", "DEMAND", "president", "malawians"),
    ("The Zambian miners' union has engaged with the mines ministry over the layoffs.", "CONSULT", "union",
     "ministry"),
    ("Zambian police are liaising with Interpol on the case.", "CONSULT", "police", "interpol"),
    # a case the police file against a party is a charge (``source_types`` file case)
    ("Zambian police filed a case against the former mines minister.", "COERCE", "police", "minister"),
    # ... and one a party files is a lawsuit
    ("The Zambian opposition filed a case against the electoral commission.", "DISAPPROVE", "opposition",
     "commission"),
    # a phrase's adjective the parser hung on a date between ("was found on Friday guilty", triggers ``_verb_trigger``)
    ("The Zambian opposition leader was found on Friday guilty of money laundering.", "COERCE", "", "leader"),
    # wanting an act of change of another party's asks for it (``verb_objects`` want overhaul ...)
    ("Zambian teachers want an overhaul of the school zoning rules.", "DEMAND", "teachers", ""),
    # a clause related is reported (``reporting_verbs`` relate): a duty laid in it is a demand
    ("The Zambian Law Association related that the government must withdraw the bill.", "DEMAND", "", "government"),
    # an instruction to another branch, or by the head of another body, stays a demand (extract
    # ``_internal_instruction``)
    ("The Zambian president urged parliament to pass the budget.", "DEMAND", "president", "parliament"),
    ("The president of the Zambian teachers' union asked the education ministry to reopen the schools.", "DEMAND",
     "union", "ministry"),
    # an act done jointly by two parties is cooperation between them (triggers ``_joint_adverb``, ``joint_acts``)
    ("Zambia and Malawi intervened jointly in the maize market to hold down prices.", "COOPERATE", "zambia",
     "malawi"),
    ("Zambian customs officers manned the checkpoints jointly with their Malawian counterparts.", "COOPERATE",
     "customs", "counterparts"),
    # ... and a military or police move done jointly is one too, no show of force
    ("Zambian border guards patrolled the Zambezi jointly with Namibian units.", "COOPERATE", "guards", "namibian"),
    # a passive directive with its infinitive hung as an adverbial clause (extract ``_complement_keys``)
    ("Lusaka was pressed by Lilongwe on Friday to reopen the border crossing.", "DEMAND", "lilongwe", "lusaka"),
    # a hostile act in the passive offered as the alternative to an act demanded is a threat (triggers
    # ``_alternative_threat``, ``alternative_threats``)
    ("Zambian mayors have been told by the rebels to resign from their posts or be killed.", "THREATEN", "rebels",
     "mayors"),
    # an envoy called or ordered home or back is recalled (triggers ``_envoy_called_home``), one called in summoned
    ("Zambia has called home its ambassador to Malawi in protest at the expulsions.", "SANCTION", "zambia", ""),
    ("Zambia called in the Malawian ambassador to protest the expulsions.", "DISAPPROVE", "zambia", ""),
    # charging a party with a wrong is an accusation by anyone but the police, prosecutors or a state
    # (``source_types`` charge), a legal charge by them
    ("Zambia's opposition charged the government with rigging the voters' roll.", "DISAPPROVE", "opposition",
     "government"),
    ("Zambian police charged the opposition leader with treason.", "COERCE", "police", "leader"),
    # a march the NER took for the month and the parser for an adverbial of time is the verb's object
    # (triggers ``_light_verb``)
    ("The Zambian opposition is planning a major protest march before the end of the month.", "PROTEST",
     "opposition", ""),
    # troops or police patrolling make a move short of force (``verbs`` MOBILIZE patrol, ``source_types``)
    ("Heavily armed Zambian soldiers patrolled the streets of Lusaka on Sunday.", "MOBILIZE", "soldiers", ""),
    # a force named as the compound of an act noun is its actor (roles ``noun_roles``)
    ("Tension rose in the Zambian town amid heavy police deployment.", "MOBILIZE", "police", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # ... not a feeling about a result or a hazard, nor a label with no evaluation
    ("The Zambian striker was disappointed with fourth place in the tournament.", "DISAPPROVE"),
    ("Residents of Lusaka were alarmed by the floods.", "DISAPPROVE"),
    ("The Zambian coach was delighted with the win.", "SUPPORT"),
    ("Zambian voters see the referendum as a great opportunity.", "DISAPPROVE"),
    # ... not when that clause's verb takes an "as" of its own (``as_complement_verbs``)
    ("The Zambian opposition described the plan to treat protesters as criminals.", "DISAPPROVE"),
    # ... not wanting a thing
    ("Zambian teachers want a new school bus.", "DEMAND"),
    # a government instructing its own ministry or department is administration (``internal_instructions``)
    ("The Zambian cabinet advised the foreign ministry to summon the Malawian envoy.", "DEMAND"),
    ("Zambian President Hakainde Hichilema told the transport department to secure the loans.", "DEMAND"),
    ("Zambian border guards patrolled the Zambezi jointly with Namibian units.", "MOBILIZE"),
    # ... not an act done together that is none ("sat together")
    ("The Zambian and Malawian leaders sat together at the state dinner.", "COOPERATE"),
    # ... and the act is not done
    ("Zambian mayors have been told by the rebels to resign from their posts or be killed.", "ASSAULT"),
    # ... not acts joined by "or" with no demand ("were arrested or detained")
    ("Three Zambian activists were arrested or detained on Monday.", "THREATEN"),
    # a duty laid on everyone of a kind is a principle, no demand of anyone (``universal_addressees``)
    ("The Zambian president said all countries must respect the rights of refugees.", "DEMAND"),
    ("The Zambian president said every nation should protect its forests.", "DEMAND"),
    # ... and "engage with" needs its preposition right after the verb (``adjacent_phrases``)
    ("Zambian gangs engage in turf wars or alliances with the police.", "CONSULT"),
    # ... volunteers patrolling make no military or police move
    ("Zambian neighbourhood watch volunteers patrol the streets at night.", "MOBILIZE"),
    # ... nor is a noun naming a kind of thing an act ("the police complaints council")
    ("The Zambian lawyer is a member of the independent police complaints council.", "DISAPPROVE"),
    # ... and breaking anything else is none of it, nor an accord or a promise kept
    ("The Zambian sprinter broke the national record.", "REJECT"),
    ("Zambia broke its defence pact with Malawi.", "SUPPORT"),
    ("The Zambian minister broke his promise to the teachers.", "AGREE"),
    # calling someone a name names them, no call made (``complement_excluded`` call: oprd, participle:reduced)
    ("Zambian newspapers called the minister the Iron Lady of Lusaka.", "CONSULT"),
    ("The Zambezi border post, called Chirundu by locals, was closed on Monday.", "CONSULT"),
    # releasing a work or figures publishes them, withdrawing money takes it out: no RETREAT (``non_events``)
    ("The Zambian statistics office released the inflation figures on Monday.", "RETREAT"),
    ("The Zambian singer's new album will be released in March.", "RETREAT"),
    ("Fraudsters withdrew cash from the Lusaka pensioners' accounts.", "RETREAT"),
    # appealing to a party with nothing asked attracts it, no request (``phrase_complement_required``)
    ("By appealing to rural voters, the Zambian president won a second term.", "DEMAND"),
    ("The Zambian candidate's blunt style appealed to many young voters.", "DEMAND"),
    # ... and a force's act that a reported clause combats or prevents is a problem addressed, no evaluation
    # of the force (triggers ``_evaluated_acts``, ``combated_problems``)
    ("The Zambian minister said the new law would prevent arbitrary police detentions of journalists.",
     "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
