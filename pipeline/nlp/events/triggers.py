"""Trigger finding: predicates of a sentence that carry a PLOVER event type.

Order of evidence (first match wins for a token): verb + object phrase ("hold talks", "impose
curfew"; hand lexicon, then CAMEO patterns), verb + particle/preposition ("call on", "beat up"),
single verbs (hand lexicon, then the CAMEO verb dictionary), event nouns ("withdrawal",
"air strike"), a few adjectives ("willing"), and sayings whose reported clause is itself
an evaluation ("said the strikes were a flagrant violation" -> DISAPPROVE).

What is *not* a trigger: nouns and participles inside names or used as modifiers; infinitives
hanging on an ordinary noun ("enough firepower to destroy", "failure to denounce"); event nouns
that only anchor a clause ("during the meeting"). Whether a noun carries its own actors is decided
with the roles (see :mod:`.extract`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.nlp import geo
from pipeline.nlp.events.actors import (
    actor_head,
    agent_sector,
    indefinite_quantifier,
    is_actor_head,
    is_actor_like,
    is_person,
)
from pipeline.nlp.events.lexicon import Lexicon
from pipeline.nlp.events.syntax import (
    ACTOR_LABELS,
    HYPHENS,
    NAME_LABELS,
    OBJ,
    PASSIVE_SUBJ,
    PLACE_LABELS,
    SUBJ,
    agent,
    child,
    child_all,
    clause_chain,
    conditional_clause,
    first_conjunct,
    hands_of,
    is_infinitive,
    is_verb,
    lemma,
    misparsed_main_verb,
    prep_objects,
    to_gerunds,
    verb_tag,
)

_FILLERS = frozenset({"state", "kind", "form", "series", "wave", "number", "round", "spate", "string", "mission", "level",
                      "team", "note", "letter", "message", "cable", "telegram",
                      "cache", "stockpile", "consignment", "shipment", "haul", "batch", "quantity", "amount",
                      "hundred", "thousand", "dozen", "detachment", "column", "convoy", "tonne", "ton",
                      "most", "part", "half", "rest", "package", "raft", "slew", "set", "commission", "panel",
                      "some", "all", "many", "several", "remainder", "bulk"})  # fmt: skip
# ("a note of protest" is a protest; "seized a cache of weapons" seized weapons; "hundreds of riot police were
# posted": police were posted; "shipped 200,000 tonnes of wheat": wheat; "handed over most of the town": the town;
# "set up a commission of inquiry": an inquiry)


@dataclass
class Trigger:
    token: Token
    event_type: str
    kind: str  # "phrase" | "verb" | "noun" | "adjective" | "speech" | "obligation" | "evaluation" | "judgement"
    end_token: Token  # the other end of the trigger phrase (particle, object, light verb), for the text
    light: Token | None = None  # the light verb governing a noun trigger ("held talks"); the saying of an evaluation
    source_lexicon: str = "hand"  # "hand" | "cameo"


@dataclass(frozen=True)
class _HeadWords:
    """The lemmas that can start a trigger: a verb ``_verb_trigger`` can return a trigger for (or
    consume an object of), a noun ``noun_type`` can type (alone or as a compound's head). A word
    outside both is no trigger, so the rules are not run on it (a lemma holding a space is always
    run: the tables' keys join words with spaces). Every table ``_verb_trigger`` / ``noun_type``
    reads a trigger from must be listed here."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    verb_objects: frozenset[str]  # the verbs of lex.verb_objects, lex.cameo_verb_objects, lex.phrasal
    cameo_verb_objects: frozenset[str]
    phrasal: frozenset[str]


_HEAD_WORDS: dict[int, tuple[Lexicon, _HeadWords]] = {}


def _denied(verb: Token) -> bool:
    """The verb is denied: "not", "never" or "no longer" on it."""
    return any(c.dep_ == "neg" or c.lower_ == "never"
               or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)) for c in verb.children)


def _head_words(lex: Lexicon) -> _HeadWords:
    entry = _HEAD_WORDS.get(id(lex))
    if entry is None or entry[0] is not lex:
        tables = [frozenset(key.split(" ", 1)[0] for key in table)
                  for table in (lex.verb_objects, lex.cameo_verb_objects, lex.phrasal)]  # fmt: skip
        verbs = frozenset(lex.verbs).union(lex.cameo_verbs, lex.negated_only_verbs, lex.easing_verbs, lex.easing_particle_verbs, lex.rallying_others,
                                           lex.acceding_objects, lex.acceding_to,
                                           lex.directive_verbs, lex.hoping_verbs, lex.calling_verbs, lex.reciprocal_verbs,
                                           lex.hosting_verbs, lex.control_verbs, lex.assembling_verbs,
                                           lex.ceding_verbs, lex.leaving_verbs, lex.off_verbs, lex.entering_verbs,
                                           lex.expel_order_verbs, lex.admitting_verbs, lex.deadline_verbs,
                                           lex.opening_verbs, lex.opening_particle_verbs, lex.protest_means_verbs, lex.inflicted_verbs,
                                           lex.restraint_verbs, lex.questioning_verbs, lex.questioning_held_verbs,
                                           lex.reproach_markers,
                                           lex.declining_verbs, lex.declining_from_verbs, lex.arrival_verbs,
                                           lex.burning_verbs, lex.letter_verbs, lex.hands_death_verbs,
                                           lex.unheeded_verbs, lex.unheeded_holders, lex.gerund_proposals, *tables)  # fmt: skip
        nouns = frozenset(lex.nouns) | {key.rsplit(" ", 1)[-1] for key in (*lex.noun_compounds, *lex.governed_nouns)}
        nouns |= lex.noun_prep_heads | lex.claim_nouns  # "a plea to Syria", "claims of rigging"
        entry = (lex, _HeadWords(verbs, nouns, *tables))
        _HEAD_WORDS[id(lex)] = entry
    return entry[1]


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """Every trigger of ``sent``, in text order."""
    triggers: list[Trigger] = []
    consumed: set[int] = set()
    heads = _head_words(lex)
    tokens = list(sent)
    poses: list[str] = []  # each token's POS, read once
    reporting: list[Token] = []  # the verbs _evaluative_sayings looks at (reporting, belief and characterising)
    needs: list[Token] = []  # need nouns ("the need for X to ...")
    duties: list[Token] = []  # extraposed predicates of obligation ("it is time for X to ...")
    media: list[Token] = []  # the medium of a call ("told X by phone")
    for token in tokens:
        pos = token.pos_
        poses.append(pos)
        if pos != "VERB" and (pos == "AUX" or not verb_tag(token.tag, token)):  # not is_verb(token)
            continue
        lem = lemma(token)
        if lem in lex.reporting or lem in lex.characterising or lem in lex.belief_verbs:
            reporting.append(token)
        if (_may_head(lem, heads.verbs) or to_death(token, lex)) and token.i not in consumed \
                and (token.dep_ not in ("amod", "compound") or misparsed_main_verb(token)) \
                and not _noun_infinitive(token, lex) and not _attributive_participle(token) and not _name_word(token, lex):
            found = _verb_trigger(token, lex, consumed)
            if found is not None and found.kind == "verb" and lem in lex.willing_verbs and _committed_to_thing(token, lex):
                continue  # "France and Qatar are strongly committed to peace": no act committed to (``willing_adjectives``)
            if found is not None:
                triggers.append(_envoy_called_home(_joint_act(_rallied_against(found, lex), lex), lex))
        elif is_verb(token) and token.i not in consumed:
            joint = _joint_adverb(token, lex)
            if joint is not None:
                triggers.append(Trigger(token, lex.joint_act_type, "phrase", joint))
    for token, pos in zip(tokens, poses, strict=True):
        if token.dep_ in ("attr", "acomp") and (token.lower_ in lex.obligation_nouns
                                               or token.lower_ in lex.obligation_adjectives):
            duties.append(token)
        if token.i in consumed:
            continue
        if pos in ("NOUN", "PROPN"):
            lem = lemma(token)
            if pos == "NOUN" and lem in lex.stance_agent_nouns and token.dep_ == "attr" \
                    and lemma(token.head) in lex.stance_copulas \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                triggers.append(Trigger(token, lex.stance_agent_nouns[lem], "adjective", token))
                continue  # "has been a vocal critic of Modi": the stance, as "critical of" (``stance_agents``)
            if pos == "NOUN" and lem in lex.outcry_nouns:
                if outcry_party(token, lex) is not None:  # "sparked anger among farmers": their criticism
                    triggers.append(Trigger(token, lex.outcry_type, "noun", token.head, token.head))
                elif held_outcry(token, lex) is not None:  # "Iraq's anger against Turkey"
                    triggers.append(Trigger(token, lex.outcry_type, "noun", token))
                continue
            if pos == "NOUN" and lem in lex.contact_nouns and _copular_contact(token, lex):
                triggers.append(Trigger(token.head.head, lex.contact_type, "phrase", token))
                continue  # "were in constant touch with Sanjiv Bhatt": kept in touch (``contact_nouns`` copulas)
            if pos == "NOUN" and lem in lex.need_nouns:
                needs.append(token)  # "stressed the need for Israel to stop ..." (after the other triggers)
            if lem in lex.call_media and token.dep_ == "pobj":
                media.append(token)
            if not _may_head(lem, heads.nouns):
                continue
            found = _noun_trigger(token, lex, triggers)
            if found is not None:
                triggers.append(found)
        elif pos == "ADJ" and lex.adjectives.get(token.lower_) and (token.dep_ in ("acomp", "ROOT", "oprd") or (
                token.dep_ in ("ccomp", "conj") and any(c.dep_ == "xcomp" and is_infinitive(c) for c in token.children))):
            # (a predicate parsed as a clause of its own: "said Israel was prepared to free ...")
            event_type = lex.adjectives[token.lower_]
            if any(c.dep_ == "prep" and c.lower_ in lex.adjective_other_senses.get(token.lower_, ()) for c in token.children):
                continue  # "drones have been critical to Tehran's efforts": crucial, no criticism (``adjective_senses``)
            if event_type in lex.willing_types and token.lower_ in lex.willing_adjectives and not _willing_act(token, lex):
                continue  # "Cairenes ready to celebrate the longest day": readiness for no act with anyone
            if event_type == lex.refusal_type and token.lower_ in lex.absorbing and not _willing_act(token, lex,
                                                                                                   parties=False):
                continue  # "reluctant to move to the city", "unwilling to make an effort for such an employer": no act
                # of the lexicon refused
            if event_type in lex.willing_types and _vowed_hostility(token, lex):
                event_type = lex.vowed_to  # "is prepared to impose fresh sanctions on Georgia": a threat
            triggers.append(Trigger(token, event_type, "adjective", token))
    stance = _held_stance(sent.root, lex)
    if stance is not None and not any(t.token.i == stance.i for t in triggers):
        held = lex.stance_participle_type if stance.lower_ in lex.stance_participles else lex.approval_type
        triggers.append(Trigger(stance, held, "adjective", stance))
    triggers = [_alternative_threat(t, lex) for t in triggers]
    triggers.extend(_evaluative_sayings(reporting, lex, triggers))
    triggers.extend(_evaluated_acts(reporting, lex))
    if not reporting:
        judgement = _unattributed_judgement(sent.root, lex, triggers)
        if judgement is not None:
            triggers.append(judgement)
        triggers.extend(_unattributed_conduct(tokens, lex, triggers))
    if all(lemma(t) in lex.belief_verbs for t in reporting):  # ("if Turkey thinks ..., it must inform ...")
        obligation = _obligation(sent.root, lex)
        if obligation is not None:
            triggers.append(obligation)
    for token in needs:
        act = _needed_act(token)
        if act is not None:
            triggers.append(Trigger(act, lex.directive_type, "obligation", act))
    for token in media:
        saying = _said_by_call(token, lex, triggers)
        if saying is not None:
            triggers.append(Trigger(saying, lex.contact_type, "verb", saying))
    for token in duties:
        act = _extraposed_duty(token, lex)
        if act is not None and not any(t.token.i == act.i and t.kind == "obligation" for t in triggers):
            triggers.append(Trigger(act, lex.directive_type, "obligation", act))
    titled = _title_words(tokens, lex)
    return sorted((t for t in triggers if t.token.i not in titled), key=lambda t: t.token.i)


def _held_rank(noun: Token, lex: Lexicon) -> bool:
    """A post or a position that is an office or a rank: a title in its "of" phrase ("the post of finance
    minister") or a rank number on it ("the first two positions"); not a place ("the border post")."""
    return any(c.ent_type_ == "ORDINAL" or c.like_num for c in noun.children) or any(
        p.lower_ in lex.titles for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _title_words(tokens: list[Token], lex: Lexicon) -> set[int]:
    """The indices of the words of a title given to a work ("the first book in this series titled the
    war for the stolen boy was published", "under the title hang them", ``work_titles``): from a marker
    to the first punctuation or finite verb after the title's first word, at most ``title_words`` words.
    Our wire drops the quotation marks, so the title's end is read off its syntax."""
    words: set[int] = set()
    for n, token in enumerate(tokens):
        if token.lower_ not in lex.title_markers and not (lemma(token) in lex.title_nouns and token.dep_ == "pobj"):
            continue  # (a title noun as a preposition's object: "under the title", not "won the title defeating ...")
        for k, word in enumerate(tokens[n + 1:n + 1 + lex.title_words]):
            if word.is_punct or (k > 0 and word.tag_ in _FINITE_TAGS) or (k == 0 and word.pos_ == "ADP"):
                break  # ("the title of heavyweight champion": no title's words)
            words.add(word.i)
    return words


_OWN_PARTY = frozenset({"we", "us", "i", "me", "ourselves"})
_PARTICLES = frozenset({"in", "out", "down", "up", "off", "back", "over", "away"})  # adverbial particles
_CALL_PREPS = frozenset({"by", "over", "via"})


def _alternative_threat(trigger: Trigger, lex: Lexicon) -> Trigger:
    """A hostile act in the passive offered as the alternative to an act demanded ("told the mayors to
    resign or be killed", "gave the fighters until Saturday to leave Grozny or be destroyed"): a threat
    by whoever demands it (``alternative_threats``), as "... or face air strikes" is; the act itself is not
    done."""
    token = trigger.token
    if trigger.event_type not in lex.alternative_threat_types or trigger.kind != "verb" or token.dep_ != "conj" \
            or not any(c.dep_ == "auxpass" for c in token.children):
        return trigger
    first = token.head
    choice = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "or" and c.i < token.i), None)
    if choice is None or not (is_infinitive(first) or first.dep_ in ("xcomp", "advcl", "ccomp")):
        return trigger
    return Trigger(token, lex.alternative_threat_type, "phrase", choice)


def is_alternative_threat(trigger: Trigger, lex: Lexicon) -> bool:
    """The trigger is a threat made by offering a hostile act as the alternative (``_alternative_threat``)."""
    return trigger.kind == "phrase" and trigger.end_token.dep_ == "cc" and trigger.event_type == lex.alternative_threat_type


def _joint_adverb(verb: Token, lex: Lexicon) -> Token | None:
    """An adverb saying the verb's act is done jointly ("intervened jointly", "combed the sea together",
    "patrolled jointly with Chinese units": ``joint_acts``), with two parties to it: a coordinated
    subject, or a "with" party on the verb or on the adverb."""
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in lex.joint_adverbs), None)
    if adverb is None or lemma(verb) in lex.joint_excluded_verbs:
        return None
    subject = child(verb, {"nsubj"})
    paired = subject is not None and any(c.dep_ == "conj" for c in subject.children)
    partner = any(c.dep_ == "prep" and c.lower_ == "with" for host in (verb, adverb) for c in host.children)
    return adverb if paired or partner else None


def _envoy_called_home(trigger: Trigger, lex: Lexicon) -> Trigger:
    """An envoy called or ordered home or back is recalled (SANCTION, CAMEO 161: "Egypt has called home its
    ambassador to Israel in protest"), where an envoy called in is summoned (DISAPPROVE): ``recalled_envoys``."""
    token = trigger.token
    if trigger.kind not in ("phrase", "verb") or lemma(token) not in lex.homing_recall_verbs or not any(
            c.dep_ in ("advmod", "prt") and c.lower_ in lex.homing_recall_words for c in token.children):
        return trigger
    envoy = next((o for o in token.children if o.dep_ in ("dobj", "obj") and lemma(o) in lex.recalled_envoy_nouns), None)
    return trigger if envoy is None else Trigger(token, lex.recalled_envoy_type, "phrase", envoy)


def _joint_act(trigger: Trigger, lex: Lexicon) -> Trigger:
    """A military or police move done jointly with another party is cooperation (the PLOVER manual: joint
    military operations are COOPERATE): "Russian border guards patrolled the river jointly with Chinese units"."""
    if trigger.event_type not in lex.joint_retyped or trigger.kind != "verb":
        return trigger
    joint = _joint_adverb(trigger.token, lex)
    return trigger if joint is None else Trigger(trigger.token, lex.joint_act_type, "phrase", joint)


def _said_by_call(medium: Token, lex: Lexicon, triggers: list[Trigger]) -> Token | None:
    """"Putin told Erdogan by phone that ...", "urged him over the telephone to ...": a verb
    addressed to a party through the medium of a call (``contact_verbs.media``) is a consultation
    with that party (CAMEO 040), beside what the verb itself codes; a reciprocal verb ("spoke by
    phone") is one already."""
    prep = medium.head
    verb = prep.head
    if prep.lower_ not in _CALL_PREPS or not is_verb(verb) or lemma(verb) in lex.reciprocal_verbs \
            or any(t.token.i == verb.i and t.event_type == lex.contact_type for t in triggers):
        return None
    return verb if addressed_party(verb, lex) is not None else None


def addressed_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party a verb of saying or of a verbal act is addressed to ("told Erdogan", "assured his
    counterpart", "urged Netanyahu"): its object, when a person, a party noun or a country; not
    the press ("told Reuters", "told reporters") nor an organisation's name."""
    lem = lemma(verb)
    if not (lem in lex.addressing_verbs or lem in lex.directive_verbs or lex.verbs.get(lem) in lex.verbal_types):
        return None
    party = child(verb, {"dobj", "dative", "obj"})
    if party is None:
        return None
    head = actor_head(party)
    if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "GPE", "ORG", "") or (
            head.pos_ == "NOUN" and is_actor_head(head, lex) and agent_sector(head) != "MED"):
        return party  # (the press named is no party consulted: extract drops a CONSULT with a MED target)
    return None


def _extraposed_duty(word: Token, lex: Lexicon) -> Token | None:
    """"It is time for Russia to withdraw", "it was necessary for the occupation to end", "it is
    imperative that Israel stop its attacks": the clause that says what a party is obliged to do,
    under an extraposed predicate of obligation (``obligation_predicates``; expletive "it" as the
    copula's subject). Its subject is the party obliged: a named party, a pronoun or a governing
    body (as for "X must ..."), or an actor noun of ``obliged_sectors`` ("the rebels"; not
    "investors"); never the speaker itself. A that-clause in the past tense states a fact ("it is
    important that Israel stopped")."""
    be = word.head
    if lemma(be) != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
        return None
    for clause in (*word.children, *be.children):
        if clause.i < word.i or clause.dep_ not in ("relcl", "acl", "advcl", "xcomp", "ccomp") or not is_verb(clause):
            continue
        obliged = child(clause, {"nsubj", "nsubjpass"})
        if obliged is None or obliged.lower_ in _OWN_PARTY:
            continue
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        if is_infinitive(clause):
            if "for" not in marks:
                continue
        elif "for" in marks or clause.tag_ in ("VBD", "VBN") and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in lex.deontic for c in clause.children) and not (
                word.lower_ in lex.past_subjunctive_predicates and be.tag_ in ("VBZ", "VBP")):
            continue  # ("it was important that Israel stopped": a fact; "it is time the government resigned": the
            # past of a wish, ``obligation_predicates`` past_subjunctive)
        elif any(c.dep_ == "aux" and c.lower_ not in lex.deontic for c in clause.children):
            continue  # ("it is vital that the talks will succeed", "... had agreed": no duty laid)
        if obliged.ent_type_ in _PARTIES or obliged.lower_ in _PARTY_PRONOUNS or agent_sector(obliged) in \
                lex.obliged_sectors or (obliged.pos_ == "NOUN" and lemma(obliged) in lex.obligation_bodies):
            return clause
    return None


def _needed_act(noun: Token) -> Token | None:
    """"the need for Israel to stop ...": the infinitive clause with its own subject under a need
    noun (the object of a verb or a preposition), whose subject is the party the need is laid on."""
    if noun.dep_ not in ("dobj", "obj", "pobj", "nsubj", "attr"):
        return None
    for c in noun.children:
        if c.dep_ in ("advcl", "acl", "relcl") and is_verb(c) and is_infinitive(c) and child(c, {"nsubj"}) is not None \
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return c
    return None


def _obligation(root: Token, lex: Lexicon) -> Trigger | None:
    """A main clause that lays an obligation on a party with no reporting verb ("Israel must stop
    its violations", a quote fragment whose speaker is in another sentence, "according to X, Y
    has to ..."): a DEMAND on the clause's subject (CAMEO 10), as a reported "X said Y must ..."
    is. Only on a named party or a pronoun (a rule for "candidates" or "members" is no demand),
    not on the speaker itself ("we must"), nor in a passive or copular clause ("the crossings
    should be closed", "the vote must be fair")."""
    if not is_verb(root) or lemma(root) == "be":
        return None
    deontic = any(c.dep_ == "aux" and c.lower_ in lex.deontic for c in root.children) or (
        lemma(root) in lex.deontic_verbs and root.tag_ != "VBD"  # ("had to settle for third place": a need met)
        and any(c.dep_ == "xcomp" and is_infinitive(c) for c in root.children))
    perfect = _perfect(root)
    if not deontic or any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children) \
            or (perfect and not _reproach(root, lex)):
        return None  # (a passive; "must have thought": a guess, not a duty)
    obliged = child(root, {"nsubj"})
    if obliged is None or not (obliged.ent_type_ in _PARTIES or obliged.lower_ in _PARTY_PRONOUNS
                               or (obliged.pos_ == "NOUN" and lemma(obliged) in lex.obligation_bodies)):
        return None  # "a candidate must secure 68 votes", "team members must remain together": a rule, no demand
    if any(c.dep_ == "aux" and c.lower_ in lex.deontic and c.i < obliged.i for c in root.children):
        return None  # "should Wilson fail": a condition
    if _mental_duty(root, lex):
        return None  # "Washington must understand that ...": a duty to know, no act asked (``mental_duties``)
    if not any(c.dep_ == "aux" and c.lower_ in lex.deontic for c in root.children) and not _quoted(root):
        return None  # "the government, employers and unions have to work together", "she has to return to
        # court": the writer's need or a schedule, no one's demand ("X must stop ..." and a quote's "X has to" are)
    if perfect and not _quoted(root):
        return None  # ("Smith should have made it 2-0 at halftime": the writer's judgement of play)
    return Trigger(root, lex.reproach_type if perfect else "DEMAND", "obligation", root)  # ("'X should have
    # consulted the party'": a quoted reproach of X)


def _perfect(verb: Token) -> bool:
    """The verb is in the perfect ("should have consulted", "must have known")."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children)


def _reproach(verb: Token, lex: Lexicon) -> bool:
    """"should have consulted", "should not have hurt": an obligation in the perfect, a reproach of its
    subject for what it did or failed to do (``reproach_modals``), not a demand."""
    return _perfect(verb) and any(c.dep_ == "aux" and c.lower_ in lex.reproach_modals for c in verb.children)


def _wh_clause(clause: Token) -> bool:
    """A clause opened by a wh-word ("what they termed poor funding"): a free relative, a thing named."""
    return any(t.tag_ in ("WP", "WDT", "WP$") and t.i < clause.i for t in clause.subtree)


def _quoted(token: Token) -> bool:
    """The token's sentence is or holds a quote: a quotation mark anywhere in it ("'The government
    has to act,' he said", a quote's continuation that closes it); a quote that runs on from an
    earlier sentence with no mark of its own is not seen."""
    return any(t.is_quote for t in token.sent)


_PARTIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_CLAUSES = frozenset({"xcomp", "ccomp", "pcomp"})  # "stopped supplying gas": the act stopped is the object
_PARTY_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _relative_object(verb: Token) -> bool:
    """The noun a relative clause hangs on is the clause verb's object: the clause has a subject of its own and no
    object but its relative pronoun ("the sanctions Washington has imposed", "the tariffs that the EU imposed")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children) \
        and all(o.tag_ in ("WDT", "WP") or o.lower_ == "that" for o in objects)


def _felt(token: Token, lex: Lexicon) -> bool:
    """A past participle after a verb of feeling or seeming ("feels threatened", "felt intimidated"): the parser
    makes that verb its (passive) auxiliary, or the participle the verb's complement."""
    if token.tag_ != "VBN":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.feeling_copulas for c in token.children):
        return True
    return token.dep_ in ("acomp", "oprd", "xcomp") and token.head != token and lemma(token.head) in lex.feeling_copulas


def _may_head(lem: str, heads: frozenset[str]) -> bool:
    return lem in heads or " " in lem


def _attributive_participle(token: Token) -> bool:
    """A past participle right after a preposition or determiner, before the name it modifies, with no
    subject, auxiliary or agent of its own: an adjective the parser made a clause ("off occupied
    Crimea", "in the occupied West Bank")."""
    if token.tag_ != "VBN" or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    return before.pos_ in ("ADP", "DET") and after.pos_ == "PROPN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in token.children)


def _noun_infinitive(token: Token, lex: Lexicon) -> bool:
    """"enough firepower to destroy", "failure to denounce": an infinitive on a noun that is not
    an intent noun ("plans to", "efforts to") describes no act; nor does one on an adjective of
    licence ("free to criticise")."""
    if token.dep_ == "xcomp" and token.head.lower_ in lex.licence_adjectives and is_infinitive(token):
        return True  # "parties were free to lay a complaint": a freedom, no act (``licences``)
    if token.dep_ in ("acl", "relcl") and is_infinitive(token) and lex.nouns.get(lemma(token.head)) == lex.threat_noun_type:
        return True  # "renewed its threat to boycott parliament": what is threatened is the threat's content, as
        # after the verb ("threatened to boycott"), no act of its own
    if token.dep_ in ("acl", "relcl") and is_infinitive(token) and lemma(token.head) in lex.intent_nouns \
            and token.head.dep_ in ("dobj", "obj", "nsubjpass") and _rejecting(token.head.head, lex):
        return True  # "the court dismissed a motion to release them", "voted down a proposal to suspend the MPs":
        # the act is refused, none intended (the refusal is the event)
    return token.dep_ in ("acl", "relcl") and is_infinitive(token) and lemma(token.head) not in lex.intent_nouns \
        and not ranked_doer(token, lex)


def ranked_doer(token: Token, lex: Lexicon) -> bool:
    """An infinitive on a ranked predicate noun says its subject did it ("the former minister is the
    first to plead guilty", "he became the first president to visit Israel", "the only official to
    condemn the attack"; ``ranked_doers``): the copula's subject is the doer."""
    head = token.head
    return token.dep_ in ("acl", "relcl") and is_infinitive(token) and head.dep_ == "attr" \
        and lemma(head.head) in lex.ranked_doers["copulas"] \
        and any(w.lower_ in lex.ranked_doers["ranks"] for w in (head, *head.children))


def tough_infinitive(token: Token, lex: Lexicon) -> bool:
    """An infinitive on an adjective of ease or difficulty ("it is difficult to negotiate with X", "making it
    easy to plan a trip", "the rebels are hard to defeat"; ``tough_adjectives``): nobody named does the act."""
    if not is_infinitive(token) or token.dep_ not in ("xcomp", "advcl", "ccomp"):
        return False
    head = token.head
    if head.pos_ == "ADJ":
        return lemma(head) in lex.tough_adjectives
    return lemma(head) == "be" and any(c.dep_ in ("acomp", "attr") and c.i < token.i and lemma(c) in lex.tough_adjectives
                                       for c in head.children)  # fmt: skip


def _rejecting(verb: Token, lex: Lexicon) -> bool:
    """The verb (or the verb and its particle: "voted down") is one of refusing (REJECT)."""
    keys = [lemma(verb), *(f"{lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt")]
    return any(lex.verbs.get(k) == lex.refusal_type or lex.phrasal.get(k) == lex.refusal_type for k in keys)


SPORTS_REPORT_KEY = "wirelake.events.sports_report"


def sports_report(doc: Doc, lex: Lexicon) -> bool:
    """Whether the article is a sports report: its words name at least ``lex.sports_report_min``
    things of sport (``lex.sports_terms``: "tournament", "goalkeeper", "innings", "medal", ...;
    spellings of one thing count once). There a verb of winning a match ("beat", "defeat",
    "crush") reports a result, with or without a score, and a verb of play ("allowed two hits")
    play. Decided once per article, when first asked (kept in the Doc's
    ``user_data``)."""
    known = doc.user_data.get(SPORTS_REPORT_KEY)
    if known is None:
        terms = lex.sports_terms
        named = {terms[t.lower_] for t in doc if t.lower_ in terms}
        known = doc.user_data[SPORTS_REPORT_KEY] = len(named) >= lex.sports_report_min
    return bool(known)


def _party_freed(obj: Token, lex: Lexicon) -> bool:
    """What a verb of freeing frees is a party: an actor phrase, a person noun or name ("hostages",
    "the suspect", an unknown name) or a number of people ("released 20 on Sunday")."""
    obj = of_filler(obj)  # ("released 20 of the hostages", "freed most of the prisoners")
    if obj.pos_ == "NOUN" and lemma(obj) in lex.released_things:
        return False  # "the ENGEO report released on Friday": a document, whoever's name it bears
    return obj.pos_ == "NUM" or is_actor_like(obj, lex) or is_person(obj, lex) is not False


_OWN_CLAUSE_EXITS = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj", "mark"})


def _tallied(verb: Token, lex: Lexicon) -> bool:
    """A verb of winning whose own phrase counts the win (``lex.tally_words``: votes, percent,
    points, a record, a title): "beat his main rival with 56.7 percent", "beating the previous
    record", "beat Mensah to win his third title"; not a count in a clause of its own ("police beat
    protesters as the votes were counted")."""
    stack = list(verb.children)
    while stack:
        word = stack.pop()
        if word.dep_ in _OWN_CLAUSE_EXITS and not (word.dep_ == "advcl" and is_infinitive(word)):
            continue  # (an infinitive of purpose stays: "beat Mensah to win his third title")
        if word.lower_ in lex.tally_words:
            return True
        stack.extend(word.children)
    return False


def _played(token: Token, lex: Lexicon) -> bool:
    """In a sports report, the act's own object or prepositional object (and their conjuncts) is a
    thing of play or a player's position (``lex.play_things``: "conceded the goal", "shot at the
    goalkeeper", "took first strike", "released the winger") or a competition ("will meet in a
    playoff"): play, no event."""
    if not sports_report(token.doc, lex):
        return False
    words = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ in lex.play_preps
              for g in c.children if g.dep_ == "pobj"]  # (not a time: "filed a complaint before the playoff")
    words += [c for w in words for c in w.conjuncts]
    return any(w.pos_ == "NOUN" and lemma(w) in lex.play_things for w in words)


def market_sense(noun: Token, lex: Lexicon) -> bool:
    """A noun of asking in its market sense (``lex.market_nouns``: "demand"): qualified by a word of
    quantity or market ("rising demand", "high demand for the fund", "low labour demand", "so much
    demand for them in the private market") or the object of a verb of markets ("serve demand",
    "boost demand"): no party asks anything."""
    if lemma(noun) not in lex.market_nouns:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in lex.market_modifiers or lemma(c) in lex.market_modifiers)
           for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "obj") and lemma(noun.head) in lex.market_verbs


def _outside_party(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """A subject or object no match has: a generic agent of the knowledge base outside the sectors
    of contestants (``lex.contest_party_sectors``: athletes): "police beat protesters outside the
    stadium" is an assault even in a sports report."""
    parties = [c for c in verb.children if c.dep_ in SUBJ] + objs
    return any(sector is not None and sector not in lex.contest_party_sectors
               for sector in map(agent_sector, parties))


def _accidental(verb: Token, lex: Lexicon) -> bool:
    """A killing or wounding an accident, a natural disaster or an animal caused: its subject names
    one (or is a relative pronoun of one: "the earthquake that killed ...", or, for a participle with
    no subject, its host's: "drought has caused thousands of deaths, killing ..."), or one is the
    object of a preposition of cause or setting on the verb ("were killed in a car accident")."""
    causes: list[Token] = []
    fires: list[Token] = []
    for v in (verb, *verb.conjuncts):  # "were killed and five others were injured in a car accident"
        for c in v.children:
            if c.dep_ == "nsubj":
                causes.append(_relative_antecedent(c) if c.lower_ in ("that", "which") else c)
            elif c.dep_ in ("agent", "prep") and (c.dep_ == "agent" or c.lower_ in lex.accident_preps):
                causes.extend(p for p in c.children if p.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ in lex.fire_preps:
                fires.extend(p for p in c.children if p.dep_ == "pobj")
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and child(verb, {"nsubj", "nsubjpass"}) is None:
        host = child(verb.head, {"nsubj"})  # "drought has caused thousands of deaths, killing 260,000 people": the
        if host is not None:  # participle's doer is its host's subject
            causes.append(host)
    if verb.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in lex.setting_marks for c in verb.children):
        setting = child(verb.head, {"nsubj"})  # "the last major fire was in July, when 54 people were killed"
        if setting is not None:
            causes.append(setting)
            fires.append(setting)
    if any(_accidental_fire(w, lex) for w in fires) and not any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):  # fmt: skip
        return True  # "three children were killed in a fire at their home" (not "in fire from rebel positions")
    if any(lemma(w) in lex.animals for w in causes):
        return True  # "the dog attacked the boy", "a dog which attacked ..."
    if any(noun_type(w, lex) in lex.accident_types for w in causes):
        return False  # "killed in an ambush during the storm": the ambush
    return any((lemma(w) in lex.accident_nouns or w.lower_ in lex.accident_nouns)
               and not any(c.dep_ == "prep" and c.lower_ == "of" for c in w.children)  # ("a storm of bullets")
               for w in causes)  # fmt: skip


def _accidental_fire(noun: Token, lex: Lexicon) -> bool:
    """A fire that is no shooting: "a fire", "the blaze's fire", "a house fire" (a determiner or a place
    of ``accident_causes`` fire_modifiers; an adjective that names no party), none "from" anyone ("army fire",
    "in the cross fire", "Israeli fire", "fire from the troops", "killed in fire": shots)."""
    if lemma(noun) not in lex.fire_nouns or any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return False
    modifiers = [m for m in noun.children if m.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(m.ent_type_ or agent_sector(m) is not None or (m.dep_ != "amod" and lemma(m) not in lex.fire_modifiers)
           for m in modifiers):  # fmt: skip
        return False
    return any(c.dep_ == "det" for c in noun.children) or bool(modifiers)


def faced_with_author(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """A hostile act a facing verb takes as object, with its author named ("by" / "from" a party) and the
    facing not told as to come ("facing a frenzied onslaught by Al Qaeda", "the village is facing attacks by the
    rebels"; not "would face attacks by the army", "or face sanctions from the UN": threats)."""
    if lemma(verb) not in lex.facing_verbs or noun_type(noun, lex) not in lex.suffering_types:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "shall", "'ll", "to")
           for c in verb.children) or any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) \
            or verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("by", "from") and (p := child(c, {"pobj"})) is not None
               and is_actor_like(actor_head(p), lex) for c in noun.children)  # fmt: skip


def burned_person(verb: Token, lex: Lexicon) -> bool:
    """What the verb burns (its object or passive subject, the noun a participle describes, or the "to"
    phrase of "set fire to") is a person or a body ("set the corpse on fire", "set her on fire", "the body was
    burnt", "set fire to the farmer"; ``wounded_persons`` burning_*)."""
    burned = child_all(verb, ("dobj", "obj", "nsubjpass"))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        burned.append(verb.head)  # "the corpse burnt by the soldiers"
    burned += [p for host in (verb, *burned) for c in host.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for p in child_all(c, ("pobj",))]  # ("set fire to the farmer": "to" on the verb or on "fire")
    return any(lemma(b) in lex.burned_bodies or b.lower_ in ("him", "her") or is_person(actor_head(b), lex) is True
               for b in burned if lemma(b) != "fire")  # fmt: skip


def _letter_request(verb: Token, objs: list[Token], lex: Lexicon) -> Token | None:
    """The purpose infinitive of a letter sent, written or submitted to a party (on the verb or on the
    letter), when it is no act of the sender's own speech (``letters_of_request``): "sent a letter to the
    data commissioner to initiate an investigation" -> "initiate"; "wrote a letter to the president to thank
    him" -> None."""
    letters = [o for o in objs if lemma(o) in lex.letter_nouns]
    if not letters:
        return None
    hosts = [verb, *letters]
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and child(c, {"pobj"}) is not None
               for host in hosts for c in host.children):  # fmt: skip
        return None  # (no addressee: "wrote a letter to protest")
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and is_infinitive(c) and lemma(c) not in lex.letter_own_acts:
                return c
    return None


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun takes up: the nearest noun before it past a time phrase ("an
    earthquake last month that killed ...": the parser may hang the clause elsewhere)."""
    for i in range(pronoun.i - 1, max(pronoun.sent.start, pronoun.i - 4) - 1, -1):
        word = pronoun.doc[i]
        if word.pos_ in ("NOUN", "PROPN") and word.ent_type_ not in ("DATE", "TIME"):
            return word
    return pronoun


def _declined_act(verb: Token, lex: Lexicon) -> Token | None:
    """The act of taking part a verb declines: the negated infinitive of a verb of choosing ("chose
    not to attend", "opting not to send a delegation"), or the gerund after "from" of a verb of
    refraining ("refrained from signing"); None for any other act ("decided not to dismiss him")."""
    lem = lemma(verb)
    if lem in lex.declining_verbs:
        acts = [c for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)
                and any(n.dep_ == "neg" for n in c.children)]  # fmt: skip
    else:
        acts = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]  # fmt: skip
    return next((a for a in acts if lemma(a) in lex.declined_acts), None)


def _verb_trigger(token: Token, lex: Lexicon, consumed: set[int]) -> Trigger | None:
    lem = lemma(token)
    unheeded = _unheeded_demand(token, lex)
    if unheeded is not None:  # "have not responded to calls to ...", "the appeals were left unanswered"
        return Trigger(token, lex.unheeded_type, "phrase", unheeded)
    if lem in lex.negated_only_verbs:  # "will not / no longer tolerate attacks": a warning; "tolerated dissent": none
        return Trigger(token, lex.negated_only_verbs[lem], "verb", token) if _denied(token) else None
    if _felt(token, lex):
        return None  # "Tajikistan feels threatened by Afghanistan": how the subject feels (``feeling_copulas``)
    heads = _head_words(lex)
    children = list(token.children)
    objs = [c for c in children if c.dep_ in OBJ] + [c for c in children if c.dep_ in PASSIVE_SUBJ]
    if lem in lex.prep_object_verbs:  # "pointed to flagrant violations": the preposition's object is the verb's
        objs += [p for c in children if c.dep_ == "prep" and c.lower_ == lex.prep_object_verbs[lem]
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if lem in lex.permitting_verbs:  # "allowed 400 peacekeepers to take up positions", parsed as a clause
        objs += [s for c in children if c.dep_ == "ccomp" and (is_infinitive(c) or c.tag_ in ("VB", "VBP"))
                 for s in c.children if s.dep_ == "nsubj"]  # (a bare infinitive too: "let inspectors resume their work")
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objs.append(token.head)  # "the cases filed by X": the noun is the object
    if token.dep_ == "relcl" and token.tag_ in ("VBD", "VBN") and _relative_object(token):
        objs.append(token.head)  # "the sanctions Washington has imposed on Iran": the noun is the object of an act
        # done (a present's noun keeps its own trigger: "a periodic protest they hold every Monday")
    if lem in lex.non_events and (any(lemma(c) in lex.non_events[lem] for c in (
            *_complement_words(token, lex.circumstance_preps), *(c for c in token.children if c.dep_ == "advmod")))
            or any(f"prt:{c.lower_}" in lex.non_events[lem] for c in token.children if c.dep_ == "prt")):
        return None  # "declined to comment", "declined comment", "marched in the parade", "pressed ahead / on with"
    if lem in lex.sum_only_verbs and not any(_money_or_aid(o, lex) for o in objs):
        return None  # "the reforms contributed to growth", "agriculture contributes 17 percent of GDP", "contributed
        # troops": no money, no aid given (``sum_only_verbs``)
    if lem in lex.rank_verbs and any(lemma(o) in lex.rank_nouns and _held_rank(o, lex) for o in objs):
        return None  # "occupied the post of finance minister", "occupied the first two positions" (``held_ranks``)
    if lem in lex.contest_verbs and lex.score.search(token.sent.text):
        return None  # "Seles beat Hingis 6-3 6-4", "rallied to win 2-1": a match result, no use of force
    if lem in lex.tally_verbs and not any(c.dep_ == "prt" for c in children) and _tallied(token, lex):
        return None  # "beat his rival with 56.7 percent", "beat the previous record", "to his ninth title": a win
    if (lem in lex.contest_verbs or lem in lex.play_verbs) and sports_report(token.doc, lex) \
            and not _outside_party(token, objs, lex):
        return None  # "Ajax beat PSV in their opening game", "allowed two hits", "struck out ten": sport
    if _played(token, lex):
        return None  # "conceded the goal", "shot at the goalkeeper", "will meet in a playoff": play
    if lem in lex.contest_office_verbs and any(
            lemma(w) in lex.sought_prizes or lemma(w) in lex.contested_polls
            for w in [*objs, *(g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                               if g.dep_ == "pobj")]):
        return None  # "contested the presidency", "contested the 1892 elections", "contesting for the chairperson
        # position": standing for office, no objection
    arrival = _helping_arrival(token, lex) if lem in lex.arrival_verbs else None
    if arrival is not None:  # "came to the aid of the villagers", "rose to his defence": the help itself
        consumed.add(arrival.i)
        return Trigger(token, lex.arrival_nouns[lemma(arrival)], "phrase", arrival)
    fought = [f for o in objs if o.dep_ in ("dobj", "obj") for f in (o, *o.conjuncts)] \
        if lem in lex.fought_thing_verbs else []
    if fought and all(
            f.pos_ == "NOUN" and noun_type(f, lex) is None and not is_actor_like(actor_head(f), lex)
            and not is_person(actor_head(f), lex) for f in fought):
        return None  # "fighting corruption", "battling a cost of living crisis", "fought the blaze": no adversary
        # (not an act fought: "fighting extradition", "fought the war")
    if lem in lex.fought_thing_verbs and not any(o.dep_ in ("dobj", "obj") for o in objs) and _fought_for_cause(token, lex):
        return None  # "wants to fight for equal pay", "will continue to fight for his extradition": a campaign
    if token.dep_ == "xcomp" and lemma(token.head) == "be" and lex.verbs.get(lem) == lex.blaming_type \
            and is_infinitive(token):
        return None  # "the government is to blame": its guilt, not its act of blaming
    if _stated_goal(token, lex) and any(noun_type(o, lex) in lex.goal_types for o in objs):
        return None  # "the importance of strengthening cooperation": no show of force, no act
    if lex.verbs.get(lem) in lex.accident_types and _accidental(token, lex):
        return None  # "were killed in a car accident", "an earthquake that killed 1,000 people": no use of force
    if lem in lex.dismissing and _characterisation(token, lex, []) == lex.blaming_type \
            and not any(lemma(o) in lex.dismissed_proposals for o in objs):
        return Trigger(token, lex.blaming_type, "speech", token)  # "dismissed the trials as a sham": criticism
    declined = _declined_act(token, lex) if lem in lex.declining_verbs or lem in lex.declining_from_verbs else None
    if declined is not None:  # "chose not to attend the summit", "refrained from signing the document"
        return Trigger(token, lex.declining_type, "phrase", declined)
    ordered_out = _ordered_out(token, objs, lex) if lem in lex.expel_order_verbs else None
    if ordered_out is not None:  # "ordered 13 aid organisations out of Darfur", "were ordered out of Britain"
        return Trigger(token, lex.expel_order_type, "phrase", ordered_out)
    inflicted = _by_means(token, children, lex.inflicted_preps, lambda n: _inflicted_type(n, lex), consumed) \
        if lem in lex.inflicted_verbs else None
    if inflicted is not None:  # "slapped the BMA with a lawsuit", "hit Moscow with new sanctions": imposed on it
        return inflicted
    means = _by_means(token, children, lex.protest_means_preps,
                      lambda n: lex.protest_means_type if noun_type(n, lex) == lex.protest_means_type else None,
                      consumed) if lem in lex.protest_means_verbs else None  # fmt: skip
    if means is not None:  # "shut down Kathmandu with a general strike": the strike is the event
        return means
    if lem in lex.reproach_markers and _reproached(token, objs, lex):
        return Trigger(token, lex.called_out_type, "verb", token)  # "called out Blinken for criticising Mexico"
    if lem in lex.restraint_verbs and _restrained(token, objs, lex):
        return Trigger(token, lex.restraint_type, "verb", token)  # "police prevented the opposition from holding
        # the rally", "was stopped by the police from performing the last rites"
    purpose = _questioning(token, lex) if lem in lex.questioning_verbs or lem in lex.questioning_held_verbs else None
    if purpose is not None:  # "summoned Sonia Gandhi for questioning": the questioning; "detained 60 people for
        consumed.add(purpose.i)  # questioning": the detention (the purpose no criticism of its own)
        if lem in lex.questioning_verbs:
            return Trigger(token, lex.questioning_type, "phrase", purpose)
    given = deadline_party(token, lex) if lem in lex.deadline_verbs else None
    if given is not None:  # "gave the Bosnian Serbs 10 days to withdraw ... or face air strikes": an ultimatum,
        leaving = any(lemma(c) in lex.expel_order_acts for c in token.subtree if c.dep_ in ("xcomp", "advcl", "relcl", "acl"))
        return Trigger(token, lex.expel_order_type if leaving else lex.deadline_type, "phrase", given)  # an order to
        # leave an expulsion ("gave foreign journalists 48 hours to leave the country")
    if not objs and any(lex.verb_objects.get(f"{lem} {lemma(of_filler(o))}", "") is None
                        for c in children if c.dep_ == "conj" and c.i > token.i and is_verb(c)
                        for o in c.children if o.dep_ in OBJ):
        return None  # "arrested the clerk for demanding and accepting a bribe": the object the coordinated verb
        # shares makes it no event, as its own would (a null entry of ``verb_objects``)
    labelled = lem in lex.characterising and (any(c.dep_ == "oprd" for c in children)
                                              or sum(c.dep_ in ("dobj", "obj", "dative") for c in children) >= 2)
    for table, origin, verbs in ((lex.verb_objects, "hand", heads.verb_objects),
                                 (lex.cameo_verb_objects, "cameo", heads.cameo_verb_objects)):  # fmt: skip
        if not _may_head(lem, verbs) or labelled:
            continue  # no key of the table starts with the verb (or a label names the object: "called the ambassador
            # a true friend" is no summons, the label is read by ``_characterisation``)
        for obj in objs:
            entry_type = table.get(f"{lem} {lemma(of_filler(obj))}")
            modifier_types = {table.get(f"{lem} {lemma(c)}") for c in of_filler(obj).children if c.dep_ in ("compound", "amod")}
            if lem in lex.facing_verbs and faced_with_author(token, of_filler(obj), lex):
                continue  # "facing an onslaught by Al Qaeda": suffered, no threat (the noun is the event)
            if _typed_compound(of_filler(obj), lex) and entry_type != noun_type(of_filler(obj), lex) \
                    and noun_type(of_filler(obj), lex) not in modifier_types \
                    and not (lem in lex.relation_stopping and noun_type(of_filler(obj), lex) in lex.relation_types) \
                    and not (lem in lex.facing_verbs and entry_type is not None):  # ("or face air strikes")
                continue  # "launched a scathing attack": the compound's type, not the verb + head noun's
                # ("called a general strike": both PROTEST, the verb's phrase; "quit the peace talks": stopped)
            counted = _counted_people(obj, lex)  # ("giving millions of people the opportunity": no sum given)
            fillers = [*([] if counted else [of_filler(obj)]), *_amount_filler(obj), *_cargo(obj, lex)]
            if not _people(of_filler(obj), lex):  # (not people's modifier: "sent the opposition leader to prison",
                fillers += [c for c in obj.children if c.dep_ in ("compound", "amod")]  # "ordered aid groups out")
            filler, entry = next(((f, k) for f in fillers for k in (f"{lem} {w}" for w in _noun_lemmas(f))
                                  if k in table), (None, ""))  # fmt: skip
            if filler is not None and any(table.get(f"{lem} {lemma(c)}", "") is None
                                          for c in of_filler(obj).children if c.dep_ == "compound" and c.pos_ == "NOUN"):
                return None  # "attended a press conference": the compound's null entry ("attend press") vetoes
                # (a common noun's: "held Foreign Office consultations" names an office, holds none)
            if filler is not None and table[entry] == noun_type(filler, lex) \
                    and any(c.dep_ == "prt" and c.lower_ == "off" for c in children):
                filler = None  # "called off the strike": the verb stops the act the noun names
            if filler is not None and lem in lex.causative and lem in lex.force_move_verbs \
                    and any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in children):
                filler = None  # "ordered troops to withdraw": the infinitive is the act ordered, no move of forces
                # (nor of peacekeepers: "ordered U.N. peacekeepers from Canada to leave the country")
            if filler is not None and table[entry] is None and lemma(filler) in lex.noun_prep_heads \
                    and noun_type(filler, lex) is not None:
                return None  # "made statements against the community": the noun typed by its party's
                # preposition is the event, where "made a statement" alone is none
            if filler is not None:
                consumed.update((obj.i, filler.i))  # "handed a note of protest": "protest" is no event of its own
                event_type = table[entry]
                if entry in lex.singular_senses and filler.tag_ in ("NN", "NNP"):
                    event_type = lex.singular_senses[entry]  # "joined the police force": no "joined forces"
                return None if event_type is None else Trigger(token, event_type, "phrase", obj, None, origin)
    if lem not in lex.verbs and lem not in lex.death_sentences and to_death(token, lex) \
            and (child(token, {"dobj", "obj"}) is not None or agent(token) is not None):
        return Trigger(token, lex.death_phrase[2], "verb", token)  # "a mob burned the missionary to death" (by
        # someone: "were crushed to death in a stampede" is an accident)
    if lem in lex.hands_death_verbs and lem not in lex.verbs and hands_of(token) is not None:
        return Trigger(token, lex.death_phrase[2], "verb", token)  # "perished at the hands of her husband"
    if lem in lex.burning_verbs and lem not in lex.verbs and burned_person(token, lex):
        return Trigger(token, lex.wounding_type, "verb", token)  # "the body was burnt by the soldiers" ("the soil
        # would burn", "burned the documents": none)
    rallied = _rallied_others(token, lex) if lem in lex.rallying_others else None
    if rallied is not None:  # "rallied Islamic countries behind the separatists": support, no protest
        return rallied
    if lem in lex.returning_verbs:
        returned = _returned(token, lex)
        if returned is not None:  # "returned a freighter and its crew to Valletta": given back, no visit
            if not returned:
                return None
            to = next((c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       and child(c, {"pobj"}) is not None), None)  # the party given it back is the target
            obj = of_filler(child(token, {"dobj", "obj", "npadvmod"}) or token)  # ("returned Cuban migrants": deported)
            event_type = next((lex.returned_types[w] for w in _noun_lemmas(obj) if w in lex.returned_types),
                              lex.returning_type)
            return Trigger(token, event_type, "phrase" if to is not None else "verb", to or token)
    place = _place_taken(token, lem, objs, lex) if lem in lex.control_verbs else None
    if place is not None:  # "seized control of the town", "took over the police station"
        return Trigger(token, lex.control_type, "phrase", place)
    ceded = _ceded(token, objs, lex) if lem in lex.ceding_verbs else None
    if ceded is not None:  # "handed over the peninsula to Cameroon": the "to" phrase names the target
        return Trigger(token, ceded[0], "phrase", ceded[1])
    demand = _acceded_demand(token, lem, objs, lex)
    if demand is not None:  # "met their demands", "agreed to the request": a concession; the demand
        return Trigger(token, lex.acceding_type, "phrase", demand)  # noun stays an event of its own
    particle_easing = lem in lex.easing_particle_verbs and any(  # "scaled back its exercises", "scaled down its
        c.dep_ == "prt" and c.lower_ in lex.easing_particle_verbs[lem] for c in children)  # ties with Sudan"
    if lem in lex.easing_verbs or particle_easing:
        # "ended the siege", "reduced sanctions", "halted the shelling": eased
        for obj in objs:
            modifiers = [c for c in obj.children if c.dep_ in ("compound", "amod")  # (a noun the tagger took for an
                         and (noun_type(c, lex) or lex.nouns.get(lemma(c))) in lex.eased_types]  # adjective: "alert")
            active = not any(c.dep_ in ("nsubjpass", "auxpass") for c in children)  # (a passive's "by" is who eases)
            if noun_type(of_filler(obj), lex) in lex.eased_military_types and any(
                    c.dep_ in ("prep", "agent") and c.lower_ == "by" and child(c, {"pobj"}) is not None
                    for c in (*of_filler(obj).children, *(children if active else ()))):
                continue  # "halted an attack by PUK fighters": another's act of force stopped, no de-escalation
            hosted = _military_operations(of_filler(obj), lex)  # "scaled back military operations"
            economic_noun = lemma(of_filler(obj)) in lex.eased_economic_nouns  # "lifted its tariffs on wine"
            if noun_type(of_filler(obj), lex) in lex.eased_types or modifiers or hosted or economic_noun \
                    or lemma(of_filler(obj)) in lex.eased_military:  # (a modifier's type too: "lifted
                consumed.add(obj.i)  # martial law", "the curfew order", "lowered the alert level")
                # "lifted the siege", "halted its air raids", "lowered the alert": a military de-escalation
                military = hosted or any(lemma(w) in lex.eased_military or (noun_type(w, lex) or lex.nouns.get(lemma(w)))
                                         in lex.eased_military_types for w in (of_filler(obj), *modifiers))
                if military:
                    return Trigger(token, lex.easing_military_type, "phrase", obj)
                eased = of_filler(obj)  # "lifted its trade embargo", "lifted its ban on steel imports": economic
                economic = economic_noun or any(noun_type(w, lex) in lex.eased_economic_types for w in (eased, *modifiers)) or any(
                    c.dep_ == "prep" and c.lower_ == "on" and (p := child(c, {"pobj"})) is not None
                    and lemma(p) in lex.eased_economic_words for c in eased.children)
                return Trigger(token, lex.easing_economic_type if economic else lex.easing_type, "phrase", obj)
    if lem in lex.ending_protest_verbs and (lem not in lex.ending_protest_particles or any(
            c.dep_ == "prt" and c.lower_ == lex.ending_protest_particles[lem] for c in children)):
        for obj in objs:  # "the miners called off their strike", "the union suspended its walkout": dissent eased
            if lemma(of_filler(obj)) in lex.protest_nouns:
                consumed.add(of_filler(obj).i)
                return Trigger(token, lex.ending_protest_type, "phrase", obj)
    phrasal_children = children if _may_head(lem, heads.phrasal) else []
    dated_adjectives = [a for c in phrasal_children if _dated(c) for p in c.children if p.dep_ == "pobj"
                        for a in p.rights if a.dep_ == "amod" and a.pos_ == "ADJ"]  # "was found on Friday guilty
    phrasal_children = phrasal_children + dated_adjectives  # of ...": the parser hung the verb's adjective on the date
    object_preps = [p for c in phrasal_children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    for c in phrasal_children + object_preps:  # "took to the streets": verb + preposition + noun ("sent X to prison": a
        # dative; "deprived the minister of his freedom": the parser hung the preposition on the object)
        if c.dep_ in ("prep", "dative"):
            pobj = child(c, {"pobj"})  # (the lemma, or the word when the truecaser made it a PROPN: "Streets";
            pobj = _spanned(pobj, lex) if pobj is not None else None  # a span of time's noun: "bowed to weeks of protests")
            key = next((k for k in (f"{lem} {c.lower_} {w}" for w in (lemma(pobj), pobj.lower_)) if k in lex.phrasal),
                       None) if pobj is not None else None  # fmt: skip
            if pobj is not None and key is not None:
                return Trigger(token, lex.phrasal[key], "phrase", pobj)
            if pobj is not None and lem in lex.invited_place_verbs and c.lower_ in lex.invited_place_preps \
                    and pobj.ent_type_ in lex.invited_place_labels:
                return Trigger(token, lex.invited_place_type, "phrase", pobj)  # "invited him to Angola" (``invited_places``)
    for c in phrasal_children:  # (a small clause's adjective or adverb too: "found him guilty", "were set ablaze", "set free
        # the last of the hostages" with "free" an adverbial clause; an adverb:
        # a particle the parser tags as one, "hit back at", or the phrase's own, "reacted angrily to")
        if (c.dep_ in ("prt", "prep", "acomp", "intj") or (c.dep_ in ("oprd", "ccomp", "advcl") and c.pos_ == "ADJ")
                or c.dep_ == "advmod" or (c.dep_ == "oprd" and c.pos_ == "ADV") or c in dated_adjectives) \
                and f"{lem} {c.lower_}" in lex.phrasal and not _dated(c) and c.i > token.i:  # (a phrase's
            if lem in lex.motion_verbs and not _has_place(c):  # particle follows its verb: "In Houston, X gave ...")
                continue
            if c.lower_ == "from" and _has_place(c):
                continue  # "expelled from the party" is a sanction, "expelled from Kenya" a deportation
            if c.lower_ in _PARTICLES and c.dep_ == "prep" and child(c, {"pobj"}) is not None \
                    and any(o.dep_ in ("dobj", "dative") for o in children):
                continue  # "has given Rwanda 20 million guilders in assistance": a preposition of the object, no
                # particle ("give in")
            if f"{lem} {c.lower_}" in lex.adjacent_phrases and any(
                    (o.dep_ in ("dobj", "obj", "dative", "oprd") or (
                        o.dep_ == "prep" and f"{lem} {c.lower_}" in lex.adjacent_strict and not _dated(o)))
                    and token.i < o.i < c.i for o in children):
                continue  # "called Ramaphosa a coward for failing to attend": the object's reason, no call for;
                # "engage in turf wars or alliances with the security forces": the phrase of another preposition
            if lem in lex.campaigning_verbs and c.lower_ == "for":
                sought = _campaigned_for(c, lex)  # "campaigned for Lula": support; "for re-election": none
                if sought is not None:
                    return Trigger(token, sought, "phrase", c) if sought else None
            return Trigger(token, lex.phrasal[f"{lem} {c.lower_}"], "phrase", c)
    for c in phrasal_children:  # "called for the president to resign": the preposition marks an infinitive clause
        mark = for_clause_mark(c)  # (in the passive too: "called for the election to be postponed")
        if mark is not None and f"{lem} {mark.lower_}" in lex.phrasal and child(c, SUBJ | PASSIVE_SUBJ) is not None:
            return Trigger(token, lex.phrasal[f"{lem} {mark.lower_}"], "phrase", mark)
    for obj in objs if phrasal_children else []:  # "set free 20 hostages": the particle-like adjective hung
        for adj in obj.lefts:  # before the object as its modifier, right after the verb
            if adj.dep_ == "amod" and adj.i == token.i + 1 and f"{lem} {adj.lower_}" in lex.phrasal:
                return Trigger(token, lex.phrasal[f"{lem} {adj.lower_}"], "phrase", adj)
    for obj in objs if phrasal_children else []:  # "held the board responsible", parsed with the adjective
        for adj in obj.rights:  # hung after the object as its modifier: a small clause all the same
            if adj.dep_ == "amod" and adj.pos_ == "ADJ" and f"{lem} {adj.lower_}" in lex.phrasal:
                return Trigger(token, lex.phrasal[f"{lem} {adj.lower_}"], "phrase", adj)
    if lem in lex.light_verbs and any(noun_type(o, lex) or any(noun_type(c, lex) for c in o.children
                                                                 if c.dep_ == "compound") for o in objs):  # fmt: skip
        return None  # the object noun is the trigger ("held talks")
    if (lem in lex.calling_verbs and _called_party(token, lex)) or (lem in lex.reciprocal_verbs and _mutual(token, lex)):
        return Trigger(token, lex.contact_type, "verb", token)  # "Putin called Erdogan", "Xi and Biden spoke"
    if lem in lex.expel_order_verbs and any(o.dep_ in ("dobj", "obj") for o in objs):
        act = child(token, {"xcomp"})  # "ordered a Russian diplomat to leave the country": an expulsion
        left = child(act, {"dobj", "obj"}) if act is not None else None  # the country left ("the room": none)
        if act is not None and lemma(act) in lex.expel_order_acts and is_infinitive(act) and left is not None \
                and (left.ent_type_ in ("GPE", "LOC") or lemma(left) in lex.expel_order_places):
            return Trigger(token, lex.expel_order_type, "phrase", act)
    asked = _letter_request(token, objs, lex) if lem in lex.letter_verbs else None
    if asked is not None:  # "sent a letter to the data commissioner to initiate an investigation": a request
        return Trigger(token, lex.letter_type, "phrase", asked)
    compelled = _compelled_act(token, lex) if lem in lex.compelling_verbs else None
    if compelled is not None:  # "ordered the executives to pay damages", "was ordered detained": a penalty
        return Trigger(token, lex.compelled_type, "phrase", compelled)
    opened_to = _opened_to(token, lex) if lem in lex.opening_verbs or lem in lex.opening_particle_verbs else None
    if opened_to is not None:  # "opened East Timor to foreign diplomats": an outsider let in (checked on the target)
        return Trigger(token, lex.admitting_type, "phrase", opened_to)
    if lem in lex.admitting_verbs and _let_in(token, objs, lex):  # "let a team of OAS officials return", "invited
        return Trigger(token, lex.admitting_type, "verb", token)  # a peacekeeping force into East Timor" (the party
        # let in must be an outsider: ``extract`` checks the target)
    if lem in lex.gerund_proposals and not objs and not any(c.dep_ == "ccomp" for c in children) \
            and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == token.i + 1 for c in children):
        return Trigger(token, lex.directive_type, "verb", token)  # "suggested having separate number plates" (the
        # gerund right after the verb: "suggested he was corrupt and trying to ..." says a clause)
    if lem in lex.hoping_verbs:  # "hope the city government promotes awareness": an appeal to that party
        return Trigger(token, lex.directive_type, "verb", token) if hoped_party(token, lex) is not None else None
    if lem in lex.lobbying_verbs and not objs:
        purpose = next((c for c in children if c.dep_ in ("advcl", "xcomp") and is_infinitive(c)), None)
        if purpose is not None:  # "lobbying at the UN council to block the report": asked of the council
            return Trigger(token, lex.letter_type, "phrase", purpose)
    if lem in lex.directive_verbs:  # "challenged the commission to publish", "want the government to pay"
        if lem in lex.goal_verbs and _stated_goal(token, lex):
            return None  # "cooperate to encourage refugees to return": a policy goal, not an appeal
        if directs_another(token, passive=lem not in lex.directive_passive_excluded) or (
                lem in lex.treatment_wishing_verbs and wanted_treatment(token, lex)):
            if lem in lex.invited_place_verbs and any(c.dep_ == "xcomp" and is_infinitive(c) and lemma(c) in lex.invited_acts
                                                      for c in children):  # fmt: skip
                return Trigger(token, lex.invited_place_type, "verb", token)  # "invited him to visit Tallinn"
            return Trigger(token, lex.directive_type, "verb", token)  # ("want to be consulted": of whoever consults)
        if lem not in lex.verbs:
            return None  # ("press" is a request verb of its own: "pressed X for the release of ...")
    if lem in lex.object_acts and not objs and not any(c.dep_ in _CLAUSES for c in children) \
            and token.dep_ != "relcl" and not any(o.dep_ in OBJ for c in token.conjuncts if c.i > token.i
                                                  for o in c.children):  # fmt: skip
        return None  # "Turkish shares ended lower", "the series ended on Monday": nothing acted on (an object
        # shared with a later conjunct or a relative clause's noun is one: "continues to shelter and support X")
    if lem in lex.off_verbs and any(c.dep_ == "prt" and c.lower_ == "off" for c in children):
        stopped = _stopped_relation(token, objs, lex)  # "called off the talks with Canada" (not "the strike")
        if stopped is not None:
            consumed.add(stopped.i)
            return Trigger(token, lex.off_type, "phrase", stopped)
    if lem in lex.relation_verbs or particle_easing:
        stopped = _stopped_relation(token, objs, lex)
        if stopped is None:
            return None  # "ending a three-month standoff", "halted an attack", "cut rates": no relation is cut
        consumed.add(stopped.i)  # "halted its cooperation with NATO": the cooperation is no event of its own
        if lem not in lex.verbs:  # "scaled down its ties with Sudan": a relation reduced, as "called off" stops one
            return Trigger(token, lex.off_type, "phrase", stopped)
    if lem in lex.freeing_verbs and objs and not any(_party_freed(o, lex) for o in objs):
        return None  # "released the quarterly results", "released a video": no one is freed
    if lem in lex.hosting_verbs and objs and all(lemma(of_filler(o)) in lex.crowd_guests for o in objs):
        return None  # "welcomes thousands from the diaspora", "welcomed new students": guests received
    if lem in lex.hosting_verbs and any(_visitor(o, token, lex) for o in objs):
        return Trigger(token, lex.contact_type, "verb", token)  # "welcomed the visiting prime minister"
    if lem in lex.assembling_verbs and any(c.dep_ == "nsubj" and lemma(of_filler(c)) in lex.protester_nouns
                                           for c in children):  # fmt: skip
        return Trigger(token, lex.assembling_type, "verb", token)  # "demonstrators gathered outside the embassy"
    if lem in lex.vowing_verbs and _vowed_hostility(token, lex):
        return Trigger(token, lex.vowed_to, "verb", token)  # "vowed to crush the separatists": a threat
    if lem in lex.opinion_verbs and _opinion_shared(token, lex):
        if _endorsed(token, lex):
            return Trigger(token, lex.opinion_party_type, "verb", token)  # "agreed with his former boss that ...",
            # "few lawmakers agreed with her", "do not agree with this strike": the party's view or act endorsed
        return None  # "economists agreed that falling rents had reined in inflation": an opinion shared, no accord
    if lem in lex.clause_senses and (clause := child(token, {"ccomp"})) is not None and not _wh_clause(clause):
        return Trigger(token, lex.clause_senses[lem], "speech", token)  # "India charged that Pakistan was arming
        # the militants": an accusation, no legal charge (not "to protest what they termed poor funding": what is
        # protested, a free relative the parser makes a clause)
    if lem in lex.leaving_verbs and _forces_leave(token, objs, lex):
        return Trigger(token, lex.leaving_type, "verb", token)  # "the last troops left East Timor"
    if lem in lex.entering_verbs and _forces_enter(token, lex):
        return Trigger(token, lex.entering_type, "verb", token)  # "soldiers poured into the border city"
    if lem in lex.passive_orders and any(c.dep_ in ("nsubjpass", "auxpass") for c in children) \
            and child(token, {"agent"}) is None and any(c.dep_ == "xcomp" and is_infinitive(c) and lemma(c) not in lex.verbs
                                                         and lemma(c) not in lex.cameo_verbs for c in children):  # fmt: skip
        return Trigger(token, lex.passive_order_type, "verb", token)  # "was ordered to go on stand-by": bound by an
        # authority not named (``passive_orders``; "troops were ordered to withdraw": the withdrawal is the act)
    if lem in lex.verbs:
        return Trigger(token, lex.verbs[lem], "verb", token)
    if lem in lex.cameo_verbs:
        return Trigger(token, lex.cameo_verbs[lem], "verb", token, None, "cameo")
    return None


AMOUNTS = frozenset({"million", "billion", "tonne", "ton", "dollar", "ecu", "ecus", "euro", "yen", "pound", "franc", "rupee",
                     "shilling", "naira", "rand", "yuan", "percent"})  # words of a sum (a currency or a quantity)


def _unheeded_demand(verb: Token, lex: Lexicon) -> Token | None:
    """The demand a denied verb of responding governs ("have not responded to calls to authorise the visits", "did
    not heed the appeal"), or the adjective of a demand left unanswered ("the appeals were left unanswered by the
    authorities"): refused (``unheeded_demands``). A call or a request needs content of its own, so that a reporter's
    call seeking comment is none."""
    lem = lemma(verb)
    if lem in lex.unheeded_verbs and _denied(verb):
        preps = (lex.unheeded_preps[lem],) if lem in lex.unheeded_preps else ()  # ("responded to", "heed")
        held = [*child_all(verb, ("dobj", "obj")), *prep_objects(verb, preps)]
        return next((n for n in held if _demand_made(n, lex) or (lemma(n) in lex.unheeded_content_nouns and any(
            c.dep_ == "advcl" and is_infinitive(c) and c.left_edge.i == n.i + 1 for c in verb.children))), None)
        # (the call's infinitive hung on the verb: "have not responded to calls to authorise the entry")
    if lem in lex.unheeded_holders:
        adjective = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")
                          and c.lower_ in lex.unheeded_adjectives), None)  # fmt: skip
        held = child_all(verb, ("nsubj", "nsubjpass", "dobj", "obj"))
        if adjective is not None and any(_demand_made(n, lex) for n in held):
            return adjective
    return None


def is_unheeded(trigger: Trigger, lex: Lexicon) -> bool:
    """The trigger is a demand refused by not responding to it or leaving it unanswered (``_unheeded_demand``)."""
    token = trigger.token
    return trigger.kind == "phrase" and trigger.event_type == lex.unheeded_type and (
        lemma(token) in lex.unheeded_verbs or lemma(token) in lex.unheeded_holders)


def _demand_made(noun: Token, lex: Lexicon) -> bool:
    """A demand noun of ``unheeded_demands``, a call or a request only with content of its own (an infinitive, a
    "for" phrase or a "that" clause: "calls to release the journalists"; not "calls seeking comment")."""
    noun = first_conjunct(noun)
    if lemma(noun) not in lex.unheeded_nouns:
        return False
    return lemma(noun) not in lex.unheeded_content_nouns or _own_content(noun, lex, comment_counts=False)


def _own_content(noun: Token, lex: Lexicon, *, comment_counts: bool = True) -> bool:
    """A demand noun with content of its own: an infinitive ("calls to release the journalists"), a "that" clause or
    a "for" phrase ("the demand for a discussion"); with ``comment_counts`` False not a reporter's "for comment"."""
    return any((c.dep_ in ("ccomp", "acl", "relcl") and is_infinitive(c))
               or (c.dep_ == "prep" and c.lower_ == "for" and (comment_counts or not any(
                   lemma(p) in lex.press_request_nouns for p in c.children if p.dep_ == "pobj")))
               or (c.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" for m in c.children)) for c in noun.children)


def is_sum(token: Token) -> bool:
    """A sum or quantity ("$50 million", "10 million ecus", "67 percent", "200,000 tonnes")."""
    return token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT") or lemma(token) in AMOUNTS or any(
        n.dep_ == "nummod" and lemma(n) in ("million", "billion") for n in token.children)


def _money_or_aid(obj: Token, lex: Lexicon) -> bool:
    """An object that is money ("USD 2.5 million", "2 million euros", "funds") or aid named ("humanitarian aid")."""
    return obj.ent_type_ == "MONEY" or any(t.is_currency for t in obj.subtree) or lemma(obj) in lex.money_nouns \
        or noun_type(obj, lex) == "AID"


def _people(noun: Token, lex: Lexicon) -> bool:
    """A noun naming people: a person ("leader", "workers") or groups in the plural ("organisations",
    "agencies"; not "mission" or "law", whose first WordNet sense is a group too)."""
    if lemma(noun) in lex.force_units:
        return False  # ("called up two reserve brigades": the reserve is what is called up)
    return is_person(noun, lex) is True or lemma(noun) in lex.person_nouns or (
        lemma(noun) in lex.group_nouns and noun.tag_ in ("NNS", "NNPS"))


def _reproached(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """"called out X for ...", "took X to task for ...": the verb's marker word (its particle, or the
    noun of a phrase on it), a party as object, and "for" on the verb or the object."""
    marker = lex.reproach_markers[lemma(verb)]
    marked = any(c.lower_ == marker for c in verb.children if c.dep_ == "prt") or any(
        o.lower_ == marker for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return marked and any(is_actor_like(actor_head(o), lex) or _people(actor_head(o), lex) for o in objs) and any(
        p.dep_ == "prep" and p.lower_ == "for" for h in (verb, *objs) for p in h.children)


def _restrained(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """A party kept "from" doing something: the verb's object (or passive subject) is a party and a
    "from" phrase on the verb or on the object holds a gerund."""
    return any(is_actor_like(head := actor_head(o), lex) or _people(head, lex) or lemma(head) in lex.campaigned_people
               for o in objs) and any(g.tag_ == "VBG" for h in (verb, *objs)
                                      for g in prep_objects(h, ("from",), ("pcomp",)))  # (the parser hangs "from" on
    # the object too)


def _questioning(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of a "for questioning" purpose on the verb (or on its object: "summoned the editor for
    questioning" hangs it either way)."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in OBJ)]
    return next((o for h in hosts for o in prep_objects(h, ("for",), ("pobj", "pcomp"))
                 if o.lower_ in lex.questioning_nouns), None)


def deadline_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party a verb of ``lex.deadline_verbs`` gives a span of time or a date to act in ("gave the
    Bosnian Serbs 10 days to withdraw", "gave the rebels until Friday to lay down their arms"): an
    ultimatum to it; None without a span or date, a party, or an infinitive."""
    objs = [c for c in verb.children if c.dep_ in ("dative", "dobj", "obj")]
    spans = [o for o in verb.children if o.dep_ in ("dative", "dobj", "obj", "npadvmod") and lemma(o) in lex.duration_units]
    # (a span parsed as an adverbial noun phrase: "gave the rebels a week to surrender")
    dated = any(c.dep_ == "prep" and c.lower_ in lex.deadline_preps for c in verb.children)
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)]
    acts += [r for c in verb.children if c in spans or c.dep_ == "prep" and c.lower_ in lex.deadline_preps
             for r in c.subtree if r.dep_ in ("relcl", "acl") and is_infinitive(r)]  # ("until the end of the month
    # to disarm": the infinitive hung on the span or date)
    parties = [o for o in objs if o not in spans and is_actor_like(actor_head(o), lex)]
    if not (spans or dated) or not acts or not parties:
        return None
    return parties[0]


def _compelled_act(verb: Token, lex: Lexicon) -> Token | None:
    """The act of an order to submit to a penalty or an eviction ("ordered X to vacate the stalls",
    "were ordered to pay damages", "was ordered detained"): a verb of ``compelling_orders.acts``, or
    paying damages, a fine or compensation, ordered of a party (an object or the passive's subject);
    or a closure ordered of a party or a place (``compelling_orders.closures``: "ordered the closure
    of three newspapers", "ordered a three-day closure at kindergartens", CAMEO 172)."""
    closure = next((o for o in verb.children if o.dep_ in ("dobj", "obj") and lemma(o) in lex.compelled_closures
                    and any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in o.children)), None)
    if closure is not None:
        return closure
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
        return None
    act = child(verb, {"xcomp", "ccomp"})
    if act is None or not (is_infinitive(act) or act.tag_ == "VBN"):
        return None
    if lemma(act) in lex.compelled_acts:
        return act
    paid = [o for o in act.children if o.dep_ in ("dobj", "obj")]
    paid += [r for h in (act, *paid) for r in h.subtree if r.dep_ == "pobj" and r.head.lower_ == "in"]  # "pay $95
    # billion in damages" (the phrase hung on the sum or on the verb)
    return act if lemma(act) in lex.compelled_paying and any(
        lemma(o) in lex.compelled_payments or o.lower_ in lex.compelled_payments for o in paid) else None


def _ordered_out(verb: Token, objs: list[Token], lex: Lexicon) -> Token | None:
    """The "out" of "ordered X out of <a country or region>" (hung on the verb or on X): an
    expulsion, as "ordered X to leave the country" is."""
    if not objs:
        return None
    for host in (verb, *objs):
        for out in host.children:
            if out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod"):
                of = next((c for c in (*out.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "of"), None)
                left = child(of, {"pobj"}) if of is not None else None
                if left is not None and (left.ent_type_ in ("GPE", "LOC") or lemma(left) in lex.expel_order_places):
                    return out
    return None


def _amount_filler(obj: Token) -> list[Token]:
    """What a sum is given in or of ("extended $500 million in emergency loans": loans; "granted 10
    million ecus in humanitarian assistance": assistance; "wrote off $840 million of its debt", "cancelled 67
    percent of the debt": debt)."""
    if not is_sum(obj):
        return []
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    preps += [c for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == obj.right_edge.i + 1]
    # (the parser hangs "in aid" on the verb: "withheld $200 million in aid")
    return [p for c in preps if (p := child(c, {"pobj"})) is not None]


def _counted_people(obj: Token, lex: Lexicon) -> bool:
    """A sum word that counts people ("millions of people", "thousands of refugees"), not money."""
    return is_sum(obj) and any(_people(p, lex) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj")  # fmt: skip


def _cargo(obj: Token, lex: Lexicon) -> list[Token]:
    """What a vehicle sent carries ("dispatched two aircraft carrying 60 tonnes of food": the food)."""
    return [of_filler(o) for a in obj.children if a.dep_ == "acl" and lemma(a) in lex.carrying_verbs
            for o in a.children if o.dep_ in ("dobj", "obj")]  # fmt: skip


def _noun_lemmas(token: Token) -> tuple[str, ...]:
    """The token's lemma and, for a plural the truecaser made a proper noun ("rushed additional
    Troops": NNPS, lemma "troops"), its singular too."""
    lem = lemma(token)
    if token.tag_ == "NNPS" and lem.endswith("s") and len(lem) > 3:
        return (lem, lem[:-1])
    return (lem,)


_WILLING_PARTY_PREPS = frozenset({"with", "to", "against", "on", "for", "from", "between", "among"})  # (not "into")


def _willing_act(adjective: Token, lex: Lexicon, *, parties: bool = True) -> bool:
    """A willingness adjective's complement is an act of the lexicon or deals with a party ("ready
    to cooperate with Iran", "willing to handle differences with the Philippines", "keen to increase
    security coordination", "ready for talks"), not one that is neither ("ready to celebrate the
    longest day of the year", "ready to transform into a university", "ready for next Dakar"). An
    adjective with no complement ("we are ready") stays willing. With ``parties`` False only an act of the lexicon
    counts (a refusal: "reluctant to hold talks", not "unwilling to make an effort for such an employer")."""
    acts = [c for c in adjective.children if c.dep_ == "xcomp" and is_infinitive(c)]
    acts += to_gerunds(adjective)  # "committed to supporting Qatar"
    acts += [c for act in acts for c in act.conjuncts if c.pos_ == "VERB"]
    goals = [p for prep in adjective.children if prep.dep_ == "prep" and prep.lower_ in ("for", "to")
             for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
    if not acts and not goals:
        return True
    if any(noun_type(g, lex) is not None for g in goals):
        return True  # ("ready for talks"; a party after "for" is none: "ready for the next Dakar")
    for word in (w for act in acts for w in act.subtree):  # (the act's own clauses too: "ready to make concessions
        # to end the war", "prepared to help Sudan rebuild its railways", "ready to send buses to help evacuate ...")
        if (word.pos_ == "VERB" and _verb_trigger(word, lex, set()) is not None) or noun_type(word, lex) is not None:
            return True
        party_slot = parties and (word.dep_ in ("dobj", "obj", "dative", "nsubj", "nsubjpass", "poss") or (
            word.dep_ == "pobj" and word.head.lower_ in _WILLING_PARTY_PREPS))
        if party_slot and word.lower_ not in ("it", "its") and is_actor_head(word, lex):
            return True
    return False


def _committed_to_thing(verb: Token, lex: Lexicon) -> bool:
    """A verb of commitment whose only complement is a "to" noun that is neither an act nor a party
    ("committed to peace", "committed to democracy"; not "committed to reaching the targets", "committed
    to develop the islands", "committed to talks")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    goals = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children]
    return bool(goals) and all(g.dep_ == "pobj" and noun_type(g, lex) is None and not is_actor_head(g, lex)
                               for g in goals)  # fmt: skip


def _vowed_hostility(verb: Token, lex: Lexicon) -> bool:
    """A vow's infinitive is a use of force or a punishment ("vowed to crush the rebels", "pledged
    to wipe out ...", "vowed to avenge ...")."""
    if any(c.dep_ in ("dobj", "obj") and lemma(c) in lex.vowed_nouns for c in verb.children):
        return True  # "promised retaliation against northern Israel", "vowed revenge"
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):  # "vowed that Israel would face harsh
        found = _verb_trigger(clause, lex, set())  # punishment", "vowed that the rebels would be crushed"
        if found is not None and (found.event_type in lex.vowed_types or lemma(clause) in lex.facing_verbs):
            return True
    for act in (c for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)):
        if lemma(act) in lex.vowed_verbs:
            return True
        if lemma(act) in lex.vowed_forbidding and any(c.dep_ == "neg" or c.lower_ == "never" for c in act.children) \
                and any(noun_type(w, lex) in lex.vowed_forbidden_types or lemma(w) in lex.vowed_forbidden_types
                        for o in act.children if o.dep_ in ("dobj", "obj") for w in (o, *o.children)
                        if w.dep_ in ("dobj", "obj", "compound", "amod")):  # fmt: skip
            return True  # "promised not to allow such a protest movement": to stop others' dissent by force
        found = _verb_trigger(act, lex, set())
        if found is not None and found.event_type in lex.vowed_types:
            return True
        if found is not None and found.event_type in lex.vowed_conditional_types and _conditioned(act, lex):
            return True  # "vowed to send his fighters into the zone unless the FARC released the hostages"
        if found is None and (lemma(act) in lex.light_verbs or lemma(act) in lex.vowed_escalations) and any(
                c.dep_ in ("dobj", "obj") and noun_type(c, lex) in lex.vowed_types for c in act.children):
            # "vowed to carry out attacks", "vowed to step up attacks on the capital"
            return True
    return False


def to_death(verb: Token, lex: Lexicon) -> bool:
    """The verb has a "to death" phrase ("hacked to death", "burned them to death")."""
    prep, noun, _ = lex.death_phrase  # (the noun right after the preposition, whatever the parser hung it
    doc = verb.doc  # on: "hacked to death hundreds of civilians" makes "death" a compound of "hundreds")
    return any(c.dep_ == "prep" and c.lower_ == prep and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == noun
               for c in verb.children)  # fmt: skip


def _returned(verb: Token, lex: Lexicon) -> bool | None:
    """Whether a verb of returning gives its object back: None with no object (the verb's other
    senses: "returned to Kabul"), False for an object of no event ("returned the favour") or a
    return to power or office (an election)."""
    obj = child(verb, {"dobj", "obj"})
    if obj is None:  # "returned to Seoul on Friday hundreds of ancient books": a quantity shifted after the
        obj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME")
                    and (of_filler(c) is not c or any(n.dep_ == "nummod" for n in c.children))),
                   None)  # phrases, parsed as an adverbial (not "last week", "two days later": a date)
    if obj is None:
        return None
    if lemma(of_filler(obj)) in lex.not_returned or any(
            c.dep_ == "prep" and c.lower_ == "to" and lemma(child(c, {"pobj"}) or c) in lex.returned_to_places
            for c in verb.children):
        return False
    return True


def _military_operations(noun: Token, lex: Lexicon) -> bool:
    """Operations or a campaign of force: a noun of ``lex.eased_military_hosts`` with a military
    modifier ("military operations", "its air campaign") or an "against" phrase on it or on its verb
    ("suspended its operations against the rebels"), not a company's operations."""
    hosts = (noun, noun.head) if noun.dep_ in ("dobj", "obj", "nsubjpass") else (noun,)
    return lemma(noun) in lex.eased_military_hosts and any(
        (c.dep_ in ("amod", "compound") and c.lower_ in lex.eased_host_modifiers and c.head == noun)
        or (c.dep_ == "prep" and c.lower_ == "against") for h in hosts for c in h.children)


def _opened_to(verb: Token, lex: Lexicon) -> Token | None:
    """The "to" phrase of a place opened to a party ("opened East Timor to foreign journalists",
    "threw open the palace to U.N. inspectors"): the verb of ``lex.opening_verbs`` (or of
    ``lex.opening_particle_verbs`` with its particle) with an object and a "to" phrase naming a party."""
    particle = lex.opening_particle_verbs.get(lemma(verb))
    opening = lemma(verb) in lex.opening_verbs or any(
        c.lower_ == particle and c.dep_ in ("prt", "advmod", "acomp", "oprd", "dep") for c in verb.children)
    if not opening or child(verb, {"dobj", "obj"}) is None:
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    party = child(to, {"pobj"}) if to is not None else None
    return to if party is not None and is_actor_like(actor_head(party), lex) else None


def _let_in(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """Someone is let in by the verb: it has an object (or, for allow / permit / let, an infinitive
    with a subject) and the entry is said: an "into" / "in" / "back" phrase or particle on the verb
    or its infinitive, or an infinitive act of entering, returning, visiting, working ...;
    "readmitted U.N. inspectors" needs no more."""
    if not objs:
        return False
    if lemma(verb) in lex.admitting_bare:
        return True
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and (is_infinitive(c) or c.tag_ in ("VB", "VBP"))]
    if any(lemma(a) in lex.admitting_acts for a in acts):
        return True
    return any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in lex.admitting_preps
               for host in (verb, *acts) for c in host.children)


def _rallied_others(verb: Token, lex: Lexicon) -> Trigger | None:
    """Others rallied behind or for a party (SUPPORT of it) or against one (the rallying type):
    the phrase ends on the preposition naming the party; support rallied with no party named is
    SUPPORT too, but support won or garnered only for or against a party ("won backing for X").
    None when the verb rallies no one (its own senses: "thousands rallied")."""
    obj = child(verb, {"dobj", "obj"})
    if obj is None or (lemma(verb) not in lex.rallying_any_object and lemma(obj) not in lex.rallied_objects):
        return None
    if lemma(verb) in lex.rallying_for_verbs and not any(  # "won backing for X"; "won the backing of Y": Y's
            prep.dep_ == "prep" and (prep.lower_ in lex.rallied_for_preps or prep.lower_ == "against")
            and child(prep, {"pobj"}) is not None for host in (verb, obj) for prep in host.children):
        return None  # support of the winner (light_preps.undergoing_verbs)
    for host in (verb, obj):
        for prep in host.children:
            if prep.dep_ != "prep" or child(prep, {"pobj"}) is None:
                continue
            if prep.lower_ == "against":
                return Trigger(verb, lex.rallying_type, "phrase", prep)
            if prep.lower_ in lex.rallied_for_preps:
                return Trigger(verb, lex.rallied_support_type, "phrase", prep)
    return Trigger(verb, lex.rallied_support_type, "phrase", obj) if lemma(obj) in lex.rallied_objects else None


def _rallied_against(found: Trigger, lex: Lexicon) -> Trigger:
    """A request whose act is to rise, unite or act against a third party ("called on Moslems to
    rise up against the Saudi royal family") rallies opposition against that party: the trigger
    becomes a phrase of the rallying type ending on the "against", so its target is the party
    opposed, not the one asked (``rallied_opposition``)."""
    if found.event_type != lex.directive_type:
        return found
    verb = found.token
    for act in verb.children:
        if act.dep_ not in ("xcomp", "advcl", "ccomp") or not is_infinitive(act):
            continue
        obj = child(act, {"dobj", "obj"})
        if lemma(act) not in lex.rallying_verbs and (obj is None or f"{lemma(act)} {lemma(obj)}" not in lex.rallying_phrases):
            continue
        if lemma(act) not in lex.rallying_verbs and _asked_institution(verb, act):
            continue  # "urged Kabul to take concrete action against militants": a request of a state (DEMAND)
        against = next((c for h in (act, obj) if h is not None for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "against"), None)  # ("take action against X")
        party = child(against, {"pobj"}) if against is not None else None
        if against is not None and party is not None and is_actor_like(actor_head(party), lex):
            return Trigger(verb, lex.rallying_type, "phrase", against)
    return found


# sectors of the state and international bodies: asked to act, they are asked to use their powers
_INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO", "SPY"})


def _asked_institution(verb: Token, act: Token) -> bool:
    """The party a request asks to act (the verb's object, the party of its "on" / "upon" / "to",
    or the infinitive's own subject) is a state, a named organisation or a state body ("urged
    Kabul", "called on the Security Council", "asked the government"), not a people or a crowd
    ("called on Moslems", "urged his supporters")."""
    asked = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    asked += [c for c in act.children if c.dep_ == "nsubj"]
    return any(a.ent_type_ in ("GPE", "ORG") or agent_sector(a) in _INSTITUTION_SECTORS for a in asked)


def _conditioned(verb: Token, lex: Lexicon) -> bool:
    """The verb (or the one it complements) has a conditional clause ("... unless X does Y")."""
    return any(conditional_clause(c, lex.conditionals) for v in (verb, verb.head) for c in v.children)


def _stopped_relation(verb: Token, objs: list[Token], lex: Lexicon) -> Token | None:
    """The relation or cooperative act a verb of stopping acts on (CAMEO 16): an object or passive
    subject of a relation type or word ("suspended talks", "froze the assets", "aid was halted"),
    or a clause of one ("stopped supplying gas"); None when it stops anything else."""
    for thing in (t for obj in objs for t in (of_filler(obj), *_amount_filler(obj))):  # ("froze $110 million in aid")
        if noun_type(thing, lex) in lex.relation_types or lemma(thing) in lex.relation_words:
            return thing  # (not a compound's modifier: "ending a trade dispute" cuts no trade)
    return next((c for c in verb.children if c.dep_ in _CLAUSES and lex.verbs.get(lemma(c)) in lex.relation_types),
                None)  # fmt: skip


def _campaigned_for(prep: Token, lex: Lexicon) -> str | None:
    """The type of a campaign or advocacy "for" what ``prep`` governs when it is no demand: support
    of a person or a group of people ("campaigned for Lula", "advocating for flood-hit residents"),
    ``""`` for an office or votes ("campaigning for re-election"); None for a thing asked for."""
    sought = child(prep, {"pobj"})
    if sought is None:
        return None
    if any(lemma(of_filler(p)) in lex.campaigned_offices for p in prep.children if p.dep_ == "pobj"):
        return ""  # (the tokenizer splits "re-election": each piece hangs on the preposition)
    head = actor_head(sought)
    person = is_person(head, lex)  # (a name of no known kind counts: "campaigned for Obama" in lowercased copy)
    return lex.campaigned_person_type if person or person is None and head.pos_ == "PROPN" \
        or lemma(head) in lex.campaigned_people else None


def _visitor(obj: Token, verb: Token, lex: Lexicon) -> bool:
    """The object of a welcome is a visitor: a person or a party that is "visiting" or is welcomed
    to, at or in a place ("welcomed his Kenyan counterpart to State House")."""
    head = actor_head(obj)
    if lemma(head) in lex.visitor_nouns:
        return True  # "welcomed the Ugandan delegation", "welcomed his counterpart"
    if not (is_actor_head(head, lex) or is_person(head, lex)) or head.ent_type_ in ("ORG", "NORP") and not any(
            c.lower_ in lex.visitor_words for c in head.children):
        return False  # ("welcomed the new members" stays SUPPORT; an organisation is welcomed only when visiting)
    if any(c.lower_ in lex.visitor_words for c in head.children) or head.ent_type_ == "PERSON" \
            or lemma(head) in lex.titles:
        return True  # ("welcomed Pope Francis", "welcomed the prime minister")
    return any(c.dep_ == "prep" and c.lower_ in lex.hosting_preps and any(
        p.dep_ == "pobj" and (is_place_token(p) or p.pos_ in ("NOUN", "PROPN") and p.ent_type_ in ("FAC", "GPE", "LOC")
                               or lemma(p) in ("palace", "house", "capital", "residence", "office"))
        for p in c.children) for c in (*verb.children, *obj.children))  # fmt: skip


def _place_taken(verb: Token, lem: str, objs: list[Token], lex: Lexicon) -> Token | None:
    """The place a verb takes control of: "(seized / took / regained) control of X", "took over X"
    (``taken_control``), X a place's name or a noun of a site ("the town", "the border crossing"),
    or a firm ("several insurers", "two regional banks") when an authority takes it."""
    subject = child(verb, {"nsubj"})
    by_authority = subject is not None and agent_sector(actor_head(subject)) in lex.seizing_sectors
    for obj in objs:
        if lemma(obj) == lex.control_noun:
            place = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), None)  # fmt: skip
            if place is not None and (_site(place, lex) or (by_authority and _firm(place, lex))):
                return place
    if lem in lex.particle_control_verbs and any(c.dep_ == "prt" and c.lower_ == lex.control_particle
                                                 for c in verb.children):  # fmt: skip
        return next((o for o in objs if _site(of_filler(o), lex) or (by_authority and _firm(of_filler(o), lex))),
                    None)  # ("took over dozens of farms")
    return None


def _firm(noun: Token, lex: Lexicon) -> bool:
    """A noun of a firm ("insurers", "banks", "the airline"), or one joined to it ("insurers, trust firms and
    stock brokers")."""
    return any(lemma(n) in lex.control_firms for n in (noun, *noun.conjuncts))


def _opinion_shared(verb: Token, lex: Lexicon) -> bool:
    """"agreed (with X) that ..." with a clause that states, not one that commits ("agreed that no time should be
    wasted", "... that talks would resume"): no infinitive or object of what is agreed to; nor anything agreed to
    at all ("Mugisha agreed and called on ...", "agree on the facts", "agrees with much of this"): a view shared."""
    if any(c.dep_ in ("xcomp", "dobj", "obj", "dative") or (c.dep_ == "advcl" and is_infinitive(c)) for c in verb.children):
        return False
    if verb.dep_ == "relcl" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "a lesser sentence, to which Pickard agreed": what the clause's noun names is agreed to
    clause = child(verb, {"ccomp"})
    if clause is not None:
        return lemma(clause) in lex.opinion_states and child(clause, {"auxpass"}) is None \
            or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.opinion_commitments for c in clause.children)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        topic = child(prep, {"pobj", "pcomp"})
        if prep.lower_ == "to" or (prep.lower_ in ("on", "upon") and (topic is None or lemma(topic) not in lex.opinion_topics)):
            return False  # "agreed to the OAS body", "agreed on a ceasefire": something settled
    return True


def _endorsed(verb: Token, lex: Lexicon) -> bool:
    """What an opinion is shared with ("agreed with her", "do not agree with this strike", "did not agree with
    the policies pursued by his brother"): a party, its act or its words, not a view in general ("agrees with
    much of this")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and (p := child(c, {"pobj"})) is not None
               and lemma(p) not in lex.opinion_topics for c in verb.children)


def _site(noun: Token, lex: Lexicon) -> bool:
    """A place's name or a noun of a site ("the town", "the border crossing": ``taken_control``)."""
    return is_place_token(noun) or lemma(noun) in lex.control_sites


def _forces_subject(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject (or a conjunct of it: "federal police and soldiers") is a unit of force."""
    subj = child(verb, {"nsubj"})
    return subj is not None and any(lemma(of_filler(s)) in lex.force_units for s in (subj, *subj.conjuncts))


def _forces_leave(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """Forces leave a place (the object): "the last troops left East Timor"."""
    return _forces_subject(verb, lex) and any(o.dep_ in ("dobj", "obj") and _site(o, lex) for o in objs)


def _forces_enter(verb: Token, lex: Lexicon) -> bool:
    """Forces pour into a place: "federal police and soldiers poured into the border city"."""
    return _forces_subject(verb, lex) and any(c.dep_ == "prep" and c.lower_ in ("into", "in")
                                              and (p := child(c, {"pobj"})) is not None and _site(p, lex)
                                              for c in verb.children)  # fmt: skip


def _ceded(verb: Token, objs: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """The type and the "to" phrase of a verb that gives a place (its object: a place's name or a
    noun of a site; RETREAT: "handed over Hebron to Palestinian control"), property (RETREAT:
    "returned 119 bronzes to Nigeria") or a wanted person (COOPERATE, judicial cooperation:
    "handed over a suspected drug lord to the United States") or military equipment (AID: "handed over
    six helicopters to the army") to another party."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back")]  # ("gave X
    hosts += [c for o in objs for c in o.conjuncts]  # back to Y": "to" hung on "back"; "boats and a radar system
    to = next((c for h in hosts for c in h.children  # to the navy": on the last object)
               if c.dep_ in ("prep", "dative") and c.lower_ == "to" and child(c, {"pobj"})), None)
    if to is None:
        return None
    receiver = child(to, {"pobj"})
    for obj in objs:
        filled = of_filler(obj)  # "most of the town"
        if obj.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue  # ("Paulo Sousa, recently transferred to Borussia Dortmund": the noun it modifies)
        if any(w in lex.wanted_nouns for w in _noun_lemmas(filled)) or (
                receiver is not None and lemma(receiver) in lex.judicial_receivers
                and filled.ent_type_ not in PLACE_LABELS and lemma(filled) not in lex.control_sites
                and not any(w in lex.ceded_property for w in _noun_lemmas(filled))):  # (captives handed over are freed)
            return lex.wanted_type, to  # ("handed over Milosevic to the war crimes tribunal")
        if filled.ent_type_ == "PERSON" and receiver is not None and receiver.ent_type_ == "GPE":
            return lex.wanted_type, to  # "Carlos was handed over to France by Sudanese authorities": extradited
        if any(lemma(w) in lex.supplied_equipment for w in (filled, *filled.conjuncts)):
            return lex.supplied_type, to  # "handed over six Black Hawk helicopters to the Colombian army"
        if any(w in lex.ceded_property for w in _noun_lemmas(filled)):
            return lex.ceding_type, to  # (whatever the NER made of it: "Benin Bronzes")
        if filled.ent_type_ in ("PERSON", "ORG", "NORP"):
            continue
        if _site(filled, lex) or any(
                is_place_token(p) for c in filled.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"):  # fmt: skip
            return lex.ceding_type, to  # ("the West Bank town of Hebron")
    return None


def for_clause_mark(clause: Token) -> Token | None:
    """The "for" of an infinitive clause with its own subject hung on a verb ("called for the
    president to resign", "appealed for the rebels to lay down their arms")."""
    if clause.dep_ not in ("advcl", "ccomp") or not is_infinitive(clause):
        return None
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"), None)


def wanted_treatment(verb: Token, lex: Lexicon) -> bool:
    """"We want to be consulted", "they want to be included and given a platform", "want to be
    provided with a market": the subject asks to be dealt with so by another party
    (``directive_verbs.treatments``, a passive infinitive)."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBN" and lemma(c) in lex.wanted_treatments
               and any(a.dep_ == "auxpass" for a in c.children) for c in verb.children)


def directs_another(verb: Token, *, passive: bool) -> bool:
    """The verb names another party with the act it asks for: an object and an infinitive
    ("challenged the commission to publish"), its passive subject with one when ``passive`` ("was
    instructed to report"), or an infinitive clause with its own subject ("want the government to
    pay")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and is_infinitive(c):
            if c.dep_ == "ccomp" and child(c, SUBJ) is not None:
                return True
            if c.dep_ == "xcomp" and (child(verb, {"dobj"}) is not None
                                      or (passive and child(verb, {"nsubjpass"}) is not None)):
                return True  # ("the leader was instructed to surrender": the passive's subject is asked)
        if c.dep_ == "advcl" and is_infinitive(c) and child(verb, {"dobj"}) is not None and c.i > verb.i \
                and not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("in", "order", "so", "as") for m in c.children):
            return True  # "pressed Washington on Thursday to halt ...": the object's infinitive, parsed as a purpose
    return False


def hoped_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party a hope is that it acts: the subject of a finite clause (or of a clause coordinated
    with it) that is a party other than the hoper ("hope the rock becomes a monument and that the
    city government promotes awareness": the government), an institution (no person: "hoping the
    Colombian could conjure up something", "hope people get the same experience"); none for one's
    own act, a thing's course or a state ("hope she will be a talisman for the team")."""
    clause = child(verb, {"ccomp"})
    if clause is None or is_infinitive(clause):
        return None
    hoper = child(verb, {"nsubj"})
    for part in (clause, *(c for c in clause.conjuncts if c.i > clause.i)):
        party = child(part, {"nsubj"})
        if party is None or lemma(part) in _COPULAS or party.tag_ == "PRP" \
                or (hoper is not None and party.lower_ == hoper.lower_) or not _institution(actor_head(party), lex):
            continue
        return party
    return None


def _institution(word: Token, lex: Lexicon) -> bool:
    """A state, an organisation or a body: a GPE or ORG name, or a noun of an institutional sector
    ("the government", "the ministry", "the opposition"; not "people", "residents")."""
    if word.ent_type_ in ("GPE", "ORG"):
        return True
    sector = lex.sectors.get(word.lower_) or lex.sectors.get(lemma(word))
    return sector is not None and sector not in lex.hoped_excluded_sectors


def _called_party(verb: Token, lex: Lexicon) -> bool:
    """"Putin called Erdogan (on Tuesday)": one object, a party, and no complement that makes the
    verb name, summon or cancel something ("called him a liar", "called them to testify", "called
    the players to the centre", "called the strike off")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    named = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.ent_type_ in _PARTIES]
    complements: tuple[str, ...] = ("oprd", "xcomp", "ccomp", "prt", "acomp")
    if not objs and len(named) == 1:
        objs, complements = named, complements[1:]  # "Macron called Scholz": parsed as a name given
    if len(objs) != 1 or not is_actor_head(actor_head(objs[0]), lex) or objs[0].pos_ == "PRON" and objs[0].lower_ == "it":
        return False
    return not any(c.dep_ in complements or (c.dep_ == "prep" and c.lower_ in ("as", "for", "on", "upon", "to"))
                   and not _dated(c) for c in verb.children)  # fmt: skip


def _name_word(token: Token, lex: Lexicon) -> bool:
    """A given name (``given_names``) that begins a person's name the NER reads ("Parker, Sue Grafton and Don
    Winslow have won awards": the lowercased wire's "sue" the casing left a verb), no verb of its own. Only a
    given name that begins one: the NER of lowercased text also draws names over verbs ("the african union
    suspended Gabon")."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.i + 1 < len(doc) \
        and doc[token.i + 1].ent_iob_ == "I" and token.lower_ in lex.given_name_genders


def _mutual(verb: Token, lex: Lexicon) -> bool:
    """"Xi and Biden spoke for two hours", "the two leaders talked", "the ministers talked by
    phone": two parties as the subject (coordinated or counted), or the medium of a call."""
    subj = child(verb, {"nsubj"})
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subj = verb.head  # "the two defence ministers talked by phone", parsed as a reduced relative on the noun
    if subj is not None and (subj.lower_ in lex.pair_pronouns or any(
            c.dep_ == "conj" or (c.dep_ in ("nummod", "det", "predet") and c.lower_ in lex.pair_pronouns)
            for c in subj.children)):  # fmt: skip
        return True  # ("the two leaders talked about Ukraine", "both sides spoke")
    media = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
             for p in c.children if p.dep_ == "pobj" and lemma(p) in lex.call_media]
    if subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we")):
        return bool(media)  # "the ministers talked by phone"
    # one party on the line ("the minister was speaking by telephone from the capital") talks to the press that
    # quotes it, unless the other is named, hung on the verb or on the medium ("conferred by telephone with Chavez")
    return bool(media) and any(c.dep_ == "prep" and c.lower_ in ("with", "to") and child(c, {"pobj"}) is not None
                               for w in (verb, *media) for c in w.children)


def _dated(prep: Token) -> bool:
    """"called Erdogan on Tuesday": a preposition whose object is a date is no particle of a phrase."""
    return prep.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def _stated_goal(verb: Token, lex: Lexicon) -> bool:
    """An infinitive or gerund of a verb that develops something ("to enhance", "importance of
    strengthening", "focused on boosting"): what it develops is a stated goal, not an act done."""
    return lemma(verb) in lex.goal_verbs and (is_infinitive(verb) or verb.tag_ == "VBG")


def _complement_words(token: Token, circumstances: frozenset[str]) -> list[Token]:
    """The words of a verb's objects, infinitives and prepositional phrases ("marched past the
    stands during the parade"), the head of its passive subject ("the training was delivered by"),
    and the noun a passive participle modifies ("crimes committed by the forces"); not those of a
    preposition of ``circumstances`` ("suspended four members amid disruptions over the goods and
    services tax": the setting, not what was suspended)."""
    words = [w for c in token.children if c.dep_ in ("dobj", "xcomp", "prep", "pobj") and c.lower_ != "according"
             and c.lower_ not in circumstances for w in c.subtree]  # ("according to the report": a source)
    words += [c for c in token.children if c.dep_ == "nsubjpass"]
    return [token.head, *words] if token.dep_ == "acl" and token.tag_ == "VBN" else words


def _noun_trigger(token: Token, lex: Lexicon, triggers: list[Trigger]) -> Trigger | None:
    if token.ent_type_ in NAME_LABELS or (token.ent_type_ in ("DATE", "TIME") and not _counted_noun(token)):
        return None  # a name, or a date ("in March" is no march; "staged a march" is one)
    if token.dep_ == "compound" and (token.head.ent_type_ or noun_type(token.head, lex)):
        return None
    if token.dep_ == "compound" and token.i == token.head.i - 1 and _people(token.head, lex):
        return None  # "aid workers", "aid organisations", "rescue teams": a kind of people, no act (right before
        # them: "Sudan arrests opposition smugglers" is a headline's verb the parser made a compound)
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and lemma(token.head) not in lex.compound_hosts \
            and _light_verb(token, lex, triggers) is None:
        return None  # "starred in the patriotic Korean war drama", "the war memorial": a thing named by the act,
        # no act (``compound_hosts``: "a bombing campaign" is one)
    event_type = noun_type(token, lex)
    if event_type is None and lemma(token) in lex.claim_nouns and _claimed_wrong(token, lex):
        event_type = lex.claimed_wrong_type  # "PTI leaders' claims of rigging and foul play": an accusation
    if event_type is None or _duplicate_of_verb(token, event_type, triggers):
        return None
    if event_type in lex.harmed_types and token.dep_ in ("dobj", "obj") and lemma(token.head) in lex.harming_verbs:
        return None  # "will harm the cooperation between member states": a relation at risk (``harmed_relations``)
    if event_type in lex.silenced_types and token.dep_ in ("dobj", "obj") and lemma(token.head) in lex.silencing_verbs:
        return None  # "tried to silence criticism", "quell the criticism": others' speech, kept down (``silenced_speech``)
    if lemma(token) in lex.judged_accusations and _judged(token, lex):
        return None  # "the allegations against the mayor are baseless": judged, none made (``judged_accusations``)
    if token.i >= 2 and token.doc[token.i - 1].text in HYPHENS and token.doc[token.i - 2].lower_ in lex.negating_prefixes:
        return None  # "a non-cooperation motion", "the anti-war campaign": the prefix denies the act
    if lemma(token) in lex.play_nouns and sports_report(token.doc, lex):
        return None  # "some dazzling build-up from the midfielder": play
    if lemma(token) in lex.shown_quality_nouns and any(lemma(o) in lex.shown_qualities for o in prep_objects(token, ("of",))):
        return None  # "a strong demonstration of India's unwavering support": a quality shown (``shown_qualities``)
    if market_sense(token, lex):
        return None  # "to serve rising demand", "boost demand", "has low labour demand": a market's demand
    if lemma(token) in lex.released_parties and _released_thing(token, lex):
        return None  # "the release of information", "the book's wide release": no one freed (``released_parties``)
    governor = token.head if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" else None
    if _played(token, lex) or (governor is not None and _played(governor, lex)):
        return None  # "booked a meeting with Canada in the championship": play
    if event_type in lex.goal_types and token.dep_ in ("dobj", "obj") and _stated_goal(token.head, lex):
        return None  # "discussed ways to enhance cooperation": a goal, not an act of cooperation
    light = _light_verb(token, lex, triggers)
    if event_type == "DEMAND" and _handled_demand(token, lex):
        return None  # "to solve the problems and legitimate demands of the people": one made before (``handled_demands``)
    if lemma(token) in lex.kept_promise_nouns and _governed_by(token, lex.kept_promise_verbs):
        return None  # "delivering on its promises", "stuck to its 1904 promise": one made before (``kept_promises``)
    if light is not None and _noun_infinitive(light, lex):
        return None  # "their right to lay a criminal complaint": the act a noun names is no act (as for verbs)
    if light is not None and lemma(token) in lex.non_events.get(lemma(light), frozenset()):
        return None  # "the gangs pose a threat to the villages": described, no one threatened
    if light is not None and lemma(light) in lex.challenge_verbs and f"{lemma(light)} {lemma(token)}" in lex.verb_objects:
        return None  # "to challenge impeachment proceedings against her": the challenge is coded (challenged_decisions)
    if light is not None and lemma(light) in lex.requiring_verbs:
        return None  # "the plan would require negotiations", "committees need backing": an act only required
    if light is not None and lemma(light) in lex.held_state_verbs and event_type in lex.held_state_types:
        return None  # "has wide support among voters", "enjoys the backing of the army": a state, no act
    if light is None and token.dep_ == "pobj" and token.head.lower_ in lex.anchor_preps and _definite(token, lex) \
            and not _names_own_party(token, event_type, lex):
        return None  # "during the meeting", "after her protest": an anchor to a known event (one naming its own
        # party is coded at its first mention: "after the visit of U.S. President Joe Biden to Israel", "following
        # the resignation of Gotabaya Rajapaksa"; a later mention refers back, see extract._back_reference)
    if light is not None:
        return Trigger(token, event_type, "noun", light, light)
    return Trigger(token, event_type, "noun", token)


def _released_thing(noun: Token, lex: Lexicon) -> bool:
    """What a noun of freeing names as freed (its "of" object, else its possessor) is a thing that
    the verb's ``non_events`` say is published or paid out, not freed ("the release of the report",
    "centralise the release of information", "the book's release"); anything else is left as it is
    ("demanded their release", "orders release of 737 inmates", a misparse's "scenes")."""
    freed = next(iter(prep_objects(noun, ("of",))), None) or child(noun, {"poss"})
    if freed is not None and lemma(freed) in lex.quantity_heads:
        freed = next(iter(prep_objects(freed, ("of",))), None)  # "the release of hundreds of documents"
    return freed is not None and lemma(freed) in lex.non_events.get(lemma(noun), frozenset())


def _handled_demand(noun: Token, lex: Lexicon) -> bool:
    """A demand noun with no content of its own ("for", "that", an infinitive) that a verb of meeting, answering or
    processing governs, as its object, its object's conjunct or its preposition's object ("solve the problems and
    legitimate demands of the people", "follow up on the demands", "processing their requests")."""
    return not _own_content(noun, lex) and _governed_by(noun, lex.handled_demand_verbs)


def _governed_by(noun: Token, verbs: frozenset[str]) -> bool:
    """The noun (or the first of the nouns it is coordinated with) is the object of one of ``verbs``, or the object
    of a preposition hung on one ("follow up on the demands", "delivering on its promises")."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head
    governor = head.head
    if head.dep_ not in ("dobj", "obj", "prep") or governor.pos_ != "VERB":
        return False
    return lemma(governor) in verbs


def _judged(noun: Token, lex: Lexicon) -> bool:
    """The noun has no maker of its own (no possessive, no "by" phrase) and is the subject of a
    clause with an evaluative word among its predicate words ("the charges against the party were
    false", "the criticism of the army was unfair")."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return False
    own = {t.i for t in noun.subtree}
    return any(w.i not in own and _evaluation(w, lex) is not None for w in _predicate_words(noun.head, lex))


def _claimed_wrong(noun: Token, lex: Lexicon) -> bool:
    """The "of" object of a claim noun (or a conjunct of it) names a wrong ("claims of rigging and foul
    play", "complaints of harassment")."""
    return any(lemma(w) in lex.claimed_wrongs for o in prep_objects(noun, ("of",)) for w in (o, *o.conjuncts))


def authoring_participle(noun: Token, lex: Lexicon) -> Token | None:
    """A participle (or a passive relative clause) with a by-agent that says who authored the act a
    noun names ("the accusations made by the opposition", "the allegations that were made by Chinese
    nationals", "strikes carried out by the coalition": actors' authoring_participles)."""
    return next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and lemma(c) in lex.authoring_participles
                 and any(g.dep_ == "agent" for g in c.children)), None) if noun.n_rights else None


def _copular_contact(noun: Token, lex: Lexicon) -> bool:
    """A noun of contact after "in" on a copula ("were in constant touch with X", "is in contact
    with X"): the copula's subject keeps in touch as "stayed in touch" has it (``contact_nouns``)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" \
        and prep.head.pos_ in ("AUX", "VERB") and lemma(prep.head) in lex.contact_copulas


def outcry_party(noun: Token, lex: Lexicon) -> Token | None:
    """The angry party of a noun of public anger that a verb of causing or drawing takes as object
    ("sparked anger among farmers", "triggered a backlash from opposition parties": ``outcry``),
    named after "among" / "from" on the noun or on the verb; None when no party is named."""
    if noun.dep_ not in ("dobj", "obj") or lemma(noun.head) not in lex.outcry_verbs:
        return None
    return _party_after((noun, noun.head), lex.outcry_preps, lex)


def held_outcry(noun: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(angry, target) of a noun of public anger that names both parties itself: its owner or "of"
    party, and a party after "against" / "at" / "towards" ("Iraq's anger against Turkey", "the anger
    of the farmers at the ministry": ``outcry``); None unless both are parties."""
    owner = child(noun, {"poss"})
    angry = owner if owner is not None and is_actor_like(owner, lex) else _party_after((noun,), ("of",), lex)
    target = _party_after((noun,), lex.outcry_target_preps, lex)
    return (angry, target) if angry is not None and target is not None else None


def _party_after(hosts: tuple[Token, ...], preps: Iterable[str], lex: Lexicon) -> Token | None:
    """The first party after one of ``preps`` on one of ``hosts`` (in that order)."""
    return next((party for host in hosts for c in host.children
                 if c.dep_ == "prep" and c.lower_ in preps and (party := child(c, {"pobj"})) is not None
                 and is_actor_like(actor_head(party), lex)), None)


def _helping_arrival(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of help a verb of coming takes ("came to the aid of", "rose to his defence", "came in
    defence of"), when it names the party helped (an "of" party or an owner)."""
    for prep in verb.children:
        noun = child(prep, {"pobj"}) if prep.dep_ == "prep" and prep.lower_ in lex.arrival_preps else None
        if noun is not None and lemma(noun) in lex.arrival_nouns and helped_party(noun) is not None:
            return noun
    return None


def helped_party(noun: Token) -> Token | None:
    """The party a noun of help names: its "of" object or its owner ("the aid of X", "his defence")."""
    of = next((child(c, {"pobj"}) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of if of is not None else child(noun, {"poss"})


def _counted_noun(token: Token) -> bool:
    """A word the NER took for a date that is a counted or qualified noun ("staged a march",
    "their march", "a peaceful march", "a protest march"): a month takes none of these but a
    number or a word the NER puts in the date itself ("March 5", "early March", "last March")."""
    children = [c for c in token.children if c.ent_type_ not in ("DATE", "TIME")]
    if token.pos_ != "NOUN" or any(c.like_num for c in token.children):
        return False
    return any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ in ("poss", "amod")
               or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in children)


def _names_own_party(noun: Token, event_type: str, lex: Lexicon) -> bool:
    """An event noun naming a party of its own by name (an entity the NER found): a name as its
    compound or owner, or after its "of" ("Biden's visit", "the resignation of Gotabaya Rajapaksa");
    a meeting noun's party after "with" too ("during his meeting with Sultan Al Jaber")."""
    preps = ("of", "with") if event_type in lex.participant_types else ("of",)
    words = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
    words += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    return any(w.ent_type_ in _PARTIES for w in words)


def _definite(noun: Token, lex: Lexicon) -> bool:
    return any(c.dep_ in ("det", "poss") and (c.lower_ in ("the", "this", "that", "these", "those")
                                              or c.lower_ in lex.pronouns) for c in noun.children)  # fmt: skip


def _adjunct_host(noun: Token, prep: Token, host: Token, lex: Lexicon, triggers: list[Trigger]) -> Token | None:
    """The verb an "in support of X" / "in solidarity with X" phrase lends its act to: the verb it
    hangs on, or the verb whose object it qualifies ("released a statement in support of the
    guard"), when that verb is no event itself ("marched in support of the president": the march);
    a framing concession or threat lends it even to an event ("in a concession to X, parliament
    approved ...")."""
    party_prep = lex.adjunct_light_nouns.get(lemma(noun))
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if prep.lower_ != "in" or party_prep is None or after is None or after.lower_ != party_prep \
            or after.dep_ != "prep" or child(after, {"pobj"}) is None:
        return None  # (the parser may hang the "with" of "in solidarity with" on the verb)
    framing = lemma(noun) in lex.adjunct_any_host  # ("in a concession to X, parliament approved ...")
    if host.pos_ == "NOUN" and host.dep_ in ("dobj", "obj") and not any(t.token.i == host.i for t in triggers):
        host = host.head
    if not is_verb(host) or (not framing and any(t.token.i == host.i for t in triggers)):
        return None
    return host


_RELATIVES = frozenset({"WDT", "WP"})  # "that", "which", "who": a relative clause's own word for its noun


def _light_verb(noun: Token, lex: Lexicon, triggers: list[Trigger]) -> Token | None:
    """The support verb a noun trigger is the object of ("held talks", "staged rallies", "carried
    out air strikes"): a light verb, or any verb that is not a trigger itself; or the verb an "in
    support of X" phrase hangs on (``_adjunct_host``)."""
    relative = next((c for c in noun.children if c.dep_ == "relcl" and lemma(c) in lex.light_verbs
                     and (subj := child(c, SUBJ)) is not None and subj.tag_ not in _RELATIVES
                     and ((obj := child(c, {"dobj", "obj"})) is None or obj.tag_ in _RELATIVES)), None)
    if relative is not None:
        return relative  # "a periodic protest they hold every Monday", "the talks the two leaders held": the
        # relative clause's verb supports its noun
    node = noun
    if node.dep_ == "compound":
        if lemma(node.head) not in lex.compound_hosts:
            return None  # "tour the old air raid shelters", "conduct trial blasts": the verb acts on a thing
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ in ("dobj", "obj", "nsubjpass"):
        measure = node.head.head  # "held a round of talks", "launched ten days of war games"
        if lemma(measure) in _FILLERS or measure.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            node = measure
    if node.dep_ == "pobj" and node.head.dep_ == "prep":  # "went on strike", "took part in the protests"
        prep, host = node.head, node.head.head
        words = [prep.lower_]
        if host.dep_ in ("dobj", "obj") and f"{lemma(host.head)} {lemma(host)} {prep.lower_}" in lex.light_preps:
            host, words = host.head, [lemma(host), prep.lower_]  # "took part in", "added their voice to"
        else:  # ("took part" with "in" hung on the verb)
            words = next(([lemma(c), prep.lower_] for c in host.children if c.dep_ in ("dobj", "obj")
                          and f"{lemma(host)} {lemma(c)} {prep.lower_}" in lex.light_preps), words)
        if (is_verb(host) or host.pos_ == "AUX") and " ".join([lemma(host), *words]) in lex.light_preps:
            return host  # (a copula too: "is on a visit to X", "is under investigation")
        return _adjunct_host(node, prep, host, lex, triggers)
    misread_date = node.dep_ == "npadvmod" and node.ent_type_ in ("DATE", "TIME") and _counted_noun(node)
    if (node.dep_ not in ("dobj", "obj", "nsubjpass") and not misread_date) or not is_verb(node.head):
        return None  # ("is planning a major protest march before the end of the month": the NER took the march
        # for the month, and the parser made the object an adverbial of time)
    verb = node.head
    if lemma(verb) in lex.easing_verbs or lemma(verb) in lex.relation_verbs \
            or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return None  # "ended the protest", "called off the strike", "to stop the war": the verb stops the act
    if lemma(verb) in lex.light_verbs or lemma(verb) in lex.undergone_verbs and lemma(noun) in lex.undergone_nouns:
        return verb  # ("faces trial": the one who faces it is tried)
    if node.dep_ in ("dobj", "obj") and (lex.undergoes(lemma(verb), noun_type(noun, lex), lemma(noun))
                                         or faced_with_author(verb, noun, lex)):
        return verb  # "received support from X", a trigger verb itself ("received the envoy"): its subject undergoes it;
        # "facing an onslaught by Al Qaeda": suffered
    if lemma(verb) in lex.hearing_verbs or lemma(verb) in lex.responding_verbs:
        return None  # "after hearing Chiu's complaint", "the court heard the appeal", "addressed the accusations": said
        # by someone else
    if lemma(verb) in lex.non_support and noun_type(noun, lex) not in lex.verbal_types:
        return None  # "reported the arrest", "described the strikes as ...": the reporter did not act
    if not any(t.token.i == verb.i for t in triggers):
        return verb
    return None


def _by_means(verb: Token, children: list[Token], preps: frozenset[str], type_of: Callable[[Token], str | None],
              consumed: set[int]) -> Trigger | None:
    """The act a verb does by a typed noun under one of ``preps`` ("shut down Kathmandu with a general strike",
    "slapped the BMA with a lawsuit"): a phrase of the noun's type (``type_of``), the noun consumed; None without."""
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        means = child(prep, {"pobj"})
        event_type = type_of(of_filler(means)) if means is not None else None
        if means is not None and event_type is not None:
            consumed.add(of_filler(means).i)
            return Trigger(verb, event_type, "phrase", means)
    return None


def _inflicted_type(measure: Token, lex: Lexicon) -> str | None:
    """The type of a punitive or legal measure a party is hit or slapped with (``inflicted_means``):
    the noun's own type among the punitive ones, or the type given for a noun of no type ("a fine")."""
    typed = noun_type(measure, lex)
    if typed in lex.inflicted_types:
        return typed
    return lex.inflicted_nouns.get(lemma(measure))


def _fought_for_cause(verb: Token, lex: Lexicon) -> bool:
    """Fighting "for" a thing, with no adversary named ("against" / "with" a party) and by no armed
    party: a campaign for a cause (``fought_things.causes``), no armed conflict."""
    causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if not causes or any(is_actor_head(g, lex) or is_person(g, lex) for g in causes):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with", "alongside") for c in verb.children):
        return False
    subj = child(verb, {"nsubj"})
    node = verb
    while subj is None and node.dep_ in ("xcomp", "conj") and node.head is not node:
        node = node.head
        subj = child(node, {"nsubj"})
    return subj is None or agent_sector(actor_head(subj)) not in lex.fighter_sectors


def _evaluative_sayings(sent: Span | list[Token], lex: Lexicon, triggers: list[Trigger]) -> list[Trigger]:
    """A reporting verb whose complement clause is itself an act: an obligation laid on someone
    ("X said Y must withdraw" -> DEMAND by X on Y), or an evaluation ("X said the strikes were a
    flagrant violation" -> DISAPPROVE; "... the charges were baseless" -> REJECT). ``sent`` is the
    sentence or, as ``find_triggers`` passes it, its reporting verbs."""
    found: list[Trigger] = []
    taken = {t.token.i for t in triggers}
    for token in sent:
        if (token.i in taken and not _indicative_saying(token, lex)) or not is_verb(token):
            continue  # (a demand verb reporting a statement is a saying: "insisted the authorities had violated ...")
        if lemma(token) in lex.characterising_as_only and not _as_phrase(token):
            continue  # "saw her right to enter Cuba violated": a sight, no characterisation
        if lemma(token) in lex.characterising:
            event_type = _characterisation(token, lex, triggers)
            if event_type is not None:
                found.append(Trigger(token, event_type, "speech", token))
            if event_type is not None or child(token, {"ccomp"}) is None:
                continue  # (a clause considered is one believed: "considers that the president must restructure")
        elif (lemma(token) not in lex.reporting and lemma(token) not in lex.belief_verbs) or _testimony(token, lex):
            continue  # (a clause believed is typed as one reported: "believes the process is a political stunt")
        clause = reported_clause(token, lex)
        if clause is None:
            continue
        types: list[str] = []
        for part in _reported_clauses(clause, lex):  # "stated that it had no involvement and that the PKK was responsible"
            event_type = _reported_clause_type(token, part, lex, triggers)
            if event_type is not None and event_type not in types:
                types.append(event_type)
        found.extend(Trigger(token, event_type, "speech", token) for event_type in types)
    return found


def reported_clause(saying: Token, lex: Lexicon) -> Token | None:
    """The clause a saying reports: its complement clause, or the one the parser hung on the verb of expectation
    whose infinitive the saying is ('"...," he is expected to say': ``speech_previews``)."""
    clause = child(saying, {"ccomp"})
    if clause is None and saying.dep_ == "xcomp" and lemma(saying.head) in lex.speech_preview_verbs:
        clause = child(saying.head, {"ccomp"})
    return clause


def _indicative_saying(verb: Token, lex: Lexicon) -> bool:
    """A reporting verb that demands only with a mandative clause ("insisted that the vote be postponed":
    ``complement_required`` "ccomp:mandative") whose clause states a fact instead, with no other complement
    its demand takes ("insisted on", "insisted to"): it reports, as "said" does ("Cenidh insisted the
    authorities had violated the honour of the nuns", "insisted he was innocent")."""
    required = lex.complement_required.get(lemma(verb), frozenset())
    if "ccomp:mandative" not in required or lemma(verb) not in lex.reporting:
        return False
    clause = child(verb, {"ccomp"})
    if clause is None or mandative(clause, lex):
        return False
    return not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and f"prep:{c.lower_}" in required) for c in verb.children)


def _evaluated_acts(sayings: list[Token], lex: Lexicon) -> list[Trigger]:
    """A condemning adjective on a hostile act of a party, or on conduct a named party owns, in a
    speaker's reported words ("the struggle against the aggressive and unjustified invasion of
    Russia, said the president", "... the illegal Israeli occupation", "... the government's
    discriminatory policy"): the speaker disapproves of the act's author or the conduct's owner
    (trigger: the adjective; ``light``: the saying)."""
    found: list[Trigger] = []
    for saying in sayings:
        if lemma(saying) not in lex.reporting:
            continue
        clause = child(saying, {"ccomp"})
        if clause is None:
            continue
        fronted = [w for c in saying.children if c.dep_ == "prep" and c.i < clause.i for w in c.subtree]
        for word in [*fronted, *clause.subtree]:  # (a phrase of the quote the parser hung on the saying: "despite
            # the unjust ruling from the court, our fight continues, the mayor said")
            if word.dep_ != "amod" or word.pos_ != "ADJ" or (lex.evaluative.get(word.lower_)
                                                             or lex.evaluative.get(lemma(word))) != "DISAPPROVE":
                continue
            act = word.head
            if _combated(act, lex):
                continue  # "seeks to prevent unjustified police persecution": a problem addressed, ``combated_problems``
            if noun_type(act, lex) in lex.classifying_adjectives.get(word.lower_, ()):
                continue  # "overturn his criminal conviction": a branch of law (``classifying_adjectives``)
            owned = lemma(act) in lex.criticised_nouns and conduct_owner(act, lex) is not None  # "the government's
            # discriminatory policy", "the unjust ruling of the court", "unfair Polish checks"
            if (act.pos_ == "NOUN" and (noun_type(act, lex) in lex.blamed_types or owned)) or _named_epithet(act, lex):
                found.append(Trigger(word, "DISAPPROVE", "evaluation", word, light=saying))
    return found


def conduct_owner(act: Token, lex: Lexicon) -> Token | None:
    """The party whose conduct a noun of ``criticised_objects`` is: a possessive ("the government's policy"), an
    "of", "by" or "from" party ("the ruling of the court", "the report from the ICJ") or a modifier naming a party
    ("Polish checks", "the EU decision"); not a pronoun's ("their policy": whose is told elsewhere) nor a person
    named by a common noun's ("the farmer's plan")."""
    owners = [c for c in act.children if (c.dep_ == "poss" and c.tag_ != "PRP$")
              or (c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ACTOR_LABELS or geo.country_code(
                  c.text, allow_city=False)))]  # fmt: skip
    owners += prep_objects(act, ("of", "by", "from"))
    return next((o for o in owners if is_actor_like(actor_head(o), lex) and not (
        actor_head(o).pos_ == "NOUN" and is_person(actor_head(o), lex))), None)


def _named_epithet(party: Token, lex: Lexicon) -> bool:
    """A condemning adjective's noun is a named party ("the irresponsible FMLN", "the corrupt Maduro
    regime"): a speaker's epithet disapproves of the party itself; not a kind of people ("illegal
    immigrants", "criminal gangs" name no one)."""
    return is_actor_like(actor_head(party), lex) and (party.ent_type_ in ACTOR_LABELS or any(
        c.dep_ == "compound" and c.ent_type_ in ACTOR_LABELS for c in party.children))


def _combated(noun: Token, lex: Lexicon) -> bool:
    """The noun (or the one it is coordinated with) is the object of a verb of combating, preventing
    or handling it (``combated_problems``): a problem someone addresses, not an act the speaker judges."""
    noun = first_conjunct(noun)
    return noun.dep_ in ("dobj", "obj") and lemma(noun.head) in lex.combating_verbs


def _testimony(saying: Token, lex: Lexicon) -> bool:
    """A saying addressed to a court ("told the court that ...", "the jury was told ..."): testimony."""
    return any(c.dep_ in ("dobj", "obj", "dative", "nsubjpass") and lemma(c) in lex.testimony_addressees
               for c in saying.children)  # fmt: skip


def _party_word(word: Token, lex: Lexicon) -> bool:
    """The subject of an obligation can bear it: an actor, a person, a group or a governing body ("the
    court", "voters", "the provinces")."""
    return is_actor_head(word, lex) or (word.pos_ == "NOUN" and (lemma(word) in lex.group_nouns
                                                                 or lemma(word) in lex.obligation_bodies))


def _judged_party(word: Token | None, lex: Lexicon) -> bool:
    """The thing an evaluation of ``party_evaluations`` judges is a party other than a person, or the conduct of
    one (an event noun or one of ``party_evaluations.acts``: "the interference of foreign countries", "the
    government policy"; not "the chemicals", "the suspect", "it", nor "the territory's prison rate")."""
    if word is None or word.pos_ == "PRON":
        return False  # ("it is more expensive and dangerous for them to crack down")
    head = actor_head(word)
    if _party_word(head, lex) and not is_person(head, lex):
        return True
    if noun_type(head, lex) is None and lemma(head) not in lex.party_evaluated_acts \
            and lemma(head) not in lex.criticised_nouns:  # (conduct: "the school's rules are unreasonable")
        return False  # ("the territory's high prison rate shows ...": a thing a party owns, no conduct of its)
    owners = [c for c in head.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    return any(_party_word(actor_head(o), lex) and not is_person(actor_head(o), lex) for o in owners)


def _reported_clauses(clause: Token, lex: Lexicon) -> list[Token]:
    """A reported clause and the clauses coordinated with it that have their own subject or their
    own modal of duty ("said the government could not afford to sit back and must strive for
    more": the duty is laid on the shared subject)."""
    return [clause, *(c for c in clause.rights if c.dep_ == "conj" and (is_verb(c) or c.pos_ == "AUX")
                      and (child(c, SUBJ) is not None
                           or any(a.dep_ == "aux" and a.lower_ in lex.deontic for a in c.children)))]


def _called_on_agent(saying: Token, clause: Token, lex: Lexicon) -> bool:
    """A reported clause in the passive with a modal of duty on its own verb or a semi-modal, whose agent is a
    party ("the law must be changed by parliament"), said by a party: a call on the agent for the act; not a need
    met in the past ("had to be postponed"), nor a rule a text or a custom states ("the law states that ...": the
    speaker is a party or a person). A passive with no party for its agent names no one to do it ("said the debt
    should be prioritized", "the name of the depot should be changed"): a view, no demand (``passive_calls``)."""
    speaker = child(saying, {"nsubj"})
    if speaker is not None and speaker.pos_ == "NOUN" and not is_actor_head(actor_head(speaker), lex) \
            and lemma(actor_head(speaker)) not in lex.person_nouns:
        return False
    verb: Token | None = clause
    if lemma(clause) in lex.deontic_verbs:
        if _past_need(clause) or any(c.lower_ == "yet" for c in clause.children):
            return False
        verb = child(clause, {"xcomp"})
    elif not any(c.dep_ == "aux" and c.lower_ in lex.deontic for c in clause.children):
        return False
    if verb is None or not any(c.dep_ == "auxpass" for c in verb.children) or lemma(verb) in lex.passive_call_excluded:
        return False
    by = agent(verb)
    return by is not None and _party_word(actor_head(by), lex)


def _reported_clause_type(saying: Token, clause: Token, lex: Lexicon, triggers: list[Trigger]) -> str | None:
    """The act a reported clause makes of its saying: an obligation laid on someone (DEMAND), an
    accusation or blame (DISAPPROVE), an evaluation in its predicate; None for neutral reporting."""
    if any(c.dep_ == "aux" and c.lower_ in lex.deontic for c in clause.children) or (
            lemma(clause) in lex.deontic_verbs and any(c.dep_ == "xcomp" and is_infinitive(c) for c in clause.children)
            and not any(c.lower_ == "yet" for c in clause.children)  # ("had yet to give an answer": not yet done)
            and not _past_need(clause)) or (  # ("said Chinese firms had had to adapt": a need met)
            lemma(saying) in lex.subjunctive_sayings and clause.i > saying.i and child(clause, SUBJ) is not None
            and mandative(clause, lex)):  # "suggested that X raise wages" (not a quoted imperative: "Cancel it," he
        # suggested)
        obliged = child(clause, SUBJ)
        shared = clause
        while obliged is None and shared.dep_ == "conj" and child(shared, PASSIVE_SUBJ) is None:
            shared = shared.head  # (a conjunct's duty falls on the subject it shares)
            obliged = child(shared, SUBJ)
        if _perfect(clause) and any(c.dep_ == "aux" and c.lower_ in lex.deontic for c in clause.children):
            if not _reproach(clause, lex) or obliged is None or not _party_word(actor_head(obliged), lex) \
                    or own_duty(saying, obliged):
                return None  # ("said he must have known": a guess; "said we should have acted sooner")
            return lex.reproach_type  # "said a party man like Shejin should not have hurt ...": a reproach
        bearer = obliged if obliged is not None else child(clause, PASSIVE_SUBJ)
        if obliged is None and bearer is not None and _party_word(actor_head(bearer), lex) and _punished(clause, lex):
            return lex.blaming_type  # "said the regime must be held accountable": a call to punish it
        if bearer is not None and not _party_word(actor_head(bearer), lex):
            act = clause if lemma(clause) not in lex.deontic_verbs else child(clause, {"xcomp"})
            if obliged is not None and act is not None and lemma(act) in lex.ceasing_verbs and _is_harm(obliged, lex):
                return "DEMAND"  # "the killing must stop, the pope said": that a harm cease
            if obliged is None and bearer.tag_ not in ("WDT", "WP") and _called_on_agent(saying, clause, lex):
                return "DEMAND"  # "said the law must be changed by parliament": a call on the agent (``passive_calls``;
                # "said the debt should be prioritized" names no one: none)
            return None  # "traders said volatility should stabilise": no duty on anyone, no call for an act
        if obliged is not None and _everyone(obliged, lex):
            return None  # "said all countries should adhere to the principles of ...": a principle, no addressee
        if _mental_duty(clause, lex):
            return None  # "said the public should not forget that ...": a duty to know or feel, no act asked
        if obliged is None and bearer is not None and bearer.lower_ in ("we", "i"):
            return None  # "we should be determined to tackle them": a passive's first person is the speaker's own
        return None if own_duty(saying, obliged) else "DEMAND"  # ("X said Y has to / needs to withdraw")
    accusation = _accusing_predicate(clause, lex, saying) or _blaming_predicate(clause, lex)
    if accusation is not None:  # "X said the troops had violated Iraq's sovereignty": X accuses the troops
        return accusation
    stance = clause if any(c.dep_ in ("auxpass", "aux") and lemma(c) == "be" for c in clause.children) else None
    if lemma(clause) == "be":
        stance = child(clause, {"acomp"})  # (the participle parsed as the copula's adjective)
    if stance is not None and stance.lower_ in lex.stance_participles and _own_stance(stance) is not False \
            and stance_about_act(stance, lex):  # (not "maintained that the people are angry with these
        # allegations": their anger, no evaluation; approval keeps a named holder, the speaker's own body's:
        # "said the private sector was glad Gen Prayut listened")
        return lex.stance_participle_type  # "the ministry said it was deeply concerned about the arrests"
    if stance is not None and stance.lower_ in lex.approval_participles and (
            stance_about_act(stance, lex) or stance_clause_party(stance, lex) is not None):
        return lex.approval_type  # "the union said it was pleased with the government's decision"
    if lemma(saying) in lex.alleging_verbs and _alleged_act(saying, clause, lex, triggers):
        return lex.blaming_type  # "the opposition claims the police tortured its activists"
    if _self_cleared(saying, clause, lex):
        return lex.exoneration_type  # "the minister said he had done nothing wrong": a denial (``exonerations``)
    denied = _denied_quality(clause, lex)
    if denied is not None:
        return denied  # "said the election was not free and fair", "... the claims were not true"
    if _against_norm(clause, lex):
        return lex.contrary_type  # "said Park's move is against fairness and common sense"
    if (lemma(clause) in _COPULAS or lemma(clause) in _EQUATING_VERBS or lemma(clause) in lex.equating) \
            and any(c.dep_ == "neg" for c in clause.children):
        return None  # "the witness's evidence was not dishonest", "I am not some big hero", "demonstrating does not
        # constitute a crime": no evaluation made
    for word in _predicate_words(clause, lex):
        if word.pos_ not in ("NOUN", "ADJ") and (word.pos_ != "PROPN" or word.ent_type_) \
                and not (word.tag_ == "VBN" and (word is clause or word.dep_ == "acomp")):
            continue  # (a PROPN outside any name is a word the truecaser capitalised: "False"; "the report was biased")
        event_type = _evaluation(word, lex)
        if word.n_lefts and any(c.lower_ == "no" and c.dep_ == "det" for c in word.lefts):
            denial = lex.evaluative.get(f"no {lemma(word)}") or lex.evaluative.get(f"no {word.lower_}") or next(
                (lex.evaluative[f"no {c.lower_}"] for c in word.lefts if c.dep_ in ("amod", "predet")
                 and f"no {c.lower_}" in lex.evaluative), None)  # fmt: skip
            if denial is not None:  # "it had no involvement in the attack", "there was no politics involved",
                return denial  # "there was no such agreement" (a trigger noun denied too: the claim is rejected)
            if event_type is not None:
                continue  # "said there will be no interference on his part": the quality denied, none judged
        if event_type == lex.praise_type and not _praise(clause, word):
            continue
        if any(c.dep_ == "det" and c.lower_ in lex.generic_determiners for c in word.children):
            continue  # "any violation will be handled in a serious manner": a kind of act, none evaluated
        if event_type is not None and lemma(word) in lex.party_evaluations and (
                next((t for t in clause_chain(word) if t.pos_ in ("VERB", "AUX")), word).i != clause.i
                or not _judged_party(child(clause, SUBJ), lex)):
            continue  # "said the chemicals were dangerous": harm of no party's; "are making an effort because it is
            # dangerous to ...": said of another clause's subject (``party_evaluations``)
        if event_type is not None and not any(t.token.i == word.i for t in triggers):
            return event_type
        holder = word.head.head if word.dep_ == "pobj" else None  # ("a form of harassment", "amounted to persecution")
        attribute = word.dep_ == "attr" or (holder is not None and (
            (holder.dep_ == "attr" and lemma(holder) in lex.partitive)
            or lex.equating.get(lemma(holder)) == word.head.lower_))
        if attribute and word.pos_ == "NOUN" and lemma(word) in lex.accusing_labels:
            return lex.blaming_type  # "said the shelling was a massacre": a hostile act as the label
    return None


def _unattributed_judgement(root: Token, lex: Lexicon, triggers: list[Trigger]) -> Trigger | None:
    """A sentence with no verb of saying whose main clause condemns a party or a party's conduct in its predicate
    ("His appointment was irresponsible", "the ministry's rules are completely unreasonable": a quoted speaker named
    in another sentence, or an opinion writer): DISAPPROVE of that party by no one named here (the articles'
    conventions code such a criticism with its target alone; ``unattributed_judgements``). Only the condemning words
    of ``evaluative_words``, of the clause's own subject, which is a party other than a person or a party's conduct
    (as for ``party_evaluations``); not denied, not a question."""
    if root.pos_ not in ("AUX", "VERB") or lemma(root) not in _COPULAS or any(c.dep_ == "neg" for c in root.children):
        return None
    subject = child(root, {"nsubj"})
    if subject is None or not _judged_party(subject, lex) or root.doc[root.sent.end - 1].text == "?":
        return None
    for word in _predicate_words(root, lex):
        if word.dep_ not in ("acomp", "attr") or word.head.i != root.i or word.pos_ not in ("ADJ", "NOUN"):
            continue
        if _evaluation(word, lex) == lex.unattributed_judgement_type and not any(t.token.i == word.i for t in triggers):
            return Trigger(word, lex.unattributed_judgement_type, "judgement", word)
    return None


def _unattributed_conduct(tokens: list[Token], lex: Lexicon, triggers: list[Trigger]) -> list[Trigger]:
    """In a sentence with no verb of saying, a condemning adjective on conduct a named party owns ("yet another form
    of punishment under the repressive policies of Daniel Ortega's government", "the school's unreasonable rules"):
    DISAPPROVE of the owner by no one named here, as a main clause's condemnation is (``unattributed_judgements``
    conduct_comment); not an act's own noun ("the illegal occupation" is the occupation, coded as such)."""
    found: list[Trigger] = []
    for word in tokens:
        if word.dep_ != "amod" or word.pos_ != "ADJ" or _evaluation(word, lex) != lex.unattributed_judgement_type \
                or any(t.token.i == word.i for t in triggers):
            continue
        act = word.head
        if word.lower_ in lex.classifying_adjectives:
            continue  # "the Cuban criminal law still in force": a branch of law (``classifying_adjectives``)
        if act.pos_ == "NOUN" and lemma(act) in lex.criticised_nouns and not _combated(act, lex) \
                and conduct_owner(act, lex) is not None and not _argument_of(act, triggers):
            found.append(Trigger(word, lex.unattributed_judgement_type, "judgement", word))
    return found


def _argument_of(noun: Token, triggers: list[Trigger]) -> bool:
    """The noun is what another trigger's act is about: its object, or a preposition's object on it ("protested
    against the unfair policies of the EU": the protesters' view, no judgement of the writer's)."""
    taken = {t.token.i for t in triggers}
    node = noun
    for _ in range(3):
        if node.dep_ not in ("dobj", "obj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.i in taken:
            return True
    return False


def _against_norm(clause: Token, lex: Lexicon) -> bool:
    """The clause says its subject is, goes or runs against (or contrary to) a law, a principle or a norm
    (``contrary_predicates``), not denied ("is not against the law")."""
    if lemma(clause) not in lex.contrary_verbs or any(c.dep_ == "neg" for c in clause.children):
        return False
    for prep in clause.children:
        if prep.lower_ not in lex.contrary_preps or prep.dep_ not in ("prep", "acomp", "advmod"):
            continue  # ("was contrary to the law": "contrary" the copula's adjective)
        if prep.lower_ == "contrary":  # ("contrary to the law": the object hangs on "to")
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), prep)
        for norm in child_all(prep, ("pobj",)):
            if any(lemma(n) in lex.contrary_norms for n in (norm, *norm.conjuncts)):
                return True
    return False


_COPULAS = frozenset({"be", "become", "remain", "seem"})
# verbs that equate their subject with their object, as a copula does with its attribute ("constitute a crime")
_EQUATING_VERBS = frozenset({"constitute", "represent"})


def _praise(clause: Token, word: Token) -> bool:
    """A word of praise in a reported clause praises a party other than the speaker: not a thing
    given, won or drawn ("wanted to give him a special honour", "the first to win the honour":
    the word's noun phrase is an object) nor the speaker's own person ("I am such a proud patriot")."""
    head = word
    while head.dep_ in ("amod", "compound", "conj") and head.head is not head:
        head = head.head
    if head.dep_ in ("dobj", "obj", "pobj"):
        return False
    subj = child(clause, SUBJ)
    return subj is None or subj.lower_ not in _OWN_PARTY


def _past_need(verb: Token) -> bool:
    """A semi-modal of need in the perfect ("had had to adapt", "have never had to conduct"): a
    need that was met or a state, no obligation laid on anyone now (a simple past may be the
    reported speech's backshift: "said African states needed to tweak the process" is a demand)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def _punished(verb: Token, lex: Lexicon) -> bool:
    """A verb of punishing ("be punished", "be held accountable", "be brought to justice", "to
    prosecute")."""
    lem = lemma(verb)
    if lem in lex.punishing:
        return True
    return any(f"{lem} {c.lower_}" in lex.punishing for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")) \
        or any(f"{lem} to {p.lower_}" in lex.punishing for c in verb.children if c.dep_ in ("prep", "dative")
               and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj")  # fmt: skip


def called_punishment(verb: Token, lex: Lexicon) -> Token | None:
    """The party a call asks to have punished: the object of its infinitive when that is a verb of
    punishing ("urged the government to prosecute the soldiers", "called on parliament to impeach
    the president", "resolved to advise the president to suspend Judge X"); None for any other call, and
    for a command, whose act stays hypothetical ("instructed the police to arrest the culprits")."""
    if lemma(verb) in lex.directive_keeping_act:
        return None
    act = child(verb, {"xcomp"})
    if act is None or not is_infinitive(act) or lemma(act) in lex.punishing_active_excluded or not _punished(act, lex):
        return None
    punished = child(act, {"dobj"})
    return punished if punished is not None and _party_word(actor_head(punished), lex) else None


def _self_cleared(saying: Token, clause: Token, lex: Lexicon) -> bool:
    """A reported clause in which the speaker says it did no wrong: its subject is the speaker (I, we,
    or he / she / it / they after a named speaker) and its object is a wrong denied ("nothing wrong",
    "no crime", "did not do anything illegal"), or it says it is innocent or not guilty (``exonerations``)."""
    subj = child(clause, {"nsubj"})
    speaker = child(saying, {"nsubj"})
    if subj is None or subj.lower_ not in _OWN_PRONOUNS:
        return False
    if subj.lower_ not in ("i", "we") and (speaker is None or speaker.pos_ not in ("NOUN", "PROPN")) \
            and not (speaker is not None and speaker.lower_ == subj.lower_):
        return False  # ("she said they had done nothing wrong": someone else cleared, a defence)
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    if lemma(clause) == "be" and any(c.dep_ == "acomp" and (c.lower_ in lex.exoneration_innocent and not negated
                                                            or c.lower_ in lex.exoneration_guilty and negated)
                                     for c in clause.children):  # fmt: skip
        return True  # "insisted he was innocent", "said she was not guilty"
    for obj in child_all(clause, ("dobj", "obj")):
        marks = {c.lower_ for c in obj.children if c.dep_ in ("amod", "det", "neg")}
        if obj.lower_ in lex.exoneration_nothing and marks & lex.exoneration_wrongs:
            return True  # "nothing wrong", "nothing illegal"
        if obj.lower_ in lex.exoneration_anything and negated and marks & lex.exoneration_wrongs:
            return True  # "did not do anything wrong"
        if lemma(obj) in lex.exoneration_wrongs and ("no" in marks or negated):
            return True  # "committed no crime", "had not committed any offence"
    return False


_OWN_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})


def _denied_quality(clause: Token, lex: Lexicon) -> str | None:
    """The type of a copular reported clause that denies its subject a positive quality ("the
    election was not free and fair", "... neither free nor fair", "the claims were not true")."""
    if lemma(clause) != "be" or child(clause, SUBJ) is None:
        return None
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    for adj in child_all(clause, ("acomp",)):
        for word in (adj, *adj.conjuncts):
            event_type = lex.negated_evaluations.get(word.lower_)
            if event_type is not None and (negated or any(c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "neither")
                                                          for c in adj.children)):  # fmt: skip
                return event_type
    return None


_STANCE_PREPS = frozenset({"about", "over", "by", "at", "with", "in"})  # what the stance is about (not "concerned that";
# "in": "disappointed in her")


def stance_clause_party(stance: Token, lex: Lexicon) -> Token | None:
    """The party that is the subject of a that-clause on a stance participle or adjective ("encouraged
    that the government had at last seen the need to act", "happy that France had agreed": the party);
    None when the clause is the holder's own doing ("he was glad he was able to ...")."""
    clause = child(stance, {"ccomp"})
    subject = child(clause, SUBJ) if clause is not None else None
    if subject is None:
        return None
    holder = child(stance, SUBJ) or (child(stance.head, SUBJ) if stance.dep_ == "acomp" else None)
    if subject.tag_ == "PRP" and (subject.lower_ in ("i", "we") or (holder is not None and holder.lower_ == subject.lower_)):
        return None
    return subject if is_actor_like(actor_head(subject), lex) or subject.lower_ in lex.sectors else None


def _held_stance(root: Token, lex: Lexicon) -> Token | None:
    """A participle of alarm or anger, or of approval, as the main clause's predicate, held by a party
    about a party, its act or a harm ("human rights activists are outraged by the treatment of the
    prisoners", "the union was dismayed at the ministry's decision", "the union was pleased with the
    ministry's decision"): the holder's DISAPPROVE or SUPPORT, as it is in a saying
    (``stance_participles``); not a feeling about a result or a hazard ("was disappointed with fourth
    place", "residents were alarmed by the floods", "was delighted with the win"), nor one of nobody named."""
    stance = child(root, {"acomp"}) if lemma(root) == "be" else root
    if stance is None or (stance.lower_ not in lex.stance_participles and stance.lower_ not in lex.approval_participles) \
            or not stance_about_act(stance, lex) \
            or (stance is root and not any(c.dep_ in ("auxpass", "aux") and lemma(c) == "be" for c in root.children)):
        return None
    holder = child(root, SUBJ) or child(root, PASSIVE_SUBJ)
    if holder is None or not _party_word(actor_head(holder), lex):
        return None
    return stance


def _own_stance(stance: Token) -> bool | None:
    """Whether a reported stance is the speaker's own: its holder (the subject of the participle or
    of the copula it complements) a pronoun ("said it was deeply concerned", "said he was angry");
    False for a named holder ("said the people are angry"), None with no holder."""
    holder = child(stance, SUBJ | PASSIVE_SUBJ) or (child(stance.head, SUBJ) if stance.dep_ == "acomp" else None)
    return None if holder is None else holder.tag_ == "PRP"


def stance_objects(stance: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) of what a stance participle or adjective is about (``_STANCE_PREPS``:
    "alarmed by the executions", "concerned about the arrests"), also where the parser hung the
    preposition on the copula the stance complements ("I am very embarrassed by ...")."""
    after_copula = [c for c in stance.head.children if c.i > stance.i] if stance.dep_ == "acomp" else []
    return [(prep, thing) for prep in (*stance.children, *after_copula)
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _STANCE_PREPS
            for thing in child_all(prep, ("pobj",))]


def stance_about_act(stance: Token, lex: Lexicon) -> bool:
    """A stance participle's preposition names an act, a harm or a party ("alarmed by the rising
    number of executions", "concerned about the arrest of its citizens", "outraged by Israel") or
    conduct (``criticised_objects``: "outraged by the treatment he has received", "disappointed with
    the decision"), not a hazard, a result or a prospect ("concerned about aflatoxin", "disappointed
    with fourth place", "concerned that the talks would drag on"). The parser may hang the
    preposition after it on the copula the participle complements ("I am very embarrassed by ...";
    not "At Ichilov, I am happy to ...")."""
    for _prep, thing in stance_objects(stance):
        things = [thing, *(p for c in thing.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                           for p in c.children if p.dep_ == "pobj"),  # ("the number of executions"; "any
                  # effort by Beijing to suppress the report": its maker)
                  *(c for c in thing.children if c.dep_ == "poss" and c.tag_ != "PRP$")]  # ("Japan's military
        # expansion"; not "happy with their financial situation": one's own)
        if any(noun_type(t, lex) or _is_harm(t, lex) or t.ent_type_ in _PARTIES or lemma(t) in lex.criticised_nouns
               or (t.pos_ in ("NOUN", "PRON") and is_actor_head(t, lex))
               or (t.pos_ == "PROPN" and t.lower_ in lex.sectors) for t in things):  # ("the Government's")
            return True  # (a proper noun outside any name is a word the truecaser capitalised: "Aflatoxin")
    return False


def _alleged_act(saying: Token, clause: Token, lex: Lexicon, triggers: list[Trigger]) -> bool:
    """The reported clause of an allegation ("claimed", "charged that") is a hostile act of another
    party: its verb (or one coordinated with it) is a trigger of a blamed type with a subject of its
    own that is not the speaker ("the army claimed it had killed 20 militants" is no accusation), or
    it puts a wrong in that party's predicate (``_alleged_wrong``)."""
    verbs = {clause.i, *(c.i for c in clause.rights if c.dep_ == "conj")}
    for trigger in triggers:
        if trigger.token.i not in verbs or trigger.event_type not in lex.blamed_types:
            continue
        subj = child(trigger.token, SUBJ)
        if subj is not None and _party_word(actor_head(subj), lex) and not _own_act(saying, subj):
            return True
    return _alleged_wrong(saying, clause, lex, triggers)


def _alleged_wrong(saying: Token, clause: Token, lex: Lexicon, triggers: list[Trigger]) -> bool:
    """The reported clause of an allegation puts a wrong (``claimed_wrongs``: fraud, irregularities, corruption
    ...) in another party's predicate, not denied ("Chile claimed that Ecuador was aware of the irregularities",
    "the opposition claims the ruling party took part in vote rigging"); not the speaker's own ("the company
    claimed it had uncovered fraud") nor a wrong with no party ("claimed the fraud had been stopped")."""
    subj = child(clause, {"nsubj", "nsubjpass"})
    if subj is None or not _party_word(actor_head(subj), lex) or _own_act(saying, subj) \
            or any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children) \
            or any(t.token.i == clause.i for t in triggers):
        return False  # (the clause's own act holds the wrong: "La Prensa demands the cessation of the persecution")
    # the wrong as the verb's object, or behind one preposition on the verb, its object or its complement ("committed
    # fraud", "engaged in corruption", "took part in vote rigging", "was aware of the irregularities")
    hosts = [clause, *(c for c in clause.children if c.dep_ in ("dobj", "obj", "acomp", "attr"))]
    words = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    words += [p for h in hosts for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(w.pos_ == "NOUN" and lemma(w) in lex.claimed_wrongs
               and not any(c.dep_ == "det" and c.lower_ == "no" for c in w.children) for w in words)


def _own_act(saying: Token, subj: Token) -> bool:
    """The subject of a reported clause is the speaker: first person, or he / she / it / they after a
    speaker that is a noun."""
    if subj.lower_ in ("we", "i"):
        return True
    speaker = child(saying, {"nsubj"})
    return subj.lower_ in ("he", "she", "it", "they") and speaker is not None and speaker.pos_ in ("NOUN", "PROPN")


def mandative(clause: Token, lex: Lexicon, *, present_after_past: bool = True) -> bool:
    """A that-clause in the subjunctive, with should / must or with a semi-modal of obligation
    (``deontic_verbs``): what is asked for, not a statement ("insisted that the vote be postponed",
    "... that he resign", "... should be postponed", "... that Iran needs to allow inspectors back").
    ``present_after_past=False`` leaves out the subjunctive read from a present after a past verb
    (after "ruled" it is as often a finding whose verb does not agree: "ruled that the exposure ...
    threaten the rights")."""
    if lemma(clause) in lex.deontic_verbs and any(c.dep_ == "xcomp" and is_infinitive(c) for c in clause.children):
        saying = clause.head
        return saying == clause or not own_duty(saying, child(clause, {"nsubj"}))  # ("insisted that he needs to rest")
    auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in auxes):
        return True
    if any(a.dep_ == "aux" for a in auxes):
        return False
    if present_after_past and clause.tag_ == "VBP" and clause.head.tag_ == "VBD" and clause.head != clause \
            and lemma(clause) not in ("be", "have"):
        return True  # "insisted that prosecutors reopen the case": a present after a past saying is a subjunctive
        # (a statement would take the past: "insisted that prosecutors had reopened it")
    if present_after_past and clause.tag_ == "VBP" and clause.head != clause and lemma(clause) not in ("be", "have") \
            and _singular_subject(clause, lex):
        return True  # "we suggest that the president resign": a present that does not agree with its singular
        # subject is a subjunctive whatever the saying's tense
    return clause.tag_ == "VB" or any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)


def _singular_subject(clause: Token, lex: Lexicon) -> bool:
    """The clause's subject is a singular common or proper noun that takes a verb in -s ("the president",
    "Morales"; not a collective the press gives a plural verb: ``subjunctive_collectives``, "the police say")."""
    subject = child(clause, {"nsubj"})
    return subject is not None and subject.tag_ in ("NN", "NNP") and subject.lower_ not in lex.subjunctive_collectives \
        and not any(c.dep_ == "cc" for c in subject.children)


def _mental_duty(clause: Token, lex: Lexicon) -> bool:
    """The duty a clause lays is to know, remember or feel something ("should not forget that ...",
    "must understand", "should be confident"; ``mental_duties``), not to act: the clause's verb, or
    the infinitive of a verb of need ("needs to remember"), is such a verb, or a copula with such
    an adjective."""
    act = child(clause, {"xcomp"}) if lemma(clause) in lex.deontic_verbs else clause
    if act is None:
        return False
    if lemma(act) in lex.mental_duty_verbs:
        return True
    return lemma(act) == "be" and any(c.dep_ == "acomp" and c.lower_ in lex.mental_duty_adjectives
                                      for c in act.children)


def _everyone(word: Token, lex: Lexicon) -> bool:
    """Everyone of a kind: "all countries", "every nation", "everyone" (``universal_addressees``), not the
    sides of a dispute ("all parties")."""
    if word.lower_ in lex.universal_pronouns:
        return True
    head = of_filler(word) if word.lower_ in lex.universal_quantifiers else word  # ("all of the countries")
    quantified = head is not word or any(
        c.dep_ in ("det", "predet") and c.lower_ in lex.universal_quantifiers for c in head.children)
    return quantified and lemma(head) not in lex.universal_sides


def own_duty(saying: Token, obliged: Token | None) -> bool:
    """"The governor said he must leave", "we have to act": an obligation the speaker lays on
    itself is no demand. First person always; he / she / it when the speaker is a singular noun
    ("activists ..., saying he must resign" is a demand on someone else), or the same pronoun as the
    speaker ("he said he needed to go home"); not when the saying names its addressee ("Beijing
    told Tokyo it must exclude Taiwan": the addressee is obliged)."""
    if obliged is None:
        return False
    if obliged.lower_ in ("we", "i"):
        return True
    addressee = child(saying, {"dobj", "obj", "dative"})
    if addressee is not None and obliged.lower_ in _PARTY_PRONOUNS \
            and (addressee.tag_ in ("NNS", "NNPS")) == (obliged.lower_ == "they"):
        return False  # (the pronoun agrees with the addressee: "told reporters he must ..." is his own duty)
    speaker = child(saying, {"nsubj"})
    if speaker is not None and speaker.lower_ == obliged.lower_ and obliged.lower_ in _PARTY_PRONOUNS:
        return True
    return obliged.lower_ in ("he", "she", "it") and speaker is not None and speaker.tag_ in ("NN", "NNP") \
        and not any(c.dep_ == "conj" for c in speaker.children)  # ("Mafu and Mashatile said he should not come":
    # two speakers, no "he" among them)


def _accusing_predicate(clause: Token, lex: Lexicon, saying: Token | None = None) -> str | None:
    """The type of a reported clause whose own verb (or a verb coordinated with it) says its subject
    broke a rule ("the troops violated Iraq's sovereignty", "breached the ceasefire"): the speaker
    accuses the subject (CAMEO 112), whatever the verb codes alone; also when a party is said to
    try or plot it ("the opposition was trying to destabilise the country"), or to have failed to
    do something (``saying``'s clause: "the union said the government had failed to honour the
    deal"; not the speaker itself, nor is any act the speaker says it does). A passive with no
    agent accuses nobody ("peacekeepers were harassed, he said")."""
    for verb in (clause, *(c for c in clause.rights if c.dep_ == "conj")):
        if not is_verb(verb):
            continue
        nothing = lex.failing_objects.get(lemma(verb))
        if nothing is not None and saying is not None and (obj := child(verb, {"dobj"})) is not None \
                and obj.lower_ == nothing and any(c.dep_ in ("relcl", "acl") and is_infinitive(c) for c in obj.children):
            subj = child(verb, SUBJ)  # "the police had done nothing to protect us": failing to (``failing_objects``)
            if subj is not None and _party_word(actor_head(subj), lex) and not own_duty(saying, subj):
                return lex.blaming_type
            continue
        if lemma(verb) in lex.failing_verbs and saying is not None and child(verb, {"xcomp"}) is not None:
            subj = child(verb, SUBJ)  # "the government had failed to honour the deal"
            if subj is not None and _party_word(actor_head(subj), lex) and not own_duty(saying, subj):
                return lex.blaming_type
            continue
        if lemma(verb) in lex.accusing_attempts:  # the attempted act: "trying to destabilise", "plots to sabotage"
            subj = child(verb, SUBJ)
            act = child(verb, {"xcomp"})
            if subj is None or act is None or not _party_word(actor_head(subj), lex):
                continue
            verb = act
        if any(c.dep_ == "advmod" and c.lower_ in lex.accusing_adverbs for c in verb.children) \
                and (doer := child(verb, SUBJ)) is not None and _party_word(actor_head(doer), lex) \
                and not _denied_act(verb) and not (saying is not None and own_duty(saying, doer)) \
                and not (saying is not None and (speaker := child(saying, SUBJ)) is not None
                         and agent_sector(speaker) in lex.reporter_sectors):  # ("..., the newspaper reported": news)
            return lex.blaming_type  # "the affidavit states that Setalvad allegedly obtained benefits", "says the
            # company illegally dumped waste": the speaker accuses the doer (``accusing_adverbs``)
        if lemma(verb) in lex.accusing_party_doers and ((doer := child(verb, SUBJ)) is None
                                                        or not _party_word(actor_head(doer), lex)):
            continue  # "says the answer lies in giving schools more freedom": no one lied
        if lemma(verb) in lex.accusing_verbs and (agent(verb) is not None
                                                  or not any(c.dep_ == "auxpass" for c in verb.children)) \
                and not _denied_act(verb) and not (saying is not None and own_duty(saying, child(verb, SUBJ))):
            return lex.accusing_verbs[lemma(verb)]  # (not the speaker's own: "said he would ignore the criticism")
    return None


def _denied_act(verb: Token) -> bool:
    """A reported act said not to have happened ("said the pact would not undermine peace", "said
    the army did not harass anyone"): a reassurance or a denial, no accusation."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _blaming_predicate(clause: Token, lex: Lexicon) -> str | None:
    """The type of a reported clause that holds its subject to blame for a harm ("the PKK was
    responsible for the attack", "... was behind the bombings", "... is to blame"): the speaker
    accuses the subject (CAMEO 112)."""
    if _denied_act(clause):
        return None  # "said the PKK was not responsible for the attack": blame denied
    if lemma(clause) in lex.burden_verbs and child(clause, SUBJ) is not None:
        for obj in child_all(clause, ("dobj", "obj")):  # "Washington bears full responsibility for the crime"
            harms = [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "for"
                     for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
            if lemma(obj) in lex.burden_nouns and (not harms or any(_is_harm(h, lex) for h in harms)):
                return lex.blaming_type
    if lemma(clause) != "be" or child(clause, SUBJ) is None:
        return None
    for c in clause.children:
        if c.dep_ == "acomp" and c.lower_ in lex.blaming_adjectives:
            harms = [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                     for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
            if not any(prep.dep_ == "prep" for prep in c.children) or any(_is_harm(h, lex) for h in harms):
                return lex.blaming_type
        elif c.dep_ == "prep" and c.lower_ in lex.blaming_preps:
            if any(_is_harm(p, lex) for p in c.children if p.dep_ == "pobj"):
                return lex.blaming_type
        elif c.dep_ == "xcomp" and c.lower_ == "blame" and is_infinitive(c):
            return lex.blaming_type
    return None


def _is_harm(noun: Token, lex: Lexicon) -> bool:
    noun = of_filler(noun)
    lem = lemma(noun)
    return (noun_type(noun, lex) in lex.blamed_types or lex.verbs.get(lem) in lex.blamed_types  # ("the ambush")
            or lem in lex.harms or lex.evaluative.get(lem) == "DISAPPROVE")


def _characterisation(verb: Token, lex: Lexicon, triggers: list[Trigger]) -> str | None:
    """The evaluation a characterising verb makes of its object: "described the strikes as a
    flagrant violation", "called the attack an act of terrorism", "branded the charges baseless"."""
    words: list[Token] = []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    if len(objs) >= 2:  # "labelled the arrests a violation": the parser's second object is the label
        words.extend(_predicate_words(objs[-1], lex))
    for c in verb.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") or (c.dep_ == "advmod" and c.pos_ == "ADJ") or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)):
            words.extend(_predicate_words(c, lex))  # ("branded the report as biased": the parser's "as" clause)
        elif c.dep_ == "prep" and c.lower_ == "as":
            words.extend(w for p in c.children if p.dep_ in _AS_DEPS for w in _predicate_words(p, lex))
    for obj in objs[:1]:  # "described the killing of X as murder": the parser hung "as" on the object
        words.extend(w for c in obj.children if c.dep_ == "amod" and c.i > obj.i  # "called the law draconian":
                     for w in _predicate_words(c, lex))  # the parser hung the label on the object as its adjective
        words.extend(w for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ in _AS_DEPS for w in _predicate_words(p, lex))  # fmt: skip
        words.extend(w for c in obj.children if c.dep_ == "appos"  # "termed the movement a conspiracy": the label
                     for w in _predicate_words(c, lex))  # as the object's apposition
        clauses = [c for c in obj.children if c.dep_ == "acl"] + [c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i]
        words.extend(w for c in clauses if is_infinitive(c) and lemma(c) not in lex.characterising
                     and lemma(c) not in lex.as_complement_verbs  # "dismissed the bill to enshrine the target in law
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "as" and p.right_edge.i == c.right_edge.i
                     for g in p.children if g.dep_ in _AS_DEPS for w in _predicate_words(g, lex))  # as a stunt": the
        # label hung as the last phrase of the object's clause, or of an infinitive the parser hung on the verb after
        # the object (not "the plan to treat protesters as criminals")
    words += [p for w in list(words) for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]  # "an act of terrorism"
    for word in words:
        if word.pos_ == "NOUN" and lemma(word) in lex.accusing_labels:
            return lex.blaming_type  # "called the raid a massacre": a hostile act as the label (a trigger too)
        if (word.pos_ not in ("NOUN", "ADJ", "PROPN") and not (word.pos_ == "ADV" and word.dep_ in _AS_DEPS)) or any(
                t.token.i == word.i for t in triggers):  # (an adjective in -ly tagged an adverb: "as cowardly")
            continue
        event_type = _evaluation(word, lex)
        if event_type is not None and lemma(word) in lex.party_evaluations and not (objs and _judged_party(objs[0], lex)):
            continue  # "called the storm destructive": harm of no party's (``party_evaluations``)
        if event_type is not None:
            return event_type
    return None


def _as_phrase(verb: Token) -> bool:
    """The verb has an "as" phrase or clause, on itself or on its object ("sees the vote as a sham")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return any((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children)) for host in hosts for c in host.children)


def _evaluation(word: Token, lex: Lexicon) -> str | None:
    """The type of an evaluative word, alone or with the modifier before it ("politically
    motivated", "witch hunt", "smear campaign")."""
    return lex.evaluative.get(word.lower_) or lex.evaluative.get(lemma(word)) or next(
        (lex.evaluative[f"{c.lower_} {word.lower_}"] for c in word.lefts
         if c.dep_ in ("advmod", "compound", "amod") and f"{c.lower_} {word.lower_}" in lex.evaluative), None)


# what "as" holds in a characterisation: a noun, or an adjective the parser hangs on it ("described the
# sanctions as illegal": amod)
_AS_DEPS = frozenset({"pobj", "pcomp", "amod", "acomp"})
_PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd", "dobj", "amod", "compound", "conj", "nmod", "advmod", "npadvmod",
                             "xcomp", "ccomp", "advcl"})


def _predicate_words(clause: Token, lex: Lexicon) -> list[Token]:
    """The words of a reported clause that say what it asserts: its head and what hangs on it as
    predicate ("the strikes were a flagrant violation", "the charges are baseless"; the object of
    an equating word's preposition: "the killings amounted to war crimes", "tantamount to
    censorship"; of an attribute of kind or part: "was part of a political vendetta"), not the words of its prepositional phrases or subordinate clauses ("... during
    protests against the alleged violations": no evaluation by the speaker)."""
    out: list[Token] = []
    stack = [clause]
    agentive = child(clause, {"dobj", "obj"}) is not None  # "war crimes investigators exhumed a grave": the
    while stack:  # subject of a verb acting on an object names the agent, no evaluation of the speaker's
        word = stack.pop()
        out.append(word)
        if word is not clause and word.dep_ in ("advcl", "ccomp", "xcomp", "conj") and _reports(word, lex):
            continue  # "said X advised him not to go, saying the delegates would be hostile": X's words, not the speaker's
        stack.extend(c for c in word.children if (c.dep_ in _PREDICATE_DEPS and not (
            c.dep_ == "compound" and word.pos_ in ("NOUN", "PROPN") and word is not clause) and not (
            c.dep_ in ("dobj", "obj") and lemma(word) in lex.combating_verbs) and not (
            c.dep_ == "conj" and c.pos_ == "NOUN" and word.pos_ == "VERB"))
                     or (word is clause and c.dep_ in SUBJ and not agentive))  # fmt: skip
        # (nor a noun's compound modifier: "allow war crimes investigators in", "genocide suspects"; nor what is
        # combated: "will work together to fight terrorism", ``combated_problems``; nor a noun the parser
        # coordinated with a verb, the last item of a list: "... fight against terrorism or organised crime")
        prep = lex.equating.get(lemma(word)) if word.pos_ in ("VERB", "ADJ", "AUX") else (
            lex.partitive.get(lemma(word)) if word.dep_ == "attr" and word.head.i == clause.i else None)  # "part of"
        if prep is not None:
            stack.extend(p for c in word.children if c.dep_ == "prep" and c.lower_ == prep
                         for p in c.children if p.dep_ == "pobj")  # fmt: skip
    return sorted(out, key=lambda t: t.i)


def _reports(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying or believing with a clause of its own: what hangs on it is another's report."""
    return is_verb(verb) and (lemma(verb) in lex.reporting or lemma(verb) in lex.belief_verbs) \
        and child(verb, {"ccomp"}) is not None


def _acceded_demand(token: Token, lem: str, objs: list[Token], lex: Lexicon) -> Token | None:
    """The demand noun a verb gives in to: its object ("met the demands") or, for the verbs of
    ``acceding_verbs.to``, the object of its "to" ("agreed to their demand")."""
    nouns: list[Token] = []
    if lem in lex.acceding_objects:
        nouns = list(objs)
    elif lem in lex.acceding_to:
        nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                 for p in c.children if p.dep_ == "pobj"]
    return next((n for n in nouns if lex.nouns.get(lemma(of_filler(n))) == lex.acceded_type
                 and not market_sense(of_filler(n), lex)), None)  # (not "to satisfy domestic demand": a market's)


def _spanned(noun: Token, lex: Lexicon) -> Token:
    """What a span of time is of ("seven weeks of protests" -> protests), else the noun itself."""
    if lemma(noun) in lex.time_spans:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = child(of, {"pobj"}) if of is not None else None
        if pobj is not None:
            return pobj
    return noun


def of_filler(noun: Token) -> Token:
    """The noun that carries the meaning: "state of emergency" -> "emergency"; "20 of the
    hostages", "some of the sanctions" -> the hostages, the sanctions."""
    if lemma(noun) in _FILLERS or noun.pos_ == "NUM" or indefinite_quantifier(noun):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = child(c, {"pobj"})
                if pobj is not None:
                    return pobj
    return noun


def _typed_compound(noun: Token, lex: Lexicon) -> bool:
    """The noun heads a typed compound of ``noun_compounds`` ("scathing attack", "hunger strike";
    not "riot police", typed None: a plain noun)."""
    lem = lemma(noun)
    return any(c.dep_ in ("compound", "amod") and (key := _compound_key(c, lem, lex)) is not None
               and lex.noun_compounds[key] is not None for c in noun.children)  # fmt: skip


def _compound_key(modifier: Token, lem: str, lex: Lexicon) -> str | None:
    """The ``noun_compounds`` key of a modifier and a head lemma: the modifier's lemma, or its word
    when the lemmatizer made a participle a verb ("blistering" -> "blister")."""
    for key in (f"{lemma(modifier)} {lem}", f"{modifier.lower_} {lem}"):
        if key in lex.noun_compounds:
            return key
    return None


def noun_type(token: Token, lex: Lexicon) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    lem = lemma(token)
    for c in token.children:
        if c.dep_ in ("compound", "amod"):
            compound = _compound_key(c, lem, lex)
            if compound is not None:
                return lex.noun_compounds[compound]
    if token.dep_ == "compound" and f"{lem} {lemma(token.head)}" in lex.noun_compounds:
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "acl" and after.head == token and f"{lem} {after.lower_}" in lex.noun_compounds:
        return lex.noun_compounds[f"{lem} {after.lower_}"]  # "on a war footing" with "footing" parsed a participle
    hosts = (token, token.head) if token.dep_ in ("dobj", "obj") else (token,)  # (the phrase hung on the verb:
    for c in (c for h in hosts for c in h.children if c.i > token.i) if lem in lex.noun_prep_heads else ():
        if c.dep_ == "prep" and f"{lem} {c.lower_}" in lex.noun_preps:  # "made a plea to the junta")
            return lex.noun_preps[f"{lem} {c.lower_}"]  # "a call with Biden": a phone call, not a call for X
    if token.dep_ == "pobj" and lem in lex.governed_lemmas and f"{token.head.lower_} {lem}" in lex.governed_nouns:
        return lex.governed_nouns[f"{token.head.lower_} {lem}"]  # "came under fire from X": criticism
    return lex.nouns.get(lem)


def _duplicate_of_verb(noun: Token, event_type: str, triggers: list[Trigger]) -> bool:
    ancestors = list(noun.ancestors)[:4]
    return any(t.event_type == event_type and t.token in ancestors for t in triggers)


def _has_place(prep: Token) -> bool:
    return any(is_place_token(c) for c in prep.children if c.dep_ == "pobj")


def is_place_token(token: Token) -> bool:
    if token.ent_type_ in PLACE_LABELS:
        return True
    return geo.is_place(token.text) and not geo.is_demonym(token.text)
