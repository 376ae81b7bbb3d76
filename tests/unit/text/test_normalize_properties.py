"""Property tests: normalize never raises, keeps every character, and its offsets round-trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import NormalizedText, normalize, restore_case_tokens

VOCAB = [
    "russia",
    "s",
    "don",
    "t",
    "we",
    "ve",
    "i",
    "m",
    "they",
    "re",
    "ll",
    "d",
    "(",
    ")",
    "reuters",
    "-",
    "$",
    "5",
    "%",
    "u.s.",
    '"',
    "'",
    "\u2019",
    ",",
    ".",
    "?",
    "!",
    ":",
    "shi",
    "ite",
    "o",
    "neill",
    "``",
    "''",
    "n't",
    "'s",
    "moscow",
    "1996-08-22",
    "--",
    "\u2014",
    "\u2026",
    "nato",
    "may",
    "us",
    "the",
    "a",
    "\u00e9cole",
    "stra\u00dfe",
    "\u0130stanbul",
    "\ufb01",
    "x" * 300,
]
token_lines = st.lists(st.lists(st.sampled_from(VOCAB), max_size=25), max_size=6)
spaces = st.sampled_from([" ", "  ", "\t", " \u00a0", "\r"])


@st.composite
def tokenized(draw: st.DrawFn) -> str:
    lines = draw(token_lines)
    return "\n".join(draw(spaces).join(toks) for toks in lines)


any_text = st.one_of(st.text(max_size=300), tokenized())


def same_letter(a: str, b: str) -> bool:
    return a == b or a.lower() == b.lower() or a.upper() == b.upper()


def check_characters(nt: NormalizedText) -> None:
    """Each normalized character maps to one raw character: the same up to case, or whitespace
    turned into a space, line break or apostrophe; every non-space raw character is kept."""
    raw, text = nt.raw, nt.text
    kept = 0
    last = -1
    for i, c in enumerate(text):
        rs, re_ = nt.to_raw(i, i + 1)
        assert re_ - rs == 1 and rs > last
        last = rs
        r = raw[rs]
        if r.isspace():
            assert c == r or (c in " '" and r != "\n")
        else:
            assert same_letter(c, r)
            kept += 1
    assert kept == sum(1 for c in raw if not c.isspace())


@settings(max_examples=200, deadline=None)
@given(any_text, st.booleans())
def test_normalize_keeps_characters(raw: str, restore: bool) -> None:
    nt = normalize(raw, restore_case=restore)
    check_characters(nt)
    assert nt.text.count("\n") <= raw.count("\n")
    assert 0 <= nt.body_start <= len(nt.text)
    if nt.dateline is not None:
        assert nt.text[nt.dateline.start : nt.dateline.end] == nt.dateline.text


@settings(max_examples=200, deadline=None)
@given(any_text, st.data())
def test_offsets_round_trip(raw: str, data: st.DataObject) -> None:
    nt = normalize(raw)
    n = len(nt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    assert nt.to_norm(*nt.to_raw(start, end)) == (start, end)
    # every raw token maps to normalized characters that map back to exactly it
    pos = 0
    for tok in raw.split():
        rs = raw.index(tok, pos)
        pos = rs + len(tok)
        ns, ne = nt.to_norm(rs, pos)
        assert nt.to_raw(ns, ne) == (rs, pos)


@settings(max_examples=200, deadline=None)
@given(tokenized())
def test_restore_case_tokens_only_changes_case(raw: str) -> None:
    out = restore_case_tokens(raw.lower())
    low = raw.lower()
    assert len(out) == len(low)
    assert all(same_letter(a, b) for a, b in zip(out, low))
    assert [i for i, c in enumerate(out) if c.isspace()] == [i for i, c in enumerate(low) if c.isspace()]
