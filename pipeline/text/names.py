"""Phrase-level name rules applied after the truecaser's per-token decisions.

The perceptron decides word by word; institution names such as *Ministry of Foreign Affairs*,
*Democracy Monitoring Group*, *Bank of Ghana* or *the Federal High Court* are spans whose head
noun is an ordinary lower-case word elsewhere. These rules look at the decided forms of one
document and capitalize a span when the construction itself marks a name. "Named" below means a
word already capitalized by the model, the acronym rule or an earlier rule, and not merely
because it starts a sentence (then the lexicon prior must prefer it capitalized).

Each rule is a small function of one token in its context (:class:`Context`); :data:`PASSES`
lists them in the order they run. A pass walks the whole document token by token and, for each
token, tries its rules in order until one *takes* the token (returns True), so a later rule of
the same pass never sees it; later passes see every change of the earlier ones. Every rule has a
switch name (:data:`SWITCHES`); :class:`NameRules` runs the switched-on ones (all of them in
production; fewer only to measure a rule's effect). The word lists are data:
``data/names.v1.json``.

Kinds of rule, in order:

* **spelling** of single words: Latin abbreviations split by the tokenizer stay lower
  (``i . e .``); the lower-case second syllable of an East Asian given name after a hyphen
  (``Lee Teng - hui``), and such a name kept whole after a one-syllable surname (``Su Tseng-chang``);
  Romance particles inside names (``Gigante del Arroyito``);
  institutional style for ``the Kingdom``, ``Cabinet``, the political ``Western`` and ``Crown``;
  letters that label a group or model (``Group C``, ``G 20``) or are undotted middle initials
  (``George M Thomas``); ``AI``;
* **statute titles** cited with a year (``the Money Laundering ( Prohibition ) Act 2011``);
* **isolated adjectives**: a lone capitalized adjective before a lower-case noun is lowered
  (the model's ``National television``);
* **names around a trigger word**: *al* before a name (``Al Jazeera``); a title directly before
  a name (``President Joyce Banda``, with *prime / vice / deputy* before it) unless a determiner,
  possessive or *former* makes it descriptive (``Ethiopia's president Mulatu``); modern style
  (*Indigenous*, *First Nations*, a band's *First Nation*; *internet* lower-case);
  ``Prime Minister`` after a country; *bin / ibn / bint* lower-case between names
  (``Mohamed bin Zayed``); styles of address (``His Highness``); split hyphenated titles
  (``director - general``); honorifics (``Ms Banda``); a compass word before a continent
  (``Central Africa``); government portfolios (``ministry of foreign affairs``, ``interior
  ministry``); *head + of (+ the) + name* (``Bank of Ghana``); *name + (modifiers) + head*
  (``Algerian Foreign Ministry``; a scope adjective after *the* also opens one: ``the World
  Bank``), but not when *of* follows (``the Syrian Mediterranean port of Tartous``);
* **known names**: well-known names made of common words (``Cold War``, ``Red Sea``);
* **late rules**, after every capital above is in place: the lower-case second half of a split
  hyphenated word (``a 47 - year - old``), and the word after a named head and *of / for*
  (``Chamber of Deputies``).

After the passes, :func:`carry_names` writes a rare word of a multi-word name as the name where
it recurs lower-case in the document (``Huat Wooi Keng ...`` then ``charged Huat``).

The history of the rules and their measured effects is in ``docs/text-restoration.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from pipeline.text import lexicon
from pipeline.text.lexicon import Prior
from pipeline.text.tokens import APOSTROPHES, title


def _words(key: str) -> frozenset[str]:
    return lexicon.words("names", key)


HEADS = _words("heads")
OF_HEADS = _words("of_heads")
PORTFOLIO_HEADS = _words("portfolio_heads")
PORTFOLIO_PREFIX_HEADS = _words("portfolio_prefix_heads")
PORTFOLIOS = _words("portfolios")
COMPASS = _words("compass")
CONTINENTS = _words("continents")
GLUE = _words("glue")
TITLES = _words("titles")
TITLE_PREFIXES = _words("title_prefixes")
STYLE_CAPS = _words("style_caps")
STYLE_LOWER = _words("style_lower")
HONORIFICS = _words("honorifics")
STYLES_OF_ADDRESS = _words("styles_of_address")
HYPHEN_TITLES = _words("hyphen_titles")
SCOPE = _words("scope")
ROMANCE_PARTICLES = _words("romance_particles")
LETTER_LABELS = _words("letter_labels")
_NOT_MODIFIER = _words("not_modifier")
_ED_NAME_WORDS = _words("ed_name_words")
_NO_TITLE_BEFORE = _words("no_title_before")
_ADJECTIVE_ENDINGS = tuple(lexicon.entry("names", "adjective_endings"))
_NOT_SURNAMES = lexicon.words("names", "not_surnames")
_LABEL_LETTERS = _words("label_letters")
_INITIALS = _words("initials")
_CROWN_NEXT = _words("crown_next")
_NOT_NAME_WORDS = GLUE | _words("not_name_words")
_GEO_NOUNS = _words("geo_nouns")
_LAW_STOP = _words("law_stop")
_LAW_GLUE = GLUE | _words("law_glue")
_LAW_PUNCT = frozenset({"(", ")", "-"})
_OF_NAME_HEADS = HEADS | OF_HEADS
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
_HEAD_OF_LINKS = frozenset({"of", "for", "and", "&"})
_HYPHEN = frozenset({"-"})
_COLON = frozenset({":"})
# One syllable of romanized Chinese, Korean or Cantonese: the lower-case second half of a
# hyphenated given name ("Lee Teng-hui", "Yoon Suk-yeol", "Leung Chi-chiu"), tokenized apart.
_SYLLABLE = re.compile(
    r"(?:b|p|m|f|d|t|n|l|g|k|h|j|q|x|zh|ch|sh|r|z|c|s|y|w|hs|ts|tz|ng|gw|kw|ph|th|kh|jh)?"
    r"(?:a|e|i|o|u|ae|ai|ao|au|ei|eo|eu|ia|iao|ie|io|iu|oe|oi|oo|ou|ua|uai|ue|ui|uo|ee|ye|yo|ya|yu|wa|we|wo|wi|yeo|eui)"
    r"(?:n|ng|m|k|l|p|t|h)?"
)


def _known_names() -> dict[str, list[tuple[list[str], list[str]]]]:
    """Known names by their first (lower-cased) token: (lower-cased tokens, forms), in list order."""
    out: dict[str, list[tuple[list[str], list[str]]]] = {}
    for name in lexicon.entry("names", "known_names"):
        forms = name.replace("'s", " 's").replace("-", " - ").split()
        out.setdefault(forms[0].lower(), []).append(([f.lower() for f in forms], forms))
    return out


_KNOWN_BY_FIRST = _known_names()


class Context:
    """The document the rules work on: tokens, sentence starts, decided forms (changed in place)
    and the lexicon prior."""

    __slots__ = ("sents", "starts", "out", "prior", "max_modifiers", "scope")

    def __init__(
        self,
        sents: Sequence[Sequence[str]],
        starts: Sequence[Sequence[bool]],
        out: list[list[str]],
        prior: Prior,
        switches: Collection[str],
    ) -> None:
        self.sents = sents
        self.starts = starts
        self.out = out
        self.prior = prior
        # options of the name + head rule
        self.max_modifiers = 3 if "walk" in switches else 1
        self.scope = "scope" in switches

    def named(self, si: int, k: int) -> bool:
        """Token k carries a name capital (not only a sentence-start one)."""
        form = self.out[si][k]
        if not form[:1].isupper() or not form[:1].isalpha():
            return False
        if self.starts[si][k]:
            return self.prior.capitalized(self.sents[si][k])
        return True

    def span(self, si: int, a: int, b: int) -> None:
        """Title-case the still lower-case words of tokens a..b-1 (glue words after the first stay)."""
        toks = self.sents[si]
        row = self.out[si]
        for k in range(a, b):
            w = toks[k]
            if not w[:1].isalpha():
                continue
            if w in GLUE and k != a:
                continue
            if row[k] == w:
                row[k] = title(w)


RuleFn = Callable[[Context, int, int], bool]


@dataclass(frozen=True)
class Rule:
    """A rule for the token at (sentence, index): True when it takes the token (it may change
    nothing). ``switch`` is the name that turns it off. ``accepts`` is the rule's test of the word
    itself: ``fn`` is only called where it holds. ``prev`` / ``next`` (when given) only save
    time: where the token before (after) is not one of them, ``fn`` would take nothing and change
    nothing, so a pass does not call it there."""

    switch: str
    fn: RuleFn
    accepts: Callable[[str], bool]
    prev: frozenset[str] | None = None
    next: frozenset[str] | None = None


def _in(words: Collection[str]) -> Callable[[str], bool]:
    return words.__contains__


# --- spelling and style of single words --------------------------------------------------------
def latin_abbreviation(c: Context, si: int, i: int) -> bool:
    """Latin abbreviations split by the tokenizer stay lower-case: "i . e .", "e . g ."."""
    toks = c.sents[si]
    if not (i + 3 < len(toks) and toks[i + 1] == "." and toks[i + 3] == "."):
        return False
    if (toks[i], toks[i + 2]) in (("i", "e"), ("e", "g")) and not c.starts[si][i]:
        row = c.out[si]
        row[i] = toks[i]
        row[i + 2] = toks[i + 2]
    return True


def east_asian_syllable(c: Context, si: int, i: int) -> bool:
    """Second syllable of a hyphenated East Asian given name: "lee teng - hui" -> "Lee Teng - hui"."""
    toks = c.sents[si]
    if i >= 3 and toks[i - 1] == "-" and _SYLLABLE.fullmatch(toks[i - 2]) and c.named(si, i - 2) and c.named(si, i - 3):
        c.out[si][i] = toks[i]
        return True
    return False


def _syllables(word: str) -> bool:
    """A hyphenated pair of romanized syllables ("teng-hui", "jae-in", "wen-je")."""
    first, _, second = word.partition("-")
    return bool(second) and len(first) <= 6 and len(second) <= 6 and _SYLLABLE.fullmatch(first) is not None \
        and _SYLLABLE.fullmatch(second) is not None


def east_asian_given_name(c: Context, si: int, i: int) -> bool:
    """A hyphenated East Asian given name kept whole, as the wire has it, after a one-syllable surname
    when the model capitalized either of them: "lee teng-hui" -> "Lee Teng-hui", "su Tseng-Chang" ->
    "Su Tseng-chang", "Ko wen-je" -> "Ko Wen-je" (a surname that is also a word, "su", "ko", "ma",
    or a given name the model left lower, is the same name; the second syllable stays lower; not after a
    function word of ``not_surnames``: "in Tai-pei")."""
    if i < 1:
        return False
    toks, row = c.sents[si], c.out[si]
    surname = toks[i - 1]
    if not (2 <= len(surname) <= 4 and _SYLLABLE.fullmatch(surname)) or surname in _NOT_SURNAMES:
        return False
    if not (c.named(si, i) or c.named(si, i - 1)):
        return False
    first, _, second = toks[i].partition("-")
    row[i - 1], row[i] = title(surname), f"{title(first)}-{second}"
    return True


def romance_particle(c: Context, si: int, i: int) -> bool:
    """A particle inside a Romance-language name stays lower: "Fête de la Musique"."""
    toks = c.sents[si]
    if (
        1 < i < len(toks) - 1
        and toks[i + 1][:1].isalpha()
        and (c.named(si, i - 1) or (toks[i - 1] in ROMANCE_PARTICLES and c.out[si][i - 1] == toks[i - 1]))
        and not c.starts[si][i]
    ):
        c.out[si][i] = toks[i]
        return True
    return False


def cabinet_kingdom(c: Context, si: int, i: int) -> bool:
    """Institutional style of Commonwealth and Gulf outlets: "Cabinet" (not after "a"), and
    "the Kingdom" for the state (not before a name: "the kingdom of X")."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    if row[i] != w:
        return False
    if w == "cabinet":
        taken = not (i > 0 and toks[i - 1] in ("a", "an"))
    else:
        taken = i > 0 and toks[i - 1] == "the" and not (i + 1 < len(toks) and c.named(si, i + 1))
    if taken:
        row[i] = title(w)
    return taken


def political_western(c: Context, si: int, i: int) -> bool:
    """ "Western" for the political and cultural bloc (AP), not for a direction ("western Kenya",
    "the western coastal town", "north - western")."""
    toks, row = c.sents[si], c.out[si]
    if (
        row[i] == "western"
        and i > 0
        and toks[i - 1] not in ("-", "north", "south")
        and not (i + 1 < len(toks) and (toks[i + 1] in _GEO_NOUNS or c.named(si, i + 1)))
    ):
        row[i] = "Western"
        return True
    return False


def crown(c: Context, si: int, i: int) -> bool:
    """The heir's title and the state in Commonwealth usage: "the Crown Prince", "Crown land",
    "Crown corporations", "Crown - Indigenous Relations"."""
    toks, row = c.sents[si], c.out[si]
    if not (i + 1 < len(toks) and toks[i + 1] in _CROWN_NEXT):
        return False
    row[i] = "Crown"
    if toks[i + 1] in ("prince", "princess"):
        row[i + 1] = title(toks[i + 1])
    return True


def list_label(c: Context, si: int, i: int) -> bool:
    """A list label after the previous item's figure: "locals : $ 10 foreigners : $ 15"."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    if (
        i + 1 < len(toks)
        and toks[i + 1] == ":"
        and i > 0
        and toks[i - 1].replace(",", "").replace(".", "").isdigit()
        and row[i] == w
    ):
        row[i] = title(w)
        return True
    return False


def artificial_intelligence(c: Context, si: int, i: int) -> bool:
    """ "ai" is artificial intelligence unless it is part of a name ("Ai Weiwei")."""
    if i + 1 < len(c.sents[si]) and c.named(si, i + 1):
        return False
    c.out[si][i] = "AI"
    return True


def letter(c: Context, si: int, i: int) -> bool:
    """A single letter after a label word ("group c", "series b", "vitamin e"), before a number
    ("g 20", "b 1") or a hyphen and a number ("u - 20", "f - 16"), or an undotted middle initial
    ("george m thomas") is upper-case."""
    if i == 0:
        return False
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if prev in APOSTROPHES or nxt in APOSTROPHES or prev == "\\":
        return True
    if prev in LETTER_LABELS and (w != "a" or prev in ("series", "grade", "vitamin")):
        row[i] = w.upper()
        row[i - 1] = title(prev) if row[i - 1] == prev else row[i - 1]
    elif row[i] != w:
        return True
    elif w in _LABEL_LETTERS and nxt.isdigit() and len(nxt) <= 2:
        row[i] = w.upper()
    elif w not in ("a", "i") and nxt == "-" and i + 2 < len(toks) and toks[i + 2].isdigit():
        row[i] = w.upper()
    elif w in _INITIALS and i + 1 < len(toks) and c.named(si, i - 1) and c.named(si, i + 1):
        row[i] = w.upper()
    return True


# --- statute titles and isolated adjectives ----------------------------------------------------
def statute_title(c: Context, si: int, a: int) -> bool:
    """A statute title cited with its year, up to ten words back from *act*: "the money
    laundering ( prohibition ) act 2011", "the protection of civil rights act , 1955"."""
    toks, row = c.sents[si], c.out[si]
    if a + 1 >= len(toks):
        return False
    year = toks[a + 2] if toks[a + 1] == "," and a + 2 < len(toks) else toks[a + 1]
    if not (len(year) == 4 and year.isdigit()):
        return False
    k = a - 1
    while k >= 0 and a - k <= 10 and (toks[k].isalpha() or toks[k] in _LAW_PUNCT) and toks[k] not in _LAW_STOP:
        k -= 1
    for j in range(k + 1, a + 1):
        if toks[j].isalpha() and toks[j] not in _LAW_GLUE and row[j] == toks[j]:
            row[j] = title(toks[j])
    return True


def isolated_adjective(c: Context, si: int, i: int) -> bool:
    """A lone capitalized common adjective modifying a lower-case noun is not a name: the
    model's "National television", "Social justice" -> lower-case."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    if (
        row[i] != w
        and not c.starts[si][i]
        and row[i] == title(w)
        and c.prior.lower(w)
        and not c.named(si, i - 1)
        and toks[i + 1].isalpha()
        and toks[i + 1] not in GLUE
        and row[i + 1] == toks[i + 1]
    ):
        row[i] = w
        return True
    return False


# --- names around a trigger word ---------------------------------------------------------------
def arabic_article(c: Context, si: int, i: int) -> bool:
    """Arabic article before a name: "al jazeera", tokenized "al - amin" -> "Al"."""
    toks = c.sents[si]
    n = len(toks)
    if (i + 1 < n and c.named(si, i + 1)) or (i + 2 < n and toks[i + 1] == "-" and c.named(si, i + 2)):
        c.out[si][i] = "Al"
        return True
    return False


def title_before_name(c: Context, si: int, i: int) -> bool:
    """A title directly before a person's name: "president joyce banda", "prime minister X";
    not after a determiner, possessive or "former" ("Ethiopia's president Mulatu")."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    if not (i + 1 < len(toks) and row[i] == w and c.named(si, i + 1) and toks[i + 1] not in HEADS):
        return False
    if i > 0 and toks[i - 1] in _NO_TITLE_BEFORE:
        return False
    row[i] = title(w)
    if i > 0 and toks[i - 1] in TITLE_PREFIXES and row[i - 1] == toks[i - 1]:
        row[i - 1] = title(toks[i - 1])
    return True


def style_lower(c: Context, si: int, i: int) -> bool:
    """Common nouns lower-case in modern news style ("internet"), outside a sentence start."""
    if c.starts[si][i]:
        return False
    c.out[si][i] = c.sents[si][i]
    return True


def style_caps(c: Context, si: int, i: int) -> bool:
    """Peoples' names capitalized in modern news style: "Indigenous", "Aboriginal"."""
    w = c.sents[si][i]
    if c.out[si][i] == w:
        c.out[si][i] = title(w)
    return True


def first_nations(c: Context, si: int, i: int) -> bool:
    """ "First Nations"."""
    toks = c.sents[si]
    if i + 1 < len(toks) and toks[i + 1] == "nations":
        c.out[si][i], c.out[si][i + 1] = "First", "Nations"
        return True
    return False


def _pair_after_name(c: Context, si: int, i: int, second: str, forms: tuple[str, str]) -> bool:
    toks = c.sents[si]
    if i + 1 < len(toks) and toks[i + 1] == second and i > 0 and c.named(si, i - 1):
        c.out[si][i], c.out[si][i + 1] = forms
        return True
    return False


def first_nation_after_name(c: Context, si: int, i: int) -> bool:
    """One band's "pine creek first nation" (not "the first nation to ...")."""
    return _pair_after_name(c, si, i, "nation", ("First", "Nation"))


def prime_minister_after_name(c: Context, si: int, i: int) -> bool:
    """A country's "congolese prime minister"."""
    return _pair_after_name(c, si, i, "minister", ("Prime", "Minister"))


def patronymic(c: Context, si: int, i: int) -> bool:
    """Patronymic particles inside Arabic names stay lower-case: "Mohamed bin Zayed"."""
    if not 0 < i < len(c.sents[si]) - 1:
        return False
    if c.named(si, i - 1) and c.named(si, i + 1) and not c.starts[si][i]:
        c.out[si][i] = c.sents[si][i]
    return True


def style_of_address(c: Context, si: int, i: int) -> bool:
    """Styles of address: "his highness", "her majesty", "his excellency"."""
    toks, row = c.sents[si], c.out[si]
    if i > 0 and toks[i - 1] in ("his", "her"):
        row[i - 1] = title(toks[i - 1])
        row[i] = title(toks[i])
        return True
    return False


def hyphenated_title(c: Context, si: int, i: int) -> bool:
    """A hyphenated title split by the tokenizer before a name: "director - general josé"."""
    toks, row = c.sents[si], c.out[si]
    if i >= 2 and i + 1 < len(toks) and toks[i - 1] == "-" and toks[i - 2] in HYPHEN_TITLES and c.named(si, i + 1):
        row[i - 2] = title(toks[i - 2]) if row[i - 2] == toks[i - 2] else row[i - 2]
        row[i] = title(toks[i])
        return True
    return False


def honorific(c: Context, si: int, i: int) -> bool:
    """An honorific before a name: "ms banda" -> "Ms Banda" (not "MS")."""
    if i + 1 < len(c.sents[si]) and c.named(si, i + 1):
        c.out[si][i] = title(c.sents[si][i])
        return True
    return False


def region(c: Context, si: int, i: int) -> bool:
    """A compass word before a continent: "central africa" -> "Central Africa"."""
    toks = c.sents[si]
    if i + 1 < len(toks) and c.out[si][i] == toks[i] and toks[i + 1] in CONTINENTS:
        c.span(si, i, i + 2)
        return True
    return False


def portfolio(c: Context, si: int, i: int) -> bool:
    """A portfolio after its institution: "ministry of foreign affairs", "minister for trade and
    industry"."""
    toks = c.sents[si]
    n = len(toks)
    if not (i + 2 < n and toks[i + 1] in ("of", "for") and toks[i + 2] in PORTFOLIOS):
        return False
    end = k = i + 2
    while k < n:
        if toks[k] in PORTFOLIOS:
            k += 1
            end = k
        elif toks[k] in ("and", "&", ",") and k + 1 < n and toks[k + 1] in PORTFOLIOS:
            k += 1
        else:
            break
    c.span(si, i, end)
    return True


def portfolio_prefix(c: Context, si: int, i: int) -> bool:
    """Portfolios before "ministry": "interior ministry", "trade and industry department"."""
    toks = c.sents[si]
    if not (i > 0 and toks[i - 1] in PORTFOLIOS):
        return False
    a = i - 1
    while a > 0 and (
        toks[a - 1] in PORTFOLIOS or (toks[a - 1] in ("and", "&") and a > 1 and toks[a - 2] in PORTFOLIOS)
    ):
        a -= 1
    if toks[a] in ("and", "&"):
        a += 1
    c.span(si, a, i + 1)
    return True


def head_of_name(c: Context, si: int, i: int) -> bool:
    """A head + of (+ the) + a name: "government of india", "bank of the philippines"."""
    toks, row = c.sents[si], c.out[si]
    if not (i + 2 < len(toks) and toks[i + 1] == "of"):
        return False
    k = i + 2
    if toks[k] == "the" and k + 1 < len(toks):
        k += 1
    if not c.named(si, k):
        return False
    row[i] = title(toks[i]) if row[i] == toks[i] else row[i]
    return True


def name_head(c: Context, si: int, i: int) -> bool:
    """A name + up to ``max_modifiers`` modifiers + a head: "osaka prefecture", "algerian foreign
    ministry"; a scope adjective after "the" opens such a name ("the world bank"); not before
    "of" ("the Syrian Mediterranean port of Tartous"). A head the model already capitalized takes
    its modifiers too ("the Panama maritime Authority" -> "Panama Maritime Authority")."""
    toks, row = c.sents[si], c.out[si]
    if not (i > 0 and row[i] in (toks[i], title(toks[i])) and (i + 1 == len(toks) or toks[i + 1] != "of")):
        return False
    k = i - 1
    mods = 0
    while k >= 0 and mods < c.max_modifiers:
        t = toks[k]
        if c.named(si, k):
            c.span(si, k + 1, i + 1)
            break
        if c.scope and t in SCOPE and k > 0 and toks[k - 1] == "the":
            c.span(si, k, i + 1)
            break
        if not t.isalpha() or t in _NOT_MODIFIER or row[k] != t or c.starts[si][k] \
                or (t.endswith("ed") and len(t) > 4 and t not in _ED_NAME_WORDS):
            break  # (a verb between a name and a head: "kenyatta urged parliament")
        mods += 1
        k -= 1
    return True


# --- known names and the late rules -------------------------------------------------------------
def known_name(c: Context, si: int, i: int) -> bool:
    """Give the phrases of the known-names list their usual capitals (lower-case tokens only)."""
    toks, row = c.sents[si], c.out[si]
    for low, forms in _KNOWN_BY_FIRST[toks[i]]:
        if list(toks[i : i + len(low)]) == low:
            for k, form in enumerate(forms):
                if row[i + k] == low[k] or row[i + k] == title(low[k]):
                    row[i + k] = form
            return True
    return False


def hyphen_compound(c: Context, si: int, i: int) -> bool:
    """The second half of a lower-case hyphenated word split by the tokenizer stays lower when
    the lexicon prefers it lower: "a 47 - year - old", "a three - nation tour", "then -
    president" (the title rule capitalizes it before a name)."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    if not (toks[i - 1] == "-" and row[i] != w and row[i] == title(w)):
        return False
    if w not in STYLE_CAPS and (row[i - 2].islower() or row[i - 2].isdigit()) and c.prior.lower(w):
        row[i] = w
    return True


def head_of_word(c: Context, si: int, i: int) -> bool:
    """The word right after a capitalized institution head and "of" / "for" is part of the name:
    "the Chamber of deputies" -> "Chamber of Deputies", "Institute for health ..." (not a verb:
    "thanked the Association for helping"); and portfolio or head pairs joined by "and":
    "Chamber of Commerce and Industry", "Medical College and Hospital"."""
    toks, row = c.sents[si], c.out[si]
    w = toks[i]
    head, prev = toks[i - 2], toks[i - 1]
    if not (prev in _HEAD_OF_LINKS and row[i] == w and c.named(si, i - 2)):
        return False
    if (prev == "of" or (prev == "for" and not w.endswith("ing"))) and w not in _NOT_NAME_WORDS:
        if head in _OF_NAME_HEADS:
            row[i] = title(w)
    elif prev in ("and", "&") and ((w in PORTFOLIOS and head in PORTFOLIOS) or (w in HEADS and head in HEADS)):
        row[i] = title(w)
    return True


@dataclass(frozen=True)
class Pass:
    """Rules tried on every token from index ``first`` to ``len - trim`` of every sentence."""

    rules: tuple[Rule, ...]
    first: int = 0
    trim: int = 0


def _is_letter(w: str) -> bool:
    return len(w) == 1 and w.isalpha()


def _capitalizable(w: str) -> bool:
    return title(w) != w


PASSES: tuple[Pass, ...] = (
    # spelling and style of single words
    Pass(
        (
            Rule("latin_abbr", latin_abbreviation, _in({"i", "e"})),
            Rule(
                "syllable",
                east_asian_syllable,
                lambda w: len(w) <= 6 and _SYLLABLE.fullmatch(w) is not None,
                prev=_HYPHEN,
            ),
            Rule("syllable", east_asian_given_name, _syllables),
            Rule("particle", romance_particle, _in(ROMANCE_PARTICLES)),
            Rule("institutions", cabinet_kingdom, _in({"cabinet", "kingdom"})),
            Rule("institutions", political_western, _in({"western"})),
            Rule("institutions", crown, _in({"crown"})),
            Rule("letters", list_label, str.isalpha, next=_COLON),
            Rule("letters", artificial_intelligence, _in({"ai"})),
            Rule("letters", letter, _is_letter),
        ),
    ),
    Pass((Rule("law", statute_title, _in({"act"})),)),
    Pass((Rule("isolated", isolated_adjective, lambda w: w.endswith(_ADJECTIVE_ENDINGS)),), first=1, trim=1),
    # names around a trigger word
    Pass(
        (
            Rule("al", arabic_article, _in({"al"})),
            Rule("title", title_before_name, _in(TITLES)),
            Rule("style", style_lower, _in(STYLE_LOWER)),
            Rule("style", style_caps, _in(STYLE_CAPS)),
            Rule("style", first_nations, _in({"first"})),
            Rule("style", first_nation_after_name, _in({"first"})),
            Rule("title", prime_minister_after_name, _in({"prime"})),
            Rule("patronymic", patronymic, _in(_PATRONYMICS)),
            Rule("honorific", style_of_address, _in(STYLES_OF_ADDRESS)),
            Rule("title", hyphenated_title, _in({"general", "president"})),
            Rule("honorific", honorific, _in(HONORIFICS)),
            Rule("region", region, _in(COMPASS)),
            Rule("portfolio", portfolio, _in(PORTFOLIO_HEADS)),
            Rule("portfolio_prefix", portfolio_prefix, _in(PORTFOLIO_PREFIX_HEADS)),
            Rule("of_name", head_of_name, _in(OF_HEADS)),
            Rule("name_head", name_head, _in(HEADS)),
        ),
    ),
    # after the rules above, which see these phrases still lower-case
    Pass((Rule("known", known_name, _in(_KNOWN_BY_FIRST)),)),
    # late rules, after every capital above is in place
    Pass(
        (
            Rule("compound", hyphen_compound, _capitalizable, prev=_HYPHEN),
            Rule("head_of_word", head_of_word, str.isalpha, prev=_HEAD_OF_LINKS),
        ),
        first=2,
    ),
)
# Every switch: the rules' own, and two options of the name + head rule ("walk": up to three
# modifiers between the name and the head, else one; "scope": scope adjectives after "the").
SWITCHES = frozenset({r.switch for p in PASSES for r in p.rules} | {"walk", "scope"})
_CACHE_WORDS = 100_000


_Plan = list[list[tuple[int, int, tuple[RuleFn, ...]]]]  # per pass: (sentence, token, rules to try)
_Item = tuple[int, int, int, int, RuleFn]  # pass index, rule index, pass's first, pass's trim, rule


class NameRules:
    """The switched-on rules, ready to run over documents (all of them by default)."""

    def __init__(self, switches: Collection[str] = SWITCHES) -> None:
        unknown = set(switches) - SWITCHES
        if unknown:
            raise ValueError(f"E206 unknown name-rule switches {sorted(unknown)}; known: {sorted(SWITCHES)}")
        self.switches = frozenset(switches)
        self._plain: list[tuple[_Item, Callable[[str], bool]]] = []  # rules tried wherever their word fits
        self._by_prev: dict[str, list[tuple[_Item, Rule]]] = {}  # rules tried after these tokens
        self._by_next: dict[str, list[tuple[_Item, Rule]]] = {}  # rules tried before these tokens (only)
        for k, p in enumerate(PASSES):
            for j, r in enumerate(p.rules):
                if r.switch not in self.switches:
                    continue
                item = (k, j, p.first, p.trim, r.fn)
                if r.prev is not None:
                    for t in r.prev:
                        self._by_prev.setdefault(t, []).append((item, r))
                elif r.next is not None:
                    for t in r.next:
                        self._by_next.setdefault(t, []).append((item, r))
                else:
                    self._plain.append((item, r.accepts))
        self._by_word: dict[str, tuple[_Item, ...]] = {}

    def apply(
        self, sents: Sequence[Sequence[str]], starts: Sequence[Sequence[bool]], out: list[list[str]], prior: Prior
    ) -> None:
        """Capitalize name spans in ``out`` (decided forms of one document) in place: pass after
        pass, each over the whole document."""
        c = Context(sents, starts, out, prior, self.switches)
        for todo in self._plan(sents):
            for si, i, fns in todo:
                for fn in fns:
                    if fn(c, si, i):
                        break

    def _plan(self, sents: Sequence[Sequence[str]]) -> _Plan:
        """Where each pass has rules to try. Which rules can fire depends only on the tokens, never
        on the forms the passes change, so one sweep over the document finds them all."""
        plan: _Plan = [[] for _ in PASSES]
        by_word, by_prev, by_next = self._by_word, self._by_prev, self._by_next
        if len(by_word) > _CACHE_WORDS:
            by_word.clear()
        for si, toks in enumerate(sents):
            n = len(toks)
            for i, w in enumerate(toks):
                items = by_word.get(w)
                if items is None:
                    items = by_word[w] = tuple(item for item, accepts in self._plain if accepts(w))
                after = by_prev.get(toks[i - 1]) if i > 0 else None
                before = by_next.get(toks[i + 1]) if i + 1 < n else None
                if after or before:
                    items = self._with_neighbours(items, toks, i, after, before)
                if not items:
                    continue
                if len(items) == 1:
                    k, _, first, trim, fn = items[0]
                    if first <= i < n - trim:
                        plan[k].append((si, i, (fn,)))
                    continue
                for k, fns in self._by_pass(items, i, n):
                    plan[k].append((si, i, fns))
        return plan

    @staticmethod
    def _with_neighbours(
        items: tuple[_Item, ...],
        toks: Sequence[str],
        i: int,
        after: list[tuple[_Item, Rule]] | None,
        before: list[tuple[_Item, Rule]] | None,
    ) -> tuple[_Item, ...]:
        """The word's rules plus those that its neighbours make possible, in table order."""
        more = [
            item
            for item, r in (after or ())
            if r.accepts(toks[i]) and (r.next is None or (i + 1 < len(toks) and toks[i + 1] in r.next))
        ]
        more += [item for item, r in (before or ()) if r.accepts(toks[i])]
        return tuple(sorted(items + tuple(more), key=lambda item: item[:2])) if more else items

    @staticmethod
    def _by_pass(items: tuple[_Item, ...], i: int, n: int) -> list[tuple[int, tuple[RuleFn, ...]]]:
        """Items (in table order) grouped by pass, keeping the passes that cover token ``i``."""
        out: list[tuple[int, tuple[RuleFn, ...]]] = []
        for k, _, first, trim, fn in items:
            if not first <= i < n - trim:
                continue
            if out and out[-1][0] == k:
                out[-1] = (k, (*out[-1][1], fn))
            else:
                out.append((k, (fn,)))
        return out


def carry_names(
    sents: Sequence[Sequence[str]], starts: Sequence[Sequence[bool]], out: list[list[str]], prior: Prior
) -> None:
    """Write a word of a multi-word name as the name wherever it recurs lower-case in the document,
    when the lexicon does not know the word or knows it only as rare (``out`` changed in place).
    News names a person or body in full once ("Rustam Nazarzoda, the founder of ...", often at a
    sentence start) and by one part of the name after that ("prosecutors charged Nazarzoda"); the
    model, deciding one token at a time, leaves a rare word alone in mid-sentence lower-case, and
    the document consistency of its scores reads no occurrence at a sentence start. A name here is
    two or more capitalized words in a row, one of them not at a sentence start. Words the lexicon
    knows are never carried, though names hold them: titles, heads and common words ("President",
    "Temple", "Island": carrying them wrote "Kenya's recently elected President" and "The Temple is
    active"), nor names it knows as words ("Teow", "Chug")."""
    forms: dict[str, str] = {}
    for si, toks in enumerate(sents):
        row, n, i = out[si], len(toks), 0
        while i < n:
            j = i
            while j < n and toks[j].isalpha() and row[j][:1].isupper():
                j += 1
            if j - i >= 2 and not all(starts[si][i:j]):
                for k in range(i, j):
                    code = prior.get(toks[k])
                    if len(toks[k]) > 2 and (code is None or code.margin is None):
                        forms.setdefault(toks[k], row[k])
            i = j + 1
    if not forms:
        return
    for si, toks in enumerate(sents):
        row = out[si]
        for i, w in enumerate(toks):
            form = forms.get(w)
            if form is not None and row[i] == w:
                row[i] = form
