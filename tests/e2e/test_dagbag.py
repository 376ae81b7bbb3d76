"""Every DAG file parses fast, imports no heavy library at module level, and touches no
connection, variable or database at parse time (as Airflow's own example-DAG tests check)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DAG_FILES = sorted(p for p in (REPO / "dags").glob("*.py") if not p.name.startswith("_"))
HEAVY = ("spacy", "pyarrow", "boto3", "botocore", "duckdb", "feedparser", "thinc", "pipeline.nlp.enrich", "pipeline.lake")

PROBE = r"""
import json, sys, time
from unittest import mock
import airflow.sdk
from airflow.dag_processing.dagbag import DagBag
from airflow.sdk import BaseHook, Variable
before = set(sys.modules)
calls = []
def refuse(name):
    def _f(*a, **k):
        calls.append(name)
        raise RuntimeError(name + " called at parse time")
    return _f
with mock.patch.object(BaseHook, "get_connection", refuse("BaseHook.get_connection")), \
     mock.patch.object(Variable, "get", refuse("Variable.get")), \
     mock.patch("sqlalchemy.orm.Session.execute", refuse("db query")):
    t0 = time.monotonic()
    bag = DagBag(dag_folder=sys.argv[1])
    elapsed = time.monotonic() - t0
new = sorted(m for m in set(sys.modules) - before)
print(json.dumps({"errors": {k: str(v)[-300:] for k, v in bag.import_errors.items()}, "dags": sorted(bag.dag_ids),
                  "elapsed": elapsed, "new_modules": new, "calls": calls}))
"""


@pytest.mark.parametrize("path", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_parses_cleanly(path: Path, tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, timeout=120,
                         check=True, cwd=tmp_path)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["errors"] == {}
    assert report["dags"], f"{path.name} defines no DAG"
    assert report["calls"] == []
    assert report["elapsed"] < 2.0, f"{path.name} took {report['elapsed']:.2f}s to parse"
    heavy = [m for m in report["new_modules"] if m.split(".")[0] in HEAVY or m in HEAVY]
    assert heavy == [], f"{path.name} imports heavy modules at parse time: {heavy}"


def test_every_dag_has_tags_and_docs() -> None:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags"))
    assert not bag.import_errors
    for dag_id, dag in bag.dags.items():
        assert dag.tags, dag_id
        assert dag.doc_md and len(dag.doc_md) > 80, dag_id
