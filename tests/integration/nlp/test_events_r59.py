"""Round 59: classes from the sweep of the worldwide-newswire articles and the read half of a fresh article set
(docs/events.md, "Round 59"). One sentence of its own (written for this file, not taken from any evaluation or
probe set, test country Montenegro / Podgorica) for each rule; run through the production path (``Enricher``:
lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a hostile act's author is the target of its condemnation (roles.verb_target, ``judged_act_targets``) ...
    ("The Montenegrin government condemned the Serbian army's shelling of the border village.", "DISAPPROVE",
     "government", "serbian army"),
    # ... and a cooperative act's party stays the target (a guard)
    ("The Montenegrin opposition opposed the energy agreement with Serbia.", "DISAPPROVE", "opposition", "serbia"),
    # a stance noun's "of" party holds the stance when the noun names another party (roles.verb_target,
    # ``stance_expressions`` held_types) ...
    ("The Montenegrin envoy conveyed the gratitude of the Montenegrin people to Croatia.", "SUPPORT", "envoy",
     "croatia"),
    ("The Montenegrin minister expressed the support of the government for the Kosovo authorities.", "SUPPORT",
     "minister", "kosovo"),
    # ... else it is what the stance is about (a guard)
    ("The Montenegrin union voiced approval of the government's new labour law.", "SUPPORT", "union", "government"),
    # readiness to take part in a cooperative act is a willingness to do it (roles._cooperative_act: a light
    # preposition's event noun)
    ("The Montenegrin government said it was ready to take part in the regional summit in Sarajevo.", "AGREE",
     "government", ""),
    # people counted by a sum word stay what is moved (a guard: triggers._counted_people)
    ("The Montenegrin army deployed thousands of soldiers to the border with Kosovo.", "MOBILIZE", "army", ""),
    # goods sought from a party stay a request, and refuge and asylum are ones (guards: ``sought_objects``)
    ("The Montenegrin government sought a loan from the World Bank.", "DEMAND", "government", "world bank"),
    ("The Montenegrin journalist sought asylum in Croatia.", "DEMAND", "journalist", ""),
    ("Thousands of Montenegrin families sought refuge in Croatia during the floods.", "DEMAND", "montenegrin",
     "croatia"),
    # security given is no party given to (roles._given_thing, ``given_things``)
    ("The Montenegrin government never provided security to the journalists in Podgorica.", "AID", "government",
     "journalists"),
    # the party of the clause an expletive "it" stands for (roles._clause_actor, syntax.extraposed_clause) ...
    ("The Montenegrin president said it was regrettable that the opposition had boycotted the parliament.",
     "DISAPPROVE", "president", "opposition"),
    ('"It\'s regrettable that a minister has chosen to share his feelings with the media," a Montenegrin '
     "government spokesperson said.", "DISAPPROVE", "spokesperson", "minister"),
    ('"It is unacceptable that the government raised taxes again," the Montenegrin opposition leader said.',
     "DISAPPROVE", "opposition leader", "government"),
    # ... also under a passive ("it is alleged that ...": roles.verb_target)
    ("Podgorica police said it is alleged that the former mayor took bribes from the contractors.", "DISAPPROVE",
     "", "mayor"),
]

NOTHING = [
    # shelter or expertise sought from no party is no request (``sought_objects`` goods; extract._sought_no_request:
    # "from" names a giver only when it is a party)
    ("Residents of Podgorica sought shelter from the heat in the shade of the trees.", "DEMAND"),
    ('"I posted the photograph online to seek the expertise of others," the Montenegrin blogger said.', "DEMAND"),
    # a sum word that counts people is no sum given (triggers._counted_people)
    ("The Montenegrin government gave millions of citizens the chance to travel to the EU without visas.", "AID"),
    # readiness to take part in a hostile act is no willingness to cooperate (roles._cooperative_act)
    ("The Montenegrin opposition said it was ready to take part in the protests in Podgorica.", "AGREE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)

# (sentence, type, a word no event of that type may have in its target; the sentence gives at least one such event)
NOT_TARGETS = [
    # condemning a hostile act with no author named has no target, not the act's victim (``judged_act_targets``)
    ("The Montenegrin journalists' union condemned the killing of a reporter in Podgorica.", "DISAPPROVE",
     "reporter"),
    ("The Montenegrin foreign ministry condemned the attack on the embassy in Belgrade.", "DISAPPROVE", "embassy"),
    # a willingness's "of" party holds it (``stance_expressions`` held_types)
    ("The Montenegrin minister reaffirmed the commitment of the Podgorica government to the reform process.", "AGREE",
     "government"),
]


@pytest.mark.parametrize(("text", "event_type", "word"), NOT_TARGETS)
def test_class_target_is_not(enricher: Enricher, text: str, event_type: str, word: str) -> None:
    found = of_type(enricher, text, event_type)
    assert found and all(word not in name(e, "target").split() for e in found), [
        (e["trigger_text"], name(e, "source"), name(e, "target")) for e in found]
