"""pipeline.dedupe.shards: the seen-index shards stream in id order, read back, and a failed write
keeps the old shard."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.dedupe import keys, shards
from pipeline.lake.storage import Storage
from tests.unit.dedupe import STORY


def test_shard_streams_in_id_order_and_reads_back(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    entries = [shards.SeenEntry(f"id{i:03d}", "feed-a", "2026-11-25", "t", i % 2 == 0, None, f"h{i}", keys.minhash(STORY))
               for i in range(50)]
    shards.write_shard(storage, day, "feed-a", iter(entries))
    body = storage.read_bytes("_state/seen/dt=2026-11-25/source=feed-a.json")
    assert json.loads(body) == {"feed": "feed-a", "dt": "2026-11-25", "articles": {e.article_id: e.to_json() for e in entries}}
    assert body.count(b"\n") == len(entries) + 2  # head, one line per article, end: read back line by line
    assert list(shards.iter_day(storage, day)) == entries
    with pytest.raises(ValueError, match="out of order"):
        shards.write_shard(storage, day, "feed-a", reversed(entries))
    assert list(shards.iter_day(storage, day)) == entries  # a failed write leaves the old shard
    assert storage.list_files("_state/seen") == ["_state/seen/dt=2026-11-25/source=feed-a.json"]
    # shards written before the one-article-per-line layout still read
    storage.write_bytes("_state/seen/dt=2026-11-25/source=feed-a.json", json.dumps(
        {"articles": {e.article_id: e.to_json() for e in entries}, "dt": "2026-11-25", "feed": "feed-a"},
        sort_keys=True, separators=(",", ":")).encode())
    assert list(shards.iter_day(storage, day)) == entries
