"""Round 55: classes the read article set r118 (short worldwide-newswire articles, never read until this round,
then read by the lead) and the other read sets showed wrong or missed. One sentence of its own (written for this
file, not taken from any evaluation or probe set) for each rule; run through the production path (``Enricher``:
lowercased wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # reaching out to a party contacts it (``phrasal`` reach out: CONSULT; the CAMEO verb dictionary's REACH * OUT)
    ("The Lao prime minister reached out to the opposition in Vientiane on Monday.", "CONSULT", "prime minister",
     "opposition"),
    # ... with the preposition the parser hangs on the particle (roles: a phrase's particle's preposition)
    ("The Lao ministry is reaching out to Hmong leaders in those areas.", "CONSULT", "ministry", "hmong leaders"),
    # contacting a party (the CAMEO verb dictionary's MEET_PEOPLE [040] CONTACT; ``verbs`` CONSULT contact)
    ("The Lao foreign ministry contacted the Thai embassy in Vientiane.", "CONSULT", "ministry", "embassy"),
    # ... by a body named by a pronoun (extract._public_antecedent)
    ("The Lao health department said it had contacted the Ministry of Finance.", "CONSULT", "health department",
     "ministry of finance"),
    # steps, action or measures taken against a party or a practice by the state coerce (``verb_objects`` take
    # action ...; ``phrase_complement_required``)
    ("Lao authorities are taking stricter steps against illegal logging in the north.", "COERCE", "authorities", ""),
    ("The Lao police took action against the smugglers in Vientiane.", "COERCE", "police", "smugglers"),
    # pressure from people is their demand (``noun_preps`` pressure from; roles._people_from)
    ("The Lao ministry dropped the plan due to pressure from the bus owners.", "DEMAND", "owners", ""),
    # an appeal against a ruling or a sentence refuses it (``noun_preps`` appeal against; ``verb_objects`` appeal
    # decision ...: REJECT)
    ("The Lao government filed an appeal against the ruling of the provincial court.", "REJECT", "government", ""),
    ("The Lao mining company appealed the court's decision on Friday.", "REJECT", "company", ""),
    # signing an agreement to do something is signing it, SUPPORT, as round 66 codes it again (``act_agreements``
    # type_comment_v2_66; round 55 had AGREE)
    ("The Lao government signed an agreement with China to build a railway to Vientiane.", "SUPPORT", "government",
     "china"),
    ("The Lao and Thai ministries signed an agreement to coordinate water sharing on the Mekong.", "SUPPORT",
     "ministries", ""),
    # ... and one with no act named is support, as before (a guard)
    ("Lao Airlines and Thai Airways signed a codeshare agreement in Vientiane.", "SUPPORT", "airlines", ""),
    # soldiers shooting a civilian or an official assault them, in the passive too (``unarmed_targets.object_verbs``)
    ("A Lao fisheries official was shot dead by Vietnamese soldiers near the border.", "ASSAULT", "soldiers",
     "official"),
    # ... and shooting militants stays a fight (a guard)
    ("Three militants were shot dead by Lao soldiers near the border.", "FIGHT", "soldiers", "militants"),
    # a party ordered to act stays a demand (a guard: ``ordered_things``)
    ("The Lao court ordered the mining company to publish its contracts.", "DEMAND", "court", "company"),
    # assuring a party of help or support promises it (``complement_required`` assure)
    ("The Lao prime minister assured the flood victims of all possible help.", "AGREE", "prime minister", "victims"),
    ("The Lao minister assured full support to the farmers in Vientiane.", "AGREE", "minister", "farmers"),
]

NOTHING = [
    # a private person reaching out to or contacting someone is daily life (``private_contacts``)
    ("She reached out to a therapist in Vientiane after the accident.", "CONSULT"),
    ("From Vientiane, she contacted her cousin, who asked her for money.", "CONSULT"),
    # a press inquiry, the passive or the bare participle of "contact", is no contact of parties
    # (``private_contacts.active_only``)
    ("Contacted, the Lao police chief said the case had been filed.", "CONSULT"),
    ("When contacted by the Vientiane Times, the minister declined to comment.", "CONSULT"),
    # steps taken to do something are a plan, no coercion; a private party's action against someone stays open
    # (``phrase_complement_required`` take step; ``source_types`` take action)
    ("The Lao government took steps to cut emissions from coal plants.", "COERCE"),
    ("The Lao villagers will take action against the mining company.", "COERCE"),
    # ordering measures, a review or the preparation of a plan with no party ordered is administration, no demand
    # (``ordered_things`` measures, comment_v2_56)
    ("The Lao prime minister ordered the preparation of a roadmap for the new railway.", "DEMAND"),
    ("The governor of Vientiane has ordered fresh measures to reduce road deaths.", "DEMAND"),
    ("The Lao president ordered a comprehensive review of the Ministry of Energy.", "DEMAND"),
    # a signed agreement with no act named is no agreement to act (a guard: ``act_agreements``)
    ("Lao Airlines and Thai Airways signed a codeshare agreement in Vientiane.", "AGREE"),
    # assuring someone with no help, support or clause promised is no promise (a guard: ``complement_required``)
    ("The Lao minister assured her in Vientiane.", "AGREE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# a pronoun resolved to an official is the official, no private person (``private_contacts``;
# extract._public_antecedent)
def test_class_official_pronoun_reaches_out(enricher: Enricher) -> None:
    text = ("The Lao prime minister Sonexay Siphandone visited the flooded villages on Tuesday. "
            "Walking on muddy roads, he reached out to the villagers.")
    found = of_type(enricher, text, "CONSULT")
    assert any("siphandone" in name(e, "source") and "villagers" in name(e, "target") for e in found), \
        [(e["trigger_text"], name(e, "source"), name(e, "target")) for e in events(enricher, text)]


# an act another party judges happened, whatever the judging clause's negation (``judged_acts``; attributes.mode)
def test_class_act_judged_keeps_mode_asserted(enricher: Enricher) -> None:
    text = "The Lao government did not condemn the attack on the border village."
    found = [e for e in events(enricher, text) if e["event_type"] in ("ASSAULT", "FIGHT")]
    assert found and all(e["mode"] == "asserted" for e in found), [(e["event_type"], e["mode"]) for e in found]
    judging = of_type(enricher, text, "DISAPPROVE")
    assert judging and all(e["mode"] == "negated" for e in judging), [e["mode"] for e in judging]



# a person named as the agent of a participle modifying a noun is a side mention: a later "he" is the person the
# story is about (actors: _modifier_agent, _person_behind)
def test_class_participle_agent_is_no_antecedent_of_he(enricher: Enricher) -> None:
    text = ("Somsavat Lengsavad, 72, left the government in 2010 after being accused of financial malpractice. In 2013, "
            "the Lao judiciary, then headed by Khamphouvong Sisouphan, issued an international arrest warrant against him "
            "as part of an investigation into the payment of commissions. He returned to Laos in 2016 after the "
            "proceedings against him were dropped.")
    found = [e for e in of_type(enricher, text, "RETREAT") if "dropped" in e["trigger_text"]]
    assert found and all("lengsavad" in name(e, "target") for e in found), [name(e, "target") for e in found]
