"""Round 44: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # registering, documenting or recording a party's faults criticises it (``pointed_faults`` verbs)
    ("The Bhutan election observers registered several irregularities in the count.", "DISAPPROVE", "observers",
     ""),
    ("Thimphu rights groups documented dozens of abuses by the border police.", "DISAPPROVE", "groups", ""),
    # a joint news or press conference is a meeting of those who hold it (``noun_compounds`` joint conference)
    ("The Bhutan foreign minister will hold a joint news conference with his Nepali counterpart.", "CONSULT",
     "minister", "counterpart"),
    ("The Bhutanese and Indian prime ministers held a joint press briefing in Thimphu.", "CONSULT", "", ""),
    # a bare singular armed force before an event noun is its party (``compound_agents``)
    ("The Bhutan election went ahead despite rebel threats to disrupt it.", "THREATEN", "rebel", ""),
    ("Rebel raids on two Bhutanese border villages continued on Sunday.", "COERCE", "rebel", ""),
    # a vow not to allow or tolerate others' dissent is a threat to stop it (``vowed_hostility`` forbidding_verbs)
    ("The Bhutan king vowed never to tolerate street protests.", "THREATEN", "king", ""),
    ("The Bhutan interior minister vowed not to tolerate any unrest in the south.", "THREATEN", "minister", ""),
    # a warning given for or over what a party did or said is a rebuke (``verbal_attacks.rebukes``)
    ("The Bhutan ruling party warned its Thimphu MP for his unwarranted statements.", "DISAPPROVE", "party", ""),
    # an attack noun with a grievance is a verbal attack, as the verb is (``verbal_attacks``)
    ("The Bhutan opposition mounted a fresh attack on the ruling party over the remarks.", "DISAPPROVE",
     "opposition", "party"),
    # ... a warning of a consequence stays a threat (a guard)
    ("The Bhutan army warned the smugglers of a harsh response.", "THREATEN", "army", "smugglers"),
    # a stranded preposition's object is the noun its relative clause modifies (roles.prep_object)
    ("Nepal is one of the countries Bhutan has cooperated with on hydropower.", "COOPERATE", "bhutan", "countries"),
    # a speaker saying it did no wrong denies the blame (``exonerations``)
    ("The Bhutan health minister said he had done nothing wrong.", "REJECT", "minister", ""),
    ("Thimphu traders said they did not do anything illegal.", "REJECT", "traders", ""),
    # ... while a threat to a party stays a threat (a guard for ``endangering_verbs.nouns``)
    ("The Bhutanese militants issued threats to the journalists in the town.", "THREATEN", "militants",
     "journalists"),
]

NOTHING = [
    # an act a party does seldom or rarely is a habit described, no act (``rarity_adverbs``)
    ("The Bhutan prime minister has seldom criticised the army in public.", "DISAPPROVE"),
    ("The Thimphu government rarely calls for foreign aid.", "DEMAND"),
    # a threat or danger to a thing is no threat a party makes (``endangering_verbs.nouns``)
    ("Bhutan activists say the authorities use threats to national security to silence journalists.", "THREATEN"),
    # ... (a guard: a danger named with no party, none before either)
    ("The Bhutan opposition called the new media law a danger to democracy.", "THREATEN"),
    # ... and recording a rise is no criticism (a guard for ``pointed_faults``)
    ("The Bhutan trade ministry recorded a five percent rise in exports.", "DISAPPROVE"),
    # ... a party's own news conference is no meeting (a guard)
    ("The Bhutan opposition held a news conference in Thimphu on Friday.", "CONSULT"),
    # a passive duty that names no one to do the act is a view, no call (``passive_calls`` since plover.v2.65: only a
    # party as the passive's agent is called on) ...
    ("The Bhutan opposition leader said the votes must be recounted in four districts.", "DEMAND"),
    ("A Thimphu shopkeeper told reporters that the whole system must be changed.", "DEMAND"),
    # ... a need met in the past is no call, nor is an active clause on a thing (guards for ``passive_calls``)
    ("The Bhutan election official said the vote had to be postponed because of the floods.", "DEMAND"),
    ("Thimphu traders said prices should stabilise next month.", "DEMAND"),
    # ... nor a relative or question word as the thing ("what must be done": no act named)
    ("The Bhutan finance minister said everyone knows what must be done.", "DEMAND"),
    # ... a vow not to allow a harm is no threat (a guard for ``vowed_hostility`` forbidding_verbs)
    ("The Bhutan army pledged not to allow any more killings in the valley.", "THREATEN"),
    # ... an attack over a span of time stays an attack, no rebuke (a guard)
    ("Rebels launched an attack on the Bhutan border town over the weekend.", "DISAPPROVE"),
    # ... clearing someone else is a defence, no denial of one's own (a guard for ``exonerations``)
    ("The Bhutan police report said the officers had done nothing wrong.", "REJECT"),
    # ... a compound that names a kind of thing has no party (a guard for ``compound_agents``)
    ("The Bhutan army bought a rebel attack helicopter from a dealer.", "ASSAULT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
