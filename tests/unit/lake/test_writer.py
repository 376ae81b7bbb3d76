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


_ODD_VALUES: dict[str, list[object]] = {
    "string": ["a", "", None, 1, b"x", 1.5, True, "\u00e9\u2019"],
    "int16": [1, -1, 2**15, True, 1.0, 1.5, "1", None],
    "int32": [1, 2**31, -(2**31), False, 2.0, None],
    "int64": [1, 2**63, -(2**63), 2**62, True, 1.5, None],
    "float64": [1, 1.5, "1.5", None, True, float("inf"), 2**70],
    "bool": [True, False, 1, 0, "true", None, 2.0],
    "date": [DAY, NOW, NOW.replace(tzinfo=None), "2026-11-25", 20000, None],
    "timestamp": [NOW, NOW.replace(tzinfo=None), NOW.astimezone(dt.timezone(dt.timedelta(hours=5))), DAY, "2026-11-25",
                  1_700_000_000_000_000, None],
}


def test_one_pass_conversion_agrees_with_column_by_column() -> None:
    """to_arrow_table converts all columns at once and falls back to one column at a time (which names
    the bad column) only when that fails: wherever the fast way gives a table it is the slow way's."""
    import itertools

    from pipeline.lake.schemas import Column, TableSchema, _convert_at_once, _convert_by_column

    for (kind, values), nullable in itertools.product(_ODD_VALUES.items(), (True, False)):
        schema = TableSchema("t", 1, "", (Column("k", "string", False, ""), Column("v", kind, nullable, ""),
                                          Column("c", "int64", True, "")), ())
        for value in values:
            for rows in ([{"k": "x", "v": value}], [{"k": "x"}, {"k": "y", "v": value, "c": 3}]):
                fast = _convert_at_once(schema, rows, {"c": 7})
                try:
                    slow = _convert_by_column("t", schema, [{**r, "c": 7} for r in rows])
                except SchemaError:
                    assert fast is None, (kind, value)
                    continue
                assert fast is not None and fast.equals(slow, check_metadata=True), (kind, value)


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
