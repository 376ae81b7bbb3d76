"""The seen-index shards, kept in the lake under ``<lake>/_state/`` (see docs/feeds.md, "State").

(The feed's HTTP validators under ``_state/http/`` are :mod:`pipeline.sources.validators`.)

* ``_state/seen/dt=<D>/source=<feed>.json`` — the seen-index shard of one feed and day: every
  article the feed's items resolved to that day (its *claims*, with the first fetch time that
  ranks them), whether the feed *owns* it (wrote it to ``articles``; ``null`` while the run has
  not decided yet), and its dedup keys (GUID, text hash, MinHash). Only runs holding the feed's
  date lease write its shard (its own run, or a run retracting an article a better claim owns);
  each run reads the others' shards.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.lake.storage import Storage

STATE = "_state"


@dataclass
class SeenEntry:
    """One article in a feed's day shard: the feed's *claim* on it, and its decision."""

    article_id: str
    feed: str
    day: str
    first_seen: str            # fetched_at (ISO) of the first payload of the day that carried it
    owner: bool | None         # True: this feed wrote it to `articles`; None: claimed, not decided yet
    guid_key: str | None = None
    text_hash: str | None = None
    minhash: bytes | None = None
    duplicate_of: str | None = None

    @property
    def rank(self) -> tuple[str, str, str]:
        """Which claim on an article wins: the earliest fetch, then the earlier date, then the feed
        name (a deterministic tie-break) — the same whatever order runs happen in."""
        return (self.first_seen, self.day, self.feed)

    def to_json(self) -> dict[str, Any]:
        return {"o": self.owner, "t": self.first_seen, "g": self.guid_key, "h": self.text_hash,
                "m": None if self.minhash is None else base64.b64encode(self.minhash).decode(), "d": self.duplicate_of}

    @classmethod
    def from_json(cls, article_id: str, feed: str, day: str, d: dict[str, Any]) -> SeenEntry:
        return cls(article_id, feed, day, d["t"], None if d.get("o") is None else bool(d["o"]), d.get("g"), d.get("h"),
                   base64.b64decode(d["m"]) if d.get("m") else None, d.get("d"))


def shard_ref(day: dt.date, feed: str) -> str:
    return f"{STATE}/seen/dt={day.isoformat()}/source={feed}.json"


def write_shard(storage: Storage, day: dt.date, feed: str, entries: Iterable[SeenEntry]) -> None:
    """Write the feed's shard for ``day`` as a stream, one article per line (still one JSON
    document), so neither writing nor reading it holds the whole shard in memory. ``entries``
    must come in article_id order: the same decisions give the same bytes, so reruns reproduce it."""

    def chunks() -> Iterator[bytes]:
        yield b'{"dt":' + _dump(day.isoformat()) + b',"feed":' + _dump(feed) + b',"articles":{'
        last: str | None = None
        for e in entries:
            if last is not None and e.article_id <= last:
                raise ValueError(f"seen-index entries out of order or repeated: {e.article_id!r} after {last!r}")
            yield (b"\n" if last is None else b",\n") + _dump(e.article_id) + b":" + _dump(e.to_json())
            last = e.article_id
        yield b"\n}}\n"

    storage.write_stream(shard_ref(day, feed), chunks())


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class ShardInfo:
    ref: str       # lake-relative path
    size: int
    mtime_ns: int


def list_day(storage: Storage, day: dt.date) -> list[ShardInfo]:
    """The shards of ``day`` (all feeds), by path."""
    import pyarrow.fs as pafs

    base = storage.full(f"{STATE}/seen/dt={day.isoformat()}")
    try:
        infos = storage.fs.get_file_info(pafs.FileSelector(base, recursive=False, allow_not_found=True))
    except OSError as exc:
        raise storage._guard("listing", f"{STATE}/seen/dt={day.isoformat()}", exc) from exc
    prefix = storage.root + "/"
    return [ShardInfo(i.path[len(prefix):], int(i.size or 0), int(i.mtime_ns or 0))
            for i in sorted(infos, key=lambda i: i.path)
            if i.type == pafs.FileType.File and i.path.endswith(".json")]


def read_shard(storage: Storage, ref: str) -> Iterator[SeenEntry]:
    """The entries of one shard, read line by line (shards written before the one-article-per-line
    layout are read whole)."""
    lines = storage.iter_lines(ref)
    head = next(lines, b"")
    if not head.endswith(b'"articles":{'):
        data = json.loads(head + b"".join(lines))
        for aid, d in data["articles"].items():
            yield SeenEntry.from_json(aid, data["feed"], data["dt"], d)
        return
    meta = json.loads(head + b"}}")
    feed, day_s = meta["feed"], meta["dt"]
    for line in lines:
        line = line.rstrip(b",")
        if line and not line.startswith(b"}"):
            ((aid, d),) = json.loads(b"{" + line + b"}").items()
            yield SeenEntry.from_json(aid, feed, day_s, d)


def iter_day(storage: Storage, day: dt.date) -> Iterator[SeenEntry]:
    """Every shard entry of ``day`` (all feeds), one shard in memory at a time."""
    for info in list_day(storage, day):
        yield from read_shard(storage, info.ref)
