"""Linked-page ingestion under politeness: a feed of N linked articles on H local hosts.

    python -m benchmarks.crawl_pages [--hosts 20] [--per-host 10] [--delay 1.0] [--workers 8] [--latency 0.05]

H HTTP servers on 127.0.0.1 (one per host, each with a robots.txt) serve news pages built by
``benchmarks/pagegen.py`` around article texts (the worldwide-newswire originals when
``$WIRELAKE_SHARED`` has them, else the bundled sample articles, varied); one RSS feed of teasers
links to all of them, interleaved across hosts as real feeds do. The feed goes through the real
path (``ingest_feed``: fetch, land, linked pages, extraction, dedup, Parquet; no NLP) and the
script prints the run's closing note — pages/s and the time spent waiting on politeness — and
checks, from the servers' own logs, that no host ever had two requests at once and that requests
to a host started at least ``--delay`` apart. ``--latency`` makes every page answer that much later
(a real server's think time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks.pagegen import LAYOUTS, Story, headline_from_url, render
from pipeline.cli import _pages_note
from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed
from pipeline.lake.storage import Storage
from pipeline.sources.fetch import FetchPolicy
from pipeline.sources.pages import PageFetcher, PagePolicy
from pipeline.sources.registry import Feed

REPO = Path(__file__).resolve().parents[1]

SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))


def stories(n: int) -> list[Story]:
    folder = SHARED / "eval" / "worldwide_newswire" / "original_articles"
    if folder.is_dir():
        from benchmarks.eval_extraction import read_stories

        return read_stories(folder)[:n]
    import yaml

    data = yaml.safe_load((REPO / "pipeline" / "samples" / "articles.yaml").read_text(encoding="utf-8"))
    texts = [a["text"] for feed in data.values() for a in feed if a.get("text")]
    out = []
    for i in range(n):  # vary the sample texts so that no two pages are duplicates
        base = texts[i % len(texts)].splitlines()
        paras = [f"{line} (report {i}, part {j})" for j, line in enumerate(base) if line.strip()]
        out.append(Story(f"https://sample.example/story-{i}", f"Sample story number {i}", paras))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--per-host", type=int, default=10)
    ap.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host (default 1.0)")
    ap.add_argument("--workers", type=int, default=8, help="pages in flight at once (default 8)")
    ap.add_argument("--latency", type=float, default=0.05, help="server think time per page in seconds (default 0.05)")
    args = ap.parse_args(argv)
    n = args.hosts * args.per_host
    texts = stories(n)
    if len(texts) < n:
        print(f"only {len(texts)} article texts available for {n} pages")
        return 1
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="wirelake-crawl-") as tmp:
        hosts = []
        for _ in range(args.hosts):
            routes = {"/robots.txt": [Reply(200, b"User-agent: *\nDisallow: /admin/\n", {"Content-Type": "text/plain"})]}
            hosts.append(stack.enter_context(serve_script(routes)))
        items = []
        for i in range(args.per_host):
            for h, (base, script) in enumerate(hosts):
                s = texts[h * args.per_host + i]
                path = f"/news/{h}-{i}"
                story = Story(base + path, s.headline or headline_from_url(s.url, s.paragraphs), s.paragraphs)
                page = render(story, LAYOUTS[(h + i) % len(LAYOUTS)], texts[:50]).encode("utf-8")
                script.routes[path] = [Reply(200, page, {"Content-Type": "text/html; charset=utf-8"},
                                             delay_s=args.latency)]
                items.append(f"<item><title>{html.escape(story.headline)}</title><link>{base}{path}</link>"
                             f"<description>{html.escape(s.paragraphs[0][:200])}</description></item>")
        rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>crawl</title>'
               + "".join(items) + "</channel></rss>").encode()
        feed_base, feed_script = stack.enter_context(serve_script({"/feed.xml": [Reply(200, rss)]}))
        feed = Feed(name="crawl", url=f"{feed_base}/feed.xml", agency="Bench", language="en",
                    allow_private_network=("127.0.0.0/8",))
        policy = PagePolicy(delay_s=args.delay, workers=args.workers,
                            fetch=FetchPolicy(retries=1, backoff_s=0.01, backoff_max_s=0.1))
        pages = PageFetcher(policy)
        lake = Path(tmp) / "lake"
        t0 = time.perf_counter()
        res = ingest_feed(feed, day=dt.date.today(), settings=Settings(lake_uri=str(lake)), run_id="crawl",
                          storage=Storage.from_uri(str(lake)), enricher=PlainEnricher(),
                          policy=FetchPolicy(retries=1), pages=pages)
        total = time.perf_counter() - t0
        print(f"{n} linked articles on {args.hosts} hosts, delay {args.delay:g} s, {args.workers} workers, "
              f"page latency {args.latency:g} s")
        print(f"written {res.written}, body from page {res.body_page}, summary kept {res.body_summary}, "
              f"duplicates {res.duplicates}, quarantined {res.quarantined}; whole run {total:.1f} s")
        print(_pages_note(pages.totals.to_dict()))
        worst_gap, overlaps = float("inf"), 0
        for _, script in hosts:
            times = sorted(script.timings, key=lambda t: t[1])
            for (_, s0, e0), (_, s1, _) in zip(times, times[1:]):
                worst_gap = min(worst_gap, s1 - s0)
                overlaps += s1 < e0
        print(f"server logs: {sum(len(s.timings) for _, s in hosts)} requests (robots.txt included); smallest "
              f"start-to-start distance on one host {worst_gap:.3f} s (limit {args.delay:g} s); "
              f"overlapping requests on one host: {overlaps}")
        ok = worst_gap >= args.delay and overlaps == 0 and res.body_page == n
        print("per-host limits respected" if ok else "LIMITS VIOLATED or pages missing")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
