"""Event attributes from syntax and the article: mode, reporting speaker, place, date, background."""

from __future__ import annotations

import datetime as dt

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.nlp.dates import DateMention
from pipeline.nlp.events.actors import actor_head, ent_bounds, is_actor_like
from pipeline.nlp.events.lexicon import Lexicon
from pipeline.nlp.events.syntax import (
    OBJ,
    PASSIVE_SUBJ,
    PLACE_LABELS,
    SUBJ,
    child,
    clause_chain,
    condition_mark,
    conditional_clause,
    denied_by_no,
    first_conjunct,
    is_infinitive,
    is_verb,
    lemma,
    misattached_conjunct,
    prep_objects,
    speaker_of,
)
from pipeline.nlp.events.triggers import (
    Trigger,
    authoring_participle,
    called_punishment,
    for_clause_mark,
    is_place_token,
    mandative,
    noun_type,
    ranked_doer,
    tough_infinitive,
)

_AIM_PREPS = frozenset({"at", "on", "against"})
_PLACE_PREPS = frozenset({"in", "at", "near", "into", "outside", "inside", "across", "around", "throughout"})
_CLAUSE_UP = frozenset({"conj", "dobj", "pobj", "prep", "attr", "acomp", "compound", "nsubjpass"})
_EMBED = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl"})
_OWN_GROUP = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def own_clause(trigger: Trigger) -> list[Token]:
    """The trigger and the words up to the head of its own clause (through objects, prepositions,
    coordination and controlled infinitives): where its auxiliaries and negation sit."""
    token = trigger.token
    clause = [token]
    node = token
    while node.dep_ in _CLAUSE_UP and node.head != node and len(clause) < 8:
        node = misattached_conjunct(node) or node.head  # ("would discuss ... and reaffirmed": not under "would")
        clause.append(node)
        if is_verb(node) and node.dep_ not in ("conj", "xcomp"):
            break
    return clause


def mode(trigger: Trigger, lex: Lexicon) -> str:
    """asserted / negated / hypothetical / future, from the trigger's own clause and the verbs it
    is embedded under."""
    clause = own_clause(trigger)
    words = clause[: clause.index(trigger.light) + 1] if trigger.light in clause else clause
    token = trigger.token
    if trigger.kind == "noun" and trigger.light is None and token.dep_ == "nsubj" and occurrence(token.head, lex):
        words = [*words, token.head]  # "the meeting did not take place", "... will take place", "talks could resume"
    authored = authoring_participle(token, lex) if trigger.kind == "noun" and trigger.light is None else None
    if authored is not None:  # "could not answer the accusations made by the opposition": the noun's own clause
        words = [token, authored]  # is its participle's, not the host's
        return "negated" if _negated(trigger, words, lex) else _clause_mode(words, lex) or "asserted"
    if trigger.kind == "noun" and trigger.light is None and _judged(words, lex):
        return "negated" if _negated(trigger, [token], lex) or _lacking(trigger, lex) else "asserted"  # "has not been
        # critical of the Russian invasion": the invasion happened (``judged_acts``; not "criticised the lack of ...")
    group = _verb_group(words)
    if _negated(trigger, group, lex) or _lacking(trigger, lex):
        return "negated"
    if _conditioned(words, lex) and trigger.event_type != "THREATEN":
        return "hypothetical"  # (a threat's condition is part of the threat: "is prepared to impose sanctions if ...")
    return _clause_mode(group, lex, words) or _infinitive_mode(trigger, lex) or _embedded_mode(words[-1], lex) or "asserted"


def _judged(clause: list[Token], lex: Lexicon) -> bool:
    """The first verb or adjective above a noun in its clause is a trigger word of a judging type (``judged_acts``:
    "condemned the attack", "critical of the invasion")."""
    host = next((w for w in clause[1:] if is_verb(w) or w.pos_ == "ADJ"), None)
    if host is None:
        return False
    return (lex.verbs.get(lemma(host)) if is_verb(host) else lex.adjectives.get(lemma(host))) in lex.judging_types


def _lacking(trigger: Trigger, lex: Lexicon) -> bool:
    """A noun trigger named as what is lacking ("the lack of cooperation between the ministries",
    "the absence of talks"; ``lacking_nouns``): the act did not happen."""
    token = trigger.token
    return trigger.kind == "noun" and token.dep_ == "pobj" and token.head.lower_ == "of" \
        and lemma(token.head.head) in lex.lacking_nouns


def _verb_group(words: list[Token]) -> list[Token]:
    """``words`` up to the first verb conjunct with an auxiliary or a subject of its own: "we do not
    condone violence and will demand an inquiry" — the conjunct is a verb group of its own, the
    first's negation and modals are not its (its conditions and governing verbs still are)."""
    for n, word in enumerate(words):
        if word.dep_ == "conj" and is_verb(word) and any(c.dep_ in _OWN_GROUP for c in word.children):
            return words[: n + 1]
    return words


def counterfactual(trigger: Trigger, lex: Lexicon) -> bool:
    """A verb under "would have" / "could have" / "should have" (also through a conjunct: "could have
    murdered me, or taken me hostage"; or as the infinitive of such a verb: "should not have pretended
    to mediate"): an act that did not happen, or one judged (``counterfactual_modals``)."""
    verb = trigger.token
    if trigger.kind not in ("verb", "phrase"):
        return False
    for _ in range(4):
        if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.tag_ == "VBN":
            verb = verb.head  # (the act wanted or pretended)
        if verb.tag_ != "VBN":
            return False
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if any(a in ("have", "'ve") for a in auxes) and any(a in lex.counterfactual_modals for a in auxes):
            return True
        if verb.dep_ != "conj" or verb.head.tag_ != "VBN":
            return False
        verb = verb.head
    return False


def _conditioned(clause: list[Token], lex: Lexicon) -> bool:
    """An if / unless clause is laid on the act of ``clause`` (the trigger first, up to its clause's
    head): hung on one of its words, unless the act is a past one ("shelled the town whenever / if
    rebels were seen": a habit), or on the verb governing its infinitive ("voted to suspend Egypt's
    membership unless Cairo withdrew from the treaty"; not a need: "if we are to stay, we need to
    have total cooperation")."""
    if clause[0].tag_ != "VBD" and any(conditional_clause(c, lex.conditionals) for w in clause for c in w.children):
        return True
    node = clause[-1]
    governor = node.head
    if node.dep_ != "xcomp" or not is_infinitive(node) or lemma(governor) in lex.deontic_verbs \
            or lemma(governor) in lex.irrealis:
        return False
    return any(conditional_clause(c, lex.conditionals) for c in governor.children)


def occurrence(verb: Token, lex: Lexicon) -> bool:
    """A verb saying that its subject takes place ("take place", "happen", "go ahead", "resume")."""
    if not is_verb(verb):
        return False
    words = [lemma(verb), *(c.lower_ for c in verb.children if c.dep_ in ("dobj", "advmod", "prt"))]
    return words[0] in lex.occurrence_verbs or any(f"{words[0]} {w}" in lex.occurrence_verbs for w in words[1:])


def _negated(trigger: Trigger, words: list[Token], lex: Lexicon) -> bool:
    ends = [] if lemma(trigger.token) in lex.declining_verbs else [trigger.end_token]  # ("chose not to attend":
    for word in [*words, *ends]:  # a declining asserted) "pleaded not guilty": the negation sits on "guilty"
        for c in word.children:
            if c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ == "det" and c.lower_ == "no" and word == trigger.token):
                return True
            if c.lower_ == "neither" and c.dep_ in ("cc", "preconj", "advmod", "nsubj", "nsubjpass") and c.i < word.i \
                    and word.pos_ in ("VERB", "AUX"):
                return True  # "neither has Israel joined the sanctions nor ...", "he neither confirmed nor denied",
                # "neither has agreed"
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "preconj" and d.lower_ == "neither" for d in c.children):
                return True  # "neither Russia nor Ukraine has agreed", "arrested neither the suspect nor his brother"
        if word.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < word.i for c in word.head.children):
            return True  # "they never called him, nor was he assaulted"
    subj = _own_subject(trigger.token)
    return subj is not None and (subj.lower_ in lex.negating_subjects or any(
        d.dep_ == "det" and d.lower_ in lex.negating_determiners for d in subj.children))
    # "nobody from the government called me", "no one has been arrested" (negating_subjects; not the subject of
    # a verb above the act: "does no one remember that the fund welcomed him")


def _own_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the conjunct or the verb of control it shares its subject with
    ("no Iraqi party dared to voice support")."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return subj
        verb = verb.head


def _clause_mode(words: list[Token], lex: Lexicon, clause: list[Token] | None = None) -> str | None:
    """Modals and conditions make the clause hypothetical, will/shall future (the auxiliaries of
    ``words``, the verb group, and the conditions of ``clause``, all of the clause, when given)."""
    children = [c for word in words for c in word.children]
    modals = [c for c in children if c.dep_ in ("aux", "auxpass") and c.lower_ in lex.modals]
    conditioned = any(condition_mark(c, lex.conditionals) for word in clause or words for c in word.children)
    if modals and not conditioned and all(m.lower_ in lex.reported_futures and _reported(m.head, lex) for m in modals):
        return "future"  # "the agency said that it would punish them": the speaker's "will" (``reported_futures``)
    if modals or conditioned:
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in lex.future_aux for c in children):
        return "future"
    return None


def _reported(verb: Token, lex: Lexicon) -> bool:
    """The verb heads the clause a reporting verb in the past reports ("said that it would punish", "told
    reporters the talks would resume"), or a conjunct of that clause."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and lemma(verb.head) in lex.reporting and verb.head.tag_ in ("VBD", "VBN")


def _no_choice_but(act: Token, lex: Lexicon) -> Token | None:
    """The "have" of "had no choice / option but to" when ``act`` is its infinitive ("but" hung on the noun or on
    "have"), else None (``choice_nouns``)."""
    but = act.head
    if act.dep_ != "pcomp" or but.lower_ != "but" or but.head == but:
        return None
    noun = but.head if lemma(but.head) in lex.choice_nouns else child(but.head, {"dobj"})
    if noun is None or lemma(noun) not in lex.choice_nouns or noun.dep_ != "dobj" or lemma(noun.head) != "have":
        return None
    return noun.head


def _infinitive_mode(trigger: Trigger, lex: Lexicon) -> str | None:
    """Purposes and plans are not acts: "(enough firepower) to destroy any comeback", "kept enough
    reserves to destroy ...", "planning attacks against X"."""
    token = trigger.light if trigger.kind == "noun" and trigger.light is not None else trigger.token
    # (a noun's support verb is the infinitive: "sent a letter to the commissioner to initiate an investigation")
    compelled = _no_choice_but(token, lex)
    if compelled is not None:
        return _clause_mode([compelled], lex)  # "had no choice but to step down": done; "will have ...": future
    if is_infinitive(token) and token.dep_ in ("advcl", "xcomp") and _realised_purpose(token.head, lex):
        return _clause_mode([token.head], lex)  # "took to Twitter to slam the minister": the slamming done
    if tough_infinitive(token, lex):
        return "hypothetical"  # "making it easy to plan a trip": an act possible, none done (``tough_adjectives``)
    if ranked_doer(token, lex):
        return _clause_mode([token.head.head], lex)  # "is the first to plead guilty": done, as its copula says
    if is_infinitive(token) and token.dep_ in ("advcl", "acl", "relcl"):
        return "hypothetical"
    if (is_infinitive(token) and token.dep_ == "xcomp" and child(token.head, OBJ) is not None
            and lemma(token.head) not in lex.causative | lex.absorbing):  # fmt: skip
        return "hypothetical"
    if trigger.light is not None and lemma(trigger.light) in lex.irrealis:
        return "hypothetical"
    return None


def _embedded_mode(node: Token, lex: Lexicon) -> str | None:
    """The mode a governing verb gives its complement: "planned to stop aid" (hypothetical),
    "denied carrying out the strike" (negated), "is going to support" (future)."""
    for _ in range(3):
        if node.dep_ not in _EMBED or node.head == node:
            return None
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.adverbial_marks for c in node.children):
            return None  # "... to avoid new cases, as health organizations have recommended": a circumstance
        governor = node.head
        if _performed_wish(node, governor, lex):
            return None  # "I wish to categorically deny a claim": the denial made
        if looked_forward_to(node, lex):
            return "hypothetical"  # "look forward to working with X": not done yet
        if node.dep_ == "pcomp" and governor.dep_ == "prep" and denied_intent(governor.head, lex):
            return "negated"  # "no intention of returning the islands": the noun governs through "of"
        gov = lemma(governor)
        if gov in lex.negating or denied_intent(governor, lex):
            return "negated"
        if node.dep_ == "acl" and governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "obj") \
                and lemma(governor.head) in lex.negating and any(c.lower_ == "that" for c in node.children):
            return "negated"  # "denied reports that it had arrested journalists": the content of a denied claim
        if (gov in lex.irrealis and not (node.dep_ == "ccomp" and gov in lex.reporting)) or (
                governor.pos_ == "NOUN" and gov in lex.intent_nouns):
            return "hypothetical"  # (a reporting verb's clause is a report: "told reporters the suspect was arrested";
            # "told him to leave" stays an act asked for)
        if node.dep_ == "xcomp" and lex.verbs.get(gov) == "DEMAND" and governor.pos_ == "VERB":
            return "hypothetical"  # "urged relevant authorities to continue coordination with X": an act asked for
        if node.dep_ == "xcomp" and gov in lex.deontic_verbs and any(
                c.dep_ == "neg" or c.lower_ == "never" for c in governor.children):
            return "negated"  # "they have never had to conduct an air operation longer than a few days": none done
        if node.dep_ == "xcomp" and gov in lex.deontic_verbs and governor.tag_ in ("VB", "VBP", "VBZ"):
            return "hypothetical"  # "the government has to release the detainees", "need to meet": a duty, not
            # an act ("had to withdraw": one done)
        if node.dep_ == "xcomp" and lex.adjectives.get(gov) == "AGREE":
            return "hypothetical"  # "said it was ready to enter talks": an offer (coded AGREE), not talks held
        if (gov == "go" and governor.tag_ == "VBG") or (gov in lex.future_verbs and governor.tag_ == "VBN"):
            return "future"
        if node.dep_ == "xcomp" and gov == "be" and is_infinitive(node) and lemma(node) not in lex.arranged_idioms \
                and governor.tag_ in lex.arranged_tenses:
            subject = child(governor, {"nsubj"})
            if subject is not None and subject.lower_ != "it" and (
                    subject.pos_ == "PRON" or is_actor_like(actor_head(subject), lex)):
                return lex.arranged_tenses[governor.tag_]  # "the president is to visit Prague next week": arranged
                # (``arranged_acts``)
            if subject is not None and subject.pos_ == "NOUN":
                return "hypothetical"  # "the plan is to meet next week", "its main aim is to provide education":
                # an aim, no act arranged
        aux = [c.lower_ for c in governor.children if c.dep_ == "aux"]
        if any(a in lex.modals for a in aux):
            return "hypothetical"
        if node.dep_ == "xcomp" and any(a in lex.future_aux for a in aux):
            return "future"
        if node.dep_ != "xcomp":
            return None
        node = governor
    return None


def _performed_wish(act: Token, wish: Token, lex: Lexicon) -> bool:
    """A first-person wish in the present to do a speech act, which does it ("I wish to deny a claim",
    "we want to thank you all", "I would like to thank the minister": ``mode_scope``)."""
    if act.dep_ != "xcomp" or lemma(wish) not in lex.performative_wishes or lemma(act) not in lex.performative_acts:
        return False
    subject = child(wish, {"nsubj"})
    present = wish.tag_ == "VBP" or any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in wish.children)
    return subject is not None and lex.pronouns.get(subject.lower_) == "SPEAKER" and present


def _realised_purpose(verb: Token, lex: Lexicon) -> bool:
    """A verb of going public through a medium or an occasion, whose purpose infinitive is the act
    done there (``realised_purposes``): "took to Twitter to slam", "went on television to deny", "used
    the speech to criticise", "held a press conference to demand"."""
    slots = lex.realised_purposes.get(lemma(verb))
    if not slots:
        return False
    nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in slots for g in c.children if g.dep_ == "pobj"]
    if "obj" in slots:
        nouns += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(lemma(n) in slots.get("obj" if n.dep_ in ("dobj", "obj") else n.head.lower_, ()) for n in nouns)


def denied_intent(noun: Token, lex: Lexicon) -> bool:
    """An intention or plan denied by its determiner ("has no plans to withdraw", "no intention of
    returning the islands"): the act under it is negated, not planned."""
    return noun.pos_ == "NOUN" and lemma(noun) in lex.intent_nouns and denied_by_no(noun)


def stated_intent(trigger: Trigger, lex: Lexicon) -> bool:
    """The act is what its source says it intends or plans: the infinitive of "intend" / "plan"
    ("said it intended to release all prisoners") or of an intention announced as a noun ("announced
    plans to hold joint exercises", "announced its intention to withdraw"): CAMEO 03, express intent."""
    node = trigger.light or trigger.token
    if looked_forward_to(node, lex):
        return True  # "we look forward to working closely with Kenya Airways"
    if not is_infinitive(node):
        return False
    if node.dep_ == "xcomp" and lemma(node.head) in lex.intent_verbs:
        return not denied_intent_verb(node.head)  # ("does not intend to approve his request": a refusal)
    return node.dep_ == "acl" and node.head.pos_ == "NOUN" and lemma(node.head) in lex.stated_intent_nouns \
        and node.head.dep_ in ("dobj", "obj") and lemma(node.head.head) in lex.announcing_verbs


def looked_forward_to(node: Token, lex: Lexicon) -> bool:
    """The act is a gerund after "look forward to" (``forward_verbs``; or a conjunct of one: "look
    forward to introducing ... and working closely with X"): what its subject means to do."""
    node = first_conjunct(node)
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.lower_ != "to" or node.head.dep_ != "prep":
        return False
    verb = node.head.head
    return lemma(verb) in lex.forward_verbs and any(c.lower_ == "forward" and c.dep_ in ("advmod", "prt")
                                                   for c in verb.children)


def denied_intent_verb(verb: Token) -> bool:
    """A verb of intending or planning with its own negation ("does not intend to", "did not plan to")."""
    return any(c.dep_ == "neg" for c in verb.children)


def denied_stated_intent(trigger: Trigger, lex: Lexicon) -> bool:
    """The act is the infinitive of a negated verb of intending or planning ("she does not intend to
    approve his request"): a refusal of it when its source says so (CAMEO 12, as "would not")."""
    node = trigger.light or trigger.token
    return is_infinitive(node) and node.dep_ == "xcomp" and lemma(node.head) in lex.intent_verbs \
        and denied_intent_verb(node.head)


def litotes(trigger: Trigger, lex: Lexicon) -> bool:
    """The act is the infinitive of a negated verb of hesitation ("will not hesitate to provide
    assistance", "would not hesitate to use force"): a stated willingness to do it."""
    top = own_clause(trigger)[-1]
    return top.dep_ == "xcomp" and lemma(top.head) in lex.litotes_verbs \
        and any(c.dep_ == "neg" for c in top.head.children)


def possibility_only(trigger: Trigger, lex: Lexicon) -> bool:
    """The trigger's own clause is modal only by a modal of ability, possibility or obligation
    (``lex.possibility_modals``: "can provide evidence", "could become chief minister with support
    from ...", "may discuss", "should be grateful"), with no "will" / "would" and no condition:
    what its source can or ought to do, no intent it states."""
    clause = own_clause(trigger)
    auxes = [c.lower_ for word in clause for c in word.children if c.dep_ in ("aux", "auxpass")]
    return any(a in lex.possibility_modals for a in auxes) \
        and not any(a in lex.future_aux or (a in lex.modals and a not in lex.possibility_modals) for a in auxes) \
        and not _conditioned(clause, lex) and not litotes(trigger, lex)


def own_modality(trigger: Trigger, lex: Lexicon) -> bool:
    """The trigger's own clause carries a modal, future auxiliary or condition ("would blockade",
    "will boycott ... unless"), as opposed to a mode inherited from an embedding verb; not a
    counterfactual ("a resolution that would have tightened the embargo": what did not happen), nor
    the clause of the condition itself ("... unless the rebels halted attacks")."""
    clause = own_clause(trigger)
    top = clause[-1]
    conditioned = _conditioned(clause, lex)  # (before the litotes' governor joins the clause)
    if litotes(trigger, lex):
        clause.append(top.head)  # "would not hesitate to use force": the intent to use it
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VB" for word in clause for c in word.children):
        return False  # "would have tightened", "could have attacked": a modal perfect
    if conditioned:
        return True  # "voted to break off relations unless ...": a condition laid on the act
    for word in clause:
        for c in word.children:
            if condition_mark(c, lex.conditionals):
                return False  # the condition itself ("unless the rebels halted attacks", "if the Jewish state
                # attacked"): what another party may do, no intent its subject states
            if c.dep_ == "advmod" and c.tag_ == "WRB" and (c.lower_ in lex.question_adverbs or word.dep_ == "ccomp"):
                return False  # an open question ("how China would retaliate ... is determined by ...", "demanding
                # to know when the police would arrest her": any question word on a clause a verb takes), no intent
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in lex.modals or c.lower_ in lex.future_aux):
                return True
    return False


def open_question(trigger: Trigger, lex: Lexicon) -> bool:
    """The act is a modal or future one in an open question a verb or preposition takes ("demanding
    to know when the police would arrest her", "made submissions as to why she should not be
    suspended"), or any act under "whether" ("divided over whether to support the bill"): asked
    about, neither done nor intended (a question of a past act, "wants to know why police arrested
    the activist", presupposes it and stays)."""
    clause = own_clause(trigger)
    words = _verb_group(clause)
    top = words[-1]
    if top.dep_ not in ("ccomp", "pcomp", "csubj"):
        return False
    children = [c for word in words for c in word.children]
    if any(c.dep_ == "mark" and c.lower_ in lex.question_marks for c in children):
        return True  # "remains divided over whether to support the legislation": an open choice
    return any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in children) and any(
        c.dep_ in ("aux", "auxpass") and (c.lower_ in lex.modals or c.lower_ in lex.future_aux) for c in children)


def absorbed(trigger: Trigger, lex: Lexicon, triggers: list[Trigger]) -> bool:
    """The trigger is the content of an act coded on its governor: "threatened to cut power",
    "urged Israel to withdraw", "agreed to release" (only the governor's event is coded); an event
    noun that is what a demand, refusal, offer or threat is about ("demanded the withdrawal of
    Serbian forces", "called for sanctions against X", "rejected a meeting")."""
    if trigger.kind == "noun" and trigger.light is None and _content_of_act(trigger.token, lex, triggers):
        return True
    if _consequence(trigger, triggers):
        return True
    if trigger.kind == "noun" and lemma(trigger.token) in lex.helped_inquiry_nouns and trigger.token.dep_ == "pobj" \
            and trigger.token.head.lower_ == "with" and lemma(trigger.token.head.head) in lex.inquiry_helping_verbs:
        return True  # "assisting police with their inquiries": the help is coded, the inquiries are the police's
    if _in_condition(trigger.light or trigger.token, lex, triggers):
        return True  # "will boycott the elections unless the president agrees to step down"
    if _purpose_of_protest(trigger, triggers):
        return True  # "staged a strike to demand ...", "marched ..., alleging ...": the protest is coded
    node = trigger.light or trigger.token
    if trigger.kind != "obligation" and any(t.kind == "obligation" and node in (t.token, *t.token.conjuncts)
                                            for t in triggers):  # fmt: skip
        return True  # "Israel must stop its violations": the DEMAND is coded, not its content
    if lemma(node) in lex.clause_party_verbs and is_infinitive(node) and node.dep_ in ("advcl", "xcomp", "acl") \
            and any(t.event_type in lex.help_hosts and (t.token.i in (node.head.i, node.head.head.i)
                                                        or (t.light is not None and t.light.i == node.head.i))
                    for t in triggers):  # fmt: skip
        return True  # "extended a loan to Russia to help Moscow weather its crisis": the help is the aid's purpose,
        # the aid (or the pledge of it) is coded (``helped_clauses.hosts``)
    if _content_of_stated_act(node, triggers):
        return True  # "reiterated its call on X to stop ...", "renewed its offer to mediate": the call is coded
    if any(t.kind == "phrase" and t.end_token.i == node.i and t.token.i != node.i and t.event_type == lex.letter_type
           and (lemma(t.token) in lex.letter_verbs or lemma(t.token) in lex.lobbying_verbs) for t in triggers):  # fmt: skip
        return True  # "sent a letter to the commissioner to initiate an investigation", "lobbying to block the
        # report": the request names the act
    if node.dep_ == "conj" and node.head.dep_ == "ccomp":
        node = node.head  # "said X must reach an agreement and stop the fighting"
    if node.dep_ == "advcl" and is_infinitive(node) and lemma(node.head) in lex.absorbing \
            and child(node.head, {"dobj"}) is not None and any(t.token.i == node.head.i and t.event_type == "DEMAND"
                                                               for t in triggers):  # fmt: skip
        return True  # "exhorted the rebels to release ...": the object's infinitive, parsed as a purpose
        # (not a purpose of a call: "he called us by phone to ask for support")
    for _ in range(2):
        if (node.dep_ not in ("xcomp", "ccomp", "pcomp", "acl") and for_clause_mark(node) is None) or node.head == node:
            return False  # (an infinitive clause of its own marked "for": "called for the president to resign")
        governor = node.head
        if governor.dep_ == "prep":
            if node.dep_ == "pcomp" and (governor.lower_ in lex.anchor_preps or governor.lower_ in lex.participant_preps):
                return False  # "after meeting the Pope, the president urged ...": when, not what is urged
            governor = governor.head
        gov = lemma(governor)
        if node.dep_ == "xcomp" and any(t.token.i == governor.i and t.kind == "phrase" and t.end_token.i == node.i
                                        for t in triggers):  # fmt: skip
            return True  # "ordered the traders to vacate their stalls": the order names the act (COERCE)
        if gov in lex.absorbing and (node.dep_ != "ccomp" or gov in lex.absorbing_ccomp or is_infinitive(node)):
            return True  # (an infinitive parsed as a clause with its own subject: "refused to allow X to visit")
        if node.dep_ == "xcomp" and called_punishment(governor, lex) is not None and any(
                t.token.i == governor.i and t.kind in ("verb", "phrase") and t.event_type == "DEMAND" for t in triggers):
            return True  # "advised the president to suspend Judge X": the call to punish is coded, not the act
        if gov in lex.directive_verbs and gov not in lex.directive_keeping_act and any(
                t.token.i == governor.i and t.kind == "verb" and t.event_type == lex.directive_type for t in triggers):
            return True  # "wanted the president to resign": the DEMAND is coded, not its content
            # (a causative leaves it as a hypothetical act, as "order" does: "instructed the police to arrest")
        if node.dep_ == "ccomp" and any(t.kind == "speech" and t.token.i == governor.i and (
                t.event_type == "DEMAND" or (t.event_type == lex.blaming_type and any(
                    c.dep_ == "aux" and c.lower_ in lex.deontic for c in node.children))) for t in triggers):
            return True  # "X said Y must withdraw", "... Y must be held accountable": the DEMAND / call to punish is coded
        if node.dep_ == "ccomp" and gov in lex.absorbing_ccomp and mandative(node, lex) and any(
                t.token.i == governor.i and t.event_type == "DEMAND" for t in triggers):
            return True  # "insisted that Iran needs to allow inspectors back": the demanded act is its content
        if node.dep_ != "xcomp":
            return False
        node = governor
    return False


_STATED_PURPOSES = frozenset({"DEMAND", "DISAPPROVE"})


def _purpose_of_protest(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """The demand or allegation a protest is staged for is not a second event (the gold
    conventions: "staged a strike ... to demand", "staged a protest ..., alleging"): a DEMAND or
    DISAPPROVE in an adverbial clause (purpose infinitive or participle) of a PROTEST predicate."""
    node = trigger.token
    if trigger.event_type not in _STATED_PURPOSES or node.dep_ not in ("advcl", "acl") or node.head == node:
        return False
    host = node.head  # (a participle on the protest noun too: "staged a chakka jam opposing the policy")
    return any(t.event_type == "PROTEST" and host.i in (t.token.i, t.light.i if t.light is not None else -1,
                                                        t.end_token.i if node.dep_ == "acl" else -1)
               for t in triggers)


_CONTENT_HOLDERS = frozenset({"DEMAND", "REJECT", "AGREE", "THREATEN"})


def _content_of_act(noun: Token, lex: Lexicon, triggers: list[Trigger]) -> bool:
    if noun.dep_ == "pobj" and (noun.head.lower_ in lex.participant_preps or noun.head.lower_ in lex.anchor_preps) \
            and noun_type(noun, lex) in lex.participant_types:
        return False  # "agreed during a phone call to ...", "in a phone call, X urged Y ...": the meeting is when, not what
    first = noun if _garden_path_subject(noun) else first_conjunct(noun)  # "demanded the renewal of the cabinet and
    # the resignation of the minister": both demanded
    node = first.head if first.dep_ == "pobj" else first
    if node.dep_ not in ("dobj", "obj", "prep", "nsubjpass") or node.head == node:
        return False
    holders = [node.head]
    if node.head.dep_ == "xcomp":  # "refused to respond to a demand", "agreed to accept the offer"
        holders.append(node.head.head)
    if node.head.dep_ == "pcomp" and node.head.tag_ == "VBG" and node.head.head.lower_ == "to" \
            and node.head.head.dep_ == "prep":  # "is committed to maintaining coordination with Arab countries":
        holders.append(node.head.head.head)  # the gerund after "to" is what is committed to, as an infinitive is
    holding = [t for t in triggers for holder in holders if t.token.i == holder.i and t.event_type in _CONTENT_HOLDERS]
    return bool(holding) and not (all(t.event_type == lex.answered_acts_type for t in holding)
                                  and lemma(noun) in lex.answered_acts and _owned_act(noun, lex))


def _owned_act(noun: Token, lex: Lexicon) -> bool:
    """A speech act noun its maker owns: a named party as its possessor, its compound, its
    nationality or its "from" ("Ukrainian requests", "Myanmar's objections", "the opposition's demands", "requests from
    Okinawan officials";
    ``answered_acts``). Not ``triggers.conduct_owner``: an "of" party of a speech act may be what
    it is about ("rejected criticism of the government"), not its maker."""
    return any((c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.i < noun.i
                                     and (c.ent_type_ == "NORP" or c.pos_ in ("PROPN", "NOUN"))))
               and c.pos_ != "PRON" and is_actor_like(actor_head(c), lex)  # ("denied his allegations": whose?)
               for c in noun.children) or any(  # or its "from" party ("rejected repeated requests from Okinawan
        is_actor_like(actor_head(o), lex) for o in prep_objects(noun, ("from",)) if o.pos_ != "PRON")  # officials")


def _garden_path_subject(noun: Token) -> bool:
    """A coordinated noun that is really the subject of the clause after it, a verb the parser
    coordinated with the first clause's verb with no subject of its own ("rejected the demands and
    the resignation of the mayor was announced")."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "conj" or after >= len(noun.doc):
        return False
    return any(v.dep_ == "conj" and v.left_edge.i == after and child(v, SUBJ | PASSIVE_SUBJ) is None
               for v in noun.doc[after].ancestors)


def _content_of_stated_act(node: Token, triggers: list[Trigger]) -> bool:
    """An infinitive hung on the support verb of a demand, offer or threat noun (or on the verb of
    such a phrase) is the act's content: "reiterated its call on X to stop ...", "renewed its
    appeal to the government to release ...", "reaffirmed its readiness to help"."""
    if node.dep_ not in ("xcomp", "advcl") or not is_infinitive(node) or node.head == node:
        return False
    verb = node.head
    return any(t.event_type in _CONTENT_HOLDERS and t.kind in ("noun", "phrase") and t.token is not node
               and verb.i == (t.light.i if t.kind == "noun" and t.light is not None else t.token.i)
               for t in triggers)  # fmt: skip


_VIOLENT = frozenset({"ASSAULT", "FIGHT"})


def _consequence(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """"shelled Juba, killing 20 people": the killing is the shelling's toll, not another event."""
    token = trigger.token
    if trigger.event_type not in _VIOLENT or token.dep_ not in ("advcl", "conj") or token.tag_ != "VBG":
        return False
    heads = [t for t in triggers if t.token.i == token.head.i and t.event_type in _VIOLENT | {"COERCE"}]
    if token.dep_ == "conj":  # "..., killing 20 and wounding 50": a toll only after a toll (not "rioted, setting
        return any(_consequence(t, triggers) for t in heads)  # cars on fire and clashing with police")
    return bool(heads)


_ACCORDING = get_string_id("according")  # the StringStore hash of a token's ``lower`` attribute
_POBJ = get_string_id("pobj")


_SAYING_DEPS = frozenset({"parataxis", "advcl", "ccomp"})  # "X did Y, said Z" parsed with "said" under the trigger


def _saying_verbs(token: Token, verbs: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """The verbs of ``verbs`` that govern the token's clause (nearest first) and those the parser
    hung on it ("X will do Y, Z said")."""
    above = [a for a in clause_chain(token)[1:] if is_verb(a) and lemma(a) in verbs]
    below = [c for c in token.children if c.dep_ in _SAYING_DEPS and lemma(c) in verbs]
    return above, below


def _according_to(sent: Span) -> Token | None:
    """The object of "according to" in the sentence."""
    for word in sent:
        if word.lower == _ACCORDING and word.i + 1 < sent.end and word.nbor().lower_ == "to":  # (int: no string built)
            return child(word.nbor(), {"pobj"})
    return None


def stated(trigger: Trigger, lex: Lexicon) -> bool:
    """A verb of saying or announcing governs the trigger's clause ("Hungary said it will ...",
    "..., the envoy announced") or hangs on it ("X will do Y, Z said"), its speaker parsed or not,
    or the sentence is attributed ("according to X")."""
    token = trigger.light or trigger.token
    above, below = _saying_verbs(token, lex.stating_verbs)
    return bool(above or below) or _according_to(token.sent) is not None


def reporting_speaker(trigger: Trigger, lex: Lexicon) -> Token | None:
    """The subject of a neutral reporting verb the trigger's clause hangs on ("X said (that) ...",
    "..., X said"), or the object of "according to"."""
    token = trigger.light or trigger.token
    above, below = _saying_verbs(token, lex.reporting)
    if above:
        return speaker_of(above[0])
    speaker = next((s for c in below if (s := child(c, SUBJ)) is not None), None)
    return speaker if speaker is not None else _according_to(token.sent)


def location(trigger: Token, sent: Span, taken: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """A place after in/at/near/into on the trigger first, else another place not used as an actor."""
    doc = trigger.doc

    def place_phrase(pobj: Token) -> tuple[str, int, int]:
        left = min([pobj.i] + [c.left_edge.i for c in pobj.children
                               if c.dep_ in ("compound", "amod") and c.i < pobj.i])  # fmt: skip
        if pobj.ent_iob_ != "O":
            left, right = ent_bounds(pobj)
        else:
            right = pobj.i
        return doc[left : right + 1].text, doc[left].idx, doc[right].idx + len(doc[right])

    aimed = [child(c, {"pobj"}) for c in trigger.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]
    for node in [trigger] + [c for c in trigger.children if c.dep_ in OBJ] + [p for p in aimed if p is not None]:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                pobj = child(c, {"pobj"})
                if pobj is not None and is_place_token(pobj):
                    return place_phrase(pobj)[0], "sentence"
    for token in sent:
        if token.dep == _POBJ and token.head.lower_ in _PLACE_PREPS and is_place_token(token):  # (int: no string built)
            text, start, end = place_phrase(token)
            if not any(s < end and start < e for s, e in taken):
                return text, "sentence"
    return None, None


def trigger_place(trigger: Token) -> Token | None:
    """A place the trigger (or its object, or what it is aimed at) is located at by a preposition
    ("shelled positions in Juba", "imposed a curfew in Cizre", "fired at targets in Jericho"), or a
    place that is its direct object ("shelled Juba")."""
    aimed = [child(c, {"pobj"}) for c in trigger.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS]
    for node in [trigger] + [c for c in trigger.children if c.dep_ in OBJ] + [p for p in aimed if p is not None]:
        if node != trigger and _named_place_token(node):
            return node
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS:
                pobj = child(c, {"pobj"})
                if pobj is not None and not _named_place_token(pobj):
                    pobj = _named_place(pobj)  # "in the town of Cizre"
                if pobj is not None and _named_place_token(pobj):
                    return pobj
    return None


def _named_place_token(token: Token) -> bool:
    """A place by its name ("Juba", "Cizre"), not a common noun that happens to be a town's name."""
    return (token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN") and is_place_token(token)


def _named_place(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = child(c, {"pobj"})
            if pobj is not None and _named_place_token(pobj):
                return pobj
    return None


def event_date(token: Token, sent: Span, dates: list[DateMention]) -> DateMention | None:
    """The date expression inside the trigger's clause nearest to the trigger, if any."""
    if not dates:
        return None
    clause = token
    while (clause.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "attr", "compound")
           or (clause.dep_ == "advcl" and is_infinitive(clause))) and clause.head != clause:
        clause = clause.head  # (a purpose infinitive takes its clause's date: "in 2018 the court stepped in to rule")
    left, right = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    base = sent.start_char
    inside = [d for d in dates if left <= d.start + base and d.end + base <= right]
    if not inside:
        return None
    anchor = token.idx - base
    return min(inside, key=lambda d: min(abs(d.start - anchor), abs(d.end - anchor)))


def is_background(trigger: Trigger, date: dt.date | None, published: dt.date | None, lex: Lexicon,
                  precision: str = "day") -> bool:
    """Dated more than ``background_days`` before publication, or habitual ("Iran often accuses").
    A month named alone counts from its middle, the expected day of what happened in it ("ratified
    in June" in a story of 15 July is recent; "in June" in one of 26 July is not)."""
    if date is not None and precision == "month":
        date += dt.timedelta(days=14)
    if date is not None and published is not None and (published - date).days > lex.background_days:
        return True
    token = trigger.light or trigger.token
    if any(c.dep_ == "advmod" and c.lower_ in lex.habitual for c in token.children):
        return True
    if token.dep_ == "xcomp" and lemma(token.head) in lex.used_to_verbs and token.head.tag_ == "VBD" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "the separatists used to call for marches": past habit
    return any(_open_period(c, lex) for node in (token, *(c for c in token.children if c.dep_ == "xcomp"))
               for c in node.children)  # ("had been calling on X to release the report for months": the parser's
    # attachment to the infinitive)


def narrated_past(trigger: Trigger, narrative: dt.date | None, published: dt.date | None, lex: Lexicon) -> bool:
    """An act in a sentence with no date of its own, told in the past tense (its own clause's:
    _past_clause) right after a sentence dated more than ``narrative_days`` before publication, is part
    of that history ("In 1875 the Egyptians sent a punitive expedition to Massawa. ... Yohannes soundly
    defeated it."), unless the sentence reports speech (its main verb one of ``reporting_verbs``, or a
    quote in it: what is said now about the past) or says it is recent (``narrative_background``
    recent_adverbs: "recently", "just")."""
    if narrative is None or published is None or (published - narrative).days <= lex.narrative_days:
        return False
    sent = trigger.token.sent
    if lemma(sent.root) in lex.reporting or any(t.lower_ in _QUOTES for t in sent):
        return False
    if any(t.dep_ == "advmod" and t.lower_ in lex.recent_adverbs for t in sent):
        return False  # "the union recently agreed to a 5 percent raise": back to the news
    return _past_clause(trigger.light or trigger.token)


def _past_clause(token: Token) -> bool:
    """The finite verb of the token's clause (up through the infinitives, participles and nouns it
    hangs on) is past: a past tense, or a verb group whose first finite auxiliary is ("had held", "was
    captured", "were being prosecuted"); not a present one ("is now being held", "has refused")."""
    verb = token
    for _ in range(8):
        finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED]
        if verb.pos_ in ("VERB", "AUX") and (finite or verb.tag_ in _TENSED):
            return (finite[0] if finite else verb).tag_ == "VBD"  # (the first tensed word carries the tense)
        if verb.head == verb:
            return False
        verb = verb.head  # an infinitive, a participle or a noun: the clause it hangs on
    return False


_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})


def dated_sentence_past(trigger: Trigger, dates: list[DateMention], published: dt.date | None, lex: Lexicon) -> bool:
    """An undated act in a past-tense clause of a sentence every date of which is more than
    ``narrative_days`` old is of that time ("Crosby traveled from Somaliland to Cairo in 1900, passing
    through Addis Ababa, where he met Emperor Menelik"): the same tests as narrated_past."""
    resolved = [d.date for d in dates if d.date is not None]
    if not resolved or published is None or any((published - d).days <= lex.narrative_days for d in resolved):
        return False
    return narrated_past(trigger, max(resolved), published, lex)


_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _open_period(prep: Token, lex: Lexicon) -> bool:
    """A preposition naming an open period before now ("for months", "over the years", "in recent
    years", "in the past"; ``habitual_periods``), not a counted one ("jailed for ten years") nor one
    to come ("in the coming months")."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.habitual_preps:
        return False
    period = child(prep, {"pobj"})
    if period is None or period.lower_ not in lex.habitual_period_nouns:
        return False
    if period.lower_ == "past":
        return any(c.lower_ == "the" for c in period.children)  # "in the past" (not "in past years": the noun)
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num or c.lower_ in lex.habitual_excluded_modifiers
                   for c in period.children)  # fmt: skip


def _in_condition(token: Token, lex: Lexicon, triggers: list[Trigger]) -> bool:
    """The trigger is in the if/unless clause of another trigger's event: the condition is part of
    that event (a threat, an offer), not an event of its own."""
    node = token
    for _ in range(4):
        if node.head == node:
            return False
        if conditional_clause(node, lex.conditionals):
            governor = node.head  # (or the act in its infinitive: "voted to suspend X unless ...")
            acts = {governor.i, *(c.i for c in governor.children if c.dep_ == "xcomp")}
            return any(t.token.i in acts or (t.light is not None and t.light.i in acts) for t in triggers)
        node = node.head
    return False
