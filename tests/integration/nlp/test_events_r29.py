"""Round 29: classes a new read article set (r45), the probe sets and the sweep of every event over the
worldwide-newswire articles showed wrong or missing. One sentence of its own (written for this file, not taken
from any evaluation or probe set) for each rule and lexicon entry; run through the production path
(``Enricher``: lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from tests.support.events import class_tests

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a conference call is a call (``noun_compounds``: "conference call" CONSULT, as "phone call")
    ("The Kenyan and Ugandan presidents held a conference call on the border dispute.", "CONSULT", "", ""),
    # evading, circumventing or skirting sanctions or a ban defies it (``violated_norms.verbs``, the CAMEO EVADE
    # block gives these verbs no code of their own)
    ("Zimbabwe evaded the arms embargo by buying helicopters through a third country.", "REJECT", "zimbabwe", ""),
    ("The shipping firm was accused of skirting the United Nations sanctions on North Korea.", "REJECT", "firm", ""),
    # upgrading relations or ties stays support (a guard for "upgrade" leaving the SUPPORT verbs)
    ("Ghana and Morocco upgraded their diplomatic relations to embassy level.", "SUPPORT", "ghana", ""),
    # a firm taken over by an authority is seized (``taken_control.firms``; "seized control of" a firm was coded
    # before, by ``authority_seizures``: a guard)
    ("Nigeria's central bank regulators took over three troubled lenders on Monday.", "COERCE", "regulators", ""),
    ("The Zambian government seized control of the copper mining company last year.", "COERCE", "government", ""),
    # nationalising seizes property (``verbs.COERCE``: CAMEO NATIONALIZE [171])
    ("The Bolivian government nationalised the country's largest tin mine in 2007.", "COERCE", "government", ""),
    # a named outlet's interview is no meeting, but a government agency's meeting stays one (a guard for the
    # press source; "agency" stays a press word only for a named outlet)
    ("Officials of the Kenya Revenue Authority said the agency met the tax ombudsman on Friday.", "CONSULT", "", ""),
    # a suspension of a party, its licence or its ties stays (guards for ``thing_object_verbs`` "suspend")
    ("The Malawian government suspended the licence of the opposition radio station.", "COERCE", "government",
     "opposition"),
    ("Rwanda and Burundi suspended diplomatic ties after the border clash.", "SANCTION", "rwanda", ""),
    ("The World Bank suspended a road-building loan programme for Malawi after the audit.", "SANCTION", "bank",
     "malawi"),
    ("The Gambian military ruler suspended the constitution and dissolved parliament on Sunday.", "COERCE",
     "ruler", ""),
    # a verb of accord denied with a "with" party or act is disagreeing (``negated_with_types``)
    ("The Zambian labour minister said the government does not agree with the nurses' strike.", "DISAPPROVE",
     "government", ""),
    # agreeing that something should or will be done commits (guards for ``opinion_clauses``)
    ("The Ghanaian and Togolese ministers agreed that the border committee should meet every month.", "AGREE",
     "ministers", ""),
    ("Kenya and Tanzania agreed to reopen the border post at Namanga.", "AGREE", "kenya", ""),
    # a gerund with a subject of its own or with its parties stays an event (guards for the named activity)
    ("Fighting between the army and the rebels has left 40 people dead in Darfur.", "FIGHT", "", ""),
    ("Urging the government to act, the Zambian bishops said the drought was a disaster.", "DEMAND", "bishops",
     "government"),
    # pointing to, highlighting or flagging a party's faults criticises (``object_groups.pointed_faults``; "point"
    # takes the object of its "to")
    ("The Kenyan opposition leader pointed to serious abuses of power by the police.", "DISAPPROVE", "leader", ""),
    ("The Zambian auditor general flagged irregularities in the ministry's procurement.", "DISAPPROVE", "auditor",
     ""),
    # a witch-hunt said of accusations is an evaluation (``evaluative_words``)
    ("The Ugandan businessman said the allegations were a witch-hunt by his rivals.", "DISAPPROVE", "businessman", ""),
    # a military intervention is a fight (``noun_compounds``: "military intervention" FIGHT)
    ("ECOWAS threatened a military intervention in Niger after the coup.", "THREATEN", "ecowas", ""),
]

# (sentence, type that must not be found)
NOTHING = [
    # a conference call is no demand (``noun_compounds``: "conference call" CONSULT)
    ("The Kenyan and Ugandan presidents held a conference call on the border dispute.", "DEMAND"),
    # evading sanctions imposes none (``violated_norms.verbs``)
    ("Iran showed Moscow how to circumvent Western sanctions on oil sales.", "SANCTION"),
    # upgrading a thing backs no party ("upgrade" left the SUPPORT verbs; CAMEO UPGRADE [---] but for relations)
    ("The Kenyan government will upgrade the airstrip at Lodwar next year.", "SUPPORT"),
    ("The businessman upgraded the guest house to a luxury hotel in Sandton.", "SUPPORT"),
    # a deity is no party (``deities``)
    ("The speaker congratulated the new premier and implored Allah to grant him success.", "DEMAND"),
    ("She promised God she would never drive drunk again, the singer wrote.", "AGREE"),
    # a document sent back is no release (``returned_objects.not_returned``)
    ("The Ugandan magistrate returned the case file to the prosecutors for more evidence.", "RETREAT"),
    # a named outlet interviewing someone is no consultation (the press as a contact's source)
    ("The BBC spoke to several villagers in Kasese about the floods.", "CONSULT"),
    # a firm taken over by a firm is an acquisition (``taken_control.firms`` need an authority)
    ("The Kenyan telecoms company took over a rival firm in Tanzania in March.", "COERCE"),
    # a thing suspended is no coercion of anyone (``thing_object_verbs``: "suspend")
    ("Production was suspended at the Zambian copper mine after the flood.", "COERCE"),
    ("The hospital said elective surgery lists have been suspended until further notice.", "COERCE"),
    # agreeing that something is so shares an opinion (``opinion_clauses``)
    ("Several Kenyan economists agreed that falling food prices had eased inflation in June.", "AGREE"),
    ("The analyst agreed with the minister that the land reforms were too slow.", "AGREE"),
    # an activity named as the subject of a copula or a passive is done by no one (a gerund with no subject)
    ("Attacking journalists is unacceptable in a democracy, the Zambian minister said.", "ASSAULT"),
    ("Protesting against the army should never be punished, the Ugandan lawyer said.", "PROTEST"),
    # pointing to something that is no fault criticises no one (``object_groups.pointed_faults`` nouns)
    ("The Malawian trade minister pointed to the collapse of the talks with the donors.", "DISAPPROVE"),
    # an intervention that is not military is no fight (the bare noun left the FIGHT nouns)
    ("The lawyers cannot work without direct intervention by the justice ministry, he said.", "FIGHT"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)
