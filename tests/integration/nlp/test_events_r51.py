"""Round 51: classes the read article sets r109 and r111 (short worldwide-newswire articles, never read until
this round, then read by the lead) showed wrong or missed. One sentence of its own (written for this file, not
taken from any evaluation or probe set) for each rule; run through the production path (``Enricher``: lowercased
wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a quality said of a party's act stays an evaluation (a guard for denied evaluations below)
    ("The Kyrgyz opposition said there was interference by the security services in the vote.", "DISAPPROVE",
     "opposition", ""),
    # jeering, booing and heckling a party disapprove of it (CAMEO JEER [111])
    ("Protesters in Bishkek booed the Kyrgyz prime minister.", "DISAPPROVE", "protesters", "prime minister"),
    ("Students jeered the Kyrgyz education minister at the Bishkek university.", "DISAPPROVE", "students",
     "minister"),
    ("Opposition deputies heckled the Kyrgyz president during his speech in Bishkek.", "DISAPPROVE", "deputies",
     "president"),
    # disdain and contempt displayed or shown (``stance_expressions``)
    ("The Kyrgyz delegates displayed disdain for the party leader.", "DISAPPROVE", "delegates", "leader"),
    ("The Bishkek opposition showed contempt for the court.", "DISAPPROVE", "opposition", "court"),
    # a party greeted or met with an act undergoes it (``light_preps`` reception)
    ("The Kyrgyz president was greeted with boos in Bishkek.", "DISAPPROVE", "", "president"),
    ("The Kyrgyz minister was met with condemnation from the opposition.", "DISAPPROVE", "opposition", "minister"),
    # ... meeting with people stays a meeting (a guard)
    ("The Kyrgyz minister met with the protest leaders in Bishkek.", "CONSULT", "minister", "leaders"),
    # approval said of a named holder stays the speaker's (a guard for triggers._own_stance: the holder is often
    # the speaker's own body)
    ("The head of the Kyrgyz hotels association said the private sector was glad the prime minister listened to "
     "the industry.", "SUPPORT", "head", "prime minister"),
    # ... while a call in a passive on "it" stays a call (a guard: "it" is no first person)
    ("The Kyrgyz ombudsman concluded that corruption was widespread and that it should be addressed.", "DEMAND",
     "ombudsman", ""),
    # anger said of a party's act, as alarm and outrage are (``stance_participles`` angry, furious, livid ...)
    ("The Kyrgyz premier said he was angry about the remarks of the opposition leader.", "DISAPPROVE", "premier",
     "opposition leader"),
    # concern about an effort by a party is about its act (triggers.stance_about_act: the effort's "by" party)
    ("The Kyrgyz ministry said it was concerned about the efforts by the opposition to delay the vote.",
     "DISAPPROVE", "ministry", "opposition"),
    # ... and the stance's object names its target (roles._stance_object_party: the maker of the act it is about)
    ("The Kyrgyz ministry said it was deeply concerned about the arrests of the journalists by the police.",
     "DISAPPROVE", "ministry", "police"),
    # "express" with a clause reports it (``reporting_verbs``), and ends a quote whose first person is the speaker's
    ("The Kyrgyz minister expressed that the law must be changed by parliament.", "DEMAND", "minister",
     "parliament"),
    ("Kyrgyz President Sadyr Japarov spoke to reporters in Bishkek on Friday.\n"
     '"I call on parliament to put an end to this useless confrontation," he expressed.', "DEMAND", "president",
     "parliament"),
    # ... and its stance nouns stay stances (a guard)
    ("The Kyrgyz minister expressed concern over the arrests of the journalists.", "DISAPPROVE", "minister", ""),
    # "the latter" / "the former" opening a sentence are the parties the sentence before named, last first
    # (actors._positional_antecedent; only people of earlier sentences were), no place or modifier among them
    ("Kazakhstan accused Kyrgyzstan of shelling the border villages.\nThe latter denied the accusation on Monday.",
     "REJECT", "kyrgyzstan", ""),
    ("Kazakh President Tokayev met Kyrgyz President Japarov in Bishkek.\nThe latter urged the former to reopen the "
     "border.", "DEMAND", "japarov", "tokayev"),
    # a common noun with a person's name in apposition is a party ("chair" alone is no actor noun)
    ("Japarov made a phone call to the newly elected provincial chair, Temir Duma.", "CONSULT",
     "japarov", "chair"),
    # a congratulatory call or message congratulates (``noun_compounds`` congratulatory *)
    ("Japarov sent a congratulatory message to the Kazakh president on Monday.", "SUPPORT", "japarov", "president"),
    ("Japarov made a congratulatory call to the Kazakh president on Monday.", "SUPPORT", "japarov", "president"),
    # a duty two speakers lay on "he" is on someone else (triggers.own_duty: coordinated speakers)
    ("Temir Duma and Aibek Sadykov said he should not come to the party congress in Bishkek.", "DEMAND",
     "duma", ""),
    # signing or inking an MoU signs a formal agreement (``verb_objects`` sign mou, ink mou, ink deal ...)
    ("The Kyrgyz ministry signed an MoU with the Kazakh ministry of energy.", "SUPPORT", "ministry", "kazakh"),
    ("Kyrgyzstan inked a deal with Kazakhstan on water sharing.", "SUPPORT", "kyrgyzstan", "kazakhstan"),
    # "asks X to" with X parsed as the infinitive's subject still asks (``complement_required`` ask: ccomp:to)
    ("The Kyrgyz party asks its members to resign.", "DEMAND", "party", "members"),
    # members of a body that names no party are the party themselves (actors.actor: the partitive's "of" phrase)
    ("The Kyrgyz opposition asked 5 members of the majority to resign from their positions.", "DEMAND",
     "opposition", "members"),
    # a call on "you", the audience a speaker addresses, is a call (extract._addressed_audience)
    ('"I call on you to remain calm," the Kyrgyz health minister said.', "DEMAND", "minister", ""),
    # a pronoun in a reported clause takes up the subject of a clause fronted before the report
    # (actors._fronted_clause_subject through the reporting verb)
    ("While Japarov rejected the offer at first, officials said that he later met with the opposition leaders.",
     "CONSULT", "japarov", "opposition leaders"),
]

NOTHING = [
    # a quality denied is none judged: "there will be no interference"
    ("The Kyrgyz president said there will be no interference in the work of parliament.", "DISAPPROVE"),
    # an obligation the speaker lays on "we" in a passive is its own (triggers.own_duty with the passive subject)
    ('Kyrgyz President Sadyr Japarov said, "We should be determined to defend Bishkek from external forces."',
     "DEMAND"),
    # ... and no appeal ("call")
    ("Japarov made a congratulatory call to the Kazakh president on Monday.", "DEMAND"),
    # ... and a talk "to you" no contact (a reporter's interview)
    ('"I talked to you yesterday," the Kyrgyz health minister said.', "CONSULT"),
    # anger at a loss in sport is no disapproval ("upset" left out of ``stance_participles``)
    ("The Kyrgyz coach said he was upset about the loss in Bishkek.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# what a party said in a participle of its own is its report, not the outer speaker's evaluation
# (triggers._predicate_words stops at a nested verb of saying: the official evaluated the protesters)
def test_class_nested_report_is_not_the_speakers(enricher: Enricher) -> None:
    text = ("The Kyrgyz official said the minister had advised the president not to travel, saying the protesters "
            "would be hostile to him.")
    found = [e for e in of_type(enricher, text, "DISAPPROVE") if "official" in name(e, "source")]
    assert not found, [(name(e, "source"), name(e, "target")) for e in found]


# an acronym in brackets the NER calls a person makes no party of its noun (a guard for the apposition rule)
def test_class_bracketed_acronym_is_no_party(enricher: Enricher) -> None:
    text = "Kyrgyzstan and Kazakhstan signed eight memorandums of understanding (MOUs) and agreements in Bishkek."
    found = [e for e in of_type(enricher, text, "SUPPORT") if "understanding" in name(e, "target")]
    assert not found, [(name(e, "source"), name(e, "target")) for e in found]


# the victims of the act a stance is about are not its target (roles._stance_object_party: no "of" party of a
# hostile act)
def test_class_stance_spares_the_victims(enricher: Enricher) -> None:
    text = "The Kyrgyz ministry said it was deeply concerned about the arrests of the journalists."
    found = [e for e in of_type(enricher, text, "DISAPPROVE") if "journalists" in name(e, "target")]
    assert not found, [(name(e, "source"), name(e, "target")) for e in found]


# a stance said of a named holder is the holder's, not the speaker's (triggers._own_stance: a pronoun holds it)
def test_class_named_holders_stance_is_not_the_speakers(enricher: Enricher) -> None:
    text = "The Kyrgyz minister maintained that the farmers are angry with the new tax."
    found = [e for e in of_type(enricher, text, "DISAPPROVE") if "minister" in name(e, "source")]
    assert not found, [(name(e, "source"), name(e, "target")) for e in found]


# a government body named by its leader is of the leader's country (actors ``led_bodies``: it took the story's)
LED = [
    ("The Biden administration criticised the Kyrgyz government over the arrests.", "DISAPPROVE", "USA"),
    ("The Joe Biden administration criticised the Kyrgyz government over the arrests.", "DISAPPROVE", "USA"),
    ("The Putin regime praised the Kyrgyz government over the arrests.", "SUPPORT", "RUS"),
]


def test_class_led_body_has_its_leaders_country(enricher: Enricher) -> None:
    for sentence, event_type, country in LED:
        text = f"Kyrgyz police arrested three journalists in Bishkek on Monday.\n{sentence}"
        found = of_type(enricher, text, event_type)
        assert found and found[0]["source_country"] == country, (sentence, [(name(e, "source"), e["source_country"])
                                                                            for e in found])


# a person's surname that is also an organisation's name links to no member of it (entities._link, actors._link:
# "Duma" made a Kyrgyz provincial chair a member of Russia's Duma)
def test_class_surname_is_no_organisation_member(enricher: Enricher) -> None:
    text = ("The Kyrgyz party congratulated its new provincial chair, Temir Duma, on Monday.\n"
            "Duma called for the president to resign.")
    found = of_type(enricher, text, "DEMAND")
    assert found and "duma" in name(found[0], "source") and found[0]["source_country"] == "KGZ", [
        (name(e, "source"), e["source_country"]) for e in found]


# a word the truecaser left lower-case is no place for the story's country ("madam" of "Madam Mai Bright", a GPE
# to the NER with a Papua New Guinea namesake, made a Liberian story Papua New Guinea's)
def test_class_lower_case_place_is_no_story_country(enricher: Enricher) -> None:
    text = ("When Mr. Benoni W. Sadykov took the hands of Madam Mai Bright, to be his lovely wife until death does them "
            "apart, little did he know that one day, the honeymoon could lead to a rough road.\n"
            "Mr. Sadykov is the political leader of the All Kyrgyz Party (AKP).\n"
            "Sources close to madam Sadykov said she went to court last week.")
    found = of_type(enricher, text, "DISAPPROVE")
    assert found and found[0]["target_country"] == "KGZ", [(name(e, "target"), e["target_country"]) for e in found]


# a bare definite noun takes the country of the same noun described a few sentences before (actors._described_before:
# "the spokesman" took the story's country, not the Kazakh one of "a Kazakh foreign ministry spokesman")
def test_class_bare_noun_takes_its_earlier_description(enricher: Enricher) -> None:
    text = ("Kyrgyz police arrested three journalists in Bishkek on Monday.\n"
            "A Kazakh foreign ministry spokesman said Astana was concerned about the arrests.\n"
            '"We urge Kyrgyzstan to free the journalists," the spokesman added.')
    found = [e for e in of_type(enricher, text, "DEMAND") if "spokesman" in name(e, "source")]
    assert found and found[0]["source_country"] == "KAZ", [(name(e, "source"), e["source_country"]) for e in found]



# ... but "the government", "the police" are the story's own whatever was named before (``home_institutions``)
def test_class_home_institution_keeps_the_storys_country(enricher: Enricher) -> None:
    text = ("Kyrgyz President Sadyr Japarov criticised the Kazakh government in Bishkek on Monday.\n"
            "The Kyrgyz farmers' union thanked the government for the new subsidies.")
    found = [e for e in of_type(enricher, text, "SUPPORT") if "government" in name(e, "target")]
    assert found and found[0]["target_country"] == "KGZ", [(name(e, "target"), e["target_country"]) for e in found]


# a plural group of states named by a region or a kind is of no one country (actors ``multinational_groups``: they
# took the story's or the dateline's); a singular one keeps the story's (a guard: "the Central Asian nation")
MULTINATIONAL = [
    ("Kyrgyz police arrested three journalists in Bishkek on Monday.\n"
     "European governments urged the Kyrgyz government to free the journalists.", "DEMAND", "governments", None),
    ("BISHKEK, July 12 (Reuters) - Western nations threatened to cut aid to the Kyrgyz government.", "THREATEN",
     "nations", None),
    ("Kyrgyzstan is the Central Asian nation most hit by the drought.\n"
     "The Central Asian nation urged donors to help the farmers.", "DEMAND", "nation", "KGZ"),
]


def test_class_multinational_group_has_no_country(enricher: Enricher) -> None:
    for text, event_type, source, country in MULTINATIONAL:
        found = [e for e in of_type(enricher, text, event_type) if source in name(e, "source")]
        assert found and found[0]["source_country"] == country, (text, [(name(e, "source"), e["source_country"])
                                                                         for e in found])


# a person the article gives an international post keeps it in later bare mentions (actors ``international_posts``:
# "Guterres" took the KB's past office, Portugal's prime minister); a national post named so stays national (a guard)
POSTS = [
    ("UN Secretary-General Antonio Guterres visited Bishkek on Monday.\n"
     "Guterres urged Kyrgyzstan to free the journalists.", "guterres", "IGO"),
    ("Former Chilean President Michelle Bachelet visited Bishkek on Monday.\n"
     "Bachelet urged Kyrgyzstan to free the journalists.", "bachelet", "CHL"),
]


def test_class_international_post_is_kept(enricher: Enricher) -> None:
    for text, source, country in POSTS:
        found = [e for e in of_type(enricher, text, "DEMAND") if name(e, "source") == source]
        assert found and found[0]["source_country"] == country, (text, [(name(e, "source"), e["source_country"])
                                                                         for e in of_type(enricher, text, "DEMAND")])
