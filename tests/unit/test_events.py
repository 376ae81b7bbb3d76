"""PLOVER event extraction: hand-built parses (no model), small real sentences, and the golden
Reuters article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.config import DEFAULT_MODEL
from pipeline.nlp.dates import find_dates, resolve_date
from pipeline.nlp.events import (
    COMPONENT_NAME,
    DATELINE_KEY,
    MODES,
    PUBLISHED_KEY,
    Event,
    EventsInputError,
    extract_events,
    load_lexicon,
    load_pipeline,
)

MODEL = DEFAULT_MODEL  # the shipped model
REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "events"
PLOVER_TYPES = {"AGREE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT",
                "INVESTIGATE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "AID"}  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL)  # cached per process: one load for the whole session


def run(nlp: Language, text: str, **user_data: object) -> list[Event]:
    doc = nlp.make_doc(text)
    doc.user_data.update(user_data)
    return nlp(doc)._.events


def hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
                ents: list[str]) -> Doc:  # fmt: skip
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


# --- no model -------------------------------------------------------------------------------------


def test_lexicon_covers_plover_with_cameo_roots() -> None:
    lex = load_lexicon()
    assert set(lex.cameo_roots) == PLOVER_TYPES
    assert set(lex.verbs.values()) <= PLOVER_TYPES
    assert {t for t in lex.verb_objects.values() if t} <= PLOVER_TYPES
    assert lex.cameo_roots["CONSULT"] == "04"
    assert lex.version.startswith("plover.v2.2+")


def test_hand_parsed_active_clause() -> None:
    doc = hand_parsed(["Russian", "troops", "attacked", "Ukraine", "."], [1, 2, 2, 2, 2],
                      ["amod", "nsubj", "ROOT", "dobj", "punct"], ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                      ["russian", "troop", "attack", "Ukraine", "."], ["B-NORP", "O", "O", "B-GPE", "O"])  # fmt: skip
    (event,) = extract_events(doc)
    assert event.event_type == "FIGHT"  # "attack" by a military source
    assert event.cameo_root == "19"
    assert (event.trigger_text, event.trigger_start, event.trigger_end) == ("attacked", 15, 23)
    assert event.source is not None and event.target is not None
    assert (event.source.text, event.source.country, event.source.sector) == ("Russian troops", "RUS", "MIL")
    assert (event.target.text, event.target.country) == ("Ukraine", "UKR")
    assert event.mode == "asserted"
    assert 0.0 <= event.confidence <= 1.0
    assert event.extractor_version.startswith("wirelake.events.v2+plover.v2.2")


def test_hand_parsed_passive_and_negation() -> None:
    doc = hand_parsed(["Rebels", "were", "not", "arrested", "by", "police", "."], [3, 3, 3, 3, 3, 4, 3],
                      ["nsubjpass", "auxpass", "neg", "ROOT", "agent", "pobj", "punct"],
                      ["NOUN", "AUX", "PART", "VERB", "ADP", "NOUN", "PUNCT"],
                      ["rebel", "be", "not", "arrest", "by", "police", "."], ["O"] * 7)  # fmt: skip
    (event,) = extract_events(doc)
    assert event.event_type == "COERCE"
    assert event.source is not None and event.source.text == "police" and event.source.sector == "COP"
    assert event.target is not None and event.target.text == "Rebels" and event.target.sector == "REB"
    assert event.mode == "negated"


def test_component_needs_a_parse() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT_NAME)
    with pytest.raises(EventsInputError, match="W410"):
        nlp("Russia attacked Ukraine.")


def test_bad_publication_date_is_a_coded_error() -> None:
    doc = hand_parsed(["Police", "arrested", "Ann"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "PROPN"],
                      ["police", "arrest", "Ann"], ["O", "O", "B-PERSON"])  # fmt: skip
    with pytest.raises(EventsInputError, match="not ISO 8601"):
        extract_events(doc, published="yesterday")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Monday", dt.date(2017, 12, 11)),  # published on a Monday: that very day
        ("on sunday", dt.date(2017, 12, 10)),
        ("last Monday", dt.date(2017, 12, 4)),
        ("next Friday", dt.date(2017, 12, 15)),
        ("yesterday", dt.date(2017, 12, 10)),
        ("today", dt.date(2017, 12, 11)),
        ("last week", dt.date(2017, 12, 4)),  # Monday of the previous week
        ("last month", dt.date(2017, 11, 1)),
        ("September 2015", dt.date(2015, 9, 1)),
        ("Dec. 25", dt.date(2016, 12, 25)),  # no year: the most recent one on or before publication
        ("11 December 2017", dt.date(2017, 12, 11)),
        ("in 2015", dt.date(2015, 1, 1)),
        ("they may march", None),  # "may" and "march" alone are not dates
    ],
)
def test_dates_resolve_against_publication(expression: str, expected: dt.date | None) -> None:
    assert resolve_date(expression, dt.date(2017, 12, 11)) == expected


def test_dates_without_publication_keep_absolute_ones() -> None:
    mentions = find_dates("on Monday, in September 2015", None)
    assert [(m.text, m.date, m.precision) for m in mentions] == [
        ("on Monday", None, "day"),
        ("September 2015", dt.date(2015, 9, 1), "month"),
    ]


# --- real model, small sentences ------------------------------------------------------------------


def by_type(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger_text) for e in events]}"
    return found[0]


def test_talks_with(nlp: Language) -> None:
    event = by_type(run(nlp, "The Egyptian foreign minister held talks with Israeli officials in Cairo."), "CONSULT")
    assert event.trigger_text == "held talks"
    assert event.source is not None and event.source.country == "EGY" and event.source.sector == "GOV"
    assert event.target is not None and event.target.country == "ISR"
    assert (event.location_text, event.location_country, event.location_reason) == ("Cairo", "EGY", "sentence")


def test_passive_with_agent(nlp: Language) -> None:
    event = by_type(run(nlp, "Two villagers were killed by rebels on Sunday."), "ASSAULT")
    assert event.source is not None and event.source.text == "rebels"
    assert event.target is not None and "villagers" in event.target.text


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Israel may impose sanctions on Iran.", "hypothetical"),
        ("Russia did not attack the convoy.", "negated"),
        ("Police arrested 20 protesters, officials said.", "asserted"),
        ("Officials said that police arrested 20 protesters.", "asserted"),
        ("Police arrested 20 protesters in Lagos.", "asserted"),
        ("Israel will impose sanctions on Iran.", "future"),
    ],
)
def test_modes(nlp: Language, text: str, mode: str) -> None:
    events = run(nlp, text)
    assert events and events[0].mode == mode


def test_pronoun_resolved_inside_sentence(nlp: Language) -> None:
    event = by_type(run(nlp, "Hungary said it will support the United Nations resolution."), "SUPPORT")
    assert event.source is not None and event.source.text == "it" and event.source.resolved == "Hungary"
    assert event.source.country == "HUN" and event.mode == "future"


def test_dateline_fallback_and_date(nlp: Language) -> None:
    events = run(nlp, "The army shelled rebel positions yesterday.",
                 **{PUBLISHED_KEY: "2017-12-11", DATELINE_KEY: "Damascus"})  # fmt: skip
    event = by_type(events, "FIGHT")
    assert (event.location_text, event.location_country, event.location_reason) == ("Damascus", "SYR", "dateline")
    assert (event.event_date, event.date_expression) == (dt.date(2017, 12, 10), "yesterday")


def test_actor_links_to_entity_grouping(nlp: Language) -> None:
    doc = nlp("Vladimir Putin arrived in Damascus. Putin met Bashar al-Assad.")
    grouping = doc._.entities
    event = by_type(doc._.events, "CONSULT")
    consults = [e for e in doc._.events if e.event_type == "CONSULT" and e.sentence_index == 1]
    assert consults and consults[0].source is not None
    index = consults[0].source.entity_index
    assert index is not None and grouping.entities[index].canonical == "Vladimir Putin"
    assert event.source is not None and event.source.entity_index == index


# --- golden article (production path) ------------------------------------------------------------

SPEC = json.loads((GOLDEN / "reuters-putin-syria.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def golden() -> tuple[str, list[dict[str, object]]]:
    """The sample article as the feeds deliver it, through ``Enricher`` (what ``wirelake enrich``
    runs): normalized text and event records."""
    from pipeline.nlp.enrich import Enricher, EnrichInput

    raw = (REPO / "tests" / "fixtures" / "reuters-putin-syria.txt").read_text(encoding="utf-8")
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
