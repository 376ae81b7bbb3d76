"""Names spelled out before their acronym in brackets."""

from __future__ import annotations

import pytest

from pipeline.text.acronyms import acronym_phrase, expand_acronyms
from pipeline.text.lexicon import Prior


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("the international air transport association ( iata ) said", "international air transport association"),
        ("the national union of women with disabilities of uganda ( nuwodu ) met",
         "national union of women with disabilities of uganda"),
        ("the un high commissioner for refugees ( unhcr ) said", "un high commissioner for refugees"),
        ("the un convention on the law of the sea ( unclos ) says", "un convention on the law of the sea"),
        ("yukon environmental and socio - economic assessment board ( yesab ) ruled",
         "yukon environmental and socio - economic assessment board"),
        ("he met the people ( who ) came", None),  # the words do not spell it
        ("the price rose ( again )", None),
    ],
)
def test_acronym_phrase(sentence: str, phrase: str | None) -> None:
    toks = sentence.split()
    picked = acronym_phrase(toks, toks.index("(") + 1)
    got = None if not picked else " ".join(toks[min(picked) : max(picked) + 1])
    assert got == phrase


def expanded(lines: list[str], prior: Prior) -> list[str]:
    """The lines of one document (lower-case tokens, each line a sentence) after acronym expansion."""
    sents = [line.split() for line in lines]
    starts = [[k == 0 for k in range(len(s))] for s in sents]
    out = [list(s) for s in sents]
    expand_acronyms(sents, starts, out, prior)
    return [" ".join(row) for row in out]


def test_expansion_recurs_in_the_document() -> None:
    out = expanded([
        "the world health organization ( who ) said .",
        "the world health organization and who agreed , who knows .",
        "iata members met .",
    ], Prior({"who": "l7", "iata": "u5"}))
    assert out[0] == "the World Health Organization ( WHO ) said ."
    # "who" outside brackets stays a pronoun: the lexicon prefers it lower-case
    assert out[1] == "the World Health Organization and who agreed , who knows ."
    assert out[2] == "iata members met ."  # no expansion of "iata" in this document


def test_defined_acronym_recurs_as_the_acronym_unless_a_function_word() -> None:
    """A word the document spells out as an acronym is that acronym wherever it recurs, though the
    lexicon prefers it lower-case; a function word ("who") only in brackets or after an article."""
    out = expanded([
        "the special investigation team ( sit ) and the world health organization ( who ) met .",
        "in the case , sit arrested six people , the who said .",
        "an sit official spoke to those who know .",
    ], Prior({"sit": "l4", "who": "l3"}))
    assert out[0] == "the Special Investigation Team ( SIT ) and the World Health Organization ( WHO ) met ."
    assert out[1] == "in the case , SIT arrested six people , the WHO said ."
    assert out[2] == "an SIT official spoke to those who know ."
