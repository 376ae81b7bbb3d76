"""Round 42: classes the read article sets (short worldwide-newswire articles, read by the lead) showed wrong or
missed. One sentence of its own (written for this file, not taken from any evaluation or probe set) for each rule;
run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # attacking a party for a deed (a gerund) is a verbal attack (extract ``_grievance``)
    ("The Botswana Democratic Party attacked the opposition for blocking the budget.", "DISAPPROVE", "party",
     "opposition"),
    ("Botswana opposition leaders attacked the finance minister over failing to curb inflation.", "DISAPPROVE",
     "leaders", "minister"),
    # words of shock or of a wrong headed judge what they describe (``evaluative_words`` DISAPPROVE)
    ("The Botswana teachers' union described the pay offer as insensitive.", "DISAPPROVE", "union", ""),
    ("The Botswana opposition said the government's land policy was misguided.", "DISAPPROVE", "opposition",
     "government"),
    ("The Botswana miners' union termed the closure of the mine shocking.", "DISAPPROVE", "union", ""),
    ("The Botswana lawyer said the conditions in the Gaborone prisons were appalling.", "DISAPPROVE", "lawyer", ""),
    # ... cooperation strengthened stays cooperation (a guard)
    ("Botswana and Namibia strengthened cooperation on trade.", "COOPERATE", "", ""),
    # ... a response asked of a party stays a request (a guard)
    ("The Botswana minister asked the police to respond to the protest with restraint.", "DEMAND", "minister",
     "police"),
    # ... and a deal struck stays an agreement (a guard)
    ("Botswana and De Beers struck a deal on diamond sales on Monday.", "AGREE", "", ""),
    # ... aid to a group of people stays aid (a guard)
    ("The Botswana government gave food aid to the flood victims.", "AID", "government", "victims"),
    # ... an accusation judged stays the speaker's judgement (a guard)
    ("The Botswana president said the allegations against him were baseless.", "REJECT", "president", ""),
    # ... and an accusation made stays one (a guard)
    ("The Botswana opposition made allegations of fraud against the electoral commission.", "DISAPPROVE",
     "opposition", ""),
]

NOTHING = [
    # ... not an armed party attacking for a span of time (a guard)
    ("Botswana army units attacked the rebel camp for hours.", "DISAPPROVE"),
    # an accusation or a charge with no maker of its own judged by a clause is no accusation made
    # (triggers ``_judged``, ``judged_accusations``)
    ("The Botswana president said the allegations against him were baseless.", "DISAPPROVE"),
    ("The charges against the Gaborone mayor were politically motivated, her lawyer said.", "COERCE"),
    ("The Botswana Democratic Party said the complaint against its leader was false.", "DISAPPROVE"),
    # a cooperative act as the object of a verb of harming it is a relation at risk (``harmed_relations``)
    ("The Botswana report will harm the cooperation between member states.", "COOPERATE"),
    ("The sanctions will jeopardise cooperation between Botswana and Zimbabwe.", "COOPERATE"),
    # asking for comment or to comment is a reporter's question, no request (``press_requests``)
    ("Asked for comment about the Botswana audit, the minister's lawyer said he would not respond.", "DEMAND"),
    ("Reuters asked the Botswana finance ministry for comment on Monday.", "DEMAND"),
    ("When asked to comment, a Botswana police spokesman declined.", "DEMAND"),
    # striking a balance, a chord or a pose is no strike (``verb_objects`` strike balance ...)
    ("The Botswana government is striking a balance between mining and tourism.", "FIGHT"),
    ("The Botswana president's speech struck a chord with young voters.", "FIGHT"),
    # money passed between two private persons is no aid of a party (extract ``_one_private_person``)
    ("The money was given to her by a Gaborone businessman on Monday.", "AID"),
    # ... and a word of shock that only counts is no judgement
    ("A shocking number of Botswana households still lack electricity.", "DISAPPROVE"),
    # ... nor are words of regret or disappointment, said mostly of situations and markets (tried and dropped)
    ("The Gaborone hotel manager said the demand was disappointing during the holiday.", "DISAPPROVE"),
    ("It is an unfortunate situation, the Botswana minister said.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_he_is_no_court(enricher: Enricher) -> None:
    """A proper noun heading a body's name that the NER left out of the name is no person, so "he"
    refers to no court (actors ``body_heads``, ``is_person``)."""
    text = ("Last week, the Soweto Magistrate's Court sentenced 45-year-old Sipho Dlamini to life imprisonment "
            "after he was convicted of murder.")
    convicted = [e for e in of_type(enricher, text, "COERCE") if e["trigger_text"] == "convicted"]
    assert convicted, of_type(enricher, text, "COERCE")
    assert all("court" not in name(e, "target") for e in convicted), [name(e, "target") for e in convicted]
