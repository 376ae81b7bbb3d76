"""Dedup keys, MinHash near-duplicates and the seen-index shards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline import dedupe, state
from pipeline.lake.storage import Storage

STORY = ("The central bank raised its benchmark interest rate by a quarter point on Tuesday, its third increase this "
         "year, citing persistent inflation in services and a tight labour market. Policymakers voted seven to two "
         "for the move, with two members preferring to hold rates steady until more data on wages arrives. The "
         "governor said further increases could not be ruled out if price pressures failed to ease over the coming "
         "months. Markets had largely expected the decision.")
OTHER = ("Heavy rain caused flooding across the northern region on Monday, forcing hundreds of families from their "
         "homes as rivers burst their banks and emergency crews worked through the night to reinforce defences "
         "around several towns and villages near the coast, officials said.")


def test_text_hash_and_guid_key() -> None:
    assert dedupe.text_hash(STORY) == dedupe.text_hash("  " + STORY.upper().replace(",", " , "))
    assert dedupe.text_hash("too short to trust") is None
    assert dedupe.guid_key("a", " 1 ") == "a\x1f1" != dedupe.guid_key("b", "1")
    assert dedupe.guid_key("a", "  ") is None


def test_minhash_links_light_edits_not_other_stories() -> None:
    sig = dedupe.minhash(STORY)
    assert sig is not None and len(sig) == dedupe.NUM_PERM * 4
    assert dedupe.minhash(STORY) == sig  # stable across calls (fixed permutations)
    edited = "LONDON (Wire) - " + STORY.replace("on Tuesday", "on Tuesday afternoon").replace("largely", "widely")
    assert dedupe.similarity(sig, dedupe.minhash(edited) or b"") >= dedupe.NEAR_MIN_JACCARD
    assert dedupe.similarity(sig, dedupe.minhash(OTHER) or b"") < 0.2
    assert dedupe.minhash("short text") is None


def test_near_index_picks_the_earliest_earlier_match() -> None:
    idx = dedupe.NearIndex()
    edited = STORY.replace("Tuesday", "Wednesday")
    idx.add(("2026-11-25T08:00", "b"), dedupe.minhash(edited) or b"", "id-b")
    idx.add(("2026-11-25T07:00", "a"), dedupe.minhash(STORY) or b"", "id-a")
    idx.add(("2026-11-25T06:00", "c"), dedupe.minhash(OTHER) or b"", "id-c")
    sig = dedupe.minhash(STORY + " Analysts were not surprised.") or b""
    assert idx.earliest_match(sig, before=("2026-11-25T09:00", "z"), exclude="x") == "id-a"
    assert idx.earliest_match(sig, before=("2026-11-25T07:30", "z"), exclude="x") == "id-a"
    assert idx.earliest_match(sig, before=("2026-11-25T07:00", "a"), exclude="x") is None  # not before itself
    assert idx.earliest_match(sig, before=("2026-11-25T09:00", "z"), exclude="id-a") == "id-b"


def test_seen_shards_round_trip_and_index_scopes(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    day = dt.date(2026, 11, 25)
    sig = dedupe.minhash(STORY)
    e = state.SeenEntry("id1", "feed-a", "2026-11-24", "2026-11-24T06:00:00.000000+00:00", True, "feed-a\x1fg", "h1", sig)
    state.write_shard(storage, day - dt.timedelta(days=1), "feed-a", [e, state.SeenEntry(
        "id2", "feed-a", "2026-11-24", "2026-11-24T06:00:00.000000+00:00", False)])
    state.write_shard(storage, day - dt.timedelta(days=40), "feed-a", [state.SeenEntry(
        "old", "feed-a", "x", "2026-10-16T06:00:00.000000+00:00", True)])
    state.write_shard(storage, day, "feed-b", [state.SeenEntry("id3", "feed-b", "d", "2026-11-25T06:00:00+00:00", True)])
    state.write_shard(storage, day, "feed-a", [state.SeenEntry("id4", "feed-a", "d", "2026-11-25T06:00:00+00:00", True)])
    state.write_shard(storage, day + dt.timedelta(days=1), "feed-b", [state.SeenEntry("future", "feed-b", "d", "t", True)])
    idx = state.SeenIndex.load(storage, "feed-a", day, lookback_days=30)
    assert set(idx.earlier) == {"id1"}  # owners only, inside the window, never later days
    assert idx.earlier["id1"].minhash == sig and idx.earlier_guid == {"feed-a\x1fg": "id1"}
    assert idx.earlier_hash == {("feed-a", "h1"): "id1"}
    assert set(idx.same_day) == {"id3"} and set(idx.own_previous) == {"id4"}  # its own shard is not "seen"
    assert storage.exists("_state/seen/dt=2026-11-25/source=feed-b.json")


def test_http_validators(tmp_path: Path) -> None:
    storage = Storage.from_uri(str(tmp_path / "lake"))
    now = dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    state.save_validators(storage, "f", "http://x/f", {"etag": '"1"', "last-modified": "Tue"}, fetched_at=now, raw_ref=None)
    assert state.load_validators(storage, "f", "http://x/f") == {"etag": '"1"', "last_modified": "Tue"}
    assert state.load_validators(storage, "f", "http://x/other") == {}  # URL changed in the registry
    state.save_validators(storage, "f", "http://x/f", {}, fetched_at=now, raw_ref=None)
    assert state.load_validators(storage, "f", "http://x/f") == {}
