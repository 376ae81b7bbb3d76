"""Truecaser: an averaged-perceptron tagger choosing each lowercased token's case.

Classes: ``l`` lower, ``t`` first letter upper, ``u`` all upper, ``m`` a stored mixed form
("McDonald"). Features: the word, its neighbours, a suffix, the shape, the sentence position,
the previous decision, and a prior bucket from a cased unigram table; the weights are the
average of eight perceptrons trained with different seeds. Token rules (:func:`token_rule`)
decide first; frequent words whose case never varies in the training data skip the model, and
so do words whose mixed form the lexicon prefers by a clear margin ("NGOs"). Occurrences of a
word in one document share evidence (document consistency); then names spelled out before an
acronym and the phrase-level name rules (:mod:`pipeline.text.names`) capitalize whole names.
The model is a JSON table shipped in ``pipeline/text/data``, loaded lazily once per process.
"""

from __future__ import annotations

import copy
import gzip
import json
import shutil
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.text import lexicon
from pipeline.text.acronyms import expand_acronyms
from pipeline.text.lexicon import Prior
from pipeline.text.names import SWITCHES, NameRules
from pipeline.text.tokens import APOSTROPHES, WEB_DOMAINS, title

DATA_DIR = lexicon.DATA_DIR
MODEL_FILE = "truecaser.v1.json.gz"
MODEL_VERSION = 1
CLASSES = ("l", "t", "u", "m")
_BOS = "<s>"
_EOS = "</s>"
_NONE = "-"
_STATIC_CACHE = 200_000
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
    return "0" if word.isalpha() and not any(c in _VOWELS for c in word) else "1"


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


def token_rule(w: str, p: str, n: str, has_after_next: bool, n2: str = _EOS) -> str | None:
    """Hand rules that beat the statistics, from the word ``w``, the previous and next words
    ``p`` / ``n`` and the one after (``n2``): initials, the country "US", "May", "No. 5", "°C",
    currency abbreviations, units and decades after numbers, "Xi Jinping", web domains, numbered
    provisions ("Section 98"), "COP 27", platform and company names, "d'Arc", "a protest march".
    One function, not a table: it runs for nearly every token, and in this order the common words
    fail fast."""
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
        self.data = data
        self.weights: dict[str, list[float]] = data["weights"]
        self.prior: dict[str, str] = data["prior"]  # word -> raw prior code (the features use it as is)
        self.lexicon = Prior(self.prior)  # the same codes, decoded
        self.fixed: dict[str, str] = data["fixed"]
        self.mixed: dict[str, str] = data["mixed"]
        self.doc_weight: float = float(data.get("doc_weight", 0.0))
        self.clusters: dict[str, int] = data.get("clusters", {})
        self.name_rules = NameRules(name_rules)
        self._clear_mixed = self._clear_mixed_forms()
        self._static: dict[str, list[float]] = {}
        self.source: Path | None = None

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
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            model = cls(json.load(fh))
        model.source = path
        return model

    def to_path(self, path: Path, *, compresslevel: int = 9) -> None:
        """Write the model; a model read from a file is copied byte for byte."""
        if self.source is not None and self.source.exists():
            shutil.copyfile(self.source, path)
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
            composed = self.compound(w, start)
            if composed is not None:
                return composed, gold_class(composed) or "l"
        return None

    def pass1(
        self, toks: Sequence[str], flags: Sequence[bool], clit: Sequence[bool] | None
    ) -> tuple[list[str | None], dict[int, list[float]]]:
        """Greedy left to right (each decision is a feature of the next): the forms fixed by rules
        or tables (:meth:`_preset`), and the model scores of the other tokens."""
        classes = [_NONE] * len(toks)
        forced: list[str | None] = [None] * len(toks)
        scores: dict[int, list[float]] = {}
        pc = _NONE
        last = len(toks) - 1
        for i, w in enumerate(toks):
            if (clit is not None and clit[i]) or w.upper() == w:
                pc = _NONE
                continue
            start = flags[i]
            p = toks[i - 1] if i > 0 else _BOS
            n = toks[i + 1] if i < last else _EOS
            n2 = toks[i + 2] if i < last - 1 else _EOS
            preset = self._preset(w, p, n, n2, i < last - 1, start)
            if preset is not None:
                forced[i], pc = preset
                classes[i] = pc
                continue
            pc2 = classes[i - 2] if i > 1 else _NONE
            sc = _score(self.weights, self.context_features(w, p, n, start, pc, pc2, n2))
            st = self._static_score(w)
            sc = [sc[0] + st[0], sc[1] + st[1], sc[2] + st[2], sc[3] + st[3]]
            scores[i] = sc
            best = _argmax(sc)
            if start and best == 0:
                best = 1
            pc = classes[i] = CLASSES[best]
        return forced, scores

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
        scored: list[tuple[int, int, list[float]]] = []
        for si, toks in enumerate(sents):
            forced, scores = self.pass1(toks, starts[si], clitic[si] if clitic is not None else None)
            out.append([f if f is not None else t for f, t in zip(forced, toks)])
            scored.extend([(si, i, sc) for i, sc in scores.items()])
        self._decide(sents, starts, out, scored, self.doc_weight if doc_consistency else 0.0)
        expand_acronyms(sents, starts, out, self.lexicon)
        self.name_rules.apply(sents, starts, out, self.lexicon)
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
        scored: list[tuple[int, int, list[float]]],
        lam: float,
    ) -> None:
        """Final class of every scored token: its scores plus ``lam`` times the mean scores of the
        word's occurrences outside sentence starts in the document (document consistency)."""
        by_word: dict[str, list[float]] = {}
        counts: dict[str, int] = {}
        for si, i, sc in scored:
            w = sents[si][i]
            if not starts[si][i]:
                acc = by_word.get(w)
                if acc is None:
                    by_word[w] = list(sc)
                    counts[w] = 1
                else:
                    for k in range(4):
                        acc[k] += sc[k]
                    counts[w] += 1
        for si, i, sc in scored:
            w = sents[si][i]
            if lam:
                acc = by_word.get(w)
                if acc is not None and counts[w] > 1:
                    f = lam / counts[w]
                    sc = [sc[0] + f * acc[0], sc[1] + f * acc[1], sc[2] + f * acc[2], sc[3] + f * acc[3]]
            best = _argmax(sc)
            if starts[si][i] and best == 0:
                best = 1
            out[si][i] = self.form(w, CLASSES[best])


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


@lru_cache(maxsize=1)
def get_truecaser() -> Truecaser:
    """The shipped truecaser, loaded on first use and cached for the process."""
    path = DATA_DIR / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(f"E202 truecaser data missing at {path}; rebuild it with scripts/build_truecaser.py")
    return Truecaser.from_path(path)
