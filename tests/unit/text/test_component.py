"""The truecaser as a spaCy component: registration and serialization (a blank pipeline, no
trained spaCy model)."""

from __future__ import annotations

from pathlib import Path

import spacy

from pipeline.text.component import FACTORY, register
from pipeline.text.truecase import Truecaser


def test_component_annotates_and_round_trips(tmp_path: Path) -> None:
    register()
    register()  # twice is harmless
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY, config={"doc_consistency": True})
    doc = nlp("president vladimir putin met nato officials in brussels .")
    forms = [t._.truecase for t in doc]
    assert forms[:3] == ["President", "Vladimir", "Putin"]
    assert "NATO" in forms and "Brussels" in forms
    nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / FACTORY / "truecaser.v1.json.gz").exists()
    assert (tmp_path / "nlp" / FACTORY / "truecaser.v1.pack").exists()  # the pack goes with the model
    nlp2 = spacy.load(tmp_path / "nlp")
    assert [t._.truecase for t in nlp2("president vladimir putin met nato officials in brussels .")] == forms
    assert isinstance(nlp2.get_pipe(FACTORY).model, Truecaser)
    assert nlp2.get_pipe(FACTORY).model._data is None  # read from the pack, not the JSON
