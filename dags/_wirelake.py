"""Shared wiring for wirelake's DAGs: run-time settings from Params, env and Airflow connections.

Nothing here runs at DAG-parse time: every function is called inside a task.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from airflow.sdk import Asset, ExceptionRetryPolicy, RetryAction, RetryRule

# (?![\s\S]) after $: JSON-schema patterns are searched, and a bare $ would accept a trailing newline
FEED_NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$(?![\s\S])"
# Logical assets (name only): the lake's location is chosen at run time, and a URI with a scheme
# would make Airflow load provider URI handlers (boto3 for s3://) at parse time.
ARTICLES = Asset(name="wirelake.articles", group="wirelake")
ENTITIES = Asset(name="wirelake.entities", group="wirelake")
EVENTS = Asset(name="wirelake.events", group="wirelake")
RAW = Asset(name="wirelake.raw", group="wirelake")
ACTORS = Asset(name="wirelake.actors", group="wirelake")

# spaCy tasks take a slot of this pool, so a small machine is not oversubscribed
# (create it with `airflow pools set wirelake_nlp <cores> "spaCy workers"`).
NLP_POOL = os.environ.get("WIRELAKE_NLP_POOL", "wirelake_nlp")

# Retry only what a retry can cure: wirelake's Transient errors (network, 5xx, throttling, storage
# hiccups) and plain connection/timeouts; Terminal errors (bad config, bad input) fail at once.
TRANSIENT_ONLY = ExceptionRetryPolicy(
    rules=[
        RetryRule(exception="pipeline.errors.Transient", action=RetryAction.RETRY),
        RetryRule(exception=["builtins.ConnectionError", "builtins.TimeoutError"], action=RetryAction.RETRY),
        RetryRule(exception="pipeline.errors.Terminal", action=RetryAction.FAIL, reason="terminal wirelake error"),
    ],
    default=RetryAction.FAIL,
)


def retry_args(retries: int = 3, delay_s: float = 30.0, max_delay_min: float = 15.0) -> dict[str, Any]:
    """Transient-only retries with exponential backoff. ``WIRELAKE_TASK_RETRIES`` and
    ``WIRELAKE_TASK_RETRY_DELAY_S`` override the count and the first delay (read when the DAG file
    is parsed: a deployment knob, and what lets tests run a failing DAG without waiting minutes)."""
    import pendulum

    n = int(os.environ.get("WIRELAKE_TASK_RETRIES") or retries)
    first = float(os.environ.get("WIRELAKE_TASK_RETRY_DELAY_S") or delay_s)
    return {"retries": n, "retry_delay": pendulum.duration(seconds=first), "retry_exponential_backoff": True,
            "max_retry_delay": pendulum.duration(minutes=max_delay_min), "retry_policy": TRANSIENT_ONLY}


def dag_args(schedule: Any, *tags: str, retries: int = 3, delay_s: float = 30.0) -> dict[str, Any]:
    """What every wirelake DAG shares: a fixed start date, no catch-up, one run at a time, the
    ``wirelake`` tag and transient-only retries (:func:`retry_args`)."""
    import pendulum

    return {"schedule": schedule, "start_date": pendulum.datetime(2026, 1, 1, tz="UTC"), "catchup": False,
            "max_active_runs": 1, "tags": ["wirelake", *tags], "default_args": retry_args(retries, delay_s)}


def settings_for(params: dict[str, Any]) -> Any:
    """Settings from DAG params and the environment; S3 endpoint/credentials from the Airflow AWS
    connection ``$WIRELAKE_AWS_CONN_ID`` (default ``aws_default``) when it exists."""
    from pipeline.config import S3Options, Settings

    settings = Settings.from_env(lake_uri=params.get("lake_uri") or None)
    if not settings.is_s3:
        return settings
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    conn_id = os.environ.get("WIRELAKE_AWS_CONN_ID", "aws_default")
    try:
        conn = BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return settings
    extra = conn.extra_dejson
    s3 = S3Options(
        endpoint_url=extra.get("endpoint_url") or settings.s3.endpoint_url,
        access_key=conn.login or settings.s3.access_key,
        secret_key=conn.password or settings.s3.secret_key,
        session_token=extra.get("aws_session_token") or settings.s3.session_token,
        region=extra.get("region_name") or settings.s3.region,
    )
    return Settings.from_env(lake_uri=settings.lake_uri, s3=s3)


def connection_lookup() -> Any:
    """Feed credentials from Airflow connections (any configured secrets backend): conn_id ->
    (login, password), for feeds whose registry ``auth`` names a ``connection``."""
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    from pipeline.errors import ConfigError

    def lookup(conn_id: str) -> tuple[str | None, str | None]:
        try:
            conn = BaseHook.get_connection(conn_id)
        except AirflowNotFoundException as exc:
            raise ConfigError(f"Airflow connection {conn_id!r} does not exist",
                              fix=f"create it (Admin -> Connections, or AIRFLOW_CONN_{conn_id.upper()}) with the "
                                  "feed's login and password or token") from exc
        return conn.login, conn.password

    return lookup


def logical_day(context: Any) -> dt.date:
    """The run's date: the ``date`` param, else the logical date, else when the run was due."""
    params = context["params"]
    if params.get("date"):
        return dt.date.fromisoformat(params["date"])
    when = context.get("logical_date") or context["dag_run"].run_after
    return when.date()


def mapped_results(values: Any) -> list[Any]:
    """The return values of a mapped task's instances as a list. Airflow passes them as a lazy XCom
    sequence that knows its length; iterating it looks up one index past the end (an extra XCom
    query whose miss shows in the task log), so it is read by index, up to its length."""
    return [values[i] for i in range(len(values))]


def feeds_file(params: dict[str, Any]) -> str:
    from pipeline.errors import ConfigError

    path = params.get("feeds_file") or os.environ.get("WIRELAKE_FEEDS")
    if not path:
        raise ConfigError("no feed registry configured",
                          fix="set WIRELAKE_FEEDS to a registry YAML, or pass the feeds_file param when triggering")
    return str(path)
