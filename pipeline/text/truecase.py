"""Truecaser: an averaged-perceptron tagger choosing each lowercased token's case.

Classes: ``l`` lower, ``t`` first letter upper, ``u`` all upper, ``m`` a stored mixed form
("McDonald"). Features: the word, its neighbours, a suffix, the shape, the sentence position,
the previous decision, and a prior bucket from a cased unigram table; the weights are the
average of eight perceptrons trained with different seeds. Token rules (:func:`token_rule`)
decide first; frequent words whose case never varies in the training data skip the model, and
so do words whose mixed form the lexicon prefers by a clear margin ("NGOs"). Occurrences of a
word in one document share evidence (document consistency); then names spelled out before an
acronym and the phrase-level name rules (:mod:`pipeline.text.names`) capitalize whole names.
The model is a JSON table shipped in ``pipeline/text/data``, loaded lazily once per process from
its pack (the tables the loader builds, written by ``scripts/build_truecaser.py``: :func:`pack_bytes`).
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import itertools
import json
import logging
import marshal
import shutil
import struct
import zlib
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pipeline.text import lexicon
from pipeline.text.acronyms import expand_acronyms
from pipeline.text.lexicon import Prior
from pipeline.text.names import SWITCHES, NameRules, carry_names
from pipeline.text.tokens import APOSTROPHES, WEB_DOMAINS, title

log = logging.getLogger(__name__)

DATA_DIR = lexicon.DATA_DIR
MODEL_FILE = "truecaser.v1.json.gz"
MODEL_VERSION = 1
CLASSES = ("l", "t", "u", "m")
_BOS = "<s>"
_EOS = "</s>"
_NONE = "-"
_STATIC_CACHE = 200_000
_ROLE_CACHE = 100_000  # word types whose role scores are kept (cleared when full)
_PAIR_HEADS = ("wn", "wn2", "pw", "c2", "kpn", "n2")  # the pair features, in the order of Truecaser._pair_tables
_PC = (_NONE, *CLASSES)  # the previous decision as a feature value; its index in the role tables
_PC_INDEX = {c: k for k, c in enumerate(_PC)}
_PC_SLOT = {c: 2 * k for k, c in enumerate(_PC)}
_PC_BY_SLOT = tuple(pc for pc in _PC for _ in "01")  # slot 2 * k + start of a word's own role scores
_START_BY_SLOT = tuple(st for _ in _PC for st in "01")
# Integer scores: every weight is a multiple of 0.1 (the build script rounds them so), so a token's
# scores are summed exactly as integer tenths, four classes packed in one int (lanes of _LANE bits).
_SCALE = 10
_LANE = 32
_LANE_MASK = (1 << _LANE) - 1
_LANE_OFFSET = 1 << (_LANE - 1)
_LANE_BIAS = sum(_LANE_OFFSET << (_LANE * k) for k in range(4))  # makes every lane non-negative
# A biased lane holds 2**31 + s (0 <= it < 2**32); flipping its top bit (XOR with the bias) leaves the
# 32-bit two's complement of s: the four scores are the little-endian int32s of the 16 bytes.
_lanes = struct.Struct("<4i").unpack
_FEATURES_PER_TOKEN = 28  # static_features + dynamic_features
_STRONG_MARGIN = 5  # a prior margin bucket this high is a clear preference
_SPLIT_TAIL = 3


def gold_class(word: str) -> str | None:
    """Class of a cased token (``None`` when it has no letters)."""
    low = word.lower()
    if low == word.upper():
        return None
    if word == low:
        return "l"
    if word == title(low):
        return "t"
    if word == low.upper():
        return "u"
    return "m"


# --- features -----------------------------------------------------------------------------------
def shape(word: str) -> str:
    """Coarse shape: length bucket plus digit / hyphen / period marks."""
    size = len(word)
    out = str(size) if size < 5 else "5"
    if word.isalpha():
        return out  # most words: no letter is a digit, a hyphen or a period
    if any(c.isdigit() for c in word):
        out += "d"
    if "-" in word:
        out += "-"
    if "." in word:
        out += "."
    return out


_VOWELS = frozenset("aeiouy")


def _vowels(word: str) -> str:
    """ "0" for a word of letters without vowels ("bjp", "nbc": likely an acronym), else "1"."""
    return "0" if word.isalpha() and _VOWELS.isdisjoint(word) else "1"


def static_features(w: str, prior_w: str, cluster_w: str) -> list[str]:
    """Features that depend on the word alone (their scores are cached per word)."""
    return [
        "b",
        "w=" + w,
        "s3=" + w[-3:],
        "sh=" + shape(w),
        "pr=" + prior_w,
        "v=" + _vowels(w) + prior_w,
        "k4=" + cluster_w[:4],
        "k8=" + cluster_w[:8],
        "k12=" + cluster_w[:12],
        "k4p=" + cluster_w[:6] + prior_w,
    ]


def dynamic_features(
    w: str,
    p: str,
    n: str,
    start: bool,
    pc: str,
    pc2: str,
    prior_w: str,
    prior_p: str,
    prior_n: str,
    cluster_p: str,
    cluster_n: str,
    prior_n2: str,
) -> list[str]:
    """Features of the word in its context (``prior_*``: raw prior codes, "?" when unknown)."""
    st = "1" if start else "0"
    return [
        "n2=" + n + " " + prior_n2[:2],
        "wn2=" + w + " " + n + " " + prior_n2[:1],
        "pcp=" + pc + p,
        "c2=" + pc2 + p + " " + prior_w[:1],
        "kp=" + cluster_p[:6] + pc,
        "kn=" + cluster_n[:6],
        "kpn=" + cluster_p[:4] + " " + cluster_n[:4],
        "p=" + p,
        "n=" + n,
        "pw=" + p + " " + w,
        "wn=" + w + " " + n,
        "st=" + st,
        "prs=" + prior_w + st,
        "prp=" + prior_w + pc,
        "pp=" + prior_p + pc,
        "np=" + prior_n,
        "pc=" + pc,
        "pcw=" + pc + w,
    ]


def features(model: Truecaser, w: str, p: str, n: str, start: bool, pc: str, pc2: str, n2: str = _EOS) -> list[str]:
    """All feature strings of one token (for training; prediction caches the static part)."""
    return static_features(w, model.prior.get(w, "?"), model.cluster_bits(w)) + model.context_features(
        w, p, n, start, pc, pc2, n2
    )


WORD_FEATURES = ("w=", "pw=", "wn=", "pcw=", "wn2=")  # the features word dropout removes in training


# --- token rules --------------------------------------------------------------------------------
def _words(key: str) -> frozenset[str]:
    return lexicon.words("truecase", key)


_US_NEXT = _words("us_next")
BRANDS = {form.lower(): form for form in lexicon.entry("truecase", "brands")}
_NUMBERED_PROVISIONS = _words("numbered_provisions")
_MARCH_NOUN_BEFORE = _words("march_noun_before")
_MONTH_BEFORE = _words("month_before")
_MODAL_NEXT = _words("modal_next")
_CURRENCY_ABBR = _words("currency_abbreviations")
_UNIT_AFTER_NUMBER = _words("units_after_number")
_DEGREE = frozenset({"\u00b0", "\u00ba"})
# Every word of two letters or more that a rule of token_rule other than the "=" one can decide.
_RULE_WORDS = frozenset(
    {"no", "s", "xi", "co", "ms", "cop", "who", "march", "us", "may"}
    | _CURRENCY_ABBR | _UNIT_AFTER_NUMBER | WEB_DOMAINS | _NUMBERED_PROVISIONS | BRANDS.keys()
)  # fmt: skip


def token_rule(w: str, p: str, n: str, has_after_next: bool, n2: str = _EOS) -> str | None:
    """Hand rules that beat the statistics, from the word ``w``, the previous and next words
    ``p`` / ``n`` and the one after (``n2``): initials, the country "US", "May", "No. 5", "°C",
    currency abbreviations, units and decades after numbers, "Xi Jinping", web domains, numbered
    provisions ("Section 98"), "COP 27", platform and company names, "d'Arc", "a protest march".
    One function, not a table: it runs for nearly every token, and in this order the common words
    fail fast; most words are none of those the rules name (:data:`_RULE_WORDS`), and only the
    rule of "=" applies to them."""
    if len(w) > 1 and w not in _RULE_WORDS:
        return w if n == "=" or p == "=" else None
    return _token_rules(w, p, n, has_after_next, n2)


def _token_rules(w: str, p: str, n: str, has_after_next: bool, n2: str) -> str | None:
    """The rules of :func:`token_rule`, in order."""
    if w == "no" and n == "." and n2[:1].isdigit():
        return "No"  # the abbreviation of "number": "no . 4" -> "No. 4"
    if w in _CURRENCY_ABBR and n[:1].isdigit():
        return w.title()  # "rs 15 crore" -> "Rs 15 crore", "dh 3,500" -> "Dh 3,500"
    if p[:1].isdigit() and (w in _UNIT_AFTER_NUMBER or w == "s"):
        return w  # "34.5 sec", "the 1960 s" (a decade)
    if w == "xi" and not p[:1].isdigit() and p not in ("s", "'s", "\u2019s"):
        return "Xi"  # the Chinese leader; the numeral mostly follows a possessive ("President's XI")
    if n == "=" or p == "=":
        return w  # a URL query string or code: "& pgtype = homepage"
    if w in WEB_DOMAINS and p == ".":
        return w  # "jd . com", "news . com . au"
    if w == "co" and n == "-" and n2 not in ("op", "operative", "operatives"):
        return w  # the prefix: "co - author", "co - founder"
    if w == "ms" and (n == "." or n[:1].isalpha()):
        return "Ms"  # the title: "ms banda", "ms . walker" (CoNLL-2003 train has no "Ms" to learn from)
    if w == "k" and n == "-" and n2 == "pop":
        return "K"
    if n[:1].isdigit() and p != _BOS:
        if w in _NUMBERED_PROVISIONS:
            return title(w)  # a citation: "section 98", "article 9", "act 1079"
        if w == "cop":
            return "COP"  # the UN climate conference: "cop 27"
    if w == "who" and p == "the":
        return "WHO"  # the World Health Organization; the pronoun never follows "the"
    brand = BRANDS.get(w)
    if brand is not None:
        return brand
    if w == "d" and n in APOSTROPHES and p != _BOS:
        return w  # French elision inside a name or phrase: "Jeanne d'Arc", "coup d'état"
    if w == "march" and p in _MARCH_NOUN_BEFORE and not n[:1].isdigit() and n != "of":
        return w  # the noun: "a protest march", "a planned march" (not the month: "march 5")
    if len(w) == 1 and n == "." and has_after_next:
        return w.upper()  # an initial: "george w . bush", "u . s ."
    if p in _DEGREE and w in ("c", "f"):
        return w.upper()  # "40 ° c" -> "40 °C" (Celsius, Fahrenheit)
    if w == "us" and (p in ("the", "a", "an") or n in _US_NEXT):
        return "US"
    if w == "may":
        if n[:1].isdigit() or p in _MONTH_BEFORE:
            return "May"
        if n in _MODAL_NEXT:
            return "may"
    return None


# --- the model ----------------------------------------------------------------------------------
class Truecaser:
    """Predicts the case of lowercased tokens, sentence by sentence, with document consistency.

    ``name_rules``: the switches of the phrase-level name rules to run (all by default; fewer
    only to measure their effect, see :data:`pipeline.text.names.SWITCHES`)."""

    def __init__(self, data: dict[str, Any], *, name_rules: Collection[str] = SWITCHES) -> None:
        if data.get("version") != MODEL_VERSION:
            raise ValueError(f"E201 truecaser data version {data.get('version')!r}, expected {MODEL_VERSION}")
        self._data: dict[str, Any] | None = data
        self.source: Path | None = None
        self._setup(
            data["prior"], data["fixed"], data["mixed"], float(data.get("doc_weight", 0.0)),
            data.get("clusters", {}), _PackedWeights(data["weights"]), name_rules,
        )  # fmt: skip

    def _setup(
        self,
        prior: Mapping[str, str],
        fixed: dict[str, str],
        mixed: Mapping[str, str],
        doc_weight: float,
        clusters: Mapping[str, int],
        packed: _PackedWeights,
        name_rules: Collection[str],
        clear_mixed: dict[str, str] | None = None,
    ) -> None:
        self.prior = prior  # word -> raw prior code (the features use it as is)
        self.lexicon = Prior(self.prior)  # the same codes, decoded
        self.fixed = fixed
        self.mixed = mixed
        self.doc_weight = doc_weight
        self.clusters = clusters
        self.name_rules = NameRules(name_rules)
        self._clear_mixed = self._clear_mixed_forms() if clear_mixed is None else clear_mixed
        self._static: dict[str, list[float]] = {}
        self._flat, self._own = packed.flat, packed.own
        self._pair_tables = tuple(packed.pairs[head] for head in _PAIR_HEADS)
        largest = packed.largest
        self._score_bound = _FEATURES_PER_TOKEN * largest  # a token's sum of |weights|, in tenths
        if self._score_bound >= 1 << (_LANE - 1):
            raise ValueError(f"E207 truecaser weights up to {largest / _SCALE} do not fit the integer scores")
        self._roles: dict[str, _Role] = {}
        self._compounds: dict[tuple[str, bool], tuple[str, str] | None] = {}  # _preset of hyphenated words
        self._class_cache: dict[tuple[str, str, str], tuple[tuple[int, ...], tuple[int, ...], int]] = {}

    @property
    def data(self) -> dict[str, Any]:
        """The model as trained (the JSON table); a model read from its pack parses its JSON file
        only when asked (:meth:`_float_score`, where two classes tie, and training read it)."""
        if self._data is None:
            if self.source is None:
                raise AssertionError("a truecaser without its data was read from a file")
            with gzip.open(self.source, "rt", encoding="utf-8") as fh:
                self._data = json.load(fh)
        return self._data

    @property
    def weights(self) -> dict[str, list[float]]:
        """Feature name -> the four class weights, as trained (floats)."""
        weights: dict[str, list[float]] = self.data["weights"]
        return weights

    def clear_caches(self) -> None:
        """Empty the word-type caches (for measuring; they are bounded and fill again on use)."""
        for cache in (self._static, self._roles, self._class_cache, self._compounds):
            cache.clear()
        for table in (self.prior, self.clusters, self.mixed):
            if isinstance(table, _SortedTable):
                table._seen.clear()

    def with_name_rules(self, switches: Collection[str]) -> Truecaser:
        """The same model with other name-rule switches (shares the tables; for measuring)."""
        other = copy.copy(self)
        other.name_rules = NameRules(switches)
        return other

    def _clear_mixed_forms(self) -> dict[str, str]:
        """Mixed forms of words the lexicon prefers mixed-case by a clear margin ("NGOs")."""
        out = {}
        for w, form in self.mixed.items():
            code = self.lexicon.get(w)
            if code is not None and code.case == "m" and (code.margin or 0) >= _STRONG_MARGIN and w.isalpha():
                out[w] = form
        return out

    def cluster_bits(self, word: str) -> str:
        """Brown-cluster path of a word as a bit string ("?" when unknown)."""
        c = self.clusters.get(word)
        return bin(c)[2:] if c is not None else "?"

    @classmethod
    def from_path(cls, path: Path) -> Truecaser:
        """The model of a JSON file, read from its pack (:func:`pack_path`) when the pack was made
        from this very file (its SHA-256 recorded in the pack), else from the JSON itself."""
        tables = read_pack(path)
        if tables is None:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                model = cls(json.load(fh))
        else:
            model = cls.__new__(cls)
            model._data = None  # parsed from the JSON file only if asked (Truecaser.data)
            model._setup(
                tables["prior"], tables["fixed"], tables["mixed"], tables["doc_weight"], tables["clusters"],
                _PackedWeights.from_tables(tables["flat"], tables["own"], tables["pairs"], tables["largest"]),
                SWITCHES, tables["clear_mixed"],
            )  # fmt: skip
        model.source = path
        return model

    def to_path(self, path: Path, *, compresslevel: int = 9) -> None:
        """Write the model; a model read from a file is copied byte for byte, with its pack."""
        if self.source is not None and self.source.exists():
            shutil.copyfile(self.source, path)
            if pack_path(self.source).exists():
                shutil.copyfile(pack_path(self.source), pack_path(path))  # it names the JSON by its hash
            return
        payload = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        with (
            open(path, "wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=compresslevel, mtime=0) as fh,
        ):
            fh.write(payload.encode("utf-8"))  # mtime=0 and sorted keys: reproducible bytes

    def form(self, word: str, cls: str) -> str:
        """Surface form of a lowercased word for a class."""
        if cls == "l":
            return word
        if cls == "t":
            return word if word[:1].isdigit() else title(word)  # "4:00_p.m.", "1990s"
        if cls == "u":
            return word.upper()
        return self.mixed.get(word, title(word))

    def context_features(self, w: str, p: str, n: str, start: bool, pc: str, pc2: str, n2: str) -> list[str]:
        """The features of ``w`` that depend on its neighbours and the previous decisions."""
        prior, cl = self.prior, self.cluster_bits
        return dynamic_features(
            w,
            p,
            n,
            start,
            pc,
            pc2,
            prior.get(w, "?"),
            prior.get(p, "?"),
            prior.get(n, "?"),
            cl(p),
            cl(n),
            prior.get(n2, "?"),
        )

    def _static_score(self, w: str) -> list[float]:
        cached = self._static.get(w)
        if cached is None:
            if len(self._static) > _STATIC_CACHE:
                self._static.clear()
            cached = self._static[w] = _score(
                self.weights, static_features(w, self.prior.get(w, "?"), self.cluster_bits(w))
            )
        return cached

    def _float_score(self, w: str, p: str, n: str, start: bool, pc: str, pc2: str, n2: str) -> list[float]:
        """A token's scores as floats, summed feature by feature in the order of the features (the
        reference the integer scores must agree with; used where two classes tie)."""
        sc = _score(self.weights, self.context_features(w, p, n, start, pc, pc2, n2))
        st = self._static_score(w)
        return [sc[0] + st[0], sc[1] + st[1], sc[2] + st[2], sc[3] + st[3]]

    def _role(self, w: str) -> _Role:
        """What the scores of a token read of one word type (:class:`_Role`): the features of the
        word's prior code, cluster and vowel mark (:meth:`_class_roles`, shared by every word with
        the same), of its suffix and shape, and the features that name the word, if the weights
        have any (:attr:`_PackedWeights.own`)."""
        roles = self._roles.get(w)
        if roles is not None:
            return roles
        if len(self._roles) > _ROLE_CACHE:
            self._roles.clear()
            self._class_cache.clear()
        prior_w = self.prior.get(w, "?")
        cl = self.cluster_bits(w)
        key = (prior_w, cl, _vowels(w))
        base = self._class_cache.get(key)
        if base is None:
            base = self._class_cache[key] = self._class_roles(*key)
        itself, before, after = base
        flat = self._flat.get
        extra = flat("s3=" + w[-3:], 0) + flat("sh=" + shape(w), 0) + _LANE_BIAS  # the bias once per token
        own = self._own.get(w)
        if own is None:
            itself = tuple([x + extra for x in itself])
        else:
            word, own_itself, own_before, own_after = own
            extra += word
            itself = tuple([x + extra + y for x, y in zip(itself, own_itself)])
            before = tuple([x + y for x, y in zip(before, own_before)])
            after += own_after
        wn, wn2, pw, c2, kpn, n2 = self._pair_tables
        k4 = cl[:4]
        roles = self._roles[w] = _Role(
            itself, before, after, k4, prior_w[:1], prior_w[:2], wn.get(w, _NO_PAIRS), wn2.get(w, _NO_PAIRS),
            pw.get(w, _NO_PAIRS), c2.get(w, _NO_PAIRS), kpn.get(k4, _NO_PAIRS), n2.get(w, _NO_PAIRS),
            len(w) > 1 and w not in _RULE_WORDS and w not in self._clear_mixed and w not in self.fixed
            and "-" not in w, w.upper() == w,
        )  # fmt: skip
        return roles

    def _class_roles(self, prior_w: str, cl: str, vowels: str) -> tuple[tuple[int, ...], tuple[int, ...], int]:
        """The role scores (:class:`_Role`) of the features of a prior code, a cluster path and the
        vowel mark."""
        get = self._flat.get
        static = (
            get("b", 0) + get("pr=" + prior_w, 0) + get("v=" + vowels + prior_w, 0) + get("k4=" + cl[:4], 0)
            + get("k8=" + cl[:8], 0) + get("k12=" + cl[:12], 0) + get("k4p=" + cl[:6] + prior_w, 0)
        )  # fmt: skip
        itself = tuple([
            static + get("st=" + st, 0) + get("prs=" + prior_w + st, 0) + get("prp=" + prior_w + pc, 0)
            + get("pc=" + pc, 0)
            for pc, st in zip(_PC_BY_SLOT, _START_BY_SLOT)
        ])  # fmt: skip
        by_pc = [get("kp=" + cl[:6] + pc, 0) + get("pp=" + prior_w + pc, 0) for pc in _PC]
        before = tuple([x for x in by_pc for _ in "01"])  # by slot, as itself: pass1 reads both by one index
        after = get("kn=" + cl[:6], 0) + get("np=" + prior_w, 0)
        return itself, before, after

    def compound(self, word: str, start: bool) -> str | None:
        """Hyphenated word cased part by part from the prior ("iran-backed" -> "Iran-backed",
        "pro-russian" -> "pro-Russian", "al-assad" -> "al-Assad"); None if a part has no letters."""
        parts = word.split("-")
        out: list[str] = []
        for k, part in enumerate(parts):
            if not part:
                out.append(part)
                continue
            if part.upper() == part:
                return None
            cls = self.lexicon.confident_case(part)
            if k == 0 and start and cls == "l":
                cls = "t"
            out.append(self.form(part, cls))
        return "-".join(out)

    def _preset(self, w: str, p: str, n: str, n2: str, has_after_next: bool, start: bool) -> tuple[str, str] | None:
        """Form and class of ``w`` when a token rule, the lexicon's clear mixed form, the
        fixed-word table or the parts of a hyphenated word decide it; None leaves it to the model."""
        rule = token_rule(w, p, n, has_after_next, n2)
        if rule is not None:
            if start and rule.islower() and n != "=":  # "& pgtype = homepage" stays lower
                rule = rule[:1].upper() + rule[1:]
            return rule, gold_class(rule) or "l"
        clear = self._clear_mixed.get(w)
        if clear is not None:
            return clear, "m"  # the lexicon's mixed form wins clearly: "NGOs", "SMEs", "McKay"
        fx = self.fixed.get(w)
        if fx is not None:
            cls = "t" if (start and fx == "l") else fx
            return self.form(w, cls), cls
        if "-" in w:
            key = (w, start)
            try:
                return self._compounds[key]
            except KeyError:
                composed = self.compound(w, start)
                found = None if composed is None else (composed, gold_class(composed) or "l")
                if len(self._compounds) >= _ROLE_CACHE:
                    self._compounds.clear()
                self._compounds[key] = found
                return found
        return None

    def pass1(
        self, toks: Sequence[str], flags: Sequence[bool], clit: Sequence[bool] | None
    ) -> tuple[list[str | None], dict[int, Lanes], list[str]]:
        """Greedy left to right (each decision is a feature of the next): the forms fixed by rules
        or tables (:meth:`_preset`), the model scores of the other tokens (exact integer tenths per
        class), and every token's class ("-" where neither decided), which the next two read.

        A score is the sum of the role scores of the word, the word before and the word after
        (:meth:`_role`) and of the six features of word pairs, all packed integers. The float sum
        of the same weights in feature order (:meth:`_float_score`, what the model was trained and
        first shipped with) is within 28 * 2**-53 * (the sum of their sizes) of the exact sum, far
        below the 1 tenth between two classes whose exact sums differ: the best class is the same,
        except where the best two tie exactly, and there the float sum decides as it always did."""
        n_tok = len(toks)
        classes = [_NONE] * n_tok
        forced: list[str | None] = [None] * n_tok
        scores: dict[int, Lanes] = {}
        known, role = self._roles.get, self._role  # the dict first: nearly every word is known
        padded = [_BOS, *toks, _EOS, _EOS]  # token i is padded[i + 1]: its neighbours need no bounds checks
        roles = [known(t) or role(t) for t in padded]
        slot = 0  # 2 * the previous decision's index in _PC: the slot of the role scores (+ start for itself)
        has_eq = "=" in toks
        last = n_tok - 1
        for i, w in enumerate(toks):
            rw = roles[i + 1]
            if rw.caseless or (clit is not None and clit[i]):
                slot = 0
                continue
            start = flags[i]
            p = padded[i]
            n = padded[i + 2]
            if not rw.plain or (has_eq and (n == "=" or p == "=")):
                preset = self._preset(w, p, n, padded[i + 3], i < last - 1, start)
                if preset is not None:
                    forced[i], pc = preset
                    classes[i] = pc
                    slot = _PC_SLOT[pc]
                    continue
            rp = roles[i]
            rn = roles[i + 2]
            rn2 = roles[i + 3]
            q = (
                rw.itself[slot + 1 if start else slot] + rp.before[slot] + rn.after
                + rn.n2.get(rn2.pr2, 0) + rp.kpn.get(rn.k4, 0) + rp.pw.get(w, 0) + rw.wn.get(n, 0)
            )  # fmt: skip
            if rw.wn2:
                by_class = rw.wn2.get(n)
                if by_class is not None:
                    q += by_class.get(rn2.pr1, 0)
            if rp.c2:
                by_class = rp.c2.get(classes[i - 2] if i > 1 else _NONE)
                if by_class is not None:
                    q += by_class.get(rw.pr1, 0)
            sc = scores[i] = _lanes((q ^ _LANE_BIAS).to_bytes(16, "little"))
            top = max(sc)
            if sc.count(top) == 1:
                best = sc.index(top)
            else:
                pc2 = classes[i - 2] if i > 1 else _NONE
                best = _argmax(self._float_score(w, p, n, start, _PC[slot >> 1], pc2, padded[i + 3]))
            if start and best == 0:
                best = 1
            classes[i] = CLASSES[best]
            slot = 2 * best + 2
        return forced, scores, classes

    def case_sentences(
        self,
        sents: Sequence[Sequence[str]],
        starts: Sequence[Sequence[bool]],
        clitic: Sequence[Sequence[bool]] | None = None,
        *,
        doc_consistency: bool = True,
    ) -> list[list[str]]:
        """Cased forms for lowercased tokens (one document, one list per sentence)."""
        out: list[list[str]] = []
        classes: list[list[str]] = []
        scored: list[tuple[int, int, Lanes]] = []
        for si, toks in enumerate(sents):
            forced, scores, cls = self.pass1(toks, starts[si], clitic[si] if clitic is not None else None)
            out.append([f if f is not None else t for f, t in zip(forced, toks)])
            classes.append(cls)
            scored.extend([(si, i, sc) for i, sc in scores.items()])
        self._decide(sents, starts, out, scored, self.doc_weight if doc_consistency else 0.0, classes)
        expand_acronyms(sents, starts, out, self.lexicon)
        self.name_rules.apply(sents, starts, out, self.lexicon)
        carry_names(sents, starts, out, self.lexicon)
        _rejoin_split_words(sents, starts, out, self.lexicon)
        if clitic is not None:
            for si, flags in enumerate(clitic):
                for i, is_clitic in enumerate(flags):
                    if is_clitic:
                        out[si][i] = sents[si][i]  # "s" of "russia s" stays lower whatever a rule said
        return out

    def _decide(
        self,
        sents: Sequence[Sequence[str]],
        starts: Sequence[Sequence[bool]],
        out: list[list[str]],
        scored: list[tuple[int, int, Lanes]],
        lam: float,
        classes: list[list[str]],
    ) -> None:
        """Final class of every scored token: its scores plus ``lam`` times the mean scores of the
        word's occurrences outside sentence starts in the document (document consistency).

        The sums of scores are exact integers, ``lam`` over a count a float. Where the best two
        classes come closer than the rounding error the same sums have in floats (bounded by
        :meth:`_float_tolerance`), the float scores of :meth:`_float_score`, added in document
        order, decide as they always did."""
        by_word: dict[str, list[int]] = {}
        counts: dict[str, int] = {}
        for si, i, sc in scored:
            if not starts[si][i]:
                w = sents[si][i]
                acc = by_word.get(w)
                if acc is None:
                    by_word[w] = list(sc)
                    counts[w] = 1
                else:
                    acc[0] += sc[0]
                    acc[1] += sc[1]
                    acc[2] += sc[2]
                    acc[3] += sc[3]
                    counts[w] += 1
        fallback = _FloatScores(self, sents, starts, classes, scored)
        tolerance = self._float_tolerance
        for si, i, sc in scored:
            w = sents[si][i]
            acc = by_word.get(w) if lam else None
            if acc is not None and counts[w] > 1:
                f = lam / counts[w]
                v = [sc[0] + f * acc[0], sc[1] + f * acc[1], sc[2] + f * acc[2], sc[3] + f * acc[3]]
                ranked = sorted(v)
                if ranked[3] - ranked[2] > tolerance(lam, counts[w]):
                    best = v.index(ranked[3])
                else:
                    best = _argmax(fallback.consistent(si, i, f))
            else:
                top = max(sc)
                best = sc.index(top) if sc.count(top) == 1 else _argmax(fallback.token(si, i))
            if best == 0 and not starts[si][i]:
                out[si][i] = w  # self.form(w, "l"), without the call: most tokens
            else:
                out[si][i] = self.form(w, CLASSES[max(best, 1) if starts[si][i] else best])  # "t" at least at a start

    def _float_tolerance(self, lam: float, count: int) -> float:
        """A bound, in tenths, on twice the distance between a document-consistent score computed
        from the exact integer sums and the same score computed in floats (:meth:`_float_score`):
        each weight is off by 2**-53 of its size, each of a token's 28 float additions and each of
        the ``count`` additions of the document sum by 2**-53 of what it adds up, and ``lam``
        over ``count`` times that sum by as much; the 62 and the factor 2 leave room to spare."""
        return self._score_bound * (62 * (1 + lam) + lam * count) * 2.0**-52


Lanes = tuple[int, int, int, int]
OwnScores = tuple[int, tuple[int, ...], tuple[int, ...], int]  # _Own's fields, frozen
_NO_PAIRS: dict[str, Any] = {}  # shared, never written


class _Role:
    """What the scores of a token read of one word type: packed scores of the features of the
    word alone as the token itself (``itself``, by slot ``2 * _PC.index(pc) + start``: the previous
    decision and the start flag; the lane bias is added here, once per token), as the word before
    a token (``before``, by the same slot, equal for both start flags) and as the word after it
    (``after``); the cluster prefix, prior class and code that pair
    features read; and the packed scores of the pair features in which it comes first, by the
    rest of their key (:attr:`_PackedWeights.pairs`)."""

    __slots__ = (
        "itself", "before", "after", "k4", "pr1", "pr2", "wn", "wn2", "pw", "c2", "kpn", "n2", "plain", "caseless"
    )  # fmt: skip

    def __init__(
        self,
        itself: tuple[int, ...],
        before: tuple[int, ...],
        after: int,
        k4: str,
        pr1: str,
        pr2: str,
        wn: dict[str, int],
        wn2: dict[str, dict[str, int]],
        pw: dict[str, int],
        c2: dict[str, dict[str, int]],
        kpn: dict[str, int],
        n2: dict[str, int],
        plain: bool,
        caseless: bool,
    ) -> None:
        self.itself, self.before, self.after = itself, before, after
        self.k4, self.pr1, self.pr2 = k4, pr1, pr2  # cluster prefix, prior class, prior code
        self.wn = wn  # "wn=" + this word + " " + the next word
        self.wn2 = wn2  # "wn2=" + this word + " " + the next + " " + prior class of the one after
        self.pw = pw  # "pw=" + this word as the previous + " " + the token
        self.c2 = c2  # "c2=" + the decision two back + this word as the previous + " " + the token's prior class
        self.kpn = kpn  # "kpn=" + this word's cluster prefix as the previous + " " + the next's
        self.n2 = n2  # "n2=" + this word as the next + " " + the prior code of the one after
        self.plain = plain  # no rule or table presets the word unless "=" is next to it (Truecaser._preset)
        self.caseless = caseless  # the word has no letter whose case can change (its upper case is itself)


_PAIRS = {"pw": 2, "wn": 2, "wn2": 3, "n2": 2, "kpn": 2, "c2": 2}  # pair feature -> parts of its name


class _Own:
    """Packed scores of the features that name one word: "w=" and "pcw=" + each previous decision
    (by slot of :attr:`_Role.itself`), "pcp=" + each previous decision and "p=" (by the previous
    decision, as the word before a token), "n=" (as the word after)."""

    __slots__ = ("word", "itself", "before", "after")

    def __init__(self) -> None:
        self.word = 0
        self.itself = [0] * len(_PC_BY_SLOT)
        self.before = [0] * len(_PC)
        self.after = 0


class _PackedWeights:
    """The weights as packed integer tenths (``sum(k_c << _LANE * c)`` over the four classes: the
    sum of packed ints is the packed sum), indexed the way :meth:`Truecaser.pass1` reads them:

    - ``own``: word -> the features that name the word alone, as :class:`_Own` holds them
      (``word``, ``itself``, ``before``, ``after``; a tuple; ``before`` by slot as ``itself``);
    - ``pairs``: the features of two words (or two codes) as nested tables keyed by the parts of
      their names ("pw=the bank" -> ``pairs["pw"]["the"]["bank"]``; "c2=" + decision + word + " " +
      class -> ``pairs["c2"][word][decision][class]``). Tokens hold no spaces, so a name with
      more parts than its feature's can never be built from tokens: it is left out;
    - ``flat``: every other feature by name (codes, clusters, suffix, shape, start, decision);
    - ``largest``: the largest weight in tenths.

    Raises ``ValueError`` when a weight is not a multiple of 0.1."""

    def __init__(self, weights: dict[str, list[float]]) -> None:
        self.flat: dict[str, int] = {}
        self._building: dict[str, _Own] = {}
        self.pairs: dict[str, dict[str, Any]] = {head: {} for head in _PAIRS}
        self.largest = 0
        for f, v in weights.items():
            self._add(f, self._pack(f, v))
        self.own: dict[str, OwnScores] = {
            w: (o.word, tuple(o.itself), tuple([x for x in o.before for _ in "01"]), o.after)
            for w, o in self._building.items()
        }
        del self._building

    @classmethod
    def from_tables(
        cls, flat: dict[str, int], own: dict[str, OwnScores], pairs: dict[str, dict[str, Any]], largest: int
    ) -> _PackedWeights:
        """The tables as :meth:`__init__` builds them, read back from a pack (:func:`write_pack`)."""
        packed = cls.__new__(cls)
        packed.flat, packed.own, packed.pairs, packed.largest = flat, own, pairs, largest
        return packed

    def _pack(self, f: str, v: list[float]) -> int:
        a, b, c, d = v  # one weight per class of CLASSES
        ka, kb, kc, kd = round(a * _SCALE), round(b * _SCALE), round(c * _SCALE), round(d * _SCALE)
        if ka / _SCALE != a or kb / _SCALE != b or kc / _SCALE != c or kd / _SCALE != d:
            raise ValueError(
                f"E207 truecaser weights {f!r} = {v!r} are not multiples of 0.1; "
                "rebuild the model with scripts/build_truecaser.py"
            )
        self.largest = max(self.largest, abs(ka), abs(kb), abs(kc), abs(kd))
        return ka + (kb << _LANE) + (kc << 2 * _LANE) + (kd << 3 * _LANE)

    def _add(self, f: str, x: int) -> None:
        head, _, value = f.partition("=")
        if head in ("w", "p", "n", "pcw", "pcp"):
            pci = 0
            if head in ("pcw", "pcp"):
                pci = _PC_INDEX.get(value[:1], -1)
                value = value[1:]
                if pci < 0:
                    return  # no decision of that name: never built
            own = self._building.get(value)
            if own is None:
                own = self._building[value] = _Own()
            if head == "w":
                own.word += x
            elif head == "pcw":
                own.itself[2 * pci] += x
                own.itself[2 * pci + 1] += x
            elif head == "pcp":
                own.before[pci] += x
            elif head == "p":
                own.before = [y + x for y in own.before]
            else:
                own.after += x
            return
        size = _PAIRS.get(head)
        if size is None:
            self.flat[f] = x
            return
        parts = value.split(" ")
        if head == "c2":  # the decision two back is glued to the word: "c2=" + "t" + "bank" + " " + "l"
            parts = [parts[0][1:], parts[0][:1], *parts[1:]]
            size += 1
        if len(parts) != size or not all(parts):
            return
        node = self.pairs[head]
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = x


class _FloatScores:
    """The float scores of scored tokens of one document (:meth:`Truecaser._float_score`), made
    only where :meth:`Truecaser._decide` needs them to settle a tie."""

    def __init__(
        self,
        model: Truecaser,
        sents: Sequence[Sequence[str]],
        starts: Sequence[Sequence[bool]],
        classes: list[list[str]],
        scored: list[tuple[int, int, Lanes]],
    ) -> None:
        self.model = model
        self.sents = sents
        self.starts = starts
        self.classes = classes
        self.scored = scored
        self._sums: dict[str, list[float]] = {}

    def token(self, si: int, i: int) -> list[float]:
        """The float scores of token ``i`` of sentence ``si``, as :meth:`Truecaser.pass1` saw it."""
        toks, cls = self.sents[si], self.classes[si]
        last = len(toks) - 1
        return self.model._float_score(
            toks[i],
            toks[i - 1] if i > 0 else _BOS,
            toks[i + 1] if i < last else _EOS,
            self.starts[si][i],
            cls[i - 1] if i > 0 else _NONE,
            cls[i - 2] if i > 1 else _NONE,
            toks[i + 2] if i < last - 1 else _EOS,
        )

    def consistent(self, si: int, i: int, f: float) -> list[float]:
        """The token's float scores plus ``f`` times the float sum of its word's scores outside
        sentence starts, added in document order."""
        w = self.sents[si][i]
        acc = self._sums.get(w)
        if acc is None:
            for sj, j, _ in self.scored:
                if self.sents[sj][j] == w and not self.starts[sj][j]:
                    sc = self.token(sj, j)
                    if acc is None:
                        acc = list(sc)
                    else:
                        for k in range(4):
                            acc[k] += sc[k]
            if acc is None:
                raise AssertionError(f"no document sum for {w!r}: _decide asks only for words it summed")
            self._sums[w] = acc
        sc = self.token(si, i)
        return [sc[0] + f * acc[0], sc[1] + f * acc[1], sc[2] + f * acc[2], sc[3] + f * acc[3]]


def _split_letter(tok: str) -> bool:
    """A lone non-ASCII letter ("ā" of "m ā ori"): some tokenizers split words there."""
    return len(tok) == 1 and tok.isalpha() and not tok.isascii()


def _rejoin_split_words(
    sents: Sequence[Sequence[str]], starts: Sequence[Sequence[bool]], out: list[list[str]], prior: Prior
) -> None:
    """Words split at a non-ASCII letter ("m ā ori" for "māori", "ulu ṟ u") are cased as one
    word: the first piece takes the whole word's case from the prior, the pieces after it stay
    lower-case (a word is never capitalized in its middle)."""
    for si, toks in enumerate(sents):
        row = out[si]
        for i in range(1, len(toks) - 1):
            if not _split_letter(toks[i]) or not toks[i - 1].isalpha() or not toks[i + 1].isalpha():
                continue
            code = prior.get(toks[i - 1] + toks[i] + toks[i + 1])
            row[i] = toks[i]
            if code is not None:
                cls = code.confident_case
                if cls == "l" and starts[si][i - 1]:
                    cls = "t"
                if cls == "u":
                    continue
                row[i - 1] = title(toks[i - 1]) if cls != "l" else toks[i - 1]
                row[i + 1] = toks[i + 1]
            elif len(toks[i + 1]) <= _SPLIT_TAIL:
                row[i + 1] = toks[i + 1]


def _argmax(sc: list[float]) -> int:
    best = 0
    top = sc[0]
    for k in (1, 2, 3):
        if sc[k] > top:
            best, top = k, sc[k]
    return best


def _score(weights: dict[str, list[float]], feats: Iterable[str]) -> list[float]:
    a = b = c = d = 0.0
    get = weights.get
    for f in feats:
        v = get(f)
        if v is not None:
            a += v[0]
            b += v[1]
            c += v[2]
            d += v[3]
    return [a, b, c, d]


# --- the pack: the tables the loader builds, written once -----------------------------------------
PACK_FORMAT = 1
_PACK_MAGIC = b"wirelake truecaser pack\n"
_MARSHAL_VERSION = 2  # no back-references: the same tables give the same bytes
_SEP = "\n"  # joins the words of a table into one string (no table word holds a line break)


def pack_path(model_path: Path) -> Path:
    """Where the pack of a model file lives: ``truecaser.v1.json.gz`` -> ``truecaser.v1.pack``."""
    name = model_path.name
    stem = name[: -len(".json.gz")] if name.endswith(".json.gz") else name
    return model_path.with_name(stem + ".pack")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _joined(table: str, words: Collection[str]) -> str:
    """The words joined by :data:`_SEP`; ``ValueError`` if one holds it (it could not be split back)."""
    bad = next((w for w in words if _SEP in w or not w), None)
    if bad is not None:
        raise ValueError(f"E208 truecaser {table} word {bad!r} is empty or holds a line break: it cannot be packed")
    return _SEP.join(words)


def _column(index: dict[str, int], rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    """Words and prior codes as a joined string and a byte per word (the code's index)."""
    return _joined("prior", [w for w, _ in rows]), bytes([index[c] for _, c in rows])


def _split(joined: str) -> list[str]:
    return joined.split(_SEP) if joined else []


def write_pack(model_path: Path, out: Path | None = None) -> Path:
    """Write the pack of a model file (default: :func:`pack_path`); see :func:`pack_bytes`."""
    out = out if out is not None else pack_path(model_path)
    with gzip.open(model_path, "rt", encoding="utf-8") as fh:
        model = Truecaser(json.load(fh))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(pack_bytes(model, model_path))
    tmp.replace(out)
    return out


def pack_bytes(model: Truecaser, model_path: Path) -> bytes:
    """The pack of a model read from the JSON file ``model_path``: the tables the loader builds
    from the JSON (the prior, fixed, mixed and cluster tables, the clear mixed forms and the packed
    integer weights of :class:`_PackedWeights`), stored so that reading them back takes a fraction
    of parsing the JSON and packing its weights, and the SHA-256 of the JSON file.

    Layout: the line ``wirelake truecaser pack``, a line of JSON (``format``, the model
    ``version``, ``source``: the JSON file's name, ``source_sha256``), then a zlib stream of one
    :mod:`marshal` (format 2: no back-references, so the same tables give the same bytes) dict of
    plain str / int / float / bytes / tuple / dict values. The word tables are stored sorted by
    word, as one string of the words joined by line breaks and their values: the prior as its
    distinct codes and two columns of words with one byte per word (the code's index), the common
    words (those with a cluster or named by a weight) and the rest, which :class:`_SortedTable`
    reads without building a dict; clusters as a tuple of ints; mixed forms as a second joined
    string (a :class:`_SortedTable` too)."""
    codes = sorted(set(model.prior.values()))
    if len(codes) > 256:
        raise ValueError(f"E208 truecaser prior has {len(codes)} distinct codes; a pack stores at most 256")
    index = {c: k for k, c in enumerate(codes)}
    prior, clusters, mixed = sorted(model.prior.items()), sorted(model.clusters.items()), sorted(model.mixed.items())
    # The prior's common words, read into a dict: those with a cluster or named by a weight
    # (nearly all the words of news text that the prior knows); the rest stay a sorted list.
    common = set(model.clusters).union(model._own, *model._pair_tables[:4], model._pair_tables[5])
    tables = {
        "doc_weight": model.doc_weight,
        "prior": (
            tuple(codes),
            *_column(index, [(w, c) for w, c in prior if w in common]),
            *_column(index, [(w, c) for w, c in prior if w not in common]),
        ),
        "clusters": (_joined("clusters", [w for w, _ in clusters]), tuple([c for _, c in clusters])),
        "mixed": (_joined("mixed", [w for w, _ in mixed]), _joined("mixed form", [f for _, f in mixed])),
        "fixed": model.fixed,
        "clear_mixed": model._clear_mixed,
        "flat": model._flat,
        "own": model._own,
        "pairs": dict(zip(_PAIR_HEADS, model._pair_tables)),
        "largest": model._score_bound // _FEATURES_PER_TOKEN,
    }
    header = {"format": PACK_FORMAT, "version": MODEL_VERSION, "source": model_path.name,
              "source_sha256": _sha256(model_path)}  # fmt: skip
    payload = zlib.compress(marshal.dumps(tables, _MARSHAL_VERSION), 6)  # 9: 1 % smaller, 4 x slower
    return _PACK_MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload


def read_pack(model_path: Path) -> dict[str, Any] | None:
    """The tables of a model's pack (:func:`write_pack`), decoded; ``None`` when there is no pack,
    or it was made from another file than ``model_path`` (logged: rebuild it) or in another format."""
    path = pack_path(model_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    end = raw.find(b"\n", len(_PACK_MAGIC))
    try:
        header = json.loads(raw[len(_PACK_MAGIC) : end]) if raw.startswith(_PACK_MAGIC) and end > 0 else None
    except ValueError:
        header = None
    if not isinstance(header, dict):
        raise ValueError(f"E209 {path} is not a truecaser pack; rebuild it with scripts/build_truecaser.py --pack")
    if header.get("format") != PACK_FORMAT or header.get("version") != MODEL_VERSION:
        log.warning("truecaser pack %s has format %r, version %r (expected %r, %r): reading the JSON model instead; "
                    "rebuild it with scripts/build_truecaser.py --pack", path, header.get("format"),
                    header.get("version"), PACK_FORMAT, MODEL_VERSION)  # fmt: skip
        return None
    if header.get("source_sha256") != _sha256(model_path):
        log.warning("truecaser pack %s was made from another %s: reading the JSON model instead; "
                    "rebuild it with scripts/build_truecaser.py --pack", path, model_path.name)  # fmt: skip
        return None
    # A pack ships inside the package like the code that reads it (marshal holds data, runs nothing).
    try:
        tables: dict[str, Any] = marshal.loads(zlib.decompress(raw[end + 1 :]))  # noqa: S302
    except (zlib.error, EOFError, ValueError, TypeError) as exc:
        raise ValueError(f"E209 truecaser pack {path} is damaged ({exc}); "
                         "rebuild it with scripts/build_truecaser.py --pack") from exc  # fmt: skip
    codes, common, common_index, words, index = tables["prior"]
    tables["prior"] = _SortedTable(_split(words), index, codes, dict(zip(_split(common), map(codes.__getitem__, common_index))))
    words, values = tables["clusters"]
    tables["clusters"] = dict(zip(_split(words), values))
    words, forms = tables["mixed"]
    tables["mixed"] = _SortedTable(_split(words), _split(forms))
    return tables


_V = TypeVar("_V")
_SEEN_CACHE = 100_000  # words whose value a table keeps (cleared when full)


class _SortedTable(Mapping[str, _V]):
    """A read-only word table of a pack: a dict of its ``common`` words, and the other words
    sorted, looked up by bisection. A dict of all 630,000 words of the prior would take longer to
    build than the rest of the model to read; the common words (about 90,000) are nearly all those
    that news text brings, and pass1 reads the prior once per word type; the other words looked up
    are kept in a bounded dict, for the name rules that read some of them per token. ``words``
    are in ascending order (as :func:`pack_bytes` writes them); ``values[i]`` is the value of
    ``words[i]`` or, with ``codes``, the index of its value there. Iteration gives the common
    words, then the others."""

    __slots__ = ("_words", "_values", "_codes", "_seen", "_common")

    def __init__(
        self,
        words: list[str],
        values: Sequence[Any],
        codes: Sequence[_V] | None = None,
        common: dict[str, _V] | None = None,
    ) -> None:
        if len(words) != len(values):
            raise ValueError(f"E209 truecaser pack table of {len(words)} words has {len(values)} values")
        # Tuples, not lists: the garbage collector stops visiting a tuple of strings once it has seen
        # it, but would walk a list of 536,000 words at every full collection.
        self._words = tuple(words)
        self._values: Sequence[Any] = values if isinstance(values, bytes | tuple) else tuple(values)
        self._codes = codes
        self._common: dict[str, _V] = common if common is not None else {}
        self._seen: dict[str, _V | None] = {}  # the other words looked up (None: not in the table), bounded

    def get(self, key: str, default: Any = None) -> Any:  # noqa: ANN401 (Mapping.get's own signature)
        value = self._common.get(key)
        if value is not None:
            return value
        seen = self._seen
        if key in seen:
            value = seen[key]
        else:
            words = self._words
            i = bisect_left(words, key)
            if i < len(words) and words[i] == key:
                codes = self._codes
                value = self._values[i] if codes is None else codes[self._values[i]]
            if len(seen) >= _SEEN_CACHE:
                seen.clear()
            seen[key] = value
        return default if value is None else value

    def __getitem__(self, key: str) -> _V:
        value: _V | None = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return itertools.chain(self._common, self._words)

    def __len__(self) -> int:
        return len(self._common) + len(self._words)


@lru_cache(maxsize=1)
def get_truecaser() -> Truecaser:
    """The shipped truecaser, loaded on first use and cached for the process."""
    path = DATA_DIR / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(f"E202 truecaser data missing at {path}; rebuild it with scripts/build_truecaser.py")
    return Truecaser.from_path(path)
