"""One feed, one logical date: fetch → land raw → parse → dedupe → normalize → enrich → write.

Every item ends as exactly one of written · duplicate · quarantined, and the feed_health row says
so. Airflow tasks and the ``wirelake`` CLI both call :func:`ingest_feed` / :func:`process_landed`.

A run of a date always rebuilds the feed's partitions of that date from *everything landed for
the feed on that date* (every poll's payload and fetch record), so a second poll the same day, a
rerun, and ``wirelake replay`` all produce the same tables from the same raw zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from pipeline import dedupe
from pipeline.config import Settings
from pipeline.enrich import Enriched, EnrichInput
from pipeline.enrich import entity_rows as enrich_entity_rows
from pipeline.enrich import event_rows as enrich_event_rows
from pipeline.fetch import FetchPolicy, FetchResult, fetch
from pipeline.lake.storage import Storage
from pipeline.lake.writer import write_partition
from pipeline.landing import FetchRecord, Landed, land, read_fetches, read_landed, record_fetch
from pipeline.parse import Article, Rejected, parse_payload
from pipeline.registry import Feed
from pipeline.safety import MAX_ITEMS, precheck_xml
from pipeline.state import SeenEntry, SeenIndex, load_validators, save_validators, write_shard

CONTENT_TABLES = ("articles", "entities", "events")
SEEN_LOOKBACK_DAYS = 30


class EnricherLike(Protocol):
    @property
    def version(self) -> str | None: ...

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]: ...


class PlainEnricher:
    """No NLP: text kept as it arrived, no entities or events. For fast acquisition tests and
    for deployments that enrich in a later stage."""

    version: str | None = None

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        from pipeline.text.normalize import NormalizedText
        from pipeline.text.offsets import OffsetMap

        for item in items:
            t = item.text
            yield Enriched(norm=NormalizedText(t, t, "original", None, 0, OffsetMap(None, len(t), len(t))), entities=[])


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
    not_modified: bool = False
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def balanced(self) -> bool:
        return self.items_seen == self.written + self.duplicates + self.quarantined


# -- acquisition ------------------------------------------------------------------------------
def acquire(feed: Feed, *, day: dt.date, storage: Storage, policy: FetchPolicy) -> FetchRecord:
    """Fetch ``feed`` (conditional GET), land the body before anything parses it, write the fetch
    record, and save the new HTTP validators. Never raises for network or HTTP failures."""
    result: FetchResult = fetch(feed, policy=policy, validators=load_validators(storage, feed.name, feed.url))
    landed = land(storage, day, result) if (result.body is not None or result.error_body is not None) else None
    record = record_fetch(storage, day, result, landed, agency=feed.agency, language=feed.language)
    if result.ok:
        save_validators(storage, feed.name, feed.url, result.headers, fetched_at=result.fetched_at,
                        raw_ref=landed.raw_ref if landed else None)
    return record


def ingest_feed(feed: Feed, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: EnricherLike | None = None,
                policy: FetchPolicy | None = None) -> FeedRunResult:
    """Fetch ``feed`` now, land the payload, and rebuild the feed's partitions for ``day``."""
    storage = storage or Storage.from_settings(settings)
    acquire(feed, day=day, storage=storage, policy=policy or FetchPolicy.from_settings(settings))
    return replay_feed(feed.name, day=day, settings=settings, run_id=run_id, storage=storage, enricher=enricher,
                       feed_meta=feed)


def replay_feed(feed_name: str, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: EnricherLike | None = None,
                feed_meta: Feed | None = None) -> FeedRunResult:
    """Rebuild the feed's partitions for ``day`` from the raw zone, without network."""
    storage = storage or Storage.from_settings(settings)
    payloads = read_landed(storage, day, feed_name)
    fetches = read_fetches(storage, day, feed_name)
    return process_landed(feed_name, payloads, day=day, settings=settings, run_id=run_id, storage=storage,
                          enricher=enricher, feed_meta=feed_meta, fetches=fetches)


# -- processing -------------------------------------------------------------------------------
@dataclass
class _Candidate:
    article: Article
    payload: Landed
    first_seen: str
    guid_key: str | None
    text_hash: str | None
    minhash: bytes | None
    duplicate_of: str | None = None

    @property
    def rank(self) -> tuple[str, str]:
        return (self.first_seen, self.article.source)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse_all(feed_name: str, payloads: list[Landed], out: FeedRunResult, quarantine: list[dict[str, Any]],
               max_items: int) -> list[_Candidate]:
    """Parse every payload; quarantine rejects; drop repeats within the day (counted as duplicates)."""
    cands: list[_Candidate] = []
    by_id: set[str] = set()
    by_guid: set[str] = set()
    by_hash: set[str] = set()
    for payload in payloads:
        verdict = precheck_xml(payload.body, max_items=max_items)
        if not verdict.ok:
            quarantine.append(_quarantine_row(feed_name, Rejected("feed", verdict.reason or "unsafe_xml",
                                                                  verdict.detail or ""), payload))
            continue
        parsed = parse_payload(payload.body, feed=feed_name, url=payload.url, headers=payload.headers)
        out.items_seen += parsed.items_seen
        for rej in parsed.rejected:
            quarantine.append(_quarantine_row(feed_name, rej, payload))
            out.quarantined += rej.level == "item"
        for art in parsed.articles:
            gk = dedupe.guid_key(feed_name, art.guid)
            th = dedupe.text_hash(art.raw_text)
            if art.article_id in by_id or (gk and gk in by_guid) or (th and th in by_hash):
                out.duplicates += 1
                continue
            by_id.add(art.article_id)
            if gk:
                by_guid.add(gk)
            if th:
                by_hash.add(th)
            cands.append(_Candidate(art, payload, _iso(payload.fetched_at), gk, th, dedupe.minhash(art.raw_text)))
    return cands


def _is_duplicate(c: _Candidate, idx: SeenIndex) -> bool:
    """Seen on an earlier day, or owned by another feed that ranks first today."""
    aid = c.article.article_id
    if aid in idx.earlier or (c.guid_key and c.guid_key in idx.earlier_guid):
        return True
    if c.text_hash and (c.article.source, c.text_hash) in idx.earlier_hash:
        return True
    others = idx.same_day.get(aid)
    if not others:
        return False
    prev = idx.own_previous.get(aid)
    if prev is None or not prev.owner:
        return True  # another feed wrote it first
    return min(o.rank for o in others) < c.rank  # both claimed it (a race): the earlier fetch keeps it


def _dedupe_across_runs(feed_name: str, day: dt.date, cands: list[_Candidate], storage: Storage,
                        out: FeedRunResult, lookback_days: int) -> list[_Candidate]:
    """Check the seen-index, link near-duplicates, and write this feed's shard for the day."""
    idx = SeenIndex.load(storage, feed_name, day, lookback_days=lookback_days)
    near = dedupe.NearIndex()
    for e in idx.near:
        if e.minhash is not None:
            near.add(e.rank, e.minhash, e.article_id)
    keep: list[_Candidate] = []
    entries: list[SeenEntry] = []
    for c in sorted(cands, key=lambda c: c.rank):
        aid = c.article.article_id
        owner = not _is_duplicate(c, idx)
        if owner:
            prev = idx.own_previous.get(aid)
            if prev is not None:
                c.duplicate_of = prev.duplicate_of  # decided before: a rerun or replay keeps the link
            elif c.minhash is not None:
                c.duplicate_of = near.earliest_match(c.minhash, before=c.rank, exclude=aid)
            if c.minhash is not None:
                near.add(c.rank, c.minhash, aid)
            keep.append(c)
        else:
            out.duplicates += 1
        entries.append(SeenEntry(aid, feed_name, day.isoformat(), c.first_seen, owner, c.guid_key, c.text_hash,
                                 c.minhash, c.duplicate_of if owner else None))
    write_shard(storage, day, feed_name, entries)
    return keep


def process_landed(feed_name: str, payloads: list[Landed], *, day: dt.date, settings: Settings, run_id: str,
                   storage: Storage, enricher: EnricherLike | None = None, latency_ms: int | None = None,
                   feed_meta: Feed | None = None, fetches: list[FetchRecord] | None = None,
                   max_items: int = MAX_ITEMS, lookback_days: int = SEEN_LOOKBACK_DAYS) -> FeedRunResult:
    """Parse, dedupe, enrich and write everything that landed for one feed and day."""
    from pipeline.text import detect_casing

    if enricher is None:
        from pipeline.enrich import Enricher

        enricher = Enricher(settings.model, batch_size=settings.batch_size)
    version = enricher.version
    fetches = fetches or []
    out = FeedRunResult(feed_name, day.isoformat(), "ok")
    quarantine: list[dict[str, Any]] = [_fetch_quarantine_row(f) for f in fetches if not f.ok]
    agency = feed_meta.agency if feed_meta else next((f.agency for f in reversed(fetches) if f.agency), None)
    language = feed_meta.language if feed_meta else next((f.language for f in reversed(fetches) if f.language), None)
    cands = _parse_all(feed_name, payloads, out, quarantine, max_items)
    keep = _dedupe_across_runs(feed_name, day, cands, storage, out, lookback_days)

    article_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    inputs = [EnrichInput(c.article.raw_text, c.article.published.date() if c.article.published else None) for c in keep]
    for c, enr in zip(keep, enricher.enrich(inputs)):
        art, payload, norm = c.article, c.payload, enr.norm
        article_rows.append({
            "article_id": art.article_id, "url": art.url, "canonical_url": art.canonical_url, "guid": art.guid,
            "title": art.title, "published": art.published, "fetched_at": payload.fetched_at,
            "agency": agency, "language": language,
            "raw_text": art.raw_text, "text": norm.text, "casing": norm.casing,
            "input_casing": detect_casing(art.raw_text),
            "dateline_city": norm.dateline.city if norm.dateline else None,
            "dateline_agency": norm.dateline.agency if norm.dateline else None,
            "body_start": norm.body_start, "word_count": len(art.raw_text.split()),
            "content_hash": dedupe.content_hash(norm.text), "duplicate_of": c.duplicate_of,
            "raw_ref": payload.raw_ref, "model_version": version,
        })
        if enr.entities:
            entity_rows.extend(enrich_entity_rows(art.article_id, enr, version or ""))
        if enr.events:
            event_rows.extend(enrich_event_rows(art.article_id, enr, version or ""))
    out.written = len(article_rows)
    out.entities = len(entity_rows)
    out.events = len(event_rows)

    health = [_health_row(feed_name, out, payloads, fetches, quarantine, latency_ms)]
    for table, rows in (("articles", article_rows), ("entities", entity_rows), ("events", event_rows),
                        ("quarantine", quarantine), ("feed_health", health)):
        mv = version if table in CONTENT_TABLES else None
        out.partitions[table] = write_partition(storage, table, day, feed_name, rows, run_id=run_id, model_version=mv).path
    return out


def _health_row(feed_name: str, out: FeedRunResult, payloads: list[Landed], fetches: list[FetchRecord],
                quarantine: list[dict[str, Any]], latency_ms: int | None) -> dict[str, Any]:
    """The feed's row for the run: the latest fetch of the day, and the day's item accounting."""
    last = fetches[-1] if fetches else None
    last_payload = payloads[-1] if payloads else None
    if last is None:
        latest_ref = last_payload.raw_ref if last_payload else None
    else:
        latest_ref = last.raw_ref if last.ok and not last.not_modified else None
    feed_reasons = [q["reason"] for q in quarantine
                    if q["level"] == "feed" and latest_ref is not None and q["raw_ref"] == latest_ref]
    if last is not None and not last.ok:
        out.status, out.error, out.reason = "failed", last.error, last.reason
    elif feed_reasons:
        out.status, out.reason = "quarantined", feed_reasons[0]
    elif last is not None and last.not_modified:
        out.status, out.not_modified = "not_modified", True
    when: dt.datetime = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    status: int | None = None
    nbytes: int | None = None
    latency: int | None = latency_ms
    if last is not None:
        when, status, nbytes, latency = last.fetched_at, last.status, last.bytes, last.latency_ms
    elif last_payload is not None:
        when, status, nbytes = last_payload.fetched_at, last_payload.status, len(last_payload.body)
    return {
        "feed": feed_name, "status": out.status, "http_status": status, "latency_ms": latency, "bytes": nbytes,
        "not_modified": out.not_modified, "items_seen": out.items_seen, "written": out.written,
        "duplicates": out.duplicates, "quarantined": out.quarantined, "error": out.error, "reason": out.reason,
        "attempts": last.attempts if last else None, "payloads": len(payloads), "fetched_at": when,
    }


def _fetch_quarantine_row(f: FetchRecord) -> dict[str, Any]:
    detail = f.error or ""
    if f.attempts > 1:
        detail += f" (after {f.attempts} attempts)"
    return {"feed": f.feed, "level": "feed", "reason": f.reason or "fetch_failed", "detail": detail,
            "item_ref": f.final_url or f.url, "raw_ref": f.raw_ref or f.ref, "recorded_at": f.fetched_at}


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
    totals["not_modified_feeds"] = sorted(r["feed"] for r in results if r.get("not_modified"))
    return totals
