"""The dedup index of one feed's run of one day, kept on local disk so memory stays flat.

A run checks every item against what the lake already knows (owners from the lookback window,
other feeds' shards of the same day, the feed's own previous shard of the day) and against what
it has admitted so far, and links near-duplicates by MinHash LSH. At a few hundred bytes of keys
plus a 256-byte signature and 16 band keys per article, a large day held in Python objects grows
the worker by kilobytes per article; here it lives in a temporary SQLite file with a small,
fixed page cache (``CACHE_KIB``), so a run's memory does not depend on how many articles it sees.
The file is deleted when the run ends (:meth:`DayIndex.close`, or leaving the ``with`` block).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from types import TracebackType

from pipeline import dedupe
from pipeline.lake.storage import Storage
from pipeline.state import SeenEntry, iter_day

CACHE_KIB = 8 * 1024  # SQLite page cache per run; everything beyond it stays on disk

_SCHEMA = """
CREATE TABLE earlier (aid TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE earlier_guid (k TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE earlier_hash (feed TEXT, h TEXT, PRIMARY KEY (feed, h)) WITHOUT ROWID;
CREATE TABLE same_day (aid TEXT, t TEXT, feed TEXT);
CREATE INDEX same_day_aid ON same_day (aid);
CREATE TABLE own_prev (aid TEXT PRIMARY KEY, owner INTEGER, dup TEXT) WITHOUT ROWID;
CREATE TABLE near (eid INTEGER PRIMARY KEY, aid TEXT, t TEXT, feed TEXT, sig BLOB);
CREATE TABLE bands (key BLOB, eid INTEGER);
CREATE INDEX bands_key ON bands (key);
CREATE TABLE today_key (k TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE entries (aid TEXT PRIMARY KEY, t TEXT, owner INTEGER, g TEXT, h TEXT, m BLOB, d TEXT) WITHOUT ROWID;
"""

Rank = tuple[str, str]  # (first_seen ISO time, feed): who came first on a day


def _band_keys(sig: bytes) -> list[bytes]:
    return [bytes([band]) + key for band, key in dedupe.band_keys(sig)]


_MATCH_SQL = (
    "SELECT n.aid, n.sig FROM near n "
    f"WHERE n.eid IN (SELECT eid FROM bands WHERE key IN ({','.join('?' * dedupe.BANDS)})) "
    "AND (n.t, n.feed) < (?, ?) AND n.aid != ? ORDER BY n.t, n.feed, n.aid"
)


class DayIndex:
    """Keys and signatures for one feed's run of ``day``, in a temporary SQLite file."""

    def __init__(self, feed: str, day: dt.date, *, directory: str | None = None) -> None:
        self.feed, self.day = feed, day
        fd, self.path = tempfile.mkstemp(prefix="wirelake-seen-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", f"cache_size=-{CACHE_KIB}"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.executescript(_SCHEMA)
        self.db.execute("BEGIN")  # one transaction for the run: nothing here needs to survive a crash

    # -- life cycle ------------------------------------------------------------------------
    @classmethod
    def load(cls, storage: Storage, feed: str, day: dt.date, *, lookback_days: int = 30,
             directory: str | None = None) -> DayIndex:
        """Owners from the ``lookback_days`` before ``day``, every other feed's shard of ``day``,
        and ``feed``'s own previous shard of ``day`` (which a rerun reproduces, never counts as seen)."""
        idx = cls(feed, day, directory=directory)
        try:
            for back in range(lookback_days, 0, -1):
                for e in iter_day(storage, day - dt.timedelta(days=back)):
                    if e.owner:
                        idx._add_earlier(e)
            for e in iter_day(storage, day):
                if e.feed == feed:
                    idx.db.execute("INSERT OR REPLACE INTO own_prev VALUES (?, ?, ?)", (e.article_id, e.owner, e.duplicate_of))
                elif e.owner:
                    idx.db.execute("INSERT INTO same_day VALUES (?, ?, ?)", (e.article_id, e.first_seen, e.feed))
                    if e.minhash is not None:
                        idx.add_near(e.rank, e.minhash, e.article_id)
        except BaseException:
            idx.close()
            raise
        return idx

    def _add_earlier(self, e: SeenEntry) -> None:
        self.db.execute("INSERT OR IGNORE INTO earlier VALUES (?)", (e.article_id,))
        if e.guid_key:
            self.db.execute("INSERT OR IGNORE INTO earlier_guid VALUES (?)", (e.guid_key,))
        if e.text_hash:
            self.db.execute("INSERT OR IGNORE INTO earlier_hash VALUES (?, ?)", (e.feed, e.text_hash))
        if e.minhash is not None:
            self.add_near(e.rank, e.minhash, e.article_id)

    def close(self) -> None:
        self.db.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass

    def __enter__(self) -> DayIndex:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- questions -------------------------------------------------------------------------
    def _has(self, sql: str, *args: object) -> bool:
        return self.db.execute(sql, args).fetchone() is not None

    def seen_earlier(self, aid: str, guid_key: str | None, text_hash: str | None, feed: str) -> bool:
        """Owned on a day inside the lookback window: same id, same GUID key, or same text in the same feed."""
        return (self._has("SELECT 1 FROM earlier WHERE aid = ?", aid)
                or (guid_key is not None and self._has("SELECT 1 FROM earlier_guid WHERE k = ?", guid_key))
                or (text_hash is not None and self._has("SELECT 1 FROM earlier_hash WHERE feed = ? AND h = ?", feed, text_hash)))

    def same_day_owners(self, aid: str) -> list[Rank]:
        """Ranks of the other feeds that own ``aid`` today."""
        return [(t, f) for t, f in self.db.execute("SELECT t, feed FROM same_day WHERE aid = ?", (aid,))]

    def own_previous(self, aid: str) -> tuple[bool, str | None] | None:
        """(owner, duplicate_of) from the feed's own previous shard of the day, or None."""
        row = self.db.execute("SELECT owner, dup FROM own_prev WHERE aid = ?", (aid,)).fetchone()
        return None if row is None else (bool(row[0]), row[1])

    def first_today(self, *keys: str | None) -> bool:
        """True when none of ``keys`` (article id, GUID key, text hash) came up earlier in this run;
        records them either way."""
        ks = [k for k in keys if k]
        if any(self._has("SELECT 1 FROM today_key WHERE k = ?", k) for k in ks):
            return False
        self.db.executemany("INSERT OR IGNORE INTO today_key VALUES (?)", [(k,) for k in ks])
        return True

    # -- near-duplicates -------------------------------------------------------------------
    def add_near(self, rank: Rank, sig: bytes, aid: str) -> None:
        eid = self.db.execute("INSERT INTO near (aid, t, feed, sig) VALUES (?, ?, ?, ?)", (aid, rank[0], rank[1], sig)).lastrowid
        self.db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, eid) for k in _band_keys(sig)])

    def earliest_match(self, sig: bytes, *, before: Rank, exclude: str) -> str | None:
        """The earliest-ranked article similar to ``sig`` (estimated Jaccard >= NEAR_MIN_JACCARD)
        that ranks before ``before``, sharing at least one LSH band."""
        for aid, other in self.db.execute(_MATCH_SQL, (*_band_keys(sig), *before, exclude)):
            if dedupe.similarity(sig, other) >= dedupe.NEAR_MIN_JACCARD:
                return str(aid)
        return None

    # -- the run's own shard ---------------------------------------------------------------
    def record(self, e: SeenEntry) -> None:
        self.db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (e.article_id, e.first_seen, e.owner, e.guid_key, e.text_hash, e.minhash, e.duplicate_of))

    def entries(self) -> Iterator[SeenEntry]:
        """This run's entries in article_id order (the shard's order)."""
        day = self.day.isoformat()
        for aid, t, owner, g, h, m, d in self.db.execute("SELECT * FROM entries ORDER BY aid"):
            yield SeenEntry(aid, self.feed, day, t, bool(owner), g, h, m, d)
