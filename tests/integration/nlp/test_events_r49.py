"""Round 49: classes the read article sets r104 and r107 (short worldwide-newswire articles, read by the lead) and
the sweep showed wrong or missed. One sentence of its own (written for this file, not taken from any evaluation or
probe set) for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, mode_tests, name

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # skipping talks or a meeting rejects them (``verb_objects`` skip talk ...: it was the talks' CONSULT)
    ("The Turkmen opposition party skipped the talks with the election commission.", "REJECT", "party", "commission"),
    # reminding a party to act asks it to (DEMAND; ``complement_required`` remind: an infinitive), also in an
    # agentless passive
    ("The Turkmen interior minister reminded the parties to respect the ceasefire.", "DEMAND", "minister", "parties"),
    ("The public in Ashgabat is further reminded to stay away from the border.", "DEMAND", "", "public"),
    # a party warned in an agentless passive is threatened by someone unnamed (``needs_source`` passive_verbs)
    ("Residents of Ashgabat were strictly warned to desist from looting the shops.", "THREATEN", "", "residents"),
    # the public is a party, also after "members of" (actors ``actor_nouns``)
    ("Turkmen police urged members of the public to stay indoors.", "DEMAND", "police", "public"),
    # "nab" arrests a person (COERCE verbs, ``needs_person_object``); placed in or under custody is detained
    # (``phrasal`` place under custody ...)
    ("Ashgabat police nabbed two suspects on Monday.", "COERCE", "police", "suspects"),
    ("The Turkmen opposition activist was placed under police custody on Friday.", "COERCE", "", "activist"),
    # a cooperative act its source says it does not intend or plan to do is a refusal (attributes.denied_stated_intent,
    # as "would not"; it was an AGREE of the intent)
    ("The Turkmen interior minister said she does not intend to meet the opposition leaders.", "REJECT", "minister",
     "opposition leaders"),
    # the private sector is a party (actors ``sector_phrases``: "sector" with "private", "business", "corporate")
    ("The Turkmen private sector met with the prime minister in Ashgabat on Monday.", "CONSULT", "private sector",
     "prime minister"),
    ("The Turkmen government urged the private sector to invest in the new port.", "DEMAND", "government",
     "private sector"),
]

NOTHING_ROLES: list[tuple[str, str, str, str]] = []

NOTHING = [
    # a permission given here and now is no commitment, also where the verb falls back to its own sense after no
    # outsider is let in (extract._mere_permission)
    ("The Turkmen supreme court on Tuesday allowed the newspaper to place the documents before it in sealed envelopes.",
     "AGREE"),
    # laying down a policy concedes nothing ("lay down" is no phrasal CONCEDE; weapons laid down stay RETREAT)
    ("The Turkmen minister said he had laid down a policy for officials to comply with the law.", "CONCEDE"),
    # ... and no meeting is held (a guard for ``verb_objects`` skip)
    ("The Turkmen opposition party skipped the talks with the election commission.", "CONSULT"),
    # reminding someone that something is so asks for nothing (a guard for ``complement_required`` remind)
    ("The Turkmen minister reminded reporters in Ashgabat that the law was clear.", "DEMAND"),
    # a warning of a hazard stays none (a guard for ``needs_source`` passive_verbs warn)
    ("Residents of Ashgabat were warned of heavy rain on Friday.", "THREATEN"),
    # ... and warned that something is so, nobody threatens (``needs_source`` passive_verbs: warn needs an
    # infinitive or "against")
    ("The Turkmen climber was warned that the ice on the pass could be dangerous.", "THREATEN"),
    # ... and no intent to cooperate (attributes.stated_intent)
    ("The Turkmen government said it did not plan to release the prisoners.", "AGREE"),
    # another sector names no party (a guard for actors ``sector_phrases``)
    ("The energy sector criticised the new tax in Ashgabat.", "DISAPPROVE"),
    # "nab" takes a thing too (a guard for ``needs_person_object`` nab)
    ("The Turkmen swimmer nabbed the gold medal in Ashgabat.", "COERCE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND + NOTHING_ROLES, NOTHING)

# (sentence, type, mode): a permission promised for later stays a commitment (a guard for extract._mere_permission)
MODES = [
    ("Turkmenistan will allow the opposition to return home.", "AGREE", "future"),
    ("The Turkmen rebels laid down their arms on Monday.", "RETREAT", "asserted"),
    # a noun whose support verb is a purpose infinitive is a purpose too (attributes._infinitive_mode; "initiate"
    # and "commence" are support verbs, ``light_verbs``; round 50: a letter sent to a party for it to act is a
    # request, the act absorbed, so the purpose hangs on another verb here)
    ("The Turkmen prosecutor travelled to Ashgabat to initiate an investigation.", "INVESTIGATE",
     "hypothetical"),
    ("Ashgabat police initiated an investigation into the killing.", "INVESTIGATE", "asserted"),
]

test_class_modes = mode_tests(MODES)


# (text, type, the source it must name, a source it must not name), for the event of that type in the text's last
# sentence: a description of a country's title holder is no holder of that title in an organisation
# (actors.ORGANISATION_TITLE); a bare title passes over such a holder for a person holding it elsewhere, and falls
# back to the organisation's holder when there is none
ANTECEDENTS = [
    ("Serdar Berdimuhamedow, President of the Republic, spoke in Ashgabat on Monday.\n"
     "He said there was an alliance between Ovez Annayev, president of Turkmenneftegaz, and the former mayor.\n"
     "The Turkmen president also said he would meet the leaders of the farmers.",
     "CONSULT", "", "turkmenneftegaz"),
    ("Serdar Berdimuhamedow, President of the Republic, spoke in Ashgabat on Monday.\n"
     "He said there was an alliance between Ovez Annayev, president of Turkmenneftegaz, and the former mayor.\n"
     "The president said that he had requested the help of the Russian government.",
     "DEMAND", "berdimuhamedow", "turkmenneftegaz"),
    ("Ovez Annayev, president of Turkmenneftegaz, said the strike would continue.\n"
     "The president said that he had requested the help of the Russian government.",
     "DEMAND", "turkmenneftegaz", "berdimuhamedow"),
    # a subject pronoun is none of the persons its own clause names after it (actors._clause_persons: "the Prime
    # Minister" after "Prime Minister Serdar Berdimuhamedow"); a sentence-opening "he" takes up the person the
    # sentence before named as its subject before anyone it named after that (actors._subject_person)
    ("Rustam Orazov criticised the government in Ashgabat.\n"
     "The ministry said Prime Minister Serdar Berdimuhamedow was abroad.\n"
     "He urged the farmers not to support the Prime Minister.", "DEMAND", "orazov", "berdimuhamedow"),
    ("Rustam Orazov said the union would sue Prime Minister Serdar Berdimuhamedow.\n"
     "He also urged the prosecutor to open an investigation.", "DEMAND", "orazov", "berdimuhamedow"),
    # a clause of its own is not commanded by the pronoun (a guard: "the president" is Berdimuhamedow)
    ("Turkmen President Serdar Berdimuhamedow arrived in Moscow on Monday.\n"
     "He met Russian officials and the president later criticised the tariffs.", "CONSULT", "berdimuhamedow",
     "russian"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "not_source"), ANTECEDENTS)
def test_class_antecedents(enricher: Enricher, text: str, event_type: str, source: str, not_source: str) -> None:
    last = text.count("\n")
    found = [e for e in events(enricher, text) if e["event_type"] == event_type and e["sentence_index"] == last]
    assert any(source in name(e, "source") and not_source not in name(e, "source") for e in found), [
        (name(e, "source"), name(e, "target")) for e in found]


# a given name says its bearer's gender (``given_names.v1.json``, actors._name_gender): "he" passes over the woman
# named last for the man named before her
def test_class_given_name_gender(enricher: Enricher) -> None:
    text = ("Rustam Orazov was charged with the murder of the teacher Maral Annayeva in Ashgabat.\n"
            "The court heard that Maral Annayeva had been missing for a week.\n"
            "He was beaten in the police cells, his lawyer told the court.")
    found = [e for e in events(enricher, text) if e["event_type"] == "ASSAULT" and e["trigger_text"] == "beaten"]
    assert found and "orazov" in name(found[0], "target"), [(name(e, "source"), name(e, "target")) for e in found]
