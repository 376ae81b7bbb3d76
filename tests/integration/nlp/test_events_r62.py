"""Round 62: classes from the read half of a fresh article set (docs/events.md, "Round 62"). One sentence of its
own (written for this file, not taken from any evaluation or probe set, test country Latvia / Riga) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, mode_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # briefing a party is consulting it (CONSULT verbs "brief"), active ...
    ("The Latvian army chief briefed the president on the situation at the border.", "CONSULT", "army chief",
     "president"),
    # ... and as an agentless passive, by someone the story leaves unnamed (``needs_source.passive_verbs`` brief)
    ("During the meeting in Riga, the Latvian prime minister was briefed on plans to extend the railway.", "CONSULT",
     "", "prime minister"),
    # the act a government instructs bodies named by their competence to do is coded, as asked (``internal_
    # instructions`` concerned_modifiers; extract._administered_act) ...
    ("Latvian President Egils Levits urged the relevant authorities to continue coordination with the Estonian "
     "police.", "COOPERATE", "relevant authorities", "estonian police"),
    # ... where another country's competent bodies are still asked (a guard: extract._foreign_bodies)
    ("The Latvian prime minister urged the relevant authorities in Estonia to speed up the investigation.", "DEMAND",
     "prime minister", "relevant authorities"),
    # ... and so are authorities named by no competence (a guard)
    ("The Latvian foreign minister urged the Estonian authorities to release the fishermen.", "DEMAND",
     "foreign minister", "estonian authorities"),
    # ... and the commitment stays (a guard)
    ("Latvia is committed to maintaining cooperation with Estonia on border security.", "AGREE", "latvia",
     "estonia"),
    # a state body's search is an investigation (INVESTIGATE verbs "search": CAMEO SEARCH 090) ...
    ("Latvian police searched the home of the opposition leader in Riga.", "INVESTIGATE", "police",
     "opposition leader"),
    # ... where a raid stays a coercion (a guard)
    ("Latvian police raided the home of the opposition leader in Riga.", "COERCE", "police", "opposition leader"),
    # monitoring a party is an investigation (INVESTIGATE verbs "monitor", of a party only)
    ("Latvian police had been monitoring the group until they received a tip-off on Friday.", "INVESTIGATE",
     "police", "group"),
    # an indefinite event noun announced is the act announced (a guard: ``announcing_anchor_verbs``)
    ("The Latvian police chief announced a raid on the opposition headquarters on Monday.", "COERCE",
     "police chief", "opposition"),
    # things given to a party stay aid (a guard: ``provided_words``)
    ("The Latvian government provided food and blankets to the refugees in Riga.", "AID", "government", "refugees"),
    # placed on leave is suspended (``noun_preps.governed`` "on leave") ...
    ("The coach of the Latvian women's team was placed on leave on Wednesday after complaints.", "COERCE", "",
     "coach"),
    ("The Latvian football federation placed the coach on leave on Wednesday.", "COERCE", "federation", "coach"),
    # a harm participle with its author named stays an attack (a guard: ``casualty_counts``)
    ("The police reported two protesters wounded by soldiers in Riga.", "FIGHT", "soldiers", "protesters"),
    # honouring a party for what it did stays praise (a guard: ``award_honours``)
    ("The Latvian president honoured the firefighters for their courage.", "SUPPORT", "president", "firefighters"),
    # coordination with a party is cooperation (COOPERATE nouns "coordination", as the verb "coordinate")
    ("The Latvian coast guard will continue its coordination with the Estonian navy.", "COOPERATE", "coast guard",
     "estonian navy"),
]

NOTHING = [
    # instructing one's own competent bodies is administration, no demand between parties
    ("The Latvian prime minister urged the competent authorities to speed up the repairs in Riga.", "DEMAND"),
    ("The Latvian prime minister urged the relevant officials to speed up the repairs in Riga.", "DEMAND"),
    ("Latvian President Egils Levits urged the relevant authorities to continue coordination with the Estonian "
     "police.", "DEMAND"),
    # the act a gerund after "committed to" names is what is committed to, as an infinitive's is (attributes.
    # _content_of_act): the AGREE is coded, no cooperation held
    ("Latvia is committed to maintaining cooperation with Estonia on border security.", "COOPERATE"),
    # a state body's search is no coercion any more
    ("Latvian police searched the home of the opposition leader in Riga.", "COERCE"),
    # monitoring a thing, or a private person's monitoring, is no investigation
    ("Latvian authorities are closely monitoring the water levels in Riga.", "INVESTIGATE"),
    ("The nurses monitored the patient overnight in Riga.", "INVESTIGATE"),
    ("The Latvian state will monitor the country's economic resilience.", "INVESTIGATE"),
    # communicating with someone as a private person is daily life (``private_contacts`` communicate)
    ("I have been freeing myself by communicating my worries with friends in Riga.", "CONSULT"),
    # leadership, benefits or jobs provided are no aid (``provided_words``)
    ("We are confident that Andris Berzins will provide able leadership for the development of the Riga council.",
     "AID"),
    ("The Latvian trade agreement is providing benefits to Estonian companies.", "AID"),
    # ... going or being on leave is no one's act on anyone (roles: a governed noun needs a party placed)
    ("The Latvian minister went on leave in July.", "COERCE"),
    ("The Riga mayor is on maternity leave until March.", "COERCE"),
    # a harm participle on a bare number or under "no" is a casualty figure (``casualty_counts``)
    ("The Latvian Red Cross reported treating 19 wounded in Riga, including 10 people hit by live fire.", "ASSAULT"),
    ("The Latvian army said there were no reported wounded on its own side.", "ASSAULT"),
    # anticipating an act is expecting it, no part in it (``non_support_verbs`` anticipate)
    ("Anticipating further protests, the Latvian government has issued blanket bans on demonstrations.",
     "DISAPPROVE"),
    # honouring someone with an order, a medal or a prize is an award, not coded (``award_honours``)
    ("In 1981 the Latvian government honored her with the Order of the Three Stars, the country's highest award.",
     "SUPPORT"),
    # officials briefed on a matter, as a source of the press, were not met (a guard: no passive, a reduced relative)
    ("Officials briefed on the plan said the Riga port would reopen on Monday.", "CONSULT"),
]

# (sentence, type, mode)
MODES = [
    # the act a verb of demand asks for is not done yet (attributes.mode: an xcomp of a DEMAND verb)
    ("Latvian President Egils Levits urged the relevant authorities to continue coordination with the Estonian "
     "police.", "COOPERATE", "hypothetical"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
test_class_mode = mode_tests(MODES)


# a person's country is his post's, given in apposition with the name, over the story's or the sentence's
# (actors._post_country): its modifiers, a possessive country or its for / of complement
POSTS = [
    ("Riga - The Latvian ambassador met Juri Tamm, an Estonian lawmaker, on Monday.", "CONSULT", "target", "EST"),
    ("Riga - The Latvian ambassador met Juri Tamm, a member of the Estonian parliament, on Monday.", "CONSULT",
     "target", "EST"),
    ("Riga - Juri Tamm, Estonia's foreign minister, criticised the Latvian government on Monday.", "DISAPPROVE",
     "source", "EST"),
    # a post with no country says nothing: the story's country stays (a guard)
    ("Riga - Juri Tamm, a former lawmaker, criticised the Latvian government on Monday.", "DISAPPROVE", "source",
     "LVA"),
]


@pytest.mark.parametrize(("text", "event_type", "role", "country"), POSTS)
def test_class_post_in_apposition_gives_country(enricher: Enricher, text: str, event_type: str, role: str,
                                                country: str) -> None:
    found = of_type(enricher, text, event_type)
    assert found and found[0][f"{role}_country"] == country, [(name(e, role), e[f"{role}_country"]) for e in found]


def test_class_a_definite_event_announced_refers_back(enricher: Enricher) -> None:
    """A definite event noun announced refers back to the event of its type coded before
    (``announcing_anchor_verbs``): the arrest is coded once."""
    text = ("Latvian police arrested three men in Riga on Saturday. The police chief announced the raid at a press "
            "conference on Monday.")
    found = of_type(enricher, text, "COERCE")
    assert [e["trigger_text"] for e in found] == ["arrested"], [(e["trigger_text"], name(e, "target")) for e in found]


def test_class_a_meeting_retold_from_the_other_side_refers_back(enricher: Enricher) -> None:
    """A meeting noun whose parties are an earlier meeting's, either way round, refers back to it (extract.
    _back_reference: a meeting is the two sides'); one with another party is a new meeting (a guard)."""
    met = "Latvian Foreign Minister Andris Berzins met Estonian Foreign Minister Juri Tamm in Riga on Monday. "
    found = of_type(enricher, met + "Tamm told reporters that his meeting with Berzins was about trade.", "CONSULT")
    assert [e["trigger_text"] for e in found] == ["met"], [(e["trigger_text"], name(e, "target")) for e in found]
    found = of_type(enricher, met + "Tamm told reporters that his meeting with the Lithuanian president was about "
                    "trade.", "CONSULT")
    assert len(found) == 2, [(e["trigger_text"], name(e, "target")) for e in found]
