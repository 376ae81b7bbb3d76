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


@pytest.mark.parametrize("where", ["local", "s3"])
def test_query_reads_only_the_lake(where: str, tmp_path: Path, request: pytest.FixtureRequest,
                                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """No local files, no other bucket, no settings holding credentials, and SQL cannot lift the
    lock; --unrestricted does (issue #13, item 9). A bad partition is skipped with a warning."""
    import datetime as dt

    from pipeline.lake.storage import Storage
    from pipeline.lake.writer import write_partition

    if where == "s3":
        uri, s3 = request.getfixturevalue("s3_lake")
        monkeypatch.setenv("WIRELAKE_S3_ENDPOINT_URL", s3.endpoint_url)
        storage = Storage.from_uri(uri, s3)
    else:
        uri = str(tmp_path / "lake")
        storage = Storage.from_uri(uri)
    now = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)
    row = {"feed": "f", "level": "item", "reason": "no_text", "detail": "d", "item_ref": None, "raw_ref": None,
           "recorded_at": now}
    for source in ("f", "g"):
        write_partition(storage, "quarantine", dt.date(2026, 11, 25), source, [row], run_id="r")
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret\n", encoding="utf-8")
    assert main(["query", "--lake", uri, "SELECT count(*) AS n FROM quarantine"]) == 0
    assert capsys.readouterr().out.split() == ["n", "2"]
    for sql in (f"SELECT * FROM read_csv('{secret}')", "SET enable_external_access = true",
                f"COPY (SELECT 1) TO '{tmp_path}/out.csv'", "SELECT * FROM duckdb_secrets(redact := false)",
                "ATTACH ':memory:' AS m; SET lock_configuration = false"):
        assert main(["query", "--lake", uri, sql]) == 2, sql
        assert "top secret" not in capsys.readouterr().out
    if where == "s3":  # httpfs copies AWS_SECRET_ACCESS_KEY into a readable setting: it is emptied
        assert main(["query", "--lake", uri, "--format", "json", "SELECT current_setting('s3_secret_access_key') AS k"]) == 0
        assert capsys.readouterr().out.strip() == '{"k": ""}'
        assert main(["query", "--lake", uri, "--format", "json", "SELECT secret_string FROM duckdb_secrets()"]) == 0
        listed = capsys.readouterr().out
        assert "secret=redacted" in listed and f"scope={uri}/" in listed
    assert not (tmp_path / "out.csv").exists()
    assert main(["query", "--lake", uri, "--unrestricted", f"SELECT * FROM read_csv('{secret}', header=false)"]) == 0
    assert "top secret" in capsys.readouterr().out
    storage.write_bytes("quarantine/dt=2026-11-25/source=g/_manifest.json", b"")  # a damaged partition
    assert main(["query", "--lake", uri, "SELECT count(*) AS n FROM quarantine"]) == 0
    out = capsys.readouterr()
    assert out.out.split() == ["n", "1"] and "skipped partition quarantine/dt=2026-11-25/source=g" in out.err
