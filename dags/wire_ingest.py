"""
### wire_ingest — daily ingestion of news wire feeds

Fetches every feed in the registry (one mapped task per feed), lands the raw payloads, then
parses, deduplicates, restores the text, extracts entities and events and rewrites the run
date's Hive partitions of `articles`, `entities`, `events`, `quarantine` and `feed_health`; the
`actors` dimension (the actor knowledge base) is written when the lake lacks this KB build.

**Trigger with parameters** (all optional): `feeds` (subset of feed names), `lake_uri`
(`./lake`, `/abs/path` or `s3://bucket/prefix`), `feeds_file` (registry YAML), `date`
(`YYYY-MM-DD`, defaults to the logical date), `reprocess` (rebuild the date from the raw zone
without fetching). Rerunning a date replaces its partitions.

**Backfill** a range with Airflow 3's backfill:
`airflow backfill create --dag-id wire_ingest --from-date 2026-11-01 --to-date 2026-11-07`
(or `POST /api/v2/backfills`); pass `--dag-run-conf '{"reprocess": true}'` to rebuild from raw.

Transient failures (network, 5xx, throttling, storage) are retried with exponential backoff;
terminal ones (bad registry, bad config, raw payloads expired) fail at once. An `ingest` task whose
feeds all failed transiently (DNS, timeouts, 5xx) fails with a transient error, so it is retried;
`summarize` then fails the run when every feed, or more than `max_failed_share` of them, failed.
NLP tasks share the `wirelake_nlp` pool.
"""

from __future__ import annotations

from airflow.sdk import Param, TriggerRule, dag, task

from dags._wirelake import (
    ACTORS,
    ARTICLES,
    ENTITIES,
    EVENTS,
    FEED_NAME_PATTERN,
    NLP_POOL,
    RAW,
    connection_lookup,
    dag_args,
    feeds_file,
    logical_day,
    mapped_results,
    settings_for,
)


# The tasks; wire_ingest below only wires them.
@task
def plan_feeds(**context) -> list[list[dict]]:  # type: ignore[no-untyped-def]
    """The registry's feeds (validated), filtered to the `feeds` param, in batches of `feeds_per_task`."""
    from pipeline.lake.storage import Storage
    from pipeline.sources.registry import load_registry, select

    params = context["params"]
    feeds = [f.to_dict() for f in select(load_registry(feeds_file(params)), params["feeds"] or None)]
    Storage.from_settings(settings_for(params)).check_bucket()  # a mistyped bucket fails here, terminally
    size = int(params["feeds_per_task"])
    return [feeds[i:i + size] for i in range(0, len(feeds), size)]


@task(outlets=[RAW, ARTICLES, ENTITIES, EVENTS], pool=NLP_POOL)
def ingest(batch: list[dict], **context) -> list[dict]:  # type: ignore[no-untyped-def]
    """Fetch the batch's feeds concurrently, then land, parse, enrich and write each (the model
    loads once); returns counts and partition paths per feed. Fails (transient: retried) when
    all of the batch's feeds, or more than the allowed share, failed for transient reasons."""
    from pipeline.ingest import check_failed_share, ingest_feeds
    from pipeline.nlp.enrich import Enricher
    from pipeline.sources.pages import PageFetcher
    from pipeline.sources.registry import Feed

    params, day, run_id = context["params"], logical_day(context), context["run_id"]
    settings = settings_for(params)
    enricher = Enricher(settings.model, batch_size=settings.batch_size)
    pages = PageFetcher.from_settings(settings)  # the batch's feeds share one host gate and robots cache
    runs = ingest_feeds([Feed.from_dict(f) for f in batch], day=day, settings=settings, run_id=run_id,
                        enricher=enricher, reprocess=bool(params["reprocess"]), connections=connection_lookup(),
                        pages=pages)
    runs.raise_errors()
    results = [r.to_dict() for r in runs]
    check_failed_share(results, _share(params, settings))
    return results


@task(trigger_rule=TriggerRule.ALL_DONE, retries=0)
def summarize(results: list[list[dict]], plan: list[list[dict]], **context) -> dict:  # type: ignore[no-untyped-def]
    """Totals for the run; fails when an item is unaccounted for, or when every feed (or more than
    `max_failed_share`) failed — an `ingest` task that failed after its retries counts its feeds
    as failed."""
    from pipeline.ingest import check_failed_share, summarize_results

    reported = [r for batch in mapped_results(results) if batch for r in batch]  # a failed task's batch: None
    seen = {r["feed"] for r in reported}
    lost = [{"feed": f["name"], "status": "error", "transient": True, "reason": "its ingest task failed"}
            for batch in plan for f in batch if f["name"] not in seen]
    totals = summarize_results(reported)
    check_failed_share(reported + lost, _share(context["params"], settings_for(context["params"])))
    if lost:
        totals["failed_feeds"] = sorted(totals["failed_feeds"] + [r["feed"] for r in lost])
    return totals


@task(outlets=[ACTORS])
def publish_actors(**context) -> dict:  # type: ignore[no-untyped-def]
    """Write the actor knowledge base shipped with wirelake as the `actors` dimension table,
    unless the lake already holds this KB build (then nothing is written)."""
    from pipeline.actors_table import publish_actors as publish
    from pipeline.lake.storage import Storage

    result = publish(Storage.from_settings(settings_for(context["params"])), run_id=context["run_id"])
    return {"path": result.path, "rows": result.rows, "written": result.written}


@dag(
    **dag_args("@daily", "ingest"),
    doc_md=__doc__,
    params={
        "feeds": Param([], type="array", items={"type": "string", "pattern": FEED_NAME_PATTERN},
                       description="Only these feeds (names from the registry); empty = all."),
        "lake_uri": Param("", type="string", pattern=r"^$|^s3://[a-z0-9][a-z0-9.-]{1,62}(/.*)?$|^(file://)?[./~].*$",
                          description="Lake location; empty = $WIRELAKE_LAKE_URI or ./lake."),
        "feeds_file": Param("", type="string", description="Feed registry YAML; empty = $WIRELAKE_FEEDS."),
        "date": Param("", type="string", pattern=r"^$|^\d{4}-\d{2}-\d{2}$",
                      description="Partition date YYYY-MM-DD; empty = the run's logical date."),
        "reprocess": Param(False, type="boolean",
                           description="Rebuild the date's partitions from the raw zone instead of fetching."),
        "feeds_per_task": Param(1, type="integer", minimum=1, maximum=1000,
                                description="Feeds one mapped task processes (1 = a task per feed); raise it "
                                "when thousands of feeds would make too many small tasks."),
        "max_failed_share": Param(None, type=["null", "number"], minimum=0, maximum=1,
                                  description="The run fails when more than this share of feeds failed for transient "
                                  "reasons (all failing always fails it); empty = $WIRELAKE_MAX_FAILED_SHARE or 0.5."),
    },
)
def wire_ingest() -> None:
    plan = plan_feeds()
    summarize(ingest.expand(batch=plan), plan)
    publish_actors()


def _share(params: dict, settings: object) -> float:
    value = params.get("max_failed_share")
    return float(value) if value is not None else float(getattr(settings, "max_failed_share", 0.5))


wire_ingest()
