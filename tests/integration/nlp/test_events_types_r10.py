"""Round 10 (plover.v2.11): event types that generalise, by class of expression. One sentence of its
own (written for this file, not taken from any evaluation set) for each lexicon entry and rule; run
through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate
parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import assert_finds, assert_quiet, events, refused_by_gate

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an extraposed predicate of obligation: "it is time / necessary / imperative for X to do", "... that X do"
    ("It is time for Russia to withdraw its troops, the NATO chief said.", "DEMAND", "nato chief", "russia"),
    ("The minister said it was time for the rebels to lay down their arms.", "DEMAND", "minister", "rebels"),
    ("The president said it was imperative that Israel stop its attacks on Gaza.", "DEMAND", "president", "israel"),
    ("The envoy said it was essential for the two sides to resume talks.", "DEMAND", "envoy", "sides"),
    ("It is important for Iran to return to the negotiating table, the French foreign minister told reporters.",
     "DEMAND", "foreign minister", "iran"),
    ("It is high time for the government to release all political prisoners.", "DEMAND", "", "government"),
    # a semi-modal of obligation ("needs to", "ought to") in a reported clause; the gate admits its line
    ("The foreign ministry said Turkey needed to respect Iraq's sovereignty.", "DEMAND", "foreign ministry", "turkey"),
    ("The president stressed that the international community ought to do more for refugees.", "DEMAND",
     "president", "international community"),
    # ... and as the mandative complement of "insist"
    ("The envoy insisted that Iran needs to allow inspectors back into the country.", "DEMAND", "envoy", "iran"),
    ("The minister insisted that the rebels have to lay down their arms first.", "DEMAND", "minister", "rebels"),
    # a hostile act's noun as the label of a characterisation or a reported predicate (accusing_labels)
    ("He called the raid a massacre.", "DISAPPROVE", "he", ""),
    ("Abbas urged the international community to intervene, calling the raid a massacre.", "DISAPPROVE", "abbas", ""),
    ("Moscow termed the NATO operation an invasion.", "DISAPPROVE", "moscow", ""),
    ("The opposition said the shelling of the town was a massacre.", "DISAPPROVE", "opposition", ""),
    ("The rebels called the offensive a massacre of civilians.", "DISAPPROVE", "rebels", ""),
    # ... also with "as" hung on the characterised object by the parser
    ("The ministry described the killing of the protesters as cold-blooded murder.", "DISAPPROVE", "ministry", ""),
    ("The ministry described the remarks as unacceptable interference in its internal affairs.", "DISAPPROVE",
     "ministry", ""),
    # a meeting noun as the adverbial of a clause addressed to a party: the subject and the addressee met
    ("Erdogan told Putin in a phone call that Turkey was ready to mediate.", "CONSULT", "erdogan", "putin"),
    ("Putin and Erdogan agreed in a phone call to continue contacts.", "CONSULT", "putin", "erdogan"),
    ("The two leaders agreed during a phone call to step up cooperation.", "CONSULT", "leaders", ""),
    ("In a telephone call with the Saudi crown prince, Biden expressed concern over oil prices.", "CONSULT", "biden",
     "crown prince"),
    # ... what happens during a call is not what is agreed or demanded: the agreement stays beside it
    ("Putin and Erdogan agreed in a phone call to continue contacts.", "AGREE", "putin", ""),
    # a verb addressed to a party by phone is a consultation with it, beside its own event
    ("Putin told Erdogan by phone that Russia would continue the operation.", "CONSULT", "putin", "erdogan"),
    ("The president assured his Egyptian counterpart by telephone that aid would continue.", "CONSULT", "president",
     "counterpart"),
    ("Biden urged Netanyahu by phone to agree to a ceasefire.", "CONSULT", "biden", "netanyahu"),
    ("Biden urged Netanyahu by phone to agree to a ceasefire.", "DEMAND", "biden", "netanyahu"),
    # a reported clause that denies a positive quality (negated_evaluations)
    ("The opposition said the election was not free and fair.", "DISAPPROVE", "opposition", ""),
    ("The opposition said the election was neither free nor fair.", "DISAPPROVE", "opposition", ""),
    ("The ministry said the claims were not true.", "REJECT", "ministry", ""),
    # a participle as the evaluation; an adverb and a participle; new evaluative words
    ("The ministry said the report was biased.", "DISAPPROVE", "ministry", ""),
    ("The group said the arrests were politically motivated.", "DISAPPROVE", "group", ""),
    ("Moscow said the expulsion of its diplomats was an unfriendly act.", "DISAPPROVE", "moscow", ""),
    ("The Pope said the war was madness.", "DISAPPROVE", "pope", ""),
    # the copula with "in" holds the evaluation (equating_predicates)
    ("The ministry said the strikes were in violation of international law.", "DISAPPROVE", "ministry", ""),
    # "take X to task" (phrasal)
    ("The minister took the government to task over the price rise.", "DISAPPROVE", "minister", "government"),
    ("The opposition leader was taken to task by party members.", "DISAPPROVE", "party members", "opposition leader"),
    # an obligation that a harm cease (deontic_verbs.ceasing)
    ('"The killing must stop," the Pope said.', "DEMAND", "pope", ""),
    ("The minister said the violence had to end.", "DEMAND", "minister", ""),
    ("The UN said Israel's attacks on Gaza must stop immediately.", "DEMAND", "un", "israel"),
    # a meeting in a time adverbial ("after meeting X") is no content of the main clause's demand
    ("After meeting the Pope, the president urged Catholics to support the peace deal.", "CONSULT", "president",
     "pope"),
    ("The president, after meeting the Pope, urged Catholics to pray.", "DEMAND", "president", "catholics"),
    # undoing a legal action is RETREAT (undone_legal_acts)
    ("The court quashed the conviction of the opposition leader.", "RETREAT", "court", "opposition leader"),
    ("The judge quashed the charges against the two men.", "RETREAT", "judge", "men"),
    ("An appeals court overturned the sentence of the blogger.", "RETREAT", "court", "blogger"),
    # the other verbs of urging are demands ("lobby X to do": directive_verbs)
    ("The families lobbied the government to release the prisoners.", "DEMAND", "families", "government"),
    ("The EU pressured Turkey to release the journalists.", "DEMAND", "eu", "turkey"),
    # the "of" party of a demand noun makes it ("at the request of X": X's request)
    ("At the request of the Kenyan government, the UN sent a team of experts.", "DEMAND", "kenyan government", ""),
    # shouting, chanting or raising slogans is a protest (verb_objects)
    ("The MPs trooped into the well of the House shouting slogans against the government.", "PROTEST", "mps",
     "government"),
    ("Opposition members raised slogans against the government.", "PROTEST", "opposition members", "government"),
    # a label as the apposition of a characterisation's object; "conspiracy" (evaluative_words)
    ("The Awami League leader termed the BNP's movement a conspiracy.", "DISAPPROVE", "leader", "bnp"),
    # taking control of a place is seizing it (taken_control; COERCE as "seize")
    ("Rebels seized control of the town on Sunday.", "COERCE", "rebels", ""),
    ("Government forces regained control of the airport.", "COERCE", "government forces", ""),
    ("The insurgents wrested control of the district from the army.", "COERCE", "insurgents", ""),
    ("M23 rebels took control of Goma.", "COERCE", "rebels", "goma"),
    ("The Islamists took over Timbuktu.", "COERCE", "islamists", "timbuktu"),
    ("The rebels took over the police station.", "COERCE", "rebels", ""),
    # a reported obligation that a party be punished is a call to punish it (deontic_verbs.punishing)
    ('"The Zionist regime must be held accountable for its crimes," he said.', "DISAPPROVE", "he", "regime"),
    ("The ministry said the perpetrators must be brought to justice.", "DISAPPROVE", "ministry", "perpetrators"),
    ("The opposition said the police officers should be punished.", "DISAPPROVE", "opposition", "officers"),
    # welcoming a visitor is hosting a meeting (hosting_verbs)
    ("The president welcomed his Kenyan counterpart to State House.", "CONSULT", "president", "counterpart"),
    ("The king welcomed the visiting prime minister at the royal palace.", "CONSULT", "king", "prime minister"),
    ("Putin welcomed Assad to the Kremlin on Tuesday.", "CONSULT", "putin", "assad"),
    ("The EU welcomed the visiting Chinese trade delegation.", "CONSULT", "eu", "delegation"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), FOUND)
def test_class_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    assert_finds(enricher, text, event_type, source, target)


# sentences of the same words that hold no event of the class
NOTHING = [
    ("It is time for us to act, the president said.", "DEMAND"),
    ("The minister said it was important that the talks had succeeded.", "DEMAND"),
    ("It was the first time for the team to win the cup.", "DEMAND"),
    ("It is important for investors to diversify their portfolios, analysts said.", "DEMAND"),
    ("The coach said it was time for the players to focus on the next game.", "DEMAND"),
    ("The coach insisted that he needs to rest his players.", "DEMAND"),
    ("He said he needed to go home.", "DEMAND"),
    ("The general described the operation as an offensive against militants.", "DISAPPROVE"),
    ("The historian described the battle as a turning point of the war.", "DISAPPROVE"),
    ("The massacre was carried out by the militia, the witnesses said.", "DISAPPROVE"),
    ("The minister told reporters at a meeting in Brussels that the talks had stalled.", "CONSULT"),
    ("The minister told reporters by phone that he was safe.", "CONSULT"),
    ("The minister said in a radio interview that the talks had failed.", "CONSULT"),
    ("The opposition renewed its call for early elections.", "CONSULT"),
    ("The president welcomed the decision.", "CONSULT"),
    ("The pilot said nothing was wrong with the plane.", "DISAPPROVE"),
    ("Officials said the vote was free and fair.", "DISAPPROVE"),
    ("The minister said the workers were highly motivated.", "DISAPPROVE"),
    ("The bank said the figures were not final.", "REJECT"),
    ("Traders said volatility should stabilise.", "DEMAND"),
    ("The spokesman said the president was in Moscow.", "DISAPPROVE"),
    ("The minister described the president, a former general, as a reformer.", "DISAPPROVE"),
    ("The company unveiled a new advertising slogan.", "PROTEST"),
    ("The new management took control of the company.", "COERCE"),
    ("The prisoners must be released immediately, the group said.", "DISAPPROVE"),
    ("The crossings should be opened, the minister said.", "DISAPPROVE"),
    ("The government regained control of inflation.", "COERCE"),
    ("The company took over its rival for $2 billion.", "COERCE"),
    ("The new coach took over the team in June.", "COERCE"),
    ("The minister dismissed the charges as politically motivated.", "RETREAT"),
    ("The company said the data breach affected thousands of customers.", "DISAPPROVE"),
    ("He said the rain should stop by noon.", "DEMAND"),
    ("Ibrahim told Reuters by telephone from his office in Amman that he had not been notified.", "CONSULT"),
    ("The minister spoke to Reuters on Monday.", "CONSULT"),
    ("The president spoke to the BBC in an interview.", "CONSULT"),
    ("In a telephone call to a local newspaper, the manager said he would stay.", "CONSULT"),
    ("The UN welcomed the agreement between the two sides.", "CONSULT"),
    ("The mayor welcomed the tourists to the city.", "CONSULT"),
    ("The opposition welcomed the release of the activist in Cairo.", "CONSULT"),
]


@pytest.mark.parametrize(("text", "event_type"), NOTHING)
def test_class_keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    assert_quiet(enricher, text, event_type)


def test_a_demanded_act_is_absorbed(enricher: Enricher) -> None:
    """The act a party is obliged or urged to do is the demand's content, not an event of its own
    (also when the parser hangs the object's infinitive as a purpose: "exhorted the rebels to ...")."""
    for text in ("It is time for Russia to withdraw its troops, the NATO chief said.",
                 "The envoy insisted that Iran needs to allow inspectors back into the country.",
                 "The bishop exhorted the rebels to release the hostages.",
                 "The group petitioned the court to release the activists.",
                 "The EU pressured Turkey to release the journalists."):
        found = events(enricher, text)
        assert [e["event_type"] for e in found] == ["DEMAND"], found
    found = events(enricher, '"The regime must be held accountable for its crimes," he said.')
    assert [e["event_type"] for e in found] == ["DISAPPROVE"], found  # the call to punish, not a second one


def test_trigger_gate_admits_every_sentence_of_the_classes(enricher: Enricher) -> None:
    """The gate sends each line these rules find an event in to the parser; "time", "needed" and
    "important" are phrase heads only (with "it" + "for" + "to", or "to" + a reporting verb)."""
    from pipeline.nlp.events import trigger_gate

    gate = trigger_gate(enricher.nlp)
    assert not refused_by_gate(enricher, [text for text, *_ in FOUND])
    assert {"time", "needed", "important", "ought", "video", "took", "regained"}.isdisjoint(gate.forms)
    assert not gate.admits("it is time for lunch".split())
    assert gate.admits("he spoke to her by video".split()) and not gate.admits("she watched a video".split())


def _article(enricher: Enricher, text: str) -> list[tuple[int, str]]:
    from pipeline.nlp.enrich import EnrichInput

    (result,) = enricher.enrich([EnrichInput(text.lower())])
    return [(e["sentence_index"], e["event_type"]) for e in result.events]


def test_an_event_noun_with_other_actors_is_a_new_event(enricher: Enricher) -> None:
    """An event noun refers back to an event of its type coded earlier in the article only when its
    own actors may be that event's: "the prime minister's talks with the Chinese president" after
    talks with the Indian prime minister is a second meeting; "the talks" is the first again."""
    found = _article(enricher, "The prime minister held talks with his Indian counterpart on Monday.\n"
                               "On Tuesday, the prime minister's talks with the Chinese president focused on trade.\n"
                               "The talks were described as friendly.")
    assert (1, "CONSULT") in found and (2, "CONSULT") not in found, found
    found = _article(enricher, "The European Union condemned the attack on the convoy.\n"
                               "The opposition's criticism of the president grew on Tuesday.")
    assert (1, "DISAPPROVE") in found, found
    found = _article(enricher, "Russia invaded Ukraine in February.\nRussia's invasion of Ukraine has killed thousands.")
    assert (1, "FIGHT") not in found, found
