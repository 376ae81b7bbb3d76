"""Publish the actor knowledge base into the lake as the ``actors`` dimension table.

One partition per KB version, ``actors/dt=<KB horizon>/source=phoenix``, written with the same
stage → manifest commit as every table. Publishing is idempotent: when the committed manifest
already names this KB build (``model_version`` = KB version + content hash) nothing is written.
Partitions of other KB builds are removed after the commit, so readers see one snapshot (a
directory reader may see two for the moment between the commit and the removal).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pipeline.lake.storage import Storage
from pipeline.lake.writer import PartitionRef, commit_partition, read_manifest, stage_table, to_arrow

TABLE = "actors"
SOURCE = "phoenix"


@dataclass(frozen=True)
class PublishResult:
    path: str
    rows: int
    written: bool  # False: this KB build was already committed
    removed: tuple[str, ...]  # partitions of other KB builds that were removed


def kb_build_id() -> str:
    """The KB version and a hash of the shipped table: what the manifest records."""
    from pipeline.nlp.actors.kb import DATA_DIR, KB_FILE, load_kb

    digest = hashlib.sha256((DATA_DIR / KB_FILE).read_bytes()).hexdigest()[:12]
    return f"{load_kb().version}+{digest}"


def publish_actors(storage: Storage, *, run_id: str) -> PublishResult:
    """Write the ``actors`` partition of the KB in use unless it is already committed."""
    from pipeline.nlp.actors.kb import dimension_rows, load_kb

    kb = load_kb()
    build = kb_build_id()
    ref = PartitionRef(TABLE, kb.horizon, SOURCE)
    manifest = read_manifest(storage, ref.path)
    written = False
    rows = manifest["rows"] if manifest else 0
    if manifest is None or manifest.get("model_version") != build:
        arrow = to_arrow(TABLE, dimension_rows(kb))
        staged = stage_table(storage, ref, arrow, run_id=run_id)
        rows = commit_partition(storage, ref, [staged], run_id=run_id, model_version=build).rows
        written = True
    removed = []
    for path in storage.list_files(TABLE):
        partition = path.rsplit("/", 1)[0]
        if not partition.startswith(ref.path) and partition not in removed:
            removed.append(partition)
    for partition in removed:
        storage.delete_tree(partition)
    return PublishResult(ref.path, rows, written, tuple(removed))
