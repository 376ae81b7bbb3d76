"""Linked pages under the DAG: wire_ingest over the local news site (tests/support/pagesite.py) with
dag.test(), then a ``reprocess`` re-run with the servers gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.devtools.feedserver import Reply, serve_script
from tests.e2e.test_dag_ingest import _dag, _run
from tests.support.pagesite import DAY, ITEMS, rows, rss, site_routes


@pytest.mark.slow
def test_dag_reprocess_rebuilds_identical_bodies_with_the_network_off(airflow_db: None, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Acceptance #3: wire_ingest fetches the teaser feed and its pages; the servers stop; a re-run of
    the day with ``reprocess`` rebuilds the same articles (bodies, sources, reasons) from the raw zone."""
    for var, value in (("WIRELAKE_PAGE_DELAY_S", "0.05"), ("WIRELAKE_PAGE_MAX_BYTES", "200000"),
                       ("WIRELAKE_FETCH_RETRIES", "1"), ("WIRELAKE_FETCH_BACKOFF_S", "0.001"),
                       ("WIRELAKE_FETCH_BACKOFF_MAX_S", "0.01")):
        monkeypatch.setenv(var, value)
    lake = tmp_path / "lake"
    registry = tmp_path / "feeds.yaml"
    dag = _dag("wire_ingest")
    with serve_script(site_routes()) as (base, script):
        items = [{"link": base + p, "title": t, "summary": s} for p, t, s in ITEMS]
        script.routes["/feed.xml"] = [Reply(200, rss(items))]
        registry.write_text(f"feeds:\n  - name: teasers\n    url: {base}/feed.xml\n    agency: Wire\n    language: en\n"
                            "    allow_private_network: ['127.0.0.0/8']\n", encoding="utf-8")
        conf = {"lake_uri": str(lake), "feeds_file": str(registry)}
        assert _run(dag, conf, DAY).state == "success"
    first = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    assert {a["body_source"] for a in first} == {"page", "summary"}
    assert sum(a["body_source"] == "page" for a in first) == 3
    # the servers are gone: any fetch would now fail
    assert _run(dag, {**conf, "reprocess": True}, DAY).state == "success"
    again = sorted(rows(lake, "articles"), key=lambda r: r["article_id"])
    keys = ("article_id", "raw_text", "text", "title", "author", "published", "body_source", "body_reason", "page_url",
            "page_fetched_at", "page_ref", "fetched_at")
    assert [{k: a[k] for k in keys} for a in again] == [{k: a[k] for k in keys} for a in first]
    ents = rows(lake, "entities")
    assert ents and all(next(a for a in again if a["article_id"] == e["article_id"])["text"][e["start"]:e["end"]]
                        == e["text"] for e in ents)
