"""Round 18: classes the probe sets of real wire and article wording (X and Z1 read; written this
round) and the read sets before them showed missing. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # forces ordered to a place are moved (``force_moves``: "order", the CAMEO verb dictionary's ORDER
    # {&SECURITY FORCE} [150], ORDER {MORE &MILITARY} [154])
    ("The Turkish president ordered two armoured brigades to the Syrian frontier on Monday.", "MOBILIZE",
     "president", ""),
    ("Moscow ordered extra paratroopers into the breakaway region overnight.", "MOBILIZE", "moscow", ""),
    # an absorbing verb's infinitive after a time phrase (parsed as a purpose) is still its content: the
    # threat's target is the party of the act threatened
    ("The Shining Path threatened on Sunday to kill foreign aid workers in the highlands.", "THREATEN", "shining path",
     "aid workers"),
    # the partner of an offered or promised act ("with X") when its object names no party
    ("Greece agreed to hold joint naval exercises with Cyprus next spring.", "AGREE", "greece", "cyprus"),
    # a threat with no party in its act: the party whose act is its condition ("if" / "unless")
    ("The miners' union threatened to call a national strike unless the government withdrew the closure plan.",
     "THREATEN", "union", "government"),
    # giving a party a span of time or a date to act is an ultimatum (``deadlines``, CAMEO 139)
    ("The junta gave the rebel commanders 72 hours to hand over their weapons.", "THREATEN", "junta",
     "rebel commanders"),
    ("The Security Council gave the militias until the end of the month to disarm.", "THREATEN",
     "security council", "militias"),
    # ... to leave the country, an expulsion (``expelling_orders``)
    ("The military government gave two French reporters 24 hours to leave the country.", "COERCE",
     "government", "reporters"),
    # a place taken from forces or in fighting is a fight (``taken_in_fighting``)
    ("Tuareg rebels seized the garrison town of Kidal from the army on Sunday.", "FIGHT", "rebels", ""),
    ("Government troops retook the port city after three days of heavy fighting.", "FIGHT", "troops", ""),
    # willingness to use force or punish is a threat (``vowed_hostility.willing_types``), and its condition does
    # not make it hypothetical
    ("Washington is ready to impose new sanctions on Caracas if the elections are postponed again.", "THREATEN",
     "washington", "caracas"),
    # a predicate adjective the parser takes for a clause of its own ("said X was prepared to ...")
    ("The minister said on Monday Israel was prepared to release the prisoners.", "AGREE", "israel", "prisoners"),
    # a plea to a party is a request of it (``noun_preps``: "plea to", CAMEO 02)
    ("The archbishop made an urgent plea to the junta on Sunday to spare the condemned men.", "DEMAND",
     "archbishop", "junta"),
    # a repair: an adjective taken for the object with the noun its conjunct ("naval and air exercises")
    ("The Chinese navy began live-fire naval and air exercises near the Paracel Islands on Tuesday.", "MOBILIZE",
     "navy", ""),
    # a state or a state body asked to take action against a party is asked (DEMAND), not rallied against it
    ("Manila urged Jakarta to take firm action against the kidnappers.", "DEMAND", "manila", "jakarta"),
    # people handed over to another state's authorities or to a country are extradited (judicial cooperation,
    # CAMEO 063): the receiving party is the target (``taken_control.judicial_receivers``)
    ("Azerbaijan handed over three suspected arms smugglers to Iranian authorities on Tuesday.", "COOPERATE",
     "azerbaijan", "iranian authorities"),
    ("Abu Daoud was handed over to Jordan by the Syrian authorities on Friday.", "COOPERATE", "syrian authorities",
     "jordan"),
    # military equipment handed over to another party is military aid (``supplied_equipment``, CAMEO 072)
    ("Britain handed over four patrol boats and a radar system to the Ghanaian navy on Monday.", "AID", "britain",
     "ghanaian navy"),
    # energy supplied, pumped or sold to another party, a pipeline inaugurated: economic cooperation (CAMEO 061)
    ("Algeria began pumping natural gas to Spain through the new Medgaz pipeline on Tuesday.", "COOPERATE",
     "algeria", "spain"),
    ("The presidents of Turkmenistan and China inaugurated a gas pipeline at the border on Monday.", "COOPERATE",
     "", ""),
    # a repair: a verb right after the subject read as a modifier of the object ("A court jailed veteran
    # dissident X": "jailed" amod, the object the subject's apposition)
    ("A Shanghai court jailed veteran labour activist Han Dongfang for three years on Monday.", "COERCE", "court",
     "han dongfang"),
    # armed forces, militias or armed groups setting fire to property destroy it: ASSAULT (``source_types``;
    # militias and insurgents are armed sources)
    ("Government-backed militias torched dozens of homes in the village of Tawila on Saturday.", "ASSAULT",
     "militias", ""),
    ("Dozens of houses in the town were set ablaze by army troops on Friday, residents said.", "ASSAULT", "troops",
     ""),
    # "it" refers to a named organisation whatever the number of its last word
    ("The United Arab Emirates said on Monday it was ready to host talks between Kabul and the Taliban.", "AGREE",
     "united arab emirates", ""),
    # operations of force eased (a military modifier or an "against" phrase) de-escalate, RETREAT
    # (``easing_verbs.military_hosts``); tariffs lifted are economic measures eased (``economic_nouns``)
    ("The Indian army suspended its operations against Naga rebels during the peace talks.", "RETREAT", "army",
     "naga rebels"),
    ("Seoul lifted its tariffs on Japanese steel on Friday.", "RETREAT", "seoul", ""),
    # a place opened to an outsider lets it in (``admitted_outsiders.opening_verbs``, CAMEO 086)
    ("Myanmar opened Rakhine state to foreign aid workers on Friday.", "RETREAT", "myanmar", "aid workers"),
    ("The junta threw open its prisons to Red Cross inspectors.", "RETREAT", "junta", "red cross"),
    # an assembly is a party (actors.v1.5 sector words, with legislature): the one asked
    ("The teachers asked the county assembly to release the withheld salaries.", "DEMAND", "teachers",
     "county assembly"),
    # counted people of a nation shot are no armed party: ASSAULT, not FIGHT
    ("Iranian border guards shot dead two Afghans near the frontier on Monday.", "ASSAULT", "border guards",
     "afghans"),
    # another party's proposal shelved is rejected (``shelved_proposals``, the dictionary's SHELVE [120])
    ("The cabinet shelved the unions' proposal for a four-day week on Thursday.", "REJECT", "cabinet", "unions"),
    # firing where civilians gather is an assault on them (``unarmed_targets.sites``)
    ("Militants opened fire inside a crowded church in the north on Sunday.", "ASSAULT", "militants", ""),
    ("Rebels opened fire at a wedding party in the village.", "ASSAULT", "rebels", ""),
    # a city shut down or paralysed with a strike: the strike is the event (``protest_means``; hartal a protest noun)
    ("The transport unions paralysed Lagos with a three-day general strike on Monday.", "PROTEST", "unions", ""),
    ("Opposition parties shut down Chittagong with a dawn-to-dusk hartal on Sunday.", "PROTEST", "opposition", ""),
    # foreign instructors or advisers given time to leave are expelled: relations reduced (SANCTION)
    ("Khartoum gave the Iranian military advisers 72 hours to leave the country.", "SANCTION", "khartoum",
     "advisers"),
    # a partitive's place taken over is the place ("took over dozens of farms")
    ("Armed settlers took over dozens of farms in the valley on Sunday.", "COERCE", "settlers", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # forces ordered to act: the act ordered is coded, not a move
    ("The president ordered the troops to return to their barracks.", "MOBILIZE"),
    ("The governor ordered police to clear the square.", "MOBILIZE"),
    ("Nairobi ordered the U.N. observers from Ghana to leave the country.", "AID"),
    # a place taken with no fight is occupied (COERCE), a person captured arrested
    ("Soldiers seized the radio station on Monday.", "FIGHT"),
    ("Police captured the two suspects after a short chase.", "FIGHT"),
    # a day off or time to think is no ultimatum
    ("The company gave its workers two days off to celebrate the holiday.", "THREATEN"),
    # willingness to cooperate stays an offer
    ("Syria is ready to resume peace talks with Israel.", "THREATEN"),
    # a plea with no addressee: a court filing or a defendant's answer
    ("The opposition filed a plea in the high court against the election result.", "DEMAND"),
    ("Manila urged Jakarta to take firm action against the kidnappers.", "DISAPPROVE"),
    # captives handed over to the authorities are freed, not extradited
    ("The guerrillas handed over 12 captured soldiers to the provincial authorities on Sunday.", "COOPERATE"),
    # fuel delivered is relief; tear gas is force
    ("The United Nations delivered fuel to the besieged city on Friday.", "COOPERATE"),
    ("Police pumped tear gas into the crowd outside the parliament.", "COOPERATE"),
    # a crowd's arson is a riot
    ("Angry villagers set fire to the police station after the shooting.", "ASSAULT"),
    # a company's operations halted, a market opened to foreign firms: no de-escalation, no outsider let in
    ("The company halted its operations in the province.", "RETREAT"),
    ("Vietnam opened its banking sector to foreign banks on Monday.", "RETREAT"),
    # a participle after a preposition before a name is an adjective: no occupation ("off occupied Crimea")
    ("A Russian landing ship was struck by Ukrainian sea drones off occupied Crimea overnight.", "COERCE"),
    ("Government troops opened fire on rebel positions in the hills.", "ASSAULT"),
    ("The police closed the road with barricades on Monday.", "PROTEST"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
