"""Round 27: classes the read article sets (r24–r26, r28–r30, r32, r33, r35, r36, r38, r39), the probe sets and the
sweep of every event over the worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # praise or a concession with its giver stays an event (``needs_source``; guards)
    ("The Kenyan president praised the volunteers for their rescue work.", "SUPPORT", "president", "volunteers"),
    ("The ruling party conceded defeat in the mayoral election.", "CONCEDE", "party", ""),
    # proposing to a party asks it ("propose to": CAMEO 020); proposing a truce or talks offers them
    # (``offered_things.object_only``; a guard)
    ("Ecuador proposed to its neighbours a joint patrol of the river border.", "DEMAND", "ecuador", "neighbours"),
    ("The rebel commander proposed a ceasefire over the Easter holiday.", "AGREE", "commander", ""),
    # "in support of X" / "in solidarity with X" lends its backing to the verb it hangs on, or to the verb whose
    # object it qualifies (``light_preps.adjunct``: CAMEO 051 / 053)
    ("The opposition issued a statement in support of the striking nurses.", "SUPPORT", "opposition", "nurses"),
    ("The Kenyan senators signed a letter in solidarity with the detained Ugandan lawyers.", "SUPPORT", "senators",
     "lawyers"),
    # an obligation a speaker lays on provinces or municipalities is a demand on them (``obligation_bodies``), and
    # "opine" reports it (``reporting_verbs``)
    ("The provinces must spend more on rural clinics, the Kenyan health minister said.", "DEMAND", "minister", ""),
    ("Several economists opined that the government must cut fuel taxes before the budget.", "DEMAND", "economists",
     "government"),
    # undertaking to do something promises it (``complement_required.undertake``; a guard)
    ("The Sudanese army undertook to withdraw its troops from the border villages by June.", "AGREE", "army", ""),
    # a warning of a reprisal or an act stays a threat (``forecast_warnings.reprisals``; guards)
    ("The Nigerian army warned the kidnappers of grave consequences.", "THREATEN", "army", "kidnappers"),
    ("Beijing warned Taipei of war if it declared independence.", "THREATEN", "beijing", "taipei"),
    # a threat with its maker stays an event (``needs_source``: THREATEN; a guard)
    ("The rebel commander threatened to attack the capital.", "THREATEN", "commander", ""),
    # deploying or dispatching forces, weapons or an armed party moves forces (``force_moves.forces_only``; guards)
    ("The Ethiopian government dispatched 400 federal police officers to the town.", "MOBILIZE", "government", ""),
    ("The navy deployed two frigates and several drones off the coast.", "MOBILIZE", "navy", ""),
    # suspending a treaty, aid or a party's membership sanctions (``complement_required.suspend``; guards)
    ("The African Union suspended Mali's membership after the coup.", "SANCTION", "union", ""),
    ("Chad was suspended from the regional bloc in March.", "SANCTION", "", "chad"),
    # a framing concession or threat is the act of the clause it frames (``light_preps.adjunct_any_host``)
    ("In a concession to the striking doctors, the Kenyan health ministry raised their allowances.", "CONCEDE",
     "ministry", "doctors"),
    ("In a veiled threat to Kampala, the Rwandan defence minister told reporters his troops were ready.",
     "THREATEN", "minister", "kampala"),
    # a warning of penalties or countermeasures stays a threat (``forecast_warnings.reprisals``; a guard)
    ("Pyongyang warned Seoul of overwhelming countermeasures if the drills went ahead.", "THREATEN", "pyongyang",
     "seoul"),
    # winning or garnering backing for a party rallies support on its behalf (``rallied_opposition.rallying_for_verbs``)
    ("Pakistan sent envoys to the Gulf on Monday to win international backing for the Kashmiri separatists.",
     "SUPPORT", "pakistan", "separatists"),
    # forces named after others are forces too, a proper noun by its plural (``force_moves.forces_also``; a guard)
    ("The premier ordered the deployment of Rangers and army troops in the capital.", "MOBILIZE", "premier", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # backing or a concession nobody is said to give is no event (``needs_source``: SUPPORT, CONCEDE)
    ("The headmistress was recognised with a lifetime award at the ceremony in Mombasa.", "SUPPORT"),
    ("The new teachers' college was approved after two inspections last year.", "SUPPORT"),
    ("The treaty between Chile and Bolivia was mentioned in the court's ruling.", "SUPPORT"),
    ("After the governor's resignation was accepted, the assembly went into recess.", "CONCEDE"),
    # a design, a plan or a clause proposed is a suggestion, no offer of agreement (``offered_things.object_only``)
    ("The engineers are proposing a lighter version of the electric bus.", "AGREE"),
    ("The senator proposed that the governor be elected for a single term of six years.", "AGREE"),
    # a verb that is an event itself keeps the phrase ("marched in support of X": the march)
    ("Thousands of farmers marched in support of the jailed union leader.", "SUPPORT"),
    # a source requesting anonymity requests nothing of a party (``non_events``)
    ("A senior army officer, who requested anonymity, said two battalions had left the town.", "DEMAND"),
    ("An aide requesting anonymity said the cabinet would meet on Friday.", "DEMAND"),
    # works, operations or renovations undertaken are carried out, no promise (``complement_required.undertake``)
    ("The county police have been undertaking regular patrols along the highway.", "AGREE"),
    ("The ministry has undertaken a complete renovation of the old railway station.", "AGREE"),
    # a warning of a state of things, a thing or others' crimes is a forecast, no threat (``forecast_warnings``)
    ("Economists are warning of the dangers of rising household debt.", "THREATEN"),
    ("The neighbourhood watch warned shop owners of a spate of burglaries in the area.", "THREATEN"),
    # a threat nobody is said to make, or one posed, is a state of things (``needs_source``, ``non_events``)
    ("Drug cartels are a grave threat to the security of ordinary citizens.", "THREATEN"),
    ("The armed gangs pose a serious threat to the villages of the delta.", "THREATEN"),
    # machines, vehicles, tactics or civilians deployed or dispatched are put to use, no forces moved
    # (``force_moves.forces_only``)
    ("The city council will deploy twenty new street-sweeping machines in the old town.", "MOBILIZE"),
    ("The prison service deployed 200 inmates to clear the flooded canals.", "MOBILIZE"),
    ("Kuwait and Qatar decided to dispatch ambassadors to Tehran.", "MOBILIZE"),
    # the power or the duty to suspend with nothing named, or work, production or counts suspended, sanction no one
    # (``complement_required.suspend``, ``non_events``)
    ("The opposition said the governor is not obliged to suspend, as the law says he may.", "SANCTION"),
    ("The state mining company suspended copper production for two weeks of maintenance.", "SANCTION"),
    ("The electoral board suspended the vote count for 24 hours.", "SANCTION"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
