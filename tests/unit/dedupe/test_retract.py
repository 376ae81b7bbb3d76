"""Retraction by a better claim (pipeline.dedupe.retract) on a small local lake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa

from pipeline.dedupe.retract import retract
from pipeline.dedupe.shards import SeenEntry, write_shard
from pipeline.lake.storage import Storage
from pipeline.lake.writer import PartitionRef, commit_partition, read_manifest, stage_table

DAY = dt.date(2026, 11, 25)


def _commit(storage: Storage, table: str, rows: list[dict[str, object]]) -> None:
    ref = PartitionRef(table, DAY, "feed-c")
    staged = stage_table(storage, ref, pa.Table.from_pylist(rows), run_id="t")
    commit_partition(storage, ref, [staged], run_id="t")


def _rows(storage: Storage, table: str) -> list[dict[str, object]]:
    import pyarrow.parquet as pq

    path = PartitionRef(table, DAY, "feed-c").path
    manifest = read_manifest(storage, path)
    assert manifest is not None
    return [r for f in manifest["files"] for r in pq.read_table(storage.full(f"{path}/{f['path']}")).to_pylist()]


def test_a_retracted_article_takes_its_page_quarantine_rows_along(tmp_path: Path) -> None:
    """The article lost to a better claim leaves the feed's date; the row saying its linked page
    gave no body leaves too (a rerun of the date would not write it), other rows stay."""
    storage = Storage.from_uri(str(tmp_path / "lake"))
    _commit(storage, "articles", [
        {"article_id": "lost", "page_url": "https://news.example/lost"},
        {"article_id": "kept", "page_url": "https://news.example/kept"},
    ])
    _commit(storage, "quarantine", [
        {"feed": "feed-c", "level": "page", "reason": "robots_unreachable", "item_ref": "https://news.example/lost"},
        {"feed": "feed-c", "level": "page", "reason": "access_denied", "item_ref": "https://news.example/kept"},
        {"feed": "feed-c", "level": "item", "reason": "no_text", "item_ref": "https://news.example/lost"},
    ])
    write_shard(storage, DAY, "feed-c", [SeenEntry("kept", "feed-c", DAY.isoformat(), "2026-11-25T06:00:00+00:00", True),
                                         SeenEntry("lost", "feed-c", DAY.isoformat(), "2026-11-25T06:00:00+00:00", True)])
    assert retract(storage, "feed-c", DAY, {"lost"}, run_id="t", wait_s=5) == 1
    assert [r["article_id"] for r in _rows(storage, "articles")] == ["kept"]
    assert sorted((r["level"], r["item_ref"]) for r in _rows(storage, "quarantine")) == [
        ("item", "https://news.example/lost"), ("page", "https://news.example/kept")]
