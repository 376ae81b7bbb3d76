"""
### wire_maintenance — keep the lake fast and small

Daily, after ingestion:
- **compact**: rewrites partitions of past days that hold several small files (e.g. from scaled-out
  batch tasks) into files of about 128 MB, through the same stage → manifest commit as every write;
- **expire_raw**: deletes raw payloads older than `raw_retention_days` (replay needs them, so keep
  them as long as you may want to rebuild; an expired date is marked, and rebuilding it is refused
  rather than committing empty tables over good ones), and files that runs which died before
  committing left under `_staging/` more than a day ago;
- **report**: writes the daily HTML report (articles per feed, top entities, events by type,
  feed latency and failures) to `<lake>/reports/dt=YYYY-MM-DD/report.html`.
"""

from __future__ import annotations

import pendulum
from airflow.sdk import Param, dag, task

from dags._wirelake import dag_args, logical_day, settings_for


@dag(
    **dag_args("30 4 * * *", "maintenance", retries=2, delay_s=60),
    doc_md=__doc__,
    params={
        "lake_uri": Param("", type="string", description="Lake location; empty = $WIRELAKE_LAKE_URI or ./lake."),
        "date": Param("", type="string", pattern=r"^$|^\d{4}-\d{2}-\d{2}$", description="Today; empty = run date."),
        "raw_retention_days": Param(90, type="integer", minimum=1, description="Days of raw payloads to keep."),
    },
)
def wire_maintenance() -> None:
    @task
    def compact(**context) -> int:  # type: ignore[no-untyped-def]
        """Compact partitions of days before the run's date; returns how many were rewritten."""
        from pipeline.lake.maintenance import compact as run
        from pipeline.lake.storage import Storage

        storage = Storage.from_settings(settings_for(context["params"]))
        return len(run(storage, before=logical_day(context), run_id=context["run_id"]))

    @task
    def expire_raw(**context) -> dict:  # type: ignore[no-untyped-def]
        """Delete raw payloads past the retention."""
        from pipeline.lake.maintenance import clean_staging
        from pipeline.lake.maintenance import expire_raw as run
        from pipeline.lake.storage import Storage

        storage = Storage.from_settings(settings_for(context["params"]))
        days = int(context["params"]["raw_retention_days"])
        keep_from = logical_day(context) - pendulum.duration(days=days)
        result = run(storage, older_than=keep_from, today=logical_day(context), retention_days=days)
        result["staging_removed"] = len(clean_staging(storage))
        return result

    @task
    def report(**context) -> str:  # type: ignore[no-untyped-def]
        """Write the daily report for the run's date; returns its lake path."""
        from pipeline.lake.report import write_report
        from pipeline.lake.storage import Storage

        storage = Storage.from_settings(settings_for(context["params"]))
        return write_report(storage, logical_day(context))

    compact() >> expire_raw() >> report()


wire_maintenance()
