"""Golden test of the events component: the sample Reuters article through the production path
(``Enricher`` on the lowercased wire text) against the hand-written expectations in
tests/golden/events/reuters-putin-syria.expected.json (not generated: edit them by hand)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.events import MODES
from tests.support.paths import REPO, SAMPLE_ARTICLE
from tests.unit.nlp.test_events import PLOVER_TYPES

MODEL = DEFAULT_MODEL  # the shipped model
GOLDEN = REPO / "tests" / "golden" / "events"
SPEC = json.loads((GOLDEN / "reuters-putin-syria.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def golden() -> tuple[str, list[dict[str, object]]]:
    """The sample article as the feeds deliver it, through ``Enricher`` (what ``wirelake enrich``
    runs): normalized text and event records."""
    from pipeline.nlp.enrich import Enricher, EnrichInput

    raw = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    (result,) = Enricher(MODEL).enrich([EnrichInput(raw, dt.date.fromisoformat(SPEC["published"]))])
    assert result.norm.dateline is not None and result.norm.dateline.city.lower() == str(SPEC["dateline_city"]).lower()
    return result.norm.text, result.events


def _meets(event: dict[str, object], want: dict[str, object]) -> bool:
    def text(role: str) -> str:
        return " ".join(str(event[k] or "") for k in (f"{role}_text", f"{role}_resolved")).lower()

    checks = {"event_type", "mode", "source_country", "source_sector", "target_country", "target_sector",
              "location_country", "location_reason", "background", "source_text"}  # fmt: skip
    for key, value in want.items():
        if key in checks and event[key] != value:
            return False
        if key == "event_date" and str(event["event_date"]) != value:
            return False
        if key == "trigger_contains" and str(value).lower() not in str(event["trigger_text"]).lower():
            return False
        if key in ("source_contains", "target_contains") and str(value).lower() not in text(key.split("_")[0]):
            return False
        if key == "date_expression_contains" and str(value).lower() not in str(event["date_expression"] or "").lower():
            return False
    return True


def _expectations() -> list[object]:
    out: list[object] = []
    for want in SPEC["expectations"]:
        marks = [pytest.mark.xfail(reason=want["needs"], strict=True)] if "needs" in want else []
        out.append(pytest.param(want, id=want["what"], marks=marks))
    return out


@pytest.mark.parametrize("want", _expectations())
def test_golden_article(golden: tuple[str, list[dict[str, object]]], want: dict[str, object]) -> None:
    text, events = golden
    lines = text.split("\n")
    sentences = [i for i, line in enumerate(lines) if str(want["sentence_contains"]).lower() in line.lower()]
    assert sentences, f"no sentence contains {want['sentence_contains']!r}"
    found = [e for e in events if e["sentence_index"] in sentences]
    assert any(_meets(e, want) for e in found), [
        (e["event_type"], e["trigger_text"], e["source_text"], e["source_resolved"], e["source_country"],
         e["target_text"], e["target_country"], e["mode"], e["background"]) for e in found
    ]


def test_golden_article_has_no_false_events(golden: tuple[str, list[dict[str, object]]]) -> None:
    _text, events = golden
    for event in events:
        words = " ".join(str(event[k] or "") for k in ("trigger_text", "source_text", "target_text")).lower()
        assert not any(w.lower() in words for w in SPEC["absent"]), event
        if any(w in str(event["trigger_text"]).lower() for w in SPEC["not_asserted"]):
            assert event["mode"] != "asserted", event


def test_golden_events_are_well_formed(golden: tuple[str, list[dict[str, object]]]) -> None:
    text, events = golden
    assert len(events) >= 8
    for event in events:
        assert text[event["trigger_start"] : event["trigger_end"]] == event["trigger_text"]  # type: ignore[misc]
        for role in ("source", "target"):
            if event[f"{role}_text"] is not None:
                assert text[event[f"{role}_start"] : event[f"{role}_end"]] == event[f"{role}_text"]  # type: ignore[misc]
            if event[f"{role}_resolved"] is not None:
                start, end = event[f"{role}_resolved_start"], event[f"{role}_resolved_end"]
                assert text[start:end] == event[f"{role}_resolved"]  # type: ignore[misc]
        assert event["mode"] in MODES
        assert event["event_type"] in PLOVER_TYPES
        assert event["location_reason"] in {"sentence", "dateline", None}
