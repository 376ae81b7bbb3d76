"""Tokens of lowercased, tokenized wire text: lines split on whitespace with raw offsets, and the
small token classes every later step shares (apostrophes, clitics, web domains)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text import lexicon

APOSTROPHES = frozenset({"'", "\u2019"})
# Penn-Treebank clitics, tokenized apart from their word: "it 's", "do n't".
CLITICS_PTB = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'t"})
# The same clitics when a feed dropped the apostrophe or spaced it: "russia s", "don ' t".
BARE_CLITICS = frozenset({"s", "t", "d", "m", "ve", "re", "ll"})
# Web domain endings: "jd . com" is a name, not a sentence end before "com".
WEB_DOMAINS = frozenset({"com", "org", "net"})

# sentence marks split off a plain word they are glued to (untokenized input): see _attached_punct
_ATTACHED = frozenset(".:;!?")
_ABBREVIATIONS = lexicon.words("sentences", "abbreviations")


@dataclass(frozen=True)
class Lines:
    """A text split into lines of whitespace-separated tokens."""

    tokens: list[list[str]]  # per line, as in the text
    offsets: list[list[int]]  # per line, each token's start in the text
    starts: list[int]  # each line's start in the text

    def lowered(self) -> list[list[str]]:
        return [[t.lower() for t in toks] for toks in self.tokens]


def split_lines(text: str) -> Lines:
    """Tokens and their offsets, line by line (``"\\n"`` separates lines)."""
    lines: list[list[str]] = []
    offsets: list[list[int]] = []
    starts: list[int] = []
    pos = 0
    for line in text.split("\n"):
        toks: list[str] = []
        offs: list[int] = []
        found = line.split()  # the same whitespace as the regex \s (str.isspace)
        last = len(found) - 1
        at = 0
        for k, tok in enumerate(found):
            at = line.find(tok, at)  # the token starts at the first non-space after the previous one
            cut = _attached_punct(tok, last=k == last) if tok[-1] in _ATTACHED else 0
            if cut:
                toks.extend((tok[:-cut], tok[-cut:]))
                offs.extend((pos + at, pos + at + len(tok) - cut))
            else:
                toks.append(tok)
                offs.append(pos + at)
            at += len(tok)
        lines.append(toks)
        offsets.append(offs)
        starts.append(pos)
        pos += len(line) + 1
    return Lines(lines, offsets, starts)


def _attached_punct(tok: str, *, last: bool) -> int:
    """Length of a sentence mark glued to a plain word in untokenized input ("said:", "win!",
    "friday." at the end of a line), to be split off as a token of its own as in tokenized wire
    text; 0 when there is none. A final period stays on abbreviations ("corp.", "u.s.") and is only
    split at the end of a line, where it cannot be an abbreviation's inside a sentence ("jan. 5")."""
    if len(tok) < 3 or tok[-1] not in _ATTACHED:
        return 0
    stem = tok[:-1]
    if not stem.isalpha():
        return 0
    if tok[-1] == ".":
        return 1 if last and stem.lower() not in _ABBREVIATIONS else 0
    return 1


def is_punct(tok: str) -> bool:
    """No letter or digit in the token."""
    if tok[:1].isalnum():
        return False  # most tokens: a word or a number
    if len(tok) == 1:
        return True  # ".", ",", "(": the character just read
    return not any(c.isalnum() for c in tok)


def title(word: str) -> str:
    """First letter upper-cased, the rest unchanged."""
    first = word[:1]
    if first.isalpha():  # nearly every word: no loop
        return first.upper() + word[1:]
    for i, c in enumerate(word):
        if c.isalpha():
            return word[:i] + c.upper() + word[i + 1 :]
    return word


def copy_case(tok: str, form: str) -> str:
    """Copy the letter case of ``form`` onto ``tok`` without changing its length or letters."""
    if form == tok:
        return tok
    if len(form) != len(tok):
        return tok
    if tok.isascii() and form.isascii() and form.lower() == tok.lower():
        return form  # the loop below would rebuild ``form`` letter by letter
    out = []
    for t, f in zip(tok, form):
        if f.isupper():
            u = t.upper()
            out.append(u if len(u) == 1 and u.lower() == t.lower() else t)
        elif f.islower():
            lo = t.lower()
            out.append(lo if len(lo) == 1 else t)
        else:
            out.append(t)
    return "".join(out)
