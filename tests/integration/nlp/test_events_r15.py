"""Round 15 (plover.v2.16): classes the CAMEO-code probe sets O and Q (one and three sentences per
CAMEO event code, written from the CAMEO -> PLOVER table) showed missing: riots by crowds and a
crowd's demands, eased and refused dissent, stated intents and refusals, aid and inspectors let in,
people and weapons given back, expulsions and withdrawals of missions, withdrawn measures, hunger
strikes, shows of force, blocked deals, kept embargoes, arms sales, protection given, parse and
role repairs, and verb, noun and phrase entries. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from pipeline.nlp.events.syntax import lemma
from tests.support.events import class_tests, events, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a crowd (sector CVL / OPP / EDU / LAB / AGR, or a people in the plural facing police or another
    # crowd) clashing, fighting, torching, looting, rampaging or massing riots (CAMEO 145 / 141)
    ("Striking dockers clashed with riot police outside the port of Durban on Monday.", "PROTEST", "dockers",
     "police"),
    ("Hundreds of farmers battled police with sticks in the provincial capital.", "PROTEST", "farmers", "police"),
    ("Angry students torched two buses near the campus on Friday.", "PROTEST", "students", ""),
    ("Protesters looted shops in the centre of Lusaka after the fuel price rise.", "PROTEST", "protesters", ""),
    ("Venezuelans clashed with riot police in Caracas over the fuel price rise.", "PROTEST", "venezuelans", "police"),
    ("Thousands of students massed outside the education ministry on Wednesday.", "PROTEST", "students", ""),
    ("Squatters barricaded the road into the township to resist the eviction.", "PROTEST", "squatters", ""),
    # forces barricading streets restrict movement; soldiers rampaging assault
    ("Soldiers barricaded the streets around the presidential palace on Sunday.", "COERCE", "soldiers", ""),
    ("Drunken soldiers rampaged through the market town, witnesses said.", "ASSAULT", "soldiers", ""),
    # dissent eased: a strike, boycott or sit-in called off or ended by those who hold it (CAMEO 082)
    ("The bus drivers' union called off its week-long strike on Thursday.", "CONCEDE", "union", ""),
    ("The opposition ended its boycott of parliament after six months.", "CONCEDE", "opposition", ""),
    # a cooperative act the source will not do is a refusal (CAMEO 12)
    ("The Khmer Rouge said it would not hand over its weapons to U.N. troops.", "REJECT", "khmer rouge", ""),
    ("Turkey will not withdraw its troops from northern Cyprus, the prime minister said.", "REJECT", "turkey", ""),
    # a cooperative act intended or planned, or its plan announced, is a statement of intent (CAMEO 03)
    ("Pakistan said it intended to release 300 Indian fishermen next week.", "AGREE", "pakistan", ""),
    ("The two navies announced plans to hold joint exercises in the Arabian Sea.", "AGREE", "navies", ""),
    # lending money is aid (CAMEO 071); readiness for an act named with its object (CAMEO 035)
    ("The Saudi government lent Syria $300 million last year.", "AID", "saudi", "syria"),
    ("The guerrillas said they were ready to make concessions to end the war.", "AGREE", "guerrillas", ""),
    # aid, convoys, deliveries and peacekeepers let in (CAMEO 0861 / 0863)
    ("Ethiopia allowed the delivery of food aid to the rebel-held north on Friday.", "RETREAT", "ethiopia", ""),
    ("The Serbs let a Red Cross convoy into the besieged town on Monday.", "RETREAT", "serbs", ""),
    ("Angola allowed 300 U.N. peacekeepers to deploy in the diamond region.", "RETREAT", "angola", ""),
    # people returned to their country, weapons handed in (CAMEO 0841 / 0873)
    ("Iran returned 40 Iraqi fishermen to Iraq on Thursday.", "RETREAT", "iran", "iraq"),
    ("Thousands of Renamo fighters began handing in their weapons at assembly points.", "RETREAT", "fighters", ""),
    # one's own bill, law or tax withdrawn or repealed (CAMEO 0832)
    ("The Nigerian government withdrew its fuel tax bill after a week of strikes.", "CONCEDE", "government", ""),
    # expelling or ordering out inspectors, observers, peacekeepers or aid agencies (CAMEO 166x)
    ("Burundi expelled the U.N. human rights observers on Tuesday.", "SANCTION", "burundi", "observers"),
    ("Sudan ordered six foreign aid agencies out of the country on Thursday.", "SANCTION", "sudan", "agencies"),
    # violence: gunned down, laid waste, ethnic cleansing, poison gas and chemical weapons (CAMEO 18 / 20)
    ("Gunmen gunned down a judge outside the courthouse in Palermo.", "ASSAULT", "gunmen", "judge"),
    ("Rebel bands laid waste to the coffee farms of the western province.", "ASSAULT", "bands", ""),
    ("The ethnic cleansing of the valley by Serb forces began in April, refugees said.", "ASSAULT", "forces", ""),
    ("Government planes dropped poison gas on rebel villages in the south, refugees said.", "ASSAULT", "government",
     ""),
    ("Iraqi troops used chemical weapons against Kurdish fighters near the border.", "ASSAULT", "troops", ""),
    # a raped victim ("raped" and "rapped" share the rule lemma "rap")
    ("Soldiers raped women in three villages, the human rights group said.", "ASSAULT", "soldiers", "women"),
    # a fast begun or gone on is a hunger strike (CAMEO 1421 / 1424)
    ("Five jailed trade unionists began a fast in their cells on Sunday.", "PROTEST", "unionists", ""),
    ("The exiled bishop went on a fast outside the cathedral.", "PROTEST", "bishop", ""),
    # weapons paraded: a show of force (CAMEO 150)
    ("Iraq paraded its new long-range missiles through central Baghdad on Tuesday.", "MOBILIZE", "iraq", ""),
    # a place sealed or cordoned off (CAMEO 191); a licence revoked (CAMEO 1721)
    ("Indian troops sealed off the old quarter of Srinagar after the attack.", "COERCE", "troops", ""),
    ("The military government revoked the licence of the independent radio station.", "COERCE", "government", ""),
    # a refusal: an extradition or a resolution blocked, an embargo kept (CAMEO 1213 / 129 / 1244)
    ("A Peruvian court blocked the extradition of the banker to Spain on Friday.", "REJECT", "court", ""),
    ("China blocked the Security Council resolution on Burma.", "REJECT", "china", ""),
    ("The European Community maintained its arms embargo against China.", "REJECT", "community", ""),
    # yielding to a movement, the opposition or protesters (CAMEO 083)
    ("The king bowed to the opposition and called early elections.", "CONCEDE", "king", "opposition"),
    # weapons sold to a party: military cooperation (CAMEO 062); the one exhorted to stop sells them
    ("France sold Pakistan three submarines in 1994.", "COOPERATE", "france", "pakistan"),
    ("India exhorted Moscow to stop selling tanks to Pakistan.", "COOPERATE", "moscow", "pakistan"),
    # a crowd smashing things riots; pressing on with a hunger strike is no demand
    ("Rioting youths smashed shop windows in central Nairobi.", "PROTEST", "youths", ""),
    ("Some 200 students pressed on with their hunger strike in the square.", "PROTEST", "", ""),
    # forces placed (CAMEO 154); a mission's staff ordered out (CAMEO 166x)
    ("Turkey placed 50,000 troops along the Syrian border.", "MOBILIZE", "turkey", ""),
    ("Iraq ordered the staff of the U.N. office to leave the country.", "SANCTION", "iraq", "staff"),
    # a joint effort (CAMEO 06); refugees or civilians protected (CAMEO 074)
    ("French and German police launched a joint effort to track down the gang.", "COOPERATE", "police", ""),
    ("Italian troops protected Albanian civilians at the port of Vlore.", "AID", "troops", ""),
    # riots and obstructions by crowds: fires set, barricades put up, stones thrown (CAMEO 144 / 145)
    ("Rioters in Lagos set fire to police stations and banks on Friday.", "PROTEST", "rioters", ""),
    ("Protesters threw up barricades across the capital's main avenue.", "PROTEST", "protesters", ""),
    ("Villagers stoned the police patrol after the arrest of a local chief.", "PROTEST", "villagers", "patrol"),
    ("Youths pelted the soldiers with rocks in Hebron.", "PROTEST", "youths", "soldiers"),
    ("Students held a candlelight vigil outside the embassy.", "PROTEST", "students", ""),
    ("Tibetan exiles fasted outside the U.N. office.", "PROTEST", "exiles", ""),
    # property destroyed, people abused or subjected to torture (CAMEO 1712 / 182 / 1822)
    ("Hindu mobs razed a mosque in the town on Sunday.", "ASSAULT", "mobs", "mosque"),
    ("Prison guards abused the inmates, the report said.", "ASSAULT", "guards", "inmates"),
    ("Soldiers subjected the prisoners to beatings and electric shocks.", "ASSAULT", "soldiers", "prisoners"),
    ("A suicide bomber detonated explosives outside the ministry, police said.", "ASSAULT", "bomber", ""),
    ("Gunmen opened fire on the minister's motorcade in the capital.", "ASSAULT", "gunmen", ""),
    # custody, emergency rule, coercion, seized farms, revoked passports (CAMEO 17)
    ("The opposition leader was taken into custody by police in Lagos on Wednesday.", "COERCE", "police",
     "leader"),
    ("The president placed the northern provinces under emergency rule on Monday.", "COERCE", "president", ""),
    ("The government proclaimed a state of emergency in the capital.", "COERCE", "government", ""),
    ("The army coerced villagers into joining the militia.", "COERCE", "army", "villagers"),
    ("Settlers took over several farms near the border.", "COERCE", "settlers", ""),
    ("The interior ministry revoked the passports of three opposition leaders.", "COERCE", "ministry", ""),
    # inspectors let in or a site opened to them; a ceasefire called (CAMEO 0862 / 0871)
    ("Libya let the chemical weapons inspectors visit the plant on Monday.", "RETREAT", "libya", ""),
    ("Iran opened its enrichment plant to international inspectors.", "RETREAT", "iran", ""),
    ("The rebels called a unilateral truce over the New Year holiday.", "RETREAT", "rebels", ""),
    # a passive's agent on its predicate; restrictions eased in the passive (CAMEO 0841 / 0811)
    ("Some 500 Lebanese prisoners were set free by Israel on Monday.", "RETREAT", "israel", "prisoners"),
    ("Restrictions on public meetings were loosened by the military government on Friday.", "CONCEDE",
     "government", ""),
    # a crowd demanding in a participle or purpose clause of what it does is protesting (CAMEO 14)
    ("Thousands of Chileans filled the streets of Santiago on Friday demanding a return to democracy.", "PROTEST",
     "chileans", ""),
    ("Striking nurses stayed away from the hospitals on Monday to demand higher pay.", "PROTEST", "nurses", ""),
    ("Iraq ordered the U.N. team to leave the country within a week.", "SANCTION", "iraq", "team"),
    # weapons shipped (CAMEO 072); intelligence provided (064); siding with, blessing (050 / 051)
    ("Iran shipped anti-tank missiles to the Hezbollah militia, Israeli officials said.", "AID", "iran", "hezbollah"),
    ("Britain provided the Omani army with intelligence on the rebels.", "COOPERATE", "britain", ""),
    ("Syria sided with Iran in the dispute over the Gulf islands.", "SUPPORT", "syria", "iran"),
    ("The Vatican gave its blessing to the peace accord on Sunday.", "SUPPORT", "vatican", ""),
    # remorse expressed (CAMEO 055, a concession in the PLOVER manual); a joint survey (06); going to court (115)
    ("The chancellor expressed deep remorse to the Polish people for the war.", "CONCEDE", "chancellor", ""),
    ("Peru carried out a joint survey with Ecuador of the disputed border.", "COOPERATE", "peru", "ecuador"),
    ("The union went to court in Madrid to seek damages from the airline.", "DISAPPROVE", "union", ""),
    # advisers, experts or a mission withdrawn: relations reduced (CAMEO 166 / 1662)
    ("Moscow withdrew its military advisers from Somalia on Monday.", "SANCTION", "moscow", ""),
    ("The U.N. pulled its monitoring mission out of the region.", "SANCTION", "u.n.", ""),
]

# (sentence, type that must not be found asserted)
NOTHING = [
    # police ending or cancelling a protest ease no dissent
    ("Police ended the demonstration by firing tear gas into the crowd.", "CONCEDE"),
    ("Riot police cancelled the opposition rally planned for Saturday.", "CONCEDE"),
    # a crowd fighting an army, a people named in the plural fighting an army, is no riot
    ("Villagers clashed with army troops near the border on Sunday.", "PROTEST"),
    ("Kurds clashed with Iraqi troops in the mountains on Sunday.", "PROTEST"),
    ("Armenians and Azerbaijanis fought in the streets of the enclave's capital.", "PROTEST"),
    # a past act not done, or support lacking, is no refusal
    ("The rebels did not release the hostages on Monday.", "REJECT"),
    ("The deal will not hold without strong backing from the president.", "REJECT"),
    # the police smashing a ring is no riot
    ("Police smashed a drug smuggling ring in the port city.", "PROTEST"),
    # protecting things, not parties, is no aid
    ("The new law protects the environment of the delta.", "AID"),
    ("Both air bases are protected by modern missile defence systems.", "AID"),
    # demands of one person, or of people meeting, are no protest
    ("The opposition leader flew to Washington to demand more aid.", "PROTEST"),
    ("Foreign ministers met in Cairo on Monday to demand an end to the blockade.", "PROTEST"),
    # fasting for a feast, setting up an outpost, evacuating staff from danger
    ("Thousands of Muslims fast during Ramadan.", "PROTEST"),
    ("Jewish settlers set up a new outpost on a hilltop near Hebron.", "PROTEST"),
    ("The United Nations evacuated its staff from the capital.", "SANCTION"),
    # a curfew or blockade maintained is still imposed (the dictionary's MAINTAIN CURFEW 1723)
    ("The army maintained the curfew on the old city for a third day.", "REJECT"),
    # bowing to a crowd is no yielding
    ("The singer bowed to the crowd at the end of the concert.", "CONCEDE"),
    # a hostile plan is no threat; an intransitive "burn" no act
    ("The donors planned to cut all aid to the regime, diplomats said.", "THREATEN"),
    ("The minister said the capital would burn if the rebels kept shelling it.", "COERCE"),
]


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_police_clashing_with_a_crowd_fight_no_one(enricher: Enricher) -> None:
    """The crowd's riot is coded, aimed at the police; the police's side is no fight."""
    found = events(enricher, "Riot police clashed with students outside the university on Friday.")
    assert [e["event_type"] for e in found if "students" in (e["source_text"] or "").lower()] == ["PROTEST"], found
    assert not [e for e in found if e["event_type"] == "FIGHT"], found


def test_calling_a_strike_stays_a_protest(enricher: Enricher) -> None:
    found = events(enricher, "The miners' union called a national strike for Monday.")
    assert {e["event_type"] for e in found} == {"PROTEST"}, found


def test_a_stated_intent_keeps_its_act_undone(enricher: Enricher) -> None:
    """"intended to release": the release is hypothetical, the AGREE asserted."""
    found = events(enricher, "The army said it intended to free all political detainees by June.")
    assert any(e["event_type"] == "AGREE" and e["mode"] == "asserted" for e in found), found
    assert all(e["mode"] == "hypothetical" for e in found if e["event_type"] == "RETREAT"), found


@pytest.mark.parametrize(("text", "event_type"), [("Police seized the suspect at the airport on Monday.", "COERCE"),
                                                  ("Masked gunmen seized a Dutch aid worker in Mogadishu on Sunday.",
                                                   "ASSAULT")])
def test_seizing_a_person_is_an_arrest_or_an_abduction(enricher: Enricher, text: str, event_type: str) -> None:
    """The CAMEO verb dictionary codes "POLICE SEIZE" 173 (an arrest) and "MILITANTS CAPTURE", "SEIZE ENGINEER"
    181 (an abduction): a person seized by a non-state armed party is abducted (``abductions``, plover.v2.65;
    round 15 had coded every seizure COERCE)."""
    assert {e["event_type"] for e in events(enricher, text)} == {event_type}


@pytest.mark.parametrize("text", ["Government troops killed the rebel leader in a clash near the border.",
                                  "Soldiers killed 30 guerrillas in the hills on Monday."])
def test_killing_by_armed_forces_stays_a_fight(enricher: Enricher, text: str) -> None:
    """The CAMEO verb dictionary codes KILL 190 whoever is killed (an assassination only with its
    own words: "assassinated"); the GSR codes soldiers killing people FIGHT."""
    found = events(enricher, text)
    assert "FIGHT" in {e["event_type"] for e in found} and "ASSAULT" not in {e["event_type"] for e in found}, found


def test_raped_is_rape_and_rapped_is_not(enricher: Enricher) -> None:
    doc = enricher.nlp("Militiamen raped the women. The senator rapped the agency.")
    assert [lemma(t) for t in doc if t.lower_ in ("raped", "rapped")] == ["rape", "rap"]


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
