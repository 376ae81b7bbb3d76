"""Round 48: classes the read article set r105 (short worldwide-newswire articles, read by the lead) and the sweep
showed wrong or missed. One sentence of its own (written for this file, not taken from any evaluation or probe set)
for each rule; run through the production path (``Enricher``: lowercased wire text, normalizer, NER, candidate
parsing, events)."""

from __future__ import annotations

import pytest

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, mode_tests, name

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # an act of force on or at a party's premises is done to the party (roles._premises_owner, ``premises_owner``):
    # the owner named by an "of" phrase, a possessive or a naming modifier of what "on" / "at" names, also when the
    # parser hangs the phrase on the by-agent or on the support verb
    ("Raids by Dushanbe police on the homes of Tajik opposition activists continued on Monday.", "COERCE", "police",
     "activists"),
    ("Tajik police conducted raids at the offices of the opposition newspaper in Dushanbe.", "COERCE", "police",
     "newspaper"),
    ("Raids by the Tajik security service at the residences of the former minister led to his arrest.", "COERCE",
     "security service", "minister"),
    # a common noun of a person owns the thing acted on by its "of" phrase (roles._person_of; and by a possessive,
    # roles._person_noun, which the lowercased test path already reads as a name)
    ("Tajik police raided the flat of the suspect on Sunday.", "COERCE", "police", "suspect"),
    ("Dushanbe police searched the home of the suspect.", "INVESTIGATE", "police", "suspect"),  # (round 62's type)
    # a party expelling someone drops a member: SANCTION (``expelling_orders`` member_sectors)
    ("The ruling Tajik party expelled the MP for misconduct.", "SANCTION", "party", "mp"),
    # the owner of an interrogation is the one questioned (``patient_owner_nouns``)
    ("His interrogation by the Tajik security service lasted 27 hours.", "INVESTIGATE", "security service", "his"),
    # a directorate is a state body (actors ``sectors`` GOV), whose seizure of things is COERCE
    # (``authority_seizures``)
    ("The Tajik enforcement directorate seized cash and jewellery.", "COERCE", "directorate", ""),
    # embarrassment, shock, disgust or offence at a party or its act, as a reported clause's predicate, is the
    # speaker's DISAPPROVE (``stance_participles`` words), also where the parser hangs "by" on the copula
    # (triggers.stance_about_act)
    ('"I am very embarrassed by the Tajik senator\'s decision," the president said.', "DISAPPROVE", "president", ""),
    ("The Tajik minister said he was shocked by the opposition leader's remarks.", "DISAPPROVE", "minister", ""),
    # verbs: shunning talks rejects them (``verb_objects`` shun talk ...: it was the talks' CONSULT), upbraiding
    # rebukes (``verbs`` DISAPPROVE upbraid), taking exception disapproves (``verb_objects`` take exception)
    ("The Tajik opposition parties shunned the talks with the government in Dushanbe.", "REJECT", "opposition",
     "government"),
    ("The Tajik president upbraided the interior minister.", "DISAPPROVE", "president", "minister"),
    ("The Tajik minister took exception to the opposition leader's remarks.", "DISAPPROVE", "minister", "leader"),
    # solidarity, bare after "in" or after "in a show of", is the subject's SUPPORT of the verb's object, of its
    # passive subject (by the agent) or of its "with" party (``manner_nouns``, ``manner_frames``)
    ("Tajik opposition leaders joined the striking teachers in a show of solidarity.", "SUPPORT", "leaders",
     "teachers"),
    ("The striking teachers were joined by Tajik opposition leaders in a show of solidarity.", "SUPPORT", "leaders",
     "teachers"),
    ("Tajik students marched in solidarity with the sacked teachers in Dushanbe.", "SUPPORT", "students", "teachers"),
    # an infinitive on a ranked predicate noun is done by the copula's subject (``ranked_doers``)
    ("Of the six Tajik officials charged, the former minister is the first to plead guilty.", "CONCEDE", "minister",
     ""),
    ("The Tajik interior minister was the only official to condemn the attack on the journalists.", "DISAPPROVE",
     "minister", ""),
]

NOTHING_ROLES = [
    # a person named by age is no amount (a guard for roles._amount)
    # (the agentless order binds her, COERCE since plover.v2.68: passive_orders; one with the detention)
    ("Police said the 22-year-old was detained after being ordered to leave Dushanbe.", "COERCE", "", "22-year-old"),
    # a state expelling people stays COERCE (a guard for ``expelling_orders`` member_sectors)
    ("The Tajik government expelled two foreign journalists.", "COERCE", "government", "journalists"),
    # a place named in the "on" phrase keeps its own place (a guard for roles._premises_owner)
    ("Tajik troops launched an attack on the village of Khorog.", "FIGHT", "troops", "khorog"),
]

NOTHING = [
    # ... not at a result (a guard for ``stance_participles``)
    ("The Tajik coach said he was very embarrassed by the defeat in Dushanbe.", "DISAPPROVE"),
    # an amount waiting to be seized is no party (roles._amount: the tagger's proper noun for a currency sign outside
    # the amount's entity was the target)
    ("The Tajik prosecutor said another \u20b9100 crore is waiting to be seized.", "COERCE"),
    # ... and no meeting is held; shunning work is a strike, no refusal (guards for ``verb_objects`` shun)
    ("The Tajik opposition parties shunned the talks with the government in Dushanbe.", "CONSULT"),
    ("Tajik teachers shunned work on Monday to protest against low wages.", "REJECT"),
    # an infinitive on an unranked noun is no act done (a guard for ``ranked_doers``)
    ("The Tajik army has enough firepower to destroy the rebel positions.", "FIGHT"),
    # a participle with no auxiliary says who runs a body, no cooperation (``complement_excluded`` coordinate)
    ("The Tajik opposition alliance, the group coordinated by the former prime minister, lost the vote.", "COOPERATE"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND + NOTHING_ROLES, NOTHING)

# (sentence, type, mode): a purpose infinitive after going public through a medium or an occasion is the act done
# there (attributes._realised_purpose, ``realised_purposes``); the governing verb's own future or modal still holds,
# and any other purpose stays hypothetical
MODES = [
    ("The Tajik opposition leader took to Twitter to slam the interior minister.", "DISAPPROVE", "asserted"),
    ("The Tajik president used his speech to criticise the opposition leader.", "DISAPPROVE", "asserted"),
    ("The Tajik opposition party held a news conference to demand the resignation of the minister.", "DEMAND",
     "asserted"),
    ("The Tajik opposition leader will go on television to denounce the government.", "DISAPPROVE", "future"),
    ("The Tajik army kept reserves to attack the rebel positions.", "FIGHT", "hypothetical"),
    # an act named as what is lacking did not happen (attributes._lacking, ``negating_subjects`` lacking_nouns)
    ("The Tajik opposition criticised the lack of cooperation between the ministries.", "COOPERATE", "negated"),
]

test_class_modes = mode_tests(MODES)


# (sentence, type, a word no target of that type may hold): a body an agreed act creates is no party it is done to
# (roles._creates, ``created_things``); the partner of the act stays (a guard)
NOT_TARGETS = [
    ("The Tajik government agreed to form a committee headed by the deputy premier.", "AGREE", "committee"),
    ("The Tajik government agreed to form a higher body headed by the deputy premier.", "AGREE", "premier"),
    # a ban is on no one's premises (a guard for ``premises_owner`` nouns)
    ("The Tajik parliament on Thursday repealed a ban on the use of the Uzbek language.", "COERCE", "language"),
    ("The Tajik cabinet agreed to set up a commission of inquiry into the riots.", "AGREE", "commission"),
]


@pytest.mark.parametrize(("text", "event_type", "word"), NOT_TARGETS)
def test_class_not_targets(enricher: Enricher, text: str, event_type: str, word: str) -> None:
    found = [e for e in events(enricher, text) if e["event_type"] == event_type]
    assert found and not any(word in name(e, "target") for e in found), [(name(e, "source"), name(e, "target"))
                                                                          for e in found]


def test_class_created_body_keeps_partner(enricher: Enricher) -> None:
    text = "Tajikistan agreed to form a joint committee with Kazakhstan."
    assert any("kazakhstan" in name(e, "target") for e in events(enricher, text) if e["event_type"] == "AGREE")
