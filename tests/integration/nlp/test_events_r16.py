"""Round 16: parse repairs and classes the CAMEO-code probe set R (written from the CAMEO -> PLOVER
table) showed missing. One sentence of its own (written for this file, not taken from any
evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a sentence the parser reads as one noun phrase: its past-tense verb, or a participle with a
    # "that" clause, is the verb and the noun its subject (``syntax.repair_noun_roots``)
    ("The Kenyan opposition charged on Wednesday that the government had rigged the parliamentary elections.",
     "DISAPPROVE", "opposition", "government"),
    ("Serbian opposition leaders charged on Sunday that the police had beaten protesters in Belgrade.",
     "DISAPPROVE", "opposition", "police"),
    # a phrasal verb's object the parser hung on its particle (``syntax.repair_particle_objects``)
    ("A Sikh militant gunned down a senior police officer outside his home in Amritsar on Monday.", "ASSAULT",
     "militant", "police officer"),
    # giving in (the CAMEO verb dictionary's YIELD block, 080: GIVE_IN)
    ("The Bolivian government gave in to the striking tin miners on Friday after a month of protests.", "CONCEDE",
     "government", ""),
    # doctors, nurses, volunteers or a medical team sent (the dictionary's SEND {MEDICAL TEAM} / VOLUNTEER, 073)
    ("Egypt sent 50 doctors to help earthquake victims in Armenia.", "AID", "egypt", ""),
    ("Norway sent a medical team to the refugee camps around Goma on Saturday.", "AID", "norway", ""),
    # a show of force ended, lowered or reduced de-escalates (CAMEO 087): an alert, a mobilisation
    ("Pakistan lowered the alert level of its troops along the Kashmir border on Friday.", "RETREAT", "pakistan", ""),
    ("Armenia ended the mobilisation of its reservists on Monday, the defence ministry said.", "RETREAT", "armenia", ""),
    ("Greece reduced the military alert on its border with Turkey after the talks.", "RETREAT", "greece", ""),
    # readiness to help a party do something: the party of a bare infinitive is the act's target
    ("Egypt said on Monday it was prepared to help Sudan rebuild its railways.", "AGREE", "egypt", "sudan"),
    # an attack launched by forces on military positions is a fight, as "attacked" is (the phrase's noun
    # switches as the verb does)
    ("Indian troops launched an attack on Pakistani positions along the Line of Control on Sunday.", "FIGHT",
     "indian troops", "pakistani"),
    # limbs hacked or chopped off: mutilation, ASSAULT ("hack" alone is a cyber attack, COERCE)
    ("Rebels hacked off the hands of dozens of villagers in the north, aid workers said.", "ASSAULT", "rebels",
     "villagers"),
    ("Militiamen chopped off the ears of three farmers in the district.", "ASSAULT", "militiamen", "farmers"),
    # an act of force halted, suspended, stopped or ended de-escalates (CAMEO 087 / 0871, the dictionary's
    # HALT / STOP / END + ATTACKS / &FIGHT / {AIR RAIDS} / SHELL)
    ("NATO halted its air raids on Serb positions on Thursday.", "RETREAT", "nato", ""),
    ("Russia suspended its offensive in Chechnya on Friday.", "RETREAT", "russia", ""),
    ("The army stopped the shelling of the city on Monday.", "RETREAT", "army", ""),
    # flags burned or torched: a protest (the dictionary's BURN / TORCH FLAG, 141)
    ("Palestinian youths in Hebron burned Israeli flags on Friday in a show of defiance.", "PROTEST", "youths", ""),
    # reserving the right to act is a threat (the dictionary's RESERVE RIGHT, 130)
    ("Russia reserves the right to aim its missiles at Poland if the shield is deployed there, a general said.",
     "THREATEN", "russia", ""),
    # setting ablaze or alight is setting fire: COERCE, by a crowd a riot (PROTEST), by armed forces or groups
    # an assault (plover.v2.19: the CAMEO verb dictionary's SET ABLAZE [180], BURN HOUSES [1712])
    ("Serb paramilitaries set ablaze dozens of homes belonging to ethnic Albanians on Sunday.", "ASSAULT",
     "paramilitaries", ""),
    ("Dozens of homes were set ablaze by Serb paramilitaries on Sunday.", "ASSAULT", "paramilitaries", ""),
    ("Angry students set two buses alight near the campus on Friday.", "PROTEST", "students", ""),
    # civil disobedience launched is a protest (the dictionary's LAUNCH {CIVIL DISOBEDIENCE}, 140)
    ("The opposition alliance launched a civil disobedience campaign against the junta on Monday.", "PROTEST",
     "opposition", ""),
    # a phrase's own sense is not switched by its verb's source rule: "struck a deal" is no strike
    ("The government struck a deal with the rebels on Monday.", "AGREE", "government", "rebels"),
    # a government body a possessive pronoun gives to a named party acts for it, as its forces do
    ("Peruvian President Alberto Fujimori said on Friday his government had asked Japan for more aid.", "DEMAND",
     "fujimori", "japan"),
    # ... not a counterpart, who is someone else
    ("Israeli army officers are working closely with their Jordanian counterparts in the search for the infiltrators.",
     "COOPERATE", "israeli", "jordanian"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a phrase's particle or preposition follows its verb: "In Houston" is no "give in"
    ("In Houston, Miller's homer in the ninth gave the Astros a 4-3 win over the Reds.", "CONCEDE"),
    # a bomb set off by a group named an army is no military strike
    ("The Irish Republican Army detonated a huge bomb in a shopping street in Manchester on Saturday.", "FIGHT"),
    ("The government struck a deal with the rebels on Monday.", "FIGHT"),
    # the act of force halted is no event of its own
    ("NATO halted its air raids on Serb positions on Thursday.", "FIGHT"),
    # ... nor another party's act stopped (repelled), no de-escalation of one's own
    ("The Kurdish party said its forces had halted an attack by thousands of PUK fighters.", "RETREAT"),
    # the clause of a condition states no intent of its subject: no AGREE from a hypothetical
    # de-escalation, no REJECT from "did not withdraw"
    ("Norway threatened to end its mediation unless the government and the rebels halted attacks.", "AGREE"),
    ("The teachers said they would stage another march next month if the government did not withdraw the plan.",
     "REJECT"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
