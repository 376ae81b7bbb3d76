from __future__ import annotations

import argparse
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


def test_query_errors_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--lake", str(tmp_path / "empty"), "SELECT * FROM articles"]) == 2
    assert "query failed" in capsys.readouterr().err


def test_bad_jsonl_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["normalize", "--input", str(src)]) == 2
    assert "no string field 'text'" in capsys.readouterr().err
