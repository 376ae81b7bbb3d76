"""Item accounting: each item's outcome is recorded once and the counts derive from the outcomes
(pipeline.accounting), and a rebuild's feed_health row and result agree with every path an item can take."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pipeline.accounting import ItemCounts, Ledger, Outcome
from pipeline.config import Settings
from pipeline.devtools.feedserver import SAMPLES_DIR
from pipeline.errors import WirelakeError
from pipeline.ingest import PlainEnricher, replay_feed
from pipeline.lake.storage import Storage
from pipeline.lake.writer import committed_files
from pipeline.nlp.enrich import Enriched, EnrichInput
from pipeline.sources.fetch import FetchResult
from pipeline.sources.landing import land

DAY = dt.date(2026, 11, 25)


def test_counts_derive_from_outcomes_recorded_once() -> None:
    ledger = Ledger()
    ledger.record(Outcome.QUARANTINED)
    ledger.record(Outcome.DUPLICATE)
    for key in ("a", "b", "c"):
        ledger.hold(key)
    with pytest.raises(WirelakeError, match="3 item"):
        ledger.counts()  # held items are not accounted for yet
    ledger.settle("a", Outcome.WRITTEN)
    ledger.settle("b", Outcome.DUPLICATE)
    ledger.settle("c", Outcome.QUARANTINED)
    counts = ledger.counts()
    assert counts == ItemCounts(written=1, duplicates=2, quarantined=2) and counts.items_seen == 5
    with pytest.raises(WirelakeError, match="not held"):
        ledger.settle("a", Outcome.DUPLICATE)  # an outcome is recorded once
    ledger.hold("d")
    with pytest.raises(WirelakeError, match="held twice"):
        ledger.hold("d")


class _FailsOn(PlainEnricher):
    """The plain enricher, except that a batch holding ``marker`` fails (a broken article)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        items = list(items)
        if any(self.marker in i.text for i in items):
            raise ValueError("cannot enrich this one")
        yield from super().enrich(items)


def _land(storage: Storage, body: bytes, minute: int, feed: str = "mixed") -> None:
    land(storage, DAY, FetchResult(feed=feed, url="http://127.0.0.1/feed.xml", status=200, headers={}, body=body,
                                   fetched_at=dt.datetime(2026, 11, 25, 6, minute, tzinfo=dt.UTC)))


def _health(storage: Storage) -> list[dict[str, Any]]:
    return [r for f in committed_files(storage, "feed_health") for r in pq.read_table(storage.full(f)).to_pylist()]


def test_every_path_of_an_item_is_counted_once(tmp_path: Path) -> None:
    """Rejected by the parser, no text, a repeat within the day, lost to another feed's earlier claim,
    failed to enrich, written: feed_health and the run's result say the same, and add up."""
    storage = Storage.from_uri(str(tmp_path / "lake"))
    world = (SAMPLES_DIR / "reuters-world.xml").read_bytes()
    head, *items = world.split(b"<item>")
    items = [b"<item>" + i for i in items]
    foot = items[-1][items[-1].index(b"</item>") + len(b"</item>"):]
    items[-1] = items[-1][:len(items[-1]) - len(foot)]
    assert len(items) == 3 and b"moscow" in items[0] and b"nairobi" in items[2]
    no_identity = b"<item><title>no link, no guid</title><description>some text</description></item>"
    link_only = b"<item><title>no text</title><link>https://wire.example.com/world/no-text</link></item>"
    _land(storage, head + items[0] + foot, 0, feed="early")  # fetched first by another feed: it owns item 0
    early = replay_feed("early", day=DAY, settings=Settings(), run_id="r0", storage=storage, enricher=PlainEnricher())
    assert (early.items_seen, early.written) == (1, 1)
    _land(storage, world, 1)
    _land(storage, head + no_identity + link_only + b"".join(items) + foot, 2)  # the same items again, and two more
    result = replay_feed("mixed", day=DAY, settings=Settings(), run_id="r", storage=storage,
                         enricher=_FailsOn("nairobi"))
    assert result.items_seen == 3 + 5
    assert result.duplicates == 3 + 1  # the second payload's copies; item 0, owned by "early"
    assert result.quarantined == 2 + 1  # no identity, no text; item 2 failed to enrich
    assert result.written == 1  # item 1
    [health] = [h for h in _health(storage) if h["feed"] == "mixed"]
    assert (health["items_seen"], health["written"], health["duplicates"], health["quarantined"]) == \
        (result.items_seen, result.written, result.duplicates, result.quarantined)
    reasons = sorted(r["reason"] for f in committed_files(storage, "quarantine", ) if "source=mixed" in f
                     for r in pq.read_table(storage.full(f)).to_pylist())
    assert reasons == ["enrich_failed", "no_identity", "no_text"]
    assert (health["status"], health["payloads"], result.status) == ("ok", 2, "ok")


def test_a_date_with_nothing_readable_has_no_fetch_time(tmp_path: Path) -> None:
    """Every raw file of the date damaged, no fetch record: feed_health says so with a null fetched_at
    (schema v2), not a made-up time, and the damaged file is quarantined."""
    storage = Storage.from_uri(str(tmp_path / "lake"))
    _land(storage, (SAMPLES_DIR / "reuters-world.xml").read_bytes(), 0)
    [meta] = [f for f in storage.list_files(f"raw/dt={DAY}/source=mixed") if f.endswith(".meta.json")]
    storage.write_bytes(meta, b"")
    result = replay_feed("mixed", day=DAY, settings=Settings(), run_id="r", storage=storage, enricher=PlainEnricher())
    [health] = _health(storage)
    assert health["fetched_at"] is None and health["payloads"] == 0 and health["schema_version"] == 2
    assert (result.items_seen, result.written, result.duplicates, result.quarantined) == (0, 0, 0, 0)
    [row] = [r for f in committed_files(storage, "quarantine") for r in pq.read_table(storage.full(f)).to_pylist()]
    assert (row["reason"], row["raw_ref"]) == ("raw_unreadable", meta)
