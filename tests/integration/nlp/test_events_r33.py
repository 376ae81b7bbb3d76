"""Round 33: classes the read article set r54 (seven long features, read by the lead) and the sweep of every event
over the worldwide-newswire articles showed wrong. One sentence of its own (written for this file, not taken from
any evaluation or probe set) for each rule and lexicon entry; run through the production path (``Enricher``:
lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an act told in the past in a relative clause, or of a past habit clause, stays an event (guards for
    # ``described_acts``)
    ("The rebels, who attacked the convoy on Monday, fled into the hills.", "ASSAULT", "rebels", "convoy"),
    ("When police fired on the crowd in Nairobi, three people were killed.", "ASSAULT", "police", "crowd"),
    # a stance told of a party in a present relative clause stays an event (guard: statements are not described)
    ("The Sri Lankan president heads a clan that most protesters blame for the crisis.", "DISAPPROVE", "protesters",
     ""),
    # aid given, not taught (guard for ``described_acts.manner_words``)
    ("The Kenyan Red Cross assisted flood victims in Kisumu.", "AID", "red cross", "victims"),
    # a promise of a party's act or to a party stays an offer (guards for ``forecast_warnings.promises``)
    ("The Ethiopian minister promised that the army would withdraw from the border towns.", "AGREE", "minister", ""),
    ("The Ugandan government promised the teachers a pay rise.", "AGREE", "government", "teachers"),
    # a delegation's visit stays a visit (guard for the writer's own travel)
    ("The Kenyan delegation visited the Kremlin on Tuesday.", "CONSULT", "delegation", "kremlin"),
    # a party that threatens, or threatens with an act, stays a threat (guards for ``endangering_verbs``)
    ("The militants threatened the villagers in Borno.", "THREATEN", "militants", "villagers"),
    ("The striking nurses threatened the health ministry with more walkouts.", "THREATEN", "nurses", "ministry"),
    # food provided to people stays aid (guard for ``provided_words`` "report")
    ("The Malawian charity provided food to the flood victims.", "AID", "charity", "victims"),
    # concern about an act, or dismay at a party's act, stays a criticism (guards for ``expressed_feelings``)
    ("The United Nations expressed concern about the arrests of journalists in Burundi.", "DISAPPROVE",
     "united nations", ""),
    ("The Zambian opposition voiced dismay at the court's ruling.", "DISAPPROVE", "opposition", "court"),
    # voting in favour of a measure endorses it (``phrasal`` "vote in favour")
    ("The Kenyan senator voted in favour of the finance bill.", "SUPPORT", "senator", ""),
    # an obligation in a quote that goes on from a line naming its speaker stays a demand (guard for the writer's
    # voice), as does one with a first-person word
    ("The Ugandan minister said on Monday that talks would continue.\nThe government must release the detainees.",
     "DEMAND", "", "government"),
    ("The detainees have been held for a year.\nOur government must release the detainees.", "DEMAND", "",
     "government"),
    # blocking a request, an effort or a bill refuses it (``blocked_deals``); blocking people stays coercion (guard)
    ("The Zambian opposition blocked the reform bill in parliament.", "REJECT", "opposition", ""),
    ("China blocked efforts by Western states to condemn the coup in Myanmar.", "REJECT", "china", ""),
    ("Kenyan police blocked the protesters from entering the square.", "COERCE", "police", "protesters"),
    # going back on a pledge or a deal refuses it (``verbs`` REJECT "renege")
    ("The Malawian government reneged on the deal with the teachers' unions.", "REJECT", "government", ""),
    # a party said to lie is accused (guard for ``accusing_verbs.party_doers``)
    ("The opposition said the minister lied to parliament about the loan.", "DISAPPROVE", "opposition", "minister"),
]

# (sentence, type that must not be found)
NOTHING = [
    # a present act in a relative clause describes its party (``described_acts``)
    ("Amnesty named the Kenyan charity, which works with street children in Nairobi, as a partner.", "COOPERATE"),
    ("The opposition wants to abolish the special tribunal which tries former ministers.", "COERCE"),
    ("Voters in the district prefer candidates who promise to deliver jobs.", "AGREE"),
    # a present act in a clause of habit is a habit (``described_acts.habit_marks``)
    ('"I only go to the district office when the chief calls me," the Malawian farmer says.', "CONSULT"),
    # an infinitive of manner is a skill taught (``described_acts.manner_words``)
    ("The elders taught the young nurses how to assist mothers during labour.", "AID"),
    # a promise of what things will do is a forecast (``forecast_warnings.promises``)
    ("Supporters of the mining code promised that jobs and tax revenue would follow.", "AGREE"),
    # the writer's own travel is no visit
    ("Last summer I planned a week-long trip to Playa Hermosa.", "CONSULT"),
    ("So we made a two-day trip to the Diani Reef Hotel.", "CONSULT"),
    # a thing that threatens something endangers it (``endangering_verbs``)
    ("The Ethiopian army's offensive threatens thousands of civilians in Tigray.", "THREATEN"),
    ("European sanctions on fertiliser exports threaten Malawi's harvest.", "THREATEN"),
    # a report handed in is no aid (``provided_words`` "report")
    ("The school trustees will provide annual reports to the Kenyan education minister.", "AID"),
    # a worry expressed about one's own lot or a natural hazard is no criticism (``expressed_feelings``)
    ("Nurses in Malawi expressed concern about losing their allowances.", "DISAPPROVE"),
    ("Doctors in Zambia raised concerns about malaria in the northern districts.", "DISAPPROVE"),
    # an obligation no speaker lays in an article is the writer's own prescription (a single sentence cannot tell)
    ("Malawi's youth need jobs.\nFifth, Malawi should adopt a national plan on youth employment.", "DEMAND"),
    ("Journalists in Kampala work in fear.\nThe Ugandan army must stop arresting journalists.", "DEMAND"),
    # a solution that lies somewhere is no lie (``accusing_verbs.party_doers``)
    ("The Israeli researcher says the answer lies in giving schools more freedom.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
