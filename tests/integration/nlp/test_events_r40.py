"""Round 40: classes the read article sets (short worldwide-newswire articles, read by the lead), the sweep,
batteries of the press's idioms and the PLOVER manual showed wrong or missed. One sentence of its own
(written for this file, not taken from any evaluation or probe set) for each rule; run through the
production path (``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a characterising verb's label in an "as" clause the parser made adverbial (triggers ``_characterisation``)
    ("The Kenyan ministry branded the audit report as biased.", "DISAPPROVE", "ministry", ""),
    # ... and an adjective in -ly the tagger took for an adverb
    ("The Kenyan minister described the ambush on the convoy as cowardly.", "DISAPPROVE", "minister", ""),
    # a clause a characterising verb takes is typed as a reported one ("considers that ...")
    ("The former Kenyan auditor considers that the president must reshuffle his cabinet.", "DEMAND", "auditor",
     "president"),
    # a criticism verb in the passive with conduct or an act alone as its subject (extract ``_criticised_thing``)
    ("The new county budget has been widely criticised.", "DISAPPROVE", "", ""),
    ("The arrests of the Kenyan activists were condemned.", "DISAPPROVE", "", ""),
    # a title before a name counts as the name's noun, and a nuncio is an envoy (``envoy_nouns``): SANCTION
    ("The Kenyan government expelled Ambassador John Smith on Friday.", "SANCTION", "government", ""),
    ("The Kenyan government expelled the papal nuncio on Friday.", "SANCTION", "government", "nuncio"),
    # ASSAULT verbs of mutilation
    ("Two Kenyan herders were decapitated by the raiders.", "ASSAULT", "raiders", ""),
    ("The bodies of the Kenyan traders had been mutilated by the gang.", "ASSAULT", "gang", ""),
    # persons recaptured are detained again (``object_types`` recapture)
    ("Kenyan police recaptured the escaped prisoners on Sunday.", "COERCE", "police", "prisoners"),
    # an evaluative noun with the modifier before it (triggers ``_evaluation``)
    ("The Kenyan opposition said the inquiry was a witch hunt.", "DISAPPROVE", "opposition", ""),
    ("The Kenyan ruling party said the charges were a smear campaign.", "REJECT", "party", ""),
    # parties working together cooperate (``phrases`` "work together"), each with the other
    ("Kenya and Uganda will work together to secure their common border.", "COOPERATE", "kenya", "uganda"),
    # ... and doing a wrong in a reported clause stays an accusation
    ("The Kenyan minister said the opposition had committed a crime.", "DISAPPROVE", "minister", "opposition"),
    # a cooperation or aid noun in a manner phrase or the object's "in" phrase is the clause subject's (extract
    # ``_joint_actor``, ``joint_actors``)
    ("In cooperation with the Kenyan health ministry, the Red Cross has sent doctors to Turkana.", "COOPERATE",
     "red cross", "ministry"),
    ("The Kenyan government earmarked ten million dollars in humanitarian assistance for the refugees.", "AID",
     "government", "refugees"),
    # a search by the police or prosecutors is an act of the state (``source_types``; typed INVESTIGATE since
    # round 62: the CAMEO dictionary's SEARCH 090 and the helper-coded batches, ``verbs`` INVESTIGATE search)
    ("Kenyan police searched the home of the former governor on Monday.", "INVESTIGATE", "police", "governor"),
    # cooperation or aid with its recipient, or by two parties together (guards of the dropped recipient rule)
    ("The two Kenyan counties will cooperate on water management.", "COOPERATE", "", ""),
    ("The Kenyan government gave Somalia ten million dollars for drought relief.", "AID", "government", ""),
    # ... and a sum given with no recipient named stays aid, as do joint acts with their parties in the subject
    ("The Kenyan government will provide ten million dollars to rebuild the port.", "AID", "government", ""),
    ("The presidents of Kenya and Uganda inaugurated an oil pipeline at the border on Monday.", "COOPERATE", "", ""),
    # a subjunctive that-clause after "suggest" lays a duty (``subjunctive_sayings``)
    ("The Kenyan teachers' union suggested that the government raise the minimum wage.", "DEMAND", "union",
     "government"),
    # a thing taken from a party in fighting stays FIGHT (``object_types`` judge the object, not the "from" party)
    ("The Somali army said its troops had recaptured the town from the rebels.", "FIGHT", "", "rebels"),
    # a clash between political actors only is verbal (``unarmed_fights``): DISAPPROVE
    ("The Kenyan senator clashed with the justice minister over the vetting unit.", "DISAPPROVE", "senator",
     "minister"),
    # ... with an armed party or a state on either side, or named among the trigger's words, it stays armed
    ("The Somali rebels fought government troops near the border.", "FIGHT", "rebels", "troops"),
    ("Rival gangs clashed in the Kenyan town on Sunday.", "FIGHT", "gangs", ""),
    ("Fighting between government and opposition forces has displaced thousands in South Sudan.", "FIGHT", "", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # ... not a thing of another kind in the passive
    ("The fish from Lake Victoria is not only grilled.", "DISAPPROVE"),
    ("Poor geography has been blamed for the slow growth of the region.", "DISAPPROVE"),
    # ... towns recaptured stay fighting, persons are not fought
    ("Kenyan police recaptured the escaped prisoners on Sunday.", "FIGHT"),
    # abusing a thing is misusing it (``needs_person_object`` abuse): the owner in its compound is no victim
    ("The Kenyan official abused state resources during the campaign.", "ASSAULT"),
    # ... aid workers expelled are deported (COERCE), no envoys
    ("The Kenyan government expelled two aid workers on Friday.", "SANCTION"),
    # a wrong combated in a reported clause is a problem addressed, no evaluation (``combated_problems``)
    ("Kenya and Uganda will work together to fight terrorism, the Kenyan minister said.", "DISAPPROVE"),
    ("The Kenyan police chief said officers were working to prevent abuse in the cells.", "DISAPPROVE"),
    # ... a search by anyone else is a look for something, and a search for someone needs what is searched
    ("The Kenyan museum staff searched the collection for the missing mask.", "INVESTIGATE"),
    ("Kenyan police are searching for the missing girl.", "INVESTIGATE"),
    # ... a statement suggested is no duty
    ("The Kenyan data suggest that the economy is slowing.", "DEMAND"),
    ('"Cancel the trade agreement with Uganda," the Kenyan senator suggested.', "DEMAND"),
    # ... a fight between persons or firms with no armed party is a contest, no armed conflict
    ("The Kenyan boxer Okwiri fought Mohammed Ali again in an exhibition bout in 1975.", "FIGHT"),
    ("The Kenyan company will fight the charges in court.", "FIGHT"),
    ("The Kenyan senator clashed with the justice minister over the vetting unit.", "FIGHT"),
    # a firm's drills are no show of force (``excluded_source_sectors`` MOBILIZE)
    ("The minister urged Kenyan companies to carry out necessary drills before the rainy season.", "MOBILIZE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


def test_as_if_compares_a_manner_and_makes_no_condition(enricher: Enricher) -> None:
    """ "as if" introduces no condition: the act it qualifies took place; "if" alone still makes one."""
    (done,) = of_type(enricher, "The Kenyan journalists were deported as if they were criminals.", "COERCE")
    assert done["mode"] == "asserted", done
    (conditional,) = of_type(enricher, "The Kenyan journalists would be deported if they returned.", "COERCE")
    assert conditional["mode"] == "hypothetical", conditional


def test_a_present_duty_is_no_act_done_and_a_past_one_is(enricher: Enricher) -> None:
    """An act under "has to" / "need to" in the present is a duty (hypothetical); "had to" tells one done."""
    (duty,) = of_type(enricher, "The Kenyan government has to release the detained activists.", "RETREAT")
    assert duty["mode"] == "hypothetical", duty
    (done,) = of_type(enricher, "The Kenyan army had to withdraw from the border town.", "RETREAT")
    assert done["mode"] == "asserted", done
