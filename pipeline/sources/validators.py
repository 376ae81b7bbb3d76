"""The feed's HTTP validators, kept in the lake at ``<lake>/_state/http/<feed>.json`` (see
docs/feeds.md, "State"): ETag and Last-Modified from the last successful fetch, sent back as
``If-None-Match`` / ``If-Modified-Since``, with the feed URL redacted and its SHA-256 (to notice a
changed URL). One writer: the feed.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from pipeline.lake.storage import Storage
from pipeline.redact import redact_url


def http_state_ref(feed: str) -> str:
    return f"_state/http/{feed}.json"


def _url_key(url: str) -> str:
    """The feed URL as state compares it: a hash, so a secret in the URL is never stored."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def load_validators(storage: Storage, feed: str, url: str) -> dict[str, str]:
    """Saved ETag / Last-Modified for ``feed`` (empty when none, when the feed's URL changed, or
    when the state file is unreadable: a full download is always safe)."""
    try:
        data = storage.read_json(http_state_ref(feed))
    except FileNotFoundError:
        return {}
    except ValueError:
        return {}  # a damaged state file (e.g. written by an old version on a full disk)
    if not isinstance(data, dict):
        return {}
    if data.get("url_sha256", _url_key(data["url"]) if isinstance(data.get("url"), str) else None) != _url_key(url):
        return {}
    return {k: str(data[k]) for k in ("etag", "last_modified") if data.get(k)}


def save_validators(storage: Storage, feed: str, url: str, headers: dict[str, str], *, fetched_at: dt.datetime,
                    raw_ref: str | None) -> None:
    """Remember the validators of a successful fetch (only when the server sent any)."""
    etag, modified = headers.get("etag"), headers.get("last-modified")
    if not etag and not modified:
        storage.delete(http_state_ref(feed))
        return
    storage.write_json(http_state_ref(feed), {"url": redact_url(url), "url_sha256": _url_key(url), "etag": etag,
                                              "last_modified": modified, "fetched_at": fetched_at.isoformat(),
                                              "raw_ref": raw_ref})
