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


# --- the pack -----------------------------------------------------------------------------------
def test_shipped_pack_is_made_from_the_shipped_model() -> None:
    """The shipped pack is what pack_bytes makes of the shipped JSON (byte for byte), and the
    tables read from it are those the JSON builds."""
    import gzip
    import json

    from pipeline.text.truecase import DATA_DIR, MODEL_FILE, pack_bytes, pack_path

    model = DATA_DIR / MODEL_FILE
    with gzip.open(model, "rt", encoding="utf-8") as fh:
        built = Truecaser(json.load(fh))
    assert pack_bytes(built, model) == pack_path(model).read_bytes()
    shipped = Truecaser.from_path(model)
    assert shipped._data is None  # read from the pack: the JSON is not parsed
    assert (shipped._flat, shipped._own, shipped._pair_tables) == (built._flat, built._own, built._pair_tables)
    assert shipped._score_bound == built._score_bound and shipped._clear_mixed == built._clear_mixed
    assert (shipped.fixed, shipped.doc_weight) == (built.fixed, built.doc_weight)
    assert shipped.clusters == built.clusters
    for table in ("prior", "mixed"):
        packed = getattr(shipped, table)
        values = packed._values if packed._codes is None else [packed._codes[k] for k in packed._values]
        rows = [*packed._common.items(), *zip(packed._words, values)]
        assert sorted(rows) == sorted(getattr(built, table).items()) and len(rows) == len(packed), table
        assert list(packed._words) == sorted(packed._words) and not packed._common.keys() & set(packed._words)
    assert len(shipped.prior._common) > 80_000  # the words with a cluster or a weight of their own


def test_pack_round_trip(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A model read from its pack decides as the JSON does, reads the JSON only to break a tie,
    and a pack made from another JSON is ignored (with a warning)."""
    from pipeline.text.truecase import pack_path, write_pack

    tables = {"weights": {"b": [0.3, 0.1, 0.0, 0.0], "w=bank": [0.0, 0.2, 0.0, 0.0], "pw=the bank": [0.0, 0.0, 0.0, 0.1]},
              "prior": {"bank": "l3", "nato": "u7", "the": "l7"}, "mixed": {"mckay": "McKay"},
              "clusters": {"bank": 13, "the": 6}}  # fmt: skip
    tc = tiny_model(**tables)
    path = tmp_path / "m.json.gz"
    tc.to_path(path)
    write_pack(path)
    packed = Truecaser.from_path(path)
    assert packed._data is None and packed.prior.get("nato") == "u7" and "nato" in packed.prior
    assert packed.prior.get("natos") is None and packed.clusters.get("aardvark", -1) == -1
    assert sorted(packed.prior) == ["bank", "nato", "the"] and len(packed.mixed) == 1
    assert set(packed.prior._common) == {"bank", "the"}  # with a cluster; "nato" is bisected
    assert packed.pass1(["the", "bank"], [False, False], None)[1] == tc.pass1(["the", "bank"], [False, False], None)[1]
    sents, starts = [["a", "bank"], ["the", "bank"]], [[False, False], [False, False]]
    assert packed.case_sentences(sents, starts) == tc.case_sentences(sents, starts) == [["a", "Bank"], ["the", "Bank"]]
    assert packed._data is not None  # the tie of "a bank" (3 tenths each) read the float weights
    packed.to_path(tmp_path / "copy.json.gz")  # the copy keeps its pack
    assert (tmp_path / "copy.pack").read_bytes() == pack_path(path).read_bytes()
    assert Truecaser.from_path(tmp_path / "copy.json.gz")._data is None

    tiny_model(prior={"bank": "t7"}).to_path(path)  # the JSON changes, the pack stays
    with caplog.at_level("WARNING", logger="pipeline.text.truecase"):
        stale = Truecaser.from_path(path)
    assert stale._data is not None and stale.prior == {"bank": "t7"}
    assert "made from another m.json.gz" in caplog.text

    write_pack(path)
    pack_path(path).write_bytes(pack_path(path).read_bytes()[:-40])  # a damaged pack says how to fix it
    with pytest.raises(ValueError, match="E209 .* damaged"):
        Truecaser.from_path(path)
    pack_path(path).write_bytes(b"not a pack")
    with pytest.raises(ValueError, match="E209 .* not a truecaser pack"):
        Truecaser.from_path(path)


def test_a_word_with_a_line_break_cannot_be_packed(tmp_path: Path) -> None:
    from pipeline.text.truecase import write_pack

    tiny_model(prior={"a\nb": "l7"}).to_path(tmp_path / "m.json.gz")
    with pytest.raises(ValueError, match="E208"):
        write_pack(tmp_path / "m.json.gz")
