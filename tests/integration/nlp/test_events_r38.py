"""Round 38: classes the read article set r86 (short worldwide-newswire articles, read by the lead) and a sweep
over the worldwide-newswire articles showed wrong. One sentence of its own (written for this file, not taken from
any evaluation or probe set) for each rule and lexicon entry; run through the production path (``Enricher``:
lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # refusing to condone an act disapproves of it (``negated_only_verbs`` condone)
    ("The Kenyan bishops said they would never condone the killing of protesters.", "DISAPPROVE", "bishops", ""),
    # a confession concedes, whatever its clause is about (CONCEDE "confess", ``admitted_clauses.confessing_verbs``)
    ("Two Kenyan police officers confessed that the governor had ordered the raid.", "CONCEDE", "officers", ""),
    ("The former Zambian minister confessed to the theft of public funds.", "CONCEDE", "minister", ""),
    # a party used, hired or paid to act is the instrument of the one who uses it (actors v1.13
    # ``subject_control_verbs``)
    ("The Kenyan mining company paid thugs to attack the striking workers.", "ASSAULT", "company", "workers"),
    ("The Zimbabwean ruling party used militias to beat up opposition supporters.", "ASSAULT", "party",
     "supporters"),
    # hearing words is no saying them: the noun keeps its own party (``non_support_verbs.hearing_verbs``)
    ("After hearing the union's complaint, the Kenyan minister promised to act.", "DISAPPROVE", "union", ""),
    # an Interpol red notice or a wanted notice is a call for arrest, as a warrant is (``noun_compounds``)
    ("Interpol issued a red notice for the former Kenyan minister last year.", "COERCE", "interpol", "minister"),
    # allowing is an agreement when it is to come, a refusal when denied (``allowed_things.unrealised_types``)
    ("Kenya will allow the Somali refugees to return home next year.", "AGREE", "kenya", "refugees"),
    ("The Kenyan minister said he would not allow the oil companies to drill in the park.", "REJECT", "minister", ""),
    # giving something up concedes it (phrasal "give up" with its object)
    ("The Kenyan governor gave up power after the protests.", "CONCEDE", "governor", ""),
    # ... a question about a past act presupposes it
    ("The Kenyan opposition wants to know why police arrested the activist.", "COERCE", "police", "activist"),
    ("Kenyan police rounded up dozens of protesters.", "COERCE", "police", "protesters"),
    # opposing a move, a ceasefire or a proposed extension turns it down (verb_objects "oppose ...", v2.39)
    ("The Kenyan opposition will oppose the extension of the state of emergency.", "REJECT", "opposition", ""),
    ("The Somali rebels opposed the ceasefire.", "REJECT", "rebels", ""),
    # approval, delight and contentment expressed are support (``stance_expressions`` SUPPORT nouns)
    ("The Kenyan union voiced approval of the government's plan.", "SUPPORT", "union", "government"),
    ("The Kenyan trader expressed his contentment with the new decision.", "SUPPORT", "trader", ""),
    # wanting to be consulted, included or paid asks it of whoever would do it; a by-agent is the target
    # (``directive_verbs.treatments``)
    ("The Kenyan traders said they want to be consulted on the design of the new market.", "DEMAND", "traders", ""),
    ("The Kenyan nurses want to be paid their arrears by the county government.", "DEMAND", "nurses", "government"),
    # denying or refusing bail declines a release (verb_objects "deny bail", "refuse bail": REJECT, CAMEO 1243)
    ("The Kenyan magistrate refused bail to the former governor.", "REJECT", "magistrate", "governor"),
    # one named person protesting an act objects in words (``source_types`` protest "person"); crowds demonstrate
    ("The UN rapporteur Christof Heyns strongly protested the executions in Kenya.", "DISAPPROVE", "heyns", ""),
    ("Thousands of Kenyan teachers protested the new law in Nairobi.", "PROTEST", "teachers", ""),
    # calling a meeting convenes it (verb_objects "call meeting")
    ("The Kenyan opposition called an emergency meeting on Monday.", "CONSULT", "opposition", ""),
    # armed parties fighting "for" something still fight (``fought_things.fighter_sectors``)
    ("The Somali rebels fought for independence for twenty years.", "FIGHT", "rebels", ""),
    # examining or analysing by a body that investigates, of a party or of a matter, is an inquiry (``scrutiny_words``)
    ("Kenyan police examined the phone records of the suspect.", "INVESTIGATE", "police", ""),
    ("The Kenyan ombudsman examined the complaints against the governor.", "INVESTIGATE", "ombudsman", ""),
    ("The Kenyan auditor-general launched a special audit of the health fund.", "INVESTIGATE", "auditor", ""),
    ("The Kenyan army said it was examining how its soldiers came to shoot the villagers.", "INVESTIGATE", "army", ""),
]

NOTHING = [
    ("The Kenyan minister condoned the abuse of the detainees.", "DISAPPROVE"),
    # ... but a feeling or an aside confessed concedes nothing
    ("I confess I was surprised by the verdict, the Kenyan minister said.", "CONCEDE"),
    ("The idea had, I confess, never occurred to the Kenyan minister.", "CONCEDE"),
    # an act a verb of averting keeps from happening is no event (``averted_acts``)
    ("The Kenyan army took measures to prevent further attacks on civilians.", "ASSAULT"),
    ("The Kenyan army took measures to prevent further attacks on civilians.", "FIGHT"),
    ("The Kenyan guards prevented the prisoners from being beaten.", "ASSAULT"),
    ("Police must do everything to prevent people getting injured in the clashes, the Kenyan minister said.",
     "ASSAULT"),
    # ... a study of things by anyone else is none
    ("The Kenyan analyst inspected several rural markets last week.", "INVESTIGATE"),
    ("The Kenyan report analyses access to justice for survivors of violence.", "INVESTIGATE"),
    ("The Kenyan finance officer helped the county achieve two clean audits.", "INVESTIGATE"),
    # ... a permission given is none
    ("The Kenyan central bank allowed the shilling to weaken last week.", "AGREE"),
    ("The Kenyan parole board is allowing the prisoner visits with his family.", "AGREE"),
    # ... giving up alone or "on" something is ceasing to try (``objectless_phrasals``)
    ("The Kenyan runner said she had tried three times and gave up.", "CONCEDE"),
    ("The Kenyan investors are giving up on the project.", "CONCEDE"),
    # fighting "for" a cause, with no adversary, is a campaign (``fought_things`` causes)
    ("The Kenyan nurses want to fight for equal pay.", "FIGHT"),
    ("The family of the Kenyan activist will continue to fight for justice.", "FIGHT"),
    # a modal act in an open question, or any act under "whether", is none (``question_adverbs`` open, marks)
    ("The Kenyan governor made submissions as to why she should not be suspended.", "COERCE"),
    ("The Kenyan ruling party remains divided over whether to support the bill.", "SUPPORT"),
    # rounding is coercion only "up" (``complement_required`` round)
    ("To round off the year, the Kenyan minister hosted a dinner for the police officers.", "COERCE"),
    # ... a passive of another kind is a wish
    ("The Kenyan president wants to be remembered as a reformer.", "DEMAND"),
    # awaiting an act is no part in it (``non_support_verbs`` await)
    ("The former Kenyan governor is awaiting trial on corruption charges.", "COERCE"),
    # an evaluative word under "any" / "every" names a kind of act, none evaluated (``generic_evaluations``)
    ("The Kenyan police said they value the conduct of their officers and any violation will be handled "
     "seriously.", "DISAPPROVE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)



def test_a_conjunct_with_its_own_auxiliary_keeps_its_own_mode(enricher: Enricher) -> None:
    """A verb conjunct with an auxiliary or a subject of its own is a verb group of its own: the
    first conjunct's negation or modal is not its own (attributes ``_verb_group``); a conjunct
    without one shares them, and "nor" denies its conjunct."""
    (demand,) = of_type(enricher, "We do not condone the violence and will demand an inquiry by the Kenyan police, "
                                   "the union said.", "DEMAND")
    assert demand["mode"] == "future", demand
    (inquiry,) = of_type(enricher, "The Kenyan opposition leaders were not arrested but an inquiry into the "
                                    "matter had been opened by the police.", "INVESTIGATE")
    assert inquiry["mode"] == "asserted", inquiry
    (question,) = of_type(enricher, "The Kenyan police did not arrest the activist or question him.",
                           "INVESTIGATE")
    assert question["mode"] == "negated", question
    (assault,) = of_type(enricher, "The Kenyan police never summoned the activist, nor was he assaulted by the "
                                    "officers.", "ASSAULT")
    assert assault["mode"] == "negated", assault


def test_a_relative_clause_naming_an_event_coded_before_refers_back(enricher: Enricher) -> None:
    """A relative clause that tells an event of a type coded earlier with the same party refers back
    to it (``_anchor_clause``; its pronoun counts as the party it was resolved to); one with a new
    party is a new event."""
    text = ("The former Kenyan minister Amos Kimunya admitted the bribery charges on Monday.\n"
            "Kimunya said he had spent the money while running the schemes to which he pleaded guilty.")
    assert len(of_type(enricher, text, "CONCEDE")) == 1, of_type(enricher, text, "CONCEDE")
    text = ("Police arrested the Zambian opposition leader Hakainde Hichilema on Monday.\n"
            "The journalists, who were arrested by soldiers on Tuesday, were freed.")
    assert len(of_type(enricher, text, "COERCE")) == 2, of_type(enricher, text, "COERCE")


def test_an_infinitive_of_a_denied_need_is_negated(enricher: Enricher) -> None:
    """The act under a denied "have to" / "need to" was not done (attributes ``_embedded_mode``)."""
    (force,) = of_type(enricher, "The Kenyan police did not have to use force against the protesters.", "FIGHT")
    assert force["mode"] == "negated", force
    (attack,) = of_type(enricher, "The Kenyan army had to attack the rebels in the north.", "FIGHT")
    assert attack["mode"] == "asserted", attack
