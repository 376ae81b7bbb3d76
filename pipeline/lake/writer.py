"""Write table partitions atomically: stage, move into place, commit a manifest, drop the old.

Layout: ``<lake>/<table>/dt=YYYY-MM-DD/source=<feed>/part-<run>-<commit>-<n>.parquet`` plus
``_manifest.json`` in each partition. File names are never reused: ``<commit>`` is new for every
commit, so a crash half-way through one commit can never overwrite a file another manifest lists.
The manifest is the commit point: it lists the partition's files, and manifest-aware readers
(``wirelake query``, the report, ``wirelake verify``) read exactly those. It is written with a
conditional PUT against the manifest the run started from (S3 ``If-Match`` / ``If-None-Match``,
a compare-and-swap locally), so when two runs race, one commit wins whole and the other fails
with :class:`~pipeline.errors.CommitConflictError` having exposed nothing. After the commit the
files of the previous manifest (and strays of crashed runs) are deleted, so the partition is
replaced, never appended to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline import PIPELINE_VERSION, faults
from pipeline.errors import CommitConflictError
from pipeline.faults import FAULT_ENV, InjectedFault  # noqa: F401 - re-exported for tests and callers
from pipeline.lake import schemas
from pipeline.lake.storage import Storage

if TYPE_CHECKING:
    import pyarrow as pa

    from pipeline.lake.lease import Lease

log = logging.getLogger(__name__)

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


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()  # commit_partition(expect=ANY): whatever manifest is there when the commit starts


def _fault(point: str, **context: Any) -> None:
    faults.point(point, **context)


@dataclass(frozen=True)
class PartitionRef:
    table: str
    dt: dt.date
    source: str

    @property
    def path(self) -> str:
        return f"{self.table}/dt={self.dt.isoformat()}/source={self.source}"


def _token(run_id: str) -> str:
    return hashlib.sha256(run_id.encode()).hexdigest()[:12]


def new_commit_id() -> str:
    """A fresh id for one commit: part file names carry it, so no name is ever used twice."""
    return uuid.uuid4().hex[:10]


@dataclass(frozen=True)
class StagedFile:
    """A data file written under ``_staging/``, waiting for :func:`commit_partition`."""

    staged: str  # lake-relative staging path
    name: str  # file name it takes in the partition
    rows: int
    staging_dir: str = ""  # the commit's staging folder, removed once committed


@dataclass(frozen=True)
class CommitResult:
    path: str
    files: list[str]
    rows: int
    version: str = ""  # the committed manifest's version (S3 ETag / SHA-256 locally)
    previous: bytes | None = None  # the manifest this commit replaced (for rollback), when cleanup was deferred
    staged: tuple[StagedFile, ...] = ()


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows stamped with schema/pipeline versions, validated and sorted for pruning."""
    schema = schemas.load(table)
    arrow = schemas.to_arrow_table(table, rows, {"schema_version": schema.version, "pipeline_version": PIPELINE_VERSION})
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


def stage_table(storage: Storage, ref: PartitionRef, arrow: pa.Table, *, run_id: str, part: int = 0,
                commit_id: str | None = None) -> StagedFile:
    """Write ``arrow`` as one zstd Parquet file under ``_staging/`` (never seen by table globs).
    Parts of one commit share ``commit_id`` (a fresh one when None)."""
    import pyarrow.parquet as pq

    token = f"{_token(run_id)}-{commit_id or new_commit_id()}"
    name = f"part-{token}-{part:04d}.parquet"
    staging_dir = f"{STAGING}/{token}"
    staged = f"{staging_dir}/{ref.path}/{name}"
    try:
        with storage.open_write(staged, atomic=False) as out:  # staging: no reader looks here
            pq.write_table(arrow, out, compression="zstd", row_group_size=_row_group_rows(arrow), write_statistics=True)
    except OSError as exc:
        raise storage._guard("writing", staged, exc) from exc
    return StagedFile(staged, name, arrow.num_rows, staging_dir)


def manifest_version(storage: Storage, ref: PartitionRef) -> str | None:
    """The version of the partition's manifest now (None: never committed) — what a run that
    wants to replace the partition passes to :func:`commit_partition` as ``expect``."""
    got = storage.read_versioned(f"{ref.path}/{MANIFEST}")
    return got[1] if got else None


def commit_partition(storage: Storage, ref: PartitionRef, staged: list[StagedFile], *, run_id: str,
                     model_version: str | None = None, expect: str | None = ANY,
                     lease: Lease | None = None, cleanup: bool = True) -> CommitResult:
    """Move staged files into the partition, commit the manifest, then delete everything else.

    The manifest is the commit point, written only if the partition's manifest is still the one
    ``expect`` names (a version from :func:`manifest_version`, None for "not committed yet", or
    ``ANY``: whatever is there when this commit starts). If another run committed in between, the
    moved files are removed again and :class:`~pipeline.errors.CommitConflictError` is raised:
    readers saw nothing of this commit. A crash before the manifest leaves the previous one (and
    so the previous partition) in force; its moved files are strays the next commit removes.
    ``lease`` (the feed/date lease the run holds) is checked just before the manifest is written.
    With ``cleanup=False`` the superseded files stay until :func:`finish_commit` (or
    :func:`roll_back` puts the previous manifest back): several partitions commit together.
    """
    mref = f"{ref.path}/{MANIFEST}"
    previous: bytes | None = None
    if expect is ANY or not cleanup:
        got = storage.read_versioned(mref)
        if expect is ANY:
            expect = got[1] if got else None
        if got is not None and got[1] == expect:
            previous = got[0]
    _fault("staged", ref=ref, run_id=run_id)
    data, rows = _manifest(ref, staged, run_id=run_id, model_version=model_version)
    finals: list[str] = []
    try:
        for f in staged:
            storage.move(f.staged, f"{ref.path}/{f.name}")
            finals.append(f"{ref.path}/{f.name}")
        _fault("moved", ref=ref, run_id=run_id)
        if lease is not None:
            lease.check()
        version = _put_manifest(storage, mref, data, expect)
        if version is None:
            raise CommitConflictError(
                f"partition {storage.uri_of(ref.path)} was committed by another run while run {run_id!r} was "
                "writing it; nothing of this run's commit became visible",
                fix="rerun the date (Airflow retries it): the rerun rebuilds the partition from the raw zone")
    except BaseException:
        for path in finals:  # best effort: a killed process leaves them, and the next commit removes them
            try:
                storage.delete(path)
            except Exception:  # noqa: BLE001 - the original error is the one to report
                log.warning("could not remove %s after a failed commit", path)
        raise
    _fault("committed", ref=ref, run_id=run_id)
    result = CommitResult(path=ref.path, files=finals, rows=rows, version=version, previous=previous,
                          staged=tuple(staged))
    if cleanup:
        finish_commit(storage, result)
    return result


def _manifest(ref: PartitionRef, staged: list[StagedFile], *, run_id: str,
              model_version: str | None) -> tuple[bytes, int]:
    """The partition's manifest (its files, row count and versions) as written, and its row count."""
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
        "committed_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    return (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode(), rows


def _put_manifest(storage: Storage, mref: str, data: bytes, expect: str | None) -> str | None:
    """Write the manifest if the partition's is still ``expect`` (None: absent); the new version,
    or None when another run's commit is there."""
    try:
        return storage.put_if_absent(mref, data) if expect is None else storage.put_if_match(mref, data, expect)
    except Exception:
        # the answer may have been lost after the write happened (an S3 timeout): look before undoing
        now = storage.read_versioned(mref)
        if now is None or now[0] != data:
            raise
        return now[1]


def finish_commit(storage: Storage, result: CommitResult) -> None:
    """Delete what a commit superseded: files its manifest does not list, its staging folder."""
    keep = set(result.files) | {f"{result.path}/{MANIFEST}"}
    for path in storage.list_files(result.path):
        if path not in keep:
            storage.delete(path)
    for d in sorted({f.staging_dir for f in result.staged if f.staging_dir}):
        storage.delete_tree(f"{d}/{result.path}")


def roll_back(storage: Storage, result: CommitResult) -> bool:
    """Undo a commit made with ``cleanup=False``: put the previous manifest back (or remove the
    manifest when there was none), then delete the commit's files. False when the partition moved
    on meanwhile (another commit won; nothing is undone)."""
    mref = f"{result.path}/{MANIFEST}"
    if result.previous is None:
        undone = storage.delete_if_match(mref, result.version)
    else:
        undone = storage.put_if_match(mref, result.previous, result.version) is not None
    if undone:
        for path in result.files:
            storage.delete(path)
    return undone


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


class BadManifest(ValueError):
    """A partition's ``_manifest.json`` is unreadable or malformed (e.g. 0 bytes after a full disk
    under an old version)."""


def parse_manifest(data: bytes, where: str) -> dict[str, Any]:
    """The manifest in ``data``, checked for the fields readers rely on; raises :class:`BadManifest`."""
    try:
        m = json.loads(data)
    except ValueError as exc:
        raise BadManifest(f"{where}: not JSON ({len(data)} bytes): {exc}") from exc
    files = m.get("files") if isinstance(m, dict) else None
    if not isinstance(files, list) or not all(
            isinstance(e, dict) and isinstance(e.get("path"), str) and "/" not in e["path"]
            and isinstance(e.get("rows"), int) for e in files):
        raise BadManifest(f"{where}: no valid 'files' list of {{path, rows}}")
    return m  # type: ignore[no-any-return]


def read_manifest(storage: Storage, partition_path: str) -> dict[str, Any] | None:
    """The committed manifest of a partition, or None when it was never committed; raises
    :class:`BadManifest` when it cannot be read."""
    try:
        return parse_manifest(storage.read_bytes(f"{partition_path}/{MANIFEST}"), f"{partition_path}/{MANIFEST}")
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class PartitionProblem:
    """A partition a reader skipped, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def committed_files(storage: Storage, table: str, problems: list[PartitionProblem] | None = None) -> list[str]:
    """Lake-relative paths of every committed data file of ``table`` (what readers should read).

    A partition whose manifest is unreadable, or names a file that is not there, is skipped — one
    bad partition never makes the whole lake unreadable — and reported in ``problems`` (and the
    log). A manifest that changes while it is read (a commit replacing the partition) is read again.
    """
    listing = storage.list_files(table)
    present = set(listing)
    files: list[str] = []
    for f in listing:
        if not f.endswith("/" + MANIFEST):
            continue
        part = f[: -len(MANIFEST) - 1]
        problem: PartitionProblem | None = None
        for attempt in range(2):
            try:
                m = read_manifest(storage, part)
            except BadManifest as exc:
                problem = PartitionProblem(part, f"manifest unreadable: {exc}")
                break
            if m is None:
                problem = PartitionProblem(part, "manifest vanished while reading")
                break
            names = [f"{part}/{e['path']}" for e in m["files"]]
            missing = [n for n in names if n not in present]
            if not missing:
                files.extend(names)
                problem = None
                break
            if attempt == 0:  # a commit may have replaced the partition since the listing: look again
                present |= set(storage.list_files(part))
                continue
            problem = PartitionProblem(part, f"manifest names {len(missing)} missing file(s): "
                                             f"{', '.join(n.rsplit('/', 1)[1] for n in missing[:3])}")
        if problem is not None:
            log.warning("skipping partition %s", problem)
            if problems is not None:
                problems.append(problem)
    return sorted(files)
