"""Entities as analysts see them: ingest the bundled sample feeds, then run the queries
docs/analysts.md gives (entity keys, countries, the actors dimension) and check the restored titles."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main
from tests.support.paths import REPO

DAY = "2026-11-25"


def _doc_query(name: str) -> str:
    """The SQL block of docs/analysts.md that starts with ``-- <name>``, for the run's date."""
    text = (REPO / "docs" / "analysts.md").read_text(encoding="utf-8")
    match = re.search(rf"```sql\n-- {re.escape(name)}[^\n]*\n(.*?)```", text, re.S)
    assert match, f"docs/analysts.md has no SQL block '-- {name}'"
    return match.group(1).replace("current_date", f"DATE '{DAY}'")


def _query(lake: str, sql: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["query", "--lake", lake, "--format", "json", sql]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.slow
def test_people_by_country_keys_actors_and_titles(sample_registry: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    lake = str(tmp_path / "lake")
    assert main(["ingest", "--feeds", str(sample_registry), "--lake", lake, "--date", DAY]) == 0
    out = capsys.readouterr().out
    assert re.search(r"actors: \d+ rows at actors/dt=2015-02-17/source=phoenix$", out, re.M), out

    by_country = _query(lake, _doc_query("top-people-by-country"), capsys)
    russia = [r for r in by_country if r["country"] == "RUS"]
    assert russia[0]["name"] == "Vladimir Putin" and russia[0]["mentions"] >= 15  # "Putin" counted with him
    assert {"name": "Bashar al-Assad", "country": "SYR"}.items() <= next(
        r for r in by_country if r["name"] == "Bashar al-Assad").items()
    assert all(r["country"] is not None for r in by_country)

    known = _query(lake, _doc_query("people-with-kb-roles"), capsys)
    putin = next(r for r in known if r["name"] == "Vladimir Putin")
    assert (putin["country"], putin["sector"]) == ("RUS", "GOV")

    keys = _query(lake, "SELECT entity_key, count(DISTINCT canonical_name) AS names, count(*) AS n FROM entities "
                        "WHERE entity_key = 'GPE:moscow' GROUP BY 1", capsys)
    assert keys == [{"entity_key": "GPE:moscow", "names": 1, "n": keys[0]["n"]}] and keys[0]["n"] >= 5

    titles = {r["raw_title"]: r["title"] for r in _query(lake, "SELECT title, raw_title FROM articles", capsys)}
    assert titles["putin orders partial withdrawal from syria during surprise visit"] == \
        "Putin orders partial withdrawal from Syria during surprise visit"
    assert titles["brazil s central bank holds rates steady"] == "Brazil's Central Bank holds rates steady"
    assert titles["un appeals for aid as floods displace thousands in kenya"] == \
        "UN appeals for aid as floods displace thousands in Kenya"

    # a second run keeps the committed actors partition
    assert main(["actors", "--lake", lake]) == 0
    assert "(already committed)" in capsys.readouterr().out
