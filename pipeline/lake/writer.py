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
from typing import Any

from pipeline import PIPELINE_VERSION
from pipeline.lake import schemas
from pipeline.lake.storage import Storage

MANIFEST = "_manifest.json"
STAGING = "_staging"
_SORT_KEYS: dict[str, list[tuple[str, str]]] = {
    "articles": [("published", "ascending"), ("article_id", "ascending")],
    "entities": [("article_id", "ascending"), ("start", "ascending")],
    "events": [("article_id", "ascending"), ("trigger_start", "ascending")],
    "quarantine": [("recorded_at", "ascending")],
    "feed_health": [("fetched_at", "ascending")],
}
ROW_GROUP_ROWS = 64_000
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
    import pyarrow.parquet as pq

    schema = schemas.load(table)
    stamped = [{**r, "schema_version": schema.version, "pipeline_version": PIPELINE_VERSION} for r in rows]
    arrow = schemas.to_arrow_table(table, stamped)
    keys = [(k, o) for k, o in _SORT_KEYS.get(table, []) if k in schema.names]
    if keys and arrow.num_rows:
        arrow = arrow.sort_by(keys)
    ref = PartitionRef(table, day, source)
    token = _token(run_id)
    name = f"part-{token}-0000.parquet"
    staged = f"{STAGING}/{token}/{ref.path}/{name}"
    final = f"{ref.path}/{name}"

    # 1. stage the file outside every table prefix, so globbing readers never see it
    if not storage.is_s3:
        storage.fs.create_dir(storage.full(f"{STAGING}/{token}/{ref.path}"), recursive=True)
    pq.write_table(arrow, storage.full(staged), filesystem=storage.fs, compression="zstd",
                   row_group_size=ROW_GROUP_ROWS, write_statistics=True)
    _fault("staged")
    # 2. move it into the partition (a rename locally, copy+delete on S3)
    storage.move(staged, final)
    _fault("moved")
    # 3. commit: the manifest names exactly the new files
    manifest = {
        "table": table,
        "dt": day.isoformat(),
        "source": source,
        "files": [{"path": name, "rows": arrow.num_rows}],
        "rows": arrow.num_rows,
        "schema_version": schema.version,
        "pipeline_version": PIPELINE_VERSION,
        "model_version": model_version,
        "run_id": run_id,
        "committed_at": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    storage.write_json(f"{ref.path}/{MANIFEST}", manifest)
    # 4. garbage: files the previous commit listed, and strays from crashed runs
    keep = {final, f"{ref.path}/{MANIFEST}"}
    for f in storage.list_files(ref.path):
        if f not in keep:
            storage.delete(f)
    storage.delete_tree(f"{STAGING}/{token}/{ref.path}")
    return CommitResult(path=ref.path, files=[final], rows=arrow.num_rows)


def read_manifest(storage: Storage, partition_path: str) -> dict[str, Any] | None:
    """The committed manifest of a partition, or None when it was never committed."""
    try:
        data: dict[str, Any] = storage.read_json(f"{partition_path}/{MANIFEST}")
        return data
    except FileNotFoundError:
        return None


def committed_files(storage: Storage, table: str) -> list[str]:
    """Lake-relative paths of every committed data file of ``table`` (what readers should read)."""
    files = []
    for f in storage.list_files(table):
        if f.endswith("/" + MANIFEST):
            part = f[: -len(MANIFEST) - 1]
            m = storage.read_json(f)
            files.extend(f"{part}/{e['path']}" for e in m["files"])
    return sorted(files)
