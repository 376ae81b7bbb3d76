"""pipeline.dedupe.deduper: DayDeduper returns a verdict (the earlier claim wins) and its memory does
not grow with the day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.dedupe import shards
from pipeline.lake.storage import Storage
from tests.unit.dedupe import STORY


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
