"""scripts/build_ner.py: how CoNLL gold and the base model's silver spans become OntoNotes training
labels (sentences written for this test, not taken from any evaluation set)."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest
import spacy


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return importlib.import_module("scripts.build_ner")


def test_gold_boundaries_with_ontonotes_types(build: ModuleType) -> None:
    # "Ana Moura of Petrobras flew to Lima and Lake Titicaca on Monday with 300 Peruvian pilots"
    gold = [(0, 9, "PER"), (13, 21, "ORG"), (30, 34, "LOC"), (39, 53, "LOC"), (72, 80, "MISC")]
    silver = [(0, 9, "PERSON"), (13, 21, "GPE"), (30, 34, "GPE"), (39, 53, "LOC"), (57, 63, "DATE"),
              (69, 72, "CARDINAL"), (72, 80, "NORP")]
    spans, missing = build.ontonotes_spans(gold, silver)
    assert spans == [(0, 9, "PERSON"), (13, 21, "ORG"), (30, 34, "GPE"), (39, 53, "LOC"), (57, 63, "DATE"),
                     (69, 72, "CARDINAL"), (72, 80, "NORP")]
    assert missing == []


def test_unsure_misc_and_stray_norp_are_missing_and_extra_names_are_outside(build: ModuleType) -> None:
    # gold MISC that the base model calls ORG: no label either way; a base-model NORP outside any
    # gold span: missing; a base-model PERSON that gold does not have: O (CoNLL marks every name)
    gold = [(0, 10, "MISC"), (20, 25, "LOC")]
    silver = [(0, 10, "ORG"), (12, 18, "NORP"), (30, 35, "PERSON"), (21, 25, "DATE")]
    spans, missing = build.ontonotes_spans(gold, silver)
    assert spans == [(20, 25, "GPE")]
    assert missing == [(0, 10), (12, 18)]


def test_example_maps_raw_spans_through_normalization(build: ModuleType) -> None:
    from pipeline.text import normalize

    raw = "ana moura of petrobras said it s ready ."
    norm = normalize(raw, restore_case=False)
    nlp = spacy.blank("en")
    ex = build.make_example(nlp, norm, [(0, 9, "PERSON"), (13, 22, "ORG")], [(30, 31)])
    ents = [(e.text, e.label_) for e in ex.reference.ents]
    assert ents == [("ana moura", "PERSON"), ("petrobras", "ORG")]
    # the missing region is unannotated (no loss), the rest is O
    iob = [t.ent_iob_ for t in ex.reference]
    assert "" in iob and iob.count("O") >= 3


def test_mixed_case_keeps_old_draws_and_lowers_common_name_words(build: ModuleType) -> None:
    import random

    from pipeline.text.truecase import get_truecaser

    restored = "The Harbour Group of Oslo bought Vantrel Shipping on Friday .\nIt said so ."
    # without --mixed-common the draws are the same as before the option existed
    assert build.mixed_case(restored, random.Random(3), 0.3) == build.mixed_case(
        restored, random.Random(3), 0.3, None, [(4, 29, "ORG")], get_truecaser().lexicon)
    names = [(4, 17, "ORG"), (21, 25, "GPE"), (33, 49, "ORG")]
    assert restored[4:17] == "Harbour Group" and restored[21:25] == "Oslo" and restored[33:49] == "Vantrel Shipping"
    out = build.mixed_case(restored, random.Random(0), 0.0, 1.0, names, get_truecaser().lexicon)
    # common words inside names are lowered, rare name words, words outside names and sentence starts are kept
    assert out == "The harbour group of Oslo bought Vantrel shipping on Friday .\nIt said so ."


def test_truecaser_folds_leave_one_fold_out(tmp_path: Path) -> None:
    mod = importlib.import_module("scripts.build_truecaser")
    conll = tmp_path / "train.txt"
    docs = [f"-DOCSTART- -X- -X- O\n\nWord{i} NN I-NP O\nsays VBZ I-VP O\n" for i in range(5)]
    conll.write_text("\n".join(docs), encoding="utf-8")
    read = mod.read_conll(conll)
    assert [d[0][0] for d in read] == [f"Word{i}" for i in range(5)]
    assert [d[0][0] for d in mod.leave_fold_out(read, 2, 1)] == ["Word0", "Word2", "Word4"]
    assert [d[0][0] for d in mod.leave_fold_out(read, 2, 0)] == ["Word1", "Word3"]
