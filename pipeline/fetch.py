"""HTTP fetching of feeds.

One GET per feed with a timeout, a response size cap and a clear User-Agent. Failures come back
as a :class:`FetchResult` with ``error`` set (and ``retryable`` telling whether a retry may
help), so one bad feed never crashes a run.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from pipeline import PIPELINE_VERSION
from pipeline.registry import Feed

USER_AGENT = f"wirelake/{PIPELINE_VERSION} (+https://github.com/wirelake/wirelake; feed ingestion)"


@dataclass
class FetchResult:
    feed: str
    url: str
    fetched_at: dt.datetime
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    latency_ms: int = 0
    error: str | None = None
    retryable: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.body is not None


def fetch(feed: Feed, *, timeout_s: float = 20.0, max_bytes: int = 20 * 1024 * 1024) -> FetchResult:
    """GET ``feed.url``; never raises for network or HTTP failures."""
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.monotonic()
    res = FetchResult(feed=feed.name, url=feed.url, fetched_at=started)
    req = urllib.request.Request(feed.url, headers={"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:  # noqa: S310 - http(s) only, checked by the registry
            res.status = resp.status
            res.headers = {k.lower(): v for k, v in resp.headers.items()}
            body = resp.read(max_bytes + 1)
            if len(body) > max_bytes:
                res.error, res.retryable = f"body larger than the {max_bytes}-byte cap", False
            else:
                res.body = body
    except urllib.error.HTTPError as exc:
        res.status = exc.code
        res.headers = {k.lower(): v for k, v in exc.headers.items()} if exc.headers else {}
        res.error = f"HTTP {exc.code} {exc.reason}"
        res.retryable = exc.code >= 500 or exc.code == 429
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        res.error, res.retryable = f"{type(exc).__name__}: {reason}", True
    res.latency_ms = int((time.monotonic() - t0) * 1000)
    return res
