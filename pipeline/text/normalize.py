"""Text restoration for lowercased, tokenized wire text: the public API.

``normalize("moscow ( reuters ) - president vladimir putin ... russia s military")`` gives
``"MOSCOW (Reuters) - President Vladimir Putin ... Russia's military"`` plus the dateline and an
offset map back to the raw characters. Normalization only removes whitespace, turns a
whitespace run into an apostrophe and changes letter case, so every character of the result
comes from one raw character.

The path of an article: detect its casing; split it into lines of tokens
(:mod:`~pipeline.text.tokens`); choose the separator before each token
(:mod:`~pipeline.text.detokenize`); find the dateline (:mod:`~pipeline.text.dateline`); for
lowercased input, mark sentence starts (:mod:`~pipeline.text.sentences`) and restore each
token's case (:mod:`~pipeline.text.truecase`, which applies :mod:`~pipeline.text.acronyms` and
:mod:`~pipeline.text.names`); join the tokens and record where each character came from
(:mod:`~pipeline.text.offsets`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.text import detokenize
from pipeline.text.dateline import (
    Dateline,
    FoundDateline,
    PlaceKinds,
    body_start,
    case_dateline,
    find_dateline,
    make_dateline,
    match_dateline,
)
from pipeline.text.offsets import OffsetMap
from pipeline.text.sentences import sentence_starts
from pipeline.text.tokens import Lines, copy_case, split_lines
from pipeline.text.truecase import Truecaser, get_truecaser

__all__ = [
    "Dateline",
    "NormalizedText",
    "detect_casing",
    "normalize",
    "normalize_many",
    "restore_case_tokens",
]

_LETTERS_RE = re.compile(r"[^\W\d_]+")
_TOKENIZED_RE = re.compile(r"\s[,;:.!?)\]%](?=\s|$)|[(\[$]\s|\s'(?:s|re|ve|ll|d|m)(?=\s)|\sn't(?=\s)", re.MULTILINE)
_CASED_MIN_SHARE = 0.03


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text, its dateline, and the map back to raw characters.

    ``casing``: ``"restored"`` when the input was lowercased and recased, else ``"original"``;
    ``input_casing``: :func:`detect_casing` of the raw text (``"lower"`` or ``"cased"``)."""

    raw: str
    text: str
    casing: str
    dateline: Dateline | None
    body_start: int
    _map: OffsetMap = field(repr=False, compare=False, hash=False)
    input_casing: str = field(kw_only=True)

    @classmethod
    def verbatim(cls, raw: str) -> NormalizedText:
        """The raw text kept exactly as it arrived: identity offsets, no dateline."""
        return cls(raw, raw, "original", None, 0, OffsetMap(None, len(raw), len(raw)), input_casing=detect_casing(raw))

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Normalized span -> raw span."""
        return self._map.to_raw(start, end)

    def spans_to_raw(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Normalized spans -> raw spans (:meth:`to_raw` of each)."""
        return self._map.spans_to_raw(spans)

    def to_norm(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Raw span -> normalized span."""
        return self._map.to_norm(raw_start, raw_end)


def detect_casing(raw: str) -> str:
    """``"lower"`` for lowercased text, ``"cased"`` when it carries real capitalization."""
    if raw == raw.lower():
        return "lower"
    words = _LETTERS_RE.findall(raw)
    upper = sum(1 for w in words if w != w.lower())
    return "cased" if upper >= max(1.0, _CASED_MIN_SHARE * len(words)) else "lower"


def normalize(
    raw: str, *, restore_case: bool = True, keep_cased: bool = False, truecaser: Truecaser | None = None,
    places: PlaceKinds | None = None,
) -> NormalizedText:
    """Detokenize, restore casing (for lowercased input) and find the dateline.

    ``keep_cased``: cased input is returned untouched even where it looks tokenized ("US$ 4.2",
    "Uganda , Jun"): prose extracted from a web page is as the publisher wrote it.
    ``truecaser``: the model to restore case with (default: the shipped one).
    ``places``: a gazetteer (``pipeline.nlp.geo.place_kind``); with one, a place's dateline with no
    agency is found too ("cape town - ...", "doha : ...")."""
    casing_in = detect_casing(raw)
    if casing_in == "cased" and (keep_cased or not _TOKENIZED_RE.search(raw)):
        return _untouched(raw, casing_in)
    lines = split_lines(raw)
    lowered = lines.lowered()
    seps = detokenize.joins(lines.tokens)
    found = find_dateline(detokenize.iter_line_strings(lowered, seps), places)
    recase = restore_case and casing_in == "lower"
    forms = _case_forms(lines, lowered, seps, found, truecaser) if recase else lines.tokens
    text, n2r, line_starts = _join(lines, forms, seps)
    dateline = None
    body = 0
    if found is not None:
        dateline, body = make_dateline(text, line_starts[found.line], found.match)
    return NormalizedText(
        raw=raw,
        text=text,
        casing="restored" if recase else "original",
        dateline=dateline,
        body_start=body,
        _map=OffsetMap(n2r, len(raw), len(text)),
        input_casing=casing_in,
    )


def normalize_many(
    raws: Iterable[str], *, restore_case: bool = True, keep_cased: Iterable[bool] | None = None,
    places: PlaceKinds | None = None,
) -> Iterator[NormalizedText]:
    """``normalize`` over a stream; the casing model is loaded once and shared. ``keep_cased``
    gives ``normalize``'s flag per text (default False for all)."""
    flags = iter(keep_cased) if keep_cased is not None else None
    for raw in raws:
        yield normalize(raw, restore_case=restore_case, keep_cased=next(flags, False) if flags is not None else False,
                        places=places)


def restore_case_tokens(text: str, *, truecaser: Truecaser | None = None) -> str:
    """Recase tokens in place: same tokens, spacing and line breaks, only letter case changes."""
    lines = split_lines(text)
    lowered = lines.lowered()
    seps = detokenize.joins(lines.tokens)
    found = find_dateline(detokenize.iter_line_strings(lowered, seps))
    forms = _case_forms(lines, lowered, seps, found, truecaser)
    chars = list(text)
    for toks, offs in zip(forms, lines.offsets):
        for tok, off in zip(toks, offs):
            chars[off : off + len(tok)] = tok
    return "".join(chars)


def _case_forms(
    lines: Lines,
    lowered: list[list[str]],
    seps: list[list[str]],
    found: FoundDateline | None,
    truecaser: Truecaser | None,
) -> list[list[str]]:
    """Restored casing of every token (same lengths; ``lowered``: the tokens lower-cased)."""
    body = None if found is None else body_start(found, [len(toks) for toks in lowered])
    starts = sentence_starts(lowered, body)
    clitics = [detokenize.clitic_flags(toks, line_seps) for toks, line_seps in zip(lowered, seps)]
    forms = (truecaser or get_truecaser()).case_sentences(lowered, starts, clitics)
    detokenize.case_apostrophe_words(lowered, seps, forms, clitics, starts)
    if found is not None:
        case_dateline(lowered, forms, found)
    # copy_case keeps a token whose form is itself (most words): that test without the call
    return [[t if t == f else copy_case(t, f) for t, f in zip(toks, fs)] for toks, fs in zip(lines.tokens, forms)]


def _join(lines: Lines, forms: list[list[str]], seps: list[list[str]]) -> tuple[str, array, list[int]]:
    """The normalized text, the raw index of each of its characters, and each line's start in it."""
    parts: list[str] = []
    n2r: list[int] = []  # one entry per character of the text: its length so far is the position
    line_starts: list[int] = []
    last = len(forms) - 1
    for li, (toks, offs, line_seps) in enumerate(zip(forms, lines.offsets, seps)):
        line_starts.append(len(n2r))
        prev_end = 0  # raw end of the previous token of the line (0 before the first: tokens are not empty)
        for tok, off, sep in zip(toks, offs, line_seps):
            end = off + len(tok)
            if sep and prev_end:
                parts.append(sep)  # one character, from the whitespace after the previous token
                n2r.append(prev_end)
            parts.append(tok)
            n2r.extend(range(off, end))
            prev_end = end
        if li < last:
            parts.append("\n")
            n2r.append(lines.starts[li + 1] - 1)
    return "".join(parts), array("l", n2r), line_starts


def _untouched(raw: str, input_casing: str) -> NormalizedText:
    """Cased, untokenized input: text is the input itself."""
    dateline = None
    body = 0
    offset = len(raw) - len(raw.lstrip())
    m = match_dateline(raw[offset:].split("\n", 1)[0])
    if m is not None:
        dateline, body = make_dateline(raw, offset, m)
    return NormalizedText(
        raw, raw, "original", dateline, body, OffsetMap(None, len(raw), len(raw)), input_casing=input_casing
    )
