"""The rows of the tables a feed's run writes — ``articles``, ``entities``, ``events``,
``quarantine``, ``feed_health`` — built in this one module from what the stages produced.

Each function returns plain dicts keyed by the columns of ``schemas/<table>.v<N>.json``; the writer
validates them against that schema when it stages them (:func:`pipeline.lake.writer.to_arrow`: an
unknown column, a missing required one or a wrongly typed value fails there, naming the column).
Entity and event rows are the article-local records of :class:`pipeline.nlp.enrich.Enriched`
(:class:`~pipeline.nlp.enrich.EntityMention`, the event records) with the article's ids added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pipeline.accounting import ItemCounts
from pipeline.dedupe.keys import content_hash
from pipeline.nlp.enrich import Enriched
from pipeline.parse import Article, Rejected
from pipeline.sources.landing import FetchRecord, Landed

Row = dict[str, Any]


# -- content tables ---------------------------------------------------------------------------
def article_row(art: Article, payload: Landed, enr: Enriched, *, agency: str | None, language: str | None,
                duplicate_of: str | None, model_version: str | None) -> Row:
    """The ``articles`` row of one written article: the parsed item, its landed payload and the
    normalized text."""
    norm = enr.norm
    return {
        "article_id": art.article_id, "url": art.url, "canonical_url": art.canonical_url, "guid": art.guid,
        "title": enr.title, "raw_title": art.title, "published": art.published, "fetched_at": payload.fetched_at,
        "agency": agency, "language": language,
        "raw_text": art.raw_text, "text": norm.text, "casing": norm.casing,
        "input_casing": norm.input_casing,
        "dateline_city": norm.dateline.city if norm.dateline else None,
        "dateline_agency": norm.dateline.agency if norm.dateline else None,
        "body_start": norm.body_start, "word_count": len(art.raw_text.split()),
        "content_hash": content_hash(norm.text), "duplicate_of": duplicate_of,
        "raw_ref": payload.raw_ref, "model_version": model_version,
        "author": art.author, "body_source": art.body_source, "body_reason": art.body_reason,
        "page_url": art.page_url, "page_fetched_at": art.page_fetched_at, "page_ref": art.page_ref,
    }


def entity_id(article_id: str, index: int | None) -> str | None:
    """The id of an article's entity (all mentions of one entity share it)."""
    return None if index is None else f"{article_id}-e{index}"


def entity_rows(article_id: str, e: Enriched, model_version: str) -> list[Row]:
    """The ``entities`` rows of one article: one per mention, its fields those of
    :class:`~pipeline.nlp.enrich.EntityMention` with the article-local ``entity_index`` turned into
    an ``entity_id``."""
    rows = []
    for i, m in enumerate(e.entities):  # one dict per mention, tens of thousands a day: no per-row calls
        row = vars(m).copy()
        index = row.pop("entity_index")
        row["article_id"] = article_id
        row["entity_id"] = None if index is None else f"{article_id}-e{index}"  # entity_id()
        row["mention_index"] = i
        row["model_version"] = model_version
        rows.append(row)
    return rows


def event_rows(article_id: str, e: Enriched, model_version: str) -> list[Row]:
    """The ``events`` rows of one article: its event records with the article-local
    ``*_entity_index`` fields turned into entity ids."""
    rows = []
    for j, ev in enumerate(e.events):
        row = {k: v for k, v in ev.items() if not k.endswith("_entity_index")}
        row.update(article_id=article_id, event_id=f"{article_id}-v{j}", model_version=model_version,
                   source_entity_id=entity_id(article_id, ev["source_entity_index"]),
                   target_entity_id=entity_id(article_id, ev["target_entity_index"]))
        rows.append(row)
    return rows


# -- quarantine -------------------------------------------------------------------------------
def quarantine_row(feed: str, rej: Rejected, payload: Landed) -> Row:
    """A feed- or item-level reject of a landed payload."""
    return {"feed": feed, "level": rej.level, "reason": rej.reason, "detail": rej.detail, "item_ref": rej.item_ref,
            "raw_ref": payload.raw_ref, "recorded_at": payload.fetched_at}


def fetch_quarantine_row(f: FetchRecord) -> Row:
    """A failed fetch (its record's reason; the attempts it took)."""
    detail = f.error or ""
    if f.attempts > 1:
        detail += f" (after {f.attempts} attempts)"
    return {"feed": f.feed, "level": "feed", "reason": f.reason or "fetch_failed", "detail": detail,
            "item_ref": f.final_url or f.url, "raw_ref": f.raw_ref or f.ref, "recorded_at": f.fetched_at}


def damaged_row(feed: str, ref: str, day: dt.date) -> Row:
    """A raw file that cannot be read (its payload was skipped)."""
    return {"feed": feed, "level": "feed", "reason": "raw_unreadable",
            "detail": f"{ref} cannot be read (a damaged file): its payload was skipped; fetch the "
                      "feed again for this date, or restore the file", "item_ref": None,
            "raw_ref": ref, "recorded_at": dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)}


def page_quarantine_row(feed: str, reason: str, detail: str, page_url: str, raw_ref: str,
                        recorded_at: dt.datetime) -> Row:
    """A linked page that gave no body (the article keeps its feed summary)."""
    return {"feed": feed, "level": "page", "reason": reason, "detail": detail[:1000], "item_ref": page_url,
            "raw_ref": raw_ref, "recorded_at": recorded_at}


# -- feed_health ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedStatus:
    """The feed's status for the date (feed_health.status and its error and reason)."""

    status: str = "ok"
    error: str | None = None
    reason: str | None = None
    transient: bool = False
    not_modified: bool = False


def feed_status(fetches: list[FetchRecord], last_payload: Landed | None, quarantine: list[Row]) -> FeedStatus:
    """From the latest fetch of the day: failed, not modified, or its payload quarantined as a whole."""
    last = fetches[-1] if fetches else None
    if last is None:
        latest_ref = last_payload.raw_ref if last_payload else None
    else:
        latest_ref = last.raw_ref if last.ok and not last.not_modified else None
    feed_reasons = [q["reason"] for q in quarantine
                    if q["level"] == "feed" and latest_ref is not None and q["raw_ref"] == latest_ref]
    if last is not None and not last.ok:
        return FeedStatus("failed", last.error, last.reason, last.retryable)
    if feed_reasons:
        return FeedStatus("quarantined", reason=feed_reasons[0])
    if last is not None and last.not_modified:
        return FeedStatus("not_modified", not_modified=True)
    return FeedStatus()


@dataclass(frozen=True)
class FetchFacts:
    """The latest fetch of the day as feed_health reports it."""

    fetched_at: dt.datetime | None = None  # nothing of the date was fetched or readable
    http_status: int | None = None
    bytes: int | None = None
    latency_ms: int | None = None
    attempts: int | None = None


def fetch_facts(fetches: list[FetchRecord], last_payload: Landed | None, last_bytes: int,
                latency_ms: int | None) -> FetchFacts:
    """From the latest fetch record, else (a raw zone without records) the latest payload."""
    if fetches:
        last = fetches[-1]
        return FetchFacts(last.fetched_at, last.status, last.bytes, last.latency_ms, last.attempts)
    if last_payload is not None:
        return FetchFacts(last_payload.fetched_at, last_payload.status, last_bytes, latency_ms)
    return FetchFacts(latency_ms=latency_ms)


def health_row(feed: str, state: FeedStatus, facts: FetchFacts, counts: ItemCounts, payload_count: int) -> Row:
    """The feed's row for the run: the latest fetch of the day, and the day's item accounting."""
    return {
        "feed": feed, "status": state.status, "http_status": facts.http_status, "latency_ms": facts.latency_ms,
        "bytes": facts.bytes, "not_modified": state.not_modified, "items_seen": counts.items_seen,
        "written": counts.written, "duplicates": counts.duplicates, "quarantined": counts.quarantined,
        "error": state.error, "reason": state.reason, "attempts": facts.attempts, "payloads": payload_count,
        "fetched_at": facts.fetched_at,
    }
