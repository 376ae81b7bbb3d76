"""Detokenization: the separator before each token of a line -- glue (``" , "`` -> ``","``),
space, or an apostrophe restored in a whitespace gap (``russia s`` -> ``russia's``) -- and the
fixed spellings of words written with an inner apostrophe (``Shi'ite``, ``O'Neill``)."""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.text import lexicon
from pipeline.text.tokens import APOSTROPHES, BARE_CLITICS, CLITICS_PTB, WEB_DOMAINS, is_punct

_CLOSE_FIRST = frozenset(".,;:!?)]}%\u2026")
_OPEN_LAST = frozenset("([{")
_DQUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
# Currency symbols and abbreviations glued to the amount after them ("$ 5" -> "$5").
_CURRENCY = lexicon.words("detokenize", "currency")
# Verb stems of "n't" written without it ("don t", "can t").
_NT_STEMS = lexicon.words("detokenize", "nt_stems")
# Clitics written without their apostrophe, and the words they follow ("we ve", "i m").
_PRONOUN_CLITICS: dict[str, frozenset[str]] = {
    clitic: frozenset(words) for clitic, words in lexicon.entry("detokenize", "pronoun_clitics").items()
}
# Irish surnames after "o" ("o neill" -> "O'Neill").
_IRISH = lexicon.words("detokenize", "irish_surnames")
# Words spelled with an apostrophe inside: ("shi", "ite") -> ("Shi", "ite").
_APOS_FORMS: dict[tuple[str, str], tuple[str, str]] = {
    (left.lower(), right.lower()): (left, right)
    for left, right in (word.split("'") for word in lexicon.entry("detokenize", "apostrophe_words"))
}
# Every token that _gap can glue to a word before it, with or without an apostrophe.
_AFTER_WORD = frozenset({"s", "t", "na", *_PRONOUN_CLITICS, *(right for _, right in _APOS_FORMS), *_IRISH})


def joins(lines: list[list[str]]) -> list[list[str]]:
    """Separator before each token: "" (glue), " " (space) or "'" (apostrophe). Double quotes
    open and close across the whole text; a single quote is a clitic's, a possessive's or a
    quotation mark."""
    out: list[list[str]] = []
    dq_open = False
    sq_open = False
    for toks in lines:
        seps = [""] * len(toks)
        glue_next = False
        prev = ""
        for i, raw_tok in enumerate(toks):
            tok = raw_tok.lower()
            if i == 0:
                sep = ""
            elif glue_next:
                sep = ""
            elif tok == "n" and _split_nt(toks, i):
                sep = ""  # "do n t" (a tokenizer's "do n't" with the apostrophe dropped) -> "don't"
            elif tok == "t" and prev == "n" and _split_nt(toks, i - 1):
                sep = "'"
            else:
                sep = _gap(prev, tok)
                if prev == "." and _split_initial(toks, i):
                    sep = ""  # "u . s ." -> "U.S.", "i . e ." -> "i.e."
            glue_next = False
            if tok in _DQUOTES:
                closing = (tok in ("\u201d", "''")) or (tok == '"' and dq_open and i > 0)
                if tok in ("\u201c", "``"):
                    closing = False
                if closing and i > 0:
                    sep = ""
                    dq_open = False
                else:
                    dq_open = True
                    glue_next = i + 1 < len(toks)
            elif tok in ("'", "\u2018", "\u2019"):
                nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
                if i > 0 and nxt in BARE_CLITICS and prev[-1:].isalnum():
                    sep = ""
                    glue_next = True
                elif i > 0 and (sq_open or prev.endswith("s")) and not is_punct(prev):
                    sep = ""
                    sq_open = False
                elif i > 0 and sq_open:
                    sep = ""
                    sq_open = False
                else:
                    sq_open = True
                    glue_next = i + 1 < len(toks)
            seps[i] = sep
            prev = tok
        out.append(seps)
    return out


def _split_nt(toks: list[str], i: int) -> bool:
    """Token i is the "n" of a "n't" split off its verb and stripped of its apostrophe: "do n t",
    "ca n t" (a Penn Treebank tokenizer's "do n't", "ca n't" with the apostrophe dropped)."""
    return (
        i >= 1
        and toks[i].lower() == "n"
        and i + 1 < len(toks)
        and toks[i + 1].lower() == "t"
        and toks[i - 1].lower() + "n" in _NT_STEMS
    )


def _split_initial(toks: list[str], i: int) -> bool:
    """Token i is the second of two dotted single letters split apart: "u . s .", "i . e ."."""
    tok = toks[i]
    return (
        len(tok) == 1
        and tok.isalpha()
        and i >= 2
        and len(toks[i - 2]) == 1
        and toks[i - 2].isalpha()
        and i + 1 < len(toks)
        and toks[i + 1] == "."
    )


def _gap(prev: str, tok: str) -> str:
    """Separator between two (lowercased) tokens, quotes aside."""
    first = tok[0]
    if first in _CLOSE_FIRST and is_punct(tok):
        return ""
    if tok in CLITICS_PTB:
        return ""
    last = prev[-1]
    if last in _OPEN_LAST and is_punct(prev):
        return ""
    if prev in _CURRENCY and first.isdigit():
        return ""
    if prev == "." and tok in WEB_DOMAINS:
        return ""  # "jd . com" -> "JD.com"
    if tok == "s" and prev.isdigit() and prev.endswith("0"):
        return ""  # a decade: "1960 s" -> "1960s"
    if last.isalnum() and tok in _AFTER_WORD:
        if tok == "s" and last.isalpha() and len(prev) > 1:
            return "'"
        if tok == "t" and prev in _NT_STEMS:
            return "'"
        pronouns = _PRONOUN_CLITICS.get(tok)
        if pronouns is not None and prev in pronouns:
            return "'"
        if (prev, tok) in _APOS_FORMS or (prev == "o" and tok in _IRISH):
            return "'"
        if tok == "na" and prev in ("gon", "wan"):
            return ""
    return " "


def line_strings(lines: list[list[str]], seps: list[list[str]]) -> list[tuple[str, list[int]]]:
    """Detokenized string of each line and each token's start in it."""
    return list(iter_line_strings(lines, seps))


def iter_line_strings(lines: list[list[str]], seps: list[list[str]]) -> Iterator[tuple[str, list[int]]]:
    """:func:`line_strings` one line at a time (the dateline search reads only the first lines)."""
    for toks, line_seps in zip(lines, seps):
        parts: list[str] = []
        pos = 0
        offs: list[int] = []
        for tok, sep in zip(toks, line_seps):
            parts.append(sep)
            pos += len(sep)
            offs.append(pos)
            parts.append(tok)
            pos += len(tok)
        yield "".join(parts), offs


def clitic_flags(toks: list[str], seps: list[str]) -> list[bool]:
    """Tokens that are clitics ("s" of "russia s", "'s", "t" of "don ' t") and stay lower-case."""
    flags = []
    for i, (tok, sep) in enumerate(zip(toks, seps)):
        if tok in CLITICS_PTB or ("\u2019" in tok and tok.replace("\u2019", "'") in CLITICS_PTB):
            flags.append(True)
        elif tok == "n" and sep == "" and _split_nt(toks, i):
            flags.append(True)  # the "n" of "do n t"
        elif tok in BARE_CLITICS and (sep == "'" or (sep == "" and i > 0 and toks[i - 1] in APOSTROPHES)):
            flags.append(True)
        else:
            flags.append(False)
    return flags


def case_apostrophe_words(
    lines: list[list[str]],
    seps: list[list[str]],
    forms: list[list[str]],
    clitics: list[list[bool]],
    starts: list[list[bool]],
) -> None:
    """Fix the case of words around a restored apostrophe in ``forms`` (in place): the stem of
    "n't" is a verb ("Don ' t" only at a sentence start), and the words of
    :data:`_APOS_FORMS` and Irish names keep their spelling ("Shi'ite", "O'Neill")."""
    for toks, line_seps, row, clit, st in zip(lines, seps, forms, clitics, starts):
        for i in range(1, len(toks)):
            if clit[i] and toks[i] == "t":  # "don ' t", "can t", "do n t": the stem is a verb
                k = i - 2 if toks[i - 1] in APOSTROPHES or _split_nt(toks, i - 1) else i - 1
                if k >= 0 and toks[k] in _NT_STEMS:
                    row[k] = toks[k][:1].upper() + toks[k][1:] if st[k] else toks[k]
            if line_seps[i] == "'":
                pair = (toks[i - 1], toks[i])
                fixed = _APOS_FORMS.get(pair)
                if fixed is None and pair[0] == "o" and pair[1] in _IRISH:
                    fixed = ("O", pair[1][:1].upper() + pair[1][1:])
                if fixed is not None:
                    row[i - 1], row[i] = fixed
