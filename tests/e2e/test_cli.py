"""The ``wirelake`` CLI end to end: ingest, query and replay over the bundled sample feeds (and a
feed that is gone), replay without network; normalize and enrich JSON lines with the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.lake.storage import Storage
from tests.support import wire


def test_ingest_query_and_replay(sample_registry: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lake = tmp_path / "lake"
    assert main(["ingest", "--feeds", str(sample_registry), "--lake", str(lake), "--date", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "2 feeds, 6 articles" in out
    assert main(["query", "--lake", str(lake), "--format", "json",
                 "SELECT canonical_name, count(*) AS n FROM entities WHERE label = 'PERSON' "
                 "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["canonical_name"].endswith("Putin") and rows[0]["n"] >= 10
    before = sorted(p.read_bytes() for p in (lake / "articles").rglob("*.parquet"))
    # replay rebuilds the partitions from the raw zone only (it never fetches)
    assert main(["replay", "--from", "2026-11-25", "--to", "2026-11-25", "--lake", str(lake)]) == 0
    assert "2 feeds, 6 articles" in capsys.readouterr().out
    import pyarrow.parquet as pq

    after = sorted(p for p in (lake / "articles").rglob("*.parquet"))
    assert sum(pq.read_table(p).num_rows for p in after) == 6
    assert len(before) == len(after)


def test_normalize_and_enrich_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "moscow ( reuters ) - president vladimir putin flew into syria .\n"
                                                "russia s forces will leave ."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["normalize", "--keep-tokens", "--input", str(src), "--output", str(out)]) == 0
    rec = json.loads(out.read_text())
    raw = json.loads(src.read_text())["text"]
    assert rec["id"] == 1 and rec["text"].lower() == raw and rec["text"].split(" ")[0] == "MOSCOW"
    assert main(["enrich", "--input", str(src), "--output", str(out)]) == 0
    rec = json.loads(out.read_text())
    assert rec["casing"] == "restored" and rec["text"].startswith("MOSCOW (Reuters) - President Vladimir Putin")
    assert rec["dateline"]["city"] == "MOSCOW"
    putin = next(e for e in rec["entities"] if e["text"] == "Vladimir Putin")
    assert putin["label"] == "PERSON"
    assert raw[putin["raw_start"]:putin["raw_end"]] == "vladimir putin"
    assert rec["text"][putin["start"]:putin["end"]] == "Vladimir Putin"
    assert isinstance(rec["events"], list)


def test_cli_ingest_then_replay_is_identical_without_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`wirelake ingest` (thread pool, real NLP) twice, then `wirelake replay` with the server gone."""
    from pipeline.cli import main
    from pipeline.devtools.feedserver import SAMPLES_DIR, sample_registry, serve_directory

    lake = tmp_path / "lake"
    reg = tmp_path / "feeds.yaml"
    with serve_directory(SAMPLES_DIR) as base:
        reg.write_text(sample_registry(base) + f"  - name: gone\n    url: {base}/missing.xml\n    agency: X\n"
                       "    language: en\n    allow_private_network: true\n", encoding="utf-8")
        for _ in range(2):
            assert main(["ingest", "--feeds", str(reg), "--lake", str(lake), "--date", str(wire.DAY), "--workers", "3"]) == 0
    out = capsys.readouterr().out
    assert "3 feeds, 6 articles" in out
    tables = ("articles", "entities", "events", "quarantine", "feed_health")
    before = {t: wire.rows(lake, t) for t in tables}
    assert {(h["source"], h["status"]) for h in before["feed_health"]} == {
        ("reuters-world", "not_modified"), ("wire-atom", "not_modified"), ("gone", "failed")}
    for t in tables:
        Storage.from_uri(str(lake)).delete_tree(t)
    assert main(["replay", "--from", str(wire.DAY), "--to", str(wire.DAY), "--lake", str(lake)]) == 0
    assert {t: wire.rows(lake, t) for t in tables} == before


def test_enrich_takes_the_outlets_country_and_refuses_a_bad_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``country`` on an input line is the outlet's (the stories' home country unless a dateline names
    one); anything but three capital letters stops the run with the record and the fix named."""
    text = ("councillor thabo nkosi criticised the water board on monday .\n"
            "the board bought its pumps from india , and india trained its engineers .")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "mu-1", "text": text, "country": "MUS"}) + "\n", encoding="utf-8")
    assert main(["enrich", "--input", str(src), "--output", str(out)]) == 0
    (criticism,) = [e for e in json.loads(out.read_text())["events"] if e["event_type"] == "DISAPPROVE"]
    assert criticism["source_country"] == "MUS"
    src.write_text(json.dumps({"id": "mu-2", "text": text, "country": "Mauritius"}) + "\n", encoding="utf-8")
    assert main(["enrich", "--input", str(src), "--output", str(out)]) != 0
    err = capsys.readouterr().err
    assert "'mu-2'" in err and "alpha-3" in err
