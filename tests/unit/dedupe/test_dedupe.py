"""Dedup keys, MinHash near-duplicates and the seen-index shards."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.dedupe import keys, shards
from pipeline.dedupe.index import DayIndex
from pipeline.lake.storage import Storage
from pipeline.sources import validators

STORY = ("The central bank raised its benchmark interest rate by a quarter point on Tuesday, its third increase this "
         "year, citing persistent inflation in services and a tight labour market. Policymakers voted seven to two "
         "for the move, with two members preferring to hold rates steady until more data on wages arrives. The "
         "governor said further increases could not be ruled out if price pressures failed to ease over the coming "
         "months. Markets had largely expected the decision.")
OTHER = ("Heavy rain caused flooding across the northern region on Monday, forcing hundreds of families from their "
         "homes as rivers burst their banks and emergency crews worked through the night to reinforce defences "
         "around several towns and villages near the coast, officials said.")


def test_text_hash_and_guid_key() -> None:
    assert keys.text_hash(STORY) == keys.text_hash("  " + STORY.upper().replace(",", " , "))
    assert keys.text_hash("too short to trust") is None
    assert keys.guid_key("a", " 1 ") == "a\x1f1" != keys.guid_key("b", "1")
    assert keys.guid_key("a", "  ") is None


def test_minhash_links_light_edits_not_other_stories() -> None:
    sig = keys.minhash(STORY)
    assert sig is not None and len(sig) == keys.NUM_PERM * 4
    assert keys.minhash(STORY) == sig  # stable across calls (fixed permutations)
    edited = "LONDON (Wire) - " + STORY.replace("on Tuesday", "on Tuesday afternoon").replace("largely", "widely")
    assert keys.similarity(sig, keys.minhash(edited) or b"") >= keys.NEAR_MIN_JACCARD
    assert keys.similarity(sig, keys.minhash(OTHER) or b"") < 0.2
    assert keys.minhash("short text") is None


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


def test_shard_streams_in_id_order_and_reads_back(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    entries = [shards.SeenEntry(f"id{i:03d}", "feed-a", "2026-11-25", "t", i % 2 == 0, None, f"h{i}", keys.minhash(STORY))
               for i in range(50)]
    shards.write_shard(storage, day, "feed-a", iter(entries))
    body = storage.read_bytes("_state/seen/dt=2026-11-25/source=feed-a.json")
    assert json.loads(body) == {"feed": "feed-a", "dt": "2026-11-25", "articles": {e.article_id: e.to_json() for e in entries}}
    assert body.count(b"\n") == len(entries) + 2  # head, one line per article, end: read back line by line
    assert list(shards.iter_day(storage, day)) == entries
    with pytest.raises(ValueError, match="out of order"):
        shards.write_shard(storage, day, "feed-a", reversed(entries))
    assert list(shards.iter_day(storage, day)) == entries  # a failed write leaves the old shard
    assert storage.list_files("_state/seen") == ["_state/seen/dt=2026-11-25/source=feed-a.json"]
    # shards written before the one-article-per-line layout still read
    storage.write_bytes("_state/seen/dt=2026-11-25/source=feed-a.json", json.dumps(
        {"articles": {e.article_id: e.to_json() for e in entries}, "dt": "2026-11-25", "feed": "feed-a"},
        sort_keys=True, separators=(",", ":")).encode())
    assert list(shards.iter_day(storage, day)) == entries


def test_http_validators(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    validators.save_validators(storage, "f", "http://x/f", {"etag": '"1"', "last-modified": "Tue"}, fetched_at=now, raw_ref=None)
    assert validators.load_validators(storage, "f", "http://x/f") == {"etag": '"1"', "last_modified": "Tue"}
    assert validators.load_validators(storage, "f", "http://x/other") == {}  # URL changed in the registry
    validators.save_validators(storage, "f", "http://x/f", {}, fetched_at=now, raw_ref=None)
    assert validators.load_validators(storage, "f", "http://x/f") == {}


def test_day_deduper_memory_does_not_grow_with_the_day(tmp_path: Path) -> None:
    """The day's dedup state lives in the on-disk DayIndex: admitting 1,000 more articles must not
    grow Python memory by more than a few bytes per article (it took ~2.4 KB each in Python sets)."""
    import tracemalloc

    from pipeline.dedupe.deduper import DayDeduper

    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    fetched = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC)
    words = STORY.split()

    def claim(i: int) -> bool:
        text = " ".join(words[i % 7:]) + f" Reported by desk {i}, story {i * 7919}."
        return deduper.claim(f"{i:032x}", f"g{i}", text, fetched, lambda: {"id": f"{i:032x}", "text": text})

    deduper = DayDeduper("feed-a", day, storage, lookback_days=2, cache_dir=str(tmp_path / "cache"))
    try:
        for i in range(500):
            assert claim(i)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        repeats = sum(not claim(i) for i in range(500, 1500))
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        assert deduper.claims == 1500 and repeats == 0
        assert not claim(7)  # still remembered: a duplicate
        assert deduper.claims == 1500
        deduper.publish()
    finally:
        deduper.close()
    assert grown < 1000 * 64, f"dedup state grew {grown} bytes over 1,000 articles"  # measured: ~8 bytes each
    assert sum(1 for _ in shards.iter_day(storage, day)) == 1500


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


def test_day_deduper_returns_a_verdict_and_the_earlier_claim_wins(tmp_path: Path) -> None:
    """Two feeds claim one article (one canonical URL) on one day: the earlier fetch owns it (whichever run decides
    first); a repeat within a feed's day is not a claim. The deduper reports, the caller counts."""
    from pipeline.dedupe.deduper import DayDeduper

    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    early, late = dt.datetime(2026, 11, 25, 6, tzinfo=dt.UTC), dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)

    def run(feed: str, fetched: dt.datetime, aid: str, guid: str):  # type: ignore[no-untyped-def]
        d = DayDeduper(feed, day, storage, lookback_days=1, cache_dir=str(tmp_path / f"cache-{feed}"))
        try:
            first = d.claim(aid, guid, STORY, fetched, lambda: {"feed": feed})
            again = d.claim(aid, guid, STORY, fetched, lambda: {"feed": feed})
            d.publish()
            return first, again, d.decide()
        finally:
            d.close()

    first, again, late_verdict = run("feed-b", late, "id-1", "gb")  # decides first, sees no other claim
    assert (first, again) == (True, False)
    assert [doc for _, doc in late_verdict.owned] == [{"feed": "feed-b"}] and late_verdict.duplicates == 0
    _, _, early_verdict = run("feed-a", early, "id-1", "ga")  # same text, fetched earlier: it owns the story
    assert [doc for _, doc in early_verdict.owned] == [{"feed": "feed-a"}] and early_verdict.duplicates == 0
    assert early_verdict.elsewhere == {("feed-b", day.isoformat(), "id-1")}  # to retract from feed-b
    _, _, rerun = run("feed-b", late, "id-1", "gb")  # feed-b's rerun gives it up
    assert rerun.owned == [] and rerun.duplicates == 1
