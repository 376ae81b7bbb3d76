"""Golden test of the sample article's entities (issue #15 acceptance 3), through ``Enricher``."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.enrich import Enricher, EnrichInput, EntityMention

REPO = Path(__file__).resolve().parents[2]
SPEC = json.loads((REPO / "tests" / "golden" / "entities" / "reuters-putin-syria.expected.json").read_text(encoding="utf-8"))
SAMPLE = REPO / "pipeline" / "samples" / "reuters-putin-syria.txt"


@pytest.fixture(scope="module")
def mentions() -> list[EntityMention]:
    enricher = Enricher(DEFAULT_MODEL)
    [result] = enricher.enrich([EnrichInput(SAMPLE.read_text(encoding="utf-8"), dt.date.fromisoformat(SPEC["published"]))])
    return result.entities


@pytest.mark.parametrize("want", SPEC["expectations"], ids=lambda w: w["what"])
def test_sample_article_entities(mentions: list[EntityMention], want: dict[str, Any]) -> None:
    pattern = re.compile(want["mentions"], re.IGNORECASE)
    chosen = [m for m in mentions if pattern.fullmatch(m.text)]
    seen = [(m.text, m.label, m.entity_key) for m in mentions if pattern.search(m.text)]
    if "max_mentions" in want:
        assert len(chosen) <= want["max_mentions"], seen
        return
    assert len(chosen) >= want.get("min_mentions", 1), seen
    if want.get("first_only"):
        chosen = chosen[:1]
    for field in want.get("same", []):
        assert len({getattr(m, field) for m in chosen}) == 1, [(m.text, getattr(m, field)) for m in chosen]
    for field, value in want.get("fields", {}).items():
        assert [getattr(m, field) for m in chosen] == [value] * len(chosen), (field, [(m.text, getattr(m, field)) for m in chosen])
