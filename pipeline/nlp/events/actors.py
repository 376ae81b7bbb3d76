"""Actors: which words are an event's source and target, their phrase, country and sector, and
what pronouns and definite descriptions refer back to within the article."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.nlp import geo
from pipeline.nlp.actors import ActorKB, load_kb
from pipeline.nlp.entities import Entity, EntityGrouping
from pipeline.nlp.events.lexicon import Lexicon
from pipeline.nlp.events.syntax import (
    ACTOR_LABELS,
    AMOUNT_LABELS,
    HYPHENS,
    PASSIVE_SUBJ,
    PLACE_LABELS,
    RELATIVE,
    SUBJ,
    agent,
    child,
    dateline_word,
    in_dateline,
    is_infinitive,
    is_verb,
    lemma,
    misparsed_main_verb,
    relative_antecedent,
    speaker_of,
)
from pipeline.nlp.events.types import Actor
from pipeline.text import lexicon as text_lexicon

TARGET_PREPS = ("with", "against", "to", "on", "upon", "from", "into", "at", "toward", "towards", "for", "over",
                "between", "of")  # fmt: skip
INNER_PREPS = ("of", "to", "against", "on", "upon", "for", "with", "from", "into", "at", "between")
_PARTITIVES = frozenset({"part", "some", "most", "many", "all", "number", "hundreds", "thousands", "dozens", "scores",
                         "millions", "half", "majority", "members", "group", "one", "two", "three", "deployment",
                         "detachment", "contingent", "each", "both", "none", "several", "rest", "mob", "crowd",
                         "gang", "band", "handful", "dozen", "crowds", "segments", "sections", "sectors", "parts"})  # fmt: skip
# nouns that count a set only after "a" ("a host of bilateral issues", "a raft of measures"; "the host of
# the summit" is a party)
_INDEFINITE_QUANTIFIERS = frozenset({"host", "raft", "slew", "array", "range", "variety", "litany", "plethora",
                                     "multitude", "series", "spate", "flurry"})  # fmt: skip
_SPAN_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod", "punct", "flat",
                        "det"})  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_FORMER = frozenset({"former", "ex"})  # a title held before
_UNCOMMANDED = frozenset({"parataxis", "relcl", "acl", "appos", "advcl"})  # parts a subject pronoun does not bind
ORGANISATION_TITLE = "<title of an organisation>"  # marks remembered words whose title is an organisation's
COUNTRY_ONLY = "<a country description>"  # marks remembered words whose name is "the Republic", "the Kingdom"
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "MNC"})
_PLACE_WEIGHT = 3  # a place names where a story is; an organisation's or person's country less directly
_NOMINAL_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass"})
_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})


@dataclass
class ArticleContext:
    """What the actor rules know about the article so far."""

    lex: Lexicon
    entities: EntityGrouping
    dateline_city: str | None
    dateline_country: str | None
    country_overrides: dict[int, str]
    home_country: str | None = None
    published: dt.date | None = None
    last_person: Actor | None = None
    last_group: Actor | None = None
    persons: list[Actor] = field(default_factory=list)  # person antecedents of earlier sentences, newest last
    groups: list[Actor] = field(default_factory=list)  # antecedents a "they" of a later sentence may have, newest last
    # several people or a group an event of an earlier sentence acted on: what a later object "them"
    # may refer to ("met opposition leaders. He urged them ..."), newest last
    group_targets: list[Actor] = field(default_factory=list)
    genders: dict[int, str] = field(default_factory=dict)  # entity index -> the gender a pronoun gave it
    history: list[Actor] = field(default_factory=list)  # named actors seen so far, newest last
    # the words each history entry can be described by: its phrase, and the noun it is in
    # apposition with ("the spokesperson for the ministry, Nasser Kanaani" -> spokesperson)
    history_words: list[frozenset[str]] = field(default_factory=list)
    coded_types: set[str] = field(default_factory=set)  # event types coded in earlier sentences
    coded_pairs: dict[str, list[tuple[str | None, str | None]]] = field(default_factory=dict)  # their actors' keys
    next_mention: int = 0  # the first entity mention not yet remembered
    # pronouns being resolved right now: "our leader said": resolving "our" asks for the speaker,
    # whose country asks for "our" again; a pronoun met again inside its own resolution stays as is
    resolving: set[int] = field(default_factory=set)
    # remembered actors not linked yet (see ``remember``): id(actor) -> what ``_settle`` needs
    unsettled: dict[int, tuple[Token, list[Token], Token | None, Entity]] = field(default_factory=dict)
    sentences_seen: int = 0  # sentences remembered so far
    # entity index -> the international code a person's post named in the article gave him or her ("UN
    # Secretary-General Antonio Guterres", "the UN's human rights chief, Michelle Bachelet": IGO)
    international_posts: dict[int, str] = field(default_factory=dict)
    # the last speaker a reporting verb named and the sentence count then: a quote's "I" / "we" in a
    # following sentence with no speaker of its own is that speaker's ('she said, "... done to me. I want justice."')
    last_speaker: tuple[int, Actor] | None = None
    # the person named as the main clause's subject and the sentence count then: a sentence-opening "he" / "she"
    # of the next sentence takes that person up before anyone the sentence named after it ("Rama Valayden adds
    # that the LPM will sue Prime Minister Pravind Jugnauth. He also sent a letter ...": Valayden)
    subject_person: tuple[int, Actor] | None = None
    text: str | None = None  # the Doc's text, read once (the document words are looked for in it)
    # a document noun ("statement") -> (the sentence count when it was issued, its issuer)
    documents: dict[str, tuple[int, Actor]] = field(default_factory=dict)


def kb() -> ActorKB:
    """The actor knowledge base (``pipeline.nlp.actors``), loaded once per process."""
    return load_kb()


@lru_cache(maxsize=65536)
def _agent_sector(word: str) -> str | None:
    link = kb().agent(word)
    return link.sector if link is not None else None


def is_agent_word(token: Token) -> bool:
    """A generic agent noun of the knowledge base ("activist", "parliamentarians", "prosecutor")."""
    return agent_sector(token) is not None


def agent_sector(token: Token) -> str | None:
    """The sector of the generic agent a noun names ("police" COP, "protesters" OPP), else None."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    sector = _agent_sector(token.lower_)
    return sector if sector is not None else _agent_sector(lemma(token))


def actor_head(token: Token) -> Token:
    """Follow partitives ("thousands of refugees", "part of the contingent") to the real head."""
    seen = 0
    while (token.lower_ in _PARTITIVES or (token.like_num and token.pos_ == "NUM") or indefinite_quantifier(token)) \
            and seen < 3:  # "400 of the supporters", "a host of issues"
        pobj = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if not pobj:
            break
        token, seen = pobj[0], seen + 1
    return token


def indefinite_quantifier(token: Token) -> bool:
    """A noun that counts a set after "a" ("a host of issues"), read through its "of" phrase."""
    return token.lower_ in _INDEFINITE_QUANTIFIERS and any(c.dep_ == "det" and c.lower_ == "a" for c in token.children)


def _act_named(token: Token, lex: Lexicon) -> bool:
    """A sector word that names an act: with its "of" phrase or with no "the" ("the prosecution of the
    officers", "were granted deferred prosecution"), no party ("the prosecution rejected the request")."""
    return token.lower_ in lex.act_sector_words and (
        any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))


def _positional(token: Token, lex: Lexicon) -> bool:
    """"the latter", "the former" (tagged ADJ): a reference to a party named before."""
    return token.lower_ in lex.positional_references and any(c.lower_ == "the" for c in token.children)


def aged_person(token: Token) -> bool:
    """"the 22-year-old", "a 35-year-old" used as a noun (the adjective heads no noun of its own): a
    person named by age, as crime and court reports do."""
    return token.lower_ == "old" and token.dep_ not in ("amod", "acomp", "attr", "conj") \
        and any(c.dep_ == "npadvmod" and c.lower_ in ("year", "years") for c in token.children)


def nominal_participle(token: Token, lex: Lexicon) -> bool:
    """"the accused", "the deceased" used as a noun: a participle or adjective of ``nominal_participles``
    with "the", as a clause's subject or object, with no object of its own."""
    return token.lower_ in lex.nominal_participles and token.pos_ in ("VERB", "ADJ") \
        and token.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "auxpass", "aux") for c in token.children)


_COUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def counted_group(token: Token, lex: Lexicon) -> bool:
    """A bare cardinal in words after "all" or "the" as a clause's subject or object, standing for
    people named before ("all seven were charged", "the three were arrested"; ``counted_groups``).
    Not an amount or a date, nor a number with its own figure or unit ("the Sh104 billion spent on
    ..."), a partitive with its own phrase ("the three of them"), "the two" (a pronoun of its own,
    ``pair_pronouns``), one ("the only one who has made such allegations") or a number in figures,
    a count rather than a group taken up ("the nearly 100 still held by militants")."""
    return token.pos_ == "NUM" and token.like_num and token.is_alpha and token.dep_ in _COUNTED_DEPS \
        and token.ent_type_ not in AMOUNT_LABELS and token.lower_ not in lex.pair_pronouns and token.lower_ != "one" \
        and any(c.dep_ in ("det", "predet") and c.lower_ in lex.counted_group_determiners for c in token.children) \
        and all(c.dep_ in ("det", "predet", "advmod", "acl", "relcl", "punct") for c in token.children)


def phrase_sector(token: Token, lex: Lexicon) -> str | None:
    """The sector a head noun names with one of its modifiers only (actors ``sector_phrases``: "the
    private sector" is business; "sector" alone, "the energy sector", names no party)."""
    phrases = lex.sector_phrases.get(token.lower_)
    if phrases is None or not token.n_lefts:
        return None
    return next((phrases[c.lower_] for c in token.lefts if c.dep_ in ("amod", "compound") and c.lower_ in phrases),
                None)


def is_actor_head(token: Token, lex: Lexicon) -> bool:
    """The word itself names an actor (not only one of its modifiers)."""
    if _positional(token, lex) or aged_person(token) or nominal_participle(token, lex) or counted_group(token, lex):
        return True
    if token.pos_ == "ADJ" and token.ent_type_ not in ACTOR_LABELS and not geo.country_code(token.text, allow_city=False):
        return False  # "naval blockade", "military exercises": a sector adjective is no actor
    if token.ent_type_ in ACTOR_LABELS or token.lower_ in lex.pronouns or token.lower_ in RELATIVE:
        return True
    if _act_named(token, lex):
        return False  # "the prosecution of the officers": the act
    if token.lower_ in lex.sectors or lemma(token) in lex.sectors or token.lower_ in lex.actor_nouns \
            or phrase_sector(token, lex) is not None:
        return True
    if token.pos_ == "NOUN" and lemma(token) in lex.person_nouns:
        return True  # "the resident", "his lawyer", "defendants" (WordNet noun.person)
    if geo.country_code(token.text, allow_city=token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN"):
        return True
    if is_agent_word(token):
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in _NON_ACTOR_ENTS


def _country_not_pronoun(token: Token) -> bool:
    """"US" after a determiner, or restored in capitals, is the country: a pronoun takes no "the"
    ("the US and other rich nations must ..."); nor does a pronoun modify a noun ("the us strikes",
    "us troops")."""
    return token.text == "US" or (token.lower_ == "us" and (any(c.dep_ == "det" for c in token.children)
                                                            or token.dep_ in ("compound", "amod", "nmod")))


def _owner(token: Token, lex: Lexicon) -> Token | None:
    """The actor behind a non-actor noun: "Saddam Hussein's proposal", "a US offer", "calls by X"."""
    for c in token.children:
        if c.dep_ == "poss" and is_actor_head(c, lex):
            return c
    for c in token.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and is_actor_head(c, lex):
            return c
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            pobj = child(c, {"pobj"})
            if pobj is not None and is_actor_head(actor_head(pobj), lex):
                return pobj
    for c in token.rights if token.n_rights else ():  # "the blast, claimed by the Taliban,", "strikes carried out
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in lex.authoring_participles:  # by the coalition": the
            # participle's agent (not "the attack condemned by the UN": the UN did not attack)
            by = agent(c)
            if by is not None and is_actor_head(actor_head(by), lex):
                return by
    return None


def asked_to_act(obj: Token, lex: Lexicon) -> bool:
    """The object of a request verb that the verb's infinitive asks to act ("asked the Centre to
    release the funds", "urged the board to reconsider"), or the subject of such a verb in the
    passive ("anyone who witnessed the incident is urged to contact police"): the control makes it a
    party whatever its noun."""
    verb = obj.head
    passive = obj.dep_ == "nsubjpass"  # "anyone who witnessed the incident is urged to contact police"
    return (obj.dep_ in ("dobj", "obj") or passive) and obj.pos_ in ("NOUN", "PROPN", "PRON") \
        and lemma(obj) not in lex.nouns and lex.verbs.get(lemma(verb)) == "DEMAND" \
        and any(c.dep_ == "xcomp" and (c.i > obj.i or passive) and is_infinitive(c) for c in verb.children)


def party_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun that names a party a reduced passive acts on or a relative pronoun stands for: an
    actor head, a group, or people of a nation ("Mongolian herders"; not a sector's thing:
    "military equipment", "a North Korean cargo ship", "aircraft seized from Kuwait Airways", whose
    owner stays the party, "a military facility that Mauritius is providing to India")."""
    if lemma(noun) in lex.equipment_nouns:
        return False
    if is_actor_head(noun, lex) or lemma(noun) in lex.group_nouns:
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE") or geo.country_code(
            c.text, allow_city=False) is not None) for c in noun.children)


def is_actor_like(token: Token, lex: Lexicon) -> bool:
    antecedent = relative_antecedent(token)  # "the man whom police arrested": the man (the noun itself names a
    if antecedent is not None:  # party: not "a military facility that Mauritius is providing to India")
        return party_noun(actor_head(antecedent), lex)
    if token.ent_type_ in ACTOR_LABELS or token.lower_ in lex.pronouns or _positional(token, lex) or aged_person(token) \
            or nominal_participle(token, lex) or counted_group(token, lex):
        return True
    if _act_named(token, lex):
        return False  # "the prosecution of the officers": the act, no party (``act_sector_words``)
    if phrase_sector(token, lex) is not None:
        return True  # "the private sector"
    words = [token] + [c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for word in words:
        if word.lower_ in lex.sectors or lemma(word) in lex.sectors or word.ent_type_ in ACTOR_LABELS:
            return True
        if geo.country_code(word.text, allow_city=word.ent_type_ in PLACE_LABELS) is not None:
            return True
    if is_agent_word(token):
        return True
    if token.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i > 0
                                    and c.doc[c.left_edge.i - 1].text != "(" for c in token.children):
        return True  # "the newly elected provincial chair, Siboniso Duma": the name says it is a party (not an
        # acronym in brackets: "memorandums of understanding (MOUs)")
    return token.lower_ in lex.actor_nouns or (token.pos_ == "PROPN" and token.ent_type_ not in _NON_ACTOR_ENTS)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _names_party(token: Token) -> bool:
    """A modifier that names a party of its own: a nationality, country or organisation."""
    return token.ent_type_ in ("NORP", "GPE", "ORG") or geo.country_code(token.text, allow_city=False) is not None


def coordinated_parties(noun: Token) -> tuple[Token, ...]:
    """The coordinated party modifiers of a common noun ("Hungarian and Romanian officials",
    "U.S. and Russian negotiators": Hungarian, Romanian); empty when there are none."""
    if noun.pos_ != "NOUN" or not noun.n_lefts:
        return ()
    for c in noun.lefts:
        if c.dep_ in _MODIFIER_DEPS and c.n_rights and _names_party(c):
            others = [g for g in c.rights if g.dep_ == "conj" and _names_party(g)]
            if others:
                return (c, *others)
    return ()


def _party_noun(token: Token) -> Token | None:
    """The noun a coordinated party modifier belongs to ("Romanian" in "Hungarian and Romanian
    officials": officials)."""
    first = token.head if token.dep_ == "conj" else token
    noun = first.head
    if first.dep_ not in _MODIFIER_DEPS or noun == first:
        return None
    return noun if token in coordinated_parties(noun) else None


def names_place(token: Token) -> bool:
    """A place, not a party that acts: a place name ("Aleppo") or a noun naming one by its "of"
    complement ("the town of Idlib", "the Iraqi city of Zakho")."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS
                                                              for g in c.children)
               for c in token.rights)  # fmt: skip


def ent_bounds(token: Token) -> tuple[int, int]:
    """Token range [left, right] of the named entity containing ``token`` (cheaper than doc.ents)."""
    doc = token.doc
    left = right = token.i
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
        right += 1
    return left, right


def _person_name_bounds(head: Token, tokens: list[Token]) -> tuple[int, int]:
    """Token range of a person's name in the actor phrase: the NER span, grown left over words
    that run straight into it with no title, possessive or nationality between — a country's
    name there is a first name ("Mali Poppy Cooper", "Georgia May Jagger"); English puts a
    country before a person only as "Russia's Putin" or with a title ("Russian President Putin")."""
    left, right = ent_bounds(head)
    inside = {t.i for t in tokens}
    doc = head.doc
    while left - 1 in inside:
        prev = doc[left - 1]
        if not prev.is_alpha or prev.dep_ != "compound" or geo.is_demonym(prev.text) \
                or kb().is_title_word(prev.text, modifiers=True):
            break
        left -= 1
    return left, right


def _span_bounds(head: Token) -> tuple[int, int]:
    """Token range [left, right] of an actor phrase: modifiers, plus an "of <place/name>" tail."""
    left, right = head.i, head.i
    for c in head.children:
        if c.i < head.i and c.dep_ in _SPAN_DEPS:
            left = min(left, c.left_edge.i)
        elif c.i > head.i and c.dep_ in ("flat", "compound", "appos") and c.i - right <= 1:
            right = max(right, c.i)
        elif c.i > head.i and c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and head.pos_ == "NOUN")):
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj and (pobj[0].pos_ == "PROPN" or pobj[0].ent_type_ or geo.is_place(pobj[0].text)
                         or (head.pos_ == "NOUN" and c.lower_ == "of" and _named_by_modifier(pobj[0]))):
                right = max(right, pobj[0].right_edge.i)  # ("the chief of the Kenyan army")
    doc = head.doc
    if head.ent_iob_ != "O":
        ent_left, ent_right = ent_bounds(head)
        left, right = min(left, ent_left), max(right, ent_right)
    for i in range(head.i - 1, left - 1, -1):
        if doc[i].tag_ == "VBD" and misparsed_main_verb(doc[i]):  # "Yeltsin on Saturday hosted Japanese Prime Minister X": not the
            left = i + 1  # verb and what comes before it
            break
    if not in_dateline(head):
        while left < head.i and in_dateline(doc[left]):
            left += 1  # ("CAPE TOWN - Melkbosstrand residents": the dateline is no part of the phrase)
    aged = aged_person(head)  # ("the 22-year-old": the number is the name)
    while left < head.i and (doc[left].dep_ in ("det", "punct", "cc", "advmod") or (not aged and (
            doc[left].dep_ in ("nummod", "quantmod") or doc[left].like_num))):  # fmt: skip
        left += 1
    while right > head.i and doc[right].dep_ in ("punct", "case", "cc"):
        right -= 1
    while left > 0 and not doc[left - 1].whitespace_ and HYPHENS & {doc[left].text, doc[left - 1].text}:
        left -= 1  # "the vice-president": a word the tokenizer split at its hyphen is whole ("-president" was the
    while right + 1 < len(doc) and not doc[right].whitespace_ and HYPHENS & {doc[right].text, doc[right + 1].text}:
        right += 1  # phrase, the parser having hung "vice" apart; "the president-elect")
    return left, right


def _named_by_modifier(noun: Token) -> bool:
    """A common noun a nationality or name modifies ("the Kenyan army", "the Hamas movement")."""
    return any(c.dep_ in _MODIFIER_DEPS and c.i < noun.i and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in noun.lefts) if noun.n_lefts else False  # fmt: skip


def _sector(tokens: list[Token], head: Token, lex: Lexicon) -> str | None:
    """The sector a word of the phrase names: the head's, else the last such word (``tokens`` are
    the phrase's words in text order)."""
    sectors = lex.sectors
    if (by_phrase := phrase_sector(head, lex)) is not None:
        return by_phrase  # ("the private sector": BUS)
    for word in [head, *reversed(tokens)]:
        lower = word.lower_
        if lower in sectors:
            return sectors[lower]
        lem = lemma(word)
        if lem in sectors:
            return sectors[lem]
    return None


@lru_cache(maxsize=65536)
def _ngram_country(text: str, allow_city: bool) -> str | None:
    return geo.country_code(text, allow_city=allow_city)


def _span_country(tokens: list[Token]) -> str | None:
    """A country or nationality named by the words (longest n-gram first); a city only when the
    NER marks the words as a place ("the court in Algiers"), never an ordinary proper noun."""
    texts = [t.text for t in tokens]
    n = len(texts)
    for size in (3, 2, 1):
        for i in range(n - size + 1):
            code = _ngram_country(" ".join(texts[i : i + size]) if size > 1 else texts[i], False)
            if code is not None:
                return code
    places = [t.ent_type_ in PLACE_LABELS for t in tokens]  # each word's NER label is a place
    if not any(places):
        return None
    for size in (3, 2, 1):
        for i in range(n - size + 1):
            if all(places[i : i + size]) and _whole_entity(tokens, i, i + size):
                code = _ngram_country(" ".join(texts[i : i + size]) if size > 1 else texts[i], True)
                if code is not None:
                    return code
    return None


def _whole_entity(tokens: list[Token], start: int, end: int) -> bool:
    """``tokens[start:end]`` are a whole named entity: a city's name inside a longer name ("Sabha"
    in "Rajya Sabha") names no city, also when the NER split that name into two entities that
    touch ("Rajya" GPE + "Sabha" GPE)."""
    first = tokens[start]
    if first.ent_iob_ != "B":
        return False
    doc = first.doc
    after = doc[tokens[end - 1].i + 1] if tokens[end - 1].i + 1 < len(doc) else None
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.ent_iob_ != "O" and before.pos_ == "PROPN" and before.ent_type_ in PLACE_LABELS:
        return False
    if after is not None and after.ent_iob_ == "B" and after.pos_ == "PROPN" and after.ent_type_ in PLACE_LABELS:
        return False
    return after is None or after.ent_iob_ != "I"


def _text(tokens: list[Token]) -> str:
    """The text of consecutive tokens, as their ``Span.text`` (without making the Span)."""
    if len(tokens) == 1:
        return tokens[0].text
    return "".join([t.text_with_ws for t in tokens[:-1]]) + tokens[-1].text


def make_actor(head: Token, ctx: ArticleContext) -> Actor:
    """The actor phrase around ``head`` with its entity, knowledge-base link, country and sector."""
    doc = head.doc
    left, right = _span_bounds(head)
    noun = _party_noun(head) if head.dep_ in _MODIFIER_DEPS or head.dep_ == "conj" else None
    if noun is not None and coordinated_parties(noun)[-1] == head:
        right = noun.i  # the last of "Hungarian and Romanian officials" is "Romanian officials"
    entity_index = ctx.entities.entity_index_at(head.idx, head.idx + len(head))  # the head names it
    name = _appos_name(head) if entity_index is None and head.pos_ in ("NOUN", "PROPN") else None
    if name is not None:  # "the Bolivian president, Evo Morales,": the name says who
        entity_index = ctx.entities.entity_index_at(name.idx, name.idx + len(name))
        right = max(right, ent_bounds(name)[1])

    tokens = [doc[i] for i in range(left, right + 1)]
    last = tokens[-1]
    actor = Actor(_text(tokens), tokens[0].idx, last.idx + len(last), entity_index)
    _link(actor, name if name is not None and entity_index is not None else head, tokens, ctx)
    if noun is not None and actor.sector is None:
        actor.sector = _sector([noun], noun, ctx.lex)  # the shared noun says what they are ("officials": GOV)
    if actor.country is None and entity_index is None and head.pos_ == "NOUN" and head.n_lefts:
        actor.country = _organisation_country(head, ctx)  # "Hezbollah fighters", "Red Cross officials"
    if actor.country is None and entity_index is None and head.pos_ == "NOUN" and head.n_rights:
        actor.country = _complement_organisation_country(head, ctx)  # "the head of the World Food Programme"
    if _is_description(head, tokens, entity_index, ctx.lex):
        antecedent = _antecedent_of_description(head, actor, ctx)
        if antecedent is not None:
            return _resolved(actor, antecedent)
    elif actor.country is not None and _is_country_title(head, tokens, entity_index, ctx.lex):
        antecedent = _antecedent_of_description(head, actor, ctx, actor.country)
        if antecedent is not None:  # "the U.S. president" -> "U.S. President Joe Biden" named before
            return _resolved(actor, antecedent)
    if actor.country is None and entity_index is None and head.lower_ in ctx.lex.titles:
        holder = _later_title_holder(head, tokens, ctx)
        if holder is not None:  # "The Crown Prince praised ..." before "Crown Prince Mohammed bin Salman"
            return _resolved(actor, holder)
    forces_of = _forces_owner(head, ctx)
    if forces_of is not None:
        resolved = _resolved(actor, forces_of)
        resolved.sector = actor.sector or forces_of.sector  # the fighters stay fighters
        return resolved
    if entity_index is None and any(c.dep_ in ("amod", "compound") and c.lower_ in ctx.lex.stateless_phrases.get(
            lemma(head), ()) for c in head.children):  # fmt: skip
        return actor  # "the international community": the nations together, no one country
    if actor.country is None and _multinational(head, ctx.lex) \
            and (entity_index is None or ctx.entities.entities[entity_index].link is None):
        return actor  # "African countries", "Western nations" (an ORG to the NER): several states, none the story's
    if actor.country is None and entity_index is None and head.pos_ == "NOUN":
        actor.country = _described_before(head, ctx)  # "A Kazakh foreign ministry spokesman said ... the spokesman added"
    if actor.country is None and any((shared := geo.demonym_countries(t.text)) is not None
                                     and ctx.home_country not in shared for t in tokens):
        return actor  # "the Korean president" in a Mongolian story: a nationality of several states, none the story's
    if actor.country is None and (entity_index is None or ctx.entities.entities[entity_index].label != "GPE"):
        actor.country = ctx.home_country  # "the police", "Ms Cooper": by default, the story's own country
        actor.home_by_default = actor.country is not None
    return actor


def _multinational(head: Token, lex: Lexicon) -> bool:
    """A plural group of states or their people named by a region, a bloc or a kind ("African
    countries", "European governments", "Western nations", ``multinational_groups``)."""
    return head.tag_ == "NNS" and lemma(head) in lex.multinational_heads and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.multinational_modifiers for c in head.children)


_DESCRIPTION_REACH = 6  # how many sentences back a bare "the spokesman" looks for "a Kazakh ministry spokesman"


def _described_before(head: Token, ctx: ArticleContext) -> str | None:
    """The country of the same noun described with a country a few sentences before, when the noun is
    bare and definite ("A Kazakh foreign ministry spokesman said ... '...,' the spokesman added": Kazakhstan,
    not the story's country): its nearest earlier use whose modifiers name a country or an organisation."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children) \
            or lemma(head) in ctx.lex.home_institutions:
        return None  # ("the government", "the police": the story's own, ``home_institutions``)
    doc, lem = head.doc, lemma(head)
    sent = head.sent
    for _ in range(_DESCRIPTION_REACH):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        for token in reversed(sent):
            if token.pos_ != "NOUN" or lemma(token) != lem:
                continue
            modifiers = [t for t in token.subtree if t.i < token.i]
            country = _span_country(modifiers) if modifiers else None
            country = country or (_organisation_country(token, ctx) if token.n_lefts else None)
            if country is not None:
                return country
    return None


_TITLE_LOOKAHEAD = 1500  # characters after a bare title in which its holder's name may come


def _later_title_holder(head: Token, tokens: list[Token], ctx: ArticleContext) -> Actor | None:
    """A bare definite title named before its holder ("The Crown Prince praised ..." with "Crown
    Prince Mohammed bin Salman" a few sentences on): the first person named with the same title
    words soon after, when that person's country is known. Without it the story's home country
    (a dateline's: "ATHENS -") would be given to a foreign visitor."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    title = [t.lower_ for t in tokens if t.dep_ != "det"]
    doc = head.doc
    end = tokens[-1].idx + len(tokens[-1])
    for mention in ctx.entities.mentions:
        if mention.label != "PERSON" or mention.start <= end:
            continue
        if mention.start > end + _TITLE_LOOKAHEAD:
            break
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.start < len(title):
            continue
        before = [t.lower_ for t in doc[span.start - len(title):span.start]]
        if before == title and ctx.entities.entities[mention.entity_index].country is not None:
            return make_actor(span.root, ctx)
    return None


def _organisation_country(head: Token, ctx: ArticleContext) -> str | None:
    """The country of an organisation named as a modifier of the actor's noun ("Hezbollah
    fighters": Lebanon; "UN peacekeepers": IGO), or of the leader a government body is named by ("the Biden
    administration": USA, ``led_bodies``)."""
    led = lemma(head) in ctx.lex.led_bodies
    for c in head.lefts:
        if led and c.dep_ in ("compound", "nmod") and c.ent_type_ in ACTOR_LABELS:
            leader = _leader_country(c, ctx)  # ("Biden" an ORG, "Modi" a GPE to the NER)
            if leader is not None:
                return leader
        if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG":
            country = _entity_country_at(c, ctx)
            if country is not None:
                return country
    return None


def _leader_country(token: Token, ctx: ArticleContext) -> str | None:
    """The country of the person the entity ``token`` starts names, by the KB's person links
    (the NER may call a leader's surname before "administration" an organisation)."""
    index = ctx.entities.entity_index_at(token.idx, token.idx + len(token))
    if index is None:
        return None
    entity = ctx.entities.entities[index]
    if geo.country_code(entity.canonical, allow_city=True) is not None:
        return None  # "the Jordan government": a place, whatever namesake the KB holds
    link = entity.link if entity.link is not None and entity.link.kind == "person" else \
        kb().lookup(entity.canonical, "PERSON", on=ctx.published)
    return link.country if link is not None and link.kind == "person" else None


def _entity_country_at(token: Token, ctx: ArticleContext) -> str | None:
    """The country (or IGO / NGO code) of the entity ``token`` starts: its KB link's, else its own."""
    index = ctx.entities.entity_index_at(token.idx, token.idx + len(token))
    if index is None:
        return None
    entity = ctx.entities.entities[index]
    link = entity.link or kb().lookup(entity.canonical, entity.label, on=ctx.published)
    return (link.country if link is not None else None) or entity.country


def _complement_organisation_country(head: Token, ctx: ArticleContext) -> str | None:
    """The country (or IGO / NGO code) of the organisation a person noun's of / for complement
    names ("the head of the World Food Programme", "a spokesman for the IAEA"), from its entity or
    the actor KB."""
    for c in head.rights:
        if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
            continue
        pobj = child(c, {"pobj"})
        if pobj is None:
            continue
        if pobj.ent_type_ != "ORG":  # "the chief of the UN refugee agency": the organisation modifying it
            country = _organisation_country(pobj, ctx) if pobj.pos_ == "NOUN" and pobj.n_lefts else None
            if country is not None:
                return country
            continue
        country = _entity_country_at(pobj, ctx)
        if country is not None:
            return country
    return None


def _appos_name(head: Token) -> Token | None:
    """A person's or organisation's name in apposition with a common noun ("the Bolivian president,
    Evo Morales")."""
    if not head.n_rights:
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "ORG")), None)  # fmt: skip


def _names_sponsor(token: Token, lex: Lexicon) -> bool:
    """A word before a sponsor participle it modifies ("Iran" in "Iran-backed Houthi rebels"): the
    sponsor's name, not the actor's country."""
    head = token.head
    return head.i > token.i and head.tag_ == "VBN" and lemma(head) in lex.sponsor_participles


def _link(actor: Actor, head: Token, tokens: list[Token], ctx: ArticleContext) -> None:
    """Country, sector and knowledge-base id.

    A named entity is looked up in the actor KB (people by their role on the publication date,
    organisations, countries); else the phrase may name a generic agent ("Iranian police" -> COP,
    IRN); the lexicon's sector words fill a missing sector. What the phrase itself says about the
    actor's country — a country or nationality word ("Costa Rican President Rodrigo Chaves") —
    wins over a KB link, which may be a namesake; words inside a person's own name ("Mali Poppy
    Cooper") say nothing about the country.
    """
    entity = ctx.entities.entities[actor.entity_index] if actor.entity_index is not None else None
    link = None
    if entity is not None and entity.label in ("PERSON", "ORG", "NORP", "GPE"):
        link = entity.link if entity.label == "PERSON" else None  # linked with its titles ("King Abdullah")
        for name in dict.fromkeys((entity.canonical, actor.text)) if link is None else ():
            if entity.label == "PERSON" and kb().namesake_surname(name, entity.canonical):
                continue  # "Acevedo" of an article's "José Carlos Acevedo" the KB does not hold
            link = kb().lookup(name, entity.label, on=ctx.published)
            if link is not None and link.match == "member" and entity.label == "PERSON" and name != entity.canonical:
                link = None  # "Duma" of an article's "Siboniso Duma": no member of Russia's Duma (entities._link)
                continue
            if link is not None:
                break
    name_span = _person_name_bounds(head, tokens) if entity is not None and entity.label == "PERSON" else (-1, -1)
    # the acronym of a name the article spelled out says no country of its own ("the Tajik Committee for
    # Agricultural Reform ( CAR )": not the Central African Republic; the entity's name says it)
    acronym = entity is not None and entity.label == "ORG" and head.text.isupper() and head.text != entity.canonical
    stated = _span_country([t for t in tokens if not name_span[0] <= t.i <= name_span[1]
                            and not (acronym and t == head) and not _names_sponsor(t, ctx.lex)])
    if stated is None:
        stated = _possessor_country(head, ctx)  # "its security forces", with "its" resolved
    if stated is None and link is not None and link.kind == "person" and name_span[0] >= 0:
        stated = _title_organisation(tokens[0].doc[tokens[0].i:name_span[0]] if tokens[0].i < name_span[0] else [], ctx)
        # "United Nations Secretary-General Antonio Guterres": the office the title names, not his past Portuguese one
    agent = kb().agent(actor.text) if link is None and head.pos_ in ("NOUN", "PROPN") else None
    if entity is not None and link is not None and link.kind == "person":
        if stated in _NOT_COUNTRIES:
            ctx.international_posts.setdefault(entity.index, stated)  # "UN Secretary-General Antonio Guterres"
        elif stated is None:
            stated = ctx.international_posts.get(entity.index)  # ... later "Guterres": the post the article gave
            # him, not the KB's past national office (Portugal's prime minister)
    if link is not None:
        actor.actor_id = link.actor_id if link.match != "place" else None
        actor.country = stated or link.country
        actor.sector = link.sector or (link.last_sector if link.kind == "person" else None)
    else:
        actor.country = stated or (agent.country if agent is not None else None)
        if actor.country is None and entity is not None and entity.label == "PERSON" \
                and entity.country_source in (None, "context"):
            actor.country = _post_country(head)  # "Juri Tamm, a member of the Estonian parliament": his post's
        if actor.country is None and entity is not None:
            actor.country = entity.country or ctx.country_overrides.get(entity.index)
        actor.sector = (phrase_sector(head, ctx.lex) or agent.sector) if agent is not None else None  # ("media
        # persons": the press, not people at large)
    if actor.country is None and head.pos_ == "NOUN":
        actor.country = _complement_country(head)  # "the spokesperson for the Iranian foreign ministry"
    if actor.sector is None:
        actor.sector = _sector(tokens, head, ctx.lex)


def _title_organisation(title: Span | list[Token], ctx: ArticleContext) -> str | None:
    """The IGO an organisation name in a person's title before the name is ("United Nations
    Secretary-General", "African Union Commission chairperson"): its KB code, "IGO"."""
    words = [t for t in title if t.ent_type_ == "ORG"]
    if not words:
        return None
    link = kb().lookup(" ".join(t.text for t in words), "ORG", on=ctx.published)
    return "IGO" if link is not None and link.country == "IGO" else None


def _complement_country(head: Token) -> str | None:
    """The country a person noun belongs to through its for/of complement ("the spokesperson for
    the Iranian Ministry of Foreign Affairs", "a member of the Kenyan parliament")."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of"):
            pobj = child(c, {"pobj"})
            if pobj is not None:
                return _span_country(list(pobj.subtree))
    return None


def _post_country(head: Token) -> str | None:
    """The country of the post a person's name is in apposition with: the noun's own modifiers ("Juri
    Tamm, an Estonian lawmaker", "..., Estonia's foreign minister") or its for / of complement ("...,
    a member of the Estonian parliament"); the sentence's context says less than the post does."""
    noun = next((c for c in head.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or (
        c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "LOC", "ORG")))), None)  # (a cased title:
    if noun is None:  # "..., Estonia's Foreign Minister")
        return None
    own = [w for w in noun.lefts if w.dep_ in ("amod", "compound", "poss")]
    return _span_country([*own, noun]) or _complement_country(noun)


def _possessor_country(head: Token, ctx: ArticleContext) -> str | None:
    owner = child(head, {"poss"})
    if owner is None or owner.lower_ not in ctx.lex.pronouns:
        return None
    resolved = resolve_pronoun(owner, head, ctx)
    return resolved.country if resolved is not None else None


# sectors of a party's armed or police forces and government bodies: "its fighters", "their troops",
# "his government" act for the party
_FORCE_SECTORS = frozenset({"MIL", "REB", "COP", "GOV"})


def _forces_owner(head: Token, ctx: ArticleContext) -> Actor | None:
    """The party a possessive pronoun says owns armed or police forces or a government body ("Hamas
    said its gunmen had attacked ...", "the government said its troops had recaptured ...", "Ortega
    said his government had asked Moscow ..."): the pronoun's antecedent, when it names one (not
    "his brother", "their lawyer", "his counterpart": those are people of their own)."""
    if head.pos_ != "NOUN" or not head.n_lefts:
        return None
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.lower_ in ctx.lex.pronouns), None)
    if owner is None or _sector([head], head, ctx.lex) not in _FORCE_SECTORS or lemma(head) in ctx.lex.other_party_nouns:
        return None  # ("his Malaysian counterpart" is someone else)
    antecedent = resolve_pronoun(owner, head, ctx)
    if antecedent is None or antecedent.resolved is None:
        return None  # unresolved: the pronoun names no one we know
    return antecedent


def _resolved(mention: Actor, antecedent: Actor) -> Actor:
    return Actor(mention.text, mention.start, mention.end, antecedent.entity_index,
                 antecedent.country or mention.country, antecedent.sector or mention.sector,
                 antecedent.name, antecedent.resolved_start if antecedent.resolved else antecedent.start,
                 antecedent.resolved_end if antecedent.resolved else antecedent.end, antecedent.actor_id)  # fmt: skip


def _is_description(head: Token, tokens: list[Token], entity_index: int | None, lex: Lexicon) -> bool:
    """A definite common-noun actor with no name or country of its own: "the ministry", "the
    president", "the former strongman of the sector"."""
    if entity_index is not None or head.ent_type_ or (head.pos_ == "PROPN" and head.lower_ not in lex.titles):
        return False  # (a title the casing restored in capitals is still one: "the Crown Prince expressed gratitude")
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return False  # (the phrase's own words no longer hold the article: see _span_bounds)
    if any(t.ent_type_ in ACTOR_LABELS or geo.country_code(t.text, allow_city=False) for t in tokens):
        return False
    return head.lower_ in lex.sectors or lemma(head) in lex.sectors or head.lower_ in lex.titles \
        or head.lower_ in lex.organisation_descriptions or head.lower_ in lex.country_descriptions
    # (plural descriptions such as "the officials" are left alone: they rarely name one antecedent)


def _is_country_title(head: Token, tokens: list[Token], entity_index: int | None, lex: Lexicon) -> bool:
    """A definite title qualified by a country or nationality and naming no one ("the U.S. president",
    "the Iranian foreign minister"): a description of the holder named before."""
    if entity_index is not None or head.pos_ == "PROPN" or head.lower_ not in lex.titles:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return False
    return not any(t.ent_type_ == "PERSON" or t.ent_type_ == "ORG" for t in tokens)


def _antecedent_of_description(head: Token, actor: Actor, ctx: ArticleContext,
                               country: str | None = None) -> Actor | None:
    """The most recent named actor whose phrase holds the description's head word ("the ministry"
    -> "Iran's foreign ministry"; "the president" -> "President Bashar al-Assad"); for a title of a
    ``country``, one of that country ("the U.S. president" -> "U.S. President Joe Biden", not the
    Iranian president named since)."""
    word = head.lower_
    held_elsewhere: Actor | None = None  # the newest holder of the title in an organisation, or a former holder
    former = any(c.lower_ in _FORMER for c in head.children)
    compounds = {c.lower_ for c in head.children if c.dep_ == "compound"}  # ("the Crown Prince": a crown prince's)
    for earlier, words in zip(reversed(ctx.history), reversed(ctx.history_words), strict=True):
        if earlier.start >= actor.start:
            continue
        if word in words and compounds <= words and earlier.entity_index is not None:
            if COUNTRY_ONLY in words and word in ctx.lex.titles:
                continue  # "Serdar Berdimuhamedow, President of the Republic ... the president": the person, not the
                # Republic that NER named in the title
            if word in ctx.lex.titles and (ORGANISATION_TITLE in words or (_FORMER & words and not former)):
                held_elsewhere = held_elsewhere or earlier  # ("the president" after "Guillermo Lasso, President of
                continue  # the Republic" and "Leonidas Iza, president of Conaie" or "former President Rafael Correa":
                # Lasso; Iza or Correa when no one else is)
            if held_elsewhere is not None and ctx.entities.entities[earlier.entity_index].label != "PERSON":
                continue  # (passed over for a person: "President of the Republic" names no one)
            if country is not None:
                settled = _settled(earlier, ctx)
                if settled.country != country or ctx.entities.entities[earlier.entity_index].label != "PERSON":
                    continue
                return settled
            return _settled(earlier, ctx)
    if country is not None:
        return None  # ("the Ecuadorian president" is not "Leonidas Iza, president of Conaie")
    if held_elsewhere is not None:
        return _settled(held_elsewhere, ctx)
    if word in ctx.lex.organisation_descriptions and head.tag_ not in _PLURAL_TAGS:
        return _recent_organisation(head, actor, ctx)  # "Islamic State claimed ... The group said": Islamic State
    if word in ctx.lex.country_descriptions and head.tag_ not in _PLURAL_TAGS:
        return _recent_country(head, actor, ctx)  # "trips to Japan ... the country reopened its border": Japan
    return None


_RECENT_COUNTRIES = 3  # how many countries back "the country" may look for one named as a subject


def _recent_country(head: Token, actor: Actor, ctx: ArticleContext) -> Actor | None:
    """The country named before ``actor`` (a GPE the geography tables call a country, not a
    city): of the last few, the newest named as a subject ("Algeria froze trade with Spain. The
    country said ...": Algeria), else the newest."""
    countries: list[Actor] = []
    for earlier in reversed(ctx.history):
        if earlier.start >= actor.start or earlier.entity_index is None:
            continue
        entity = ctx.entities.entities[earlier.entity_index]
        if entity.label == "GPE" and geo.country_code(entity.canonical, allow_city=False) is not None:
            countries.append(earlier)
            if len(countries) == _RECENT_COUNTRIES:
                break
    doc = head.doc
    for earlier in countries:
        span = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return _settled(earlier, ctx)
    return _settled(countries[0], ctx) if countries else None


_RECENT_NAMED = 6  # how many named actors back "the group" may look for an organisation


def _recent_organisation(head: Token, actor: Actor, ctx: ArticleContext) -> Actor | None:
    """The newest organisation (an ORG name) before ``actor``: earlier in its own sentence ("a
    senior Hamas official said the group had rejected ..."; not the subject of the verb it is the
    object of), else among the last few named actors of earlier sentences."""
    mentions = ctx.entities.mentions
    sent_start = head.sent.start_char
    for index in range(len(mentions) - 1, ctx.next_mention - 1, -1):  # this sentence's, not yet remembered
        mention = mentions[index]
        if mention.start >= actor.start or mention.start < sent_start or mention.label != "ORG":
            continue
        span = head.doc.char_span(mention.start, mention.end)
        if span is not None and span.root != head and not _own_clause_subject(span.root, head):
            found = make_actor(span.root, ctx)
            if not _press_for(found, head, ctx.lex):
                return found
    seen = 0
    for earlier in reversed(ctx.history):
        if earlier.start >= actor.start or earlier.entity_index is None:
            continue
        seen += 1
        if seen > _RECENT_NAMED:
            break
        if ctx.entities.entities[earlier.entity_index].label == "ORG" and not _press_for(earlier, head, ctx.lex):
            return _settled(earlier, ctx)
    return None


def _press_for(earlier: Actor | None, description: Token, lex: Lexicon) -> bool:
    """A news medium (the media sector) taken up by a description that names no medium: "in a
    statement read to AFP ..., the firm said" is not AFP (``media_descriptions``)."""
    return earlier is not None and earlier.sector == "MED" and description.lower_ not in lex.media_descriptions


def _own_clause_subject(name: Token, description: Token) -> bool:
    """``name`` is the subject of the verb ``description`` is an object of: "Odinga accused the
    electoral commission" (NER called Odinga an ORG) does not make the commission Odinga."""
    return description.dep_ in ("dobj", "obj", "dative") and name.dep_ in SUBJ and name.head == description.head


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def is_person(token: Token, lex: Lexicon) -> bool | None:
    """Whether the head word of an actor phrase is a person: a PERSON name, a singular or plural
    person noun ("the councillor", "the ministers"), a name in apposition with one ("Rahima
    Khatun, ex-chairman of ...", whatever label the NER gave the name); None for a name of
    unknown kind."""
    ent = token.ent_type_
    if ent == "PERSON":
        return True
    if token.pos_ == "PROPN" or ent:
        if token.lower_ in lex.body_heads:
            return False  # ("the Booysens Magistrate's Court": the NER named "Booysens Magistrate's" only; "the
            # Enforcement Directorate, the country's financial crime watchdog": a body, whatever its apposition)
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and (lemma(c) in lex.person_nouns or c.lower_ in lex.titles)
               for c in token.rights):  # fmt: skip
            return True
        return False if ent else None
    return lemma(token) in lex.person_nouns or token.lower_ in lex.titles or aged_person(token)


def agrees(token: Token, kind: str, lex: Lexicon) -> bool:
    """A pronoun of ``kind`` may refer to the actor headed by ``token``: "he"/"she" to one person,
    "they" to several people or to a group, "it" to one group or thing that is no person."""
    person = is_person(token, lex)
    if person is None:
        return True
    plural = token.tag_ in _PLURAL_TAGS and not (token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "PERSON")) \
        and not (token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in token.children))
    # (a name is one body whatever its last word: "the Revolutionary Armed Forces of Colombia said it ..."; a person's
    # full name is one person whatever the tagger made of a surname in -s: "Andris Kalnins", "Jonas Petraitis")
    if kind == "PERSON":
        return person and not plural
    if kind == "GROUP":
        return plural or not person
    return not person and not plural


def quote_speaker(token: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb whose quoted or reported clause holds ``token`` ('"We will
    support them," said X'; 'X said we ...'), when it is not itself a first-person pronoun."""
    node = token
    for _ in range(10):
        candidates = [node] + [c for c in node.children if (c.dep_ in ("parataxis", "advcl", "ccomp") and c.i > token.i)
                               or (c.dep_ == "parataxis" and c.i < token.i)]  # ("X said, we discussed ...")
        for verb in candidates:
            if verb is not token and verb.pos_ in ("VERB", "AUX") and lemma(verb) in lex.reporting:
                speaker = speaker_of(verb)
                if speaker is not None and lex.pronouns.get(speaker.lower_) != "SPEAKER":
                    return speaker
        if node.head == node:
            break
        node = node.head
    return None


def trailing_speaker(token: Token, ctx: ArticleContext) -> Actor | None:
    """The speaker the next line names at its end when a first-person quote runs on into it ('"I
    have always been grateful to Namibia.' / 'There is nothing I cannot say about Namibia," McLean
    said.'): a name right before or after a trailing reporting verb (``trailing_attribution``),
    taken as the actor already seen under that name. The next line may be one the parser never saw
    (no trigger), so only its words and entities are read."""
    words = trailing_attribution(token, ctx)
    if words is None:
        return None
    name = next((w for w in reversed(words) if w.ent_type_ == "PERSON"), None)
    if name is None:
        return None
    entity_index = ctx.entities.entity_index_at(name.idx, name.idx + len(name))
    if entity_index is None:
        return None
    return next((a for a in reversed(ctx.history) if a.entity_index == entity_index), None) or make_actor(name, ctx)


def trailing_attribution(token: Token, ctx: ArticleContext) -> list[Token] | None:
    """The words of the speaker the next line's trailing attribution names ("..., McLean said",
    "..., the bishop said", "..., said the minister"), or None when it ends with none."""
    doc = token.doc
    i = token.sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    line: list[Token] = []
    while i < len(doc) and not doc[i].is_space and len(line) < _LINE_REACH:
        line.append(doc[i])
        i += 1
    while line and line[-1].is_punct:
        line.pop()
    if len(line) < 3:
        return None
    verbs = ctx.lex.trailing_attribution
    if line[-1].lower_ in verbs:  # "..., McLean said"
        end = len(line) - 1
        start = next((j + 1 for j in range(end - 1, -1, -1) if line[j].lower_ == ","), None)
    else:  # "..., said McLean"
        start = next((j + 1 for j in range(len(line) - 2, 0, -1) if line[j].lower_ in verbs
                      and line[j - 1].lower_ == ","), None)  # fmt: skip
        end = len(line)
    if start is None or not 0 < end - start <= _SPEAKER_REACH:
        return None
    return line[start:end]


_LINE_REACH = 120  # how many words of the next line are read for its trailing attribution
_SPEAKER_REACH = 8  # how many words a trailing speaker may have ("the bank's chief executive, John Smith")


def _person_owner(subject_: Token, kind: str, lex: Lexicon) -> Token | None:
    """For "he"/"she": the person owning a subject that is no person ("the prime minister's office
    said he had spoken ...": the prime minister)."""
    if kind != "PERSON" or is_person(subject_, lex) is not False or not subject_.n_lefts:
        return None
    owner = next((c for c in subject_.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in lex.pronouns:
        return None  # ("the Prime Minister's": a title the truecaser made a name still says a person)
    return owner if is_person(owner, lex) or lemma(owner) in lex.person_nouns or owner.lower_ in lex.titles else None


def _represented_group(subject_: Token, kind: str, lex: Lexicon) -> Token | None:
    """For "they"/"their": the group a one-person subject speaks for ("a spokesman for the
    separatists said their forces ...": the separatists)."""
    if kind != "GROUP" or is_person(subject_, lex) is not True or subject_.tag_ in _PLURAL_TAGS:
        return None
    for c in subject_.rights if subject_.n_rights else ():
        if c.dep_ == "prep" and c.lower_ in ("for", "of"):
            group = child(c, {"pobj"})
            if group is not None and group.lower_ not in lex.pronouns:
                return actor_head(group)
    return None


def resolve_pronoun(token: Token, trigger: Token, ctx: ArticleContext) -> Actor | None:
    """A pronoun: the subject of an enclosing clause in the sentence, else a recent actor; a
    first-person pronoun ("we", "I", "our"): the speaker of the quote or report it is in."""
    mention = Actor(token.text, token.idx, token.idx + len(token))
    if token.i in ctx.resolving:
        return mention
    ctx.resolving.add(token.i)
    try:
        return _resolve_pronoun(token, mention, trigger, ctx)
    finally:
        ctx.resolving.discard(token.i)


def _resolve_pronoun(token: Token, mention: Actor, trigger: Token, ctx: ArticleContext) -> Actor | None:
    kind = ctx.lex.pronouns[token.lower_]
    gender = ctx.lex.pronoun_gender.get(token.lower_)
    if kind == "SPEAKER":
        speaker = quote_speaker(token, ctx.lex)
        if speaker is None and ctx.last_speaker is not None and ctx.sentences_seen - ctx.last_speaker[0] <= 1:
            return _resolved(mention, ctx.last_speaker[1])  # the quote goes on from the sentence before
        if speaker is None:
            later = trailing_speaker(token, ctx)  # the quote goes on into a line that names its speaker
            return _resolved(mention, later) if later is not None else mention  # (else still someone)
        found = actor(speaker, trigger, ctx)
        return _resolved(mention, found) if found is not None else mention
    if token.dep_ == "poss":  # "Israel rejected their proposal": not Israel's
        bound = _owner_clause_subject(token, ctx.lex)
    else:
        bound = _bound_subject(token, kind) if token.lower_ not in _POSSESSIVES else None
    if bound is not None:  # "met Erdogan and urged him": "him" is not the subject of its own clause
        found_object = _object_antecedent(token, bound, kind, gender, ctx)
        if found_object is not None:
            return _learned(gender, _resolved(mention, make_actor(found_object, ctx)), ctx)
    node = token.head if token.dep_ in SUBJ | PASSIVE_SUBJ | {"poss"} else trigger
    other = _relative_object_noun(token)  # "the minister, with whom he held talks": he is not the minister
    for _ in range(8):
        if node.head == node:
            break
        node = node.head
        for c in node.children:
            if c.dep_ not in SUBJ | PASSIVE_SUBJ or c.lower_ in ctx.lex.pronouns or c.lower_ in RELATIVE \
                    or c.i > token.i or (bound is not None and actor_head(c) == bound) \
                    or (other is not None and actor_head(c) == other):
                continue
            for candidate in (actor_head(c), _person_owner(actor_head(c), kind, ctx.lex),
                              _represented_group(actor_head(c), kind, ctx.lex)):
                if (candidate is not None and is_actor_head(candidate, ctx.lex)
                        and agrees(candidate, kind, ctx.lex)
                        and _gender_agrees(gender, _token_gender(candidate, ctx))):  # fmt: skip
                    return _learned(gender, _resolved(mention, make_actor(candidate, ctx)), ctx)
        described = _relative_clause_noun(node, token)
        if described is not None and is_actor_head(described, ctx.lex) and agrees(described, kind, ctx.lex) \
                and _gender_agrees(gender, _token_gender(described, ctx)):
            return _learned(gender, _resolved(mention, make_actor(described, ctx)), ctx)
        acted_on = _adverbial_clause_object(token, node, kind, gender, ctx)
        if acted_on is not None:  # "police arrested the opposition leader after he criticised the president"
            return _learned(gender, _resolved(mention, make_actor(acted_on, ctx)), ctx)
    fronted = _fronted_clause_subject(token, kind, gender, ctx)
    if fronted is not None:  # "When Girinath took charge, he promised ...": the fronted clause's subject
        return _learned(gender, _resolved(mention, make_actor(fronted, ctx)), ctx)
    if kind == "PERSON":
        excluded = _clause_persons(token, ctx)  # "He asks them not to endorse the Prime Minister": not the PM
        if bound is not None:
            excluded.add(_bound_entity(bound, trigger, ctx))
        previous = _subject_person(token, gender, excluded, ctx) or _previous_person(gender, ctx, excluded)
    elif kind == "GROUP" and bound is not None and token.dep_ in _OBJECT_DEPS and ctx.group_targets:
        previous = _acted_on_group(bound, trigger, ctx)  # "met opposition leaders. He urged them ...": those acted on
    elif kind == "GROUP" and token.lower_ in ctx.lex.pair_pronouns:  # "the two also called for ...": a group
        previous = next((g for g in reversed(ctx.groups) if _names_pair(g, token.doc, ctx.lex)), None)  # of two
    elif kind == "GROUP":
        previous = ctx.groups[-1] if ctx.groups else None
    else:
        previous = ctx.last_group
    if previous is None:
        # an unresolved "he"/"they" still names someone; an unresolved "it" may be anything
        return mention if kind in ("PERSON", "GROUP") else None
    return _learned(gender, _resolved(mention, _settled(previous, ctx)), ctx)


def _adverbial_clause_object(pronoun: Token, clause: Token, kind: str, gender: str | None,
                             ctx: ArticleContext) -> Token | None:
    """The party a main clause acts on, for the subject pronoun of an adverbial clause after it whose
    subject cannot be the pronoun's referent ("the court sentenced Masuku to life after he was convicted
    of rape", "police arrested the opposition leader after he criticised the president": not a person of
    the sentence before). Not when the main clause's subject is itself a pronoun or could be the referent:
    the subject comes first ("he met the minister after he arrived")."""
    if pronoun.dep_ not in SUBJ | PASSIVE_SUBJ or kind not in ("PERSON", "GROUP"):
        return None
    path = pronoun.head
    while path.head != clause and path.head != path:
        path = path.head
    if path.dep_ != "advcl" or path.head != clause or path.i < clause.i:
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJ | PASSIVE_SUBJ]
    if any(c.lower_ in ctx.lex.pronouns or (agrees(actor_head(c), kind, ctx.lex) and is_actor_head(actor_head(c), ctx.lex)
                                            and _gender_agrees(gender, _token_gender(actor_head(c), ctx)))
           for c in subjects):
        return None
    for c in clause.children:
        if c.dep_ not in _OBJECT_DEPS or c.i > pronoun.i:
            continue
        head = actor_head(c)
        if is_actor_head(head, ctx.lex) and is_person(head, ctx.lex) is not False and agrees(head, kind, ctx.lex) \
                and _gender_agrees(gender, _token_gender(head, ctx)):
            return head
    return None


def _names_pair(group: Actor, doc: Doc, lex: Lexicon) -> bool:
    """An earlier group that names two parties: counted ("the two governments", "both sides") or
    coordinated ("Ghana and Togo")."""
    span = doc.char_span(group.start, group.end, alignment_mode="expand")
    if span is None:
        return False
    return any(c.dep_ == "conj" or (c.dep_ in ("nummod", "det", "predet") and c.lower_ in lex.pair_pronouns)
               for c in span.root.children)


def _relative_object_noun(pronoun: Token) -> Token | None:
    """The noun modified by the relative clause a pronoun is in, when the clause's relative pronoun
    is its object or its preposition's ("the minister, with whom he held talks", "the man whom she
    accused"): someone other than the pronoun."""
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ == "relcl" or clause.head is clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    for c in clause.children:
        word = child(c, {"pobj"}) if c.dep_ == "prep" else c
        if word is not None and word is not pronoun and relative_antecedent(word) is not None:
            return actor_head(clause.head)
    return None


def _fronted_clause_subject(token: Token, kind: str, gender: str | None, ctx: ArticleContext) -> Token | None:
    """The subject of an adverbial clause fronted before a subject pronoun's verb ("When Tushar
    Girinath took charge, he promised ...", "After the army retook the town, it ..."): the party
    the pronoun takes up, when it agrees. So for an object pronoun, when the subject is not the
    main clause's own ("When Vicente Guerrero ruled, Vice President Bustamante took up arms
    against him": Guerrero)."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if token.dep_ not in SUBJ and token.dep_ not in ("dobj", "obj", "pobj"):
        return None
    if token.dep_ not in SUBJ and not is_verb(verb):
        return None
    own = {actor_head(c) for c in verb.children if c.dep_ in SUBJ}
    hosts = [verb]
    if verb.dep_ == "ccomp" and lemma(verb.head) in ctx.lex.reporting:
        hosts.append(verb.head)  # "While Ramaphosa took this advice, insiders said that he later consulted ...":
        # the clause fronted before the report frames the reported act
    for clause in (c for host in hosts for c in host.children if c.dep_ == "advcl" and c.i < min(token.i, host.i)):
        for c in clause.children:
            if c.dep_ not in SUBJ or c.lower_ in ctx.lex.pronouns or c.lower_ in RELATIVE:
                continue
            candidate = actor_head(c)
            if candidate not in own and is_actor_head(candidate, ctx.lex) and agrees(candidate, kind, ctx.lex) \
                    and _gender_agrees(gender, _token_gender(candidate, ctx)):
                return candidate
    return None


_RECENT_PERSONS = 4  # how many earlier people a "he" / "she" may skip back over


def _relative_clause_noun(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative clause with a relative-pronoun subject describes, when a pronoun inside
    the clause comes after it ("the priest Luis Carrillo, who worked there until he was expelled":
    "he" is Carrillo, whoever the sentence's subject is)."""
    if verb.dep_ != "relcl" or verb.head.i > pronoun.i:
        return None
    if not any(c.dep_ in SUBJ | PASSIVE_SUBJ and c.lower_ in ("who", "that", "which") for c in verb.children):
        return None
    return actor_head(verb.head)


def _gender_agrees(pronoun: str | None, antecedent: str | None) -> bool:
    return pronoun is None or antecedent is None or pronoun == antecedent


def _clause_persons(pronoun: Token, ctx: ArticleContext) -> set[int | None]:
    """The persons a subject pronoun's own clause names after it, who cannot be the pronoun ("He asks
    them not to endorse the Prime Minister", "She told Ramaphosa to resign"): a person's name, or a
    title with "the" that words of a person's remembered phrase hold ("the Prime Minister" after
    "Prime Minister Pravind Jugnauth")."""
    if pronoun.dep_ not in SUBJ or pronoun.head == pronoun:
        return set()
    found: set[int | None] = set()
    clause = pronoun.head
    apart = [w for w in clause.subtree if w != clause and (w.dep_ in _UNCOMMANDED
                                                           or (w.dep_ == "conj" and child(w, SUBJ) is not None))]
    apart.append(pronoun)
    later = [w for w in clause.subtree if w.i > pronoun.i and not any(a.left_edge.i <= w.i <= a.right_edge.i
                                                                       for a in apart)]  # ("He met X and the
    # president criticised Y": a clause of its own; "he (Percy) refused", "He apologized to Bethany, who accused
    # Dumas of ...": the pronoun's own apposition, a relative clause, which "he" does not command)
    for word in later:
        if word.ent_type_ == "PERSON":
            found.add(ctx.entities.entity_index_at(word.idx, word.idx + len(word)))
        elif word.lower_ in ctx.lex.titles and word.dep_ != "conj" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):  # (a conjunct may be a
            # clause's subject the parser joined to an object: "He met French officials and the president later
            # criticised the tariffs")
            title = {word.lower_} | {c.lower_ for c in word.children if c.dep_ in ("compound", "amod")}
            for earlier, words in zip(ctx.history, ctx.history_words, strict=True):
                if earlier.entity_index is not None and title <= words \
                        and ctx.entities.entities[earlier.entity_index].label == "PERSON":
                    found.add(earlier.entity_index)
    return found


def _subject_person(pronoun: Token, gender: str | None, excluded: set[int | None],
                    ctx: ArticleContext) -> Actor | None:  # fmt: skip
    """The person the sentence before named as its main clause's subject, for a pronoun that is the
    subject of its own sentence's main clause, when that person agrees in gender and is not
    ``excluded`` (the subject of the sentence before is its centre of attention)."""
    if pronoun.dep_ not in SUBJ or pronoun.head.dep_ != "ROOT" or ctx.subject_person is None:
        return None
    seen, person = ctx.subject_person
    if seen != ctx.sentences_seen or person.entity_index in excluded \
            or not _gender_agrees(gender, _actor_gender(person, ctx)):
        return None
    return next((p for p in reversed(ctx.persons) if p.entity_index == person.entity_index), person)


def _previous_person(gender: str | None, ctx: ArticleContext, excluded: set[int | None] | None = None) -> Actor | None:
    """The person a "he" / "she" of a later sentence refers back to: the newest of the last few
    people who is not of the other gender ("she" after "Ms Begum accused local lawmaker Uddin, who
    said he ...": Begum), nor one of the entities ``excluded`` (an object pronoun's own clause
    subject; the persons a subject pronoun's own clause names after it)."""
    excluded = (excluded or set()) - {None}
    if gender is None and not excluded:
        return ctx.last_person
    for earlier in reversed(ctx.persons[-_RECENT_PERSONS:]):
        if earlier.entity_index in excluded:
            continue
        if _gender_agrees(gender, _actor_gender(earlier, ctx)):
            return earlier
    return None


_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
_POSSESSIVES = frozenset({"his", "its", "their"})  # ("her" is either: see its dependency)


def _pronoun_kind(word: Token, lex: Lexicon) -> str | None:
    """What pronoun an actor word takes: a pronoun's own kind (with its gender: "PERSON:male"),
    else "PERSON" for one person, "GROUP" for several, "COLLECTIVE" for a collective noun ("the
    government", "the militia": it or they), "ORG" for a singular name that is no person
    ("Israel": it); None when unknown."""
    lower = word.lower_
    if lower in lex.pronouns and not _country_not_pronoun(word):  # ("the US": a country)
        kind = lex.pronouns[lower]
        gender = lex.pronoun_gender.get(lower)
        return f"{kind}:{gender}" if gender is not None else kind
    if word.tag_ in _PLURAL_TAGS or word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.rights):
        return "GROUP"  # (also coordinated parties: "Czechia and Albania upgraded their ties")
    if word.pos_ == "NOUN" and lemma(word) in lex.group_nouns:
        return "COLLECTIVE"  # "the militia handed over its / their weapons": either
    person = is_person(word, lex)
    if person is None:
        return None
    return "PERSON" if person else ("ORG" if word.pos_ == "PROPN" or word.ent_type_ else None)


def cannot_corefer(pronoun: Token, other: Token, lex: Lexicon) -> bool:
    """A third-person pronoun that cannot refer to the actor word ``other``: their kinds differ
    ("their" and "Israel", "his" and "we"), or both are gendered persons of different genders
    ("her" and "he"). Unknown kinds, a first-person pronoun, two persons one of whom has no known
    gender ("his" and "the minister"), a collective noun and "it" / "they", and one person and "its"
    / "their" (the body the person speaks for) may corefer."""
    kind, other_kind = _pronoun_kind(pronoun, lex), _pronoun_kind(other, lex)
    if kind is None or other_kind is None or kind == "SPEAKER" or other_kind == kind:
        return False
    if "COLLECTIVE" in (kind, other_kind) and {kind, other_kind} <= {"COLLECTIVE", "ORG", "GROUP"}:
        return False  # a collective noun takes "it" or "they"
    if kind.startswith("PERSON") and other_kind.startswith("PERSON"):
        return ":" in kind and ":" in other_kind  # he / she
    if other_kind.startswith("PERSON") and kind in ("ORG", "GROUP"):
        return False  # one person speaks for a body: "the minister is keen to expand its exports"
    return True


def _owner_clause_subject(pronoun: Token, lex: Lexicon) -> Token | None:
    """For a possessive pronoun on what a verb acts on ("rejected their proposal", "agreed to their
    demand"), the verb's subject when the pronoun cannot refer to it (:func:`cannot_corefer`)."""
    owned = pronoun.head
    if owned.dep_ in _OBJECT_DEPS:
        verb = owned.head
    elif owned.dep_ == "pobj" and owned.head.dep_ == "prep":
        verb = owned.head.head
    else:
        return None
    for _ in range(3):
        own = child(verb, SUBJ)
        if own is not None:
            return actor_head(own) if cannot_corefer(pronoun, actor_head(own), lex) else None
        if verb.dep_ != "conj" or verb.head == verb:
            return None
        verb = verb.head
    return None


def _bound_subject(pronoun: Token, kind: str) -> Token | None:
    """The subject of the clause an object pronoun ("him", "her", "them") is the object of, also
    one the verb shares with an earlier conjunct ("met Erdogan and urged him"): a plain pronoun
    never refers to its own clause's subject (that is "himself"); so does a participle clause
    ("hit back at the US, accusing it of hypocrisy")."""
    if kind not in ("PERSON", "GROUP", "ORG") or pronoun.dep_ not in _OBJECT_DEPS:
        return None
    verb = pronoun.head
    for _ in range(3):
        own = child(verb, SUBJ)
        if own is not None:
            return actor_head(own)
        shares = verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")
        if not shares or verb.head == verb:
            return None
        verb = verb.head
    return None


def _bound_entity(bound: Token, trigger: Token, ctx: ArticleContext) -> int | None:
    """The entity an object pronoun's clause subject names (resolved, when it is a pronoun too)."""
    if bound.lower_ in ctx.lex.pronouns:
        found = resolve_pronoun(bound, trigger, ctx)
        return found.entity_index if found is not None else None
    return ctx.entities.entity_index_at(bound.idx, bound.idx + len(bound))


def _object_antecedent(pronoun: Token, bound: Token, kind: str, gender: str | None,
                       ctx: ArticleContext) -> Token | None:  # fmt: skip
    """The nearest earlier object of the sentence an object pronoun can refer to ("the president
    received the French ambassador and told him": the ambassador); not its clause subject."""
    sent_start = pronoun.sent.start
    doc = pronoun.doc
    for i in range(pronoun.i - 1, sent_start - 1, -1):
        word = doc[i]
        if word.dep_ not in _OBJECT_DEPS and word.dep_ not in PASSIVE_SUBJ \
                and not (word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ == "VERB"):
            continue  # (an object, a passive subject, or a verb's preposition object: "hit back at the US")
        candidate = actor_head(word)
        if candidate == bound or candidate.lower_ in RELATIVE \
                or (names_place(candidate) and geo.country_code(candidate.text, allow_city=False) is None) \
                or (candidate.lower_ in ctx.lex.pronouns and not _country_not_pronoun(candidate)):
            continue
        if is_actor_head(candidate, ctx.lex) and _object_agrees(candidate, kind, ctx.lex) \
                and _gender_agrees(gender, _token_gender(candidate, ctx)):
            return candidate
    return None


def _object_agrees(candidate: Token, kind: str, lex: Lexicon) -> bool:
    """:func:`agrees`, and for "him" / "her" also a name the NER called an organisation ("met
    Erdogan" as ORG on lowercased text) or a singular noun naming another party's person ("his
    counterpart", ``other_party_nouns``): a person the object pronoun can stand for."""
    if agrees(candidate, kind, lex):
        return True
    if kind != "PERSON" or candidate.tag_ in _PLURAL_TAGS:
        return False
    return (candidate.pos_ == "PROPN" and candidate.ent_type_ == "ORG") or lemma(candidate) in lex.other_party_nouns


def _learned(gender: str | None, resolved: Actor, ctx: ArticleContext) -> Actor:
    """Keep the gender a pronoun gave its named antecedent (the first one said wins)."""
    if gender is not None and resolved.entity_index is not None:
        ctx.genders.setdefault(resolved.entity_index, gender)
    return resolved


def _actor_gender(named: Actor, ctx: ArticleContext) -> str | None:
    """What a pronoun said of a remembered person, else a gendered word of its phrase ("Mr.
    Callejas", "the policewoman"), else what its given name says ("Meghan Cremer")."""
    if named.entity_index is not None and named.entity_index in ctx.genders:
        return ctx.genders[named.entity_index]
    words = ctx.lex.gendered_words
    for word in named.name.lower().split():
        if word in words:
            return words[word]
    return _name_gender(named.name, named.entity_index, ctx)


def _entity_text(head: Token) -> str:
    """The words of the named entity ``head`` is in ("Katrina Cockney" for "Cockney")."""
    return next((ent.text for ent in head.doc.ents if ent.start <= head.i < ent.end), head.text)


def _name_gender(mention: str, entity_index: int | None, ctx: ArticleContext) -> str | None:
    """The gender a person's given name says (``given_name_genders``): the first word of a name of two
    words or more, titles left out ("horse rider Meghan Cremer", "President Serdar Berdimuhamedow"),
    the mention's own words first ("Katrina Cockney"); else that of the entity's full names when
    they agree (not "Diana Kennedy" and "Paul P. Kennedy", whom the entities grouped by their
    surname); a one-word name is most often a surname ("Cremer") and says nothing."""
    if entity_index is None or ctx.entities.entities[entity_index].label != "PERSON":
        return None
    gender = _given_name_gender(mention, ctx.lex)
    if gender is not None:
        return gender
    said = {_given_name_gender(m.text, ctx.lex) for m in ctx.entities.entities[entity_index].mentions}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _given_name_gender(name: str, lex: Lexicon) -> str | None:
    """The gender the first word of a name of two words or more says, titles left out."""
    words = [w for w in name.lower().replace(".", " ").split() if w not in lex.titles and w not in lex.gendered_words]
    return lex.given_name_genders.get(words[0]) if len(words) >= 2 else None


def _token_gender(head: Token, ctx: ArticleContext) -> str | None:
    """The gender of the person an actor head word names: what a pronoun said of its entity, a
    gendered title before it, or the word itself ("policewoman")."""
    if head.ent_type_:
        index = ctx.entities.entity_index_at(head.idx, head.idx + len(head))
        if index is not None and index in ctx.genders:
            return ctx.genders[index]
        if (gender := _name_gender(_entity_text(head), index, ctx)) is not None:
            return gender
    words = ctx.lex.gendered_words
    for word in [head, *(c for c in head.lefts if c.dep_ in ("compound", "amod"))] if head.n_lefts else [head]:
        gender = words.get(word.lower_) or (words.get(lemma(word)) if word.pos_ == "NOUN" else None)
        if gender is not None:
            return gender
    return None


_CURRENCY = text_lexicon.words("detokenize", "currency")


def _glued_amount(token: Token) -> bool:
    """A sum the normalizer glued to its currency ("Rs50", "$5", "US$20") that NER may take for a
    name; an actor phrase around it is a sum ("a grant of Rs50 crore")."""
    lower = token.lower_
    return any(lower.startswith(c) and lower[len(c):len(c) + 1].isdigit() for c in _CURRENCY)


_ADDRESSEE_PREPS = frozenset({"on", "to"})  # "called on X to ...", "appealed to X": X is asked


def actor(token: Token | None, trigger: Token, ctx: ArticleContext) -> Actor | None:
    """The actor for the role word ``token`` (None when it names no actor)."""
    if token is None:
        return None
    head = actor_head(token)
    if head is not token and (token.lower_ in ctx.lex.actor_nouns or is_agent_word(token)) \
            and not is_actor_like(head, ctx.lex):
        head = token  # "5 members of the majority": the members, when the "of" phrase names no party
    antecedent = relative_antecedent(head)  # "the man whom police arrested", "Melconian, with whom she met"
    if antecedent is not None:
        head = actor_head(antecedent)
    elif head.lower_ in RELATIVE and head.dep_ in SUBJ | PASSIVE_SUBJ | {"dobj"}:
        verb = head.head
        if verb.dep_ != "relcl":
            return None
        head = actor_head(verb.head)
    elif head.lower_ == "whose" and head.dep_ == "poss":  # "the authorities, whose inquiry is continuing"
        clause = head.head
        for _ in range(3):
            if clause.dep_ == "relcl" or clause.head == clause:
                break
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        head = actor_head(clause.head)
    if head.lower_ in ctx.lex.pronouns and not _country_not_pronoun(head):
        return resolve_pronoun(head, trigger, ctx)
    if _positional(head, ctx.lex):
        return _positional_antecedent(head, ctx)
    if head.dep_ in SUBJ and lemma(head) in ctx.lex.document_nouns and head.ent_type_ not in ACTOR_LABELS:
        issued = _document_issuer(head, ctx)
        if issued is not None:
            return issued
    if counted_group(head, ctx.lex):  # "all seven were charged": as one acted on, the latest group an event acted
        mention = Actor(head.text, head.idx, head.idx + len(head))  # on; else still someone
        acted_on = head.dep_ not in SUBJ and ctx.group_targets
        return _resolved(mention, _settled(ctx.group_targets[-1], ctx)) if acted_on else mention
    if (head.pos_ in ("VERB", "AUX") and head.dep_ not in _NOMINAL_DEPS) or head.like_num or _glued_amount(head) \
            or any(c.dep_ in ("compound", "nummod") and _glued_amount(c) for c in head.children):
        return None  # (a word tagged VERB in a noun's slot is a mis-tagged noun: "a United Nations appeal")
    if head.ent_type_ not in ACTOR_LABELS and lemma(head) in ctx.lex.nouns and head.lower_ not in ctx.lex.sectors:
        owner = _owner(head, ctx.lex)  # an event noun is no actor ("the talks were hosted by X", "the
        if owner is None:  # Withdrawal" truecased): at most its owner is ("Russia's withdrawal")
            return None
        head = actor_head(owner)
        if head.lower_ in ctx.lex.pronouns and not _country_not_pronoun(head):
            return resolve_pronoun(head, trigger, ctx)
        return make_actor(head, ctx)
    passive_person = head.dep_ in PASSIVE_SUBJ and head.pos_ == "NOUN" and head.ent_type_ not in _NON_ACTOR_ENTS
    if passive_person and not is_actor_head(head, ctx.lex):
        occupants = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                     for g in c.children if g.dep_ == "pobj" and is_actor_head(actor_head(g), ctx.lex)]  # fmt: skip
        if occupants:  # "a camp for Congolese refugees was attacked": the refugees are hit
            head = actor_head(occupants[0])
            if head.lower_ in ctx.lex.pronouns and not _country_not_pronoun(head):
                return resolve_pronoun(head, trigger, ctx)
            return make_actor(head, ctx)
    group_subject = head.pos_ == "NOUN" and lemma(head) in ctx.lex.group_nouns and (head.dep_ in SUBJ or (
        (head.dep_ in ("dobj", "obj") or head.dep_ == "pobj" and head.head.lower_ in _ADDRESSEE_PREPS)
        and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)))  # fmt: skip
    # ("the court ruled"; a definite body as object: "accused the electoral commission of rigging the vote";
    # or addressed: "called on the public to report ...", "appealed to the international community")
    if not passive_person and not group_subject and not is_actor_head(head, ctx.lex) \
            and not (head == token and asked_to_act(head, ctx.lex)):
        if head.pos_ == "NOUN" and names_place(head):
            return make_actor(head, ctx)  # "the Syrian town of Idlib" is a place, not the Syrians
        if head.pos_ == "NOUN" and _appos_name(head) is not None:
            return make_actor(head, ctx)  # "the world football body, FIFA, rejected ...": the name in apposition
        owner = _owner(head, ctx.lex)
        if owner is None:
            return None
        head = actor_head(owner)
        if head.lower_ in ctx.lex.pronouns and not _country_not_pronoun(head):
            return resolve_pronoun(head, trigger, ctx)
    return make_actor(head, ctx)


def _positional_antecedent(head: Token, ctx: ArticleContext) -> Actor:
    """"the latter" / "the former": the last / second-to-last party named before it in its own
    sentence (not a place it is "in", "at" or "of": "Zelensky, president of Ukraine"; a name that
    modifies a noun is that noun's party: "the French envoy"), then the people of earlier
    sentences (``ctx.persons``)."""
    mention = Actor(head.text, head.idx, head.idx + len(head))
    back = ctx.lex.positional_references[head.lower_]
    named: list[Actor] = []
    seen: set[int | None] = set()
    for ent in reversed(head.sent.ents):
        if ent.label_ not in ACTOR_LABELS or ent.end > head.i or _where(ent.root):
            continue
        name = ent.root
        found = make_actor(name.head if name.dep_ in _MODIFIER_DEPS and name.head.pos_ in ("NOUN", "PROPN") else name, ctx)
        if found.entity_index not in seen:
            seen.add(found.entity_index)
            named.append(found)
    if len(named) < back and head.sent.start > 0:  # "Kazakhstan accused Kyrgyzstan of shelling ... The latter
        before = head.doc[head.sent.start - 1].sent  # denied it": the parties the sentence before named, last first
        for earlier in reversed(ctx.history):
            if not before.start_char <= earlier.start < before.end_char or earlier.entity_index in seen:
                continue
            span = head.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
            if span is not None and (_where(span.root) or span.root.dep_ in _MODIFIER_DEPS):
                continue  # ("met Japarov in Bishkek": no place; "Kyrgyz" of "Kyrgyz President Japarov" is his)
            seen.add(earlier.entity_index)
            named.append(_settled(earlier, ctx))
    for earlier in reversed(ctx.persons):
        if earlier.entity_index not in seen:
            seen.add(earlier.entity_index)
            named.append(_settled(earlier, ctx))
    return _resolved(mention, named[back - 1]) if len(named) >= back else mention


def _where(name: Token) -> bool:
    """A name as the object of a preposition of place or belonging ("in Sochi", "of Ukraine")."""
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "at", "of", "near", "on")


_RECENT_DOCUMENTS = 3  # how many sentences back "the statement" may refer to the one issued


def _document_issuer(head: Token, ctx: ArticleContext) -> Actor | None:
    """"The statement called for ...": a definite document with no owner of its own stands for
    the issuer of the one issued in the last few sentences (``remember``)."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) or _owner(head, ctx.lex) is not None:
        return None
    entry = ctx.documents.get(lemma(head))
    if entry is None or ctx.sentences_seen - entry[0] >= _RECENT_DOCUMENTS:
        return None
    return _resolved(Actor(head.text, head.idx, head.idx + len(head)), _settled(entry[1], ctx))


_ISSUER_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


@lru_cache(maxsize=4)
def _document_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """A document noun or its plural as a word, any case."""
    words = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE)


def _document_word(token: Token, lex: Lexicon) -> str | None:
    """The document noun a word is a form of ("statements": statement), else None (no lemma needed:
    a sentence the parser did not see has none)."""
    form = token.lower_
    if form in lex.document_nouns:
        return form
    return form[:-1] if form.endswith("s") and form[:-1] in lex.document_nouns else None


def _issuer_word(document: Token, lex: Lexicon) -> Token | None:
    """Who issued a document, by syntax: its owner ("the ministry's statement", "a statement by
    X"), the subject of an issuing verb with it as object ("X issued a statement"), the agent of
    such a passive, or the subject of a verb said "in" it ("X said in a statement")."""
    owner = _owner(document, lex)
    if owner is not None:
        return owner
    verb = document.head
    if document.dep_ in ("dobj", "obj") and lemma(verb) in lex.issuing_verbs:
        return child(verb, SUBJ)
    if document.dep_ in PASSIVE_SUBJ and lemma(verb) in lex.issuing_verbs:
        return agent(verb)
    if document.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):
        return child(verb.head, SUBJ)
    return None


def _remember_documents(sent: Span, named: list[Actor], ctx: ArticleContext) -> None:
    """Documents a sentence says were issued, with their issuer (see :func:`_document_issuer`);
    ``named`` are the sentence's named actors. In a sentence the parser did not see (it holds no
    trigger word: "X issued a statement on Sunday"), the first party named before the document."""
    lex = ctx.lex
    if ctx.text is None:
        ctx.text = sent.doc.text
    if _document_pattern(lex.document_nouns).search(ctx.text, sent.start_char, sent.end_char) is None:
        return  # (one search of the text per sentence, no pass over its tokens)
    first = sent[0]
    parsed = bool(first.tag or first.pos)
    for token in sent:
        word = _document_word(token, lex)
        if word is None:
            continue
        issuer: Actor | None = None
        if parsed:
            found = _issuer_word(token, lex)
            issuer = actor(found, token, ctx) if found is not None else None
        else:
            issuer = next((a for a in named if a.start < token.idx and a.entity_index is not None
                           and ctx.entities.entities[a.entity_index].label in _ISSUER_LABELS), None)  # fmt: skip
        if issuer is not None:
            ctx.documents[word] = (ctx.sentences_seen, issuer)


# --- article context ------------------------------------------------------------------------------


def dateline_leader(doc: Doc, grouping: EntityGrouping, lex: Lexicon, dateline_country: str | None) -> dict[int, str]:
    """Wire convention: in "MOSCOW - President Vladimir Putin ...", an unqualified title-holder
    named in the lede of a capital-datelined story belongs to that capital's country."""
    if dateline_country is None:
        return {}
    first = next(iter(doc.sents), None)
    if first is None:
        return {}
    for mention in grouping.mentions:
        if mention.label != "PERSON" or mention.start >= first.end_char:
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.start == 0:
            continue
        if doc[span.start - 1].lower_ in lex.titles and grouping.entities[mention.entity_index].country is None:
            return {mention.entity_index: dateline_country}
    return {}


def home_country(grouping: EntityGrouping, dateline_country: str | None,
                 dateline_place: str | None = None, outlet_country: str | None = None) -> str | None:
    """The story's own country: the dateline's (a capital's or a country's), else the outlet's (``outlet_country``:
    the feed registry's country of a local paper; a town's dateline outranks it), else the country most
    often named (ties: first named), a place or nationality mention counting ``_PLACE_WEIGHT``
    times as much as an organisation or person whose own country is known (KB link, a country in
    the name: "Rajya Sabha", "Communist Party of India"), and another dateline city's country
    (``dateline_place``: "SRINAGAR -", "CAPE TOWN -") as much as two place mentions, named first.
    Countries an entity only took from its sentence are not counted again. (Places alone used to
    decide: one acronym read as a foreign city outvoted ten mentions of a national parliament.)"""
    if dateline_country is not None:
        return dateline_country
    if outlet_country is not None:  # (a town's dateline still tells where the story is: "DURBAN -")
        if dateline_place is not None and dateline_place not in _NOT_COUNTRIES:
            return dateline_place
        named, first = _named_countries(grouping, None)
        top = max(named, key=lambda c: (named[c], -first[c]), default=None)
        if top is not None and outlet_country not in named and _foreign_story(grouping, top, outlet_country):
            return top  # a Tehran paper's story about Iraq that never names Iran: the story's country is Iraq
        return outlet_country
    return _counted_home(grouping, dateline_place)


_FOREIGN_STORY = 3  # place mentions of one other country that make an outlet's story a foreign one


def _foreign_story(grouping: EntityGrouping, top: str, outlet_country: str) -> bool:
    """An outlet's story set abroad: the country most named is named as a place ``_FOREIGN_STORY``
    times or more (by its own name, not from a sentence), and nothing the article names, a town, a
    region, a nationality, an organisation or a person, is of the outlet's country ("Perth", "West
    Australian": a story at home that never names its country, whatever foreign country it cites)."""
    places = [m for m in grouping.mentions if m.label in ("GPE", "LOC")]
    own = sum(1 for m in places if grouping.entities[m.entity_index].country == top
              and grouping.entities[m.entity_index].country_source != "context")
    home = any(grouping.entities[m.entity_index].country == outlet_country
               or (m.label in ("GPE", "LOC", "NORP") and any(
                   geo.country_code(text, allow_city=True) == outlet_country for text in (m.text, *m.text.split())))
               for m in grouping.mentions)  # ("West Australian": its "Australian")
    return own >= _FOREIGN_STORY and not home


def _named_countries(grouping: EntityGrouping, dateline_place: str | None) -> tuple[Counter[str], dict[str, int]]:
    """How often the article names each country, place and nationality mentions ``_PLACE_WEIGHT``
    times, organisations and people with a country of their own once (see ``home_country``); and
    where each is first named."""
    places: Counter[str] = Counter()
    others: Counter[str] = Counter()
    first: dict[str, int] = {}
    if dateline_place is not None and dateline_place not in _NOT_COUNTRIES:
        places[dateline_place] += 2
        first[dateline_place] = -1
    split = _split_names(grouping)
    for n, mention in enumerate(grouping.mentions):
        entity = grouping.entities[mention.entity_index]
        code = entity.country
        if not code or code in _NOT_COUNTRIES or n in split or mention.text.islower():
            continue  # (a word the truecaser left lower-case is no name: "madam" of "madam Mai Bright" as a GPE)
        if entity.country_source == "context":
            continue  # a country taken from the mention's sentence is counted there already
        if mention.label in ("GPE", "LOC", "NORP"):
            places[code] += 1
        elif entity.country_source is not None:
            others[code] += 1  # by its own country, not one taken from its sentence
        else:
            continue
        first.setdefault(code, mention.start)
    return Counter({code: _PLACE_WEIGHT * n for code, n in places.items()}) + others, first


def _counted_home(grouping: EntityGrouping, dateline_place: str | None) -> str | None:
    """The country most often named (ties: first named), else the towns a local story names."""
    counts, first = _named_countries(grouping, dateline_place)
    split = _split_names(grouping)
    if not counts:  # a local story: the towns it names, whatever label the NER gave them ("Rajshahi" as a PERSON)
        for n, mention in enumerate(grouping.mentions):
            if mention.label == "PERSON" and len(grouping.entities[mention.entity_index].canonical.split()) > 1:
                continue  # a named person's surname, no town ("Siboniso Duma" ... "Duma", a Syrian town's name)
            code = geo.country_code(mention.text, allow_city=True) if n not in split else None
            if code is not None and code not in _NOT_COUNTRIES:
                counts[code] += 1
                first.setdefault(code, mention.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _split_names(grouping: EntityGrouping) -> set[int]:
    """Indexes of place mentions that touch another place mention, one space apart: one name the
    NER split in two ("Rajya" + "Sabha"), whose parts name no place ("Sabha" is also a Libyan city)."""
    mentions = grouping.mentions
    out: set[int] = set()
    for n in range(1, len(mentions)):
        before, after = mentions[n - 1], mentions[n]
        if before.label in PLACE_LABELS and after.label in PLACE_LABELS and 0 < after.start - before.end <= 1:
            out |= {n - 1, n}
    return out


def _described_by(root: Token) -> Token | None:
    """The common noun a name is in apposition with: "the spokesperson, Nasser Kanaani", also when
    the parser hangs the name on the noun's own complement ("the spokesperson for the Ministry of
    Foreign Affairs, Nasser Kanaani" with Kanaani under "Ministry")."""
    if root.dep_ != "appos":
        return None
    head = root.head
    if head.pos_ == "NOUN":
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return None


def _organisation_title(noun: Token | None, lex: Lexicon) -> bool:
    """A title held in an organisation named right after it by "of" ("Leonidas Iza, president of
    Conaie", "chairman of the Kisan Union"): not a country's office ("President of the Republic",
    "president of Ecuador"). Read from the words, whatever the parser hung the "of" phrase on."""
    if noun is None or noun.lower_ not in lex.titles:
        return False
    doc, i = noun.doc, noun.i + 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    i += 1  # past "of"
    if i < len(doc) and doc[i].lower_ in _DEFINITE:
        i += 1
    end = i
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_ in ACTOR_LABELS):
        end += 1
    name = doc[i:end]
    return len(name) > 0 and geo.country_code(name.text, allow_city=False) is None \
        and not any(w.lower_ in lex.country_descriptions for w in name)


def _appos_noun(root: Token) -> Token | None:
    """The first common noun in apposition to ``root``, else the noun a "who is / was the X" clause
    on it names ("Goyal, who is the leader of the House": leader)."""
    for c in root.children if root.n_lefts or root.n_rights else ():
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            return c
    for c in root.children if root.n_rights else ():
        if c.dep_ == "relcl" and lemma(c) == "be" and any(g.lower_ == "who" and g.dep_ in SUBJ for g in c.children):
            return next((g for g in c.children if g.dep_ == "attr" and g.pos_ == "NOUN"), None)
    return None


def _settle(named: Actor, root: Token, phrase: list[Token], described: Token | None, entity: Entity,
            ctx: ArticleContext) -> None:  # fmt: skip
    """Country, sector and knowledge-base id of an actor ``remember`` keeps."""
    _link(named, root, phrase, ctx)
    if described is not None and named.actor_id is None and entity.country_source in (None, "context"):
        # "the spokesperson for the Iranian ministry, Nasser Kanaani": the post says more than the sentence
        named.country = _complement_country(described) or named.country
    if named.country is None:
        named.country = ctx.home_country if entity.label == "PERSON" else None


def _settled(named: Actor, ctx: ArticleContext) -> Actor:
    """``named``, linked (``remember`` leaves an actor unlinked until a description or pronoun
    refers to it, unless a possessive pronoun in it makes its country depend on the sentence)."""
    pending = ctx.unsettled.pop(id(named), None)
    if pending is not None:
        _settle(named, *pending, ctx)
    return named


def remember(sent: Span, events_actors: list[Actor], ctx: ArticleContext,
             targets: list[Actor] | None = None) -> None:  # fmt: skip
    """After a sentence: keep its named actors for descriptions, and its last person-like and
    group-like actors for pronouns."""
    ctx.sentences_seen += 1
    _remember_speaker(sent, ctx)
    for target in targets or ():
        if target.resolved is None and _several(target, sent, ctx):
            ctx.group_targets = [*ctx.group_targets[-(_RECENT_PERSONS - 1):], target]
    mentions = ctx.entities.mentions
    n_mentions = len(mentions)
    sent_start_char, sent_end_char = sent.start_char, sent.end_char  # (Span properties: read once)
    index = ctx.next_mention
    while index < n_mentions and mentions[index].start < sent_start_char:
        index += 1  # mentions are in text order: each is visited once per article
    ctx.next_mention = index
    if not events_actors and (index >= n_mentions or mentions[index].start >= sent_end_char):
        return  # nothing named in the sentence and no event source: nothing to remember
    doc = sent.doc
    sent_start = sent.start
    titles, sectors = ctx.lex.titles, ctx.lex.sectors
    first_named = len(ctx.history)
    while ctx.next_mention < n_mentions and mentions[ctx.next_mention].start < sent_end_char:
        mention = mentions[ctx.next_mention]
        ctx.next_mention += 1
        entity = ctx.entities.entities[mention.entity_index]
        span = doc.char_span(mention.start, mention.end)
        left = span.start if span is not None else None
        while left is not None and left > sent_start:
            before = doc[left - 1]
            lower = before.lower_
            if not (lower in titles or lower in sectors or before.dep_ in ("compound", "amod", "poss")
                    or lower in ("'s", "s")):
                break
            left -= 1
        if span is None or left is None:
            continue
        left = _title_with_complement(doc, left, sent_start, titles)
        phrase = [doc[i] for i in range(left, span.end)]
        phrase_text = _text(phrase)
        named = Actor(phrase_text, phrase[0].idx, span.end_char, entity.index)
        root = span.root
        described = _described_by(root)
        owner = child(root, {"poss"})
        if owner is not None and owner.lower_ in ctx.lex.pronouns:
            _settle(named, root, phrase, described, entity, ctx)  # "its": linked now, with the pronoun's antecedent now
        else:  # its country and sector depend on nothing that changes later: linked when first used (most never are)
            ctx.unsettled[id(named)] = (root, phrase, described, entity)
        ctx.history.append(named)
        words = {w.lower() for w in phrase_text.replace("'s", " ").split()}
        if described is not None:  # "the spokesperson for X, Nasser Kanaani"
            words |= {w.lower_ for w in [described, *described.children] if w.dep_ in ("compound", "amod")
                      or w == described}  # fmt: skip
        elif (noun := _appos_noun(root)) is not None and not dateline_word(root):
            # "Nasser Kanaani, the spokesperson" (but "TEHRAN — the spokesperson": a dateline is described by nothing)
            words |= {w.lower_ for w in [noun, *noun.children] if w.dep_ in ("compound", "amod") or w == noun}
        if any(_organisation_title(w, ctx.lex) for w in (described if described is not None else _appos_noun(root),
                                                         *phrase)):
            words.add(ORGANISATION_TITLE)  # ("Leonidas Iza, president of Conaie"; "president of Conaie" itself)
        if all(w.lower_ in ctx.lex.country_descriptions or w.lower_ in _DEFINITE for w in span):
            words.add(COUNTRY_ONLY)  # ("President of the Republic": "the Republic" names its holder nowhere)
        ctx.history_words.append(frozenset(words))
        if mention.label == "PERSON":
            if root.dep_ in SUBJ and root.head == sent.root:
                ctx.subject_person = (ctx.sentences_seen, named)
            if ctx.last_person is not None and ctx.last_person.entity_index == mention.entity_index:
                continue  # keep the richer phrase ("President Vladimir Putin")
            if _modifier_agent(root) and ctx.last_person is not None:
                _person_behind(named, ctx)  # "the judiciary, then headed by Belkacem Zeghmati, issued a warrant
                continue  # against him. He returned ...": a side mention, behind the person the story is about
            _person_seen(named, ctx)
    _remember_documents(sent, ctx.history[first_named:], ctx)
    for source in events_actors:
        if not sent_start_char <= source.start < sent_end_char:
            continue
        label = ctx.entities.entities[source.entity_index].label if source.entity_index is not None else None
        if label == "PERSON" or (label is None and source.sector == "GOV" and not source.text.endswith("s")
                                 and _headed_by_person_word(source, sent, ctx)) \
                or (source.resolved is not None and source.text.lower() in ctx.lex.pronoun_gender):
            _person_seen(source, ctx)  # (also a name a "he" / "she" referred to, whatever the NER called it)
        elif label in ("ORG", "GPE", "NORP") or source.sector is not None:
            ctx.last_group = source
            if not _one_person(source, sent, ctx) and label != "GPE":  # "they" is no one person ("the senior
                ctx.groups = [*ctx.groups[-(_RECENT_PERSONS - 1):], source]  # party leader") and no country


_TITLE_JOINERS = frozenset({"of", "for", "and", "the", "&"})
_COMPLEMENT_DEPS = frozenset({"compound", "amod", "pobj", "conj"})
_TITLE_REACH = 10  # how many words a title's complement may span ("Minister of Planning and International Cooperation")


def _title_with_complement(doc: Doc, left: int, sent_start: int, titles: frozenset[str]) -> int:
    """Where a name's title begins when the title has a complement of capitalised words ("Minister
    of Planning and International Cooperation Nassser Shraideh", "Acting Assistant Administrator
    for the Middle East Bureau Andrew Plitt"): the title word's index, else ``left`` unchanged."""
    for j in range(left - 1, max(sent_start, left - _TITLE_REACH) - 1, -1):
        word = doc[j]
        if word.lower_ in titles:
            return j
        if word.ent_type_ == "PERSON":
            break  # another person's name: "X and Acting Administrator Y" does not reach X's title
        if not (word.is_title or word.is_upper or word.lower_ in _TITLE_JOINERS
                or (word.pos_ in ("NOUN", "PROPN", "ADJ") and word.dep_ in _COMPLEMENT_DEPS)):
            break  # (the truecaser may leave a complement's words lower case: "Minister of water and irrigation")
    return left


def _remember_speaker(sent: Span, ctx: ArticleContext) -> None:
    """The last speaker a reporting verb of the sentence names (not a first-person one), for the
    quote's "I" / "we" in the next sentence."""
    for verb in reversed(sent):
        if verb.pos_ in ("VERB", "AUX") and lemma(verb) in ctx.lex.reporting:
            speaker = speaker_of(verb)
            if speaker is not None and ctx.lex.pronouns.get(speaker.lower_) != "SPEAKER":
                found = actor(speaker, verb, ctx)
                if found is not None:
                    ctx.last_speaker = (ctx.sentences_seen, found)
                return


def _acted_on_group(bound: Token, trigger: Token, ctx: ArticleContext) -> Actor | None:
    """What an object "them" of a later sentence refers to: the newest group an earlier event acted
    on that is not the clause subject's own side (same sector and country: "rebels attacked
    government troops. The army repelled them": not the troops), else the newest group that acted."""
    sent = bound.sent
    for word in sent:  # "they were suspended after the chairman asked them to ...": the same "they"
        if word.i >= trigger.i:
            break
        if word != bound and word.dep_ in SUBJ | PASSIVE_SUBJ and ctx.lex.pronouns.get(word.lower_) == "GROUP":
            found = resolve_pronoun(word, trigger, ctx)
            if found is not None and found.resolved is not None:
                return found
    doer = resolve_pronoun(bound, trigger, ctx) if bound.lower_ in ctx.lex.pronouns else make_actor(bound, ctx)
    for earlier in [*reversed(ctx.group_targets), *reversed(ctx.groups)]:
        if doer is not None and doer.sector is not None and doer.sector == earlier.sector \
                and doer.country == earlier.country:
            continue
        return _settled(earlier, ctx)
    return None


def _several(named: Actor, sent: Span, ctx: ArticleContext) -> bool:
    """The actor is several people or a group of them: a plural noun phrase that names no place
    ("opposition leaders", "the protesters"), not a country or one person."""
    if named.entity_index is not None and ctx.entities.entities[named.entity_index].label in ("GPE", "LOC", "FAC"):
        return False
    span = sent.doc.char_span(named.start, named.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in _PLURAL_TAGS and span.root.pos_ == "NOUN"


def _modifier_agent(root: Token) -> bool:
    """The name is the agent of a participle that modifies a noun ("the judiciary, then headed by X")."""
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.dep_ == "acl" \
        and root.head.head.tag_ == "VBN"


def _person_behind(person: Actor, ctx: ArticleContext) -> None:
    """``person`` is a person antecedent just behind the newest one (``last_person`` stays)."""
    _add_person(person, ctx, newest=False)


def _person_seen(person: Actor, ctx: ArticleContext) -> None:
    """``person`` is now the newest person antecedent (an earlier entry of the same entity goes)."""
    ctx.last_person = person
    _add_person(person, ctx, newest=True)


def _add_person(person: Actor, ctx: ArticleContext, *, newest: bool) -> None:
    """Put ``person`` among the recent persons, last or just before the last, once per entity."""
    if person.entity_index is not None:
        ctx.persons = [p for p in ctx.persons if p.entity_index != person.entity_index]
    ctx.persons.insert(len(ctx.persons) if newest else max(len(ctx.persons) - 1, 0), person)
    del ctx.persons[: -_RECENT_PERSONS]


def _headed_by_person_word(named: Actor, sent: Span, ctx: ArticleContext) -> bool:
    """An unnamed government actor is a person a later "he" / "she" may take up when its head word
    is a person noun or a title, however the truecaser cased it ("the Foreign Minister", "the
    president"), not a body ("the District Administration", "the ministry")."""
    span = sent.doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root
    return head.lower_ in ctx.lex.titles or lemma(head).lower() in ctx.lex.person_nouns


def _one_person(named: Actor, sent: Span, ctx: ArticleContext) -> bool:
    """The actor is one person: a singular pronoun, or a phrase whose head is a singular person
    noun or title ("the senior party leader", "its spokesman")."""
    if named.resolved is not None and named.text.lower() in ctx.lex.pronouns:
        return ctx.lex.pronouns[named.text.lower()] == "PERSON"
    span = sent.doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.tag_ not in _PLURAL_TAGS and head.pos_ == "NOUN" and bool(is_person(head, ctx.lex))
