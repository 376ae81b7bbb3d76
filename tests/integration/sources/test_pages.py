"""Whole articles from linked pages (docs/pages.md) over local HTTP servers: the site of
tests/support/pagesite.py, whose extracted bodies are golden files (tests/golden/test_pages.py).
Every fallback (robots.txt, paywall, consent wall, 403, 451, not HTML, empty, too large, a redirect
to a private address) keeps the feed summary with its reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, Script, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed, replay_feed
from pipeline.lake.storage import Storage
from pipeline.sources.pages import PageFetcher
from pipeline.sources.registry import Feed
from tests.support.pagesite import (
    DAY,
    EXPECTED,
    FAST,
    FULL_TEXT,
    GOLDEN_PAGES,
    HTML,
    ITEMS,
    PAGES,
    by_path,
    ingest,
    page_policy,
    rows,
    rss,
    serve_site,
    teaser_feed,
)


@pytest.fixture
def site() -> Iterator[tuple[str, Script]]:
    with serve_site() as served:
        yield served


def test_linked_pages_give_bodies_and_every_fallback_keeps_the_summary(site: tuple[str, Script], tmp_path: Path) -> None:
    base, script = site
    lake = tmp_path / "lake"
    pages = PageFetcher(page_policy())
    res = ingest(lake, teaser_feed(base), pages)
    assert res["items_seen"] == res["written"] == len(EXPECTED) and res["quarantined"] == 0
    assert (res["body_page"], res["body_summary"]) == (3, 10)
    arts = by_path(base, rows(lake, "articles"))
    assert {p: (a["body_source"], a["body_reason"]) for p, a in arts.items()} == EXPECTED
    summaries = {base + p: s for p, _, s in ITEMS}
    for path, a in arts.items():
        if a["body_source"] == "summary":  # nothing silently empty: the feed's summary, and why
            assert a["raw_text"] == summaries[base + path] and a["page_url"] and a["page_fetched_at"]
        if a["body_source"] == "feed":
            assert a["raw_text"] == FULL_TEXT and a["page_url"] is None and a["page_fetched_at"] is None
    for path in GOLDEN_PAGES:  # extracted bodies, paragraphs as lines (the text itself: tests/golden/test_pages.py)
        assert arts[path]["raw_text"].count("\n") >= 4 and arts[path]["page_ref"].startswith(f"raw/dt={DAY}/source=teasers/pages/")
    strike = arts["/business/port-harlow-strike"]
    assert "Accept all cookies" not in strike["raw_text"] and "harbourwatcher" not in strike["raw_text"]
    assert "Port Harlow expansion approved" not in strike["raw_text"]  # the inline "Related:" link and related list
    # page metadata where the feed lacks it: title (JSON-LD headline), author, published
    assert strike["title"] == "Dock workers walk out at Port Harlow over pay and night shifts"
    assert strike["author"] == "Marta Kowalczyk"
    assert strike["published"] == dt.datetime(2026, 11, 24, 7, 45, tzinfo=dt.UTC)
    assert "São Tomé do Vale" in arts["/regiao/11842.asp"]["raw_text"]  # ISO-8859-1 from the <meta> charset
    assert arts["/world/gated-story"]["page_url"] == base + "/consent?continue=%2Fworld%2Fgated-story"
    # robots.txt: asked once for the host, and the disallowed page never requested
    asked = [p for p, _ in script.requests]
    assert asked.count("/robots.txt") == 1 and "/private/secret-story" not in asked
    assert all(h["user-agent"].startswith("wirelake/") for p, h in script.requests)
    assert "/full-text-story" not in asked  # full text in the feed: no page wanted
    # every fallback is also a page-level quarantine row (not counted as a quarantined item)
    q = sorted((r["level"], r["reason"]) for r in rows(lake, "quarantine"))
    assert q == sorted(("page", reason) for src, reason in EXPECTED.values() if src == "summary")
    assert arts["/huge-story"]["page_ref"] is None


def test_page_text_is_stored_as_extracted_and_offsets_point_into_it(site: tuple[str, Script], tmp_path: Path,
                                                                   enricher: Any) -> None:
    base, _ = site
    lake = tmp_path / "lake"
    res = ingest_feed(teaser_feed(base), day=DAY, settings=Settings(lake_uri=str(lake)), run_id="t", enricher=enricher,
                      storage=Storage.from_uri(str(lake)), policy=FAST, pages=PageFetcher(page_policy()))
    assert res.body_page == 3 and res.entities > 0
    arts = {a["article_id"]: a for a in rows(lake, "articles")}
    for a in arts.values():
        if a["body_source"] == "page":
            assert a["input_casing"] == "cased" and a["casing"] == "original"
            assert a["text"] == a["raw_text"]  # restoration leaves extracted text untouched
    for e in rows(lake, "entities"):
        a = arts[e["article_id"]]
        assert a["text"][e["start"]:e["end"]] == e["text"]
        assert a["raw_text"][e["raw_start"]:e["raw_end"]] == e["text"] or a["body_source"] != "page"
    names = {e["text"] for e in rows(lake, "entities") if arts[e["article_id"]]["body_source"] == "page"}
    assert {"Tomasz Reyes", "Elena Marsh"} & names


def test_replay_rebuilds_identical_bodies_without_network(site: tuple[str, Script], tmp_path: Path) -> None:
    base, script = site
    lake = tmp_path / "lake"
    ingest(lake, teaser_feed(base), PageFetcher(page_policy()))
    before = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    quarantine = rows(lake, "quarantine")
    script.routes.clear()  # every request would now be a 404 ...
    storage = Storage.from_uri(str(lake))
    served = len(script.requests)
    res = replay_feed("teasers", day=DAY, settings=Settings(lake_uri=str(lake)), run_id="replay", storage=storage,
                      enricher=PlainEnricher())
    assert len(script.requests) == served  # ... and none is made
    assert res.body_page == 3
    after = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    assert after == before
    assert sorted(rows(lake, "quarantine"), key=str) == sorted(quarantine, key=str)


def test_second_poll_sends_a_conditional_get_only_for_updated_entries(site: tuple[str, Script], tmp_path: Path) -> None:
    base, script = site
    lake = tmp_path / "lake"
    pages = PageFetcher(page_policy())
    feed = teaser_feed(base)
    ingest(lake, feed, pages)
    first = by_path(base, rows(lake, "articles"))["/business/port-harlow-strike"]
    n_rates = sum(p == "/2026/11/23/rates/" for p, _ in script.requests)
    # the next poll: the strike story was updated, the others were not
    items = [{"link": base + p, "title": t, "summary": s} for p, t, s in ITEMS]
    items[0]["updated"] = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    script.routes["/feed.xml"] = [Reply(200, rss(items))]
    ingest(lake, feed, pages)
    strike = [h for p, h in script.requests if p == "/business/port-harlow-strike"]
    assert len(strike) == 2 and "if-none-match" not in strike[0] and strike[1]["if-none-match"] == '"strike-1"'
    assert sum(p == "/2026/11/23/rates/" for p, _ in script.requests) == n_rates  # not refetched
    again = by_path(base, rows(lake, "articles"))["/business/port-harlow-strike"]
    assert again["body_source"] == "page" and again["raw_text"] == first["raw_text"]  # 304: the landed page


def test_full_text_feeds_fetch_no_pages_and_write_what_they_wrote_before(feed_server: str, tmp_path: Path) -> None:
    """The bundled wire samples carry the whole article in content:encoded / Atom content."""
    results = {}
    for mode in ("auto", "feed"):
        lake = tmp_path / mode
        pages = PageFetcher(page_policy())
        for name in ("reuters-world", "wire-atom"):
            f = Feed(name=name, url=f"{feed_server}/{name}.xml", agency="A", language="en", allow_private_network=True,
                     content=mode)
            ingest(lake, f, pages)
        assert pages.totals.wanted == 0
        results[mode] = sorted((a["article_id"], a["raw_text"], a["body_source"]) for a in rows(lake, "articles"))
    assert results["auto"] == results["feed"] and {s for _, _, s in results["auto"]} == {"feed"}


def assert_polite(times: list[tuple[str, float, float]], delay: float) -> None:
    """Server-side (path, start, end) of one host's requests: never two at once, and each starts at
    least ``delay`` after the previous one started. (The gate counts the delay from the end of the
    previous response at the client; the server's own end time can be stamped a little late when
    its thread waits for the interpreter, so the start-to-start distance is the robust measure.)"""
    for (_, start0, end0), (_, start1, _) in zip(times, times[1:]):
        assert start1 >= end0, "two requests to one host at once"
        assert start1 - start0 >= delay, (start1 - start0, delay)


def test_per_host_rate_limit_and_concurrency_of_one_measured(tmp_path: Path) -> None:
    """Two hosts, six pages each: on each host requests never overlap and start at least the delay
    (or the host's Crawl-delay) after the previous one ended; the two hosts are fetched side by side."""
    story = (PAGES / "rate-decision.html").read_bytes()
    delay, crawl_delay = 0.25, 0.4
    with ExitStack() as stack:
        hosts = []
        for robots in (b"User-agent: *\nAllow: /\n", f"User-agent: *\nCrawl-delay: {crawl_delay}\n".encode()):
            routes = {"/robots.txt": [Reply(200, robots, {"Content-Type": "text/plain"})]}
            routes.update({f"/story-{i}": [Reply(200, story, HTML, delay_s=0.02)] for i in range(6)})
            hosts.append(stack.enter_context(serve_script(routes)))
        with serve_script({}) as (feed_base, feed_script):
            items = [{"link": f"{base}/story-{i}", "title": f"Story {i}", "summary": "Rates held."}
                     for i in range(6) for base, _ in hosts]
            feed_script.routes["/feed.xml"] = [Reply(200, rss(items))]
            pages = PageFetcher(page_policy(delay_s=delay))
            ingest(tmp_path / "lake", teaser_feed(feed_base), pages)
    stats = pages.stats_for("teasers")
    assert stats.requested == 12 and stats.ok == 12 and stats.hosts == 2
    spans = []
    for (_, script), gap in zip(hosts, (delay, crawl_delay)):
        times = sorted(t for t in script.timings)
        assert [p for p, _, _ in times][0] == "/robots.txt" and len(times) == 7
        assert_polite(times, gap)
        spans.append((times[1][1], times[-1][2]))
    assert spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1]  # the hosts were fetched concurrently
    assert stats.floor_s == pytest.approx(5 * delay) and stats.wait_s > 0


@pytest.mark.slow
def test_two_hundred_links_on_twenty_hosts_respect_the_per_host_limits(tmp_path: Path) -> None:
    """Acceptance #4 in the test suite (benchmarks/crawl_pages.py measures it): 200 linked articles
    on 20 local servers, 10 each, one at a time per host with 0.2 s between requests."""
    story = (PAGES / "port-strike.html").read_bytes()
    delay = 0.2

    def page(h: int, i: int) -> bytes:  # a different story on every page (same text would be a duplicate)
        return story.replace(b"Hundreds of dock workers", f"Dock workers from berth {h}-{i}".encode())

    with ExitStack() as stack:
        hosts = [stack.enter_context(serve_script({"/robots.txt": [Reply(404, b"")],
                                                   **{f"/a/{i}": [Reply(200, page(h, i), HTML)] for i in range(10)}}))
                 for h in range(20)]
        with serve_script({}) as (feed_base, feed_script):
            items = [{"link": f"{base}/a/{i}", "title": f"Story {h}-{i}", "summary": "Dock workers stopped work."}
                     for i in range(10) for h, (base, _) in enumerate(hosts)]
            feed_script.routes["/feed.xml"] = [Reply(200, rss(items))]
            pages = PageFetcher(page_policy(delay_s=delay, workers=8))
            res = ingest(tmp_path / "lake", teaser_feed(feed_base), pages)
    assert res["written"] == 200 and res["body_page"] == 200
    stats = pages.stats_for("teasers")
    assert stats.requested == 200 and stats.hosts == 20
    for _, script in hosts:
        times = sorted(script.timings, key=lambda t: t[1])
        assert len(times) == 11  # robots.txt (404: everything allowed) and ten pages
        assert_polite(times, delay)
    assert stats.wall_s >= 9 * delay  # ten requests a host, a delay between each
