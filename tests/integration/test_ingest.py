"""Acquisition (``pipeline.ingest``: fetch, land, parse, dedupe, write) against scripted local servers: every fault ends in a feed_health and
quarantine record (never a crashed run), reruns and overlapping days write no duplicates, and
replay rebuilds identical tables from the raw zone without network (the same through the CLI:
tests/e2e/test_cli.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed, replay_feed, summarize_results
from pipeline.lake.storage import Storage
from pipeline.sources.fetch import FetchPolicy
from pipeline.sources.registry import Feed
from tests.support.wire import DAY, FAST, STORY, feed, rows, rss

TABLES = ("articles", "quarantine", "feed_health")
EDITED = ("LONDON (Wire) - " + STORY.replace("on Tuesday", "on Tuesday afternoon")
          .replace("Markets had largely expected the decision.", "Financial markets had largely priced in the decision."))


def run(lake: Path, f: Feed, day: dt.date = DAY, policy: FetchPolicy = FAST) -> dict[str, Any]:
    storage = Storage.from_uri(str(lake))
    res = ingest_feed(f, day=day, settings=Settings(lake_uri=str(lake)), run_id=f"t-{day}-{f.name}", storage=storage,
                      enricher=PlainEnricher(), policy=policy)
    d = res.to_dict()
    summarize_results([d])  # raises when the accounting identity fails
    return d


def one(lake: Path, table: str, source: str) -> list[dict[str, Any]]:
    return [r for r in rows(lake, table) if r["source"] == source]


FAULTS: dict[str, tuple[list[Reply], str, str]] = {
    # name: (replies, feed_health status, quarantine reason)
    "timeout": ([Reply(body=rss([]), delay_s=0.8)], "failed", "timeout"),
    "server-error": ([Reply(503, b"<h1>down</h1>")], "failed", "http_error"),
    "throttled": ([Reply(429, headers={"Retry-After": "3"})], "failed", "rate_limited"),
    "not-found": ([Reply(404, b"nope")], "failed", "http_error"),
    "loop": ([Reply(302, headers={"Location": "/loop"})], "failed", "redirect_loop"),
    "truncated": ([Reply(body=rss([("http://wire.example/a/1", STORY)]), truncate_to=100)], "failed", "truncated"),
    "too-big": ([Reply(body=rss([("http://wire.example/a/1", STORY)] * 600))], "failed", "too_large"),
    "laughs": ([Reply(body=rss([("http://wire.example/a/1", "&lol9;")], doctype=(
        '<!DOCTYPE rss [<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
        + "]>")))], "quarantined", "xml_entities"),
    "html-page": ([Reply(body=b"<html><body><p>Sign in</p></body></html>", headers={"Content-Type": "text/html"})],
                  "quarantined", "not_a_feed"),
}


def test_every_fault_ends_in_a_record(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    routes = {f"/{name}": replies for name, (replies, _, _) in FAULTS.items()}
    routes["/loop"] = [Reply(302, headers={"Location": "/loop"})]
    with serve_script(routes) as (base, script):
        results = {name: run(lake, feed(name, f"{base}/{name}")) for name in FAULTS}
        private = run(lake, Feed(name="private", url=f"{base}/server-error", agency="W", language="en", content="feed"))
    assert script.hits("/server-error") == 3 and script.hits("/not-found") == 1 and script.hits("/throttled") == 3
    for name, (_, status, reason) in FAULTS.items():
        health = one(lake, "feed_health", name)
        assert len(health) == 1, name
        assert (health[0]["status"], health[0]["reason"]) == (status, reason), name
        assert results[name]["status"] == status
        assert reason in [q["reason"] for q in one(lake, "quarantine", name) if q["level"] == "feed"], name
        assert one(lake, "articles", name) == []
    assert one(lake, "feed_health", "private")[0]["reason"] == "private_address"
    assert private["status"] == "failed"
    # error bodies are kept in the raw zone with their status, and never parsed
    q = one(lake, "quarantine", "server-error")[0]
    assert q["detail"].startswith("HTTP 503") and "after 3 attempts" in q["detail"]
    assert (lake / q["raw_ref"]).read_bytes() == b"<h1>down</h1>"


def test_retry_then_success_and_conditional_get(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    items = [("http://wire.example/a/1", STORY), ("http://wire.example/a/2?utm_source=rss", "second story text")]
    with serve_script({"/f": [Reply(500), Reply(429, headers={"Retry-After": "0"}), Reply(body=rss(items), etag='"e1"')]}) as (base, script):
        f = feed("wire", f"{base}/f")
        first = run(lake, f)
        again = run(lake, f)  # same day, 304
        tomorrow = run(lake, f, DAY + dt.timedelta(days=1))  # next day, 304
    assert (first["status"], first["written"], first["items_seen"]) == ("ok", 2, 2)
    assert script.requests[3][1].get("if-none-match") == '"e1"'
    assert again["status"] == "not_modified" and again["written"] == 2  # the day's partitions are rebuilt from raw
    assert tomorrow["status"] == "not_modified" and (tomorrow["items_seen"], tomorrow["written"]) == (0, 0)
    health = {r["dt"]: r for r in rows(lake, "feed_health")}
    assert health[str(DAY)]["not_modified"] and health[str(DAY)]["bytes"] is None
    assert health[str(DAY)]["written"] == 2 and health[str(DAY)]["payloads"] == 1
    assert [q["reason"] for q in rows(lake, "quarantine")] == []
    ids = [a["article_id"] for a in rows(lake, "articles")]
    assert len(ids) == len(set(ids)) == 2


def test_same_day_twice_and_overlapping_next_day_write_no_duplicates(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    day1 = [(f"http://wire.example/a/{i}", f"{STORY} number {i}") for i in range(1, 4)]
    day2 = [(f"http://wire.example/a/{i}#frag", f"{STORY} number {i}") for i in range(2, 6)]  # 2, 3 seen yesterday
    with serve_script({"/f": [Reply(body=rss(day1)), Reply(body=rss(day1)), Reply(body=rss(day2))]}) as (base, _):
        f = feed("wire", f"{base}/f")
        a = run(lake, f)
        b = run(lake, f)  # same day, same payload (no validators sent by this server)
        c = run(lake, f, DAY + dt.timedelta(days=1))
        d = run(lake, f, DAY + dt.timedelta(days=1))  # rerun of the next day
    assert (a["written"], b["written"]) == (3, 3) and b["duplicates"] == 0  # one payload landed, content-addressed
    assert (c["items_seen"], c["written"], c["duplicates"]) == (4, 2, 2)
    assert (d["written"], d["duplicates"]) == (2, 2)
    arts = rows(lake, "articles")
    assert len(arts) == 5 and len({r["article_id"] for r in arts}) == 5
    assert all(r["url"] == r["canonical_url"] + "#frag" or r["dt"] == str(DAY) for r in arts)


def test_two_polls_a_day_are_accounted_once(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    morning = [("http://wire.example/a/1", STORY + " one"), ("http://wire.example/a/2", STORY + " two")]
    evening = morning[1:] + [("http://wire.example/a/3", STORY + " three")]
    with serve_script({"/f": [Reply(body=rss(morning)), Reply(body=rss(evening))]}) as (base, _):
        f = feed("wire", f"{base}/f")
        run(lake, f)
        r = run(lake, f)
    assert (r["items_seen"], r["written"], r["duplicates"], r["quarantined"]) == (4, 3, 1, 0)
    assert one(lake, "feed_health", "wire")[0]["payloads"] == 2


def test_cross_feed_copies_owned_once_and_near_duplicates_linked(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    shared = ("http://wire.example/world/rates", STORY)
    with serve_script({"/a": [Reply(body=rss([shared, ("http://a.example/own", "a story of its own")]))],
                       "/b": [Reply(body=rss([shared, ("http://b.example/rates-copy", EDITED)]))]}) as (base, _):
        fa, fb = feed("feed-a", f"{base}/a"), feed("feed-b", f"{base}/b")
        ra, rb = run(lake, fa), run(lake, fb)
        # rerunning either feed keeps the decision (its own shard remembers it owns the story)
        ra2, rb2 = run(lake, fa), run(lake, fb)
    assert (ra["written"], rb["written"], rb["duplicates"]) == (2, 1, 1)
    assert (ra2["written"], rb2["written"]) == (2, 1)
    arts = {r["url"]: r for r in rows(lake, "articles")}
    assert arts["http://wire.example/world/rates"]["source"] == "feed-a"
    copy = arts["http://b.example/rates-copy"]
    assert copy["duplicate_of"] == arts["http://wire.example/world/rates"]["article_id"]
    assert arts["http://a.example/own"]["duplicate_of"] is None


def test_concurrent_claims_resolve_to_the_earlier_fetch(tmp_path: Path) -> None:
    """Both feeds claimed the story (a race: neither saw the other's shard). On rerun, the feed
    whose fetch came later gives it up, the other keeps it."""
    from pipeline.dedupe import shards

    lake = tmp_path / "lake"
    shared = ("http://wire.example/world/rates", STORY)
    with serve_script({"/a": [Reply(body=rss([shared]))], "/b": [Reply(body=rss([shared]))]}) as (base, _):
        fa, fb = feed("feed-a", f"{base}/a"), feed("feed-b", f"{base}/b")
        run(lake, fa)
        storage = Storage.from_uri(str(lake))
        a_shard = storage.read_bytes(shards.shard_ref(DAY, "feed-a"))
        storage.delete(shards.shard_ref(DAY, "feed-a"))  # feed-b cannot see feed-a's claim yet
        assert run(lake, fb)["written"] == 1
        storage.write_bytes(shards.shard_ref(DAY, "feed-a"), a_shard)
        assert run(lake, fb)["written"] == 0  # feed-a fetched first: feed-b yields
        assert run(lake, fa)["written"] == 1
    assert len(rows(lake, "articles")) == 1


def test_casing_detected_per_article(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    items = [("http://wire.example/a/1", STORY), ("http://wire.example/a/2", EDITED.lower().replace(",", " ,"))]
    with serve_script({"/f": [Reply(body=rss(items))]}) as (base, _):
        run(lake, feed("wire", f"{base}/f"))
    casing = {r["url"]: r["input_casing"] for r in rows(lake, "articles")}
    assert casing == {"http://wire.example/a/1": "cased", "http://wire.example/a/2": "lower"}


def test_replay_rebuilds_identical_tables_without_network(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    settings = Settings(lake_uri=str(lake))
    items = [(f"http://wire.example/a/{i}", f"{STORY} {i}") for i in range(3)] + [("http://wire.example/x", "")]
    with serve_script({"/a": [Reply(body=rss(items)), Reply(body=rss(items[1:]))], "/b": [Reply(body=rss(items[:2] + [
            ("http://b.example/copy", EDITED)]))], "/down": [Reply(500)]}) as (base, _):
        feeds = [feed("feed-a", f"{base}/a"), feed("feed-b", f"{base}/b"), feed("feed-down", f"{base}/down")]
        for f in feeds:
            run(lake, f)
        run(lake, feeds[0])
    before = {t: rows(lake, t) for t in TABLES}
    assert len(before["articles"]) == 4 and any(r["duplicate_of"] for r in before["articles"])
    assert {r["reason"] for r in before["quarantine"]} == {"no_text", "http_error"}
    for t in TABLES:
        storage.delete_tree(t)
    # the server is gone: replay reads the raw zone only
    results = [replay_feed(f.name, day=DAY, settings=settings, run_id="replay", storage=storage,
                           enricher=PlainEnricher(), feed_meta=f).to_dict() for f in feeds]
    summarize_results(results)
    after = {t: rows(lake, t) for t in TABLES}
    assert after == before


@pytest.mark.parametrize("order", [("feed-a", "feed-b"), ("feed-b", "feed-a")])
def test_replay_order_does_not_change_owners(tmp_path: Path, order: tuple[str, str]) -> None:
    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    shared = [("http://wire.example/world/rates", STORY)]
    with serve_script({"/a": [Reply(body=rss(shared))], "/b": [Reply(body=rss(shared))]}) as (base, _):
        feeds = {n: feed(n, f"{base}/{n[-1]}") for n in ("feed-a", "feed-b")}
        for n in ("feed-a", "feed-b"):
            run(lake, feeds[n])
    before = rows(lake, "articles")
    for name in order:
        replay_feed(name, day=DAY, settings=Settings(lake_uri=str(lake)), run_id="r", storage=storage,
                    enricher=PlainEnricher(), feed_meta=feeds[name])
    assert rows(lake, "articles") == before and [r["source"] for r in before] == ["feed-a"]


class _HomeRecorder(PlainEnricher):
    """Records the outlet country each article is enriched with."""

    def __init__(self) -> None:
        self.homes: list[str | None] = []

    def enrich(self, items: Any) -> Any:
        items = list(items)
        self.homes += [item.home_country for item in items]
        return super().enrich(items)


def test_the_outlets_country_reaches_the_enricher_and_survives_replay(tmp_path: Path) -> None:
    """A registry entry's ``country`` is the stories' home country for the events; the fetch record
    keeps it, so a replay without the registry enriches with it too."""
    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    local = Feed(name="le-matinal", url="", agency="Le Matinal", language="en", allow_private_network=True,
                 content="feed", country="MUS")
    with serve_script({"/m": [Reply(body=rss([("http://wire.example/mu/1", STORY)]))]}) as (base, _):
        recorder = _HomeRecorder()
        ingest_feed(replace(local, url=f"{base}/m"), day=DAY, settings=Settings(lake_uri=str(lake)), run_id="t",
                    storage=storage, enricher=recorder, policy=FAST)
    assert recorder.homes == ["MUS"]
    for table in TABLES:
        storage.delete_tree(table)
    again = _HomeRecorder()
    replay_feed("le-matinal", day=DAY, settings=Settings(lake_uri=str(lake)), run_id="r", storage=storage,
                enricher=again)
    assert again.homes == ["MUS"]
