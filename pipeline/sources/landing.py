"""Raw landing: every fetched payload is stored unchanged before anything parses it.

``<lake>/raw/dt=YYYY-MM-DD/source=<feed>/<fetch-id>.body`` plus ``<fetch-id>.meta.json`` (url,
status, headers, fetch time). The fetch id is the SHA-256 of the body, so landing is
deterministic: landing the same bytes twice writes the same key. Replay reads these back.

Every fetch attempt of a run (success, 304 or failure) also leaves a fetch record,
``<fetched_at>.fetch.json`` (status, final URL, latency, attempts, reason, the landed body's
ref), so ``feed_health`` and fetch-level ``quarantine`` rows can be rebuilt from the raw zone
too. Error bodies are landed like payloads (their meta carries the error status) but are never
parsed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.lake.storage import Storage
from pipeline.sources.fetch import FetchResult
from pipeline.sources.retry import TRANSIENT_REASONS, is_transient_status


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


def _own_files(storage: Storage, day: dt.date, feed: str) -> list[str]:
    """The feed's files of the day, without subfolders (linked pages land in ``pages/``)."""
    prefix = raw_prefix(day, feed) + "/"
    return [f for f in storage.list_files(raw_prefix(day, feed)) if "/" not in f.removeprefix(prefix)]


def land(storage: Storage, day: dt.date, result: FetchResult, *, prefix: str | None = None) -> Landed:
    """Store ``result``'s body and metadata; return the landed payload with its ``raw_ref``.
    ``prefix`` (default: the feed's raw folder of ``day``) is where linked pages land.

    Landing is content-addressed: when the same bytes were already landed for the feed and day,
    the first landing's metadata (and so its fetch time) is kept, which makes a rerun of a date
    reproduce exactly the same rows.
    """
    body = (result.body if result.body is not None else result.error_body) or b""
    fetch_id = hashlib.sha256(body).hexdigest()[:24]
    ref = f"{prefix or raw_prefix(day, result.feed)}/{fetch_id}.body"
    meta_ref = ref.removesuffix(".body") + ".meta.json"
    if storage.exists(meta_ref) and storage.exists(ref):
        meta = _read_meta(storage, meta_ref)
        if meta is not None and storage.size(ref) == len(body):
            return Landed(meta["feed"], meta["url"], dt.datetime.fromisoformat(meta["fetched_at"]), meta["status"],
                          meta["headers"], body, ref)
        # a damaged meta or body (e.g. from a full disk under an old version): land this copy again
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
    _fault_point("landed", ref=ref)
    storage.write_json(meta_ref, meta)
    return Landed(result.feed, result.url, result.fetched_at, result.status, dict(result.headers), body, ref)


def _fault_point(name: str, **context: Any) -> None:
    from pipeline import faults

    faults.point(name, **context)


_META_KEYS = ("feed", "url", "status", "headers", "fetched_at")


def _read_meta(storage: Storage, ref: str) -> dict[str, Any] | None:
    """A payload's metadata, or None when the file is damaged (empty, cut, not the expected JSON)."""
    try:
        meta = storage.read_json(ref)
        if not isinstance(meta, dict) or any(k not in meta for k in _META_KEYS):
            return None
        dt.datetime.fromisoformat(meta["fetched_at"])
        return meta
    except (ValueError, TypeError):
        return None


def iter_landed(storage: Storage, day: dt.date, feed: str, damaged: list[str] | None = None) -> Iterator[Landed]:
    """Every payload landed for ``feed`` on ``day``, oldest fetch first, read one body at a time
    (a day of many payloads never sits in memory at once). A payload whose metadata or body is
    damaged is skipped and its path appended to ``damaged`` (the rebuild quarantines it) — one bad
    file never stops a date from being rebuilt."""
    metas = []
    listing = _own_files(storage, day, feed)
    present = set(listing)
    for f in listing:
        if not f.endswith(".meta.json") or f.rsplit("/", 1)[1].startswith("."):
            continue
        meta = _read_meta(storage, f)
        ref = f.removesuffix(".meta.json") + ".body"
        if meta is None or ref not in present:
            if damaged is not None:
                damaged.append(f)
            continue
        if meta.get("status") is not None and not 200 <= int(meta["status"]) < 300:
            continue  # an error body, kept for inspection only
        metas.append((dt.datetime.fromisoformat(meta["fetched_at"]), ref, meta))
    for fetched_at, ref, meta in sorted(metas, key=lambda m: (m[0], m[1])):
        body = storage.read_bytes(ref)
        if "sha256" in meta and hashlib.sha256(body).hexdigest() != meta["sha256"]:
            if damaged is not None:
                damaged.append(ref)
            continue
        yield Landed(meta["feed"], meta["url"], fetched_at, meta["status"], meta["headers"], body, ref)


def read_landed(storage: Storage, day: dt.date, feed: str) -> list[Landed]:
    """Every payload landed for ``feed`` on ``day``, oldest fetch first."""
    return list(iter_landed(storage, day, feed))


def landed_feeds(storage: Storage, day: dt.date) -> list[str]:
    """Names of the feeds with payloads landed on ``day``."""
    names = {f.split("/")[2].removeprefix("source=") for f in storage.list_files(f"raw/dt={day.isoformat()}")
             if f.count("/") >= 3 and f.split("/")[2].startswith("source=")}
    return sorted(names)


@dataclass(frozen=True)
class FetchRecord:
    """What one fetch of a feed did (one per run), as kept in the raw zone."""

    feed: str
    url: str
    fetched_at: dt.datetime
    status: int | None
    ok: bool
    not_modified: bool
    latency_ms: int
    attempts: int
    bytes: int | None
    final_url: str | None = None
    reason: str | None = None
    error: str | None = None
    raw_ref: str | None = None   # landed body (payload or error body)
    ref: str = ""                # this record's own path
    agency: str | None = None    # the feed's registry entry at fetch time, so replay needs no registry
    language: str | None = None
    retryable: bool = False      # a failure a later attempt may cure (network, 5xx, 429)
    country: str | None = None   # the registry's outlet country (ISO alpha-3), kept like agency and language

    def to_json(self) -> dict[str, Any]:
        return {"feed": self.feed, "url": self.url, "fetched_at": self.fetched_at.isoformat(), "status": self.status,
                "ok": self.ok, "not_modified": self.not_modified, "latency_ms": self.latency_ms,
                "attempts": self.attempts, "bytes": self.bytes, "final_url": self.final_url, "reason": self.reason,
                "error": self.error, "raw_ref": self.raw_ref, "agency": self.agency, "language": self.language,
                "retryable": self.retryable, "country": self.country}

    @classmethod
    def from_json(cls, d: dict[str, Any], ref: str) -> FetchRecord:
        return cls(d["feed"], d["url"], dt.datetime.fromisoformat(d["fetched_at"]), d["status"], d["ok"],
                   d["not_modified"], d["latency_ms"], d["attempts"], d["bytes"], d.get("final_url"), d.get("reason"),
                   d.get("error"), d.get("raw_ref"), ref, d.get("agency"), d.get("language"),
                   bool(d.get("retryable", _guess_retryable(d))), d.get("country"))


def _guess_retryable(d: dict[str, Any]) -> bool:
    """For fetch records written before ``retryable`` was kept: what the error's type would have said."""
    if d.get("ok"):
        return False
    status = d.get("status")
    if d.get("reason") in TRANSIENT_REASONS:
        return True
    return d.get("reason") == "http_error" and isinstance(status, int) and is_transient_status(status)


def record_fetch(storage: Storage, day: dt.date, result: FetchResult, landed: Landed | None, *,
                 agency: str | None = None, language: str | None = None, country: str | None = None) -> FetchRecord:
    """Write the fetch record of ``result`` (after its body, if any, was landed)."""
    stamp = result.fetched_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    ref = f"{raw_prefix(day, result.feed)}/{stamp}.fetch.json"
    body = result.body if result.body is not None else result.error_body
    rec = FetchRecord(result.feed, result.url, result.fetched_at, result.status, result.succeeded, result.not_modified,
                      result.latency_ms, result.attempts, None if body is None else len(body), result.final_url,
                      result.reason, result.error, landed.raw_ref if landed else None, ref, agency, language,
                      result.retryable, country)
    storage.write_json(ref, rec.to_json())
    return rec


def read_fetches(storage: Storage, day: dt.date, feed: str, damaged: list[str] | None = None) -> list[FetchRecord]:
    """The fetch records of ``feed`` on ``day``, oldest first (damaged ones skipped and listed in
    ``damaged``)."""
    recs = []
    for f in _own_files(storage, day, feed):
        if not f.endswith(".fetch.json") or f.rsplit("/", 1)[1].startswith("."):
            continue
        try:
            recs.append(FetchRecord.from_json(storage.read_json(f), f))
        except (ValueError, TypeError, KeyError):
            if damaged is not None:
                damaged.append(f)
    return sorted(recs, key=lambda r: (r.fetched_at, r.ref))
