"""Round 20: classes a read set of whole articles coded in the dev articles' conventions (r21), the
read article-style probe sets, a check of the table verbs through the lemmatizer and a sweep of every
event over the worldwide-newswire articles (no gold) showed wrong or missing. One
sentence of its own (written for this file, not taken from any evaluation or probe set) for each
rule and lexicon entry; run through the production path (``Enricher``: lowercased wire text,
normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # the owner of an act done to someone, with no "of" party, is the one it is done to
    # (``patient_owner_nouns``): arrested, suspended, extradited, not the one who acts
    ("Western leaders condemned the opposition leader's arrest in Minsk.", "COERCE", "", "opposition leader"),
    ("The bar council announced Kamau's suspension from the register of advocates.", "SANCTION", "bar council",
     "kamau"),
    # ... while an "of" party makes the owner the one who acts
    ("The junta's arrest of three journalists drew wide criticism.", "COERCE", "junta", "journalists"),
    # the subject of a verb of suffering a hostile act is its target (``light_preps.suffering_verbs``), as is the
    # subject of "is / becomes the target / victim of" an act (``victim_nouns``)
    ("An army convoy suffered an attack by insurgents before dawn.", "ASSAULT", "insurgents", "convoy"),
    ("The defence ministry was the target of a cyberattack by foreign hackers.", "COERCE", "hackers",
     "defence ministry"),
    ("The opposition leader has become the target of criticism from ruling party lawmakers.", "DISAPPROVE",
     "lawmakers", "opposition leader"),
    # "the 22-year-old", "a 16-year-old" used as a noun is a person named by age (``actors.aged_person``)
    ("A 17-year-old was arrested near the stadium on Saturday.", "COERCE", "", "17-year-old"),
    ("Prosecutors said the 45-year-old stabbed a neighbour during the argument.", "ASSAULT", "year", ""),
    # verbs the model's rule lemmatizer gets wrong, fixed by ``lemma_fixes`` / ``form_lemma_fixes`` ("fined" ->
    # "fin", "cordoned" -> "cordone", "maimed")
    ("A district court fined the opposition newspaper for contempt.", "COERCE", "court", "newspaper"),
    ("Soldiers cordoned off the village before dawn.", "COERCE", "soldiers", ""),
    ("The militia maimed dozens of villagers during the raid.", "ASSAULT", "militia", "villagers"),
    # asked for something, with "for" hung on the party asked: a request (``extract._complement_keys``)
    ("The mayors asked the tax authority for compensation for the flood damage.", "DEMAND", "mayors", "tax authority"),
    # a stance declared, stated or announced is the stance's event (``stance_expressions.verbs``)
    ("Senior judges declared their opposition to the new appointments law.", "DISAPPROVE", "judges", ""),
    ("The rebel alliance announced its readiness to join the talks.", "AGREE", "rebel alliance", ""),
    # an envoy recalled is a diplomatic sanction (``object_groups.recalled_envoys``; wire copy drops the apostrophe
    # of "charge d'affaires")
    ("Seoul recalled its envoy to Tokyo for consultations.", "SANCTION", "seoul", ""),
    ("The government will recall its charge d affaires in Ankara.", "SANCTION", "government", ""),
    # a commitment to something is a promise (``complement_required``: commit)
    ("The finance ministry has committed to paying the arrears by June.", "AGREE", "finance ministry", ""),
    # the subject of a verb of taking part meets the event noun's own party (``directive_verbs.attending_verbs``)
    ("The defence minister attended the NATO summit in Vilnius.", "CONSULT", "defence minister", "nato"),
    ("The army chief attended a meeting of the parliamentary security committee.", "CONSULT", "army chief",
     "committee"),
    # a condemning adjective on conduct a party owns, in a speaker's reported words: the speaker criticises the owner
    # (``criticised_objects.nouns``, ``triggers._evaluated_acts``)
    ('The union leader said: "This is more proof of the ministry\'s discriminatory policy towards teachers."',
     "DISAPPROVE", "union leader", "ministry"),
    ("The mayor said the decision showed the governor's arbitrary approach to the city.", "DISAPPROVE", "mayor",
     "governor"),
    # "not", "never" or "no longer" tolerating something is a warning (``negated_only_verbs``: tolerate)
    ("The interior ministry said it will not tolerate any attacks on polling stations.", "THREATEN", "ministry", ""),
    ("Police will no longer tolerate road blockades by the truckers' union.", "THREATEN", "police", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # a pronoun owner with no agent: the act told before, taken up ("his release"), no event of its own
    ("Prior to his release, the reporter met the consul twice.", "RETREAT"),
    # a title's complement is no thing asked for
    ("Journalists asked the Minister for Home Affairs about the raid.", "DEMAND"),
    # a defeat suffered is no attack
    ("The home side suffered a heavy defeat in the final.", "FIGHT"),
    # coming from a place, giving birth (``non_events``: hail from, deliver a baby)
    ("The new party chairman, who hails from the eastern province, was elected unopposed.", "SUPPORT"),
    ("Pregnant women from the islands are flown to the capital to deliver their babies.", "AID"),
    # a recall is a memory or a call-up unless an envoy is recalled (``object_groups.recalled_envoys``)
    ("The outgoing president recalled the key moments of his term in a farewell speech.", "SANCTION"),
    ("The national coach recalled the veteran midfielder for the friendly against Ghana.", "SANCTION"),
    # crimes committed are no commitment (``complement_required``: commit to, commit to do)
    ("Rights groups documented dozens of executions committed by the security forces.", "AGREE"),
    ("Investigators believe the fraud was committed by two clerks.", "AGREE"),
    # an occasion held is no detention, nor a qualification held (``occasion_nouns``; ``non_events``: hold a degree)
    ("A regional investment seminar will be held in the capital next month.", "COERCE"),
    ("The closing symposium held by the women's centre drew two hundred delegates.", "COERCE"),
    ("The conference, which was held in Accra, ended without a statement.", "COERCE"),
    ("The chief executive holds a bachelor of science degree in engineering.", "COERCE"),
    # the speaker's own conduct (a pronoun owner) is no criticism of anyone
    ("He said his unfair treatment by the club had hurt him.", "DISAPPROVE"),
    # tolerating is no event of its own
    ("The old regime tolerated a small opposition press for years.", "THREATEN"),
]


def test_hoping_to_act_is_no_act(enricher: Enricher) -> None:
    """"hopes" / "hoped" lemmatised "hop" lost "hope" among the verbs that make their infinitive's act
    hypothetical (``form_lemma_fixes``)."""
    (talks,) = [e for e in events(enricher, "Kabul hopes to resume talks with the Taliban next month.")
                if e["event_type"] == "CONSULT"]
    assert talks["mode"] == "hypothetical"


test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
