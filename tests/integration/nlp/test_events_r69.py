"""Round 69: classes from the read halves of the fresh batches r156-r158 (docs/events.md, "Round 69").
One sentence of its own (written for this file, not taken from any evaluation or probe set, test country Lithuania /
Vilnius) for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER,
candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests, mode_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a present that does not agree with its singular subject is a subjunctive, after a present saying too
    # (``subjunctive_sayings`` collectives)
    ("We suggest that the Lithuanian president resign his mandate, the army chief said.", "DEMAND", "army chief",
     "president"),
    # crying foul is complaining of unfair conduct (``phrasal_comment_v2_69``)
    ("The Lithuanian opposition cried foul after the vote.", "DISAPPROVE", "opposition", ""),
    # a threat made stays one (a guard on ``feeling_copulas``)
    ("Lithuania was threatened by Russia.", "THREATEN", "russia", "lithuania"),
    # an armed party's fight to do something stays a fight (a guard on ``figurative_modifiers`` purpose_words)
    ("The Lithuanian army fought to retake the town.", "FIGHT", "army", ""),
    ("Protesters fought Vilnius police to free the detainees.", "PROTEST", "protesters", "police"),
    ("Lithuanian heroes fought till their last breath to protect the sovereignty of the nation.", "FIGHT", "heroes", ""),
    # standing with a party backs it, as standing by it does (``supported_things`` party_phrases)
    ("Lithuania stands with Ukraine.", "SUPPORT", "lithuania", "ukraine"),
    # a relative clause's noun is its verb's object: sanctions imposed are sanctions (``triggers._relative_object``)
    ("Lithuania received an exemption from the sanctions Washington has imposed on Iran.", "SANCTION", "washington",
     "iran"),
    ("The sanctions that the EU imposed on Lithuania hurt its economy.", "SANCTION", "eu", "lithuania"),
    # ... a present's noun keeps its own trigger (a guard)
    ("The Vilnius activists are known for a weekly protest they hold in front of the parliament.", "PROTEST",
     "activists", ""),
    # a ban stays a ban (a guard on ``averted_acts`` from_verbs)
    ("The Vilnius judge banned the protesters from blocking the road.", "COERCE", "judge", "protesters"),
    # being unwilling or reluctant to act with a party is refusing to (adjectives REJECT, ``absorbing_verbs``)
    ("The Lithuanian government was reluctant to hold talks with the rebels.", "REJECT", "government", "rebels"),
    ("Lithuania remains unwilling to extradite the Latvian suspect.", "REJECT", "lithuania", "suspect"),
    # having no choice but to act is acting (``choice_nouns``)
    ("The Lithuanian president had no choice but to step down.", "RETREAT", "president", ""),
    ("The Lithuanian army had no option but to withdraw from the town.", "RETREAT", "army", ""),
    # a request refused whose maker is its "from" party is coded too (``answered_acts``, ``attributes._owned_act``)
    ("Lithuania rejected repeated requests from Latvian officials to join the talks.", "DEMAND", "latvian officials",
     ""),
    ("Lithuania rejected repeated requests from Latvian officials to join the talks.", "REJECT", "lithuania",
     "latvian officials"),
    # a loan granted stays aid (a guard on ``non_events_comment_v2_69``)
    ("The IMF granted a loan to Lithuania.", "AID", "imf", "lithuania"),
    # frivolous and meritless said of a claim deny it (``evaluative_words`` REJECT)
    ("The Lithuanian ministry described the lawsuit as frivolous.", "REJECT", "ministry", ""),
    ("The Lithuanian ministry said the claims were meritless.", "REJECT", "ministry", ""),
]

NOTHING = [
    # ... a present with a collective noun the press gives a plural verb is a statement (a guard)
    ("The polls suggest that the public want change in Vilnius.", "DEMAND"),
    # ... and the demanded act is not done (the subjunctive's content)
    ("We suggest that the Lithuanian president resign his mandate, the army chief said.", "RETREAT"),
    # a participle after a verb of feeling says how the subject feels (``feeling_copulas``)
    ("Lithuania feels threatened by Russia.", "THREATEN"),
    ("The Vilnius residents felt intimidated by the soldiers.", "THREATEN"),
    # a fight, a battle or a struggle to do something, by no armed party, is a campaign
    # (``figurative_modifiers`` purpose_words)
    ("The Vilnius residents' battle to close the airport has continued for years.", "FIGHT"),
    ("The Lithuanian unions will fight to keep their jobs.", "PROTEST"),
    # what a party is banned or barred from doing is not done (``averted_acts`` from_verbs)
    ("The Vilnius judge banned the protesters from blocking the road.", "PROTEST"),
    # an act avoided is not done, not even negated (``averted_acts`` avoid_comment_v2_69)
    ("The Vilnius traders go to the market at 4am to avoid getting caught by the police.", "COERCE"),
    ("Lithuanian lawmakers avoided criticizing the president.", "DISAPPROVE"),
    # a lease or a licence granted is an administrative award, no aid (``non_events_comment_v2_69``)
    ("The mining lease for the Vilnius quarry was granted to a Latvian company.", "AID"),
    # ... the act refused is the refusal's content, not done
    ("The Lithuanian government was reluctant to hold talks with the rebels.", "CONSULT"),
    # ... and reluctance to do what is no act with anyone refuses nothing
    ("The Lithuanian villagers are reluctant to move to the city.", "REJECT"),
    # ... only of a party (a guard)
    ("Most Lithuanian rights groups stood with the girl's right to wear the hijab.", "SUPPORT"),
    ("Lithuanian mine workers are unwilling to make an effort for such an abusive employer.", "REJECT"),
]

MODES = [
    # having no choice but to act takes the tense of "have"
    ("The Lithuanian president had no choice but to step down.", "RETREAT", "asserted"),
    ("The Lithuanian minister will have no choice but to resign.", "RETREAT", "future"),
]

test_finds, test_keeps_quiet = class_tests(FOUND, NOTHING)
test_mode = mode_tests(MODES)
