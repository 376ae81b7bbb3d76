"""Roles: which words of a clause are a trigger's source and target (subjects, passive agents,
controllers of infinitives, objects, preposition objects, the actors an event noun carries)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.nlp import geo
from pipeline.nlp.events.actors import (
    INNER_PREPS,
    TARGET_PREPS,
    actor_head,
    agent_sector,
    asked_to_act,
    cannot_corefer,
    coordinated_parties,
    is_actor_head,
    is_actor_like,
    is_agent_word,
    names_place,
    party_noun,
)
from pipeline.nlp.events.lexicon import Lexicon
from pipeline.nlp.events.syntax import (
    ACTOR_LABELS,
    AMOUNT_LABELS,
    PASSIVE_SUBJ,
    SUBJ,
    agent,
    child,
    child_all,
    conditional_clause,
    dateline_word,
    extraposed_clause,
    first_conjunct,
    hands_of,
    has_direction_particle,
    is_infinitive,
    is_verb,
    lemma,
    misattached_conjunct,
    misparsed_intransitive,
    misparsed_main_verb,
    objects,
    past_dateline,
    prep_objects,
    speaker_of,
    to_gerunds,
)
from pipeline.nlp.events.triggers import (
    Trigger,
    addressed_party,
    authoring_participle,
    called_punishment,
    conduct_owner,
    deadline_party,
    faced_with_author,
    held_outcry,
    helped_party,
    hoped_party,
    is_alternative_threat,
    is_unheeded,
    noun_type,
    of_filler,
    outcry_party,
    ranked_doer,
    reported_clause,
    stance_clause_party,
    stance_objects,
    tough_infinitive,
    wanted_treatment,
)
from pipeline.nlp.events.triggers import noun_type as _typed_noun  # (noun_roles names its lexicon type noun_type)
from pipeline.nlp.events.types import COOPERATIVE_TYPES, HOSTILE_TYPES


def subject(token: Token, lex: Lexicon, depth: int = 0) -> Token | None:
    """The agent of a verb: its subject, a passive's by-phrase, or one inherited from a clause."""
    if depth > 5:
        return None
    if misparsed_intransitive(token, lex.intransitive_verbs):  # "the foreign minister consulted with X", "the two
        root = token.sent.root  # ministers talked by phone": no passive (the by-phrase is no agent), the root noun acts
        return _dateline_subject(root) if dateline_word(root) else root
    by = agent(token)
    if by is not None:  # "documented by Reuters but denied by the ministry": each verb its own agent
        return by
    if child(token, PASSIVE_SUBJ) is not None or is_passive(token):
        for c in token.rights if token.n_rights else ():  # "was beaten and detained by police": the
            if c.dep_ == "conj" and c.tag_ == "VBN" and is_passive(c):  # agent of the last passive is shared
                shared = agent(c)
                if shared is not None:
                    return shared
        return _act_author(token, lex)  # else an agentless passive: the subject is the target
    candidates = [_dateline_subject(c) if dateline_word(c) else c  # "TEHRAN — the spokesman": the apposition
                  for c in token.children if c.dep_ in SUBJ]  # fmt: skip
    subjects = [c for c in candidates if c is not None]
    if not subjects and token.tag_ in ("VBZ", "VBD", "VBP") and token.dep_ in ("ROOT", "ccomp", "conj") \
            and not any(c.dep_ == "det" for c in token.children):  # "Every year Argentina requests ...": a name
        subjects = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]  # hung on a finite
        # verb as a compound (the parser read "Argentina requests" as a noun phrase) is its subject (not "rejected
        # a United Nations appeal", a noun tagged a verb)
    if subjects:  # "MOSCOW (Reuters) - President Putin flew": the nearest subject is the real one
        return min(subjects, key=lambda c: abs(token.i - c.i))
    head = token.head
    if head == token:
        return None
    if token.tag_ == "VBD" and token.dep_ == "acl" and head.dep_ == "appos" and dateline_word(head.head):
        return head  # "DONETSK (Reuters) - Separatists shelled ...": a dateline root, the clause in apposition
    if misparsed_main_verb(token):  # "Yeltsin on Saturday hosted ...": the root noun is the subject
        return _dateline_subject(token.sent.root) if dateline_word(token.sent.root) else token.sent.root
    if tough_infinitive(token, lex):
        return None  # "it is difficult to negotiate with the Taliban", "the rebels are hard to defeat": anyone's act
    infinitival = token.dep_ == "advcl" and is_infinitive(token)
    if token.dep_ == "xcomp" or infinitival:
        controller = child(head, {"dobj", "obj"})
        if lemma(head) in lex.deadline_verbs:
            controller = deadline_party(head, lex) or controller  # "gave the rebels until Friday to disarm"
            if controller is not None and lemma(controller) in lex.duration_units:
                controller = None
        said_aside = token.tag_ == "VBG" and lemma(token) in lex.reporting and lemma(head) not in lex.hearing_verbs
        if controller is not None and not said_aside and (  # ("defended Marak, saying ...": the defender says it)
                lemma(head) in lex.causative or (token.dep_ == "xcomp" and lemma(head) not in lex.subject_control_verbs
                                                 and _party_object(controller, lex))):
            return controller  # "advised the army to release ...", "invited Iran to join": object control
        if not is_passive(token):  # "X is expected to sign", "X was asked to leave", "X was sent to negotiate",
            undergoer = child(head, PASSIVE_SUBJ)  # "X was forced to resign": the passive's subject acts
            if undergoer is not None:
                return undergoer
        return subject(head, lex, depth + 1)
    governor = misattached_conjunct(token)
    if governor is not None:
        return subject(governor, lex, depth + 1)  # "said the leaders would discuss ... and reaffirmed": the sayer
    if token.dep_ == "conj" and child(head, PASSIVE_SUBJ) is not None:
        return child(head, PASSIVE_SUBJ)  # "X was accused of ..., pleaded guilty": X pleaded
    if _resultative(token):
        return None  # "the beds will become occupied": the copula's subject undergoes it (``verb_target``)
    if token.dep_ in ("conj", "advcl", "acomp") or (token.dep_ == "xcomp" and head.pos_ == "ADJ"):
        return subject(head, lex, depth + 1)
    if ranked_doer(token, lex):
        return subject(head.head, lex, depth + 1)  # "the former minister is the first to plead guilty", "he became
        # the first president to visit Israel": the copula's subject is the one who does it
    if token.dep_ == "relcl" and not (is_infinitive(token) and lemma(head) in lex.intent_nouns):
        return head  # ("a resolution to ban X", parsed a relative clause: the intent noun's infinitive, below)
    if token.dep_ == "acl" and token.tag_ == "VBG":
        if is_actor_head(actor_head(head), lex) or head.dep_ not in ("dobj", "obj", "attr"):
            return head  # "protesters demanding ..."
        return subject(head.head, lex, depth + 1)  # "issued a declaration demanding ...": the issuer
    if token.dep_ in ("acl", "relcl") and is_infinitive(token):  # "Russia's decision to withdraw", "the decision
        owner = child(head, {"poss"})  # by Moscow to expel", "a Russian decision to ...": the decider acts
        if owner is None:
            owner = prep_object(head, lex, ("by",))
        if owner is None and head.dep_ in ("dobj", "obj") and (
                lemma(head.head) in lex.announcing_verbs
                or (lemma(head) in lex.intent_nouns and lemma(head.head) in lex.authoring_participles)):
            return subject(head.head, lex, depth + 1)  # "the two navies announced plans to hold exercises",
            # "filed an application to overturn the decision": the filer
        return owner if owner is not None else _named_modifier(head)
    if token.dep_ == "pcomp" and head.head != head:
        if head.lower_ == "but" and lemma(head.head) in lex.choice_nouns and head.head.dep_ in ("dobj", "obj"):
            return subject(head.head.head, lex, depth + 1)  # "Bouteflika had no choice but to step down": he did
        if head.lower_ == "as" and child(head.head, {"dobj"}) is not None:
            return child(head.head, {"dobj"})  # "quoted Assad as thanking Putin": Assad thanks
        if head.lower_ in _PASSIVE_CONTROL_PREPS:
            undergoer = child(head.head, PASSIVE_SUBJ)  # "were suspended for disrupting the session": the MPs
            if undergoer is None and head.head.dep_ == "acl" and head.head.tag_ == "VBN":
                undergoer = head.head.head  # "a man suspected of killing a pastor": the man
            if undergoer is not None:
                return undergoer
        host = head.head
        if head.lower_ in _OBJECT_CONTROL_PREPS:
            doer = _controlling_object(host, lex)  # "accused Uganda of backing the rebels": Uganda backs
            if doer is not None:
                return doer
            if host.dep_ in ("dobj", "obj") and lemma(host.head) in lex.informing_verbs:
                return subject(host.head, lex, depth + 1)  # "warned the protesters of arresting them": the warner
        if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "pobj" and host.head.dep_ == "prep" \
                and is_verb(host.head.head) and not is_actor_like(actor_head(host), lex):
            return subject(host.head.head, lex, depth + 1)  # "went to the station with her brother for seeking help"
        return subject(head.head, lex, depth + 1)
    return None


def _act_author(verb: Token, lex: Lexicon) -> Token | None:
    """The author a passive's prepositional event noun names through its own participle ("were
    killed in air strikes carried out by the coalition", "died in an attack claimed by X"); not any
    noun's ("was killed in a car driven by his brother")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ != "by":
            noun = child(prep, {"pobj"})
            if noun is not None and lemma(noun) in lex.nouns:
                author = _participle_agent(noun, lex)
                if author is None and noun_type(noun, lex) in lex.harm_noun_types:
                    author = _harm_owner(noun, lex)  # "were killed in Syrian shelling", "... in a police raid"
                if author is not None:
                    return author
    return None


def _harm_owner(noun: Token, lex: Lexicon) -> Token | None:
    """Whose a hostile act's noun is by its own words: a possessive ("in Israel's strikes") or a
    modifier naming a party ("in Syrian shelling", "in a police raid"); not "in a suicide bombing"."""
    owner = child(noun, {"poss"})
    if owner is not None and is_actor_like(owner, lex):
        return owner
    for c in noun.lefts if noun.n_lefts else ():
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ACTOR_LABELS or is_actor_like(c, lex)):
            return c
    return None


def _dateline_subject(dateline: Token) -> Token | None:
    """The apposition after the dash of a dateline the parser took for the subject ("TEHRAN — the
    spokesman ...", "SANAA (Reuters) - Houthi rebels ...": not the agency in brackets)."""
    real = past_dateline(dateline)
    return real if real != dateline else child(dateline, {"appos"})


# a gerund after these prepositions on an active verb with a party as object is the object's act
# ("accused Uganda of backing the rebels", "sentenced two men to life in prison for killing a
# policeman", "thanked Qatar for mediating"); after others it is the subject's ("condemned X by ...")
_OBJECT_CONTROL_PREPS = frozenset({"of", "for"})


def _controlling_object(host: Token, lex: Lexicon) -> Token | None:
    """The party object of the active verb a gerund's "of" / "for" phrase hangs on: directly, on
    the object itself ("arrested the activist for insulting ..."), or on a non-party noun of the
    verb's prepositional phrase ("sentenced two men to life in prison for killing ...")."""
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ in ("dobj", "obj"):
        return host if _party_object(host, lex) and lemma(host.head) not in lex.informing_verbs else None
    verb = host
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "pobj" and host.head.dep_ == "prep" \
            and not is_actor_like(actor_head(host), lex):
        verb = host.head.head
    if not is_verb(verb) or is_passive(verb) or lemma(verb) in lex.informing_verbs:
        return None  # ("notified Norway of conducting exercises": the one who notified conducts them)
    obj = child(verb, {"dobj", "obj"})
    return obj if obj is not None and _party_object(obj, lex) else None


def _party_object(noun: Token, lex: Lexicon) -> bool:
    """The noun itself names a party that can act: a named actor, a country, a person or group
    noun, a pronoun; not a noun only a modifier makes a party's ("an Indian proposal") nor an
    instrument ("used drones to attack": Israel attacks)."""
    head = actor_head(noun)
    if head.ent_type_ in ACTOR_LABELS or head.lower_ in lex.pronouns or head.lower_ in lex.actor_nouns:
        return True
    if head.pos_ == "NOUN":  # (a generic agent is a party too: "accused the rebels of violating the truce";
        return lemma(head) in lex.person_nouns or lemma(head) in lex.group_nouns or is_agent_word(head)  # not drones)
    return head.pos_ == "PROPN" and is_actor_head(head, lex)  # "the Foreign Ministry" (restored case)


# a gerund after these prepositions on a passive is its subject's act ("was accused of backing the
# rebels", "were suspended for disrupting the session", "was arrested after attacking ...")
_PASSIVE_CONTROL_PREPS = frozenset({"of", "for", "from", "with", "against", "after"})


def prep_object(token: Token, lex: Lexicon, preps: Iterable[str] = TARGET_PREPS) -> Token | None:
    wanted = list(preps)
    found: list[tuple[int, Token]] = []
    for c in token.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in wanted:
            pobj = child(c, {"pobj"})
            if pobj is None and c.n_rights == 0 and c.i > token.i and token.dep_ == "relcl" \
                    and not any(g.dep_ in ("dobj", "obj") and g.tag_ in ("WDT", "WP") for g in token.children):
                pobj = token.head  # "the officials Tebboune has consulted with": a stranded preposition's object
                # is the noun the relative clause modifies
            if pobj is not None and c.lower_ == "with" and lemma(pobj) in lex.co_agent_nouns:
                continue  # "with Azerbaijan's help": an ally
            if pobj is not None and (is_actor_like(actor_head(pobj), lex) or (
                    c.lower_ == "against" and lemma(actor_head(pobj)) in lex.person_nouns)):  # "a complaint against
                found.append((wanted.index(c.lower_), pobj))  # the contractor": whom an act is against is a party
    return min(found, key=lambda f: f[0])[1] if found else None


def is_passive(token: Token) -> bool:
    """A passive verb: with its passive auxiliary, a participle coordinated with a passive ("was
    arrested and charged"), or a reduced adverbial clause "if attacked", "when asked" (a past
    participle after a subordinator, with no subject or auxiliary)."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    if token.dep_ == "conj" and token.tag_ == "VBN" and token.head.tag_ == "VBN" and not objects(token) \
            and any(c.dep_ == "auxpass" for c in token.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return True  # "was expelled from the party and dismissed from office": the passive is shared
    return (token.tag_ == "VBN" and token.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "csubj", "expl") for c in token.children))


def _shared_subject(token: Token, depth: int = 0) -> Token | None:
    """The subject a verb without its own shares with the clause it hangs on ("is scheduled to be
    sentenced", "..., having been released", "before being released")."""
    head = token.head
    if depth > 4 or head == token:
        return None
    if token.dep_ == "pcomp" and head.dep_ == "prep" and is_verb(head.head):
        head = head.head  # "was held for a day before being released": the prepositional clause's verb
    elif token.dep_ not in ("xcomp", "conj", "advcl"):
        return None
    own = child(head, PASSIVE_SUBJ | SUBJ)
    return own if own is not None else _shared_subject(head, depth + 1)


_RESULT_COPULAS = frozenset({"become", "get", "remain", "stay"})


def _resultative(token: Token) -> bool:
    """A past participle as the complement of "become", "get", "remain" or "stay" ("the beds will become
    occupied", "the town remained occupied"): passive in meaning, its copula's subject undergoes the act
    and only a "by" phrase names the doer."""
    return token.dep_ == "acomp" and token.tag_ == "VBN" and lemma(token.head) in _RESULT_COPULAS


def verb_target(token: Token, lex: Lexicon, trigger_object: Token | None = None) -> Token | None:
    """The party a verb acts on: its passive subject, an actor-like object (or the actor inside or
    owning it), else a preposition object. ``trigger_object`` is part of the trigger ("declared a
    state of siege", "used tear gas") and so never the target itself."""
    passive = child(token, PASSIVE_SUBJ)
    if passive is not None and passive != trigger_object and not is_actor_like(actor_head(passive), lex):
        recipient = prep_object(token, lex, ("to", "for"))  # "air defence systems were delivered to Ukraine":
        if recipient is not None and is_actor_like(actor_head(recipient), lex):  # a thing goes to a party
            return recipient
    inner = extraposed_clause(passive) if passive is not None else None
    if inner is not None:  # "it is alleged that the suspect murdered ...": the clause's party, not "it"
        return _clause_party(inner, lex)
    if passive is not None and passive == trigger_object and lemma(actor_head(passive)) not in lex.nouns \
            and not party_noun(actor_head(passive), lex):
        owner = _named_owner(actor_head(passive), lex)  # "the former minister's assets were seized": the owner (not
        # of an act or a stance, the actor's own: "New Zealand's objections were conveyed to Paris")
        if owner is not None:
            return owner
    if passive is not None and passive != trigger_object:
        return _thing_author(passive, lex) or _thing_owner(passive, lex) or passive  # ("one third of the guerrillas
        # have been demobilized": its "of" party, as an active object's; a possessive pronoun owner was tried and
        # left out: "their ATM cards had been blocked" took the nearest party of the sentence before)
    if _resultative(token):  # "the town became occupied": a passive's subject in all but name ("the beds will
        patient = child(token.head, SUBJ)  # become occupied": a thing, no party)
        return patient if patient is not None and is_actor_like(actor_head(patient), lex) else None
    if misparsed_main_verb(token):
        noun = token.head  # the noun phrase the verb was hung on ("hosted Japanese Prime Minister Hashimoto")
        while noun.dep_ == "compound" and noun.head != noun:
            noun = noun.head
        return noun if noun != trigger_object and is_actor_like(actor_head(noun), lex) else None
    if is_passive(token):
        shared = _shared_subject(token)
        if shared is not None and not _amount(shared, lex):
            return shared  # (not "another ₹100 crore is waiting to be seized": an amount)
    if token.dep_ == "acl" and (token.tag_ == "VBN" or (token.tag_ == "VBD" and token.head.dep_ not in SUBJ)) \
            and lemma(token) not in lex.intransitive_verbs and lemma(token) not in lex.state_participles \
            and not objects(token) and child(token, SUBJ) is None \
            and not (has_direction_particle(token) and agent(token) is None) \
            and party_noun(actor_head(token.head), lex):
        return token.head  # "an Iranian crew detained at Ezeiza International Airport" (the participle often
        # tagged VBD): a reduced passive's party is its patient, as a passive's subject is; the place is no target
        # (a thing's, as "military equipment seized from UN peacekeepers", is the party it was taken from; a
        # past tense hung on a subject is the parser's garden path: "officers tortured detained suspects"; a state's
        # place, "detainees held at Abu Ghraib", is no act: ``venue_preps`` state_participles; "Israeli forces pulled
        # back from the corridor", hung on "forces", is active, "a war hero shot down by Chile" a passive)
    prep_objs = [p for c in token.children if c.dep_ == "prep" and c.lower_ == lex.prep_object_verbs.get(lemma(token))
                 for p in c.children if p.dep_ == "pobj"]  # "entered into an agreement with Ethiopia" (``object_preps``)
    partner = next((w for p in prep_objs if (w := prep_object(p, lex, ("with",))) is not None), None)
    if partner is not None:
        return partner  # (its "with" party, before an "on" phrase: "... with Ethiopia on border security")
    for obj in [*objects(token), *prep_objs]:
        owner = _thing_owner(obj, lex, obj == trigger_object)  # "froze the bank accounts of the opposition leader"
        if owner is not None:
            return owner
        own_pronoun = any(c.dep_ == "poss" and c.lower_ in lex.pronouns for c in obj.children) \
            and lemma(obj) not in lex.other_party_nouns  # ("his counterpart" is someone else)
        equipment = lemma(actor_head(obj)) in lex.equipment_nouns or _given_thing(token, obj, lex)  # ("supplied
        # drones to Russia": Russia; "provided security to the citizens": the citizens)
        if obj != trigger_object and (is_actor_like(actor_head(obj), lex) or _definite_body(obj, lex)
                                      or (lemma(obj) in lex.other_party_nouns and actor_head(obj) == obj)) \
                and not own_pronoun and not equipment:  # ("told his critics to ...")
            return obj
        if obj != trigger_object and not own_pronoun and not equipment and asked_to_act(obj, lex):
            return obj  # "asked the Centre to release the funds": the one asked to act is a party
        if lemma(obj) in lex.nouns and obj != trigger_object:  # "denounced the crackdown on protesters by
            by = _act_by_agent(obj, lex)  # security forces": the act's author, not its victim
            if by is not None:
                return by
            if lex.verbs.get(lemma(token)) in lex.judged_act_types and lex.nouns.get(lemma(obj)) in HOSTILE_TYPES:
                return noun_roles(obj, lex, None)[0]  # "condemned the killing of the journalist", "condemns the
                # attack on Zakho": the hostile act's author, none when it names none (not its victim; "opposed the
                # agreement with the FARC" keeps the FARC)
        stance = lemma(token) in lex.stance_verbs  # "voiced Jordan's appreciation for the role of the UN agency"
        inner = prep_object(obj, lex, INNER_PREPS)
        if stance and obj == trigger_object and inner is not None and inner.head.lower_ == "of":
            other = prep_object(obj, lex, _HELD_STANCE_PREPS)  # the stance's "of" party holds it when another party is
            if other is not None or lex.stance_nouns.get(lemma(obj)) in lex.held_stance_types:  # named ("expressed the
                inner = other  # support of the government for the Palestinians") or it is a willingness ("the
                # commitment of the government to promote trade"); else it is the stance's object ("voiced approval of X")
        if inner is None:  # "handed a note of protest to the ambassador": the party of the "of" noun's phrase
            inner = next((prep_object(g, lex, _ADDRESS_PREPS) for c in obj.rights if c.dep_ == "prep"
                          and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        if inner is None and stance:  # the party whose act the stance is about
            inner = next((prep_object(g, lex, ("of",)) for c in obj.rights if c.dep_ == "prep"
                          and c.lower_ in _STANCE_PREPS for g in c.children if g.dep_ == "pobj"
                          and lemma(g) not in lex.nouns), None)  # (an act's author is found below)  # fmt: skip
        if inner is not None:
            return inner
        owner = child(obj, {"poss"})
        if owner is not None and (is_actor_like(owner, lex) or _person_noun(owner, lex)) and not stance \
                and (owner.lower_ not in lex.pronouns or _other_party_owner(owner, token, lex)):
            return owner  # ("rejected Israel's offer"; "Israel rejected their demands": not Israel's own; a
            # stance's owner is the speaker's side: "voiced Jordan's appreciation")
        author = prep_object(obj, lex, ("by",))  # "violated a ban by General Aoun"
        if author is None:  # "rejected a United Nations appeal", "reject proposed Israeli changes"
            author = _named_modifier(obj)
        if author is None:  # "criticised the tariffs imposed by Washington"
            author = _participle_agent(obj, lex)
        if author is None and equipment:  # "shot down a government helicopter": the government's
            author = next((c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")
                           and is_actor_like(c, lex) and lemma(c) not in lex.equipment_nouns), None)  # fmt: skip
            # (a weapon's kind is no owner: "anti-aircraft missiles")
        if author is not None and obj != trigger_object and (lemma(token) not in lex.needs_actor_object
                                                             or equipment):
            return author  # (a weapon's owner is the party hit: "shot down two Russian drones")
    target = prep_object(token, lex)
    if target is None:
        target = _stance_party(token, lex)
    if target is None and token.dep_ == "acl" and token.tag_ == "VBN":
        return token.head
    if target is None:
        target = _author_inside_prep(token, lex)
    if target is None:  # a person noun object is a party ("freed 20 hostages", "questioned the suspect",
        target = next((p for o in objects(token) if o != trigger_object  # "congratulated the winner", "told
                       and _person_noun(p := of_filler(o), lex)), None)  # consumers
        # to ...", "freed 20 of the hostages": a partitive's people
    return target


_ADDRESS_PREPS = ("to", "against", "with", "on", "upon", "at")


def _amount(noun: Token, lex: Lexicon) -> bool:
    """A noun that counts money or a measure, no party: an amount's entity, or a counted noun that
    names no actor ("another ₹100 crore", the tagger's currency sign outside the entity)."""
    counted = noun.ent_type_ in AMOUNT_LABELS or any(t.like_num or t.is_currency or t.ent_type_ in AMOUNT_LABELS
                                                     for t in noun.lefts) \
        or any(g.dep_ == "nummod" for t in noun.lefts for g in t.children)
    return counted and not is_actor_like(actor_head(noun), lex)  # (not "the 22-year-old", a person by age)


def _people(noun: Token, lex: Lexicon) -> bool:
    """A common noun of people ("the students", "protesters", "the police"), not a name of a body or a place."""
    head = actor_head(noun)
    return not head.ent_type_ and head.pos_ == "NOUN" and (
        lemma(head) in lex.person_nouns or lemma(head) in lex.group_nouns or agent_sector(head) is not None
        or head.lower_ in lex.sectors)


def _misattached_agent(noun: Token, lex: Lexicon) -> Token | None:
    """The by-phrase right after a prepositional object the parser hung on the active verb as its
    agent ("the incident led to protests by a few locals": "by" agent of "led", which has a subject
    and no passive auxiliary): the noun's own by-phrase, when it names a party."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for c in verb.children:
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")) and c.i == noun.right_edge.i + 1:
            by = child(c, {"pobj"})
            if by is not None and by.pos_ in ("NOUN", "PROPN") and (
                    is_actor_like(actor_head(by), lex) or lemma(actor_head(by)) in lex.person_nouns):
                return by
    return None


def _act_by_agent(noun: Token, lex: Lexicon) -> Token | None:
    """The by-agent of an event noun, on the noun or on its "of" / "on" party ("the crackdown on
    protesters by security forces", "the sentencing of the activist by a court")."""
    hosts = [noun] + [g for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for host in hosts:
        by = prep_object(host, lex, ("by",))
        if by is not None and by.pos_ in ("NOUN", "PROPN"):
            return by
    return None


def _clause_party(clause: Token, lex: Lexicon) -> Token | None:
    """The party of the clause an expletive "it" stands for (``syntax.extraposed_clause``): its subject or its
    passive's agent, when that is an actor; None for a clause of no party."""
    party = child(clause, SUBJ) or agent(clause)
    return party if party is not None and is_actor_like(actor_head(party), lex) else None


def _given_thing(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """A word of ``given_things`` that reads as a party elsewhere is what an act of giving gives
    ("provided security to the citizens"), not the party given to."""
    return lex.verbs.get(lemma(verb)) in lex.given_types and lemma(actor_head(noun)) in lex.given_things


def _definite_body(noun: Token, lex: Lexicon) -> bool:
    """A definite singular noun whose most frequent sense is a group ("accused the electoral
    commission", "met the committee"): a body that is acted on."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and lemma(noun) in lex.group_nouns and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _thing_author(noun: Token, lex: Lexicon) -> Token | None:
    """The party whose thing a passive's subject is, as for an active verb's object ("a proposal put
    forward by Egypt was rejected", "Israel's offer was turned down": Egypt, Israel): its owner, by-
    phrase, naming modifier or a participle's agent, when the noun itself names no actor."""
    head = actor_head(noun)
    if is_actor_head(head, lex) or names_place(head) or lemma(head) in lex.person_nouns \
            or lemma(head) in lex.group_nouns:
        return None
    owner = _named_owner(head, lex)  # (a common noun of a person too, as an active object's: "the suspect's home
    if owner is not None:  # was raided")
        return owner
    return prep_object(head, lex, ("by",)) or _named_modifier(head) or _participle_agent(head, lex)


def _thing_owner(noun: Token, lex: Lexicon, in_trigger: bool = False) -> Token | None:
    """The party a thing belongs to, named by its "of" phrase or a participle of owning on it ("the
    bank accounts of the opposition leader", "assets belonging to the opposition leader", "property
    owned by the former minister"; ``owning_participles``): the party an act on the thing is done
    to. A noun that names a party itself keeps its own place ("activists linked to the
    opposition"); a common noun of a person owns it too ("searched the home of the suspect").
    ``in_trigger``: the thing is part of the trigger, whose "of" phrase is read there."""
    head = actor_head(noun)
    if party_noun(head, lex) or names_place(head) or lemma(head) in lex.nouns or head.tag_ == "VBG" \
            or child(head, {"poss"}) is not None:
        return None  # (an act's "of" phrase is whom it is done to: "condemned Burma's execution of four opposition
        # leaders" is of Burma's act; a thing with an owner keeps it)
    # "froze the bank accounts of the opposition leader", "searched the home of the suspect" (a sector word before
    # the thing names no party of its own; not a place named by "of": "captured the UNITA stronghold of Andulo", the
    # thing's own party before it, an amount, nor the "of" phrase of a thing the trigger holds: "launched a special
    # audit of the Sh104 billion spent on ...")
    of_party = None if in_trigger else (prep_object(head, lex, ("of",)) or _person_of(head, lex))
    if of_party is not None and not names_place(of_party) and of_party.ent_type_ not in AMOUNT_LABELS and not of_party.like_num \
            and not any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS for c in head.children):
        return of_party
    for c in head.rights if head.n_rights else ():
        if c.dep_ != "acl" or c.tag_ not in ("VBN", "VBG") or lemma(c) not in lex.owning_participles:
            continue
        preps = lex.owning_participles[lemma(c)]
        owner = agent(c) if preps == ("by",) else prep_object(c, lex, preps)
        if owner is not None and is_actor_like(actor_head(owner), lex):
            return owner
    return None


def _premises_owner(hosts: list[Token], lex: Lexicon) -> Token | None:
    """The party whose premises or things an act is done on or at (``premises_owner``): "raids by
    police on the homes of opposition activists", "a police raid at his farmhouse", "a raid on dozens
    of Vivo offices": the owner (a possessive, an "of" party, a naming modifier), when what the
    preposition names is no party itself. ``hosts``: the act's noun and the words its phrase may hang on."""
    if lemma(hosts[0]) not in lex.premises_nouns:
        return None
    for c in (r for host in hosts for r in (host.rights if host.n_rights else ())):
        if c.dep_ != "prep" or c.lower_ not in lex.premises_preps:
            continue
        pobj = child(c, {"pobj"})
        if pobj is None:
            continue
        place = of_filler(pobj)
        if is_actor_like(actor_head(place), lex) or names_place(place) or lemma(place) in lex.nouns:
            continue
        owner = child(place, {"poss"})
        if owner is not None and (is_actor_like(owner, lex) or owner.lower_ in lex.pronouns or _person_noun(owner, lex)):
            return owner
        owner = _thing_owner(place, lex) or _named_modifier(place)
        if owner is not None:
            return owner
    return None


def _person_noun(token: Token, lex: Lexicon) -> bool:
    """A common noun of a person ("the suspect's home"), a party where a thing of theirs is acted on."""
    return token.pos_ == "NOUN" and lemma(token) in lex.person_nouns


def _named_owner(noun: Token, lex: Lexicon) -> Token | None:
    """The possessive owner of ``noun`` when it is a party or a common noun of a person, named ("the former
    minister's assets", "Israel's offer"); not a possessive pronoun, whose party lies in another sentence ("their
    ATM cards had been blocked" took the nearest party of the sentence before when tried)."""
    owner = child(noun, {"poss"})
    if owner is None or owner.lower_ in lex.pronouns or not (is_actor_like(owner, lex) or _person_noun(owner, lex)):
        return None
    return owner


def _people_from(noun: Token, lex: Lexicon) -> Token | None:
    """The "from" object of a noun typed by its "from" party (``noun_preps``) that is a plural common noun of
    persons: people whose act it is ("pressure from the bus owners"), a group though no sector word names it (not
    "demand from makers of e-vehicles", "inquiries from private collectors")."""
    if f"{lemma(noun)} from" not in lex.noun_preps:
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                 if p.dep_ == "pobj" and p.tag_ == "NNS" and lemma(p) in lex.person_nouns), None)  # fmt: skip


def _person_of(noun: Token, lex: Lexicon) -> Token | None:
    """A common noun of a person in the noun's "of" phrase ("the home of the suspect"), which
    ``prep_object`` takes for a party only after "against"."""
    party = next((g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), None)  # fmt: skip
    return party if party is not None and _person_noun(party, lex) else None


def _participle_agent(noun: Token, lex: Lexicon) -> Token | None:
    """The by-agent of a past participle modifying a noun: whose the thing is ("the tariffs imposed
    by Washington", "the conditions set by the IMF")."""
    for c in noun.rights if noun.n_rights else ():
        if c.dep_ == "acl" and c.tag_ == "VBN":
            by = agent(c)
            if by is not None and is_actor_like(actor_head(by), lex):
                return by
    return None


# a complaint's "about / over / against" party is the one complained about; a "to" party only hears
# it ("complained to the United Nations about Somali incursions": Somalia)
_GRIEVANCE_PREPS = ("about", "over", "against", "at")


def _grievance_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party a complaint is about: an actor after about / over / against / at, or the owner,
    naming modifier or author of what is complained about ("over Israeli air raids")."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _GRIEVANCE_PREPS:
            continue
        pobj = child(c, {"pobj"})
        if pobj is None:
            continue
        if is_actor_like(actor_head(pobj), lex):
            return pobj
        owner = child(pobj, {"poss"})
        if owner is not None and is_actor_like(owner, lex) and owner.lower_ not in lex.pronouns:
            return owner
        party = prep_object(pobj, lex, ("by", "from")) or _named_modifier(pobj) or _participle_agent(pobj, lex)
        if party is not None:
            return party
    return None


def _named_modifier(noun: Token) -> Token | None:
    """A name or nationality that modifies a noun and so says whose it is ("a United Nations
    appeal", "Israeli changes")."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                 and (c.ent_type_ in ACTOR_LABELS or geo.country_code(c.text, allow_city=False))), None)


_HELD_STANCE_PREPS = tuple(p for p in INNER_PREPS if p != "of")  # a stance noun's "of" party is its holder

_STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "solidarity", "support", "retaliation", "response"})


def _stance_party(token: Token, lex: Lexicon) -> Token | None:
    """"blocked streets in defiance of the authorities", "went on strike in protest at X's refusal",
    "marched in solidarity with X": the party the act is a stance towards."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        stance = child(c, {"pobj"})
        if stance is None or lemma(stance) not in _STANCE_NOUNS:
            continue
        party = prep_object(stance, lex, ("of", "against", "at", "with", "to"))
        if party is None:
            party = _author_inside_prep(stance, lex)
        if party is not None:
            return party
    return None


def _author_inside_prep(token: Token, lex: Lexicon) -> Token | None:
    """"responded to a demand from X", "objected to X's proposal": the party behind a preposition's
    object when the object itself is no actor."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ not in TARGET_PREPS:
            continue
        pobj = child(c, {"pobj"})
        if pobj is None or (c.lower_ == "with" and lemma(pobj) in lex.co_agent_nouns):
            continue  # "with Azerbaijan's help", "with the backing of X": an ally, not a target
        owner = child(pobj, {"poss"})
        if owner is not None and is_actor_like(owner, lex) and (owner.lower_ not in lex.pronouns
                                                                or _other_party_owner(owner, token, lex)):
            return owner  # ("we have agreed to their demand": not our own)
        inner = prep_object(pobj, lex, ("from", "by"))
        if inner is not None:
            return inner
    return None


def _other_party_owner(owner: Token, verb: Token, lex: Lexicon) -> bool:
    """A possessive pronoun on what a verb acts on that cannot refer to the verb's subject names
    another party ("we have agreed to their demand", "Israel rejected their proposal", "he
    accepted her resignation"); one that can is the subject's own ("withdrew its troops")."""
    doer = subject(verb, lex)
    return doer is not None and cannot_corefer(owner, actor_head(doer), lex)


_AWAY_FROM = frozenset({"RETREAT", "MOBILIZE"})  # "withdrawal from Lebanon": the place or party left


def _cooperative_act(verb: Token, lex: Lexicon) -> bool:
    """The verb names a cooperative act of its own (a verb or verb + particle of a cooperative
    type: "negotiate", "meet", "sit down", "mediate"), whatever its object, or with its object
    ("make concessions"), or takes part in one (a light preposition's event noun: "take part in
    a summit", "participate in the talks")."""
    lem = lemma(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    joined = [p for prep in preps if " ".join([lem, *(lemma(o) for o in objects if o.i < prep.i), prep.lower_])
              in lex.light_preps for p in prep.children if p.dep_ == "pobj"]  # fmt: skip
    objects += [s for c in verb.children if c.dep_ == "ccomp" and is_infinitive(c)
                for s in c.children if s.dep_ == "nsubj"]  # "make concessions to end the crisis", misparsed
    types = [lex.verbs.get(lem), *(lex.phrasal.get(f"{lem} {p}") for p in particles),
             *(lex.verb_objects.get(f"{lem} {lemma(o)}") for o in objects), *(lex.nouns.get(lemma(p)) for p in joined)]
    return any(t in COOPERATIVE_TYPES for t in types)


def _light_noun_host(noun: Token, lex: Lexicon) -> Token | None:
    """The noun of stating or doing (``lex.light_nouns``) whose "of" object ``noun`` is ("the
    declaration of martial law", "the imposition of a curfew", "the announcement of a ceasefire"):
    the act is the host's possessor's or by-agent's."""
    for _ in range(2):  # (through a filler: "the declaration of a state of emergency")
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        host = noun.head.head
        if lemma(host) in lex.light_nouns:
            return host
        if of_filler(host) != noun:
            return None
        noun = host
    return None


def _names_kind(noun: Token) -> bool:
    """The noun (or the one it is coordinated with) modifies another noun: it names a kind of thing, no act
    ("the police complaints council", "the police investigation and information system")."""
    return first_conjunct(noun).dep_ in ("compound", "amod", "nmod")


def _compound_agent(word: Token, noun: Token, lex: Lexicon) -> bool:
    """The bare noun before an event noun names the force that acts ("a police raid", "an army
    crackdown"), or the state in a coercive act ("a government crackdown": ``compound_agents``
    typed_words)."""
    if agent_sector(word) in lex.compound_agent_sectors:
        return True
    return lex.nouns.get(lemma(noun)) in lex.compound_agent_types.get(word.lower_, ())


def noun_roles(noun: Token, lex: Lexicon, light: Token | None) -> tuple[Token | None, Token | None, bool]:
    """(source, target, own) for a noun trigger; ``own`` says whether an actor hangs on the noun
    itself ("Russia's withdrawal", "talks with X", "attack on X") rather than on its verb. Only a
    support verb (``light``: "held talks", "launched strikes") lends the noun its subject: the
    subject of "condemned the attack" is not the attacker."""
    host = _light_noun_host(noun, lex)  # "Li Peng's declaration of martial law": the declaration's actors
    owner = child(noun, {"poss"}) or (child(host, {"poss"}) if host is not None else None)
    patient = None  # "Navalny's arrest", "his release": with no "of" party, the owner is the one it is done to
    if owner is not None and lemma(noun) in lex.patient_owner_nouns \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        patient, owner = owner, None
    modifier = next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                     and (geo.country_code(c.text, allow_city=False) or (c.ent_type_ in ACTOR_LABELS
                                                                         and c.ent_type_ != "GPE"))), None)  # fmt: skip
    # (a city before the noun is where it happens: "the Lusaka accord", "the Geneva talks")
    if modifier is None:  # "the teachers strike", "PTI leaders claims": a plural possessive the wire form lost
        modifier = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and (
            (c.tag_ == "NNS" and (is_actor_like(c, lex) or lemma(c) in lex.person_nouns))
            or ((_compound_agent(c, noun, lex) or c.lower_ in lex.compound_agent_words)
                and light is None and not _names_kind(noun)))), None)  # ("heavy police
        # deployment", "an army crackdown": a force's own act; not "the police complaints council")
    by = next((child(c, {"pobj"}) for c in (*noun.children, *(host.children if host is not None else ()))
               if c.dep_ == "prep" and c.lower_ == "by"), None)  # ("the imposition of a curfew by the army")
    if by is None:  # "the arrest of the opposition leader by police": the parser hung "by" on the "of" party
        by = next((child(b, {"pobj"}) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" for b in g.children
                   if b.dep_ == "prep" and b.lower_ == "by"), None)  # fmt: skip
        if by is not None and (by.pos_ not in ("NOUN", "PROPN") or not is_actor_like(actor_head(by), lex)):
            by = None
    if by is None:
        by = _misattached_agent(noun, lex)  # "the incident led to protests by parents": "by" hung on "led"
    noun_type = lex.nouns.get(lemma(noun))
    origin = None
    lent = _speech_of(noun, lex) is not None  # its "from" party speaks of it ("the condemnation of the attack from X")
    if noun_type not in _AWAY_FROM and not lent and patient is None:  # "a demand from the president", "aid from
        origin = prep_object(noun, lex, ("from",)) or _people_from(noun, lex)  # X", "received a complaint from X" (not
        # "his suspension from the party": where the one suspended is taken from)
    spoken = _speech_origin(noun, lex) if noun_type in lex.speech_noun_types else None
    source = owner or modifier or by or origin or spoken or _authoring_agent(noun, lex) or _claimant(noun, lex)
    of_object = prep_object(noun, lex, ("of",))
    target = prep_object(noun, lex, [p for p in TARGET_PREPS if p != "of" and (p != "from" or (origin is None
                                                                                    and not lent))])
    intransitive = noun_type in ("RETREAT", "PROTEST", "MOBILIZE", "FIGHT", "CONSULT", "DEMAND") \
        and lemma(noun) not in lex.patient_of_nouns  # ("the request of X"; not "the release of the prisoners")
    moved = None  # the "of" party taken as the source of an intransitive noun
    if source is None and of_object is not None and intransitive and not names_place(of_object):
        source, of_object = of_object, None  # ("the withdrawal of the troops"; not "the shelling of the town of X")
        moved = source
    if patient is not None and source is None and light is None and patient.tag_ == "PRP$":
        return None, None, False  # "alleging that their suspension was illegal": the act told before, taken up
    target = patient or target or of_object  # ("Assange's extradition to the US": Assange extradited)
    if target is None:
        target = _author_inside_prep(noun, lex)  # "demonstrations against violations by the military"
        if target is not None and target == spoken:
            target = None  # ("the condemnation of the attack from world leaders": the leaders speak)
    if target is None:
        target = _stance_party(noun, lex) or (_stance_party(light, lex) if light is not None else None)
    if target is None and light is None:
        target = _victim_of(noun, lex)  # "Costa Rica has been the target of cyber-attacks"
    if target is None:
        target = _aimed_party(noun, lex)  # "sanctions targeting Russian banks"
    if target is None and noun_type in lex.premises_types:  # "raids by police on the homes of opposition activists"
        target = _premises_owner([noun, *((by,) if by is not None else ()), *((light,) if light is not None else ())],
                                 lex)  # (the parser hangs the phrase on the by-agent or the support verb too)
    own = source is not None or target is not None
    typed = _typed_noun(noun, lex)  # (with the compound's or the preposition's type: "phone call", "call with")
    if source is None and target is not None and light is None and typed in lex.participant_types \
            and agent_sector(actor_head(target)) != "MED":  # ("in a telephone call to a local newspaper")
        source = _participant(noun, lex)  # "during a meeting with X, the minister said": the minister met X
    elif source is None and target is None and light is None and typed in lex.participant_types:
        source = _participant(noun, lex)  # "X told Y in a phone call that ...", "X and Y agreed during talks to ..."
        target = _addressee(noun, lex) if source is not None else None
        own = target is not None or (source is not None and any(c.dep_ == "conj" or c.lower_ in ("two", "both")
                                                                for c in source.children))  # ("the two leaders")
        source = source if own else None
    if light is not None and noun.dep_ == "pobj" and noun.head.lower_ in lex.undergoing_preps:
        # "was placed under investigation by X", "is under arrest", "came under attack from X": the
        # clause's subject undergoes the act; its agent is the by-phrase (or the noun's own "from X")
        placed = child(light, {"dobj", "obj"})
        if placed is not None and child(light, PASSIVE_SUBJ) is None:  # "troops placed the prime minister under
            return subject(light, lex), placed, True  # house arrest": the subject acts on the object
        undergoer = child(light, PASSIVE_SUBJ) or subject(light, lex)
        return agent(light) or by or origin or prep_object(light, lex, ("from",)), undergoer, True  # ("came under
        # fire on Tuesday from X": the parser hangs "from" on the verb)
    if light is not None and _greeting(noun, noun_type, light, lex):
        # "Ramaphosa was greeted with heckling and boos", "the minister was met with criticism from X": the one
        # greeted undergoes the act, by the passive's agent or the noun's own party; a thing greeted lends
        # nothing ("the ruling was met with criticism": the noun's own parties, if any)
        greeted = child(light, PASSIVE_SUBJ) or subject(light, lex)
        if greeted is None or not is_actor_head(actor_head(greeted), lex):
            return source, target, own
        return agent(light) or by or origin or prep_object(light, lex, ("from",)), greeted, True
    if light is not None and noun.dep_ == "pobj" and f"{noun.head.lower_} {lemma(noun)}" in lex.governed_nouns \
            and noun.head.lower_ not in lex.undergoing_preps:  # "put the rebels on notice", "were put on notice by X":
        placed = child(light, {"dobj", "obj"}) or child(light, PASSIVE_SUBJ)  # the one placed is the target
        if placed is None:
            return None, None, False  # "went on leave", "is on maternity leave": no one placed there by anyone
        return agent(light) or (subject(light, lex) if child(light, PASSIVE_SUBJ) is None else None), placed, True
    if light is not None and lemma(noun) in lex.undergone_nouns:  # "will stand trial", "went on trial": the
        placed = child(light, {"dobj", "obj"})  # subject is tried; "put him on trial": the subject tries him
        if placed is not None and placed != noun and child(light, PASSIVE_SUBJ) is None:
            return subject(light, lex), placed, True
        return agent(light) or by, child(light, PASSIVE_SUBJ) or subject(light, lex), True
    if light is None and lemma(noun) in lex.outcry_nouns:  # "Iraq's anger against Turkey"
        held = held_outcry(noun, lex)
        return (held[0], held[1], True) if held is not None else (None, None, False)
    if light is not None and lemma(noun) in lex.outcry_nouns:  # "the JFDA decision sparked anger among
        angered = subject(light, lex)  # Jordanians": they criticise the subject, or the party whose thing it is
        if angered is not None and not is_actor_like(actor_head(angered), lex):
            angered = _thing_author(angered, lex)
        return outcry_party(noun, lex), angered, True
    if light is not None and noun.dep_ in ("dobj", "obj") and noun_type == "THREATEN" and lemma(light) in lex.facing_verbs:
        author = origin or by or prep_object(light, lex, ("by", "from"))  # (the parser may hang "by" on the verb)
        return author, child(light, PASSIVE_SUBJ) or subject(light, lex), True  # "faces the threat of arrest by
        # the regime": the regime threatens the one who faces it, not he ("faces the threat of arrest": no one named)
    if light is not None and noun.dep_ in ("dobj", "obj") and (lex.undergoes(lemma(light), noun_type, lemma(noun))
                                                               or faced_with_author(light, noun, lex)):
        # "the minister drew criticism from X": X criticises him; "won praise from X", "received support from X"
        critic = origin or by or prep_object(light, lex, ("from",)) or of_object  # ("incurred the censure of X")
        if critic is None and lemma(light) in lex.receiving_verbs:
            return None, None, False  # "the university received a research grant": from nobody named, no event
        return critic, child(light, PASSIVE_SUBJ) or subject(light, lex), True
    if light is not None and lemma(light) not in lex.causing_verbs:  # ("the arrest sparked protests")
        agent_ = subject(light, lex)  # "Chaves confirmed Costa Rica's support": Chaves acts
        if (lemma(light) in lex.attending_verbs or lemma(light) in lex.convening_verbs
                or (_participating(light, lex) and noun_type in lex.participant_types)) \
                and agent_ is not None \
                and source is not None and target is None \
                and source != agent_ and is_actor_like(actor_head(agent_), lex):
            return agent_, source, True  # "the minister attended the ASEAN summit": he meets ASEAN's members
        if agent_ is not None and moved is not None and source == moved and lemma(light) in lex.light_verbs \
                and is_actor_like(actor_head(agent_), lex):
            source = agent_  # "ordered the release of the students": the light verb's subject acts on them; forces
            if target is None and lemma(of_filler(moved)) not in lex.force_units:  # deployed are no target
                target = moved  # ("ordered the deployment of troops")
        elif agent_ is not None and (source is None or (source == owner and agent(light) is None)):
            source = agent_  # (a passive's agent reports the owner's act: "Moscow's deployment of troops was
            # announced by Tass")
        if target is None:
            target = prep_object(light, lex)
        if target is None and noun.dep_ == "pobj" and is_passive(light):  # "opposition leaders have been
            target = child(light, PASSIVE_SUBJ) or _shared_subject(light)  # subjected to harassment", "... have been
            # targeted and subjected to harassment"
    if target is None and light is None and lemma(noun) in lex.alleging_nouns and not _investigated_matter(noun, lex):
        alleged = _alleged_party(noun, lex)  # "resigned after allegations that he took bribes": he is accused
        if alleged is not None and any(c.dep_ in _FILLED_SLOTS for c in alleged.head.children):
            return source, alleged, True  # (a clause with no object may be a relative one with "that" as its
            # object: "money laundering accusations that her allies have blamed on an abuse of power")
    return source, target, own


def _participating(verb: Token, lex: Lexicon) -> bool:
    """The verb is one of taking part (``participating_verbs``: "participated in", "took part in", a
    verb and its object); the caller takes it for a meeting's only ("participated in the Angolan war":
    a fighter, who meets no one)."""
    return lemma(verb) in lex.participating_verbs or any(
        f"{lemma(verb)} {lemma(c)}" in lex.participating_verbs for c in verb.children if c.dep_ in ("dobj", "obj"))


_FILLED_SLOTS = frozenset({"dobj", "obj", "xcomp", "ccomp", "attr", "acomp", "oprd", "auxpass", "dative"})


def _greeting(noun: Token, noun_type: str | None, light: Token, lex: Lexicon) -> bool:
    """The noun is the act a verb of ``reception_phrases`` greets its subject with ("was greeted with
    boos", "was met with condemnation")."""
    return noun.dep_ == "pobj" and noun_type in lex.reception_types \
        and f"{lemma(light)} {noun.head.lower_}" in lex.reception_phrases


def _investigated_matter(noun: Token, lex: Lexicon) -> bool:
    """The noun is what an inquiry looks into ("opened an investigation into allegations that X ...",
    "are looking into allegations that ...", "investigating allegations that ..."): the inquiry is
    coded, its matter is no accusation of its own."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return True
    return noun.dep_ in ("dobj", "obj") and lex.verbs.get(lemma(noun.head)) == "INVESTIGATE"


def _victim_of(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of a copula whose complement is the target or victim "of" the act the noun names
    ("Costa Rica has been the target of cyber-attacks", "became the victim of a smear campaign";
    ``victim_nouns``), or is "subject to" it ("the brands have been subject to a crackdown"): the
    one the act is done to."""
    if noun.dep_ != "pobj":
        return None
    holder = noun.head.head
    if noun.head.lower_ == "to" and lemma(holder) in lex.victim_adjectives and holder.dep_ in ("acomp", "attr") \
            and lemma(holder.head) in lex.victim_copulas:  # "Chinese brands have been subject to a crackdown"
        victim = subject(holder.head, lex)
        return victim if victim is not None and is_actor_like(actor_head(victim), lex) else None
    if noun.head.lower_ != "of":
        return None
    if lemma(holder) not in lex.victim_nouns or holder.dep_ not in ("attr", "oprd") \
            or lemma(holder.head) not in lex.victim_copulas:
        return None
    victim = subject(holder.head, lex)
    return victim if victim is not None and is_actor_like(actor_head(victim), lex) else None


def _aimed_party(noun: Token, lex: Lexicon) -> Token | None:
    """The party a participle of aiming on the noun names ("sanctions targeting Russian banks", "a
    crackdown aimed at drug gangs", "raids directed against the rebels"; ``aimed_participles``):
    whom the act is done to."""
    for c in noun.children:
        if c.dep_ != "acl" or c.tag_ not in ("VBG", "VBN") or lemma(c) not in lex.aimed_participles:
            continue
        preps = lex.aimed_participles[lemma(c)]
        party = child(c, {"dobj", "obj"}) if not preps else prep_object(c, lex, preps)
        by = agent(c)
        if party is None and preps and by is not None:  # "accusations levelled by some against the government":
            party = prep_object(by, lex, preps)  # the parser hung the party on the agent
        if party is not None and is_actor_like(actor_head(party), lex):
            return party
    return None


def _claimant(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of a verb of owning up to the act the noun names ("al-Shabaab claimed the
    attack", "X claimed responsibility for the bombing"; actors.v1.3 claiming_verbs)."""
    host = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.dep_ in ("dobj", "obj"):
        host = noun.head.head  # "claimed responsibility for the attack"
        if lemma(host) != "responsibility":
            return None
    if host.dep_ not in ("dobj", "obj") or lemma(host.head) not in lex.claiming_verbs:
        return None
    claimant = subject(host.head, lex)
    return claimant if claimant is not None and is_actor_like(actor_head(claimant), lex) else None


def _authoring_agent(noun: Token, lex: Lexicon) -> Token | None:
    """The by-agent of an authoring participle on an event noun ("a suicide bombing claimed by
    Islamic State", "sanctions imposed by the US"; actors.v1.3 authoring_participles)."""
    participle = authoring_participle(noun, lex)
    by = agent(participle) if participle is not None else None
    return by if by is not None and is_actor_like(actor_head(by), lex) else None


def _speech_origin(noun: Token, lex: Lexicon) -> Token | None:
    """The party of a "from" phrase the parser hung on the "of" object of a noun of saying ("the
    condemnation of the attack from world leaders", "calls of restraint from the UN"): the one who
    says it. Not a place: "condemnation of rocket fire from Gaza" is fire from Gaza."""
    for c in noun.rights if noun.n_rights else ():
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for thing in c.children:
            if thing.dep_ != "pobj":
                continue
            party = _speaker_from(thing, lex)
            if party is not None:
                return party
    return None


def _speaker_from(thing: Token, lex: Lexicon) -> Token | None:
    """The "from" party of ``thing`` that is an actor and no place (see :func:`_speech_origin`)."""
    for p in thing.rights if thing.n_rights else ():
        if p.dep_ == "prep" and p.lower_ == "from":
            party = child(p, {"pobj"})
            if party is not None and is_actor_like(actor_head(party), lex) and not names_place(party) \
                    and not geo.is_place(party.text):
                return party
    return None


def _speech_of(noun: Token, lex: Lexicon) -> Token | None:
    """The noun of saying whose "of" object ``noun`` is, when ``noun``'s "from" party is that
    saying's source ("the attack" in "the condemnation of the attack from world leaders")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head == prep:
        return None
    speech = prep.head
    if lex.nouns.get(lemma(speech)) not in lex.speech_noun_types:
        return None
    return speech if _speaker_from(noun, lex) is not None else None


def _participant(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of the clause a meeting noun is an adverbial of ("during talks with X, Y ..."),
    also when the parser hangs the phrase on that subject ("Y, in a phone call with X, discussed
    ..."); after a motion verb, the purpose "for" too ("flew to Beijing for talks with X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    host = prep.head
    copula = host.pos_ == "AUX" and lemma(host) == "be"  # "was in talks with X", "is in Beijing for talks with X"
    if prep.lower_ in lex.participant_motion_preps and (copula or (is_verb(host) and lemma(host) in lex.motion_verbs)):
        return subject(host, lex)
    if host.dep_ in SUBJ and is_verb(host.head) and is_actor_like(actor_head(host), lex) \
            and (prep.lower_ in lex.participant_preps or prep.lower_ in lex.participant_subject_preps):
        return host  # "Y, in a meeting with X, said", "Y, on a visit to X, said": the phrase hangs on its subject
    if prep.lower_ in lex.participant_subject_preps and is_verb(host) and _set_off(prep):
        return subject(host, lex)  # "Y, on a visit to X, said", "On a visit to X, Y said"
    sequence = host.head if host.dep_ in ("dobj", "obj") and is_verb(host.head) else host  # (hung on "the trip")
    if prep.lower_ in lex.sequence_preps and is_verb(sequence) and lemma(sequence) in lex.sequence_verbs:
        return subject(sequence, lex)  # "kicked off the tour with a visit to Cameroon": the subject visits
    if prep.lower_ not in lex.participant_preps:
        return None
    if is_verb(host) or copula:
        return subject(host, lex)
    if host.dep_ in ("dobj", "obj") and is_verb(host.head) and child(host.head, PASSIVE_SUBJ) is None \
            and not is_infinitive(host.head):  # (not "need to play a role in the negotiations with X")
        return subject(host.head, lex)  # "made the remarks in a meeting with X": the parser hangs it on the object
    return None


def _set_off(prep: Token) -> bool:
    """A prepositional phrase set off as a parenthetical: after a comma, or opening the sentence."""
    return prep.i == prep.sent.start or prep.doc[prep.i - 1].lower_ == ","


def _addressee(noun: Token, lex: Lexicon) -> Token | None:
    """The party a clause's verb is addressed to, when a meeting noun is the clause's adverbial ("X
    told Y in a phone call that ...", "in a phone call, X urged Y to ..."): the verb's object."""
    host = noun.head.head
    return addressed_party(host, lex) if is_verb(host) else None  # (not "told reporters at a meeting")


def _coordinated_participants(noun: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """A meeting noun in an adverbial phrase of a verb whose subject is two coordinated parties
    ("In a phone call on Tuesday, Modi and Zelensky reviewed progress ..."): the first and the
    second party (the noun names how they met)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in lex.participant_preps or not is_verb(noun.head.head):
        return None
    verb = noun.head.head
    first = child(verb, {"nsubj"})
    other = next((c for c in first.conjuncts if c.i > first.i), None) if first is not None else None
    if first is not None and other is None and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        other = next((c for c in verb.children if first.i < c.i < verb.i and c.dep_ in ("npadvmod", "appos")
                      and c.pos_ == "PROPN"), None)  # ("Modi and Zelensky reviewed": the second hung on the verb)
    if first is None or other is None or not is_actor_like(actor_head(first), lex) \
            or not is_actor_like(actor_head(other), lex):
        return None
    return first, other


def _meeting_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party of a meeting noun in a meeting verb's adverbial phrase ("discussed ..., in a phone
    call with X", "travelled to Y for talks with X"): X."""
    preps = lex.participant_preps | (lex.participant_motion_preps if lemma(verb) in lex.motion_verbs else frozenset())
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        noun = child(c, {"pobj"})
        if noun is not None and noun_type(noun, lex) in lex.participant_types:
            party = prep_object(noun, lex, ("with",))
            if party is not None:
                return party
    return None


def conjuncts(token: Token | None) -> list[Token | None]:
    """A coordinated actor ("Jordan and Britain") yields one event per conjunct (at most 3); so do
    coordinated parties modifying one noun ("Hungarian and Romanian officials": the Hungarian
    officials and the Romanian ones, each with its own country)."""
    if token is None:
        return [None]
    extra = [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN")]
    if token.dep_ in SUBJ:  # "Russia and China, along with Iran,": the co-agent too
        extra += [c for c in _co_agents(token) if c not in extra]
    if not extra:
        parties = coordinated_parties(actor_head(token))
        if parties:
            return list(parties[:3])
    return [token, *extra[:2]]


_ALONG = frozenset({"along", "together"})


def _co_agents(subject_: Token) -> list[Token]:
    """"Russia, along with China, vetoed ...", "France, together with Germany, condemned ...": the
    with-phrase of the subject (or of its verb) names a second agent; so does the other subject of
    "Egypt as well as Jordan criticised ..." (parsed as two subjects)."""
    withs = [c for c in subject_.children if c.dep_ == "prep" and c.lower_ == "with"
             and any(a.lower_ in _ALONG for a in c.children if a.dep_ == "advmod")]  # fmt: skip
    withs += [w for c in subject_.head.children if c.dep_ in ("prep", "advmod") and c.lower_ in _ALONG
              for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]  # fmt: skip
    found = [p for w in withs for p in w.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    found += [s for s in subject_.head.children if s.dep_ in SUBJ and s != subject_ and s.pos_ in ("NOUN", "PROPN")
              and any(c.dep_ == "cc" and c.lower_ == "as" for c in s.children)]  # "Egypt as well as Jordan"
    return found[:2]


_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
_VENUE_PREPS = frozenset({"at"})
_STANCE_PREPS = frozenset({"for", "over", "about", "at", "with", "to"})  # what a stance noun is about  # a meeting's "at X" is where it is held, not who is met


def _purpose_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party of the demand or allegation a protest is staged for ("marched to demand that the
    governor resign", "rallied, calling on the army to withdraw", "held a rally demanding the prime minister's
    resignation"): the protest's target."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [c for o in (*child_all(verb, ("dobj", "obj")), verb) for c in o.children
                if c.dep_ == "acl" and c.tag_ == "VBG"]  # "staged a protest demanding ...", "a rally demanding ..."
    for c in clauses:
        if lex.verbs.get(lemma(c)) not in ("DEMAND", "DISAPPROVE") and not any(
                f"{lemma(c)} {p.lower_}" in lex.phrasal for p in c.children if p.dep_ == "prep"):
            continue
        for p in c.children:
            if p.dep_ == "prep" and f"{lemma(c)} {p.lower_}" in lex.phrasal:
                party = _phrase_target(p, lex)
                if party is not None:
                    return party
        party = verb_target(c, lex)
        if party is None:
            clause = child(c, {"ccomp"})  # "demanded that the governor resign"
            party = child(clause, SUBJ) if clause is not None else None
        if party is not None:
            return party
    return None


def _left_unanswered(verb: Token, lex: Lexicon) -> tuple[Token | None, Token | None] | None:
    """A demand left unanswered: refused by the passive's agent ("the appeals were left unanswered by the
    authorities") or by the subject of the active ("the ministry left the appeals unanswered"); the one who made it
    is the target when named ("the families' appeals"). None with no one who refused."""
    demand = child(verb, PASSIVE_SUBJ | {"dobj", "obj"})
    refuser = agent(verb) if child(verb, PASSIVE_SUBJ) is not None else child(verb, {"nsubj"})
    if refuser is None or demand is None:
        return None
    owner = child(demand, {"poss"}) or next(iter(prep_objects(demand, ("of", "from"))), None)
    return refuser, owner if owner is not None and is_actor_like(actor_head(owner), lex) else None


def trigger_roles(trigger: Trigger, lex: Lexicon) -> tuple[Token | None, Token | None] | None:
    """(source, target) words of a trigger; None when the trigger cannot be an event here. A
    meeting's on/over/about phrase is its topic, not a party ("negotiations on an Israeli troop
    pullback"); a protest with no party of its own is aimed at the party of the demand it is
    staged for."""
    if trigger.kind == "phrase" and lemma(trigger.token) in lex.facing_verbs:
        return _threatened(trigger.token, lex)  # "told Pyongyang it would face sanctions": the teller threatens
    if is_alternative_threat(trigger, lex):
        return _threatened(trigger.token, lex)  # "told the mayors to resign or be killed": the teller threatens
    if trigger.kind == "verb" and lemma(trigger.token) in lex.hands_death_verbs:
        return hands_of(trigger.token), subject(trigger.token, lex)  # "perished at the hands of her husband": he
        # killed her
    if is_unheeded(trigger, lex) and lemma(trigger.token) in lex.unheeded_holders:
        return _left_unanswered(trigger.token, lex)
    if trigger.kind == "phrase" and trigger.event_type == lex.contact_type and lemma(trigger.end_token) in lex.contact_nouns:
        partner = next(iter(prep_objects(trigger.end_token, ("with",)) or prep_objects(trigger.token, ("with",))), None)
        if partner is None or not is_actor_like(actor_head(partner), lex):
            return None  # "made contact with the patient's skin": no party consulted (``contact_nouns``)
        return subject(trigger.token, lex), partner  # "has stayed in close contact with his Polish counterpart"
    roles = _trigger_roles(trigger, lex)
    if roles is None and trigger.kind == "noun" and trigger.event_type in lex.participant_types:
        parties = _coordinated_participants(trigger.token, lex)
        if parties is not None:  # "In a phone call, Modi and Zelensky reviewed ...": they talked
            return parties
    if roles is not None and trigger.event_type == "DEMAND" and trigger.kind in ("verb", "phrase"):
        punished = called_punishment(trigger.token, lex)  # "urged the government to prosecute the soldiers": a
        if punished is not None:  # call to punish the soldiers (extract codes it DISAPPROVE)
            return roles[0], punished
    if roles is not None and roles[1] is None and trigger.kind == "verb" and wanted_treatment(trigger.token, lex):
        treatment = child(trigger.token, {"xcomp"})  # "want to be paid their arrears by the county government":
        by = agent(treatment) if treatment is not None else None  # asked of the government
        if by is not None and is_actor_like(actor_head(by), lex):
            return roles[0], by
    if roles is not None and trigger.event_type == "DISAPPROVE" and roles[1] is not None and roles[1].dep_ == "pobj" \
            and roles[1].head.lower_ in lex.filing_venue_preps and lemma(actor_head(roles[1])) in lex.filing_venues:
        end = trigger.end_token if trigger.kind == "phrase" else None  # "filed a lawsuit with the court against
        return roles[0], (_against_party(trigger.token, roles[1].head, lex) or _against_party(trigger.token, end, lex)
                          or prep_object(trigger.token, lex, ("against",)))  # the ministry": the ministry (an
        # "against" on the court, on what is filed or on the verb), else none
    if roles is not None and roles[1] is not None and trigger.event_type == "INVESTIGATE":
        claim = _claim_authored_by(roles[1], lex)  # "investigation into an allegation by X that Y ...": Y
        alleged = _alleged_party(claim, lex) or _alleged_party(roles[1], lex) if claim is not None else None
        if alleged is not None:  # (else the author stays: what is investigated is X's allegation)
            return roles[0], alleged
    if roles is not None and roles[0] is None and trigger.kind in ("verb", "phrase", "noun"):
        authority = _authority_place(trigger.token, lex)  # "two tourists were arrested in Dubai": Dubai
        if authority is not None:
            return authority, roles[1]
    if roles is not None and roles[0] is None and trigger.event_type == "SANCTION" and trigger.kind == "verb":
        body = _excluding_body(trigger.token, lex)  # "Nigeria was suspended from the Commonwealth": it suspended
        if body is not None:
            return body, roles[1]
    if roles is not None and roles[0] is None and trigger.event_type == "MOBILIZE":
        moved = _moved_forces(trigger)  # "riot police were posted around parliament", "the army was put on alert"
        if moved is not None:
            return moved, roles[1]
    if roles is not None and roles[1] is None and trigger.event_type == "PROTEST":
        party = _purpose_party(trigger.light or trigger.token, lex)
        if party is not None:
            return roles[0], party
    if roles is not None and trigger.event_type == "CONSULT" and trigger.kind in ("verb", "phrase"):
        party = _meeting_party(trigger.token, lex)  # "X, in a phone call with Y, discussed ...": Y
        if party is not None and (roles[1] is None or lemma(trigger.token) in lex.motion_verbs):
            return roles[0], party  # ("flew to Beijing for talks with Y": Y, not the place)
    if roles is None or trigger.event_type != "CONSULT" or roles[1] is None:
        return roles
    target = roles[1]
    if target.dep_ == "pobj" and target.head.lower_ in _TOPIC_PREPS and not misparsed_main_verb(trigger.token):
        return roles[0], None
    if target.dep_ == "pobj" and target.head.lower_ in _VENUE_PREPS:  # "met at the foreign ministry", "held
        return roles[0], _with_party(trigger.token, lex)  # talks at the White House with X": a venue
    return roles


_SPEAKER_PATH = frozenset({"ccomp", "xcomp", "advcl", "acl", "conj", "pobj", "prep", "relcl", "dobj"})  # (an
# object only when it is an ultimatum: "gave the junta an ultimatum to reinstate the president or face intervention")


def _threatened(face: Token, lex: Lexicon) -> tuple[Token | None, Token | None] | None:
    """(threatener, threatened) of "face <a punishment>": the subject of the verb that governs the
    clause ("Washington told Pyongyang it would face ...", "the council gave Iraq until ... to
    withdraw or face ...") and the one who faces (its own subject, else the governor's object);
    None when no one says it ("the company faces sanctions")."""
    own = child(face, SUBJ)
    if face.tag_ == "VBD" and not any(conditional_clause(c, lex.conditionals) for c in face.children):
        return None  # "residents said the town faced heavy strikes": suffered, not threatened
    node = face
    for _ in range(5):
        if node.dep_ not in _SPEAKER_PATH or node.head == node:
            return None
        if node.dep_ == "dobj" and _typed_noun(node, lex) not in lex.ultimatum_types:
            return None  # ("opposes camps for workers facing expulsion": no ultimatum, no threat)
        node = node.head
        if not is_verb(node) or node.dep_ == "conj":
            continue
        speaker = child(node, SUBJ) or agent(node)
        if speaker is not None and (own is None or speaker.i != own.i):
            addressee = child(node, {"dobj", "obj", "dative"}) or child(node, {"nsubjpass"})  # ("have been told
            # by FARC guerrillas to resign or be killed": the mayors)
            told = addressee if own is None or (own.tag_ == "PRP" and addressee is not None) else own
            return speaker, told  # ("told Pyongyang it would face ...": Pyongyang)
    return None


def _moved_forces(trigger: Trigger) -> Token | None:
    """The passive subject of an agentless show of force: the forces moved or alerted are the ones
    mobilising ("riot police were posted around parliament", "the army was put on high alert")."""
    if trigger.kind == "phrase" and trigger.end_token is not None and trigger.end_token.dep_ == "nsubjpass":
        return of_filler(trigger.end_token)
    if trigger.kind == "noun" and trigger.light is not None:
        return child(trigger.light, PASSIVE_SUBJ)
    return None


def _with_party(host: Token, lex: Lexicon) -> Token | None:
    """The "with" party of a meeting, on its verb or on the verb's object ("held talks ... with X")."""
    party = prep_object(host, lex, ("with",))
    for obj in (c for c in host.children if c.dep_ in ("dobj", "obj")):
        party = party or prep_object(obj, lex, ("with",))
    return party


def _claim_authored_by(party: Token, lex: Lexicon) -> Token | None:
    """The allegation noun whose by / from phrase ``party`` is ("an allegation by X", "complaints
    from X"): what is investigated is the allegation, not its author."""
    prep = party.head
    if party.dep_ != "pobj" or prep.lower_ not in ("by", "from") or prep.head == prep:
        return None
    claim = prep.head
    if is_verb(claim):  # "investigating complaints from residents that ...": the phrase hung on the verb
        claim = child(claim, {"dobj", "obj"}) or claim
    return claim if lex.nouns.get(lemma(claim)) == "DISAPPROVE" else None


def _alleged_party(claim: Token, lex: Lexicon) -> Token | None:
    """The subject of an allegation's "that" clause ("an allegation by X that the NPFL had taken
    the city": the NPFL), in the phrase of ``claim`` (the noun, or its author the parser hung the
    clause on); else none."""
    for node in claim.subtree:
        if is_verb(node) and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            party = child(node, SUBJ)
            if party is not None and is_actor_like(actor_head(party), lex):
                return party
    return None


def _excluding_body(verb: Token, lex: Lexicon) -> Token | None:
    """The organisation an agentless passive sanction excludes its subject "from" ("Nigeria was
    suspended from the Commonwealth", "the party was expelled from the coalition"): the body acted."""
    if not is_passive(verb) or agent(verb) is not None:
        return None
    body = prep_object(verb, lex, ("from",))
    return body if body is not None and body.ent_type_ in ("ORG", "NORP") and is_actor_like(actor_head(body), lex) \
        else None


def _authority_place(verb: Token, lex: Lexicon) -> Token | None:
    """The named country or city "in" which an agentless passive act only a state's authorities do,
    or such an act's noun with no owner, took place ("was arrested in Dubai", "were sentenced in
    Iran", "the arrests of opposition leaders in Belarus"): the place's authorities acted.
    Not "was arrested in the capital" (no named place) nor "was kidnapped in Niger" (anyone kidnaps)."""
    if lemma(verb) not in lex.authority_verbs:
        return None
    hosts = [verb]
    if verb.pos_ == "NOUN":  # "the arrests of opposition leaders in Belarus": on the noun or its "of" party
        hosts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        if any(c.dep_ == "prep" and c.lower_ == "by" for host in hosts for c in host.children):
            return None  # an agent the roles missed ("the arrest of X by police in Harare")
    elif not is_passive(verb) or agent(verb) is not None:
        return None
    for prep in (c for host in hosts for c in host.children):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            place = child(prep, {"pobj"})
            if place is not None and place.ent_type_ in ("GPE", "LOC") \
                    and geo.country_code(place.text, allow_city=True) is not None:
                return place
    return None


def _trigger_roles(trigger: Trigger, lex: Lexicon) -> tuple[Token | None, Token | None] | None:
    token = trigger.token
    if trigger.kind == "noun":
        source, target, own = noun_roles(token, lex, trigger.light)
        if not own and trigger.light is None:
            return None  # an event noun without actors of its own, e.g. the subject of another predicate
        if target is None and trigger.light is not None and trigger.event_type == "CONSULT":
            target = _against_party(trigger.light, None, lex, "between")  # "undertook a mediation mission between X and Y"
        return source, target
    if trigger.kind == "adjective":
        verb = token.head if token.dep_ in ("acomp", "oprd", "attr") else token  # ("is a critic of": stance_agents)
        source = child(token, PASSIVE_SUBJ) if verb == token else None  # "said Israel was prepared to free ...":
        source = source or subject(verb, lex)  # an adjective parsed as a passive, its subject the willing party
        target = prep_object(token, lex) or next(
            (o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "towards", "toward")
             for thing in child_all(c, ("pobj",)) if (o := _maker(thing, lex)) is not None), None)
        # ("was supportive of the policy of the government": the government; "critical of the arrests of
        # journalists": no party, the journalists are the arrests' victims)
        embedded = child(token, {"xcomp"}) or next(iter(to_gerunds(token)), None)  # "willing to withdraw its
        # troops from Lebanon", "remains committed to supporting Qatar's defense"
        if target is None and embedded is not None:
            target = _content_target(embedded, lex)
        offered = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                        and (p := child(c, {"pobj"})) is not None and noun_type(p, lex) in COOPERATIVE_TYPES), None)
        if target is None and offered is not None:  # "ready for talks with the opposition", "ready for
            target = prep_object(offered, lex)  # discussion on any issue": an act offered, with or without a party
            if target is None:
                return source, None
        if target is None and embedded is not None and (_cooperative_act(embedded, lex) or embedded.dep_ == "pcomp"):
            return source, None  # "prepared to sit down with anybody", "willing to negotiate"; "remain committed to
            # reaching an agreement" (an act after "to": the trigger finder's willing_adjectives checked it is one)
        if target is None and (token.lower_ in lex.stance_participles or token.lower_ in lex.approval_participles):
            owner = next((o for c in token.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"
                          for o in p.children if o.dep_ == "poss" and o.tag_ != "PRP$"), None)  # fmt: skip
            return source, owner  # "voters were angered by the former president's power grab": its author; "are
            # outraged by the treatment of the prisoners": unnamed (the trigger finder checked that the cause is a
            # party, an act or a harm)
        if target is None:
            return None  # "keen to leverage its influence": willingness towards no one
        return source, target
    if trigger.kind == "evaluation" and trigger.light is not None and is_actor_like(actor_head(token.head), lex):
        speaker = speaker_of(trigger.light) or subject(trigger.light, lex)  # "the irresponsible FMLN, said X": an
        if speaker is None or not is_actor_like(actor_head(speaker), lex):  # epithet is someone's
            return None  # ("this indicates ... the terrorist Hezbollah militia": no one's)
        return speaker, token.head
    if trigger.kind == "evaluation" and trigger.light is not None:  # "... the unjustified invasion of Russia,"
        author, _, own = noun_roles(token.head, lex, None)  # said the president: the speaker disapproves of
        if lemma(token.head) in lex.criticised_nouns:  # its author; an act with no actors ("possible terrorist
            author, own = conduct_owner(token.head, lex), True  # attacks") condemns no one; conduct, its owner
        if not own:  # ("the unjust ruling of the court")
            return None
        return speaker_of(trigger.light) or subject(trigger.light, lex), author
    if trigger.kind == "judgement":  # "His appointment was irresponsible.": the party judged, by no one named here
        judged = actor_head(child(token.head, {"nsubj"}) or token.head)
        if is_actor_like(judged, lex):
            return None, judged  # ("the government is corrupt")
        owner = next((c for c in judged.children if c.dep_ == "poss"), None) or conduct_owner(judged, lex)
        return None, owner if owner is not None else judged  # ("the school's rules are unreasonable")
    if trigger.kind == "speech":
        clause = reported_clause(token, lex)
        target = _stance_clause_party(clause, lex) or _clause_actor(token, lex)
        if target is None and trigger.event_type == lex.blaming_type and clause is not None:
            target = child(clause, PASSIVE_SUBJ)  # "said the regime must be held accountable": the regime
        return speaker_of(token) or subject(token, lex), target
    if lemma(token) in lex.stative_passives and agent(token) is None and child(token, PASSIVE_SUBJ) is not None:
        target = prep_object(token, lex)  # "Israel is opposed to X"
        willed = _willed_act(trigger, lex) if target is None else None
        if willed is not None:  # "Astana is committed to maintaining ties with Tashkent": the willed act's partner
            target = _content_target(willed, lex, _NO_PURPOSE)
        return child(token, PASSIVE_SUBJ), target
    end = trigger.end_token
    if trigger.kind == "phrase" and end.dep_ == "advmod" and end.lower_ in lex.joint_adverbs and end.head.i == token.i:
        partner = next((p for host in (token, end) for c in host.children if c.dep_ == "prep" and c.lower_ == "with"
                        for p in c.children if p.dep_ == "pobj"), None)  # fmt: skip
        return subject(token, lex), partner  # "patrolled the river jointly with Chinese units": the partner, not
        # the river (with a coordinated subject and no partner, each party is the other's: "X and Y ... together")
    if trigger.kind == "phrase" and lemma(token) in lex.deadline_verbs and deadline_party(token, lex) == end:
        return subject(token, lex), end  # "gave the rebels until Friday to lay down their arms": the rebels
    if trigger.kind == "phrase" and trigger.event_type == lex.letter_type and end.dep_ in ("advcl", "xcomp", "acl") \
            and (lemma(token) in lex.letter_verbs or lemma(token) in lex.lobbying_verbs):
        letter = lemma(token) in lex.letter_verbs  # (a letter's "to" party; a lobbied body must be a party)
        preps = ("to",) if letter else tuple(lex.lobbying_preps)
        addressee = next((p for host in (token, *child_all(token, ("dobj", "obj"))) for c in host.children
                          if c.dep_ in ("prep", "dative") and c.lower_ in preps for p in child_all(c, ("pobj",))
                          if letter or is_actor_like(actor_head(p), lex)), None)  # fmt: skip
        return subject(token, lex), addressee  # "sent a letter to the data commissioner to initiate ...": asked of
        # him; "lobbying at the UN council to block the report": of the council
    if trigger.kind == "phrase" and lemma(token) in lex.arrival_verbs and lemma(end) in lex.arrival_nouns:
        return subject(token, lex), helped_party(end)  # "France came to Mali's aid": France helps Mali
    if trigger.kind == "phrase" and end.dep_ == "prep":  # the phrase's own preposition names the party
        party = None if end.lower_ == "from" else _phrase_target(end, lex)  # ("dismissed from the cabinet": left)
        addressee = child(token, {"dobj"}) if end.lower_ in _CONTENT_PREPS else None
        if addressee is not None and (is_actor_like(actor_head(addressee), lex)
                                      or lemma(actor_head(addressee)) in lex.person_nouns):  # fmt: skip
            party = addressee  # "asked President Chaves for Costa Rica's support": asked Chaves
        if party is None:  # "was dismissed from office", "dismissed the minister from office": who undergoes it
            obj = child(token, {"dobj"})
            if is_passive(token):
                party = verb_target(token, lex, end)
            elif obj is not None and is_actor_like(actor_head(obj), lex):
                party = obj
        if party is None and trigger.event_type in ("DEMAND", "DISAPPROVE"):
            party = _against_party(token, end, lex)  # "asked for the warrant against X to be confirmed"
        return subject(token, lex), party
    target = verb_target(token, lex, end if trigger.kind == "phrase" else None)
    if target is None and trigger.kind == "phrase" and end.dep_ == "prt":
        target = prep_object(end, lex)  # "the ministry is reaching out to iwi": the preposition the parser hung on the
        # particle
    if target is not None and trigger.event_type in lex.venue_prep_types and target.dep_ == "pobj" \
            and target.head.lower_ in lex.venue_preps and target.head.head == token and not _people(target, lex):
        target = None  # "Argentina requests at the UN General Assembly that Tehran send ...": a venue (``venue_preps``;
        # people there are aimed at: "fired tear gas canisters at the students")
    if lemma(token) in lex.hoping_verbs and trigger.event_type == lex.directive_type:
        target = hoped_party(token, lex)  # "hope ... that the city government promotes ...": the government
    if target is None and (lemma(token) in lex.permitting_verbs or lemma(token) in lex.clause_party_verbs):
        # "allowed Norwegian envoys to open an office", "helped Laos build a railway":
        clause = child(token, {"ccomp"})  # the party let act, the subject of the infinitive clause
        party = child(clause, {"nsubj"}) if clause is not None and (is_infinitive(clause) or clause.tag_ in ("VB", "VBP")) else None
        target = party if party is not None and is_actor_like(actor_head(party), lex) else None
    if trigger.event_type == "DISAPPROVE" and (target is None or (target.dep_ == "pobj" and target.head.lower_ == "to")):
        target = _grievance_party(token, lex) or target  # "complained to the UN about Somali incursions"
        if target is None and trigger.kind == "phrase" and end.pos_ == "NOUN":
            target = _grievance_party(end, lex)  # "expressed concern over the detention ... by X": X
    if trigger.kind == "phrase" and target is not None and target.i == end.i and (
            (end.pos_ == "PROPN" and not end.ent_type_) or (end.dep_ == "pobj" and end.pos_ == "NOUN" and not any(
                c.dep_ == "poss" for c in end.children) and not is_actor_like(end, lex))):
        target = None  # "took to the Streets" (truecased), "went to court": the phrase's own noun is no party
    if target is None and trigger.kind == "phrase" and end.dep_ in ("dobj", "obj") \
            and trigger.event_type in _AGAINST_OWNER:
        target = _named_modifier(end)  # "expelled two Bolivian diplomats": Bolivia's (not "sent Swedish observers")
    if target is None and trigger.kind == "phrase" and end.dep_ == "ccomp" and end.pos_ == "ADJ":
        target = child(end, SUBJ)  # "found the official guilty": the small clause's subject
    if target is None and trigger.event_type in ("DEMAND", "THREATEN", "DISAPPROVE"):
        clause = child(token, {"ccomp"})  # "demanded that Hamas renounce ..."
        if clause is None and trigger.kind == "phrase" and trigger.end_token.dep_ == "mark":
            clause = trigger.end_token.head  # "called for the president to resign"
        if clause is not None:
            target = child(clause, SUBJ)
            if target is None and trigger.event_type == "DEMAND":  # "demanded that Israel be held accountable"
                undergoer = child(clause, PASSIVE_SUBJ)  # (a complaint's passive subject is its victim: not so)
                target = undergoer if undergoer is not None and is_actor_like(actor_head(undergoer), lex) \
                    else agent(clause)  # "called for the election to be postponed (by parliament)": no party postponed
    if target is None and trigger.event_type == "DEMAND":
        target = _caused_party(token, lex)  # "sought to have the House debate it", "... the ruling annulled by X"
    if target is None and trigger.event_type == "DISAPPROVE":
        target = _accused_agent(token, lex)  # "alleged that she had been beaten by soldiers"
    if target is None and trigger.event_type in ("DEMAND", "DISAPPROVE"):
        target = _against_party(token, end if trigger.kind == "phrase" else None, lex)
    if target is None and trigger.event_type == "CONSULT":
        target = _against_party(token, None, lex, "between")  # a mediator's parties
    if target is None and trigger.event_type == "CONSULT" and trigger.kind == "verb":
        target = next((p for o in objects(token) if (p := of_filler(o)).pos_ == "NOUN" and (  # "met tribal
            lemma(p) in lex.person_nouns or lemma(p) in lex.group_nouns)), None)  # elders", "met the warring
        # factions" (not "discussed a host of issues")
    embedded = absorbed_act(token, lex)  # "threatened to cut off power to X"
    if embedded is not None and (target is None or _thing(target, lex) and target in embedded.subtree):
        target = _content_target(embedded, lex) or target  # ("agreed to hold naval exercises with Israel": Israel)
    willed = _willed_act(trigger, lex) if target is None or trigger.kind == "phrase" else None
    if willed is not None:
        target = _content_target(willed, lex, _NO_PURPOSE) or target  # "is committed to maintaining coordination
        # with Arab countries", "voiced the ministry's keenness to cooperate with the Lebanese ministry": the partner
        # of the act willed (not the noun's owner, the willing party)
    source = subject(token, lex)
    if source is None and trigger.kind == "phrase" and end.dep_ in PASSIVE_SUBJ and end.pos_ == "NOUN" \
            and agent(token) is None:
        source = prep_object(end, lex, ("from",))  # "condolences from President Bush were conveyed to Gorbachev":
        # the passive's noun names its giver
    if trigger.kind == "phrase" and end.dep_ in PASSIVE_SUBJ and end.pos_ == "NOUN" and agent(token) is None \
            and source is None and target is None and noun_type(end, lex) == trigger.event_type \
            and not any(c.dep_ == "neg" for c in token.children):
        source, target, _ = noun_roles(end, lex, None)  # "the FBI investigation into the senator was launched":
        # an agentless support verb's noun names its own parties (not denied: "SACCO loans could not be disbursed"
        # is no refusal by SACCO)
    return source, target


def _caused_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party a verb asks to act through "to have" / "to get" ("sought to have the House debate the
    allegations": the House; "sought to have the results annulled by the court": the court)."""
    have = next((c for c in verb.children if c.dep_ == "xcomp" and lemma(c) in lex.caused_act_verbs), None)
    if have is None:
        return None
    clause = child(have, {"ccomp", "xcomp"})
    if clause is not None:
        party = child(clause, SUBJ) or agent(clause)
    else:
        done = next((a for o in child_all(have, ("dobj", "obj")) for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"), None)
        party = agent(done) if done is not None else None
    return party if party is not None and is_actor_like(actor_head(party), lex) else None


_WILLED_TYPE = "AGREE"  # a commitment or a readiness to act (PLOVER AGREE: express intent to cooperate)
_NO_PURPOSE = 2  # _content_target's depth at which it looks no further into purposes ("willingness to meet again
# ... to settle the Nagorno-Karabakh dispute" is towards no party of the purpose)


def _willed_act(trigger: Trigger, lex: Lexicon) -> Token | None:
    """The act a commitment or a readiness is to (AGREE): a verb's "to" gerund ("committed to
    maintaining coordination"), or the infinitive of a readiness noun the phrase ends on, on the noun
    or, as the parser may hang it, on the verb ("voiced its keenness to cooperate with X")."""
    if trigger.event_type != _WILLED_TYPE:
        return None
    if trigger.kind == "verb":
        return next(iter(to_gerunds(trigger.token)), None)
    end = trigger.end_token
    if trigger.kind != "phrase" or lemma(end) not in lex.intent_nouns:
        return None
    return next((c for host in (end, trigger.token) for c in host.children
                 if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and is_infinitive(c)), None)  # fmt: skip


def absorbed_act(verb: Token, lex: Lexicon) -> Token | None:
    """The infinitive an absorbing verb takes ("threatened to cut off power"); after a time or place
    the parser hangs it as a purpose ("threatened on Sunday to kill tourists")."""
    if lemma(verb) not in lex.absorbing:
        return None
    return child(verb, {"xcomp"}) or next((c for c in verb.rights if c.dep_ == "advcl" and is_infinitive(c)
                                           and not any(m.dep_ == "mark" for m in c.children)), None)  # fmt: skip


def condition_party(verb: Token, lex: Lexicon) -> Token | None:
    """The party whose act is a threat's condition ("threatened to call a general strike if the
    government pushed through the law", "... unless Colombo halted attacks"): the subject of an
    "if" / "unless" clause on the threatened act."""
    for clause in (c for c in verb.children if conditional_clause(c, lex.conditionals)):
        party = child(clause, {"nsubj"})
        if party is not None and is_actor_like(actor_head(party), lex):
            return party
    return None


def _thing(target: Token, lex: Lexicon) -> bool:
    """A target that names no party: an act ("agreed to hold naval exercises") or a word that is
    neither an actor nor a person."""
    head = actor_head(target)
    return (head.pos_ == "NOUN" and noun_type(head, lex) is not None) \
        or (not is_actor_like(head, lex) and lemma(head) not in lex.person_nouns)


def _accused_agent(verb: Token, lex: Lexicon) -> Token | None:
    """The agent of a passive act a complaint or allegation reports ("alleged that she had been
    beaten by soldiers", "complained of being harassed by the police"): the one accused."""
    contents = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    contents += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "that")
                 for g in c.children if g.dep_ == "pcomp"]  # fmt: skip
    for content in contents:
        for act in [content, *content.conjuncts]:
            if is_passive(act) or act.tag_ == "VBN":
                by = agent(act)
                if by is not None and is_actor_like(actor_head(by), lex):
                    return by
    return None


def _against_party(verb: Token, prep: Token | None, lex: Lexicon, word: str = "against") -> Token | None:
    """The party an "against" phrase inside what is demanded or condemned names ("demanded a prison
    term in the case against former minister X", "asked for the confirmation of the warrant issued
    against X"): the first one in the object's (or the phrase's object's) subtree; with ``word``
    "between", the party of a "between" phrase on the object itself ("undertook a mediation mission
    between X and Y"; not "discussed ways to enhance cooperation between X and Y")."""
    roots = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if prep is not None:
        roots += [c for c in prep.children if c.dep_ == "pobj"]
    for root in roots:
        nodes = root.subtree if word == "against" else root.children  # a mediation's parties: its own phrase
        for node in nodes:
            if node.dep_ == "prep" and node.lower_ == word:
                pobj = child(node, {"pobj"})
                if pobj is not None and is_actor_like(actor_head(pobj), lex):
                    return pobj
    return None


# types whose verb + object phrase acts against the object's owner ("expelled Bolivian diplomats",
# "seized Chinese boats"); a cooperative act's object is often the source's own ("sent Swedish observers")
_AGAINST_OWNER = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT", "THREATEN", "DISAPPROVE", "REJECT"})


# a phrase's preposition that introduces what is asked for, not whom ("ask X for Y", "appeal to X for Y")
_CONTENT_PREPS = frozenset({"for"})


def _content_target(verb: Token, lex: Lexicon, depth: int = 0) -> Token | None:
    """The party of an embedded act, else of the purpose it serves ("willing to send material to
    help defend Saudi Arabia": Saudi Arabia), at most two infinitives down."""
    target = verb_target(verb, lex)
    if target is None:  # "refused to allow Red Cross inspectors to visit": those allowed ("help Azerbaijan
        clause = child(verb, {"ccomp"})  # build roads": a bare infinitive too)
        party = child(clause, SUBJ) if clause is not None and (is_infinitive(clause) or clause.tag_ == "VB") else None
        if party is not None and is_actor_like(actor_head(party), lex):
            target = party
    thing = target if target is not None and _thing(target, lex) else None  # "hold exercises": no party
    if thing is not None:
        target = None
    if target is not None and _creates(verb, lex) and any(o.left_edge.i <= target.i <= o.right_edge.i
                                                          for o in verb.children if o.dep_ in ("dobj", "obj")):
        target = None  # "agreed to form a committee (headed by the deputy premier)": a body created, or one named in
        # its phrase, is no party the act is done to
    if target is None:
        target = prep_object(verb, lex, ("with",))  # "agreed to hold joint exercises with Israel": the partner
    for prep in (c for c in verb.children if c.dep_ == "prep") if target is None else ():
        noun = child(prep, {"pobj"})  # "willing to engage in dialogue with India": the act noun's party
        target = prep_object(noun, lex, ("with",)) if noun is not None else None
        if target is not None:
            break
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")) if target is None else ():
        target = prep_object(obj, lex, ("with",))  # "ready to enter talks with the British government"
        if target is not None:
            break
    if target is None and thing is not None:
        return thing
    if target is not None or depth >= 2:
        return target
    purposes = [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c))]
    purposes += [r for o in verb.children if o.dep_ in ("dobj", "obj") for r in o.children
                 if r.dep_ == "relcl" and is_infinitive(r)]  # ("send material to help ...", parsed on the object)
    for c in purposes:
        target = _content_target(c, lex, depth + 1)
        if target is not None:
            return target
    return None


def _creates(verb: Token, lex: Lexicon) -> bool:
    """A verb (or verb + particle) of creating what it takes as object (``creation_verbs``: "form",
    "set up", "establish")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma(verb) in lex.creation_verbs or any(f"{lemma(verb)} {p}" in lex.creation_verbs for p in particles)


def _phrase_target(prep: Token, lex: Lexicon) -> Token | None:
    """"talk to X", "call on X"; "called for sanctions against X": an actor inside the object."""
    pobj = child(prep, {"pobj"})
    if pobj is None:
        return None
    if is_actor_like(actor_head(pobj), lex):
        return pobj
    if pobj.pos_ == "NOUN" and (lemma(pobj) in lex.person_nouns or lemma(pobj) in lex.group_nouns):
        return pobj  # "called on his supporters", "appealed to residents": the addressee of the phrase
    return prep_object(pobj, lex, INNER_PREPS)


def _stance_clause_party(clause: Token | None, lex: Lexicon) -> Token | None:
    """The party of the that-clause a reported stance takes ("said he was very happy that France had
    agreed to assist": France), not the one who holds the stance (``triggers.stance_clause_party``)."""
    stance = child(clause, {"acomp"}) if clause is not None and lemma(clause) == "be" else clause
    if stance is None or (stance.lower_ not in lex.approval_participles and stance.lower_ not in lex.stance_participles):
        return None
    return stance_clause_party(stance, lex) or _stance_object_party(stance, lex)


def _stance_object_party(stance: Token, lex: Lexicon) -> Token | None:
    """The party a stance's preposition names: its object, or the maker or owner of the act it names
    ("concerned about the efforts by the opposition to delay the vote": the opposition; "angry about the
    remarks of the senator": the senator)."""
    for prep, thing in stance_objects(stance):
        if prep.lower_ == "in":
            continue  # ("in" names where as often as whom: "was angry in Bishkek")
        if is_actor_like(actor_head(thing), lex) and thing.pos_ != "PRON":
            return thing
        party = _maker(thing, lex)
        if party is not None:
            return party
    return None


def _maker(thing: Token, lex: Lexicon) -> Token | None:
    """The party that made or owns what a noun names: its "by" or "of" phrase or its possessive
    ("the efforts by the opposition", "the policy of the government", "the senator's remarks"); a
    hostile act's "of" names its victims ("the arrests of the journalists"), no owner."""
    if lex.nouns.get(lemma(thing)) in HOSTILE_TYPES:
        party = prep_object(thing, lex, ("by",))
    else:
        party = prep_object(thing, lex, ("by", "of")) or next(
            (c for c in thing.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    return party if party is not None and is_actor_like(actor_head(party), lex) else None


def _clause_actor(token: Token, lex: Lexicon) -> Token | None:
    """The actor an evaluative saying is about: the subject of the reported clause (or its owner,
    "Israel's strikes"), or a passive clause's agent."""
    clause = reported_clause(token, lex)
    if lemma(token) in lex.characterising:  # "described Israel's strikes as ...": what is characterised
        obj = min((c for c in token.children if c.dep_ in ("dobj", "obj", "dative")), key=lambda c: c.i, default=None)
        if obj is None:
            obj = _shifted_object(token)
        if obj is not None or clause is None:
            return obj
    if clause is None:
        return None
    subj = child(clause, SUBJ)
    inner = extraposed_clause(subj) if subj is not None else None
    if inner is not None:  # "said it was regrettable that the ministry had ...": the party of the clause "it" stands
        return _clause_party(inner, lex)  # for, none in "it is unacceptable to contract more debt"
    if subj is not None and not is_actor_like(actor_head(subj), lex):
        author = _predicate_author(clause, lex)  # "said the move was part of a political vendetta by the
        if author is not None:  # government": the vendetta's author, not the move
            return author
    return subj or agent(clause)  # "said the protests were orchestrated by foreign agents"


def _shifted_object(verb: Token) -> Token | None:
    """The object a characterising verb put after its label ("has branded as terrorists the
    Nicaraguan bishops who ..."), which the parser hangs as an apposition of the label's noun: a
    definite noun phrase or a name right after it."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for label in prep.children:
            if label.dep_ != "pobj":
                continue
            for shifted in label.children:
                if shifted.dep_ == "appos" and shifted.i > label.i and (
                        shifted.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ == "the" for c in shifted.children)):
                    return shifted
    return None


def _predicate_author(clause: Token, lex: Lexicon) -> Token | None:
    """The party a copular clause's attribute names as its author: its "by" phrase or its owner
    ("a political stunt by the president", "the government's vendetta"), through a noun of kind
    or part ("part of a vendetta by X")."""
    for attr in child_all(clause, ("attr",)):
        nouns = [attr]
        if lemma(attr) in lex.partitive:
            nouns += [p for c in attr.children if c.dep_ == "prep" and c.lower_ == lex.partitive[lemma(attr)]
                      for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for noun in nouns:
            for c in noun.children:
                party = next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "by" \
                    else c if c.dep_ == "poss" and c.tag_ != "PRP$" else None
                if party is not None and is_actor_like(actor_head(party), lex):
                    return party
    return None
