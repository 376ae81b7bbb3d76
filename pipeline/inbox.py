"""The inbox: feed payloads pushed into the lake by other systems (an agency's SFTP drop, a
crawler), at ``<lake>/inbox/source=<feed>/<any name>``.

``wire_enrich`` runs when objects land there (S3 "object created" → SQS → Airflow AssetWatcher):
each inbox object is moved into the raw zone for the run's date (content-addressed, so a
re-delivered object lands once), then the feeds touched are rebuilt from raw like a replay.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from pipeline.fetch import FetchResult
from pipeline.lake.storage import Storage
from pipeline.landing import land

INBOX = "inbox"
_KEY_RE = re.compile(r"(?:^|/)inbox/source=(?P<feed>[a-z0-9][a-z0-9_.-]{0,63})/(?P<name>[^/]+)$")


@dataclass(frozen=True)
class InboxItem:
    feed: str
    rel: str  # lake-relative path


def list_inbox(storage: Storage) -> list[InboxItem]:
    """Every object waiting in the inbox, oldest name first."""
    items = []
    for rel in storage.list_files(INBOX):
        m = _KEY_RE.search(rel)
        if m:
            items.append(InboxItem(m["feed"], rel))
    return items


def keys_from_messages(messages: Iterable[Any]) -> list[str]:
    """Object keys named by S3 event notifications (SQS message bodies, as dicts or JSON strings)."""
    keys: list[str] = []
    for msg in messages:
        body = msg.get("Body", msg) if isinstance(msg, dict) else msg
        if isinstance(body, str):
            try:
                body = json.loads(body)
            except json.JSONDecodeError:
                continue
        for rec in (body or {}).get("Records", []) if isinstance(body, dict) else []:
            key = rec.get("s3", {}).get("object", {}).get("key")
            if key:
                keys.append(unquote_plus(key))
    return keys


def land_inbox(storage: Storage, day: dt.date, items: list[InboxItem]) -> dict[str, int]:
    """Move inbox objects into the raw zone for ``day``; returns payloads landed per feed."""
    landed: dict[str, int] = {}
    for item in items:
        body = storage.read_bytes(item.rel)
        result = FetchResult(feed=item.feed, url=storage.uri_of(item.rel), fetched_at=dt.datetime.now(dt.UTC),
                             status=None, headers={"x-wirelake-origin": "inbox"}, body=body)
        land(storage, day, result)
        storage.delete(item.rel)
        landed[item.feed] = landed.get(item.feed, 0) + 1
    return landed
