"""One feed, one logical date: fetch → land raw → parse → dedupe → normalize → enrich → write.

Every item ends as exactly one of written · duplicate · quarantined, recorded once in a
:class:`pipeline.accounting.Ledger` that the counts of the feed_health row are derived from. Airflow tasks and the ``wirelake`` CLI both call :func:`ingest_feed` / :func:`process_landed`.

A run of a date always rebuilds the feed's partitions of that date from *everything landed for
the feed on that date* (every poll's payload and fetch record), so a second poll the same day, a
rerun, and ``wirelake replay`` all produce the same tables from the same raw zone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from typing import Any, Protocol

from pipeline.accounting import ItemCounts, Ledger, Outcome
from pipeline.config import MAX_ARTICLE_CHARS, Settings
from pipeline.dedupe.deduper import DayDeduper
from pipeline.dedupe.shards import SeenEntry
from pipeline.lake.storage import Storage
from pipeline.lake.writer import PartitionRef, StagedFile, commit_partition, stage_table, to_arrow
from pipeline.nlp.enrich import Enriched, EnrichInput
from pipeline.parse import Article, Rejected, parse_payload
from pipeline.rows import (
    FeedStatus,
    article_row,
    damaged_row,
    entity_rows,
    event_rows,
    feed_status,
    fetch_facts,
    fetch_quarantine_row,
    health_row,
    page_quarantine_row,
    quarantine_row,
)
from pipeline.sources.fetch import FetchPolicy, FetchResult, fetch
from pipeline.sources.landing import FetchRecord, Landed, iter_landed, land, read_fetches, record_fetch
from pipeline.sources.pages import PageFetcher, PageRunStats, acquire_pages, load_outcomes
from pipeline.sources.registry import Feed
from pipeline.sources.safety import MAX_ITEMS, precheck_xml
from pipeline.sources.validators import load_validators, save_validators

log = logging.getLogger(__name__)
ConnectionLookup = Callable[[str], tuple[str | None, str | None]]  # see pipeline.sources.auth
# Fetch failures a later attempt may cure (the others are refusals: 4xx, unsafe URL, too large).
TRANSIENT_REASONS = frozenset({"timeout", "connection_failed", "dns_failed", "rate_limited", "truncated"})

CONTENT_TABLES = ("articles", "entities", "events")
SEEN_LOOKBACK_DAYS = 30
CHUNK_ARTICLES = 1000  # articles enriched and staged as one Parquet part; bounds memory per task


class EnricherLike(Protocol):
    @property
    def version(self) -> str | None: ...

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]: ...

    def memory_zone(self) -> AbstractContextManager[None]: ...


class PlainEnricher:
    """No NLP: text kept as it arrived, no entities or events. For fast acquisition tests and
    for deployments that enrich in a later stage."""

    version: str | None = None

    def memory_zone(self) -> AbstractContextManager[None]:
        return nullcontext()

    def enrich(self, items: Iterable[EnrichInput]) -> Iterator[Enriched]:
        from pipeline.text import NormalizedText

        for item in items:
            yield Enriched(norm=NormalizedText.verbatim(item.text), entities=[], title=item.title)


@dataclass
class FeedRunResult:
    """What one feed's run did; XCom-sized (counts and paths only). Built once, at the end of the run:
    the item counts come from its :class:`~pipeline.accounting.Ledger`."""

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
    transient: bool = False        # failed, and a later attempt may succeed (network, 5xx, 429)
    body_page: int = 0        # written articles whose body came from the linked page
    body_summary: int = 0     # written articles whose page was wanted but unusable (feed summary kept)
    pages: dict[str, Any] = field(default_factory=dict)  # this run's page fetching (PageRunStats.to_dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- acquisition ------------------------------------------------------------------------------
def acquire(feed: Feed, *, day: dt.date, storage: Storage, policy: FetchPolicy,
            connections: ConnectionLookup | None = None, pages: PageFetcher | None = None) -> FetchRecord:
    """Fetch ``feed`` (conditional GET, with the credentials its ``auth`` names), land the body
    before anything parses it, write the fetch record, and save the new HTTP validators; then,
    with ``pages``, fetch and land the linked pages the new payload's entries need (docs/pages.md).
    Never raises for network, HTTP or credential failures: they are in the record."""
    from pipeline.errors import ConfigError
    from pipeline.redact import redact_url
    from pipeline.sources.auth import credentials_for

    try:
        creds = credentials_for(feed, connections=connections)
    except ConfigError as exc:
        result = FetchResult(feed=feed.name, url=redact_url(feed.url) or "", fetched_at=dt.datetime.now(dt.UTC),
                             error=str(exc), reason="auth_unavailable")
    else:
        result = fetch(feed, policy=policy, validators=load_validators(storage, feed.name, feed.url), credentials=creds)
    landed = land(storage, day, result) if (result.body is not None or result.error_body is not None) else None
    record = record_fetch(storage, day, result, landed, agency=feed.agency, language=feed.language,
                          country=feed.country)
    if result.ok:
        save_validators(storage, feed.name, feed.url, result.headers, fetched_at=result.fetched_at,
                        raw_ref=landed.raw_ref if landed else None)
        log.info("feed %s: fetched %s bytes (HTTP %s) in %d ms, %d attempt(s)", feed.name, len(result.body or b""),
                 result.status, result.latency_ms, result.attempts)
    elif result.not_modified:
        log.info("feed %s: not modified (HTTP 304) in %d ms", feed.name, result.latency_ms)
    else:
        log.warning("feed %s: fetch failed (%s) after %d attempt(s), %d ms: %s", feed.name, result.reason,
                    result.attempts, result.latency_ms, result.error)
    if pages is not None and feed.content != "feed" and result.ok and landed is not None:
        stats = acquire_linked_pages(feed, landed, day=day, storage=storage, pages=pages)
        if stats.wanted:
            log.info("feed %s: %d linked page(s) on %d host(s): %d ok, %d not modified, %d failed, %d refused by "
                     "robots.txt, %d deferred; %.1f s, %.1f s waiting on politeness", feed.name, stats.wanted,
                     stats.hosts, stats.ok, stats.not_modified, stats.failed, stats.robots_disallowed, stats.deferred,
                     stats.wall_s, stats.wait_s)
    return record


def acquire_linked_pages(feed: Feed, payload: Landed, *, day: dt.date, storage: Storage,
                         pages: PageFetcher) -> PageRunStats:
    """Fetch and land the pages ``payload``'s entries need under the feed's ``content`` mode."""
    if not precheck_xml(payload.body).ok:
        pages.remember(feed.name, PageRunStats())
        return PageRunStats()  # processing quarantines the payload; nothing in it is trusted
    parsed = parse_payload(payload.body, feed=feed.name, url=payload.url, headers=payload.headers, keep_textless=True)
    return acquire_pages(feed, parsed.articles, day=day, storage=storage, fetcher=pages)


def ingest_feed(feed: Feed, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: EnricherLike | None = None,
                policy: FetchPolicy | None = None, connections: ConnectionLookup | None = None,
                pages: PageFetcher | None = None) -> FeedRunResult:
    """Fetch ``feed`` now, land the payload (and the linked pages it needs), and rebuild the feed's
    partitions for ``day``. ``pages`` (shared by the feeds of a process: one host gate, one robots
    cache) defaults to a fetcher built from the settings."""
    storage = storage or Storage.from_settings(settings)
    refuse_if_raw_expired(storage, feed.name, day)
    pages = pages or PageFetcher.from_settings(settings)
    acquire(feed, day=day, storage=storage, policy=policy or FetchPolicy.from_settings(settings), connections=connections,
            pages=pages)
    result = replay_feed(feed.name, day=day, settings=settings, run_id=run_id, storage=storage, enricher=enricher,
                         feed_meta=feed)
    result.pages = pages.stats_for(feed.name).to_dict()
    return result


class FeedRuns(list[FeedRunResult]):
    """Results of several feeds, in registry order, with the exceptions of feeds whose rebuild
    raised (their results have status ``error``)."""

    def __init__(self, results: Iterable[FeedRunResult] = (), errors: Iterable[BaseException] = ()) -> None:
        super().__init__(results)
        self.errors = list(errors)

    def raise_errors(self) -> None:
        """Raise the first feed error again: a transient one in preference, so a retry can cure it."""
        from pipeline.errors import is_retryable

        if self.errors:
            raise next((e for e in self.errors if is_retryable(e)), self.errors[0])


def ingest_feeds(feeds: list[Feed], *, day: dt.date, settings: Settings, run_id: str, storage: Storage | None = None,
                 enricher: EnricherLike | None = None, policy: FetchPolicy | None = None, workers: int = 8,
                 reprocess: bool = False, connections: ConnectionLookup | None = None,
                 pages: PageFetcher | None = None) -> FeedRuns:
    """Fetch ``feeds`` concurrently (at most ``workers`` at once, each bounded by the policy's
    deadline) and rebuild each feed's partitions as soon as its payload has landed, one feed at a
    time in this thread (the NLP model is not shared between threads). ``reprocess`` rebuilds from
    the raw zone without fetching. One feed's failure never stops the others: a feed whose rebuild
    raises gets a result with status ``error`` and its exception in ``errors`` (see
    :meth:`FeedRuns.raise_errors`). Results come back in the order of ``feeds``. Linked pages go
    through ``pages`` (default: one fetcher from the settings), shared by all the feeds."""
    storage = storage or Storage.from_settings(settings)
    policy = policy or FetchPolicy.from_settings(settings)
    if not reprocess:
        pages = pages or PageFetcher.from_settings(settings)
    results: dict[str, FeedRunResult] = {}
    errors: list[BaseException] = []

    def rebuild(feed: Feed) -> None:
        from pipeline.errors import WirelakeError, is_retryable

        try:
            results[feed.name] = replay_feed(feed.name, day=day, settings=settings, run_id=run_id, storage=storage,
                                             enricher=enricher, feed_meta=feed)
            if pages is not None:
                results[feed.name].pages = pages.stats_for(feed.name).to_dict()
        except Exception as exc:  # noqa: BLE001 - isolated per feed, logged, and raised again by raise_errors()
            if isinstance(exc, WirelakeError):
                log.error("feed %s: %s", feed.name, exc)
            else:
                log.exception("feed %s: unexpected %s", feed.name, type(exc).__name__)
            results[feed.name] = FeedRunResult(feed.name, day.isoformat(), "error", error=str(exc),
                                               transient=is_retryable(exc))
            errors.append(exc)

    if reprocess or not feeds:
        for feed in feeds:
            rebuild(feed)
    else:
        from pipeline.errors import RawMissingError, is_retryable

        fetchable = []
        for feed in feeds:  # an expired date is not fetched into: it could only be rebuilt from the new payload
            try:
                refuse_if_raw_expired(storage, feed.name, day)
                fetchable.append(feed)
            except RawMissingError as exc:
                log.error("feed %s: %s", feed.name, exc)
                results[feed.name] = FeedRunResult(feed.name, day.isoformat(), "error", error=str(exc),
                                                   transient=is_retryable(exc))
                errors.append(exc)
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(fetchable) or 1)),
                                thread_name_prefix="wirelake-fetch") as pool:
            pending: dict[Future[FetchRecord], Feed] = {
                pool.submit(acquire, f, day=day, storage=storage, policy=policy, connections=connections,
                            pages=pages): f for f in fetchable}
            for fut in as_completed(pending):
                fut.result()  # acquire never raises for network failures; storage errors propagate
                rebuild(pending[fut])
    return FeedRuns([results[f.name] for f in feeds], errors)


def replay_feed(feed_name: str, *, day: dt.date, settings: Settings, run_id: str,
                storage: Storage | None = None, enricher: EnricherLike | None = None,
                feed_meta: Feed | None = None) -> FeedRunResult:
    """Rebuild the feed's partitions for ``day`` from the raw zone, without network, under the
    feed's date lease (the raw zone is read once the lease is held, so a payload landed by a run
    that committed just before is included)."""
    from pipeline.lake.lease import acquire as take_lease

    storage = storage or Storage.from_settings(settings)
    refuse_if_raw_expired(storage, feed_name, day)
    with take_lease(storage, feed_name, day, holder=run_id) as lease:
        damaged: list[str] = []
        fetches = read_fetches(storage, day, feed_name, damaged=damaged)
        out, elsewhere = _rebuild(feed_name, iter_landed(storage, day, feed_name, damaged=damaged), day=day,
                                  settings=settings, run_id=run_id, storage=storage, enricher=enricher,
                                  feed_meta=feed_meta, fetches=fetches, damaged=damaged, lease=lease,
                                  max_article_chars=settings.max_article_chars)
    _retract_elsewhere(storage, elsewhere, run_id, feed_name, day)
    return out


# -- processing -------------------------------------------------------------------------------


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_WHEN = {"published", "updated", "page_fetched_at", "recorded_at"}  # datetime fields kept as ISO strings on disk


def _to_json(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.datetime) else v for k, v in d.items()}


def _from_json(d: dict[str, Any]) -> dict[str, Any]:
    return {k: dt.datetime.fromisoformat(v) if k in _WHEN and isinstance(v, str) else v for k, v in d.items()}


def _candidate_doc(article: Article, payload: Landed, page_row: dict[str, Any] | None) -> dict[str, Any]:
    """What the run keeps on disk for a claim between deciding and writing (never the payload body)."""
    return {"a": _to_json({f: getattr(article, f) for f in _ARTICLE_FIELDS}), "p": [payload.fetched_at.isoformat(), payload.raw_ref],
            "q": None if page_row is None else _to_json(page_row)}


@dataclass
class _Candidate:
    """An article this feed owns, back from the deduper's document (:func:`_candidate_doc`)."""

    article: Article
    payload: Landed
    first_seen: str
    guid_key: str | None
    text_hash: str | None
    minhash: bytes | None
    duplicate_of: str | None = None
    page_row: dict[str, Any] | None = None  # the page's quarantine row, kept when the article is written

    @classmethod
    def from_doc(cls, e: SeenEntry, doc: dict[str, Any]) -> _Candidate:
        art = Article(**_from_json(doc["a"]))
        fetched_at, raw_ref = doc["p"]
        payload = Landed(art.source, "", dt.datetime.fromisoformat(fetched_at), 200, {}, b"", raw_ref)
        return cls(art, payload, e.first_seen, e.guid_key, e.text_hash, e.minhash, e.duplicate_of,
                   None if doc.get("q") is None else _from_json(doc["q"]))


class _PartWriter:
    """Stages each table's rows as numbered part files while the day streams through, then
    commits every partition at once (stage → manifest), so memory stays flat however large the
    day. Every partition is committed conditionally on the manifest it had when the run took the
    lease (``expect``)."""

    def __init__(self, storage: Storage, day: dt.date, feed: str, run_id: str, lease: Any = None) -> None:
        from pipeline.lake.writer import manifest_version, new_commit_id

        self.storage, self.day, self.feed, self.run_id, self.lease = storage, day, feed, run_id, lease
        self.commit_id = new_commit_id()
        self.staged: dict[str, list[StagedFile]] = {}
        self.expect = {t: manifest_version(storage, PartitionRef(t, day, feed))
                       for t in (*CONTENT_TABLES, "quarantine", "feed_health")}

    def stage(self, table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            parts = self.staged.setdefault(table, [])
            ref = PartitionRef(table, self.day, self.feed)
            parts.append(stage_table(self.storage, ref, to_arrow(table, rows), run_id=self.run_id, part=len(parts),
                                     commit_id=self.commit_id))

    def commit_all(self, versions: dict[str, str | None]) -> dict[str, str]:
        """Commit every table's partition (``versions``: table -> model version). All or nothing
        as far as this run can help it: if one commit fails (a full disk, a lost lease), the ones
        already made are rolled back to their previous manifests — superseded files are deleted only
        once all five are in."""
        from pipeline.lake.writer import CommitResult, finish_commit, roll_back

        for table in versions:  # stage the empty tables first: a full disk fails here, before any commit
            if not self.staged.get(table):
                ref = PartitionRef(table, self.day, self.feed)
                self.staged[table] = [stage_table(self.storage, ref, to_arrow(table, []), run_id=self.run_id,
                                                  commit_id=self.commit_id)]
        done: list[CommitResult] = []
        try:
            for table, model_version in versions.items():
                ref = PartitionRef(table, self.day, self.feed)
                done.append(commit_partition(self.storage, ref, self.staged[table], run_id=self.run_id,
                                             model_version=model_version, expect=self.expect[table], lease=self.lease,
                                             cleanup=False))
        except BaseException:
            self.discard()  # frees the space of what was not committed before writing manifests back
            for result in reversed(done):
                try:
                    if not roll_back(self.storage, result):
                        log.error("could not roll back %s: another run committed it meanwhile", result.path)
                except Exception as exc:  # noqa: BLE001 - keep undoing the others; the first error is raised
                    log.error("could not roll back %s: %s (rerun the date to repair it)", result.path, exc)
            raise
        for result in done:
            finish_commit(self.storage, result)
        return {table: result.path for table, result in zip(versions, done)}

    def discard(self) -> None:
        """Remove what was staged (the run failed before committing)."""
        from pipeline.lake.writer import STAGING

        for d in sorted({f.staging_dir for parts in self.staged.values() for f in parts if f.staging_dir}):
            if d.startswith(STAGING + "/"):
                self.storage.delete_tree(d)


def process_landed(feed_name: str, payloads: Iterable[Landed], *, day: dt.date, settings: Settings, run_id: str,
                   storage: Storage, enricher: EnricherLike | None = None, latency_ms: int | None = None,
                   feed_meta: Feed | None = None, fetches: list[FetchRecord] | None = None,
                   max_items: int = MAX_ITEMS, lookback_days: int = SEEN_LOOKBACK_DAYS,
                   chunk_articles: int = CHUNK_ARTICLES, max_article_chars: int | None = None) -> FeedRunResult:
    """Parse, dedupe, enrich and write everything that landed for one feed and day, under the
    feed's date lease (see :func:`replay_feed`, which also reads the raw zone for you).
    ``max_article_chars`` defaults to ``settings.max_article_chars`` (``WIRELAKE_MAX_ARTICLE_CHARS``)."""
    from pipeline.lake.lease import acquire as take_lease

    with take_lease(storage, feed_name, day, holder=run_id) as lease:
        out, elsewhere = _rebuild(feed_name, payloads, day=day, settings=settings, run_id=run_id, storage=storage,
                                  enricher=enricher, latency_ms=latency_ms, feed_meta=feed_meta, fetches=fetches,
                                  max_items=max_items, lookback_days=lookback_days, chunk_articles=chunk_articles,
                                  max_article_chars=max_article_chars or settings.max_article_chars, lease=lease)
    _retract_elsewhere(storage, elsewhere, run_id, feed_name, day)
    return out


_Corrections = tuple[set[tuple[str, str, str]], dict[tuple[str, str], dict[str, tuple[str, list[str]]]]]


def _retract_elsewhere(storage: Storage, corrections: _Corrections, run_id: str, feed_name: str,
                       day: dt.date) -> None:
    """After this run released its own lease: correct other feeds' dates that decided before this
    run's better claims were visible — retract the articles this run owns from them, point their
    near-copies at this run's earlier articles — through correction notes applied at once when
    their lease is free, else by the run holding it (never waiting, never two leases at once);
    then apply the notes other runs left for this feed's date while this run held its lease."""
    from pipeline.dedupe.retract import apply_pending, request

    elsewhere, relinks = corrections
    by_partition: dict[tuple[str, str], set[str]] = {}
    for feed, d, aid in elsewhere:
        by_partition.setdefault((feed, d), set()).add(aid)
    for (feed, d) in sorted(set(by_partition) | set(relinks)):
        request(storage, feed, dt.date.fromisoformat(d), run_id=run_id, retract=by_partition.get((feed, d)),
                relink={a: (link, rank) for a, (link, rank) in relinks.get((feed, d), {}).items()})
    apply_pending(storage, feed_name, day, run_id=run_id)


def _unwritable(art: Article, bodies: _PageBodies, max_article_chars: int) -> Rejected | None:
    """Why an item is quarantined whatever dedup would decide (no text at all, too long), or None."""
    if not art.raw_text and not bodies.gave_text(art.article_id):
        return Rejected("item", "no_text", "item has no content, description or summary"
                        + (f", and its page gave none ({art.body_reason})" if art.body_reason else ""),
                        art.url or art.guid or art.title)
    if len(art.raw_text) > max_article_chars:
        return Rejected("item", "too_long", f"text of {len(art.raw_text):,} characters is over the "
                        f"{max_article_chars:,}-character limit (WIRELAKE_MAX_ARTICLE_CHARS)",
                        art.url or art.guid or art.title)
    return None


def _record_written(ledger: Ledger, tally: Counter[str], rows: dict[str, list[dict[str, Any]]]) -> None:
    """One chunk's rows: each article row settles its item as written; the rest is counted."""
    for r in rows["articles"]:
        ledger.settle(r["article_id"], Outcome.WRITTEN)
        if r["body_source"] in ("page", "summary"):
            tally[f"body_{r['body_source']}"] += 1
    tally["entities"] += len(rows["entities"])
    tally["events"] += len(rows["events"])


def _rebuild(feed_name: str, payloads: Iterable[Landed], *, day: dt.date, settings: Settings, run_id: str,
             storage: Storage, lease: Any, enricher: EnricherLike | None = None, latency_ms: int | None = None,
             feed_meta: Feed | None = None, fetches: list[FetchRecord] | None = None,
             damaged: list[str] | None = None, max_items: int = MAX_ITEMS, lookback_days: int = SEEN_LOOKBACK_DAYS,
             chunk_articles: int = CHUNK_ARTICLES,
             max_article_chars: int = MAX_ARTICLE_CHARS) -> tuple[FeedRunResult, _Corrections]:
    """The rebuild itself (the caller holds ``lease``). Streams: payloads are parsed one at a
    time and the admitted articles kept on local disk; the owned ones are enriched and staged as
    Parquet parts in chunks of ``chunk_articles``; the partitions are committed together at the end.
    The run's steps read top to bottom: claim (:func:`_claim`), decide, enrich and stage, commit."""
    if enricher is None:
        from pipeline.nlp.enrich import Enricher

        enricher = Enricher(settings.model, batch_size=settings.batch_size)
    version = enricher.version
    fetches = fetches or []
    ledger, tally = Ledger(), Counter[str]()  # every item's outcome, recorded once; what the written rows hold
    quarantine: list[dict[str, Any]] = [fetch_quarantine_row(f) for f in fetches if not f.ok]
    agency, language, country = _origin(feed_meta, fetches)
    deduper = DayDeduper(feed_name, day, storage, lookback_days, settings.cache_dir)
    writer = _PartWriter(storage, day, feed_name, run_id, lease)
    bodies = _PageBodies(storage, load_outcomes(storage, day, feed_name))
    try:
        seen = _claim(feed_name, payloads, ledger=ledger, quarantine=quarantine, deduper=deduper, bodies=bodies,
                      max_items=max_items, max_article_chars=max_article_chars)
        quarantine.extend(damaged_row(feed_name, ref, day) for ref in damaged or [])
        if seen.payloads == 0 and not fetches and not damaged:
            raise _raw_missing(storage, feed_name, day)
        deduper.publish()
        verdict = deduper.decide()
        for aid in verdict.lost:
            ledger.settle(aid, Outcome.DUPLICATE)
        owned = [_Candidate.from_doc(e, doc) for e, doc in verdict.owned]
        elsewhere, relinks = verdict.elsewhere, verdict.relinks
        quarantine.extend(c.page_row for c in owned if c.page_row is not None)
        for start in range(0, len(owned), chunk_articles):
            chunk = owned[start:start + chunk_articles]
            rows = _enrich_chunk(chunk, enricher, _Origin(agency, language, country), version, feed_name, quarantine,
                                 ledger, deduper)
            for table in CONTENT_TABLES:
                writer.stage(table, rows[table])
            _record_written(ledger, tally, rows)
        if any(q.get("reason") == "enrich_failed" for q in quarantine):
            deduper.publish()  # the articles that could not be enriched are not owned
        counts = ledger.counts()
        state = feed_status(fetches, seen.last, quarantine)
        facts = fetch_facts(fetches, seen.last, seen.last_bytes, latency_ms)
        writer.stage("quarantine", quarantine)
        writer.stage("feed_health", [health_row(feed_name, state, facts, counts, seen.payloads)])
        partitions = writer.commit_all({t: version if t in CONTENT_TABLES else None
                                        for t in (*CONTENT_TABLES, "quarantine", "feed_health")})
        out = _run_result(feed_name, day, state, counts, tally, partitions)
    except BaseException:
        writer.discard()
        raise
    finally:
        deduper.close()
    log.info("feed %s %s: %s — seen %d, written %d, duplicates %d, quarantined %d%s", feed_name, out.dt, out.status,
             out.items_seen, out.written, out.duplicates, out.quarantined,
             f" ({out.reason}: {out.error})" if out.error else "")
    return out, (elsewhere, relinks)


def _origin(feed_meta: Feed | None, fetches: list[FetchRecord]) -> tuple[str | None, str | None, str | None]:
    """The feed's agency, language and outlet country: from the registry, else from its latest fetch records."""
    if feed_meta is not None:
        return feed_meta.agency, feed_meta.language, feed_meta.country
    return (next((f.agency for f in reversed(fetches) if f.agency), None),
            next((f.language for f in reversed(fetches) if f.language), None),
            next((f.country for f in reversed(fetches) if f.country), None))


@dataclass(frozen=True)
class _Origin:
    """Who publishes the feed: its agency, language and outlet country (the registry's)."""

    agency: str | None
    language: str | None
    country: str | None = None


def _run_result(feed_name: str, day: dt.date, state: FeedStatus, counts: ItemCounts, tally: Counter[str],
                partitions: dict[str, str]) -> FeedRunResult:
    return FeedRunResult(feed_name, day.isoformat(), state.status, items_seen=counts.items_seen,
                         written=counts.written, duplicates=counts.duplicates, quarantined=counts.quarantined,
                         entities=tally["entities"], events=tally["events"], error=state.error,
                         partitions=partitions, not_modified=state.not_modified, reason=state.reason,
                         transient=state.transient, body_page=tally["body_page"], body_summary=tally["body_summary"])


@dataclass
class _Seen:
    """What a run read of the raw zone: how many payloads, and the latest one's metadata and size."""

    payloads: int = 0
    last: Landed | None = None  # metadata only: the body is not kept
    last_bytes: int = 0


def _claim(feed_name: str, payloads: Iterable[Landed], *, ledger: Ledger, quarantine: list[dict[str, Any]],
           deduper: DayDeduper, bodies: _PageBodies, max_items: int, max_article_chars: int) -> _Seen:
    """Parse the payloads one at a time and claim each writable article for the day: every item is
    quarantined, a duplicate within the day's payloads, or held in ``ledger`` until the day is decided."""
    seen = _Seen()
    for payload in payloads:
        seen.payloads += 1
        seen.last = Landed(payload.feed, payload.url, payload.fetched_at, payload.status, payload.headers,
                           b"", payload.raw_ref)
        seen.last_bytes = len(payload.body)
        for art in _parse_one(feed_name, payload, ledger, quarantine, max_items):
            art, page_row = bodies.resolve(art, payload)
            rejected = _unwritable(art, bodies, max_article_chars)
            if rejected is not None:
                quarantine.append(quarantine_row(feed_name, rejected, payload))
                ledger.record(Outcome.QUARANTINED)
            elif deduper.claim(art.article_id, art.guid, art.raw_text, payload.fetched_at,
                               partial(_candidate_doc, art, payload, page_row)):
                ledger.hold(art.article_id)  # settled once the day is decided and written
            else:
                ledger.record(Outcome.DUPLICATE)  # a repeat within the day's payloads
    return seen


def _enrich_chunk(chunk: list[_Candidate], enricher: EnricherLike, origin: _Origin,
                  version: str | None, feed_name: str, quarantine: list[dict[str, Any]], ledger: Ledger,
                  deduper: DayDeduper) -> dict[str, list[dict[str, Any]]]:
    """Rows of one chunk. When the chunk fails as a whole, every article is tried alone, and one
    that still fails is quarantined (``enrich_failed``) — no single item stops the others."""
    try:
        return _enrich_rows(chunk, enricher, origin, version)
    except Exception as exc:  # noqa: BLE001 - isolated per article below, never swallowed
        log.warning("feed %s: enriching a chunk of %d articles failed (%s: %s); retrying one by one", feed_name,
                    len(chunk), type(exc).__name__, exc)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in CONTENT_TABLES}
    for c in chunk:
        try:
            one = _enrich_rows([c], enricher, origin, version)
        except Exception as exc:  # noqa: BLE001 - quarantined with the reason
            quarantine.append(quarantine_row(feed_name, Rejected("item", "enrich_failed",
                                                                  f"{type(exc).__name__}: {exc}"[:500],
                                                                  c.article.url or c.article.guid), c.payload))
            ledger.settle(c.article.article_id, Outcome.QUARANTINED)
            deduper.drop(c.article.article_id)
            continue
        for t in CONTENT_TABLES:
            rows[t].extend(one[t])
    return rows


def refuse_if_raw_expired(storage: Storage, feed: str, day: dt.date) -> None:
    """Raise :class:`~pipeline.errors.RawMissingError` when ``day``'s raw payloads were expired by
    maintenance: its partitions can no longer be rebuilt, and a rebuild from whatever landed since
    would replace good tables with a fraction of them."""
    from pipeline.errors import RawMissingError
    from pipeline.lake.maintenance import expired_marker

    marker = expired_marker(storage, day)
    if marker is not None:
        raise RawMissingError(
            f"the raw payloads of {day} were expired by `wirelake maintain` on {marker.get('expired_at', '?')} "
            f"(retention {marker.get('retention_days', '?')} days): feed {feed}'s partitions of that date cannot be "
            "rebuilt and are left as they are",
            fix="nothing to do for this date; to keep dates rebuildable longer raise raw_retention_days")


def _raw_missing(storage: Storage, feed: str, day: dt.date) -> BaseException:
    from pipeline.errors import RawMissingError
    from pipeline.lake.writer import BadManifest, read_manifest

    try:
        m = read_manifest(storage, PartitionRef("articles", day, feed).path)
    except BadManifest:
        m = None
    kept = f"its committed partitions ({m['rows']} articles) are left untouched" if m else "nothing was written"
    return RawMissingError(f"no raw payloads or fetch records for feed {feed} on {day} in {storage.uri}: {kept}",
                           fix="rebuilding needs the raw zone (raw/dt=<date>/source=<feed>); restore it from a backup, "
                               "or run without reprocess/replay to fetch the feed now")


def _parse_one(feed_name: str, payload: Landed, ledger: Ledger, quarantine: list[dict[str, Any]],
               max_items: int) -> list[Article]:
    """Parse one payload after the XML safety check; rejects go to quarantine (an item-level one settles
    its item). Every other item of the payload is among the articles returned."""
    verdict = precheck_xml(payload.body, max_items=max_items)
    if not verdict.ok:
        quarantine.append(quarantine_row(feed_name, Rejected("feed", verdict.reason or "unsafe_xml",
                                                              verdict.detail or ""), payload))
        return []
    parsed = parse_payload(payload.body, feed=feed_name, url=payload.url, headers=payload.headers, keep_textless=True)
    for rej in parsed.rejected:
        quarantine.append(quarantine_row(feed_name, rej, payload))
        if rej.level == "item":
            ledger.record(Outcome.QUARANTINED)
    return parsed.articles


def _enrich_rows(cands: list[_Candidate], enricher: EnricherLike, origin: _Origin,
                 version: str | None) -> dict[str, list[dict[str, Any]]]:
    """Enrich one chunk of articles into rows of the three content tables (the outlet's country is the
    stories' home country when no dateline names one)."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in CONTENT_TABLES}
    inputs = [EnrichInput(c.article.raw_text, c.article.published.date() if c.article.published else None,
                          c.article.title, keep_cased=c.article.body_source == "page", home_country=origin.country)
              for c in cands]
    with enricher.memory_zone():
        results = list(enricher.enrich(inputs))
    for c, enr in zip(cands, results):
        art = c.article
        rows["articles"].append(article_row(art, c.payload, enr, agency=origin.agency, language=origin.language,
                                            duplicate_of=c.duplicate_of, model_version=version))
        rows["entities"].extend(entity_rows(art.article_id, enr, version or ""))
        rows["events"].extend(event_rows(art.article_id, enr, version or ""))
    return rows


# HTTP statuses with a reason code of their own when a page answers them
_PAGE_STATUS_REASONS = {401: "access_denied", 402: "access_denied", 403: "access_denied", 451: "legal_block"}


class _PageBodies:
    """Puts the linked page's body into an article when the day's page records have one for it
    (pipeline.sources.pages), extracting it from the landed HTML; else keeps the entry's text with
    ``body_source = "summary"`` and the reason, and a ``page``-level quarantine row."""

    def __init__(self, storage: Storage, outcomes: dict[str, dict[str, Any]]) -> None:
        self.storage, self.outcomes = storage, outcomes
        self.done: dict[str, bool] = {}   # article_id -> whether its page gave the body

    def gave_text(self, article_id: str) -> bool:
        return self.done.get(article_id, False)

    def resolve(self, art: Article, payload: Landed) -> tuple[Article, dict[str, Any] | None]:
        o = self.outcomes.get(art.article_id)
        if o is None or art.article_id in self.done:
            return art, None  # no page wanted, or a repeat of the day (a duplicate by article_id)
        self.done[art.article_id] = False
        from dataclasses import replace

        fetched_at = dt.datetime.fromisoformat(o["fetched_at"])
        url = o.get("final_url") or o["url"]
        reason, detail = o.get("reason"), o.get("error") or ""
        if o["ok"] and o.get("raw_ref"):
            from pipeline.sources.extract import extract_page

            try:
                body = self.storage.read_bytes(o["raw_ref"])
                meta = self.storage.read_json(o["raw_ref"].removesuffix(".body") + ".meta.json")
            except FileNotFoundError:
                reason, detail = "page_missing", f"landed page {o['raw_ref']} is gone from the raw zone"
            else:
                page = extract_page(body, url=url, headers=meta.get("headers") or {}, feed_title=art.title,
                                    summary_words=len(art.raw_text.split()))
                if page.ok:
                    self.done[art.article_id] = True
                    return replace(art, raw_text=page.text, body_source="page", page_url=url, page_fetched_at=fetched_at,
                                   page_ref=o["raw_ref"], title=art.title or page.title,
                                   published=art.published or page.published, author=art.author or page.author), None
                reason, detail = page.reason, page.detail
        elif o.get("status") in _PAGE_STATUS_REASONS:
            reason = _PAGE_STATUS_REASONS[o["status"]]
        reason = reason or "page_failed"
        row = page_quarantine_row(art.source, reason, detail, url, o.get("raw_ref") or o["record_ref"], fetched_at)
        return replace(art, body_source="summary", body_reason=reason, page_url=url, page_fetched_at=fetched_at,
                       page_ref=o.get("raw_ref")), row


def summarize_results(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Run totals; raises when a feed's items do not add up (seen = written + duplicates + quarantined)."""
    from pipeline.errors import WirelakeError

    for r in results:
        if r["items_seen"] != r["written"] + r["duplicates"] + r["quarantined"]:
            raise WirelakeError(f"feed {r['feed']}: {r['items_seen']} items seen but {r['written']} written + "
                                f"{r['duplicates']} duplicates + {r['quarantined']} quarantined",
                                fix="this is a wirelake bug: report it with the feed's raw payload")
    keys = ("items_seen", "written", "duplicates", "quarantined", "entities", "events")
    results = [r for r in results if r["status"] != "error"] + [r for r in results if r["status"] == "error"]
    totals: dict[str, Any] = {k: sum(int(r[k]) for r in results) for k in keys}
    totals["feeds"] = len(results)
    totals["failed_feeds"] = sorted(r["feed"] for r in results if r["status"] == "failed")
    totals["not_modified_feeds"] = sorted(r["feed"] for r in results if r.get("not_modified"))
    totals["body_page"] = sum(int(r.get("body_page", 0)) for r in results)
    totals["body_summary"] = sum(int(r.get("body_summary", 0)) for r in results)
    runs = [r["pages"] for r in results if r.get("pages")]
    if runs:  # linked pages fetched by this run (docs/pages.md): the closing note on politeness
        pages = {k: round(sum(float(p[k]) for p in runs), 3)
                 for k in ("requested", "ok", "failed", "robots_disallowed", "deferred", "wall_s", "wait_s", "idle_s")}
        pages["pages_per_s"] = round(pages["requested"] / pages["wall_s"], 3) if pages["wall_s"] else 0.0
        totals["pages"] = pages
    return totals


DEFAULT_MAX_FAILED_SHARE = 0.5


def check_failed_share(results: list[dict[str, Any]], max_failed_share: float = DEFAULT_MAX_FAILED_SHARE) -> None:
    """Raise :class:`~pipeline.errors.AllFeedsFailedError` (transient: a retry may cure it) when
    every feed, or more than ``max_failed_share`` of them, failed for a transient reason (DNS,
    timeouts, connection errors, 5xx, 429). Feeds refused for good (4xx, unsafe URL) do not count:
    retrying cannot help them."""
    from pipeline.errors import AllFeedsFailedError

    if not results:
        return
    bad = [r for r in results if r["status"] in ("failed", "error") and r.get("transient")]
    if len(bad) == len(results) or len(bad) / len(results) > max_failed_share:
        listed = ", ".join(f"{r['feed']} ({r.get('reason') or 'error'})" for r in bad[:10])
        more = f" and {len(bad) - 10} more" if len(bad) > 10 else ""
        why = "for transient reasons" if all(r["status"] == "failed" for r in bad) else \
            "for transient reasons or with their task"
        raise AllFeedsFailedError(
            f"{len(bad)} of {len(results)} feeds failed {why}: {listed}{more}",
            fix="check the network, DNS and the feeds' servers; the run is retried (feed_health has every "
                f"error); the share that fails a run is WIRELAKE_MAX_FAILED_SHARE (now {max_failed_share:g})")
