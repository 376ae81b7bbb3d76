from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.errors import SchemaError
from pipeline.lake import schemas
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files, read_manifest, write_partition

DAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 6, 0, tzinfo=dt.UTC)


def _q(i: int) -> dict:
    return {"feed": "f", "level": "item", "reason": "no_text", "detail": f"d{i}", "item_ref": None, "raw_ref": None,
            "recorded_at": NOW}


def test_every_schema_loads_and_builds_arrow() -> None:
    for table in schemas.TABLES:
        s = schemas.load(table)
        assert s.version >= 1 and s.names[-2:] == ["schema_version", "pipeline_version"]
        assert [c.name for c in s.partition_columns] == ["dt", "source"]
        assert all(c.description for c in s.columns), table
        assert len(s.arrow()) == len(s.columns)


def test_schema_evolution_only_adds_nullable_columns() -> None:
    """A new schema version may only add nullable columns; existing ones keep name and type, and a required
    one may become nullable (never the reverse: old files would break it)."""
    for table in schemas.TABLES:
        versions = schemas.all_versions(table)
        for old, new in zip(versions, versions[1:]):
            old_cols = {c.name: c for c in old.columns}
            new_cols = {c.name: c for c in new.columns}
            for name, col in old_cols.items():
                assert name in new_cols, f"{table} v{new.version} drops {name}"
                assert new_cols[name].type == col.type, f"{table} v{new.version} changes the type of {name}"
                assert new_cols[name].nullable or not col.nullable, f"{table} v{new.version} makes {name} required"
            for name in set(new_cols) - set(old_cols):
                assert new_cols[name].nullable, f"{table} v{new.version} adds required column {name}"


def test_writer_validates_rows() -> None:
    with pytest.raises(SchemaError, match="not in schema"):
        schemas.to_arrow_table("quarantine", [{**_q(0), "colour": "red"}])
    with pytest.raises(SchemaError, match=r"quarantine.reason is required"):
        schemas.to_arrow_table("quarantine", [{**_q(0), "reason": None}])
    with pytest.raises(SchemaError, match=r"quarantine.recorded_at \(timestamp\)"):
        schemas.to_arrow_table("quarantine", [{**_q(0), "recorded_at": "yesterday"}])


def test_partition_rewrite_replaces_and_commits_manifest(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    write_partition(storage, "quarantine", DAY, "f", [_q(i) for i in range(3)], run_id="run-1")
    res = write_partition(storage, "quarantine", DAY, "f", [_q(i) for i in range(2)], run_id="run-2")
    part = tmp_path / "lake" / "quarantine" / "dt=2026-11-25" / "source=f"
    files = sorted(p.name for p in part.iterdir())
    assert files == ["_manifest.json", Path(res.files[0]).name]
    manifest = json.loads((part / "_manifest.json").read_text())
    assert manifest["rows"] == 2 and manifest["run_id"] == "run-2" and manifest["schema_version"] == 1
    assert read_manifest(storage, res.path) == manifest
    table = pq.read_table(part / files[1])
    assert table.num_rows == 2 and table.schema.metadata[b"wirelake.table"] == b"quarantine"
    assert committed_files(storage, "quarantine") == res.files
    assert not list((tmp_path / "lake").glob("_staging/**/*.parquet"))


def test_empty_partition_still_has_schema(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    res = write_partition(storage, "events", DAY, "f", [], run_id="r")
    table = pq.read_table(storage.full(res.files[0]))
    assert table.num_rows == 0 and table.schema.names == schemas.load("events").names
