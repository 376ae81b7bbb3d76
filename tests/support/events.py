"""Events of a sentence through the production path, for the rule tests
(tests/integration/nlp/test_events_rules.py, test_events_actors.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pipeline.nlp.enrich import Enricher, EnrichInput


def events(enricher: Enricher, text: str, published: dt.date | None = None) -> list[dict[str, Any]]:
    """The event dicts ``enricher`` gives for ``text`` lowercased, as wire feeds deliver it."""
    (result,) = enricher.enrich([EnrichInput(text.lower(), published)])
    return result.events


def name(event: dict[str, Any], role: str) -> str:
    """The resolved actor of ``role`` ("source" / "target"), else its text, lowercased."""
    return (event[f"{role}_resolved"] or event[f"{role}_text"] or "").lower()
