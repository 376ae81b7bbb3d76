"""benchmarks/eval_events.py: scoring an extra article gold file (--articles-file), on a small
article written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.eval_events import evaluate_article_file, halves_part
from pipeline.nlp.enrich import Enricher

ARTICLE = {
    "article": "probe_article_1",
    "published": "2024-03-05",
    "sentences": [
        {"text": "The foreign ministry condemned Israel on Monday.", "is_title": False,
         "events": [{"type": "DISAPPROVE", "trigger": "condemned", "source": ["The foreign ministry"],
                     "source_country": [""], "target": ["Israel"], "target_country": ["ISR"], "mode": ""}]},
        {"text": "The weather was fine.", "is_title": False, "events": []},
        {"text": "Police arrested two journalists in the capital.", "is_title": False,
         "events": [{"type": "DEMAND", "trigger": "arrested", "source": ["Police"], "source_country": [""],
                     "target": ["two journalists"], "target_country": [""], "mode": ""}]},
    ],
}


def test_article_file_is_scored_whole_and_in_its_half(enricher: Enricher, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "extra_articles.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    evaluate_article_file(enricher, path)
    out = capsys.readouterr().out
    half = halves_part("extra_articles", "probe_article_1")
    assert "== articles, extra_articles.jsonl, part all: 1 articles, 3 sentences" in out
    assert f"== articles, extra_articles.jsonl, part {half}: 1 articles, 3 sentences" in out
    # DISAPPROVE matched; the arrest is COERCE, not the gold's DEMAND: one of two pairs each way
    assert "(sentence, type) pairs: P=0.500 R=0.500" in out
    assert "matched pairs, source actor right: 1/1" in out
    assert "matched pairs, mode agrees: 1/1" in out  # the condemnation told as done, as the gold's "" mode


def test_apart2_has_no_article_file_part(enricher: Enricher, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "extra_articles.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    evaluate_article_file(enricher, path, part="apart2")
    assert capsys.readouterr().out == ""


def test_actor_words_keep_the_us_in_capitals() -> None:
    from benchmarks.eval_events import _actor_match

    assert _actor_match(["US"], ["The US"])  # the country
    assert not _actor_match(["us"], ["told us"])  # the pronoun names no one
