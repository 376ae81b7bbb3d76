"""State kept in the lake under ``<lake>/_state/`` (see docs/feeds.md, "State").

* ``_state/http/<feed>.json`` — the feed's HTTP validators (ETag, Last-Modified) from the last
  successful fetch, sent back as ``If-None-Match`` / ``If-Modified-Since``. One writer: the feed.
* ``_state/seen/dt=<D>/source=<feed>.json`` — the seen-index shard of one feed and day: every
  article the feed's items resolved to that day, whether the feed *owns* it (wrote it to
  ``articles``) or deferred it to another feed, and its dedup keys (GUID, text hash, MinHash).
  Only the feed's own run writes its shard, so concurrent feeds (mapped Airflow tasks, possibly on
  different workers, on S3 without locks) never overwrite each other; each reads the others' shards.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from pipeline.lake.storage import Storage

STATE = "_state"


# -- HTTP validators ------------------------------------------------------------------------
def http_state_ref(feed: str) -> str:
    return f"{STATE}/http/{feed}.json"


def load_validators(storage: Storage, feed: str, url: str) -> dict[str, str]:
    """Saved ETag / Last-Modified for ``feed`` (empty when none, or when the feed's URL changed)."""
    try:
        data = storage.read_json(http_state_ref(feed))
    except FileNotFoundError:
        return {}
    if data.get("url") != url:
        return {}
    return {k: str(data[k]) for k in ("etag", "last_modified") if data.get(k)}


def save_validators(storage: Storage, feed: str, url: str, headers: dict[str, str], *, fetched_at: dt.datetime,
                    raw_ref: str | None) -> None:
    """Remember the validators of a successful fetch (only when the server sent any)."""
    etag, modified = headers.get("etag"), headers.get("last-modified")
    if not etag and not modified:
        storage.delete(http_state_ref(feed))
        return
    storage.write_json(http_state_ref(feed), {"url": url, "etag": etag, "last_modified": modified,
                                              "fetched_at": fetched_at.isoformat(), "raw_ref": raw_ref})


# -- seen-index ------------------------------------------------------------------------------
@dataclass
class SeenEntry:
    """One article in a feed's day shard."""

    article_id: str
    feed: str
    day: str
    first_seen: str            # fetched_at (ISO) of the first payload of the day that carried it
    owner: bool                # True when this feed wrote it to `articles`
    guid_key: str | None = None
    text_hash: str | None = None
    minhash: bytes | None = None
    duplicate_of: str | None = None

    @property
    def rank(self) -> tuple[str, str]:
        """Who came first on a day: earliest fetch, then feed name (deterministic tie-break)."""
        return (self.first_seen, self.feed)

    def to_json(self) -> dict[str, Any]:
        return {"o": self.owner, "t": self.first_seen, "g": self.guid_key, "h": self.text_hash,
                "m": None if self.minhash is None else base64.b64encode(self.minhash).decode(), "d": self.duplicate_of}

    @classmethod
    def from_json(cls, article_id: str, feed: str, day: str, d: dict[str, Any]) -> SeenEntry:
        return cls(article_id, feed, day, d["t"], bool(d["o"]), d.get("g"), d.get("h"),
                   base64.b64decode(d["m"]) if d.get("m") else None, d.get("d"))


def shard_ref(day: dt.date, feed: str) -> str:
    return f"{STATE}/seen/dt={day.isoformat()}/source={feed}.json"


def write_shard(storage: Storage, day: dt.date, feed: str, entries: list[SeenEntry]) -> None:
    body = {"feed": feed, "dt": day.isoformat(), "articles": {e.article_id: e.to_json() for e in
                                                               sorted(entries, key=lambda e: e.article_id)}}
    storage.write_bytes(shard_ref(day, feed), json.dumps(body, sort_keys=True, separators=(",", ":")).encode())


_CACHE: dict[tuple[str, str, int, int], list[SeenEntry]] = {}
_CACHE_LOCK = threading.Lock()


def _read_shard(storage: Storage, rel: str, info: Any) -> list[SeenEntry]:
    key = (storage.uri, rel, int(info.size or 0), int(info.mtime_ns or 0))
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
    if hit is not None:
        return hit
    data = storage.read_json(rel)
    entries = [SeenEntry.from_json(aid, data["feed"], data["dt"], d) for aid, d in data["articles"].items()]
    with _CACHE_LOCK:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = entries
    return entries


def read_day(storage: Storage, day: dt.date) -> list[SeenEntry]:
    """Every shard entry of ``day`` (all feeds). Shards are cached by path, size and mtime."""
    import pyarrow.fs as pafs

    base = storage.full(f"{STATE}/seen/dt={day.isoformat()}")
    try:
        infos = storage.fs.get_file_info(pafs.FileSelector(base, recursive=False, allow_not_found=True))
    except OSError as exc:
        raise storage._guard("listing", f"{STATE}/seen/dt={day.isoformat()}", exc) from exc
    out: list[SeenEntry] = []
    prefix = storage.root + "/"
    for info in sorted(infos, key=lambda i: i.path):
        if info.type != pafs.FileType.File or not info.path.endswith(".json"):
            continue
        out.extend(_read_shard(storage, info.path[len(prefix):], info))
    return out


@dataclass
class SeenIndex:
    """What a feed's run on ``day`` checks against: owners from earlier days (within the lookback
    window), every other feed's shard of the same day, and the feed's own previous shard."""

    day: dt.date
    feed: str
    earlier: dict[str, SeenEntry] = field(default_factory=dict)     # article_id -> owner entry
    earlier_guid: dict[str, str] = field(default_factory=dict)      # guid key -> article_id
    earlier_hash: dict[tuple[str, str], str] = field(default_factory=dict)  # (feed, text hash) -> article_id
    same_day: dict[str, list[SeenEntry]] = field(default_factory=dict)  # article_id -> other feeds' owner entries
    own_previous: dict[str, SeenEntry] = field(default_factory=dict)
    near: list[SeenEntry] = field(default_factory=list)             # candidates for near-duplicate links

    @classmethod
    def load(cls, storage: Storage, feed: str, day: dt.date, *, lookback_days: int = 30) -> SeenIndex:
        idx = cls(day, feed)
        for back in range(lookback_days, 0, -1):
            for e in read_day(storage, day - dt.timedelta(days=back)):
                if not e.owner:
                    continue
                idx.earlier.setdefault(e.article_id, e)
                if e.guid_key:
                    idx.earlier_guid.setdefault(e.guid_key, e.article_id)
                if e.text_hash:
                    idx.earlier_hash.setdefault((e.feed, e.text_hash), e.article_id)
                if e.minhash is not None:
                    idx.near.append(e)
        for e in read_day(storage, day):
            if e.feed == feed:
                idx.own_previous[e.article_id] = e
            elif e.owner:
                idx.same_day.setdefault(e.article_id, []).append(e)
                if e.minhash is not None:
                    idx.near.append(e)
        return idx
