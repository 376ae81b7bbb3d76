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


def test_sentence_marks_glued_to_a_word_are_split_off_untokenized_input() -> None:
    lines = split_lines("the mayor said: we will win!\nthey left on friday.")
    assert lines.tokens == [["the", "mayor", "said", ":", "we", "will", "win", "!"],
                            ["they", "left", "on", "friday", "."]]
    assert lines.offsets == [[0, 4, 10, 14, 16, 19, 24, 27], [29, 34, 39, 42, 48]]


@pytest.mark.parametrize("line", ["shares of acme corp.", "talks with the u.s.", "it met on jan. 5 in rome",
                                  "prices rose 5.", "see p."])
def test_a_final_period_stays_on_abbreviations_numbers_and_inside_a_line(line: str) -> None:
    assert split_lines(line).tokens == [line.split()]


def test_untokenized_lowercase_sentence_end_is_restored_like_tokenized() -> None:
    from pipeline.text.normalize import normalize

    glued, spaced = normalize("the talks ended on friday."), normalize("the talks ended on friday .")
    assert glued.text == spaced.text == "The talks ended on Friday."
    assert glued.to_raw(len(glued.text) - 1, len(glued.text)) == (25, 26)


def test_split_lines_on_any_unicode_space() -> None:
    """Tokens split on what str.isspace calls a space (no-break space, tab, ideographic space)."""
    lines = split_lines("a\u00a0bb\tccc\u3000dd says:\nee  ff ff")
    assert lines.tokens == [["a", "bb", "ccc", "dd", "says", ":"], ["ee", "ff", "ff"]]
    assert lines.offsets == [[0, 2, 5, 9, 12, 16], [18, 22, 25]]
