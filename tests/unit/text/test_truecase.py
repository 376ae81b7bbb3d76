"""The truecaser model: classes, token rules, hyphenated words, document consistency."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.text.truecase import Truecaser, get_truecaser, gold_class, token_rule


def test_gold_class() -> None:
    assert [gold_class(w) for w in ("the", "Putin", "NATO", "McDonald", "1996", "I")] == ["l", "t", "u", "m", None, "t"]


def test_model_loads_once() -> None:
    assert get_truecaser() is get_truecaser()


@pytest.mark.parametrize(
    ("w", "p", "n", "n2", "form"),
    [
        ("no", "to", ".", "4", "No"),  # "no . 4"
        ("rs", "<s>", "15", "crore", "Rs"),  # a currency before an amount
        ("sec", "34.5", ".", "</s>", "sec"),  # a unit after a number
        ("s", "1960", "</s>", "</s>", "s"),  # a decade
        ("xi", "president", "jinping", "</s>", "Xi"),
        ("xi", "s", "</s>", "</s>", None),  # "President's XI" is left to the model
        ("homepage", "=", "</s>", "</s>", "homepage"),  # a URL query
        ("com", ".", "</s>", "</s>", "com"),  # "jd . com"
        ("co", "<s>", "-", "author", "co"),  # the prefix, not "Co."
        ("ms", "said", "banda", "</s>", "Ms"),
        ("k", "the", "-", "pop", "K"),
        ("section", "cited", "98", "</s>", "Section"),
        ("cop", "the", "27", "talks", "COP"),
        ("who", "the", "said", "</s>", "WHO"),
        ("youtube", "on", "</s>", "</s>", "YouTube"),
        ("d", "jeanne", "'", "arc", "d"),  # French elision
        ("march", "protest", "on", "friday", "march"),
        ("w", "george", ".", "bush", "W"),  # an initial
        ("c", "\u00b0", "on", "</s>", "C"),  # degrees Celsius
        ("us", "the", "military", "</s>", "US"),
        ("us", "told", "that", "</s>", None),  # the pronoun is left to the model
        ("may", "in", "</s>", "</s>", "May"),
        ("may", "it", "be", "signed", "may"),
    ],
)
def test_token_rule(w: str, p: str, n: str, n2: str, form: str | None) -> None:
    assert token_rule(w, p, n, n2 != "</s>", n2) == form


def tiny_model(**tables: dict) -> Truecaser:
    data = {"version": 1, "weights": {}, "prior": {}, "fixed": {}, "mixed": {}, "doc_weight": 0.5}
    data.update(tables)
    return Truecaser(data)


def test_compound_from_prior() -> None:
    tc = tiny_model(prior={"iran": "t7", "backed": "l7", "russian": "t6", "assad": "t4", "pro": "t0"})
    assert tc.compound("iran-backed", False) == "Iran-backed"
    assert tc.compound("pro-russian", False) == "pro-Russian"  # "t0": no margin, stays lower
    assert tc.compound("pro-russian", True) == "Pro-Russian"
    assert tc.compound("x-1", False) is None


def test_tables_decide_before_the_model() -> None:
    """A clear mixed form of the lexicon, then the fixed-word table; the rest goes to the model."""
    tc = tiny_model(prior={"ngos": "m6", "mckay": "m2"}, mixed={"ngos": "NGOs", "mckay": "McKay"},
                    fixed={"monday": "t"}, weights={"b": [0.0, 0.0, 0.0, 1.0]})
    forced, scores, _ = tc.pass1(["ngos", "monday", "mckay"], [False, False, False], None)
    assert forced == ["NGOs", "Monday", None] and list(scores) == [2]
    assert tc.case_sentences([["ngos", "monday", "mckay"]], [[False] * 3]) == [["NGOs", "Monday", "McKay"]]


def test_document_consistency() -> None:
    """Occurrences of a word in one document share their scores."""
    # "bank" leans lower-case; after "big" it is strongly Title case
    tc = tiny_model(weights={"w=bank": [1.0, 0.0, 0.0, 0.0], "p=big": [0.0, 12.0, 0.0, 0.0]})
    sents = [["the", "big", "bank"], ["a", "bank"], ["one", "bank"]]
    starts = [[False] * len(s) for s in sents]
    alone = tc.case_sentences(sents, starts, doc_consistency=False)
    assert [row[-1] for row in alone] == ["Bank", "bank", "bank"]
    # each occurrence adds 0.5 x the mean of the three: (1, 12) / 3 * 0.5 tips the other two
    assert [row[-1] for row in tc.case_sentences(sents, starts)] == ["Bank", "Bank", "Bank"]


def test_model_file_round_trip(tmp_path: Path) -> None:
    tc = tiny_model(prior={"a": "l7"})
    tc.to_path(tmp_path / "m.json.gz")
    again = Truecaser.from_path(tmp_path / "m.json.gz")
    assert again.prior == {"a": "l7"}
    again.to_path(tmp_path / "copy.json.gz")  # a model read from a file is copied byte for byte
    assert (tmp_path / "copy.json.gz").read_bytes() == (tmp_path / "m.json.gz").read_bytes()
    with pytest.raises(ValueError, match="E201"):
        Truecaser({"version": 99})


def test_integer_scores_are_the_exact_sums_of_the_features() -> None:
    """pass1 sums packed integer tenths by word role; the sums equal those of the feature lists
    the model was trained with, and the classes those of the float sums in feature order."""
    from pipeline.text.truecase import _BOS, _EOS, CLASSES, _argmax, features

    tc = get_truecaser()
    sents = [s.split() for s in ("the european commission said on thursday it disagreed with german advice",
                                 "shares of acme corp . rose 5 % in new york after the u.s. jobs report",
                                 "mr. obama met the prime minister of nbc in xi'an on monday")]
    for toks in sents:
        starts = [i == 0 for i in range(len(toks))]
        _, scores, classes = tc.pass1(toks, starts, None)
        assert scores
        last = len(toks) - 1
        for i, sc in scores.items():
            p = toks[i - 1] if i > 0 else _BOS
            n = toks[i + 1] if i < last else _EOS
            n2 = toks[i + 2] if i < last - 1 else _EOS
            pc, pc2 = (classes[i - 1] if i > 0 else "-"), (classes[i - 2] if i > 1 else "-")
            feats = [f for f in features(tc, toks[i], p, n, starts[i], pc, pc2, n2) if f in tc.weights]
            assert sc == tuple(sum(round(tc.weights[f][k] * 10) for f in feats) for k in range(4))
            best = _argmax(tc._float_score(toks[i], p, n, starts[i], pc, pc2, n2))
            assert classes[i] == CLASSES[1 if starts[i] and best == 0 else best]


def test_an_exact_tie_is_broken_by_the_float_sums() -> None:
    """0.1 + 0.2 is 0.30000000000000004 in floats: the model as trained prefers Title case where
    the integer sums of lower and Title case tie (3 tenths each); so does document consistency."""
    tc = tiny_model(weights={"b": [0.3, 0.1, 0.0, 0.0], "w=bank": [0.0, 0.2, 0.0, 0.0]})
    _, scores, classes = tc.pass1(["a", "bank"], [False, False], None)
    assert scores[1] == (3, 3, 0, 0) and classes[1] == "t"
    sents = [["a", "bank"], ["the", "bank"]]
    starts = [[False, False], [False, False]]
    for consistent in (False, True):
        assert [row[1] for row in tc.case_sentences(sents, starts, doc_consistency=consistent)] == ["Bank", "Bank"]


def test_weights_must_be_tenths() -> None:
    with pytest.raises(ValueError, match="E207"):
        tiny_model(weights={"b": [0.05, 0.0, 0.0, 0.0]})


def test_token_rule_shortcut_is_exact() -> None:
    """Words that no rule names go straight to the rule of "=": same answers as all the rules."""
    from pipeline.text.truecase import _token_rules

    text = ("the u.s. military said on may 5 that ms banda met xi jinping at the who in section 9 of the "
            "act ; rs 15 crore , 34.5 sec , the 1960 s , jd . com , co - author , k - pop , cop 27 , "
            "jeanne d ' arc , a protest march , 40 \u00b0 c , george w . bush , & pgtype = homepage = x")
    toks = ["<s>", *text.split(), "</s>", "</s>"]
    for i in range(1, len(toks) - 2):
        w, p, n, n2 = toks[i], toks[i - 1], toks[i + 1], toks[i + 2]
        assert token_rule(w, p, n, n2 != "</s>", n2) == _token_rules(w, p, n, n2 != "</s>", n2), w
