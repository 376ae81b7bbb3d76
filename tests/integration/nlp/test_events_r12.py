"""Round 12 (plover.v2.13): shows of force (moving, massing or alerting forces), vows to use force,
verbs of stopping that sanction only when they stop a relation, orders of an act, shooting at
unarmed people, killings "to death", an infinitive parsed as a clause under an absorbing verb,
and CAMEO verb / verb + object entries for releases, concessions, fighting and threats. One
sentence of its own (written for this file, not taken from any evaluation set) for each rule and
lexicon entry; run through the production path (``Enricher``: lowercased wire text, normalizer,
NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet, events, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # moving or placing forces (force_moves: every verb with every unit; the placing verbs with weapons too)
    ("Ankara rushed two armoured brigades to the Iraqi frontier on Friday.", "MOBILIZE", "ankara", ""),
    ("Moscow sent a squadron of warships into the Black Sea.", "MOBILIZE", "moscow", ""),
    ("Baghdad has massed tanks and artillery near the Kuwaiti border.", "MOBILIZE", "baghdad", ""),
    ("India airlifted paratroopers to the disputed glacier.", "MOBILIZE", "india", ""),
    # the passive subject of an agentless show of force is the force mobilised (a partitive's filler)
    ("Thousands of riot police were deployed across the capital ahead of the vote.", "MOBILIZE", "police", ""),
    ("Extra troops were stationed around the presidential palace.", "MOBILIZE", "troops", ""),
    # alerts and readiness (noun "alert" on a light preposition; raise / heighten readiness; war footing)
    ("Seoul placed its armed forces on high alert after the missile launch.", "MOBILIZE", "seoul", ""),
    ("The Greek navy was put on full alert in the Aegean.", "MOBILIZE", "navy", ""),
    ("The defence ministry raised the combat readiness of its air defence units.", "MOBILIZE", "ministry", ""),
    ("The junta put the country's army on a war footing.", "MOBILIZE", "junta", ""),
    ("The army stepped up security around the airport after the threat.", "MOBILIZE", "army", ""),
    ("The peacekeepers beefed up their presence in the buffer zone.", "MOBILIZE", "peacekeepers", ""),
    ("The navy staged manoeuvres off the disputed islands.", "MOBILIZE", "navy", ""),
    ("The Egyptian army held joint manoeuvres with Jordanian troops.", "COOPERATE", "army", ""),
    # a vow to use force or punish is a threat (vowed_hostility)
    ("The president vowed to crush the uprising in the south.", "THREATEN", "president", ""),
    ("The general pledged to wipe out the guerrillas within a year.", "THREATEN", "general", "guerrillas"),
    ("The militia vowed to avenge the killing of its founder.", "THREATEN", "militia", ""),
    ("The prime minister promised to punish the rebels who attacked the convoy.", "THREATEN", "prime minister",
     "rebels"),
    # a conditional use of force ("use force" = FIGHT, CAMEO 190) is a threat; serving notice too
    ("Beijing said it would use force against Taiwan if the island declared independence.", "THREATEN", "beijing",
     "taiwan"),
    ("The army served notice on the rebels to leave the town by Friday.", "THREATEN", "army", "rebels"),
    # stopping a relation or a cooperative act is a SANCTION (CAMEO 16)
    ("The European Union suspended talks with Minsk over the crackdown.", "SANCTION", "european union", "minsk"),
    ("Washington froze the assets of the ruling family.", "SANCTION", "washington", ""),
    ("Germany halted arms exports to the kingdom.", "SANCTION", "germany", ""),
    ("The donors cut off aid to the military government.", "SANCTION", "donors", ""),
    # "order" lends its subject to the act it orders (a light verb)
    ("The president ordered the expulsion of three Iranian diplomats.", "SANCTION", "president", "diplomats"),
    ("The prime minister ordered an inquiry into the shooting.", "INVESTIGATE", "prime minister", ""),
    # shooting at unarmed people is ASSAULT (unarmed_targets); "X-ed to death" is a killing (death_phrase)
    ("Soldiers opened fire on a crowd of mourners in the northern town.", "ASSAULT", "soldiers", "mourners"),
    ("Police fired into a group of students outside the university.", "ASSAULT", "police", ""),
    ("Gunmen opened fire on a bus carrying pilgrims near the shrine.", "ASSAULT", "gunmen", ""),
    ("A mob hacked to death three suspected informers.", "ASSAULT", "mob", "informers"),
    ("A military court sentenced two army officers to death for treason.", "COERCE", "court", "officers"),
    # releases and withdrawals (CAMEO 0841 / 0842 / 0872): repatriate, vacate, hand back, checkpoints removed
    ("Iran repatriated 200 Iraqi prisoners of war on Tuesday.", "RETREAT", "iran", "prisoners"),
    ("The rebels vacated the airport under the peace deal.", "RETREAT", "rebels", ""),
    ("The guerrillas handed back the captured soldiers to the Red Cross.", "RETREAT", "guerrillas", ""),
    ("The army dismantled roadblocks around the city.", "RETREAT", "army", ""),
    ("Police removed checkpoints on the main highway.", "RETREAT", "police", ""),
    # concessions: lifting a ban on a party, commuting a sentence, dropping a demand or objection
    ("The government legalised the main opposition party.", "CONCEDE", "government", "party"),
    ("The president commuted the sentence of the jailed journalist.", "CONCEDE", "president", ""),
    ("The rebels dropped their demand for a federal constitution.", "CONCEDE", "rebels", ""),
    ("Turkey withdrew its objection to the membership bid.", "CONCEDE", "turkey", ""),
    # fighting: shooting down aircraft, crushing a rebellion; "balk at" is a refusal
    ("Rebels shot down a government helicopter near the border.", "FIGHT", "rebels", ""),
    ("The army crushed the rebellion in the eastern provinces.", "FIGHT", "army", ""),
    ("The Serbs balked at the international peace plan.", "REJECT", "serbs", ""),
    # ending a siege or blockade is a military de-escalation (CAMEO 0872: RETREAT), not a concession
    ("The army lifted the blockade of the rebel-held port.", "RETREAT", "army", ""),
    # object_groups: weapons returned or laid down, positions abandoned (RETREAT); proposals accepted (AGREE);
    # talks abandoned (SANCTION)
    ("The militia returned the artillery it had seized from the depot.", "RETREAT", "militia", ""),
    ("The rebels laid down their guns at the collection point.", "RETREAT", "rebels", ""),
    ("Government troops abandoned their positions on the ridge.", "RETREAT", "troops", ""),
    ("Khartoum accepted the African Union's peace plan.", "AGREE", "khartoum", ""),
    ("The rebels accepted an invitation to the talks in Nairobi.", "AGREE", "rebels", ""),
    ("The opposition abandoned the negotiations with the junta.", "SANCTION", "opposition", ""),
    ("France threw its weight behind the Lebanese government.", "SUPPORT", "france", ""),
    # attacking someone "saying ..." is words (verbal_attacks)
    ("The finance minister attacked the central bank, saying its policies had fuelled inflation.", "DISAPPROVE",
     "minister", "central bank"),
    # an attack on a military site or unit is a fight (armed_targets)
    ("Insurgents attacked an army garrison in the north.", "FIGHT", "insurgents", ""),
    # a party told it will face punishment or force is threatened by the one who tells it (facing_threats)
    ("The president told the rebels they would face military action if they did not disarm.", "THREATEN",
     "president", "rebels"),
    ("The council gave the militia until Friday to leave the city or face military action.", "THREATEN", "council",
     "militia"),
    # a pronoun obliged in a saying with an addressee it agrees with is the addressee ("told X it must")
    ("Moscow told Kiev it must withdraw its troops from the border.", "DEMAND", "moscow", "kiev"),
    # an invitation for talks is an intent to negotiate (CAMEO INVITE * (FOR &NEGOTIATION) [030])
    ("The king invited the opposition leaders to the palace for talks on the crisis.", "AGREE", "king", "leaders"),
    # quitting the peace talks: the stopped relation beats the compound's CONSULT; on a condition, a threat
    ("The rebels said they would quit the peace talks unless the army withdrew.", "THREATEN", "rebels", ""),
    # "would not hesitate to" states the intent (litotes_verbs): a conditional use of force is a threat
    ("Athens would not hesitate to use force if Ankara violated its airspace, the minister said.", "THREATEN",
     "athens", ""),
    # third part: "set free" with the adjective parsed as the object's modifier; killing peasants is no fight
    # even for an armed source; civilians occupying a building protest; lending halted is a sanction
    ("The kidnappers set free two Italian engineers near the oil field.", "RETREAT", "kidnappers", ""),
    ("Army-backed militiamen shot dead eleven villagers near the border.", "ASSAULT", "militiamen", "villagers"),
    ("Hundreds of students occupied the education ministry on Monday.", "PROTEST", "students", ""),
    ("The Asian Development Bank halted lending to Burma.", "SANCTION", "bank", ""),
    # aid disbursed or distributed; abiding by a ruling; signing a protocol; an apology; control handed over;
    # a joint operation
    ("The donors disbursed the second tranche of the loan to Tanzania.", "AID", "donors", ""),
    ("Aid agencies distributed food and blankets to the flood victims.", "AID", "agencies", "victims"),
    ("Peru said it would abide by the court's ruling on the border.", "AGREE", "peru", ""),
    ("Armenia and Azerbaijan signed a protocol on the exchange of prisoners.", "SUPPORT", "armenia", ""),
    ("The foreign minister offered an apology to Beijing for the incident.", "CONCEDE", "minister", ""),
    ("The army handed control of the town to the civilian police.", "RETREAT", "army", ""),
    ("Greek and Bulgarian police mounted a joint operation against the traffickers.", "COOPERATE", "police", ""),
    # an active "placed X under arrest": the subject acts on X; police questioning investigate; stones hurled
    # are a violent protest
    ("Soldiers placed the governor under house arrest in his residence.", "COERCE", "soldiers", "governor"),
    ("Police questioned the former interior minister for six hours.", "INVESTIGATE", "police", "minister"),
    ("Protesters hurled stones at the police headquarters.", "PROTEST", "protesters", ""),
    # willingness towards the party of the act's noun ("engage in dialogue with X"); a courtesy call;
    # "attacked X, calling ..."; rallying behind, ripping into; assurances; tools downed
    ("Islamabad is ready to engage in talks with Kabul on border trade.", "AGREE", "islamabad", "kabul"),
    ("The governor called on the prime minister at his official residence.", "CONSULT", "governor", "prime minister"),
    ("The senator attacked the electoral commission, calling its chairman a liar.", "DISAPPROVE", "senator",
     "commission"),
    ("Party members rallied behind the embattled leader.", "SUPPORT", "members", "leader"),
    ("The opposition leader ripped into the finance minister over the budget.", "DISAPPROVE", "opposition leader",
     "minister"),
    ("The Chinese premier assured Pakistan that Beijing would stand by it.", "AGREE", "premier", "pakistan"),
    ("Nurses at the county hospitals downed their tools over unpaid salaries.", "PROTEST", "nurses", ""),
    # a meeting noun opening the sentence, its parties the clause's coordinated subjects; "came out in
    # support of"; protesters assembling
    ("In a phone call on Monday, President Ruto and President Museveni discussed the border dispute.", "CONSULT",
     "ruto", "museveni"),
    ("Opposition parties came out in support of the striking teachers.", "SUPPORT", "parties", "teachers"),
    ("Hundreds of demonstrators gathered outside the parliament building on Friday.", "PROTEST", "demonstrators", ""),
    # pressing X to do (the infinitive parsed as a purpose); a negated "allow" is a refusal; walking off the
    # job; working with X; a joint clearance
    ("Moscow pressed Belgrade on Monday to accept the peace plan.", "DEMAND", "moscow", "belgrade"),
    ("The governors pressed the finance minister for the release of the withheld funds.", "DEMAND", "governors",
     "minister"),  # "press" stays a request verb of its own without an infinitive
    ("The junta will not allow the observers to enter the capital.", "REJECT", "junta", ""),
    ("Dock workers walked off the job in protest at the layoffs.", "PROTEST", "workers", ""),
    ("French police are working closely with their Spanish counterparts to track the cell.", "COOPERATE", "police",
     "counterparts"),
    ("The two armies completed a joint clearance of the minefields.", "COOPERATE", "armies", ""),
    # a transfer of revenues frozen; vows of attacks (a light verb's noun) or of retaliation (the vow's object);
    # an ultimatum's offensive; sums given in loans; tonnes of wheat shipped
    ("The government froze the transfer of customs revenues to the province.", "SANCTION", "government", ""),
    ("The rebel leader vowed to carry out bombings in the capital.", "THREATEN", "leader", ""),
    ("The militia promised retaliation against the settlers.", "THREATEN", "militia", "settlers"),
    ("The army gave the rebels a week to lay down their arms or face an offensive.", "THREATEN", "army", "rebels"),
    ("Germany extended 300 million marks in credits to Poland.", "AID", "germany", "poland"),
    ("Canada shipped 50,000 tonnes of wheat to Ethiopia.", "AID", "canada", "ethiopia"),
    # debt written off is aid (CAMEO 071)
    ("The creditor nations wrote off Uganda's bilateral debt.", "AID", "nations", ""),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class (or not with that party)
NOTHING = [
    ("Villages along the river were on full alert after the heavy rain.", "MOBILIZE"),  # a flood alert
    ("The weather service issued an alert for the coastal districts.", "MOBILIZE"),
    ("The company sent a team of engineers to the plant.", "MOBILIZE"),
    ("The party vowed to win the next election.", "THREATEN"),  # a vow of no force
    ("The government pledged to rebuild the damaged schools.", "THREATEN"),
    # stopping anything but a relation is no sanction
    ("The ceasefire ended a three-month standoff between the two sides.", "SANCTION"),
    ("The central bank cut interest rates on Tuesday.", "SANCTION"),
    ("The team ended a five-game losing streak.", "SANCTION"),
    ("The plan aims to end the civil war.", "SANCTION"),
    ("The plan aims to end the civil war.", "FIGHT"),  # the war ended is no fight of the plan's authors
    ("Troops halted the rebel advance outside the town.", "SANCTION"),
    ("Government troops fired on rebel positions near the border.", "ASSAULT"),  # armed targets
    ("The state railway fired 300 striking workers.", "ASSAULT"),
    ("A military court sentenced two army officers to death for treason.", "ASSAULT"),  # a sentence, no killing
    ("The company faces sanctions from the regulator.", "THREATEN"),  # no one threatens
    ("Residents said the town faced heavy air strikes overnight.", "THREATEN"),  # strikes suffered, not threatened
    ("Villagers said they faced a fresh offensive by government troops last week.", "THREATEN"),  # suffered
    ("The minister told reporters he must consult his cabinet first.", "DEMAND"),  # his own duty
    ("Troops shot dead three rebels in a gunbattle.", "ASSAULT"),  # armed victims: a fight
    ("The volunteers distributed leaflets in the market.", "AID"),
    ("Soldiers occupied the hilltop overnight.", "PROTEST"),  # an armed source occupies, no protest
    ("The veteran striker took charge of the team in May.", "COERCE"),  # command taken, no legal charge
    ("The man threw a brick through the window of a van.", "PROTEST"),  # a crime, no protest
    ("The junta allowed the observers to enter the capital.", "REJECT"),  # allowed: no refusal
    ("EU leaders gathered in Brussels for a summit on migration.", "PROTEST"),  # leaders are no protesters
    ("In a radio address on Monday, the president praised the nurses.", "CONSULT"),  # one party: no meeting
    ("The young Swiss led a charge up the rankings this season.", "COERCE"),
    ("The governor called on the prime minister at his official residence.", "DEMAND"),  # a visit
    ("The deal ended a three-year trade dispute between the two countries.", "SANCTION"),  # no trade cut
    ("The minister assured reporters that the talks would go on.", "AGREE"),  # the press: no party
    ("Gunmen attacked a police station in the south.", "FIGHT"),  # police are no armed party
    ("The government lifted the curfew in the capital.", "RETREAT"),  # an administrative restriction: CONCEDE
    # a modal perfect is a counterfactual: no statement of intent
    ("The council vetoed a bill that would have tightened the sanctions on the regime.", "THREATEN"),  # a dismissal: the object is no target of fire
    ("The ministry raised fuel prices by ten percent.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)


def test_an_infinitive_parsed_as_a_clause_is_the_content_of_its_absorbing_verb(enricher: Enricher) -> None:
    """'refused to allow X to visit': the visit is what was refused, no visit of its own (the parser
    hangs "X to visit" as a clause with its own subject under "allow")."""
    found = events(enricher, "The junta refused to allow Red Cross delegates to visit the jailed opposition leaders.")
    assert {e["event_type"] for e in found} == {"REJECT"}, found


def test_a_stopped_relation_is_no_event_of_its_own(enricher: Enricher) -> None:
    """'halted its cooperation with X': one SANCTION; the cooperation is what was stopped."""
    found = events(enricher, "Moscow halted its military cooperation with the alliance.")
    assert {e["event_type"] for e in found} == {"SANCTION"}, found


def test_riot_police_are_no_riot(enricher: Enricher) -> None:
    """'riot police' is a plain noun (a compound typed None): deploying them is a show of force."""
    found = events(enricher, "The interior ministry deployed riot police around the parliament building.")
    assert {e["event_type"] for e in found} == {"MOBILIZE"}, found


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
