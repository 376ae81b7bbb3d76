"""Round 66: classes from the read halves of the fresh batches r137-r144 (docs/events.md, "Round 66"). One sentence
of its own (written for this file, not taken from any evaluation or probe set, test country Latvia / Riga) for each
rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing,
events)."""

from __future__ import annotations

from tests.support.events import class_tests, mode_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # improving, strengthening, mending ties or relations with a party is SUPPORT (``verb_objects`` ties, CAMEO 050)
    ("Latvia has strengthened relations with Georgia since 2019.", "SUPPORT", "latvia", "georgia"),
    ("The Latvian government is working to mend ties with Belarus.", "SUPPORT", "government", "belarus"),
    # a duty on the government laid by the opposition, or on another country's government, stays a demand
    # (guards on ``internal_instructions.own_government``)
    ("The government must resign, the Latvian opposition leader said on Monday.", "DEMAND", "opposition leader",
     "government"),
    ("The Latvian president said the Russian government must release the detained journalists.", "DEMAND",
     "president", "government"),
    # words of harm or danger said of a party or its conduct criticise it (``party_evaluations``)
    ("The Latvian MP considered NATO to be a great danger to the security of the region.", "DISAPPROVE", "mp",
     "nato"),
    ("The Latvian opposition said the government's energy policy was disastrous for farmers.", "DISAPPROVE",
     "opposition", "government"),
    ("The Latvian minister called the smuggling gangs a menace to society.", "DISAPPROVE", "minister", "gangs"),
    # contributing a sum of money or aid gives aid (``sum_only_verbs``)
    ("Latvia contributed 2 million euros to the UN refugee agency.", "AID", "latvia", "refugee agency"),
    ("The Latvian government contributed humanitarian aid to Moldova.", "AID", "government", "moldova"),
    # signing an agreement to do something is SUPPORT, as signing one is (``act_agreements`` type_comment_v2_66)
    ("The Riga airline signed a deal with a Finnish travel agency to offer flights to Helsinki.", "SUPPORT",
     "airline", "agency"),
    # concluding, finalising or entering into an agreement signs it (``verb_objects`` comment_v2_66_concluded,
    # ``object_preps`` enter into, roles.verb_target: the agreement's "with" party)
    ("Latvia entered into an agreement with Estonia on border security.", "SUPPORT", "latvia", "estonia"),
    ("Latvia and Lithuania concluded a trade agreement in Riga.", "SUPPORT", "latvia", ""),
    # a state, a body or an organisation on one side stays cooperation (guards on ``private_cooperation``)
    ("Latvian police worked with local residents to find the missing boy.", "COOPERATE", "police", "residents"),
    ("Latvia and France share a very close cooperation in the field of internal security.", "COOPERATE", "latvia",
     "france"),
    ("\"We worked in close coordination with the health ministry overnight,\" the Riga institute said.", "COOPERATE",
     "institute", "ministry"),
    ("Latvian crews joined Estonian rescuers on Friday in a joint effort to contain an oil spill.", "COOPERATE",
     "latvian crews", ""),
    # a demand made, or one with its content, stays a demand (guards on ``handled_demands``)
    ("Latvian teachers submitted a request to the ministry in Riga.", "DEMAND", "teachers", "ministry"),
    ("The Latvian minister considered the request of the farmers to import more grain.", "DEMAND", "farmers", ""),
    # sending, dispatching or returning an ambassador to a country restores relations, SUPPORT; an envoy sent visits,
    # CONSULT (``verb_objects`` comment_v2_66_ambassadors)
    ("Latvia and Lithuania have decided to dispatch ambassadors to Georgia.", "SUPPORT", "latvia", "georgia"),
    ("Latvia returned its ambassador to Minsk after six years.", "SUPPORT", "latvia", "minsk"),
    ("The Latvian president sent an envoy to Kyiv for talks.", "CONSULT", "president", "kyiv"),
    # ... and one called home stays a recall (a guard)
    ("Latvia has called home its ambassador to Moscow in protest.", "SANCTION", "latvia", "moscow"),
    # a speech foretold reports its quoted clause as "he will say" does (``speech_previews``, triggers.reported_clause)
    ("\"The government should make childcare free,\" the Latvian Greens leader is expected to say.", "DEMAND",
     "greens leader", "government"),
    ("\"The coalition has betrayed the voters,\" the Latvian opposition leader is set to say on Monday.",
     "DISAPPROVE", "opposition leader", "coalition"),
    # calling or asking for something to be done, in the passive, asks for it (triggers: the "for" clause's passive
    # subject); a thing done is no party asked, the clause's agent is (roles)
    ("The Latvian opposition called for the election to be postponed by parliament.", "DEMAND", "opposition",
     "parliament"),
    ("Latvian rights groups called for the journalists to be released.", "DEMAND", "rights groups", "journalists"),
    ("The Riga plaintiff has asked for the sum to be returned and for damages to be paid.", "DEMAND", "plaintiff", ""),
    ("The Latvian minister asked that the audit report be made public.", "DEMAND", "minister", ""),
    # a demonstration against something stays a protest (a guard on ``shown_qualities``)
    ("Latvian students staged a demonstration against the new law in Riga.", "PROTEST", "students", ""),
]

NOTHING = [
    # an infinitive on an adjective of ease or difficulty is an act no one is said to do (``tough_adjectives``)
    ("It is difficult to negotiate with the Taliban, the Latvian foreign minister said.", "CONSULT"),
    ("The Riga airline offers eight weekly flights, making it easy to plan a trip to Latvia.", "CONSULT"),
    ("The rebels are hard to negotiate with, a Latvian envoy said.", "CONSULT"),
    ("The new rules make it easier to visit Latvia.", "CONSULT"),
    # a head of government or a minister saying the government must act lays a duty on its own body
    # (``internal_instructions.own_government``)
    ("The government must continue to manage the country's finances prudently, the Latvian finance minister said.",
     "DEMAND"),
    ("Latvian Prime Minister Krisjanis Karins said the government must do more to fight inflation.", "DEMAND"),
    # a demonstration of a quality or a stance shows it: no protest (``shown_qualities``)
    ("The visit was a clear demonstration of Latvia's commitment to the alliance.", "PROTEST"),
    ("The donation is a strong demonstration of Latvia's unwavering support to the refugees.", "PROTEST"),
    # harm or danger said of a thing or of a person criticises no one (``party_evaluations``)
    ("The Latvian minister said the chemicals were dangerous.", "DISAPPROVE"),
    ("Latvian police said the suspect was armed and dangerous.", "DISAPPROVE"),
    ("The storm was destructive, Latvian officials said.", "DISAPPROVE"),
    ("A Latvian professor wrote that autocracies are making an effort because it is more dangerous for them to crack "
     "down on protests.", "DISAPPROVE"),
    ("\"It came to have such a disastrous history,\" the Latvian historian said.", "DISAPPROVE"),
    ("She argues the territory's high prison rate shows how Latvian legislation can be harmful.", "DISAPPROVE"),
    # contributing to something, or contributing troops or an article, gives no aid (``sum_only_verbs``)
    ("The Latvian reforms contributed to growth.", "AID"),
    ("Latvia contributed troops to the mission in Mali.", "AID"),
    ("The Latvian poet contributed an article to the newspaper.", "AID"),
    ("Latvian agriculture contributes about 17 percent of the gross domestic product.", "AID"),
    # ... nor is a signed deal an agreement to act beside it
    ("The Riga airline signed a deal with a Finnish travel agency to offer flights to Helsinki.", "AGREE"),
    # a treaty entering into force, troops entering a town: no agreement signed (guards on ``object_preps`` enter)
    ("The treaty entered into force in Latvia in 2020.", "SUPPORT"),
    ("Latvian troops entered into the town at dawn.", "SUPPORT"),
    # people working together, with no state, body, organisation or party on either side, do not cooperate as
    # parties (``private_cooperation``)
    ("The couple worked together on a farm near Riga for years.", "COOPERATE"),
    ("\"When we used to work with them, they all wanted a very good deal,\" the Riga trader said.", "COOPERATE"),
    # a demand with no content of its own that a verb meets, solves or processes was made before (``handled_demands``)
    ("The Latvian minister promised to solve the problems and legitimate demands of the people.", "DEMAND"),
    ("The Riga office said there were major delays in processing their requests.", "DEMAND"),
    # an ambassador returned is no retreat, an envoy sent no aid (``verb_objects`` comment_v2_66_ambassadors)
    ("Latvia returned its ambassador to Minsk after six years.", "RETREAT"),
    ("The Latvian president sent an envoy to Kyiv for talks.", "AID"),
    # an expectation of a saying with its own "that" clause stays what it was (a guard on ``speech_previews``)
    ("The Latvian minister is expected to say that the economy will grow.", "DISAPPROVE"),
    # expanding ties with suppliers is business (a guard on ``verb_objects`` ties)
    ("The Riga company is expanding its ties with local suppliers.", "SUPPORT"),
]

MODES = [
    # the act on an adjective of ease is not done (``tough_adjectives``)
    ("It is easy to attack civilians in the camps, a Latvian report said.", "ASSAULT", "hypothetical"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
test_class_modes = mode_tests(MODES)
