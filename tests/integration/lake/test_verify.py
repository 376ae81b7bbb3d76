"""`wirelake verify` finds each broken invariant and names it precisely; a healthy lake passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.devtools.feedserver import Reply, serve_script
from pipeline.ingest import PlainEnricher, ingest_feed
from pipeline.lake.storage import Storage
from pipeline.lake.verify import verify
from pipeline.lake.writer import read_manifest
from tests.support.wire import FAST, STORY, feed, rss

DAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lake = tmp_path_factory.mktemp("verify") / "lake"
    items = [(f"http://wire.example/a/{i}", f"{STORY} {i}") for i in range(3)] + [("http://wire.example/x", "")]
    with serve_script({"/a": [Reply(body=rss(items))], "/b": [Reply(body=rss(items[2:]))]}) as (base, _):
        for name in ("a", "b"):
            ingest_feed(feed(name, f"{base}/{name}"), day=DAY, settings=Settings(lake_uri=str(lake)), run_id=f"r-{name}",
                        storage=Storage.from_uri(str(lake)), enricher=PlainEnricher(), policy=FAST)
    return lake


def _copy(src: Path, dst: Path) -> Storage:
    import shutil

    shutil.copytree(src, dst)
    return Storage.from_uri(str(dst))


def kinds(storage: Storage) -> set[str]:
    return {f.kind for f in verify(storage, recheck_s=0).errors}


def test_a_healthy_lake_passes(healthy: Path) -> None:
    report = verify(Storage.from_uri(str(healthy)), recheck_s=0)
    assert report.ok, report.text()
    assert report.checked["articles partitions"] == 2 and report.checked["feed_health rows"] == 2
    assert verify(Storage.from_uri(str(healthy)), date=DAY, recheck_s=0).ok


def test_each_broken_invariant_is_found(healthy: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = f"articles/dt={DAY}/source=a"
    files = [e["path"] for e in read_manifest(Storage.from_uri(str(healthy)), part)["files"]]  # type: ignore[index]

    s = _copy(healthy, tmp_path / "l1")
    s.write_bytes(f"{part}/_manifest.json", b"")
    assert kinds(s) == {"bad-manifest"}

    s = _copy(healthy, tmp_path / "l2")
    s.delete(f"{part}/{files[0]}")
    assert "missing-file" in kinds(s)

    s = _copy(healthy, tmp_path / "l3")
    s.write_bytes(f"{part}/part-stray-0000.parquet", b"PAR1")
    s.write_bytes(f"{part}/.x.tmp-1", b"")
    report = verify(s, recheck_s=0)
    assert {f.kind for f in report.errors} == {"stray-file", "empty-file"}
    assert any("part-stray-0000.parquet: not listed in the manifest" in str(f) for f in report.errors)

    s = _copy(healthy, tmp_path / "l4")  # a file with one row more than its manifest says
    table = pq.read_table(s.full(f"{part}/{files[0]}"))
    pq.write_table(pa.concat_tables([table, table.slice(0, 1)]), s.full(f"{part}/{files[0]}"))
    found = verify(s, recheck_s=0).errors
    assert {"row-count", "duplicate-article"} <= {f.kind for f in found}
    assert any("holds 4 rows, the manifest says 3" in f.detail for f in found)

    s = _copy(healthy, tmp_path / "l5")  # the same article written by two feeds
    other = f"articles/dt={DAY}/source=b"
    ofile = read_manifest(s, other)["files"][0]["path"]  # type: ignore[index]
    b_rows = pq.read_table(s.full(f"{other}/{ofile}"))
    a_rows = pq.read_table(s.full(f"{part}/{files[0]}"))
    pq.write_table(pa.concat_tables([b_rows, a_rows.slice(0, 1)]).cast(b_rows.schema), s.full(f"{other}/{ofile}"))
    found = verify(s, recheck_s=0).errors
    dup = [f for f in found if f.kind == "duplicate-article"]
    assert dup and "source=a" in dup[0].detail and "source=b" in dup[0].detail

    s = _copy(healthy, tmp_path / "l6")  # feed_health that does not add up
    hp = f"feed_health/dt={DAY}/source=a"
    hfile = read_manifest(s, hp)["files"][0]["path"]  # type: ignore[index]
    h = pq.read_table(s.full(f"{hp}/{hfile}"))
    h = h.set_column(h.schema.get_field_index("duplicates"), "duplicates", pa.array([5], h.schema.field("duplicates").type))
    pq.write_table(h, s.full(f"{hp}/{hfile}"))
    assert "accounting" in kinds(s)

    s = _copy(healthy, tmp_path / "l7")
    meta = next(f for f in s.list_files(f"raw/dt={DAY}/source=a") if f.endswith(".meta.json"))
    s.write_bytes(meta, b"")
    assert kinds(s) == {"raw-unreadable"}


def test_cli_exit_status_and_list(healthy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    assert main(["verify", "--lake", str(healthy)]) == 0
    assert "OK: every invariant holds" in capsys.readouterr().out
    s = _copy(healthy, tmp_path / "bad")
    s.write_bytes(f"articles/dt={DAY}/source=a/_manifest.json", b"")
    assert main(["verify", "--lake", str(tmp_path / "bad"), "--date", str(DAY)]) == 1
    out = capsys.readouterr().out
    assert f"ERROR bad-manifest       articles/dt={DAY}/source=a" in out and "FAILED: 1 problem(s)" in out
