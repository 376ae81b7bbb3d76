"""The model's attribute ruler and rule lemmatizer, computed once per distinct token key.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of its patterns (180 in en_core_web_md) over every
token — its ``IN`` / ``NOT_IN`` / ``REGEX`` predicates are Python calls per token and pattern —
and sets each match's attributes through a ``Span``; the rule ``Lemmatizer`` makes a ``Token``
object per token and recomputes every base form (it caches only inflected ones). On the parse
pass these two cost more than a third of that pass (docs/benchmarks.md, "Speed, round 10").

Both are pure functions of a few token attributes: the ruler's patterns read only ``LOWER``,
``TAG``, ``DEP`` and ``IS_SPACE`` (of a token and, for a few two-token patterns, its neighbour),
the lemmatizer only ``ORTH``, ``POS`` and ``MORPH`` and its tables. :class:`TokenRules` reads the
components' own patterns, attributes and tables, computes each distinct key once per process and
writes a Doc's attributes with ``Doc.from_array``: the same annotations the stock components give
(later patterns win, as ``AttributeRuler.match`` sorts them; lemmas only where the ruler set
none, as ``Lemmatizer(overwrite=False)``), checked against them on real text by
tests/integration/nlp/test_token_rules.py. A pattern feature this module does not know (another model)
makes :meth:`TokenRules.of` return None, and the stock components run instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# the token attributes the ruler's patterns may test, in the order of a key
_KEY_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
MAX_KEYS = 50_000  # distinct keys kept per cache; past it the cache starts again (a few MB at most)


def _stock_rules(lemmatizer: Any) -> bool:
    """Whether ``lemmatizer`` lemmatizes with spaCy 3's own ``rule_lemmatize`` (which
    :class:`_RuleLemmatizer` mirrors); another one is called as it is."""
    from spacy.pipeline import Lemmatizer

    return getattr(type(lemmatizer), "rule_lemmatize", None) is Lemmatizer.rule_lemmatize


class UnsupportedPatternError(ValueError):
    """A ruler pattern uses a feature :class:`TokenRules` does not implement (the stock ruler runs)."""


Test = Callable[[tuple[str, str, str, bool]], bool]


def _test(attr: str, spec: Any) -> Test:
    """A predicate on a token's (lower, tag, dep, is_space) strings for one pattern entry."""
    if attr not in _KEY_ATTRS:
        raise UnsupportedPatternError(f"attribute {attr!r}")
    at = _KEY_ATTRS.index(attr)
    if attr == "IS_SPACE":
        if not isinstance(spec, bool):
            raise UnsupportedPatternError(f"IS_SPACE {spec!r}")
        return lambda key: key[at] is spec
    if isinstance(spec, str):
        return lambda key: key[at] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, value),) = spec.items()
        if op == "IN":
            members = frozenset(value)
            return lambda key: key[at] in members
        if op == "NOT_IN":
            excluded = frozenset(value)
            return lambda key: key[at] not in excluded
        if op == "REGEX":
            search = re.compile(value).search
            return lambda key: search(key[at]) is not None
    raise UnsupportedPatternError(f"{attr} {spec!r}")


def _token_test(entry: dict[str, Any]) -> Test:
    tests = [_test(attr, spec) for attr, spec in entry.items()]
    return lambda key: all(t(key) for t in tests)


def _anchors(entry: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    """The values of ``LOWER`` (else ``TAG``) a token must have to match ``entry``, when the
    entry names them (exactly or with ``IN``): rules are indexed by them."""
    for attr in ("LOWER", "TAG"):
        spec = entry.get(attr)
        if isinstance(spec, str):
            return attr, frozenset([spec])
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return attr, frozenset(spec["IN"])
    return None


@dataclass(frozen=True)
class _Rule:
    order: int  # the pattern's place in the ruler: later rules win
    tests: tuple[Test, ...]  # one per token of the pattern
    anchors: tuple[str, frozenset[str]] | None  # the LOWER or TAG values its first token needs
    index: int  # which token of the match gets the attributes (may be negative)
    attrs: dict[int, int]  # attribute id -> value id, as the ruler normalised them


class TokenRules:
    """Apply a pipeline's attribute ruler and rule lemmatizer to parsed Docs (see the module doc)."""

    def __init__(self, nlp: Language, rules: list[_Rule], lemmatizer: Any) -> None:
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        self.nlp = nlp
        self.vocab = nlp.vocab
        self.singles = [r for r in rules if len(r.tests) == 1]
        self.multis = [r for r in rules if len(r.tests) > 1]
        # the rules a token may match, by its lower form and by its tag; the rest are tried on every key
        self._by: dict[tuple[str, str], list[tuple[int, int, _Rule]]] = {}
        self._open: list[tuple[int, int, _Rule]] = []
        for no, rule in enumerate(rules):
            entry = (rule.order, no, rule)
            if rule.anchors is None:
                self._open.append(entry)
            else:
                for value in rule.anchors[1]:
                    self._by.setdefault((rule.anchors[0], value), []).append(entry)
        self.lemmatizer = lemmatizer
        self._lemma = _RuleLemmatizer(lemmatizer) if _stock_rules(lemmatizer) else lambda t: lemmatizer.lemmatize(t)[0]
        self.out_attrs = [TAG, POS, MORPH, LEMMA, DEP]
        self._col = {a: i for i, a in enumerate(self.out_attrs)}
        for rule in rules:
            unknown = set(rule.attrs) - set(self.out_attrs)
            if unknown:
                raise UnsupportedPatternError(f"sets attribute ids {sorted(unknown)}")
        self._keys: dict[tuple[int, int, int, int], tuple[dict[int, int], tuple[int, ...], tuple[int, ...]]] = {}
        self._results: dict[tuple[Any, ...], tuple[dict[int, int], tuple[int, ...], tuple[int, ...]]] = {}
        self._later: dict[tuple[int, tuple[int, int, int, int]], bool] = {}
        self._lemmas: dict[tuple[int, int, int], str] = {}

    @classmethod
    def of(cls, nlp: Language) -> TokenRules | None:
        """The rules of ``nlp``'s ``attribute_ruler`` and ``lemmatizer`` (rule mode, no overwrite),
        or None when the pipeline lacks them or a pattern uses a feature not implemented here."""
        if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
            return None
        ruler: Any = nlp.get_pipe("attribute_ruler")
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            return None
        rules: list[_Rule] = []
        try:
            for order, (pattern, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
                if set(pattern) - {"patterns", "attrs", "index"} or "_" in attrs:
                    raise UnsupportedPatternError(f"pattern keys {sorted(pattern)}")
                for alternative in pattern["patterns"]:
                    if any("OP" in entry for entry in alternative):
                        raise UnsupportedPatternError("an OP quantifier")
                    if not -len(alternative) <= index < len(alternative):
                        raise UnsupportedPatternError(f"index {index} outside its pattern")  # the stock ruler says so
                    rules.append(_Rule(order, tuple(_token_test(e) for e in alternative), _anchors(alternative[0]),
                                       index, dict(attrs)))
            return cls(nlp, rules, lemmatizer)
        except UnsupportedPatternError:
            return None

    @property
    def components(self) -> tuple[str, str]:
        """The components this replaces on a pipe (disable them there)."""
        return ("attribute_ruler", "lemmatizer")

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc``'s attributes as the attribute ruler and then the lemmatizer would."""
        if len(doc):
            self._ruler(doc)
            self._lemmatize(doc)
        return doc

    # -- the attribute ruler --------------------------------------------------------------------

    def _strings(self, key: tuple[int, int, int, int]) -> tuple[str, str, str, bool]:
        s = self.vocab.strings
        return s[key[0]], s[key[1]], s[key[2]], bool(key[3])

    def _single(self, key: tuple[int, int, int, int]) -> tuple[dict[int, int], tuple[int, ...], tuple[int, ...]]:
        """For a token with ``key``: the merged attributes of the one-token rules it matches (in
        rule order), the orders of those rules (to merge with a longer match), and the longer rules
        (numbers in ``self.multis``) whose first token it matches."""
        hit = self._keys.get(key)
        if hit is None:
            strings = self._strings(key)
            candidates = sorted([*self._open, *self._by.get(("LOWER", strings[0]), ()),
                                 *self._by.get(("TAG", strings[1]), ())], key=lambda c: c[:2])
            merged: dict[int, int] = {}
            orders = []
            firsts = []
            for _, _, rule in candidates:
                if rule.tests[0](strings):
                    if len(rule.tests) == 1:
                        merged.update(rule.attrs)
                        orders.append(rule.order)
                    else:
                        firsts.append(self.multis.index(rule))
            if len(self._keys) >= MAX_KEYS:
                self._keys.clear()
            shared = (tuple(merged.items()), tuple(orders), tuple(firsts))  # most keys share one result
            hit = self._keys[key] = self._results.setdefault(shared, (merged, shared[1], shared[2]))
        return hit

    def _matches(self, rule_no: int, position: int, key: tuple[int, int, int, int]) -> bool:
        """Whether token ``position`` (> 0) of longer rule ``rule_no`` matches a token with ``key``."""
        rule = self.multis[rule_no]
        cache_key = (rule_no * 64 + position, key)
        hit = self._later.get(cache_key)
        if hit is None:
            hit = rule.tests[position](self._strings(key))
            if len(self._later) >= MAX_KEYS:
                self._later.clear()
            self._later[cache_key] = hit
        return hit

    def _ruler(self, doc: Doc) -> None:
        import numpy as np
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        inp = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        keys = [tuple(row) for row in inp]
        singles = [self._single(k) for k in keys]  # type: ignore[arg-type]
        extra: dict[int, list[_Rule]] = {}
        n = len(keys)
        for start, (_, _, firsts) in enumerate(singles):
            for no in firsts:
                rule = self.multis[no]
                width = len(rule.tests)
                if start + width <= n and all(self._matches(no, p, keys[start + p])  # type: ignore[arg-type]
                                              for p in range(1, width)):
                    target = start + (rule.index if rule.index >= 0 else width + rule.index)
                    extra.setdefault(target, []).append(rule)
        if not any(m for m, _, _ in singles) and not extra:
            return
        out = doc.to_array(self.out_attrs)
        col = self._col
        for i, (merged, orders, _) in enumerate(singles):
            if i in extra:
                by_order = {o: a for o, a in ((r.order, r.attrs) for r in self.singles if r.order in orders)}
                for rule in extra[i]:
                    by_order[rule.order] = rule.attrs
                merged = {}
                for order in sorted(by_order):
                    merged.update(by_order[order])
            for attr, value in merged.items():
                out[i, col[attr]] = value
        doc.from_array(self.out_attrs, out.astype(np.uint64, copy=False))  # type: ignore[arg-type]

    # -- the lemmatizer -------------------------------------------------------------------------

    def _lemmatize(self, doc: Doc) -> None:
        import numpy as np
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        cache = self._lemmas
        add = self.vocab.strings.add
        ids: dict[tuple[int, int, int], int] = {}  # per Doc: strings added inside a memory zone end with it
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = ids.get(key)
            if value is None:
                text = cache.get(key)
                if text is None:
                    text = self._lemma(doc[i])
                    if len(cache) >= MAX_KEYS:
                        cache.clear()
                    cache[key] = text
                value = ids[key] = add(text)
            lemmas.append(value)
        doc.from_array([LEMMA], np.asarray(lemmas, dtype=np.uint64))  # type: ignore[arg-type]


class _RuleLemmatizer:
    """spaCy's ``Lemmatizer.rule_lemmatize`` (3.8), first form only, with each part of speech's
    word index as a set: spaCy keeps the index as a list and tests membership in it for every
    suffix rule that applies (~90 microseconds per new word). Same tables, same order of rules and
    exceptions, the lemmatizer's own ``is_base_form``; tests/integration/nlp/test_token_rules.py
    compares it with the stock method."""

    def __init__(self, lemmatizer: Any) -> None:
        self.is_base_form = lemmatizer.is_base_form
        lookups = lemmatizer.lookups
        index, exc, rules = (lookups.get_table(t, {}) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
        from spacy.parts_of_speech import IDS

        # tables are keyed by the hashes of their keys: ask them for each universal part of speech
        self.known = {pos.lower() for pos in IDS if any(t.get(pos.lower()) for t in (index, exc, rules))}
        self.index = {pos: frozenset(index.get(pos, ())) for pos in self.known}
        self.exc = {pos: exc.get(pos, {}) for pos in self.known}
        self.rules = {pos: [tuple(r) for r in rules.get(pos, ())] for pos in self.known}

    def __call__(self, token: Any) -> str:
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or self.is_base_form(token):
            return str(string.lower())
        if univ_pos not in self.known:
            return str(string) if univ_pos == "propn" else str(string.lower())
        index, orig, string = self.index[univ_pos], string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in self.rules[univ_pos]:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in self.exc[univ_pos].get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return str((forms or oov_forms or [orig])[0])


def differing_tokens(a: Doc, b: Doc, attrs: Sequence[str] = ("TAG", "POS", "MORPH", "LEMMA", "DEP")) -> list[int]:
    """Token indexes where ``a`` and ``b`` differ in ``attrs`` (for tests and measurements)."""
    left, right = a.to_array(list(attrs)), b.to_array(list(attrs))
    return [i for i in range(len(a)) if (left[i] != right[i]).any()]
