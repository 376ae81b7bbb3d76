"""Corrections from a better claim: retract articles a feed's date must not hold, relink near-copies.

Deduplication gives every article one owner — the claim with the best rank (earliest fetch, then
earliest date, then feed name; see docs/feeds.md, "Dedup"). Runs publish their claims before
deciding, so a run nearly always sees the better claim in time. When it did not — two dates of a
backfill or two feeds of a day decided at the same moment — the winner, once it has committed,
retracts the article from the loser here: under the loser's lease, the article's rows leave its
``articles``, ``entities`` and ``events`` partitions (with the ``page``-level quarantine rows of its
linked page), its ``feed_health`` row counts it as a duplicate instead of written (the same rows a rerun of that date would give), and its seen-index
shard marks it not owned. Partitions are rewritten through the normal conditional commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.dedupe.shards import read_shard, shard_ref, write_shard
from pipeline.lake.lease import CORRECTIONS, Lease, acquire
from pipeline.lake.storage import Storage
from pipeline.lake.writer import (
    PartitionRef,
    commit_partition,
    manifest_version,
    new_commit_id,
    read_manifest,
    stage_table,
)

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)


@dataclass
class _Partition:
    table: pa.Table
    model_version: str | None
    version: str | None


def _read(storage: Storage, ref: PartitionRef) -> _Partition | None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    version = manifest_version(storage, ref)
    manifest = read_manifest(storage, ref.path)
    if manifest is None or not manifest["files"]:
        return None
    tables = []
    for e in manifest["files"]:
        with storage.fs.open_input_file(storage.full(f"{ref.path}/{e['path']}")) as f:
            tables.append(pq.ParquetFile(f).read())
    return _Partition(pa.concat_tables(tables, promote_options="default"), manifest.get("model_version"), version)


def _rewrite(storage: Storage, ref: PartitionRef, table: pa.Table, model_version: str | None, version: str | None,
             run_id: str, lease: Lease) -> None:
    staged = stage_table(storage, ref, table, run_id=run_id, commit_id=new_commit_id())
    commit_partition(storage, ref, [staged], run_id=run_id, model_version=model_version, expect=version, lease=lease)


def _notes_prefix(feed: str, day: dt.date) -> str:
    return f"{CORRECTIONS}/dt={day.isoformat()}/source={feed}"


def request(storage: Storage, feed: str, day: dt.date, *, run_id: str, retract: set[str] | None = None,
            relink: dict[str, tuple[str, list[str]]] | None = None) -> int:
    """Ask for corrections of ``feed``'s ``day`` without ever waiting for its lease: the request is
    written as a note under ``_state/corrections/``, then applied at once if the lease is free;
    otherwise the run holding the lease applies it right after releasing the lease (see
    :func:`apply_pending`). ``relink`` maps an article id to (its earlier near-copy, that copy's
    rank), so that of two requests for one article the earliest copy wins. Returns how many
    corrections were applied now."""
    import uuid

    note = {"by": run_id, "retract": sorted(retract or ()), "relink": {k: [v[0], list(v[1])] for k, v in
                                                                         (relink or {}).items()}}
    storage.write_json(f"{_notes_prefix(feed, day)}/{uuid.uuid4().hex}.json", note)
    return apply_pending(storage, feed, day, run_id=run_id)


def apply_pending(storage: Storage, feed: str, day: dt.date, *, run_id: str) -> int:
    """Apply every correction note of ``feed``'s ``day`` if its lease is free now (never waits);
    returns how many articles were retracted or relinked. Runs call it after releasing their own
    lease, so a note written while they held it is never left behind."""
    from pipeline.errors import PartitionBusyError

    done = 0
    while True:
        notes = storage.list_files(_notes_prefix(feed, day))
        if not notes:
            return done
        try:
            lease = acquire(storage, feed, day, holder=f"{run_id}:correct", wait_s=0)
        except PartitionBusyError:
            return done  # its holder applies them once it releases the lease
        with lease:
            drop: set[str] = set()
            links: dict[str, tuple[str, list[str]]] = {}
            read = []
            for ref in notes:
                try:
                    note = storage.read_json(ref)
                except (FileNotFoundError, ValueError):
                    continue
                read.append(ref)
                drop.update(note.get("retract") or [])
                for aid, (link, rank) in (note.get("relink") or {}).items():
                    if aid not in links or (*rank, link) < (*links[aid][1], links[aid][0]):
                        links[aid] = (link, rank)
            if drop:
                done += _retract_locked(storage, feed, day, drop, holder=f"{run_id}:retract", lease=lease)
            if links:
                done += _relink_locked(storage, feed, day, {a: v[0] for a, v in links.items()},
                                       holder=f"{run_id}:relink", lease=lease)
            for ref in read:
                storage.delete(ref)


def retract(storage: Storage, feed: str, day: dt.date, article_ids: set[str], *, run_id: str,
            wait_s: float | None = None) -> int:
    """Remove ``article_ids`` from ``feed``'s partitions of ``day`` where its shard still says it
    owns them, waiting for its lease; returns how many articles left. Idempotent."""
    holder = f"{run_id}:retract"
    with acquire(storage, feed, day, holder=holder, wait_s=wait_s) as lease:
        return _retract_locked(storage, feed, day, article_ids, holder=holder, lease=lease)


def _retract_locked(storage: Storage, feed: str, day: dt.date, article_ids: set[str], *, holder: str,
                    lease: Lease) -> int:
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        entries = list(read_shard(storage, shard_ref(day, feed)))
    except FileNotFoundError:
        return 0
    drop = {e.article_id for e in entries if e.owner and e.article_id in article_ids}
    if not drop:
        return 0
    keys = pa.array(sorted(drop))
    removed = 0
    pages: set[str] = set()  # linked pages of the retracted articles
    for table in ("articles", "entities", "events"):
        ref = PartitionRef(table, day, feed)
        part = _read(storage, ref)
        if part is None:
            continue
        gone_mask = pc.is_in(part.table.column("article_id"), value_set=keys)
        kept = part.table.filter(pc.invert(gone_mask))
        gone = part.table.num_rows - kept.num_rows
        if table == "articles":
            removed = gone
            if "page_url" in part.table.column_names:
                pages = {u for u in part.table.filter(gone_mask).column("page_url").to_pylist() if u}
        if gone:
            _rewrite(storage, ref, kept, part.model_version, part.version, holder, lease)
    if pages:
        _drop_page_rows(storage, day, feed, pages, holder=holder, lease=lease)
    if removed:
        ref = PartitionRef("feed_health", day, feed)
        health = _read(storage, ref)
        if health is not None:
            cols = {n: health.table.column(n) for n in health.table.column_names}
            cols["written"] = pc.subtract(cols["written"], pa.scalar(removed, cols["written"].type))
            cols["duplicates"] = pc.add(cols["duplicates"], pa.scalar(removed, cols["duplicates"].type))
            fixed = pa.Table.from_pydict(cols, schema=health.table.schema)
            _rewrite(storage, ref, fixed, None, health.version, holder, lease)
    write_shard(storage, day, feed, (replace(e, owner=False, duplicate_of=None) if e.article_id in drop else e
                                     for e in entries))
    log.info("retracted %d article(s) from %s %s: a better claim owns them", removed, feed, day)
    return removed


def _drop_page_rows(storage: Storage, day: dt.date, feed: str, pages: set[str], *, holder: str, lease: Lease) -> None:
    """A retracted article's ``page``-level quarantine rows (its linked page gave no body) leave
    with it: they describe an article this feed's date no longer holds, and the owner's run records
    its own (the same rows a rerun of the date would give)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ref = PartitionRef("quarantine", day, feed)
    part = _read(storage, ref)
    if part is None:
        return
    ours = pc.and_(pc.equal(part.table.column("level"), "page"),
                   pc.is_in(part.table.column("item_ref"), value_set=pa.array(sorted(pages))))
    kept = part.table.filter(pc.invert(pc.fill_null(ours, False)))
    if kept.num_rows != part.table.num_rows:
        _rewrite(storage, ref, kept, part.model_version, part.version, holder, lease)


def relink(storage: Storage, feed: str, day: dt.date, links: dict[str, str], *, run_id: str,
           wait_s: float | None = None) -> int:
    """Point ``feed``'s articles of ``day`` (article id -> earlier article id) at an earlier
    near-copy that became known after they were written, waiting for its lease: see
    :func:`_relink_locked`."""
    holder = f"{run_id}:relink"
    with acquire(storage, feed, day, holder=holder, wait_s=wait_s) as lease:
        return _relink_locked(storage, feed, day, links, holder=holder, lease=lease)


def _relink_locked(storage: Storage, feed: str, day: dt.date, links: dict[str, str], *, holder: str,
                   lease: Lease) -> int:
    """``articles.duplicate_of`` and the shard's links; only articles the shard still owns change."""
    import pyarrow as pa

    try:
        entries = list(read_shard(storage, shard_ref(day, feed)))
    except FileNotFoundError:
        return 0
    change = {e.article_id: links[e.article_id] for e in entries
              if e.owner and e.article_id in links and e.duplicate_of != links[e.article_id]}
    if not change:
        return 0
    ref = PartitionRef("articles", day, feed)
    part = _read(storage, ref)
    if part is not None:
        ids = part.table.column("article_id").to_pylist()
        old = part.table.column("duplicate_of").to_pylist()
        new = [change.get(a, o) for a, o in zip(ids, old)]
        if new != old:
            i = part.table.schema.get_field_index("duplicate_of")
            table = part.table.set_column(i, part.table.schema.field(i), pa.array(new, part.table.schema.field(i).type))
            _rewrite(storage, ref, table, part.model_version, part.version, holder, lease)
    write_shard(storage, day, feed, (replace(e, duplicate_of=change[e.article_id]) if e.article_id in change else e
                                     for e in entries))
    log.info("linked %d article(s) of %s %s to earlier near-copies", len(change), feed, day)
    return len(change)
