"""The dedup index of one feed's run of one day, on local disk, so memory stays flat.

A run checks every item against what the lake already knows — owners in the lookback window,
other feeds' shards of the same day, the feed's own previous shard of the day — and against what
it has admitted so far, and links near-duplicates by MinHash LSH. Held in Python objects that is
kilobytes per article (id, GUID, hash, a 256-byte signature, 16 band keys); here it is SQLite:

* :class:`ShardCache` — every seen-index shard of the lake that recent runs needed, one SQLite
  file per lake in the local cache directory (``WIRELAKE_CACHE_DIR``, default
  ``<tmp>/wirelake-cache``), kept across runs and processes. Before a run it is *synced*: shards
  whose path, size and modification time it already holds are skipped, new or rewritten shards
  are (re)loaded, vanished ones dropped. So the 30-day window is read from the lake once per
  machine, and each later run only reads the shards written since — a day of many small feeds
  costs each feed's run its new shards, not the whole window.
* :class:`DayIndex` — one run: its own keys and near-duplicate candidates in a temporary SQLite
  file (deleted when the run ends), asking the cache for everything else.

Both use a small, fixed page cache, so a run's memory does not depend on how many articles the
lake or the day holds. Near-duplicate candidates from earlier days are limited to the last
``NEAR_LOOKBACK_DAYS`` (syndicated copies appear within hours); exact duplicates (id, GUID, text
hash) use the whole lookback window.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from pipeline.dedupe.keys import BANDS, NEAR_MIN_JACCARD, band_keys, similarity
from pipeline.dedupe.shards import SeenEntry, list_day, read_shard, shard_ref
from pipeline.lake.storage import Storage

log = logging.getLogger(__name__)

CACHE_KIB = 8 * 1024       # SQLite page cache per connection; everything beyond it stays on disk
NEAR_LOOKBACK_DAYS = 3     # earlier days whose articles can be near-duplicate originals
BUSY_TIMEOUT_S = 300       # another process syncing the same cache: wait, do not fail

Rank = tuple[str, str, str]  # (first_seen ISO time, day, feed): which claim on an article wins

_CACHE_SCHEMA = """
CREATE TABLE IF NOT EXISTS shards (id INTEGER PRIMARY KEY, path TEXT UNIQUE, day TEXT, feed TEXT, size INTEGER,
                                   mtime INTEGER, sigs INTEGER);
CREATE INDEX IF NOT EXISTS shards_day ON shards (day);
CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, shard INTEGER, aid TEXT, feed TEXT, day TEXT, t TEXT,
                                    owner INTEGER, g TEXT, h TEXT, d TEXT);
CREATE INDEX IF NOT EXISTS entries_shard ON entries (shard);
CREATE INDEX IF NOT EXISTS entries_aid ON entries (aid, day);
CREATE INDEX IF NOT EXISTS entries_g ON entries (g, day) WHERE g IS NOT NULL;
CREATE INDEX IF NOT EXISTS entries_h ON entries (h, feed, day) WHERE h IS NOT NULL;
CREATE TABLE IF NOT EXISTS sigs (id INTEGER PRIMARY KEY, sig BLOB);
CREATE TABLE IF NOT EXISTS bands (key BLOB, id INTEGER);
CREATE INDEX IF NOT EXISTS bands_key ON bands (key);
CREATE INDEX IF NOT EXISTS bands_id ON bands (id);
"""

_RUN_SCHEMA = """
CREATE TABLE today_key (k TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE near (eid INTEGER PRIMARY KEY, aid TEXT, t TEXT, feed TEXT, sig BLOB);
CREATE TABLE bands (key BLOB, eid INTEGER);
CREATE INDEX bands_key ON bands (key);
CREATE TABLE entries (aid TEXT PRIMARY KEY, t TEXT, owner INTEGER, g TEXT, h TEXT, m BLOB, d TEXT) WITHOUT ROWID;
CREATE TABLE prev (aid TEXT PRIMARY KEY, owner INTEGER, d TEXT) WITHOUT ROWID;
CREATE TABLE cands (seq INTEGER PRIMARY KEY, aid TEXT, doc TEXT);
"""

_KEYS = ",".join("?" * BANDS)
# The run's own near-duplicate candidates (articles it admitted), earliest first.
_RUN_MATCH = (f"SELECT n.aid, n.sig, n.t, ? AS day, n.feed FROM near n WHERE n.eid IN (SELECT eid FROM bands WHERE key IN ({_KEYS})) "
              "AND (n.t, n.feed) < (?, ?) AND n.aid != ? ORDER BY n.t, n.feed, n.aid")
# Claims in the cache within the near window (not this feed's own date; not ones that lost their
# article) that rank earlier; earliest first.
_CACHE_MATCH = (f"SELECT e.aid, s.sig, e.t, e.day, e.feed FROM c.entries e JOIN c.sigs s ON s.id = e.id "
                f"WHERE e.id IN (SELECT id FROM c.bands WHERE key IN ({_KEYS})) AND e.owner IS NOT 0 "
                "AND e.day >= ? AND e.day <= ? AND NOT (e.day = ? AND e.feed = ?) "
                "AND (e.t, e.day, e.feed) < (?, ?, ?) AND e.aid != ? ORDER BY e.t, e.day, e.feed, e.aid")
# Owners elsewhere in the near window that rank after a claim and share a band with it: articles
# whose link may have to point at this earlier claim.
_LATER_OWNERS = (f"SELECT e.aid, s.sig, e.t, e.day, e.feed, e.d FROM c.entries e JOIN c.sigs s ON s.id = e.id "
                 f"WHERE e.id IN (SELECT id FROM c.bands WHERE key IN ({_KEYS})) AND e.owner = 1 "
                 "AND e.day >= ? AND e.day <= ? AND NOT (e.day = ? AND e.feed = ?) "
                 "AND (e.t, e.day, e.feed) > (?, ?, ?) AND e.aid != ?")
# Claims of other feeds or dates in the window on the same article: the same id anywhere, or the
# same GUID or text in the same feed on another date.
_SAME_ARTICLE = ("e.day >= ? AND e.day <= ? AND NOT (e.day = ? AND e.feed = ?) AND (e.aid = ? OR (e.feed = ? AND "
                 "((e.g IS NOT NULL AND e.g = ?) OR (e.h IS NOT NULL AND e.h = ?))))")


def _band_keys(sig: bytes) -> list[bytes]:
    return [bytes([band]) + key for band, key in band_keys(sig)]


def _connect(path: str, *, journal: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    for pragma in (f"journal_mode={journal}", "synchronous=OFF", "temp_store=FILE", f"cache_size=-{CACHE_KIB}"):
        db.execute(f"PRAGMA {pragma}")
    return db


def default_cache_dir() -> str:
    """``$WIRELAKE_CACHE_DIR``, else ``<tmp>/wirelake-cache``."""
    return os.environ.get("WIRELAKE_CACHE_DIR") or os.path.join(tempfile.gettempdir(), "wirelake-cache")


class ShardCache:
    """The lake's seen-index shards, mirrored into a local SQLite file and synced incrementally."""

    def __init__(self, storage: Storage, cache_dir: str | None = None) -> None:
        directory = Path(cache_dir or default_cache_dir())
        directory.mkdir(parents=True, exist_ok=True)
        self.storage = storage
        self.path = str(directory / f"seen-{hashlib.sha256(storage.uri.encode()).hexdigest()[:16]}.sqlite")
        try:
            self.db = self._open()
        except sqlite3.DatabaseError as exc:
            self.db = self._rebuild(exc)

    def _open(self) -> sqlite3.Connection:
        db = _connect(self.path, journal="WAL")  # readers keep their snapshot while another process syncs
        try:
            db.executescript(_CACHE_SCHEMA)
            db.execute("SELECT count(*) FROM shards").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _rebuild(self, exc: BaseException) -> sqlite3.Connection:
        """A damaged cache file ("file is not a database", "malformed"): it only mirrors the lake,
        so it is deleted and rebuilt from the lake's shards."""
        log.warning("dedup cache %s is damaged (%s): rebuilding it from the lake", self.path, exc)
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(self.path + suffix)
            except FileNotFoundError:
                pass
        return self._open()

    def close(self) -> None:
        self.db.close()

    def sync(self, days: list[dt.date], *, near_from: dt.date, skip: str | None = None) -> int:
        """Bring ``days`` up to date with the lake; returns how many shards were (re)loaded
        (a damaged cache is rebuilt on the way). ``skip``: a shard path left as the cache has it, not
        loaded if it is new (a run's own shard: its queries never weigh it against the run's claims, and
        the run rewrites it with its decisions, which the next sync loads)."""
        try:
            return self._sync(days, near_from=near_from, skip=skip)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            self.db.close()
            self.db = self._rebuild(exc)
            return self._sync(days, near_from=near_from, skip=skip)

    def _sync(self, days: list[dt.date], *, near_from: dt.date, skip: str | None = None) -> int:
        """MinHash signatures and LSH bands are kept only for days from ``near_from`` on (the
        near-duplicate window): older days need only their keys, a third of the space."""
        loaded = 0
        listing = {d: list_day(self.storage, d) for d in days}  # list before locking: S3 listings are slow
        self.db.execute("BEGIN IMMEDIATE")  # one writer at a time; others wait (busy timeout)
        try:
            for day, infos in listing.items():
                need_sigs = day >= near_from
                have = {p: (sid, size, mtime, bool(sigs)) for sid, p, size, mtime, sigs in self.db.execute(
                    "SELECT id, path, size, mtime, sigs FROM shards WHERE day = ?", (day.isoformat(),))}
                for info in infos:
                    row = have.pop(info.ref, None)
                    if info.ref == skip:  # left as the cache has it (or not at all): the run rewrites it anyway
                        continue
                    if row is not None and row[1:3] == (info.size, info.mtime_ns) and (row[3] or not need_sigs):
                        if row[3] and not need_sigs:
                            self._drop_sigs(row[0])
                        continue
                    if row is not None:
                        self._drop(row[0])
                    self._load(info.ref, day, info.size, info.mtime_ns, need_sigs)
                    loaded += 1
                for sid, *_ in have.values():
                    self._drop(sid)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return loaded

    def prune(self, before: dt.date) -> None:
        """Forget shards of days before ``before`` (outside every window a run will ask for)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for (sid,) in self.db.execute("SELECT id FROM shards WHERE day < ?", (before.isoformat(),)).fetchall():
                self._drop(sid)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _drop_sigs(self, sid: int) -> None:
        ids = "SELECT id FROM entries WHERE shard = ?"
        self.db.execute(f"DELETE FROM bands WHERE id IN ({ids})", (sid,))
        self.db.execute(f"DELETE FROM sigs WHERE id IN ({ids})", (sid,))
        self.db.execute("UPDATE shards SET sigs = 0 WHERE id = ?", (sid,))

    def _drop(self, sid: int) -> None:
        self._drop_sigs(sid)
        self.db.execute("DELETE FROM entries WHERE shard = ?", (sid,))
        self.db.execute("DELETE FROM shards WHERE id = ?", (sid,))

    def _load(self, path: str, day: dt.date, size: int, mtime: int, with_sigs: bool) -> None:
        sid = self.db.execute("INSERT INTO shards (path, day, size, mtime, sigs) VALUES (?, ?, ?, ?, ?)",
                              (path, day.isoformat(), size, mtime, with_sigs)).lastrowid
        feed = None
        for e in read_shard(self.storage, path):
            feed = e.feed
            rid = self.db.execute(
                "INSERT INTO entries (shard, aid, feed, day, t, owner, g, h, d) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, e.article_id, e.feed, e.day, e.first_seen, e.owner, e.guid_key, e.text_hash, e.duplicate_of),
            ).lastrowid
            if with_sigs and e.owner is not False and e.minhash is not None:  # claims a story may be linked to
                self.db.execute("INSERT INTO sigs VALUES (?, ?)", (rid, e.minhash))
                self.db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, rid) for k in _band_keys(e.minhash)])
        self.db.execute("UPDATE shards SET feed = ? WHERE id = ?", (feed, sid))


class DayIndex:
    """Keys, signatures and candidates of one feed's run of ``day``: the run's own in a temporary
    SQLite file, the lake's claims through the attached :class:`ShardCache` (``None``: an empty lake).

    The lake's claims are those of the window ``lookback_days`` before ``day`` and after it (up to
    tomorrow: a backfill of an earlier date must see what later dates already claimed)."""

    def __init__(self, feed: str, day: dt.date, *, lookback_days: int = 30, cache: str | None = None,
                 directory: str | None = None, storage: Storage | None = None, cache_dir: str | None = None) -> None:
        self.feed, self.day = feed, day
        self.storage, self.cache_dir = storage, cache_dir
        self.lookback_days = lookback_days
        self.lo = (day - dt.timedelta(days=lookback_days)).isoformat()
        self.hi = (day + dt.timedelta(days=lookback_days)).isoformat()
        self.near_lo = max(self.lo, (day - dt.timedelta(days=NEAR_LOOKBACK_DAYS)).isoformat())
        self.near_hi = min(self.hi, (day + dt.timedelta(days=NEAR_LOOKBACK_DAYS)).isoformat())
        self.today = day.isoformat()
        fd, self.path = tempfile.mkstemp(prefix="wirelake-run-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self.db = _connect(self.path, journal="OFF")
        self.db.executescript(_RUN_SCHEMA)
        self.cached = cache is not None
        self._seq = 0
        if cache is not None:
            self.db.execute("ATTACH DATABASE ? AS c", (cache,))
            self.db.execute(f"PRAGMA c.cache_size=-{CACHE_KIB}")
        # One transaction at a time pins a snapshot of the cache, so shards other feeds write
        # meanwhile do not change a decision half-way; refresh() moves to a newer snapshot.
        self.db.execute("BEGIN")
        if self.cached:
            self.db.execute("SELECT count(*) FROM c.shards").fetchone()
            # the feed's own previous decisions for the date (kept links), before its shard is rewritten
            self.db.execute("INSERT OR REPLACE INTO prev SELECT aid, owner, d FROM c.entries WHERE day = ? AND feed = ?",
                            (self.today, self.feed))

    # -- life cycle ------------------------------------------------------------------------
    @staticmethod
    def window(day: dt.date, lookback_days: int) -> list[dt.date]:
        """The dates whose claims a run of ``day`` weighs: the lookback window and the days after
        ``day`` up to tomorrow (later dates cannot have been fetched yet)."""
        last = min(day + dt.timedelta(days=lookback_days), max(day, dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)))
        first = day - dt.timedelta(days=lookback_days)
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]

    @classmethod
    def _sync(cls, storage: Storage, day: dt.date, lookback_days: int, cache_dir: str | None,
              skip: str | None = None) -> str:
        cache = ShardCache(storage, cache_dir)
        try:
            cache.sync(cls.window(day, lookback_days),
                       near_from=day - dt.timedelta(days=min(NEAR_LOOKBACK_DAYS, lookback_days)), skip=skip)
            cache.prune(day - dt.timedelta(days=2 * lookback_days))  # keep backfills of recent dates cheap
        finally:
            cache.close()
        return cache.path

    @classmethod
    def load(cls, storage: Storage, feed: str, day: dt.date, *, lookback_days: int = 30,
             cache_dir: str | None = None, directory: str | None = None) -> DayIndex:
        """Sync the lake's cache for the window and open the run's index on it. The feed's own
        shard of ``day`` is what a rerun rewrites, never a claim it competes with."""
        path = cls._sync(storage, day, lookback_days, cache_dir)
        return cls(feed, day, lookback_days=lookback_days, cache=path, directory=directory, storage=storage,
                   cache_dir=cache_dir)

    def refresh(self) -> None:
        """Re-sync the cache with the lake and move to its newest snapshot (claims other runs
        published since)."""
        if not self.cached or self.storage is None:
            return
        self.db.execute("COMMIT")
        # the run's own shard is never a claim it competes with: not reloaded on every refresh
        self._sync(self.storage, self.day, self.lookback_days, self.cache_dir, skip=self.shard)
        self.db.execute("BEGIN")
        self.db.execute("SELECT count(*) FROM c.shards").fetchone()

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass

    def __enter__(self) -> DayIndex:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- questions about the lake ----------------------------------------------------------
    def _same(self, aid: str, guid_key: str | None, text_hash: str | None) -> tuple[object, ...]:
        return (self.lo, self.hi, self.today, self.feed, aid, self.feed, guid_key, text_hash)

    def beaten(self, aid: str, guid_key: str | None, text_hash: str | None, rank: Rank) -> bool:
        """Another feed or date claims the same article with a better rank (an earlier fetch, then
        an earlier date, then a smaller feed name): then this run must not write it. Every claim
        counts, decided or not, so the answer depends only on what was landed, not on run order."""
        if not self.cached:
            return False
        return self.db.execute(f"SELECT 1 FROM c.entries e WHERE {_SAME_ARTICLE} AND (e.t, e.day, e.feed) < (?, ?, ?) "
                               "LIMIT 1", (*self._same(aid, guid_key, text_hash), *rank)).fetchone() is not None

    def worse_owners(self, aid: str, guid_key: str | None, text_hash: str | None, rank: Rank) -> list[tuple[str, str, str]]:
        """(feed, day, article_id) of owners of the same article that rank after ``rank``: runs that
        wrote it before this better claim was visible; this run retracts it from them."""
        if not self.cached:
            return []
        rows = self.db.execute(f"SELECT DISTINCT e.feed, e.day, e.aid FROM c.entries e WHERE {_SAME_ARTICLE} "
                               "AND e.owner = 1 AND (e.t, e.day, e.feed) > (?, ?, ?)",
                               (*self._same(aid, guid_key, text_hash), *rank))
        return [(f, d, a) for f, d, a in rows]

    def previous(self, aid: str) -> tuple[bool | None, str | None] | None:
        """(owner, duplicate_of) from the feed's own previous shard of the day, or None."""
        row = self.db.execute("SELECT owner, d FROM prev WHERE aid = ?", (aid,)).fetchone()
        return None if row is None else (None if row[0] is None else bool(row[0]), row[1])

    # -- the run's own keys ----------------------------------------------------------------
    def first_today(self, *keys: str | None) -> bool:
        """True when none of ``keys`` (article id, GUID key, text hash) came up earlier in this run;
        records them either way."""
        ks = [k for k in keys if k]
        if ks and self.db.execute(f"SELECT 1 FROM today_key WHERE k IN ({','.join('?' * len(ks))}) LIMIT 1",
                                  ks).fetchone():
            return False
        self.db.executemany("INSERT OR IGNORE INTO today_key VALUES (?)", [(k,) for k in ks])
        return True

    def add_candidate(self, entry: SeenEntry, doc: dict[str, object]) -> None:
        """Keep an admitted article (its row material ``doc``, JSON) and its claim, undecided."""
        self._seq += 1
        self.db.execute("INSERT INTO cands VALUES (?, ?, ?)", (self._seq, entry.article_id, json.dumps(doc, default=str)))
        self.record(entry)

    def claims(self) -> Iterator[SeenEntry]:
        """The admitted articles' entries in the order they were admitted."""
        rows = self.db.execute("SELECT e.aid, e.t, e.owner, e.g, e.h, e.m, e.d FROM cands c "
                               "JOIN entries e ON e.aid = c.aid ORDER BY c.seq").fetchall()
        for aid, t, owner, g, h, m, d in rows:
            yield SeenEntry(aid, self.feed, self.today, t, None if owner is None else bool(owner), g, h, m, d)

    def candidates(self) -> Iterator[tuple[SeenEntry, dict[str, object]]]:
        """The admitted articles in the order they were admitted, with their current entries."""
        rows = self.db.execute("SELECT c.doc, e.aid, e.t, e.owner, e.g, e.h, e.m, e.d FROM cands c "
                               "JOIN entries e ON e.aid = c.aid ORDER BY c.seq").fetchall()
        for doc, aid, t, owner, g, h, m, d in rows:
            yield (SeenEntry(aid, self.feed, self.today, t, None if owner is None else bool(owner), g, h, m, d),
                   json.loads(doc))

    def add_near(self, rank: Rank, sig: bytes, aid: str) -> None:
        """Make an article this run admitted a near-duplicate candidate for the rest of the run."""
        eid = self.db.execute("INSERT INTO near (aid, t, feed, sig) VALUES (?, ?, ?, ?)",
                              (aid, rank[0], rank[2], sig)).lastrowid
        self.db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, eid) for k in _band_keys(sig)])

    def earliest_match(self, sig: bytes, *, before: Rank, exclude: str) -> str | None:
        """The earliest-ranked article similar to ``sig`` (estimated Jaccard >= NEAR_MIN_JACCARD)
        that ranks before ``before`` and shares an LSH band: a decided owner of another feed or
        date in the near window, or an article of this run."""
        keys = _band_keys(sig)
        best: tuple[str, str, str, str] | None = None
        queries = [(_RUN_MATCH, (self.today, *keys, before[0], before[2], exclude))]
        if self.cached:
            queries.append((_CACHE_MATCH, (*keys, self.near_lo, self.near_hi, self.today, self.feed, *before, exclude)))
        for sql, args in queries:
            for aid, other, t, day, feed in self.db.execute(sql, args):
                if similarity(sig, other) >= NEAR_MIN_JACCARD:
                    if best is None or (t, day, feed, aid) < best:
                        best = (t, day, feed, aid)
                    break
        return best[3] if best else None

    def later_similar_owners(self, sig: bytes, rank: Rank, exclude: str) -> list[tuple[str, Rank, str | None]]:
        """(article id, rank, current link) of owners elsewhere in the near window that rank after
        ``rank`` and are similar to ``sig``: the articles an earlier claim may have to be linked from."""
        if not self.cached:
            return []
        out = []
        args = (*_band_keys(sig), self.near_lo, self.near_hi, self.today, self.feed, *rank, exclude)
        for aid, other, t, day, feed, link in self.db.execute(_LATER_OWNERS, args):
            if similarity(sig, other) >= NEAR_MIN_JACCARD:
                out.append((aid, (t, day, feed), link))
        return out

    def first_rank(self, aid: str) -> Rank | None:
        """The best rank of any claim on ``aid`` (this run's or the lake's), or None."""
        row = self.db.execute("SELECT t FROM entries WHERE aid = ?", (aid,)).fetchone()
        best: Rank | None = (row[0], self.today, self.feed) if row else None
        if self.cached:
            for t, day, feed in self.db.execute("SELECT t, day, feed FROM c.entries WHERE aid = ? AND day >= ? "
                                                "AND day <= ?", (aid, self.lo, self.hi)):
                if best is None or (t, day, feed) < best:
                    best = (t, day, feed)
        return best

    def record(self, e: SeenEntry) -> None:
        self.db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (e.article_id, e.first_seen, e.owner, e.guid_key, e.text_hash, e.minhash, e.duplicate_of))

    def decide(self, aid: str, owner: bool, duplicate_of: str | None) -> None:
        self.db.execute("UPDATE entries SET owner = ?, d = ? WHERE aid = ?", (owner, duplicate_of if owner else None, aid))

    def entries(self) -> Iterator[SeenEntry]:
        """This run's entries in article_id order (the shard's order)."""
        for aid, t, owner, g, h, m, d in self.db.execute("SELECT * FROM entries ORDER BY aid"):
            yield SeenEntry(aid, self.feed, self.today, t, None if owner is None else bool(owner), g, h, m, d)

    @property
    def shard(self) -> str:
        return shard_ref(self.day, self.feed)
