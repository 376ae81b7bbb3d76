"""Write table partitions atomically: stage, move into place, commit a manifest, drop the old.

Layout: ``<lake>/<table>/dt=YYYY-MM-DD/source=<feed>/part-<token>-<n>.parquet`` plus
``_manifest.json`` in each partition. The manifest (one PUT, atomic on S3 and locally) is the
commit point: it lists the partition's files, and manifest-aware readers (``wirelake query``)
read exactly those. A rerun of a date writes new files, commits a new manifest, then deletes
the files the old manifest listed, so the partition is replaced, never appended to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline import PIPELINE_VERSION
from pipeline.lake import schemas
from pipeline.lake.storage import Storage

if TYPE_CHECKING:
    import pyarrow as pa

MANIFEST = "_manifest.json"
STAGING = "_staging"
SORT_KEYS: dict[str, list[tuple[str, str]]] = {
    "articles": [("published", "ascending"), ("article_id", "ascending")],
    "entities": [("article_id", "ascending"), ("start", "ascending")],
    "actors": [("actor_id", "ascending"), ("valid_from", "ascending")],
    "events": [("article_id", "ascending"), ("trigger_start", "ascending")],
    "quarantine": [("recorded_at", "ascending")],
    "feed_health": [("fetched_at", "ascending")],
}
ROW_GROUP_BYTES = 128 * 1024 * 1024  # uncompressed bytes per row group: large sequential reads on S3
TARGET_FILE_BYTES = 128 * 1024 * 1024  # compaction target per file
FAULT_ENV = "WIRELAKE_FAULT_POINT"


class InjectedFault(RuntimeError):
    """Raised at a commit step named by ``$WIRELAKE_FAULT_POINT`` (tests simulate a killed run)."""


def _fault(point: str) -> None:
    if os.environ.get(FAULT_ENV) == point:
        raise InjectedFault(f"fault injected at {point!r} ({FAULT_ENV})")


@dataclass(frozen=True)
class PartitionRef:
    table: str
    dt: dt.date
    source: str

    @property
    def path(self) -> str:
        return f"{self.table}/dt={self.dt.isoformat()}/source={self.source}"


@dataclass(frozen=True)
class CommitResult:
    path: str
    files: list[str]
    rows: int


def _token(run_id: str) -> str:
    return hashlib.sha256(run_id.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class StagedFile:
    """A data file written under ``_staging/``, waiting for :func:`commit_partition`."""

    staged: str  # lake-relative staging path
    name: str  # file name it takes in the partition
    rows: int


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows stamped with schema/pipeline versions, validated and sorted for pruning."""
    schema = schemas.load(table)
    stamped = [{**r, "schema_version": schema.version, "pipeline_version": PIPELINE_VERSION} for r in rows]
    arrow = schemas.to_arrow_table(table, stamped)
    keys = [(k, o) for k, o in SORT_KEYS.get(table, []) if k in schema.names]
    if keys and arrow.num_rows:
        arrow = arrow.sort_by(keys)
    return arrow


def _row_group_rows(arrow: pa.Table) -> int:
    """Rows per row group so that a group holds about ROW_GROUP_BYTES of (uncompressed) data."""
    if not arrow.num_rows:
        return 1
    per_row = max(1, arrow.nbytes // arrow.num_rows)
    return max(1_000, ROW_GROUP_BYTES // per_row)


def stage_table(storage: Storage, ref: PartitionRef, arrow: pa.Table, *, run_id: str, part: int = 0) -> StagedFile:
    """Write ``arrow`` as one zstd Parquet file under ``_staging/`` (never seen by table globs)."""
    import pyarrow.parquet as pq

    token = _token(run_id)
    name = f"part-{token}-{part:04d}.parquet"
    staged = f"{STAGING}/{token}/{ref.path}/{name}"
    if not storage.is_s3:
        storage.fs.create_dir(storage.full(f"{STAGING}/{token}/{ref.path}"), recursive=True)
    try:
        pq.write_table(arrow, storage.full(staged), filesystem=storage.fs, compression="zstd",
                       row_group_size=_row_group_rows(arrow), write_statistics=True)
    except OSError as exc:
        raise storage._guard("writing", staged, exc) from exc
    return StagedFile(staged, name, arrow.num_rows)


def commit_partition(storage: Storage, ref: PartitionRef, staged: list[StagedFile], *, run_id: str,
                     model_version: str | None = None) -> CommitResult:
    """Move staged files into the partition, commit the manifest, then delete everything else.

    The manifest PUT is the commit point: a crash before it leaves the previous manifest (and so
    the previous partition, for manifest-aware readers) in force; strays are removed by the next
    commit of the partition.
    """
    _fault("staged")
    finals = []
    for f in staged:
        storage.move(f.staged, f"{ref.path}/{f.name}")
        finals.append(f"{ref.path}/{f.name}")
    _fault("moved")
    schema = schemas.load(ref.table)
    rows = sum(f.rows for f in staged)
    manifest = {
        "table": ref.table,
        "dt": ref.dt.isoformat(),
        "source": ref.source,
        "files": [{"path": f.name, "rows": f.rows} for f in staged],
        "rows": rows,
        "schema_version": schema.version,
        "pipeline_version": PIPELINE_VERSION,
        "model_version": model_version,
        "run_id": run_id,
        "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    storage.write_json(f"{ref.path}/{MANIFEST}", manifest)
    keep = set(finals) | {f"{ref.path}/{MANIFEST}"}
    for path in storage.list_files(ref.path):
        if path not in keep:
            storage.delete(path)
    storage.delete_tree(f"{STAGING}/{_token(run_id)}/{ref.path}")
    return CommitResult(path=ref.path, files=finals, rows=rows)


def write_partition(
    storage: Storage,
    table: str,
    day: dt.date,
    source: str,
    rows: list[dict[str, Any]],
    *,
    run_id: str,
    model_version: str | None = None,
) -> CommitResult:
    """Validate ``rows`` against ``schemas/<table>``, write them and commit the partition.

    Every row gets ``schema_version`` and ``pipeline_version`` filled in. An empty ``rows`` list
    still commits a partition holding one empty file, so the table and its schema exist.
    """
    ref = PartitionRef(table, day, source)
    staged = stage_table(storage, ref, to_arrow(table, rows), run_id=run_id)
    return commit_partition(storage, ref, [staged], run_id=run_id, model_version=model_version)


def read_manifest(storage: Storage, partition_path: str) -> dict[str, Any] | None:
    """The committed manifest of a partition, or None when it was never committed."""
    try:
        data: dict[str, Any] = storage.read_json(f"{partition_path}/{MANIFEST}")
        return data
    except FileNotFoundError:
        return None


def committed_files(storage: Storage, table: str) -> list[str]:
    """Lake-relative paths of every committed data file of ``table`` (what readers should read)."""
    files: list[str] = []
    for f in storage.list_files(table):
        if f.endswith("/" + MANIFEST):
            part = f[: -len(MANIFEST) - 1]
            m = storage.read_json(f)
            files.extend(f"{part}/{e['path']}" for e in m["files"])
    return sorted(files)
