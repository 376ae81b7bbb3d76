"""Entity and event rows that the DAG lands in Parquet are exactly what `wirelake enrich` returns
for the same article text and publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files
from tests.e2e.test_dag_ingest import _dag, _run

ENTITY_KEYS = ("text", "label", "start", "end", "raw_start", "raw_end", "canonical_name", "country_code")


def _table(storage: Storage, table: str, article_id: str) -> list[dict]:
    rows = [r for f in committed_files(storage, table) for r in pq.read_table(storage.full(f)).to_pylist()]
    return [r for r in rows if r["article_id"] == article_id]


@pytest.mark.slow
def test_dag_rows_match_wirelake_enrich(airflow_db: None, sample_registry: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    lake = tmp_path / "lake"
    assert _run(_dag("wire_ingest"), {"lake_uri": str(lake), "feeds_file": str(sample_registry)}).state == "success"
    storage = Storage.from_uri(str(lake))
    articles = [r for f in committed_files(storage, "articles") for r in pq.read_table(storage.full(f)).to_pylist()]
    assert len(articles) == 6
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a["article_id"], "text": a["raw_text"],
                                       "published": a["published"].date().isoformat() if a["published"] else None}) + "\n"
                           for a in articles), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["enrich", "--input", str(src), "--output", str(out)]) == 0
    by_id = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    total_events = 0
    for a in articles:
        cli = by_id[a["article_id"]]
        assert cli["text"] == a["text"] and cli["casing"] == a["casing"]
        rows = sorted(_table(storage, "entities", a["article_id"]), key=lambda r: r["mention_index"])
        assert [tuple(r[k] for k in ENTITY_KEYS) for r in rows] == \
            [tuple(e[k] for k in ENTITY_KEYS) for e in cli["entities"]]
        events = sorted(_table(storage, "events", a["article_id"]), key=lambda r: r["event_id"])
        events.sort(key=lambda r: int(r["event_id"].rsplit("-v", 1)[1]))
        assert len(events) == len(cli["events"])
        for row, ev in zip(events, cli["events"]):
            for key, value in ev.items():
                if key.endswith("_entity_index"):
                    want = None if value is None else f"{a['article_id']}-e{value}"
                    assert row[key.replace("_index", "_id")] == want
                elif key == "event_date":
                    assert (row[key].isoformat() if row[key] else None) == value
                else:
                    assert row[key] == value, key
        total_events += len(events)
    assert total_events > 20
    assert dt.date(2017, 12, 11).isoformat() in {e["event_date"] for r in by_id.values() for e in r["events"]}
