"""Trigger and actor word lists, loaded from the versioned JSON data files in ``../lexicon/``.

``plover.v2.json`` is the hand lexicon (written from the PLOVER and CAMEO codebooks);
``actors.v1.json`` holds sector words, titles and pronouns; ``wordnet_nouns.v1.json`` the common
nouns that name people or groups (WordNet 3.0 noun.person / noun.group, built by
``scripts/build_wordnet_nouns.py``); ``given_names.v1.json`` the given names that say a person's
gender (nomquamgender, built by ``scripts/build_given_names.py``). ``cameo_verbs.v1.json`` — the Phoenix
CAMEO verb dictionary mapped to PLOVER — is not shipped: it measured worse than the hand lexicon
(docs/events.md); ``scripts/build_cameo_lexicon.py`` builds it (MIT, notice inside) for
``load_lexicon(cameo=True)``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pipeline.errors import ModelError
from pipeline.nlp.entities import disease_names
from pipeline.nlp.events.syntax import set_lemma_fixes

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"
DEFAULT_LEXICON = LEXICON_DIR / "plover.v2.json"
ACTORS_LEXICON = LEXICON_DIR / "actors.v1.json"
WORDNET_NOUNS = LEXICON_DIR / "wordnet_nouns.v1.json"
GIVEN_NAMES = LEXICON_DIR / "given_names.v1.json"
CAMEO_LEXICON = LEXICON_DIR / "cameo_verbs.v1.json"

# CAMEO root -> PLOVER type in the names of the PLOVER gold standard (CAMEO2PLOVER-2021 with
# ACCUSE split back into INVESTIGATE (09) and DISAPPROVE (11), REQUEST = DEMAND, and the
# conventional-military root 19 = FIGHT); finer codes with another type are in _CAMEO_CODES.
_CAMEO_ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
                "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
                "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT",
                "20": "ASSAULT"}  # fmt: skip
_CAMEO_CODES = {"084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT", "0813": "RETREAT",
                "0814": "RETREAT", "163": "SANCTION", "1712": "ASSAULT", "175": "ASSAULT", "191": "COERCE",
                "192": "COERCE"}  # fmt: skip


def cameo_to_plover(code: str | None) -> str | None:
    """PLOVER type of a CAMEO event code ("0841" -> RETREAT, "112" -> DISAPPROVE); None for 01/02."""
    if not code:
        return None
    code = code.strip()
    for size in (4, 3):
        if code[:size] in _CAMEO_CODES:
            return _CAMEO_CODES[code[:size]]
    return _CAMEO_ROOTS.get(code[:2])


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    return {word: event_type for event_type, words in groups.items() for word in words}


def _verb_objects(data: dict[str, Any]) -> dict[str, str | None]:
    """The verb + object table: the explicit entries, every stance verb with every stance noun
    ("expressed dissatisfaction", "conveyed condolences"), every verb of assault with every
    criticised noun ("attacked the president's record") and every verb of undoing with every legal
    act ("quashed the conviction"), every verb of moving forces with every unit ("rushed troops");
    an explicit entry wins."""
    stances = data.get("stance_expressions", {"verbs": [], "nouns": {}})
    table: dict[str, str | None] = {f"{verb} {noun}": event_type for verb in stances["verbs"]
                                     for noun, event_type in _invert(stances["nouns"]).items()}  # fmt: skip
    criticised = data.get("criticised_objects", {"verbs": [], "nouns": [], "type": None})
    table.update({f"{verb} {noun}": criticised["type"] for verb in criticised["verbs"] for noun in criticised["nouns"]})
    undone = data.get("undone_legal_acts", {"verbs": [], "nouns": [], "type": None})  # "quashed the conviction"
    table.update({f"{verb} {noun}": undone["type"] for verb in undone["verbs"] for noun in undone["nouns"]})
    moves = data.get("force_moves", {"verbs": [], "placing": [], "units": [], "weapons": [], "type": None})
    table.update({f"{verb} {noun}": moves["type"] for verb in moves["verbs"] for noun in moves["units"]})
    table.update({f"{verb} {noun}": moves["type"] for verb in moves["placing"] for noun in moves["weapons"]})
    table.update({f"{verb} {noun}": moves["peacekeeping_type"] for verb in moves["verbs"]
                  for noun in moves.get("peacekeeping", [])})  # "sent 500 peacekeepers to Lebanon"
    for name, group in data.get("object_groups", {}).items():
        if not name.endswith("comment"):
            table.update({f"{verb} {noun}": group["type"] for verb in group["verbs"] for noun in group["nouns"]})
    table.update({key: event_type for key, event_type in data["verb_objects"].items() if not key.startswith("comment")})
    return table


@dataclass(frozen=True)
class Lexicon:
    """Trigger and actor lexicons (see the data files for what each list means)."""

    version: str
    cameo_roots: dict[str, str]
    verbs: dict[str, str]
    phrasal: dict[str, str]
    adjacent_phrases: frozenset[str]  # "call for": the preposition follows the verb, no object between
    adjacent_strict: frozenset[str]  # "engage with": no other preposition between either
    verb_objects: dict[str, str | None]
    nouns: dict[str, str]
    noun_compounds: dict[str, str | None]  # None: the compound is no event ("press release")
    adjectives: dict[str, str]
    armed_words: frozenset[str]
    armed_nouns: frozenset[str]  # "launched an attack on X": the phrase's noun switches as the verb would
    armed_type: str
    armed_sectors: frozenset[str]
    unarmed_verbs: frozenset[str]  # "fired into a crowd of supporters": ASSAULT (unarmed_targets)
    unarmed_preps: frozenset[str]
    unarmed_object_verbs: frozenset[str]  # "shot dead 20 peasants": the object is the target too
    unarmed_nouns: frozenset[str]
    unarmed_vehicles: frozenset[str]
    unarmed_sites: frozenset[str]  # "opened fire inside a mosque": civilians' places
    unarmed_site_preps: frozenset[str]
    unarmed_from: str  # only a FIGHT switches ("fired tear gas at the students" stays COERCE)
    unarmed_type: str
    death_phrase: tuple[str, str, str]  # ("to", "death", "ASSAULT"): "hacked to death"
    hands_death_verbs: frozenset[str]  # "perished at the hands of her husband": killed by him
    armed_target_verbs: frozenset[str]  # "attacked an army camp": FIGHT (armed_targets)
    armed_sites: frozenset[str]
    armed_hosts: frozenset[str]
    armed_modifiers: frozenset[str]
    armed_target_from: str
    armed_target_type: str
    death_sentences: frozenset[str]  # "sentenced to death": legal action, not a killing
    reporting: frozenset[str]
    belief_verbs: frozenset[str]  # "believes the process is a stunt": the clause typed as a reported one
    characterising: frozenset[str]
    characterising_as_only: frozenset[str]  # "see": a characterisation only in an "as" phrase
    as_complement_verbs: frozenset[str]  # "treat X as Y": an "as" phrase of the verb's own
    dismissing: frozenset[str]  # "dismissed the trials as a sham": a characterisation when the label criticises
    dismissed_proposals: frozenset[str]  # "dismissed the offer as a ploy": still a rejection
    equating: dict[str, str]  # "amount" -> "to": the preposition that holds the predicate ("amounted to war crimes")
    partitive: dict[str, str]  # "part" -> "of": an attribute noun whose phrase is the predicate ("part of a vendetta")
    stance_participles: frozenset[str]  # "said it was deeply concerned": the speaker's DISAPPROVE
    stance_participle_type: str
    approval_participles: frozenset[str]  # "said it was pleased with the decision": the speaker's SUPPORT
    approval_type: str
    burden_verbs: frozenset[str]  # "bears full responsibility for the crime": blaming
    burden_nouns: frozenset[str]
    non_support: frozenset[str]
    verbal_types: frozenset[str]
    hearing_verbs: frozenset[str]  # "after hearing Chiu's complaint": the complaint is not the hearer's
    responding_verbs: frozenset[str]  # "addressed the accusations": a response, no author of the act
    averting_verbs: frozenset[str]  # "to prevent further attacks": no attack
    choice_nouns: frozenset[str]  # "had no choice but to step down": he stepped down
    averting_from_verbs: frozenset[str]  # "banned protesters from obstructing the airstrip": no obstruction
    causative: frozenset[str]
    irrealis: frozenset[str]
    absorbing: frozenset[str]
    negating: frozenset[str]
    negating_subjects: frozenset[str]  # "nobody called me": a subject that denies the act
    negating_determiners: frozenset[str]  # "no one has been arrested", "no country has recognised it"
    lacking_nouns: frozenset[str]  # "the lack of cooperation between the ministries": the act did not happen
    light_verbs: frozenset[str]
    modals: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    arranged_tenses: dict[str, str]  # "is to visit": future; "was to visit": hypothetical (arranged_acts)
    arranged_idioms: frozenset[str]
    adverbial_marks: frozenset[str]  # "..., as X has recommended": a circumstance, out of its host's mode (mode_scope)
    performative_wishes: frozenset[str]  # "I wish to deny": the act done (mode_scope)
    performative_acts: frozenset[str]
    reported_futures: frozenset[str]  # "said it would punish them": future (reported_futures)
    conditionals: frozenset[str]
    question_verbs: frozenset[str]  # "to find out if ...": an indirect question, no condition
    question_adverbs: frozenset[str]  # "how China would retaliate": an open question states no intent
    question_marks: frozenset[str]  # "divided over whether to support the bill": no support
    intent_nouns: frozenset[str]
    ending_protest_verbs: frozenset[str]  # "called off their strike": CONCEDE (ended_protests)
    ending_protest_particles: dict[str, str]
    protest_nouns: frozenset[str]
    ending_protest_type: str
    refusal_type: str  # "said it would not pull its troops out": a refusal (negated_intent)
    objection_nouns: frozenset[str]  # "has no objection to": consent (denied_objections)
    consent_type: str
    permitting_verbs: frozenset[str]  # "allowed X to ...": X is what is allowed in (object_groups.admitted_aid)
    clause_party_verbs: frozenset[str]  # "helped Laos build a railway": Laos is the one helped (helped_clauses)
    public_sources: frozenset[str]  # the sectors whose help is aid (helped_clauses)
    help_hosts: frozenset[str]  # the types of an act whose purpose "to help X" is (helped_clauses)
    intent_verbs: frozenset[str]  # "intended to release": a stated intent (AGREE for cooperative acts)
    forward_verbs: frozenset[str]  # "look forward to working with X": a stated intent too (stated_intent)
    stated_intent_nouns: frozenset[str]  # "announced plans to hold joint exercises"
    intent_speakers: frozenset[str]  # "we will retaliate", "we want to sign": a quote's first person states the intent
    possibility_modals: frozenset[str]  # "can provide", "may discuss": no statement of intent
    announcing_verbs: frozenset[str]
    stating_verbs: frozenset[str]  # reporting and announcing verbs: what states an act ("said it will", "announced")
    evaluative: dict[str, str]
    party_evaluations: frozenset[str]  # "said the chemicals were dangerous": criticism only of a party (party_evaluations)
    party_evaluated_acts: frozenset[str]  # "the government's policy was disastrous": a party's conduct
    unattributed_judgement_type: str  # "His appointment was irresponsible." with no saying: a criticism, no critic named
    combating_verbs: frozenset[str]  # "to fight terrorism": an evaluative object named as a problem, no evaluation
    unarmed_fight_verbs: frozenset[str]  # "the senator clashed with the minister": no armed party, no FIGHT
    unarmed_fight_armed: frozenset[str]
    unarmed_fight_political: frozenset[str]
    unarmed_fight_armed_nouns: frozenset[str]  # "opposition forces": armed, though the actors' tables give no sector
    unarmed_fight_from: str
    unarmed_fight_to: str
    unarmed_fight_people_to: str  # "clashes between street vendors": private people's violence, ASSAULT
    unarmed_fight_people_groups: frozenset[str]  # "warring families": groups of private people
    unarmed_fight_people_verbs: frozenset[str]  # the words of fighting that switch ("clashed", "clashes", "a fight")
    unarmed_fight_people_nouns: frozenset[str]
    crackdown_targets: frozenset[str]  # "the president is fighting the gangs": a crackdown, COERCE
    crackdown_type: str
    subjunctive_sayings: frozenset[str]  # "suggested that the government raise wages": a duty laid
    subjunctive_collectives: frozenset[str]  # "the police say": a singular noun with a plural verb, no subjunctive
    anchor_preps: frozenset[str]
    past_anchor_preps: frozenset[str]  # "during a meeting between X and Y": the meeting took place
    anchor_clause_marks: frozenset[str]  # "after he was arrested": a clause anchoring to an event coded before
    anchor_unknown_pronouns: frozenset[str]  # "he" in such a clause may be anyone (anchor_clauses)
    needs_actor_object: frozenset[str]
    seizing_verbs: frozenset[str]  # "police seized the letter": a search, no party object needed
    seizing_sectors: frozenset[str]
    catching_verbs: frozenset[str]  # "caught the accused red handed": an arrest only so (caught_offenders)
    catching_sectors: frozenset[str]
    catching_marks: frozenset[str]
    catching_preps: frozenset[str]
    unseized_objects: frozenset[str]  # "seized the opportunity", drugs: no seizure
    needs_person_object: frozenset[str]  # "held the villages": a place is no party of these senses
    patient_owner_nouns: frozenset[str]  # "Navalny's arrest", "his release": the owner is the one arrested, released
    criticised_nouns: frozenset[str]  # "the government's discriminatory policy": conduct a party owns (criticised_objects)
    occasion_nouns: frozenset[str]  # "the seminar will be held", "a forum held in Riyadh": held, never detained
    thing_object_verbs: frozenset[str]  # "meet the cost", "received an award": no event with a thing as object
    excluded_source_sectors: dict[str, frozenset[str]]
    object_types: dict[tuple[str, str], str | None]
    source_types: dict[tuple[str, str], str | None]
    state_conflict_nouns: frozenset[str]  # "the Ukraine-Russia conflict": a fight only when a state or armed party wages it
    crowd_sectors: frozenset[str]
    crowd_demand: tuple[str, str]  # a crowd's DEMAND in a participle or purpose clause -> also PROTEST  # sectors of ordinary people, whose clashes are riots (source kind "crowd")
    complement_required: dict[str, frozenset[str]]
    phrase_complements: dict[str, tuple[frozenset[str], frozenset[str]]]  # "appeal to": (complements, addressees)
    caused_act_verbs: frozenset[str]  # "sought to have the charges dropped": another's act caused (``xcomp:causative``)
    held_state_verbs: frozenset[str]  # "has wide support": a state held, no act
    held_state_types: frozenset[str]
    trip_nouns: frozenset[str]  # "a trip to X": a visit only of a travelling party
    visit_verbs: frozenset[str]  # "X and Y visited the border": co-visitors, no meeting of the two
    trailing_attribution: frozenset[str]  # '..., McLean said.': the speaker of a quote begun a line before
    travelling_sectors: frozenset[str]
    travelling_nouns: frozenset[str]
    guest_verbs: frozenset[str]  # "received 1.1 million visitors": a statistic, no meeting
    agent_required_types: frozenset[str]  # no SUPPORT, AID, ... with no one doing it
    joint_noun_types: frozenset[str]  # "in cooperation with X": the clause's subject cooperates
    joint_manner_preps: frozenset[str]
    agent_participle_types: frozenset[str]  # of these, a participle adjoined to a clause stays ("brushing aside")
    alternative_threat_types: frozenset[str]  # "told X to resign or be killed": a threat (alternative_threats)
    alternative_threat_type: str
    homing_recall_verbs: frozenset[str]  # "called home its ambassador": recalled (recalled_envoys)
    homing_recall_words: frozenset[str]
    recalled_envoy_nouns: frozenset[str]
    recalled_envoy_type: str
    joint_adverbs: frozenset[str]  # "intervened jointly": cooperation between the two parties (joint_acts)
    joint_act_type: str
    joint_retyped: frozenset[str]
    joint_excluded_verbs: frozenset[str]
    internal_types: frozenset[str]  # "the cabinet advised the foreign ministry to ...": administration (internal_instructions)
    internal_sectors: frozenset[str]
    internal_bodies: frozenset[str]
    internal_officials: frozenset[str]  # "instructed economy minister Hagiuda": its own official (internal_instructions)
    internal_official_verbs: frozenset[str]  # by a verb of command only ("pressed the economy minister" stays)
    internal_heads: frozenset[str]  # "President Marcos": a head of government by title
    own_government_words: frozenset[str]  # "the minister said the government must ...": his own (internal_instructions)
    own_government_titles: frozenset[str]
    concerned_modifiers: frozenset[str]  # "the relevant authorities": the government's own, by competence
    concerned_heads: frozenset[str]
    universal_quantifiers: frozenset[str]  # "all countries should ...": a duty on no one in particular
    universal_pronouns: frozenset[str]
    universal_sides: frozenset[str]  # "all parties must cease fire": the sides of a dispute, named
    mental_duty_verbs: frozenset[str]  # "the public should not forget ...": a duty to know, no act asked
    mental_duty_adjectives: frozenset[str]  # "Hong Kong should be confident": a duty to feel, no act asked
    forecaster_nouns: frozenset[str]  # "the press stated that X will ...": a forecast, no intent of X
    negating_prefixes: frozenset[str]  # "non-cooperation": no cooperation
    complement_excluded: dict[str, frozenset[str]]  # "demonstrated its commitment": another sense, no protest
    clause_senses: dict[str, str]  # "charged that X ...": a verb's sense with a that-clause (an accusation)
    thing_subject_verbs: frozenset[str]  # "production was suspended": a thing as the passive's subject too
    prep_object_verbs: dict[str, str]  # "pointed to violations", "opposed to mediation": the object's preposition
    thing_party_preps: frozenset[str]  # "a lending programme for Kenya": the thing's party
    opinion_verbs: frozenset[str]  # "agreed that X was ...": an opinion shared, unless the clause commits
    opinion_commitments: frozenset[str]  # "agreed that talks should resume": the clause's auxiliaries of a commitment
    opinion_states: frozenset[str]  # "agreed that the debate would not have an impact": a forecast, no commitment
    sought_verbs: frozenset[str]  # "seek": no request with a person or a prize as object
    testimony_addressees: frozenset[str]  # "told the court that ...": testimony, no evaluative saying
    obligation_bodies: frozenset[str]  # "the government must release ...": a demand on a governing body
    sought_prizes: frozenset[str]
    sought_goods: frozenset[str]  # "borrowers sought loans": a market's aim unless sought from a party
    search_particles: frozenset[str]  # "seeking out the temples": a search
    offering_verbs: frozenset[str]  # "offer": AGREE only of what parties agree on, or to do something
    creation_verbs: frozenset[str]  # "agreed to form a committee": the body created is no target
    creation_nouns: frozenset[str]  # "approved the formation of the committee": no committee backed
    offering_complements: frozenset[str]
    offered_things: frozenset[str]
    offering_object_only: frozenset[str]  # "propose": an offer only of an object of ``offered_things``
    others_acts: dict[str, str]  # "proposed the resignation of the comptroller": asked of another ("agent" / "patient")
    others_acts_type: str
    allowing_verbs: frozenset[str]  # "allowed politics based on religion": no agreement with a thing allowed
    allowing_complements: frozenset[str]
    unrealised_allowing_types: frozenset[str]  # "will allow refugees to return": an agreement; "allowed" none
    compound_hosts: frozenset[str]  # "strike action": a compound act carried by its head; not "air raid shelters"
    talking_verbs: frozenset[str]  # "Dr. Matar discussed the importance of marketing": no meeting without a counterpart
    talking_sides: frozenset[str]
    talking_pronouns: frozenset[str]
    admission_verbs: frozenset[str]  # "acknowledged that a referendum was a hurdle": no concession
    confessing_verbs: frozenset[str]  # "confessed that Kim was their supplier": a confession is one's own
    admitted_things: frozenset[str]  # "admitted the charges", "conceded defeat": what an admission concedes
    admitter_pronouns: frozenset[str]
    admitted_states: frozenset[str]  # "admitted that we feel uncomfortable": a feeling, no concession
    unable_modals: frozenset[str]  # "admitted he could not trust the police": an inability, no concession
    guilty_predicates: frozenset[str]  # "admitted that officers had been responsible": a wrong admitted
    concede_type: str  # the type an admission or an acceptance is when it concedes
    accepting_verbs: frozenset[str]  # "accepts all referrals": CONCEDE only of a resignation, a defeat, terms ...
    accepted_concessions: frozenset[str]
    supporting_verbs: frozenset[str]  # "to support the strategic inventory": SUPPORT only of a party, an event, a stand
    party_phrases: frozenset[str]  # "stand by": SUPPORT only of a party ("stands by its decision" backs no one)
    supported_things: frozenset[str]
    support_type: str  # the type of support and praise ("backed the bid", "proud of the nurses")
    esteem_verbs: frozenset[str]  # "respected the general", "wished the cabinet success": praise of the object only
    courtesy_verbs: frozenset[str]  # "thanked the players", "honoured women": courtesy to private people, no backing
    praising_verbs: frozenset[str]  # "thanked bp Oman for partnering with us": the reason is no event (praised_reasons)
    praised_reason_preps: frozenset[str]
    ordering_verbs: frozenset[str]  # "ordered food", "order tickets online": a purchase, no order to a party
    ordered_measures: frozenset[str]
    compelling_verbs: frozenset[str]  # "ordered the executives to pay damages": a court's or an authority's coercion
    compelled_closures: frozenset[str]  # "ordered the closure of three newspapers": coercion (CAMEO 172)
    compelled_acts: frozenset[str]
    compelled_paying: frozenset[str]  # "ordered to pay damages": paying a penalty
    compelled_payments: frozenset[str]
    compelled_type: str
    warning_verbs: frozenset[str]  # "warned that exports will be affected": a forecast, no threat
    forecast_promises: frozenset[str]  # "promised investment would follow": a forecast, no offer (forecast_warnings)
    warned_states: frozenset[str]  # "warned that hospitals do not have drugs": a state of things warned of
    warning_nouns: frozenset[str]  # "issued a warning of heavy rain": a forecast, no threat
    warning_preps: frozenset[str]  # what a warning is of ("of", "about", "against")
    warning_state_preps: frozenset[str]  # "warned of the risks": a state of things, no threat
    warning_reprisals: frozenset[str]  # "warned of consequences": a threat
    detaining_verbs: frozenset[str]  # "hold": a detention only by the authorities or in custody, for a time
    detaining_sectors: frozenset[str]
    detention_places: frozenset[str]
    detention_preps: frozenset[str]
    motion_verbs: frozenset[str]
    homing_verbs: frozenset[str]  # "returned to Nairobi": home, also for an actor of the story's country
    verbal_attack_verbs: frozenset[str]  # "attacked the IMF over its handling of the debt": a verbal attack
    verbal_attack_preps: frozenset[str]
    verbal_attack_type: str
    rebuke_verbs: frozenset[str]  # "warned the MLA for his statements": a rebuke (rebukes)
    rebuke_from: str
    time_spans: frozenset[str]  # "attacked the town over the weekend": a span of time is no grievance
    manner_nouns: frozenset[str]  # "in defiance of X": bare, the clause subject's act (as "in protest")
    manner_frames: frozenset[str]  # "in a show of solidarity": as bare as "in solidarity"
    ranked_doers: dict[str, frozenset[str]]  # "is the first to plead guilty": copulas and ranks
    tough_adjectives: frozenset[str]  # "it is difficult to negotiate with X": an act of anyone's, hypothetical
    sum_only_verbs: frozenset[str]  # "contributed $2 million to X": aid only as a sum or as aid (sum_only_verbs)
    handled_demand_verbs: frozenset[str]  # "to solve the legitimate demands of the people": one made before
    speech_preview_verbs: frozenset[str]  # '"...," he is expected to say': the clause is the saying's
    private_cooperation_types: frozenset[str]  # "teamed up with a fellow countryman": a public party needed
    cooperating_bodies: frozenset[str]  # "the institution": a body by a common noun (private_cooperation)
    money_nouns: frozenset[str]
    shown_quality_nouns: frozenset[str]  # "a demonstration of India's support": a quality shown, no protest
    shown_qualities: frozenset[str]
    light_nouns: frozenset[str]  # "X's declaration of martial law": the "of" act is X's
    duration_units: frozenset[str]  # "conferred for two hours with X": the "with" is the verb's (duration_preps)
    duration_preps: frozenset[str]
    intransitive_verbs: frozenset[str]  # "the minister consulted with X" parsed as a noun phrase: no passive
    stance_verbs: frozenset[str]  # "voiced Jordan's appreciation": the stance noun's owner is the speaker's side
    stance_nouns: dict[str, str]  # noun -> type of stance_expressions ("readiness": AGREE)
    held_stance_types: frozenset[str]  # "the commitment of the government to ...": the "of" party holds it
    force_units: frozenset[str]  # "troops", "warships": the forces of force_moves
    dismissing_verbs: frozenset[str]  # "fired her two employees": a person as object is dismissed, not shot at
    requiring_verbs: frozenset[str]  # "would require negotiations": the event noun they take is only required
    host_verbs: frozenset[str]  # "received the Ugandan delegation": a meeting only with a guest received
    passage_verbs: frozenset[str]  # "blocked the entrance to the tunnel": whoever blocks a way through protests
    passages: frozenset[str]
    arrival_verbs: frozenset[str]  # "came to the aid of X", "rose to his defence": the help itself (helping_arrivals)
    arrival_preps: frozenset[str]
    arrival_nouns: dict[str, str]
    thing_permit_verbs: frozenset[str]  # "the voucher allowed me to buy food": a thing as subject agrees to nothing
    permitting_things: frozenset[str]
    instrument_agents: frozenset[str]  # "protected by international treaties": an instrument acts, no party
    opinion_topics: frozenset[str]  # "agree on the facts", "agree on a lot": a view shared, nothing settled
    opinion_party_type: str  # "agreed with his former boss that ...": an opinion shared with a party endorses it
    vow_verbs: frozenset[str]  # "vowed never to surrender": a cooperative act vowed against is refused (vowed_refusals)
    vow_refusal_type: str
    counterfactual_modals: frozenset[str]  # "could have murdered me": with the perfect, an act that did not happen
    family_types: frozenset[str]  # "visited my uncle", "asked her daughter to ...": private life (family_matters)
    kin_nouns: frozenset[str]
    feeling_nouns: frozenset[str]  # "expressed concern about losing their jobs": about no act, no criticism
    own_conduct_nouns: frozenset[str]  # "showed regret for his behaviour": an apology (expressed_feelings own_conduct_*)
    mourned_deaths: frozenset[str]  # "expressed shock at the death of X": mourning, no criticism (expressed_feelings)
    death_preps: frozenset[str]
    own_conduct_preps: frozenset[str]
    own_conduct_type: str
    endangering_verbs: frozenset[str]  # "sanctions threaten food security": a thing endangers, no threat
    endangering_nouns: frozenset[str]  # "threats to national security": a danger to a thing, no threat
    endangered_goods: frozenset[str]  # "security", "stability": things even where a sector names them
    described_types: frozenset[str]  # "an NGO that works with victims": a present relative clause describes
    habit_marks: frozenset[str]  # "when the chief calls me": a present act in such a clause is a habit
    manner_words: frozenset[str]  # "taught the nurses how to assist": a skill, no act (described_acts)
    alternative_preps: frozenset[str]  # "without any assistance": an act that did not take place (alternatives)
    marked_alternative_preps: dict[str, str]  # "instead of banning", "rather than attacking" (alternatives)
    figurative_types: frozenset[str]  # "a trade war", "the cultural invasion": no armed act (figurative_modifiers)
    figurative_words: frozenset[str]
    purpose_fights: frozenset[str]  # "Okinawa's battle to reduce the U.S. presence": a campaign, no armed act
    figurative_of_words: frozenset[str]  # "a war of words": no armed act
    stance_agent_nouns: dict[str, str]  # "has been a vocal critic of Modi": DISAPPROVE (stance_agents)
    stance_copulas: frozenset[str]
    outcry_nouns: frozenset[str]  # "sparked anger among farmers": the farmers' criticism (outcry)
    outcry_verbs: frozenset[str]
    outcry_preps: frozenset[str]
    outcry_target_preps: frozenset[str]
    outcry_type: str
    licence_adjectives: frozenset[str]  # "free to criticise": a freedom, no act (licences)
    judged_act_types: frozenset[str]  # "condemned the killing of X": the killer is the target, not X
    given_types: frozenset[str]  # "provided security to the citizens": what is given is no target
    given_things: frozenset[str]
    inquiry_types: frozenset[str]  # "police said an investigation is under way": theirs (inquiry_reporters)
    objectless_phrasals: frozenset[str]  # "gave up": no concession without an object given up
    contact_nouns: frozenset[str]  # "made contact with X", "stayed in touch with X": X consulted, a party or none
    contact_copulas: frozenset[str]  # "were in constant touch with X": kept in touch
    answered_acts: frozenset[str]  # "refused all Ukrainian requests for weapons": the requests coded too
    answered_acts_type: str
    released_parties: frozenset[str]  # "the release of the report": no one freed
    feeling_copulas: frozenset[str]  # "feels threatened by Afghanistan": a feeling, no threat made
    invited_place_verbs: frozenset[str]  # "invited him to Angola": an invitation to visit (invited_places)
    invited_place_preps: frozenset[str]
    invited_place_labels: frozenset[str]
    invited_place_type: str
    invited_acts: frozenset[str]  # "invited him to visit Tallinn": an invitation, no demand
    gerund_proposals: frozenset[str]  # "suggested having separate number plates": a call for it
    passive_orders: frozenset[str]  # "was ordered to go on stand-by": a binding order, COERCE
    passive_order_type: str
    scrutiny_words: frozenset[str]  # "the report analyses access to justice": no inquiry (scrutiny_words)
    scrutinised_matters: frozenset[str]
    scrutiny_bodies: frozenset[str]
    inquiry_sectors: frozenset[str]
    inquiry_nouns: frozenset[str]
    inquiry_ongoing: frozenset[str]
    operation_phrases: frozenset[str]  # "launched operations": an army's FIGHT, security forces' COERCE (security_operations)
    act_agreement_phrases: frozenset[str]  # "signed an agreement to supply ...": agreeing to act (act_agreements)
    act_agreement_type: str
    judging_types: frozenset[str]  # "did not condemn the attack": the attack happened (judged_acts)
    military_operation_words: frozenset[str]
    military_operation_sectors: frozenset[str]
    security_operation_type: str
    military_operation_type: str
    attack_operation_words: frozenset[str]
    attack_operation_type: str
    civil_operation_words: frozenset[str]
    security_operation_words: frozenset[str]
    example_preps: dict[str, str]  # "functions such as demanding": an example of a kind (kind_examples)
    function_nouns: frozenset[str]  # "the committee's duties include coordinating": the office (function_descriptions)
    function_verbs: frozenset[str]
    state_filing_phrases: frozenset[str]  # "the ACC filed a case": a charge by a body of the state (state_filings)
    state_filing_bodies: frozenset[str]
    private_contact_verbs: frozenset[str]  # "his client avoided interacting with children": daily life (private_contacts)
    meeting_verbs: frozenset[str]  # "Kim and Ko first met in 2018": two private persons meeting (private_contacts)
    active_contact_verbs: frozenset[str]  # "Contacted, the OC said ...": the press's inquiry (private_contacts active_only)
    singular_senses: dict[str, str | None]  # "joined the police force" is no "join forces" (singular_senses)
    compound_agent_sectors: frozenset[str]  # "a police raid", "rebel attacks": the force's own act
    compound_agent_words: frozenset[str]  # parties with no sector (none now: "opposition" was tried)
    compound_agent_types: dict[str, frozenset[str]]  # a word whose compound acts only in these types ("government")
    passive_call_excluded: frozenset[str]  # "said it should be noted that ...": a remark, no call (passive_calls)
    exoneration_type: str  # "said he had done nothing wrong": a denial (exonerations)
    exoneration_nothing: frozenset[str]
    exoneration_anything: frozenset[str]
    exoneration_wrongs: frozenset[str]
    exoneration_innocent: frozenset[str]  # "he said he was innocent": a denial (exonerations innocent)
    exoneration_guilty: frozenset[str]  # "... was not guilty"
    rarity_adverbs: frozenset[str]  # "has seldom called for amendments": a habit, no act (rarity_adverbs)
    interview_words: frozenset[str]  # "spoke to Yonhap on condition of anonymity": an interview (interview_marks)
    venue_preps: frozenset[str]  # "requested at the UN General Assembly that ...": where, not whom (venue_preps)
    venue_prep_types: frozenset[str]
    state_participles: frozenset[str]  # "detainees held at Abu Ghraib": a state, its place no target (venue_preps)
    party_heads: frozenset[str]  # person and group nouns and thing_actors.party_nouns: no thing ("the duo")
    quantity_heads: frozenset[str]  # "a total of 858 NGOs": read through the "of" filler (thing_actors)
    thing_source_types: frozenset[str]  # "the fund supports small firms": an instrument gives nothing (thing_actors)
    seized_things: frozenset[str]  # "his assets were seized": a seizure by the authorities (thing_actors seized_things)
    casualty_types: frozenset[str]  # "treating 19 wounded": a casualty figure, no attack (casualty_counts)
    span_preps: frozenset[str]  # "from 2013 to June, prosecutors indicted 14.9 million suspects": a statistic
    statistic_min_count: int
    count_scales: dict[str, int]
    count_nouns: frozenset[str]  # "the number of people indicted ...": a statistic (statistics)
    award_verbs: frozenset[str]  # "honored her with the Order of the Aztec Eagle": an award (award_honours)
    award_preps: frozenset[str]
    title_markers: frozenset[str]  # "a book titled The War for ...": the title's words name a work (work_titles)
    title_nouns: frozenset[str]
    title_words: int
    classifying_adjectives: dict[str, frozenset[str]]  # "criminal conviction": a branch of law, no evaluation
    adjective_other_senses: dict[str, frozenset[str]]  # "critical to X": crucial, no criticism
    patient_of_nouns: frozenset[str]  # "the release of the prisoners": the "of" party is acted on, not the actor
    intransitive_protests: frozenset[str]  # "teachers struck": a strike; "struck by bulls": hit, no protest
    attributive_participles: frozenset[str]  # "met protesting teachers": the teachers protest (syntax repair)
    circumstance_preps: frozenset[str]  # "amid ...": the setting of an act, no complement of its verb
    threat_noun_type: str  # "its threat to boycott parliament": the infinitive is the threat's content
    intransitive_protest_type: str
    reproach_modals: frozenset[str]  # "X should have consulted the party": a reproach of X (reproach_type)
    reproach_type: str
    forces_only_words: frozenset[str]  # "deploy": MOBILIZE only of forces when what it moves is named
    force_words: frozenset[str]  # units, weapons and the other forces a bare verb of placing moves
    force_sectors: frozenset[str]  # sectors of the parties that are forces ("deployed the police")
    force_move_verbs: frozenset[str]  # "sent", "deployed": the verbs of force_moves
    force_move_type: str
    peacekeeping_words: frozenset[str]  # "sent troops to join the peacekeeping mission": aid, not MOBILIZE
    peacekeeping_type: str
    carrying_verbs: frozenset[str]  # "aircraft carrying food": a vehicle's cargo is what is sent
    leaving_verbs: frozenset[str]  # "the last troops left East Timor": forces leaving a place withdraw
    leaving_type: str
    entering_verbs: frozenset[str]  # "soldiers poured into the city": forces moved into a place
    entering_type: str
    drill_nouns: frozenset[str]  # "staged war games": a show of force alone, cooperation with a partner
    drill_types: tuple[str, str]  # (alone, with a partner)
    drill_partner_words: frozenset[str]  # "joint", "combined": a modifier naming a partner
    expel_order_verbs: frozenset[str]  # "ordered X to leave the country": an expulsion
    deadline_verbs: frozenset[str]  # "gave the rebels until Friday to ...": an ultimatum
    inflicted_verbs: frozenset[str]  # "slapped the BMA with a lawsuit": the lawsuit on the BMA (inflicted_means)
    inflicted_preps: frozenset[str]
    inflicted_types: frozenset[str]
    inflicted_nouns: dict[str, str]
    protest_means_verbs: frozenset[str]  # "shut down Kathmandu with a general strike": the strike
    protest_means_preps: frozenset[str]
    protest_means_type: str
    questioning_verbs: frozenset[str]  # "summoned X for questioning": the questioning
    questioning_held_verbs: frozenset[str]  # "detained 60 people for questioning": the detention
    questioning_nouns: frozenset[str]
    questioning_type: str
    funding_verbs: frozenset[str]  # "funded the construction of the hospital": no recipient party, no aid
    reproach_markers: dict[str, str]  # "called out X for", "took X to task for": DISAPPROVE
    called_out_type: str
    claim_nouns: frozenset[str]  # "claims of rigging": an accusation (claimed_wrongs)
    claimed_wrongs: frozenset[str]
    claimed_wrong_type: str
    judged_accusations: frozenset[str]  # "the allegations against him are baseless": judged, none made
    harming_verbs: frozenset[str]  # "will harm the cooperation between member states": put at risk, no act
    harmed_types: frozenset[str]
    silencing_verbs: frozenset[str]  # "moved to silence criticism": the criticism is others', no act of the silencer
    silenced_types: frozenset[str]
    contrary_verbs: frozenset[str]  # "said Park's move is against fairness": a condemnation (``contrary_predicates``)
    contrary_preps: frozenset[str]
    contrary_norms: frozenset[str]
    contrary_type: str
    shot_forms: frozenset[str]  # "a covid-19 booster shot": an injection, no shooting (``vaccine_shots``)
    shot_modifiers: frozenset[str]
    ailment_verbs: frozenset[str]  # "complained of chest pains": no criticism (``complained_ailments``)
    ailment_preps: frozenset[str]
    ailments: frozenset[str]
    witness_words: frozenset[str]  # "speaking with witnesses": questioning (``police_inquiries``)
    witness_consult_to: str
    inquiry_helping_verbs: frozenset[str]  # "assisting police with their inquiries": cooperation
    helped_inquiry_nouns: frozenset[str]
    inquiry_helping_to: str
    filing_venues: frozenset[str]  # "filed a lawsuit with the court against X": the court hears it, X is accused
    filing_venue_preps: frozenset[str]
    letter_verbs: frozenset[str]  # "sent a letter to the commissioner to initiate an investigation": DEMAND
    letter_nouns: frozenset[str]  # (``letters_of_request``)
    letter_own_acts: frozenset[str]
    letter_type: str
    lobbying_verbs: frozenset[str]  # "lobbying at the council to block the report": asked of the council
    lobbying_preps: frozenset[str]
    press_request_verbs: frozenset[str]  # "asked for comment", "asked to comment": a reporter's question
    press_request_nouns: frozenset[str]
    press_request_acts: frozenset[str]
    press_answer_verbs: frozenset[str]  # "did not return calls seeking comment": a reporter's call, no contact
    press_seeking_verbs: frozenset[str]
    restraint_verbs: frozenset[str]  # "prevented the opposition from holding the rally": COERCE
    restraint_type: str
    challenge_verbs: frozenset[str]  # "to overturn the president's decision": a legal challenge
    challenge_type: str
    challenge_nouns: frozenset[str]  # "an application to overturn ...": lodged
    challenge_seeking_verbs: frozenset[str]  # "went to court to overturn ...": lodged
    deadline_preps: frozenset[str]
    deadline_type: str
    expel_order_acts: frozenset[str]
    expel_order_type: str
    declining_verbs: frozenset[str]  # "chose not to attend the summit": declining to take part (REJECT)
    declining_from_verbs: frozenset[str]  # "refrained from signing the joint document"
    declined_acts: frozenset[str]
    declining_type: str
    expel_order_places: frozenset[str]
    expel_envoy_type: str
    expel_missions: frozenset[str]  # "inspectors", "aid agencies": expelled, a sanction as envoys are
    expelling_words: frozenset[str]  # "expel", "expulsion": the words whose object is the one expelled
    member_expelling_sectors: frozenset[str]  # "the party expelled the MP": a member expelled, SANCTION
    envoy_nouns: frozenset[str]  # "diplomats": people who stand for their state (object kind "envoy")
    own_object_verbs: frozenset[str]  # object_types decided by the verb's own object only ("questioned the suspect")
    litotes_verbs: frozenset[str]  # "would not hesitate to use force": the intent to use it
    press_addressed: frozenset[str]  # "assured reporters that ...": no act said to the press
    assembling_verbs: frozenset[str]  # "demonstrators gathered outside the embassy": PROTEST
    protester_nouns: frozenset[str]
    assembling_type: str
    courtesy_call: tuple[str, frozenset[str], str]  # ("call", {"on", "upon"}, "CONSULT"): "called on the president"
    occurrence_verbs: frozenset[str]  # "the meeting did not take place": the event noun subject is negated
    negated_types: dict[str, str]
    negated_with_types: dict[str, str]  # "did not agree with X": disagreeing, a type of its own
    victim_nouns: frozenset[str]  # "has been the target of attacks": the copula's subject is the act's target
    victim_copulas: frozenset[str]
    victim_adjectives: frozenset[str]  # "have been subject to a crackdown"
    owning_participles: dict[str, tuple[str, ...]]  # "assets belonging to X", "property owned by X": X's thing
    premises_types: frozenset[str]  # "raids by police on the homes of X": an act on a party's premises is on the party
    premises_preps: tuple[str, ...]
    premises_nouns: frozenset[str]
    aimed_participles: dict[str, tuple[str, ...]]  # "sanctions targeting X" (object), "aimed at X" (preposition)
    negated_only_verbs: dict[str, str]  # "will not tolerate any interference": an event only when negated (a warning)
    kept_promise_verbs: frozenset[str]  # "delivering on its promises": a promise made before (kept_promises)
    kept_promise_nouns: frozenset[str]
    unheeded_verbs: frozenset[str]  # "have not responded to calls to ...": a demand refused (unheeded_demands)
    unheeded_preps: dict[str, str]
    unheeded_nouns: frozenset[str]
    unheeded_content_nouns: frozenset[str]  # a call or a request with content of its own ("calls to release X")
    unheeded_holders: frozenset[str]  # "left unanswered" (by the one who refused)
    unheeded_adjectives: frozenset[str]
    unheeded_type: str
    punitive: frozenset[str]
    punitive_of_parties: frozenset[str]  # "called for the judge's suspension": a punishment only of a party
    summoning_verbs: frozenset[str]  # "summoned the ambassador" DISAPPROVE; anyone else: summoned_parties
    summoning_envoy_words: frozenset[str]  # "summoned the head of the Russian mission": an envoy
    summoning_from: str
    summoning_type: str
    summoning_court_sectors: frozenset[str]
    summoning_court_type: str
    wounding_verbs: frozenset[str]  # "hacked his neighbour": a verb of cyber attack on a person wounds
    wounding_type: str
    abduction_verbs: frozenset[str]  # "gunmen seized three teachers": a party seized by a non-state armed party
    abduction_sectors: frozenset[str]
    abduction_from: str
    abduction_type: str
    burning_verbs: frozenset[str]  # "the body was burnt by the soldiers": a person or a body burned is assaulted
    burning_phrases: frozenset[str]  # "set the corpse on fire" (``wounded_persons`` burning_*)
    burned_bodies: frozenset[str]
    directive_verbs: frozenset[str]  # "want X to do", "challenge X to do": a demand only with the other party
    telling_verbs: frozenset[str]  # "were tracked and ordered to ...": a conjoined passive (DEMAND verbs, directives)
    treatment_wishing_verbs: frozenset[str]  # "we want to be consulted": a request to whoever consults
    wanted_treatments: frozenset[str]
    directive_party_only: frozenset[str]  # "want my daughter to suffer": no demand on a person named by a pronoun or noun
    directive_passive_excluded: frozenset[str]  # "was invited to attend": a passive that asks for nothing
    hoping_verbs: frozenset[str]  # "hope the city government promotes ...": an appeal to the clause's party
    hoped_excluded_sectors: frozenset[str]  # "hope people get ...": sectors of no institution
    directive_keeping_act: frozenset[str]  # orders that leave their act hypothetical ("instructed X to arrest")
    directive_type: str
    need_nouns: frozenset[str]  # "stressed the need for Israel to stop": a demand on Israel
    attending_verbs: frozenset[str]  # "attended the meeting": a reference back to a coded meeting
    announcing_anchor_verbs: frozenset[str]  # "announced the raid": a reference back to a coded arrest
    convening_verbs: frozenset[str]  # "convened a meeting of the council": the subject meets the council
    participating_verbs: frozenset[str]  # "participated in a meeting organised by UNESCO": the subject meets UNESCO
    court_undoing_verbs: frozenset[str]  # "the court dismissed the charges against him": RETREAT
    court_undoing_nouns: frozenset[str]
    court_undoing_sectors: frozenset[str]
    court_undoing_type: str
    norm_verbs: frozenset[str]  # "violated the ban" = REJECT, "... the ceasefire" = FIGHT, "... sovereignty": none
    norms: frozenset[str]
    truces: frozenset[str]
    truce_type: str
    calling_verbs: frozenset[str]  # "Putin called Erdogan": a call with a party as the only complement
    reciprocal_verbs: frozenset[str]  # "Xi and Biden spoke": two parties as subject, or "by phone"
    call_media: frozenset[str]
    press_sectors: frozenset[str]  # "spoke to the BBC": no consultation with the press
    addressing_verbs: frozenset[str]  # "assured X by phone that ...": with the reporting verbs, a clause addressed to X
    contact_type: str
    rejecting_words: frozenset[str]  # "rejected the aggression": rejecting a hostile act condemns it
    rejected_types: frozenset[str]
    rejected_nouns: frozenset[str]
    rejected_to: str
    stative_passives: frozenset[str]
    deontic: frozenset[str]
    goal_verbs: frozenset[str]  # "to enhance cooperation": a stated goal, no event (with goal_types nouns)
    goal_types: frozenset[str]
    deontic_verbs: frozenset[str]  # "has to", "needs to" in a reported clause: an obligation laid on its subject
    realised_purposes: dict[str, dict[str, frozenset[str]]]  # "took to Twitter to slam X": the purpose is the act done
    punishing: frozenset[str]  # "said X must be held accountable": a call to punish X (DISAPPROVE)
    punishing_active_excluded: frozenset[str]  # "invite them to try the dish": no trial called for
    ceasing_verbs: frozenset[str]  # "the killing must stop": a demand that a harm cease
    gated_deontic: frozenset[str]  # "needs to": the gate admits its line with "to" and a reporting verb (reported_with)
    deontic_reporting: frozenset[str]
    obligation_nouns: frozenset[str]  # "it is time for X to do": an extraposed obligation laid on X
    past_subjunctive_predicates: frozenset[str]  # "it is time X did": a wish in the past tense
    obligation_adjectives: frozenset[str]  # "it is necessary for X to do", "it is imperative that X do"
    hosting_verbs: frozenset[str]  # "welcomed the visiting prime minister": hosting, CONSULT
    campaigning_verbs: frozenset[str]  # "campaigned for X": DEMAND, SUPPORT for a person, none for an office
    campaigned_person_type: str
    campaigned_offices: frozenset[str]
    campaigned_people: frozenset[str]  # group nouns of people ("the evicted families"), whom a campaign supports
    hosting_preps: frozenset[str]
    visitor_words: frozenset[str]
    visitor_nouns: frozenset[str]  # "welcomed the delegation": a visitor whatever the place
    crowd_guests: frozenset[str]  # "welcomed thousands of tourists": guests received, no act
    control_verbs: frozenset[str]  # "seized control of the town", "took over the port": a place seized
    control_noun: str
    control_particle: str
    particle_control_verbs: frozenset[str]
    control_sites: frozenset[str]
    military_sites: frozenset[str]  # "seized the fortress": fought for (taken_in_fighting)
    control_firms: frozenset[str]  # "regulators seized control of three insurers": a firm taken by an authority
    handing_verbs: frozenset[str]  # "handed over": a concession only of a party, a place or a power
    handed_powers: frozenset[str]
    handed_selves: frozenset[str]  # "handed themselves over to the police": a surrender
    control_type: str
    fought_capture_verbs: frozenset[str]  # "captured the town from government troops": a fight
    fought_capture_preps: frozenset[str]
    fought_capture_type: str
    ceding_verbs: frozenset[str]  # "handed over the peninsula to Cameroon": a place given up to a party
    ceding_type: str
    ceded_property: frozenset[str]  # "returned the bronzes to Nigeria": property given back (RETREAT)
    wanted_nouns: frozenset[str]  # "handed over the suspects to the tribunal": judicial cooperation
    wanted_type: str
    judicial_receivers: frozenset[str]  # "handed over Milosevic to the tribunal": a named person to a court
    supplied_equipment: frozenset[str]  # "handed over six helicopters to the army": military aid
    supplied_type: str
    noun_preps: dict[str, str]  # "call with": a noun typed by its party's preposition (a phone call, not a call for X)
    noun_prep_heads: frozenset[str]
    governed_nouns: dict[str, str | None]  # "under fire": a noun typed by the preposition that governs it (criticism)
    governed_armed: frozenset[str]  # ... of these, unless its source is armed ("under fire from rebels")
    governed_armed_sectors: frozenset[str]
    governed_armed_type: str
    negated_evaluations: dict[str, str]  # "said the election was not free": the quality denied -> its type
    accusing_labels: frozenset[str]  # "called the raid a massacre": a hostile act's noun as a label is an accusation
    obliged_sectors: frozenset[str]  # the actor nouns such a duty is laid on ("the rebels", not "investors")
    accusing_verbs: dict[str, str]  # a reported clause "Y violated ...": the speaker accuses Y
    accusing_adverbs: frozenset[str]  # a reported clause "Y allegedly / illegally did ...": the speaker accuses Y
    reporter_sectors: frozenset[str]  # "..., the newspaper reported": the press reports, it does not accuse
    accusing_party_doers: frozenset[str]  # "the solution lies in ...": a thing lies somewhere, no one lied
    accusing_attempts: frozenset[str]  # "Y was trying to destabilise ...": the attempted act is accused
    failing_verbs: frozenset[str]  # "said the government had failed to honour the deal": an accusation
    failing_objects: dict[str, str]  # "said the police had done nothing to protect us": the same accusation
    alleging_verbs: frozenset[str]  # "X claims Y tortured ...": X accuses Y of a hostile act
    alleging_nouns: frozenset[str]  # "allegations that he took bribes": he is accused
    blaming_adjectives: frozenset[str]  # a reported clause "Y was responsible for the attack": the speaker blames Y
    blaming_preps: frozenset[str]
    blamed_types: frozenset[str]
    harms: frozenset[str]
    scene_preps: frozenset[str]  # "detained during a protest": the detainees are the protesters
    scene_types: frozenset[str]
    blaming_type: str
    praise_type: str  # the evaluative words that praise: not of a thing given or won, nor of the speaker
    generic_determiners: frozenset[str]  # "any violation will be handled": no violation evaluated
    needs_source: frozenset[str]
    agentless_passive_verbs: dict[str, frozenset[str]]  # "the board was not consulted": consulted by someone unnamed
    # (verb -> the complements it needs: "warned to desist"; none: any)
    contest_verbs: frozenset[str]  # winning a match: no event in a sentence that gives a score or in a sports report
    tally_verbs: frozenset[str]  # "beat his rival with 56.7 percent": a win counted in votes, points, a record
    tally_words: frozenset[str]
    accident_types: frozenset[str]  # "killed in a car accident": no assault
    accident_nouns: frozenset[str]
    accident_preps: frozenset[str]
    fire_nouns: frozenset[str]  # "killed in a fire at their home": an accident (``accident_causes`` fire_*)
    fire_preps: frozenset[str]
    fire_modifiers: frozenset[str]
    setting_marks: frozenset[str]  # "the fire was in July, when 54 people were killed": the clause is set in it
    animals: frozenset[str]  # "the dog attacked the boy": no assault
    score: re.Pattern[str]
    sports_terms: dict[str, int]  # a spelling -> its thing of sport (a sport, competition, role or piece of play)
    sports_report_min: int  # the things of sport an article names to be a sports report
    play_verbs: frozenset[str]  # "allowed two hits", "struck out ten": play, in a sports report
    play_things: frozenset[str]  # "conceded the goal", "shot at the goalkeeper": play, in a sports report
    fought_thing_verbs: frozenset[str]  # "fighting corruption": a thing fought is no adversary
    fighter_sectors: frozenset[str]  # "the rebels fought for independence": armed, no campaign
    released_things: frozenset[str]  # "the ENGEO report released on Friday": no one freed
    deities: frozenset[str]  # "implored Allah": a prayer, no party addressed
    contest_office_verbs: frozenset[str]  # "contested the presidency": standing for office
    contested_polls: frozenset[str]  # "contested the elections"
    market_nouns: frozenset[str]  # "rising demand": a market's demand, no request
    market_modifiers: frozenset[str]
    market_verbs: frozenset[str]  # "serve demand", "boost demand"
    play_preps: frozenset[str]  # "shot at the goalkeeper", "meet in a playoff" (not "before the playoff")
    play_nouns: frozenset[str]  # "dazzling build-up from the midfielder": play, in a sports report
    contest_party_sectors: frozenset[str]  # generic agents that can be a match's parties (athletes: CVL)
    absorbing_ccomp: frozenset[str]
    non_events: dict[str, frozenset[str]]
    rank_verbs: frozenset[str]  # "occupied the post of finance minister": an office held (held_ranks)
    rank_nouns: frozenset[str]
    object_acts: frozenset[str]  # "end", "halt": an act only on an object, a passive subject or a clause
    relation_verbs: frozenset[str]  # "end", "halt", "cancel": a SANCTION only on a relation or cooperative act
    relation_types: frozenset[str]
    relation_words: frozenset[str]
    off_verbs: frozenset[str]  # "called off the talks": stopping with the particle "off"
    off_type: str
    relation_stopping: frozenset[str]  # verbs whose relation object beats its compound type ("quit the peace talks")
    vowing_verbs: frozenset[str]  # "vowed to crush the rebels": a threat (vowed_hostility)
    vowed_forbidding: frozenset[str]  # "promised not to allow protests": a threat (vowed_hostility)
    vowed_forbidden_types: frozenset[str]  # the types (or words) of what a vow forbids
    willing_types: frozenset[str]  # "ready to impose sanctions": the willingness adjectives' type, a threat too
    willing_adjectives: frozenset[str]  # "ready to cooperate": willing only to an act or to deal with a party
    willing_verbs: frozenset[str]  # "is committed to peace": no commitment to an act
    ultimatum_types: frozenset[str]  # "gave X an ultimatum to ... or face ...": object nouns that pass a threat on
    facing_verbs: frozenset[str]  # "told X it would face sanctions": the teller threatens X (facing_threats)
    vowed_types: frozenset[str]
    vowed_verbs: frozenset[str]
    vowed_nouns: frozenset[str]  # "promised retaliation against X", "vowed revenge"
    vowed_conditional_types: frozenset[str]  # "vowed to send troops unless ...": a threat only on a condition
    vowed_escalations: frozenset[str]  # "vowed to step up attacks": more of a hostile act named by the object
    vowed_to: str
    admitting_verbs: frozenset[str]  # "let a team of OAS officials return": an outsider let in (admitted_outsiders)
    opening_verbs: frozenset[str]  # "opened East Timor to foreign journalists": an outsider let in
    opening_particle_verbs: dict[str, str]  # "threw open the palace to U.N. inspectors"
    opening_loose_words: frozenset[str]  # outsider words that are not enough for an opening ("foreign banks")
    admitting_bare: frozenset[str]  # "readmitted U.N. inspectors": the verb alone lets in
    admitting_preps: frozenset[str]
    admitting_acts: frozenset[str]
    outsider_words: frozenset[str]
    admitting_type: str
    barring_verbs: frozenset[str]  # "barred U.N. inspectors from entering": an outsider refused (REJECT)
    barring_type: str
    returning_verbs: frozenset[str]  # "returned a freighter to Valletta": given back (returned_objects)
    not_returned: frozenset[str]
    returned_to_places: frozenset[str]
    returning_type: str
    returned_types: dict[str, str]  # "returned Cuban migrants": deported (COERCE)
    rallying_verbs: frozenset[str]  # "called on X to rise up against Y": opposition rallied against Y (rallied_opposition)
    rallying_phrases: frozenset[str]  # "take action": a verb + object act of rallying
    rallying_type: str
    rallying_others: frozenset[str]  # "rallied Islamic countries behind X": support (or opposition) rallied
    rallying_for_verbs: frozenset[str]  # "won backing for X": support rallied only with its party named
    rallying_any_object: frozenset[str]
    rallied_objects: frozenset[str]
    rallied_for_preps: frozenset[str]
    rallied_support_type: str
    freeing_verbs: frozenset[str]  # "release", "free": RETREAT only when a party is released
    easing_verbs: frozenset[str]
    easing_particle_verbs: dict[str, frozenset[str]]  # "scaled back its exercises": easing with the particle only
    light_preps: frozenset[str]
    adjunct_light_nouns: dict[str, str]  # "in support of X": any verb lends it its subject (noun -> party's prep)
    adjunct_any_host: frozenset[str]  # "in a concession to X, parliament approved ...": even a trigger verb lends it
    undergoing_preps: frozenset[str]  # "under investigation": the light verb's subject undergoes the act
    reception_phrases: frozenset[str]  # "was greeted with boos": the light verb's subject undergoes the act
    reception_types: frozenset[str]  # the types of act one is greeted with
    undergoing_verbs: frozenset[str]  # "drew criticism from X": the subject undergoes the act (of undergoing_types)
    undergoing_types: frozenset[str]
    suffering_verbs: frozenset[str]  # "the village suffered an attack by rebels": the subject is attacked
    suffering_types: frozenset[str]
    receiving_verbs: frozenset[str]  # "received support from X": the same, for receiving_types only
    undergone_nouns: frozenset[str]  # "will stand trial", "is on trial": the light verb's subject is tried
    undergone_verbs: frozenset[str]  # "faces trial": verbs that support those nouns though they report others
    receiving_types: frozenset[str]
    received_rebukes: frozenset[str]  # "received a reprimand from X": undergone (DISAPPROVE nouns of receipt)
    participant_types: frozenset[str]
    participant_preps: frozenset[str]
    participant_motion_preps: frozenset[str]  # "flew to X for talks with Y" (after a motion verb or copula only)
    participant_subject_preps: frozenset[str]  # "Y, on a visit to X, said" (a phrase hung on the subject only)
    sequence_verbs: frozenset[str]  # "kicked off the tour with a visit to X": the subject's visit
    sequence_preps: frozenset[str]
    acceding_objects: frozenset[str]
    acceding_to: frozenset[str]
    acceded_type: str
    acceding_type: str
    eased_types: frozenset[str]
    easing_type: str
    eased_military: frozenset[str]  # "lifted the siege": RETREAT (CAMEO 0872), not a concession
    eased_military_hosts: frozenset[str]  # "suspended its operations against the rebels": with a military
    eased_host_modifiers: frozenset[str]  # modifier or an "against" phrase
    eased_economic_nouns: frozenset[str]  # "lifted its tariffs on Australian wine"
    eased_military_types: frozenset[str]  # "halted its air raids", "lowered the alert": RETREAT (CAMEO 087)
    eased_economic_types: frozenset[str]  # "lifted its trade embargo": RETREAT (CAMEO 085), not a concession
    eased_economic_words: frozenset[str]  # "lifted its ban on steel imports": a ban on trade is an economic sanction
    easing_economic_type: str
    easing_military_type: str
    background_days: int
    narrative_days: int  # an undated past act after a sentence this old is history too (narrative_background)
    narrative_sentences: int  # how many sentences back that date may be
    recent_adverbs: frozenset[str]  # "recently agreed": back to the news, no narrative background
    habitual: frozenset[str]
    habitual_preps: frozenset[str]  # "for months", "in recent years": an open period before now (background)
    habitual_period_nouns: frozenset[str]
    habitual_excluded_modifiers: frozenset[str]  # "in the coming months": a period to come
    used_to_verbs: frozenset[str]  # "used to call for marches": past habit
    confidence: dict[str, float]
    sectors: dict[str, str]
    titles: frozenset[str]
    actor_nouns: frozenset[str]
    act_sector_words: frozenset[str]  # "the prosecution" (a party) / "the prosecution of X" (an act)
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    cause_nouns: frozenset[str]  # natural forces and diseases: no agent ("the storm killed five")
    pronouns: dict[str, str]
    pair_pronouns: frozenset[str]  # "the two", "both": a group of two named before (pair_pronouns)
    counted_group_determiners: frozenset[str]  # "all seven were charged": a group named before (counted_groups)
    pronoun_gender: dict[str, str]  # "he" -> "male", "she" -> "female"
    co_agent_nouns: frozenset[str]  # "with X's help": X is an ally of the act, not its target
    nominal_participles: frozenset[str]  # "the accused was remanded": persons (actors nominal_participles)
    authority_verbs: frozenset[str]  # "was arrested in Dubai": an act only authorities do; the place acts
    subject_control_verbs: frozenset[str]  # "promised voters to release": the subject releases
    symmetric_verbs: frozenset[str]  # "police clashed with protesters": each party acts on the other
    causing_verbs: frozenset[str]  # "the arrest sparked protests": the subject causes, does not protest
    speech_noun_types: frozenset[str]  # "the condemnation of the attack from X": X condemns (a noun of saying's "from")
    positional_references: dict[str, int]  # "the latter": the last person named; "the former": the one before
    document_nouns: frozenset[str]  # "X issued a statement. The statement called for ...": the statement speaks for X
    issuing_verbs: frozenset[str]
    informing_verbs: frozenset[str]  # "notified Norway of conducting exercises": no object control of the gerund
    authoring_participles: frozenset[str]  # "a bombing claimed by X": X's bombing
    harm_noun_types: frozenset[str]  # "were killed in Syrian shelling": the Syrians killed them
    media_descriptions: frozenset[str]  # "told AFP ... the firm said": the firm is not AFP
    organisation_descriptions: frozenset[str]  # "Islamic State ... The group said": the last organisation named
    body_heads: frozenset[str]  # "the Booysens Magistrate's Court": a name's head word naming a body, no person
    country_descriptions: frozenset[str]  # "Algeria ... the country said": the last country named
    claiming_verbs: frozenset[str]  # "X claimed the attack", "X claimed responsibility for the attack": X's attack
    equipment_nouns: frozenset[str]  # "supplied drones to Russia": a weapon object is no party
    sponsor_participles: frozenset[str]  # "Iran-backed rebels": Iran is the sponsor, not their country
    gendered_words: dict[str, str]  # titles and person nouns that say a person's gender ("mr", "policewoman")
    given_name_genders: dict[str, str]  # given names that say their bearer's gender ("meghan": female)
    sector_phrases: dict[str, dict[str, str]]  # head -> modifier -> sector ("sector" -> "private" -> BUS)
    stateless_phrases: dict[str, frozenset[str]]  # head -> modifiers of no one country ("the international community")
    led_bodies: frozenset[str]  # "the Biden administration": a body of its leader's country
    home_institutions: frozenset[str]  # "the government": the story's own, whatever was named before
    multinational_heads: frozenset[str]  # "African countries": a plural group of states ...
    multinational_modifiers: frozenset[str]  # ... named by a region or a kind, of no one country
    other_party_nouns: frozenset[str]  # "his counterpart": owned by a pronoun, yet someone else
    cameo_verbs: dict[str, str]
    cameo_verb_objects: dict[str, str]

    @cached_property
    def object_type_verbs(self) -> frozenset[str]:
        """The verbs whose type their object decides (``object_types``: "questioned the suspect")."""
        return frozenset(verb for verb, _ in self.object_types)

    def undergoes(self, verb: str, noun_type: str | None, noun: str = "") -> bool:
        """The subject of ``verb`` undergoes an act of ``noun_type`` (the lemma ``noun``) the verb takes as
        object ("drew criticism from X", "won praise from X", "received support from X", "received a reprimand
        from X", "suffered an attack")."""
        return (verb in self.undergoing_verbs and noun_type in self.undergoing_types) or (
            verb in self.receiving_verbs and (noun_type in self.receiving_types or noun in self.received_rebukes)) or (
            verb in self.suffering_verbs and noun_type in self.suffering_types)

    @cached_property
    def governed_lemmas(self) -> frozenset[str]:
        """The nouns of ``governed_nouns`` ("fire" of "under fire")."""
        return frozenset(key.split()[-1] for key in self.governed_nouns)

    @cached_property
    def hyphenated(self) -> frozenset[str]:
        """The hyphenated words of the trigger tables ("cease-fire", "sit-in", "one-sided"): wire
        text splits them into three tokens ("cease - fire"), which the extractor joins again."""
        keys = [*self.nouns, *self.evaluative, *self.verb_objects, *self.phrasal, *self.noun_compounds]
        return frozenset(word for key in keys for word in key.split() if "-" in word.strip("-"))


def _gendered_words(actors: dict[str, Any], wordnet: dict[str, Any]) -> dict[str, str]:
    """Word -> "male" / "female": WordNet's gendered person nouns, then the lexicon's titles."""
    out = {word: gender for gender in ("female", "male") for word in wordnet[gender]}
    out.update({word: gender for gender, words in actors["gendered_titles"].items() for word in words})
    return out


def _cameo_table() -> dict[str, Any]:
    if not CAMEO_LEXICON.exists():
        raise ModelError(
            f"the CAMEO verb table {CAMEO_LEXICON} has not been built",
            fix="run `python scripts/build_cameo_lexicon.py` (reads ../shared/kb/phoenix), or load the lexicon "
            "with cameo=False (the default)",
        )
    data: dict[str, Any] = json.loads(CAMEO_LEXICON.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None, *, cameo: bool = False) -> Lexicon:
    """Load (once) the trigger lexicon at ``path`` (default ``lexicon/plover.v2.json``), the
    actor words and, with ``cameo``, the CAMEO-derived verb table (off by default: on the article
    dev set it cost precision without adding recall; docs/events.md has the figures).
    (~60 lines on purpose: one constructor call, one line per :class:`Lexicon` field and the JSON
    key it comes from; split up, the mapping would only be harder to check against the data files.)"""
    data = json.loads(Path(path or DEFAULT_LEXICON).read_text(encoding="utf-8"))
    set_lemma_fixes(data["lemma_fixes"], data["form_lemma_fixes"])
    actors = json.loads(ACTORS_LEXICON.read_text(encoding="utf-8"))
    wordnet = json.loads(WORDNET_NOUNS.read_text(encoding="utf-8"))
    given = json.loads(GIVEN_NAMES.read_text(encoding="utf-8"))
    cameo_data = _cameo_table() if cameo else None
    armed = data["armed_switch"]
    version = f"{data['version']}+{actors['version']}+{wordnet['version']}+{given['version']}"
    if cameo_data is not None:
        version += f"+{cameo_data['version']}"
    return Lexicon(
        version=version,
        cameo_roots=data["cameo_roots"],
        verbs=_invert(data["verbs"]),
        phrasal=data["phrasal"],
        adjacent_phrases=frozenset(data["adjacent_phrases"]["phrases"]),
        adjacent_strict=frozenset(data["adjacent_phrases"]["no_preposition_between"]),
        verb_objects=_verb_objects(data),
        nouns=_invert(data["nouns"]),
        noun_compounds=data["noun_compounds"],
        adjectives=data["adjectives"],
        armed_words=frozenset(armed["verbs"]) | frozenset(armed["nouns"]),
        armed_nouns=frozenset(armed["nouns"]),
        armed_type=armed["to"],
        armed_sectors=frozenset(armed["when_source_sector"]),
        unarmed_verbs=frozenset(data["unarmed_targets"]["verbs"]),
        unarmed_preps=frozenset(data["unarmed_targets"]["preps"]),
        unarmed_object_verbs=frozenset(data["unarmed_targets"]["object_verbs"]),
        unarmed_nouns=frozenset(data["unarmed_targets"]["nouns"]),
        unarmed_vehicles=frozenset(data["unarmed_targets"]["vehicles"]),
        unarmed_sites=frozenset(data["unarmed_targets"]["sites"]),
        unarmed_site_preps=frozenset(data["unarmed_targets"]["site_preps"]),
        unarmed_from=data["unarmed_targets"]["from"],
        unarmed_type=data["unarmed_targets"]["to"],
        death_phrase=(data["death_phrase"]["prep"], data["death_phrase"]["noun"], data["death_phrase"]["to"]),
        death_sentences=frozenset(data["death_phrase"]["except"]),
        hands_death_verbs=frozenset(data["death_phrase"]["hands_verbs"]),
        armed_target_verbs=frozenset(data["armed_targets"]["verbs"]),
        armed_sites=frozenset(data["armed_targets"]["sites"]),
        armed_hosts=frozenset(data["armed_targets"]["hosts"]),
        armed_modifiers=frozenset(data["armed_targets"]["modifiers"]),
        armed_target_from=data["armed_targets"]["from"],
        armed_target_type=data["armed_targets"]["to"],
        reporting=frozenset(data["reporting_verbs"]),
        belief_verbs=frozenset(data["belief_verbs"]["verbs"]),
        characterising=frozenset(data["characterising_verbs"]["verbs"]),
        characterising_as_only=frozenset(data["characterising_verbs"]["as_only"]),
        as_complement_verbs=frozenset(data["characterising_verbs"]["as_complement_verbs"]),
        dismissing=frozenset(data["characterising_verbs"]["dismissing"]),
        dismissed_proposals=frozenset(data["characterising_verbs"]["dismissed_proposals"]),
        equating=dict(data["equating_predicates"]["words"]),
        partitive=dict(data["equating_predicates"]["partitive"]),
        stance_participles=frozenset(data["stance_participles"]["words"]),
        stance_participle_type=data["stance_participles"]["type"],
        approval_participles=frozenset(data["stance_participles"]["approval"]),
        approval_type=data["stance_participles"]["approval_type"],
        burden_verbs=frozenset(data["blaming_predicates"]["burden_verbs"]),
        burden_nouns=frozenset(data["blaming_predicates"]["burden_nouns"]),
        non_support=frozenset(data["non_support_verbs"]["verbs"]) | frozenset(data["reporting_verbs"])
        | frozenset(data["characterising_verbs"]["verbs"]),
        verbal_types=frozenset(data["non_support_verbs"]["verbal_types"]),
        hearing_verbs=frozenset(data["non_support_verbs"]["hearing_verbs"]),
        responding_verbs=frozenset(data["non_support_verbs"]["responding_verbs"]),
        averting_verbs=frozenset(data["averted_acts"]["verbs"]),
        choice_nouns=frozenset(data["choice_nouns"]["nouns"]),
        averting_from_verbs=frozenset(data["averted_acts"]["verbs"]) | frozenset(data["averted_acts"]["from_verbs"]),
        causative=frozenset(data["causative_verbs"]),
        irrealis=frozenset(data["irrealis_verbs"]),
        absorbing=frozenset(data["absorbing_verbs"]),
        negating=frozenset(data["negating_verbs"]),
        negating_subjects=frozenset(data["negating_subjects"]["words"]),
        negating_determiners=frozenset(data["negating_subjects"]["determiners"]),
        lacking_nouns=frozenset(data["negating_subjects"]["lacking_nouns"]),
        light_verbs=frozenset(data["light_verbs"]),
        modals=frozenset(data["modals"]),
        future_aux=frozenset(data["future_aux"]),
        future_verbs=frozenset(data["future_verbs"]),
        arranged_tenses=dict(data["arranged_acts"]["tenses"]),
        arranged_idioms=frozenset(data["arranged_acts"]["idioms"]),
        adverbial_marks=frozenset(data["mode_scope"]["adverbial_marks"]),
        performative_wishes=frozenset(data["mode_scope"]["performative_wishes"]),
        performative_acts=frozenset(data["mode_scope"]["performative_acts"]),
        reported_futures=frozenset(data["reported_futures"]["modals"]),
        conditionals=frozenset(data["conditional_marks"]),
        question_verbs=frozenset(data["question_verbs"]["verbs"]),
        question_adverbs=frozenset(data["question_adverbs"]["words"]),
        question_marks=frozenset(data["question_adverbs"]["marks"]),
        intent_nouns=frozenset(data["intent_nouns"]),
        ending_protest_verbs=frozenset(data["ended_protests"]["verbs"]),
        ending_protest_particles=data["ended_protests"]["particles"],
        protest_nouns=frozenset(data["ended_protests"]["nouns"]),
        ending_protest_type=data["ended_protests"]["type"],
        refusal_type=data["negated_intent"]["type"],
        objection_nouns=frozenset(data["denied_objections"]["nouns"]),
        consent_type=data["denied_objections"]["type"],
        permitting_verbs=frozenset(data["object_groups"]["admitted_aid"]["permitting_verbs"]),
        clause_party_verbs=frozenset(data["helped_clauses"]["verbs"]),
        public_sources=frozenset(data["helped_clauses"]["public_sources"]),
        help_hosts=frozenset(data["helped_clauses"]["hosts"]),
        intent_verbs=frozenset(data["stated_intent"]["verbs"]),
        forward_verbs=frozenset(data["stated_intent"]["forward_verbs"]),
        stated_intent_nouns=frozenset(data["stated_intent"]["nouns"]),
        intent_speakers=frozenset(data["stated_intent"]["speakers"]),
        possibility_modals=frozenset(data["stated_intent"]["possibility_modals"]),
        announcing_verbs=frozenset(data["stated_intent"]["announcing_verbs"]),
        stating_verbs=frozenset(data["reporting_verbs"]) | frozenset(data["stated_intent"]["announcing_verbs"]),
        evaluative=_invert(data["evaluative_words"]),
        party_evaluations=frozenset(data["party_evaluations"]["words"]),
        party_evaluated_acts=frozenset(data["party_evaluations"]["acts"]),
        unattributed_judgement_type=data["unattributed_judgements"]["type"],
        combating_verbs=frozenset(data["combated_problems"]["verbs"]),
        unarmed_fight_verbs=frozenset(data["unarmed_fights"]["verbs"]),
        unarmed_fight_armed=frozenset(data["unarmed_fights"]["armed_sectors"]),
        unarmed_fight_political=frozenset(data["unarmed_fights"]["political_sectors"]),
        unarmed_fight_armed_nouns=frozenset(data["unarmed_fights"]["armed_nouns"]),
        unarmed_fight_from=data["unarmed_fights"]["from"],
        unarmed_fight_to=data["unarmed_fights"]["to"],
        unarmed_fight_people_to=data["unarmed_fights"]["people_to"],
        unarmed_fight_people_groups=frozenset(data["unarmed_fights"]["people_groups"]),
        unarmed_fight_people_verbs=frozenset(data["unarmed_fights"]["people_verbs"]),
        unarmed_fight_people_nouns=frozenset(data["unarmed_fights"]["people_nouns"]),
        crackdown_targets=frozenset(data["unarmed_fights"]["crackdown_targets"]),
        crackdown_type=data["unarmed_fights"]["crackdown_type"],
        subjunctive_sayings=frozenset(data["subjunctive_sayings"]["verbs"]),
        subjunctive_collectives=frozenset(data["subjunctive_sayings"]["collectives"]),
        anchor_preps=frozenset(data["anchor_preps"]),
        past_anchor_preps=frozenset(data["past_anchor_preps"]),
        anchor_clause_marks=frozenset(data["anchor_clauses"]["marks"]),
        anchor_unknown_pronouns=frozenset(data["anchor_clauses"]["unknown_pronouns"]),
        needs_actor_object=frozenset(data["needs_actor_object"]),
        seizing_verbs=frozenset(data["authority_seizures"]["verbs"]),
        catching_verbs=frozenset(data["caught_offenders"]["verbs"]),
        catching_sectors=frozenset(data["caught_offenders"]["sectors"]),
        catching_marks=frozenset(data["caught_offenders"]["marks"]),
        catching_preps=frozenset(data["caught_offenders"]["preps"]),
        seizing_sectors=frozenset(data["authority_seizures"]["sectors"]),
        unseized_objects=frozenset(data["authority_seizures"]["excluded_objects"]),
        needs_person_object=frozenset(data["needs_person_object"]),
        patient_owner_nouns=frozenset(data["patient_owner_nouns"]),
        criticised_nouns=frozenset(data["criticised_objects"]["nouns"]),
        occasion_nouns=frozenset(data["occasion_nouns"]),
        thing_object_verbs=frozenset(data["thing_object_verbs"]),
        excluded_source_sectors={k: frozenset(v) for k, v in data["excluded_source_sectors"].items()
                                 if not k.startswith("comment")},
        object_types={(verb, kind): t for verb, kinds in data["object_types"].items() for kind, t in kinds.items()},
        source_types={(w, kind): t for w, kinds in data["source_types"].items() if not w.startswith("comment")
                      for kind, t in kinds.items()},
        state_conflict_nouns=frozenset(data["state_conflicts"]["nouns"]),
        crowd_sectors=frozenset(data["crowd_sectors"]),
        crowd_demand=(data["crowd_demands"]["from"], data["crowd_demands"]["to"]),
        negated_types={k: v for k, v in data["negated_types"].items() if not k.startswith("comment")},
        negated_with_types=data["negated_with_types"]["verbs"],
        victim_nouns=frozenset(data["victim_nouns"]["nouns"]),
        victim_copulas=frozenset(data["victim_nouns"]["copulas"]),
        victim_adjectives=frozenset(data["victim_nouns"]["adjectives"]),
        aimed_participles={k: tuple(v) for k, v in data["aimed_participles"]["participles"].items()},
        owning_participles={k: tuple(v) for k, v in data["owning_participles"]["participles"].items()},
        premises_types=frozenset(data["premises_owner"]["types"]),
        premises_preps=tuple(data["premises_owner"]["preps"]),
        premises_nouns=frozenset(data["premises_owner"]["nouns"]),
        negated_only_verbs={w: t for w, t in data["negated_only_verbs"].items() if not w.startswith("comment")},
        kept_promise_verbs=frozenset(data["kept_promises"]["verbs"]),
        kept_promise_nouns=frozenset(data["kept_promises"]["nouns"]),
        unheeded_verbs=frozenset(data["unheeded_demands"]["verbs"]),
        unheeded_preps=data["unheeded_demands"]["preps"],
        unheeded_nouns=frozenset(data["unheeded_demands"]["nouns"]),
        unheeded_content_nouns=frozenset(data["unheeded_demands"]["content_nouns"]),
        unheeded_holders=frozenset(data["unheeded_demands"]["holding_verbs"]),
        unheeded_adjectives=frozenset(data["unheeded_demands"]["adjectives"]),
        unheeded_type=data["unheeded_demands"]["type"],
        complement_required={verb: frozenset(deps) for verb, deps in data["complement_required"].items()},
        phrase_complements={phrase: (frozenset(need["complements"]), frozenset(need["addressees"]))
                            for phrase, need in data["phrase_complement_required"]["phrases"].items()},
        caused_act_verbs=frozenset(data["caused_act_verbs"]["verbs"]),
        held_state_verbs=frozenset(data["held_states"]["verbs"]),
        held_state_types=frozenset(data["held_states"]["types"]),
        trip_nouns=frozenset(data["travelling_parties"]["trip_nouns"]),
        visit_verbs=frozenset(data["travelling_parties"]["visit_verbs"]),
        trailing_attribution=frozenset(data["trailing_attribution"]["words"]),
        travelling_sectors=frozenset(data["travelling_parties"]["sectors"]),
        travelling_nouns=frozenset(data["travelling_parties"]["nouns"]),
        guest_verbs=frozenset(data["travelling_parties"]["guest_verbs"]),
        agent_required_types=frozenset(data["agent_required"]["types"]),
        joint_noun_types=frozenset(data["joint_actors"]["noun_types"]),
        joint_manner_preps=frozenset(data["joint_actors"]["manner_preps"]),
        agent_participle_types=frozenset(data["agent_required"]["participle_types"]),
        alternative_threat_types=frozenset(data["alternative_threats"]["types"]),
        alternative_threat_type=data["alternative_threats"]["type"],
        homing_recall_verbs=frozenset(data["object_groups"]["recalled_envoys"]["homing_verbs"]),
        homing_recall_words=frozenset(data["object_groups"]["recalled_envoys"]["homing_words"]),
        recalled_envoy_nouns=frozenset(data["object_groups"]["recalled_envoys"]["nouns"]),
        recalled_envoy_type=data["object_groups"]["recalled_envoys"]["type"],
        joint_adverbs=frozenset(data["joint_acts"]["adverbs"]),
        joint_act_type=data["joint_acts"]["type"],
        joint_retyped=frozenset(data["joint_acts"]["retyped"]),
        joint_excluded_verbs=frozenset(data["joint_acts"]["excluded_verbs"]),
        internal_types=frozenset(data["internal_instructions"]["types"]),
        internal_sectors=frozenset(data["internal_instructions"]["sectors"]),
        internal_bodies=frozenset(data["internal_instructions"]["bodies"]),
        internal_officials=frozenset(data["internal_instructions"]["officials"]),
        internal_official_verbs=frozenset(data["internal_instructions"]["official_verbs"]),
        internal_heads=frozenset(data["internal_instructions"]["heads"]),
        own_government_words=frozenset(data["internal_instructions"]["own_government_words"]),
        own_government_titles=frozenset(data["internal_instructions"]["own_government_titles"]),
        concerned_modifiers=frozenset(data["internal_instructions"]["concerned_modifiers"]),
        concerned_heads=frozenset(data["internal_instructions"]["concerned_heads"]),
        universal_quantifiers=frozenset(data["universal_addressees"]["quantifiers"]),
        universal_pronouns=frozenset(data["universal_addressees"]["pronouns"]),
        universal_sides=frozenset(data["universal_addressees"]["sides"]),
        mental_duty_verbs=frozenset(data["mental_duties"]["verbs"]),
        mental_duty_adjectives=frozenset(data["mental_duties"]["adjectives"]),
        forecaster_nouns=frozenset(data["forecasters"]["nouns"]),
        negating_prefixes=frozenset(data["negating_prefixes"]["prefixes"]),
        complement_excluded={verb: frozenset(deps) for verb, deps in data["complement_excluded"].items()
                             if not verb.startswith("comment")},
        clause_senses=data["clause_senses"]["verbs"],
        thing_subject_verbs=frozenset(data["thing_subject_verbs"]["verbs"]),
        prep_object_verbs={**data["object_groups"]["pointed_faults"]["preps"], **data["object_preps"]["preps"]},
        thing_party_preps=frozenset(data["thing_subject_verbs"]["party_preps"]),
        opinion_verbs=frozenset(data["opinion_clauses"]["verbs"]),
        opinion_commitments=frozenset(data["opinion_clauses"]["commitments"]),
        opinion_states=frozenset(data["opinion_clauses"]["states"]),
        sought_verbs=frozenset(data["sought_objects"]["verbs"]),
        testimony_addressees=frozenset(data["testimony_addressees"]["nouns"]),
        obligation_bodies=frozenset(data["obligation_bodies"]["nouns"]),
        sought_prizes=frozenset(data["sought_objects"]["prizes"]),
        sought_goods=frozenset(data["sought_objects"]["goods"]),
        search_particles=frozenset(data["sought_objects"]["search_particles"]),
        offering_verbs=frozenset(data["offered_things"]["verbs"]),
        creation_verbs=frozenset(data["created_things"]["verbs"]),
        creation_nouns=frozenset(data["created_things"]["nouns"]),
        offering_complements=frozenset(data["offered_things"]["complements"]),
        offered_things=frozenset(data["offered_things"]["objects"]),
        offering_object_only=frozenset(data["offered_things"]["object_only"]),
        others_acts=dict(data["offered_things"]["others_acts"]),
        others_acts_type=data["offered_things"]["others_acts_type"],
        allowing_verbs=frozenset(data["allowed_things"]["verbs"]),
        allowing_complements=frozenset(data["allowed_things"]["complements"]),
        unrealised_allowing_types=frozenset(data["allowed_things"]["unrealised_types"]),
        compound_hosts=frozenset(data["compound_hosts"]["nouns"]),
        talking_verbs=frozenset(data["talks_among"]["verbs"]),
        talking_sides=frozenset(data["talks_among"]["sides"]),
        talking_pronouns=frozenset(data["talks_among"]["pronouns"]),
        admission_verbs=frozenset(data["admitted_clauses"]["verbs"]),
        confessing_verbs=frozenset(data["admitted_clauses"]["confessing_verbs"]),
        admitter_pronouns=frozenset(data["admitted_clauses"]["pronouns"]),
        admitted_things=frozenset(data["admitted_clauses"]["things"]),
        admitted_states=frozenset(data["admitted_clauses"]["states"]),
        unable_modals=frozenset(data["admitted_clauses"]["unable_modals"]),
        guilty_predicates=frozenset(data["admitted_clauses"]["guilty_predicates"]),
        concede_type=data["admitted_clauses"]["type"],
        accepting_verbs=frozenset(data["accepted_concessions"]["verbs"]),
        accepted_concessions=frozenset(data["accepted_concessions"]["nouns"]),
        supporting_verbs=frozenset(data["supported_things"]["verbs"]),
        party_phrases=frozenset(data["supported_things"]["party_phrases"]),
        supported_things=frozenset(data["supported_things"]["objects"]),
        support_type=data["supported_things"]["type"],
        esteem_verbs=frozenset(data["esteem_verbs"]["verbs"]),
        courtesy_verbs=frozenset(data["courtesy_verbs"]["verbs"]),
        praising_verbs=frozenset(data["praised_reasons"]["verbs"]),
        praised_reason_preps=frozenset(data["praised_reasons"]["preps"]),
        ordering_verbs=frozenset(data["ordered_things"]["verbs"]),
        ordered_measures=frozenset(data["ordered_things"]["measures"]),
        compelling_verbs=frozenset(data["compelling_orders"]["verbs"]),
        compelled_acts=frozenset(data["compelling_orders"]["acts"]),
        compelled_paying=frozenset(data["compelling_orders"]["paying"]),
        compelled_payments=frozenset(data["compelling_orders"]["payments"]),
        compelled_closures=frozenset(data["compelling_orders"]["closures"]),
        compelled_type=data["compelling_orders"]["type"],
        warning_verbs=frozenset(data["forecast_warnings"]["verbs"]),
        forecast_promises=frozenset(data["forecast_warnings"]["promises"]),
        warned_states=frozenset(data["forecast_warnings"]["state_verbs"]),
        warning_nouns=frozenset(data["forecast_warnings"]["nouns"]),
        warning_preps=frozenset(data["forecast_warnings"]["preps"]),
        warning_state_preps=frozenset(data["forecast_warnings"]["state_preps"]),
        warning_reprisals=frozenset(data["forecast_warnings"]["reprisals"]),
        detaining_verbs=frozenset(data["detentions"]["verbs"]),
        detaining_sectors=frozenset(data["detentions"]["sectors"]),
        detention_places=frozenset(data["detentions"]["places"]),
        detention_preps=frozenset(data["detentions"]["preps"]),
        motion_verbs=frozenset(data["motion_verbs"]),
        homing_verbs=frozenset(data["homing_verbs"]),
        verbal_attack_verbs=frozenset(data["verbal_attacks"]["verbs"]),
        verbal_attack_preps=frozenset(data["verbal_attacks"]["preps"]),
        verbal_attack_type=data["verbal_attacks"]["type"],
        rebuke_verbs=frozenset(data["verbal_attacks"]["rebukes"]["verbs"]),
        rebuke_from=data["verbal_attacks"]["rebukes"]["from"],
        time_spans=frozenset(data["verbal_attacks"]["spans"]),
        manner_nouns=frozenset(data["manner_nouns"]),
        manner_frames=frozenset(data["manner_frames"]),
        ranked_doers={k: frozenset(data["ranked_doers"][k]) for k in ("copulas", "ranks")},
        tough_adjectives=frozenset(data["tough_adjectives"]["words"]),
        sum_only_verbs=frozenset(data["sum_only_verbs"]["verbs"]),
        handled_demand_verbs=frozenset(data["handled_demands"]["verbs"]),
        speech_preview_verbs=frozenset(data["speech_previews"]["verbs"]),
        private_cooperation_types=frozenset(data["private_cooperation"]["types"]),
        cooperating_bodies=frozenset(data["private_cooperation"]["bodies"]),
        money_nouns=frozenset(data["sum_only_verbs"]["money"]),
        shown_quality_nouns=frozenset(data["shown_qualities"]["nouns"]),
        shown_qualities=frozenset(data["shown_qualities"]["objects"]),
        light_nouns=frozenset(data["light_nouns"]),
        duration_units=frozenset(data["duration_preps"]["units"]),
        duration_preps=frozenset(data["duration_preps"]["preps"]),
        intransitive_verbs=frozenset(data["intransitive_verbs"]),
        stance_verbs=frozenset(data["stance_expressions"]["verbs"]),
        stance_nouns=_invert(data["stance_expressions"]["nouns"]),
        held_stance_types=frozenset(data["stance_expressions"]["held_types"]),
        own_object_verbs=frozenset(data["own_object_verbs"]),
        envoy_nouns=frozenset(data["envoy_nouns"]),
        expel_order_verbs=frozenset(data["expelling_orders"]["verbs"]),
        deadline_verbs=frozenset(data["deadlines"]["verbs"]),
        inflicted_verbs=frozenset(data["inflicted_means"]["verbs"]),
        inflicted_preps=frozenset(data["inflicted_means"]["preps"]),
        inflicted_types=frozenset(data["inflicted_means"]["types"]),
        inflicted_nouns=dict(data["inflicted_means"]["nouns"]),
        protest_means_verbs=frozenset(data["protest_means"]["verbs"]),
        protest_means_preps=frozenset(data["protest_means"]["preps"]),
        protest_means_type=data["protest_means"]["type"],
        questioning_verbs=frozenset(data["questioning_purpose"]["verbs"]),
        questioning_held_verbs=frozenset(data["questioning_purpose"]["held_verbs"]),
        questioning_nouns=frozenset(data["questioning_purpose"]["nouns"]),
        questioning_type=data["questioning_purpose"]["type"],
        funding_verbs=frozenset(data["funded_things"]["verbs"]),
        reproach_markers={verb: marker for verb, marker in data["reproaches"]["phrases"]},
        called_out_type=data["reproaches"]["type"],
        claim_nouns=frozenset(data["claimed_wrongs"]["nouns"]),
        claimed_wrongs=frozenset(data["claimed_wrongs"]["wrongs"]),
        claimed_wrong_type=data["claimed_wrongs"]["type"],
        judged_accusations=frozenset(data["judged_accusations"]["nouns"]),
        harming_verbs=frozenset(data["harmed_relations"]["verbs"]),
        harmed_types=frozenset(data["harmed_relations"]["types"]),
        silencing_verbs=frozenset(data["silenced_speech"]["verbs"]),
        silenced_types=frozenset(data["silenced_speech"]["types"]),
        contrary_verbs=frozenset(data["contrary_predicates"]["verbs"]),
        contrary_preps=frozenset(data["contrary_predicates"]["preps"]),
        contrary_norms=frozenset(data["contrary_predicates"]["norms"]),
        contrary_type=data["contrary_predicates"]["type"],
        shot_forms=frozenset(data["vaccine_shots"]["forms"]),
        shot_modifiers=frozenset(data["vaccine_shots"]["modifiers"]),
        ailment_verbs=frozenset(data["complained_ailments"]["verbs"]),
        ailment_preps=frozenset(data["complained_ailments"]["preps"]),
        ailments=frozenset(data["complained_ailments"]["nouns"]),
        witness_words=frozenset(data["police_inquiries"]["witnesses"]),
        witness_consult_to=data["police_inquiries"]["consult_to"],
        inquiry_helping_verbs=frozenset(data["police_inquiries"]["helping_verbs"]),
        helped_inquiry_nouns=frozenset(data["police_inquiries"]["inquiry_nouns"]),
        inquiry_helping_to=data["police_inquiries"]["helping_to"],
        filing_venues=frozenset(data["filing_venues"]["venues"]),
        filing_venue_preps=frozenset(data["filing_venues"]["preps"]),
        letter_verbs=frozenset(data["letters_of_request"]["verbs"]),
        letter_nouns=frozenset(data["letters_of_request"]["nouns"]),
        letter_own_acts=frozenset(data["letters_of_request"]["own_acts"]),
        letter_type=data["letters_of_request"]["type"],
        lobbying_verbs=frozenset(data["letters_of_request"]["lobbying_verbs"]),
        lobbying_preps=frozenset(data["letters_of_request"]["lobbying_preps"]),
        press_request_verbs=frozenset(data["press_requests"]["verbs"]),
        press_request_nouns=frozenset(data["press_requests"]["nouns"]),
        press_request_acts=frozenset(data["press_requests"]["acts"]),
        press_answer_verbs=frozenset(data["press_requests"]["answer_verbs"]),
        press_seeking_verbs=frozenset(data["press_requests"]["seeking_verbs"]),
        restraint_verbs=frozenset(data["restraints"]["verbs"]),
        restraint_type=data["restraints"]["type"],
        challenge_verbs=frozenset(data["object_groups"]["challenged_decisions"]["verbs"]),
        challenge_type=data["object_groups"]["challenged_decisions"]["type"],
        challenge_nouns=frozenset(data["object_groups"]["challenged_decisions"]["lodged_by"]["nouns"]),
        challenge_seeking_verbs=frozenset(data["object_groups"]["challenged_decisions"]["lodged_by"]["verbs"]),
        deadline_preps=frozenset(data["deadlines"]["preps"]),
        deadline_type=data["deadlines"]["type"],
        expel_order_acts=frozenset(data["expelling_orders"]["acts"]),
        expel_order_type=data["expelling_orders"]["type"],
        declining_verbs=frozenset(data["declined_acts"]["verbs"]),
        declining_from_verbs=frozenset(data["declined_acts"]["from_verbs"]),
        declined_acts=frozenset(data["declined_acts"]["acts"]),
        declining_type=data["declined_acts"]["type"],
        expel_order_places=frozenset(data["expelling_orders"]["places"]),
        expel_envoy_type=data["expelling_orders"]["envoy_type"],
        expel_missions=frozenset(data["expelling_orders"]["missions"]),
        expelling_words=frozenset(data["expelling_orders"]["expelling_words"]),
        member_expelling_sectors=frozenset(data["expelling_orders"]["member_sectors"]),
        force_units=frozenset(data["force_moves"]["units"]),
        dismissing_verbs=frozenset(data["dismissed_staff"]["verbs"]),
        requiring_verbs=frozenset(data["required_acts"]["verbs"]),
        host_verbs=frozenset(data["received_guests"]["verbs"]),
        passage_verbs=frozenset(data["blocked_passages"]["verbs"]),
        passages=frozenset(data["blocked_passages"]["nouns"]),
        arrival_verbs=frozenset(data["helping_arrivals"]["verbs"]),
        arrival_preps=frozenset(data["helping_arrivals"]["preps"]),
        arrival_nouns=data["helping_arrivals"]["nouns"],
        counterfactual_modals=frozenset(data["counterfactual_modals"]["modals"]),
        family_types=frozenset(data["family_matters"]["types"]),
        kin_nouns=frozenset(data["family_matters"]["nouns"]),
        described_types=frozenset(data["described_acts"]["types"]),
        endangering_verbs=frozenset(data["endangering_verbs"]["verbs"]),
        endangering_nouns=frozenset(data["endangering_verbs"]["nouns"]),
        endangered_goods=frozenset(data["endangering_verbs"]["goods"]),
        feeling_nouns=frozenset(data["expressed_feelings"]["nouns"]),
        own_conduct_nouns=frozenset(data["expressed_feelings"]["own_conduct_nouns"]),
        mourned_deaths=frozenset(data["expressed_feelings"]["deaths"]),
        death_preps=frozenset(data["expressed_feelings"]["death_preps"]),
        own_conduct_preps=frozenset(data["expressed_feelings"]["own_conduct_preps"]),
        own_conduct_type=data["expressed_feelings"]["own_conduct_type"],
        habit_marks=frozenset(data["described_acts"]["habit_marks"]),
        manner_words=frozenset(data["described_acts"]["manner_words"]),
        alternative_preps=frozenset(data["alternatives"]["preps"]),
        marked_alternative_preps=dict(data["alternatives"]["marked_preps"]),
        figurative_types=frozenset(data["figurative_modifiers"]["types"]),
        figurative_words=frozenset(data["figurative_modifiers"]["words"]),
        purpose_fights=frozenset(data["figurative_modifiers"]["purpose_words"]),
        figurative_of_words=frozenset(data["figurative_modifiers"]["of_words"]),
        stance_agent_nouns=dict(data["stance_agents"]["nouns"]),
        stance_copulas=frozenset(data["stance_agents"]["copulas"]),
        outcry_nouns=frozenset(data["outcry"]["nouns"]),
        outcry_verbs=frozenset(data["outcry"]["verbs"]),
        outcry_preps=frozenset(data["outcry"]["preps"]),
        outcry_target_preps=frozenset(data["outcry"]["target_preps"]),
        outcry_type=data["outcry"]["type"],
        licence_adjectives=frozenset(data["licences"]["adjectives"]),
        judged_act_types=frozenset(data["judged_act_targets"]["types"]),
        given_types=frozenset(data["given_things"]["types"]),
        given_things=frozenset(data["given_things"]["nouns"]),
        inquiry_types=frozenset(data["inquiry_reporters"]["types"]),
        objectless_phrasals=frozenset(data["objectless_phrasals"]),
        contact_nouns=frozenset(data["contact_nouns"]["nouns"]),
        contact_copulas=frozenset(data["contact_nouns"]["copulas"]),
        answered_acts=frozenset(data["answered_acts"]["nouns"]),
        answered_acts_type=data["answered_acts"]["type"],
        released_parties=frozenset(data["released_parties"]["nouns"]),
        feeling_copulas=frozenset(data["feeling_copulas"]["verbs"]),
        invited_place_verbs=frozenset(data["invited_places"]["verbs"]),
        invited_place_preps=frozenset(data["invited_places"]["preps"]),
        invited_place_labels=frozenset(data["invited_places"]["labels"]),
        invited_place_type=data["invited_places"]["type"],
        invited_acts=frozenset(data["invited_places"]["acts"]),
        gerund_proposals=frozenset(data["gerund_proposals"]["verbs"]),
        passive_orders=frozenset(data["passive_orders"]["verbs"]),
        passive_order_type=data["passive_orders"]["type"],
        scrutiny_words=frozenset(data["scrutiny_words"]["words"]),
        scrutinised_matters=frozenset(data["scrutiny_words"]["matters"]),
        scrutiny_bodies=frozenset(data["scrutiny_words"]["bodies"]),
        inquiry_sectors=frozenset(data["inquiry_reporters"]["sectors"]),
        inquiry_nouns=frozenset(data["inquiry_reporters"]["nouns"]),
        inquiry_ongoing=frozenset(data["inquiry_reporters"]["ongoing"]),
        operation_phrases=frozenset(data["security_operations"]["phrases"]),
        act_agreement_phrases=frozenset(data["act_agreements"]["phrases"]),
        act_agreement_type=data["act_agreements"]["type"],
        judging_types=frozenset(data["judged_acts"]["types"]),
        military_operation_words=frozenset(data["security_operations"]["military_words"]),
        military_operation_sectors=frozenset(data["security_operations"]["military_sectors"]),
        security_operation_type=data["security_operations"]["type"],
        military_operation_type=data["security_operations"]["military_type"],
        attack_operation_words=frozenset(data["security_operations"]["attack_words"]),
        attack_operation_type=data["security_operations"]["attack_type"],
        civil_operation_words=frozenset(data["security_operations"]["civil_words"]),
        security_operation_words=frozenset(data["security_operations"]["security_words"]),
        example_preps=dict(data["kind_examples"]["marked_preps"]),
        function_nouns=frozenset(data["function_descriptions"]["nouns"]),
        function_verbs=frozenset(data["function_descriptions"]["verbs"]),
        singular_senses=dict(data["singular_senses"]["phrases"]),
        private_contact_verbs=frozenset(data["private_contacts"]["verbs"]),
        meeting_verbs=frozenset(data["private_contacts"]["meeting_verbs"]),
        active_contact_verbs=frozenset(data["private_contacts"]["active_only"]),
        state_filing_phrases=frozenset(data["state_filings"]["phrases"]),
        state_filing_bodies=frozenset(data["state_filings"]["bodies"]) | frozenset(data["inquiry_reporters"]["nouns"]),
        compound_agent_sectors=frozenset(data["compound_agents"]["sectors"]),
        compound_agent_words=frozenset(data["compound_agents"]["words"]),
        compound_agent_types={k: frozenset(v) for k, v in data["compound_agents"]["typed_words"].items()},
        passive_call_excluded=frozenset(data["passive_calls"]["excluded_verbs"]),
        exoneration_type=data["exonerations"]["type"],
        exoneration_nothing=frozenset(data["exonerations"]["nothing"]),
        exoneration_anything=frozenset(data["exonerations"]["anything"]),
        exoneration_wrongs=frozenset(data["exonerations"]["wrongs"]),
        exoneration_innocent=frozenset(data["exonerations"]["innocent"]),
        exoneration_guilty=frozenset(data["exonerations"]["guilty"]),
        rarity_adverbs=frozenset(data["rarity_adverbs"]["words"]),
        interview_words=frozenset(data["interview_marks"]["words"]),
        venue_preps=frozenset(data["venue_preps"]["preps"]),
        venue_prep_types=frozenset(data["venue_preps"]["types"]),
        state_participles=frozenset(data["venue_preps"]["state_participles"]),
        party_heads=frozenset(wordnet["person"]) | frozenset(wordnet["group"]) | frozenset(data["thing_actors"]["party_nouns"]),
        quantity_heads=frozenset(data["thing_actors"]["quantity_heads"]),
        thing_source_types=frozenset(data["thing_actors"]["source_types"]),
        seized_things=frozenset(data["thing_actors"]["seized_things"]),
        casualty_types=frozenset(data["casualty_counts"]["types"]),
        span_preps=frozenset(data["statistics"]["span_preps"]),
        statistic_min_count=data["statistics"]["min_count"],
        count_scales=dict(data["statistics"]["scales"]),
        count_nouns=frozenset(data["statistics"]["count_nouns"]),
        award_verbs=frozenset(data["award_honours"]["verbs"]),
        award_preps=frozenset(data["award_honours"]["preps"]),
        title_markers=frozenset(data["work_titles"]["markers"]),
        title_nouns=frozenset(data["work_titles"]["nouns"]),
        title_words=data["work_titles"]["max_words"],
        classifying_adjectives={adj: frozenset(types) for adj, types in data["classifying_adjectives"]["adjectives"].items()},
        adjective_other_senses={adj: frozenset(preps) for adj, preps in data["adjective_senses"]["preps"].items()},
        patient_of_nouns=frozenset(data["patient_of_nouns"]["nouns"]),
        intransitive_protests=frozenset(data["intransitive_protests"]["verbs"]),
        attributive_participles=frozenset(data["attributive_participles"]["verbs"]),
        circumstance_preps=frozenset(data["circumstance_preps"]["preps"]),
        threat_noun_type=data["threat_contents"]["type"],
        intransitive_protest_type=data["intransitive_protests"]["type"],
        reproach_modals=frozenset(data["reproach_modals"]["modals"]),
        reproach_type=data["reproach_modals"]["to"],
        opinion_party_type=data["opinion_clauses"]["with_party_type"],
        opinion_topics=frozenset(data["opinion_clauses"]["topics"]),
        thing_permit_verbs=frozenset(data["thing_permits"]["verbs"]),
        permitting_things=frozenset(data["thing_permits"]["things"]),
        instrument_agents=frozenset(data["thing_permits"]["instruments"]),
        vow_verbs=frozenset(data["vowed_refusals"]["verbs"]),
        vow_refusal_type=data["vowed_refusals"]["type"],
        forces_only_words=frozenset(data["force_moves"]["forces_only"]),
        force_words=frozenset(data["force_moves"]["units"]) | frozenset(data["force_moves"]["weapons"])
        | frozenset(data["force_moves"]["forces_also"]),
        force_sectors=frozenset(data["force_moves"]["forces_sectors"]),
        force_move_verbs=frozenset(data["force_moves"]["verbs"]),
        force_move_type=data["force_moves"]["type"],
        peacekeeping_words=frozenset(data["force_moves"]["peacekeeping"]),
        peacekeeping_type=data["force_moves"]["peacekeeping_type"],
        carrying_verbs=frozenset(data["object_groups"]["distributed_aid"]["carrying_verbs"]),
        leaving_verbs=frozenset(data["force_moves"]["leaving"]),
        leaving_type=data["force_moves"]["leaving_type"],
        entering_verbs=frozenset(data["force_moves"]["entering"]),
        entering_type=data["force_moves"]["type"],
        drill_nouns=frozenset(data["drills"]["nouns"]),
        drill_types=(data["drills"]["alone"], data["drills"]["with_partner"]),
        drill_partner_words=frozenset(data["drills"]["partner_modifiers"]),
        litotes_verbs=frozenset(data["litotes_verbs"]),
        press_addressed=frozenset(data["press_addressed"]),
        assembling_verbs=frozenset(data["assembling_protesters"]["verbs"]),
        protester_nouns=frozenset(data["assembling_protesters"]["subjects"]),
        assembling_type=data["assembling_protesters"]["type"],
        courtesy_call=(data["courtesy_call"]["verb"], frozenset(data["courtesy_call"]["particles"]),
                       data["courtesy_call"]["type"]),
        occurrence_verbs=frozenset(data["occurrence_verbs"]),
        punitive=frozenset(data["punitive_nouns"]),
        punitive_of_parties=frozenset(data["punitive_of_parties"]["nouns"]),
        summoning_verbs=frozenset(data["summoned_parties"]["verbs"]),
        summoning_envoy_words=frozenset(data["summoned_parties"]["envoy_words"]) | frozenset(
            data["object_groups"]["recalled_envoys"]["nouns"]),
        summoning_from=data["summoned_parties"]["from"],
        summoning_type=data["summoned_parties"]["type"],
        summoning_court_sectors=frozenset(data["summoned_parties"]["court_sectors"]),
        summoning_court_type=data["summoned_parties"]["court_type"],
        wounding_verbs=frozenset(data["wounded_persons"]["verbs"]),
        wounding_type=data["wounded_persons"]["type"],
        abduction_verbs=frozenset(data["abductions"]["verbs"]),
        abduction_sectors=frozenset(data["abductions"]["sectors"]),
        abduction_from=data["abductions"]["from"],
        abduction_type=data["abductions"]["type"],
        burning_verbs=frozenset(data["wounded_persons"]["burning_verbs"]),
        burning_phrases=frozenset(data["wounded_persons"]["burning_phrases"]),
        burned_bodies=frozenset(data["wounded_persons"]["bodies"]),
        directive_verbs=frozenset(data["directive_verbs"]["verbs"]),
        telling_verbs=frozenset(data["verbs"][data["directive_verbs"]["type"]]).union(data["directive_verbs"]["verbs"])
        - frozenset(data["directive_verbs"]["party_only"]),
        directive_keeping_act=frozenset(data["directive_verbs"]["keeping_act"]),
        directive_party_only=frozenset(data["directive_verbs"]["party_only"]),
        directive_passive_excluded=frozenset(data["directive_verbs"]["passive_excluded"]),
        hoping_verbs=frozenset(data["directive_verbs"]["hoping_verbs"]),
        hoped_excluded_sectors=frozenset(data["directive_verbs"]["hoped_excluded_sectors"]),
        treatment_wishing_verbs=frozenset(data["directive_verbs"]["treatment_verbs"]),
        wanted_treatments=frozenset(data["directive_verbs"]["treatments"]),
        directive_type=data["directive_verbs"]["type"],
        need_nouns=frozenset(data["directive_verbs"]["need_nouns"]),
        attending_verbs=frozenset(data["directive_verbs"]["attending_verbs"]),
        announcing_anchor_verbs=frozenset(data["directive_verbs"]["announcing_anchor_verbs"]),
        convening_verbs=frozenset(data["directive_verbs"]["convening_verbs"]),
        participating_verbs=frozenset(data["directive_verbs"]["participating_verbs"]),
        court_undoing_verbs=frozenset(data["undone_legal_acts"]["court_verbs"]),
        court_undoing_nouns=frozenset(data["undone_legal_acts"]["court_nouns"]),
        court_undoing_sectors=frozenset(data["undone_legal_acts"]["court_sectors"]),
        court_undoing_type=data["undone_legal_acts"]["type"],
        norm_verbs=frozenset(data["violated_norms"]["verbs"]),
        norms=frozenset(data["violated_norms"]["norms"]),
        truces=frozenset(data["violated_norms"]["truces"]),
        truce_type=data["violated_norms"]["truce_type"],
        calling_verbs=frozenset(data["contact_verbs"]["call"]),
        reciprocal_verbs=frozenset(data["contact_verbs"]["reciprocal"]),
        call_media=frozenset(data["contact_verbs"]["media"]),
        press_sectors=frozenset(data["contact_verbs"]["press_sectors"]),
        addressing_verbs=frozenset(data["contact_verbs"]["addressing"]) | frozenset(data["reporting_verbs"]),
        contact_type=data["contact_verbs"]["type"],
        rejecting_words=frozenset(data["rejected_hostile_acts"]["verbs"]),
        rejected_types=frozenset(data["rejected_hostile_acts"]["of_types"]),
        rejected_nouns=frozenset(data["rejected_hostile_acts"]["nouns"]),
        rejected_to=data["rejected_hostile_acts"]["to"],
        stative_passives=frozenset(data["stative_passives"]),
        deontic=frozenset(data["deontic_modals"]),
        goal_verbs=frozenset(data["goal_verbs"]["verbs"]),
        goal_types=frozenset(data["goal_verbs"]["of_types"]),
        deontic_verbs=frozenset(data["deontic_verbs"]["verbs"]),
        realised_purposes={verb: {slot: frozenset(nouns) for slot, nouns in slots.items()}
                           for verb, slots in data["realised_purposes"]["verbs"].items()},
        punishing=frozenset(data["deontic_verbs"]["punishing"]),
        punishing_active_excluded=frozenset(data["deontic_verbs"]["punishing_active_excluded"]),
        ceasing_verbs=frozenset(data["deontic_verbs"]["ceasing"]),
        gated_deontic=frozenset(data["deontic_verbs"]["gated"]),
        deontic_reporting=frozenset(data["deontic_verbs"]["reported_with"]),
        obligation_nouns=frozenset(data["obligation_predicates"]["nouns"]),
        past_subjunctive_predicates=frozenset(data["obligation_predicates"]["past_subjunctive"]),
        obligation_adjectives=frozenset(data["obligation_predicates"]["adjectives"]),
        hosting_verbs=frozenset(data["hosting_verbs"]["verbs"]),
        campaigning_verbs=frozenset(data["campaigned_for"]["verbs"]),
        campaigned_person_type=data["campaigned_for"]["person_type"],
        campaigned_offices=frozenset(data["campaigned_for"]["offices"]),
        campaigned_people=frozenset(data["campaigned_for"]["people_nouns"]),
        hosting_preps=frozenset(data["hosting_verbs"]["preps"]),
        visitor_words=frozenset(data["hosting_verbs"]["visitor_words"]),
        visitor_nouns=frozenset(data["hosting_verbs"]["visitor_nouns"]),
        crowd_guests=frozenset(data["hosting_verbs"]["crowd_guests"]),
        control_verbs=frozenset(data["taken_control"]["verbs"]),
        control_noun=data["taken_control"]["noun"],
        control_particle=data["taken_control"]["particle"],
        particle_control_verbs=frozenset(data["taken_control"]["particle_verbs"]),
        control_sites=frozenset(data["taken_control"]["sites"]),
        control_firms=frozenset(data["taken_control"]["firms"]),
        handing_verbs=frozenset(data["handed_things"]["verbs"]),
        handed_powers=frozenset(data["handed_things"]["powers"]),
        handed_selves=frozenset(data["handed_things"]["selves"]),
        control_type=data["taken_control"]["type"],
        fought_capture_verbs=frozenset(data["taken_in_fighting"]["verbs"]),
        fought_capture_preps=frozenset(data["taken_in_fighting"]["preps"]),
        fought_capture_type=data["taken_in_fighting"]["type"],
        military_sites=frozenset(data["taken_in_fighting"]["military_sites"]),
        ceding_verbs=frozenset(data["taken_control"]["ceding_verbs"]),
        ceding_type=data["taken_control"]["ceding_type"],
        ceded_property=frozenset(data["taken_control"]["ceded_property"]),
        wanted_nouns=frozenset(data["taken_control"]["wanted"]),
        wanted_type=data["taken_control"]["wanted_type"],
        judicial_receivers=frozenset(data["taken_control"]["judicial_receivers"]),
        supplied_equipment=frozenset(data["taken_control"]["supplied_equipment"]),
        supplied_type=data["taken_control"]["supplied_type"],
        noun_preps=data["noun_preps"]["phrases"],
        noun_prep_heads=frozenset(key.split()[0] for key in data["noun_preps"]["phrases"]),
        governed_nouns=data["noun_preps"]["governed"],
        governed_armed=frozenset(data["noun_preps"]["governed_armed"]["nouns"]),
        governed_armed_sectors=frozenset(data["noun_preps"]["governed_armed"]["sectors"]),
        governed_armed_type=data["noun_preps"]["governed_armed"]["to"],
        negated_evaluations={w: t for t in ("DISAPPROVE", "REJECT") for w in data["negated_evaluations"][t]},
        accusing_labels=frozenset(data["accusing_labels"]["nouns"]),
        obliged_sectors=frozenset(data["obligation_predicates"]["sectors"]),
        accusing_verbs=_invert(data["accusing_verbs"]["types"]),
        accusing_attempts=frozenset(data["accusing_verbs"]["attempt_verbs"]),
        accusing_party_doers=frozenset(data["accusing_verbs"]["party_doers"]),
        failing_verbs=frozenset(data["accusing_verbs"]["failing_verbs"]),
        failing_objects=dict(data["accusing_verbs"]["failing_objects"]),
        alleging_verbs=frozenset(data["accusing_verbs"]["alleging_verbs"]),
        alleging_nouns=frozenset(data["accusing_verbs"]["alleging_nouns"]),
        accusing_adverbs=frozenset(data["accusing_verbs"]["adverbs"]),
        reporter_sectors=frozenset(data["accusing_verbs"]["reporter_sectors"]),
        blaming_adjectives=frozenset(data["blaming_predicates"]["adjectives"]),
        blaming_preps=frozenset(data["blaming_predicates"]["preps"]),
        blamed_types=frozenset(data["blaming_predicates"]["of_types"]),
        harms=frozenset(data["blaming_predicates"]["harms"]),
        scene_preps=frozenset(data["protest_scenes"]["preps"]),
        scene_types=frozenset(data["protest_scenes"]["types"]),
        blaming_type=data["blaming_predicates"]["to"],
        praise_type=data["praise_words"]["type"],
        generic_determiners=frozenset(data["generic_evaluations"]["determiners"]),
        needs_source=frozenset(data["needs_source"]["types"]),
        agentless_passive_verbs={verb: frozenset(keys) for verb, keys in data["needs_source"]["passive_verbs"].items()},
        contest_verbs=frozenset(data["contest_results"]["verbs"]),
        tally_verbs=frozenset(data["contest_results"]["tallies"]["verbs"]),
        tally_words=frozenset(data["contest_results"]["tallies"]["words"]),
        accident_types=frozenset(data["accident_causes"]["types"]),
        accident_nouns=frozenset(data["accident_causes"]["nouns"]),
        accident_preps=frozenset(data["accident_causes"]["preps"]),
        fire_nouns=frozenset(data["accident_causes"]["fire_nouns"]),
        fire_preps=frozenset(data["accident_causes"]["fire_preps"]),
        fire_modifiers=frozenset(data["accident_causes"]["fire_modifiers"]),
        setting_marks=frozenset(data["accident_causes"]["setting_marks"]),
        animals=frozenset(data["accident_causes"]["animals"]),
        score=re.compile(data["contest_results"]["score"]),
        sports_terms={form: i for i, forms in enumerate(data["contest_results"]["sports_terms"]) for form in forms},
        sports_report_min=int(data["contest_results"]["sports_report_min"]),
        play_verbs=frozenset(data["contest_results"]["play_verbs"]),
        play_things=frozenset(data["contest_results"]["play_things"]),
        fought_thing_verbs=frozenset(data["fought_things"]["verbs"]),
        fighter_sectors=frozenset(data["fought_things"]["fighter_sectors"]),
        released_things=frozenset(data["freed_parties"]["things"]),
        deities=frozenset(data["deities"]["words"]),
        contest_office_verbs=frozenset(data["contested_offices"]["verbs"]),
        contested_polls=frozenset(data["contested_offices"]["polls"]),
        market_nouns=frozenset(data["market_demand"]["nouns"]),
        market_modifiers=frozenset(data["market_demand"]["modifiers"]),
        market_verbs=frozenset(data["market_demand"]["verbs"]),
        play_preps=frozenset(data["contest_results"]["play_preps"]),
        play_nouns=frozenset(data["contest_results"]["play_nouns"]),
        contest_party_sectors=frozenset(data["contest_results"]["party_sectors"]),
        absorbing_ccomp=frozenset(data["absorbing_that_clause"]["verbs"]),
        non_events={verb: frozenset(words) for verb, words in data["non_events"].items()},
        rank_verbs=frozenset(data["held_ranks"]["verbs"]),
        rank_nouns=frozenset(data["held_ranks"]["nouns"]),
        object_acts=frozenset(data["object_acts"]["verbs"]),
        relation_verbs=frozenset(data["object_acts"]["relation_verbs"]),
        relation_types=frozenset(data["object_acts"]["relation_types"]),
        relation_words=frozenset(data["object_acts"]["relation_words"]),
        off_verbs=frozenset(data["object_acts"]["off_verbs"]),
        off_type=data["object_acts"]["off_type"],
        relation_stopping=frozenset(data["object_acts"]["relation_verbs"])
        | frozenset(data["object_groups"]["halted_talks"]["verbs"]),
        vowing_verbs=frozenset(data["vowed_hostility"]["verbs"]),
        willing_types=frozenset(data["vowed_hostility"]["willing_types"]),
        willing_adjectives=frozenset(data["willing_adjectives"]["words"]),
        willing_verbs=frozenset(data["willing_adjectives"]["verbs"]),
        facing_verbs=frozenset(data["object_groups"]["facing_threats"]["verbs"]),
        ultimatum_types=frozenset(data["object_groups"]["facing_threats"]["ultimatum_types"]),
        vowed_types=frozenset(data["vowed_hostility"]["content_types"]),
        vowed_verbs=frozenset(data["vowed_hostility"]["content_verbs"]),
        vowed_forbidding=frozenset(data["vowed_hostility"]["forbidding_verbs"]),
        vowed_forbidden_types=frozenset(data["vowed_hostility"]["forbidden"]),
        vowed_nouns=frozenset(data["vowed_hostility"]["content_nouns"]),
        vowed_escalations=frozenset(data["vowed_hostility"]["escalating_verbs"]),
        vowed_conditional_types=frozenset(data["vowed_hostility"]["conditional_types"]),
        vowed_to=data["vowed_hostility"]["type"],
        admitting_verbs=frozenset(data["admitted_outsiders"]["verbs"]),
        opening_verbs=frozenset(data["admitted_outsiders"]["opening_verbs"]),
        opening_particle_verbs=data["admitted_outsiders"]["opening_particle_verbs"],
        opening_loose_words=frozenset(data["admitted_outsiders"]["opening_loose_words"]),
        admitting_bare=frozenset(data["admitted_outsiders"]["bare_verbs"]),
        admitting_preps=frozenset(data["admitted_outsiders"]["preps"]),
        admitting_acts=frozenset(data["admitted_outsiders"]["acts"]),
        outsider_words=frozenset(data["admitted_outsiders"]["outsider_words"]),
        admitting_type=data["admitted_outsiders"]["type"],
        barring_verbs=frozenset(data["admitted_outsiders"]["barring_verbs"]),
        barring_type=data["admitted_outsiders"]["barring_type"],
        returning_verbs=frozenset(data["returned_objects"]["verbs"]),
        not_returned=frozenset(data["returned_objects"]["not_returned"]),
        returned_to_places=frozenset(data["returned_objects"]["to_places"]),
        returning_type=data["returned_objects"]["type"],
        returned_types=data["returned_objects"]["object_types"],
        rallying_verbs=frozenset(data["rallied_opposition"]["verbs"]),
        rallying_phrases=frozenset(data["rallied_opposition"]["phrases"]),
        rallying_type=data["rallied_opposition"]["type"],
        rallying_others=frozenset(data["rallied_opposition"]["rallying_verbs"])
        | frozenset(data["rallied_opposition"]["rallying_for_verbs"]),
        rallying_for_verbs=frozenset(data["rallied_opposition"]["rallying_for_verbs"]),
        rallying_any_object=frozenset(data["rallied_opposition"]["any_object_verbs"]),
        rallied_objects=frozenset(data["rallied_opposition"]["support_objects"]),
        rallied_for_preps=frozenset(data["rallied_opposition"]["for_preps"]),
        rallied_support_type=data["rallied_opposition"]["support_type"],
        freeing_verbs=frozenset(data["freed_parties"]["verbs"]),
        easing_verbs=frozenset(data["easing_verbs"]["verbs"]),
        easing_particle_verbs={k: frozenset(v) for k, v in data["easing_verbs"]["particle_verbs"].items()},
        light_preps=frozenset([*data["light_preps"]["phrases"], *data["light_preps"]["reception"]]),
        reception_phrases=frozenset(data["light_preps"]["reception"]),
        reception_types=frozenset(data["light_preps"]["reception_types"]),
        adjunct_light_nouns=dict(data["light_preps"]["adjunct"]),
        adjunct_any_host=frozenset(data["light_preps"]["adjunct_any_host"]),
        undergoing_preps=frozenset(data["light_preps"]["undergoing"]),
        undergoing_verbs=frozenset(data["light_preps"]["undergoing_verbs"]),
        undergoing_types=frozenset(data["light_preps"]["undergoing_types"]),
        suffering_verbs=frozenset(data["light_preps"]["suffering_verbs"]),
        suffering_types=frozenset(data["light_preps"]["suffering_types"]),
        receiving_verbs=frozenset(data["light_preps"]["receiving_verbs"]),
        undergone_nouns=frozenset(data["light_preps"]["undergone_nouns"]),
        undergone_verbs=frozenset(data["light_preps"]["undergone_verbs"]),
        receiving_types=frozenset(data["light_preps"]["receiving_types"]),
        received_rebukes=frozenset(data["light_preps"]["received_rebukes"]),
        participant_types=frozenset(data["participant_preps"]["types"]),
        participant_preps=frozenset(data["participant_preps"]["preps"]),
        participant_motion_preps=frozenset(data["participant_preps"]["after_motion_verbs"]),
        participant_subject_preps=frozenset(data["participant_preps"]["on_subject"]),
        sequence_verbs=frozenset(data["participant_preps"]["sequence_verbs"]),
        sequence_preps=frozenset(data["participant_preps"]["sequence_preps"]),
        acceding_objects=frozenset(data["acceding_verbs"]["objects"]),
        acceding_to=frozenset(data["acceding_verbs"]["to"]),
        acceded_type=data["acceding_verbs"]["of_type"],
        acceding_type=data["acceding_verbs"]["type"],
        eased_types=frozenset(data["easing_verbs"]["of_types"]),
        easing_type=data["easing_verbs"]["to"],
        eased_military=frozenset(data["easing_verbs"]["military"]),
        eased_military_hosts=frozenset(data["easing_verbs"]["military_hosts"]),
        eased_host_modifiers=frozenset(data["easing_verbs"]["military_host_modifiers"]),
        eased_economic_nouns=frozenset(data["easing_verbs"]["economic_nouns"]),
        eased_military_types=frozenset(data["easing_verbs"]["military_types"]),
        eased_economic_types=frozenset(data["easing_verbs"]["economic_types"]),
        eased_economic_words=frozenset(data["easing_verbs"]["economic_words"]),
        easing_economic_type=data["easing_verbs"]["economic_to"],
        easing_military_type=data["easing_verbs"]["military_to"],
        background_days=int(data["background_days"]),
        narrative_days=int(data["narrative_background"]["days"]),
        narrative_sentences=int(data["narrative_background"]["sentences"]),
        recent_adverbs=frozenset(data["narrative_background"]["recent_adverbs"]),
        habitual=frozenset(data["habitual_adverbs"]),
        habitual_preps=frozenset(data["habitual_periods"]["preps"]),
        habitual_period_nouns=frozenset(data["habitual_periods"]["nouns"]),
        habitual_excluded_modifiers=frozenset(data["habitual_periods"]["excluded_modifiers"]),
        used_to_verbs=frozenset(data["habitual_periods"]["used_to"]),
        confidence=data["confidence"],
        sectors=_invert(actors["sectors"]),
        sector_phrases={head: {m: sector for sector, mods in by_sector.items() for m in mods}
                        for head, by_sector in actors["sector_phrases"].items()},
        stateless_phrases={head: frozenset(mods) for head, mods in actors["stateless_phrases"].items()},
        led_bodies=frozenset(actors["led_bodies"]),
        home_institutions=frozenset(actors["home_institutions"]),
        multinational_heads=frozenset(actors["multinational_groups"]["heads"]),
        multinational_modifiers=frozenset(actors["multinational_groups"]["modifiers"]),
        titles=frozenset(actors["titles"]),
        actor_nouns=frozenset(actors["actor_nouns"]),
        act_sector_words=frozenset(actors["act_sector_words"]),
        person_nouns=frozenset(wordnet["person"]),
        group_nouns=frozenset(wordnet["group"]),
        cause_nouns=frozenset(wordnet["phenomenon"]) | disease_names(),
        pronouns=actors["pronouns"],
        pair_pronouns=frozenset(actors["pair_pronouns"]),
        counted_group_determiners=frozenset(actors["counted_groups"]),
        pronoun_gender=actors["pronoun_gender"],
        co_agent_nouns=frozenset(actors["co_agent_nouns"]),
        nominal_participles=frozenset(actors["nominal_participles"]),
        authority_verbs=frozenset(actors["authority_verbs"]),
        subject_control_verbs=frozenset(actors["subject_control_verbs"]),
        symmetric_verbs=frozenset(actors["symmetric_verbs"]),
        causing_verbs=frozenset(actors["causing_verbs"]),
        speech_noun_types=frozenset(actors["speech_noun_types"]),
        positional_references=dict(actors["positional_references"]),
        document_nouns=frozenset(actors["document_nouns"]),
        issuing_verbs=frozenset(actors["issuing_verbs"]),
        informing_verbs=frozenset(actors["informing_verbs"]),
        authoring_participles=frozenset(actors["authoring_participles"]),
        harm_noun_types=frozenset(actors["harm_noun_types"]),
        organisation_descriptions=frozenset(actors["organisation_descriptions"]),
        media_descriptions=frozenset(actors["media_descriptions"]),
        body_heads=frozenset(actors["body_heads"]) | frozenset(actors["organisation_descriptions"]),
        country_descriptions=frozenset(actors["country_descriptions"]),
        claiming_verbs=frozenset(actors["claiming_verbs"]),
        equipment_nouns=frozenset(actors["equipment_nouns"]),
        sponsor_participles=frozenset(actors["sponsor_participles"]),
        gendered_words=_gendered_words(actors, wordnet),
        given_name_genders={name: gender for gender in ("female", "male") for name in given[gender]},
        other_party_nouns=frozenset(data["other_party_nouns"]["nouns"]),
        cameo_verbs=cameo_data["verbs"] if cameo_data else {},
        cameo_verb_objects=cameo_data["verb_objects"] if cameo_data else {},
    )
