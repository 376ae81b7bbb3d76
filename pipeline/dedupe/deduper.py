"""The dedup decision for one feed's day: which of its articles it owns (docs/feeds.md, "Dedup").

:class:`DayDeduper` decides and publishes; it never touches a run's counts. :meth:`~DayDeduper.claim`
says whether an item is a first claim, :meth:`~DayDeduper.decide` returns a :class:`Verdict`; the
caller (``pipeline.ingest``) accounts for both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline import faults
from pipeline.dedupe.index import DayIndex
from pipeline.dedupe.keys import guid_key, minhash_of, text_hash_of, words
from pipeline.dedupe.shards import SeenEntry, write_shard
from pipeline.lake.storage import Storage

# (feed, date, article id) of a worse claim elsewhere that already wrote an article this feed owns
Elsewhere = set[tuple[str, str, str]]
# (feed, date) -> {article id: (the earlier article it is a near-copy of, the rank key of that link)}
Relinks = dict[tuple[str, str], dict[str, tuple[str, list[str]]]]


@dataclass
class Verdict:
    """What :meth:`DayDeduper.decide` found: the claims this feed writes, in claim order, each with
    the document kept at claim time; the article ids of its claims that lost to a better one
    (duplicates); worse owners to retract elsewhere; near-copy links to correct elsewhere."""

    owned: list[tuple[SeenEntry, dict[str, Any]]]
    lost: list[str]
    elsewhere: Elsewhere
    relinks: Relinks

    @property
    def duplicates(self) -> int:
        return len(self.lost)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="microseconds")


class DayDeduper:
    """Deterministic ownership for one feed's day.

    1. :meth:`claim` — every item, in fetch order: repeats within the day's payloads are
       duplicates; the first occurrence becomes a *claim* (article id, GUID, text hash, first
       fetch time), kept on local disk with the caller's document (never in memory).
    2. :meth:`publish` the claims in the feed's seen-index shard, undecided, before deciding.
    3. :meth:`decide` — an article is written by the claim with the best rank (earliest first
       fetch, then earliest date, then feed name) among every claim in the window — other feeds
       the same day, other dates within ``lookback_days`` either side, decided or not. Decisions
       are published, then checked once more against claims published meanwhile.
    Because the decision is a function of the claims (of what was landed), not of which run went
    first, backfills in any order and concurrent feeds end in the same lake; the rare run that
    decided before a better claim was visible is corrected by the better claim's run
    (:func:`pipeline.dedupe.retract.retract`), which :meth:`decide` lists in ``elsewhere``."""

    def __init__(self, feed_name: str, day: dt.date, storage: Storage, lookback_days: int,
                 cache_dir: str | None = None) -> None:
        self.feed_name, self.day, self.storage = feed_name, day, storage
        self.idx = DayIndex.load(storage, feed_name, day, lookback_days=lookback_days, cache_dir=cache_dir)
        self.claims = 0

    def claim(self, article_id: str, guid: str | None, raw_text: str, fetched_at: dt.datetime,
              doc: Callable[[], dict[str, Any]]) -> bool:
        """Claim an item; False when it repeats one claimed earlier in the day (a duplicate).
        ``doc()`` — what the caller needs back for the article if this feed owns it — is called and
        kept only for a first claim."""
        gk = guid_key(self.feed_name, guid)
        w = words(raw_text)  # once, for both keys
        th = text_hash_of(w)
        if not self.idx.first_today(article_id, gk, th):
            return False
        self.idx.add_candidate(SeenEntry(article_id, self.feed_name, self.day.isoformat(), _iso(fetched_at), None,
                                         gk, th, minhash_of(w)), doc())
        self.claims += 1
        return True

    def publish(self) -> None:
        write_shard(self.storage, self.day, self.feed_name, self.idx.entries())

    def decide(self) -> Verdict:
        today = self.day.isoformat()
        self.idx.refresh()
        for e in self.idx.claims():
            rank = (e.first_seen, today, self.feed_name)
            if self.idx.beaten(e.article_id, e.guid_key, e.text_hash, rank):
                self.idx.decide(e.article_id, False, None)
            else:
                link = None if e.minhash is None else self.idx.earliest_match(e.minhash, before=rank, exclude=e.article_id)
                self.idx.decide(e.article_id, True, link)
            if e.minhash is not None:
                self.idx.add_near(rank, e.minhash, e.article_id)
        self.publish()
        faults.point("claimed", feed=self.feed_name, day=self.day)
        # claims published while this run decided: a better one takes the article back now
        self.idx.refresh()
        verdict = Verdict([], [], set(), {})
        relinks: dict[tuple[str, str], dict[str, tuple[tuple[str, str, str, str], str]]] = {}
        flipped = False
        for e, doc in self.idx.candidates():
            rank = (e.first_seen, today, self.feed_name)
            if e.minhash is not None:  # later articles elsewhere that are near-copies of this one
                self._relink_later(e.minhash, rank, e.article_id, relinks)
            if not e.owner:
                verdict.lost.append(e.article_id)
                continue
            if self.idx.beaten(e.article_id, e.guid_key, e.text_hash, rank):
                self.idx.decide(e.article_id, False, None)
                verdict.lost.append(e.article_id)
                flipped = True
                continue
            verdict.elsewhere.update(self.idx.worse_owners(e.article_id, e.guid_key, e.text_hash, rank))
            verdict.owned.append((e, doc))
        if flipped:
            self.publish()
        verdict.relinks = {k: {aid: (link, list(key)) for aid, (key, link) in v.items()} for k, v in relinks.items()}
        return verdict

    def _relink_later(self, sig: bytes, rank: tuple[str, str, str], article_id: str,
                      relinks: dict[tuple[str, str], dict[str, tuple[tuple[str, str, str, str], str]]]) -> None:
        """Later owners elsewhere whose article is a near-copy of ``article_id`` link to it unless
        they already link to an earlier one. Ties between items of one payload: the smaller id, as
        :meth:`DayIndex.earliest_match`."""
        key = (*rank, article_id)
        for aid, their, link in self.idx.later_similar_owners(sig, rank, article_id):
            current = self.idx.first_rank(link) if link else None
            if current is None or key < (*current, link):
                fixes = relinks.setdefault((their[2], their[1]), {})
                if aid not in fixes or key < fixes[aid][0]:
                    fixes[aid] = (key, article_id)

    def drop(self, aid: str) -> None:
        """An article this run decided to own but could not write (quarantined): not owned."""
        self.idx.decide(aid, False, None)

    def close(self) -> None:
        self.idx.close()
