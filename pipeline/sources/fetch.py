"""HTTP fetching: conditional GET, gzip, total deadlines, bounded retries, caps, SSRF guard, auth.

:func:`fetch_url` is the primitive for any URL (feeds, article pages); :func:`fetch` fetches a
registry feed with its credentials. Neither raises for network, HTTP or safety failures: they
return a :class:`FetchResult` whose ``reason`` is a quarantine reason code (docs/quarantine.md) and
whose ``error`` says what happened, so one bad feed never crashes a run.

* **Deadlines.** ``policy.timeout_s`` bounds each connect and each socket read (an idle server);
  ``policy.deadline_s`` bounds the whole fetch — DNS, connect, headers, body, every redirect, every
  retry and backoff sleep. A watchdog shuts the socket down when the deadline passes, so a server
  that trickles its headers or body a byte at a time cannot hold a fetch longer than the deadline.
* Every hop (the URL and each redirect) is checked by :func:`pipeline.sources.safety.resolve_public` and
  the connection goes to the address that was checked (no DNS rebinding in between).
* Transient failures (timeouts, connection errors, truncated bodies, 5xx, 408, 429) are retried up
  to ``policy.retries`` times with exponential backoff; ``Retry-After`` is honoured up to
  ``policy.backoff_max_s`` (and never past the deadline). Other 4xx are not retried.
* ``If-None-Match`` / ``If-Modified-Since`` come from saved validators; a 304 is a success with
  ``not_modified=True`` and no body.
* **Credentials** (:class:`Credentials`: headers such as ``Authorization``, query parameters such as
  ``apikey``; user info in the URL becomes HTTP Basic auth) are sent only to the origin of the first
  URL, never to a redirect's other host. Every URL and message in the result is redacted
  (:class:`pipeline.sources.safety.Redactor`): no secret reaches the raw zone, state, tables or logs.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import http.client
import os
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote, urlencode, urljoin, urlsplit, urlunsplit

from pipeline import PIPELINE_VERSION
from pipeline.redact import Redactor
from pipeline.sources.registry import Feed
from pipeline.sources.safety import Target, UnsafeURLError, resolve_public

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
_MIN_ATTEMPT_S = 0.05  # no new attempt when less than this is left before the deadline


@dataclass(frozen=True)
class FetchPolicy:
    """How hard to try. Tests use millisecond backoffs; production keeps the defaults.

    ``timeout_s`` bounds each connect and socket read; ``deadline_s`` bounds the whole fetch
    (DNS, connect, headers, body, redirects, retries and backoff sleeps together)."""

    timeout_s: float = 20.0
    deadline_s: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 3
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    @classmethod
    def from_settings(cls, settings: Any, env: dict[str, str] | None = None) -> FetchPolicy:
        """From :class:`~pipeline.config.Settings` (``fetch_timeout_s``, ``fetch_deadline_s``,
        ``max_feed_bytes``) plus ``WIRELAKE_FETCH_RETRIES``, ``WIRELAKE_FETCH_BACKOFF_S``,
        ``WIRELAKE_FETCH_BACKOFF_MAX_S``, ``WIRELAKE_FETCH_MAX_REDIRECTS``."""
        e = os.environ if env is None else env
        base = cls(timeout_s=float(getattr(settings, "fetch_timeout_s", cls.timeout_s)),
                   deadline_s=float(getattr(settings, "fetch_deadline_s", cls.deadline_s)),
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


@dataclass(frozen=True)
class Credentials:
    """What authenticates a request: extra headers (``Authorization``, ``X-Api-Key``) and query
    parameters added to the first URL. Sent only to that URL's origin (scheme, host, port)."""

    headers: dict[str, str] = field(default_factory=dict, repr=False)
    query: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def basic(cls, username: str, password: str) -> Credentials:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        return cls(headers={"Authorization": f"Basic {token}"})

    @classmethod
    def bearer(cls, token: str) -> Credentials:
        return cls(headers={"Authorization": f"Bearer {token}"})

    def merged(self, other: Credentials | None) -> Credentials:
        if other is None:
            return self
        return Credentials({**self.headers, **other.headers}, {**self.query, **other.query})

    def secrets(self) -> list[str]:
        """Every secret value (header values with and without their scheme word, query values)."""
        out: list[str] = []
        for v in (*self.headers.values(), *self.query.values()):
            out.append(v)
            scheme, _, rest = v.partition(" ")
            if rest and scheme.lower() in ("basic", "bearer", "token"):
                out.append(rest)
                if scheme.lower() == "basic":
                    try:
                        user, _, pw = base64.b64decode(rest).decode("utf-8", "replace").partition(":")
                        out.append(pw)
                    except (ValueError, UnicodeError):
                        pass
        return out

    def redactor(self) -> Redactor:
        return Redactor.of(self.secrets(), self.query)


@dataclass
class FetchResult:
    feed: str
    url: str                           # as requested, redacted
    fetched_at: dt.datetime
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    latency_ms: int = 0
    error: str | None = None           # redacted
    retryable: bool = False
    reason: str | None = None          # quarantine reason code when the fetch failed
    not_modified: bool = False
    attempts: int = 0
    final_url: str | None = None       # redacted
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


class _Watchdog:
    """Shuts a connection's socket down when the deadline passes, which wakes any read blocked on
    it (a server that trickles bytes never lets a per-read timeout fire)."""

    def __init__(self, conn: http.client.HTTPConnection, deadline: float) -> None:
        self.conn, self.fired = conn, False
        self.sock: socket.socket | None = None  # kept: the connection drops its reference once a
        # response that closes the connection has started, while the response still reads from it
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.sock or self.conn.sock
        if sock is not None:
            try:  # the plain socket's shutdown, also for TLS: never touch the SSL object from here
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


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


def _read_capped(resp: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """Read the body (decompressing gzip/deflate) but never more than ``max_bytes`` either way."""
    encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding in ("gzip", "x-gzip") else \
        zlib.decompressobj() if encoding == "deflate" else None
    out = bytearray()
    raw_total = 0
    while True:
        try:
            chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
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


def _origin(url: str) -> tuple[str, str, int | None]:
    p = urlsplit(url)
    try:
        port = p.port
    except ValueError:
        port = None
    scheme = p.scheme.lower()
    return scheme, (p.hostname or "").lower(), port or (443 if scheme == "https" else 80)


def _split_userinfo(url: str) -> tuple[str, Credentials | None]:
    """``url`` without ``user:password@``, and those as HTTP Basic credentials."""
    p = urlsplit(url)
    if "@" not in p.netloc:
        return url, None
    userinfo, host = p.netloc.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    return urlunsplit((p.scheme, host, p.path, p.query, p.fragment)), Credentials.basic(unquote(user), unquote(password))


def _with_query(url: str, params: dict[str, str]) -> str:
    if not params:
        return url
    p = urlsplit(url)
    query = (p.query + "&" if p.query else "") + urlencode(params)
    return urlunsplit((p.scheme, p.netloc, p.path, query, p.fragment))


@dataclass(frozen=True)
class _Request:
    url: str                      # first URL, without user info, with the auth query parameters
    origin: tuple[str, str, int | None]
    accept: str
    allow_private: bool | tuple[str, ...]
    credentials: Credentials
    validators: dict[str, str]
    hop_check: Callable[[str], None] | None = None  # may refuse a hop (pages: robots.txt) with UnsafeURLError


def _attempt(req: _Request, policy: FetchPolicy, deadline: float,
             redactor: Redactor) -> tuple[str, int, dict[str, str], bytes | None]:
    """One GET following redirects, all before ``deadline``; returns (final_url, status, headers,
    body or None for 304). Messages are redacted."""
    url = req.url
    visited: list[str] = []
    for _ in range(policy.max_redirects + 1):
        if url in visited:
            chain = " -> ".join(redactor.url(u) or "" for u in visited + [url])
            raise _AttemptError("redirect_loop", f"redirect loop: {chain}", retryable=False)
        visited.append(url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _AttemptError("timeout", f"the {policy.deadline_s:g}s deadline passed before {redactor.url(url)} "
                                "could be requested", retryable=True)
        try:
            if req.hop_check is not None:
                req.hop_check(url)
            target = resolve_public(url, allow_private=req.allow_private, timeout=remaining)
        except UnsafeURLError as exc:
            raise _AttemptError(exc.reason, redactor.text(exc.message) or "", retryable=exc.reason == "dns_failed") from exc
        except TimeoutError as exc:
            raise _AttemptError("timeout", redactor.text(str(exc)) or "", retryable=True) from exc
        conn_cls = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
        conn = conn_cls(target, min(policy.timeout_s, max(0.001, deadline - time.monotonic())))
        headers = {"User-Agent": policy.user_agent, "Accept": req.accept, "Accept-Encoding": "gzip, deflate"}
        if _origin(url) == req.origin:
            headers.update(req.credentials.headers)  # never to another host a redirect points at
        if url == req.url:
            if req.validators.get("etag"):
                headers["If-None-Match"] = req.validators["etag"]
            if req.validators.get("last_modified"):
                headers["If-Modified-Since"] = req.validators["last_modified"]
        dog = _Watchdog(conn, deadline)
        try:
            conn.connect()
            dog.sock = conn.sock
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
                    body = _read_capped(resp, min(policy.max_bytes, 64 * 1024))
                except _AttemptError:
                    body = None
                if dog.fired:
                    body = None
                retryable = status >= 500 or status in (408, 429)
                reason = "rate_limited" if status == 429 else "http_error"
                raise _AttemptError(reason, f"HTTP {status} {resp.reason}", retryable=retryable, status=status,
                               headers=resp_headers, body=body, retry_after=_retry_after(resp_headers.get("retry-after")))
            if not 200 <= status < 300:
                raise _AttemptError("http_error", f"unexpected HTTP {status} {resp.reason}", retryable=False, status=status,
                               headers=resp_headers)
            body = _read_capped(resp, policy.max_bytes)
            if dog.fired:
                raise _AttemptError("timeout", "", retryable=True)
            return url, status, resp_headers, body
        except _AttemptError as exc:
            if dog.fired and exc.reason in ("truncated", "timeout", "connection_failed"):
                raise _deadline_error(policy, target.host) from exc
            raise
        except TimeoutError as exc:
            if dog.fired:
                raise _deadline_error(policy, target.host) from exc
            raise _AttemptError("timeout", f"no answer for {policy.timeout_s:g}s from {target.host}", retryable=True) from exc
        except (ConnectionError, http.client.HTTPException, ssl.SSLError, OSError) as exc:
            if dog.fired:
                raise _deadline_error(policy, target.host) from exc
            raise _AttemptError("connection_failed", redactor.text(f"{type(exc).__name__}: {exc}") or "",
                                retryable=True) from exc
        finally:
            dog.cancel()
            conn.close()
    chain = " -> ".join(redactor.url(u) or "" for u in visited)
    raise _AttemptError("too_many_redirects", f"more than {policy.max_redirects} redirects: {chain}", retryable=False)


def _deadline_error(policy: FetchPolicy, host: str) -> _AttemptError:
    return _AttemptError("timeout", f"{host} did not finish answering within the {policy.deadline_s:g}s deadline "
                         "(headers or body arriving too slowly)", retryable=True)


def fetch_url(url: str, *, policy: FetchPolicy | None = None, allow_private: bool | tuple[str, ...] = False,
              credentials: Credentials | None = None, validators: dict[str, str] | None = None,
              accept: str = ACCEPT, name: str = "", sleep: Callable[[float], None] = time.sleep,
              hop_check: Callable[[str], None] | None = None) -> FetchResult:
    """GET ``url`` with retries, all within ``policy.deadline_s``; never raises for network, HTTP
    or safety failures. ``name`` labels the result (the feed's name for feeds). Credentials go
    only to ``url``'s origin; the result's URLs and messages are redacted. ``hop_check(url)`` is
    called before every hop (the URL and each redirect) and may refuse it by raising
    :class:`~pipeline.sources.safety.UnsafeURLError` (its ``reason`` becomes the result's)."""
    policy = policy or FetchPolicy()
    bare, userinfo = _split_userinfo(url)
    creds = (userinfo or Credentials()).merged(credentials)
    redactor = creds.redactor()
    first = _with_query(bare, creds.query)
    req = _Request(first, _origin(first), accept, allow_private, creds, validators or {}, hop_check)
    started = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    deadline = t0 + policy.deadline_s
    res = FetchResult(feed=name, url=redactor.url(url) or "", fetched_at=started)
    for attempt in range(policy.retries + 1):
        res.attempts = attempt + 1
        try:
            final_url, status, headers, body = _attempt(req, policy, deadline, redactor)
        except _AttemptError as exc:
            res.status, res.headers, res.error_body = exc.status, exc.headers, exc.body
            res.error, res.reason, res.retryable = redactor.text(exc.message), exc.reason, exc.retryable
            if not exc.retryable or attempt == policy.retries:
                break
            delay = min(policy.backoff_max_s, policy.backoff_s * (2 ** attempt))
            if exc.retry_after is not None:
                delay = min(policy.backoff_max_s, max(delay, exc.retry_after))
            left = deadline - time.monotonic()
            if left - delay < _MIN_ATTEMPT_S:
                res.error = f"{res.error} (no time left for a retry within the {policy.deadline_s:g}s deadline)"
                break
            sleep(delay)
            continue
        res.final_url, res.status, res.headers = redactor.url(final_url), status, headers
        res.error = res.reason = res.error_body = None
        res.retryable = False
        if body is None:
            res.not_modified = True
        else:
            res.body = body
        break
    res.latency_ms = int((time.monotonic() - t0) * 1000)
    return res


def fetch(feed: Feed, *, timeout_s: float | None = None, max_bytes: int | None = None, policy: FetchPolicy | None = None,
          validators: dict[str, str] | None = None, credentials: Credentials | None = None,
          sleep: Callable[[float], None] = time.sleep) -> FetchResult:
    """GET ``feed.url`` (with ``credentials``, see :mod:`pipeline.sources.auth`) with retries;
    never raises for network, HTTP or safety failures."""
    policy = policy or FetchPolicy()
    if timeout_s is not None:
        policy = replace(policy, timeout_s=timeout_s)
    if max_bytes is not None:
        policy = replace(policy, max_bytes=max_bytes)
    return fetch_url(feed.url, policy=policy, allow_private=feed.allow_private_network, credentials=credentials,
                     validators=validators, name=feed.name, sleep=sleep)
