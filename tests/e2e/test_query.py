"""`wirelake query` answers "top 10 people by mentions this week" over a sample lake, locally and
over s3:// on a moto server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main

TOP_PEOPLE = """
SELECT canonical_name AS person, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM entities
WHERE label = 'PERSON' AND dt > (SELECT max(dt) FROM entities) - INTERVAL 7 DAY
GROUP BY 1 ORDER BY mentions DESC, person LIMIT 10
"""


def _top_people(lake: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["query", "--lake", lake, "--format", "json", TOP_PEOPLE]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.slow
def test_top_people_this_week_local_and_s3(sample_registry: Path, tmp_path: Path, s3_lake: tuple[str, Any],
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    local = str(tmp_path / "lake")
    assert main(["ingest", "--feeds", str(sample_registry), "--lake", local, "--date", "2026-11-25"]) == 0
    capsys.readouterr()
    rows = _top_people(local, capsys)
    assert 3 <= len(rows) <= 10
    assert rows[0]["person"] == "Vladimir Putin" and rows[0]["mentions"] >= 10
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)

    uri, s3 = s3_lake
    monkeypatch.setenv("WIRELAKE_S3_ENDPOINT_URL", s3.endpoint_url)
    assert main(["ingest", "--feeds", str(sample_registry), "--lake", uri, "--date", "2026-11-25"]) == 0
    capsys.readouterr()
    assert _top_people(uri, capsys) == rows
