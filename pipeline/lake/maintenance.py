"""Lake housekeeping: compaction of small files, raw-zone retention, stray-file cleanup.

All of it goes through the same stage → commit protocol as the writer, so maintenance can be
interrupted at any point without exposing a half-rewritten partition to manifest-aware readers.
Compaction commits conditionally on the manifest it read: if a run rebuilt the partition
meanwhile, the compaction of that partition is dropped (the next one picks it up).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from pipeline.errors import CommitConflictError, InputError
from pipeline.lake.schemas import TABLES
from pipeline.lake.storage import TMP_MARK, Storage
from pipeline.lake.writer import (
    MANIFEST,
    SORT_KEYS,
    STAGING,
    TARGET_FILE_BYTES,
    BadManifest,
    PartitionRef,
    commit_partition,
    manifest_version,
    read_manifest,
    stage_table,
)

log = logging.getLogger(__name__)
EXPIRED = "_state/raw-expired"
STAGING_MAX_AGE = dt.timedelta(days=1)  # staged files older than this belong to runs that died


@dataclass(frozen=True)
class Compacted:
    path: str
    files_before: int
    files_after: int
    rows: int


def committed_partitions(storage: Storage, table: str) -> list[PartitionRef]:
    """Every committed partition of ``table`` (paths that are not ``dt=<date>/source=<feed>`` are
    not partitions and are skipped)."""
    refs = []
    for f in storage.list_files(table):
        if not f.endswith("/" + MANIFEST):
            continue
        parts = f.split("/")
        if len(parts) != 4 or not parts[1].startswith("dt=") or not parts[2].startswith("source="):
            continue
        try:
            day = dt.date.fromisoformat(parts[1][3:])
        except ValueError:
            continue
        refs.append(PartitionRef(table, day, parts[2][len("source="):]))
    return refs


def compact_partition(storage: Storage, ref: PartitionRef, *, run_id: str,
                      target_bytes: int = TARGET_FILE_BYTES) -> Compacted | None:
    """Rewrite a partition's committed files into as few files of about ``target_bytes`` as fit.

    Returns None when the partition already has a single file (nothing to gain).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    version = manifest_version(storage, ref)
    try:
        manifest = read_manifest(storage, ref.path)
    except BadManifest as exc:
        log.warning("not compacting %s: %s", ref.path, exc)
        return None
    if manifest is None or len(manifest["files"]) <= 1:
        return None
    tables, size = [], 0
    for entry in manifest["files"]:
        path = storage.full(f"{ref.path}/{entry['path']}")
        size += storage.fs.get_file_info(path).size or 0
        with storage.fs.open_input_file(path) as f:
            tables.append(pq.ParquetFile(f).read())
    merged = pa.concat_tables(tables, promote_options="default")
    keys = [(k, o) for k, o in SORT_KEYS.get(ref.table, []) if k in merged.schema.names]
    if keys and merged.num_rows:
        merged = merged.sort_by(keys)  # parts were sorted one by one; the compacted file is sorted whole
    rows = merged.num_rows
    bytes_per_row = max(1.0, size / max(rows, 1))
    rows_per_file = max(1, int(target_bytes / bytes_per_row))
    from pipeline.lake.writer import new_commit_id

    commit_id = new_commit_id()
    staged = [stage_table(storage, ref, merged.slice(off, rows_per_file), run_id=run_id, part=i, commit_id=commit_id)
              for i, off in enumerate(range(0, max(rows, 1), rows_per_file))]
    try:
        commit_partition(storage, ref, staged, run_id=run_id, model_version=manifest.get("model_version"), expect=version)
    except CommitConflictError:
        log.info("not compacting %s: a run rebuilt it meanwhile", ref.path)
        storage.delete_tree(staged[0].staging_dir)
        return None
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


def expired_marker(storage: Storage, day: dt.date) -> dict[str, Any] | None:
    """The record :func:`expire_raw` left for ``day`` (None: its raw zone was never expired)."""
    try:
        data = storage.read_json(f"{EXPIRED}/dt={day.isoformat()}.json")
    except FileNotFoundError:
        return None
    except ValueError:
        return {"expired_at": "?"}  # damaged, but it exists: the date's raw zone is gone
    return data if isinstance(data, dict) else {"expired_at": "?"}


def expire_raw(storage: Storage, *, older_than: dt.date, today: dt.date | None = None,
               retention_days: int | None = None) -> dict[str, Any]:
    """Delete raw payloads landed before ``older_than``; returns the dates and files removed.

    Each expired date gets a marker (``_state/raw-expired/dt=<date>.json``, written before the
    first file is deleted), so a later rebuild of the date refuses with a clear error instead of
    committing empty tables over the good ones. ``older_than`` may not be after ``today``
    (default: the UTC date): a negative retention would delete today's raw data."""
    today = today or dt.datetime.now(dt.UTC).date()
    if older_than > today:
        raise InputError(f"raw retention would delete payloads up to {older_than}, after today ({today})",
                         fix="the retention is a number of days >= 1")
    by_day: dict[str, list[str]] = {}
    for f in storage.list_files("raw"):
        day = f.split("/")[1]
        if day.startswith("dt="):
            try:
                when = dt.date.fromisoformat(day[3:])
            except ValueError:
                continue
            if when < older_than:
                by_day.setdefault(day[3:], []).append(f)
    now = dt.datetime.now(dt.UTC).isoformat()
    for day, files in sorted(by_day.items()):
        storage.write_json(f"{EXPIRED}/dt={day}.json", {"expired_at": now, "files": len(files),
                                                         "retention_days": retention_days})
        for f in files:
            storage.delete(f)
    return {"dates": sorted(by_day), "files": sum(len(f) for f in by_day.values())}


def remove_strays(storage: Storage, table: str) -> list[str]:
    """Delete data files a partition's manifest does not list (left by a crashed commit). A
    partition whose manifest is unreadable is left alone: nothing proves which files are its."""
    removed = []
    for ref in committed_partitions(storage, table):
        try:
            manifest = read_manifest(storage, ref.path)
        except BadManifest as exc:
            log.warning("not cleaning %s: %s", ref.path, exc)
            continue
        if manifest is None:
            continue
        keep = {f"{ref.path}/{e['path']}" for e in manifest["files"]} | {f"{ref.path}/{MANIFEST}"}
        for f in storage.list_files(ref.path):
            if f not in keep:
                storage.delete(f)
                removed.append(f)
    return removed


def clean_staging(storage: Storage, *, max_age: dt.timedelta = STAGING_MAX_AGE,
                  now: dt.datetime | None = None) -> list[str]:
    """Delete files under ``_staging/`` (and hidden temporary files of interrupted writes) older
    than ``max_age``: what runs that died before committing left behind. Younger files may belong
    to a run still going and are kept."""
    import pyarrow.fs as pafs

    now = now or dt.datetime.now(dt.UTC)
    removed = []
    candidates = list(_infos(storage, STAGING))
    if storage.is_s3:  # streamed objects (seen-index shards) go through temporary keys under _state/
        candidates += [i for i in _infos(storage, "_state") if TMP_MARK in i.base_name]
    else:  # interrupted local writes leave hidden temporary files next to their target
        candidates += [i for i in _local_temp_files(storage)]
    for info in candidates:
        if info.type != pafs.FileType.File or info.mtime is None:
            continue
        mtime = info.mtime if info.mtime.tzinfo else info.mtime.replace(tzinfo=dt.UTC)
        if now - mtime > max_age:
            rel = info.path[len(storage.root) + 1:]
            storage.delete(rel)
            removed.append(rel)
    if not storage.is_s3:
        _prune_empty_dirs(storage, STAGING)
    return sorted(removed)


def _local_temp_files(storage: Storage) -> list[Any]:
    import os

    import pyarrow.fs as pafs

    found = []
    for dirpath, _dirs, files in os.walk(storage.root):
        names = [f"{dirpath}/{n}" for n in files if n.startswith(".") and TMP_MARK in n]
        if names:
            found += [i for i in storage.fs.get_file_info(names) if i.type == pafs.FileType.File]
    return found


def _infos(storage: Storage, rel: str) -> list[Any]:
    import pyarrow.fs as pafs

    try:
        return list(storage.fs.get_file_info(pafs.FileSelector(storage.full(rel), recursive=True, allow_not_found=True)))
    except OSError as exc:
        raise storage._guard("listing", rel, exc) from exc


def _prune_empty_dirs(storage: Storage, rel: str) -> None:
    import os

    top = storage.full(rel)
    for dirpath, _dirs, _files in os.walk(top, topdown=False):  # children before parents
        if dirpath != top:
            try:
                os.rmdir(dirpath)
            except OSError:
                pass
