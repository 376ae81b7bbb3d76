"""Round 30: classes a new read article set (r49), the dev articles' look part, the sweep of every event over the
worldwide-newswire articles and the probe check showed wrong or missing. One sentence of its own (written for
this file, not taken from any evaluation or probe set) for each rule and lexicon entry; run through the production
path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # one who blocks a way through protests, a crowd or a single person (``blocked_passages``; guards for the
    # 'block' source kinds)
    ("Zambian villagers blocked the entrance to the copper mine for three days.", "PROTEST", "villagers", ""),
    ("Striking truck drivers blocked the border crossing at Beitbridge on Monday.", "PROTEST", "drivers", ""),
    ("The Kenyan activist Jane Wanjiru blocked the gate of the parliament with her car.", "PROTEST", "wanjiru", ""),
    # a first-person clause after "X said ," is X's (the speaker of a leading parataxis; the comma stands apart as
    # in wire text, where the quotes are gone)
    ("After the talks in Kampala, Museveni said , we discussed the border dispute with the Kenyan delegation.",
     "CONSULT", "museveni", "kenyan"),
    # willingness to an act or to deal with a party stays an agreement (guards for ``willing_adjectives``)
    ("The Sudanese army said it was ready to hold talks with the rebels in Juba.", "AGREE", "army", ""),
    ("Ethiopia is keen to increase trade cooperation with Djibouti.", "AGREE", "ethiopia", ""),
    ("The Malian junta said it was ready for dialogue with the opposition.", "AGREE", "junta", ""),
    # forces mobilised and forces moving into a place stay shows of force (guards for ``force_moves.forces_only``
    # "mobilise" and ``source_types`` "move into")
    ("Ethiopia mobilised thousands of troops along the Eritrean border.", "MOBILIZE", "ethiopia", ""),
    ("Rwandan troops moved into the town of Goma on Tuesday.", "MOBILIZE", "troops", ""),
    ("The Eritrean government announced the mobilisation of all men under 50 on Sunday.", "MOBILIZE", "government",
     ""),
    ("The Ugandan president ordered the mobilisation of 20,000 militia members in the north.", "MOBILIZE",
     "president", ""),
    # a civilian blocking a train or a convoy obstructs passage (guard for ``blocked_passages``)
    ("Residents of Kibera blocked a police convoy on its way to the market.", "PROTEST", "residents", ""),
    # willingness to act on a party's possession deals with that party (guard for ``willing_adjectives``)
    ("The Zambian president said he was ready to end the ruling party's monopoly on power.", "AGREE", "president",
     ""),
    # a guest or a visit received is a meeting (guards for ``received_guests``)
    ("The Kenyan president received the Ugandan foreign minister at State House.", "CONSULT", "president", ""),
    ("The Zambian president received an official visit from his Malawian counterpart.", "CONSULT", "president", ""),
    # weapons fired and people fired on are attacks (guards for ``dismissed_staff``)
    ("Sudanese soldiers fired on the protesters in Omdurman.", "ASSAULT", "soldiers", "protesters"),
    # an event noun after "after" / "during" that names its own party is coded at its first mention (the anchor
    # rule leaves it; ``extract._back_reference`` drops a later mention)
    ("Relations between the two countries improved after the visit of Kenyan President William Ruto to Uganda.",
     "CONSULT", "ruto", "uganda"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a firm or a lobby blocking what is no way through protests nothing (``source_types`` "block": a civilian
    # protests only as a crowd)
    ("The Zambian telecom operator blocked the opposition party's website on election day.", "PROTEST"),
    ("The farm lobby blocked the land reform bill in the Kenyan senate.", "PROTEST"),
    # an event whose only actors are first-person pronouns with no speaker has no identifiable actor (a writer's "we")
    ("We set up camp by the lake and discussed plans for the next morning.", "CONSULT"),
    ("We were well supplied with water, so we could finish the long hike.", "AID"),
    ("I have to admit that my biggest fear is heights.", "CONCEDE"),
    # readiness for no act with anyone is no agreement (``willing_adjectives``)
    ("The square filled with Kenyans ready to welcome the new year with fireworks.", "AGREE"),
    ("Our college is ready to transform into a full university, the Kenyan professor said.", "AGREE"),
    ("The Zambian rally driver said he would be ready for the next Safari Rally.", "AGREE"),
    # a sum, investment or people put to work mobilised moves no force (``force_moves.forces_only`` "mobilise")
    ("The African Development Bank will mobilise 25 billion dollars for climate projects.", "MOBILIZE"),
    ("The Kenyan cooperative mobilised farmers to plant more avocado trees.", "MOBILIZE"),
    # civilians moving into a building or an office move house or work (``source_types`` "move into")
    ("Twenty homeless families moved into an empty hotel in Nairobi.", "MOBILIZE"),
    # money, news or an announcement received is no guest (``received_guests``)
    ("The court ruling was received with relief by Kenyan human rights groups.", "CONSULT"),
    # a person fired is dismissed, not shot at (``dismissed_staff``)
    ("The Ugandan shop owner had to fire her three employees during the lockdown.", "FIGHT"),
    # an act a verb of need takes is only required (``required_acts``)
    ("The reform will require the cooperation of Kenyan and Ugandan officials.", "COOPERATE"),
    ("Rural clinics in Malawi need backing from donors, the report said.", "SUPPORT"),
    # portraying an event characterises it (``characterising_verbs`` "portray")
    ("The Ugandan government sought to portray the visit as a step toward peace with Rwanda.", "CONSULT"),
    ("Zimbabwean state television portrayed the strike as a plot by foreign agents.", "PROTEST"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
