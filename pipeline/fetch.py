"""HTTP fetching of feeds: conditional GET, gzip, timeouts, bounded retries, caps, SSRF guard.

:func:`fetch` never raises for network, HTTP or safety failures: it returns a
:class:`FetchResult` whose ``reason`` is a quarantine reason code (docs/quarantine.md) and whose
``error`` says what happened, so one bad feed never crashes a run.

* Every hop (the feed URL and each redirect) is checked by :func:`pipeline.safety.resolve_public`
  and the connection goes to the address that was checked (no DNS rebinding in between).
* Transient failures (timeouts, connection errors, truncated bodies, 5xx, 429) are retried up to
  ``policy.retries`` times with exponential backoff; ``Retry-After`` is honoured up to
  ``policy.backoff_max_s``. Other 4xx are not retried.
* ``If-None-Match`` / ``If-Modified-Since`` come from the feed's saved validators; a 304 is a
  success with ``not_modified=True`` and no body.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import os
import socket
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin

from pipeline import PIPELINE_VERSION
from pipeline.registry import Feed
from pipeline.safety import Target, UnsafeURLError, resolve_public

USER_AGENT = f"wirelake/{PIPELINE_VERSION} (+https://github.com/wirelake/wirelake; feed ingestion)"


def user_agent_from_env(env: dict[str, str] | os._Environ[str]) -> str | None:
    """``WIRELAKE_USER_AGENT`` (the whole header; must name a contact URL or e-mail address), else
    ``WIRELAKE_CONTACT_URL`` put into wirelake's own header; None when neither is set."""
    from pipeline.errors import ConfigError

    ua = (env.get("WIRELAKE_USER_AGENT") or "").strip()
    if ua:
        if not any(m in ua for m in ("http://", "https://", "@")):
            raise ConfigError(f"WIRELAKE_USER_AGENT={ua!r} names no contact",
                              fix="publishers expect a way to reach you: e.g. 'acme-news/1.0 (+https://acme.example/bot)'")
        return ua
    contact = (env.get("WIRELAKE_CONTACT_URL") or "").strip()
    if contact:
        return f"wirelake/{PIPELINE_VERSION} (+{contact}; feed ingestion)"
    return None
ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """How hard to try. Tests use millisecond backoffs; production keeps the defaults."""

    timeout_s: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 3
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    accept: str = ACCEPT

    @classmethod
    def from_settings(cls, settings: Any, env: dict[str, str] | None = None) -> FetchPolicy:
        """From :class:`~pipeline.config.Settings` plus ``WIRELAKE_FETCH_RETRIES``,
        ``WIRELAKE_FETCH_BACKOFF_S``, ``WIRELAKE_FETCH_BACKOFF_MAX_S``, ``WIRELAKE_FETCH_MAX_REDIRECTS``."""
        e = os.environ if env is None else env
        base = cls(timeout_s=float(getattr(settings, "fetch_timeout_s", cls.timeout_s)),
                   max_bytes=int(getattr(settings, "max_feed_bytes", cls.max_bytes)))
        over: dict[str, Any] = {}
        for var, name, typ in (("WIRELAKE_FETCH_RETRIES", "retries", int), ("WIRELAKE_FETCH_BACKOFF_S", "backoff_s", float),
                               ("WIRELAKE_FETCH_BACKOFF_MAX_S", "backoff_max_s", float),
                               ("WIRELAKE_FETCH_MAX_REDIRECTS", "max_redirects", int)):
            if e.get(var):
                try:
                    over[name] = typ(e[var])
                except ValueError as exc:
                    from pipeline.errors import ConfigError

                    raise ConfigError(f"{var}={e[var]!r} is not a number", fix=f"set {var} to a {typ.__name__}") from exc
        ua = user_agent_from_env(e)
        if ua:
            over["user_agent"] = ua
        return replace(base, **over)


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
    reason: str | None = None          # quarantine reason code when the fetch failed
    not_modified: bool = False
    attempts: int = 0
    final_url: str | None = None
    error_body: bytes | None = None    # body of a failed response (kept in the raw zone)

    @property
    def ok(self) -> bool:
        return self.error is None and self.body is not None

    @property
    def succeeded(self) -> bool:
        """A usable answer: a body, or 304 Not Modified."""
        return self.error is None and (self.body is not None or self.not_modified)


class _AttemptError(Exception):
    """One attempt failed; ``retryable`` says whether another attempt may help."""

    def __init__(self, reason: str, message: str, *, retryable: bool, status: int | None = None,
                 headers: dict[str, str] | None = None, body: bytes | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.reason, self.message, self.retryable = reason, message, retryable
        self.status, self.headers, self.body, self.retry_after = status, headers or {}, body, retry_after


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a checked address while sending the original Host."""

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = target.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _read_capped(resp: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    """Read the body (decompressing gzip/deflate) but never more than ``max_bytes`` either way."""
    encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding in ("gzip", "x-gzip") else \
        zlib.decompressobj() if encoding == "deflate" else None
    out = bytearray()
    raw_total = 0
    while True:
        if time.monotonic() > deadline:
            raise _AttemptError("timeout", "reading the body took longer than the timeout", retryable=True)
        try:
            chunk = resp.read(_CHUNK)
        except http.client.IncompleteRead as exc:
            raise _AttemptError("truncated", f"body ended early: {len(exc.partial)} more bytes then EOF, "
                           f"{exc.expected} bytes missing", retryable=True) from exc
        if not chunk:
            break
        raw_total += len(chunk)
        if raw_total > max_bytes:
            raise _AttemptError("too_large", f"body larger than the {max_bytes}-byte cap", retryable=False)
        if inflater is None:
            out += chunk
        else:
            try:
                out += inflater.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise _AttemptError("bad_encoding", f"cannot decompress {encoding} body: {exc}", retryable=False) from exc
        if len(out) > max_bytes:
            raise _AttemptError("too_large", f"decompressed body larger than the {max_bytes}-byte cap", retryable=False)
    expected = resp.getheader("Content-Length")
    if expected and expected.strip().isdigit() and raw_total < int(expected):
        raise _AttemptError("truncated", f"body ended after {raw_total} of {int(expected)} bytes", retryable=True)
    if inflater is not None and not inflater.eof:
        raise _AttemptError("truncated", f"{encoding} stream ended early", retryable=True)
    return bytes(out)


def _attempt(feed: Feed, policy: FetchPolicy, validators: dict[str, str],
             hop_check: Callable[[str], None] | None = None) -> tuple[str, int, dict[str, str], bytes | None]:
    """One GET following redirects; returns (final_url, status, headers, body or None for 304).
    ``hop_check(url)`` runs before every hop and may refuse it by raising :class:`UnsafeURLError`."""
    url = feed.url
    visited: list[str] = []
    deadline = time.monotonic() + policy.timeout_s * 3
    for _ in range(policy.max_redirects + 1):
        if url in visited:
            raise _AttemptError("redirect_loop", f"redirect loop: {' -> '.join(visited + [url])}", retryable=False)
        visited.append(url)
        try:
            if hop_check is not None:
                hop_check(url)
            target = resolve_public(url, allow_private=feed.allow_private_network)
        except UnsafeURLError as exc:
            raise _AttemptError(exc.reason, exc.message, retryable=exc.reason == "dns_failed") from exc
        conn_cls = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
        conn = conn_cls(target, policy.timeout_s)
        headers = {"User-Agent": policy.user_agent, "Accept": policy.accept, "Accept-Encoding": "gzip, deflate"}
        if url == feed.url:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        try:
            conn.request("GET", target.path, headers=headers)
            resp = conn.getresponse()
            status = resp.status
            resp_headers = {k.lower(): v for k, v in resp.getheaders()}
            if status in _REDIRECTS:
                location = resp_headers.get("location")
                resp.close()
                if not location:
                    raise _AttemptError("http_error", f"HTTP {status} without a Location header", retryable=False, status=status)
                url = urljoin(url, location.strip())
                continue
            if status == 304:
                return url, status, resp_headers, None
            if status >= 400:
                try:
                    body = _read_capped(resp, min(policy.max_bytes, 64 * 1024), deadline)
                except _AttemptError:
                    body = None
                retryable = status >= 500 or status in (408, 429)
                reason = "rate_limited" if status == 429 else "http_error"
                raise _AttemptError(reason, f"HTTP {status} {resp.reason}", retryable=retryable, status=status,
                               headers=resp_headers, body=body, retry_after=_retry_after(resp_headers.get("retry-after")))
            if not 200 <= status < 300:
                raise _AttemptError("http_error", f"unexpected HTTP {status} {resp.reason}", retryable=False, status=status,
                               headers=resp_headers)
            return url, status, resp_headers, _read_capped(resp, policy.max_bytes, deadline)
        except TimeoutError as exc:
            raise _AttemptError("timeout", f"timed out after {policy.timeout_s}s talking to {target.host}", retryable=True) from exc
        except (ConnectionError, http.client.HTTPException, ssl.SSLError, OSError) as exc:
            raise _AttemptError("connection_failed", f"{type(exc).__name__}: {exc}", retryable=True) from exc
        finally:
            conn.close()
    raise _AttemptError("too_many_redirects", f"more than {policy.max_redirects} redirects: {' -> '.join(visited)}",
                   retryable=False)


def fetch(feed: Feed, *, timeout_s: float | None = None, max_bytes: int | None = None, policy: FetchPolicy | None = None,
          validators: dict[str, str] | None = None, sleep: Callable[[float], None] = time.sleep,
          hop_check: Callable[[str], None] | None = None) -> FetchResult:
    """GET ``feed.url`` with retries; never raises for network, HTTP or safety failures.
    ``hop_check`` (pages: robots.txt) is called with every URL before it is requested."""
    policy = policy or FetchPolicy()
    if timeout_s is not None:
        policy = replace(policy, timeout_s=timeout_s)
    if max_bytes is not None:
        policy = replace(policy, max_bytes=max_bytes)
    started = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    res = FetchResult(feed=feed.name, url=feed.url, fetched_at=started)
    for attempt in range(policy.retries + 1):
        res.attempts = attempt + 1
        try:
            final_url, status, headers, body = _attempt(feed, policy, validators or {}, hop_check)
        except _AttemptError as exc:
            res.status, res.headers, res.error_body = exc.status, exc.headers, exc.body
            res.error, res.reason, res.retryable = exc.message, exc.reason, exc.retryable
            if not exc.retryable or attempt == policy.retries:
                break
            delay = min(policy.backoff_max_s, policy.backoff_s * (2 ** attempt))
            if exc.retry_after is not None:
                delay = min(policy.backoff_max_s, max(delay, exc.retry_after))
            sleep(delay)
            continue
        res.final_url, res.status, res.headers = final_url, status, headers
        res.error = res.reason = res.error_body = None
        res.retryable = False
        if body is None:
            res.not_modified = True
        else:
            res.body = body
        break
    res.latency_ms = int((time.monotonic() - t0) * 1000)
    return res
