"""Small helpers over spaCy's dependency parse shared by the trigger, actor and mode rules."""

from __future__ import annotations

from spacy.tokens import Token

SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})


def lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")


def child(token: Token, deps: set[str] | frozenset[str]) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBJ]


def agent(token: Token) -> Token | None:
    """The noun of a passive's by-phrase ("denied by the ministry" -> ministry)."""
    for c in token.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and token.tag_ == "VBN"):
            return child(c, {"pobj"})
    return None


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def clause_chain(token: Token, limit: int = 12) -> list[Token]:
    """``token`` and its ancestors, nearest first."""
    chain = [token]
    node = token
    while node.head != node and len(chain) < limit:
        node = node.head
        chain.append(node)
    return chain
