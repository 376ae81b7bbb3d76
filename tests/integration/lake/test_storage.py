"""Storage primitives on a local lake and on S3 over real HTTP (moto server; boto3 never patched):
conditional writes (If-None-Match / If-Match and their local compare-and-swap), racing creators,
leases, and conditional manifest commits."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import BucketMissingError, CommitConflictError, PartitionBusyError
from pipeline.lake.storage import Storage

DAY = dt.date(2026, 11, 25)


@pytest.fixture(params=["local", "s3"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    if request.param == "local":
        return Storage.from_uri(str(tmp_path / "lake"))
    uri, opts = request.getfixturevalue("s3_lake")
    return Storage.from_uri(uri, opts)


def test_conditional_writes(storage: Storage) -> None:
    v1 = storage.put_if_absent("k.json", b"one")
    assert v1 and storage.put_if_absent("k.json", b"two") is None
    assert storage.read_versioned("k.json") == (b"one", v1)
    v2 = storage.put_if_match("k.json", b"three", v1)
    assert v2 and v2 != v1
    assert storage.put_if_match("k.json", b"four", v1) is None  # stale version: refused
    assert storage.put_if_match("missing.json", b"x", v1) is None
    assert not storage.delete_if_match("k.json", v1)
    assert storage.delete_if_match("k.json", v2) and storage.read_versioned("k.json") is None


def test_racing_creators_exactly_one_wins(storage: Storage) -> None:
    wins: list[str] = []
    barrier = threading.Barrier(6)

    def race(i: int) -> None:
        barrier.wait()
        if storage.put_if_absent("race.json", f"{i}".encode()):
            wins.append(str(i))

    threads = [threading.Thread(target=race, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and storage.read_bytes("race.json").decode() == wins[0]


def test_a_missing_bucket_is_named_and_never_created(s3_lake: tuple[str, Any]) -> None:
    import boto3

    _, opts = s3_lake
    s = Storage.from_uri("s3://no-such-bucket-xyz/wire", opts)
    with pytest.raises(BucketMissingError, match="'no-such-bucket-xyz'.*does not exist") as err:
        s.check_bucket()
    assert "never creates buckets" in str(err.value)
    names = [b["Name"] for b in boto3.client("s3", endpoint_url=opts.endpoint_url, region_name="us-east-1")
             .list_buckets()["Buckets"]]
    assert "no-such-bucket-xyz" not in names


# -- leases --------------------------------------------------------------------------------------


def test_lease_is_exclusive_waits_and_times_out(storage: Storage) -> None:
    from pipeline.lake.lease import acquire

    first = acquire(storage, "f", DAY, holder="run-1", ttl_s=30)
    with pytest.raises(PartitionBusyError, match="run 'run-1'"):
        acquire(storage, "f", DAY, holder="run-2", ttl_s=30, wait_s=0.3)
    got: list[str] = []

    def second() -> None:
        with acquire(storage, "f", DAY, holder="run-2", ttl_s=30, wait_s=10) as lease:
            got.append(lease.holder)

    t = threading.Thread(target=second)
    t.start()
    time.sleep(0.3)
    assert got == []  # still waiting
    first.release()
    t.join()
    assert got == ["run-2"]


def test_an_expired_lease_is_taken_over_and_its_holder_cannot_commit(storage: Storage) -> None:
    from pipeline.lake.lease import acquire
    from pipeline.lake.writer import PartitionRef, commit_partition, stage_table, to_arrow

    stale = acquire(storage, "f", DAY, holder="stalled", ttl_s=0.3)
    stale._stop.set()  # a stalled process: its heartbeat no longer runs
    time.sleep(0.5)
    with acquire(storage, "f", DAY, holder="next", ttl_s=30, wait_s=5):
        assert not stale.renew() and stale.lost
        ref = PartitionRef("quarantine", DAY, "f")
        staged = stage_table(storage, ref, to_arrow("quarantine", []), run_id="stalled")
        with pytest.raises(CommitConflictError, match="lost its lease"):
            commit_partition(storage, ref, [staged], run_id="stalled", lease=stale)
    assert storage.list_files("quarantine") == []  # nothing of the stalled run is visible


def test_a_commit_against_a_stale_manifest_exposes_nothing(storage: Storage) -> None:
    from pipeline.lake.writer import (
        PartitionRef,
        commit_partition,
        committed_files,
        manifest_version,
        read_manifest,
        stage_table,
        to_arrow,
    )

    now = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)
    rows = [{"feed": "f", "level": "item", "reason": "no_text", "detail": "d", "item_ref": None, "raw_ref": None,
             "recorded_at": now}]
    ref = PartitionRef("quarantine", DAY, "f")
    v0 = manifest_version(storage, ref)
    first = commit_partition(storage, ref, [stage_table(storage, ref, to_arrow("quarantine", rows), run_id="a")],
                             run_id="a", expect=v0)
    late = stage_table(storage, ref, to_arrow("quarantine", rows * 2), run_id="b")
    with pytest.raises(CommitConflictError, match="committed by another run"):
        commit_partition(storage, ref, [late], run_id="b", expect=v0)  # b started from the same manifest as a
    assert read_manifest(storage, ref.path)["run_id"] == "a"  # type: ignore[index]
    assert committed_files(storage, "quarantine") == first.files
    assert storage.list_files(ref.path) == sorted([*first.files, f"{ref.path}/_manifest.json"])
