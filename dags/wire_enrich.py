"""
### wire_enrich — event-driven: payloads dropped into the lake's inbox

Other systems can push feed payloads into `<lake>/inbox/source=<feed>/…`. When
`WIRELAKE_SQS_QUEUE_URL` names an SQS queue that receives the bucket's S3 "object created"
notifications, an **AssetWatcher** (common-messaging `MessageQueueTrigger`, run by the
triggerer) updates the `wirelake.inbox` Asset for each notification and this DAG runs at once.
Without a queue it still runs whenever something updates `wirelake.inbox` (e.g. the REST API).

Each run moves the inbox objects into the raw zone for the run's date, rebuilds the touched
feeds' partitions from raw (same code as `wirelake replay`) and emits the table Assets.
"""

from __future__ import annotations

import os

from airflow.sdk import Asset, AssetWatcher, Param, dag, task

from dags._wirelake import ARTICLES, ENTITIES, EVENTS, NLP_POOL, dag_args, logical_day, mapped_results, settings_for

_QUEUE = os.environ.get("WIRELAKE_SQS_QUEUE_URL", "")


def _inbox_asset() -> Asset:
    """The inbox Asset, watched over SQS when a queue is configured (the trigger's module imports the
    amazon provider, so it is imported only then)."""
    if not _QUEUE:
        return Asset(name="wirelake.inbox", group="wirelake")
    from airflow.providers.common.messaging.triggers.msg_queue import MessageQueueTrigger

    trigger = MessageQueueTrigger(
        scheme="sqs", sqs_queue=_QUEUE, aws_conn_id=os.environ.get("WIRELAKE_AWS_CONN_ID", "aws_default"),
        region_name=os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
        waiter_delay=int(os.environ.get("WIRELAKE_SQS_WAITER_DELAY", "5")), wait_time_seconds=1,
        message_filtering="jsonpath", message_filtering_config="Records[*].eventName",
    )
    return Asset(name="wirelake.inbox", group="wirelake", watchers=[AssetWatcher(name="wirelake_inbox_sqs", trigger=trigger)])


INBOX = _inbox_asset()


@dag(
    **dag_args([INBOX], "enrich", "event-driven", retries=3, delay_s=30),
    doc_md=__doc__,
    params={
        "lake_uri": Param("", type="string", description="Lake location; empty = $WIRELAKE_LAKE_URI or ./lake."),
        "date": Param("", type="string", pattern=r"^$|^\d{4}-\d{2}-\d{2}$",
                      description="Raw-zone date to land into; empty = the run's date."),
    },
)
def wire_enrich() -> None:
    @task
    def land_inbox(**context) -> list[str]:  # type: ignore[no-untyped-def]
        """Move everything waiting in the inbox into the raw zone; returns the feeds touched."""
        from pipeline.lake.storage import Storage
        from pipeline.sources.inbox import land_inbox as land
        from pipeline.sources.inbox import list_inbox

        storage = Storage.from_settings(settings_for(context["params"]))
        return sorted(land(storage, logical_day(context), list_inbox(storage)))

    @task(outlets=[ARTICLES, ENTITIES, EVENTS], pool=NLP_POOL)
    def rebuild(feed: str, **context) -> dict:  # type: ignore[no-untyped-def]
        """Rebuild one feed's partitions for the date from everything landed."""
        from pipeline.ingest import replay_feed

        return replay_feed(feed, day=logical_day(context), settings=settings_for(context["params"]),
                           run_id=context["run_id"]).to_dict()

    @task
    def summarize(results: list[dict]) -> dict:
        from pipeline.ingest import summarize_results

        return summarize_results(mapped_results(results))

    summarize(rebuild.expand(feed=land_inbox()))


wire_enrich()
