"""Events of a sentence through the production path, for the rule tests
(tests/integration/nlp/test_events_rules.py, test_events_actors.py, the round class files)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pytest

from pipeline.nlp.enrich import Enricher, EnrichInput


def events(enricher: Enricher, text: str, published: dt.date | None = None) -> list[dict[str, Any]]:
    """The event dicts ``enricher`` gives for ``text`` lowercased, as wire feeds deliver it."""
    (result,) = enricher.enrich([EnrichInput(text.lower(), published)])
    return result.events


def of_type(enricher: Enricher, text: str, event_type: str) -> list[dict[str, Any]]:
    """The events of ``event_type`` that ``text`` gives."""
    return [e for e in events(enricher, text) if e["event_type"] == event_type]


def name(event: dict[str, Any], role: str) -> str:
    """The resolved actor of ``role`` ("source" / "target"), else its text, lowercased."""
    return (event[f"{role}_resolved"] or event[f"{role}_text"] or "").lower()


def assert_finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
    """``text`` gives an event of ``event_type`` whose source and target names contain ``source`` and
    ``target`` ("" matches any); the failure lists what was found instead."""
    found = events(enricher, text)
    wanted = [e for e in found if e["event_type"] == event_type and source in name(e, "source")
              and target in name(e, "target")]  # fmt: skip
    assert wanted, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target"), e["mode"]) for e in found]


def assert_quiet(enricher: Enricher, text: str, event_type: str) -> None:
    """``text`` gives no event of ``event_type``."""
    found = [e for e in events(enricher, text) if e["event_type"] == event_type]
    assert not found, [(e["event_type"], e["trigger_text"], name(e, "source"), name(e, "target")) for e in found]



def class_tests(found: list[tuple[str, str, str, str]], nothing: list[tuple[str, str]]) -> tuple[Any, Any]:
    """The two parametrized tests of a round's class file: each (sentence, type, source, target) of
    ``found`` gives that event (``assert_finds``), each (sentence, type) of ``nothing`` none of that
    type (``assert_quiet``). Bind them to module names starting with ``test_`` for pytest to collect."""

    @pytest.mark.parametrize(("text", "event_type", "source", "target"), found)
    def finds(enricher: Enricher, text: str, event_type: str, source: str, target: str) -> None:
        assert_finds(enricher, text, event_type, source, target)

    @pytest.mark.parametrize(("text", "event_type"), nothing)
    def keeps_quiet(enricher: Enricher, text: str, event_type: str) -> None:
        assert_quiet(enricher, text, event_type)

    return finds, keeps_quiet


def mode_tests(modes: list[tuple[str, str, str]]) -> Any:
    """The parametrized test of a round's (sentence, type, mode) entries: the first event of that type
    ``text`` gives has that mode. Bind it to a module name starting with ``test_``."""

    @pytest.mark.parametrize(("text", "event_type", "mode"), modes)
    def has_mode(enricher: Enricher, text: str, event_type: str, mode: str) -> None:
        found = [e for e in events(enricher, text) if e["event_type"] == event_type]
        assert found and found[0]["mode"] == mode, [(e["event_type"], name(e, "source"), e["mode"]) for e in found]

    return has_mode


def refused_by_gate(enricher: Enricher, texts: Iterable[str]) -> list[str]:
    """The texts whose lowercased words the trigger gate would keep from the parser (a rule that
    finds an event in one of them never runs in production)."""
    from pipeline.nlp.events import trigger_gate

    gate = trigger_gate(enricher.nlp)
    return [text for text in texts if not gate.admits(t.lower_ for t in enricher.nlp.make_doc(text.lower()))]
