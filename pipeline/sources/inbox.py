"""The inbox: feed payloads pushed into the lake by other systems (an agency's SFTP drop, a
crawler), at ``<lake>/inbox/source=<feed>/<any name>``.

``wire_enrich`` runs when objects land there (S3 "object created" → SQS → Airflow AssetWatcher):
each inbox object is moved into the raw zone for the run's date (content-addressed, so a
re-delivered object lands once), then the feeds touched are rebuilt from raw like a replay.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.lake.storage import Storage
from pipeline.sources.fetch import FetchResult
from pipeline.sources.landing import land

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
