"""pipeline.sources.validators: HTTP validators (ETag, Last-Modified) per feed URL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.lake.storage import Storage
from pipeline.sources import validators


def test_http_validators(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    validators.save_validators(storage, "f", "http://x/f", {"etag": '"1"', "last-modified": "Tue"}, fetched_at=now, raw_ref=None)
    assert validators.load_validators(storage, "f", "http://x/f") == {"etag": '"1"', "last_modified": "Tue"}
    assert validators.load_validators(storage, "f", "http://x/other") == {}  # URL changed in the registry
    validators.save_validators(storage, "f", "http://x/f", {}, fetched_at=now, raw_ref=None)
    assert validators.load_validators(storage, "f", "http://x/f") == {}
