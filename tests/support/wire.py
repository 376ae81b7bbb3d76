"""Scripted wire feeds for the acquisition tests (tests/integration/test_ingest.py, the verify and
fault tests and the CLI runs): one story, an RSS payload builder, a feed entry, a fast fetch
policy, and the rows of a lake table with their partition columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files
from pipeline.sources.fetch import FetchPolicy
from pipeline.sources.registry import Feed

DAY = dt.date(2026, 11, 25)
FAST = FetchPolicy(timeout_s=0.3, retries=2, backoff_s=0.001, backoff_max_s=0.01, max_bytes=256 * 1024)
STORY = ("The central bank raised its benchmark interest rate by a quarter point on Tuesday, its third increase this "
         "year, citing persistent inflation in services and a tight labour market. Policymakers voted seven to two "
         "for the move, with two members preferring to hold rates steady until more data on wages arrives. The "
         "governor said further increases could not be ruled out if price pressures failed to ease over the coming "
         "months, but added that the committee would watch the effect on mortgage holders closely. Markets had "
         "largely expected the decision.")


def rss(items: list[tuple[str, str]], *, doctype: str = "") -> bytes:
    """An RSS 2.0 payload of (link, text) items; titles derive from the link."""
    body = "".join(f"<item><title>Story {link.rsplit('/', 1)[-1]}</title><link>{link}</link><guid>{link}</guid>"
                   f"<description><![CDATA[<p>{text}</p>]]></description></item>" for link, text in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel><title>wire</title>'
            f"<link>http://wire.example/</link>{body}</channel></rss>").encode()


def feed(name: str, url: str) -> Feed:
    # these feeds carry their articles as descriptions: content "feed" keeps the linked pages (which
    # do not exist) out of these acquisition tests; tests/integration/sources/test_pages.py covers pages
    return Feed(name=name, url=url, agency="Wire", language="en", allow_private_network=True, content="feed")


def rows(lake: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    storage = Storage.from_uri(str(lake))
    out: list[dict[str, Any]] = []
    for f in committed_files(storage, table):
        part = dict(p.split("=", 1) for p in f.split("/")[1:3])
        out.extend({**r, **part} for r in pq.read_table(storage.full(f)).to_pylist())
    return sorted(out, key=lambda r: repr(sorted(r.items())))
