"""Leases: one run at a time rebuilds a feed's date.

A lease is a small JSON object, ``_state/leases/dt=<D>/source=<feed>.json`` (holder, token,
expiry), created with a conditional write (S3 ``If-None-Match: *``; a compare-and-swap locally)
so exactly one of two racing runs gets it. The holder renews it from a heartbeat thread
(``If-Match`` on the version it wrote); a run that finds the lease held waits, polling, and takes
it over only once it has expired (a crashed holder) — again conditionally, so two waiters cannot
both take it. A holder that fails to renew (it was paused past the expiry and someone took over)
marks the lease lost, and its next commit refuses (:meth:`Lease.check`); the partitions' own
conditional manifest writes stop it even if the check came too early.

Every write of a feed's date — its five table partitions, its seen-index shard — happens under
its lease. Settings: ``WIRELAKE_LEASE_TTL_S`` (default 600 s) and ``WIRELAKE_LEASE_WAIT_S`` (how
long to wait for a busy lease before failing with a transient error; default 1800 s).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from types import TracebackType

from pipeline import faults
from pipeline.errors import CommitConflictError, ConfigError, PartitionBusyError
from pipeline.lake.storage import Storage

log = logging.getLogger(__name__)
LEASES = "_state/leases"
# correction notes from a better claim (pipeline.dedupe.retract), applied by whoever holds or next frees the lease
CORRECTIONS = "_state/corrections"


def _env_seconds(var: str, default: float) -> float:
    raw = os.environ.get(var)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise ConfigError(f"{var}={raw!r} is not a positive number of seconds", fix=f"set {var} to e.g. {default:g}")
    return value


def lease_ref(feed: str, day: dt.date) -> str:
    return f"{LEASES}/dt={day.isoformat()}/source={feed}.json"


@dataclass
class Lease:
    """A held lease; use as a context manager (:func:`acquire` returns one)."""

    storage: Storage
    ref: str
    holder: str
    token: str
    version: str
    ttl_s: float
    lost: bool = False
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def _body(self) -> bytes:
        now = dt.datetime.now(dt.UTC)
        return json.dumps({"holder": self.holder, "token": self.token, "host": socket.gethostname(), "pid": os.getpid(),
                           "renewed_at": now.isoformat(),
                           "expires_at": (now + dt.timedelta(seconds=self.ttl_s)).isoformat()}, sort_keys=True).encode()

    def renew(self) -> bool:
        """Push the expiry forward; False (and ``lost``) when someone else holds the lease now."""
        with self._lock:
            if self.lost:
                return False
            version = self.storage.put_if_match(self.ref, self._body(), self.version)
            if version is None:
                self.lost = True
                log.error("lease %s lost by %s: another run took it over", self.ref, self.holder)
                return False
            self.version = version
            return True

    def check(self) -> None:
        """Raise :class:`~pipeline.errors.CommitConflictError` when the lease was lost."""
        if self.lost:
            raise CommitConflictError(f"run {self.holder!r} lost its lease {self.storage.uri_of(self.ref)} (it was "
                                      f"paused for longer than the {self.ttl_s:g}s lease and another run took over)",
                                      fix="rerun the date; raise WIRELAKE_LEASE_TTL_S if runs stall that long")

    def _heartbeat(self) -> None:
        interval = max(0.05, self.ttl_s / 3)
        while not self._stop.wait(interval):
            try:
                if not self.renew():
                    return
            except Exception as exc:  # noqa: BLE001 - a storage hiccup: try again at the next beat
                log.warning("renewing lease %s failed (will retry): %s", self.ref, exc)

    def start(self) -> Lease:
        self._thread = threading.Thread(target=self._heartbeat, name=f"wirelake-lease-{self.ref}", daemon=True)
        self._thread.start()
        return self

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            if not self.lost:
                self.storage.delete_if_match(self.ref, self.version)

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def _expired(data: bytes) -> bool:
    try:
        expires = dt.datetime.fromisoformat(json.loads(data)["expires_at"])
    except (ValueError, KeyError, TypeError):
        return True  # unreadable: nobody can be relying on it
    return dt.datetime.now(dt.UTC) >= expires


def acquire(storage: Storage, feed: str, day: dt.date, *, holder: str, ttl_s: float | None = None,
            wait_s: float | None = None, poll_s: float = 0.05) -> Lease:
    """Take the lease of ``feed``'s ``day``, waiting up to ``wait_s`` while another run holds it;
    raises :class:`~pipeline.errors.PartitionBusyError` (transient) when it stays busy."""
    ttl = ttl_s if ttl_s is not None else _env_seconds("WIRELAKE_LEASE_TTL_S", 600.0)
    wait = wait_s if wait_s is not None else _env_seconds("WIRELAKE_LEASE_WAIT_S", 1800.0)
    ref = lease_ref(feed, day)
    lease = Lease(storage, ref, holder, uuid.uuid4().hex, "", ttl)
    deadline = time.monotonic() + wait
    delay, announced = poll_s, False
    while True:
        current = storage.read_versioned(ref)
        if current is None:
            version = storage.put_if_absent(ref, lease._body())
        elif _expired(current[0]):
            log.warning("lease %s expired (holder crashed?): taking it over for %s", ref, holder)
            version = storage.put_if_match(ref, lease._body(), current[1])
        else:
            version = None
        if version is not None:
            lease.version = version
            faults.point("leased", feed=feed, day=day, holder=holder)
            return lease.start()
        if time.monotonic() >= deadline:
            who = _holder(current[0]) if current else "another run"
            raise PartitionBusyError(f"{feed} {day}: {who} holds the lease {storage.uri_of(ref)}; waited {wait:g}s",
                                     fix="it is retried; if no run is alive, the lease expires by itself after "
                                         "WIRELAKE_LEASE_TTL_S")
        if not announced:
            log.info("feed %s %s: waiting for %s to finish", feed, day, _holder(current[0]) if current else "a run")
            announced = True
        faults.point("lease_wait", feed=feed, day=day, holder=holder)
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, 2.0)


def _holder(data: bytes) -> str:
    try:
        d = json.loads(data)
        return f"run {d['holder']!r} on {d.get('host')} (until {d['expires_at']})"
    except (ValueError, KeyError, TypeError):
        return "another run"
