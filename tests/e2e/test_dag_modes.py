"""Reruns, backfills, crashes between staging and commit, and the inbox (event-driven) DAG,
all under dag.test()."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.devtools.feedserver import SAMPLES_DIR
from pipeline.lake.storage import Storage
from pipeline.lake.writer import FAULT_ENV, committed_files, read_manifest
from tests.e2e.test_dag_ingest import _dag, _run

DAYS = [dt.date(2026, 11, 20), dt.date(2026, 11, 21), dt.date(2026, 11, 22)]


def _partitions(lake: Path, table: str) -> list[str]:
    return sorted(str(p.parent.relative_to(lake / table)) for p in (lake / table).rglob("_manifest.json"))


@pytest.mark.slow
def test_backfill_three_dates_then_rerun_each_partition_once(airflow_db: None, sample_registry: Path,
                                                              tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    dag = _dag("wire_ingest")
    conf = {"lake_uri": str(lake), "feeds_file": str(sample_registry)}
    for day in DAYS:
        assert _run(dag, conf, day).state == "success"
    assert _run(dag, conf, DAYS[1]).state == "success"  # rerun one date of the range
    expected = [f"dt={d}/source={s}" for d in DAYS for s in ("reuters-world", "wire-atom")]
    for table in ("articles", "entities", "events", "feed_health"):
        assert _partitions(lake, table) == expected, table
        for part in expected:  # exactly one data file per partition: nothing appended
            assert len(list((lake / table / part).glob("*.parquet"))) == 1


@pytest.mark.slow
def test_killed_between_staging_and_commit_keeps_previous_partition(airflow_db: None, sample_registry: Path,
                                                                    tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    dag = _dag("wire_ingest")
    conf = {"lake_uri": str(lake), "feeds_file": str(sample_registry), "feeds": ["wire-atom"]}
    assert _run(dag, conf, DAYS[0]).state == "success"
    part = f"articles/dt={DAYS[0]}/source=wire-atom"
    before = read_manifest(storage, part)
    assert before is not None and before["rows"] == 3

    for point in ("staged", "moved"):
        monkeypatch.setenv(FAULT_ENV, point)
        assert _run(dag, {**conf, "reprocess": True}, DAYS[0]).state == "failed"
        assert read_manifest(storage, part) == before  # the commit never happened
        import pyarrow.parquet as pq

        files = committed_files(storage, "articles")
        assert files == [f"{part}/{e['path']}" for e in before["files"]]
        assert sum(pq.read_table(storage.full(f)).num_rows for f in files) == 3  # old partition readable

    monkeypatch.delenv(FAULT_ENV)
    assert _run(dag, {**conf, "reprocess": True}, DAYS[0]).state == "success"
    after = read_manifest(storage, part)
    assert after is not None and after["rows"] == 3 and after["run_id"] != before["run_id"]
    assert sorted(p.name for p in (lake / part).iterdir()) == sorted(["_manifest.json", after["files"][0]["path"]])


def test_wire_enrich_processes_the_inbox(airflow_db: None, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    storage.write_bytes("inbox/source=reuters-world/drop-1.xml", (SAMPLES_DIR / "reuters-world.xml").read_bytes())
    run = _run(_dag("wire_enrich"), {"lake_uri": str(lake)}, DAYS[2])
    assert run.state == "success"
    assert storage.list_files("inbox") == []
    m = read_manifest(storage, f"articles/dt={DAYS[2]}/source=reuters-world")
    assert m is not None and m["rows"] == 3
    assert [f for f in storage.list_files(f"raw/dt={DAYS[2]}") if f.endswith(".body")]
    # an empty inbox is a no-op run, not a failure
    assert _run(_dag("wire_enrich"), {"lake_uri": str(lake)}, DAYS[2]).state == "success"


def test_wire_maintenance_compacts_expires_and_reports(airflow_db: None, tmp_path: Path) -> None:
    from pipeline.lake.writer import PartitionRef, commit_partition, stage_table, to_arrow

    lake = tmp_path / "lake"
    storage = Storage.from_uri(str(lake))
    now = dt.datetime(2026, 11, 20, 6, tzinfo=dt.UTC)
    ref = PartitionRef("quarantine", DAYS[0], "f")
    rows = [{"feed": "f", "level": "feed", "reason": "fetch_failed", "detail": str(i), "item_ref": None,
             "raw_ref": None, "recorded_at": now} for i in range(3)]
    staged = [stage_table(storage, ref, to_arrow("quarantine", [r]), run_id="b", part=i) for i, r in enumerate(rows)]
    commit_partition(storage, ref, staged, run_id="b")
    storage.write_bytes("raw/dt=2026-01-01/source=f/x.body", b"old")
    run = _run(_dag("wire_maintenance"), {"lake_uri": str(lake), "raw_retention_days": 30}, DAYS[2])
    assert run.state == "success"
    m = read_manifest(storage, ref.path)
    assert m is not None and len(m["files"]) == 1 and m["rows"] == 3
    assert storage.list_files("raw") == []
    assert storage.exists(f"reports/dt={DAYS[2]}/report.html")
