"""Iceberg sync: committed Parquet files registered (not copied) into a SQLite-backed Iceberg catalog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyiceberg")
pytest.importorskip("sqlalchemy")

from pipeline.errors import ConfigError  # noqa: E402
from pipeline.lake import iceberg  # noqa: E402
from pipeline.lake.storage import Storage  # noqa: E402
from pipeline.lake.writer import committed_files, write_partition  # noqa: E402

DAY = dt.date(2026, 11, 24)
NEXT = DAY + dt.timedelta(days=1)


def _health(feed: str, latency: int) -> dict[str, Any]:
    return {"feed": feed, "status": "ok", "http_status": 200, "latency_ms": latency, "bytes": 10, "not_modified": False,
            "items_seen": 1, "written": 1, "duplicates": 0, "quarantined": 0, "error": None,
            "fetched_at": dt.datetime(2026, 11, 24, 6, tzinfo=dt.UTC)}


def _quarantine(i: int) -> dict[str, Any]:
    return {"feed": "f", "level": "item", "reason": "no_text", "detail": f"d{i}",
            "recorded_at": dt.datetime(2026, 11, 24, 6, tzinfo=dt.UTC)}


def test_sync_registers_rewrites_and_is_idempotent(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    write_partition(storage, "feed_health", DAY, "feed-a", [_health("feed-a", 10), _health("feed-a", 20)], run_id="r1")
    write_partition(storage, "feed_health", NEXT, "feed-b", [_health("feed-b", 30)], run_id="r2")
    write_partition(storage, "quarantine", DAY, "f", [_quarantine(i) for i in range(3)], run_id="r1")
    cat_uri = f"sqlite:///{tmp_path / 'catalog.db'}"

    first = {r.table: r for r in iceberg.sync(storage, cat_uri)}
    assert set(first) == {"feed_health", "quarantine"}  # tables without committed data are skipped
    assert (first["feed_health"].files, first["feed_health"].added, first["feed_health"].removed) == (2, 2, 0)

    cat = iceberg.catalog(storage, cat_uri)
    tbl = cat.load_table("wirelake.feed_health")
    paths = sorted(t.file.file_path for t in tbl.scan().plan_files())
    assert paths == sorted("file://" + storage.full(f) for f in committed_files(storage, "feed_health"))  # not copied
    rows = tbl.scan().to_arrow().sort_by("latency_ms").to_pylist()
    assert [(r["dt"], r["source"], r["latency_ms"]) for r in rows] == [
        (DAY, "feed-a", 10), (DAY, "feed-a", 20), (NEXT, "feed-b", 30)]
    assert tbl.scan(row_filter=f"dt = '{NEXT.isoformat()}'").to_arrow().num_rows == 1
    assert [f.name for f in tbl.spec().fields] == ["dt", "source"]
    assert (tmp_path / "lake" / "_iceberg").is_dir()

    # a rerun of a date replaces its partition: the old file leaves the Iceberg table, the new one enters
    write_partition(storage, "feed_health", DAY, "feed-a", [_health("feed-a", 99)], run_id="r3")
    second = {r.table: r for r in iceberg.sync(storage, cat_uri)}
    assert (second["feed_health"].added, second["feed_health"].removed) == (1, 1)
    assert (second["quarantine"].added, second["quarantine"].removed) == (0, 0)
    assert second["quarantine"].snapshot_id == first["quarantine"].snapshot_id
    tbl = cat.load_table("wirelake.feed_health")
    assert sorted(tbl.scan().to_arrow().column("latency_ms").to_pylist()) == [30, 99]

    third = {r.table: r for r in iceberg.sync(storage, cat_uri)}
    assert third["feed_health"].snapshot_id == second["feed_health"].snapshot_id  # nothing to do, no new snapshot


def test_catalog_must_be_sqlite(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    with pytest.raises(ConfigError, match="not a SQLite URL"):
        iceberg.sync(storage, "postgresql://x/y")


def test_sync_evolves_a_table_whose_column_became_nullable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """feed_health v2 made fetched_at nullable: a catalog created under v1 (fetched_at required) is
    evolved, and a v2 row without a fetch time reads back with null."""
    from pipeline.lake import schemas

    storage = Storage.from_uri(str(tmp_path / "lake"))
    cat_uri = f"sqlite:///{tmp_path / 'catalog.db'}"
    v1, latest = schemas.all_versions("feed_health")[0], schemas.load("feed_health")
    assert latest.version >= 2 and v1.version == 1
    with monkeypatch.context() as m:
        m.setattr(schemas, "load", lambda table: v1 if table == "feed_health" else latest)
        write_partition(storage, "feed_health", DAY, "feed-a", [_health("feed-a", 10)], run_id="r1")
        iceberg.sync(storage, cat_uri, tables=("feed_health",))
    cat = iceberg.catalog(storage, cat_uri)
    assert cat.load_table("wirelake.feed_health").schema().find_field("fetched_at").required
    write_partition(storage, "feed_health", NEXT, "feed-b", [{**_health("feed-b", 20), "fetched_at": None}], run_id="r2")
    iceberg.sync(storage, cat_uri, tables=("feed_health",))
    tbl = cat.load_table("wirelake.feed_health")
    assert not tbl.schema().find_field("fetched_at").required
    rows = tbl.scan().to_arrow().sort_by("latency_ms").to_pylist()
    assert [(r["source"], r["fetched_at"] is None) for r in rows] == [("feed-a", False), ("feed-b", True)]
