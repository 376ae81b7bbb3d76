"""infra/sql is generated from schemas/ and in sync; the DuckDB views run over a real small lake."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pipeline.lake import schemas
from pipeline.lake.storage import Storage
from pipeline.lake.writer import write_partition
from tests.support.paths import REPO

DAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)


def _gen() -> ModuleType:
    return importlib.import_module("scripts.gen_sql")


def _rows(table: str, n: int) -> list[dict[str, Any]]:
    """``n`` minimal valid rows of ``table`` (required columns only, plus a few nullable ones)."""
    out = []
    for i in range(n):
        aid = f"{i:032x}"
        row: dict[str, Any] = {
            "articles": {"article_id": aid, "title": f"t{i}", "fetched_at": NOW, "published": NOW, "raw_text": "x",
                         "text": "X", "casing": "restored", "body_start": 0, "word_count": 1,
                         "content_hash": "h" * 64, "raw_ref": "raw/x.body"},
            "entities": {"article_id": aid, "entity_id": f"{aid}-e0", "mention_index": 0, "text": "Putin",
                         "label": "PERSON", "start": 0, "end": 5, "raw_start": 0, "raw_end": 5},
            "events": {"article_id": aid, "event_id": f"{aid}-v0", "event_type": "CONSULT", "trigger_text": "met",
                       "trigger_start": 0, "trigger_end": 3, "trigger_raw_start": 0, "trigger_raw_end": 3,
                       "sentence_index": 0, "mode": "asserted", "confidence": 0.5, "extractor_version": "t",
                       "event_date": DAY},
            "quarantine": {"feed": "f", "level": "item", "reason": "no_text", "recorded_at": NOW},
            "feed_health": {"feed": "f", "status": "ok", "not_modified": False, "items_seen": n, "written": n,
                            "duplicates": 0, "quarantined": 0, "fetched_at": NOW, "latency_ms": 10 + i},
            "actors": {"actor_id": f"phx:a{i}", "name": f"A {i}", "kind": "person", "role_code": "RUSGOV",
                       "country": "RUS", "sector": "GOV", "valid_from": DAY, "dated": True, "is_latest": True,
                       "kb_version": "actors.v1"},
        }[table]
        out.append(row)
    return out


def test_generated_sql_is_in_sync_with_schemas() -> None:
    gen = _gen()
    assert gen.diff() == [], "run `python scripts/gen_sql.py`"
    assert gen.main(["--check"]) == 0


def test_check_mode_detects_drift(tmp_path: Path) -> None:
    gen = _gen()
    gen.write(tmp_path)
    assert gen.main(["--check", "--out", str(tmp_path)]) == 0
    views = tmp_path / "duckdb" / "views.sql"
    views.write_text(views.read_text().replace('"title"', '"headline"'))
    (tmp_path / "trino" / "old_table.sql").write_text("-- stray\n")
    problems = gen.diff(tmp_path)
    assert any("stale" in p and "views.sql" in p for p in problems)
    assert any("not generated" in p and "old_table.sql" in p for p in problems)
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1


@pytest.mark.parametrize("table", schemas.TABLES)
def test_every_dialect_names_every_column_once(table: str) -> None:
    gen = _gen()
    files = gen.render()
    s = schemas.load(table)
    names = [c.name for c in s.columns]
    athena = files[f"athena/{table}.sql"]
    cols = re.findall(r"^  `(\w+)` [A-Z]+ COMMENT", athena, re.M)
    assert cols == names + ["dt", "source"]
    assert "'projection.dt.type' = 'date'" in athena and "'projection.dt.range' = '2020-01-01,NOW'" in athena
    assert "'projection.source.type' = 'injected'" in athena and "`dt` DATE" in athena
    assert "dt=${dt}/source=${source}/" in athena
    trino = files[f"trino/{table}.sql"]
    assert re.findall(r'^  "(\w+)" ', trino, re.M) == names + ["dt", "source"]
    assert "partitioned_by = ARRAY['dt', 'source']" in trino and '"dt" date' in trino
    bq = files[f"bigquery/{table}.sql"]
    assert re.findall(r"^  `(\w+)` [A-Z0-9]+ OPTIONS", bq, re.M) == names
    assert "WITH PARTITION COLUMNS (\n  `dt` DATE,\n  `source` STRING\n)" in bq
    assert f"hive_partition_uri_prefix = '__LAKE_URI__/{table}'" in bq


def test_duckdb_views_run_on_a_written_lake(tmp_path: Path) -> None:
    import duckdb

    storage = Storage.from_uri(str(tmp_path / "lake"))
    for table in schemas.TABLES:
        write_partition(storage, table, DAY, "feed-a", _rows(table, 3), run_id="r1")
        write_partition(storage, table, DAY + dt.timedelta(days=1), "feed-b", _rows(table, 2), run_id="r2")
    con = duckdb.connect()
    con.execute("SET VARIABLE wirelake_lake = ?", [storage.uri])
    con.execute((REPO / "infra" / "sql" / "duckdb" / "views.sql").read_text())
    for table in schemas.TABLES:
        desc = con.execute(f"DESCRIBE {table}").fetchall()
        s = schemas.load(table)
        assert [d[0] for d in desc] == s.names + ["dt", "source"], table
        types = {d[0]: d[1] for d in desc}
        assert types["dt"] == "DATE" and types["source"] == "VARCHAR"
        got = con.execute(f"SELECT dt, source, count(*) FROM {table} GROUP BY ALL ORDER BY ALL").fetchall()
        assert got == [(DAY, "feed-a", 3), (DAY + dt.timedelta(days=1), "feed-b", 2)], table
    assert con.execute("SELECT max(latency_ms) FROM feed_health WHERE dt = ?", [DAY]).fetchone() == (12,)
    assert con.execute("SELECT typeof(fetched_at) FROM articles LIMIT 1").fetchone() == ("TIMESTAMP WITH TIME ZONE",)
    # manifests sit next to the data files and must not be read as data
    assert not con.execute("SELECT count(*) FROM quarantine WHERE feed IS NULL").fetchone()[0]
