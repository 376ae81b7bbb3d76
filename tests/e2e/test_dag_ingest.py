"""End to end: wire_ingest under dag.test() over the local feed server and a moto S3 server (real
HTTP, boto3 never patched), read back with pyarrow and DuckDB over s3://."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from pipeline.lake import schemas
from tests.support.paths import REPO

DAY = dt.date(2026, 11, 25)


def _dag(dag_id: str) -> Any:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags"))
    assert not bag.import_errors, bag.import_errors
    return bag.get_dag(dag_id)


def _run(dag: Any, conf: dict[str, Any], day: dt.date = DAY) -> Any:
    when = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return dag.test(logical_date=when, run_conf=conf)


@pytest.fixture
def aws_conn(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = {"conn_type": "aws", "login": "testing", "password": "testing",
            "extra": {"region_name": "us-east-1", "endpoint_url": moto_server}}
    monkeypatch.setenv("AIRFLOW_CONN_AWS_DEFAULT", json.dumps(conn))


def _read_table(lake_uri: str, s3opts: Any, table: str) -> Any:
    import pyarrow.dataset as ds

    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import committed_files

    storage = Storage.from_uri(lake_uri, s3opts)
    files = [storage.full(f) for f in committed_files(storage, table)]
    schema = schemas.load(table)
    part = ds.partitioning(schema.arrow_partitioning(), flavor="hive")
    dataset = ds.dataset(files, filesystem=storage.fs, format="parquet", partitioning=part,
                         partition_base_dir=storage.full(table))
    for frag in dataset.get_fragments():
        assert frag.physical_schema.remove_metadata() == schema.arrow().remove_metadata(), frag.path
    return dataset.to_table()


@pytest.mark.slow
def test_wire_ingest_to_moto_s3_and_back(airflow_db: None, sample_registry: Path, s3_lake: tuple[str, Any],
                                         aws_conn: None) -> None:
    lake_uri, s3opts = s3_lake
    dag = _dag("wire_ingest")
    run = _run(dag, {"lake_uri": lake_uri, "feeds_file": str(sample_registry)})
    assert run.state == "success"

    articles = _read_table(lake_uri, s3opts, "articles")
    assert articles.num_rows == 6
    assert set(articles.column("source").to_pylist()) == {"reuters-world", "wire-atom"}
    assert set(articles.column("dt").to_pylist()) == {DAY}
    putin = [t for t in articles.column("text").to_pylist() if "Putin" in t]
    assert putin and putin[0].startswith("MOSCOW (Reuters) -")
    entities = _read_table(lake_uri, s3opts, "entities")
    assert entities.num_rows > 50
    assert "Vladimir Putin" in entities.column("text").to_pylist()
    assert _read_table(lake_uri, s3opts, "events").schema.names[: len(schemas.load("events").names)] == schemas.load("events").names
    health = _read_table(lake_uri, s3opts, "feed_health").to_pylist()
    assert {h["feed"]: (h["items_seen"], h["written"]) for h in health} == {"reuters-world": (3, 3), "wire-atom": (3, 3)}

    # DuckDB over s3:// with the httpfs extension package, through the project's views
    from pipeline.lake.query import query
    from pipeline.lake.storage import Storage

    cols, rows = query(Storage.from_uri(lake_uri, s3opts),
                       "SELECT source, count(*) AS n, min(dt) AS d FROM articles GROUP BY source ORDER BY source")
    assert cols == ["source", "n", "d"]
    assert rows == [("reuters-world", 3, DAY), ("wire-atom", 3, DAY)]
    # and plain read_parquet over the s3:// glob, as an analyst would paste it
    import duckdb

    from pipeline.lake.query import httpfs_extension_dir

    con = duckdb.connect(config={"extension_directory": httpfs_extension_dir()})
    con.execute("LOAD httpfs")
    host = s3opts.endpoint_url.removeprefix("http://")
    con.execute(f"CREATE SECRET (TYPE s3, KEY_ID 'testing', SECRET 'testing', REGION 'us-east-1', ENDPOINT '{host}', "
                "URL_STYLE 'path', USE_SSL false)")
    n = con.execute(f"SELECT count(*) FROM read_parquet('{lake_uri}/entities/**/*.parquet', hive_partitioning=true)").fetchone()
    assert n == (entities.num_rows,)


@pytest.mark.slow
def test_rerun_same_date_leaves_same_rows(airflow_db: None, sample_registry: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    dag = _dag("wire_ingest")
    conf = {"lake_uri": str(lake), "feeds_file": str(sample_registry)}
    assert _run(dag, conf).state == "success"
    first = {t: _read_table(str(lake), None, t).sort_by("article_id").to_pylist() for t in ("articles", "entities")}
    assert _run(dag, conf).state == "success"
    second = {t: _read_table(str(lake), None, t).sort_by("article_id").to_pylist() for t in ("articles", "entities")}
    assert len(first["articles"]) == 6
    assert first == second
    parquet = [p for p in lake.rglob("*.parquet") if "/articles/" in str(p)]
    assert len(parquet) == 2  # one file per (dt, source) partition, nothing appended
    assert not (lake / "_staging").exists() or not any((lake / "_staging").rglob("*.parquet"))


def test_feed_subset_param(airflow_db: None, sample_registry: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run = _run(_dag("wire_ingest"), {"lake_uri": str(lake), "feeds_file": str(sample_registry), "feeds": ["wire-atom"]})
    assert run.state == "success"
    assert sorted(p.name for p in (lake / "articles" / f"dt={DAY}").iterdir()) == ["source=wire-atom"]
    assert os.environ.get("WIRELAKE_LAKE_URI") is None


def test_feeds_batched_into_one_task(airflow_db: None, sample_registry: Path, tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    run = _run(_dag("wire_ingest"), {"lake_uri": str(lake), "feeds_file": str(sample_registry), "feeds_per_task": 2})
    assert run.state == "success"
    tis = [ti for ti in run.get_task_instances() if ti.task_id == "ingest"]
    assert len(tis) == 1  # one mapped task processed both feeds, loading the model once
    assert sorted(p.name for p in (lake / "articles" / f"dt={DAY}").iterdir()) == ["source=reuters-world",
                                                                                  "source=wire-atom"]
