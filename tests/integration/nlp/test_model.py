"""The shipped spaCy pipelines load with the components and provenance their locks say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.errors import ModelError
from pipeline.nlp.model import LOCK_FILE, build_model, load_model, model_version, verify_model


def test_model_loads_with_expected_components() -> None:
    nlp = load_model(DEFAULT_MODEL)
    # the model's own components, in order (wirelake appends its events component after them)
    assert nlp.pipe_names[:6] == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert model_version(nlp).startswith("en_")
    assert load_model(DEFAULT_MODEL) is nlp  # once per process
    assert nlp.vocab.vectors.shape == (20000, 300)  # the medium model's static vectors


def test_unlocked_or_missing_models_are_reported() -> None:
    assert verify_model("no_such_model") == [f"no lock entry for model 'no_such_model' (the lock covers "
                                             f"{sorted(json.loads(_lock_text())['models'])})"]
    with pytest.raises(ModelError, match="W400"):
        build_model("no_such_model_installed")


def _lock_text() -> str:
    import pipeline.nlp.model as model

    return (Path(model.__file__).parent / LOCK_FILE).read_text(encoding="utf-8")
