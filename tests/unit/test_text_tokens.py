"""Tokens: lines split with raw offsets, and the helpers every step shares."""

from __future__ import annotations

import pytest

from pipeline.text.tokens import copy_case, is_punct, split_lines, title


def test_split_lines_keeps_offsets() -> None:
    lines = split_lines("moscow ( reuters )\n\n  russia s  army")
    assert lines.tokens == [["moscow", "(", "reuters", ")"], [], ["russia", "s", "army"]]
    assert lines.offsets == [[0, 7, 9, 17], [], [22, 29, 32]]
    assert lines.starts == [0, 19, 20]
    assert split_lines("NATO Met").lowered() == [["nato", "met"]]


def test_title_and_punct() -> None:
    assert title("al-assad") == "Al-assad" and title("'s") == "'S" and title("123") == "123"
    assert is_punct("--") and is_punct("\u201c") and not is_punct("u.s.") and not is_punct("5%")


@pytest.mark.parametrize(
    ("tok", "form", "out"),
    [
        ("russia", "Russia", "Russia"),
        ("u.s.", "U.S.", "U.S."),
        ("nato", "NATO", "NATO"),
        ("mcdonald", "McDonald", "McDonald"),
        ("nato", "Nat", "nato"),  # another length: the token is kept
        ("stra\u00dfe", "STRASSE", "stra\u00dfe"),  # lengths differ
        ("\u00df", "S", "\u00df"),  # "ß".upper() is two letters: kept
    ],
)
def test_copy_case(tok: str, form: str, out: str) -> None:
    assert copy_case(tok, form) == out
