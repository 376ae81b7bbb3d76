"""Whole articles from linked pages (docs/pages.md), end to end over local HTTP servers.

The pages in tests/fixtures/pages are written in the shape of real news pages (navigation, related
links, comments, cookie banners, JSON-LD, AMP links, a table layout in ISO-8859-1); their extracted
bodies are golden files in tests/golden/pages (regenerate: ``WIRELAKE_REGEN_GOLDEN=1 pytest
tests/e2e/test_pages.py``). Every fallback (robots.txt, paywall, consent wall, 403, 451, not HTML,
empty, too large, a redirect to a private address) keeps the feed summary with its reason.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, Script, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed, replay_feed, summarize_results
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files
from pipeline.sources.fetch import FetchPolicy
from pipeline.sources.pages import PageFetcher, PagePolicy
from pipeline.sources.registry import Feed

TESTS = Path(__file__).resolve().parents[1]
PAGES = TESTS / "fixtures" / "pages"
GOLDEN = TESTS / "golden" / "pages"
DAY = dt.date(2026, 11, 25)
FAST = FetchPolicy(timeout_s=2.0, retries=1, backoff_s=0.001, backoff_max_s=0.01)
HTML = {"Content-Type": "text/html; charset=utf-8"}
ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"
FULL_TEXT = ("The harbour authority said on Tuesday that it would open a second ferry terminal next year, doubling the "
             "number of daily crossings to the islands. The new terminal will be built on land reclaimed from the old "
             "fish market and will have room for two ships at once. Ferry operators welcomed the plan, saying that "
             "queues in the summer had grown longer every year since the bridge tolls were raised.")


def page_policy(**kw: Any) -> PagePolicy:
    return PagePolicy(**{"delay_s": 0.05, "fetch": FAST, "max_bytes": 200_000, **kw})


def html_reply(name: str, **kw: Any) -> Reply:
    return Reply(200, (PAGES / name).read_bytes(), {**HTML, **kw.pop("headers", {})}, **kw)


def rss(items: list[dict[str, str]]) -> bytes:
    """An RSS 2.0 feed of teaser items: link, optional title/pubDate/summary/content."""
    out = []
    for it in items:
        parts = [f"<link>{html.escape(it['link'])}</link>", f"<guid>{html.escape(it['link'])}</guid>"]
        if it.get("title"):
            parts.append(f"<title>{html.escape(it['title'])}</title>")
        if it.get("pubDate"):
            parts.append(f"<pubDate>{it['pubDate']}</pubDate>")
        if it.get("updated"):
            parts.append(f"<atom:updated>{it['updated']}</atom:updated>")
        if it.get("summary"):
            parts.append(f"<description>{html.escape(it['summary'])}</description>")
        if it.get("content"):
            parts.append(f"<content:encoded><![CDATA[<p>{it['content']}</p>]]></content:encoded>")
        out.append("<item>" + "".join(parts) + "</item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>teasers</title><link>http://wire.example/</link>' + "".join(out)
            + "</channel></rss>").encode()


ITEMS = [  # (path, title, summary): what a teaser feed says about each page
    ("/business/port-harlow-strike", "", "Hundreds of dock workers stopped work on Tuesday."),
    ("/2026/11/23/rates/", "Veloria holds rates", "The central bank kept its rate at 6.25 percent."),
    ("/regiao/11842.asp", "Rio Tavares floods farms", "Heavy rain flooded farmland around São Tomé do Vale."),
    ("/oceans/kessel-currents", "Deep currents mapped", "A survey found stronger currents than expected."),
    ("/world/gated-story", "Gated story", "A story behind a consent wall."),
    ("/private/secret-story", "Secret story", "Robots.txt keeps crawlers out of this folder."),
    ("/forbidden-story", "Forbidden story", "The server refuses this one."),
    ("/blocked-story", "Blocked story", "Unavailable for legal reasons here."),
    ("/files/report.pdf", "Annual report", "The report as a PDF file."),
    ("/empty-story", "Empty story", "A page rendered by JavaScript, empty without it."),
    ("/huge-story", "Huge story", "A page larger than the cap."),
    ("/to-intranet", "Redirected story", "A link that redirects to an address on a private network."),
    ("/to-metadata", "Metadata story", "A link that redirects to the cloud metadata address."),
]
EXPECTED = {  # path -> (body_source, body_reason)
    "/business/port-harlow-strike": ("page", None),
    "/2026/11/23/rates/": ("page", None),
    "/regiao/11842.asp": ("page", None),
    "/oceans/kessel-currents": ("summary", "paywall"),
    "/world/gated-story": ("summary", "consent_wall"),
    "/private/secret-story": ("summary", "robots_disallowed"),
    "/forbidden-story": ("summary", "access_denied"),
    "/blocked-story": ("summary", "legal_block"),
    "/files/report.pdf": ("summary", "not_html"),
    "/empty-story": ("summary", "empty_extraction"),
    "/huge-story": ("summary", "too_large"),
    "/to-intranet": ("summary", "private_address"),
    "/to-metadata": ("summary", "forbidden_address"),
    "/full-text-story": ("feed", None),
}
GOLDEN_PAGES = {"/business/port-harlow-strike": "port-strike", "/2026/11/23/rates/": "rate-decision",
                "/regiao/11842.asp": "river-floods-legacy"}


def site_routes() -> dict[str, list[Reply]]:
    # a page rendered by JavaScript: the HTML is an empty shell
    app_shell = (b"<!DOCTYPE html><html><head><title>Loading...</title><script src='/static/app.js' defer></script>"
                 b"</head><body><div id='root'></div><noscript>You need to enable JavaScript to run this app."
                 b"</noscript></body></html>")
    return {
        "/robots.txt": [Reply(200, ROBOTS, {"Content-Type": "text/plain"})],
        "/business/port-harlow-strike": [html_reply("port-strike.html", etag='"strike-1"')],
        "/2026/11/23/rates/": [html_reply("rate-decision.html")],
        # the legacy page declares its charset only in a <meta> tag
        "/regiao/11842.asp": [html_reply("river-floods-legacy.html", headers={"Content-Type": "text/html"})],
        "/oceans/kessel-currents": [html_reply("lab-paywalled.html")],
        "/world/gated-story": [Reply(302, b"", {"Location": "/consent?continue=%2Fworld%2Fgated-story"})],
        "/consent": [html_reply("consent-gate.html")],
        "/private/secret-story": [html_reply("port-strike.html")],
        "/forbidden-story": [Reply(403, b"<html><body>Forbidden</body></html>", HTML)],
        "/blocked-story": [Reply(451, b"<html><body>Unavailable For Legal Reasons</body></html>", HTML)],
        "/files/report.pdf": [Reply(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", {"Content-Type": "application/pdf"})],
        "/empty-story": [Reply(200, app_shell, HTML)],
        "/huge-story": [Reply(200, b"<html><body><p>" + b"word " * 60_000 + b"</p></body></html>", HTML)],
        # the feed allows 127.0.0.0/8 only: 10.x is refused before any connection, and metadata always
        "/to-intranet": [Reply(302, b"", {"Location": "http://10.20.30.40/story"})],
        "/to-metadata": [Reply(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})],
    }


@pytest.fixture
def site() -> Iterator[tuple[str, Script]]:
    with serve_script(site_routes()) as (base, script):
        items = [{"link": base + p, "title": t, "summary": s} for p, t, s in ITEMS]
        items.append({"link": base + "/full-text-story", "title": "Second ferry terminal", "content": FULL_TEXT,
                      "pubDate": "Tue, 24 Nov 2026 10:00:00 GMT"})
        script.routes["/feed.xml"] = [Reply(200, rss(items))]
        yield base, script


def teaser_feed(base: str, **kw: Any) -> Feed:
    return Feed(name="teasers", url=f"{base}/feed.xml", agency="Wire", language="en",
                allow_private_network=("127.0.0.0/8",), **kw)


def ingest(lake: Path, feed: Feed, pages: PageFetcher, day: dt.date = DAY) -> dict[str, Any]:
    res = ingest_feed(feed, day=day, settings=Settings(lake_uri=str(lake)), run_id=f"t-{day}", enricher=PlainEnricher(),
                      storage=Storage.from_uri(str(lake)), policy=FAST, pages=pages).to_dict()
    summarize_results([res])  # the accounting identity holds
    return res


def rows(lake: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    storage = Storage.from_uri(str(lake))
    out: list[dict[str, Any]] = []
    for f in committed_files(storage, table):
        out.extend(pq.read_table(storage.full(f)).to_pylist())
    return out


def by_path(base: str, articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {a["url"].removeprefix(base): a for a in articles}


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
    for path, name in GOLDEN_PAGES.items():  # extracted bodies, paragraphs as lines
        golden = GOLDEN / f"{name}.txt"
        if os.environ.get("WIRELAKE_REGEN_GOLDEN"):
            golden.write_text(arts[path]["raw_text"] + "\n", encoding="utf-8")
        assert arts[path]["raw_text"] == golden.read_text(encoding="utf-8").rstrip("\n"), name
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


@pytest.mark.slow
def test_dag_reprocess_rebuilds_identical_bodies_with_the_network_off(airflow_db: None, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Acceptance #3: wire_ingest fetches the teaser feed and its pages; the servers stop; a re-run of
    the day with ``reprocess`` rebuilds the same articles (bodies, sources, reasons) from the raw zone."""
    from tests.e2e.test_dag_ingest import _dag, _run

    for var, value in (("WIRELAKE_PAGE_DELAY_S", "0.05"), ("WIRELAKE_PAGE_MAX_BYTES", "200000"),
                       ("WIRELAKE_FETCH_RETRIES", "1"), ("WIRELAKE_FETCH_BACKOFF_S", "0.001"),
                       ("WIRELAKE_FETCH_BACKOFF_MAX_S", "0.01")):
        monkeypatch.setenv(var, value)
    lake = tmp_path / "lake"
    registry = tmp_path / "feeds.yaml"
    dag = _dag("wire_ingest")
    with serve_script(site_routes()) as (base, script):
        items = [{"link": base + p, "title": t, "summary": s} for p, t, s in ITEMS]
        script.routes["/feed.xml"] = [Reply(200, rss(items))]
        registry.write_text(f"feeds:\n  - name: teasers\n    url: {base}/feed.xml\n    agency: Wire\n    language: en\n"
                            "    allow_private_network: ['127.0.0.0/8']\n", encoding="utf-8")
        conf = {"lake_uri": str(lake), "feeds_file": str(registry)}
        assert _run(dag, conf, DAY).state == "success"
    first = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    assert {a["body_source"] for a in first} == {"page", "summary"}
    assert sum(a["body_source"] == "page" for a in first) == 3
    # the servers are gone: any fetch would now fail
    assert _run(dag, {**conf, "reprocess": True}, DAY).state == "success"
    again = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    keys = ("article_id", "raw_text", "text", "title", "author", "published", "body_source", "body_reason", "page_url",
            "page_fetched_at", "page_ref", "fetched_at")
    assert [{k: a[k] for k in keys} for a in again] == [{k: a[k] for k in keys} for a in first]
    ents = rows(lake, "entities")
    assert ents and all(next(a for a in again if a["article_id"] == e["article_id"])["text"][e["start"]:e["end"]]
                        == e["text"] for e in ents)
