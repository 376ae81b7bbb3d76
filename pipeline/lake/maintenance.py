"""Lake housekeeping: compaction of small files, raw-zone retention, stray-file cleanup.

All of it goes through the same stage → commit protocol as the writer, so maintenance can be
interrupted at any point without exposing a half-rewritten partition to manifest-aware readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pipeline.lake.schemas import TABLES
from pipeline.lake.storage import Storage
from pipeline.lake.writer import (
    MANIFEST,
    SORT_KEYS,
    TARGET_FILE_BYTES,
    PartitionRef,
    commit_partition,
    read_manifest,
    stage_table,
)


@dataclass(frozen=True)
class Compacted:
    path: str
    files_before: int
    files_after: int
    rows: int


def committed_partitions(storage: Storage, table: str) -> list[PartitionRef]:
    """Every committed partition of ``table``."""
    refs = []
    for f in storage.list_files(table):
        if not f.endswith("/" + MANIFEST):
            continue
        parts = f.split("/")
        if len(parts) != 4 or not parts[1].startswith("dt=") or not parts[2].startswith("source="):
            continue
        refs.append(PartitionRef(table, dt.date.fromisoformat(parts[1][3:]), parts[2][len("source="):]))
    return refs


def compact_partition(storage: Storage, ref: PartitionRef, *, run_id: str,
                      target_bytes: int = TARGET_FILE_BYTES) -> Compacted | None:
    """Rewrite a partition's committed files into as few files of about ``target_bytes`` as fit.

    Returns None when the partition already has a single file (nothing to gain).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = read_manifest(storage, ref.path)
    if manifest is None or len(manifest["files"]) <= 1:
        return None
    tables, size = [], 0
    for entry in manifest["files"]:
        path = storage.full(f"{ref.path}/{entry['path']}")
        size += storage.fs.get_file_info(path).size or 0
        tables.append(pq.read_table(path, filesystem=storage.fs))
    merged = pa.concat_tables(tables, promote_options="default")
    keys = [(k, o) for k, o in SORT_KEYS.get(ref.table, []) if k in merged.schema.names]
    if keys and merged.num_rows:
        merged = merged.sort_by(keys)  # parts were sorted one by one; the compacted file is sorted whole
    rows = merged.num_rows
    bytes_per_row = max(1.0, size / max(rows, 1))
    rows_per_file = max(1, int(target_bytes / bytes_per_row))
    staged = [stage_table(storage, ref, merged.slice(off, rows_per_file), run_id=run_id, part=i)
              for i, off in enumerate(range(0, max(rows, 1), rows_per_file))]
    commit_partition(storage, ref, staged, run_id=run_id, model_version=manifest.get("model_version"))
    return Compacted(ref.path, len(manifest["files"]), len(staged), rows)


def compact(storage: Storage, *, before: dt.date, run_id: str, tables: tuple[str, ...] = TABLES,
            target_bytes: int = TARGET_FILE_BYTES) -> list[Compacted]:
    """Compact every committed partition dated before ``before`` (today's may still be written)."""
    done = []
    for table in tables:
        for ref in committed_partitions(storage, table):
            if ref.dt < before:
                result = compact_partition(storage, ref, run_id=f"{run_id}:{ref.path}", target_bytes=target_bytes)
                if result:
                    done.append(result)
    return done


def expire_raw(storage: Storage, *, older_than: dt.date) -> dict[str, Any]:
    """Delete raw payloads landed before ``older_than``; returns the dates and files removed."""
    removed: dict[str, int] = {}
    for f in storage.list_files("raw"):
        day = f.split("/")[1]
        if day.startswith("dt=") and dt.date.fromisoformat(day[3:]) < older_than:
            storage.delete(f)
            removed[day[3:]] = removed.get(day[3:], 0) + 1
    return {"dates": sorted(removed), "files": sum(removed.values())}


def remove_strays(storage: Storage, table: str) -> list[str]:
    """Delete data files a partition's manifest does not list (left by a crashed commit)."""
    removed = []
    for ref in committed_partitions(storage, table):
        manifest = read_manifest(storage, ref.path)
        assert manifest is not None
        keep = {f"{ref.path}/{e['path']}" for e in manifest["files"]} | {f"{ref.path}/{MANIFEST}"}
        for f in storage.list_files(ref.path):
            if f not in keep:
                storage.delete(f)
                removed.append(f)
    return removed
