"""`make run`: the daily DAG, for today's logical date, over the bundled sample feeds.

Initialises Airflow's SQLite metadata DB under a project-local AIRFLOW_HOME (./.airflow, no
example DAGs), serves pipeline/samples on 127.0.0.1, runs ``wire_ingest`` with ``dag.test()`` and
prints what was written. ``WIRELAKE_LAKE_URI=s3://bucket/prefix`` (with ``WIRELAKE_S3_ENDPOINT_URL``
and AWS credentials, or an ``AIRFLOW_CONN_AWS_DEFAULT`` connection) writes to S3 instead of ./lake.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AIRFLOW_HOME = REPO / ".airflow"
os.environ["AIRFLOW_HOME"] = str(AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(REPO / "dags")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ.setdefault("AIRFLOW__CORE__PARALLELISM", "4")
os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")  # the summary below is what matters
os.environ.setdefault("WIRELAKE_LAKE_URI", str(REPO / "lake"))


def main() -> int:
    AIRFLOW_HOME.mkdir(exist_ok=True)
    print(f"• Airflow metadata DB: {AIRFLOW_HOME}/airflow.db", flush=True)
    airflow = str(Path(sys.executable).parent / "airflow")
    subprocess.run([airflow, "db", "migrate"], check=True, stdout=subprocess.DEVNULL, env=os.environ)
    subprocess.run([airflow, "pools", "set", os.environ.get("WIRELAKE_NLP_POOL", "wirelake_nlp"),
                    str(os.cpu_count() or 1), "spaCy workers"], check=True, stdout=subprocess.DEVNULL, env=os.environ)

    from airflow.dag_processing.dagbag import DagBag

    from pipeline.config import Settings
    from pipeline.devtools.feedserver import SAMPLES_DIR, sample_registry, serve_directory
    from pipeline.lake.storage import Storage

    settings = Settings.from_env()
    storage = Storage.from_settings(settings)
    storage.check_bucket()
    bag = DagBag(dag_folder=str(REPO / "dags"))
    if bag.import_errors:
        print(f"DAG import errors: {bag.import_errors}", file=sys.stderr)
        return 1
    dag = bag.get_dag("wire_ingest")
    today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    registry = REPO / ".wirelake" / "feeds.demo.yaml"
    registry.parent.mkdir(exist_ok=True)
    with serve_directory(SAMPLES_DIR) as url:
        registry.write_text(sample_registry(url), encoding="utf-8")
        print(f"• serving sample feeds from {SAMPLES_DIR} at {url}", flush=True)
        print(f"• running wire_ingest for logical date {today.date()} → {storage.uri}", flush=True)
        run = dag.test(logical_date=today, run_conf={"feeds_file": str(registry), "lake_uri": settings.lake_uri})
    if run.state != "success":
        print(f"wire_ingest finished in state {run.state}", file=sys.stderr)
        return 1
    _summary(storage, today.date())
    return 0


def _summary(storage: object, day: dt.date) -> None:
    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import read_manifest

    assert isinstance(storage, Storage)
    feeds = sorted({f.split("/")[2].removeprefix("source=") for f in storage.list_files(f"feed_health/dt={day}")})
    totals: dict[str, int] = {}
    print(f"\nwire_ingest {day}: {len(feeds)} feeds")
    for feed in feeds:
        counts = {}
        for table in ("articles", "entities", "events", "quarantine"):
            m = read_manifest(storage, f"{table}/dt={day}/source={feed}")
            counts[table] = m["rows"] if m else 0
            totals[table] = totals.get(table, 0) + counts[table]
        print(f"  {feed:<16} articles {counts['articles']:>3}  entities {counts['entities']:>4}  "
              f"events {counts['events']:>3}  quarantined {counts['quarantine']:>2}")
    print(f"  {'total':<16} articles {totals.get('articles', 0):>3}  entities {totals.get('entities', 0):>4}  "
          f"events {totals.get('events', 0):>3}  quarantined {totals.get('quarantine', 0):>2}")
    print(f"\nlake: {storage.uri}")
    print("query it:")
    print(f"  .venv/bin/wirelake query --lake {storage.uri} \"SELECT canonical_name, count(*) AS mentions FROM entities "
          "WHERE label = 'PERSON' GROUP BY 1 ORDER BY 2 DESC LIMIT 10\"")
    sql = (f"SELECT label, count(*) AS n FROM read_parquet('{storage.uri}/entities/**/*.parquet', "
           "hive_partitioning = true) GROUP BY 1 ORDER BY 2 DESC")
    print(f"  or, in any DuckDB client:\n    {sql};")

if __name__ == "__main__":
    sys.exit(main())
