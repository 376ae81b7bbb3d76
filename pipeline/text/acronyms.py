"""Names defined by their acronym: ``the international air transport association ( iata )`` is a
proper name, so its words are Title-cased and the acronym upper-cased, in that sentence and
wherever the same phrase or acronym recurs in the document."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.text import lexicon
from pipeline.text.lexicon import Prior
from pipeline.text.tokens import title

# Function words an acronym may skip ("un convention on the law of the sea ( unclos )").
_NAME_GLUE = lexicon.words("names", "glue") | lexicon.words("names", "acronym_glue")
_SKIP = frozenset({"-", "'s", "'", "\u2019s", "\u2019", "&"})  # tokens that give no letter
# function words a defined acronym may be ("WHO", "IT"), and the articles after which it is the acronym
_ARTICLES = lexicon.words("names", "acronym_articles")
_FUNCTION_WORDS = lexicon.words("names", "acronym_function_words")
_MAX_LETTERS = 8
_SPAN = 14  # words before "(" searched for the expansion


def acronym_phrase(toks: Sequence[str], i: int) -> list[int] | None:
    """Indexes of the words before ``( acr )`` at ``i`` that spell it, else None.

    Each content word gives the acronym its first one to three letters ("national union of
    women with disabilities of uganda ( nuwodu )"), function words (*of, for, the, and ...*) give
    their initial or nothing ("un convention on the law of the sea ( unclos )"), hyphens, "'s"
    and the second half of a hyphenated word give nothing ("un high commissioner for refugees ( unhcr )",
    "yukon environmental and socio - economic assessment board ( yesab )"). Every content word
    between the first matched word and the bracket must contribute.
    """
    acr = toks[i]
    if not (2 <= len(acr) <= _MAX_LETTERS and acr.isalpha()):
        return None
    lo = max(0, i - 1 - _SPAN)
    seen: set[tuple[int, int]] = set()

    def match(j: int, k: int) -> list[int] | None:
        """Words from ``j`` backwards that spell ``acr[:k]``; [] when k == 0."""
        if k == 0:
            return []
        if j < lo or (j, k) in seen:
            return None
        seen.add((j, k))
        w = toks[j]
        if w in _SKIP:
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
    content = [j for j in range(first, i - 1) if toks[j] not in _NAME_GLUE and toks[j] not in _SKIP]
    return content if len(content) >= 2 or len(acr) <= 2 else None


def expand_acronyms(
    sents: Sequence[Sequence[str]], starts: Sequence[Sequence[bool]], out: list[list[str]], prior: Prior
) -> None:
    """Title-case every name spelled out before its acronym in brackets and upper-case the
    acronym, wherever either recurs in the document (``out``: decided forms, changed in place).
    A recurring acronym is upper-cased unless it is a function word the lexicon prefers lower-case
    ("men who have" keeps its pronoun) standing outside brackets and after no article ("the who
    said": no pronoun follows an article). Open-class words are the acronym wherever they recur in
    the document that defines them ("the sit arrested", "Ed had earlier alleged" -> "ED")."""
    phrases: dict[tuple[str, ...], None] = {}  # in the order found
    acronyms: set[str] = set()
    for toks in sents:
        for i in range(2, len(toks) - 1):
            if toks[i - 1] == "(" and toks[i + 1] == ")":
                picked = acronym_phrase(toks, i)
                if picked:
                    phrases[tuple(toks[min(picked) : max(picked) + 1])] = None
                    acronyms.add(toks[i])
    if not phrases:
        return
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    for si, toks in enumerate(sents):
        row = out[si]
        for i, w in enumerate(toks):
            after = toks[i - 1] if i > 0 else ""
            if w in acronyms and (w not in _FUNCTION_WORDS or not prior.lower(w) or after in _ARTICLES or (
                    after == "(" and i < len(toks) - 1)):
                row[i] = w.upper()
            for phrase in by_first.get(w, ()):
                if tuple(toks[i : i + len(phrase)]) == phrase:
                    _title_phrase(toks, row, i, i + len(phrase), starts[si][i])


def _title_phrase(toks: Sequence[str], row: list[str], a: int, b: int, at_start: bool) -> None:
    """Title-case the words of ``toks[a:b]`` except glue words (the first one too at a sentence
    start) and forms already capitalized otherwise ("UN")."""
    for k in range(a, b):
        t = toks[k]
        if t in _SKIP or not t[:1].isalpha() or row[k] != t.lower() and row[k] != title(t):
            continue  # "'s", "-", and words already upper-case ("UN")
        if t not in _NAME_GLUE or (k == a and at_start):
            row[k] = title(t)
