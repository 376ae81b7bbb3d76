"""Round 17: classes the CAMEO-code probe sets (R, T read; V written this round) showed missing.
One sentence of its own (written for this file, not taken from any evaluation or probe set) for
each rule and lexicon entry; run through the production path (``Enricher``: lowercased wire text,
normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a request to rise, unite, stand or act against a third party rallies opposition against it
    # (CAMEO 113; ``rallied_opposition``): the target is the party opposed, not the one asked
    ("The exiled cleric called on Iraqis on Sunday to rise up against the government in Baghdad.", "DISAPPROVE",
     "cleric", "government"),
    ("Hamas appealed to Arab states to unite against Israel, a spokesman said in Gaza.", "DISAPPROVE", "hamas",
     "israel"),
    ("The Arab League urged Arabs everywhere to take action against Israel over the raid.", "DISAPPROVE",
     "arab league", "israel"),
    # economic sanctions eased are RETREAT (CAMEO 085, as the CAMEO -> PLOVER table maps it): an embargo,
    # sanctions, a ban on trade (``easing_verbs.economic_types`` / ``economic_words``)
    ("The European Union lifted its arms embargo on Burma on Monday.", "RETREAT", "european union", "burma"),
    ("Japan lifted its ban on beef imports from the United States on Friday.", "RETREAT", "japan", ""),
    ("Canada eased some of its sanctions against Pretoria after the release of Nelson Mandela.", "RETREAT",
     "canada", ""),
    # a partitive's people are who is freed ("20 of the hostages", "most of the prisoners")
    ("The militants released 12 of the hostages on Friday.", "RETREAT", "militants", "hostages"),
    ("The rebels released all of the foreign hostages on Sunday.", "RETREAT", "rebels", "hostages"),
    # an outsider let in is RETREAT (CAMEO 086x; ``admitted_outsiders``): into / back / an act of entering,
    # the party a mission, an envoy, an international body or a phrase with an outsider's word
    ("The military rulers let foreign relief workers into the flooded provinces on Tuesday.", "RETREAT", "rulers",
     "relief workers"),
    ("Baghdad invited an international monitoring team into the disputed district.", "RETREAT", "baghdad",
     "monitoring team"),
    ("North Korea readmitted international nuclear inspectors on Monday.", "RETREAT", "north korea", "inspectors"),
    ("Ethiopia allowed the Red Cross to visit prisoners of war held in the north.", "RETREAT", "ethiopia",
     "red cross"),
    ("The government allowed Swiss envoys to return to the capital last week.", "RETREAT", "government", "envoys"),
    # returning something or someone to another party is RETREAT (CAMEO 0841 / 0842; ``returned_objects``):
    # the party given it back is the target, not a visit ("return to")
    ("Iran returned an Iraqi airliner and its crew to Baghdad on Saturday.", "RETREAT", "iran", "baghdad"),
    ("Japan returned to South Korea on Friday hundreds of ancient books taken during colonial rule.", "RETREAT",
     "japan", "south korea"),
    # migrants sent back are deported (the dictionary's RETURN IMMIGRANTS [174])
    ("Italy returned 300 Albanian migrants to Durres on Thursday.", "COERCE", "italy", ""),
    # returning fire is a fight (the dictionary's RETURN FIRE [190])
    ("Indian troops returned fire after Pakistani soldiers shelled their posts.", "FIGHT", "indian troops", ""),
    # expelling a mission, its members or an international or non-governmental body reduces relations
    # (CAMEO 1661-1663): the mission named before a "from" or after "members of", or a body's KB code
    ("Rwanda ordered U.N. observers from Canada and Ghana to leave the country within a week.", "SANCTION",
     "rwanda", "observers"),
    ("Zimbabwe ordered members of the European Union observer mission to leave the country.", "SANCTION",
     "zimbabwe", ""),
    ("Burundi ordered the International Committee of the Red Cross to leave the country on Monday.", "SANCTION",
     "burundi", "red cross"),
    # any verb with "to death" and someone doing it is a killing (``death_phrase``): "burn" and "beat" are no
    # triggers alone
    ("Hindu militants burned a Christian pastor to death in his car, police said.", "ASSAULT", "militants",
     "pastor"),
    ("Two suspected informers were kicked to death by guerrillas in the village.", "ASSAULT", "guerrillas",
     "informers"),
    # a particle word parsed as a preposition with its own object, on a verb with an object, is no particle:
    # "given Peru $10 million in assistance" is no "give in"; "give assistance" is aid (the CAMEO verb
    # dictionary's GIVE / PROVIDE block: ASSISTANCE [070])
    ("Sweden has given Nicaragua 30 million kronor in assistance this year.", "AID", "sweden", "nicaragua"),
    # voting down a plan or treaty is a rejection (the CAMEO verb dictionary's VOTE DOWN [120])
    ("The Slovak parliament voted down the government's privatisation bill on Thursday.", "REJECT", "parliament", ""),
    # forces moved as or for peacekeepers are aid (CAMEO 074; ``force_moves.peacekeeping``)
    ("Ghana sent 600 peacekeepers to Liberia on Tuesday.", "AID", "ghana", "liberia"),
    ("Nepal dispatched 900 troops to Haiti to join the U.N. peacekeeping force there.", "AID", "nepal", "haiti"),
    # military exercises scaled back or ended, a force scaled down: de-escalation (CAMEO 087; the particle
    # verbs of ``easing_verbs.particle_verbs``, drills in ``easing_verbs.military``)
    ("North Korea scaled back its winter military drills along the border on Monday.", "RETREAT", "north korea", ""),
    ("Turkey scaled down its offensive against Kurdish rebels in northern Iraq.", "RETREAT", "turkey", ""),
    # others rallied behind or for a party: SUPPORT of it (CAMEO 053); against one: DISAPPROVE (113)
    ("Iran rallied Moslem states behind the Bosnian government at the Islamic summit.", "SUPPORT", "iran",
     "bosnian government"),
    ("Libya tried to rally African leaders against the United States on Tuesday.", "DISAPPROVE", "libya",
     "united states"),
    # aid stopped counted as a sum is still aid stopped (the sum's "in" noun: CAMEO 162)
    ("Japan froze 400 million dollars in development loans to Burma after the crackdown.", "SANCTION", "japan",
     "burma"),
    # ties scaled down are relations reduced (CAMEO 161), as ties cut are
    ("Ghana scaled down its diplomatic ties with Togo on Wednesday.", "SANCTION", "ghana", "togo"),
    # a weapon's kind is no owner: "anti-aircraft missiles" supplied go to the "to" party
    ("Moscow supplied anti-aircraft missiles to the Syrian army on Thursday.", "AID", "moscow", "syrian army"),
    # occupying territory is COERCE (CAMEO 192 occupy territory, as CAMEO2PLOVER maps it and as taking
    # control of a place is coded), not a fight
    ("Syrian troops occupied the Lebanese town of Zahle on Tuesday.", "COERCE", "syrian troops", "zahle"),
    # a verb + preposition + noun phrase sees through a span of time: "bowed to weeks of protests" is "bow to
    # protest" (CAMEO 08)
    ("The Thai government bowed on Friday to three weeks of street protests by rice farmers.", "CONCEDE",
     "government", ""),
    # barring someone is an administrative sanction (the dictionary's BAR [172]); barring an outsider is
    # refusing international involvement (REJECT, CAMEO 1245; ``admitted_outsiders.barring_verbs``)
    ("The junta barred two opposition leaders from contesting the election.", "COERCE", "junta", "opposition leaders"),
    ("Burma barred a U.N. human rights envoy from visiting the country.", "REJECT", "burma", "envoy"),
    # the party an "allow" lets act is the agreement's target (round 38: an agreement only when it is to come, a
    # permission given is none: ``allowed_things.unrealised_types``)
    ("The government will allow the opposition to hold its congress in the capital.", "AGREE", "government",
     "opposition"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a request for an act of its own type stays a request
    ("The Arab League urged the Security Council to impose sanctions against Israel.", "DISAPPROVE"),
    # rallying behind a party is no opposition
    ("The opposition leader called on Kenyans to rally behind his party.", "DISAPPROVE"),
    # administrative restrictions eased stay concessions: a curfew, a ban on a party
    ("The army lifted the night curfew in the capital on Saturday.", "RETREAT"),
    ("The military government lifted its ban on the main opposition party.", "RETREAT"),
    # a favour or a verdict returned, or a return to power, gives nothing back
    ("The court returned a verdict of not guilty on Friday.", "RETREAT"),
    ("Voters returned the ruling party to power in Sunday's election.", "RETREAT"),
    # journalists expelled are deported individuals (COERCE), no mission
    ("Kenya expelled two British journalists on Monday.", "SANCTION"),
    # ... not an accident with nobody doing it
    ("Dozens of passengers burned to death when the bus caught fire.", "ASSAULT"),
    ("Sweden has given Nicaragua 30 million kronor in assistance this year.", "CONCEDE"),
    ("Nepal dispatched 900 troops to Haiti to join the U.N. peacekeeping force there.", "MOBILIZE"),
    # scaling up is no easing
    ("Turkey scaled up its offensive against Kurdish rebels in northern Iraq.", "RETREAT"),
    # rallying others is no protest; forces mobilised for an offensive are no support
    ("Iran rallied Moslem states behind the Bosnian government at the Islamic summit.", "PROTEST"),
    ("The army mobilised two divisions for the offensive.", "SUPPORT"),
    ("Ghana scaled up its ties with Togo on Wednesday.", "SANCTION"),
    ("Syrian troops occupied the Lebanese town of Zahle on Tuesday.", "FIGHT"),
    # ... a span of anything else is no pressure
    ("The champion bowed to three days of celebrations in his home town.", "CONCEDE"),
    ("Burma barred a U.N. human rights envoy from visiting the country.", "COERCE"),
    # a party of one's own let in or back is no outsider
    ("The junta let the students return to their campuses.", "RETREAT"),
    ("The club let the fans into the stadium early.", "RETREAT"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
