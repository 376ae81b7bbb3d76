"""Golden-file test: every feed of feedparser's test corpus and the shared news captures, served
from a local HTTP server, goes through fetch → land → parse → dedupe → account (no NLP).

No crash; every item written or quarantined with a reason; seen = written + duplicates +
quarantined for every feed; no U+FFFD or mojibake where the bytes were decodable; and the per-feed
outcome matches tests/golden/feeds/<corpus>.json (regenerate: ``python -m tests.golden.regen``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.golden import feeds as H
from tests.golden.regen import HINT, assert_golden


def _check(results: dict[str, dict[str, Any]], golden_name: str, decodable: set[str]) -> None:
    for rel, r in results.items():
        assert r["items_seen"] == r["written"] + r["duplicates"] + r["quarantined"], rel
        assert len(r["_health"]) == 1 and r["_health"][0]["items_seen"] == r["items_seen"], rel
        assert all(q.split(":", 1)[1] for q in r["quarantine"]), rel
        assert sum(q.startswith("item:") for q in r["quarantine"]) == r["quarantined"], rel
        if r["status"] != "ok":
            assert r["reason"] and f"feed:{r['reason']}" in r["quarantine"], rel
        if rel in decodable:
            texts = [r["feed_title"] or ""] + [f"{a['title'] or ''} {a['raw_text']}" for a in r["_articles"]]
            for t in texts:
                assert "\ufffd" not in t, (rel, t[:80])
                assert not any(m in t for m in H.MOJIBAKE), (rel, t[:80])
    path = H.GOLDEN / f"{golden_name}.json"
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = H.goldens(results)
    assert sorted(got) == sorted(expected), f"corpus changed: {HINT}"
    diffs = {k: (expected[k], got[k]) for k in got if got[k] != expected[k]}
    assert not diffs, f"{len(diffs)} feeds differ from the golden files, e.g. {next(iter(diffs.items()))}; {HINT}"
    assert_golden(path, H.render(got))


def test_feedparser_corpus(tmp_path: Path) -> None:
    manifest = [json.loads(line) for line in (H.FEEDPARSER / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (H.FEEDPARSER / "LICENSE").is_file()
    assert {m["file"] for m in manifest} == set(H.corpus_files(H.FEEDPARSER))
    decodable = {m["file"] for m in manifest if not m.get("bozo_expected")}
    results = H.run_corpus(H.FEEDPARSER, tmp_path)
    assert len(results) == len(manifest) >= 290
    _check(results, "feedparser", decodable)
    # the corpus exercises the interesting paths
    reasons = {q for r in results.values() for q in r["quarantine"]}
    assert {"item:no_identity", "item:no_text", "feed:not_a_feed", "feed:malformed_feed", "feed:xml_entities"} <= reasons


def test_news_corpus(tmp_path: Path) -> None:
    news = H.shared_news()
    if not news.is_dir():
        pytest.skip(f"shared news feeds not found at {news} (set WIRELAKE_SHARED)")
    results = H.run_corpus(news, tmp_path)
    non_feeds = {"notafeed.html"}
    _check(results, "news", set(results) - non_feeds - {"saxerror.xml"})
    assert sum(r["written"] for r in results.values()) >= 100
    assert results["notafeed.html"]["status"] == "quarantined"
