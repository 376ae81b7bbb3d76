"""Round 13 (plover.v2.14): parties of a fight named on the verb of its taking place, lemmas the
rule lemmatizer gets wrong, bans of a party at home, criticism "under fire", killings "to death"
whatever the parser hangs on "death", expulsions of envoys and of other people, escalations
vowed, and CAMEO verb / verb + object entries. One sentence of its own (written for this file,
not taken from any evaluation or probe set) for each rule and lexicon entry; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from pipeline.nlp.events.syntax import lemma
from tests.support.events import assert_finds, assert_quiet, events, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an event noun with no actors of its own takes the "between" parties of its verb of taking place
    ("Heavy fighting broke out between government forces and Tamil rebels near Jaffna on Monday.", "FIGHT",
     "government forces", "rebels"),
    ("Fresh clashes erupted between Serb police and ethnic Albanian guerrillas in Kosovo.", "FIGHT", "police",
     "guerrillas"),
    # "raged" is lemmatised "rag" (lemma_fixes), "unbanned" "unbanne"
    ("Fighting raged between Armenian forces and Azeri troops in Nagorno-Karabakh on Sunday.", "FIGHT",
     "armenian forces", "azeri troops"),
    ("The government unbanned the opposition party ahead of the elections.", "CONCEDE", "government", "party"),
    # banning a party or movement at home is repression (CAMEO 1722), another country's a sanction
    ("Tunisia banned the Islamist Ennahda movement in 1991.", "COERCE", "tunisia", "ennahda"),
    ("The European Union banned Iraq from its airspace.", "SANCTION", "european union", "iraq"),
    # "came under fire from X": criticism by X (noun_preps.governed), fire from an armed source a fight
    ("The finance minister came under fire on Tuesday from opposition parties.", "DISAPPROVE", "opposition parties",
     "finance minister"),
    ("The electoral commission has come under fire from church leaders over the delayed results.", "DISAPPROVE",
     "church leaders", "commission"),
    ("A U.N. convoy came under fire from Serb troops near Sarajevo.", "FIGHT", "serb troops", "convoy"),
    ("The patrol came under fire from rebels near the border.", "FIGHT", "rebels", "patrol"),
    # "to death" right after the verb, whatever the parser hangs "death" on
    ("Militiamen hacked to death dozens of villagers in the hills.", "ASSAULT", "militiamen", "villagers"),
    # expelling envoys is a sanction; other people repression (the noun "expulsion" too)
    ("The government ordered the expulsion of two Dutch aid workers.", "COERCE", "government", "aid workers"),
    ("Kenya expelled the Sudanese ambassador on Friday.", "SANCTION", "kenya", "ambassador"),
    # a vow to escalate a hostile act, a promise of death
    ("The guerrillas vowed to intensify attacks on military convoys.", "THREATEN", "guerrillas", ""),
    ("The militia promised death to any soldier who entered the valley.", "THREATEN", "militia", ""),
    # civilians launching a strike protest (source_types of a phrase's object noun)
    ("Dock workers launched an indefinite strike over unpaid wages.", "PROTEST", "workers", ""),
    # yielding to pressure (phrasal: bow / yield to pressure or demands, cave in)
    ("The cabinet bowed to pressure from the unions and withdrew the tax bill.", "CONCEDE", "cabinet", ""),
    ("After a week of protests the mayor caved in and reopened the market.", "CONCEDE", "mayor", ""),
    ("The junta finally yielded to the demands of the striking teachers.", "CONCEDE", "junta", ""),
    # a negated compliance is a refusal (negated_types)
    ("Baghdad said it would not comply with the Security Council resolution.", "REJECT", "baghdad", ""),
    ("The rebels will not abide by the ceasefire, their commander said.", "REJECT", "rebels", ""),
    # forces on a war footing or combat readiness; the one who places forces on alert commands them
    ("Pyongyang put its armed forces on a war footing on Friday.", "MOBILIZE", "pyongyang", ""),
    ("The border guards were placed on full combat readiness by the interior ministry.", "MOBILIZE", "ministry", ""),
    ("The island's authorities put the coast guard on maximum alert.", "MOBILIZE", "", ""),
    # military exercises: a show of force alone, cooperation with a partner (drills)
    ("The Pakistani army staged large war games near the Indian border.", "MOBILIZE", "army", ""),
    ("China held military exercises in the strait on Tuesday.", "MOBILIZE", "china", ""),
    ("Russia and Belarus held military exercises near the Polish border.", "COOPERATE", "russia", "belarus"),
    ("The Thai navy held exercises with the U.S. Seventh Fleet in the Gulf of Thailand.", "COOPERATE", "navy", ""),
    # raising forces (object_groups.raised_forces)
    ("The government recruited 20,000 militiamen to guard the oil fields.", "MOBILIZE", "government", ""),
    ("Belgrade conscripted thousands of reservists for the Kosovo campaign.", "MOBILIZE", "belgrade", ""),
    # handing a place over to another party (taken_control.ceding_verbs; "most of" a partitive)
    ("Portugal handed over the territory of Macau to China in December 1999.", "RETREAT", "portugal", "china"),
    ("Israel handed over most of the town of Jericho to Palestinian control.", "RETREAT", "israel", "palestinian"),
    ("The United States returned the Panama Canal Zone to Panama in 1999.", "RETREAT", "united states", "panama"),
    ("The rebels gave the town of Kindu back to the government.", "RETREAT", "rebels", "government"),
    # forces leaving a place withdraw (force_moves.leaving)
    ("The last Soviet troops left Afghanistan in February 1989.", "RETREAT", "troops", "afghanistan"),
    # an agentless passive sanction: the body its subject is excluded from acted
    ("Fiji was suspended from the Commonwealth after the coup.", "SANCTION", "commonwealth", "fiji"),
    # hanging is a killing (a verb that needs a party as object)
    ("The military government hanged three student leaders on Tuesday.", "ASSAULT", "government", "leaders"),
    # approving or releasing funds for a party is aid (object_groups.approved_funds)
    ("The World Bank approved a $200 million credit for Ghana on Tuesday.", "AID", "world bank", "ghana"),
    ("The IMF released a $500 million tranche of its loan to Ukraine.", "AID", "imf", "ukraine"),
    # a light verb's subject acts on the "of" party of an intransitive noun ("ordered the release of X")
    ("The president ordered the release of 300 political prisoners.", "RETREAT", "president", "prisoners"),
    ("The governor ordered the deployment of troops in the restive district.", "MOBILIZE", "governor", ""),
    ("The arrests followed the resignation of the university's vice-chancellor.", "RETREAT", "vice", ""),  # no
    # light verb: "followed" lends no subject
    # a named official is a person: questioning one is an investigation (object_types question / person)
    ("Former senator Juan Ponce was questioned for six hours by the anti-graft court.", "INVESTIGATE", "court",
     "juan ponce"),
    # a verb + the modifier of a typed compound ("declared martial law"); easing a compound's restriction
    ("The president declared martial law in the southern provinces.", "COERCE", "president", ""),
    ("The junta lifted martial law after six years.", "CONCEDE", "junta", ""),
    # stopping a relation with "off" (object_acts.off_verbs)
    ("Washington called off the trade negotiations with Tokyo.", "SANCTION", "washington", "tokyo"),
    ("Moscow broke off contacts with the Chechen separatists.", "SANCTION", "moscow", "separatists"),
    # wanted people handed over: judicial cooperation; property and captives handed back: RETREAT
    ("Colombia handed over a suspected drug kingpin to the United States.", "COOPERATE", "colombia", "united states"),
    ("Kenya handed over two genocide suspects to the tribunal in Arusha.", "COOPERATE", "kenya", "tribunal"),
    ("The court returned the seized assets to the company.", "RETREAT", "court", "company"),
    ("The kidnappers handed over the hostages to the Red Cross.", "RETREAT", "kidnappers", "red cross"),
    # nouns: drills (a show of force alone), audits; services restored; cheques handed over
    ("The navy launched large-scale drills off the coast on Monday.", "MOBILIZE", "navy", ""),
    ("The auditor general launched a special audit of the health fund.", "INVESTIGATE", "auditor general", ""),
    ("The authorities restored mobile internet in the region after a six-month shutdown.", "CONCEDE", "authorities",
     ""),
    ("The governor handed over cheques to the families of the victims.", "AID", "governor", ""),
    # a bare "in protest" is the manner of the subject's own act
    ("Ankara recalled its ambassador from Paris in protest at the vote.", "DISAPPROVE", "ankara", ""),
    # a package of sanctions: the sanctions are imposed (a filler noun)
    ("Washington imposed a new package of sanctions on Tehran.", "SANCTION", "washington", "tehran"),
    # a vow whose clause is hostile or a punishment faced is a threat
    ("The president vowed that the coup plotters would face the full force of the law.", "THREATEN", "president",
     "plotters"),
    # a thing delivered to a party: the party is the target, not the thing
    ("Two planeloads of medicine were delivered to Sudan by the Red Cross.", "AID", "red cross", "sudan"),
    # cutting one's military presence (object_groups.reduced_presence)
    ("Washington will reduce its military presence in the Gulf.", "RETREAT", "washington", ""),
    # a fact-finding mission sent (a compound's modifier in a verb + object entry)
    ("The Arab League sent a fact-finding mission to Darfur.", "INVESTIGATE", "arab league", ""),
    # an ultimatum "or face" a punishment: the giver threatens (the speaker path through the object)
    ("NATO gave the Serbs an ultimatum to pull back their guns or face air strikes.", "THREATEN", "nato", "serbs"),
    # a sum "of" a thing: the thing is the object ("wrote off $300 million of debt")
    ("France wrote off $300 million of Senegal's debt on Monday.", "AID", "france", "senegal"),
    # a present after a past "insisted" is a subjunctive: a demand
    ("The opposition insisted that the electoral commission recount the votes.", "DEMAND", "opposition",
     "commission"),
    # intelligence shared (object_groups.shared_intelligence)
    ("Turkish police shared intelligence on the smugglers with Greek authorities.", "COOPERATE", "police", ""),
    # "said no to X": a refusal (an interjection parsed as the verb's particle)
    ("Ankara said no on Friday to Greek demands for a new border commission.", "REJECT", "ankara", "greek"),
    # a sum of money given is aid with no party named as object
    ("The European Union will provide 200 million euros to rebuild the port.", "AID", "european union", ""),
    # "charged that ...": an accusation (clause_senses), not a legal charge
    ("The opposition charged that the ruling party had rigged the vote.", "DISAPPROVE", "opposition", "party"),
    # a freeze on assets (the noun; "impose freeze")
    ("The EU imposed an asset freeze on the junta's leaders.", "SANCTION", "eu", "leaders"),
    # stance verbs signal / indicate (stance_expressions)
    ("Damascus signalled its readiness to reopen talks with Ankara.", "AGREE", "damascus", ""),
    # a percentage of a debt cancelled; money transferred to a party (object_groups.money_given)
    ("The creditors cancelled 80 percent of Mozambique's debt.", "AID", "creditors", "mozambique"),
    ("Kuwait transferred $20 million to the Lebanese government.", "AID", "kuwait", "lebanese government"),
    # exhuming graves is an investigation; a commission of inquiry set up (opened_inquiries)
    ("Forensic teams exhumed a mass grave near the village on Monday.", "INVESTIGATE", "forensic teams", ""),
    ("The cabinet set up a commission of inquiry into the shootings.", "INVESTIGATE", "cabinet", ""),
    # coordinated patrols; firing on a camp of pilgrims (a gathering of unarmed people)
    ("The Thai navy launched coordinated patrols with the Malaysian navy.", "COOPERATE", "navy", ""),
    ("Gunmen opened fire on a camp of refugees near the border.", "ASSAULT", "gunmen", ""),
    # a named person handed over to a court; forces pouring into a place; a conditional vow of force
    ("Belgrade handed over the former army chief to the war crimes tribunal.", "COOPERATE", "belgrade", "tribunal"),
    ("Troops and police poured into the northern town of Kirkuk on Sunday.", "MOBILIZE", "troops", ""),
    ("The warlord vowed to send his militia into the capital unless parliament resigned.", "THREATEN", "warlord",
     ""),
    # scrapping an accord is a sanction; on a condition, a threat
    ("Pyongyang said it would scrap the nuclear accord unless Washington delivered the fuel.", "THREATEN",
     "pyongyang", ""),
    ("The junta scrapped the 1995 peace accord with the rebels.", "SANCTION", "junta", "rebels"),
    # willingness towards the party of the act's purpose (a purpose clause parsed on the object)
    ("Finland is willing to send material to help defend Estonia if it is attacked.", "AGREE", "finland", "estonia"),
    # ordering someone to leave the country: an expulsion (envoys: a sanction)
    ("Lagos ordered a Ghanaian diplomat to leave the country within 48 hours.", "SANCTION", "lagos", "diplomat"),
    ("The junta ordered 12 foreign journalists to leave the country.", "COERCE", "junta", "journalists"),
    # sheltering people is aid (an object act)
    ("Tanzania sheltered 300,000 Burundian refugees in camps near the border.", "AID", "tanzania", "refugees"),
    ("Khartoum continues to shelter and support the militants, Cairo said.", "AID", "khartoum", ""),  # a shared
    # object of a later conjunct
    # what a vehicle sent carries (aid flown or dispatched); media closed (object_groups.closed_media)
    ("Jordan dispatched three aircraft carrying tents and blankets to the quake zone.", "AID", "jordan", ""),
    ("The military government closed two opposition newspapers on Friday.", "COERCE", "government", ""),
    # a site captured is fought over, not a person detained (object kind "place")
    ("Government forces captured a rebel-held neighbourhood of Aleppo on Saturday.", "FIGHT", "forces", ""),
    # lawsuits filed; borders closed; cessations declared; cases reopened; deadlines ignored
    ("Bolivia filed suit against Chile at the World Court on Monday.", "DISAPPROVE", "bolivia", "chile"),
    ("Uzbekistan said it would close its border with Tajikistan unless Dushanbe acted.", "THREATEN",
     "uzbekistan", "tajikistan"),
    ("The guerrillas declared a cessation of military operations on Wednesday.", "RETREAT", "guerrillas", ""),
    ("The judge reopened the case into the killing of the journalist.", "INVESTIGATE", "judge", ""),
    ("Ignoring a U.N. deadline, the junta said it would stay in power.", "REJECT", "junta", ""),
    # an ultimatum "or face an assault"; "put on notice" (noun_preps.governed); vows to hit
    ("The army gave the kidnappers a 48-hour ultimatum to free the hostages or face an assault.", "THREATEN",
     "army", "kidnappers"),
    ("The rebels were put on notice by the president that his troops would pursue them.", "THREATEN", "president",
     "rebels"),
    ("The president vowed to hit rebel bases across the border if the raids continued.", "THREATEN", "president",
     ""),
    # officers are forces (force_moves units)
    ("The ministry rushed 500 extra officers to the town ahead of the march.", "MOBILIZE", "ministry", ""),
    # CAMEO verb / verb + object entries: mediation shuttles, hosting, joint ventures
    ("The U.S. envoy shuttled between Damascus and Jerusalem all week.", "CONSULT", "envoy", "damascus"),
    ("Egypt played host to Israeli and Palestinian negotiators in Taba.", "CONSULT", "egypt", ""),
    ("Turkey teamed up with Azerbaijan to build a gas pipeline.", "COOPERATE", "turkey", "azerbaijan"),
    ("Uganda and Rwanda joined forces to drive out the rebels.", "COOPERATE", "uganda", "rwanda"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class (or not with that party)
NOTHING = [
    ("Fighting could erupt between the two armies at any time, analysts said.", "ASSAULT"),
    ("The storm raged along the coast for three days.", "FIGHT"),  # no event noun, no parties
    ("Tunisia banned the Islamist Ennahda movement in 1991.", "SANCTION"),  # repression at home
    ("The finance minister came under fire on Tuesday from opposition parties.", "FIGHT"),  # words, no shots
    ("The patrol came under fire from rebels near the border.", "DISAPPROVE"),  # shots, no words
    ("Kenya expelled the Sudanese ambassador on Friday.", "COERCE"),
    ("The government ordered the expulsion of two Dutch aid workers.", "SANCTION"),
    ("A court sentenced the two men to death for murder.", "ASSAULT"),
    ("The party vowed to intensify its campaign for the elections.", "THREATEN"),  # no hostile act
    ("Israeli jets launched a strike on a Hamas training camp.", "PROTEST"),  # an air strike
    ("The minister bowed to the crowd and left the stage.", "CONCEDE"),  # no pressure, no demand
    ("The court's exercise of its powers was questioned by the defence.", "MOBILIZE"),  # no drill
    ("The company recruited 300 volunteers for the clean-up.", "MOBILIZE"),
    ("Mexico handed over a suspected drug lord to the United States.", "RETREAT"),  # no place given up
    ("Paulo Sousa, recently transferred to Borussia Dortmund, will miss the match.", "RETREAT"),  # a player
    ("In Houston, a two-run homer gave the Astros a 3-1 win over the Cardinals.", "CONCEDE"),  # "in" no particle
    ("The weather service put the coastal districts on alert for the cyclone.", "MOBILIZE"),  # no forces
    # a neutral attribution tail: the words of an agent subject or of a noun's compound are no evaluation
    ("War crimes investigators exhumed a grave near the village, a U.N. spokesman said.", "DISAPPROVE"),
    ("The government refused to admit war crimes investigators, the prosecutor told reporters.", "DISAPPROVE"),
    ("The ministry began releasing hundreds of genocide suspects, an official said.", "DISAPPROVE"),
    ("Demonstrators hung banners from the bridge.", "ASSAULT"),  # no party hanged
    ("Parliament approved the budget on Monday.", "AID"),
    ("The foreign minister left Kabul on Monday after two days of talks.", "RETREAT"),  # no forces
    ("The union called off the strike on Monday.", "SANCTION"),  # no relation stopped
    ("The school held a fire drill on Monday.", "MOBILIZE"),
    ("The family came home despite the threat hanging over them.", "ASSAULT"),  # nothing hanged
    ("The minister said Israel had yet to give an answer to the proposal.", "DEMAND"),  # "had yet to": no duty
    ("Ankara recalled its ambassador from Paris in protest at the vote.", "PROTEST"),  # no protest by the envoy
    ("The court will try soldiers accused of crimes committed by the junta.", "AGREE"),  # committing crimes
    ("The rebels committed atrocities in the north, the report said.", "AGREE"),
    ("The candidate was shot dead at a campaign rally in the north.", "PROTEST"),  # an election rally
    ("Troops exchanged fire along the ceasefire line overnight.", "RETREAT"),  # a line, no ceasefire declared
    ("The minister promised that the new bridge would be finished by May.", "THREATEN"),  # no hostility
    ("The government cut its spending by ten percent.", "RETREAT"),  # no military presence
    ("The minister opposes new camps for migrants facing expulsion.", "THREATEN"),  # no ultimatum given
    ("The unions insisted that the talks are over.", "DEMAND"),  # a statement: "are" is no subjunctive
    ("The ministry provided details of the plan.", "AID"),  # no sum, no party
    ("Police charged the two men with murder.", "DISAPPROVE"),  # a legal charge
    ("The government announced a wage freeze for public workers.", "SANCTION"),
    ("Vietnam has committed itself to helping account for servicemen missing from the war.", "FIGHT"),
    ("Fans poured into the stadium for the final.", "MOBILIZE"),  # no forces
    ("The central bank allotted the funds, satisfying 3.4 percent of such demand.", "CONCEDE"),  # market demand
    ("Army troops backed by helicopter gunships attacked the rebel camp.", "SUPPORT"),  # air cover
    ("Villages held by the rebels were shelled overnight.", "COERCE"),  # territory held, nobody detained
    ("Displaced families were sheltering in the hills near the town.", "AID"),  # hiding, no shelter given
    ("The president told the ministers to leave the room.", "COERCE"),  # no country left
    ("The navy dispatched two frigates carrying marines to the gulf.", "AID"),  # forces, no aid
    ("Separatist fighters attacked army positions on the river over the weekend.", "DISAPPROVE"),  # force
    ("The opposition attacked the government's position on taxes.", "FIGHT"),  # a stance criticised
    ("The navy began large-scale manoeuvres in the gulf on Monday near three islands.", "COOPERATE"),  # no partner
    ("The United Nations pledged to send more peacekeepers to the region.", "THREATEN"),  # no condition
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)


def test_fighting_that_may_erupt_is_no_asserted_fight(enricher: Enricher) -> None:
    """A verb of taking place lends the noun its modal: "could erupt" is hypothetical."""
    found = [e for e in events(enricher, "Fighting could erupt between the two armies at any time, analysts said.")
             if e["event_type"] == "FIGHT"]  # fmt: skip
    assert found and all(e["mode"] == "hypothetical" for e in found), found


def test_lemma_fixes_apply_to_the_parse(enricher: Enricher) -> None:
    doc = enricher.nlp("Fighting raged on as the government unbanned the party.")
    assert [lemma(t) for t in doc if t.lower_ in ("raged", "unbanned")] == ["rage", "unban"]


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
