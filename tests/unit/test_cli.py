from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main

COMMANDS = ("ingest", "replay", "normalize", "enrich", "actors", "query", "report", "iceberg", "maintain", "verify",
            "serve")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_help_documents_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "pipeline.cli", "--help"], capture_output=True, text=True, check=True).stdout
    for cmd in COMMANDS:
        assert cmd in out
    sub = _subparsers(build_parser())
    assert set(sub) == set(COMMANDS)
    todo = list(sub.items())
    while todo:  # every command (and sub-action) has a description and every argument a help text
        name, parser = todo.pop()
        assert parser.description, name
        for action in parser._actions:
            if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                assert action.help, f"{name}: {action.dest} has no help"
        todo.extend((f"{name} {k}", v) for k, v in _subparsers(parser).items())


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


def test_query_errors_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--lake", str(tmp_path / "empty"), "SELECT * FROM articles"]) == 2
    assert "query failed" in capsys.readouterr().err


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


def test_bad_jsonl_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["normalize", "--input", str(src)]) == 2
    assert "no string field 'text'" in capsys.readouterr().err
