"""The truecaser as a spaCy component: registration and serialization."""

from __future__ import annotations

from pathlib import Path

import spacy

from pipeline.text.truecase import Truecaser, get_truecaser, gold_class, register, title


def test_gold_class_and_title() -> None:
    assert [gold_class(w) for w in ("the", "Putin", "NATO", "McDonald", "1996", "I")] == ["l", "t", "u", "m", None, "t"]
    assert title("al-assad") == "Al-assad" and title("'s") == "'S" and title("123") == "123"


def test_model_loads_once() -> None:
    assert get_truecaser() is get_truecaser()


def test_component_annotates_and_round_trips(tmp_path: Path) -> None:
    register()
    nlp = spacy.blank("en")
    nlp.add_pipe("wirelake_truecaser_v1", config={"doc_consistency": True})
    doc = nlp("president vladimir putin met nato officials in brussels .")
    forms = [t._.truecase for t in doc]
    assert forms[:3] == ["President", "Vladimir", "Putin"]
    assert "NATO" in forms and "Brussels" in forms
    nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "wirelake_truecaser_v1" / "truecaser.v1.json.gz").exists()
    nlp2 = spacy.load(tmp_path / "nlp")
    assert [t._.truecase for t in nlp2("president vladimir putin met nato officials in brussels .")] == forms
    assert isinstance(nlp2.get_pipe("wirelake_truecaser_v1").model, Truecaser)
