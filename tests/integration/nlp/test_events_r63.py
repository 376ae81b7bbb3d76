"""Round 63: classes from the read halves of fresh article sets (docs/events.md, "Round 63"). One sentence of its
own (written for this file, not taken from any evaluation or probe set, test country Lithuania / Vilnius) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, mode_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # occupying a building stays a protest (a guard: ``non_events`` occupy)
    ("Lithuanian farmers occupied the ministry building in Vilnius on Monday.", "PROTEST", "farmers", ""),
    # a post or a position that is a place stays occupied (a guard: ``held_ranks`` needs a title or a rank number)
    ("The Lithuanian border post became occupied by Belarusian soldiers.", "COERCE", "soldiers", "lithuanian"),
    # words outside a title stay events (a guard: ``work_titles``)
    ("A documentary titled Border Stories was shown in Vilnius before the army attacked the rebels.", "FIGHT",
     "army", "rebels"),
    # sorrow and grief are sympathy, as condolences are (``stance_expressions`` SUPPORT) ...
    ("The Lithuanian president expressed deep sorrow over the passing of former foreign minister Algirdas "
     "Saudargas.", "SUPPORT", "president", "saudargas"),
    # catching someone is an arrest by the police ... (``caught_offenders``)
    ("Lithuanian police caught two smugglers near the Belarusian border on Monday.", "COERCE", "police",
     "smugglers"),
    # ... or with a thing on the one caught
    ("A suspect was caught with 40 kilograms of cigarettes at the border crossing in Vilnius.", "COERCE", "",
     "suspect"),
    # a legal act named "criminal" is still the act (a guard: ``classifying_adjectives``)
    ("Lithuanian prosecutors opened a criminal investigation into the mayor of Vilnius.", "INVESTIGATE",
     "prosecutors", "mayor"),
    # the thanks for an act stay (``praised_reasons``) ...
    ("We thank the Lithuanian government for partnering with us on this project.", "SUPPORT", "",
     "lithuanian government"),
    # ... and so does an act by a party criticised for it (a guard: praise verbs only)
    ("The Lithuanian minister criticised Belarus for helping the smugglers.", "AID", "belarus", "smugglers"),
    # support from a government stays (a guard: ``family_matters``)
    ("Support from the Lithuanian government has helped the farmers near Vilnius.", "SUPPORT", "government", ""),
    # clearing the air with a party is talking a quarrel out (``verb_objects`` "clear air")
    ("The Lithuanian prime minister on Monday cleared the air with six party MPs in Vilnius.", "CONSULT",
     "prime minister", "mps"),
    # an arrest of many on a day, or one since a year, stays an event (a guard: ``statistics``)
    ("Lithuanian police arrested 2,000 protesters in Vilnius on Monday.", "COERCE", "police", "protesters"),
    ("Since 2019, Lithuanian police have arrested the opposition leader three times.", "COERCE", "police",
     "opposition leader"),
    # shock at a killing stays a criticism (a guard: ``expressed_feelings.deaths``)
    ("The Lithuanian president expressed shock at the killing of the journalist in Vilnius.", "DISAPPROVE",
     "president", ""),
]

NOTHING = [
    # occupying a post of a title, a ranked position or a portfolio is holding it (``held_ranks``, ``non_events``
    # occupy)
    ("Kubilius occupied the post of finance minister until 2012.", "PROTEST"),
    ("The Vilnius band occupied the first two positions of the Lithuanian chart.", "PROTEST"),
    ("The Lithuanian party occupied the premiership for eight years.", "PROTEST"),
    # the words of a work's title report no act (``work_titles``)
    ("The first book in the series, titled The War for the Stolen Boy, was published in Vilnius.", "FIGHT"),
    ("The tabloid printed his photo on the front page under the title Hang Them.", "ASSAULT"),
    # a "criminal" conviction, charge or investigation names its branch of law, no criticism
    # (``classifying_adjectives``)
    ("The Lithuanian ombudsman said the prosecutors should appeal to overturn the farmer's criminal conviction.",
     "DISAPPROVE"),
    # shock at one person's death mourns it (``expressed_feelings.deaths``)
    ("The Lithuanian prime minister expressed shock at the death of the former president.", "DISAPPROVE"),
    # clearing the air with no party is weather (a guard)
    ("The storm cleared the air over Vilnius on Monday.", "CONSULT"),
    # the act a party is thanked or praised for is the reason, not coded apart (``praised_reasons``)
    ("We thank the Lithuanian government for partnering with us on this project.", "COOPERATE"),
    ("The Vilnius mayor praised Estonia for helping Lithuania during the floods.", "AID"),
    # support from one's own kin is private life (``family_matters``)
    ("Support from her father Jonas Kazlauskas has encouraged her writing.", "SUPPORT"),
    # counts of people acted on over a span of years are statistics (``statistics``)
    ("From 2015 to this June, Lithuanian prosecutors indicted 12,000 suspects, the minister said.", "COERCE"),
    ("From 2018 to 2021, 25,000 people were detained at the Lithuanian border, the ministry said.", "COERCE"),
    ("The number of people detained for smuggling in Vilnius dropped from 1,200 in 2019 to 900 in 2021.", "COERCE"),
    # catching a falling child, a ferry or being caught in the crossfire is no arrest (``caught_offenders``)
    ("Jonas caught the little girl before she landed on the pavement in Vilnius.", "COERCE"),
    ("Lithuanian civilians were caught in the crossfire between the soldiers and the rebels.", "COERCE"),
    ("The Lithuanian minister caught the last ferry to Klaipeda.", "COERCE"),
]

# (sentence, type, mode)
MODES = [
    # "be" in the present with a to-infinitive arranges the act ahead; in the past it was arranged, no word of its
    # being done (``arranged_acts``)
    ("The Lithuanian president is to visit Poland next week.", "CONSULT", "future"),
    ("The Lithuanian ministers are to meet their Polish counterparts in Vilnius on Friday.", "CONSULT", "future"),
    ("The Lithuanian president was to visit Poland last week but cancelled the trip.", "CONSULT", "hypothetical"),
    # ... where an aim named as the subject is no act arranged
    ("The main aim of the Lithuanian charity is to provide food aid to refugees in Vilnius.", "AID", "hypothetical"),
    # what a reporting verb that can also instruct ("tell") reports is asserted, as under "said"; only its infinitive
    # is an act asked for (attributes._embedded_mode)
    ("Lithuanian police told reporters the suspect was arrested on Monday in Vilnius.", "COERCE", "asserted"),
    ("The Lithuanian prosecutor told the court the suspect was detained in Vilnius.", "COERCE", "asserted"),
    # an adverbial clause is a circumstance of its host, out of the host's mode (``mode_scope`` adverbial_marks)
    ("Lithuania is taking measures to avoid new cases, as the World Health Organization has recommended.", "DEMAND",
     "asserted"),
    # a first-person wish in the present to do a speech act does it (``mode_scope`` performative_wishes) ...
    ("I wish to categorically deny the claim that I received money, the Lithuanian minister said.", "REJECT",
     "asserted"),
    ("We would like to thank the Lithuanian government for its help, the mayor said.", "SUPPORT", "asserted"),
    # ... where a wish to meet is not a meeting (a guard)
    ("The Lithuanian minister said he wished to meet the Polish president.", "CONSULT", "hypothetical"),
    # "would" in what a reporting verb in the past reports is the speaker's "will" (``reported_futures``) ...
    ("The Lithuanian foreign minister said on Monday that he would meet the Polish president in Warsaw.", "CONSULT",
     "future"),
    # ... but not with a condition (a guard)
    ("The Lithuanian minister would meet the Polish president if invited.", "CONSULT", "hypothetical"),
    # a visit told as done stays asserted (a guard)
    ("The Lithuanian president visited Poland last week.", "CONSULT", "asserted"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
test_class_mode = mode_tests(MODES)


def test_class_a_capitalised_title_refers_back_to_its_holder(enricher: Enricher) -> None:
    """A bare definite title that the casing restores in capitals ("the Crown Prince") is still a description of
    the holder named before (actors._is_description), whose country it takes over the dateline's; a title of
    several words needs them all in the holder's phrase (actors._antecedent_of_description)."""
    text = ("VILNIUS - Crown Prince Haakon of Norway left Lithuania on Wednesday after a two-day visit. In a letter, "
            "the crown prince thanked the Lithuanian president for his hospitality.")
    found = of_type(enricher, text, "SUPPORT")
    assert found and found[0]["source_country"] == "NOR", [(name(e, "source"), e["source_country"]) for e in found]


@pytest.mark.parametrize("text", [
    "The Lithuanian ombudsman criticised the criminal conviction of the farmer by the court in Vilnius.",
])
def test_class_a_criminal_act_criticised_by_its_verb_stays(enricher: Enricher, text: str) -> None:
    """The classifier rule reads only the adjective: a verb of criticism stays (a guard)."""
    assert of_type(enricher, text, "DISAPPROVE")
