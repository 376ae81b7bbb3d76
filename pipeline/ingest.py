"""One feed, one logical date: fetch → land raw → parse → dedupe → normalize → enrich → write.

Every item ends as exactly one of written · duplicate · quarantined, and the feed_health row says
so. Airflow tasks and the ``wirelake`` CLI both call :func:`ingest_feed` / :func:`process_landed`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from pipeline.config import Settings
from pipeline.dedupe import content_hash
from pipeline.enrich import EnrichInput, Enricher
from pipeline.fetch import FetchResult, fetch
from pipeline.lake.storage import Storage
from pipeline.lake.writer import write_partition
from pipeline.landing import Landed, land, read_landed
from pipeline.parse import Article, Rejected, parse_payload
from pipeline.registry import Feed

CONTENT_TABLES = ("articles", "entities", "events")


@dataclass
class FeedRunResult:
    """What one feed's run did; XCom-sized (counts and paths only)."""

    feed: str
    dt: str
    status: str
    items_seen: int = 0
    written: int = 0
    duplicates: int = 0
    quarantined: int = 0
    entities: int = 0
    events: int = 0
    error: str | None = None
    partitions: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def balanced(self) -> bool:
        return self.items_seen == self.written + self.duplicates + self.quarantined


def ingest_feed(feed: Feed, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: Enricher | None = None) -> FeedRunResult:
    """Fetch ``feed`` now, land the payload, and rebuild the feed's partitions for ``day``."""
    storage = storage or Storage.from_settings(settings)
    result = fetch(feed, timeout_s=settings.fetch_timeout_s, max_bytes=settings.max_feed_bytes)
    if not result.ok:
        return _record_failure(storage, feed, day, result, run_id)
    landed = land(storage, day, result)
    return process_landed(feed.name, [landed], day=day, settings=settings, run_id=run_id, storage=storage,
                          enricher=enricher, latency_ms=result.latency_ms, feed_meta=feed)


def replay_feed(feed_name: str, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: Enricher | None = None) -> FeedRunResult:
    """Rebuild the feed's partitions for ``day`` from the raw zone, without network."""
    storage = storage or Storage.from_settings(settings)
    payloads = read_landed(storage, day, feed_name)
    return process_landed(feed_name, payloads, day=day, settings=settings, run_id=run_id, storage=storage,
                          enricher=enricher)


def _record_failure(storage: Storage, feed: Feed, day: dt.date, result: FetchResult, run_id: str) -> FeedRunResult:
    """A feed that could not be fetched: health and quarantine rows; content partitions untouched."""
    q = [{"feed": feed.name, "level": "feed", "reason": "fetch_failed", "detail": result.error, "item_ref": None,
          "raw_ref": None, "recorded_at": result.fetched_at}]
    health = [{"feed": feed.name, "status": "failed", "http_status": result.status, "latency_ms": result.latency_ms,
               "bytes": None, "not_modified": False, "items_seen": 0, "written": 0, "duplicates": 0,
               "quarantined": 0, "error": result.error, "fetched_at": result.fetched_at}]
    out = FeedRunResult(feed.name, day.isoformat(), "failed", error=result.error)
    out.partitions["quarantine"] = write_partition(storage, "quarantine", day, feed.name, q, run_id=run_id).path
    out.partitions["feed_health"] = write_partition(storage, "feed_health", day, feed.name, health, run_id=run_id).path
    return out


def process_landed(feed_name: str, payloads: list[Landed], *, day: dt.date, settings: Settings, run_id: str,
                   storage: Storage, enricher: Enricher | None = None, latency_ms: int | None = None,
                   feed_meta: Feed | None = None) -> FeedRunResult:
    """Parse, dedupe, enrich and write everything that landed for one feed and day."""
    enricher = enricher or Enricher(settings.model, batch_size=settings.batch_size)
    out = FeedRunResult(feed_name, day.isoformat(), "ok")
    seen_ids: set[str] = set()
    keep: list[tuple[Article, Landed]] = []
    quarantine: list[dict[str, Any]] = []
    for payload in payloads:
        parsed = parse_payload(payload.body, feed=feed_name, url=payload.url, headers=payload.headers)
        out.items_seen += parsed.items_seen
        for rej in parsed.rejected:
            quarantine.append(_quarantine_row(feed_name, rej, payload))
            out.quarantined += rej.level == "item"
            if rej.level == "feed":
                out.status = "quarantined"
        for art in parsed.articles:
            if art.article_id in seen_ids:
                out.duplicates += 1
                continue
            seen_ids.add(art.article_id)
            keep.append((art, payload))

    article_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    inputs = [EnrichInput(a.raw_text, a.published.date() if a.published else None) for a, _ in keep]
    for (art, payload), enr in zip(keep, enricher.enrich(inputs)):
        norm = enr.norm
        article_rows.append({
            "article_id": art.article_id, "url": art.url, "canonical_url": art.canonical_url, "guid": art.guid,
            "title": art.title, "published": art.published, "fetched_at": payload.fetched_at,
            "agency": feed_meta.agency if feed_meta else None, "language": feed_meta.language if feed_meta else None,
            "raw_text": art.raw_text, "text": norm.text, "casing": norm.casing,
            "dateline_city": norm.dateline.city if norm.dateline else None,
            "dateline_agency": norm.dateline.agency if norm.dateline else None,
            "body_start": norm.body_start, "word_count": len(art.raw_text.split()),
            "content_hash": content_hash(norm.text), "raw_ref": payload.raw_ref, "model_version": enricher.version,
        })
        for i, m in enumerate(enr.entities):
            entity_rows.append({
                "article_id": art.article_id, "entity_id": f"{art.article_id}-e{m.entity_index}", "mention_index": i,
                "text": m.text, "label": m.label, "start": m.start, "end": m.end, "raw_start": m.raw_start,
                "raw_end": m.raw_end, "canonical_name": m.canonical_name, "country_code": m.country_code,
                "mention_count": m.mention_count, "first_start": m.first_start, "model_version": enricher.version,
            })
        for j, ev in enumerate(enr.events):
            event_rows.append({"article_id": art.article_id, "event_id": f"{art.article_id}-v{j}", **ev,
                               "model_version": enricher.version})
    out.written = len(article_rows)
    out.entities = len(entity_rows)
    out.events = len(event_rows)

    fetched_at = payloads[-1].fetched_at if payloads else dt.datetime.now(dt.timezone.utc)
    health = [{
        "feed": feed_name, "status": out.status, "http_status": payloads[-1].status if payloads else None,
        "latency_ms": latency_ms, "bytes": sum(len(p.body) for p in payloads), "not_modified": False,
        "items_seen": out.items_seen, "written": out.written, "duplicates": out.duplicates,
        "quarantined": out.quarantined, "error": None, "fetched_at": fetched_at,
    }]
    for table, rows in (("articles", article_rows), ("entities", entity_rows), ("events", event_rows),
                        ("quarantine", quarantine), ("feed_health", health)):
        mv = enricher.version if table in CONTENT_TABLES else None
        out.partitions[table] = write_partition(storage, table, day, feed_name, rows, run_id=run_id, model_version=mv).path
    return out


def _quarantine_row(feed: str, rej: Rejected, payload: Landed) -> dict[str, Any]:
    return {"feed": feed, "level": rej.level, "reason": rej.reason, "detail": rej.detail, "item_ref": rej.item_ref,
            "raw_ref": payload.raw_ref, "recorded_at": payload.fetched_at}


def summarize_results(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Run totals; raises when a feed's items do not add up (seen = written + duplicates + quarantined)."""
    from pipeline.errors import WirelakeError

    for r in results:
        if r["items_seen"] != r["written"] + r["duplicates"] + r["quarantined"]:
            raise WirelakeError(f"feed {r['feed']}: {r['items_seen']} items seen but {r['written']} written + "
                                f"{r['duplicates']} duplicates + {r['quarantined']} quarantined",
                                fix="this is a wirelake bug: report it with the feed's raw payload")
    keys = ("items_seen", "written", "duplicates", "quarantined", "entities", "events")
    totals: dict[str, Any] = {k: sum(int(r[k]) for r in results) for k in keys}
    totals["feeds"] = len(results)
    totals["failed_feeds"] = sorted(r["feed"] for r in results if r["status"] == "failed")
    return totals
