"""``wirelake verify``: check the lake's invariants and list every violation precisely.

Errors (the lake breaks a promise to its readers; ``wirelake verify`` exits non-zero):

* ``bad-manifest``      a partition's ``_manifest.json`` is unreadable or malformed
* ``missing-file``      a manifest lists a file that does not exist
* ``empty-file``        a listed file, or any file under a committed partition, has 0 bytes
* ``bad-file``          a listed file is not readable Parquet, or its columns are not the table's
* ``row-count``         a file's row count differs from the manifest's, or the manifest's total differs
* ``stray-file``        a file under a committed partition that its manifest does not list
* ``uncommitted``       data files in a partition folder that has no manifest
* ``duplicate-article`` an ``article_id`` in two partitions (or twice in one)
* ``accounting``        a ``feed_health`` row where items_seen != written + duplicates + quarantined
* ``written-rows``      a ``feed_health`` row whose ``written`` differs from its ``articles`` partition's rows
* ``quarantined-rows``  a ``feed_health`` row whose ``quarantined`` differs from its item-level quarantine rows
* ``raw-unreadable``    a raw ``.meta.json`` / ``.fetch.json`` that is empty or not JSON

Notes (reported, not failures): staged files of runs that died (``_staging/``), expired leases,
correction notes waiting for a lease (a better claim's run retracts an article from a date whose
run still holds its lease: until that run ends the article can be in two partitions).

A partition with an error is checked once more after a moment before it is reported, so a commit
that was happening while verify listed the lake is not mistaken for damage.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.lake import schemas
from pipeline.lake.schemas import TABLES
from pipeline.lake.storage import TMP_MARK, Storage
from pipeline.lake.writer import MANIFEST, STAGING, BadManifest, parse_manifest

RECHECK_S = 1.0


@dataclass(frozen=True, order=True)
class Finding:
    kind: str
    path: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind:<18} {self.path}: {self.detail}"


@dataclass
class Report:
    lake: str
    date: str | None
    errors: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    checked: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {"lake": self.lake, "date": self.date, "ok": self.ok, "checked": dict(self.checked),
                "errors": [f.__dict__ for f in self.errors], "notes": [f.__dict__ for f in self.notes]}

    def text(self) -> str:
        scope = f" for {self.date}" if self.date else ""
        head = (f"lake {self.lake}{scope}: " + ", ".join(f"{n} {k}" for k, n in sorted(self.checked.items())))
        lines = [head]
        lines += [f"ERROR {f}" for f in sorted(self.errors)]
        lines += [f"note  {f}" for f in sorted(self.notes)]
        lines.append("OK: every invariant holds" if self.ok else f"FAILED: {len(self.errors)} problem(s)")
        return "\n".join(lines)


def _partition_of(path: str) -> str | None:
    """``table/dt=D/source=S`` of a file path inside a partition, else None."""
    parts = path.split("/")
    if len(parts) >= 4 and parts[1].startswith("dt=") and parts[2].startswith("source="):
        return "/".join(parts[:3])
    return None


def _check_partition(storage: Storage, table: str, part: str, files: set[str],
                     sizes: dict[str, int]) -> tuple[list[Finding], dict[str, Any] | None]:
    """Errors of one partition, and its manifest (None when unreadable or absent)."""
    import pyarrow.parquet as pq

    out: list[Finding] = []
    mref = f"{part}/{MANIFEST}"
    if mref not in files:
        data_files = [f for f in files if f.endswith(".parquet")]
        if data_files:
            out.append(Finding("uncommitted", part, f"{len(data_files)} data file(s) and no {MANIFEST}"))
        return out, None
    try:
        manifest = parse_manifest(storage.read_bytes(mref), mref)
    except (BadManifest, FileNotFoundError) as exc:
        return [Finding("bad-manifest", part, str(exc))], None
    listed = {f"{part}/{e['path']}": int(e["rows"]) for e in manifest["files"]}
    names = {tuple(v.names) for v in schemas.all_versions(table)}
    total = 0
    for path, rows in sorted(listed.items()):
        name = path.rsplit("/", 1)[1]
        if path not in files:
            out.append(Finding("missing-file", part, f"manifest lists {name}, which does not exist"))
            continue
        if sizes.get(path, 0) == 0:
            out.append(Finding("empty-file", part, f"{name} has 0 bytes"))
            continue
        try:
            with storage.fs.open_input_file(storage.full(path)) as fh:
                meta = pq.ParquetFile(fh)
                actual, cols = meta.metadata.num_rows, tuple(meta.schema_arrow.names)
        except Exception as exc:  # noqa: BLE001 - any reader failure is the finding
            out.append(Finding("bad-file", part, f"{name} is not readable Parquet: {type(exc).__name__}: {exc}"))
            continue
        if cols not in names:
            out.append(Finding("bad-file", part, f"{name} has columns {list(cols)}, not those of any {table} schema"))
        if actual != rows:
            out.append(Finding("row-count", part, f"{name} holds {actual} rows, the manifest says {rows}"))
        total += actual
    if manifest.get("rows") is not None and not any(f.kind in ("missing-file", "empty-file", "bad-file")
                                                    for f in out) and total != manifest["rows"]:
        out.append(Finding("row-count", part, f"files hold {total} rows, the manifest's total is {manifest['rows']}"))
    for path in sorted(files - set(listed) - {mref}):
        name = path.rsplit("/", 1)[1]
        kind = "empty-file" if sizes.get(path, 0) == 0 else "stray-file"
        what = "a temporary file of an interrupted write" if TMP_MARK in name else "not listed in the manifest"
        out.append(Finding(kind, part, f"{name}: {what}" + (" (0 bytes)" if kind == "empty-file" else "")))
    return out, manifest


def _scan_table(storage: Storage, table: str, date: str | None) -> dict[str, tuple[set[str], dict[str, int]]]:
    import pyarrow.fs as pafs

    prefix = f"{table}/dt={date}" if date else table
    infos = storage.fs.get_file_info(pafs.FileSelector(storage.full(prefix), recursive=True, allow_not_found=True))
    parts: dict[str, tuple[set[str], dict[str, int]]] = {}
    root = storage.root + "/"
    for i in infos:
        if i.type != pafs.FileType.File:
            continue
        rel = i.path[len(root):]
        part = _partition_of(rel)
        if part is None:
            part = rel.rsplit("/", 1)[0]
        files, sizes = parts.setdefault(part, (set(), {}))
        files.add(rel)
        sizes[rel] = int(i.size or 0)
    return parts


def _read_column(storage: Storage, path: str, columns: list[str]) -> Any:
    import pyarrow.parquet as pq

    with storage.fs.open_input_file(storage.full(path)) as fh:
        return pq.ParquetFile(fh).read(columns=columns)


def verify(storage: Storage, *, date: dt.date | None = None, recheck_s: float = RECHECK_S) -> Report:
    """Check every invariant of the lake (of one date's partitions with ``date``)."""
    day = date.isoformat() if date else None
    report = Report(storage.uri, day)
    manifests: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for table in TABLES:
        scanned = _scan_table(storage, table, day)
        for part, (files, sizes) in sorted(scanned.items()):
            errors, manifest = _check_partition(storage, table, part, files, sizes)
            if errors and recheck_s:
                time.sleep(recheck_s)  # a commit may have been under way: look again before reporting
                again = _scan_table(storage, table, part.split("/")[1][3:] if "/dt=" in f"/{part}" else None)
                files2, sizes2 = again.get(part, (set(), {}))
                errors, manifest = _check_partition(storage, table, part, files2, sizes2)
            report.errors.extend(errors)
            if manifest is not None:
                manifests[table][part] = manifest
                report.checked[f"{table} partitions"] += 1
    _check_articles(storage, manifests, report, day)
    _check_health(storage, manifests, report)
    _check_raw(storage, report, day)
    _notes(storage, report)
    return report


def _files(part: str, manifest: dict[str, Any]) -> list[str]:
    return [f"{part}/{e['path']}" for e in manifest["files"]]


def _check_articles(storage: Storage, manifests: dict[str, dict[str, dict[str, Any]]], report: Report,
                    day: str | None) -> None:
    seen: dict[str, list[str]] = defaultdict(list)
    ours = set(manifests["articles"])
    pool = dict(manifests["articles"])
    if day is not None:  # a date's articles may collide with any other date's
        for part, (files, _sizes) in _scan_table(storage, "articles", None).items():
            if part not in pool and f"{part}/{MANIFEST}" in files:
                try:
                    pool[part] = parse_manifest(storage.read_bytes(f"{part}/{MANIFEST}"), part)
                except (BadManifest, FileNotFoundError):
                    continue
    for part, manifest in sorted(pool.items()):
        for path in _files(part, manifest):
            try:
                ids = _read_column(storage, path, ["article_id"]).column(0).to_pylist()
            except Exception:  # noqa: BLE001 - reported by the partition check already
                continue
            for aid in ids:
                seen[aid].append(part)
    for aid, parts in sorted(seen.items()):
        if len(parts) > 1 and (day is None or ours & set(parts)):
            where = ", ".join(sorted(Counter(parts).elements()))
            report.errors.append(Finding("duplicate-article", parts[0], f"article_id {aid} is in {where}"))
    report.checked["articles"] = sum(len(p) for p in seen.values() if ours & set(p)) if day else \
        sum(len(p) for p in seen.values())


def _check_health(storage: Storage, manifests: dict[str, dict[str, dict[str, Any]]], report: Report) -> None:
    for part, manifest in sorted(manifests["feed_health"].items()):
        _, d, s = part.split("/")
        for path in _files(part, manifest):
            try:
                rows = _read_column(storage, path, ["items_seen", "written", "duplicates", "quarantined"]).to_pylist()
            except Exception:  # noqa: BLE001 - reported by the partition check already
                continue
            for r in rows:
                report.checked["feed_health rows"] += 1
                if r["items_seen"] != r["written"] + r["duplicates"] + r["quarantined"]:
                    report.errors.append(Finding("accounting", part, f"items_seen {r['items_seen']} != written "
                                                 f"{r['written']} + duplicates {r['duplicates']} + quarantined "
                                                 f"{r['quarantined']}"))
                art = manifests["articles"].get(f"articles/{d}/{s}")
                if art is not None and art.get("rows") != r["written"]:
                    report.errors.append(Finding("written-rows", part, f"written {r['written']} but articles/{d}/{s} "
                                                 f"holds {art.get('rows')} rows"))
                q = manifests["quarantine"].get(f"quarantine/{d}/{s}")
                if q is not None:
                    n = 0
                    for qpath in _files(f"quarantine/{d}/{s}", q):
                        try:
                            n += _read_column(storage, qpath, ["level"]).column(0).to_pylist().count("item")
                        except Exception:  # noqa: BLE001 - reported by the partition check already
                            n = -1
                            break
                    if n >= 0 and n != r["quarantined"]:
                        report.errors.append(Finding("quarantined-rows", part, f"quarantined {r['quarantined']} but "
                                                     f"quarantine/{d}/{s} holds {n} item-level rows"))


def _check_raw(storage: Storage, report: Report, day: str | None) -> None:
    prefix = f"raw/dt={day}" if day else "raw"
    for path in storage.list_files(prefix):
        name = path.rsplit("/", 1)[1]
        if name.startswith(".") and TMP_MARK in name:
            report.notes.append(Finding("temp-file", path.rsplit("/", 1)[0], f"{name}: an interrupted write"))
            continue
        if not name.endswith((".meta.json", ".fetch.json")):
            continue
        report.checked["raw records"] += 1
        try:
            data = json.loads(storage.read_bytes(path))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (ValueError, FileNotFoundError) as exc:
            report.errors.append(Finding("raw-unreadable", path.rsplit("/", 1)[0], f"{name}: {exc}"))


def _notes(storage: Storage, report: Report) -> None:
    from pipeline.lake.lease import CORRECTIONS, LEASES, _expired

    pending = storage.list_files(CORRECTIONS)
    if pending:
        report.notes.append(Finding("corrections", CORRECTIONS, f"{len(pending)} correction note(s) waiting for "
                                    "a feed's date lease (applied when the run holding it ends)"))
    staged = storage.list_files(STAGING)
    if staged:
        runs = sorted({p.split("/")[1] for p in staged if p.count("/") >= 1})
        report.notes.append(Finding("staging", STAGING, f"{len(staged)} staged file(s) of {len(runs)} run(s) not "
                                    "committed (running now, or died; `wirelake maintain` removes them after a day)"))
    for path in storage.list_files(LEASES):
        try:
            if _expired(storage.read_bytes(path)):
                report.notes.append(Finding("lease", path, "expired (its run died); the next run takes it over"))
        except FileNotFoundError:
            continue
