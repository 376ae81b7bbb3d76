"""Truecaser: an averaged-perceptron tagger choosing each lowercased token's case.

Classes: ``l`` lower, ``t`` first letter upper, ``u`` all upper, ``m`` a stored mixed form
("McDonald"). Features: the word, its neighbours, a suffix, the shape, the sentence position,
the previous decision, and a prior bucket from a cased unigram table; the weights are the
average of eight perceptrons trained with different seeds. Frequent words whose case never
varies in the training data skip the model, and so do words whose mixed form the lexicon
prefers by a clear margin ("NGOs"). Occurrences of a word in one document share
evidence (document consistency). The model is a JSON table shipped in ``pipeline/text/data``,
loaded lazily once per process; :class:`TruecaserComponent` wraps it as the spaCy component
``"wirelake_truecaser_v1"``.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.text.names import GLUE, apply_name_rules
from pipeline.text.normalize import _APOSTROPHES, WEB_DOMAINS

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = "truecaser.v1.json.gz"
MODEL_VERSION = 1
# spaCy forbids "." in factory names, so the versioned name uses underscores.
FACTORY = "wirelake_truecaser_v1"
CLASSES = ("l", "t", "u", "m")
_BOS = "<s>"
_EOS = "</s>"
_NONE = "-"
_STATIC_CACHE = 200_000


def title(word: str) -> str:
    """First letter upper-cased, the rest unchanged."""
    for i, c in enumerate(word):
        if c.isalpha():
            return word[:i] + c.upper() + word[i + 1 :]
    return word


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
    n2: str = _EOS,
    prior_n2: str = "?",
) -> list[str]:
    """Features of the word in its context."""
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


WORD_FEATURES = ("w=", "pw=", "wn=", "pcw=", "wn2=")


class Truecaser:
    """Predicts the case of lowercased tokens, sentence by sentence, with document consistency."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("version") != MODEL_VERSION:
            raise ValueError(f"E201 truecaser data version {data.get('version')!r}, expected {MODEL_VERSION}")
        self.data = data
        self.weights: dict[str, list[float]] = data["weights"]
        self.prior: dict[str, str] = data["prior"]
        self.fixed: dict[str, str] = data["fixed"]
        self.mixed: dict[str, str] = data["mixed"]
        self.doc_weight: float = float(data.get("doc_weight", 0.0))
        self.clusters: dict[str, int] = data.get("clusters", {})
        self._static: dict[str, list[float]] = {}
        self.name_rules = True  # phrase-level name rules (names.py); off only for measuring
        self.source: Path | None = None

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
        return dynamic_features(w, p, n, start, pc, pc2, prior.get(w, "?"), prior.get(p, "?"), prior.get(n, "?"),
                                cl(p), cl(n), n2, prior.get(n2, "?"))

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
            code = self.prior.get(part, "l0")
            cls = code[0] if code[0] in "tum" and code[1:] not in ("0", "r") else "l"
            if k == 0 and start and cls == "l":
                cls = "t"
            out.append(self.form(part, cls))
        return "-".join(out)

    def pass1(
        self, toks: Sequence[str], flags: Sequence[bool], clit: Sequence[bool] | None
    ) -> tuple[list[str], list[str | None], dict[int, list[float]]]:
        """Greedy left-to-right classes ("-" = no letters or clitic), forms fixed by rules or
        the fixed-word table, and the model scores of the other tokens."""
        fixed = self.fixed
        weights = self.weights
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
            rule = _rule(w, p, n, i < last - 1, n2)
            if rule is not None:
                if start and rule.islower() and n != "=":  # "& pgtype = homepage" stays lower
                    rule = rule[:1].upper() + rule[1:]
                forced[i] = rule
                pc = classes[i] = gold_class(rule) or "l"
                continue
            code = self.prior.get(w, "")
            if code[:1] == "m" and code[1:] in _STRONG_MARGINS and w in self.mixed and w.isalpha():
                forced[i] = self.mixed[w]  # the lexicon's mixed form wins clearly: "NGOs", "SMEs", "McKay"
                pc = classes[i] = "m"
                continue
            fx = fixed.get(w)
            if fx is not None:
                pc = classes[i] = "t" if (start and fx == "l") else fx
                forced[i] = self.form(w, pc)
                continue
            if "-" in w:
                composed = self.compound(w, start)
                if composed is not None:
                    forced[i] = composed
                    pc = classes[i] = gold_class(composed) or "l"
                    continue
            pc2 = classes[i - 2] if i > 1 else _NONE
            sc = _score(weights, self.context_features(w, p, n, start, pc, pc2, n2))
            st = self._static_score(w)
            sc = [sc[0] + st[0], sc[1] + st[1], sc[2] + st[2], sc[3] + st[3]]
            scores[i] = sc
            best = _argmax(sc)
            if start and best == 0:
                best = 1
            pc = classes[i] = CLASSES[best]
        return classes, forced, scores

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
        scored: list[tuple[int, int, str, list[float], bool]] = []
        by_word: dict[str, list[float]] = {}
        counts: dict[str, int] = {}
        for si, toks in enumerate(sents):
            flags = starts[si]
            clit = clitic[si] if clitic is not None else None
            classes, forced, scores = self.pass1(toks, flags, clit)
            row = [f if f is not None else t for f, t in zip(forced, toks)]
            for i, sc in scores.items():
                w = toks[i]
                scored.append((si, i, w, sc, flags[i]))
                if not flags[i]:
                    acc = by_word.get(w)
                    if acc is None:
                        by_word[w] = list(sc)
                        counts[w] = 1
                    else:
                        for k in range(4):
                            acc[k] += sc[k]
                        counts[w] += 1
            out.append(row)
        lam = self.doc_weight if doc_consistency else 0.0
        for si, i, w, sc, start in scored:
            if lam:
                acc = by_word.get(w)
                if acc is not None and counts[w] > 1:
                    f = lam / counts[w]
                    sc = [sc[0] + f * acc[0], sc[1] + f * acc[1], sc[2] + f * acc[2], sc[3] + f * acc[3]]
            best = _argmax(sc)
            if start and best == 0:
                best = 1
            out[si][i] = self.form(w, CLASSES[best])
        _expand_acronyms(sents, starts, out, self.prior)
        if self.name_rules:
            apply_name_rules(sents, starts, out, self.prior)
        _rejoin_split_words(sents, starts, out, self.prior, self.form)
        if clitic is not None:
            for si, flags in enumerate(clitic):
                for i, is_clitic in enumerate(flags):
                    if is_clitic:
                        out[si][i] = sents[si][i]  # "s" of "russia s" stays lower whatever a rule said
        return out


_NAME_GLUE = GLUE | frozenset({"with", "by"})  # function words an acronym may skip
_ACRONYM_MAX = 8


_ACRONYM_SKIP = frozenset({"-", "'s", "'", "\u2019s", "\u2019", "&"})
_ACRONYM_SPAN = 14  # words before "(" searched for the expansion


def _acronym_phrase(toks: Sequence[str], i: int) -> list[int] | None:
    """Indexes of the words before ``( acr )`` at ``i`` that spell it, else None.

    Each content word gives the acronym its first one to three letters ("national union of
    women with disabilities of uganda ( nuwodu )"), function words (*of, for, the, and ...*) give
    their initial or nothing ("un convention on the law of the sea ( unclos )"), hyphens, "'s"
    and the second half of a hyphenated word give nothing ("un high commissioner for refugees ( unhcr )",
    "yukon environmental and socio - economic assessment board ( yesab )"). Every content word
    between the first matched word and the bracket must contribute.
    """
    acr = toks[i]
    if not (2 <= len(acr) <= _ACRONYM_MAX and acr.isalpha()):
        return None
    lo = max(0, i - 1 - _ACRONYM_SPAN)
    seen: set[tuple[int, int]] = set()

    def match(j: int, k: int) -> list[int] | None:
        """Words from ``j`` backwards that spell ``acr[:k]``; [] when k == 0."""
        if k == 0:
            return []
        if j < lo or (j, k) in seen:
            return None
        seen.add((j, k))
        w = toks[j]
        if w in _ACRONYM_SKIP:
            return match(j - 1, k)
        if not w.replace("-", "").isalpha():
            return None
        optional = w in _NAME_GLUE or (j > 0 and toks[j - 1] == "-")
        if len(acr) == 2 and not optional:
            longest = 1  # two letters: the initials of two words, nothing looser
        else:
            longest = min(3, k, len(w))
        for m in range(longest, 0, -1):
            if w[:m] == acr[k - m : k]:
                rest = match(j - 1, k - m)
                if rest is not None:
                    return [j, *rest]
        if optional:
            rest = match(j - 1, k)
            if rest is not None and rest:
                return rest if w in _NAME_GLUE else [j, *rest]
        return None

    picked = match(i - 2, len(acr))
    if not picked:
        return None
    first = min(picked)
    if toks[first] in _NAME_GLUE:
        return None
    content = [j for j in range(first, i - 1) if toks[j] not in _NAME_GLUE and toks[j] not in _ACRONYM_SKIP]
    return content if len(content) >= 2 or len(acr) <= 2 else None


def _expand_acronyms(
    sents: Sequence[Sequence[str]], starts: Sequence[Sequence[bool]], out: list[list[str]], prior: dict[str, str]
) -> None:
    """A name followed by its acronym in brackets is a proper name: Title-case its words and
    upper-case the acronym, in this sentence and wherever the same phrase or acronym recurs."""
    phrases: dict[tuple[str, ...], int] = {}
    acronyms: set[str] = set()
    for toks in sents:
        for i in range(2, len(toks) - 1):
            if toks[i - 1] == "(" and toks[i + 1] == ")":
                picked = _acronym_phrase(toks, i)
                if picked:
                    first, last = min(picked), max(picked)
                    phrases[tuple(toks[first : last + 1])] = last - first + 1
                    acronyms.add(toks[i])
    if not phrases:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    for si, toks in enumerate(sents):
        row = out[si]
        for i, w in enumerate(toks):
            if w in acronyms and ((0 < i < len(toks) - 1 and toks[i - 1] == "(") or prior.get(w, "?")[:1] != "l"):
                row[i] = w.upper()
            for phrase in by_first.get(w, ()):
                n = len(phrase)
                if tuple(toks[i : i + n]) == phrase:
                    for k in range(i, i + n):
                        t = toks[k]
                        if t in _ACRONYM_SKIP or not t[:1].isalpha() or row[k] != t.lower() and row[k] != title(t):
                            continue  # "'s", "-", and words already upper-case ("UN")
                        if t not in _NAME_GLUE or (k == i and starts[si][k]):
                            row[k] = title(t)


def _split_letter(tok: str) -> bool:
    """A lone non-ASCII letter ("ā" of "m ā ori"): some tokenizers split words there."""
    return len(tok) == 1 and tok.isalpha() and not tok.isascii()


def _rejoin_split_words(
    sents: Sequence[Sequence[str]],
    starts: Sequence[Sequence[bool]],
    out: list[list[str]],
    prior: dict[str, str],
    form: Any,
) -> None:
    """Words split at a non-ASCII letter ("m ā ori" for "māori", "ulu ṟ u") are cased as one
    word: the first piece takes the whole word's case from the prior, the pieces after it stay
    lower-case (a word is never capitalized in its middle)."""
    for si, toks in enumerate(sents):
        n = len(toks)
        row = out[si]
        for i in range(1, n - 1):
            if not _split_letter(toks[i]) or not toks[i - 1].isalpha() or not toks[i + 1].isalpha():
                continue
            whole = toks[i - 1] + toks[i] + toks[i + 1]
            code = prior.get(whole)
            row[i] = toks[i]
            if code is not None:
                cls = code[0] if code[0] in "tum" and code[1:] not in ("0", "r") else "l"
                if cls == "l" and starts[si][i - 1]:
                    cls = "t"
                if cls == "u":
                    continue
                row[i - 1] = form(toks[i - 1], "t" if cls != "l" else "l")
                row[i + 1] = toks[i + 1]
            elif len(toks[i + 1]) <= _SPLIT_TAIL:
                row[i + 1] = toks[i + 1]


_SPLIT_TAIL = 3


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


# "us" is the country after an article or before these words (never the pronoun there).
_US_NEXT = frozenset(
    "$ - dollar dollars president government military army officials official forces embassy troops "
    "senate congress administration secretary navy economy sanctions envoy ambassador treasury "
    "federal presidential defence defense intelligence firm firms company companies election "
    "state department authorities citizens lawmakers diplomats envoys allies ally policy interest investment "
    "investments media intervention legislation diplomacy embargo market markets trade tariffs".split()
)


# Platforms and companies named in current news whose spelling the 1996 training text and the
# lexicon prior (which has "twitter", "youtube" mostly lower-case, as typed in web comments, and
# "atm" as chat slang) lack.
BRANDS = {
    w.lower(): w
    for w in (
        "Twitter Facebook Instagram WhatsApp YouTube TikTok LinkedIn WeChat Weibo Snapchat Google "
        "Netflix Spotify PayPal iPhone iPhones iPad ByteDance Huawei Alibaba Tencent Uber Airbnb "
        "Microsoft Samsung ATM ATMs"
    ).split()
}
_NUMBERED_PROVISIONS = frozenset("act article section chapter regulation resolution schedule".split())
_STRONG_MARGINS = frozenset("567")  # prior buckets whose margin is clear
_MARCH_NOUN_BEFORE = frozenset("a protest planned peaceful solidarity".split())
_DEGREE = frozenset({"\u00b0", "\u00ba"})
_MONTH_BEFORE = frozenset("in since until of on by last next early late mid through from".split())
_MODAL_NEXT = frozenset(
    "be have not also well still never only soon help need want make take lead face get come go "
    "seek try continue cause affect ask decide find use".split()
)


# Currency abbreviations written in Title case before an amount: rupee, dirham, taka.
_CURRENCY_ABBR = frozenset({"rs", "dh", "tk"})
# Units written lower-case after a number: "34.5 sec", "3 min", "1 hr".
_UNIT_AFTER_NUMBER = frozenset({"sec", "min", "hr", "hrs", "bn"})


def _rule(w: str, p: str, n: str, has_after_next: bool, n2: str = _EOS) -> str | None:
    """Hand rules that beat the statistics: initials, the country "US", "May", "No. 5", "°C",
    currency abbreviations, units and decades after numbers, "Xi Jinping", web domains, numbered
    provisions ("Section 98"), "COP 27", platform and company names, "d'Arc", "a protest march"."""
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
    if w == "d" and n in _APOSTROPHES and p != _BOS:
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


@lru_cache(maxsize=1)
def get_truecaser() -> Truecaser:
    """The shipped truecaser, loaded on first use and cached for the process."""
    path = DATA_DIR / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(f"E202 truecaser data missing at {path}; rebuild it with scripts/build_truecaser.py")
    return Truecaser.from_path(path)


def _register() -> None:
    """Register the spaCy factory (spaCy is imported only when this is called)."""
    from spacy.language import Language

    if Language.has_factory(FACTORY):
        return
    Language.factory(FACTORY, default_config={"doc_consistency": True})(make_truecaser)


def make_truecaser(nlp: Any, name: str, doc_consistency: bool) -> TruecaserComponent:
    """spaCy factory of ``"wirelake_truecaser_v1"``."""
    return TruecaserComponent(name=name, doc_consistency=doc_consistency)


class TruecaserComponent:
    """spaCy component: stores the restored form of each token in ``token._.truecase``.

    A Doc cannot change its text, so the component annotates; to truecase before NER, call
    :func:`pipeline.text.normalize` on the raw text and pass ``.text`` to ``nlp``.
    """

    def __init__(self, *, name: str = "truecaser", doc_consistency: bool = True) -> None:
        from spacy.tokens import Token

        if not Token.has_extension("truecase"):
            Token.set_extension("truecase", default=None)
        self.name = name
        self.doc_consistency = doc_consistency
        self._model: Truecaser | None = None

    @property
    def model(self) -> Truecaser:
        if self._model is None:
            self._model = get_truecaser()
        return self._model

    def __call__(self, doc: Any) -> Any:
        from pipeline.text.normalize import _sentence_starts

        words = [t.lower_ for t in doc]
        sents = [words]
        starts = _sentence_starts(sents, None)
        forms = self.model.case_sentences(sents, starts, doc_consistency=self.doc_consistency)[0]
        for tok, form in zip(doc, forms):
            tok._.truecase = form if len(form) == len(tok.text) else tok.text
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.to_path(path / MODEL_FILE)
        (path / "cfg.json").write_text(json.dumps({"doc_consistency": self.doc_consistency}))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TruecaserComponent:
        path = Path(path)
        self._model = Truecaser.from_path(path / MODEL_FILE)
        cfg = json.loads((path / "cfg.json").read_text())
        self.doc_consistency = bool(cfg.get("doc_consistency", True))
        return self


def register() -> None:
    """Make ``nlp.add_pipe("wirelake_truecaser_v1")`` available."""
    _register()
