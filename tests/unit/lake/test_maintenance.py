from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.lake.maintenance import committed_partitions, compact, expire_raw, remove_strays
from pipeline.lake.storage import Storage
from pipeline.lake.writer import PartitionRef, commit_partition, committed_files, read_manifest, stage_table, to_arrow

D1, D2 = dt.date(2026, 11, 20), dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC)


def _rows(n: int, offset: int = 0) -> list[dict]:
    return [{"feed": "f", "level": "item", "reason": "no_text", "detail": f"d{offset + i}", "item_ref": None,
             "raw_ref": None, "recorded_at": NOW + dt.timedelta(seconds=offset + i)} for i in range(n)]


def _many_files(storage: Storage, day: dt.date, files: int) -> PartitionRef:
    ref = PartitionRef("quarantine", day, "f")
    staged = [stage_table(storage, ref, to_arrow("quarantine", _rows(10, 10 * i)), run_id="batches", part=i)
              for i in range(files)]
    commit_partition(storage, ref, staged, run_id="batches")
    return ref


def test_compaction_merges_small_files_of_past_days_only(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    old = _many_files(storage, D1, 4)
    today = _many_files(storage, D2, 3)
    done = compact(storage, before=D2, run_id="compact-1")
    assert [(c.path, c.files_before, c.files_after, c.rows) for c in done] == [(old.path, 4, 1, 40)]
    files = [f for f in committed_files(storage, "quarantine") if f.startswith(old.path)]
    assert len(files) == 1
    table = pq.read_table(storage.full(files[0]))
    assert table.num_rows == 40 and table.column("detail").to_pylist() == [f"d{i}" for i in range(40)]
    assert len(read_manifest(storage, today.path)["files"]) == 3  # type: ignore[index]
    assert compact(storage, before=D2, run_id="compact-2") == []  # idempotent


def test_compaction_respects_target_size(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    ref = _many_files(storage, D1, 6)
    size = sum((tmp_path / "lake" / f).stat().st_size for f in committed_files(storage, "quarantine"))
    [result] = compact(storage, before=D2, run_id="c", target_bytes=size // 3)
    assert 2 <= result.files_after <= 4 and result.rows == 60
    assert sorted(r.path for r in committed_partitions(storage, "quarantine")) == [ref.path]


def test_expire_raw_and_strays(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    for day in (D1, D2):
        storage.write_bytes(f"raw/dt={day}/source=f/abc.body", b"<rss/>")
        storage.write_bytes(f"raw/dt={day}/source=f/abc.meta.json", b"{}")
    assert expire_raw(storage, older_than=D2) == {"dates": [str(D1)], "files": 2}
    assert storage.list_files("raw") == [f"raw/dt={D2}/source=f/abc.body", f"raw/dt={D2}/source=f/abc.meta.json"]
    ref = _many_files(storage, D1, 1)
    storage.write_bytes(f"{ref.path}/part-crashed-0000.parquet", b"junk")
    assert remove_strays(storage, "quarantine") == [f"{ref.path}/part-crashed-0000.parquet"]
