"""wirelake's news NER (pipeline/nlp/ner_model, built by scripts/build_ner.py) over en_core_web_md:
it loads without any download, keeps the OntoNotes label set downstream code relies on, and finds
names in lowercased wire text through the production path (sentences written for this test)."""

from __future__ import annotations

import json

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.model import NER_DIR, load_model, model_version

ONTONOTES = {"CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP", "ORDINAL",
             "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"}


def test_default_pipeline_is_md_with_the_news_ner() -> None:
    nlp = load_model(DEFAULT_MODEL)
    assert DEFAULT_MODEL == "en_wirelake_md"
    assert model_version(nlp) == "en_wirelake_md-1.1.0"
    assert set(nlp.get_pipe("ner").labels) == ONTONOTES
    meta = json.loads((NER_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["base"] == "en_core_web_md 3.8.0"
    assert nlp.meta["ner"]["best_epoch"] == meta["best_epoch"]


def test_names_in_lowercased_wire_text(enricher: object) -> None:
    from pipeline.nlp.enrich import EnrichInput

    text = ("harare ( wire ) - zimbabwe s finance minister mthuli ncube met officials of the world bank "
            "in harare on tuesday , the ministry said .\n"
            "ncube said the talks with the bank covered debt relief worth $ 2 billion .")
    res = next(iter(enricher.enrich([EnrichInput(text)])))  # type: ignore[attr-defined]
    got = {(e.text, e.label) for e in res.entities}
    assert ("Mthuli Ncube", "PERSON") in got
    assert ("Zimbabwe", "GPE") in got
    assert any(label == "ORG" and "World Bank" in t for t, label in got)
    assert {label for _, label in got} <= ONTONOTES


def test_the_base_model_is_not_modified() -> None:
    base = load_model("en_core_web_md")
    wl = load_model(DEFAULT_MODEL)
    assert base is not wl and model_version(base) == "en_core_web_md-3.8.0"
    # the fine-tuned weights replace the NER of wirelake's instance only
    assert base.get_pipe("ner").model.to_bytes() != wl.get_pipe("ner").model.to_bytes()
