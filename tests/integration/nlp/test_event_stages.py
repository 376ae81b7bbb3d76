"""benchmarks/event_stages.py: where a missed gold event is lost, on small articles written here."""

from __future__ import annotations

from typing import Any

from benchmarks.event_stages import _Seen, article_stages, stage_of
from pipeline.nlp.enrich import Enricher


def _article(*sentences: tuple[str, list[str]]) -> dict[str, Any]:
    return {"article": "test_1", "published": "2024-05-01",
            "sentences": [{"text": text, "events": [{"type": t} for t in types]} for text, types in sentences]}


def test_stage_of_names_the_furthest_point_reached() -> None:
    assert stage_of("DEMAND", []) == "no trigger"
    assert stage_of("DEMAND", [_Seen(0, "AGREE")]) == "other types only"
    assert stage_of("CONSULT", [_Seen(0, "CONSULT", "no roles"), _Seen(5, "AGREE")]) == "found, then no roles"


def test_article_stages_counts_each_missed_pair_once(enricher: Enricher) -> None:
    article = _article(
        ("The minister condemned the attack on the embassy.", ["DISAPPROVE"]),  # found: not counted
        ("The weather was fine on Monday.", ["DEMAND"]),  # no trigger word at all
        ("The president condemned the decision.", ["DEMAND"]),  # a trigger of another type
        ("The talks ended without a deal.", ["CONSULT"]),  # a meeting noun with no actors of its own
    )
    shown: list[tuple[str, str]] = []
    stages = article_stages(enricher, [article], lambda t, s, _line: shown.append((t, s)))
    assert stages == {("DEMAND", "no trigger"): 1, ("DEMAND", "other types only"): 1,
                      ("CONSULT", "found, then no roles"): 1}  # fmt: skip
    assert sorted(shown) == sorted(stages)


def test_recording_leaves_the_extractor_as_it_was(enricher: Enricher) -> None:
    from pipeline.nlp.events import extract

    before = (extract.find_triggers, extract.trigger_roles, extract._event_type, extract._event)
    article_stages(enricher, [_article(("The talks ended without a deal.", ["CONSULT"]))])
    assert (extract.find_triggers, extract.trigger_roles, extract._event_type, extract._event) == before
