"""Round 54: classes the read article sets r116 and r117 (short worldwide-newswire articles, never read until
this round, then read by the lead) showed wrong or missed. One sentence of its own (written for this file, not
taken from any evaluation or probe set) for each rule; run through the production path (``Enricher``: lowercased
wire text, normalizer, NER, candidate parsing, events)."""

from __future__ import annotations

from pipeline.nlp.enrich import Enricher
from tests.support.events import class_tests, events, name, of_type

# (sentence, type, source contains, target contains); "" = not checked
FOUND = [
    # a case filed by a body of the state is a charge, as the police's is (``source_types`` file case: state;
    # ``state_filings``)
    ("The Kazakh anti-corruption commission filed a case against a former deputy governor in Astana.", "COERCE",
     "commission", "governor"),
    ("Kazakh prosecutors filed a case against the former mayor of Astana over bribery.", "COERCE", "prosecutors",
     "mayor"),
    # pointing, aiming or brandishing a weapon at a party threatens it (``verb_objects`` point gun ...)
    ("A Kazakh robber pointed a gun at the bank manager in Astana.", "THREATEN", "robber", "manager"),
    ("The gunmen brandished their rifles at the villagers near Astana.", "THREATEN", "gunmen", "villagers"),
    # ... and training a gun on one, in the singular (``singular_senses`` train gun)
    ("One of the Kazakh gangsters trained a gun on the shopkeeper.", "THREATEN", "gangsters", "shopkeeper"),
    # interacting with a party meets it (the CAMEO verb dictionary's MEET_PEOPLE [040]; ``verbs`` CONSULT interact)
    ("The Kazakh president interacted with farmers in Astana on Monday.", "CONSULT", "president", "farmers"),
    # a stabbing, a brawl or a scuffle is an assault (``nouns`` ASSAULT)
    ("The stabbing of a Kazakh student in Astana sparked outrage.", "ASSAULT", "", "student"),
    ("A scuffle between the Kazakh vendors and the guards broke out in Astana.", "ASSAULT", "", ""),
    # an armed or military conflict between parties is fighting (``noun_compounds`` armed conflict)
    ("The armed conflict between the Kazakh army and the rebels lasted two years.", "FIGHT", "army", "rebels"),
    # saying a party must be made to pay calls for its punishment (``deontic_verbs.punishing`` make pay)
    ("A Kazakh lawyer said the bank's managers must be made to pay.", "DISAPPROVE", "lawyer", "managers"),
    # ignoring an invitation declines it (``defied_demands`` nouns invitation)
    ("The Kazakh vendor ignored the invitation of the market leader to leave the square.", "REJECT", "vendor", ""),
    # a commitment or a readiness to act with a party is towards that party (roles._willed_act)
    ("The Kazakh minister voiced his ministry's keenness to cooperate with the Uzbek ministry of energy.", "AGREE",
     "minister", "uzbek ministry"),
    ("The Kazakh president said Astana is committed to maintaining coordination with Uzbekistan.", "AGREE",
     "astana", "uzbekistan"),
    # soldiers shooting a teacher, a doctor or an official assault civilians (``unarmed_targets.nouns``)
    ("The Kazakh soldiers shot dead a teacher near Astana.", "ASSAULT", "soldiers", "teacher"),
    # an order to another country's minister stays a demand (a guard: ``internal_instructions.officials``)
    ("The Kazakh president urged the Russian foreign minister to visit Astana.", "DEMAND", "president", "minister"),
]

NOTHING = [
    # an officer or a party man filing a case in his own name complains, no charge (``state_filings``)
    ("A ruling Nur Otan party leader filed a case against the Kazakh blogger, accusing him of defamation.",
     "COERCE"),
    # joining the police force in the singular takes up a post: no "joined forces" (``singular_senses``)
    ("The Kazakh officer joined the police force in Astana in 1995.", "COOPERATE"),
    # what a body's duties or tasks include, or its mandate is, describes the office (``function_descriptions``)
    ("The Kazakh council's main tasks include coordinating work between the ministries and the regions.",
     "COOPERATE"),
    ("The commission's mandate is to monitor the Kazakh elections and to meet the parties.", "CONSULT"),
    # interacting with the press gives an interview (a CONSULT with a media target is dropped)
    ("The Kazakh minister interacted with the media in Astana.", "CONSULT"),
    # ... and a private person's interacting is daily life (``private_contacts``)
    ("The Kazakh teacher said her son interacted with his classmates every day.", "CONSULT"),
    # ... and so is the approach a body follows (``function_descriptions`` nouns approach)
    ("He said the Kazakh ministry's approach is to interact with the people in the regions.", "CONSULT"),
    # approving the formation of a body backs no party: the body made is no owner (``created_things.nouns``)
    ("The Kazakh cabinet has approved the formation of the National Health Committee.", "SUPPORT"),
    # a conflict alone is no fighting, nor an armed one with no party named (guards)
    ("The Kazakh minister has a conflict with the opposition over the budget.", "FIGHT"),
    ("The Kazakh president supports efforts to end armed conflicts around the world.", "FIGHT"),
    # a head of government instructing its own minister or officials administers (``internal_instructions.officials``)
    ("The Kazakh president instructed economy minister Alibek Kuantyrov to start preparations.", "DEMAND"),
    ("The Kazakh prime minister instructed government officials to get the power plants ready.", "DEMAND"),
]

test_class_finds, test_class_keeps_quiet = class_tests(FOUND, NOTHING)


# ... training one's guns on a party in the plural stays an attack in words (a guard: ``singular_senses``)
def test_class_plural_guns_trained_on_a_party_criticise(enricher: Enricher) -> None:
    text = "The Kazakh opposition trained its guns on the government over the budget."
    assert of_type(enricher, text, "DISAPPROVE"), [(e["event_type"], e["trigger_text"]) for e in events(enricher, text)]
    assert not of_type(enricher, text, "THREATEN")


# ... and joining forces in the plural cooperates (a guard)
def test_class_joined_forces_cooperate(enricher: Enricher) -> None:
    text = "The two Kazakh parties joined forces with the Greens in Astana."
    assert of_type(enricher, text, "COOPERATE"), [(e["event_type"], e["trigger_text"]) for e in events(enricher, text)]


# "the firm" after "a statement read to AFP" is not the news agency told (actors v1.24 ``media_descriptions``)
def test_class_press_told_is_no_antecedent_of_the_firm(enricher: Enricher) -> None:
    text = ('KazMunayGas said the leak was stopped. In a statement read to AFP by a spokesman, the firm said: '
            '"We express our apology to the people of Atyrau for causing trouble."')
    found = of_type(enricher, text, "CONCEDE")
    assert found and all("afp" not in name(e, "source") for e in found), [name(e, "source") for e in found]
