"""Detokenization: separators between tokens, restored apostrophes, clitics, apostrophe words."""

from __future__ import annotations

import pytest

from pipeline.text import normalize
from pipeline.text.detokenize import case_apostrophe_words, clitic_flags, joins, line_strings


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("russia s military", "russia's military"),
        ("don t go , we ve seen it", "don't go, we've seen it"),
        ("i m sure they re here and we ll stay", "i'm sure they're here and we'll stay"),
        ("it cost $ 5 , or 5 % more .", "it cost $5, or 5% more."),
        ("the ( reuters ) report [ sic ] ; fine : yes ? no !", "the (reuters) report [sic]; fine: yes? no!"),
        ('he said " we won " on friday', 'he said "we won" on friday'),
        ("do n't say it 's over", "don't say it's over"),
        ("iran-backed shi ite militias", "iran-backed shi'ite militias"),
        ("a - b -- c", "a - b -- c"),
        ("workers ' rights", "workers' rights"),
        ("don ’ t", "don’t"),
        # a split "n't" with its apostrophe dropped ("do n't" -> "do n t")
        ("they do n t mean it , we ca n t go and it wo n t happen", "they don't mean it, we can't go and it won't happen"),
        ("the letter n t", "the letter n t"),
    ],
)
def test_detokenize(raw: str, text: str) -> None:
    assert normalize(raw, restore_case=False).text == text


def test_joins_and_line_strings() -> None:
    lines = [["moscow", "(", "reuters", ")", "-", "russia", "s", "army"], ["u", ".", "s", ".", "said"]]
    seps = joins(lines)
    assert seps == [["", " ", "", "", " ", " ", "'", " "], ["", "", "", "", " "]]
    assert line_strings(lines, seps) == [
        ("moscow (reuters) - russia's army", [0, 7, 8, 15, 17, 19, 26, 28]),
        ("u.s. said", [0, 1, 2, 3, 5]),
    ]


def test_double_quotes_alternate_across_lines() -> None:
    """A quotation opened on one line closes on the next."""
    assert joins([['"', "we", "won"], ["today", '"', "he", "said"]]) == [["", "", " "], ["", "", " ", " "]]


def test_decade_and_web_domain_glue() -> None:
    assert normalize("in the 1960 s at jd . com", restore_case=False).text == "in the 1960s at jd.com"


def test_clitic_flags() -> None:
    toks = ["russia", "s", "army", "do", "n't", "don", "'", "t", "it", "\u2019s"]
    seps = ["", "'", " ", " ", "", " ", "", "", " ", ""]
    assert clitic_flags(toks, seps) == [False, True, False, False, True, False, False, True, False, True]


def test_case_apostrophe_words() -> None:
    """Fixed spellings around a restored apostrophe; the stem of "n't" is a verb (a capital only
    at a sentence start)."""
    lines = [["shi", "ite", "and", "o", "neill", "don", "t"]]
    seps = [["", "'", " ", " ", "'", " ", "'"]]
    forms = [["Shi", "Ite", "and", "O", "neill", "DON", "t"]]
    clitics = [[False, False, False, False, False, False, True]]
    starts = [[True, False, False, False, False, False, False]]
    case_apostrophe_words(lines, seps, forms, clitics, starts)
    assert forms == [["Shi", "ite", "and", "O", "Neill", "don", "t"]]


def test_a_split_nt_keeps_its_verb_and_negation_in_lower_case() -> None:
    """"did n t" comes back as "didn't" inside a sentence, not as a name's initials ("did N T")."""
    assert normalize("he said he did n t know , and they do n t care .").text == "He said he didn't know, and they don't care."
