"""
### wire_ingest — daily ingestion of news wire feeds

Fetches every feed in the registry (one mapped task per feed), lands the raw payloads, then
parses, deduplicates, restores the text, extracts entities and events and rewrites the run
date's Hive partitions of `articles`, `entities`, `events`, `quarantine` and `feed_health`.

**Trigger with parameters** (all optional): `feeds` (subset of feed names), `lake_uri`
(`./lake`, `/abs/path` or `s3://bucket/prefix`), `feeds_file` (registry YAML), `date`
(`YYYY-MM-DD`, defaults to the logical date). Rerunning a date replaces its partitions.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, task

from dags._wirelake import ARTICLES, ENTITIES, EVENTS, FEED_NAME_PATTERN, RAW, feeds_file, logical_day, settings_for


@dag(
    schedule="@daily",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["wirelake", "ingest"],
    doc_md=__doc__,
    params={
        "feeds": Param([], type="array", items={"type": "string", "pattern": FEED_NAME_PATTERN},
                       description="Only these feeds (names from the registry); empty = all."),
        "lake_uri": Param("", type="string", pattern=r"^$|^s3://[a-z0-9][a-z0-9.-]{1,62}(/.*)?$|^(file://)?[./~].*$",
                          description="Lake location; empty = $WIRELAKE_LAKE_URI or ./lake."),
        "feeds_file": Param("", type="string", description="Feed registry YAML; empty = $WIRELAKE_FEEDS."),
        "date": Param("", type="string", pattern=r"^$|^\d{4}-\d{2}-\d{2}$",
                      description="Partition date YYYY-MM-DD; empty = the run's logical date."),
    },
)
def wire_ingest() -> None:
    @task
    def plan_feeds(**context) -> list[dict]:  # type: ignore[no-untyped-def]
        """The registry's feeds (validated), filtered to the `feeds` param."""
        from pipeline.registry import load_registry, select

        params = context["params"]
        return [f.to_dict() for f in select(load_registry(feeds_file(params)), params["feeds"] or None)]

    @task(outlets=[RAW, ARTICLES, ENTITIES, EVENTS], max_active_tis_per_dagrun=2)
    def ingest(feed: dict, **context) -> dict:  # type: ignore[no-untyped-def]
        """Fetch, land, parse, enrich and write one feed; returns counts and partition paths."""
        from pipeline.ingest import ingest_feed
        from pipeline.registry import Feed

        result = ingest_feed(Feed.from_dict(feed), day=logical_day(context), settings=settings_for(context["params"]),
                             run_id=context["run_id"])
        return result.to_dict()

    @task
    def summarize(results: list[dict]) -> dict:
        """Totals for the run; fails when an item is unaccounted for."""
        from pipeline.ingest import summarize_results

        return summarize_results(list(results))

    summarize(ingest.expand(feed=plan_feeds()))


wire_ingest()
