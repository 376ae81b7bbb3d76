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
* Each failed attempt raises a :class:`~pipeline.errors.FetchTransientError` (timeouts, connection
  and DNS errors, truncated bodies, 5xx, 408, 429) or a :class:`~pipeline.errors.FetchRefusedError`
  (other 4xx, unsafe URLs, caps); only the transient ones are retried, by the one
  :class:`~pipeline.sources.retry.RetryPolicy` (``policy.retry``): up to ``policy.retries`` times
  with exponential backoff, ``Retry-After`` honoured up to ``policy.backoff_max_s``, never past the
  deadline.
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
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlencode, urljoin, urlsplit, urlunsplit

from pipeline import PIPELINE_VERSION
from pipeline.errors import FetchFailedError, FetchRefusedError, FetchTransientError, is_retryable
from pipeline.redact import Redactor
from pipeline.sources.registry import Feed
from pipeline.sources.retry import RetryPolicy, is_transient_status
from pipeline.sources.safety import Target, resolve_public

if TYPE_CHECKING:
    from pipeline.config import Settings

USER_AGENT = f"wirelake/{PIPELINE_VERSION} (+https://github.com/wirelake/wirelake; feed ingestion)"


ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_ERROR_BODY_BYTES = 64 * 1024  # at most this much of an error page is kept


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
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        """From :class:`~pipeline.config.Settings`: ``fetch_*`` (``WIRELAKE_FETCH_TIMEOUT_S``,
        ``..._DEADLINE_S``, ``..._RETRIES``, ``..._BACKOFF_S``, ``..._BACKOFF_MAX_S``,
        ``..._MAX_REDIRECTS``), ``max_feed_bytes`` and the User-Agent (``WIRELAKE_USER_AGENT``, the
        whole header, else ``WIRELAKE_CONTACT_URL`` put into wirelake's own)."""
        ua = settings.user_agent or (f"wirelake/{PIPELINE_VERSION} (+{settings.contact_url}; feed ingestion)"
                                     if settings.contact_url else USER_AGENT)
        return cls(timeout_s=settings.fetch_timeout_s, deadline_s=settings.fetch_deadline_s,
                   max_bytes=settings.max_feed_bytes, retries=settings.fetch_retries, backoff_s=settings.fetch_backoff_s,
                   backoff_max_s=settings.fetch_backoff_max_s, max_redirects=settings.fetch_max_redirects,
                   user_agent=ua)

    @property
    def retry(self) -> RetryPolicy:
        """When a failed attempt is tried again (transient errors only)."""
        return RetryPolicy(self.retries, self.backoff_s, self.backoff_max_s)


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
    retryable: bool = False            # the last failure was transient (errors.is_retryable); kept in fetch records
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
            raise FetchTransientError(f"body ended early: {len(exc.partial)} more bytes then EOF, "
                                      f"{exc.expected} bytes missing", reason="truncated") from exc
        if not chunk:
            break
        raw_total += len(chunk)
        if raw_total > max_bytes:
            raise FetchRefusedError(f"body larger than the {max_bytes}-byte cap", reason="too_large")
        if inflater is None:
            out += chunk
        else:
            try:
                out += inflater.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise FetchRefusedError(f"cannot decompress {encoding} body: {exc}", reason="bad_encoding") from exc
        if len(out) > max_bytes:
            raise FetchRefusedError(f"decompressed body larger than the {max_bytes}-byte cap", reason="too_large")
    expected = resp.getheader("Content-Length")
    if expected and expected.strip().isdigit() and raw_total < int(expected):
        raise FetchTransientError(f"body ended after {raw_total} of {int(expected)} bytes", reason="truncated")
    if inflater is not None and not inflater.eof:
        raise FetchTransientError(f"{encoding} stream ended early", reason="truncated")
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
    hop_check: Callable[[str], None] | None = None  # may refuse a hop (pages: robots.txt) with a FetchFailedError


_Answer = tuple[str, int, dict[str, str], bytes | None]  # (url, status, headers, body: None for 304 and redirects)


def _attempt(req: _Request, policy: FetchPolicy, deadline: float, redactor: Redactor) -> _Answer:
    """One GET following redirects, all before ``deadline``; returns (final_url, status, headers,
    body or None for 304). Raises a :class:`~pipeline.errors.FetchFailedError` (redacted message)."""
    url = req.url
    visited: list[str] = []
    for _ in range(policy.max_redirects + 1):
        if url in visited:
            raise FetchRefusedError(f"redirect loop: {_chain(visited + [url], redactor)}", reason="redirect_loop")
        visited.append(url)
        target = _check_hop(req, url, policy, deadline, redactor)
        url, status, headers, body = _get(req, target, url, policy, deadline, redactor)
        if status not in _REDIRECTS:
            return url, status, headers, body
    raise FetchRefusedError(f"more than {policy.max_redirects} redirects: {_chain(visited, redactor)}",
                            reason="too_many_redirects")


def _chain(urls: list[str], redactor: Redactor) -> str:
    return " -> ".join(redactor.url(u) or "" for u in urls)


def _check_hop(req: _Request, url: str, policy: FetchPolicy, deadline: float, redactor: Redactor) -> Target:
    """The caller's ``hop_check`` and the SSRF guard for one hop; the address to connect to."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTransientError(f"the {policy.deadline_s:g}s deadline passed before {redactor.url(url)} "
                                  "could be requested", reason="timeout")
    try:
        if req.hop_check is not None:
            req.hop_check(url)
        return resolve_public(url, allow_private=req.allow_private, timeout=remaining)
    except FetchFailedError as exc:  # unsafe or refused (terminal), or a DNS failure (transient)
        cls = FetchTransientError if is_retryable(exc) else FetchRefusedError
        raise cls(redactor.text(exc.message) or "", reason=exc.reason) from exc
    except TimeoutError as exc:
        raise FetchTransientError(redactor.text(str(exc)) or "", reason="timeout") from exc


def _request_headers(req: _Request, url: str, policy: FetchPolicy) -> dict[str, str]:
    headers = {"User-Agent": policy.user_agent, "Accept": req.accept, "Accept-Encoding": "gzip, deflate"}
    if _origin(url) == req.origin:
        headers.update(req.credentials.headers)  # never to another host a redirect points at
    if url == req.url:
        if req.validators.get("etag"):
            headers["If-None-Match"] = req.validators["etag"]
        if req.validators.get("last_modified"):
            headers["If-Modified-Since"] = req.validators["last_modified"]
    return headers


def _get(req: _Request, target: Target, url: str, policy: FetchPolicy, deadline: float,
         redactor: Redactor) -> _Answer:
    """One request to the checked ``target``; a redirect answers with the next URL. Network failures
    become transient errors, and any failure after the watchdog fired the deadline's error."""
    conn_cls = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    conn = conn_cls(target, min(policy.timeout_s, max(0.001, deadline - time.monotonic())))
    headers = _request_headers(req, url, policy)
    dog = _Watchdog(conn, deadline)
    try:
        conn.connect()
        dog.sock = conn.sock
        conn.request("GET", target.path, headers=headers)
        return _read_answer(conn.getresponse(), url, policy, dog)
    except FetchFailedError as exc:
        if dog.fired and exc.reason in ("truncated", "timeout", "connection_failed"):
            raise _deadline_error(policy, target.host) from exc
        raise
    except TimeoutError as exc:
        if dog.fired:
            raise _deadline_error(policy, target.host) from exc
        raise FetchTransientError(f"no answer for {policy.timeout_s:g}s from {target.host}", reason="timeout") from exc
    except (ConnectionError, http.client.HTTPException, ssl.SSLError, OSError) as exc:
        if dog.fired:
            raise _deadline_error(policy, target.host) from exc
        raise FetchTransientError(redactor.text(f"{type(exc).__name__}: {exc}") or "",
                                  reason="connection_failed") from exc
    finally:
        dog.cancel()
        conn.close()


def _read_answer(resp: http.client.HTTPResponse, url: str, policy: FetchPolicy, dog: _Watchdog) -> _Answer:
    """The response's status, headers and body; a redirect's URL is the next hop's."""
    status = resp.status
    headers = {k.lower(): v for k, v in resp.getheaders()}
    if status in _REDIRECTS:
        location = headers.get("location")
        resp.close()
        if not location:
            raise FetchRefusedError(f"HTTP {status} without a Location header", reason="http_error", status=status)
        return urljoin(url, location.strip()), status, headers, None
    if status == 304:
        return url, status, headers, None
    if status >= 400:
        raise _http_error(resp, headers, policy, dog)
    if not 200 <= status < 300:
        raise FetchRefusedError(f"unexpected HTTP {status} {resp.reason}", reason="http_error", status=status,
                                headers=headers)
    body = _read_capped(resp, policy.max_bytes)
    if dog.fired:
        raise FetchTransientError("", reason="timeout")
    return url, status, headers, body


def _http_error(resp: http.client.HTTPResponse, headers: dict[str, str], policy: FetchPolicy,
                dog: _Watchdog) -> FetchFailedError:
    """An HTTP error status: transient for 5xx, 408 and 429 (``rate_limited``), terminal for other
    4xx; carries the error page (kept in the raw zone) and ``Retry-After``."""
    try:
        body: bytes | None = _read_capped(resp, min(policy.max_bytes, _ERROR_BODY_BYTES))
    except FetchFailedError:
        body = None
    if dog.fired:
        body = None
    status = resp.status
    cls = FetchTransientError if is_transient_status(status) else FetchRefusedError
    return cls(f"HTTP {status} {resp.reason}", reason="rate_limited" if status == 429 else "http_error",
               status=status, headers=headers, body=body, retry_after=_retry_after(headers.get("retry-after")))


def _deadline_error(policy: FetchPolicy, host: str) -> FetchTransientError:
    return FetchTransientError(f"{host} did not finish answering within the {policy.deadline_s:g}s deadline "
                               "(headers or body arriving too slowly)", reason="timeout")


def fetch_url(url: str, *, policy: FetchPolicy | None = None, allow_private: bool | tuple[str, ...] = False,
              credentials: Credentials | None = None, validators: dict[str, str] | None = None,
              accept: str = ACCEPT, name: str = "", sleep: Callable[[float], None] = time.sleep,
              hop_check: Callable[[str], None] | None = None) -> FetchResult:
    """GET ``url`` with retries, all within ``policy.deadline_s``; never raises for network, HTTP
    or safety failures. ``name`` labels the result (the feed's name for feeds). Credentials go
    only to ``url``'s origin; the result's URLs and messages are redacted. ``hop_check(url)`` is
    called before every hop (the URL and each redirect) and may refuse it by raising a
    :class:`~pipeline.errors.FetchFailedError` such as :class:`~pipeline.sources.safety.UnsafeURLError`
    (its ``reason`` becomes the result's)."""
    policy = policy or FetchPolicy()
    bare, userinfo = _split_userinfo(url)
    creds = (userinfo or Credentials()).merged(credentials)
    redactor = creds.redactor()
    first = _with_query(bare, creds.query)
    req = _Request(first, _origin(first), accept, allow_private, creds, validators or {}, hop_check)
    t0 = time.monotonic()
    deadline = t0 + policy.deadline_s
    res = FetchResult(feed=name, url=redactor.url(url) or "", fetched_at=dt.datetime.now(dt.UTC))
    retry = policy.retry
    for attempt in range(policy.retries + 1):
        res.attempts = attempt + 1
        try:
            answer = _attempt(req, policy, deadline, redactor)
        except FetchFailedError as exc:
            _record_failure(res, exc, redactor)
            if not retry.may_retry(exc, attempt):
                break
            wait = retry.delay(exc, attempt)
            if not retry.fits(wait, deadline - time.monotonic()):
                res.error = f"{res.error} (no time left for a retry within the {policy.deadline_s:g}s deadline)"
                break
            sleep(wait)
            continue
        _record_answer(res, answer, redactor)
        break
    res.latency_ms = int((time.monotonic() - t0) * 1000)
    return res


def _record_failure(res: FetchResult, exc: FetchFailedError, redactor: Redactor) -> None:
    res.status, res.headers, res.error_body = exc.status, exc.headers, exc.body
    res.error, res.reason, res.retryable = redactor.text(exc.message), exc.reason, is_retryable(exc)


def _record_answer(res: FetchResult, answer: _Answer, redactor: Redactor) -> None:
    final_url, res.status, res.headers, body = answer
    res.final_url = redactor.url(final_url)
    res.error = res.reason = res.error_body = None
    res.retryable = False
    if body is None:
        res.not_modified = True
    else:
        res.body = body


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
