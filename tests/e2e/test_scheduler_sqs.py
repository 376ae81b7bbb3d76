"""The event-driven path under a real Airflow: an object dropped into the lake's inbox on (moto) S3
sends an ObjectCreated notification to (moto) SQS; the triggerer's AssetWatcher turns it into an
Asset event; the scheduler starts wire_enrich; LocalExecutor tasks (through the api-server's
Execution API) land the object and write the partitions back to S3."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.e2e.services import airflow_env, moto_env
from tests.support.paths import REPO

VENV_BIN = Path(sys.executable).parent


def _wait(predicate, timeout: float, what: str, proc: subprocess.Popen, log: Path) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc.poll() is not None:
            raise AssertionError(f"airflow exited early ({proc.returncode}) waiting for {what}:\n{log.read_text()[-4000:]}")
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}:\n{log.read_text()[-4000:]}")


def _query(db: Path, sql: str) -> list[tuple]:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []


@pytest.mark.slow
def test_s3_drop_triggers_wire_enrich_via_sqs(moto_server: str, tmp_path: Path) -> None:
    import boto3

    bucket, prefix = f"lake-{uuid.uuid4().hex[:8]}", "wire"
    s3 = boto3.client("s3", endpoint_url=moto_server, region_name="us-east-1")
    sqs = boto3.client("sqs", endpoint_url=moto_server, region_name="us-east-1")
    s3.create_bucket(Bucket=bucket)
    queue = sqs.create_queue(QueueName=f"inbox-{uuid.uuid4().hex[:8]}")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={"QueueConfigurations": [{
        "QueueArn": arn, "Events": ["s3:ObjectCreated:*"],
        "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": f"{prefix}/inbox/"}]}}}]})

    home = tmp_path / "airflow"
    home.mkdir()
    port = free_port()
    env = airflow_env(home, executor="LocalExecutor", api_port=port)
    env.update({
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__API_AUTH__JWT_SECRET": uuid.uuid4().hex,
        "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__TRIGGERER__JOB_HEARTBEAT_SEC": "1",
        **moto_env(moto_server),
        "WIRELAKE_LAKE_URI": f"s3://{bucket}/{prefix}",
        "WIRELAKE_SQS_QUEUE_URL": queue,
        "WIRELAKE_SQS_WAITER_DELAY": "1",
    })
    # Only the DAG under test: wire_ingest and wire_maintenance would each start a run for their
    # latest cron interval at once, compete with wire_enrich for the CPU and hold the scheduler's
    # shutdown until their tasks end. (AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE=False, which the Celery
    # test sets, is no way out here: it stops asset-triggered runs too.)
    dags = tmp_path / "dags"
    dags.mkdir()
    (dags / "wire_enrich.py").symlink_to(REPO / "dags" / "wire_enrich.py")
    env["AIRFLOW__CORE__DAGS_FOLDER"] = str(dags)
    airflow = str(VENV_BIN / "airflow")
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, timeout=180)
    subprocess.run([airflow, "pools", "set", "wirelake_nlp", "1", "spaCy workers"], env=env, check=True,
                   capture_output=True, timeout=120)
    db = home / "airflow.db"
    log = tmp_path / "airflow.log"
    with open(log, "w") as out:
        # started from Python (not bash '&') so that SIGINT stops every component cleanly
        proc = subprocess.Popen([airflow, "standalone"], env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        _wait(lambda: _query(db, "SELECT count(*) FROM trigger") not in ([], [(0,)]), 150,
              "the SQS asset watcher's trigger to be registered", proc, log)
        _wait(lambda: _query(db, "SELECT count(*) FROM trigger WHERE triggerer_id IS NOT NULL") not in ([], [(0,)]), 60,
              "the triggerer to pick up the SQS trigger", proc, log)
        from pipeline.devtools.feedserver import SAMPLES_DIR

        s3.put_object(Bucket=bucket, Key=f"{prefix}/inbox/source=wire-atom/drop-{uuid.uuid4().hex[:6]}.xml",
                      Body=(SAMPLES_DIR / "wire-atom.xml").read_bytes())
        _wait(lambda: _query(db, "SELECT state FROM dag_run WHERE dag_id = 'wire_enrich' "
                                 "AND state IN ('success', 'failed')") != [], 150,
              "wire_enrich to run and finish", proc, log)
        assert _query(db, "SELECT state FROM dag_run WHERE dag_id = 'wire_enrich'") == [("success",)], \
            "\n".join(p.read_text()[-3000:] for p in sorted((home / "logs").rglob("*.log")))
        keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}/articles/")["Contents"]]
        manifest = next(k for k in keys if k.endswith("_manifest.json") and "source=wire-atom" in k)
        assert json.loads(s3.get_object(Bucket=bucket, Key=manifest)["Body"].read())["rows"] == 3
        assert "Contents" not in s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}/inbox/")
        # wirelake's own log lines reach the task log (issue #13: counts and failures per feed)
        task_log = "".join(p.read_text() for p in (home / "logs").rglob("*.log") if "task_id=rebuild" in str(p))
        assert "feed wire-atom" in task_log and "written 3" in task_log, task_log[-3000:]
    finally:
        # SIGINT to `airflow standalone` alone: it sends SIGTERM to each component, and the scheduler
        # stops its LocalExecutor workers itself. A SIGINT to the whole group also hit those workers
        # (mid-read of their queue): they often hung, and the scheduler with them, until the SIGKILL
        # 30 s later.
        os.kill(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything of the group still there
        proc.wait(timeout=10)
