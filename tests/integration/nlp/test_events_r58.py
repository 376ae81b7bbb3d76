"""Round 58: classes the read article sets (r104-r119, all read now) and the worldwide-newswire sweep showed
wrong. One sentence of its own (written for this file, not taken from any evaluation or probe set, test country
Moldova / Chisinau) for each rule; run through the production path (``Enricher``: lowercased wire text,
normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a quoted first-person plain future keeps its own type (extract._threat) ...
    ('"We will hold talks with the Romanian president next week," the Moldovan prime minister said.', "CONSULT",
     "prime minister", "romanian president"),
    # ... while a future told of its source is still its stated intent (a guard: AGREE beside the act)
    ("The Moldovan prime minister said Moldova will hold talks with Romania next week.", "AGREE", "moldova", ""),
    # ... and so is a quoted first person's wish to act (a guard: ``stated_intent`` verbs)
    ('"We want to sign a trade deal with Romania," the Moldovan prime minister said.', "AGREE", "", "romania"),
    # a duty to act stays a demand (a guard: ``mental_duties``; an opposition leader's since round 66, where a
    # president's or a minister's duty laid on "the government" is its own body's: ``internal_instructions``)
    ("The Moldovan opposition leader said the government must release the detained journalists.", "DEMAND",
     "opposition leader", "government"),
    # a permission stated for the future is a commitment (a guard: extract._mere_permission) ...
    ("Moldova will allow up to 5,000 Ukrainian refugees to stay in Chisinau.", "AGREE", "moldova", "refugees"),
    # ... and so is one said with "would", or a stated readiness to permit
    ("The Moldovan government said it would allow the opposition to hold a rally in Chisinau.", "AGREE",
     "government", "opposition"),
    ("The Moldovan government said it was ready to allow foreign journalists to cover the vote.", "AGREE",
     "government", ""),
    # a threat faced comes from its author, the one who faces it its target (roles.noun_roles: facing_verbs)
    ("The Moldovan opposition leader faces the threat of arrest by the government.", "THREATEN", "government",
     "opposition leader"),
    ("The opposition leader fled to Romania, facing the threat of arrest by the Moldovan government.", "THREATEN",
     "government", "opposition leader"),
    # a private person asking a body, or a body asking a private person, stays a demand (a guard:
    # extract._private_individual)
    ("In Chisinau, the woman asked the police to investigate the death of her son.", "DEMAND", "woman", "police"),
    ("Moldovan police asked the man to leave the parliament building.", "DEMAND", "police", "man"),
    # a passive's subject thing stands for its "of" party (roles.verb_target, _thing_owner)
    ("One third of the rebel fighters in eastern Moldova have been demobilized since the ceasefire.", "RETREAT", "",
     "rebel fighters"),
    # the act a condition is laid on stays (a guard: extract._condition_act)
    ("If the police arrest the opposition leader, his supporters will protest in Chisinau.", "PROTEST", "supporters",
     ""),
    # recommending an act is a demand (a guard: ``absorbing_verbs`` recommend)
    ("A Moldovan parliamentary committee recommended banning casinos in Chisinau.", "DEMAND", "committee", ""),
    ("The Moldovan committee recommended that the government ban casinos in Chisinau.", "DEMAND", "committee",
     "government"),
]

NOTHING = [
    # a quoted first person's plain future is no statement of intent beside its act (extract._threat)
    ('"We will hold talks with the Romanian president next week," the Moldovan prime minister said.', "AGREE"),
    ('"I will discuss the new hospital with the health minister," the Chisinau mayor said.', "AGREE"),
    # a duty to know, remember or feel asks for no act (``mental_duties``, triggers._mental_duty)
    ("The Moldovan president said voters should not forget the sacrifices of the veterans.", "DEMAND"),
    ("The Chisinau mayor told reporters that residents should remember that the crisis is not over.", "DEMAND"),
    ('"Moldova should be confident about its future," the prime minister said.', "DEMAND"),
    ("The opposition must understand that the reform will take years.", "DEMAND"),
    # a permission only supposed is no commitment (extract._mere_permission): a purpose, a duty, a possibility
    ("The Moldovan ministry introduced new grants so as to allow farmers to buy seed.", "AGREE"),
    ("The court ruled that the electoral commission must allow the candidate to run.", "AGREE"),
    ("Moldova could allow Romanian banks to open branches in Chisinau, a newspaper reported.", "AGREE"),
    ("The Moldovan minister resigned to allow his deputy to take over the talks.", "AGREE"),
    ("Critics erred in thinking that the Moldovan government would allow the opposition to hold rallies.", "AGREE"),
    # one private person asking another is private life (extract._private_individual)
    ("On the bus to Chisinau, she stood up and asked the driver to stop.", "DEMAND"),
    ("Once home in Chisinau, Maria's husband asked her to cook dinner for his guests.", "DEMAND"),
    # the condition of another act is not told to happen (extract._condition_act)
    ("Moldova will keep the border closed unless Transnistria releases the detained journalists.", "RETREAT"),
    ("The two Moldovan ministers faced up to five years in prison if convicted of fraud.", "COERCE"),
    # the act recommended is not done (``absorbing_verbs`` recommend, suggest; ``absorbing_that_clause`` recommend)
    ("A Moldovan parliamentary committee recommended banning casinos in Chisinau.", "COERCE"),
    ("The Moldovan committee recommended that the government ban casinos in Chisinau.", "COERCE"),
    ("The Moldovan committee suggested banning casinos in Chisinau.", "COERCE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
