"""wire_ingest under dag.test(): a run whose feeds all fail transiently fails (after its ingest
tasks were retried), one feed down among several does not, and each feed's counts and failures
reach the task log."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from pipeline.devtools.feedserver import Reply, serve_script
from tests.e2e.test_dag_ingest import _dag, _run
from tests.support.wire import STORY, rss

DAY = dt.date(2026, 11, 25)


def _registry(path: Path, feeds: list[tuple[str, str]]) -> Path:
    path.write_text("feeds:\n" + "".join(f"  - name: {n}\n    url: {u}\n    agency: W\n    language: en\n"
                                         "    allow_private_network: true\n" for n, u in feeds), encoding="utf-8")
    return path


@pytest.fixture(scope="module", autouse=True)
def own_dag_version(airflow_db: None) -> object:
    """These tests parse wire_ingest with other retry settings, which Airflow stores as another
    version of the DAG; other tests' runs of the same dates must not see two versions, so the
    metadata DB is reset around this module."""
    from airflow.utils import db

    db.resetdb()
    yield
    db.resetdb()


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRELAKE_TASK_RETRIES", "1")
    monkeypatch.setenv("WIRELAKE_TASK_RETRY_DELAY_S", "0")
    monkeypatch.setenv("WIRELAKE_FETCH_RETRIES", "0")


def test_every_feed_down_fails_the_run_after_retries(airflow_db: None, tmp_path: Path, quick_retries: None) -> None:
    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import committed_files

    lake = tmp_path / "lake"
    with serve_script({"/down": [Reply(503)]}) as (base, script):
        reg = _registry(tmp_path / "feeds.yaml", [("a", f"{base}/down"), ("b", f"{base}/down")])
        run = _run(_dag("wire_ingest"), {"lake_uri": str(lake), "feeds_file": str(reg)})
    assert run.state == "failed"
    tis = {(ti.task_id, ti.map_index): ti for ti in run.get_task_instances()}
    assert tis[("ingest", 0)].state == "failed" and tis[("ingest", 0)].try_number == 2  # retried once
    assert tis[("summarize", -1)].state == "failed"
    assert script.hits("/down") == 4
    assert len(committed_files(Storage.from_uri(str(lake)), "feed_health")) == 2  # the failures are on record


def test_one_feed_down_among_three_keeps_the_run_green(airflow_db: None, tmp_path: Path, quick_retries: None,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pipeline")
    lake = tmp_path / "lake"
    ok = rss([("http://wire.example/a/1", STORY)])
    ok2 = rss([("http://wire.example/a/2", STORY + " Another story.")])
    with serve_script({"/down": [Reply(503)], "/ok": [Reply(body=ok)], "/ok2": [Reply(body=ok2)]}) as (base, _):
        reg = _registry(tmp_path / "feeds.yaml", [("a", f"{base}/down"), ("b", f"{base}/ok"), ("c", f"{base}/ok2")])
        run = _run(_dag("wire_ingest"), {"lake_uri": str(lake), "feeds_file": str(reg)})
    assert run.state == "success"
    states = {ti.map_index: ti.state for ti in run.get_task_instances() if ti.task_id == "ingest"}
    assert sorted(states.values()) == ["failed", "success", "success"]
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("pipeline")]
    assert "feed b 2026-11-25: ok — seen 1, written 1, duplicates 0, quarantined 0" in messages
    assert any(m.startswith("feed a: fetch failed (http_error)") and "HTTP 503" in m for m in messages)
