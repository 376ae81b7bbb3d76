"""Regenerate the golden expectations of the feed-acquisition corpus test.

    python scripts/regen_golden_feeds.py            # rewrite tests/golden/feeds/*.json
    python scripts/regen_golden_feeds.py --check    # exit 1 when the goldens differ

Corpora: feedparser's own test feeds (``tests/fixtures/feedparser``, BSD-2-Clause, LICENSE beside
them) and real news captures read from ``$WIRELAKE_SHARED/feeds/news`` (default
``<repo>/../shared``; the publishers' content is never copied into the repo). Every file is served
from a local HTTP server (with the HTTP headers its manifest asks for) and ingested as its own feed
into its own lake: fetch → land → parse → dedupe → account, without NLP. The golden of a feed is
its status, reason, counts, quarantine reasons and first titles. The test
(``tests/e2e/test_acquisition_golden.py``) uses :func:`run_corpus` from here, so the two cannot
drift apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

FEEDPARSER = REPO / "tests" / "fixtures" / "feedparser"
GOLDEN = REPO / "tests" / "golden" / "feeds"
DAY = dt.date(2026, 11, 25)
MOJIBAKE = ("Ã©", "Ã¨", "Ã¶", "Ã¼", "â€™", "â€œ", "â€\x9d", "â€”", "Â ")


def shared_news() -> Path:
    return Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared")) / "feeds" / "news"


def _manifest(root: Path) -> dict[str, dict[str, Any]]:
    path = root / "MANIFEST.jsonl"
    if not path.exists():
        return {}
    return {d["file"]: d for d in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)}


def corpus_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and p.name not in ("LICENSE", "MANIFEST.jsonl"))


def _feed_name(rel: str) -> str:
    import hashlib
    import re

    slug = re.sub(r"[^a-z0-9_.-]+", "-", rel.lower()).strip("-.")[-48:].lstrip("-.")
    return f"{slug}-{hashlib.sha1(rel.encode()).hexdigest()[:6]}"


def run_corpus(root: Path, workdir: Path, headers: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, Any]]:
    """Ingest every file under ``root`` as its own feed; returns {relative path: summary}."""
    import pyarrow.parquet as pq

    from pipeline.config import Settings
    from pipeline.devtools.feedserver import serve_directory
    from pipeline.ingest import PlainEnricher, ingest_feed
    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import committed_files
    from pipeline.sources.fetch import FetchPolicy
    from pipeline.sources.registry import Feed

    if headers is None:
        headers = {k: v["http_headers"] for k, v in _manifest(root).items() if v.get("http_headers")}
    policy = FetchPolicy(timeout_s=5, retries=0)
    enricher = PlainEnricher()
    out: dict[str, dict[str, Any]] = {}
    with serve_directory(root, headers=headers) as base:
        for rel in corpus_files(root):
            lake = workdir / _feed_name(rel)
            storage = Storage.from_uri(str(lake))
            # content "feed": the corpus is about parsing feeds; its items link to hosts that are not
            # served here (linked pages are tested in tests/e2e/test_pages.py)
            feed = Feed(name=_feed_name(rel), url=f"{base}/{rel}", agency="corpus", language="en",
                        allow_private_network=True, content="feed")
            res = ingest_feed(feed, day=DAY, settings=Settings(lake_uri=str(lake)), run_id="golden", storage=storage,
                              enricher=enricher, policy=policy)

            def table(name: str, storage: Storage = storage) -> list[dict[str, Any]]:
                return [r for f in committed_files(storage, name) for r in pq.read_table(storage.full(f)).to_pylist()]

            from pipeline.parse import parse_payload
            from pipeline.sources.landing import read_landed

            feed_titles = [parse_payload(p.body, feed=feed.name, url=p.url, headers=p.headers).feed_title
                           for p in read_landed(storage, DAY, feed.name)]
            articles = table("articles")
            quarantine = table("quarantine")
            health = table("feed_health")
            out[rel] = {
                "status": res.status, "reason": res.reason, "items_seen": res.items_seen, "written": res.written,
                "duplicates": res.duplicates, "quarantined": res.quarantined,
                "quarantine": sorted(f"{q['level']}:{q['reason']}" for q in quarantine),
                "feed_title": feed_titles[-1] if feed_titles else None,
                "titles": sorted(a["title"] or "" for a in articles)[:3],
                "_articles": articles, "_health": health,
            }
    return out


def goldens(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {k: {kk: vv for kk, vv in v.items() if not kk.startswith("_")} for k, v in sorted(results.items())}


def compute_all(workdir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """{corpus name: {file: golden}} for the corpora present here."""
    out = {"feedparser": goldens(run_corpus(FEEDPARSER, workdir / "feedparser"))}
    news = shared_news()
    if news.is_dir():
        out["news"] = goldens(run_corpus(news, workdir / "news"))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="compare instead of writing")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wirelake-golden-") as tmp:
        data = compute_all(Path(tmp))
    stale = []
    for name, golden in data.items():
        path = GOLDEN / f"{name}.json"
        text = json.dumps(golden, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(golden)} feeds)")
    if stale:
        print("stale: " + ", ".join(stale) + " — run python scripts/regen_golden_feeds.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
