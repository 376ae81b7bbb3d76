"""A small news site over local HTTP for the linked-pages tests (tests/integration/sources/test_pages.py,
tests/e2e/test_dag_pages.py) and the page golden files (tests/golden/pages.py).

The pages in tests/fixtures/pages are written in the shape of real news pages (navigation, related
links, comments, cookie banners, JSON-LD, AMP links, a table layout in ISO-8859-1); every fallback
(robots.txt, paywall, consent wall, 403, 451, not HTML, empty, too large, a redirect to a private
address) has a page or a reply here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, Script, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed, summarize_results
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files
from pipeline.sources.fetch import FetchPolicy
from pipeline.sources.pages import PageFetcher, PagePolicy
from pipeline.sources.registry import Feed

TESTS = Path(__file__).resolve().parents[1]
PAGES = TESTS / "fixtures" / "pages"
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


@contextmanager
def serve_site() -> Iterator[tuple[str, Script]]:
    """The news site of tests/fixtures/pages and its teaser feed (``/feed.xml``) on 127.0.0.1."""
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
