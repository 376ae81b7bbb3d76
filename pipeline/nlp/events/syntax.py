"""Small helpers over spaCy's dependency parse shared by the trigger, actor and mode rules."""

from __future__ import annotations

from spacy.symbols import AUX as _AUX
from spacy.symbols import VERB as _VERB
from spacy.tokens import Doc, Token

SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})  # entities that count or date, no party
HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # the hyphen tokens the tokenizer splits inside a word


# Word-type caches keyed on the StringStore hash spaCy keeps on each token (an int read costs about
# half a string attribute read, which builds a new str): bounded, emptied when full.
_CACHE_LIMIT = 200_000
_LEMMAS: dict[int, str] = {}  # lemma hash -> the lower-cased lemma
_VERB_TAGS: dict[int, bool] = {}  # tag hash -> the tag starts with "VB"
_LEMMA_FIXES: dict[str, str] = {}  # a rule lemmatizer's wrong lemma -> the right one (the lexicon's lemma_fixes)
_FORM_FIXES: dict[str, dict[str, str]] = {}  # a lemma two words share -> {word form: its right lemma}


def set_lemma_fixes(fixes: dict[str, str], form_fixes: dict[str, dict[str, str]] | None = None) -> None:
    """Correct lemmas the rule lemmatizer gets wrong ("raged" -> "rag": spaCy prefers the later
    suffix rule whose form is in its word index); :func:`lemma` returns the fixed ones. A lemma
    two words share ("rap" for "rapped" and "raped") is fixed by the word's form."""
    if any(_LEMMA_FIXES.get(wrong) != right for wrong, right in fixes.items()):
        _LEMMA_FIXES.update(fixes)
        _LEMMAS.clear()
    _FORM_FIXES.update(form_fixes or {})


def lemma(token: Token) -> str:
    """The token's lemma, lower-cased; its lower-cased text when it has none."""
    key = token.lemma
    lem = _LEMMAS.get(key)
    if lem is None:
        text = token.lemma_
        if not text:  # (no lemma: hash 0, never cached)
            return token.lower_
        if len(_LEMMAS) >= _CACHE_LIMIT:
            _LEMMAS.clear()
        lower = text.lower()
        lem = _LEMMAS[key] = _LEMMA_FIXES.get(lower, lower)
    if lem in _FORM_FIXES:
        return _FORM_FIXES[lem].get(token.lower_, lem)
    return lem


def is_verb(token: Token) -> bool:
    pos = token.pos
    if pos == _VERB:
        return True
    return pos != _AUX and verb_tag(token.tag, token)


def verb_tag(tag: int, token: Token) -> bool:
    """``token.tag_.startswith("VB")`` for the token's tag hash ``tag``."""
    found = _VERB_TAGS.get(tag)
    if found is None:
        if len(_VERB_TAGS) >= _CACHE_LIMIT:
            _VERB_TAGS.clear()
        found = _VERB_TAGS[tag] = token.tag_.startswith("VB")
    return found


def child(token: Token, deps: set[str] | frozenset[str]) -> Token | None:
    """The first child of ``token`` whose relation is one of ``deps``."""
    if token.n_lefts:  # (cheap counts; iterating a leaf's children costs as much as a lookup)
        for c in token.lefts:
            if c.dep_ in deps:
                return c
    if token.n_rights:
        for c in token.rights:
            if c.dep_ in deps:
                return c
    return None


def child_all(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("pobj",)) -> list[Token]:
    """The objects of ``token``'s prepositions ``preps`` ("claims of rigging" -> rigging), party or not."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ in deps]


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is coordinated with (itself when it is no conjunct): the one
    that bears the shared relation ("prevented the raids and arrests": "raids" is the object)."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBJ]


def agent(token: Token) -> Token | None:
    """The noun of a passive's by-phrase ("denied by the ministry" -> ministry); not a place the
    parser took for one on an active verb with an object ("gunned them down by the roadside")."""
    active = any(c.dep_ == "nsubj" for c in token.children)  # "Bashir shortened by one hour the curfew": no passive
    finite_transitive = token.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("dobj", "obj") for c in token.children)
    for c in token.children:
        if (c.dep_ == "agent" and not finite_transitive) or (c.dep_ == "prep" and c.lower_ == "by" and token.tag_ == "VBN" and not active):
            return child(c, {"pobj"})
    if token.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in token.children)
                                or (token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.head.children))):
        for obj in token.children:  # "was granted a reprieve by the court": the parser hung "by" on the object
            if obj.dep_ in ("dobj", "obj", "oprd", "acomp"):  # (or on its predicate: "were set free by Israel")
                for c in obj.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by":  # ("were left unanswered by the authorities")
                        return child(c, {"pobj"})
        for prep in token.children:  # "was detained in a cell by police", "killed in a raid by soldiers":
            if prep.dep_ != "prep" or prep.lower_ == "by":  # hung on the noun of its phrase
                continue
            for noun in prep.children:  # (or on a purpose gerund's: "was summoned for questioning by the agency";
                if noun.dep_ != "pobj" and not (noun.dep_ == "pcomp" and prep.lower_ == "for"):  # not "was quoted
                    continue  # as saying by Xinhua": the agent of the quoting)
                for c in noun.children:
                    by = child(c, {"pobj"}) if c.dep_ == "prep" and c.lower_ == "by" else None
                    if by is not None and by.pos_ in ("NOUN", "PROPN") and by.ent_type_ not in _NO_AGENT_ENTS:
                        return by
    if token.tag_ == "VBN":
        return hands_of(token)  # "was murdered at the hands of her former partner": the agent by another phrase
    return None


def hands_of(verb: Token) -> Token | None:
    """The party of the verb's "at the hands of X" ("murdered at the hands of her former partner",
    "suffered at the hands of the police"): who did it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            hands = child(prep, {"pobj"})
            if hands is not None and hands.lower_ == "hands":
                of = next((c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:
                    return child(of, {"pobj"})
    return None


_NO_AGENT_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def relative_antecedent(word: Token) -> Token | None:
    """The noun a relative pronoun stands for: the one its relative clause modifies, when the
    pronoun is the clause's object or the object of one of its prepositions ("the man whom police
    arrested", "Melconian, with whom she met"); None for any other word."""
    if word.tag_ not in ("WP", "WDT") or word.lower_ not in RELATIVE or word.lower_ == "whose":
        return None
    clause = word.head
    if word.dep_ == "pobj" and clause.dep_ == "prep":
        clause = clause.head
    elif word.dep_ not in ("dobj", "obj"):
        return None
    if clause.dep_ != "relcl" or clause.head is clause:
        return None
    if word.lower_ == "which" and clause.head.ent_type_ == "PERSON":
        return None  # "Litzman's request of Dr. Moshe Birger, which the psychiatrist rejected": "which" stands for
    return clause.head  # no person; the parser hung the clause on the wrong noun


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def to_gerunds(token: Token) -> list[Token]:
    """The gerunds after a "to" on the word, an act it is to ("committed to supporting Qatar")."""
    return [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for p in prep.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]  # fmt: skip


def clause_chain(token: Token, limit: int = 12) -> list[Token]:
    """``token`` and its ancestors, nearest first."""
    chain = [token]
    node = token
    while node.head != node and len(chain) < limit:
        node = node.head
        chain.append(node)
    return chain


def speaker_of(verb: Token) -> Token | None:
    """The subject of a reporting verb; in an inverted quote ('"...," claimed Habiba') the parser
    may attach the speaker as the verb's object after it: that object is the speaker."""
    subj = child(verb, SUBJ)
    if subj is not None:
        return subj
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        named = _named_before(verb)  # ('"...," Goyal, who leads the House, told reporters' with Goyal misattached:
        if named is not None:  # the reporters are addressed, Goyal speaks)
            return named
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
    return None


_SPEAKER_REACH = 15  # how far before a subjectless reporting verb its misattached speaker may be named


def _named_before(verb: Token) -> Token | None:
    """The person named before a subjectless reporting verb after its quote, in apposition or with a
    "who" clause ('"...," Goyal, who is the leader of the House, told reporters'): the name's head word."""
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - _SPEAKER_REACH) - 1, -1):
        word = verb.doc[i]
        if (word.dep_ == "appos" and word.ent_type_ == "PERSON") or any(  # (a "who" clause says a person, however
                c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in word.children):  # the name
            return word  # was tagged and attached)
    return None


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
DATELINE_SPAN_KEY = "wirelake.dateline_span"  # ``Doc.user_data``: (start, end) characters of a split-off dateline


def denied_by_no(noun: Token) -> bool:
    """The noun is denied by its determiner: "no objection", "no plans to withdraw"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def in_dateline(token: Token) -> bool:
    """The token is part of the dateline the normalizer split off ("KUWAIT:", "CAPE TOWN -")."""
    span = token.doc.user_data.get(DATELINE_SPAN_KEY)
    return span is not None and span[0] <= token.idx < span[1]


def dateline_word(token: Token) -> bool:
    """"TEHRAN — The spokesperson ... condemned": a place opening its sentence before a dash is a
    dateline (one the normalizer did not split off, as it is not on the text's first line) that
    the parser may take for the subject, with the real subject in apposition; so is every word
    of a dateline the normalizer split off (``DATELINE_SPAN_KEY``)."""
    if in_dateline(token):
        return True  # (a dateline the normalizer split off: "KUWAIT: HH the Prime Minister ...")
    if token.i - token.sent.start > 2 or token.i + 1 >= len(token.doc):
        return False
    if token.nbor().text == "(":  # "SANAA (Reuters) - ...": an agency in brackets, then a dash, says
        doc = token.doc  # it is a dateline whatever the NER called the city
        close = next((t.i for t in doc[token.i + 1 : min(token.i + 6, len(doc))] if t.text == ")"), None)
        return close is not None and close + 1 < len(doc) and doc[close + 1].text in _DASHES
    return token.nbor().text in _DASHES and token.ent_type_ in ("GPE", "LOC")


def past_dateline(token: Token) -> Token:
    """The real subject the parser put in apposition to a dateline it took for the subject or root
    ("SANAA (Reuters) - Houthi rebels attacked": rebels, not the agency's apposition)."""
    if not dateline_word(token):
        return token
    after = [c for c in token.rights if c.dep_ == "appos" and c.i > token.i + 1
             and (any(d.text in _DASHES for d in token.doc[token.i + 1 : c.i])
                  or in_dateline(token) and not in_dateline(c))]  # fmt: skip
    # (up to the apposition's head: the parser may hang the dash on it, "- European Union trade
    # Commissioner Maros Sefcovic met ...", making the dash its left edge)
    return after[0] if after else token


def misparsed_main_verb(token: Token) -> bool:
    """A finite past verb the parser hung as a modifier under a sentence whose root is a noun
    ("Yeltsin on Saturday hosted Japanese Prime Minister Hashimoto": "hosted" amod of "Minister",
    root "Yeltsin"): the tagger's VBD says it is the clause's verb. Its subject is the root noun
    before it, its object the noun phrase it was hung on."""
    if token.tag_ != "VBD" or token.dep_ not in ("amod", "compound"):
        return False
    root = token.sent.root
    return root.pos_ in ("NOUN", "PROPN") and root.i < token.i


def misattached_conjunct(token: Token) -> Token | None:
    """A finite verb the parser coordinated with the bare verb of a modal clause under another verb
    ("Gilani said that the leaders would discuss the strategy and reaffirmed his commitment":
    "reaffirmed" conj of "discuss"): a past or present tense cannot share "would"'s clause, so it is
    the coordinate of the verb above (the one returned), whose subject and mode it shares."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or head.dep_ != "ccomp" \
            or child(token, SUBJ) is not None or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    return head.head if is_verb(head.head) else None


def misparsed_intransitive(token: Token, verbs: frozenset[str]) -> bool:
    """A verb of ``verbs`` (used without an object: "consulted with", "talked by phone") that the
    parser hung as a reduced relative (acl) under the sentence's root noun, the sentence read as
    one noun phrase ("the foreign minister consulted with his Gulf counterparts"; or under the last
    noun of an apposition after its closing comma: "Ouyahia, envoy of Bouteflika, conferred with X"):
    with no passive reading, the root noun is its subject."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD"):
        return False
    root = token.sent.root
    closed = token.i > 0 and token.doc[token.i - 1].lower_ == ","  # ("X, envoy of Y, conferred with Z": hung on Y)
    return (token.head == root or (closed and root.i < token.head.i)) and root.pos_ in ("NOUN", "PROPN") \
        and root.i < token.i and lemma(token) in verbs and not any(c.dep_ in ("dobj", "obj", "agent")
                                                                   for c in token.children)


def conditional_clause(clause: Token, marks: frozenset[str]) -> bool:
    """An adverbial clause marked by one of ``marks`` ("if", "unless": the lexicon's conditionals)."""
    return clause.dep_ == "advcl" and any(condition_mark(m, marks) for m in clause.children)


def extraposed_clause(subject: Token) -> Token | None:
    """The clause an expletive "it" stands for, after the predicate of a copula or a passive: "it
    is regrettable that the ministry ...", "it is unacceptable to raise taxes", "it is alleged that
    the suspect ..." (the clause, not "it", holds the parties): a that-clause on the verb or its
    predicate, an infinitive on the verb itself; None for a referring "it" ("it said that ...", "it
    is a disgrace", "it was prepared to take action": the infinitive hangs on the predicate)."""
    if subject.lower_ != "it" or subject.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return None
    head = subject.head
    if lemma(head) != "be" and not any(c.dep_ == "auxpass" for c in head.children):
        return None
    hosts = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]
    return next((c for host in hosts for c in host.children if c.i > subject.i and c.tag_.startswith("VB")
                 and (c.dep_ in ("ccomp", "csubj") or (c.dep_ == "xcomp" and host is head))), None)


def condition_mark(word: Token, marks: frozenset[str]) -> bool:
    """A subordinator of condition: one of ``marks``, not the "if" of "as if", which compares a
    manner ("were deported as if they were criminals": they were deported)."""
    return word.dep_ == "mark" and word.lower_ in marks and not (
        word.lower_ == "if" and word.i > 0 and word.doc[word.i - 1].lower_ == "as")


def reattach_duration_preps(doc: Doc, units: frozenset[str], preps: frozenset[str]) -> None:
    """The parser hangs a verb's party on the duration before it ("conferred for two hours with
    Aziz", "talked for an hour by telephone with X", "fought for three days against Y"): the
    preposition after "for <duration>" is moved to the verb, where the role finders look."""
    for token in doc:
        if token.dep_ != "prep" or token.lower_ not in preps:
            continue
        duration = token.head
        if duration.dep_ != "pobj" or duration.i > token.i or lemma(duration) not in units:
            continue
        for_ = duration.head
        if for_.lower_ == "for" and for_.dep_ == "prep" and is_verb(for_.head):
            token.head = for_.head


def reattach_indirect_questions(doc: Doc, verbs: frozenset[str]) -> None:
    """The parser hangs an "if" or "whether" clause that follows a verb of asking or finding out
    ("... to find out if they were bought from the proceeds of drug trafficking") on the main verb
    before it, where it reads as a condition on that act ("have impounded the three vehicles ...
    if they were bought"): the clause is moved to the verb it follows, whose question it is."""
    for token in doc:
        if token.dep_ != "mark" or token.lower_ not in ("if", "whether") or token.i < 1:
            continue
        clause = token.head
        before = doc[token.i - 1]
        if before.dep_ == "prt" and before.i > 0:
            before = before.head  # "find out if"
        if clause.dep_ != "advcl" or not is_verb(before) or lemma(before) not in verbs or clause.head == before \
                or before.i > clause.i or clause in before.ancestors:
            continue
        clause.head, clause.dep_ = before, "ccomp"


def repair_attributive_participles(doc: Doc, verbs: frozenset[str]) -> None:
    """The parser reads a participle of protest before a plural noun as a gerund taking it for its
    object ("dispersed hundreds of protesting farmers", "met protesting teachers") or leaves it a bare
    modifier ("suspended four protesting opposition members"): people protest, nobody protests
    farmers. With no determiner before the noun, the noun takes the participle's place in the clause
    and the participle becomes its clausal modifier, as in "farmers protesting against the law" (a
    thing after the participle stays its object: "protesting the new law")."""
    for token in doc:
        if token.tag_ != "VBG" or lemma(token) not in verbs or not 0 < token.i < len(doc) - 1:
            continue
        if token.dep_ == "amod" and token.head.tag_ == "NNS" and token.head.i > token.i:
            token.dep_ = "acl"
            continue
        if token.dep_ not in ("pcomp", "xcomp", "advcl") or any(c.dep_ in SUBJ for c in token.children) \
                or doc[token.i - 1].is_punct:
            continue  # (after a comma a clause of its own: "marched on, protesting ...")
        noun = next((c for c in token.children if c.dep_ in ("dobj", "obj") and c.tag_ == "NNS"), None)
        if noun is None or noun.left_edge.i != token.i + 1 or any(
                c.dep_ in ("det", "poss", "prep") for c in noun.children):
            continue
        number = doc[token.i - 1]  # "suspended four protesting members": "four" read as the object
        noun.head, noun.dep_ = token.head, "pobj" if token.dep_ == "pcomp" else "dobj"
        token.head, token.dep_ = noun, "acl"
        if number.tag_ == "CD" and number.head == noun.head and number.dep_ == noun.dep_:
            number.head, number.dep_ = noun, "nummod"
        clause = noun.head  # ("with tear gas", "on Tuesday": the clause's, not the participle's)
        while not is_verb(clause) and clause.head != clause:
            clause = clause.head
        for c in [c for c in token.children if c.i > noun.i]:
            c.head = clause


def repair_orphan_prepositions(doc: Doc) -> None:
    """The parser leaves a preposition without its object and makes the noun after it a second
    subject of the verb ("Rioters demanding the resignation of President Suharto torched shops":
    "of" has no object, "Suharto" is a subject of "torched" beside "Rioters"): the noun is the
    preposition's object, and the first subject the verb's."""
    for token in doc:
        if token.dep_ != "nsubj" or token.left_edge.i == 0:
            continue
        prep = doc[token.left_edge.i - 1]  # ("of" only: "a message from the West from Clinton congratulated")
        if prep.dep_ != "prep" or prep.lower_ != "of" or any(c.dep_ == "pobj" for c in prep.children):
            continue
        if any(c.dep_ == "nsubj" and c.i < prep.i and c.i <= prep.head.i for c in token.head.children) \
                and prep.head.i < token.i:
            token.head, token.dep_ = prep, "pobj"


def repair_noun_roots(doc: Doc) -> None:
    """The parser reads a sentence as one noun phrase, its verb a reduced relative of the root noun
    ("a Jewish extremist gunned down Israeli Prime Minister Rabin": "gunned" acl of "extremist";
    "the Philippine opposition charged on Tuesday that Marcos had ..."). A past tense (VBD), or a
    participle with a clause or infinitive of its own, which a passive reduced relative ("Five
    people arrested in Romania") does not take, is the sentence's verb: it becomes the root, the
    noun its subject, and the noun's dependents after the verb the verb's."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or dateline_word(root):
            continue
        verb = next((c for c in root.rights if c.dep_ == "acl"), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "aux") for c in verb.children):
            continue
        if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(_clause_of_its_own(c) for c in verb.children)):
            continue
        later = [c for c in root.rights if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for c in later:
            c.head = verb
        for c in verb.children:  # ("charged on Monday that ...": the "that" clause is its object)
            if c.dep_ == "advcl" and _clause_of_its_own(c):
                c.dep_ = "ccomp"


def repair_adjectival_verbs(doc: Doc) -> None:
    """The parser makes a past tense a modifier of the noun after it and that noun the root ("Members
    of the Popular Front blocked rail lines into Baku": "blocked" amod of "lines", "Members" nmod of
    "lines"). The tagger's VBD says it is the verb: it becomes the root, the noun its object, a noun
    before it hung on that noun its subject, and the noun's clauses and punctuation the verb's."""
    for sent in doc.sents:
        noun = sent.root
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in noun.lefts if c.tag_ == "VBD" and c.dep_ in ("amod", "compound")), None)
        if verb is None:
            continue
        before = [c for c in noun.lefts if c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
        moved = [c for c in noun.rights if c.dep_ in ("punct", "advcl", "xcomp", "ccomp")]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
        if before:
            before[0].head, before[0].dep_ = verb, "nsubj"
        for c in moved:
            c.head = verb


def repair_modifier_verbs(doc: Doc) -> None:
    """The parser makes a verb right after the subject noun a modifier of the object after it: that
    object becomes the subject's apposition ("A Beijing court jailed veteran dissident Wei Jingsheng
    for 14 years": "jailed" amod of "veteran", "Jingsheng" appos of "court") or the root, the subject
    its modifier ("A Shanghai court jailed veteran activist Han Dongfang": "court" nmod of
    "Dongfang"). A past tense or participle (VBD / VBN) right after the noun is the verb: it becomes
    the root (or the clause a reporting verb with a subject of its own reports: "..., Xinhua said"),
    the noun its subject, the object phrase its object and the phrases after it its own."""
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc) or dateline_word(noun):
            continue
        verb = doc[noun.i + 1]
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod":
            continue
        root = noun.head
        if noun.dep_ in ("nmod", "compound") and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") \
                and root.i > verb.i and verb in root.subtree:
            before, later = [c for c in root.lefts if c.i < noun.i], list(root.rights)
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "dobj"
            noun.head, noun.dep_ = verb, "nsubj"
            for c in before:
                c.head = noun  # ("A Shanghai court": the words before the subject are its own)
            for c in later:
                c.head = verb
            continue
        reported = noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in root.children) > 1
        if (noun.dep_ != "ROOT" and not reported) or noun not in verb.head.ancestors:
            continue
        phrase = next(c for c in noun.rights if verb in c.subtree)
        later = [c for c in noun.rights if c.i > phrase.i]
        if reported:
            verb.head, verb.dep_ = root, "ccomp"
        else:
            verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        phrase.head, phrase.dep_ = verb, "dobj"
        for c in later:
            c.head = verb


def repair_coordinated_modifiers(doc: Doc) -> None:
    """The parser makes the first of two coordinated modifiers the head of the phrase and the noun its
    conjunct ("began naval and air exercises": "naval" the object, "exercises" a conjunct of it):
    an adjective in a noun's place whose conjunct is a noun modified by a noun becomes that noun's
    modifier, and the noun takes its place, the words before the adjective and the phrases after the
    noun ("joint naval and air exercises in the Strait")."""
    for token in doc:
        if token.tag_ != "JJ" or token.dep_ not in ("dobj", "obj", "pobj", "nsubj", "nsubjpass") or token.head == token:
            continue
        noun = next((c for c in token.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                     and any(m.dep_ == "compound" for m in c.lefts)), None)  # fmt: skip
        if noun is None or not any(c.dep_ == "cc" for c in token.children):
            continue
        moved = [*token.lefts, *(c for c in token.rights if c.i > noun.i)]  # ("joint", "the"; "in the Strait")
        noun.head, noun.dep_ = token.head, token.dep_
        token.head, token.dep_ = noun, "amod"
        for c in moved:
            c.head = noun


def repair_adverbial_subjects(doc: Doc) -> None:
    """A finite verb without a subject whose nearest dependent on the left is a noun the parser
    labelled a bare-noun adverbial ("Some 300,000 Czechoslovaks packed the square": "Czechoslovaks"
    npadvmod of "packed"): a name or a noun of people there is the subject, not a time or amount."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        left = [c for c in verb.lefts if c.dep_ not in ("punct", "aux", "neg", "advmod", "cc")]
        if left and left[-1].dep_ == "npadvmod" and left[-1].pos_ in ("NOUN", "PROPN") \
                and left[-1].ent_type_ not in _NOT_PARTIES:
            left[-1].dep_ = "nsubj"


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
_NOT_PARTIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})

_SUBORDINATORS = frozenset({"as", "after", "before", "since", "while", "until"})  # also prepositions


def repair_subordinator_objects(doc: Doc) -> None:
    """The parser reads a subordinating conjunction as a preposition and the clause's subject as its
    object, the clause's verb an adverbial clause with no subject ("this comes as residents and
    neighbours of his hotel have accused Ndlala of ...": "residents" pobj of "as", "accused" advcl of
    "comes"): a finite verb with no subject right after the object's phrase takes the object as its
    subject and the conjunction as its mark."""
    for prep in doc:
        noun = child(prep, {"pobj"}) if prep.dep_ == "prep" and prep.lower_ in _SUBORDINATORS else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        after = noun.right_edge.i + 1
        while after < len(doc) and doc[after].dep_ in ("punct", "aux", "auxpass", "neg", "advmod"):
            after += 1
        verb = doc[after] if after < len(doc) else None
        if verb is None or verb.dep_ != "advcl" or verb.head != prep.head or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        if not is_infinitive(verb) and (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass")
                                                                              for c in verb.children)):
            noun.head, noun.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            prep.head, prep.dep_ = verb, "mark"


def repair_fronted_conjuncts(doc: Doc) -> None:
    """The parser coordinates the subject of a clause with the last noun of a fronted phrase before
    it ("Regarding the missile launches by North Korea, Hayashi and Park agreed ...": "Hayashi" a
    conjunct of "Korea", "agreed" with no subject): the first conjunct after the phrase's comma,
    right before a finite verb with no subject, is that verb's subject (with its own conjuncts)."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        left = verb.i - 1
        while left >= 0 and doc[left].dep_ in ("aux", "auxpass", "neg", "advmod"):
            left -= 1
        if left < 0 or doc[left].dep_ != "conj" or doc[left].pos_ not in ("NOUN", "PROPN"):
            continue
        first = doc[left]
        while first.dep_ == "conj" and first.head.dep_ == "conj" and first.head.i > first.i - 8 \
                and doc[first.i - 1].lower_ != ",":
            first = first.head  # ("Hayashi and Park": back to "Hayashi", the conjunct after the comma)
        if first.dep_ != "conj" or first.i == 0 or doc[first.i - 1].lower_ != "," \
                or not any(a.dep_ == "prep" and a.head == verb for a in first.head.ancestors):
            continue
        first.head, first.dep_ = verb, "nsubj"


def _clause_of_its_own(token: Token) -> bool:
    """A complement clause or infinitive, or a "that" clause the parser labelled adverbial."""
    return token.dep_ in ("ccomp", "xcomp") or (
        token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in token.children))


def repair_particle_objects(doc: Doc) -> None:
    """The parser gives a phrasal verb's particle the object ("gunned down the prime minister":
    "minister" pobj of the particle "down"): the noun is the verb's direct object."""
    for token in doc:
        if token.dep_ != "pobj" or token.head.dep_ != "prt":
            continue
        verb = token.head.head
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            token.head, token.dep_ = verb, "dobj"


def repair_perfect_participles(doc: Doc) -> None:
    """The parser reads a perfect tense on lowercased text as "have" + an adjective: "the junta had
    relaxed restrictions" (relaxed amod of restrictions, restrictions dobj of had), "has concentrated
    troops". The tagger still says VBN: the participle is made the verb, "have" its auxiliary, the
    noun its object and "have"'s other dependents (subject, adverbs, clauses) the participle's."""
    for have in doc:
        if have.lemma_ != "have" or have.i + 1 >= len(doc):
            continue
        verb = doc[have.i + 1]
        noun = verb.head
        if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "compound") or noun.head != have \
                or noun.dep_ not in ("dobj", "obj") or noun.i <= verb.i:
            continue
        dependents = [c for c in have.children if c != noun]
        head, dep = have.head, have.dep_
        verb.head = verb if head == have else head
        verb.dep_ = dep
        have.head, have.dep_ = verb, "aux"
        noun.head, noun.dep_ = verb, "dobj"
        for c in dependents:
            c.head = verb


def repair_interrupted_passives(doc: Doc) -> None:
    """A passive whose auxiliary and participle an adverbial separates ("the activist was last year
    sentenced to three years", "Tama Talum was in 2015 sentenced ..."): the parser makes the subject an
    active one ("nsubj" beside "auxpass") or reads "was" as a copula with the participle its adverbial
    clause. The participle is the verb, "be" its passive auxiliary, the subject its passive subject and
    the copula's other dependents (the adverbial, punctuation) the participle's."""
    for verb in doc:
        if verb.tag_ != "VBN":
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            for c in verb.children:
                if c.dep_ == "nsubj" and not any(d.dep_ == "nsubjpass" for d in verb.children):
                    c.dep_ = "nsubjpass"  # ("was last year sentenced": "activist" nsubj beside "was" auxpass)
            continue
        be = verb.head
        if verb.dep_ != "advcl" or be.lemma_ != "be" or be.dep_ != "ROOT" or not be.i < verb.i \
                or any(c.dep_ in ("attr", "acomp", "dobj", "ccomp", "xcomp") for c in be.children) \
                or any(c.dep_ == "punct" and be.i < c.i < verb.i for c in be.children):
            continue  # (a comma before it makes an adjunct: "he was in Kenya, invited by the president")
        subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < be.i]
        if len(subjects) != 1 or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        dependents = [c for c in be.children if c not in (verb, subjects[0])]
        verb.head, verb.dep_ = verb, "ROOT"
        be.head, be.dep_ = verb, "auxpass"
        subjects[0].head, subjects[0].dep_ = verb, "nsubjpass"
        for c in dependents:
            c.head = verb


def repair_conjoined_passives(doc: Doc, verbs: frozenset[str]) -> None:
    """A past form of one of ``verbs`` (verbs that tell someone to act: "order", "ask", "tell")
    conjoined to a passive participle, with no subject or object of its own and an infinitive of its
    own, is a passive participle too ("the students were tracked with cameras and ordered to have talks":
    the tagger's VBD made "ordered" an active verb whose subject the students were): its tag becomes VBN,
    so that the shared subject is its passive subject ("was elected and promised to fight corruption" is
    the subject's own promise)."""
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VBN" or lemma(verb) not in verbs \
                or not any(c.dep_ == "auxpass" for c in head.children) \
                or not any(c.dep_ == "nsubjpass" for c in head.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass") for c in verb.children):
            continue
        if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
            verb.tag_ = "VBN"


def repair_vaccine_shots(doc: Doc, forms: frozenset[str], modifiers: frozenset[str]) -> None:
    """A "shot" right after a word of vaccination ("a covid-19 booster shot", "flu shots") is a noun the
    parser made a verb hung on that word: the shot takes the word's place in the tree (its head and
    dependency), the word becomes its compound, and it is tagged a noun."""
    for shot in doc[1:]:
        word = doc[shot.i - 1]
        if shot.lower_ not in forms or word.lower_ not in modifiers or shot.pos_ == "NOUN":
            continue
        if shot.head.i == word.i:  # ("booster/dobj shot/acl": the shot takes the object's place)
            shot.head, shot.dep_ = (shot if word.head.i == word.i else word.head), word.dep_
            word.head, word.dep_ = shot, "compound"
        shot.pos_, shot.tag_ = "NOUN", ("NNS" if shot.lower_.endswith("s") else "NN")


def repair_auxiliary_subjects(doc: Doc) -> None:
    """A subject the parser hung on an auxiliary ("the military council had relaxed ...": "council"
    nsubj of "had", "had" aux of "relaxed") is the verb's: the role finders look on the verb."""
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("aux", "auxpass") \
                and token.head.head != token.head:
            token.head = token.head.head


_BARE_CLAUSE_DEPS = frozenset({"dep", "advcl", "conj"})  # (not "ccomp": "said that X closed ... would be allowed")
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})
# particles of direction that make a verb an intransitive phrasal one ("pulled back", "stepped down")
_DIRECTION_PARTICLES = frozenset({"back", "out", "away", "off", "down"})


def has_direction_particle(verb: Token) -> bool:
    """A verb with a particle of direction ("pulled back", "stepped down", "shot down"): without a
    by-phrase, an intransitive phrasal verb rather than a passive participle."""
    return any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _DIRECTION_PARTICLES) for c in verb.children)


def repair_reduced_relatives(doc: Doc) -> None:
    """A past participle right after its noun, read by the parser as the sentence's verb ("The FIR
    lodged in Ahmedabad accuses Setalvad ...", "the activists detained at the airport were released":
    "lodged" / "detained" the root, the real verb a clause hung on it with no subject of its own). When
    the root is a bare past form with a subject and no object, auxiliary, particle, comma or coordinator before
    that clause, and the clause is finite with no subject or subordinator, the clause is the verb, the
    subject its subject and the participle a reduced relative on the noun right before it."""
    for root in doc:
        if root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBN") or root.head != root:
            continue
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        if len(subjects) != 1 or any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "nsubjpass", "attr", "acomp", "oprd")
                                     for c in root.children):
            continue
        clause = next((c for c in root.rights if c.dep_ in _BARE_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")), None)
        if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "mark", "cc")
                                 for c in clause.children):
            continue
        finite = clause.tag_ in ("VBZ", "VBD") or any(  # (a bare VBP is often a noun the tagger took for a verb:
            c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_VERB_TAGS or c.tag_ == "MD")  # "the ceasefire deal
            for c in clause.children)  # with Hamas")
        if has_direction_particle(root):
            continue  # "Israeli forces pulled back from the corridor": an intransitive phrasal verb, no participle
        between = doc[root.i + 1 : clause.i]
        if not finite or any(t.is_punct or t.dep_ == "cc" for t in between) \
                or any(c.i < clause.i and c.dep_ not in ("prep", "advmod", "npadvmod", "agent") for c in root.rights):
            continue
        subject = subjects[0]
        noun = doc[root.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun not in subject.subtree:
            noun = subject
        moved = [c for c in root.children if c.i > clause.i]
        clause.head, clause.dep_ = clause, "ROOT"
        subject.head = clause
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
        root.head, root.dep_, root.tag_ = noun, "acl", "VBN"
        for c in moved:
            c.head = clause
