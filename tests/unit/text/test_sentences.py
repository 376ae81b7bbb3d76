"""Sentence starts in lowercased, tokenized lines."""

from __future__ import annotations

import pytest

from pipeline.text.sentences import sentence_starts


def starts_of(line: str, body: tuple[int, int] | None = None) -> list[str]:
    toks = line.split()
    return [t for t, s in zip(toks, sentence_starts([toks], body)[0]) if s]


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("he visited iraq . then he left !", ["he", "then"]),
        # the last dot of split initials does not end a sentence ("s" is an initial's letter either way)
        ("the u . s . charges were dropped .", ["the", "s"]),
        ("shares of acme co . rose on monday .", ["shares"]),  # nor does an abbreviation
        ("it is not cheap \u2026 the cost is high .", ["it"]),  # an ellipsis leaves the next word to the model
        ("he works at jd . com now .", ["he"]),  # a web domain
        ('mr hossain said , " the commission has started . "', ["mr", "the"]),  # a quotation after a speech verb
        ("a book titled \u201c the last supper \u201d .", ["a", "the"]),  # a quoted title
        ("\u201c who will pay ? \u201d he asked .", ["who"]),  # the attribution continues the sentence
        ("to say , \u201c too late \u201d .", ["to"]),  # a verb's object, not a quotation
        ("doha : the talks resumed .", ["doha", "the"]),  # an early colon ends a label
        ("the minister said : \u201c the talks failed . \u201d", ["the", "the"]),  # a colon before a quote
        ("afrol news , 25 march - the minister", ["afrol", "the"]),  # an early dash in the first line
    ],
)
def test_sentence_starts(line: str, starts: list[str]) -> None:
    assert starts_of(line) == starts


def test_body_start_and_lines() -> None:
    """The word after the dateline starts a sentence; every line starts one."""
    lines = [["moscow", "(", "reuters", ")", "-", "president", "putin"], ["he", "said"]]
    assert sentence_starts(lines, (0, 5)) == [[True, False, False, False, False, True, False], [True, False]]
    assert sentence_starts([["a", "-", "b"], ["c", "-", "d"]], None)[1] == [True, False, False]  # dash: first line only
