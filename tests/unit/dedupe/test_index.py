"""pipeline.dedupe.index: the day index of near duplicates, the seen shards it loads (scoped by date
and feed) and the shard cache."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.dedupe import keys, shards
from pipeline.dedupe.index import DayIndex
from pipeline.lake.storage import Storage
from tests.unit.dedupe import OTHER, STORY


def test_near_index_picks_the_earliest_earlier_match(tmp_path: Path) -> None:
    idx = DayIndex("feed-a", dt.date(2026, 11, 25), directory=str(tmp_path))
    edited = STORY.replace("Tuesday", "Wednesday")
    d = "2026-11-25"
    idx.add_near(("2026-11-25T08:00", d, "b"), keys.minhash(edited) or b"", "id-b")
    idx.add_near(("2026-11-25T07:00", d, "a"), keys.minhash(STORY) or b"", "id-a")
    idx.add_near(("2026-11-25T06:00", d, "c"), keys.minhash(OTHER) or b"", "id-c")
    sig = keys.minhash(STORY + " Analysts were not surprised.") or b""
    assert idx.earliest_match(sig, before=("2026-11-25T09:00", d, "z"), exclude="x") == "id-a"
    assert idx.earliest_match(sig, before=("2026-11-25T07:30", d, "z"), exclude="x") == "id-a"
    assert idx.earliest_match(sig, before=("2026-11-25T07:00", d, "a"), exclude="x") is None  # not before itself
    assert idx.earliest_match(sig, before=("2026-11-25T09:00", d, "z"), exclude="id-a") == "id-b"
    assert idx.first_today("id-x", "feed-a\x1fg1", None) and not idx.first_today("id-y", "feed-a\x1fg1", "h")
    assert idx.first_today("id-y", None, "h") and not idx.first_today("id-x", None, None)  # a refused item records nothing
    idx.close()


def test_seen_shards_round_trip_and_index_scopes(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    sig = keys.minhash(STORY)
    e = shards.SeenEntry("id1", "feed-a", "2026-11-24", "2026-11-24T06:00:00.000000+00:00", True, "feed-a\x1fg", "h1", sig)
    shards.write_shard(storage, day - dt.timedelta(days=1), "feed-a", [e, shards.SeenEntry(
        "id2", "feed-a", "2026-11-24", "2026-11-24T06:00:00.000000+00:00", False)])
    shards.write_shard(storage, day - dt.timedelta(days=40), "feed-a", [shards.SeenEntry(
        "old", "feed-a", "x", "2026-10-16T06:00:00.000000+00:00", True)])
    shards.write_shard(storage, day, "feed-b", [shards.SeenEntry("id3", "feed-b", "d", "2026-11-25T06:00:00+00:00", True)])
    shards.write_shard(storage, day, "feed-a", [shards.SeenEntry("id4", "feed-a", "d", "2026-11-25T06:00:00+00:00", True)])
    shards.write_shard(storage, day + dt.timedelta(days=1), "feed-b", [shards.SeenEntry("future", "feed-b", "d", "t", True)])
    with DayIndex.load(storage, "feed-a", day, lookback_days=30, cache_dir=str(tmp_path / "cache"),
                       directory=str(tmp_path)) as idx:
        late = ("2026-11-25T07:00:00+00:00", "2026-11-25", "feed-a")  # this run's first fetch of the item
        early = ("2026-11-25T05:00:00+00:00", "2026-11-25", "feed-a")
        # every claim in the window counts, decided or not: an owner (id1) or a claim that lost (id2)
        assert idx.beaten("id1", None, None, late) and idx.beaten("id2", None, None, late)
        assert not any(idx.beaten(a, None, None, late) for a in ("old", "id4", "future"))  # outside / own / later
        assert idx.beaten("new", "feed-a\x1fg", None, late)  # same GUID key in the feed
        assert idx.beaten("new", None, "h1", late) and not idx.beaten("new", None, "h2", late)
        assert idx.beaten("id3", None, None, late) and not idx.beaten("id3", None, None, early)  # feed-b fetched at 06:00
        assert idx.worse_owners("id3", None, None, early) == [("feed-b", "2026-11-25", "id3")]
        assert idx.worse_owners("future", None, None, late) == [("feed-b", "2026-11-26", "future")]
        assert idx.previous("id4") == (True, None) and idx.previous("id3") is None  # its own shard is not a claim
        assert idx.earliest_match(sig or b"", before=late, exclude="x") == "id1"  # earlier days link too
        path = Path(idx.path)
        assert path.exists()
    assert not path.exists()  # the index file goes with the run
    assert storage.exists("_state/seen/dt=2026-11-25/source=feed-b.json")


def test_shard_cache_syncs_only_what_changed_and_runs_keep_their_snapshot(tmp_path: Path) -> None:
    from pipeline.dedupe.index import ShardCache

    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    cache_dir = str(tmp_path / "cache")

    def entry(aid: str, feed: str, owner: bool = True) -> shards.SeenEntry:
        return shards.SeenEntry(aid, feed, day.isoformat(), "2026-11-25T06:00:00+00:00", owner, None, None, keys.minhash(STORY))

    shards.write_shard(storage, day, "feed-b", [entry("id1", "feed-b")])
    shards.write_shard(storage, day, "feed-c", [entry("id2", "feed-c")])
    cache = ShardCache(storage, cache_dir)
    try:
        assert cache.sync([day], near_from=day) == 2
        assert cache.sync([day], near_from=day) == 0  # nothing new: nothing read from the lake
        shards.write_shard(storage, day, "feed-c", [entry("id2", "feed-c"), entry("id3", "feed-c")])
        assert cache.sync([day], near_from=day) == 1  # only the rewritten shard
    finally:
        cache.close()
    late = ("2026-11-25T07:00:00+00:00", day.isoformat(), "feed-a")
    with DayIndex.load(storage, "feed-a", day, lookback_days=3, cache_dir=cache_dir, directory=str(tmp_path)) as idx:
        assert idx.beaten("id3", None, None, late)
        assert idx.earliest_match(keys.minhash(STORY) or b"", before=late, exclude="x") == "id1"
        # another feed's run writes and syncs meanwhile: this run keeps the snapshot it started with
        shards.write_shard(storage, day, "feed-d", [entry("id4", "feed-d")])
        storage.delete("_state/seen/dt=2026-11-25/source=feed-b.json")
        with DayIndex.load(storage, "feed-e", day, lookback_days=3, cache_dir=cache_dir, directory=str(tmp_path)) as other:
            assert other.beaten("id4", None, None, late) and not other.beaten("id1", None, None, late)  # vanished: dropped
        assert idx.beaten("id1", None, None, late) and not idx.beaten("id4", None, None, late)
        idx.refresh()  # until the run asks for the newest claims
        assert idx.beaten("id4", None, None, late) and not idx.beaten("id1", None, None, late)


def test_shard_cache_keeps_signatures_only_inside_the_near_window(tmp_path: Path) -> None:
    from pipeline.dedupe.index import NEAR_LOOKBACK_DAYS, ShardCache

    storage = Storage.from_uri(str(tmp_path / "lake"))
    old = dt.date(2026, 11, 20)
    sig = keys.minhash(STORY) or b""
    shards.write_shard(storage, old, "feed-b", [shards.SeenEntry("id1", "feed-b", old.isoformat(), "2026-11-20T06:00:00+00:00",
                                                               True, None, None, sig)])
    cache_dir = str(tmp_path / "cache")

    def run(day: dt.date) -> DayIndex:
        return DayIndex.load(storage, "feed-a", day, lookback_days=30, cache_dir=cache_dir, directory=str(tmp_path))

    def stored_sigs() -> int:
        cache = ShardCache(storage, cache_dir)
        try:
            return int(cache.db.execute("SELECT count(*) FROM sigs").fetchone()[0])
        finally:
            cache.close()

    with run(old + dt.timedelta(days=1)) as idx:  # inside the near window: linked
        assert idx.earliest_match(sig, before=("2026-11-21", "2026-11-21", "z"), exclude="x") == "id1"
    assert stored_sigs() == 1
    with run(old + dt.timedelta(days=NEAR_LOOKBACK_DAYS + 2)) as idx:  # outside it: still a known id, no link
        assert idx.beaten("id1", None, None, ("2026-11-25", "2026-11-25", "feed-a"))
        assert idx.earliest_match(sig, before=("2026-11-30", "2026-11-25", "z"), exclude="x") is None
    assert stored_sigs() == 0
    with run(old + dt.timedelta(days=2)) as idx:  # a backfill inside the window again: signatures come back
        assert idx.earliest_match(sig, before=("2026-11-22", "2026-11-22", "z"), exclude="x") == "id1"
    assert stored_sigs() == 1
