"""Shared fixtures: a local feed server, a moto S3 server over real HTTP, and Airflow's metadata DB.

Airflow reads its configuration when first imported, so its environment is set here, before
anything imports airflow.
"""

from __future__ import annotations

import os
import socket
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="wirelake-test-airflow-"))
os.environ["AIRFLOW_HOME"] = str(_AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(REPO / "dags")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_AIRFLOW_HOME}/airflow.db"
os.environ["AIRFLOW__CORE__PARALLELISM"] = "4"
os.environ["WIRELAKE_CACHE_DIR"] = str(_AIRFLOW_HOME / "wirelake-cache")  # the dedup index cache (pipeline/dedupe/index.py)
for var in ("WIRELAKE_LAKE_URI", "WIRELAKE_FEEDS", "WIRELAKE_S3_ENDPOINT_URL", "AWS_ENDPOINT_URL"):
    os.environ.pop(var, None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def feed_server() -> Iterator[str]:
    """The bundled sample feeds served on 127.0.0.1; yields the base URL."""
    from pipeline.devtools.feedserver import serve_directory

    with serve_directory() as url:
        yield url


@pytest.fixture
def sample_registry(tmp_path: Path, feed_server: str) -> Path:
    from pipeline.devtools.feedserver import sample_registry as text

    path = tmp_path / "feeds.yaml"
    path.write_text(text(feed_server), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """A moto server (S3, SQS) on 127.0.0.1 over real HTTP; yields its endpoint URL."""
    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")}
    os.environ.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
def s3_lake(moto_server: str) -> tuple[str, object]:
    """A fresh bucket on the moto server: (lake URI, S3Options)."""
    import boto3

    from pipeline.config import S3Options

    bucket = f"lake-{uuid.uuid4().hex[:10]}"
    boto3.client("s3", endpoint_url=moto_server, region_name="us-east-1").create_bucket(Bucket=bucket)
    return f"s3://{bucket}/wire", S3Options(endpoint_url=moto_server, access_key="testing", secret_key="testing")


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """A migrated, empty SQLite metadata DB for dag.test()."""
    from airflow.utils import db

    db.resetdb()


@pytest.fixture(scope="session")
def enricher() -> object:
    from pipeline.config import DEFAULT_MODEL
    from pipeline.nlp.enrich import Enricher

    return Enricher(DEFAULT_MODEL)
