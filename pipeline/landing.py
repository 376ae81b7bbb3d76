"""Raw landing: every fetched payload is stored unchanged before anything parses it.

``<lake>/raw/dt=YYYY-MM-DD/source=<feed>/<fetch-id>.body`` plus ``<fetch-id>.meta.json`` (url,
status, headers, fetch time). The fetch id is the SHA-256 of the body, so landing is
deterministic: landing the same bytes twice writes the same key. Replay reads these back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from pipeline.fetch import FetchResult
from pipeline.lake.storage import Storage


@dataclass(frozen=True)
class Landed:
    """A payload in the raw zone (what parsing and replay start from)."""

    feed: str
    url: str
    fetched_at: dt.datetime
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    raw_ref: str = ""


def raw_prefix(day: dt.date, feed: str) -> str:
    return f"raw/dt={day.isoformat()}/source={feed}"


def land(storage: Storage, day: dt.date, result: FetchResult) -> Landed:
    """Store ``result``'s body and metadata; return the landed payload with its ``raw_ref``.

    Landing is content-addressed: when the same bytes were already landed for the feed and day,
    the first landing's metadata (and so its fetch time) is kept, which makes a rerun of a date
    reproduce exactly the same rows.
    """
    body = result.body or b""
    fetch_id = hashlib.sha256(body).hexdigest()[:24]
    ref = f"{raw_prefix(day, result.feed)}/{fetch_id}.body"
    meta_ref = ref.removesuffix(".body") + ".meta.json"
    if storage.exists(meta_ref) and storage.exists(ref):
        meta = storage.read_json(meta_ref)
        return Landed(meta["feed"], meta["url"], dt.datetime.fromisoformat(meta["fetched_at"]), meta["status"],
                      meta["headers"], body, ref)
    meta = {
        "feed": result.feed,
        "url": result.url,
        "status": result.status,
        "headers": result.headers,
        "fetched_at": result.fetched_at.isoformat(),
        "bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    storage.write_bytes(ref, body)
    storage.write_json(meta_ref, meta)
    return Landed(result.feed, result.url, result.fetched_at, result.status, dict(result.headers), body, ref)


def read_landed(storage: Storage, day: dt.date, feed: str) -> list[Landed]:
    """Every payload landed for ``feed`` on ``day``, oldest fetch first."""
    out = []
    for f in storage.list_files(raw_prefix(day, feed)):
        if not f.endswith(".meta.json"):
            continue
        meta = storage.read_json(f)
        ref = f.removesuffix(".meta.json") + ".body"
        out.append(Landed(meta["feed"], meta["url"], dt.datetime.fromisoformat(meta["fetched_at"]), meta["status"],
                          meta["headers"], storage.read_bytes(ref), ref))
    return sorted(out, key=lambda p: p.fetched_at)


def landed_feeds(storage: Storage, day: dt.date) -> list[str]:
    """Names of the feeds with payloads landed on ``day``."""
    names = {f.split("/")[2].removeprefix("source=") for f in storage.list_files(f"raw/dt={day.isoformat()}")}
    return sorted(names)
