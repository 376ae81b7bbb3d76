"""A day streams through in bounded chunks: staged as several Parquet parts, committed together,
with exactly the rows a single chunk would give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.config import Settings
from pipeline.devtools.feedserver import SAMPLES_DIR
from pipeline.ingest import process_landed, replay_feed
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files, read_manifest
from pipeline.sources.fetch import FetchResult
from pipeline.sources.landing import iter_landed, land

DAY = dt.date(2026, 11, 25)


def _lake(path: Path) -> Storage:
    storage = Storage.from_uri(str(path))
    for i, name in enumerate(("reuters-world.xml", "wire-atom.xml")):
        land(storage, DAY, FetchResult(feed="mixed", url=f"http://127.0.0.1/{name}", status=200, headers={},
                                       body=(SAMPLES_DIR / name).read_bytes(),
                                       fetched_at=dt.datetime(2026, 11, 25, 6, i, tzinfo=dt.UTC)))
    return storage


def _rows(storage: Storage, table: str) -> list[dict]:
    files = committed_files(storage, table)
    rows = [r for f in files for r in pq.read_table(storage.full(f)).to_pylist()]
    return sorted(rows, key=lambda r: (r["article_id"], r.get("start") or r.get("trigger_start") or 0,
                                       r.get("mention_index") or 0, r.get("event_id") or ""))


def test_chunked_day_equals_one_chunk(tmp_path: Path, enricher: object) -> None:
    settings = Settings()
    one, many = _lake(tmp_path / "one"), _lake(tmp_path / "many")
    r1 = replay_feed("mixed", day=DAY, settings=settings, run_id="r", storage=one, enricher=enricher)  # type: ignore[arg-type]
    r2 = process_landed("mixed", iter_landed(many, DAY, "mixed"), day=DAY, settings=settings, run_id="r",
                        storage=many, enricher=enricher, chunk_articles=2)  # type: ignore[arg-type]
    assert (r1.written, r1.entities, r1.events) == (r2.written, r2.entities, r2.events)
    # the counts a run reports are the rows it committed (six articles, both NLP tables non-trivial)
    assert (r1.written, r1.entities, r1.events) == tuple(len(_rows(one, t)) for t in ("articles", "entities", "events"))
    assert r1.written == 6 and r1.entities > 20 and r1.events > 10
    m = read_manifest(many, f"articles/dt={DAY}/source=mixed")
    assert m is not None and len(m["files"]) == 3 and m["rows"] == 6  # 6 articles in parts of 2
    for table in ("articles", "entities", "events"):
        assert _rows(one, table) == _rows(many, table), table
